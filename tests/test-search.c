/* test-search.c: the one search over muscles, conditions, regions and pages.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-search.h"
#include "atlas-test-util.h"

static AtlasDatabase *mini;
static AtlasDatabase *bundled;

/* "kind:id,kind:id...", the results in order. */
static char *
describe (AtlasDatabase *db,
          const char    *query)
{
  g_autoptr (GPtrArray) results = atlas_search (db, query);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (out, "%s%s:%s", i ? "," : "",
                              atlas_search_kind_to_string (result->kind), result->id);
    }
  return g_string_free (out, FALSE);
}

static void
assert_results (AtlasDatabase *db,
                const char    *query,
                const char    *expected)
{
  g_autofree char *found = describe (db, query);

  if (g_strcmp0 (found, expected) != 0)
    g_error ("search “%s” gave “%s”, expected “%s”", query, found, expected);
}

/* The first result of @kind, which must exist. */
static const AtlasSearchResult *
first_of_kind (GPtrArray       *results,
               AtlasSearchKind  kind)
{
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      if (result->kind == kind)
        return result;
    }
  g_error ("no %s in the results", atlas_search_kind_to_string (kind));
  return NULL;
}

static void
test_accents (void)
{
  g_autofree char *plain = describe (bundled, "pectoralis major");
  g_autofree char *accented = describe (bundled, "pectóralis màjor");

  g_assert_true (g_str_has_prefix (plain, "muscle:pectoralis-major"));
  g_assert_cmpstr (accented, ==, plain);
  /* The mini atlas spells its muscle "Álpha": accents are ignored both ways. */
  assert_results (mini, "alpha", "muscle:alpha");
  assert_results (mini, "álphá", "muscle:alpha");
}

static void
test_case (void)
{
  g_autofree char *lower = describe (bundled, "upper trapezius");
  g_autofree char *upper = describe (bundled, "UPPER Trapezius");

  g_assert_cmpstr (lower, ==, "muscle:upper-trapezius");
  g_assert_cmpstr (upper, ==, lower);
  assert_results (mini, "  ALPHA   Muscle ", "muscle:alpha");
}

static void
test_typo_distance (void)
{
  /* A swap of neighbouring letters is one typo, not two. */
  g_assert_cmpuint (atlas_search_typo_distance ("trapezuis", "trapezius", 2), ==, 1);
  g_assert_cmpuint (atlas_search_typo_distance ("gastrocnemus", "gastrocnemius", 2), ==, 1);
  g_assert_cmpuint (atlas_search_typo_distance ("gastrcnemus", "gastrocnemius", 2), ==, 2);
  g_assert_cmpuint (atlas_search_typo_distance ("deltoid", "deltoid", 2), ==, 0);
  /* A word being typed matches the start of the word it will become. */
  g_assert_cmpuint (atlas_search_typo_distance ("trapezu", "trapezius", 1), ==, 1);
  /* Anything beyond the limit is the limit plus one. */
  g_assert_cmpuint (atlas_search_typo_distance ("dleotid", "deltoid", 1), ==, 2);
  g_assert_cmpuint (atlas_search_typo_distance ("soleus", "iliacus", 2), ==, 3);
}

static void
test_typo (void)
{
  g_autoptr (GPtrArray) trapezius = atlas_search (bundled, "trapezuis");
  g_autoptr (GPtrArray) gastrocnemius = atlas_search (bundled, "gastrocnemus");
  const AtlasSearchResult *first;

  g_assert_cmpuint (trapezius->len, >, 0);
  first = g_ptr_array_index (trapezius, 0);
  g_assert_cmpstr (first->id, ==, "upper-trapezius");
  g_assert_cmpint (first->match, ==, ATLAS_MATCH_TYPO);

  g_assert_cmpuint (gastrocnemius->len, >, 0);
  first = g_ptr_array_index (gastrocnemius, 0);
  g_assert_cmpstr (first->id, ==, "gastrocnemius");

  /* Eight letters or more forgive two typos, fewer only one, under five none. */
  assert_results (bundled, "gastrcnemus", "muscle:gastrocnemius");
  assert_results (bundled, "dleotid", "");
  /* The deltoid regions' clinical names ("anterior deltoid region") come after the muscle. */
  assert_results (bundled, "dletoid",
                  "muscle:deltoid,region:anterior-shoulder,region:lateral-shoulder,"
                  "region:posterior-shoulder");
  assert_results (bundled, "dlet", "");

  /* A word that is in the atlas as typed finds no look-alikes: "longus" is a
   * word of its own, not a typo for "longissimus". */
  {
    g_autoptr (GPtrArray) longus = atlas_search (bundled, "longus");

    for (guint i = 0; i < longus->len; i++)
      g_assert_cmpint (((AtlasSearchResult *) g_ptr_array_index (longus, i))->match, !=,
                       ATLAS_MATCH_TYPO);
  }
}

static void
test_synonyms (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "descending trapezius");
  g_autoptr (GPtrArray) name_results = atlas_search (bundled, "upper trapezius");
  const AtlasSearchResult *result;

  result = g_ptr_array_index (results, 0);
  g_assert_cmpstr (result->id, ==, "upper-trapezius");
  g_assert_cmpstr (result->name, ==, "Upper trapezius");
  /* Shown so that the user sees why a result with another name came up. */
  g_assert_cmpstr (result->matched, ==, "Descending trapezius");

  result = g_ptr_array_index (name_results, 0);
  g_assert_null (result->matched);

  assert_results (mini, "first", "muscle:alpha");
  /* The name that starts with the query beats a synonym that has it later,
   * whatever the file order. */
  assert_results (mini, "beta", "muscle:beta,muscle:alpha");
  assert_results (mini, "thoracic", "condition:chest-pain");
}

