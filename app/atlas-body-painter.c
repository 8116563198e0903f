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
#include "atlas-diagram-style.h"
#include "atlas-zone-mask.h"

/* The palettes, defined once, one for each AtlasDiagramStyle. Blue for "this
 * muscle", red for pain as in the trigger point manuals, purple for the pain
 * finder's marks; each reads on the skin of its diagram style (light skin,
 * the dark style's muted brown, high contrast's white or black). On dark
 * skin the reds and blues are lighter, and the spillover dots lighter still,
 * so that solid and stippled zones stay as far apart as on light skin. */
typedef struct {
  GdkRGBA hover_fill;
  GdkRGBA hover_stroke;
  GdkRGBA selected_fill;
  GdkRGBA selected_stroke;
  GdkRGBA essential_fill;
  GdkRGBA essential_edge;
  GdkRGBA spillover_tint;
  GdkRGBA spillover_dots;
  GdkRGBA mark_ink;
  GdkRGBA mark_halo;
  GdkRGBA pain_fill;
  GdkRGBA pain_edge;
  GdkRGBA pain_hover;
  /* The second muscle of a comparison: a blue-green far from the reds in
   * hue and drawn in other textures, so that it differs in grey too. */
  GdkRGBA second_ink;
  GdkRGBA second_tint;
} Palette;

static const Palette palettes[] = {
  [ATLAS_DIAGRAM_STYLE_LIGHT] = {
    .hover_fill = { 0.21, 0.52, 0.89, 0.22 },
    .hover_stroke = { 0.11, 0.40, 0.78, 0.90 },
    .selected_fill = { 0.21, 0.52, 0.89, 0.14 },
    .selected_stroke = { 0.07, 0.30, 0.64, 1.00 },
    .essential_fill = { 0.78, 0.12, 0.12, 0.55 },
    .essential_edge = { 0.60, 0.08, 0.08, 0.80 },
    .spillover_tint = { 0.78, 0.12, 0.12, 0.10 },
    .spillover_dots = { 0.72, 0.08, 0.08, 0.90 },
    .mark_ink = { 0.08, 0.08, 0.10, 1.00 },
    .mark_halo = { 1.00, 1.00, 1.00, 0.92 },
    .pain_fill = { 0.47, 0.22, 0.78, 0.50 },
    .pain_edge = { 0.33, 0.10, 0.62, 0.95 },
    .pain_hover = { 0.47, 0.22, 0.78, 0.16 },
    .second_ink = { 0.00, 0.40, 0.38, 1.00 },
    .second_tint = { 0.00, 0.45, 0.42, 0.14 },
  },
  [ATLAS_DIAGRAM_STYLE_DARK] = {
    .hover_fill = { 0.38, 0.63, 0.96, 0.26 },
    .hover_stroke = { 0.55, 0.74, 1.00, 0.95 },
    .selected_fill = { 0.38, 0.63, 0.96, 0.16 },
    .selected_stroke = { 0.66, 0.82, 1.00, 1.00 },
    .essential_fill = { 0.96, 0.27, 0.25, 0.68 },
    .essential_edge = { 1.00, 0.55, 0.50, 0.95 },
    .spillover_tint = { 0.96, 0.27, 0.25, 0.12 },
    .spillover_dots = { 1.00, 0.56, 0.50, 1.00 },
    .mark_ink = { 0.08, 0.08, 0.10, 1.00 },
    .mark_halo = { 1.00, 1.00, 1.00, 0.92 },
    .pain_fill = { 0.64, 0.45, 0.95, 0.55 },
    .pain_edge = { 0.80, 0.68, 1.00, 1.00 },
    .pain_hover = { 0.64, 0.45, 0.95, 0.20 },
    .second_ink = { 0.40, 0.90, 0.84, 1.00 },
    .second_tint = { 0.40, 0.90, 0.84, 0.16 },
  },
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST] = {
    .hover_fill = { 0.00, 0.30, 0.80, 0.20 },
    .hover_stroke = { 0.00, 0.20, 0.70, 1.00 },
    .selected_fill = { 0.00, 0.30, 0.80, 0.12 },
    .selected_stroke = { 0.00, 0.10, 0.50, 1.00 },
    .essential_fill = { 0.80, 0.00, 0.00, 0.80 },
    .essential_edge = { 0.00, 0.00, 0.00, 1.00 },
    .spillover_tint = { 0.80, 0.00, 0.00, 0.08 },
    .spillover_dots = { 0.55, 0.00, 0.00, 1.00 },
    .mark_ink = { 0.00, 0.00, 0.00, 1.00 },
    .mark_halo = { 1.00, 1.00, 1.00, 1.00 },
    .pain_fill = { 0.40, 0.10, 0.75, 0.65 },
    .pain_edge = { 0.00, 0.00, 0.00, 1.00 },
    .pain_hover = { 0.40, 0.10, 0.75, 0.20 },
    .second_ink = { 0.00, 0.28, 0.26, 1.00 },
    .second_tint = { 0.00, 0.35, 0.32, 0.14 },
  },
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK] = {
    .hover_fill = { 0.45, 0.70, 1.00, 0.28 },
    .hover_stroke = { 0.70, 0.85, 1.00, 1.00 },
    .selected_fill = { 0.45, 0.70, 1.00, 0.18 },
    .selected_stroke = { 0.80, 0.90, 1.00, 1.00 },
    .essential_fill = { 1.00, 0.30, 0.28, 0.85 },
    .essential_edge = { 1.00, 1.00, 1.00, 1.00 },
    .spillover_tint = { 1.00, 0.30, 0.28, 0.12 },
    .spillover_dots = { 1.00, 0.62, 0.58, 1.00 },
    .mark_ink = { 0.00, 0.00, 0.00, 1.00 },
    .mark_halo = { 1.00, 1.00, 1.00, 1.00 },
    .pain_fill = { 0.70, 0.52, 1.00, 0.65 },
    .pain_edge = { 1.00, 1.00, 1.00, 1.00 },
    .pain_hover = { 0.70, 0.52, 1.00, 0.24 },
    .second_ink = { 0.45, 1.00, 0.92, 1.00 },
    .second_tint = { 0.45, 1.00, 0.92, 0.18 },
  },
};

