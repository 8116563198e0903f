/* atlas-cli.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-card.h"
#include "atlas-cli.h"

gboolean
atlas_cli_wants_output (const AtlasCliRequest *request)
{
  return request->list || request->regions || request->muscle != NULL;
}

int
atlas_cli_run (const AtlasCliRequest *request,
               GString               *out,
               GString               *err)
{
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GError) error = NULL;

  if (request->data_file != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (request->data_file);

      db = atlas_database_load (file, &error);
    }
  else
    db = atlas_database_load_bundled (&error);

  if (db == NULL)
    {
      g_string_append_printf (err, "trigger-atlas: %s\n", error->message);
      return 1;
    }

  if (request->muscle != NULL)
    {
      AtlasMuscle *muscle = atlas_database_get_muscle (db, request->muscle);
      g_autofree char *card = NULL;

      if (muscle == NULL)
        {
          g_string_append_printf (err,
                                  "trigger-atlas: no muscle has the id “%s” (see --list for the ids)\n",
                                  request->muscle);
          return 2;
        }
      card = atlas_card_format (muscle);
      g_string_append (out, card);
    }

  if (request->list)
    {
      GListModel *muscles = atlas_database_get_muscles (db);

      for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
        {
          g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

          g_string_append_printf (out, "%s\t%s\n", atlas_muscle_get_id (muscle),
                                  atlas_muscle_get_name (muscle));
        }
    }

  if (request->regions)
    {
      GPtrArray *regions = atlas_database_get_regions (db);

      for (guint i = 0; i < regions->len; i++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, i);

          g_string_append_printf (out, "%s\t%s\n", region->id, region->name);
        }
    }

  return 0;
}
