/* test-cli.c: the command line of the real executable, with no display.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-database.h"
#include "atlas-test-util.h"

static AtlasDatabase *bundled;

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs trigger-atlas with the arguments (NULL-terminated), without DISPLAY or
 * WAYLAND_DISPLAY: the command line must not need a display. */
static void
run_atlas (Run        *run,
           const char *first,
           ...)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                         G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("TRIGGER_ATLAS");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
test_list (void)
{
  g_auto (Run) run = { 0 };
  g_auto (GStrv) lines = NULL;
  GListModel *muscles = atlas_database_get_muscles (bundled);
  guint n = g_list_model_get_n_items (muscles);

  run_atlas (&run, "--list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);   /* the last line ends in \n */
  g_assert_cmpstr (lines[n], ==, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      g_autofree char *expected = g_strdup_printf ("%s\t%s", atlas_muscle_get_id (muscle),
                                                   atlas_muscle_get_name (muscle));

      g_assert_cmpstr (lines[i], ==, expected);
    }
}

static void
test_regions (void)
{
  g_auto (Run) run = { 0 };
  GPtrArray *regions = atlas_database_get_regions (bundled);
  g_autoptr (GString) expected = g_string_new (NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (regions, i);

      g_string_append_printf (expected, "%s\t%s\n", region->id, region->name);
    }

  run_atlas (&run, "--regions", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected->str);
}

static char *
joined_region_names (GPtrArray *regions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (regions, i);

      g_string_append_printf (out, "%s%s", i ? ", " : "", region->name);
    }
  return g_string_free (out, FALSE);
}

static void
test_muscle_card (void)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (bundled, "upper-trapezius");
  GPtrArray *points;
  g_auto (Run) run = { 0 };
  g_auto (GStrv) lines = NULL;
  guint essential = 0, spillover = 0, conditions = 0, safety = 0;

  g_assert_nonnull (muscle);
  points = atlas_muscle_get_trigger_points (muscle);

  run_atlas (&run, "--muscle", "upper-trapezius", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, atlas_muscle_get_name (muscle)));

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "Essential: "))
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (points, essential);
          g_autofree char *names = joined_region_names (point->essential);

          g_assert_cmpuint (essential, <, points->len);
          g_assert_cmpstr (lines[i] + strlen ("Essential: "), ==, names);
          essential++;
        }
      else if (g_str_has_prefix (lines[i], "Spillover:"))
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (points, spillover);
          g_autofree char *names = joined_region_names (point->spillover);

          g_assert_cmpstr (g_strstrip (lines[i] + strlen ("Spillover:")), ==, names);
          spillover++;
        }
      else if (g_str_has_prefix (lines[i], "Conditions: "))
        conditions++;
      else if (g_str_has_prefix (lines[i], "Safety: "))
        safety++;
    }

  g_assert_cmpuint (essential, ==, points->len);
  g_assert_cmpuint (spillover, ==, points->len);
  g_assert_cmpuint (conditions, ==, 1);
  g_assert_cmpuint (safety, ==, atlas_muscle_get_safety_notes (muscle)->len);
  /* The lung lies under the upper trapezius. */
  g_assert_nonnull (strstr (run.out, "Safety: [high risk]"));
}

static void
test_unknown_muscle (void)
{
  g_auto (Run) run = { 0 };

  run_atlas (&run, "--muscle", "upper-trapezoid", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "upper-trapezoid"));
}

static void
test_bad_arguments (void)
{
  const char *cases[][2] = {
    { "--frobnicate", NULL },
    { "--muscle", NULL },
    { "--list", "stray-argument" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };

      run_atlas (&run, cases[i][0], cases[i][1], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }
}

static void
test_other_data_file (void)
{
  g_autoptr (GFile) file = atlas_test_fixture ();
  g_autofree char *path = g_file_get_path (file);
  g_auto (Run) run = { 0 };

  run_atlas (&run, "--data", path, "--list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "alpha\tÁlpha muscle\nbeta\tBeta muscle\n");
}

static void
test_broken_data_file (void)
{
  int line = 0;
  g_autoptr (GFile) file = atlas_test_edited_fixture ("<essential regions=\"head\"/>",
                                                      "<essential regions=\"hed\"/>",
                                                      "regions=\"hed\"", &line);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *where = g_strdup_printf ("%s:%d: ", path, line);
  g_auto (Run) run = { 0 };

  run_atlas (&run, "--data", path, "--list", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, where));
  g_assert_nonnull (strstr (run.err, "unknown region “hed”"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bundled = atlas_database_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/atlas/cli/list", test_list);
  g_test_add_func ("/atlas/cli/regions", test_regions);
  g_test_add_func ("/atlas/cli/muscle-card", test_muscle_card);
  g_test_add_func ("/atlas/cli/unknown-muscle", test_unknown_muscle);
  g_test_add_func ("/atlas/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/atlas/cli/other-data-file", test_other_data_file);
  g_test_add_func ("/atlas/cli/broken-data-file", test_broken_data_file);

  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
