/* test-plan-report.c: the handout and clinician sheet PDFs, read back with
 * pdftotext, and trigger-atlas --plan on the command line (no display).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-report.h"
#include "atlas-report-needle.h"
#include "atlas-test-util.h"

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "plans", "neck-pain-temple-headache.plan",
                                NULL);
}

static AtlasPlan *
example_plan (void)
{
  g_autofree char *path = example_path ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  AtlasPlan *plan = atlas_plan_load (atlas_test_bundled (), file, warnings, &error);

  g_assert_no_error (error);
  /* The shipped example must match the shipped atlas. */
  g_assert_cmpuint (warnings->len, ==, 0);
  return plan;
}

static char *
temp_pdf (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-report-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_pdf (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

/* Collapses runs of white space, so that text wrapped by the layout compares
 * with the data file's. */
static char *
squash (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The text of page @page (from 1), or of every page for 0, pages separated
 * by form feeds. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *pdftotext = g_getenv ("PDFTOTEXT");
  const char *argv_all[] = { pdftotext, path, "-", NULL };
  const char *argv_page[] = { pdftotext, "-f", first, "-l", first, path, "-", NULL };
  int status = 0;

  g_assert_nonnull (pdftotext);
  g_spawn_sync (NULL, (char **) (page == 0 ? argv_all : argv_page), NULL, G_SPAWN_DEFAULT, NULL,
                NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&out);
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\f';
  return n;
}

/* The first @n words of @text: enough to find a paragraph in the PDF
 * without depending on where the layout broke its lines. */
static char *
first_words (const char *text,
             guint       n)
{
  g_autofree char *flat = squash (text);
  g_auto (GStrv) words = g_strsplit (flat, " ", -1);
  guint length = g_strv_length (words);

  /* Every word after the first @n is freed: g_strfreev() stops at the NULL. */
  for (guint i = n; i < length; i++)
    g_clear_pointer (&words[i], g_free);
  return g_strjoinv (" ", words);
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *flat = squash (haystack);
  g_autofree char *flat_needle = squash (needle);

  return strstr (flat, flat_needle) != NULL;
}

static guint
count (const char *haystack,
       const char *needle)
{
  g_autofree char *flat = squash (haystack);
  g_autofree char *flat_needle = squash (needle);
  guint            n = 0;

  for (const char *p = strstr (flat, flat_needle); p != NULL; p = strstr (p + 1, flat_needle))
    n++;
  return n;
}

/* The PDF's bytes hold NULs: strstr() would stop at the first. */
static gboolean
raw_contains (const char *raw,
              gsize       length,
              const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (raw + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_handout (void)
{
  g_autoptr (AtlasPlan) plan = example_plan ();
  g_autofree char *path = temp_pdf ("handout.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL, *raw = NULL;
  gsize length;
  const char *jargon[] = { "Depth:", "Approach", "pincer", "Pneumothorax", "carotid",
                           "mm (average adult)",
                           "Safety", "Anticoagulants" };

  g_assert_true (atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path, &error));
  g_assert_no_error (error);
  all = pdf_text (path, 0);
  g_assert_cmpuint (count_pages (all), ==, 3);

  for (guint i = 0; i < atlas_plan_get_n_sites (plan); i++)
    {
      const AtlasPlanSite *site = atlas_plan_get_site (plan, i);
      g_autofree char *care = first_words (atlas_muscle_get_self_care (site->muscle), 8);
      g_autofree char *approach = first_words (atlas_muscle_get_needling (site->muscle)->approach,
                                               6);
      GPtrArray *notes = atlas_muscle_get_safety_notes (site->muscle);

      g_assert_true (contains (all, atlas_muscle_get_name (site->muscle)));
      g_assert_true (contains (all, care));
      /* No needling technique, no hazard text. */
      g_assert_false (contains (all, approach));
      for (guint j = 0; j < notes->len; j++)
        {
          const AtlasSafetyNote *note = g_ptr_array_index (notes, j);
          g_autofree char *hazard = first_words (note->hazard, 6);

          g_assert_false (contains (all, hazard));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (jargon); i++)
    if (contains (all, jargon[i]))
      g_error ("the handout says “%s”", jargon[i]);

  /* After-care, and the delayed breathing warning: the upper trapezius lies
   * over the lung apex. */
  g_assert_true (contains (all, "sore, as after a hard workout, for 24 to 48 hours"));
  g_assert_true (contains (all, "normal activities the same day"));
  g_assert_true (contains (all, "shortness of breath, sharp chest pain that is worse when you "
                                "breathe in"));

  /* Title and date in the metadata; vector diagrams, no images. */
  g_assert_true (g_file_get_contents (path, &raw, &length, NULL));
  g_assert_true (raw_contains (raw, length,
                               "/Title (Your home care after dry needling, 2026-11-30)"));
  g_assert_true (raw_contains (raw, length, "/CreationDate (20261130"));
  g_assert_true (raw_contains (raw, length, "/MediaBox [ 0 0 595.276 841.89 ]"));
  g_assert_false (raw_contains (raw, length, "/Subtype /Image"));
  remove_pdf (path);
}

static void
test_handout_without_thorax (void)
{
  /* Only the temporalis: no site near the lung, no breathing warning. */
  g_autoptr (AtlasPlan) plan = example_plan ();
  g_autofree char *path = temp_pdf ("temple.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL;

  while (atlas_plan_get_n_sites (plan) > 0 &&
         !g_str_equal (atlas_muscle_get_id (atlas_plan_get_site (plan, 0)->muscle), "temporalis"))
    atlas_plan_remove_site (plan, 0);
  while (atlas_plan_get_n_sites (plan) > 1)
    atlas_plan_remove_site (plan, 1);
  g_assert_true (atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path, &error));
  all = pdf_text (path, 0);
  g_assert_true (contains (all, "Temporalis"));
  g_assert_false (contains (all, "breathe in"));
  g_assert_true (contains (all, "normal activities the same day"));
  remove_pdf (path);
}

static void
test_clinician_sheet (void)
{
  g_autoptr (AtlasPlan) plan = example_plan ();
  g_autofree char *path = temp_pdf ("sheet.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL, *raw = NULL;
  gsize length;
  guint pages;

  g_assert_true (atlas_report_write_pdf (plan, ATLAS_REPORT_CLINICIAN_SHEET, ATLAS_PAPER_LETTER,
                                         path, &error));
  g_assert_no_error (error);
  all = pdf_text (path, 0);
  pages = count_pages (all);
  g_assert_cmpuint (pages, >=, 3);

  g_assert_true (contains (all, "Yes Anticoagulant or antiplatelet medicine"));
  g_assert_true (contains (all, "No Pregnancy"));
  g_assert_true (contains (all, "Anticoagulants: the carotid artery and internal jugular vein lie "
                                "under this site; compress for at least 2 minutes or choose "
                                "another site."));
  g_assert_true (contains (all, "Pincer grip; most tender point."));
  /* Every site of the example has a needle direction in the data. */
  g_assert_cmpuint (count (all, "Needle direction: the arrow in the picture"), ==,
                    atlas_plan_get_n_sites (plan));

  /* Each site whole on one page: its heading and its last line together. */
  for (guint i = 0; i < atlas_plan_get_n_sites (plan); i++)
    {
      const AtlasPlanSite *site = atlas_plan_get_site (plan, i);
      g_autofree char *heading = g_strdup_printf ("%u. %s, right side", i + 1,
                                                  atlas_muscle_get_name (site->muscle));
      g_autofree char *approach = first_words (atlas_muscle_get_needling (site->muscle)->approach,
                                               8);
      const AtlasNeedling *needling = atlas_muscle_get_needling (site->muscle);
      g_autofree char *depth = g_strdup_printf ("Depth: %d to %d mm", needling->depth_min_mm,
                                                needling->depth_max_mm);
      guint found = 0;

      for (guint page = 1; page <= pages; page++)
        {
          g_autofree char *text = pdf_text (path, page);

          if (contains (text, heading))
            {
              g_assert_true (contains (text, approach));
              g_assert_true (contains (text, depth));
              g_assert_true (contains (text, atlas_muscle_get_latin (site->muscle)));
              found++;
            }
        }
      g_assert_cmpuint (found, ==, 1);
    }

  g_assert_true (g_file_get_contents (path, &raw, &length, NULL));
  g_assert_true (raw_contains (raw, length, "/MediaBox [ 0 0 612 792 ]"));
  g_assert_true (raw_contains (raw, length, "/Title (Dry needling session plan, 2026-11-30)"));
  remove_pdf (path);
}

/* The arrow follows the mark's needle="..." for the site's side. */
static void
test_needle (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  g_autoptr (AtlasPlan) plan = example_plan ();
  g_autoptr (AtlasPlan) left = atlas_plan_new (db);
  const AtlasView     *head = atlas_database_get_view (db, "head");
  const AtlasView     *posterior = atlas_database_get_view (db, "posterior");
  const AtlasView     *anterior = atlas_database_get_view (db, "anterior");
  AtlasMuscle         *temporalis = atlas_database_get_muscle (db, "temporalis");
  const AtlasPlanSite *trapezius = atlas_plan_get_site (plan, 0);
  const AtlasPlanSite *site;
  AtlasNeedleArrow     arrow, right_arrow;
  double               width = atlas_diagram_get_width (anterior->diagram);

  /* Upper trapezius, head view, needle="0": in from behind the neck, level. */
  g_assert_cmpstr (atlas_muscle_get_id (trapezius->muscle), ==, "upper-trapezius");
  g_assert_true (atlas_report_site_needle (head, trapezius, 100, &arrow));
  g_assert_cmpfloat (arrow.degrees, ==, 0);
  g_assert_cmpfloat (arrow.tip_x, ==, 282);
  g_assert_cmpfloat (arrow.tip_y, ==, 668);
  g_assert_cmpfloat_with_epsilon (arrow.tail_y, arrow.tip_y, 1e-9);
  g_assert_cmpfloat (arrow.tail_x, <, arrow.tip_x);
  g_assert_true (arrow.from_skin);
  g_assert_true (atlas_diagram_in_skin (head->diagram, arrow.tip_x, arrow.tip_y));
  g_assert_false (atlas_diagram_in_skin (head->diagram, arrow.tail_x, arrow.tail_y));
  /* Seen from behind, the pincer-grip needle goes into the page: no arrow. */
  g_assert_false (atlas_report_site_has_needle (posterior, trapezius));
  g_assert_false (atlas_report_site_needle (posterior, trapezius, 100, &arrow));

  /* Temporalis, front view, needle="0" on the right side: from the side of
   * the head toward the midline. On the left side the mirror image. */
  atlas_plan_add_site (left, temporalis,
                       g_ptr_array_index (atlas_muscle_get_trigger_points (temporalis), 0),
                       ATLAS_SIDE_RIGHT);
  atlas_plan_add_site (left, temporalis,
                       g_ptr_array_index (atlas_muscle_get_trigger_points (temporalis), 0),
                       ATLAS_SIDE_LEFT);
  site = atlas_plan_get_site (left, 0);
  g_assert_true (atlas_report_site_needle (anterior, site, 30, &right_arrow));
  g_assert_cmpfloat (right_arrow.degrees, ==, 0);
  g_assert_cmpfloat (right_arrow.tail_x, <, right_arrow.tip_x);
  site = atlas_plan_get_site (left, 1);
  g_assert_true (atlas_report_site_needle (anterior, site, 30, &arrow));
  g_assert_cmpfloat_with_epsilon (arrow.degrees, 180, 1e-9);
  g_assert_cmpfloat_with_epsilon (arrow.tip_x, width - right_arrow.tip_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (arrow.tail_x, width - right_arrow.tail_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (arrow.tail_y, right_arrow.tail_y, 1e-9);
  g_assert_cmpfloat (arrow.tail_x, >, arrow.tip_x);
  g_assert_cmpint (arrow.from_skin, ==, right_arrow.from_skin);
}

/* A site whose data gives no direction in any view: the sheet sends the
 * reader to the approach instead of drawing an arrow. */
static void
test_needle_see_approach (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  g_autoptr (AtlasPlan) plan = example_plan ();
  AtlasMuscle     *infraspinatus = atlas_database_get_muscle (db, "infraspinatus");
  g_autofree char *path = temp_pdf ("sheet.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL;

  while (atlas_plan_get_n_sites (plan) > 0)
    atlas_plan_remove_site (plan, 0);
  atlas_plan_add_site (plan, infraspinatus,
                       g_ptr_array_index (atlas_muscle_get_trigger_points (infraspinatus), 0),
                       ATLAS_SIDE_LEFT);
  g_assert_true (atlas_report_write_pdf (plan, ATLAS_REPORT_CLINICIAN_SHEET, ATLAS_PAPER_A4, path,
                                         &error));
  g_assert_no_error (error);
  all = pdf_text (path, 0);
  g_assert_true (contains (all, "Needle direction: see approach"));
  g_assert_false (contains (all, "the arrow in the picture"));
  remove_pdf (path);
}

static void
test_blocked (void)
{
  g_autoptr (AtlasPlan) plan = example_plan ();
  g_autofree char *path = temp_pdf ("blocked.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) empty_error = NULL;
  g_autoptr (AtlasPlan) empty = atlas_plan_new (atlas_test_bundled ());

  /* Unanswered, an absolute whole-session item blocks output; so does "yes". */
  atlas_plan_set_answer (plan, "no-consent", ATLAS_ANSWER_UNANSWERED, NULL);
  g_assert_false (atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path,
                                          &error));
  g_assert_nonnull (strstr (error->message, "No informed consent"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  atlas_plan_set_answer (plan, "no-consent", ATLAS_ANSWER_YES, NULL);
  g_assert_false (atlas_report_write_pdf (plan, ATLAS_REPORT_CLINICIAN_SHEET, ATLAS_PAPER_A4, path,
                                          &error));
  g_clear_error (&error);
  atlas_plan_set_answer (plan, "no-consent", ATLAS_ANSWER_NO, NULL);
  g_assert_true (atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path, &error));

  /* A plan with nothing to print. */
  atlas_plan_set_answer (empty, "no-consent", ATLAS_ANSWER_NO, NULL);
  atlas_plan_set_answer (empty, "acute-emergency", ATLAS_ANSWER_NO, NULL);
  atlas_plan_set_answer (empty, "bleeding-disorder", ATLAS_ANSWER_NO, NULL);
  g_assert_false (atlas_report_write_pdf (empty, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path,
                                          &empty_error));
  g_assert_nonnull (strstr (empty_error->message, "no site"));
  remove_pdf (path);
}

/* ---- The command line -------------------------------------------------------------- */

static int
run_atlas (char       **err,
           const char  *first,
           ...)
{
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("TRIGGER_ATLAS"));
  g_assert_nonnull (argv->pdata[0]);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display: printing a plan must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static void
test_cli (void)
{
  g_autofree char *plan = example_path ();
  g_autofree char *handout = temp_pdf ("handout.pdf");
  g_autofree char *sheet = temp_pdf ("sheet.pdf");
  g_autofree char *err = NULL, *text = NULL;

  g_assert_cmpint (run_atlas (&err, "--plan", plan, "--handout", handout, "--clinician-sheet",
                              sheet, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = pdf_text (handout, 0);
  g_assert_true (contains (text, "Rectus capitis posterior major, right side"));
  g_free (text);
  text = pdf_text (sheet, 0);
  g_assert_true (contains (text, "Screening"));
  remove_pdf (handout);
  remove_pdf (sheet);
}

static void
test_cli_errors (void)
{
  g_autofree char *broken = temp_pdf ("broken.plan");
  g_autofree char *out = temp_pdf ("out.pdf");
  g_autofree char *err = NULL, *expected = g_strdup_printf ("%s:3: side=“up”", broken);

  g_assert_true (g_file_set_contents (broken,
                                      "<plan format=\"1\">\n<session date=\"2026-11-30\"/>\n"
                                      "<sites><site muscle=\"temporalis\" point=\"tp1\" "
                                      "side=\"up\"/>"
                                      "</sites></plan>\n", -1, NULL));
  g_assert_cmpint (run_atlas (&err, "--plan", broken, "--handout", out, NULL), ==, 1);
  if (strstr (err, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, err);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_atlas (&err, "--plan", broken, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "needs --handout"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_atlas (&err, "--plan", broken, "--handout", out, "--paper", "a5", NULL), ==,
                   2);
  g_assert_nonnull (strstr (err, "--paper"));
  remove_pdf (broken);
  remove_pdf (out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/handout", test_handout);
  g_test_add_func ("/report/handout-without-thorax", test_handout_without_thorax);
  g_test_add_func ("/report/clinician-sheet", test_clinician_sheet);
  g_test_add_func ("/report/needle", test_needle);
  g_test_add_func ("/report/needle-see-approach", test_needle_see_approach);
  g_test_add_func ("/report/blocked", test_blocked);
  g_test_add_func ("/report/cli", test_cli);
  g_test_add_func ("/report/cli-errors", test_cli_errors);

  return g_test_run ();
}
