/* atlas-test-util.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-pain-map.h"
#include "atlas-ranking.h"
#include "atlas-test-util.h"

GFile *
atlas_test_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini", "atlas.xml", NULL);

  return g_file_new_for_path (path);
}

static AtlasDatabase *
load_once (AtlasDatabase **db,
           GFile          *file)
{
  g_autoptr (GError) error = NULL;

  if (*db == NULL)
    {
      *db = file != NULL ? atlas_database_load (file, &error)
                         : atlas_database_load_bundled (&error);
      g_assert_no_error (error);
    }
  return *db;
}

AtlasDatabase *
atlas_test_mini (void)
{
  static AtlasDatabase *mini;
  g_autoptr (GFile) file = atlas_test_fixture ();

  return load_once (&mini, file);
}

AtlasDatabase *
atlas_test_bundled (void)
{
  static AtlasDatabase *bundled;

  return load_once (&bundled, NULL);
}

AtlasDatabase *
atlas_test_cases (void)
{
  static AtlasDatabase *cases;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cases", "atlas.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return load_once (&cases, file);
}

static int
line_of (const char *text,
         const char *marker)
{
  const char *found = marker ? strstr (text, marker) : NULL;
  int line = 1;

  if (found == NULL)
    return 0;
  for (const char *p = text; p < found; p++)
    line += *p == '\n';
  return line;
}

static char *
edit (const char *path,
      const char *from,
      const char *to)
{
  g_autofree char *contents = NULL;
  const char *found;
  GString *edited;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  found = strstr (contents, from);
  g_assert_nonnull (found);

  edited = g_string_new_len (contents, found - contents);
  g_string_append (edited, to);
  g_string_append (edited, found + strlen (from));
  return g_string_free (edited, FALSE);
}

static void
remove_tree (gpointer data)
{
  g_autofree char *dir = data;
  const char *names[] = { "atlas.xml", "diagrams/front.svg", "diagrams/side.svg", "diagrams" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static GFile *
copy_with_edit (const char *edited_file,
                const char *from,
                const char *to,
                const char *marker,
                int        *line)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-test-XXXXXX", NULL);
  g_autofree char *diagrams = g_build_filename (dir, "diagrams", NULL);
  const char *names[] = { "atlas.xml", "diagrams/front.svg", "diagrams/side.svg" };
  g_autofree char *data_path = g_build_filename (dir, "atlas.xml", NULL);

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir (diagrams, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "mini", names[i], NULL);
      g_autofree char *target = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;

      if (g_strcmp0 (names[i], edited_file) == 0)
        contents = edit (source, from, to);
      else
        g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));

      g_assert_true (g_file_set_contents (target, contents, -1, NULL));
      if (g_strcmp0 (names[i], edited_file) == 0 && line != NULL)
        *line = line_of (contents, marker);
    }

  /* Gone when the test ends, pass or fail. */
  g_test_queue_destroy (remove_tree, g_strdup (dir));
  return g_file_new_for_path (data_path);
}

GFile *
atlas_test_edited_fixture (const char *from,
                           const char *to,
                           const char *marker,
                           int        *line)
{
  return copy_with_edit ("atlas.xml", from, to, marker, line);
}

GFile *
atlas_test_edited_diagram (const char *from,
                           const char *to,
                           const char *marker,
                           int        *line)
{
  return copy_with_edit ("diagrams/front.svg", from, to, marker, line);
}

GFile *
atlas_test_edited_side_diagram (const char *from,
                                const char *to)
{
  return copy_with_edit ("diagrams/side.svg", from, to, NULL, NULL);
}

GArray *
atlas_test_pain_areas (AtlasDatabase *db,
                       const char    *list)
{
  g_auto (GStrv) items = g_strsplit (list, ",", -1);
  GArray *areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;

      if (*items[i] == '\0')
        continue;
      g_assert_true (atlas_pain_areas_parse (db, items[i], areas, &error));
      g_assert_no_error (error);
    }
  return areas;
}

/* Long enough for a loaded, shared machine; only a hung test reaches it. */
#define WAIT_SECONDS 10

static gboolean
on_wait_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
atlas_test_wait_until (AtlasTestCondition condition,
                       gpointer           data,
                       const char        *what)
{
  AtlasTestWait wait;

  atlas_test_wait_start (&wait);
  while (!condition (data))
    atlas_test_wait_iterate (&wait, what);
  atlas_test_wait_stop (&wait);
}

