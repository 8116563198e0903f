/* test-study.c: study questions, the SM-2 scheduler and the progress file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-study.h"
#include "atlas-study-progress.h"
#include "atlas-test-util.h"

static const AtlasStudyDeck everything = { ATLAS_BODY_PART_NONE, NULL, TRUE, 0 };

/* A question must be answerable on its own diagram: what it draws or asks to
 * be marked is on its view, and the answer is among the choices once. */
static void
check_question (AtlasDatabase      *db,
                AtlasStudyQuestion *q)
{
  g_assert_nonnull (q->view);
  g_assert_true (atlas_view_draws_side (q->view, q->side));

  switch (q->exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
    case ATLAS_EXERCISE_NAME_SHAPE:
      g_assert_cmpuint (q->choices->len, >=,
                        MIN (2, g_list_model_get_n_items (atlas_database_get_muscles (db))));
      g_assert_cmpuint (q->choices->len, <=, ATLAS_STUDY_MAX_CHOICES);
      g_assert_cmpuint (q->choices->len, ==, q->choice_muscles->len);
      g_assert_true (g_ptr_array_index (q->choice_muscles, q->answer) == q->muscle);
      g_assert_cmpstr (g_ptr_array_index (q->choices, q->answer), ==,
                       atlas_muscle_get_name (q->muscle));
      for (guint i = 0; i < q->choices->len; i++)
        for (guint j = 0; j < i; j++)
          g_assert_cmpstr (g_ptr_array_index (q->choices, i), !=,
                           g_ptr_array_index (q->choices, j));
      if (q->exercise == ATLAS_EXERCISE_WHICH_MUSCLE)
        g_assert_cmpuint (q->targets->len, >, 0);
      else
        {
          g_autofree char *shape = atlas_muscle_dup_shape_id (q->muscle, q->side);

          g_assert_true (atlas_diagram_has_shape (q->view->diagram, shape));
        }
      break;
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      g_assert_cmpuint (q->choices->len, ==, 0);
      g_assert_cmpuint (q->targets->len, >, 0);
      for (guint i = 0; i < q->targets->len; i++)
        {
          const AtlasStudyArea *area = &g_array_index (q->targets, AtlasStudyArea, i);

          g_assert_true (atlas_view_draws_region (q->view, area->region));
          g_assert_cmpint (atlas_muscle_refers_to (q->muscle, area->region), ==,
                           ATLAS_ZONE_ESSENTIAL);
        }
      g_assert_cmpfloat (atlas_study_question_score_areas (
                             q, (AtlasStudyArea *) (void *) q->targets->data, q->targets->len),
                         ==, 1.0);
      break;
    case ATLAS_EXERCISE_TRIGGER_POINT:
      g_assert_cmpuint (q->points->len, >, 0);
      g_assert_cmpfloat (q->tolerance, >, 0);
      for (guint i = 0; i < q->points->len; i++)
        {
          const AtlasStudyPoint *p = &g_array_index (q->points, AtlasStudyPoint, i);

          g_assert_cmpfloat (p->x, >=, 0);
          g_assert_cmpfloat (p->x, <=, atlas_diagram_get_width (q->view->diagram));
          g_assert_cmpfloat (p->y, >=, 0);
          g_assert_cmpfloat (p->y, <=, atlas_diagram_get_height (q->view->diagram));
          g_assert_cmpfloat (atlas_study_question_score_point (q, p->x, p->y, NULL), ==, 1.0);
        }
      break;
    case ATLAS_EXERCISE_ZONE:
    default:
      g_assert_nonnull (q->region);
      g_assert_true (atlas_view_draws_region (q->view, q->region));
      g_assert_cmpint (q->zone, ==, atlas_muscle_refers_to (q->muscle, q->region));
      g_assert_cmpuint (q->choices->len, ==, 2);
      g_assert_cmpint (q->answer, ==, q->zone == ATLAS_ZONE_ESSENTIAL ? 0 : 1);
      break;
    }
}