static const Palette *
palette (cairo_t *cr)
{
  return &palettes[atlas_diagram_style_for_cairo (cr)];
}

static void
fill_essential (cairo_t *cr,
                double   pixel)
{
  gdk_cairo_set_source_rgba (cr, &palette (cr)->essential_fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &palette (cr)->essential_edge);
  cairo_set_line_width (cr, 1.0 * pixel);
  cairo_stroke (cr);
}

/* The textures that tell zones apart without colour. */
typedef enum {
  TEXTURE_DOTS,  /* spillover */
  TEXTURE_RINGS, /* the spillover of a second muscle, compared */
  TEXTURE_HATCH, /* the essential zone of a second muscle, compared */
} Texture;

static double
texture_step (Texture texture,
              double  pixel)
{
  return (texture == TEXTURE_RINGS ? 8.0 : 5.0) * pixel;
}

/* Dots, not a paler red: the two zones must differ in texture so that they
 * stay apart in print, on a projector and for red-weak eyes. Travell & Simons
 * stipple the spillover zone, and clinicians read it that way. A compared
 * second muscle gets open rings and hatching instead, so that its zones read
 * apart from the first one's in grey as well. The textures sit on a grid of
 * the document, so that neighbouring areas join seamlessly. Draws with @cr's
 * source. */
static void
draw_texture (cairo_t *cr,
              Texture  texture,
              double   x1,
              double   y1,
              double   x2,
              double   y2,
              double   pixel)
{
  double step = texture_step (texture, pixel);
  double radius = (texture == TEXTURE_RINGS ? 2.1 : 1.05) * pixel;
  long row = (long) floor (y1 / step);

  if (texture == TEXTURE_HATCH)
    {
      /* Lines x + y = c, for c on the grid. */
      for (double c = (floor ((x1 + y1) / step) - 2) * step; c <= x2 + y2 + 2 * step; c += step)
        {
          cairo_move_to (cr, c - (y1 - step), y1 - step);
          cairo_line_to (cr, c - (y2 + step), y2 + step);
        }
      cairo_set_line_width (cr, 1.4 * pixel);
      cairo_stroke (cr);
      return;
    }

  for (double y = row * step; y <= y2 + step; y += step, row++)
    {
      /* Every other row shifted by half a step: a stipple, not a grid. */
      double shift = (row & 1) != 0 ? step / 2 : 0;

      for (double x = floor (x1 / step) * step - shift; x <= x2 + step; x += step)
        {
          cairo_move_to (cr, x + radius, y);
          cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
          cairo_close_path (cr);
        }
    }
  if (texture == TEXTURE_RINGS)
    {
      cairo_set_line_width (cr, 1.1 * pixel);
      cairo_stroke (cr);
    }
  else
    {
      cairo_fill (cr);
    }
}

