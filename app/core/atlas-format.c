/* atlas-format.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"

char *
atlas_format_sided_name (const char *name,
                         AtlasSide   side)
{
  g_return_val_if_fail (name != NULL, NULL);

  /* Translators: a muscle or body region on the patient's left side,
   * "Deltoid (left)", "Temple (left)" */
  if (side == ATLAS_SIDE_LEFT)
    return g_strdup_printf (_("%s (left)"), name);

  /* Translators: a muscle or body region on the patient's right side,
   * "Deltoid (right)", "Temple (right)" */
  return g_strdup_printf (_("%s (right)"), name);
}

char *
atlas_format_muscle_instance (AtlasMuscle *muscle,
                              AtlasSide    side)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (muscle), NULL);

  return atlas_format_sided_name (atlas_muscle_get_name (muscle), side);
}

char *
atlas_format_region_instance (const AtlasRegion *region,
                              AtlasSide          side)
{
  g_return_val_if_fail (region != NULL, NULL);

  if (!region->sided)
    return g_strdup (region->name);
  return atlas_format_sided_name (region->name, side);
}

char *
atlas_format_join (const GPtrArray *strings,
                   const char      *separator)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (strings != NULL, NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (strings, i));
    }
  return g_string_free (out, FALSE);
}
