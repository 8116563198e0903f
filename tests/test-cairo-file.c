/* test-cairo-file.c: PDF, SVG and PNG files replace the old file only when whole.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-cairo-file.h"

static char *dir;

static void
draw_something (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_rectangle (cr, 10, 10, 50, 30);
  cairo_fill (cr);
  cairo_destroy (cr);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The names in @dir, sorted, joined by spaces: no temporary file may be left. */
static char *
list_dir (void)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
write_old (const char *path)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
}

static void
assert_contents_start (const char *path,
                       const char *start)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, strlen (start));
  g_assert_cmpmem (contents, strlen (start), start, strlen (start));
}

static void
test_commit (void)
{
  const char *names[] = { "view.pdf", "view.svg" };
  const AtlasCairoFileKind kinds[] = { ATLAS_CAIRO_FILE_PDF, ATLAS_CAIRO_FILE_SVG };
  const char *starts[] = { "%PDF", "<?xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr (GError) error = NULL;
      g_autofree char *listing = NULL;
      AtlasCairoFile *file;

      write_old (path);
      file = atlas_cairo_file_new (kinds[i], path, 100, 80, &error);
      g_assert_no_error (error);
      draw_something (atlas_cairo_file_get_surface (file));
      /* Until the commit, the old file is what is there. */
      assert_contents_start (path, "old");
      g_assert_true (atlas_cairo_file_commit (file, &error));
      g_assert_no_error (error);
      assert_contents_start (path, starts[i]);
      g_unlink (path);
      listing = list_dir ();
      g_assert_cmpstr (listing, ==, "");
    }
}

static void
test_abandon_keeps_old (void)
{
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *listing = NULL;
  AtlasCairoFile *file;

  write_old (path);
  file = atlas_cairo_file_new (ATLAS_CAIRO_FILE_PDF, path, 100, 80, &error);
  g_assert_no_error (error);
  draw_something (atlas_cairo_file_get_surface (file));
  atlas_cairo_file_abandon (file);
  assert_contents_start (path, "old");
  listing = list_dir ();
  g_assert_cmpstr (listing, ==, "plan.pdf");
  g_unlink (path);
}

static void
test_png (void)
{
  g_autofree char *path = g_build_filename (dir, "view.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 30);
  g_autoptr (GError) error = NULL;
  g_autofree char *listing = NULL;

  write_old (path);
  draw_something (surface);
  g_assert_true (atlas_cairo_file_write_png (surface, path, &error));
  g_assert_no_error (error);
  assert_contents_start (path, "\x89PNG");
  listing = list_dir ();
  g_assert_cmpstr (listing, ==, "view.png");
  g_unlink (path);
  cairo_surface_destroy (surface);
}

/* A folder that does not exist: an error naming the file, nothing written. */
static void
test_unwritable (void)
{
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "view.pdf", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 3);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) png_error = NULL;
  g_autofree char *listing = NULL;

  g_assert_null (atlas_cairo_file_new (ATLAS_CAIRO_FILE_PDF, path, 10, 10, &error));
  g_assert_nonnull (error);
  g_assert_false (atlas_cairo_file_write_png (surface, path, &png_error));
  g_assert_nonnull (png_error);
  g_assert_nonnull (strstr (png_error->message, "view.pdf"));
  listing = list_dir ();
  g_assert_cmpstr (listing, ==, "");
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("atlas-cairo-file-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_add_func ("/cairo-file/commit", test_commit);
  g_test_add_func ("/cairo-file/abandon-keeps-old", test_abandon_keeps_old);
  g_test_add_func ("/cairo-file/png", test_png);
  g_test_add_func ("/cairo-file/unwritable", test_unwritable);
  status = g_test_run ();
  g_rmdir (dir);
  g_free (dir);
  return status;
}
