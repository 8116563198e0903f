/* atlas-study.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Distractors are chosen to be plausible, so that a right answer means the
 * pattern was known rather than guessed by elimination: a muscle of the same
 * body part that refers to some of the same regions comes first, then one of
 * the same body part, then any other. A distractor never has the answer's
 * name or, in "Which muscle?", the answer's essential zone: two muscles with
 * one pattern cannot be told apart by it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-search.h"
#include "atlas-study.h"

static const char *const exercise_names[] = { "which", "where", "point", "name", "zone" };
G_STATIC_ASSERT (G_N_ELEMENTS (exercise_names) == ATLAS_N_EXERCISES);

const char *
atlas_exercise_to_string (AtlasExercise exercise)
{
  return (guint) exercise < ATLAS_N_EXERCISES ? exercise_names[exercise] : NULL;
}

static gboolean
muscle_drawn_on (AtlasMuscle     *muscle,
                 const AtlasView *view)
{
  GPtrArray *views = atlas_muscle_get_views (muscle);

  return g_ptr_array_find (views, view, NULL);
}

gboolean
atlas_study_muscle_is_deep (AtlasMuscle *muscle)
{
  GPtrArray *views = atlas_muscle_get_views (muscle);

  for (guint i = 0; i < views->len; i++)
    if (((const AtlasView *) g_ptr_array_index (views, i))->layer != ATLAS_LAYER_DEEP)
      return FALSE;
  return views->len > 0;
}

static AtlasSide
side_for (const AtlasView *view)
{
  return atlas_view_draws_side (view, ATLAS_SIDE_RIGHT) ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT;
}

static gboolean
has_mark_on (AtlasMuscle     *muscle,
             const AtlasView *view)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);

  for (guint i = 0; i < points->len; i++)
    {
      AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      for (guint m = 0; m < point->marks->len; m++)
        if (((AtlasMark *) g_ptr_array_index (point->marks, m))->view == view)
          return TRUE;
    }
  return FALSE;
}

/* The view that draws the most of the essential zone: the deck's own when
 * it draws any of it. */
static const AtlasView *
pattern_view (AtlasDatabase        *db,
              AtlasMuscle          *muscle,
              const AtlasStudyDeck *deck)
{
  GPtrArray *views = atlas_database_get_views (db);
  const AtlasView *best = NULL;
  guint best_count = 0;

  if (deck->view != NULL)
    return atlas_muscle_count_pattern_regions (muscle, deck->view, ATLAS_ZONE_ESSENTIAL) > 0
             ? deck->view : NULL;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      guint count = atlas_muscle_count_pattern_regions (muscle, view, ATLAS_ZONE_ESSENTIAL);

      if (count > best_count)
        {
          best = view;
          best_count = count;
        }
    }
  /* The close-up that draws the muscle largest, when it shows as much. */
  {
    const AtlasView *largest = atlas_muscle_choose_view (muscle, NULL);

    if (largest != NULL && best_count > 0 &&
        atlas_muscle_count_pattern_regions (muscle, largest, ATLAS_ZONE_ESSENTIAL) == best_count)
      best = largest;
  }
  return best;
}

static const AtlasView *
shape_view (AtlasMuscle          *muscle,
            const AtlasStudyDeck *deck)
{
  if (deck->view != NULL)
    return muscle_drawn_on (muscle, deck->view) ? deck->view : NULL;
  return atlas_muscle_choose_view (muscle, NULL);
}

static const AtlasView *
point_view (AtlasMuscle          *muscle,
            const AtlasStudyDeck *deck)
{
  const AtlasView *view = shape_view (muscle, deck);

  return view != NULL && has_mark_on (muscle, view) ? view : NULL;
}

/* The zone drill shows the region on a view that also draws the muscle
 * when there is one, so the two can be seen together. */
static const AtlasView *
region_view (AtlasDatabase        *db,
             AtlasMuscle          *muscle,
             const AtlasRegion    *region,
             const AtlasStudyDeck *deck)
{
  GPtrArray *views = atlas_database_get_views (db);
  const AtlasView *fallback = NULL;

  if (deck->view != NULL)
    return atlas_view_draws_region (deck->view, region) ? deck->view : NULL;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);

      if (!atlas_view_draws_region (view, region))
        continue;
      if (muscle_drawn_on (muscle, view))
        return view;
      if (fallback == NULL)
        fallback = view;
    }
  return fallback;
}

