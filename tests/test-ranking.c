/* test-ranking.c: "where does it hurt", on hand-checked cases.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mini atlas: alpha refers to the head (essential) and the chest
 * (spillover); beta refers to the chest (essential). The head is sided, the
 * chest is on the midline.
 */

#include "config.h"

#include <string.h>

#include "atlas-ranking.h"
#include "atlas-test-util.h"

static AtlasDatabase *mini;
static AtlasDatabase *bundled;

/* "id (side)" of each candidate, best first, from "region:side,..." */
static char *
rank (AtlasDatabase *db,
      const char    *list)
{
  g_autoptr (GArray) areas = atlas_test_pain_areas (db, list);
  g_autoptr (GPtrArray) candidates = NULL;
  GString *out = g_string_new (NULL);

  candidates = atlas_rank_candidates (db, (AtlasPainArea *) (void *) areas->data, areas->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);

      g_string_append_printf (out, "%s%s", i ? "," : "", atlas_muscle_get_id (candidate->muscle));
      if (candidate->sided)
        g_string_append_printf (out, ":%s", atlas_side_to_string (candidate->side));
    }
  return g_string_free (out, FALSE);
}

static void
test_essential_beats_spillover (void)
{
  g_autofree char *chest = rank (mini, "chest");

  /* beta has the chest in its essential zone, alpha only as spillover. */
  g_assert_cmpstr (chest, ==, "beta,alpha");
}

static void
test_more_regions_win (void)
{
  g_autofree char *both = rank (mini, "head:right,chest");

  /* alpha explains both areas (one as spillover), beta only the chest, and
   * that in its essential zone: more explained areas still come first. */
  g_assert_cmpstr (both, ==, "alpha:right,beta:right");
}

static void
test_side_matters (void)
{
  g_autofree char *left = rank (mini, "head:left");
  g_autofree char *right = rank (mini, "head:right");
  g_autofree char *crossed = rank (mini, "head:left,chest");

  g_assert_cmpstr (left, ==, "alpha:left");
  g_assert_cmpstr (right, ==, "alpha:right");
  /* The left instance explains both; beta (any side) only the chest. */
  g_assert_cmpstr (crossed, ==, "alpha:left,beta:right");
}

static void
test_reasons_and_scores (void)
{
  AtlasPainArea areas[2];
  g_autoptr (GPtrArray) candidates = NULL;
  const AtlasCandidate *alpha, *beta;
  const AtlasReason *reason;

  g_assert_true (atlas_pain_area_parse (mini, "head:right", &areas[0], NULL));
  g_assert_true (atlas_pain_area_parse (mini, "chest", &areas[1], NULL));
  candidates = atlas_rank_candidates (mini, areas, 2);
  g_assert_cmpuint (candidates->len, ==, 2);
  alpha = g_ptr_array_index (candidates, 0);
  beta = g_ptr_array_index (candidates, 1);

  /* Each candidate says which marked areas it explains, and how. */
  g_assert_cmpuint (alpha->reasons->len, ==, 2);
  reason = &g_array_index (alpha->reasons, AtlasReason, 0);
  g_assert_cmpstr (reason->area.region->id, ==, "head");
  g_assert_cmpint (reason->zone, ==, ATLAS_ZONE_ESSENTIAL);
  reason = &g_array_index (alpha->reasons, AtlasReason, 1);
  g_assert_cmpstr (reason->area.region->id, ==, "chest");
  g_assert_cmpint (reason->zone, ==, ATLAS_ZONE_SPILLOVER);
  g_assert_cmpuint (alpha->essential, ==, 1);
  g_assert_cmpuint (alpha->spillover, ==, 1);

  /* The whole part of the score counts the explained areas. */
  g_assert_cmpint ((int) alpha->score, ==, 2);
  g_assert_cmpint ((int) beta->score, ==, 1);
  g_assert_cmpfloat (beta->score - 1, >=, 0.66);   /* all essential */
}

