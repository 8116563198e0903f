/* atlas-study-progress.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is plain text so that a student can read it and a broken one can
 * be mended by hand:
 *
 *   # comments and blank lines are ignored
 *   trigger-atlas-study-progress 1
 *   which/deltoid  3  15  2.50  2026-12-17  4  3
 *   end 1
 *
 * A card line is: card id, repetitions, interval in days, ease, due date,
 * answers seen, answers right. The end line carries the number of cards, so
 * that a file cut short is told from a shorter one.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "atlas-study-progress.h"

#define HEADER "trigger-atlas-study-progress"
/* Far more than any atlas has cards; a bigger file is not one of ours. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)
#define MAX_LINE 4096
#define MAX_COUNT 10000000u
/* A hundred years. */
#define MAX_INTERVAL 36500u

struct _AtlasStudyProgress {
  GPtrArray  *cards;   /* AtlasStudyCard*, owned */
  GHashTable *by_id;   /* card_id -> AtlasStudyCard*, borrowed */
};

G_DEFINE_QUARK (atlas-study-progress-error-quark, atlas_study_progress_error)

static void
card_free (gpointer data)
{
  AtlasStudyCard *card = data;

  g_free (card->card_id);
  g_free (card);
}

AtlasStudyProgress *
atlas_study_progress_new (void)
{
  AtlasStudyProgress *self = g_new0 (AtlasStudyProgress, 1);

  self->cards = g_ptr_array_new_with_free_func (card_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
atlas_study_progress_free (AtlasStudyProgress *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->cards);
  g_free (self);
}

void
atlas_study_progress_reset (AtlasStudyProgress *self)
{
  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->cards, 0);
}

const AtlasStudyCard *
atlas_study_progress_lookup (AtlasStudyProgress *self,
                             const char         *card_id)
{
  return g_hash_table_lookup (self->by_id, card_id);
}

GPtrArray *
atlas_study_progress_get_cards (AtlasStudyProgress *self)
{
  return self->cards;
}

static AtlasStudyCard *
add_card (AtlasStudyProgress *self,
          const char         *card_id)
{
  AtlasStudyCard *card = g_new0 (AtlasStudyCard, 1);

  card->card_id = g_strdup (card_id);
  card->ease = ATLAS_STUDY_START_EASE;
  g_ptr_array_add (self->cards, card);
  g_hash_table_insert (self->by_id, card->card_id, card);
  return card;
}

/* SM-2 as Woźniak published it: the interval grows by the ease from the
 * third success on; a failure starts the card again but keeps its lowered
 * ease, so a card often forgotten comes back more often for good. */
const AtlasStudyCard *
atlas_study_progress_review (AtlasStudyProgress *self,
                             const char         *card_id,
                             guint               quality,
                             guint32             today)
{
  AtlasStudyCard *card = g_hash_table_lookup (self->by_id, card_id);
  double q = MIN (quality, 5);

  if (card == NULL)
    card = add_card (self, card_id);

  if (quality >= 3)
    {
      if (card->repetitions == 0)
        card->interval = 1;
      else if (card->repetitions == 1)
        card->interval = 6;
      else
        card->interval = (guint) MIN (round (card->interval * card->ease), MAX_INTERVAL);
      card->repetitions = MIN (card->repetitions + 1, MAX_COUNT);
      card->correct = MIN (card->correct + 1, MAX_COUNT);
    }
  else
    {
      card->repetitions = 0;
      card->interval = 1;
    }
  card->ease += 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02);
  /* Kept to the two decimals the file holds, so a reload changes nothing. */
  card->ease = MAX (ATLAS_STUDY_MIN_EASE, round (card->ease * 100) / 100);
  card->seen = MIN (card->seen + 1, MAX_COUNT);
  card->due = today + card->interval;
  return card;
}

guint32
atlas_study_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  return g_date_get_julian (date);
}

/* ---- Text -------------------------------------------------------------- */

