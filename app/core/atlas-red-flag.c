/* atlas-red-flag.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-database-private.h"
#include "atlas-red-flag.h"

void
atlas_red_flag_free (AtlasRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->name);
  g_free (flag->text);
  g_ptr_array_unref (flag->regions);
  g_free (flag);
}

GPtrArray *
atlas_database_get_red_flags (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  /* Made here, not by the database, which knows nothing of red flags. */
  if (self->red_flags == NULL)
    self->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_red_flag_free);
  return self->red_flags;
}

const AtlasRedFlag *
atlas_database_get_red_flag (AtlasDatabase *self,
                             const char    *id)
{
  GPtrArray *flags;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  flags = atlas_database_get_red_flags (self);
  for (guint i = 0; id != NULL && i < flags->len; i++)
    {
      const AtlasRedFlag *flag = g_ptr_array_index (flags, i);

      if (g_strcmp0 (flag->id, id) == 0)
        return flag;
    }
  return NULL;
}

static gboolean
area_counts (const AtlasRedFlag  *flag,
             const AtlasPainArea *area)
{
  if (!area->region->sided)
    return TRUE;

  switch (flag->side)
    {
    case ATLAS_RED_FLAG_LEFT_SIDE:
      return area->side == ATLAS_SIDE_LEFT;
    case ATLAS_RED_FLAG_RIGHT_SIDE:
      return area->side == ATLAS_SIDE_RIGHT;
    case ATLAS_RED_FLAG_ANY_SIDE:
    default:
      return TRUE;
    }
}

static gboolean
region_marked (const AtlasRedFlag  *flag,
               const AtlasRegion   *region,
               const AtlasPainArea *areas,
               guint                n_areas)
{
  for (guint i = 0; i < n_areas; i++)
    {
      if (areas[i].region == region && area_counts (flag, &areas[i]))
        return TRUE;
    }
  return FALSE;
}

gboolean
atlas_red_flag_matches (const AtlasRedFlag  *flag,
                        const AtlasPainArea *areas,
                        guint                n_areas)
{
  gboolean all = flag->match == ATLAS_RED_FLAG_MATCH_ALL;

  g_return_val_if_fail (flag != NULL, FALSE);

  if (n_areas == 0)
    return FALSE;

  for (guint i = 0; i < flag->regions->len; i++)
    {
      gboolean marked = region_marked (flag, g_ptr_array_index (flag->regions, i), areas, n_areas);

      if (marked && !all)
        return TRUE;
      if (!marked && all)
        return FALSE;
    }
  return all;
}

GPtrArray *
atlas_database_match_red_flags (AtlasDatabase       *self,
                                const AtlasPainArea *areas,
                                guint                n_areas)
{
  GPtrArray *matched = g_ptr_array_new ();
  GPtrArray *flags;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), matched);

  flags = atlas_database_get_red_flags (self);
  for (guint i = 0; i < flags->len; i++)
    {
      AtlasRedFlag *flag = g_ptr_array_index (flags, i);

      if (atlas_red_flag_matches (flag, areas, n_areas))
        g_ptr_array_add (matched, flag);
    }
  return matched;
}
