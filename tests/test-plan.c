/* test-plan.c: the plan model and its file: round trip, unknown sites, every
 * class of broken file, bounded reads, and atomic saves.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "atlas-plan.h"
#include "atlas-test-util.h"

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "screening", "atlas.xml", NULL);
}

/* The screening test atlas; @path is given in the save-loop child, which is
 * no GLib test. */
static AtlasDatabase *
fixture_at (const char *path)
{
  static AtlasDatabase *db;

  if (db == NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      db = atlas_database_load (file, &error);
      g_assert_no_error (error);
    }
  return db;
}

static AtlasDatabase *
fixture (void)
{
  g_autofree char *path = fixture_path ();

  return fixture_at (path);
}

static const AtlasTriggerPoint *
first_point (AtlasMuscle *muscle)
{
  return g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0);
}

/* A plan with every field set, and text that needs escaping. */
static AtlasPlan *
full_plan (AtlasDatabase *db)
{
  AtlasPlan *plan = atlas_plan_new (db);
  AtlasMuscle *neck = atlas_database_get_muscle (db, "neck-muscle");
  AtlasMuscle *arm = atlas_database_get_muscle (db, "arm-muscle");
  AtlasMuscle *belly = atlas_database_get_muscle (db, "belly-muscle");
  const char *where[] = { "upper-limb:left", NULL };
  AtlasPainArea areas[2];

  g_assert_true (atlas_plan_set_date (plan, "2026-11-30"));
  atlas_plan_set_patient (plan, "J.D. <ref 42>");
  atlas_plan_set_notes (plan, "Neck pain & headache \"at the temple\".\nSecond line: é ü");
  areas[0].region = atlas_database_get_region (db, "neck");
  areas[0].side = ATLAS_SIDE_RIGHT;
  areas[1].region = atlas_database_get_region (db, "chest");
  areas[1].side = ATLAS_SIDE_LEFT;
  atlas_plan_set_painful_regions (plan, areas, 2);
  atlas_plan_set_answer (plan, "consent", ATLAS_ANSWER_NO, NULL);
  atlas_plan_set_answer (plan, "anticoagulants", ATLAS_ANSWER_YES, NULL);
  atlas_plan_set_answer (plan, "lymphoedema", ATLAS_ANSWER_YES, where);
  g_assert_cmpint (atlas_plan_add_site (plan, neck, first_point (neck), ATLAS_SIDE_RIGHT), ==, 0);
  g_assert_cmpint (atlas_plan_add_site (plan, arm, first_point (arm), ATLAS_SIDE_LEFT), ==, 1);
  g_assert_cmpint (atlas_plan_add_site (plan, belly, first_point (belly), ATLAS_SIDE_LEFT), ==, 2);
  atlas_plan_set_site_note (plan, 1, "Gentle: <first time>");
  atlas_plan_set_site_done (plan, 2, TRUE);
  return plan;
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static void
test_model (void)
{
  AtlasDatabase *db = fixture ();
  g_autoptr (AtlasPlan) plan = atlas_plan_new (db);
  AtlasMuscle *neck = atlas_database_get_muscle (db, "neck-muscle");
  AtlasMuscle *arm = atlas_database_get_muscle (db, "arm-muscle");
  guint changes = 0;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_change), &changes);

  g_assert_false (atlas_plan_get_modified (plan));
  /* A new plan is dated today. */
  g_assert_cmpstr (atlas_plan_get_date (plan), ==, today);
  g_assert_cmpint (atlas_plan_add_site (plan, neck, first_point (neck), ATLAS_SIDE_LEFT), ==, 0);
  g_assert_true (atlas_plan_get_modified (plan));
  /* The same site twice is one site. */
  g_assert_cmpint (atlas_plan_add_site (plan, neck, first_point (neck), ATLAS_SIDE_LEFT), ==, 0);
  g_assert_cmpint (atlas_plan_add_site (plan, neck, first_point (neck), ATLAS_SIDE_RIGHT), ==, 1);
  g_assert_cmpint (atlas_plan_add_site (plan, arm, first_point (arm), ATLAS_SIDE_RIGHT), ==, 2);
  g_assert_cmpuint (changes, ==, 3);

  atlas_plan_move_site (plan, 2, 0);
  g_assert_true (atlas_plan_get_site (plan, 0)->muscle == arm);
  g_assert_true (atlas_plan_get_site (plan, 1)->muscle == neck);
  g_assert_cmpint (atlas_plan_get_site (plan, 1)->side, ==, ATLAS_SIDE_LEFT);
  atlas_plan_remove_site (plan, 1);
  g_assert_cmpuint (atlas_plan_get_n_sites (plan), ==, 2);
  g_assert_cmpint (atlas_plan_find_site (plan, neck, first_point (neck), ATLAS_SIDE_LEFT), ==, -1);
  g_assert_cmpint (atlas_plan_find_site (plan, neck, first_point (neck), ATLAS_SIDE_RIGHT), ==, 1);

  g_assert_false (atlas_plan_set_date (plan, "2026-02-30"));
  g_assert_false (atlas_plan_set_date (plan, "30/11/2026"));
  g_assert_cmpuint (changes, ==, 5);
}