/* Every muscle gets the four muscle exercises and a drill card per region of
 * its pattern, and each card makes a valid question. */
static void
check_every_muscle (AtlasDatabase *db)
{
  g_autoptr (GPtrArray) cards = atlas_study_list_cards (db, &everything);
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  GListModel *muscles = atlas_database_get_muscles (db);
  GPtrArray *regions = atlas_database_get_regions (db);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

      for (AtlasExercise e = 0; e < ATLAS_EXERCISE_ZONE; e++)
        {
          g_autofree char *id = g_strdup_printf ("%s/%s", atlas_exercise_to_string (e),
                                                 atlas_muscle_get_id (muscle));

          if (!g_ptr_array_find_with_equal_func (cards, id, g_str_equal, NULL))
            g_error ("no card %s", id);
        }
      for (guint r = 0; r < regions->len; r++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, r);
          g_autofree char *id = g_strdup_printf ("zone/%s/%s", atlas_muscle_get_id (muscle),
                                                 region->id);

          g_assert_cmpint (g_ptr_array_find_with_equal_func (cards, id, g_str_equal, NULL), ==,
                           atlas_muscle_refers_to (muscle, region) != ATLAS_ZONE_NONE);
        }
    }

  for (guint i = 0; i < cards->len; i++)
    {
      const char *id = g_ptr_array_index (cards, i);
      g_autoptr (AtlasStudyQuestion) q = atlas_study_question_new (db, &everything, id, rand);

      g_assert_nonnull (q);
      g_assert_cmpstr (q->card_id, ==, g_ptr_array_index (cards, i));
      g_assert_true (atlas_study_card_is_known (q->card_id, db));
      check_question (db, q);
    }
}

static void
test_every_muscle_bundled (void)
{
  check_every_muscle (atlas_test_bundled ());
}

static void
test_every_muscle_mini (void)
{
  check_every_muscle (atlas_test_mini ());
}

/* The distractors of "Which muscle?" never share the answer's essential zone,
 * and come from the same body part while there are enough there. */
static void
test_plausible_distractors (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (3);

  for (guint seed = 0; seed < 5; seed++)
    {
      g_autoptr (AtlasStudyQuestion) q = atlas_study_question_new (db, &everything,
                                                                   "which/upper-trapezius", rand);

      g_assert_cmpuint (q->choices->len, ==, 4);
      for (guint i = 0; i < q->choice_muscles->len; i++)
        g_assert_cmpint (atlas_muscle_get_body_part (g_ptr_array_index (q->choice_muscles, i)), ==,
                         ATLAS_BODY_PART_HEAD_NECK);
    }
}

