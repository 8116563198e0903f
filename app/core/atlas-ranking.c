/* atlas-ranking.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A candidate's score is the number of marked areas its pattern explains,
 * plus a fraction below one that orders candidates explaining the same number:
 * two thirds of it for how much of the match is essential rather than
 * spillover, one third for how little of the pattern lies outside what was
 * marked. So explaining more areas always ranks higher; at an equal count an
 * all-essential match always beats an all-spillover one; and a pattern much
 * larger than the marked areas ranks a little lower. Ties keep the data
 * file's order. Referral is on the muscle's own side; midline regions match
 * either side.
 */

#include "config.h"

#include "atlas-muscle-private.h"
#include "atlas-ranking.h"

/* How much a spillover match counts against an essential one. */
#define SPILLOVER_WEIGHT 0.5
/* How many regions beyond the marked ones halve the size term. */
#define SIZE_SCALE 8.0

static void
candidate_free (gpointer data)
{
  AtlasCandidate *candidate = data;

  g_array_unref (candidate->reasons);
  g_free (candidate);
}

static guint
pattern_size (AtlasMuscle *muscle)
{
  g_autoptr (GHashTable) regions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < muscle->trigger_points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (muscle->trigger_points, i);

      for (guint j = 0; j < point->essential->len; j++)
        g_hash_table_add (regions, g_ptr_array_index (point->essential, j));
      for (guint j = 0; j < point->spillover->len; j++)
        g_hash_table_add (regions, g_ptr_array_index (point->spillover, j));
    }
  return g_hash_table_size (regions);
}

/* The score of a pattern of @size regions that covers @essential marked areas
 * in its essential zone and @spillover only in its spillover zone. */
static double
score (guint essential,
       guint spillover,
       guint size)
{
  guint  matched = essential + spillover, extra = size - MIN (size, matched);
  double essential_share;

  if (matched == 0)
    return 0;
  /* 1 when every match is essential, 0 when every match is spillover. */
  essential_share = (essential + SPILLOVER_WEIGHT * spillover) / matched;
  essential_share = (essential_share - SPILLOVER_WEIGHT) / (1 - SPILLOVER_WEIGHT);
  /* 0.66 + 0.33 < 1: the fraction never reaches the next whole match, and an
   * all-essential match (at least 0.66) always beats an all-spillover one
   * (at most 0.33). */
  return matched + 0.66 * essential_share + 0.33 / (1 + extra / SIZE_SCALE);
}

/* ---- What refers where, once per database ------------------------------ */

/* A muscle whose pattern covers a region, and in which zone (essential when
 * any of its trigger points has it so). */
typedef struct {
  guint muscle;
  AtlasZone zone;
} Referral;

/* The ranking reads only the referrals of the marked regions, from compact
 * arrays: with ten times the muscles, a walk through every muscle's trigger
 * points for each ranking cost far more than ten times as much, most of it
 * waiting for memory. */
typedef struct {
  GPtrArray *muscles;    /* AtlasMuscle, data-file order */
  guint *sizes;          /* pattern_size () of each */
  GHashTable *referrals; /* const AtlasRegion* -> GArray of Referral, by muscle */
} RankIndex;

static void
rank_index_free (RankIndex *index)
{
  g_ptr_array_unref (index->muscles);
  g_free (index->sizes);
  g_hash_table_unref (index->referrals);
  g_free (index);
}

static void
add_referral (RankIndex         *index,
              GHashTable        *seen,
              guint              muscle,
              const AtlasRegion *region,
              AtlasZone          zone)
{
  Referral referral = { muscle, zone };
  GArray *referrals;
  gpointer at;

  /* Seen for this muscle: an essential zone wins over a spillover. */
  if (g_hash_table_lookup_extended (seen, region, NULL, &at))
    {
      GArray *earlier_referrals = g_hash_table_lookup (index->referrals, region);
      Referral *earlier = &g_array_index (earlier_referrals, Referral, GPOINTER_TO_UINT (at));

      if (zone == ATLAS_ZONE_ESSENTIAL)
        earlier->zone = zone;
      return;
    }
  referrals = g_hash_table_lookup (index->referrals, region);
  if (referrals == NULL)
    {
      referrals = g_array_new (FALSE, FALSE, sizeof (Referral));
      g_hash_table_insert (index->referrals, (gpointer) region, referrals);
    }
  g_hash_table_insert (seen, (gpointer) region, GUINT_TO_POINTER (referrals->len));
  g_array_append_val (referrals, referral);
}