/* Fills @cr's clip with @texture, from one repeated cell drawn at the
 * device's scale. */
static void
paint_texture (cairo_t *cr,
               Texture  texture,
               double   pixel)
{
  double step = texture_step (texture, pixel), sx = 1, sy = 1;
  cairo_surface_t *cell;
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  cairo_t *cell_cr;
  int width, height;

  cairo_user_to_device_distance (cr, &sx, &sy);
  width = MAX (2, (int) ceil (step * fabs (sx)));
  height = MAX (4, (int) ceil (2 * step * fabs (sy)));
  cell = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cell_cr = cairo_create (cell);
  cairo_scale (cell_cr, width / step, height / (2 * step));
  draw_texture (cell_cr, texture, 0, 0, step, 2 * step, pixel);
  cairo_destroy (cell_cr);

  pattern = cairo_pattern_create_for_surface (cell);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  /* Cell coordinates from document ones: the texture stays on the grid of
   * the document, as the legend's does. */
  cairo_matrix_init_scale (&matrix, width / step, height / (2 * step));
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_paint (cr);
  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (cell);
}

/* Fills and consumes the current path: @tint, then @texture in @ink, then
 * an outline @edge pixels wide (none at 0). */
static void
fill_textured (cairo_t       *cr,
               const GdkRGBA *tint,
               const GdkRGBA *ink,
               Texture        texture,
               double         edge,
               double         pixel)
{
  cairo_path_t *path = cairo_copy_path (cr);
  double x1, y1, x2, y2;

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, tint);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  gdk_cairo_set_source_rgba (cr, ink);
  draw_texture (cr, texture, x1, y1, x2, y2, pixel);
  cairo_restore (cr);
  if (edge > 0)
    {
      cairo_append_path (cr, path);
      gdk_cairo_set_source_rgba (cr, ink);
      cairo_set_line_width (cr, edge * pixel);
      cairo_stroke (cr);
    }
  cairo_path_destroy (path);
  cairo_new_path (cr);
}

/* The outline of a second muscle's essential zone, in pixels: wider than the
 * first one's, a cue of its own. */
#define SECOND_EDGE 2.0

void
atlas_body_painter_fill_zone_as (cairo_t        *cr,
                                 AtlasZone       zone,
                                 AtlasRendition  rendition,
                                 double          pixel)
{
  const Palette *colours = palette (cr);

  switch (zone)
    {
    case ATLAS_ZONE_ESSENTIAL:
      if (rendition == ATLAS_RENDITION_SECOND)
        fill_textured (cr, &colours->second_tint, &colours->second_ink, TEXTURE_HATCH,
                       SECOND_EDGE, pixel);
      else
        fill_essential (cr, pixel);
      break;

    case ATLAS_ZONE_SPILLOVER:
      if (rendition == ATLAS_RENDITION_SECOND)
        fill_textured (cr, &colours->second_tint, &colours->second_ink, TEXTURE_RINGS, 0, pixel);
      else
        fill_textured (cr, &colours->spillover_tint, &colours->spillover_dots, TEXTURE_DOTS, 0,
                       pixel);
      break;

    case ATLAS_ZONE_NONE:
    default:
      cairo_new_path (cr);
    }
}

void
atlas_body_painter_fill_zone (cairo_t   *cr,
                              AtlasZone  zone,
                              double     pixel)
{
  atlas_body_painter_fill_zone_as (cr, zone, ATLAS_RENDITION_FIRST, pixel);
}

/* The merged zones of some muscles on one view, at one scale. */
typedef struct {
  GBytes *diagram_bytes; /* held, so that its address names this diagram only */
  char *key;
  double resolution;
  AtlasRendition rendition;
  AtlasZoneMask *essential;
  AtlasZoneMask *edge;
  AtlasZoneMask *spillover;
  AtlasZoneMask *dots;
  AtlasZoneMask *hatch; /* the second rendition's */
} Pattern;

