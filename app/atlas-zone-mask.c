/* atlas-zone-mask.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The closing is done with distance fields rather than a blur: the distance
 * to the nearest pixel of the zone, then the distance back from the grown
 * shape's outside. The second field also gives the antialiased edge.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-database.h"
#include "atlas-zone-mask.h"

/* The gaps between neighbouring region tiles are a few document units wide
 * on every view; bridging a little more than that merges tiles without
 * merging zones that the manual draws apart. A fraction of the diagram's
 * size, because the close-up views draw the same body larger. */
#define CLOSE_FRACTION 0.012
/* Enough for a 4K screen zoomed in on a pattern, not a gigabyte. */
#define MAX_PIXELS (12 * 1024 * 1024)

struct _AtlasZoneMask {
  cairo_surface_t *surface; /* A8 */
  int width;
  int height;
  double x;
  double y;
  double resolution;
  /* Which figure is on top at each pixel (figure_labels), worked out once for
   * the diagram zones are added from, however many zones are added. */
  AtlasDiagram *labelled;
  guint8 *labels;
  guint64 *figure_area; /* pixels, one a figure */
  guint n_figures;
};

AtlasZoneMask *
atlas_zone_mask_new (const cairo_rectangle_t *area,
                     double                   resolution)
{
  AtlasZoneMask *self = g_new0 (AtlasZoneMask, 1);
  double pixels;

  g_return_val_if_fail (area != NULL, NULL);

  if (!isfinite (resolution) || resolution <= 0)
    resolution = 1.0;
  pixels = MAX (area->width, 1.0) * MAX (area->height, 1.0) * resolution * resolution;
  if (pixels > MAX_PIXELS)
    resolution *= sqrt (MAX_PIXELS / pixels);

  self->x = area->x;
  self->y = area->y;
  self->resolution = resolution;
  self->width = MAX (1, (int) ceil (area->width * resolution));
  self->height = MAX (1, (int) ceil (area->height * resolution));
  self->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, self->width, self->height);
  return self;
}

void
atlas_zone_mask_free (AtlasZoneMask *self)
{
  if (self == NULL)
    return;
  cairo_surface_destroy (self->surface);
  g_free (self->labels);
  g_free (self->figure_area);
  g_free (self);
}

static cairo_t *
create_document_context (AtlasZoneMask *self)
{
  cairo_t *cr = cairo_create (self->surface);

  cairo_scale (cr, self->resolution, self->resolution);
  cairo_translate (cr, -self->x, -self->y);
  return cr;
}

static AtlasZoneMask *
new_like (const AtlasZoneMask *self)
{
  AtlasZoneMask *copy = g_new0 (AtlasZoneMask, 1);

  *copy = *self;
  copy->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, self->width, self->height);
  copy->labelled = NULL;
  copy->labels = NULL;
  copy->figure_area = NULL;
  copy->n_figures = 0;
  return copy;
}

/* Two-pass chamfer (3-4) distance, in pixels, from every pixel to the
 * nearest one whose coverage is at least half (@inside) or under half. */
static float *
distance_field (const guint8 *data,
                int           stride,
                int           width,
                int           height,
                gboolean      inside)
{
  float *d = g_new (float, (gsize) width * height);
  const float far = 1e9f, a = 1.0f, b = 1.4142f;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      d[y * width + x] = ((data[y * stride + x] >= 128) == inside) ? 0.0f : far;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        float *p = &d[y * width + x];

        if (x > 0)
          *p = MIN (*p, p[-1] + a);
        if (y > 0)
          {
            *p = MIN (*p, p[-width] + a);
            if (x > 0)
              *p = MIN (*p, p[-width - 1] + b);
            if (x < width - 1)
              *p = MIN (*p, p[-width + 1] + b);
          }
      }
  for (int y = height - 1; y >= 0; y--)
    for (int x = width - 1; x >= 0; x--)
      {
        float *p = &d[y * width + x];

        if (x < width - 1)
          *p = MIN (*p, p[1] + a);
        if (y < height - 1)
          {
            *p = MIN (*p, p[width] + a);
            if (x < width - 1)
              *p = MIN (*p, p[width + 1] + b);
            if (x > 0)
              *p = MIN (*p, p[width - 1] + b);
          }
      }
  return d;
}