static gboolean
muscle_in_deck (AtlasMuscle          *muscle,
                const AtlasStudyDeck *deck)
{
  if (deck->body_part != ATLAS_BODY_PART_NONE &&
      atlas_muscle_get_body_part (muscle) != deck->body_part)
    return FALSE;
  /* Choosing a deep view is choosing its deep muscles. */
  if (!deck->include_deep && atlas_study_muscle_is_deep (muscle) &&
      (deck->view == NULL || deck->view->layer != ATLAS_LAYER_DEEP))
    return FALSE;
  return TRUE;
}

static gboolean
exercise_in_deck (const AtlasStudyDeck *deck,
                  AtlasExercise         exercise)
{
  return deck->exercises == 0 || (deck->exercises & (1u << exercise)) != 0;
}

static gboolean
can_ask (AtlasDatabase        *db,
         const AtlasStudyDeck *deck,
         AtlasExercise         exercise,
         AtlasMuscle          *muscle,
         const AtlasRegion    *region)
{
  switch (exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      return pattern_view (db, muscle, deck) != NULL;
    case ATLAS_EXERCISE_TRIGGER_POINT:
      return point_view (muscle, deck) != NULL;
    case ATLAS_EXERCISE_NAME_SHAPE:
      return shape_view (muscle, deck) != NULL;
    case ATLAS_EXERCISE_ZONE:
      return region != NULL && atlas_muscle_refers_to (muscle, region) != ATLAS_ZONE_NONE &&
             region_view (db, muscle, region, deck) != NULL;
    case ATLAS_N_EXERCISES:
    default:
      return FALSE;
    }
}

GPtrArray *
atlas_study_list_cards (AtlasDatabase        *db,
                        const AtlasStudyDeck *deck)
{
  GListModel *muscles = atlas_database_get_muscles (db);
  GPtrArray *regions = atlas_database_get_regions (db);
  GPtrArray *per_exercise[ATLAS_N_EXERCISES];
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (muscles);
  guint longest = 0;

  for (guint e = 0; e < ATLAS_N_EXERCISES; e++)
    per_exercise[e] = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const char *id = atlas_muscle_get_id (muscle);

      if (!muscle_in_deck (muscle, deck))
        continue;
      for (AtlasExercise e = 0; e < ATLAS_EXERCISE_ZONE; e++)
        if (exercise_in_deck (deck, e) && can_ask (db, deck, e, muscle, NULL))
          g_ptr_array_add (per_exercise[e], g_strdup_printf ("%s/%s", exercise_names[e], id));
      if (!exercise_in_deck (deck, ATLAS_EXERCISE_ZONE))
        continue;
      for (guint r = 0; r < regions->len; r++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, r);

          if (can_ask (db, deck, ATLAS_EXERCISE_ZONE, muscle, region))
            g_ptr_array_add (per_exercise[ATLAS_EXERCISE_ZONE],
                             g_strdup_printf ("zone/%s/%s", id, region->id));
        }
    }

  /* Round robin over the exercises, each list started at a different
   * point, so that neighbours are different exercises on different muscles. */
  for (guint e = 0; e < ATLAS_N_EXERCISES; e++)
    longest = MAX (longest, per_exercise[e]->len);
  for (guint k = 0; k < longest; k++)
    for (guint e = 0; e < ATLAS_N_EXERCISES; e++)
      {
        GPtrArray *list = per_exercise[e];

        if (k < list->len)
          g_ptr_array_add (cards, g_ptr_array_index (list, (k + e * list->len / ATLAS_N_EXERCISES)
                                                             % list->len));
      }

  for (guint e = 0; e < ATLAS_N_EXERCISES; e++)
    g_ptr_array_unref (per_exercise[e]);
  return cards;
}

/* ---- Questions --------------------------------------------------------- */

/* Every region the muscle's trigger points refer to in @zone, once. */
static GPtrArray *
zone_regions (AtlasMuscle *muscle,
              AtlasZone    zone)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  GPtrArray *regions = g_ptr_array_new ();

  for (guint i = 0; i < points->len; i++)
    {
      AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      GPtrArray *list = zone == ATLAS_ZONE_ESSENTIAL ? point->essential : point->spillover;

      for (guint r = 0; list != NULL && r < list->len; r++)
        if (!g_ptr_array_find (regions, g_ptr_array_index (list, r), NULL))
          g_ptr_array_add (regions, g_ptr_array_index (list, r));
    }
  return regions;
}

