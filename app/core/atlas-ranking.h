/* atlas-ranking.h: which muscles could explain where it hurts.
 *
 * The scoring is documented in the README ("Where does it hurt?").
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

/* A painful region on one side of the body; @side is ignored for a midline
 * region. */
typedef struct {
  const AtlasRegion *region;
  AtlasSide side;
} AtlasPainArea;

/* Why a candidate fits: one marked area and the zone that covers it. */
typedef struct {
  AtlasPainArea area;
  AtlasZone zone;
} AtlasReason;

typedef struct {
  AtlasMuscle *muscle;   /* borrowed from the database */
  AtlasSide side;
  /* Whether any marked area was on one side, so that the side means something. */
  gboolean sided;
  double score;
  guint essential;       /* marked areas in an essential zone */
  guint spillover;       /* marked areas in a spillover zone only */
  GArray *reasons;       /* AtlasReason, in the order the areas were marked */
} AtlasCandidate;

/* Candidates for @areas, best first: at most one per muscle (its better
 * side). Free with g_ptr_array_unref. */
GPtrArray *atlas_rank_candidates (AtlasDatabase       *db,
                                  const AtlasPainArea *areas,
                                  guint                n_areas);

/* The trigger point of @candidate's muscle whose own pattern best explains
 * @areas on the candidate's side, scored as candidates are; the first in the
 * data file on a tie. Never NULL: every muscle has a trigger point. */
const AtlasTriggerPoint *atlas_candidate_best_point (const AtlasCandidate *candidate,
                                                     const AtlasPainArea  *areas,
                                                     guint                 n_areas);

/* Parses "temple:right", "sacrum" (a midline region) into an area. A sided
 * region needs its side. Errors name the argument and what is wrong. */
gboolean   atlas_pain_area_parse (AtlasDatabase       *db,
                                  const char          *text,
                                  AtlasPainArea       *area,
                                  GError             **error);

/* Like atlas_pain_area_parse(), but a sided region without a side ("temple")
 * means both sides: appends one or two AtlasPainArea to @areas. */
gboolean   atlas_pain_areas_parse (AtlasDatabase       *db,
                                   const char          *text,
                                   GArray              *areas,
                                   GError             **error);

G_END_DECLS