/* Text set from the window is cut at the limit on a character boundary. */
static void
test_long_text (void)
{
  AtlasDatabase *db = fixture ();
  g_autoptr (AtlasPlan) plan = atlas_plan_new (db);
  g_autoptr (GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < ATLAS_PLAN_MAX_TEXT + 5; i++)
    g_string_append (long_text, "é");
  atlas_plan_set_notes (plan, long_text->str);
  g_assert_cmpint (g_utf8_strlen (atlas_plan_get_notes (plan), -1), ==, ATLAS_PLAN_MAX_TEXT);
  g_assert_true (g_utf8_validate (atlas_plan_get_notes (plan), -1, NULL));
  atlas_plan_set_patient (plan, "A.B.");
  g_assert_cmpstr (atlas_plan_get_patient (plan), ==, "A.B.");
}

static void
test_round_trip (void)
{
  AtlasDatabase *db = fixture ();
  g_autoptr (AtlasPlan) plan = full_plan (db);
  g_autofree char *text = atlas_plan_serialize (plan);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (AtlasPlan) copy = atlas_plan_parse_bytes (db, text, strlen (text), "round.plan",
                                                       warnings, &error);
  g_autofree char *again = NULL;
  const AtlasPainArea *areas;
  guint n_areas;
  GHashTable *answers;
  const AtlasScreeningAnswer *lymph;

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_false (atlas_plan_get_modified (copy));
  g_assert_cmpstr (atlas_plan_get_date (copy), ==, "2026-11-30");
  g_assert_cmpstr (atlas_plan_get_patient (copy), ==, "J.D. <ref 42>");
  g_assert_cmpstr (atlas_plan_get_notes (copy), ==,
                   "Neck pain & headache \"at the temple\".\nSecond line: é ü");
  areas = atlas_plan_get_painful_regions (copy, &n_areas);
  g_assert_cmpuint (n_areas, ==, 2);
  g_assert_cmpstr (areas[0].region->id, ==, "neck");
  g_assert_cmpint (areas[0].side, ==, ATLAS_SIDE_RIGHT);
  g_assert_cmpstr (areas[1].region->id, ==, "chest");

  answers = atlas_plan_get_answers (copy);
  g_assert_cmpuint (g_hash_table_size (answers), ==, 3);
  g_assert_cmpint (atlas_plan_get_answer (copy, "consent"), ==, ATLAS_ANSWER_NO);
  g_assert_cmpint (atlas_plan_get_answer (copy, "anticoagulants"), ==, ATLAS_ANSWER_YES);
  g_assert_cmpint (atlas_plan_get_answer (copy, "fainting"), ==, ATLAS_ANSWER_UNANSWERED);
  lymph = g_hash_table_lookup (answers, "lymphoedema");
  g_assert_cmpstr (lymph->where[0], ==, "upper-limb:left");
  g_assert_null (lymph->where[1]);

  g_assert_cmpuint (atlas_plan_get_n_sites (copy), ==, 3);
  g_assert_cmpstr (atlas_muscle_get_id (atlas_plan_get_site (copy, 0)->muscle), ==, "neck-muscle");
  g_assert_cmpint (atlas_plan_get_site (copy, 1)->side, ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (atlas_plan_get_site (copy, 1)->note, ==, "Gentle: <first time>");
  g_assert_false (atlas_plan_get_site (copy, 1)->done);
  g_assert_true (atlas_plan_get_site (copy, 2)->done);

  /* The same plan writes the same file. */
  again = atlas_plan_serialize (copy);
  g_assert_cmpstr (again, ==, text);
}

static void
test_unknown_sites (void)
{
  AtlasDatabase *db = fixture ();
  const char *text =
    "<plan format=\"1\">\n"
    "  <session date=\"2026-11-30\"><painful regions=\"neck:left,elbow:left\"/></session>\n"
    "  <screening><answer item=\"haemophilia\" value=\"no\"/></screening>\n"
    "  <sites>\n"
    "    <site muscle=\"neck-muscle\" point=\"tp1\" side=\"left\"/>\n"
    "    <site muscle=\"old-muscle\" point=\"tp1\" side=\"right\"><note>Kept</note></site>\n"
    "    <site muscle=\"arm-muscle\" point=\"tp9\" side=\"right\" done=\"yes\"/>\n"
    "  </sites>\n"
    "</plan>\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (AtlasPlan) plan = atlas_plan_parse_bytes (db, text, strlen (text), "old.plan",
                                                       warnings, &error);
  g_autofree char *saved = NULL;
  guint n_areas;

  g_assert_no_error (error);
  g_assert_cmpuint (atlas_plan_get_n_sites (plan), ==, 1);
  g_assert_cmpuint (atlas_plan_get_unknown_sites (plan)->len, ==, 2);
  atlas_plan_get_painful_regions (plan, &n_areas);
  g_assert_cmpuint (n_areas, ==, 1);

  /* Each reported by name, with its line. */
  g_assert_cmpuint (warnings->len, ==, 4);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "old.plan:2:"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "elbow"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "old.plan:3:"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "haemophilia"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2),
                            "old.plan:6: the muscle “old-muscle”"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 3),
                            "old.plan:7: the muscle “arm-muscle” has no trigger point “tp9”"));

  /* Not dropped: a save keeps them. */
  saved = atlas_plan_serialize (plan);
  g_assert_nonnull (strstr (saved, "muscle=\"old-muscle\" point=\"tp1\" side=\"right\""));
  g_assert_nonnull (strstr (saved, "<note>Kept</note>"));
  g_assert_nonnull (strstr (saved,
                            "muscle=\"arm-muscle\" point=\"tp9\" side=\"right\" done=\"yes\""));
}

