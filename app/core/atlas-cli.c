/* atlas-cli.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "atlas-card.h"
#include "atlas-cli.h"
#include "atlas-ranking.h"
#include "atlas-red-flag.h"
#include "atlas-search.h"
#include "atlas-text.h"

/* "temple,temple:left" names the left temple twice; it still hurts once. */
static void
remove_repeated_areas (GArray *areas)
{
  guint kept = 0;

  for (guint i = 0; i < areas->len; i++)
    {
      const AtlasPainArea *area = &g_array_index (areas, AtlasPainArea, i);
      gboolean repeated = FALSE;

      for (guint j = 0; j < kept && !repeated; j++)
        {
          const AtlasPainArea *other = &g_array_index (areas, AtlasPainArea, j);

          repeated = other->region == area->region &&
                     (!area->region->sided || other->side == area->side);
        }
      if (!repeated)
        g_array_index (areas, AtlasPainArea, kept++) = *area;
    }
  g_array_set_size (areas, kept);
}

static int
print_where_it_hurts (AtlasDatabase *db,
                      const char    *list,
                      GString       *out,
                      GString       *err)
{
  g_auto (GStrv) items = g_strsplit (list, ",", -1);
  g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GPtrArray) flags = NULL;

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;

      g_strstrip (items[i]);
      if (!atlas_pain_areas_parse (db, items[i], areas, &error))
        {
          g_string_append_printf (err, _("trigger-atlas: --where-it-hurts: %s\n"), error->message);
          return 2;
        }
    }
  remove_repeated_areas (areas);
  if (areas->len == 0)
    {
      g_string_append (err, _("trigger-atlas: --where-it-hurts needs at least one region\n"));
      return 2;
    }

  candidates = atlas_rank_candidates (db, (AtlasPainArea *) (void *) areas->data, areas->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);

      const char *name = atlas_muscle_get_name (candidate->muscle);

      g_string_append_printf (out, "%.2f\t%s\t", candidate->score,
                              atlas_muscle_get_id (candidate->muscle));
      if (!candidate->sided)
        g_string_append (out, name);
      else if (candidate->side == ATLAS_SIDE_LEFT)
        g_string_append_printf (out, _("%s (left)"), name);
      else
        g_string_append_printf (out, _("%s (right)"), name);
      g_string_append_c (out, '\n');
    }

  /* On standard error, so that standard output stays one candidate a line. */
  flags = atlas_database_match_red_flags (db, (AtlasPainArea *) (void *) areas->data, areas->len);
  for (guint i = 0; i < flags->len; i++)
    {
      const AtlasRedFlag *flag = g_ptr_array_index (flags, i);

      /* Translators: the name of a red flag, then its note on the next line */
      g_string_append_printf (err, _("Red flag: %s\n  %s\n"), flag->name, flag->text);
    }
  return 0;
}

static int
print_condition (AtlasDatabase *db,
                 const char    *id,
                 GString       *out,
                 GString       *err)
{
  const AtlasCondition *condition = atlas_database_get_condition (db, id);
  g_autoptr (GPtrArray) muscles = NULL;

  if (condition == NULL)
    {
      g_string_append_printf (err, _("trigger-atlas: no condition has the id “%s” "
                                     "(see --conditions)\n"), id);
      return 2;
    }

  /* Translators: a condition on the command line: name, summary, evidence */
  g_string_append_printf (out, _("%s\nSummary: %s\nEvidence: %s"), condition->name,
                          condition->summary,
                          atlas_evidence_to_string (condition->evidence));
  if (condition->evidence_note != NULL)
    g_string_append_printf (out, ". %s", condition->evidence_note);
  g_string_append_c (out, '\n');
  g_string_append (out, _("Muscles:\n"));
  muscles = atlas_database_muscles_for_condition (db, id);
  for (guint i = 0; i < muscles->len; i++)
    {
      AtlasMuscle *muscle = g_ptr_array_index (muscles, i);

      g_string_append_printf (out, "%s\t%s\n", atlas_muscle_get_id (muscle),
                              atlas_muscle_get_name (muscle));
    }
  return 0;
}

static void
print_search (AtlasDatabase *db,
              const char    *query,
              GString       *out)
{
  g_autoptr (GPtrArray) results = atlas_search (db, query);

  /* No match is an answer, not an error: the output is simply empty. */
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (out, "%s\t%s\t%s\n", atlas_search_kind_to_string (result->kind),
                              result->id, result->name);
    }
}

