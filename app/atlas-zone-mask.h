/* atlas-zone-mask.h: a referral zone as one merged, smoothed shape.
 *
 * The regions of a zone are tiles of the skin with thin gaps between them; a
 * pattern filled region by region reads as a patchwork. A zone mask is the
 * union of the regions rasterised at the output's scale, closed (the gaps
 * between neighbouring tiles bridged, concave corners rounded) and clipped to
 * the skin, so that it is drawn as one shape.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "atlas-diagram.h"
#include "atlas-muscle.h"

G_BEGIN_DECLS

typedef struct _AtlasZoneMask AtlasZoneMask;

/* An empty mask over @area (document units) at @resolution mask pixels per
 * document unit; the resolution is lowered when the mask would be huge. */
AtlasZoneMask *atlas_zone_mask_new           (const cairo_rectangle_t *area,
                                              double                   resolution);
void           atlas_zone_mask_free          (AtlasZoneMask           *self);
/* Adds the closed union of @regions (AtlasRegion*) on @side; regions
 * @diagram does not draw are left out. */
void           atlas_zone_mask_add_regions   (AtlasZoneMask           *self,
                                              AtlasDiagram            *diagram,
                                              GPtrArray               *regions,
                                              AtlasSide                side);
/* Keeps only what lies on the body's skin. */
void           atlas_zone_mask_clip_to_skin  (AtlasZoneMask           *self,
                                              AtlasDiagram            *diagram);
/* Keeps only what lies inside the @index-th figure's skin (a close-up view
 * draws several figures); FALSE when the view has no such figure. */
gboolean       atlas_zone_mask_clip_to_figure (AtlasZoneMask          *self,
                                              AtlasDiagram            *diagram,
                                              guint                    index);
/* The covered area, in document units squared. */
double         atlas_zone_mask_get_area      (const AtlasZoneMask     *self);
/* Removes what @other covers; both must have the same area and resolution. */
void           atlas_zone_mask_subtract      (AtlasZoneMask           *self,
                                              const AtlasZoneMask     *other);
/* Keeps only what @other covers too. */
void           atlas_zone_mask_intersect     (AtlasZoneMask           *self,
                                              const AtlasZoneMask     *other);
/* A context to draw into the mask with, in document units. */
cairo_t       *atlas_zone_mask_create_context (AtlasZoneMask          *self);
/* A new mask holding the band of width @width (document units) just inside
 * the edge of @self: the zone's outline. */
AtlasZoneMask *atlas_zone_mask_edge          (const AtlasZoneMask     *self,
                                              double                   width);
gboolean       atlas_zone_mask_is_empty      (const AtlasZoneMask     *self);
/* Paints @cr's source through the mask; @cr is in document units. */
void           atlas_zone_mask_paint         (const AtlasZoneMask     *self,
                                              cairo_t                 *cr);
/* How many separate pieces (8-connected, at least @min_area document units
 * square each) the mask has. */
guint          atlas_zone_mask_count_pieces  (const AtlasZoneMask     *self,
                                              double                   min_area);
/* The document area that the regions of @regions cover on @side, grown by
 * the closing's reach; FALSE when @diagram draws none of them. */
gboolean       atlas_zone_mask_regions_area  (AtlasDiagram            *diagram,
                                              GPtrArray               *regions,
                                              AtlasSide                side,
                                              cairo_rectangle_t       *area);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasZoneMask, atlas_zone_mask_free)

G_END_DECLS
