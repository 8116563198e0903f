/* atlas-body-painter.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/gdk.h>
#include <math.h>

#include "atlas-body-painter.h"
#include "atlas-database.h"

/* The palette, defined once. Blue for "this muscle", red for pain as in the
 * trigger point manuals; both read on the diagram's own opaque skin, whatever
 * the theme. */
static const GdkRGBA hover_fill      = { 0.21, 0.52, 0.89, 0.22 };
static const GdkRGBA hover_stroke    = { 0.11, 0.40, 0.78, 0.90 };
static const GdkRGBA selected_fill   = { 0.21, 0.52, 0.89, 0.14 };
static const GdkRGBA selected_stroke = { 0.07, 0.30, 0.64, 1.00 };
static const GdkRGBA essential_fill  = { 0.78, 0.12, 0.12, 0.55 };
static const GdkRGBA essential_edge  = { 0.60, 0.08, 0.08, 0.80 };
static const GdkRGBA spillover_tint  = { 0.78, 0.12, 0.12, 0.10 };
static const GdkRGBA spillover_hatch = { 0.75, 0.10, 0.10, 0.85 };
static const GdkRGBA mark_ink        = { 0.08, 0.08, 0.10, 1.00 };
static const GdkRGBA mark_halo       = { 1.00, 1.00, 1.00, 0.92 };
static const GdkRGBA pain_fill       = { 0.47, 0.22, 0.78, 0.50 };
static const GdkRGBA pain_edge       = { 0.33, 0.10, 0.62, 0.95 };
static const GdkRGBA pain_hover      = { 0.47, 0.22, 0.78, 0.16 };

static void
fill_essential (cairo_t *cr,
                double   pixel)
{
  gdk_cairo_set_source_rgba (cr, &essential_fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &essential_edge);
  cairo_set_line_width (cr, 1.0 * pixel);
  cairo_stroke (cr);
}

/* Hatching, not a paler red: the two zones must differ in texture so that they
 * stay apart in print, on a projector and for red-weak eyes. */
static void
fill_spillover (cairo_t *cr,
                double   pixel)
{
  cairo_path_t *outline = cairo_copy_path (cr);
  double x1, y1, x2, y2, step, d;

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &spillover_tint);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);

  /* Lines anchored to a grid, so that neighbouring regions hatch seamlessly. */
  step = 6.0 * pixel;
  for (d = floor ((x1 - (y2 - y1)) / step) * step; d < x2; d += step)
    {
      cairo_move_to (cr, d, y2);
      cairo_line_to (cr, d + (y2 - y1), y1);
    }
  gdk_cairo_set_source_rgba (cr, &spillover_hatch);
  cairo_set_line_width (cr, 1.6 * pixel);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_append_path (cr, outline);
  cairo_path_destroy (outline);
  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &spillover_hatch);
  cairo_set_line_width (cr, 1.0 * pixel);
  cairo_set_dash (cr, (double[]) { 4.0 * pixel, 3.0 * pixel }, 2, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
atlas_body_painter_fill_zone (cairo_t   *cr,
                              AtlasZone  zone,
                              double     pixel)
{
  switch (zone)
    {
    case ATLAS_ZONE_ESSENTIAL:
      fill_essential (cr, pixel);
      break;

    case ATLAS_ZONE_SPILLOVER:
      fill_spillover (cr, pixel);
      break;

    case ATLAS_ZONE_NONE:
    default:
      cairo_new_path (cr);
    }
}

static void
fill_zones (cairo_t      *cr,
            AtlasDiagram *diagram,
            AtlasMuscle  *muscle,
            AtlasSide     side,
            AtlasZone     zone,
            double        pixel)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  g_autoptr (GHashTable) drawn = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      GPtrArray *regions = zone == ATLAS_ZONE_ESSENTIAL ? point->essential : point->spillover;

      for (guint j = 0; regions != NULL && j < regions->len; j++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, j);
          g_autofree char *shape = NULL;

          /* A region gets one fill, in the strongest zone any trigger point
           * gives it: hatching under a translucent essential fill would read
           * as both, and a second fill would darken it. */
          if (atlas_muscle_refers_to (muscle, region) != zone ||
              !g_hash_table_add (drawn, (gpointer) region))
            continue;

          shape = atlas_region_dup_shape_id (region, side);
          cairo_new_path (cr);
          if (atlas_diagram_append_path (diagram, shape, cr))
            atlas_body_painter_fill_zone (cr, zone, pixel);
        }
    }
}