/* A trigger point's zone is drawn without holes: a small region wholly
 * inside a larger one of the zone (the breast on the chest) is part of the
 * area the manual shades, not bare skin in the middle of the pain. */
static void
fill_holes (guint8 *data,
            int     stride,
            int     width,
            int     height)
{
  g_autofree guint8 *outside = g_new0 (guint8, (gsize) width * height);
  g_autofree int *stack = g_new (int, (gsize) width * height);
  gsize top = 0;

  /* Every pixel is pushed at most once: marked when pushed. */
#define VISIT(px, py) G_STMT_START { \
    int p_ = (py) * width + (px); \
    if (!outside[p_] && data[(py) * stride + (px)] < 128) \
      { \
        outside[p_] = 1; \
        stack[top++] = p_; \
      } \
  } G_STMT_END

  for (int x = 0; x < width; x++)
    {
      VISIT (x, 0);
      VISIT (x, height - 1);
    }
  for (int y = 0; y < height; y++)
    {
      VISIT (0, y);
      VISIT (width - 1, y);
    }
  while (top > 0)
    {
      int p = stack[--top];
      int x = p % width, y = p / width;

      if (x > 0)
        VISIT (x - 1, y);
      if (x < width - 1)
        VISIT (x + 1, y);
      if (y > 0)
        VISIT (x, y - 1);
      if (y < height - 1)
        VISIT (x, y + 1);
    }
#undef VISIT

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (!outside[y * width + x])
        data[y * stride + x] = 255;
}

/* Grows the shape by @radius pixels and shrinks it back: gaps narrower than
 * twice the radius close, the outline elsewhere stays where it was. */
static void
close_shape (cairo_surface_t *surface,
             double           radius)
{
  guint8 *data;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autofree float *to_inside = NULL;
  g_autofree float *to_outside = NULL;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  to_inside = distance_field (data, stride, width, height, TRUE);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      data[y * stride + x] = to_inside[y * width + x] <= radius ? 255 : 0;
  fill_holes (data, stride, width, height);

  to_outside = distance_field (data, stride, width, height, FALSE);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        double coverage = CLAMP (to_outside[y * width + x] - radius + 0.5, 0.0, 1.0);

        data[y * stride + x] = (guint8) lround (coverage * 255);
      }
  cairo_surface_mark_dirty (surface);
}