static void
pattern_free (gpointer data)
{
  Pattern *pattern = data;

  g_bytes_unref (pattern->diagram_bytes);
  g_free (pattern->key);
  g_clear_pointer (&pattern->essential, atlas_zone_mask_free);
  g_clear_pointer (&pattern->edge, atlas_zone_mask_free);
  g_clear_pointer (&pattern->spillover, atlas_zone_mask_free);
  g_clear_pointer (&pattern->dots, atlas_zone_mask_free);
  g_clear_pointer (&pattern->hatch, atlas_zone_mask_free);
  g_free (pattern);
}

static char *
pattern_key (GPtrArray      *muscles,
             AtlasSide       side,
             AtlasRendition  rendition)
{
  GString *key = g_string_new (atlas_side_to_string (side));

  g_string_append_printf (key, " %d", rendition);
  for (guint i = 0; i < muscles->len; i++)
    g_string_append_printf (key, " %s", atlas_muscle_get_id (g_ptr_array_index (muscles, i)));
  return g_string_free (key, FALSE);
}

static gboolean
pattern_area (AtlasDiagram      *diagram,
              GPtrArray         *muscles,
              AtlasSide          side,
              cairo_rectangle_t *area)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint m = 0; m < muscles->len; m++)
    {
      GPtrArray *points = atlas_muscle_get_trigger_points (g_ptr_array_index (muscles, m));

      for (guint i = 0; i < points->len; i++)
        for (int zone = 0; zone < 2; zone++)
          {
            const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
            cairo_rectangle_t box;

            if (!atlas_zone_mask_regions_area (diagram, zone ? point->essential : point->spillover,
                                               side, &box))
              continue;
            x1 = MIN (x1, box.x);
            y1 = MIN (y1, box.y);
            x2 = MAX (x2, box.x + box.width);
            y2 = MAX (y2, box.y + box.height);
          }
    }
  *area = (cairo_rectangle_t) { x1, y1, x2 - x1, y2 - y1 };
  return x1 <= x2;
}

static Pattern *
pattern_new (AtlasDiagram   *diagram,
             GPtrArray      *muscles,
             AtlasSide       side,
             AtlasRendition  rendition,
             double          resolution,
             double          pixel)
{
  Pattern *pattern = g_new0 (Pattern, 1);
  gboolean second = rendition == ATLAS_RENDITION_SECOND;
  cairo_rectangle_t area;
  cairo_t *cr;

  pattern->resolution = resolution;
  pattern->rendition = rendition;
  if (!pattern_area (diagram, muscles, side, &area))
    return pattern;

  pattern->essential = atlas_zone_mask_new (&area, resolution);
  pattern->spillover = atlas_zone_mask_new (&area, resolution);
  pattern->dots = atlas_zone_mask_new (&area, resolution);
  for (guint m = 0; m < muscles->len; m++)
    {
      GPtrArray *points = atlas_muscle_get_trigger_points (g_ptr_array_index (muscles, m));

      /* Each trigger point's zone is closed on its own: two points' zones that
       * merely come near each other stay two shapes, as in the manual. */
      for (guint i = 0; i < points->len; i++)
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

          atlas_zone_mask_add_regions (pattern->essential, diagram, point->essential, side);
          atlas_zone_mask_add_regions (pattern->spillover, diagram, point->spillover, side);
        }
    }
  atlas_zone_mask_clip_to_skin (pattern->essential, diagram);
  atlas_zone_mask_clip_to_skin (pattern->spillover, diagram);
  /* A place essential for any trigger point looks essential: no stipple
   * under it, no double fill. */
  atlas_zone_mask_subtract (pattern->spillover, pattern->essential);
  pattern->edge = atlas_zone_mask_edge (pattern->essential, (second ? SECOND_EDGE : 1.2) * pixel);

  /* One cell of the stipple, repeated: tens of thousands of separate dots
   * would cost more than the rest of the pattern. */
  cr = atlas_zone_mask_create_context (pattern->dots);
  paint_texture (cr, second ? TEXTURE_RINGS : TEXTURE_DOTS, pixel);
  cairo_destroy (cr);
  atlas_zone_mask_intersect (pattern->dots, pattern->spillover);
  if (second)
    {
      pattern->hatch = atlas_zone_mask_new (&area, resolution);
      cr = atlas_zone_mask_create_context (pattern->hatch);
      paint_texture (cr, TEXTURE_HATCH, pixel);
      cairo_destroy (cr);
      atlas_zone_mask_intersect (pattern->hatch, pattern->essential);
    }
  return pattern;
}

/* Hover and focus repaint the view many times a second with the same
 * pattern; the masks are built once per pattern, view and scale. */