static void
test_parse_errors (void)
{
  const char *bad[][2] = {
    { "elbow", "no body region has the id “elbow”" },
    { "head", "is on both sides of the body: write head:left or head:right" },
    { "head:middle", "the side must be “left” or “right”" },
    { "chest:left", "is on the midline and has no side" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      AtlasPainArea area;

      g_assert_false (atlas_pain_area_parse (mini, bad[i][0], &area, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, bad[i][1]) == NULL)
        g_error ("“%s” does not say “%s”", error->message, bad[i][1]);
    }
}

static void
test_parse_both_sides (void)
{
  g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
  g_autoptr (GError) error = NULL;

  /* A bare sided region is pain on both sides; a midline one is one area;
   * a sided one with its side is that side only. */
  g_assert_true (atlas_pain_areas_parse (mini, "head", areas, &error));
  g_assert_true (atlas_pain_areas_parse (mini, "chest", areas, &error));
  g_assert_true (atlas_pain_areas_parse (mini, "head:left", areas, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (areas->len, ==, 4);
  g_assert_cmpint (g_array_index (areas, AtlasPainArea, 0).side, ==, ATLAS_SIDE_RIGHT);
  g_assert_cmpint (g_array_index (areas, AtlasPainArea, 1).side, ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (g_array_index (areas, AtlasPainArea, 2).region->id, ==, "chest");
  g_assert_cmpint (g_array_index (areas, AtlasPainArea, 3).side, ==, ATLAS_SIDE_LEFT);

  g_assert_false (atlas_pain_areas_parse (mini, "elbow", areas, &error));
  g_assert_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE);
  g_assert_cmpuint (areas->len, ==, 4);
}

static void
test_jaw_and_teeth (void)
{
  g_auto (GStrv) top = NULL;
  g_autofree char *ranked = rank (bundled, "lower-jaw:right,upper-teeth:right");
  g_autofree char *wider = NULL;
  gboolean masseter = FALSE, temporalis = FALSE;

  /* Pain in the jaw and the upper teeth: masseter and temporalis are the
   * classic sources, and both should be near the top. */
  top = g_strsplit (ranked, ",", 4);
  for (guint i = 0; top[i] != NULL && i < 3; i++)
    {
      masseter |= g_str_has_prefix (top[i], "masseter:right");
      temporalis |= g_str_has_prefix (top[i], "temporalis:right");
    }
  g_assert_true (masseter);
  g_assert_true (temporalis);

  /* Adding an unrelated area does not push them out of the list. */
  wider = rank (bundled, "lower-jaw:right,upper-teeth:right,heel:left");
  g_assert_nonnull (strstr (wider, "masseter:right"));
  g_assert_nonnull (strstr (wider, "soleus:left"));
}

/* "muscle/point/side" for the candidate @muscle_id's best trigger point. */
static char *
best_point (const char *list,
            const char *muscle_id)
{
  g_autoptr (GArray) areas = atlas_test_pain_areas (bundled, list);
  const AtlasPainArea *data = (AtlasPainArea *) (void *) areas->data;
  g_autoptr (GPtrArray) candidates = atlas_rank_candidates (bundled, data, areas->len);

  for (guint i = 0; i < candidates->len; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);

      if (g_str_equal (atlas_muscle_get_id (candidate->muscle), muscle_id))
        return g_strdup_printf ("%s/%s/%s", muscle_id,
                                atlas_candidate_best_point (candidate, data, areas->len)->id,
                                atlas_side_to_string (candidate->side));
    }
  return NULL;
}

static void
test_best_point (void)
{
  g_autofree char *temple = best_point ("temple:right,posterior-neck:right", "upper-trapezius");
  g_autofree char *neck = best_point ("posterior-neck:right", "upper-trapezius");
  g_autofree char *teeth = best_point ("upper-teeth:left,cheek:left", "masseter");
  g_autofree char *other_side = best_point ("upper-teeth:left,cheek:left,lower-jaw:right",
                                            "masseter");

  /* Only the central point refers to the temple. */
  g_assert_cmpstr (temple, ==, "upper-trapezius/tp1/right");
  /* Both refer to the back of the neck; the lateral point's pattern is the
   * smaller, so less of it lies outside what hurts, as in the ranking. */
  g_assert_cmpstr (neck, ==, "upper-trapezius/tp2/right");
  /* Upper teeth essential and cheek spillover: the second point, not the first. */
  g_assert_cmpstr (teeth, ==, "masseter/tp2/left");
  /* An area on the other side does not pull toward tp1 (lower jaw). */
  g_assert_cmpstr (other_side, ==, "masseter/tp2/left");
}

/* The ranking reads a table of referrals made once per atlas: for every region
 * of the bundled atlas on either side, the candidates and their zones are
 * exactly the muscles atlas_muscle_refers_to() names. */
static void
test_every_region_matches_the_muscles (void)
{
  GPtrArray *regions = atlas_database_get_regions (bundled);
  GListModel *muscles = atlas_database_get_muscles (bundled);

  for (guint r = 0; r < regions->len; r++)
    {
      AtlasPainArea area = { g_ptr_array_index (regions, r), ATLAS_SIDE_LEFT };
      g_autoptr (GPtrArray) candidates = atlas_rank_candidates (bundled, &area, 1);
      guint expected = 0;

      for (guint m = 0; m < g_list_model_get_n_items (muscles); m++)
        {
          g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, m);

          expected += atlas_muscle_refers_to (muscle, area.region) != ATLAS_ZONE_NONE;
        }
      g_assert_cmpuint (candidates->len, ==, expected);
      for (guint c = 0; c < candidates->len; c++)
        {
          const AtlasCandidate *candidate = g_ptr_array_index (candidates, c);
          const AtlasReason    *reason = &g_array_index (candidate->reasons, AtlasReason, 0);
          AtlasZone             zone = atlas_muscle_refers_to (candidate->muscle, area.region);

          g_assert_cmpuint (candidate->reasons->len, ==, 1);
          g_assert_cmpint (reason->zone, ==, zone);
          g_assert_true (reason->area.region == area.region);
          /* A sided region is pain on the left: only the left instance. */
          if (area.region->sided)
            g_assert_cmpint (candidate->side, ==, ATLAS_SIDE_LEFT);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  mini = atlas_test_mini ();
  bundled = atlas_test_bundled ();

  g_test_add_func ("/atlas/ranking/essential-beats-spillover", test_essential_beats_spillover);
  g_test_add_func ("/atlas/ranking/more-regions-win", test_more_regions_win);
  g_test_add_func ("/atlas/ranking/side-matters", test_side_matters);
  g_test_add_func ("/atlas/ranking/reasons-and-scores", test_reasons_and_scores);
  g_test_add_func ("/atlas/ranking/parse-errors", test_parse_errors);
  g_test_add_func ("/atlas/ranking/parse-both-sides", test_parse_both_sides);
  g_test_add_func ("/atlas/ranking/jaw-and-teeth", test_jaw_and_teeth);
  g_test_add_func ("/atlas/ranking/best-point", test_best_point);
  g_test_add_func ("/atlas/ranking/every-region-matches-the-muscles",
                   test_every_region_matches_the_muscles);

  return g_test_run ();
}
