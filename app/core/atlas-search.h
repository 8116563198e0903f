/* atlas-search.h: one search over everything the atlas names.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

/* In the order the results come in. */
typedef enum {
  ATLAS_SEARCH_MUSCLE,
  ATLAS_SEARCH_CONDITION,
  ATLAS_SEARCH_REGION,
  ATLAS_SEARCH_PAGE,
  ATLAS_SEARCH_SCREENING, /* a screening item (AtlasScreeningItem*) */
} AtlasSearchKind;

typedef enum {
  ATLAS_MATCH_PREFIX,      /* the text starts with the whole query */
  ATLAS_MATCH_WORD_STARTS, /* each query word starts a word of the text */
  ATLAS_MATCH_INSIDE,      /* each query word is in the text, some inside a word */
  ATLAS_MATCH_TYPO,        /* some query word only nearly starts a word */
} AtlasMatch;

typedef struct {
  AtlasSearchKind kind;
  const char *id;
  /* What to show: the muscle's, condition's or region's name, or the page's title. */
  const char *name;
  /* The Latin name or synonym that matched, when the name itself did not;
   * otherwise NULL. */
  const char *matched;
  AtlasMatch match;
  /* AtlasMuscle*, AtlasCondition*, AtlasRegion* or AtlasTopic*, by kind. */
  gpointer item;
} AtlasSearchResult;

/* "muscle", "condition", "region", "page", "screening": the command line's words. */
const char *atlas_search_kind_to_string (AtlasSearchKind kind);

/* Everything whose name matches @query: muscles by name, Latin name and
 * synonyms, conditions by name and synonyms, regions by name, patient pages by
 * title. Case and accents are ignored; each query word must start a word of
 * the text (or occur in it, ranked lower). A query word that is nowhere in
 * the atlas as typed may have a typo: one in a word of five letters or more,
 * two from eight letters; such matches rank lower still. Grouped by kind in
 * the order of AtlasSearchKind, best first within a kind, ties in data-file
 * order. Returns AtlasSearchResult* (owned by the array; the strings and items
 * are borrowed from @db). */
GPtrArray  *atlas_search                (AtlasDatabase *db,
                                         const char    *query);

/* The Damerau-Levenshtein (optimal string alignment: a swap of two
 * neighbouring letters is one edit) distance between @word and the closest
 * start of @text, so that a word being typed matches before it is complete;
 * anything above @max (at most 2) is returned as @max + 1. Exposed for tests. */
guint       atlas_search_typo_distance  (const char    *word,
                                         const char    *text,
                                         guint          max);

/* The muscles among atlas_search()'s results for @query, in its order.
 * Container of AtlasMuscle* (borrowed). */
GPtrArray *atlas_database_search (AtlasDatabase *self,
                                  const char    *query);

G_END_DECLS