/* ---- Broken files ----------------------------------------------------------------- */

typedef struct {
  const char *path;
  const char *text;
  int code;
  int line;
  const char *message;
} BrokenCase;

#define HEAD "<plan format=\"1\">\n  <session date=\"2026-11-30\"/>\n"

static const BrokenCase broken_cases[] = {
  { "/plan/broken/empty", "", ATLAS_PLAN_ERROR_PARSE, 1, "empty" },
  { "/plan/broken/not-xml", "Neck pain, 4 sites\n", ATLAS_PLAN_ERROR_PARSE, 1, "" },
  { "/plan/broken/truncated", HEAD "  <sites>\n    <site muscle=\"neck-muscle\" poi",
    ATLAS_PLAN_ERROR_PARSE, 4, "" },
  { "/plan/broken/not-a-plan", "<atlas format=\"1\">\n</atlas>\n", ATLAS_PLAN_ERROR_NOT_A_PLAN, 1,
    "not a plan file: it starts with <atlas>" },
  { "/plan/broken/no-session", "<plan format=\"1\">\n</plan>\n", ATLAS_PLAN_ERROR_NOT_A_PLAN, 2,
    "no <session>" },
  { "/plan/broken/newer-format", "<plan format=\"2\">\n</plan>\n", ATLAS_PLAN_ERROR_NEWER_FORMAT,
    1, "format 2, newer than this program reads (1)" },
  { "/plan/broken/format-not-a-number", "<plan format=\"one\"/>", ATLAS_PLAN_ERROR_INVALID_VALUE,
    1, "format=“one” must be a whole number" },
  { "/plan/broken/no-format", "<plan>\n</plan>", ATLAS_PLAN_ERROR_INVALID_VALUE, 1, "format" },
  { "/plan/broken/bad-date", "<plan format=\"1\">\n  <session date=\"2026-13-40\"/>\n</plan>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 2, "date=“2026-13-40” is not a date" },
  { "/plan/broken/bad-side",
    HEAD "<sites>\n<site muscle=\"neck-muscle\" point=\"tp1\" side=\"up\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "side=“up” must be “left” or “right”" },
  { "/plan/broken/bad-done",
    HEAD "<sites>\n<site muscle=\"neck-muscle\" point=\"tp1\" side=\"left\" done=\"maybe\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "done=“maybe” must be “yes” or “no”" },
  { "/plan/broken/bad-answer", HEAD "<screening>\n<answer item=\"consent\" value=\"perhaps\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "value=“perhaps” must be “yes” or “no”" },
  { "/plan/broken/bad-where",
    HEAD "<screening>\n<answer item=\"lymphoedema\" value=\"yes\" where=\"upper-limb\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "needs a side" },
  { "/plan/broken/twice-answered",
    HEAD "<screening>\n<answer item=\"consent\" value=\"no\"/>\n"
    "<answer item=\"consent\" value=\"no\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 5, "answered twice" },
  { "/plan/broken/site-twice",
    HEAD "<sites>\n<site muscle=\"neck-muscle\" point=\"tp1\" side=\"left\"/>\n"
    "<site muscle=\"neck-muscle\" point=\"tp1\" side=\"left\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 5, "listed twice" },
  { "/plan/broken/missing-attribute", HEAD "<sites>\n<site muscle=\"neck-muscle\" side=\"left\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "point" },
  { "/plan/broken/unexpected-element", HEAD "<sites>\n<muscle id=\"neck-muscle\"/>",
    ATLAS_PLAN_ERROR_INVALID_VALUE, 4, "unexpected element <muscle> inside <sites>" },
  { "/plan/broken/not-utf8",
    HEAD "<sites>\n<site muscle=\"neck\xff\" point=\"tp1\" side=\"left\"/>",
    ATLAS_PLAN_ERROR_PARSE, 4, "" },
  /* GMarkup quotes the broken text: the message must still be valid UTF-8. */
  { "/plan/broken/not-utf8-in-text",
    HEAD "<sites>\n<site muscle=\"neck-muscle\" point=\"tp1\" side=\"left\">"
    "<note>Pain at the temp\xcd\x01e</note>",
    ATLAS_PLAN_ERROR_PARSE, 4, "" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasPlan) plan = atlas_plan_parse_bytes (fixture (), c->text, strlen (c->text),
                                                       "broken.plan", NULL, &error);
  g_autofree char *prefix = g_strdup_printf ("broken.plan:%d: ", c->line);

  g_assert_null (plan);
  g_assert_error (error, ATLAS_PLAN_ERROR, c->code);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, c->message) == NULL)
    g_error ("expected “%s…%s”, got “%s”", prefix, c->message, error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  /* The line is given once, as FILE:LINE. */
  g_assert_null (strstr (error->message, "Error on line"));
}

/* GMarkup would silently stop reading at a NUL: the file is refused instead. */
static void
test_nul_byte (void)
{
  static const char text[] = HEAD "<sites>\n<site muscle=\"neck-muscle\" point=\"tp1\" "
                                  "side=\"left\"><note>first\0second</note></site>\n</sites>\n"
                                  "</plan>\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasPlan) plan = atlas_plan_parse_bytes (fixture (), text, sizeof text - 1,
                                                       "nul.plan", NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "nul.plan:4: "));
  g_assert_nonnull (strstr (error->message, "NUL"));
}

static void
test_too_long_note (void)
{
  g_autoptr (GString) text = g_string_new (HEAD "<sites>\n<site muscle=\"neck-muscle\" "
                                           "point=\"tp1\" "
                                           "side=\"left\"><note>");
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasPlan) plan = NULL;

  for (guint i = 0; i < ATLAS_PLAN_MAX_TEXT + 1; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "</note></site></sites></plan>");
  plan = atlas_plan_parse_bytes (fixture (), text->str, text->len, "long.plan", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "<note> is longer than"));
}

static void
test_too_many_sites (void)
{
  g_autoptr (GString) text = g_string_new (HEAD "<sites>\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasPlan) plan = NULL;

  /* Unknown muscles, so that each is a new site. */
  for (guint i = 0; i <= ATLAS_PLAN_MAX_SITES; i++)
    g_string_append_printf (text, "<site muscle=\"m%u\" point=\"tp1\" side=\"left\"/>\n", i);
  g_string_append (text, "</sites></plan>");
  plan = atlas_plan_parse_bytes (fixture (), text->str, text->len, "many.plan", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "at most 200 sites"));
}

/* ---- Files ------------------------------------------------------------------------- */

static char *
temp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("atlas-plan-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_remove (path) != 0)
        g_rmdir (path);
    }
  g_rmdir (dir);
}

static void
test_save_and_load (void)
{
  AtlasDatabase *db = fixture ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "session.plan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (AtlasPlan) plan = full_plan (db);
  g_autoptr (AtlasPlan) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = atlas_plan_serialize (plan), *after = NULL;
  GStatBuf st;

  g_assert_true (atlas_plan_get_modified (plan));
  g_assert_true (atlas_plan_save (plan, file, &error));
  g_assert_no_error (error);
  g_assert_false (atlas_plan_get_modified (plan));
  /* About a patient: readable by the user only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = atlas_plan_load (db, file, NULL, &error);
  g_assert_no_error (error);
  after = atlas_plan_serialize (loaded);
  g_assert_cmpstr (after, ==, before);
  remove_dir (dir);
}

static void
test_load_refuses (void)
{
  AtlasDatabase *db = fixture ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *big = g_build_filename (dir, "big.plan", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.plan", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.plan", NULL);
  g_autofree char *zeros = g_malloc0 (ATLAS_PLAN_MAX_BYTES + 1);
  const struct { const char *path; int code; } cases[] = {
    { big, ATLAS_PLAN_ERROR_TOO_LARGE },
    { fifo, ATLAS_PLAN_ERROR_NOT_REGULAR },
    { dir, ATLAS_PLAN_ERROR_NOT_REGULAR },
    { missing, ATLAS_PLAN_ERROR_READ },
  };

  g_assert_true (g_file_set_contents (big, zeros, ATLAS_PLAN_MAX_BYTES + 1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr (GError) error = NULL;
      g_autoptr (AtlasPlan) plan = atlas_plan_load (db, file, NULL, &error);

      g_assert_null (plan);
      g_assert_error (error, ATLAS_PLAN_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].path));
    }
  remove_dir (dir);
}

/* The child: saves plan A and plan B in turn, forever, and says "saved" on
 * standard output after each, until killed. */
static int
save_loop (const char *path,
           const char *data)
{
  AtlasDatabase *db = fixture_at (data);
  g_autoptr (AtlasPlan) a = full_plan (db);
  g_autoptr (AtlasPlan) b = atlas_plan_new (db);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  atlas_plan_set_notes (b, "The other plan.");
  for (guint i = 0;; i++)
    {
      g_autoptr (GError) error = NULL;

      if (!atlas_plan_save (i % 2 ? b : a, file, &error))
        g_error ("%s", error->message);
      g_print ("saved\n");
      fflush (stdout);
    }
  return 0;
}

static void
test_atomic_save (void)
{
  AtlasDatabase *db = fixture ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "session.plan", NULL);
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *data = fixture_path ();
  g_autoptr (AtlasPlan) a = full_plan (db);
  g_autoptr (AtlasPlan) b = atlas_plan_new (db);
  g_autofree char *text_a = NULL, *text_b = NULL;

  g_assert_nonnull (self_exe);
  atlas_plan_set_notes (b, "The other plan.");
  text_a = atlas_plan_serialize (a);
  text_b = atlas_plan_serialize (b);

  /* Killed after a different number of saves each round, so the kill lands
   * at different points of a save. */
  for (guint round = 1; round <= 12; round++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GSubprocess) child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                        self_exe, "--save-loop", path,
                                                        data, NULL);
      g_autoptr (GDataInputStream) lines = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (AtlasPlan) loaded = NULL;

      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      for (guint i = 0; i < round * 3; i++)
        {
          g_autofree char *line = g_data_input_stream_read_line (lines, NULL, NULL, &error);

          g_assert_no_error (error);
          g_assert_cmpstr (line, ==, "saved");
        }
      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (g_subprocess_get_if_exited (child));

      /* Whole, and one of the two plans. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_equal (contents, text_a) || g_str_equal (contents, text_b));
      loaded = atlas_plan_load (db, file, NULL, &error);
      g_assert_no_error (error);
    }
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/model", test_model);
  g_test_add_func ("/plan/long-text", test_long_text);
  g_test_add_func ("/plan/round-trip", test_round_trip);
  g_test_add_func ("/plan/unknown-sites", test_unknown_sites);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    g_test_add_data_func (broken_cases[i].path, &broken_cases[i], test_broken);
  g_test_add_func ("/plan/broken/too-long-note", test_too_long_note);
  g_test_add_func ("/plan/broken/nul-byte", test_nul_byte);
  g_test_add_func ("/plan/broken/too-many-sites", test_too_many_sites);
  g_test_add_func ("/plan/save-and-load", test_save_and_load);
  g_test_add_func ("/plan/load-refuses", test_load_refuses);
  g_test_add_func ("/plan/atomic-save", test_atomic_save);

  return g_test_run ();
}
