/* fuzz-plan.c: the plan file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a whole plan file, read against the bundled atlas (loaded once).
 * A plan that loads must save and load again to the same text: what the user
 * opened is never lost by saving it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-plan.h"
#include "fuzz-common.h"

static AtlasDatabase *database;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (AtlasPlan) plan = NULL;
  g_autoptr (AtlasPlan) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  if (database == NULL)
    {
      database = atlas_database_load_bundled (&error);
      g_assert_no_error (error);
    }

  plan = atlas_plan_parse_bytes (database, (const char *) data, size, "fuzz.plan", warnings,
                                 &error);
  if (plan == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  for (guint i = 0; i < warnings->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (warnings, i), -1, NULL))
      {
        fprintf (stderr, "fuzz: a plan warning that is not valid UTF-8\n");
        abort ();
      }

  text = atlas_plan_serialize (plan);
  again = atlas_plan_parse_bytes (database, text, strlen (text), "saved.plan", NULL, &error);
  if (again == NULL)
    {
      fprintf (stderr, "fuzz: a plan that loaded does not load once saved: %s\n%s\n",
               error->message, text);
      abort ();
    }
  text_again = atlas_plan_serialize (again);
  if (strcmp (text, text_again) != 0)
    {
      fprintf (stderr, "fuzz: a saved plan changes when saved again:\n%s\n---\n%s\n", text,
               text_again);
      abort ();
    }
  return 0;
}
