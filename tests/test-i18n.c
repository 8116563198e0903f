/* test-i18n.c: the command line speaks German and Spanish when asked to.
 *
 * Runs the real executable with LANGUAGE set, reading the catalogues built
 * in the build tree (TRIGGER_ATLAS_LOCALEDIR, as meson devenv sets it), and
 * checks both the interface's words and the data file's.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-test-util.h"

typedef struct {
  const char *language;
  /* The interface: a field label and a heading of the muscle card. */
  const char *summary_label;
  const char *point_heading;
  /* The data file: the upper trapezius's name; a region's and a condition's
   * line of the lists. */
  const char *muscle_name;
  const char *region_line;
  const char *condition_line;
  /* A message for a wrong id. */
  const char *no_muscle;
} Language;

static const Language languages[] = {
  { "de", "\nZusammenfassung: ", "\nTriggerpunkt 1: ",
    "M. trapezius, Pars descendens", "temple\tSchläfe\n",
    "tension-type-headache\tSpannungskopfschmerz\n", "Kein Muskel hat die ID „no-such“" },
  { "es", "\nResumen: ", "\nPunto gatillo 1: ",
    "Trapecio superior", "temple\tSien\n",
    "tension-type-headache\tCefalea tensional\n", "ningún músculo tiene el id «no-such»" },
};

/* Runs the atlas with @args (NULL-terminated) under @language (NULL:
 * English) and returns its output, asserting it succeeded when @ok. */
static char *
run_in (const char        *language,
        gboolean           ok,
        char             **err,
        const char *const *args)
{
  char *out = NULL;
  int   status;

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  status = atlas_test_run_cli (args, &out, err);
  if (ok)
    g_assert_cmpint (status, ==, 0);
  else
    g_assert_cmpint (status, !=, 0);
  return out;
}

static void
test_card (gconstpointer data)
{
  const Language   *lang = data;
  g_autofree char  *err = NULL;
  const char *const card[] = { "--muscle", "upper-trapezius", NULL };
  g_autofree char  *english = run_in (NULL, TRUE, NULL, card);
  g_autofree char  *out = run_in (lang->language, TRUE, &err, card);

  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (english, "\nSummary: "));
  g_assert_null (strstr (out, "\nSummary: "));
  g_assert_nonnull (strstr (out, lang->summary_label));
  g_assert_nonnull (strstr (out, lang->point_heading));
  g_autofree char *first_line = g_strdup_printf ("%s (Musculus trapezius", lang->muscle_name);

  /* The card opens with the muscle's name; the Latin one stays Latin. */
  g_assert_true (g_str_has_prefix (out, first_line));
}

static void
test_lists (gconstpointer data)
{
  const Language   *lang = data;
  const char *const list[] = { "--list", NULL };
  const char *const region_list[] = { "--regions", NULL };
  const char *const condition_list[] = { "--conditions", NULL };
  g_autofree char  *muscles = run_in (lang->language, TRUE, NULL, list);
  g_autofree char  *regions = run_in (lang->language, TRUE, NULL, region_list);
  g_autofree char  *conditions = run_in (lang->language, TRUE, NULL, condition_list);
  g_autofree char  *english = run_in (NULL, TRUE, NULL, list);
  g_autofree char  *muscle_line = g_strdup_printf ("upper-trapezius\t%s\n", lang->muscle_name);

  g_assert_nonnull (strstr (english, "upper-trapezius\tUpper trapezius\n"));
  g_assert_nonnull (strstr (muscles, muscle_line));
  g_assert_nonnull (strstr (regions, lang->region_line));
  g_assert_nonnull (strstr (conditions, lang->condition_line));
}

static void
test_message (gconstpointer data)
{
  const Language   *lang = data;
  g_autofree char  *err = NULL;
  const char *const wrong[] = { "--muscle", "no-such", NULL };
  g_autofree char  *out = run_in (lang->language, FALSE, &err, wrong);

  g_assert_nonnull (strstr (err, lang->no_muscle));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The catalogues of this build, not whatever an installed copy left. */
  g_assert_nonnull (g_getenv ("TRIGGER_ATLAS_LOCALEDIR"));
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *card = g_strdup_printf ("/i18n/%s/card", languages[i].language);
      g_autofree char *lists = g_strdup_printf ("/i18n/%s/lists", languages[i].language);
      g_autofree char *message = g_strdup_printf ("/i18n/%s/message", languages[i].language);

      g_test_add_data_func (card, &languages[i], test_card);
      g_test_add_data_func (lists, &languages[i], test_lists);
      g_test_add_data_func (message, &languages[i], test_message);
    }
  return g_test_run ();
}
