/* atlas-report-needle.h: the needle's way in, drawn on the clinician sheet.
 *
 * A mark may give the direction the needle travels on its view (see
 * DATA-FORMAT.md). The sheet draws it as an arrow that starts outside the
 * skin and ends at the X, in black with a white halo, so that it reads on a
 * black-and-white print.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "atlas-plan.h"

G_BEGIN_DECLS

typedef struct {
  double   degrees; /* as drawn for the site's side: the left of a mirrored view mirrors it */
  double   tip_x;   /* at the X, in the view's units */
  double   tip_y;
  double   tail_x; /* where the needle comes from */
  double   tail_y;
  /* The tail lies outside the body's outline, at least @length from the tip.
   * When the outline is not
   * crossed within @length (the needle enters through the face of the body
   * that looks at the reader, as into a fold held in a pincer grip), the tail
   * is @length from the tip instead: an arrow through the far side of the
   * neck would show a path the needle never takes. */
  gboolean from_skin;
} AtlasNeedleArrow;

/* The arrow for @site on @view; FALSE when the view does not show the site
 * or its mark there gives no direction. @length: the arrow's usual length,
 * in the view's units. */
gboolean atlas_report_site_needle (const AtlasView     *view,
                                   const AtlasPlanSite *site,
                                   double               length,
                                   AtlasNeedleArrow    *arrow);
/* Does @view give a direction for @site? */
gboolean atlas_report_site_has_needle (const AtlasView     *view,
                                       const AtlasPlanSite *site);
/* Draws @arrow; @pixel as in atlas-body-painter.h. */
void     atlas_report_draw_needle (cairo_t                *cr,
                                   const AtlasNeedleArrow *arrow,
                                   double                  pixel);

G_END_DECLS