void
atlas_body_painter_referral (cairo_t      *cr,
                             AtlasDiagram *diagram,
                             AtlasMuscle  *muscle,
                             AtlasSide     side,
                             double        pixel)
{
  fill_zones (cr, diagram, muscle, side, ATLAS_ZONE_SPILLOVER, pixel);
  fill_zones (cr, diagram, muscle, side, ATLAS_ZONE_ESSENTIAL, pixel);
}

void
atlas_body_painter_outline (cairo_t        *cr,
                            AtlasDiagram   *diagram,
                            const char     *shape_id,
                            AtlasHighlight  highlight,
                            double          pixel)
{
  gboolean selected = highlight == ATLAS_HIGHLIGHT_SELECTED;

  cairo_new_path (cr);
  if (!atlas_diagram_append_path (diagram, shape_id, cr))
    return;

  gdk_cairo_set_source_rgba (cr, selected ? &selected_fill : &hover_fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, selected ? &selected_stroke : &hover_stroke);
  cairo_set_line_width (cr, (selected ? 3.0 : 2.0) * pixel);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

void
atlas_body_painter_marks (cairo_t         *cr,
                          const AtlasView *view,
                          AtlasMuscle     *muscle,
                          AtlasSide        side,
                          double           pixel)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  /* Grows with the figure, but stays findable on a small window and never
   * hides the muscle on a large one. */
  double half = CLAMP (10.0 / pixel, 6.0, 14.0) * pixel;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (int pass = 0; pass < 2; pass++)
    {
      cairo_new_path (cr);

      for (guint i = 0; i < points->len; i++)
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

          for (guint j = 0; j < point->marks->len; j++)
            {
              const AtlasMark *mark = g_ptr_array_index (point->marks, j);
              double x, y;

              /* A lateral view shows one instance; the other has no X there. */
              if (mark->view != view || !atlas_view_draws_side (view, side))
                continue;

              atlas_mark_position (mark, side, &x, &y);
              cairo_move_to (cr, x - half, y - half);
              cairo_line_to (cr, x + half, y + half);
              cairo_move_to (cr, x + half, y - half);
              cairo_line_to (cr, x - half, y + half);
            }
        }

      /* The halo first, so that the X reads on red as well as on skin. */
      gdk_cairo_set_source_rgba (cr, pass == 0 ? &mark_halo : &mark_ink);
      cairo_set_line_width (cr, (pass == 0 ? 7.0 : 3.2) * pixel);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

void
atlas_body_painter_pain_region (cairo_t        *cr,
                                AtlasDiagram   *diagram,
                                const char     *shape_id,
                                AtlasPainStyle  style,
                                double          pixel)
{
  cairo_new_path (cr);
  if (!atlas_diagram_append_path (diagram, shape_id, cr))
    return;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (style)
    {
    case ATLAS_PAIN_MARKED:
      gdk_cairo_set_source_rgba (cr, &pain_fill);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5 * pixel);
      break;

    case ATLAS_PAIN_MARKED_OUTLINE:
      /* Thick enough to read over a red essential zone. */
      cairo_set_line_width (cr, 3.0 * pixel);
      break;

    case ATLAS_PAIN_HOVER:
    default:
      gdk_cairo_set_source_rgba (cr, &pain_hover);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 2.0 * pixel);
      cairo_set_dash (cr, (double[]) { 5.0 * pixel, 3.0 * pixel }, 2, 0);
      break;
    }
  gdk_cairo_set_source_rgba (cr, &pain_edge);
  cairo_stroke (cr);
  cairo_restore (cr);
}