static Pattern *
lookup_pattern (AtlasDiagram   *diagram,
                GPtrArray      *muscles,
                AtlasSide       side,
                AtlasRendition  rendition,
                double          pixel)
{
  static GPtrArray *cache;
  g_autofree char *key = pattern_key (muscles, side, rendition);
  GBytes *bytes = atlas_diagram_get_bytes (diagram);
  /* The screen's pixels (the zones are smooth: the mask is scaled up
   * smoothly on a high-density screen), in steps of a quarter octave so
   * that a small zoom reuses the masks. */
  double resolution = exp2 (round (4 * log2 (1.0 / pixel)) / 4);
  Pattern *pattern;

  if (cache == NULL)
    cache = g_ptr_array_new_with_free_func (pattern_free);
  for (guint i = 0; i < cache->len; i++)
    {
      pattern = g_ptr_array_index (cache, i);
      if (pattern->diagram_bytes == bytes && pattern->resolution == resolution &&
          g_str_equal (pattern->key, key))
        {
          /* Most recently used last. */
          g_ptr_array_steal_index (cache, i);
          g_ptr_array_add (cache, pattern);
          return pattern;
        }
    }

  pattern = pattern_new (diagram, muscles, side, rendition, resolution, pixel);
  pattern->diagram_bytes = g_bytes_ref (bytes);
  pattern->key = g_steal_pointer (&key);
  if (cache->len >= 6)
    g_ptr_array_remove_index (cache, 0);
  g_ptr_array_add (cache, pattern);
  return pattern;
}

void
atlas_body_painter_patterns_as (cairo_t        *cr,
                                AtlasDiagram   *diagram,
                                GPtrArray      *muscles,
                                AtlasSide       side,
                                AtlasRendition  rendition,
                                double          pixel)
{
  const Palette *colours = palette (cr);
  gboolean second = rendition == ATLAS_RENDITION_SECOND;
  Pattern *pattern;

  if (muscles->len == 0)
    return;
  pattern = lookup_pattern (diagram, muscles, side, rendition, pixel);
  if (pattern->essential == NULL)
    return;

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, second ? &colours->second_tint : &colours->spillover_tint);
  atlas_zone_mask_paint (pattern->spillover, cr);
  gdk_cairo_set_source_rgba (cr, second ? &colours->second_ink : &colours->spillover_dots);
  atlas_zone_mask_paint (pattern->dots, cr);
  gdk_cairo_set_source_rgba (cr, second ? &colours->second_tint : &colours->essential_fill);
  atlas_zone_mask_paint (pattern->essential, cr);
  if (second)
    {
      gdk_cairo_set_source_rgba (cr, &colours->second_ink);
      atlas_zone_mask_paint (pattern->hatch, cr);
    }
  gdk_cairo_set_source_rgba (cr, second ? &colours->second_ink : &colours->essential_edge);
  atlas_zone_mask_paint (pattern->edge, cr);
  cairo_restore (cr);
}

void
atlas_body_painter_patterns (cairo_t      *cr,
                             AtlasDiagram *diagram,
                             GPtrArray    *muscles,
                             AtlasSide     side,
                             double        pixel)
{
  atlas_body_painter_patterns_as (cr, diagram, muscles, side, ATLAS_RENDITION_FIRST, pixel);
}

void
atlas_body_painter_referral (cairo_t      *cr,
                             AtlasDiagram *diagram,
                             AtlasMuscle  *muscle,
                             AtlasSide     side,
                             double        pixel)
{
  g_autoptr (GPtrArray) muscles = g_ptr_array_new ();

  g_ptr_array_add (muscles, muscle);
  atlas_body_painter_patterns (cr, diagram, muscles, side, pixel);
}

AtlasZoneMask *
atlas_body_painter_essential_mask (AtlasDiagram            *diagram,
                                   const AtlasTriggerPoint *point,
                                   AtlasSide                side,
                                   double                   resolution)
{
  AtlasZoneMask *mask;
  cairo_rectangle_t area;

  if (!atlas_zone_mask_regions_area (diagram, point->essential, side, &area))
    return NULL;
  mask = atlas_zone_mask_new (&area, resolution);
  atlas_zone_mask_add_regions (mask, diagram, point->essential, side);
  atlas_zone_mask_clip_to_skin (mask, diagram);
  return mask;
}