static void
test_latin (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "pars descendens");
  const AtlasSearchResult *result = g_ptr_array_index (results, 0);

  g_assert_cmpstr (result->id, ==, "upper-trapezius");
  g_assert_cmpstr (result->matched, ==, atlas_muscle_get_latin (result->item));
  assert_results (mini, "musculus alph", "muscle:alpha");
}

static void
test_grouping (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "shoulder");
  AtlasSearchKind last = ATLAS_SEARCH_MUSCLE;
  guint kinds = 0;

  /* Every kind in the mini atlas has an "a": muscles first, then conditions,
   * regions and pages; within a kind, a name that starts with the query
   * before one that only has it inside a word. */
  assert_results (mini, "a",
                  "muscle:alpha,muscle:beta,"
                  "condition:headache,condition:chest-pain,"
                  "region:head,"
                  "page:about");

  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->kind, >=, last);
      if (i == 0 || result->kind != last)
        kinds++;
      last = result->kind;
    }
  g_assert_cmpuint (kinds, >=, 3);
}

static void
test_condition (void)
{
  g_autoptr (GPtrArray) tennis = atlas_search (bundled, "tennis elbow");
  g_autoptr (GPtrArray) epicondylitis = atlas_search (bundled, "lateral epicondylitis");
  const AtlasSearchResult *result;

  result = first_of_kind (tennis, ATLAS_SEARCH_CONDITION);
  g_assert_cmpstr (result->id, ==, "lateral-elbow-pain");
  g_assert_nonnull (((AtlasCondition *) result->item)->summary);

  /* A condition's synonym, from the data file. */
  result = first_of_kind (epicondylitis, ATLAS_SEARCH_CONDITION);
  g_assert_cmpstr (result->id, ==, "lateral-elbow-pain");
  g_assert_cmpstr (result->matched, ==, "Lateral epicondylitis");
}

static void
test_region (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "temple");
  const AtlasSearchResult *result = first_of_kind (results, ATLAS_SEARCH_REGION);

  g_assert_cmpstr (result->id, ==, "temple");
  g_assert_cmpstr (result->name, ==, "Temple");
  g_assert_true (result->item == atlas_database_get_region (bundled, "temple"));
}

/* A clinician types the anatomist's term; the result shows the plain name
 * and says which clinical name matched. */
static void
test_region_clinical_name (void)
{
  static const struct { const char *query, *region; } cases[] = {
    { "lateral malleolus", "lateral-ankle" }, { "interscapular", "interscapular" },
    { "acromion", "acromion" }, { "occiput", "occiput" }, { "popliteal fossa", "posterior-knee" },
    { "lateral epicondyle", "lateral-epicondyle" },
  };
  const AtlasRegion *chest = atlas_database_get_region (mini, "chest");
  const AtlasRegion *head = atlas_database_get_region (mini, "head");
  g_autofree char *head_label = atlas_region_dup_label (head, TRUE);
  g_autofree char *patient_label = atlas_region_dup_label (head, FALSE);
  g_autofree char *chest_label = atlas_region_dup_label (chest, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) results = atlas_search (bundled, cases[i].query);
      const AtlasSearchResult *result = first_of_kind (results, ATLAS_SEARCH_REGION);

      g_assert_cmpstr (result->id, ==, cases[i].region);
    }

  assert_results (mini, "cranium", "region:head");
  {
    g_autoptr (GPtrArray) results = atlas_search (mini, "cranium");
    const AtlasSearchResult *result = g_ptr_array_index (results, 0);

    g_assert_cmpstr (result->name, ==, "Head");
    g_assert_cmpstr (result->matched, ==, "cranium");
  }
  /* The clinician reads both names, a patient the plain one; a region
   * without a clinical name (it is optional) shows its plain name alone. */
  g_assert_cmpstr (head_label, ==, "Head / cranium");
  g_assert_cmpstr (patient_label, ==, "Head");
  g_assert_null (chest->clinical_name);
  g_assert_cmpstr (chest_label, ==, "Chest");
}

static void
test_page (void)
{
  g_autoptr (GPtrArray) results = atlas_search (bundled, "dry needling");
  const AtlasSearchResult *result = first_of_kind (results, ATLAS_SEARCH_PAGE);

  g_assert_cmpstr (result->id, ==, "what-is-dry-needling");
  assert_results (mini, "about", "page:about");
}

static void
test_nothing (void)
{
  assert_results (mini, "", "");
  assert_results (mini, "   ", "");
  assert_results (mini, "zzz", "");
  assert_results (mini, "alpha zzz", "");
  assert_results (bundled, "xylophone", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  mini = atlas_test_mini ();
  bundled = atlas_test_bundled ();

  g_test_add_func ("/atlas/search/accents", test_accents);
  g_test_add_func ("/atlas/search/case", test_case);
  g_test_add_func ("/atlas/search/typo-distance", test_typo_distance);
  g_test_add_func ("/atlas/search/typo", test_typo);
  g_test_add_func ("/atlas/search/synonyms", test_synonyms);
  g_test_add_func ("/atlas/search/latin", test_latin);
  g_test_add_func ("/atlas/search/grouping", test_grouping);
  g_test_add_func ("/atlas/search/condition", test_condition);
  g_test_add_func ("/atlas/search/region", test_region);
  g_test_add_func ("/atlas/search/region-clinical-name", test_region_clinical_name);
  g_test_add_func ("/atlas/search/page", test_page);
  g_test_add_func ("/atlas/search/nothing", test_nothing);

  return g_test_run ();
}
