/* main.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-application.h"
#include "atlas-export.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AtlasApplication) app = NULL;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Before the application: an export needs no display and no window. */
  if (atlas_export_wanted (argc, argv))
    return atlas_export_main (argc, argv);

  app = atlas_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