void
atlas_body_painter_outline (cairo_t        *cr,
                            AtlasDiagram   *diagram,
                            const char     *shape_id,
                            AtlasHighlight  highlight,
                            double          pixel)
{
  gboolean selected = highlight == ATLAS_HIGHLIGHT_SELECTED;
  const Palette *colours = palette (cr);

  cairo_new_path (cr);
  if (!atlas_diagram_append_path (diagram, shape_id, cr))
    return;

  gdk_cairo_set_source_rgba (cr, selected ? &colours->selected_fill : &colours->hover_fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, selected ? &colours->selected_stroke : &colours->hover_stroke);
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
      gdk_cairo_set_source_rgba (cr, pass == 0 ? &palette (cr)->mark_halo
                                               : &palette (cr)->mark_ink);
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
      gdk_cairo_set_source_rgba (cr, &palette (cr)->pain_fill);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5 * pixel);
      break;

    case ATLAS_PAIN_MARKED_OUTLINE:
      /* Thick enough to read over a red essential zone. */
      cairo_set_line_width (cr, 3.0 * pixel);
      break;

    case ATLAS_PAIN_HOVER:
    default:
      gdk_cairo_set_source_rgba (cr, &palette (cr)->pain_hover);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 2.0 * pixel);
      cairo_set_dash (cr, (double[]) { 5.0 * pixel, 3.0 * pixel }, 2, 0);
      break;
    }
  gdk_cairo_set_source_rgba (cr, &palette (cr)->pain_edge);
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
  self->valid = FALSE;
}

/* Keeps @image (or a recording) alive as long as the recording surface @cr
 * draws on: cairo would otherwise copy it whole when it is freed first. */
static void
keep_alive (cairo_t         *cr,
            cairo_surface_t *image)
{
  static cairo_user_data_key_t kept_key;
  GPtrArray *kept;

  /* A surface holds one value a key: an array of what is kept. */
  kept = cairo_surface_get_user_data (cairo_get_target (cr), &kept_key);
  if (kept == NULL)
    {
      kept = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
      cairo_surface_set_user_data (cairo_get_target (cr), &kept_key, kept,
                                   (cairo_destroy_func_t) g_ptr_array_unref);
    }
  g_ptr_array_add (kept, cairo_surface_reference (image));
}

/* Device pixels a side of the overlay's tiles. */
#define TILE 64

static gboolean
tile_is_empty (cairo_surface_t *image,
               int              x,
               int              y,
               int              width,
               int              height)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);

  for (int row = y; row < y + height; row++)
    {
      const guint32 *pixel = (const guint32 *) (const void *) (data + (gsize) row * stride) + x;

      for (int i = 0; i < width; i++)
        if (pixel[i] != 0)
          return FALSE;
    }
  return TRUE;
}

/* A node no bigger than what @recording drew (NULL when it drew nothing), as
 * a picture in device pixels: a frame that damages part of it copies pixels
 * instead of filling the patterns' paths again, and an empty overlay costs a
 * frame nothing (GTK 4.8's X11 cairo renderer uploads the whole damaged part
 * of every cairo node, painted or not). */
static GskRenderNode *
picture_of (cairo_surface_t *recording,
            int              scale_factor)
{
  double x, y, width, height;
  int sf = MAX (scale_factor, 1);
  int x0, y0, x1, y1;
  cairo_surface_t *image;
  graphene_rect_t bounds;
  GskRenderNode *node;
  cairo_t *cr;

  cairo_recording_surface_ink_extents (recording, &x, &y, &width, &height);
  if (width <= 0 || height <= 0)
    return NULL;
  x0 = (int) floor (x * sf);
  y0 = (int) floor (y * sf);
  x1 = (int) ceil ((x + width) * sf);
  y1 = (int) ceil ((y + height) * sf);
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, x1 - x0, y1 - y0);
  cr = cairo_create (image);
  cairo_translate (cr, -x0, -y0);
  cairo_scale (cr, sf, sf);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  bounds = GRAPHENE_RECT_INIT (x0 / (double) sf, y0 / (double) sf, (x1 - x0) / (double) sf,
                               (y1 - y0) / (double) sf);
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, bounds.origin.x, bounds.origin.y);
  cairo_scale (cr, 1.0 / sf, 1.0 / sf);
  /* A pattern's box is mostly empty (zones scattered over the body): only
   * the tiles with something in them are kept. */
  for (int ty = 0; ty < y1 - y0; ty += TILE)
    for (int tx = 0; tx < x1 - x0; tx += TILE)
      {
        int tw = MIN (TILE, x1 - x0 - tx), th = MIN (TILE, y1 - y0 - ty);
        cairo_surface_t *tile;
        cairo_t *tile_cr;

        if (tile_is_empty (image, tx, ty, tw, th))
          continue;
        tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tw, th);
        tile_cr = cairo_create (tile);
        cairo_set_operator (tile_cr, CAIRO_OPERATOR_SOURCE);
        cairo_set_source_surface (tile_cr, image, -tx, -ty);
        cairo_paint (tile_cr);
        cairo_destroy (tile_cr);
        cairo_set_source_surface (cr, tile, tx, ty);
        cairo_paint (cr);
        keep_alive (cr, tile);
        cairo_surface_destroy (tile);
      }
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  return node;
}