static void
test_decks (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  AtlasStudyDeck legs = { ATLAS_BODY_PART_LEG_FOOT, NULL, FALSE, 0 };
  AtlasStudyDeck back = { ATLAS_BODY_PART_NONE, atlas_database_get_view (db, "posterior"), TRUE,
                          1u << ATLAS_EXERCISE_TRIGGER_POINT };
  g_autoptr (GPtrArray) leg_cards = atlas_study_list_cards (db, &legs);
  g_autoptr (GPtrArray) back_cards = atlas_study_list_cards (db, &back);
  g_autoptr (GPtrArray) all_cards = atlas_study_list_cards (db, &everything);
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);

  g_assert_cmpuint (leg_cards->len, >, 0);
  g_assert_cmpuint (leg_cards->len, <, all_cards->len);
  for (guint i = 0; i < leg_cards->len; i++)
    {
      const char *id = g_ptr_array_index (leg_cards, i);
      g_autoptr (AtlasStudyQuestion) q = atlas_study_question_new (db, &legs, id, rand);

      g_assert_cmpint (atlas_muscle_get_body_part (q->muscle), ==, ATLAS_BODY_PART_LEG_FOOT);
      g_assert_false (atlas_study_muscle_is_deep (q->muscle));
    }
  /* Deep muscles: in a deck only when asked for (the bundled atlas has
   * muscles drawn on deep views only, such as the suboccipital muscles). */
  {
    AtlasStudyDeck shallow = { ATLAS_BODY_PART_NONE, NULL, FALSE, 0 };
    g_autoptr (GPtrArray) shallow_cards = atlas_study_list_cards (db, &shallow);
    const char *card = "name/rectus-capitis-posterior-major";
    AtlasMuscle *deep = atlas_database_get_muscle (db, "rectus-capitis-posterior-major");

    g_assert_true (atlas_study_muscle_is_deep (deep));
    g_assert_false (atlas_study_muscle_is_deep (atlas_database_get_muscle (db, "deltoid")));
    g_assert_false (g_ptr_array_find_with_equal_func (shallow_cards, card, g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (all_cards, card, g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (shallow_cards, "name/deltoid", g_str_equal,
                                                     NULL));
    g_assert_null (atlas_study_question_new (db, &shallow, card, rand));
  }

  g_assert_cmpuint (back_cards->len, >, 0);
  for (guint i = 0; i < back_cards->len; i++)
    {
      const char *id = g_ptr_array_index (back_cards, i);
      g_autoptr (AtlasStudyQuestion) q = atlas_study_question_new (db, &back, id, rand);

      g_assert_true (g_str_has_prefix (q->card_id, "point/"));
      g_assert_true (q->view == back.view);
    }
  /* A card of another exercise is not asked in this deck. */
  g_assert_null (atlas_study_question_new (db, &back, "which/infraspinatus", rand));
  g_assert_null (atlas_study_question_new (db, &everything, "which/no-such-muscle", rand));
  g_assert_null (atlas_study_question_new (db, &everything, "zone/deltoid", rand));
  g_assert_null (atlas_study_question_new (db, &everything, "bogus/deltoid", rand));
}

static void
test_scoring (void)
{
  AtlasDatabase *db = atlas_test_mini ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (1);
  g_autoptr (AtlasStudyQuestion) where = atlas_study_question_new (db, &everything, "where/alpha",
                                                                   rand);
  g_autoptr (AtlasStudyQuestion) point = atlas_study_question_new (db, &everything, "point/alpha",
                                                                   rand);
  g_autoptr (AtlasStudyQuestion) which = atlas_study_question_new (db, &everything, "which/alpha",
                                                                   rand);
  const AtlasRegion *head = atlas_database_get_region (db, "head");
  const AtlasRegion *chest = atlas_database_get_region (db, "chest");
  AtlasStudyArea right_head = { head, where->side };
  AtlasStudyArea other_head
      = { head, where->side == ATLAS_SIDE_LEFT ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT };
  AtlasStudyArea both[] = { right_head, { chest, ATLAS_SIDE_LEFT } };
  const AtlasStudyPoint *p;
  double distance;

  /* Alpha's essential zone is the head: one region. */
  g_assert_cmpuint (where->targets->len, ==, 1);
  g_assert_cmpfloat (atlas_study_question_score_areas (where, &right_head, 1), ==, 1.0);
  g_assert_cmpfloat (atlas_study_question_score_areas (where, &other_head, 1), ==, 0.0);
  g_assert_cmpfloat (atlas_study_question_score_areas (where, both, 2), ==, 0.5);
  g_assert_cmpfloat (atlas_study_question_score_areas (where, NULL, 0), ==, 0.0);
  g_assert_cmpuint (atlas_study_quality (where, 1.0), ==, 5);
  g_assert_cmpuint (atlas_study_quality (where, 0.5), ==, 2);
  g_assert_cmpuint (atlas_study_quality (where, 0.0), ==, 0);

  p = &g_array_index (point->points, AtlasStudyPoint, 0);
  g_assert_cmpfloat (atlas_study_question_score_point (point, p->x + point->tolerance, p->y, NULL),
                     ==, 1.0);
  g_assert_cmpfloat_with_epsilon (atlas_study_question_score_point (point, p->x,
                                                                    p->y + 2 * point->tolerance,
                                                                    &distance), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (distance, 2 * point->tolerance, 1e-9);
  g_assert_cmpfloat (atlas_study_question_score_point (point, p->x + 5 * point->tolerance, p->y,
                                                       NULL), ==, 0.0);

  g_assert_cmpfloat (atlas_study_question_score_choice (which, which->answer), ==, 1.0);
  g_assert_cmpfloat (atlas_study_question_score_choice (which, 1 - which->answer), ==, 0.0);
  g_assert_cmpuint (atlas_study_quality (which, 1.0), ==, 4);
  g_assert_cmpuint (atlas_study_quality (which, 0.0), ==, 1);
  /* Typed, with the search's typo tolerance and its accent folding. */
  g_assert_cmpfloat (atlas_study_question_score_text (which, db, "alpha muscle"), ==, 1.0);
  g_assert_cmpfloat (atlas_study_question_score_text (which, db, "alpah"), ==, 1.0);
  g_assert_cmpfloat (atlas_study_question_score_text (which, db, "beta"), ==, 0.0);
  /* "muscle" starts both names: not an answer. */
  g_assert_cmpfloat (atlas_study_question_score_text (which, db, "muscle"), ==, 0.0);
}

static void
test_text_answers_bundled (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (1);
  g_autoptr (AtlasStudyQuestion) q = atlas_study_question_new (db, &everything,
                                                               "name/gastrocnemius", rand);

  g_assert_cmpfloat (atlas_study_question_score_text (q, db, "gastrocnemus"), ==, 1.0);
  g_assert_cmpfloat (atlas_study_question_score_text (q, db, "soleus"), ==, 0.0);
}

/* ---- Scheduler --------------------------------------------------------- */

typedef struct {
  guint quality;
  guint interval;
  double ease;
} Step;

/* Worked by hand from the SM-2 formulas in the README. */
static void
check_sequence (const Step *steps,
                guint       n)
{
  g_autoptr (AtlasStudyProgress) progress = atlas_study_progress_new ();
  guint32 today = 740000;

  for (guint i = 0; i < n; i++)
    {
      const AtlasStudyCard *card = atlas_study_progress_review (progress, "which/alpha",
                                                                steps[i].quality, today);

      g_assert_cmpuint (card->interval, ==, steps[i].interval);
      g_assert_cmpfloat_with_epsilon (card->ease, steps[i].ease, 1e-9);
      g_assert_cmpuint (card->due, ==, today + steps[i].interval);
      today = card->due;
    }
}

static void
test_scheduler (void)
{
  const Step good[] = { { 4, 1, 2.5 }, { 4, 6, 2.5 }, { 4, 15, 2.5 }, { 4, 38, 2.5 } };
  const Step perfect[] = { { 5, 1, 2.6 }, { 5, 6, 2.7 }, { 5, 16, 2.8 } };
  const Step hard[] = { { 3, 1, 2.36 }, { 3, 6, 2.22 }, { 3, 13, 2.08 }, { 3, 27, 1.94 } };
  const Step lapse[] = { { 4, 1, 2.5 }, { 4, 6, 2.5 }, { 1, 1, 1.96 }, { 4, 1, 1.96 },
                         { 4, 6, 1.96 }, { 4, 12, 1.96 } };
  const Step floor[] = { { 0, 1, 1.7 }, { 0, 1, 1.3 }, { 0, 1, 1.3 }, { 5, 1, 1.4 } };

  check_sequence (good, G_N_ELEMENTS (good));
  check_sequence (perfect, G_N_ELEMENTS (perfect));
  check_sequence (hard, G_N_ELEMENTS (hard));
  check_sequence (lapse, G_N_ELEMENTS (lapse));
  check_sequence (floor, G_N_ELEMENTS (floor));
}

static void
test_summary (void)
{
  g_autoptr (AtlasStudyProgress) progress = atlas_study_progress_new ();
  g_autoptr (GPtrArray) deck = g_ptr_array_new ();
  AtlasStudySummary summary;

  g_ptr_array_add (deck, "which/a");
  g_ptr_array_add (deck, "which/b");
  g_ptr_array_add (deck, "which/c");
  atlas_study_progress_review (progress, "which/a", 4, 100);  /* due 101 */
  atlas_study_progress_review (progress, "which/a", 4, 101);  /* due 107, learned */
  atlas_study_progress_review (progress, "which/b", 1, 100);  /* due 101 */
  atlas_study_progress_review (progress, "which/z", 1, 100);  /* not in the deck */

  atlas_study_progress_summarize (progress, deck, 101, &summary);
  g_assert_cmpuint (summary.total, ==, 3);
  g_assert_cmpuint (summary.fresh, ==, 1);
  g_assert_cmpuint (summary.due, ==, 1);
  g_assert_cmpuint (summary.learned, ==, 1);
  g_assert_cmpuint (summary.seen, ==, 3);
  g_assert_cmpuint (summary.correct, ==, 2);
  g_assert_cmpuint (summary.weakest->len, ==, 1);
  g_assert_cmpstr (((AtlasStudyCard *) g_ptr_array_index (summary.weakest, 0))->card_id, ==,
                   "which/b");
  atlas_study_summary_clear (&summary);

  atlas_study_progress_reset (progress);
  g_assert_null (atlas_study_progress_lookup (progress, "which/a"));
  g_assert_cmpuint (atlas_study_progress_get_cards (progress)->len, ==, 0);
}

/* ---- Progress file ----------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr (AtlasStudyProgress) progress = atlas_study_progress_new ();
  g_autoptr (AtlasStudyProgress) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL, *text_again = NULL, *dir = NULL, *path = NULL;
  const AtlasStudyCard *card;

  atlas_study_progress_review (progress, "which/alpha", 4, 740000);
  atlas_study_progress_review (progress, "which/alpha", 3, 740001);
  atlas_study_progress_review (progress, "zone/alpha/head", 1, 740000);
  text = atlas_study_progress_to_string (progress);
  g_assert_nonnull (strstr (text, "trigger-atlas-study-progress 1\n"));

  again = atlas_study_progress_parse_bytes (text, strlen (text), "p.txt", &error);
  g_assert_no_error (error);
  text_again = atlas_study_progress_to_string (again);
  g_assert_cmpstr (text, ==, text_again);
  card = atlas_study_progress_lookup (again, "which/alpha");
  g_assert_cmpuint (card->repetitions, ==, 2);
  g_assert_cmpuint (card->interval, ==, 6);
  g_assert_cmpfloat_with_epsilon (card->ease, 2.36, 1e-9);
  g_assert_cmpuint (card->due, ==, 740007);
  g_assert_cmpuint (card->seen, ==, 2);
  g_assert_cmpuint (card->correct, ==, 2);

  /* Through a file, into a folder that does not exist yet. */
  dir = g_dir_make_tmp ("study-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "trigger-atlas", "study-progress.txt", NULL);
  g_assert_true (atlas_study_progress_save (progress, path, &error));
  g_assert_no_error (error);
  {
    g_autofree char *problem = NULL;
    g_autoptr (AtlasStudyProgress) loaded = atlas_study_progress_load (path, NULL, NULL, &problem);
    g_autofree char *loaded_text = atlas_study_progress_to_string (loaded);

    g_assert_null (problem);
    g_assert_cmpstr (loaded_text, ==, text);
  }
}

static const char good_file[] =
  "# comment\n"
  "trigger-atlas-study-progress 1\n"
  "which/alpha\t2\t6\t2.36\t2026-12-08\t2\t2\n"
  "where/alpha 0 1 2.50 2026-12-03 1 0\n"
  "end 2\n";

static void
check_parse_error (const char *text,
                   gssize      len,
                   int         code,
                   int         line)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("bad.txt:%d: ", line);
  AtlasStudyProgress *progress;

  progress = atlas_study_progress_parse_bytes (text, len < 0 ? strlen (text) : (gsize) len,
                                               "bad.txt", &error);
  g_assert_null (progress);
  g_assert_error (error, ATLAS_STUDY_PROGRESS_ERROR, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
}

static char *
replace (const char *from,
         const char *to)
{
  const char *at = strstr (good_file, from);
  GString *out = g_string_new_len (good_file, at - good_file);

  g_assert_nonnull (at);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  return g_string_free (out, FALSE);
}

static void
test_corrupt (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasStudyProgress) good = atlas_study_progress_parse_bytes (good_file,
                                                                          strlen (good_file),
                                                                          "good.txt", &error);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  g_autofree char *newer = replace ("progress 1", "progress 2");
  g_autofree char *older = replace ("progress 1", "progress 0");
  g_autofree char *word = replace ("\t2\t6\t", "\ttwo\t6\t");
  g_autofree char *nan_ease = replace ("2.36", "nan");
  g_autofree char *inf_ease = replace ("2.36", "inf");
  g_autofree char *huge = replace ("\t2\t6\t", "\t99999999999999999999\t6\t");
  g_autofree char *huge_interval = replace ("\t2\t6\t", "\t2\t4000000000\t");
  g_autofree char *negative = replace ("\t2\t6\t", "\t-2\t6\t");
  g_autofree char *bad_date = replace ("2026-12-08", "2026-02-30");
  /* sscanf's %u took these as years 65510 and 26 (found by fuzzing). */
  g_autofree char  *negative_year = replace ("2026-12-08", "-026-12-08");
  g_autofree char  *signed_year = replace ("2026-12-08", "+026-12-08");
  g_autofree char  *early_year = replace ("2026-12-08", "0027-01-22");
  g_autoptr (AtlasStudyProgress) early = NULL;
  g_autofree char *early_saved = NULL;
  g_autofree char *more_right = replace ("\t2\t2\n", "\t2\t3\n");
  g_autofree char *few_fields = replace ("\t2\t2\n", "\n");
  g_autofree char *bad_id = replace ("which/alpha", "Which Alpha");
  g_autofree char *twice = replace ("where/alpha", "which/alpha");
  g_autofree char *after_end = g_strconcat (good_file, "which/beta 0 1 2.5 2026-12-03 1 0\n", NULL);
  g_autofree char *long_line = g_strnfill (5000, 'a');

  g_assert_no_error (error);
  g_assert_nonnull (good);

  /* Truncated: cut inside a card line, and cut before the end line. */
  check_parse_error (good_file, strstr (good_file, "2.50") - good_file,
                     ATLAS_STUDY_PROGRESS_ERROR_INVALID, 4);
  check_parse_error (good_file, strstr (good_file, "end") - good_file,
                     ATLAS_STUDY_PROGRESS_ERROR_TRUNCATED, 4);
  check_parse_error (good_file, 0, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, 1);
  /* Not a progress file. */
  check_parse_error (png, sizeof png - 1, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, 1);
  check_parse_error ("[Settings]\nkey=value\n", -1, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, 1);
  check_parse_error ("# only a comment\n", -1, ATLAS_STUDY_PROGRESS_ERROR_NOT_PROGRESS, 1);
  check_parse_error (long_line, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 1);
  /* Another version. */
  check_parse_error (newer, -1, ATLAS_STUDY_PROGRESS_ERROR_VERSION, 2);
  check_parse_error (older, -1, ATLAS_STUDY_PROGRESS_ERROR_VERSION, 2);
  /* Wrong types, NaN, huge numbers. */
  check_parse_error (word, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (nan_ease, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (inf_ease, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (huge, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (huge_interval, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (negative, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (bad_date, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (negative_year, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (signed_year, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  /* An early year is saved with its four digits, so that it reads back. */
  early = atlas_study_progress_parse_bytes (early_year, strlen (early_year), "early.txt", &error);
  g_assert_no_error (error);
  early_saved = atlas_study_progress_to_string (early);
  g_assert_nonnull (strstr (early_saved, "\t0027-01-22\t"));
  check_parse_error (more_right, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (few_fields, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (bad_id, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 3);
  check_parse_error (twice, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 4);
  check_parse_error (after_end, -1, ATLAS_STUDY_PROGRESS_ERROR_INVALID, 6);
}

/* A broken file is reported with its name and line, kept under another name
 * byte for byte, and study starts afresh. */
static void
check_set_aside (const char *contents,
                 const char *expected_in_problem)
{
  AtlasDatabase *db = atlas_test_mini ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("study-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "study-progress.txt", NULL);
  g_autofree char *problem = NULL;
  g_autoptr (AtlasStudyProgress) progress = NULL;
  g_autoptr (GDir) listing = NULL;
  const char *name;
  guint n_aside = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  progress = atlas_study_progress_load (path, atlas_study_card_is_known, db, &problem);

  g_assert_nonnull (progress);
  g_assert_cmpuint (atlas_study_progress_get_cards (progress)->len, ==, 0);
  g_assert_nonnull (problem);
  if (strstr (problem, expected_in_problem) == NULL || strstr (problem, path) == NULL)
    g_error ("“%s” should name %s and say “%s”", problem, path, expected_in_problem);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *aside = g_build_filename (dir, name, NULL);
      g_autofree char *kept = NULL;

      g_assert_true (g_str_has_prefix (name, "study-progress.txt.broken-"));
      g_assert_nonnull (strstr (problem, aside));
      g_assert_true (g_file_get_contents (aside, &kept, NULL, &error));
      g_assert_cmpstr (kept, ==, contents);
      g_remove (aside);
      n_aside++;
    }
  g_assert_cmpuint (n_aside, ==, 1);
  g_rmdir (dir);
}

static void
test_set_aside (void)
{
  g_autofree char *newer = replace ("progress 1", "progress 7");
  g_autofree char *nan_ease = replace ("2.36", "NaN");
  g_autofree char *unknown = replace ("which/alpha", "which/gamma");

  check_set_aside ("trigger-atlas-study-progress 1\nwhich/alpha 2 6",
                   ":2: a card line has 7 fields");
  check_set_aside (newer,
                   ":2: format “7” is not the one this version reads (1): written by a newer");
  check_set_aside (nan_ease, ":3: ease “NaN” is not a number");
  check_set_aside ("<?xml version=\"1.0\"?>\n", ":1: not a study progress file");
  check_set_aside (unknown, ":3: card “which/gamma” is not in this atlas");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/study/questions/every-muscle-bundled", test_every_muscle_bundled);
  g_test_add_func ("/study/questions/every-muscle-mini", test_every_muscle_mini);
  g_test_add_func ("/study/questions/plausible-distractors", test_plausible_distractors);
  g_test_add_func ("/study/questions/decks", test_decks);
  g_test_add_func ("/study/questions/scoring", test_scoring);
  g_test_add_func ("/study/questions/typed-answers", test_text_answers_bundled);
  g_test_add_func ("/study/scheduler/sm2-intervals", test_scheduler);
  g_test_add_func ("/study/scheduler/summary", test_summary);
  g_test_add_func ("/study/progress/round-trip", test_round_trip);
  g_test_add_func ("/study/progress/corrupt", test_corrupt);
  g_test_add_func ("/study/progress/set-aside", test_set_aside);

  return g_test_run ();
}