static gboolean
same_region_set (GPtrArray *a,
                 GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_ptr_array_find (b, g_ptr_array_index (a, i), NULL))
      return FALSE;
  return TRUE;
}

static guint
plausibility (AtlasMuscle     *answer,
              AtlasMuscle     *other,
              const AtlasView *view)
{
  guint score = 0;

  if (atlas_muscle_get_body_part (other) == atlas_muscle_get_body_part (answer))
    score += 2;
  if (view != NULL && muscle_drawn_on (other, view))
    score += 1;
  else
    {
      g_autoptr (GPtrArray) mine = zone_regions (answer, ATLAS_ZONE_ESSENTIAL);

      for (guint i = 0; i < mine->len; i++)
        if (atlas_muscle_refers_to (other, g_ptr_array_index (mine, i)) != ATLAS_ZONE_NONE)
          {
            score += 1;
            break;
          }
    }
  return score;
}

typedef struct {
  AtlasMuscle *muscle;
  guint score;
  guint32 tie;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return ca->tie < cb->tie ? -1 : ca->tie > cb->tie;
}

static gboolean
name_taken (GPtrArray   *chosen,
            AtlasMuscle *muscle)
{
  for (guint i = 0; i < chosen->len; i++)
    if (g_utf8_collate (atlas_muscle_get_name (g_ptr_array_index (chosen, i)),
                        atlas_muscle_get_name (muscle)) == 0)
      return TRUE;
  return FALSE;
}

static void
add_muscle_choices (AtlasStudyQuestion *q,
                    AtlasDatabase      *db,
                    gboolean            distinct_pattern,
                    GRand              *rand)
{
  GListModel *muscles = atlas_database_get_muscles (db);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GPtrArray) essential = zone_regions (q->muscle, ATLAS_ZONE_ESSENTIAL);
  GPtrArray *chosen = q->choice_muscles;
  guint n = g_list_model_get_n_items (muscles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AtlasMuscle) other = g_list_model_get_item (muscles, i);
      Candidate candidate = { other, 0, g_rand_int (rand) };

      if (other == q->muscle)
        continue;
      if (distinct_pattern)
        {
          g_autoptr (GPtrArray) theirs = zone_regions (other, ATLAS_ZONE_ESSENTIAL);

          if (same_region_set (essential, theirs))
            continue;
        }
      candidate.score = plausibility (q->muscle, other, q->view);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  g_ptr_array_add (chosen, q->muscle);
  for (guint i = 0; i < candidates->len && chosen->len < ATLAS_STUDY_MAX_CHOICES; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      if (!name_taken (chosen, c->muscle))
        g_ptr_array_add (chosen, c->muscle);
    }

  /* Fisher-Yates, then find where the answer went. */
  for (guint i = chosen->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer tmp = chosen->pdata[i - 1];

      chosen->pdata[i - 1] = chosen->pdata[j];
      chosen->pdata[j] = tmp;
    }
  for (guint i = 0; i < chosen->len; i++)
    {
      AtlasMuscle *muscle = g_ptr_array_index (chosen, i);

      g_ptr_array_add (q->choices, g_strdup (atlas_muscle_get_name (muscle)));
      if (muscle == q->muscle)
        q->answer = i;
    }
}

static void
add_targets (AtlasStudyQuestion *q)
{
  g_autoptr (GPtrArray) essential = zone_regions (q->muscle, ATLAS_ZONE_ESSENTIAL);

  for (guint i = 0; i < essential->len; i++)
    {
      AtlasStudyArea area = { g_ptr_array_index (essential, i), q->side };

      if (atlas_view_draws_region (q->view, area.region))
        g_array_append_val (q->targets, area);
    }
}

