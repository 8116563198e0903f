/* main.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-application.h"
#include "atlas-plan-cli.h"
#include "atlas-export.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AtlasApplication) app = NULL;
  /* Run from the build tree (meson devenv, the tests), the catalogues are
   * there and not yet under the prefix. */
  const char *localedir = g_getenv ("TRIGGER_ATLAS_LOCALEDIR");

  /* Before the application object exists: its --help summary and option
   * descriptions are translated when it is made. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (atlas_plan_cli_wanted (argc, argv))
    return atlas_plan_cli_run (argc, argv);
  /* Before the application: an export needs no display and no window. */
  if (atlas_export_wanted (argc, argv))
    return atlas_export_main (argc, argv);

  app = atlas_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
