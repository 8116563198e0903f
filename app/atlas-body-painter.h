/* atlas-body-painter.h: how highlights, referral zones and trigger points look.
 *
 * Shared by the body view and the legend in the muscle panel, so that a legend
 * swatch is drawn by the very code that draws the zone on the body.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gtk/gtk.h>

#include "atlas-diagram.h"
#include "atlas-diagram-texture.h"
#include "atlas-muscle.h"
#include "atlas-zone-mask.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_HIGHLIGHT_HOVER,
  ATLAS_HIGHLIGHT_SELECTED,
} AtlasHighlight;

/* How a region marked in the pain finder looks. */
typedef enum {
  ATLAS_PAIN_MARKED,          /* filled: this hurts */
  ATLAS_PAIN_MARKED_OUTLINE,  /* outlined only, over a previewed pattern */
  ATLAS_PAIN_HOVER,           /* the region under the pointer */
} AtlasPainStyle;

/* How a muscle's pattern is drawn: the first as ever, essential solid and
 * spillover stippled; the second of a comparison in another hue and other
 * textures (essential hatched and outlined, spillover in open rings), so
 * that the two read apart without colour. */
typedef enum {
  ATLAS_RENDITION_FIRST,
  ATLAS_RENDITION_SECOND,
} AtlasRendition;

/* @pixel is the size of one device-independent pixel in @cr's user units, so
 * that lines keep their width at any zoom. */

/* Fills and consumes @cr's current path in the style of a referral zone. */
void atlas_body_painter_fill_zone (cairo_t        *cr,
                                   AtlasZone       zone,
                                   double          pixel);
/* The same in @rendition, for the legend of a comparison. */
void atlas_body_painter_fill_zone_as (cairo_t        *cr,
                                      AtlasZone       zone,
                                      AtlasRendition  rendition,
                                      double          pixel);
/* Every zone of every trigger point of @muscle on @side that @diagram draws:
 * each point's essential zone one merged shape, the spillover stippled beside
 * it. */
void atlas_body_painter_referral  (cairo_t        *cr,
                                   AtlasDiagram   *diagram,
                                   AtlasMuscle    *muscle,
                                   AtlasSide       side,
                                   double          pixel);
/* The same for several muscles at once; where their zones overlap, the
 * strongest shows. */
void atlas_body_painter_patterns  (cairo_t        *cr,
                                   AtlasDiagram   *diagram,
                                   GPtrArray      *muscles,
                                   AtlasSide       side,
                                   double          pixel);
/* The same in @rendition. */
void atlas_body_painter_patterns_as (cairo_t        *cr,
                                     AtlasDiagram   *diagram,
                                     GPtrArray      *muscles,
                                     AtlasSide       side,
                                     AtlasRendition  rendition,
                                     double          pixel);
/* The essential zone of @point as the painter draws it, at @resolution mask
 * pixels per document unit; NULL when @diagram shows none of it. */
AtlasZoneMask *atlas_body_painter_essential_mask (AtlasDiagram            *diagram,
                                                  const AtlasTriggerPoint *point,
                                                  AtlasSide                side,
                                                  double                   resolution);
void atlas_body_painter_outline   (cairo_t        *cr,
                                   AtlasDiagram   *diagram,
                                   const char     *shape_id,
                                   AtlasHighlight  highlight,
                                   double          pixel);
/* X marks at the trigger points of @muscle on @side that lie in @view. */
void atlas_body_painter_marks     (cairo_t         *cr,
                                   const AtlasView *view,
                                   AtlasMuscle     *muscle,
                                   AtlasSide        side,
                                   double           pixel);

/* A body region in the pain finder: violet, apart from the blue of a muscle
 * and the red of a referral zone. */
void atlas_body_painter_pain_region (cairo_t         *cr,
                                     AtlasDiagram    *diagram,
                                     const char      *shape_id,
                                     AtlasPainStyle   style,
                                     double           pixel);

/* A cairo node over @bounds (widget units) whose context draws in document
 * units: a document point (x, y) lands at (@x + x * @scale, @y + y * @scale). */
GskRenderNode *atlas_body_painter_document_node (const graphene_rect_t *bounds,
                                                 double                 scale,
                                                 double                 x,
                                                 double                 y,
                                                 cairo_t              **cr);
/* The hover outline of @shape_id in a node no bigger than the shape, within
 * @visible, so that moving it repaints no more than it covers. */
void           atlas_body_painter_append_outline (GtkSnapshot           *snapshot,
                                                  AtlasDiagram          *diagram,
                                                  const char            *shape_id,
                                                  const graphene_rect_t *visible,
                                                  double                 scale,
                                                  double                 x,
                                                  double                 y);

/* What a body view draws under its hover outline (a muscle shown with its
 * pattern, the finder's regions) and over it (the trigger points). The
 * nodes are kept while what they show stays the same, so that a hover frame
 * repaints only the outlines that changed. */
typedef struct {
  GskRenderNode   *below; /* NULL when they draw nothing */
  GskRenderNode   *above;
  gboolean         valid;
  const AtlasView *view;
  AtlasMuscle     *shown;
  AtlasSide        side;
  int              scale_factor;
  double           scale, x, y;
  guint            picture;
  gboolean         kept; /* rendered into pictures, not recordings */
} AtlasBodyOverlay;

/* Draws the finder's regions in document units; outlines only when
 * @outline_only, so that a pattern shown under them reads. */
typedef void (*AtlasOverlayRegionsFunc) (cairo_t         *cr,
                                         const AtlasView *view,
                                         double           pixel,
                                         gboolean         outline_only,
                                         gpointer         user_data);

/* @regions draws the region layer while the finder is active, else NULL. */
void atlas_body_overlay_update (AtlasBodyOverlay       *self,
                                const AtlasView        *view,
                                AtlasMuscle            *shown,
                                AtlasSide               side,
                                AtlasDiagramTexture    *picture,
                                AtlasOverlayRegionsFunc regions,
                                gpointer                regions_data,
                                const graphene_rect_t  *bounds,
                                int                     scale_factor,
                                double                  scale,
                                double                  x,
                                double                  y);
void atlas_body_overlay_clear  (AtlasBodyOverlay      *self);

G_END_DECLS