char *
atlas_study_progress_to_string (AtlasStudyProgress *self)
{
  GString *out = g_string_new (NULL);

  g_string_append (out,
                   "# Trigger Point Atlas study progress. One card a line: card, times\n"
                   "# remembered in a row, interval (days), ease, due, answers, right.\n"
                   HEADER " 1\n");
  for (guint i = 0; i < self->cards->len; i++)
    {
      AtlasStudyCard *card = g_ptr_array_index (self->cards, i);
      char ease[G_ASCII_DTOSTR_BUF_SIZE], due[16] = "";
      g_autoptr (GDate) date = g_date_new_julian (CLAMP (card->due, 1, G_MAXINT32));

      g_ascii_formatd (ease, sizeof ease, "%.2f", card->ease);
      /* Four digits, as the reader wants: strftime writes the year 27 as "27". */
      g_snprintf (due, sizeof due, "%04u-%02u-%02u", (guint) g_date_get_year (date),
                  (guint) g_date_get_month (date), (guint) g_date_get_day (date));
      g_string_append_printf (out, "%s\t%u\t%u\t%s\t%s\t%u\t%u\n", card->card_id,
                              card->repetitions, card->interval, ease, due, card->seen,
                              card->correct);
    }
  g_string_append_printf (out, "end %u\n", self->cards->len);
  return g_string_free (out, FALSE);
}

static gboolean
fail (GError    **error,
      int         code,
      const char *display_name,
      int         line,
      const char *format,
      ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail (GError    **error,
      int         code,
      const char *display_name,
      int         line,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ATLAS_STUDY_PROGRESS_ERROR, code, "%s:%d: %s", display_name, line, message);
  return FALSE;
}

static gboolean
valid_card_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 200)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-' && id[i] != '/')
      return FALSE;
  return TRUE;
}

static gboolean
parse_count (const char *text,
             guint       max,
             guint      *value)
{
  guint64 parsed;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &parsed, NULL))
    return FALSE;
  *value = (guint) parsed;
  return TRUE;
}

/* The number written by @n ASCII digits at @text, or -1 if one is not a digit
 * (sscanf's %u would take "-027" or " +27"). */
static int
parse_digits (const char *text,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + g_ascii_digit_value (text[i]);
    }
  return value;
}

static gboolean
parse_date (const char *text,
            guint32    *julian)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  year = parse_digits (text, 4);
  month = parse_digits (text + 5, 2);
  day = parse_digits (text + 8, 2);
  if (year < 1 || month < 1 || day < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  {
    g_autoptr (GDate) date = g_date_new_dmy (day, month, year);

    *julian = g_date_get_julian (date);
  }
  return TRUE;
}

/* One card line, already split into seven fields. */
static gboolean
parse_card (AtlasStudyProgress *self,
            char              **fields,
            const char         *display_name,
            int                 line,
            GError            **error)
{
  AtlasStudyCard card = { 0 };
  char *end = NULL;

  if (!valid_card_id (fields[0]))
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "“%s” is not a card id (a-z, 0-9, “-” and “/”)", fields[0]);
  if (g_hash_table_contains (self->by_id, fields[0]))
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "card “%s” comes twice", fields[0]);
  if (!parse_count (fields[1], MAX_COUNT, &card.repetitions))
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "repetitions “%s” is not a whole number from 0 to %u", fields[1], MAX_COUNT);
  if (!parse_count (fields[2], MAX_INTERVAL, &card.interval))
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "interval “%s” is not a number of days from 0 to %u", fields[2], MAX_INTERVAL);
  card.ease = g_ascii_strtod (fields[3], &end);
  if (end == fields[3] || *end != '\0' || !isfinite (card.ease) ||
      card.ease < ATLAS_STUDY_MIN_EASE - 1e-9 || card.ease > 10)
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "ease “%s” is not a number from 1.3 to 10", fields[3]);
  if (!parse_date (fields[4], &card.due))
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "due date “%s” is not a date written YYYY-MM-DD", fields[4]);
  if (!parse_count (fields[5], MAX_COUNT, &card.seen) ||
      !parse_count (fields[6], MAX_COUNT, &card.correct) || card.correct > card.seen)
    return fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                 "answers “%s” and right “%s” must be whole numbers, "
                 "right no more than answers",
                 fields[5], fields[6]);

  {
    AtlasStudyCard *added = add_card (self, fields[0]);
    char *id = added->card_id;

    *added = card;
    added->card_id = id;
    added->line = line;
  }
  return TRUE;
}

