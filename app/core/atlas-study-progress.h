/* atlas-study-progress.h: what the student knows, card by card, and when
 * each card is due again (SM-2).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ATLAS_STUDY_PROGRESS_ERROR (atlas_study_progress_error_quark ())

typedef enum {
  ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, /* not text, or no header */
  ATLAS_STUDY_PROGRESS_ERROR_VERSION,      /* another format version */
  ATLAS_STUDY_PROGRESS_ERROR_TRUNCATED,    /* no end line, or the count is wrong */
  ATLAS_STUDY_PROGRESS_ERROR_INVALID,      /* a field that does not read */
  ATLAS_STUDY_PROGRESS_ERROR_UNKNOWN_CARD, /* a card the atlas does not have */
} AtlasStudyProgressError;

GQuark atlas_study_progress_error_quark (void);

#define ATLAS_STUDY_PROGRESS_FORMAT 1
#define ATLAS_STUDY_MIN_EASE 1.3
#define ATLAS_STUDY_START_EASE 2.5

typedef struct {
  char   *card_id;
  guint   repetitions; /* remembered in a row */
  guint   interval;    /* days until the next review */
  double  ease;        /* SM-2 easiness factor, 1.3 and up */
  guint32 due;         /* a GDate Julian day */
  guint   seen;
  guint   correct;
  int     line;        /* in the file it was read from, or 0 */
} AtlasStudyCard;

typedef struct _AtlasStudyProgress AtlasStudyProgress;

AtlasStudyProgress *atlas_study_progress_new         (void);
void                atlas_study_progress_free        (AtlasStudyProgress *self);

/* Reads the text format (see README, "Study mode"). Errors read
 * "DISPLAY_NAME:LINE: what is wrong". Safe on any bytes: the fuzz target. */
AtlasStudyProgress *atlas_study_progress_parse_bytes (const char         *data,
                                                      gsize               len,
                                                      const char         *display_name,
                                                      GError            **error);
char               *atlas_study_progress_to_string   (AtlasStudyProgress *self);

typedef gboolean (*AtlasStudyCardFilter) (const char *card_id,
                                          gpointer    user_data);
/* Fails on the first card @known rejects, naming its line. */
gboolean            atlas_study_progress_check_cards (AtlasStudyProgress   *self,
                                                      AtlasStudyCardFilter  known,
                                                      gpointer              user_data,
                                                      const char           *display_name,
                                                      GError              **error);

/* Reads @path; a missing file is a fresh start. A file that does not read
 * (or names a card @known rejects) never stops study: it is renamed to
 * PATH.broken-YYYYMMDD-HHMMSS, @problem says what was wrong and where it went,
 * and the progress starts empty. */
AtlasStudyProgress *atlas_study_progress_load        (const char           *path,
                                                      AtlasStudyCardFilter  known,
                                                      gpointer              user_data,
                                                      char                **problem);
/* Atomically (a temporary file renamed over it), creating the folder. */
gboolean            atlas_study_progress_save        (AtlasStudyProgress *self,
                                                      const char         *path,
                                                      GError            **error);

/* NULL for a card never answered. */
const AtlasStudyCard *atlas_study_progress_lookup    (AtlasStudyProgress *self,
                                                      const char         *card_id);
/* AtlasStudyCard*, in the order first answered. */
GPtrArray          *atlas_study_progress_get_cards   (AtlasStudyProgress *self);
/* One SM-2 review with @quality 0 to 5 on Julian day @today. */
const AtlasStudyCard *atlas_study_progress_review    (AtlasStudyProgress *self,
                                                      const char         *card_id,
                                                      guint               quality,
                                                      guint32             today);
void                atlas_study_progress_reset       (AtlasStudyProgress *self);

/* Today as a GDate Julian day, in local time. */
guint32             atlas_study_today                (void);

typedef struct {
  guint  total;     /* cards in the deck */
  guint  due;       /* answered before and due today or earlier */
  guint  fresh;     /* never answered */
  guint  learned;   /* remembered at least twice in a row */
  guint  seen;      /* answers given */
  guint  correct;
  GPtrArray *weakest; /* const AtlasStudyCard*, the lowest ease first, at most 5 */
} AtlasStudySummary;

/* Over the cards of a deck (char* ids). Free with atlas_study_summary_clear. */
void                atlas_study_progress_summarize   (AtlasStudyProgress *self,
                                                      GPtrArray          *deck_cards,
                                                      guint32             today,
                                                      AtlasStudySummary  *summary);
void                atlas_study_summary_clear        (AtlasStudySummary  *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasStudyProgress, atlas_study_progress_free)

G_END_DECLS