static void
combine (AtlasZoneMask       *self,
         const AtlasZoneMask *other,
         cairo_operator_t     op)
{
  cairo_t *cr = cairo_create (self->surface);

  cairo_set_operator (cr, op);
  cairo_set_source_surface (cr, other->surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

/* Which figure (skin outline) is on top at each pixel; NO_FIGURE where none.
 * Later outlines are drawn over earlier ones (the arm over the trunk). */
#define NO_FIGURE 255

/* A context on @scratch, cleared, to fill one path alone. */
static cairo_t *
cleared_context (AtlasZoneMask *scratch)
{
  cairo_t *cr = create_document_context (scratch);

  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  return cr;
}

static void
figure_labels (AtlasZoneMask *self,
               AtlasDiagram  *diagram)
{
  g_autoptr (AtlasZoneMask) figure = NULL;
  gsize n_pixels = (gsize) self->width * self->height;
  int stride;
  guint n;

  if (self->labelled == diagram)
    return;
  /* Only when the labels are made: a surface of the whole mask's size. */
  figure = new_like (self);
  stride = cairo_image_surface_get_stride (figure->surface);
  g_clear_pointer (&self->labels, g_free);
  g_clear_pointer (&self->figure_area, g_free);
  self->labels = g_malloc (n_pixels);
  memset (self->labels, NO_FIGURE, n_pixels);
  for (n = 0; n < NO_FIGURE; n++)
    {
      cairo_t *cr = cleared_context (figure);
      gboolean more = atlas_diagram_append_skin (diagram, n, cr);
      const guint8 *data;

      if (more)
        cairo_fill (cr);
      cairo_destroy (cr);
      if (!more)
        break;
      cairo_surface_flush (figure->surface);
      data = cairo_image_surface_get_data (figure->surface);
      for (int y = 0; y < self->height; y++)
        for (int x = 0; x < self->width; x++)
          if (data[y * stride + x] >= 128)
            self->labels[y * self->width + x] = (guint8) n;
    }
  self->n_figures = n;
  self->figure_area = g_new0 (guint64, MAX (n, 1));
  for (gsize p = 0; p < n_pixels; p++)
    if (self->labels[p] < n)
      self->figure_area[self->labels[p]]++;
  self->labelled = diagram;
}

/* Marks the figures @shape is painted on: a region tile lies on the figure on
 * top of it (generate.py tiles each figure with its own regions), and on a
 * small figure none of whose own regions it took (a finger of the hand);
 * antialiased slivers along another figure's outline do not count. */
static void
mark_figures_of_shape (const AtlasZoneMask *self,
                       AtlasZoneMask       *scratch,
                       AtlasDiagram        *diagram,
                       const char          *shape,
                       gboolean            *kept)
{
  guint64 counts[NO_FIGURE] = { 0 };
  guint64 total = 0;
  int stride = cairo_image_surface_get_stride (scratch->surface);
  const guint8 *data;
  cairo_t *cr = cleared_context (scratch);

  if (atlas_diagram_append_path (diagram, shape, cr))
    cairo_fill (cr);
  cairo_destroy (cr);

  cairo_surface_flush (scratch->surface);
  data = cairo_image_surface_get_data (scratch->surface);
  for (int y = 0; y < scratch->height; y++)
    for (int x = 0; x < scratch->width; x++)
      {
        guint label = self->labels[y * scratch->width + x];

        if (label < self->n_figures && data[y * stride + x] >= 128)
          {
            counts[label]++;
            total++;
          }
      }
  for (guint i = 0; i < self->n_figures; i++)
    if (counts[i] > 0 && (counts[i] * 4 >= total || counts[i] * 2 >= self->figure_area[i]))
      kept[i] = TRUE;
}

/* Closing bridges gaps and fills holes, so a zone on the buttock would also
 * cover the hand hanging over it. The zone (@group, of @self's size) keeps
 * only the skin where a figure that its regions are painted on is on top. */
static void
clip_to_own_figures (AtlasZoneMask *self,
                     AtlasZoneMask *group,
                     AtlasDiagram  *diagram,
                     GPtrArray     *regions,
                     AtlasSide      side)
{
  g_autoptr (AtlasZoneMask) scratch = NULL;
  gboolean kept[NO_FIGURE] = { FALSE };
  gboolean any = FALSE, all = TRUE;
  cairo_t *cr;

  figure_labels (self, diagram);
  /* One figure or none: nothing is drawn over anything. */
  if (self->n_figures < 2)
    return;
  scratch = new_like (group);
  for (guint i = 0; i < regions->len; i++)
    {
      g_autofree char *shape = atlas_region_dup_shape_id (g_ptr_array_index (regions, i), side);

      mark_figures_of_shape (self, scratch, diagram, shape, kept);
    }
  for (guint i = 0; i < self->n_figures; i++)
    {
      any |= kept[i];
      all &= kept[i];
    }
  if (!any || all)
    return;

  /* In drawing order, so that a figure on top takes its pixels away from
   * (or gives them back to) the zone, antialiased along its outline. Off
   * the skin nothing is taken: clipping to the skin is done once, later. */
  cr = create_document_context (scratch);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  for (guint i = 0; i < self->n_figures; i++)
    {
      cairo_new_path (cr);
      atlas_diagram_append_skin (diagram, i, cr);
      cairo_set_operator (cr, kept[i] ? CAIRO_OPERATOR_OVER : CAIRO_OPERATOR_DEST_OUT);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  combine (group, scratch, CAIRO_OPERATOR_DEST_IN);
}

void
atlas_zone_mask_add_regions (AtlasZoneMask *self,
                             AtlasDiagram  *diagram,
                             GPtrArray     *regions,
                             AtlasSide      side)
{
  g_autoptr (AtlasZoneMask) group = NULL;
  gboolean any = FALSE;
  cairo_t *cr;

  g_return_if_fail (self != NULL);

  group = new_like (self);
  cr = create_document_context (group);
  /* One fill of all the paths: where tiles overlap nothing darkens. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      g_autofree char *shape = atlas_region_dup_shape_id (g_ptr_array_index (regions, i), side);

      /* Each region alone: paths of opposite direction must not cancel. */
      cairo_new_path (cr);
      if (atlas_diagram_append_path (diagram, shape, cr))
        {
          cairo_fill (cr);
          any = TRUE;
        }
    }
  cairo_destroy (cr);
  if (!any)
    return;

  close_shape (group->surface,
               CLOSE_FRACTION * MAX (atlas_diagram_get_width (diagram),
                                     atlas_diagram_get_height (diagram)) * self->resolution);
  clip_to_own_figures (self, group, diagram, regions, side);
  /* Saturate keeps the larger coverage, as a union should. */
  combine (self, group, CAIRO_OPERATOR_SATURATE);
}

static gboolean
clip_to_skin (AtlasZoneMask *self,
              AtlasDiagram  *diagram,
              int            only)
{
  g_autoptr (AtlasZoneMask) skin = NULL;
  cairo_t *cr;
  guint n = 0, drawn = 0;

  skin = new_like (self);
  cr = create_document_context (skin);
  for (;; n++)
    {
      cairo_new_path (cr);
      if (!atlas_diagram_append_skin (diagram, n, cr))
        break;
      if (only < 0 || (guint) only == n)
        {
          cairo_fill (cr);
          drawn++;
        }
    }
  cairo_destroy (cr);
  /* A diagram without a skin outline (a test's) is not clipped. */
  if (n > 0)
    combine (self, skin, CAIRO_OPERATOR_DEST_IN);
  return drawn > 0;
}

void
atlas_zone_mask_clip_to_skin (AtlasZoneMask *self,
                              AtlasDiagram  *diagram)
{
  g_return_if_fail (self != NULL);

  clip_to_skin (self, diagram, -1);
}

gboolean
atlas_zone_mask_clip_to_figure (AtlasZoneMask *self,
                                AtlasDiagram  *diagram,
                                guint          index)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return clip_to_skin (self, diagram, (int) MIN (index, G_MAXINT));
}

double
atlas_zone_mask_get_area (const AtlasZoneMask *self)
{
  const guint8 *data;
  int stride = cairo_image_surface_get_stride (self->surface);
  guint64 sum = 0;

  cairo_surface_flush (self->surface);
  data = cairo_image_surface_get_data (self->surface);
  for (int y = 0; y < self->height; y++)
    for (int x = 0; x < self->width; x++)
      sum += data[y * stride + x];
  return sum / 255.0 / (self->resolution * self->resolution);
}

void
atlas_zone_mask_intersect (AtlasZoneMask       *self,
                           const AtlasZoneMask *other)
{
  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->width == other->width && self->height == other->height);

  combine (self, other, CAIRO_OPERATOR_DEST_IN);
}

