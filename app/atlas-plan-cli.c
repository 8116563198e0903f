/* atlas-plan-cli.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read before GApplication sees the arguments: a plan is printed without a
 * window, a display or a D-Bus connection.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-plan-cli.h"
#include "atlas-report.h"

gboolean
atlas_plan_cli_wanted (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--plan") || g_str_has_prefix (argv[i], "--plan="))
        return TRUE;
    }
  return FALSE;
}

int
atlas_plan_cli_run (int    argc,
                    char **argv)
{
  g_autofree char *plan_path = NULL, *handout = NULL, *sheet = NULL, *paper_name = NULL;
  g_autofree char *data_path = NULL;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_FILENAME, &plan_path, N_("The session plan to print"),
      N_("FILE") },
    { "handout", 0, 0, G_OPTION_ARG_FILENAME, &handout, N_("Write the patient handout as PDF"),
      N_("OUT.pdf") },
    { "clinician-sheet", 0, 0, G_OPTION_ARG_FILENAME, &sheet,
      N_("Write the clinician sheet as PDF"), N_("OUT.pdf") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("Paper size: a4 (default) or letter"),
      N_("SIZE") },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_path, N_("Use another data file"), N_("FILE") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (AtlasPlan) plan = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) args = g_new0 (char *, argc + 1);
  char **parsed = args;
  AtlasPaper paper = ATLAS_PAPER_A4;

  /* Without a window nobody else sets the locale; messages need it. */
  setlocale (LC_ALL, "");
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Prints a session plan as PDF, without a display."));
  if (!g_option_context_parse_strv (context, &parsed, &error))
    {
      g_printerr ("trigger-atlas: %s\n", error->message);
      return 2;
    }
  if (g_strv_length (parsed) > 1)
    {
      g_printerr (_("trigger-atlas: unexpected argument “%s” with --plan\n"), parsed[1]);
      return 2;
    }
  if (handout == NULL && sheet == NULL)
    {
      g_printerr (_("trigger-atlas: --plan needs --handout OUT.pdf or "
                    "--clinician-sheet OUT.pdf\n"));
      return 2;
    }
  if (paper_name != NULL && !atlas_paper_from_string (paper_name, &paper))
    {
      g_printerr (_("trigger-atlas: --paper must be “a4” or “letter”, not “%s”\n"), paper_name);
      return 2;
    }

  if (data_path != NULL)
    {
      g_autoptr (GFile) data = g_file_new_for_commandline_arg (data_path);

      db = atlas_database_load (data, &error);
    }
  else
    db = atlas_database_load_bundled (&error);
  if (db == NULL)
    {
      g_printerr ("trigger-atlas: %s\n", error->message);
      return 1;
    }

  file = g_file_new_for_commandline_arg (plan_path);
  plan = atlas_plan_load (db, file, warnings, &error);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("trigger-atlas: warning: %s\n"), (char *) g_ptr_array_index (warnings, i));
  if (plan == NULL)
    {
      g_printerr ("trigger-atlas: %s\n", error->message);
      return 1;
    }

  if ((handout != NULL &&
       !atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, paper, handout, &error)) ||
      (sheet != NULL &&
       !atlas_report_write_pdf (plan, ATLAS_REPORT_CLINICIAN_SHEET, paper, sheet, &error)))
    {
      g_printerr ("trigger-atlas: %s\n", error->message);
      return 1;
    }
  return 0;
}
