/* atlas-card.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labels ("Essential:", "Safety:") stay in English: scripts read them.
 */

#include "config.h"

#include "atlas-card.h"
#include "atlas-model-private.h"

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  if (value != NULL)
    g_string_append_printf (out, "%s: %s\n", label, value);
}

static void
append_region_names (GString   *out,
                     GPtrArray *regions)
{
  for (guint i = 0; i < regions->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (regions, i);
      g_autofree char *label = atlas_region_dup_label (region, TRUE);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", label);
    }
}

static void
append_trigger_point (GString                 *out,
                      guint                    index,
                      const AtlasTriggerPoint *point)
{
  g_string_append_printf (out, "\nTrigger point %u", index + 1);
  if (point->name != NULL)
    g_string_append_printf (out, ": %s", point->name);
  g_string_append_c (out, '\n');

  append_field (out, "Location", point->location);
  g_string_append (out, "Essential: ");
  append_region_names (out, point->essential);
  g_string_append (out, "\nSpillover: ");
  append_region_names (out, point->spillover);
  g_string_append_c (out, '\n');
  append_field (out, "Symptoms", point->symptoms);
}

char *
atlas_card_format (AtlasMuscle *muscle)
{
  GString *out = g_string_new (NULL);
  const AtlasNeedling *needling = muscle->needling;

  g_string_append_printf (out, "%s (%s)\n", muscle->name, muscle->latin);
  if (muscle->synonyms->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (muscle->synonyms, NULL);
      joined = g_strjoinv (", ", (char **) muscle->synonyms->pdata);
      g_ptr_array_set_size (muscle->synonyms, muscle->synonyms->len - 1);
      append_field (out, "Also called", joined);
    }
  append_field (out, "Summary", muscle->summary);
  append_field (out, "Origin", muscle->origin);
  append_field (out, "Insertion", muscle->insertion);
  append_field (out, "Innervation", muscle->innervation);
  append_field (out, "Action", muscle->action);

  for (guint i = 0; i < muscle->trigger_points->len; i++)
    append_trigger_point (out, i, g_ptr_array_index (muscle->trigger_points, i));

  g_string_append (out, "\nConditions: ");
  for (guint i = 0; i < muscle->conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (muscle->conditions, i);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", condition->name);
    }
  g_string_append_c (out, '\n');

  append_field (out, "Needling position", needling->position);
  append_field (out, "Needling approach", needling->approach);
  g_string_append_printf (out, "Needling depth: %d-%d mm (average adult)\n",
                          needling->depth_min_mm, needling->depth_max_mm);
  append_field (out, "Beneath the needle", needling->beneath);

  for (guint i = 0; i < muscle->safety_notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (muscle->safety_notes, i);

      g_string_append_printf (out, "Safety: [%s risk] %s. %s Avoid: %s\n",
                              atlas_risk_to_string (note->risk), note->structures,
                              note->hazard, note->avoid);
    }

  append_field (out, "Self-care", muscle->self_care);
  for (guint i = 0; i < muscle->references->len; i++)
    {
      const AtlasReference *reference = g_ptr_array_index (muscle->references, i);

      g_string_append_printf (out, "Reference: %s (%d). %s\n",
                              reference->author, reference->year, reference->title);
    }

  return g_string_free (out, FALSE);
}
