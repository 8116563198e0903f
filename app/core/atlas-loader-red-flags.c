/* atlas-loader-red-flags.c: reading <red-flags>.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-loader-private.h"
#include "atlas-red-flag.h"

gboolean
atlas_loader_start_red_flag (AtlasLoader *self,
                             const char  *element,
                             const char **names,
                             const char **values,
                             GError     **error)
{
  static const char *const sides[] = { "any", "left", "right", NULL };
  static const char *const matches[] = { "any", "all", NULL };
  const char *id, *list, *side = NULL, *match = NULL;
  g_autofree char *owner = NULL;
  g_autoptr (GPtrArray) regions = g_ptr_array_new ();
  int side_value = ATLAS_RED_FLAG_ANY_SIDE, match_value = ATLAS_RED_FLAG_MATCH_ANY;
  gboolean any_sided = FALSE;

  if (!collect (self, error, "red-flag", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "regions", &list,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "side", &side,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "match", &match))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "red flag", id, NULL))
    return FALSE;
  if (atlas_database_get_red_flag (self->db, id) != NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID, "duplicate red flag id “%s”", id);
      return FALSE;
    }
  if (side != NULL && !atlas_loader_parse_enum (side, sides, &side_value))
    return atlas_loader_fail_enum (self, error, "side", side, sides);
  if (match != NULL && !atlas_loader_parse_enum (match, matches, &match_value))
    return atlas_loader_fail_enum (self, error, "match", match, matches);

  owner = g_strdup_printf ("red flag “%s” names", id);
  if (!atlas_loader_add_regions (self, list, owner, regions, error))
    return FALSE;
  for (guint i = 0; i < regions->len; i++)
    any_sided |= ((const AtlasRegion *) g_ptr_array_index (regions, i))->sided;

  if (regions->len == 0)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "red flag “%s” names no region", id);
      return FALSE;
    }
  /* A side on midline regions only would never mean anything. */
  if (side_value != ATLAS_RED_FLAG_ANY_SIDE && !any_sided)
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "red flag “%s” has side=“%s”, but all its regions are on the midline", id, side);
      return FALSE;
    }

  self->red_flag = g_new0 (AtlasRedFlag, 1);
  self->red_flag->id = g_strdup (id);
  self->red_flag->regions = g_steal_pointer (&regions);
  self->red_flag->side = side_value;
  self->red_flag->match = match_value;
  return TRUE;
}

gboolean
atlas_loader_end_red_flag (AtlasLoader *self,
                           const char  *parent,
                           const char  *element,
                           GError     **error)
{
  AtlasRedFlag *flag = self->red_flag;

  if (flag->name == NULL || flag->text == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD,
            "red flag “%s” needs a <name> and a <text>", flag->id);
      return FALSE;
    }

  g_ptr_array_add (atlas_database_get_red_flags (self->db), g_steal_pointer (&self->red_flag));
  return TRUE;
}
