/* test-export.c: trigger-atlas --export, run as a user would, with no display.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "atlas-database.h"
#include "atlas-diagram.h"
#include "atlas-test-util.h"

static AtlasDatabase *bundled;
static char *dir;

static int
run_atlas (char       **err,
           const char  *first,
           ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  return atlas_test_run_cli ((const char * const *) argv->pdata, NULL, err);
}

static guint8
alpha_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  return atlas_test_pixel_at (surface, x, y) >> 24;
}

static void
test_size (void)
{
  g_autofree char *file = g_build_filename (dir, "size.png", NULL);
  g_autofree char *err = NULL;
  const AtlasView *view = atlas_database_get_view (bundled, "posterior");
  cairo_surface_t *surface;
  int expected_height = (int) ceil (atlas_diagram_get_height (view->diagram) * 350 /
                                    atlas_diagram_get_width (view->diagram));

  g_assert_cmpint (run_atlas (&err, "--export", file, "--view", "posterior",
                              "--muscle", "infraspinatus", "--width", "350", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  surface = cairo_image_surface_create_from_png (file);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 350);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, expected_height);
  /* The whole view, as on a page: nothing transparent. */
  g_assert_cmpuint (alpha_at (surface, 0, 0), ==, 255);
  g_assert_cmpuint (alpha_at (surface, 175, expected_height / 2), ==, 255);
  cairo_surface_destroy (surface);
}

/* Every essential region of upper trapezius is red where it lies on the
 * skin; places well away from every region of its pattern stay clear. */
static void
test_pattern_only (void)
{
  g_autofree char *file = g_build_filename (dir, "pattern.png", NULL);
  g_autofree char *err = NULL;
  const AtlasView *view = atlas_database_get_view (bundled, "head");
  AtlasMuscle *muscle = atlas_database_get_muscle (bundled, "upper-trapezius");
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  AtlasDiagram *diagram = view->diagram;
  g_autofree char *width = g_strdup_printf ("%d", (int) atlas_diagram_get_width (diagram));
  cairo_surface_t *surface;
  guint covered = 0, clear = 0;

  g_assert_cmpint (run_atlas (&err, "--export", file, "--view", "head",
                              "--muscle", "upper-trapezius", "--pattern-only", "--width", width,
                              NULL), ==, 0);
  surface = cairo_image_surface_create_from_png (file);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  for (int y = 2; y < cairo_image_surface_get_height (surface) - 2; y += 3)
    for (int x = 2; x < cairo_image_surface_get_width (surface) - 2; x += 3)
      {
        gboolean essential = FALSE, near = FALSE;

        for (guint i = 0; i < points->len; i++)
          {
            const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

            for (int zone = 0; zone < 2; zone++)
              {
                GPtrArray *regions = zone == 0 ? point->essential : point->spillover;

                for (guint r = 0; r < regions->len; r++)
                  {
                    const AtlasRegion *region = g_ptr_array_index (regions, r);
                    g_autofree char *shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_RIGHT);
                    cairo_rectangle_t box;

                    if (!atlas_diagram_get_extents (diagram, shape, &box))
                      continue;
                    /* Well inside, off the antialiased edge of the zone. */
                    if (zone == 0 &&
                        atlas_diagram_shape_contains (diagram, shape, x - 1, y - 1) &&
                        atlas_diagram_shape_contains (diagram, shape, x + 2, y - 1) &&
                        atlas_diagram_shape_contains (diagram, shape, x - 1, y + 2) &&
                        atlas_diagram_shape_contains (diagram, shape, x + 2, y + 2))
                      essential = TRUE;
                    /* The closing reaches a little past the regions. */
                    if (x > box.x - 40 && x < box.x + box.width + 40 &&
                        y > box.y - 40 && y < box.y + box.height + 40)
                      near = TRUE;
                  }
              }
          }

        /* Off the skin's antialiased edge by a pixel and a half. */
        if (essential && atlas_diagram_in_skin (diagram, x - 1, y - 1) &&
            atlas_diagram_in_skin (diagram, x + 2, y - 1) &&
            atlas_diagram_in_skin (diagram, x - 1, y + 2) &&
            atlas_diagram_in_skin (diagram, x + 2, y + 2))
          {
            g_assert_cmpuint (alpha_at (surface, x, y), >, 100);
            covered++;
          }
        else if (!near)
          {
            g_assert_cmpuint (alpha_at (surface, x, y), ==, 0);
            clear++;
          }
      }
  g_assert_cmpuint (covered, >, 100);
  g_assert_cmpuint (clear, >, 1000);
  cairo_surface_destroy (surface);
}

static void
test_vector (void)
{
  const char *names[] = { "view.svg", "view.pdf" };
  const char *starts[] = { "<?xml", "%PDF" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;

      g_assert_cmpint (run_atlas (&err, "--export", file, "--view", "lateral", "--muscle",
                                  "gluteus-minimus", NULL), ==, 0);
      g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, starts[i]));
    }
}

static void
test_bad_arguments (void)
{
  g_autofree char *file = g_build_filename (dir, "bad.png", NULL);
  struct {
    const char *args[8];
    const char *says;
  } cases[] = {
    { { "--export", file, NULL }, "--view" },
    { { "--export", file, "--view", "no-such-view", NULL }, "no-such-view" },
    { { "--export", "picture.jpg", "--view", "head", NULL }, ".png" },
    { { "--export", file, "--view", "head", "--width", "12x", NULL }, "--width" },
    { { "--export", file, "--view", "head", "--width", "0", NULL }, "--width" },
    { { "--export", file, "--view", "head", "--width", "99999999", NULL }, "--width" },
    { { "--export", file, "--view", "head", "--muscle", "nobody", NULL }, "nobody" },
    { { "--export", file, "--view", "head", "--muscle", "masseter:middle", NULL }, "middle" },
    { { "--export", file, "--view", "lateral", "--muscle", "masseter:left", NULL }, "left" },
    { { "--export", file, "--view", "head", "--muscle", "soleus", NULL }, "soleus" },
    { { "--export", file, "--view", "head", "--pattern-only", NULL }, "--muscle" },
    { { "--export", file, "--view", "head", "stray", NULL }, "stray" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      const char **a = cases[i].args;

      g_assert_cmpint (run_atlas (&err, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], NULL),
                       ==, 2);
      g_assert_nonnull (strstr (err, cases[i].says));
      g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = atlas_test_bundled ();
  dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/atlas/export/size", test_size);
  g_test_add_func ("/atlas/export/pattern-only", test_pattern_only);
  g_test_add_func ("/atlas/export/vector", test_vector);
  g_test_add_func ("/atlas/export/bad-arguments", test_bad_arguments);

  status = g_test_run ();
  for (const char *names[] = { "size.png", "pattern.png", "view.svg", "view.pdf", NULL },
       **n = names; *n != NULL; n++)
    {
      g_autofree char *file = g_build_filename (dir, *n, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
  g_free (dir);
  return status;
}