AtlasStudyProgress *
atlas_study_progress_parse_bytes (const char  *data,
                                  gsize        len,
                                  const char  *display_name,
                                  GError     **error)
{
  AtlasStudyProgress *self = atlas_study_progress_new ();
  gboolean header = FALSE, ended = FALSE;
  gsize start = 0;
  int line = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  if (display_name == NULL)
    display_name = "progress";

  if (len > MAX_FILE_SIZE || memchr (data, '\0', len) != NULL || !g_utf8_validate (data, len, NULL))
    {
      fail (error, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, display_name, 1,
            "not a study progress file (not text, or too large)");
      goto failed;
    }

  while (start < len)
    {
      const char *nl = memchr (data + start, '\n', len - start);
      gsize line_len = nl != NULL ? (gsize) (nl - (data + start)) : len - start;
      g_autofree char *text = NULL;
      g_auto (GStrv) fields = NULL;
      guint n_fields;

      line++;
      if (line_len > MAX_LINE)
        {
          fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                "line longer than %d characters", MAX_LINE);
          goto failed;
        }
      text = g_strndup (data + start, line_len);
      start += line_len + 1;
      g_strstrip (text);
      if (text[0] == '\0' || text[0] == '#')
        continue;

      fields = g_strsplit_set (text, " \t", -1);
      /* Runs of blanks separate one field. */
      n_fields = 0;
      for (guint i = 0; fields[i] != NULL; i++)
        if (fields[i][0] != '\0')
          {
            char *tmp = fields[n_fields];

            fields[n_fields++] = fields[i];
            fields[i] = tmp;
          }
      for (guint i = n_fields; fields[i] != NULL; i++)
        g_clear_pointer (&fields[i], g_free);

      if (ended)
        {
          fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                "text after the end line");
          goto failed;
        }
      if (!header)
        {
          guint version = 0;

          if (n_fields != 2 || !g_str_equal (fields[0], HEADER))
            {
              fail (error, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, display_name, line,
                    "not a study progress file: the first line must be “" HEADER " 1”");
              goto failed;
            }
          if (!parse_count (fields[1], G_MAXUINT, &version) ||
              version != ATLAS_STUDY_PROGRESS_FORMAT)
            {
              fail (error, ATLAS_STUDY_PROGRESS_ERROR_VERSION, display_name, line,
                    "format “%s” is not the one this version reads (%d)%s", fields[1],
                    ATLAS_STUDY_PROGRESS_FORMAT,
                    version > ATLAS_STUDY_PROGRESS_FORMAT ? ": written by a newer version" : "");
              goto failed;
            }
          header = TRUE;
          continue;
        }
      if (g_str_equal (fields[0], "end"))
        {
          guint count;

          if (n_fields != 2 || !parse_count (fields[1], MAX_COUNT, &count) ||
              count != self->cards->len)
            {
              fail (error, ATLAS_STUDY_PROGRESS_ERROR_TRUNCATED, display_name, line,
                    "the end line counts %s cards but %u were read",
                    n_fields == 2 ? fields[1] : "?", self->cards->len);
              goto failed;
            }
          ended = TRUE;
          continue;
        }
      if (n_fields != 7)
        {
          fail (error, ATLAS_STUDY_PROGRESS_ERROR_INVALID, display_name, line,
                "a card line has 7 fields (card, repetitions, interval, ease, due, "
                "answers, right), this one %u", n_fields);
          goto failed;
        }
      if (!parse_card (self, fields, display_name, line, error))
        goto failed;
    }

  if (!header)
    {
      fail (error, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, display_name, MAX (line, 1),
            "not a study progress file: no “" HEADER "” line");
      goto failed;
    }
  if (!ended)
    {
      fail (error, ATLAS_STUDY_PROGRESS_ERROR_TRUNCATED, display_name, line,
            "the file ends before its end line: it was cut short");
      goto failed;
    }
  return self;

failed:
  atlas_study_progress_free (self);
  return NULL;
}

gboolean
atlas_study_progress_check_cards (AtlasStudyProgress   *self,
                                  AtlasStudyCardFilter  known,
                                  gpointer              user_data,
                                  const char           *display_name,
                                  GError              **error)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      AtlasStudyCard *card = g_ptr_array_index (self->cards, i);

      if (!known (card->card_id, user_data))
        return fail (error, ATLAS_STUDY_PROGRESS_ERROR_UNKNOWN_CARD, display_name, card->line,
                     "card “%s” is not in this atlas", card->card_id);
    }
  return TRUE;
}

