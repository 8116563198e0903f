/* test-format.c: the names of muscle and region instances, on the mini atlas.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-database.h"
#include "atlas-format.h"
#include "atlas-test-util.h"

static void
test_muscle_instance (void)
{
  AtlasDatabase   *db = atlas_test_mini ();
  AtlasMuscle     *alpha = atlas_database_get_muscle (db, "alpha");
  g_autofree char *left = atlas_format_muscle_instance (alpha, ATLAS_SIDE_LEFT);
  g_autofree char *right = atlas_format_muscle_instance (alpha, ATLAS_SIDE_RIGHT);
  g_autofree char *expected_left = g_strdup_printf ("%s (left)", atlas_muscle_get_name (alpha));
  g_autofree char *expected_right = g_strdup_printf ("%s (right)", atlas_muscle_get_name (alpha));

  g_assert_cmpstr (left, ==, expected_left);
  g_assert_cmpstr (right, ==, expected_right);
}

static void
test_region_instance (void)
{
  AtlasDatabase     *db = atlas_test_mini ();
  const AtlasRegion *head = atlas_database_get_region (db, "head");
  const AtlasRegion *chest = atlas_database_get_region (db, "chest");
  g_autofree char   *head_left = atlas_format_region_instance (head, ATLAS_SIDE_LEFT);
  g_autofree char   *head_right = atlas_format_region_instance (head, ATLAS_SIDE_RIGHT);
  g_autofree char   *chest_left = atlas_format_region_instance (chest, ATLAS_SIDE_LEFT);

  g_assert_cmpstr (head_left, ==, "Head (left)");
  g_assert_cmpstr (head_right, ==, "Head (right)");
  /* A region of the midline has no side to name. */
  g_assert_cmpstr (chest_left, ==, "Chest");
}

/* Muscles and regions share the words: one translation serves both. */
static void
test_same_words (void)
{
  g_autofree char *name = atlas_format_sided_name ("Temple", ATLAS_SIDE_LEFT);

  g_assert_cmpstr (name, ==, "Temple (left)");
}

/* Joined for display without touching the array, which may be the database's. */
static void
test_join (void)
{
  AtlasDatabase *db = atlas_test_mini ();
  AtlasMuscle   *alpha = atlas_database_get_muscle (db, "alpha");
  GPtrArray     *synonyms = atlas_muscle_get_synonyms (alpha);
  guint          len = synonyms->len;
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autofree char *none = NULL;
  g_autofree char *two = NULL;
  g_autofree char *joined = NULL;

  none = atlas_format_join (words, ", ");
  g_assert_cmpstr (none, ==, "");
  g_ptr_array_add (words, "TMD");
  g_ptr_array_add (words, "TMJ disorder");
  two = atlas_format_join (words, ", ");
  g_assert_cmpstr (two, ==, "TMD, TMJ disorder");
  g_assert_cmpuint (words->len, ==, 2);

  g_assert_cmpuint (len, >, 0);
  joined = atlas_format_join (synonyms, ", ");
  g_assert_cmpstr (joined, ==, "First muscle, Next to beta");
  g_assert_cmpuint (synonyms->len, ==, len);
}

/* The words the data, the plan file and the command line use for a side,
 * read back by one function: nothing else is a side. */
static void
test_side_words (void)
{
  AtlasSide side = ATLAS_SIDE_RIGHT;

  g_assert_true (atlas_side_from_string ("left", &side));
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_side_from_string (atlas_side_to_string (ATLAS_SIDE_RIGHT), &side));
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);
  g_assert_false (atlas_side_from_string ("Left", &side));
  g_assert_false (atlas_side_from_string ("middle", &side));
  g_assert_false (atlas_side_from_string ("", &side));
  g_assert_false (atlas_side_from_string (NULL, &side));
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/muscle-instance", test_muscle_instance);
  g_test_add_func ("/format/region-instance", test_region_instance);
  g_test_add_func ("/format/same-words", test_same_words);
  g_test_add_func ("/format/join", test_join);
  g_test_add_func ("/format/side-words", test_side_words);

  return g_test_run ();
}
