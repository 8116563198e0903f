/* atlas-card.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labels ("Essential:", "Safety:") follow the locale; scripts that read
 * them run the atlas with LC_ALL=C (or LANGUAGE=en) to get them in English.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-card.h"
#include "atlas-format.h"
#include "atlas-muscle-private.h"

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  if (value != NULL)
    /* Translators: a field of the command line's muscle card, "Summary: text" */
    g_string_append_printf (out, _("%s: %s\n"), _(label), value);
}

static const char *
risk_label (AtlasRisk risk)
{
  switch (risk)
    {
    case ATLAS_RISK_HIGH:
      return _("high risk");
    case ATLAS_RISK_MODERATE:
      return _("moderate risk");
    case ATLAS_RISK_LOW:
    default:
      return _("low risk");
    }
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
  g_string_append_c (out, '\n');
  /* Translators: heading of a trigger point on the command line's card */
  g_string_append_printf (out, _("Trigger point %u"), index + 1);
  if (point->name != NULL)
    g_string_append_printf (out, ": %s", point->name);
  g_string_append_c (out, '\n');

  append_field (out, N_("Location"), point->location);
  /* Translators: the regions where a trigger point's pain is always felt */
  g_string_append (out, _("Essential: "));
  append_region_names (out, point->essential);
  g_string_append_c (out, '\n');
  /* Translators: the regions where a trigger point's pain is sometimes felt */
  g_string_append (out, _("Spillover: "));
  append_region_names (out, point->spillover);
  g_string_append_c (out, '\n');
  append_field (out, N_("Symptoms"), point->symptoms);
}

char *
atlas_card_format (AtlasMuscle *muscle)
{
  GString *out = g_string_new (NULL);
  const AtlasNeedling *needling = muscle->needling;

  g_string_append_printf (out, "%s (%s)\n", muscle->name, muscle->latin);
  if (muscle->synonyms->len > 0)
    {
      g_autofree char *joined = atlas_format_join (muscle->synonyms, ", ");

      append_field (out, N_("Also called"), joined);
    }
  append_field (out, N_("Summary"), muscle->summary);
  append_field (out, N_("Origin"), muscle->origin);
  append_field (out, N_("Insertion"), muscle->insertion);
  append_field (out, N_("Innervation"), muscle->innervation);
  append_field (out, N_("Action"), muscle->action);

  for (guint i = 0; i < muscle->trigger_points->len; i++)
    append_trigger_point (out, i, g_ptr_array_index (muscle->trigger_points, i));

  g_string_append_c (out, '\n');
  g_string_append (out, _("Conditions: "));
  for (guint i = 0; i < muscle->conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (muscle->conditions, i);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", condition->name);
    }
  g_string_append_c (out, '\n');

  append_field (out, N_("Needling position"), needling->position);
  append_field (out, N_("Needling approach"), needling->approach);
  g_string_append_printf (out, _("Needling depth: %d-%d mm (average adult)\n"),
                          needling->depth_min_mm, needling->depth_max_mm);
  append_field (out, N_("Beneath the needle"), needling->beneath);

  for (guint i = 0; i < muscle->safety_notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (muscle->safety_notes, i);

      /* Translators: a safety note: risk, structures, hazard, what to avoid */
      g_string_append_printf (out, _("Safety: [%s] %s. %s Avoid: %s\n"),
                              risk_label (note->risk), note->structures,
                              note->hazard, note->avoid);
    }

  append_field (out, N_("Self-care"), muscle->self_care);
  for (guint i = 0; i < muscle->references->len; i++)
    {
      const AtlasReference *reference = g_ptr_array_index (muscle->references, i);

      /* Translators: author, year and title of a reference */
      g_string_append_printf (out, _("Reference: %s (%d). %s\n"),
                              reference->author, reference->year, reference->title);
    }

  return g_string_free (out, FALSE);
}