/* ---- Files ------------------------------------------------------------- */

static char *
set_aside (const char *path)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *target = g_strdup_printf ("%s.broken-%s", path, stamp);

  /* Never over an earlier broken copy. */
  for (guint i = 2; g_file_test (target, G_FILE_TEST_EXISTS) && i < 1000; i++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.broken-%s-%u", path, stamp, i);
    }
  if (g_rename (path, target) != 0)
    g_clear_pointer (&target, g_free);
  return target;
}

AtlasStudyProgress *
atlas_study_progress_load (const char           *path,
                           AtlasStudyCardFilter  known,
                           gpointer              user_data,
                           char                **problem)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GMappedFile) mapped = NULL;
  g_autofree char *aside = NULL;
  AtlasStudyProgress *self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  if (problem != NULL)
    *problem = NULL;

  mapped = g_mapped_file_new (path, FALSE, &error);
  if (mapped == NULL && g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return atlas_study_progress_new ();
  if (mapped != NULL)
    self = atlas_study_progress_parse_bytes (g_mapped_file_get_contents (mapped),
                                             g_mapped_file_get_length (mapped), path, &error);
  if (self != NULL && known != NULL &&
      !atlas_study_progress_check_cards (self, known, user_data, path, &error))
    g_clear_pointer (&self, atlas_study_progress_free);
  if (self != NULL)
    return self;

  g_clear_pointer (&mapped, g_mapped_file_unref);
  aside = set_aside (path);
  if (problem != NULL)
    *problem = aside != NULL
                 ? g_strdup_printf ("%s\nIt was kept as %s, and study starts afresh.",
                                    error->message, aside)
                 : g_strdup_printf ("%s\nIt could not be set aside (%s); study starts afresh.",
                                    error->message, g_strerror (errno));
  return atlas_study_progress_new ();
}

gboolean
atlas_study_progress_save (AtlasStudyProgress *self,
                           const char         *path,
                           GError            **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *text = atlas_study_progress_to_string (self);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", folder, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents (path, text, -1, error);
}

/* ---- Summary ----------------------------------------------------------- */

static int
compare_weak (gconstpointer a,
              gconstpointer b)
{
  const AtlasStudyCard *ca = *(const AtlasStudyCard * const *) a;
  const AtlasStudyCard *cb = *(const AtlasStudyCard * const *) b;
  double ra = ca->seen > 0 ? (double) ca->correct / ca->seen : 1;
  double rb = cb->seen > 0 ? (double) cb->correct / cb->seen : 1;

  if (fabs (ca->ease - cb->ease) > 1e-6)
    return ca->ease < cb->ease ? -1 : 1;
  if (ra != rb)
    return ra < rb ? -1 : 1;
  return g_strcmp0 (ca->card_id, cb->card_id);
}

void
atlas_study_progress_summarize (AtlasStudyProgress *self,
                                GPtrArray          *deck_cards,
                                guint32             today,
                                AtlasStudySummary  *summary)
{
  g_autoptr (GPtrArray) answered = g_ptr_array_new ();

  memset (summary, 0, sizeof *summary);
  summary->weakest = g_ptr_array_new ();
  summary->total = deck_cards->len;
  for (guint i = 0; i < deck_cards->len; i++)
    {
      const AtlasStudyCard *card = g_hash_table_lookup (self->by_id,
                                                        g_ptr_array_index (deck_cards, i));

      if (card == NULL)
        {
          summary->fresh++;
          continue;
        }
      if (card->due <= today)
        summary->due++;
      if (card->repetitions >= 2)
        summary->learned++;
      summary->seen += card->seen;
      summary->correct += card->correct;
      /* A card only ever remembered is not weak. */
      if (card->correct < card->seen)
        g_ptr_array_add (answered, (gpointer) card);
    }
  g_ptr_array_sort (answered, compare_weak);
  for (guint i = 0; i < answered->len && i < 5; i++)
    g_ptr_array_add (summary->weakest, g_ptr_array_index (answered, i));
}

void
atlas_study_summary_clear (AtlasStudySummary *summary)
{
  g_clear_pointer (&summary->weakest, g_ptr_array_unref);
}