GskRenderNode *
atlas_body_painter_document_node (const graphene_rect_t *bounds,
                                  double                 scale,
                                  double                 x,
                                  double                 y,
                                  cairo_t              **cr)
{
  GskRenderNode *node = gsk_cairo_node_new (bounds);

  *cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (*cr, x, y);
  cairo_scale (*cr, scale, scale);
  return node;
}

void
atlas_body_painter_append_outline (GtkSnapshot           *snapshot,
                                   AtlasDiagram          *diagram,
                                   const char            *shape_id,
                                   const graphene_rect_t *visible,
                                   double                 scale,
                                   double                 x,
                                   double                 y)
{
  cairo_rectangle_t extents;
  graphene_rect_t bounds;
  GskRenderNode *node;
  cairo_t *cr;

  if (!atlas_diagram_get_extents (diagram, shape_id, &extents))
    return;
  /* The stroke is 2 pixels wide, half of it outside the path; a pixel more
   * for antialiasing. */
  bounds = GRAPHENE_RECT_INIT (x + extents.x * scale - 3, y + extents.y * scale - 3,
                               extents.width * scale + 6, extents.height * scale + 6);
  if (!graphene_rect_intersection (&bounds, visible, &bounds))
    return;

  node = atlas_body_painter_document_node (&bounds, scale, x, y, &cr);
  atlas_body_painter_outline (cr, diagram, shape_id, ATLAS_HIGHLIGHT_HOVER, 1.0 / scale);
  cairo_destroy (cr);
  gtk_snapshot_append_node (snapshot, node);
  gsk_render_node_unref (node);
}

void
atlas_body_overlay_clear (AtlasBodyOverlay *self)
{
  g_clear_pointer (&self->below, gsk_render_node_unref);
  g_clear_pointer (&self->above, gsk_render_node_unref);
}

void
atlas_body_overlay_update (AtlasBodyOverlay      *self,
                           const AtlasView       *view,
                           AtlasMuscle           *shown,
                           AtlasSide              side,
                           AtlasDiagramTexture   *picture,
                           AtlasRegionLayer      *regions,
                           const graphene_rect_t *bounds,
                           double                 scale,
                           double                 x,
                           double                 y)
{
  guint serial = atlas_diagram_texture_get_serial (picture);
  g_autofree char *shape = shown != NULL ? atlas_muscle_dup_shape_id (shown, side) : NULL;
  double pixel = 1.0 / scale;
  cairo_t *cr;

  /* The regions change with every stroke of the finder: not kept. */
  if (regions == NULL && self->below != NULL && self->view == view && self->shown == shown &&
      self->side == side && self->scale == scale && self->x == x && self->y == y &&
      self->picture == serial)
    return;

  atlas_body_overlay_clear (self);
  self->view = view;
  self->shown = shown;
  self->side = side;
  self->scale = scale;
  self->x = x;
  self->y = y;
  self->picture = serial;

  self->below = atlas_body_painter_document_node (bounds, scale, x, y, &cr);
  if (shown != NULL)
    {
      /* The selected muscle keeps its full colour on the washed-out figure. */
      atlas_diagram_texture_paint_shape (picture, view, cr, shape);
      atlas_body_painter_referral (cr, view->diagram, shown, side, pixel);
    }
  /* Marked regions over a previewed pattern are outlines, so both read. */
  if (regions != NULL)
    atlas_region_layer_draw (regions, cr, view, pixel, shown != NULL);
  /* The outline goes over the pattern: the muscle stays visible and
   * clickable where its own referral zone covers it. */
  if (shown != NULL)
    atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_SELECTED, pixel);
  cairo_destroy (cr);

  /* Marks last: an X must never hide under an outline. */
  self->above = atlas_body_painter_document_node (bounds, scale, x, y, &cr);
  if (shown != NULL)
    atlas_body_painter_marks (cr, view, shown, side, pixel);
  cairo_destroy (cr);
}
