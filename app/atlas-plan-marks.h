/* atlas-plan-marks.h: a plan's sites on a diagram, numbered.
 *
 * Shared by the body view and the printed clinician sheet, so that a site
 * looks the same on screen and on paper.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "atlas-plan.h"

G_BEGIN_DECLS

/* Where site @site is marked on @view, in the view's units; FALSE when the
 * view does not show it. */
gboolean atlas_plan_marks_position (const AtlasView     *view,
                                    const AtlasPlanSite *site,
                                    double              *x,
                                    double              *y);

/* An X with a numbered badge (@number, from 1) at the site's mark: the
 * number, not only the colour, tells sites apart. @flagged draws the badge
 * in the warning style (a screening flag applies); @pixel as in
 * atlas-body-painter.h. */
void     atlas_plan_marks_draw_site (cairo_t             *cr,
                                     const AtlasView     *view,
                                     const AtlasPlanSite *site,
                                     guint                number,
                                     gboolean             flagged,
                                     double               pixel);

/* The same, with the badge on the side of the X away from the direction
 * @avoid (degrees clockwise from the right, as AtlasMark.needle), where
 * something else is drawn; -1 for the usual place. */
void atlas_plan_marks_draw_site_away (cairo_t             *cr,
                                      const AtlasView     *view,
                                      const AtlasPlanSite *site,
                                      guint                number,
                                      gboolean             flagged,
                                      double               avoid,
                                      double               pixel);

/* Every site of @plan that @view shows, numbered in plan order. */
void     atlas_plan_marks_draw      (cairo_t             *cr,
                                     const AtlasView     *view,
                                     AtlasPlan           *plan,
                                     double               pixel);

G_END_DECLS
