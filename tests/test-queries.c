/* test-queries.c: lookups and searches on the mini atlas.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-database.h"
#include "atlas-search.h"
#include "atlas-test-util.h"
#include "atlas-text.h"

static AtlasDatabase *db;

static char *
ids_of (GPtrArray *muscles)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < muscles->len; i++)
    g_string_append_printf (ids, "%s%s", i ? "," : "",
                            atlas_muscle_get_id (g_ptr_array_index (muscles, i)));
  g_ptr_array_unref (muscles);
  return g_string_free (ids, FALSE);
}

static void
assert_search (const char *query,
               const char *expected)
{
  g_autofree char *ids = ids_of (atlas_database_search (db, query));

  if (g_strcmp0 (ids, expected) != 0)
    g_error ("search “%s” gave “%s”, expected “%s”", query, ids, expected);
}

static void
test_search (void)
{
  assert_search ("alpha", "alpha");
  assert_search ("ALPHA", "alpha");
  /* The data says "Álpha": accents are ignored both ways. */
  assert_search ("álphá", "alpha");
  assert_search ("  alpha   muscle ", "alpha");
  assert_search ("alphaeus", "alpha");            /* Latin name */
  assert_search ("first", "alpha");               /* synonym */
  assert_search ("musc", "alpha,beta");           /* word start in both: file order */
  /* beta's name starts with the query; alpha only has it inside a synonym,
   * so beta comes first although the file lists alpha first. */
  assert_search ("beta", "beta,alpha");
  /* Each word of the query may start a different word of the name. */
  assert_search ("alp mus", "alpha");
  assert_search ("mus alp", "alpha");
  assert_search ("bet mus", "beta");
  assert_search ("alp zzz", "");
  assert_search ("zzz", "");
  assert_search ("", "");
}

static void
test_fold (void)
{
  g_autofree char *a = atlas_text_fold ("Ílio-Psóas ÉTÉ");
  g_autofree char *b = atlas_text_collapse_space ("  a \n\t b  ");

  g_assert_cmpstr (a, ==, "ilio-psoas ete");
  g_assert_cmpstr (b, ==, "a b");
  g_assert_true (atlas_text_is_valid_id ("upper-trapezius2"));
  g_assert_false (atlas_text_is_valid_id ("Upper"));
  g_assert_false (atlas_text_is_valid_id ("-x"));
  g_assert_false (atlas_text_is_valid_id (""));
}

static void
test_condition (void)
{
  g_autofree char *headache = ids_of (atlas_database_muscles_for_condition (db, "headache"));
  g_autofree char *chest = ids_of (atlas_database_muscles_for_condition (db, "chest-pain"));
  g_autofree char *unknown = ids_of (atlas_database_muscles_for_condition (db, "gout"));

  g_assert_cmpstr (headache, ==, "alpha,beta");
  g_assert_cmpstr (chest, ==, "beta");
  g_assert_cmpstr (unknown, ==, "");
}

static void
test_region (void)
{
  g_autofree char *chest_any =
    ids_of (atlas_database_muscles_for_region (db, "chest", ATLAS_ZONE_SPILLOVER));
  g_autofree char *chest_essential =
    ids_of (atlas_database_muscles_for_region (db, "chest", ATLAS_ZONE_ESSENTIAL));
  g_autofree char *head =
    ids_of (atlas_database_muscles_for_region (db, "head", ATLAS_ZONE_SPILLOVER));
  const AtlasRegion *chest = atlas_database_get_region (db, "chest");

  /* beta refers to the chest in its essential zone, alpha only as spillover:
   * beta comes first although alpha comes first in the file. */
  g_assert_cmpstr (chest_any, ==, "beta,alpha");
  g_assert_cmpstr (chest_essential, ==, "beta");
  g_assert_cmpstr (head, ==, "alpha");
  g_assert_cmpint (atlas_muscle_refers_to (atlas_database_get_muscle (db, "alpha"), chest),
                   ==, ATLAS_ZONE_SPILLOVER);
}

static void
test_shapes_and_sides (void)
{
  AtlasSide side = -1;
  AtlasMuscle *alpha = atlas_database_get_muscle (db, "alpha");
  const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (alpha), 0);
  const AtlasMark *mark = g_ptr_array_index (point->marks, 0);
  const AtlasRegion *head = atlas_database_get_region (db, "head");
  const AtlasRegion *chest = atlas_database_get_region (db, "chest");
  g_autofree char *right = atlas_muscle_dup_shape_id (alpha, ATLAS_SIDE_RIGHT);
  g_autofree char *head_left = atlas_region_dup_shape_id (head, ATLAS_SIDE_LEFT);
  g_autofree char *chest_left = atlas_region_dup_shape_id (chest, ATLAS_SIDE_LEFT);
  double x, y;

  g_assert_true (atlas_database_lookup_shape (db, "alpha-left", &side) == alpha);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_database_lookup_shape (db, "beta-right", &side) ==
                 atlas_database_get_muscle (db, "beta"));
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);
  g_assert_null (atlas_database_lookup_shape (db, "context-right", NULL));
  g_assert_null (atlas_database_lookup_shape (db, "alpha", NULL));
  g_assert_null (atlas_database_lookup_shape (db, "-left", NULL));

  g_assert_cmpstr (right, ==, "alpha-right");
  g_assert_cmpstr (head_left, ==, "region-head-left");
  g_assert_cmpstr (chest_left, ==, "region-chest");

  /* The file places the right instance; the left one mirrors it. */
  atlas_mark_position (mark, ATLAS_SIDE_RIGHT, &x, &y);
  g_assert_cmpfloat (x, ==, 25);
  g_assert_cmpfloat (y, ==, 20);
  atlas_mark_position (mark, ATLAS_SIDE_LEFT, &x, &y);
  g_assert_cmpfloat (x, ==, 75);
  g_assert_cmpfloat (y, ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  db = atlas_test_mini ();

  g_test_add_func ("/atlas/queries/search", test_search);
  g_test_add_func ("/atlas/queries/fold", test_fold);
  g_test_add_func ("/atlas/queries/condition", test_condition);
  g_test_add_func ("/atlas/queries/region", test_region);
  g_test_add_func ("/atlas/queries/shapes-and-sides", test_shapes_and_sides);

  return g_test_run ();
}
