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

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

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
            guint32 value = pixel_at (surface, x, y);

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

static const AtlasRegion *
find_region (AtlasMuscle *muscle,
             AtlasZone    in_one,
             AtlasZone    in_other,
             AtlasDiagram *diagram)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);

  /* A region that one trigger point gives as @in_one and another as
   * @in_other (or, with ATLAS_ZONE_NONE, no other point names). */
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      GPtrArray *regions = in_one == ATLAS_ZONE_ESSENTIAL ? point->essential : point->spillover;

      for (guint j = 0; j < regions->len; j++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, j);
          g_autofree char *shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_RIGHT);
          guint named_other = 0;

          if (!atlas_diagram_has_shape (diagram, shape))
            continue;
          for (guint k = 0; k < points->len; k++)
            {
              const AtlasTriggerPoint *other = g_ptr_array_index (points, k);
              GPtrArray *other_regions = in_other == ATLAS_ZONE_ESSENTIAL ? other->essential : other->spillover;

              if (k != i && in_other != ATLAS_ZONE_NONE && g_ptr_array_find (other_regions, region, NULL))
                named_other++;
              if (k != i && in_other == ATLAS_ZONE_NONE &&
                  (g_ptr_array_find (other->essential, region, NULL) || g_ptr_array_find (other->spillover, region, NULL)))
                named_other++;
            }
          if ((in_other == ATLAS_ZONE_NONE) == (named_other == 0))
            return region;
        }
    }
  return NULL;
}

static void
assert_uniform (GArray  *pixels,
                guint32  expected)
{
  for (guint i = 0; i < pixels->len; i++)
    g_assert_cmphex (g_array_index (pixels, guint32, i), ==, expected);
}

static void
test_essential_wins (void)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "upper-trapezius");
  const AtlasView *view = atlas_database_get_view (db, "posterior");
  const AtlasRegion *both, *essential_only;
  cairo_surface_t *surface;
  g_autofree char *both_shape = NULL;
  g_autofree char *essential_shape = NULL;
  g_autoptr (GArray) both_pixels = NULL;
  g_autoptr (GArray) essential_pixels = NULL;
  guint32 solid;

  g_assert_nonnull (muscle);
  g_assert_nonnull (view);
  both = find_region (muscle, ATLAS_ZONE_SPILLOVER, ATLAS_ZONE_ESSENTIAL, view->diagram);
  essential_only = find_region (muscle, ATLAS_ZONE_ESSENTIAL, ATLAS_ZONE_NONE, view->diagram);
  if (both == NULL || essential_only == NULL)
    {
      g_test_skip ("upper trapezius no longer has a region that is spillover for one point and essential for another");
      return;
    }

  surface = paint_referral (muscle, view);
  both_shape = atlas_region_dup_shape_id (both, ATLAS_SIDE_RIGHT);
  essential_shape = atlas_region_dup_shape_id (essential_only, ATLAS_SIDE_RIGHT);
  essential_pixels = pixels_inside (surface, view->diagram, essential_shape);
  both_pixels = pixels_inside (surface, view->diagram, both_shape);

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
test_spillover_is_hatched (void)
{
  GListModel *muscles = atlas_database_get_muscles (db);

  /* Find any spillover-only region drawn on a view: its pixels must not all
   * be one colour (texture, not colour alone, tells the zones apart). */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      GPtrArray *views = atlas_database_get_views (db);

      for (guint v = 0; v < views->len; v++)
        {
          const AtlasView *view = g_ptr_array_index (views, v);
          const AtlasRegion *region = find_region (muscle, ATLAS_ZONE_SPILLOVER, ATLAS_ZONE_NONE, view->diagram);
          cairo_surface_t *surface;
          g_autofree char *shape = NULL;
          g_autoptr (GArray) pixels = NULL;
          gboolean varied = FALSE;

          if (region == NULL || atlas_muscle_refers_to (muscle, region) != ATLAS_ZONE_SPILLOVER)
            continue;

          surface = paint_referral (muscle, view);
          shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_RIGHT);
          pixels = pixels_inside (surface, view->diagram, shape);
          for (guint k = 1; k < pixels->len && !varied; k++)
            varied = g_array_index (pixels, guint32, k) != g_array_index (pixels, guint32, 0);
          cairo_surface_destroy (surface);

          g_assert_true (varied);
          return;
        }
    }

  g_test_skip ("no spillover-only region in the atlas");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  db = atlas_test_bundled ();

  g_test_add_func ("/atlas/painter/essential-wins", test_essential_wins);
  g_test_add_func ("/atlas/painter/spillover-is-hatched", test_spillover_is_hatched);

  return g_test_run ();
}
