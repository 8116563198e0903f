/* atlas-study.h: study questions made from the data alone.
 *
 * A card is one thing to learn: an exercise about one muscle ("which/deltoid")
 * or, for the zone drill, about one region of its pattern
 * ("zone/deltoid/lateral-arm"). A question is a card asked once: which view,
 * which side, which choices. Nothing here is written by hand; every question
 * comes from the muscles' patterns, marks and shapes.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_EXERCISE_WHICH_MUSCLE,  /* a pattern is drawn: which muscle? */
  ATLAS_EXERCISE_WHERE_IT_HURTS, /* a muscle is named: mark its essential zone */
  ATLAS_EXERCISE_TRIGGER_POINT, /* a muscle is named: click its trigger point */
  ATLAS_EXERCISE_NAME_SHAPE,    /* a shape is highlighted: name it */
  ATLAS_EXERCISE_ZONE,          /* a region of a pattern: essential or spillover? */
  ATLAS_N_EXERCISES,
} AtlasExercise;

#define ATLAS_STUDY_ALL_EXERCISES ((1u << ATLAS_N_EXERCISES) - 1)
#define ATLAS_STUDY_MAX_CHOICES 4

/* What to study. */
typedef struct {
  AtlasBodyPart    body_part;    /* ATLAS_BODY_PART_NONE: every muscle */
  const AtlasView *view;         /* NULL: any view; else questions drawn on it */
  gboolean         include_deep; /* muscles drawn only on deep views */
  guint            exercises;    /* bit mask of 1 << AtlasExercise; 0 means all */
} AtlasStudyDeck;

typedef struct {
  const AtlasRegion *region;
  AtlasSide          side;   /* ignored for a midline region */
} AtlasStudyArea;

typedef struct {
  double x;
  double y;
} AtlasStudyPoint;

typedef struct {
  AtlasExercise     exercise;
  char             *card_id;
  AtlasMuscle      *muscle;     /* the answer (borrowed) */
  AtlasSide         side;       /* the instance the question is about */
  const AtlasView  *view;       /* where it is drawn */
  const AtlasRegion *region;    /* the zone drill's region */
  AtlasZone         zone;       /* the zone drill's answer */
  /* Labels to choose from (char*, owned), empty when the answer is given on
   * the diagram; for muscle choices, the muscles in the same order. */
  GPtrArray        *choices;
  GPtrArray        *choice_muscles;
  int               answer;     /* index into choices, or -1 */
  GArray           *targets;    /* AtlasStudyArea: the essential zone to mark */
  GArray           *points;     /* AtlasStudyPoint: the trigger points on side */
  double            tolerance;  /* full marks within this distance, view units */
} AtlasStudyQuestion;

/* "which", "where", "point", "name", "zone": the card id's first part. */
const char         *atlas_exercise_to_string        (AtlasExercise exercise);

/* Is @muscle drawn only on deep views? */
gboolean            atlas_study_muscle_is_deep      (AtlasMuscle *muscle);

/* The cards of @deck (char*, owned), interleaved so that one muscle does not
 * come up several times in a row; only cards a question can be made of. */
GPtrArray          *atlas_study_list_cards          (AtlasDatabase        *db,
                                                     const AtlasStudyDeck *deck);

/* Could @card_id be asked of this atlas in some deck? (A progress file may
 * come from another atlas.) The signature of an AtlasStudyCardFilter. */
gboolean            atlas_study_card_is_known       (const char           *card_id,
                                                     gpointer              db);

/* A question for @card_id, or NULL when the card is unknown or cannot be
 * asked in @deck. Distractors and their order come from @rand. */
AtlasStudyQuestion *atlas_study_question_new        (AtlasDatabase        *db,
                                                     const AtlasStudyDeck *deck,
                                                     const char           *card_id,
                                                     GRand                *rand);
void                atlas_study_question_free       (AtlasStudyQuestion   *question);

/* Scores from 0 (wrong) to 1 (right). */
double              atlas_study_question_score_choice (AtlasStudyQuestion *question,
                                                       int                 index);
/* A typed muscle name, read as the search box reads it (typos allowed): right
 * when the answer is the one best match. */
double              atlas_study_question_score_text  (AtlasStudyQuestion *question,
                                                      AtlasDatabase      *db,
                                                      const char         *text);
/* Marked regions against the essential zone: shared / (marked or target). */
double              atlas_study_question_score_areas (AtlasStudyQuestion   *question,
                                                      const AtlasStudyArea *marked,
                                                      guint                 n_marked);
/* A click in view units: 1 within the tolerance of a trigger point, falling
 * to 0 at three times it. The distance to the nearest goes to @distance. */
double              atlas_study_question_score_point (AtlasStudyQuestion *question,
                                                      double              x,
                                                      double              y,
                                                      double             *distance);

/* The SM-2 quality (0 to 5) of a score: 3 and above counts as remembered. */
guint               atlas_study_quality             (AtlasStudyQuestion *question,
                                                     double              score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasStudyQuestion, atlas_study_question_free)

G_END_DECLS