void
atlas_test_wait_start (AtlasTestWait *wait)
{
  wait->timed_out = FALSE;
  wait->source = g_timeout_add_seconds (WAIT_SECONDS, on_wait_timeout, &wait->timed_out);
}

void
atlas_test_wait_iterate (AtlasTestWait *wait,
                         const char    *what)
{
  if (wait->timed_out)
    g_error ("waited %d s in vain until %s", WAIT_SECONDS, what);
  g_main_context_iteration (NULL, TRUE);
}

void
atlas_test_wait_stop (AtlasTestWait *wait)
{
  if (!wait->timed_out)
    g_source_remove (wait->source);
}

struct _AtlasTestWatch {
  gpointer  instance;
  char     *signal;
  gulong    handler;
  guint     count;
};

/* Any signal's arguments, ignored: only that it came counts. */
static void
count_emission (GClosure     *closure,
                GValue       *return_value,
                guint         n_param_values,
                const GValue *param_values,
                gpointer      invocation_hint,
                gpointer      marshal_data)
{
  AtlasTestWatch *watch = closure->data;

  watch->count++;
}

AtlasTestWatch *
atlas_test_watch (gpointer    instance,
                  const char *detailed_signal)
{
  AtlasTestWatch *watch = g_new0 (AtlasTestWatch, 1);
  GClosure *closure = g_closure_new_simple (sizeof (GClosure), watch);

  g_assert_true (G_IS_OBJECT (instance));
  g_closure_set_marshal (closure, count_emission);
  watch->instance = instance;
  watch->signal = g_strdup (detailed_signal);
  watch->handler = g_signal_connect_closure (instance, detailed_signal, closure, FALSE);
  g_assert_cmpuint (watch->handler, !=, 0);
  return watch;
}

static gboolean
emitted (gpointer data)
{
  AtlasTestWatch *watch = data;

  return watch->count > 0;
}

void
atlas_test_watch_wait (AtlasTestWatch *watch)
{
  g_autofree char *what = g_strdup_printf ("%s emitted %s", G_OBJECT_TYPE_NAME (watch->instance),
                                           watch->signal);

  atlas_test_wait_until (emitted, watch, what);
  g_signal_handler_disconnect (watch->instance, watch->handler);
  g_free (watch->signal);
  g_free (watch);
}

int
atlas_test_run_cli (const char * const  *args,
                    char               **out,
                    char               **err)
{
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;
  const char *binary = g_getenv ("TRIGGER_ATLAS");

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  /* The command line must not need a display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out != NULL ? out : &ignored_out,
                                 err != NULL ? err : &ignored_err, &error);
  g_assert_no_error (error);
  /* A crash (a sanitizer's abort) shows what the program printed, not only a signal. */
  if (!g_subprocess_get_if_exited (process))
    g_error ("%s was killed by signal %d; it printed:\n%s", binary,
             g_subprocess_get_term_sig (process), err != NULL ? *err : ignored_err);
  return g_subprocess_get_exit_status (process);
}

static gboolean
is_region_shape (const char *id,
                 gpointer    user_data)
{
  return atlas_database_lookup_region_shape (user_data, id, NULL) != NULL;
}

void
atlas_test_region_point (AtlasDatabase   *db,
                         const AtlasView *view,
                         const char      *shape,
                         double          *doc_x,
                         double          *doc_y)
{
  cairo_rectangle_t box;

  g_assert_true (atlas_diagram_get_extents (view->diagram, shape, &box));
  for (double fy = 0.1; fy < 1.0; fy += 0.1)
    for (double fx = 0.1; fx < 1.0; fx += 0.1)
      {
        *doc_x = box.x + fx * box.width;
        *doc_y = box.y + fy * box.height;
        if (g_strcmp0 (atlas_diagram_pick (view->diagram, *doc_x, *doc_y, is_region_shape, db),
                       shape) == 0)
          return;
      }
  g_error ("no point of %s has it on top", shape);
}

void
atlas_test_count_notify (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}

guint32
atlas_test_pixel_at (cairo_surface_t *surface,
                     int              x,
                     int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_true (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (surface) &&
                 y < cairo_image_surface_get_height (surface));
  return *(const guint32 *) (data + y * stride + x * 4);
}