/* A context on a recording surface over @bounds (widget units) that draws in
 * document units, as atlas_body_painter_document_node()'s does. */
static cairo_t *
record (const graphene_rect_t *bounds,
        double                 scale,
        double                 x,
        double                 y)
{
  cairo_rectangle_t extents = { bounds->origin.x, bounds->origin.y, bounds->size.width,
                                bounds->size.height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &extents);
  cairo_t *cr = cairo_create (recording);

  cairo_surface_destroy (recording);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  return cr;
}

/* What @cr recorded, as a node: a picture when it is kept from frame to
 * frame, else the recording itself (drawn only where a frame is damaged). */
static GskRenderNode *
finish (cairo_t               *cr,
        const graphene_rect_t *bounds,
        gboolean               kept,
        int                    scale_factor)
{
  GskRenderNode *node = NULL;
  cairo_t *node_cr;

  if (kept)
    node = picture_of (cairo_get_target (cr), scale_factor);
  else
    {
      node = gsk_cairo_node_new (bounds);
      node_cr = gsk_cairo_node_get_draw_context (node);
      cairo_set_source_surface (node_cr, cairo_get_target (cr), 0, 0);
      cairo_paint (node_cr);
      keep_alive (node_cr, cairo_get_target (cr));
      cairo_destroy (node_cr);
    }
  cairo_destroy (cr);
  return node;
}

void
atlas_body_overlay_update (AtlasBodyOverlay       *self,
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
                           double                  y)
{
  guint serial = atlas_diagram_texture_get_serial (picture);
  g_autofree char *shape = shown != NULL ? atlas_muscle_dup_shape_id (shown, side) : NULL;
  double pixel = 1.0 / scale;
  /* While the size changes (a slide, a resize) the overlay is made anew for
   * every frame: rendering it into a picture each time would cost more than
   * it saves. */
  gboolean kept = atlas_diagram_texture_is_exact (picture);
  cairo_t *cr;

  /* The regions change with every stroke of the finder: not kept. */
  if (regions == NULL && self->valid && self->view == view && self->shown == shown &&
      self->side == side && self->scale_factor == scale_factor && self->scale == scale &&
      self->x == x && self->y == y && self->picture == serial && self->kept == kept)
    return;

  atlas_body_overlay_clear (self);
  self->valid = TRUE;
  self->view = view;
  self->shown = shown;
  self->side = side;
  self->scale_factor = scale_factor;
  self->scale = scale;
  self->x = x;
  self->y = y;
  self->picture = serial;
  self->kept = kept;

  cr = record (bounds, scale, x, y);
  if (shown != NULL)
    {
      /* The selected muscle keeps its full colour on the washed-out figure. */
      atlas_diagram_texture_paint_shape (picture, view, cr, shape);
      atlas_body_painter_referral (cr, view->diagram, shown, side, pixel);
    }
  /* Marked regions over a previewed pattern are outlines, so both read. */
  if (regions != NULL)
    regions (cr, view, pixel, shown != NULL, regions_data);
  /* The outline goes over the pattern: the muscle stays visible and
   * clickable where its own referral zone covers it. */
  if (shown != NULL)
    atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_SELECTED, pixel);
  self->below = finish (cr, bounds, kept && regions == NULL, scale_factor);

  /* Marks last: an X must never hide under an outline. */
  cr = record (bounds, scale, x, y);
  if (shown != NULL)
    atlas_body_painter_marks (cr, view, shown, side, pixel);
  self->above = finish (cr, bounds, kept, scale_factor);
}
