/* fuzz-study-progress.c: the study progress file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a whole progress file. Progress that loads must save and load
 * again to the same text: a student's record is never changed by saving it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-study-progress.h"
#include "fuzz-common.h"

static gboolean
any_card (const char *card_id,
          gpointer    user_data)
{
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  AtlasStudyProgress *progress;
  AtlasStudyProgress *again;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  progress = atlas_study_progress_parse_bytes ((const char *) data, size, "fuzz.txt", &error);
  if (progress == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  if (!atlas_study_progress_check_cards (progress, any_card, NULL, "fuzz.txt", &error))
    {
      fprintf (stderr, "fuzz: a card refused by a filter that takes all: %s\n", error->message);
      abort ();
    }

  text = atlas_study_progress_to_string (progress);
  again = atlas_study_progress_parse_bytes (text, strlen (text), "saved.txt", &error);
  if (again == NULL)
    {
      fprintf (stderr, "fuzz: progress that loaded does not load once saved: %s\n%s\n",
               error->message, text);
      abort ();
    }
  text_again = atlas_study_progress_to_string (again);
  if (strcmp (text, text_again) != 0)
    {
      fprintf (stderr, "fuzz: saved progress changes when saved again:\n%s\n---\n%s\n", text,
               text_again);
      abort ();
    }
  atlas_study_progress_free (again);
  atlas_study_progress_free (progress);
  return 0;
}