static gboolean
check_text (const char *option,
            const char *value,
            gsize       limit,
            GString    *err)
{
  gsize length = strlen (value);

  if (length > limit)
    {
      /* Translators: an option, then two numbers of bytes. (%lu, not
       * G_GSIZE_FORMAT, which xgettext cannot read inside a message.) */
      g_string_append_printf (err, _("trigger-atlas: %s: the argument is %lu bytes long; at "
                                     "most %lu are allowed\n"),
                              option, (unsigned long) length, (unsigned long) limit);
      return FALSE;
    }
  if (!g_utf8_validate (value, length, NULL))
    {
      g_string_append_printf (err, _("trigger-atlas: %s: the argument is not valid UTF-8 text\n"),
                              option);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_id (const char *option,
          const char *value,
          const char *listing,
          GString    *err)
{
  if (!check_text (option, value, ATLAS_CLI_MAX_ID, err))
    return FALSE;
  if (!atlas_text_is_valid_id (value))
    {
      /* Translators: an option, the value given, and the option that lists the ids */
      g_string_append_printf (err, _("trigger-atlas: %s: “%s” is not an id; ids use only a-z, "
                                     "0-9 and “-” (see %s)\n"), option, value, listing);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_region_list (const char *list,
                   GString    *err)
{
  g_auto (GStrv) items = NULL;

  if (!check_text ("--where-it-hurts", list, ATLAS_CLI_MAX_REGION_LIST, err))
    return FALSE;

  items = g_strsplit (list, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      if (*g_strstrip (items[i]) == '\0')
        {
          g_string_append_printf (err, _("trigger-atlas: --where-it-hurts: item %u of “%s” is "
                                         "empty; write REGION[:SIDE],REGION[:SIDE]...\n"),
                                  i + 1, list);
          return FALSE;
        }
    }
  return TRUE;
}

int
atlas_cli_check (const AtlasCliRequest *request,
                 GString               *err)
{
  if (request->muscle != NULL && !check_id ("--muscle", request->muscle, "--list", err))
    return 2;
  if (request->condition != NULL &&
      !check_id ("--condition", request->condition, "--conditions", err))
    return 2;
  if (request->where_it_hurts != NULL && !check_region_list (request->where_it_hurts, err))
    return 2;
  if (request->search != NULL &&
      !check_text ("--search", request->search, ATLAS_CLI_MAX_QUERY, err))
    return 2;
  /* A file name may be in any encoding: the messages quote it as GIO shows it. */
  if (request->data_file != NULL && *request->data_file == '\0')
    {
      g_string_append (err, _("trigger-atlas: --data: the file name is empty\n"));
      return 2;
    }
  if (request->data_file != NULL && strlen (request->data_file) > ATLAS_CLI_MAX_PATH)
    {
      g_string_append_printf (err, _("trigger-atlas: --data: the file name is longer than %d "
                                     "bytes\n"), ATLAS_CLI_MAX_PATH);
      return 2;
    }
  return 0;
}

gboolean
atlas_cli_wants_output (const AtlasCliRequest *request)
{
  return request->list || request->regions || request->conditions || request->muscle != NULL ||
         request->condition != NULL || request->where_it_hurts != NULL || request->search != NULL;
}

int
atlas_cli_run (const AtlasCliRequest *request,
               GString               *out,
               GString               *err)
{
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  int status = atlas_cli_check (request, err);

  if (status != 0)
    return status;

  if (request->data_file != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (request->data_file);

      db = atlas_database_load (file, &error);
    }
  else
    db = atlas_database_load_bundled (&error);

  if (db == NULL)
    {
      /* Translators: a message on the command line */
      g_string_append_printf (err, _("trigger-atlas: %s\n"), error->message);
      return 1;
    }

  if (request->muscle != NULL)
    {
      AtlasMuscle *muscle = atlas_database_get_muscle (db, request->muscle);
      g_autofree char *card = NULL;

      if (muscle == NULL)
        {
          g_string_append_printf (err,
                                  _("trigger-atlas: no muscle has the id “%s” "
                                    "(see --list for the ids)\n"),
                                  request->muscle);
          return 2;
        }
      card = atlas_card_format (muscle);
      g_string_append (out, card);
    }

  if (request->condition != NULL)
    {
      status = print_condition (db, request->condition, out, err);
      if (status != 0)
        return status;
    }

  if (request->where_it_hurts != NULL)
    {
      status = print_where_it_hurts (db, request->where_it_hurts, out, err);
      if (status != 0)
        return status;
    }

  if (request->search != NULL)
    print_search (db, request->search, out);

  if (request->conditions)
    {
      GPtrArray *conditions = atlas_database_get_conditions (db);

      for (guint i = 0; i < conditions->len; i++)
        {
          const AtlasCondition *condition = g_ptr_array_index (conditions, i);

          g_string_append_printf (out, "%s\t%s\n", condition->id, condition->name);
        }
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