static void
add_points (AtlasStudyQuestion *q)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (q->muscle);

  for (guint i = 0; i < points->len; i++)
    {
      AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      for (guint m = 0; m < point->marks->len; m++)
        {
          AtlasMark *mark = g_ptr_array_index (point->marks, m);
          AtlasStudyPoint p;

          if (mark->view != q->view)
            continue;
          atlas_mark_position (mark, q->side, &p.x, &p.y);
          g_array_append_val (q->points, p);
        }
    }
  /* About 5 cm on the whole body, 1 to 2 cm on the close-ups. */
  q->tolerance = 0.02 * MAX (atlas_diagram_get_width (q->view->diagram),
                             atlas_diagram_get_height (q->view->diagram));
}

static void
add_zone_choices (AtlasStudyQuestion *q)
{
  /* Translators: answers of the study drill "essential or spillover?" */
  g_ptr_array_add (q->choices, g_strdup (g_dgettext (GETTEXT_PACKAGE, "Essential zone")));
  g_ptr_array_add (q->choices, g_strdup (g_dgettext (GETTEXT_PACKAGE, "Spillover zone")));
  q->answer = q->zone == ATLAS_ZONE_ESSENTIAL ? 0 : 1;
}

/* "zone/deltoid/lateral-arm" into its parts; FALSE when they are unknown. */
static gboolean
parse_card_id (AtlasDatabase      *db,
               const char         *card_id,
               AtlasExercise      *exercise,
               AtlasMuscle       **muscle,
               const AtlasRegion **region)
{
  g_auto (GStrv) parts = g_strsplit (card_id, "/", 4);
  int found = -1;

  for (guint e = 0; parts[0] != NULL && e < ATLAS_N_EXERCISES; e++)
    if (g_str_equal (parts[0], exercise_names[e]))
      found = e;
  if (found < 0 || parts[1] == NULL)
    return FALSE;
  if ((found == ATLAS_EXERCISE_ZONE) != (parts[2] != NULL) ||
      (parts[2] != NULL && parts[3] != NULL))
    return FALSE;
  *exercise = found;
  *muscle = atlas_database_get_muscle (db, parts[1]);
  *region = found == ATLAS_EXERCISE_ZONE ? atlas_database_get_region (db, parts[2]) : NULL;
  return *muscle != NULL && (found != ATLAS_EXERCISE_ZONE || *region != NULL);
}

gboolean
atlas_study_card_is_known (const char *card_id,
                           gpointer    db)
{
  static const AtlasStudyDeck everything = { ATLAS_BODY_PART_NONE, NULL, TRUE, 0 };
  AtlasExercise exercise;
  AtlasMuscle *muscle;
  const AtlasRegion *region;

  return parse_card_id (db, card_id, &exercise, &muscle, &region) &&
         can_ask (db, &everything, exercise, muscle, region);
}

AtlasStudyQuestion *
atlas_study_question_new (AtlasDatabase        *db,
                          const AtlasStudyDeck *deck,
                          const char           *card_id,
                          GRand                *rand)
{
  AtlasStudyQuestion *q;
  AtlasMuscle *muscle;
  const AtlasRegion *region;
  AtlasExercise exercise;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (deck != NULL && card_id != NULL && rand != NULL, NULL);

  if (!parse_card_id (db, card_id, &exercise, &muscle, &region) ||
      !muscle_in_deck (muscle, deck) || !exercise_in_deck (deck, exercise) ||
      !can_ask (db, deck, exercise, muscle, region))
    return NULL;

  q = g_new0 (AtlasStudyQuestion, 1);
  q->exercise = exercise;
  q->card_id = g_strdup (card_id);
  q->muscle = muscle;
  q->region = region;
  q->answer = -1;
  q->choices = g_ptr_array_new_with_free_func (g_free);
  q->choice_muscles = g_ptr_array_new ();
  q->targets = g_array_new (FALSE, FALSE, sizeof (AtlasStudyArea));
  q->points = g_array_new (FALSE, FALSE, sizeof (AtlasStudyPoint));

  switch (q->exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
      q->view = pattern_view (db, muscle, deck);
      q->side = side_for (q->view);
      add_muscle_choices (q, db, TRUE, rand);
      add_targets (q);
      break;
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      q->view = pattern_view (db, muscle, deck);
      q->side = side_for (q->view);
      add_targets (q);
      break;
    case ATLAS_EXERCISE_TRIGGER_POINT:
      q->view = point_view (muscle, deck);
      q->side = side_for (q->view);
      add_points (q);
      break;
    case ATLAS_EXERCISE_NAME_SHAPE:
      q->view = shape_view (muscle, deck);
      q->side = side_for (q->view);
      add_muscle_choices (q, db, FALSE, rand);
      break;
    case ATLAS_EXERCISE_ZONE:
    default:
      q->view = region_view (db, muscle, region, deck);
      q->side = side_for (q->view);
      q->zone = atlas_muscle_refers_to (muscle, region);
      add_zone_choices (q);
      break;
    }
  return q;
}

