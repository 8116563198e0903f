/* test-painter.c: how referral zones look, checked pixel by pixel.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painter draws with cairo only, so this needs no display.
 */

#include "config.h"

#include "atlas-body-painter.h"
#include "atlas-database.h"
#include "atlas-test-util.h"
#include "atlas-diagram.h"

static AtlasDatabase *db;

/* Every pixel well inside @shape (two pixels from its edge, so antialiasing
 * does not count). */
static GArray *
pixels_inside (cairo_surface_t *surface,
               AtlasDiagram    *diagram,
               const char      *shape)
{
  GArray *pixels = g_array_new (FALSE, FALSE, sizeof (guint32));
  cairo_rectangle_t box;

  g_assert_true (atlas_diagram_get_extents (diagram, shape, &box));
  for (int y = box.y; y <= box.y + box.height; y++)
    for (int x = box.x; x <= box.x + box.width; x++)
      {
        gboolean deep_inside = TRUE;

        for (int dy = -2; dy <= 2 && deep_inside; dy += 2)
          for (int dx = -2; dx <= 2 && deep_inside; dx += 2)
            deep_inside = atlas_diagram_shape_contains (diagram, shape, x + 0.5 + dx, y + 0.5 + dy);

        if (deep_inside)
          {
            guint32 value = atlas_test_pixel_at (surface, x, y);

            g_array_append_val (pixels, value);
          }
      }

  g_assert_cmpuint (pixels->len, >, 4);
  return pixels;
}

static cairo_surface_t *
paint_referral (AtlasMuscle     *muscle,
                const AtlasView *view)
{
  AtlasDiagram *diagram = view->diagram;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         atlas_diagram_get_width (diagram),
                                                         atlas_diagram_get_height (diagram));
  cairo_t *cr = cairo_create (surface);

  atlas_body_painter_referral (cr, diagram, muscle, ATLAS_SIDE_RIGHT, 1.0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
assert_uniform (GArray  *pixels,
                guint32  expected)
{
  for (guint i = 0; i < pixels->len; i++)
    g_assert_cmphex (g_array_index (pixels, guint32, i), ==, expected);
}

/* Whether one of @muscle's trigger points gives @region as @zone. */
static gboolean
named_as (AtlasMuscle       *muscle,
          const AtlasRegion *region,
          AtlasZone          zone)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      if (g_ptr_array_find (zone == ATLAS_ZONE_ESSENTIAL ? point->essential : point->spillover,
                            region, NULL))
        return TRUE;
    }
  return FALSE;
}

/* The pixels of @region (unsided in the cases atlas) in @surface. */
static GArray *
region_pixels (cairo_surface_t *surface,
               const AtlasView *view,
               const char      *region_id)
{
  const AtlasRegion *region = atlas_database_get_region (db, region_id);
  g_autofree char *shape = NULL;

  g_assert_nonnull (region);
  shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_RIGHT);
  return pixels_inside (surface, view->diagram, shape);
}

static void
test_essential_wins (void)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "mixed");
  const AtlasView *view = atlas_database_get_view (db, "back");
  const AtlasRegion *shoulder = atlas_database_get_region (db, "shoulder");
  const AtlasRegion *neck = atlas_database_get_region (db, "neck");
  cairo_surface_t *surface;
  g_autoptr (GArray) both_pixels = NULL;
  g_autoptr (GArray) essential_pixels = NULL;
  guint32 solid;

  /* The case as tests/data/cases builds it: the shoulder is spillover for one
   * trigger point and essential for the other, the neck essential only. */
  g_assert_true (named_as (muscle, shoulder, ATLAS_ZONE_SPILLOVER));
  g_assert_true (named_as (muscle, shoulder, ATLAS_ZONE_ESSENTIAL));
  g_assert_true (named_as (muscle, neck, ATLAS_ZONE_ESSENTIAL));
  g_assert_false (named_as (muscle, neck, ATLAS_ZONE_SPILLOVER));

  surface = paint_referral (muscle, view);
  essential_pixels = region_pixels (surface, view, "neck");
  both_pixels = region_pixels (surface, view, "shoulder");

  /* The essential fill is one flat colour, not transparent... */
  solid = g_array_index (essential_pixels, guint32, 0);
  g_assert_cmphex (solid >> 24, !=, 0);
  assert_uniform (essential_pixels, solid);
  /* ...and a region that is essential for any trigger point looks exactly
   * like it: no hatching shows through, no double fill darkens it. */
  assert_uniform (both_pixels, solid);

  cairo_surface_destroy (surface);
}

static void
test_spillover_is_stippled (void)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "mixed");
  const AtlasView *view = atlas_database_get_view (db, "back");
  const AtlasRegion *arm = atlas_database_get_region (db, "arm");
  cairo_surface_t *surface;
  g_autoptr (GArray) pixels = NULL;
  gboolean varied = FALSE;

  /* A spillover-only region: its pixels must not all be one colour (texture,
   * not colour alone, tells the zones apart). */
  g_assert_cmpint (atlas_muscle_refers_to (muscle, arm), ==, ATLAS_ZONE_SPILLOVER);
  g_assert_false (named_as (muscle, arm, ATLAS_ZONE_ESSENTIAL));

  surface = paint_referral (muscle, view);
  pixels = region_pixels (surface, view, "arm");
  for (guint k = 1; k < pixels->len && !varied; k++)
    varied = g_array_index (pixels, guint32, k) != g_array_index (pixels, guint32, 0);
  cairo_surface_destroy (surface);

  g_assert_true (varied);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  db = atlas_test_cases ();

  g_test_add_func ("/atlas/painter/essential-wins", test_essential_wins);
  g_test_add_func ("/atlas/painter/spillover-is-stippled", test_spillover_is_stippled);

  return g_test_run ();
}