cairo_t *
atlas_zone_mask_create_context (AtlasZoneMask *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  cairo_surface_mark_dirty (self->surface);
  return create_document_context (self);
}

void
atlas_zone_mask_subtract (AtlasZoneMask       *self,
                          const AtlasZoneMask *other)
{
  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->width == other->width && self->height == other->height);

  combine (self, other, CAIRO_OPERATOR_DEST_OUT);
}

AtlasZoneMask *
atlas_zone_mask_edge (const AtlasZoneMask *self,
                      double               width)
{
  AtlasZoneMask *edge = new_like (self);
  const guint8 *data;
  guint8 *out;
  int stride = cairo_image_surface_get_stride (self->surface);
  double band = width * self->resolution;
  g_autofree float *to_outside = NULL;

  cairo_surface_flush (self->surface);
  data = cairo_image_surface_get_data (self->surface);
  out = cairo_image_surface_get_data (edge->surface);
  to_outside = distance_field (data, stride, self->width, self->height, FALSE);
  for (int y = 0; y < self->height; y++)
    for (int x = 0; x < self->width; x++)
      {
        double inner = CLAMP (to_outside[y * self->width + x] - band + 0.5, 0.0, 1.0);
        double value = data[y * stride + x] * (1.0 - inner);

        out[y * stride + x] = (guint8) lround (value);
      }
  cairo_surface_mark_dirty (edge->surface);
  return edge;
}

