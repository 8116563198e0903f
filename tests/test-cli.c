/* test-cli.c: the command line of the real executable, with no display.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-database.h"
#include "atlas-ranking.h"
#include "atlas-search.h"
#include "atlas-test-util.h"

static AtlasDatabase *bundled;

/* Longer than any id or query may be. */
#define ATLAS_TEST_LONG 5000

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
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run->status = atlas_test_run_cli ((const char * const *) argv->pdata, &run->out, &run->err);
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
      g_autofree char *label = atlas_region_dup_label (region, TRUE);

      g_string_append_printf (out, "%s%s", i ? ", " : "", label);
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
test_where_it_hurts (void)
{
  AtlasPainArea areas[2];
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GString) expected = g_string_new (NULL);
  g_auto (Run) run = { 0 };
  g_auto (Run) bad = { 0 };
  g_auto (Run) unsided = { 0 };
  g_auto (Run) both = { 0 };
  g_auto (Run) flagged = { 0 };
  g_auto (GStrv) lines = NULL;

  /* The command line prints the same ranking the panel will show. */
  g_assert_true (atlas_pain_area_parse (bundled, "lower-jaw:right", &areas[0], NULL));
  g_assert_true (atlas_pain_area_parse (bundled, "upper-teeth:right", &areas[1], NULL));
  candidates = atlas_rank_candidates (bundled, areas, 2);
  g_assert_cmpuint (candidates->len, >, 0);
  for (guint i = 0; i < candidates->len; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);

      g_string_append_printf (expected, "%.2f\t%s\t%s (%s)\n", candidate->score,
                              atlas_muscle_get_id (candidate->muscle),
                              atlas_muscle_get_name (candidate->muscle),
                              atlas_side_to_string (candidate->side));
    }

  run_atlas (&run, "--where-it-hurts", "lower-jaw:right,upper-teeth:right", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected->str);

  run_atlas (&bad, "--where-it-hurts", "lower-jaw:right,elbow", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_nonnull (strstr (bad.err, "elbow"));

  /* A sided region without a side hurts on both sides: the same list as
   * naming both. */
  run_atlas (&unsided, "--where-it-hurts", "temple", NULL);
  run_atlas (&both, "--where-it-hurts", "temple:right,temple:left", NULL);
  g_assert_cmpint (unsided.status, ==, 0);
  g_assert_cmpstr (unsided.err, ==, both.err);
  g_assert_cmpstr (unsided.out, !=, "");
  g_assert_cmpstr (unsided.out, ==, both.out);

  /* Red flags go to standard error; standard output keeps its lines. */
  run_atlas (&flagged, "--where-it-hurts", "lower-abdomen:right", NULL);
  g_assert_cmpint (flagged.status, ==, 0);
  g_assert_true (g_str_has_prefix (flagged.err, "Red flag: "));
  g_assert_nonnull (strstr (flagged.err, "appendix"));
  lines = g_strsplit (flagged.out, "\n", -1);
  g_assert_nonnull (lines[0]);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
    }
}

static void
test_conditions (void)
{
  GPtrArray *conditions = atlas_database_get_conditions (bundled);
  const AtlasCondition *first = g_ptr_array_index (conditions, 0);
  g_autoptr (GPtrArray) muscles = atlas_database_muscles_for_condition (bundled, first->id);
  g_autoptr (GString) listing = g_string_new (NULL);
  g_auto (Run) list = { 0 };
  g_auto (Run) one = { 0 };
  g_auto (Run) unknown = { 0 };

  for (guint i = 0; i < conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (conditions, i);

      g_string_append_printf (listing, "%s\t%s\n", condition->id, condition->name);
    }
  run_atlas (&list, "--conditions", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==, listing->str);

  run_atlas (&one, "--condition", first->id, NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_true (g_str_has_prefix (one.out, first->name));
  g_assert_nonnull (strstr (one.out, first->summary));
  for (guint i = 0; i < muscles->len; i++)
    {
      AtlasMuscle *muscle = g_ptr_array_index (muscles, i);
      g_autofree char *line = g_strdup_printf ("\n%s\t%s\n", atlas_muscle_get_id (muscle),
                                               atlas_muscle_get_name (muscle));

      g_assert_nonnull (strstr (one.out, line));
    }

  run_atlas (&unknown, "--condition", "gout", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "gout"));
}

static void
test_search (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "trapezuis");
  g_autoptr (GString) expected = g_string_new (NULL);
  g_auto (Run) run = { 0 };
  g_auto (Run) nothing = { 0 };
  g_auto (Run) grouped = { 0 };

  /* The same results, in the same order, as the search box. */
  g_assert_cmpuint (results->len, >, 0);
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (expected, "%s\t%s\t%s\n", atlas_search_kind_to_string (result->kind),
                              result->id, result->name);
    }
  run_atlas (&run, "--search", "trapezuis", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected->str);
  g_assert_true (g_str_has_prefix (run.out, "muscle\tupper-trapezius\tUpper trapezius\n"));

  run_atlas (&grouped, "--search", "tennis elbow", NULL);
  g_assert_cmpint (grouped.status, ==, 0);
  g_assert_nonnull (strstr (grouped.out, "condition\tlateral-elbow-pain\t"));

  /* Finding nothing is an answer, not an error. */
  run_atlas (&nothing, "--search", "xylophone", NULL);
  g_assert_cmpint (nothing.status, ==, 0);
  g_assert_cmpstr (nothing.out, ==, "");
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