static RankIndex *
build_rank_index (AtlasDatabase *db)
{
  GListModel *muscles = atlas_database_get_muscles (db);
  guint n = g_list_model_get_n_items (muscles);
  RankIndex *index = g_new0 (RankIndex, 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  index->muscles = g_ptr_array_new_full (n, g_object_unref);
  index->sizes = g_new0 (guint, n);
  index->referrals = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      AtlasMuscle *muscle = g_list_model_get_item (muscles, i);

      g_ptr_array_add (index->muscles, muscle);
      index->sizes[i] = pattern_size (muscle);
      g_hash_table_remove_all (seen);
      for (guint p = 0; p < muscle->trigger_points->len; p++)
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (muscle->trigger_points, p);

          for (guint j = 0; j < point->essential->len; j++)
            add_referral (index, seen, i, g_ptr_array_index (point->essential, j),
                          ATLAS_ZONE_ESSENTIAL);
          for (guint j = 0; j < point->spillover->len; j++)
            add_referral (index, seen, i, g_ptr_array_index (point->spillover, j),
                          ATLAS_ZONE_SPILLOVER);
        }
    }
  return index;
}

/* Built on the first ranking and dropped with the database. */
static RankIndex *
get_rank_index (AtlasDatabase *db)
{
  return atlas_database_get_derived (db, "atlas-rank-index",
                                     (AtlasDatabaseDeriveFunc) build_rank_index,
                                     (GDestroyNotify) rank_index_free);
}

/* ---- Ranking ----------------------------------------------------------- */

static void
add_reason (AtlasCandidate      **candidate,
            AtlasMuscle          *muscle,
            AtlasSide             side,
            gboolean              sided,
            const AtlasPainArea  *area,
            AtlasZone             zone)
{
  AtlasReason reason = { *area, zone };

  if (*candidate == NULL)
    {
      *candidate = g_new0 (AtlasCandidate, 1);
      (*candidate)->muscle = muscle;
      (*candidate)->side = side;
      (*candidate)->sided = sided;
      (*candidate)->reasons = g_array_new (FALSE, FALSE, sizeof (AtlasReason));
    }
  g_array_append_val ((*candidate)->reasons, reason);
  if (zone == ATLAS_ZONE_ESSENTIAL)
    (*candidate)->essential++;
  else
    (*candidate)->spillover++;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const AtlasCandidate *x = *(AtlasCandidate * const *) a;
  const AtlasCandidate *y = *(AtlasCandidate * const *) b;

  /* The array is in data-file order and the sort is stable: ties keep it. */
  return (x->score < y->score) - (x->score > y->score);
}

GPtrArray *
atlas_rank_candidates (AtlasDatabase       *db,
                       const AtlasPainArea *areas,
                       guint                n_areas)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func (candidate_free);
  RankIndex *index = get_rank_index (db);
  guint n = index->muscles->len;
  g_autofree AtlasCandidate **right = g_new0 (AtlasCandidate *, n);
  g_autofree AtlasCandidate **left = g_new0 (AtlasCandidate *, n);
  gboolean sided = FALSE;

  for (guint i = 0; i < n_areas; i++)
    sided |= areas[i].region->sided;

  /* Area by area, so that each candidate's reasons are in the order the
   * areas were marked. Referral is on the muscle's own side; a midline
   * region is on both. */
  for (guint i = 0; i < n_areas; i++)
    {
      GArray *referrals = g_hash_table_lookup (index->referrals, areas[i].region);

      for (guint r = 0; referrals != NULL && r < referrals->len; r++)
        {
          const Referral *referral = &g_array_index (referrals, Referral, r);
          AtlasMuscle *muscle = g_ptr_array_index (index->muscles, referral->muscle);

          if (!areas[i].region->sided || areas[i].side == ATLAS_SIDE_RIGHT)
            add_reason (&right[referral->muscle], muscle, ATLAS_SIDE_RIGHT, sided, &areas[i],
                        referral->zone);
          if (!areas[i].region->sided || areas[i].side == ATLAS_SIDE_LEFT)
            add_reason (&left[referral->muscle], muscle, ATLAS_SIDE_LEFT, sided, &areas[i],
                        referral->zone);
        }
    }

  for (guint m = 0; m < n; m++)
    {
      if (right[m] != NULL)
        right[m]->score = score (right[m]->essential, right[m]->spillover, index->sizes[m]);
      if (left[m] != NULL)
        left[m]->score = score (left[m]->essential, left[m]->spillover, index->sizes[m]);

      /* One line per muscle: its better side (the right one on a tie). */
      if (left[m] != NULL && (right[m] == NULL || left[m]->score > right[m]->score))
        {
          g_ptr_array_add (candidates, left[m]);
          g_clear_pointer (&right[m], candidate_free);
        }
      else if (right[m] != NULL)
        {
          g_ptr_array_add (candidates, right[m]);
          g_clear_pointer (&left[m], candidate_free);
        }
    }
  g_ptr_array_sort (candidates, compare_candidates);
  return candidates;
}