void
atlas_study_question_free (AtlasStudyQuestion *q)
{
  if (q == NULL)
    return;
  g_free (q->card_id);
  g_ptr_array_unref (q->choices);
  g_ptr_array_unref (q->choice_muscles);
  g_array_unref (q->targets);
  g_array_unref (q->points);
  g_free (q);
}

/* ---- Scoring ----------------------------------------------------------- */

double
atlas_study_question_score_choice (AtlasStudyQuestion *q,
                                   int                 index)
{
  g_return_val_if_fail (q != NULL, 0);
  return q->answer >= 0 && index == q->answer ? 1 : 0;
}

double
atlas_study_question_score_text (AtlasStudyQuestion *q,
                                 AtlasDatabase      *db,
                                 const char         *text)
{
  g_autoptr (GPtrArray) results = NULL;
  const AtlasSearchResult *best = NULL;

  g_return_val_if_fail (q != NULL, 0);
  if (text == NULL || q->choice_muscles->len == 0)
    return 0;

  /* "Upper" starts two names: the answer must be the only best match. */
  results = atlas_search (db, text);
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      if (result->kind != ATLAS_SEARCH_MUSCLE)
        continue;
      if (best == NULL)
        best = result;
      else if (result->match == best->match && result->item != best->item)
        return 0;
    }
  return best != NULL && best->item == q->muscle ? 1 : 0;
}

static gboolean
area_matches (const AtlasStudyArea *a,
              const AtlasStudyArea *b)
{
  return a->region == b->region && (!a->region->sided || a->side == b->side);
}

double
atlas_study_question_score_areas (AtlasStudyQuestion   *q,
                                  const AtlasStudyArea *marked,
                                  guint                 n_marked)
{
  guint shared = 0, distinct = 0;

  g_return_val_if_fail (q != NULL, 0);
  g_return_val_if_fail (marked != NULL || n_marked == 0, 0);

  for (guint i = 0; i < n_marked; i++)
    {
      gboolean repeated = FALSE;

      for (guint j = 0; j < i && !repeated; j++)
        repeated = area_matches (&marked[i], &marked[j]);
      if (repeated)
        continue;
      distinct++;
      for (guint t = 0; t < q->targets->len; t++)
        if (area_matches (&marked[i], &g_array_index (q->targets, AtlasStudyArea, t)))
          {
            shared++;
            break;
          }
    }
  if (q->targets->len + distinct - shared == 0)
    return 0;
  return (double) shared / (q->targets->len + distinct - shared);
}

double
atlas_study_question_score_point (AtlasStudyQuestion *q,
                                  double              x,
                                  double              y,
                                  double             *distance)
{
  double nearest = INFINITY;

  g_return_val_if_fail (q != NULL, 0);

  for (guint i = 0; i < q->points->len; i++)
    {
      const AtlasStudyPoint *p = &g_array_index (q->points, AtlasStudyPoint, i);

      nearest = MIN (nearest, hypot (p->x - x, p->y - y));
    }
  if (distance != NULL)
    *distance = nearest;
  if (!isfinite (nearest) || q->tolerance <= 0)
    return 0;
  if (nearest <= q->tolerance)
    return 1;
  return MAX (0, 1 - (nearest - q->tolerance) / (2 * q->tolerance));
}

guint
atlas_study_quality (AtlasStudyQuestion *q,
                     double              score)
{
  /* A choice is right or wrong: "good" (4) keeps the ease as it is, and a
   * wrong one (1) starts the card again. Graded answers use the whole scale. */
  if (q != NULL && q->choices->len > 0)
    return score >= 1 ? 4 : 1;
  if (score >= 0.95)
    return 5;
  if (score >= 0.8)
    return 4;
  if (score >= 0.6)
    return 3;
  if (score >= 0.3)
    return 2;
  return score > 0 ? 1 : 0;
}