/* --data with the mini atlas edited from @from to @to: status 1, and standard
 * error starts with the file and the line of @marker, then says @message. */
static void
assert_broken_data (const char *from,
                    const char *to,
                    const char *marker,
                    const char *message)
{
  int line = 0;
  g_autoptr (GFile) file = atlas_test_edited_fixture (from, to, marker, &line);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *where = g_strdup_printf ("trigger-atlas: %s:%d: ", path, line);
  g_auto (Run) run = { 0 };

  run_atlas (&run, "--data", path, "--list", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, where));
  g_assert_nonnull (strstr (run.err, message));
  /* The line is given once, not again as GMarkup's "Error on line". */
  g_assert_null (strstr (run.err, "Error on line"));
}

static void
test_broken_data_file (void)
{
  assert_broken_data ("<essential regions=\"head\"/>", "<essential regions=\"hed\"/>",
                      "regions=\"hed\"", "unknown region “hed”");
  assert_broken_data ("<summary>A test muscle.</summary>",
                      "<summary>A test \xff muscle.</sumary>", "</sumary>", "Invalid UTF-8");
}

/* Every argument is bounded and checked before the data is loaded: status 2
 * and a message, in UTF-8, that names the option. */
static void
test_argument_bounds (void)
{
  g_autofree char *long_id = g_strnfill (ATLAS_TEST_LONG, 'a');
  g_autofree char *long_list = g_strnfill (ATLAS_TEST_LONG * 20, 't');
  g_autofree char *long_path = g_strnfill (ATLAS_TEST_LONG * 20, 'd');
  const struct {
    const char *option;
    const char *value;
    const char *message;
  } cases[] = {
    { "--muscle", long_id, "--muscle: the argument is 5000 bytes long; at most 128" },
    { "--muscle", "", "--muscle: “” is not an id" },
    { "--muscle", "Upper Trapezius", "--muscle: “Upper Trapezius” is not an id" },
    { "--muscle", "upper\xff", "--muscle: the argument is not valid UTF-8 text" },
    { "--condition", "\xc3(", "--condition: the argument is not valid UTF-8 text" },
    { "--condition", long_id, "--condition: the argument is 5000 bytes long" },
    { "--where-it-hurts", "temple,,sacrum",
      "--where-it-hurts: item 2 of “temple,,sacrum” is empty" },
    { "--where-it-hurts", "temple,", "--where-it-hurts: item 2 of “temple,” is empty" },
    { "--where-it-hurts", ",", "--where-it-hurts: item 1 of “,” is empty" },
    { "--where-it-hurts", "temple, ", "is empty" },
    { "--where-it-hurts", long_list, "--where-it-hurts: the argument is 100000 bytes long" },
    { "--where-it-hurts", "temple:\xff", "--where-it-hurts: the argument is not valid UTF-8" },
    { "--search", long_id, "--search: the argument is 5000 bytes long; at most 1024" },
    { "--search", "tr\xe9pezius", "--search: the argument is not valid UTF-8 text" },
    { "--data", "", "--data: the file name is empty" },
    { "--data", long_path, "--data: the file name is longer than 4096 bytes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };

      /* --data alone would open the window: it must be refused before that. */
      if (g_str_equal (cases[i].option, "--data"))
        run_atlas (&run, cases[i].option, cases[i].value, NULL);
      else
        run_atlas (&run, cases[i].option, cases[i].value, "--list", NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, run.err, cases[i].message);
    }
}

/* "temple,temple:left" is the left temple twice; it hurts once. */
static void
test_repeated_regions (void)
{
  const char *same[][2] = {
    { "temple", "temple,temple" },
    { "temple", "temple:left,temple,temple:right" },
    { "temple:left", "temple:left,temple:left" },
    { "sacrum", "sacrum, sacrum" },
    { "lower-jaw:right,upper-teeth:right", "lower-jaw:right,upper-teeth:right,lower-jaw:right" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_auto (Run) once = { 0 };
      g_auto (Run) repeated = { 0 };

      run_atlas (&once, "--where-it-hurts", same[i][0], NULL);
      run_atlas (&repeated, "--where-it-hurts", same[i][1], NULL);
      g_assert_cmpint (once.status, ==, 0);
      g_assert_cmpint (repeated.status, ==, 0);
      g_assert_cmpstr (once.out, !=, "");
      g_assert_cmpstr (repeated.out, ==, once.out);
      g_assert_cmpstr (repeated.err, ==, once.err);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bundled = atlas_test_bundled ();

  g_test_add_func ("/atlas/cli/list", test_list);
  g_test_add_func ("/atlas/cli/regions", test_regions);
  g_test_add_func ("/atlas/cli/muscle-card", test_muscle_card);
  g_test_add_func ("/atlas/cli/unknown-muscle", test_unknown_muscle);
  g_test_add_func ("/atlas/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/atlas/cli/other-data-file", test_other_data_file);
  g_test_add_func ("/atlas/cli/where-it-hurts", test_where_it_hurts);
  g_test_add_func ("/atlas/cli/conditions", test_conditions);
  g_test_add_func ("/atlas/cli/search", test_search);
  g_test_add_func ("/atlas/cli/broken-data-file", test_broken_data_file);
  g_test_add_func ("/atlas/cli/argument-bounds", test_argument_bounds);
  g_test_add_func ("/atlas/cli/repeated-regions", test_repeated_regions);

  return g_test_run ();
}