const AtlasTriggerPoint *
atlas_candidate_best_point (const AtlasCandidate *candidate,
                            const AtlasPainArea  *areas,
                            guint                 n_areas)
{
  GPtrArray               *points = atlas_muscle_get_trigger_points (candidate->muscle);
  const AtlasTriggerPoint *best = NULL;
  double                   best_score = -1;

  /* Each trigger point scored as the muscle is, on its own pattern, counting
   * only the areas on the candidate's side (and the midline). */
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      guint                    essential = 0, spillover = 0;
      double                   value;

      for (guint k = 0; k < n_areas; k++)
        {
          if (areas[k].region->sided && areas[k].side != candidate->side)
            continue;
          if (g_ptr_array_find (point->essential, areas[k].region, NULL))
            essential++;
          else if (g_ptr_array_find (point->spillover, areas[k].region, NULL))
            spillover++;
        }
      value = score (essential, spillover, point->essential->len + point->spillover->len);
      /* Ties keep the data file's order. */
      if (value > best_score)
        {
          best = point;
          best_score = value;
        }
    }
  return best;
}

gboolean
atlas_pain_area_parse (AtlasDatabase  *db,
                       const char     *text,
                       AtlasPainArea  *area,
                       GError        **error)
{
  g_auto (GStrv) parts = g_strsplit (text, ":", 2);
  const AtlasRegion *region = atlas_database_get_region (db, parts[0]);

  if (region == NULL)
    {
      g_set_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
                   "no body region has the id “%s” (see --regions for the ids)", parts[0]);
      return FALSE;
    }

  area->region = region;
  area->side = ATLAS_SIDE_RIGHT;
  if (parts[1] == NULL)
    {
      if (!region->sided)
        return TRUE;
      g_set_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_INVALID_VALUE,
                   "“%s” is on both sides of the body: write %s:left or %s:right",
                   parts[0], parts[0], parts[0]);
      return FALSE;
    }

  if (!atlas_side_from_string (parts[1], &area->side))
    {
      g_set_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_INVALID_VALUE,
                   "“%s”: the side must be “left” or “right”", text);
      return FALSE;
    }
  if (!region->sided)
    {
      g_set_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_INVALID_VALUE,
                   "“%s” is on the midline and has no side", parts[0]);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_pain_areas_parse (AtlasDatabase  *db,
                        const char     *text,
                        GArray         *areas,
                        GError        **error)
{
  const AtlasRegion *region = atlas_database_get_region (db, text);
  AtlasPainArea area;

  /* A bare id of a sided region: pain on both sides. */
  if (region != NULL && region->sided)
    {
      AtlasPainArea right = { region, ATLAS_SIDE_RIGHT };
      AtlasPainArea left = { region, ATLAS_SIDE_LEFT };

      g_array_append_val (areas, right);
      g_array_append_val (areas, left);
      return TRUE;
    }

  if (!atlas_pain_area_parse (db, text, &area, error))
    return FALSE;
  g_array_append_val (areas, area);
  return TRUE;
}