gboolean
atlas_zone_mask_is_empty (const AtlasZoneMask *self)
{
  const guint8 *data;
  int stride = cairo_image_surface_get_stride (self->surface);

  cairo_surface_flush (self->surface);
  data = cairo_image_surface_get_data (self->surface);
  for (int y = 0; y < self->height; y++)
    for (int x = 0; x < self->width; x++)
      if (data[y * stride + x] != 0)
        return FALSE;
  return TRUE;
}

void
atlas_zone_mask_paint (const AtlasZoneMask *self,
                       cairo_t             *cr)
{
  g_return_if_fail (self != NULL);

  cairo_save (cr);
  cairo_translate (cr, self->x, self->y);
  cairo_scale (cr, 1.0 / self->resolution, 1.0 / self->resolution);
  cairo_mask_surface (cr, self->surface, 0, 0);
  cairo_restore (cr);
}

guint
atlas_zone_mask_count_pieces (const AtlasZoneMask *self,
                              double               min_area)
{
  const guint8 *data;
  int stride = cairo_image_surface_get_stride (self->surface);
  g_autofree guint8 *seen = g_new0 (guint8, (gsize) self->width * self->height);
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  double min_pixels = min_area * self->resolution * self->resolution;
  guint pieces = 0;

  cairo_surface_flush (self->surface);
  data = cairo_image_surface_get_data (self->surface);
  for (int start = 0; start < self->width * self->height; start++)
    {
      gsize size = 0;

      if (seen[start] || data[(start / self->width) * stride + start % self->width] < 128)
        continue;
      seen[start] = 1;
      g_array_append_val (stack, start);
      while (stack->len > 0)
        {
          int p = g_array_index (stack, int, stack->len - 1);
          int px = p % self->width, py = p / self->width;

          g_array_set_size (stack, stack->len - 1);
          size++;
          for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
              {
                int nx = px + dx, ny = py + dy, n = ny * self->width + nx;

                if (nx < 0 || ny < 0 || nx >= self->width || ny >= self->height ||
                    seen[n] || data[ny * stride + nx] < 128)
                  continue;
                seen[n] = 1;
                g_array_append_val (stack, n);
              }
        }
      if (size >= min_pixels)
        pieces++;
    }
  return pieces;
}

gboolean
atlas_zone_mask_regions_area (AtlasDiagram      *diagram,
                              GPtrArray         *regions,
                              AtlasSide          side,
                              cairo_rectangle_t *area)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  double margin = 2 * CLOSE_FRACTION * MAX (atlas_diagram_get_width (diagram),
                                            atlas_diagram_get_height (diagram));

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      g_autofree char *shape = atlas_region_dup_shape_id (g_ptr_array_index (regions, i), side);
      cairo_rectangle_t box;

      if (!atlas_diagram_get_extents (diagram, shape, &box))
        continue;
      x1 = MIN (x1, box.x);
      y1 = MIN (y1, box.y);
      x2 = MAX (x2, box.x + box.width);
      y2 = MAX (y2, box.y + box.height);
    }
  if (x1 > x2)
    return FALSE;

  x1 = MAX (0, x1 - margin);
  y1 = MAX (0, y1 - margin);
  x2 = MIN (atlas_diagram_get_width (diagram), x2 + margin);
  y2 = MIN (atlas_diagram_get_height (diagram), y2 + margin);
  *area = (cairo_rectangle_t) { x1, y1, MAX (x2 - x1, 1), MAX (y2 - y1, 1) };
  return TRUE;
}
