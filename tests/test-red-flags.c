/* test-red-flags.c: which marked regions raise which red flag.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mini atlas has two flags: "left-head" (the head, left side only) and
 * "head-and-chest" (both regions, either side).
 */

#include "config.h"

#include "atlas-red-flag.h"
#include "atlas-test-util.h"

static AtlasDatabase *mini;
static AtlasDatabase *bundled;

/* The ids of the flags that "region:side,..." raises, comma-separated. */
static char *
raised (AtlasDatabase *db,
        const char    *list)
{
  g_autoptr (GArray) areas = atlas_test_pain_areas (db, list);
  g_autoptr (GPtrArray) flags = NULL;
  GString *out = g_string_new (NULL);

  flags = atlas_database_match_red_flags (db, (AtlasPainArea *) (void *) areas->data, areas->len);
  for (guint i = 0; i < flags->len; i++)
    {
      const AtlasRedFlag *flag = g_ptr_array_index (flags, i);

      g_string_append_printf (out, "%s%s", i ? "," : "", flag->id);
    }
  return g_string_free (out, FALSE);
}

#define assert_raised(db, list, expected)                                                         \
  G_STMT_START {                                                                                   \
    g_autofree char *got = raised ((db), (list));                                                  \
    g_assert_cmpstr (got, ==, (expected));                                                         \
  } G_STMT_END

static void
test_fields (void)
{
  const AtlasRedFlag *flag = atlas_database_get_red_flag (mini, "left-head");

  g_assert_nonnull (flag);
  g_assert_cmpstr (flag->name, ==, "Left head");
  g_assert_cmpstr (flag->text, ==, "See a doctor if the left side of the head hurts.");
  g_assert_cmpint (flag->side, ==, ATLAS_RED_FLAG_LEFT_SIDE);
  g_assert_cmpint (flag->match, ==, ATLAS_RED_FLAG_MATCH_ANY);
  g_assert_cmpuint (flag->regions->len, ==, 1);

  flag = atlas_database_get_red_flag (mini, "head-and-chest");
  g_assert_cmpint (flag->side, ==, ATLAS_RED_FLAG_ANY_SIDE);
  g_assert_cmpint (flag->match, ==, ATLAS_RED_FLAG_MATCH_ALL);
  g_assert_null (atlas_database_get_red_flag (mini, "no-such-flag"));
}

static void
test_side (void)
{
  assert_raised (mini, "", "");
  assert_raised (mini, "head:left", "left-head");
  assert_raised (mini, "head:right", "");
  /* No side: both sides, so the left one too. */
  assert_raised (mini, "head", "left-head");
}

static void
test_all_regions (void)
{
  /* "all": each of its regions must be marked, on any side. */
  assert_raised (mini, "chest", "");
  assert_raised (mini, "head:right,chest", "head-and-chest");
  /* Data-file order, whatever the marking order. */
  assert_raised (mini, "chest,head:left", "left-head,head-and-chest");
}

static void
test_bundled (void)
{
  /* The patterns the issue names, each raising its own flag. */
  assert_raised (bundled, "anterior-chest:left", "heart");
  assert_raised (bundled, "medial-arm:left", "heart");
  assert_raised (bundled, "sternum", "heart");
  /* The heart can refer to either side, and beyond the chest. */
  assert_raised (bundled, "anterior-chest:right", "heart");
  assert_raised (bundled, "medial-arm:right", "heart");
  assert_raised (bundled, "lower-jaw:left", "heart");
  assert_raised (bundled, "throat", "heart");
  assert_raised (bundled, "upper-abdomen:right", "heart");
  /* A calf clot: the calf raises it (with the nerve root), the upper calf alone too. */
  assert_raised (bundled, "upper-calf:right", "calf-clot");
  assert_raised (bundled, "calf:left", "nerve-root,calf-clot");
  assert_raised (bundled, "heel:left", "");
  assert_raised (bundled, "lower-abdomen:right", "appendix");
  assert_raised (bundled, "lower-abdomen:left", "");
  assert_raised (bundled, "flank:left", "kidney");
  /* Ordinary low back pain is not sent to the doctor for the kidneys. */
  assert_raised (bundled, "lumbar:left", "");
  assert_raised (bundled, "posterior-thigh:right", "nerve-root");
  assert_raised (bundled, "temple:right", "headache");
  assert_raised (bundled, "vertex", "headache");

  /* Teeth alone: no alarm. */
  assert_raised (bundled, "upper-teeth:right", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  mini = atlas_test_mini ();
  bundled = atlas_test_bundled ();

  g_test_add_func ("/atlas/red-flags/fields", test_fields);
  g_test_add_func ("/atlas/red-flags/side", test_side);
  g_test_add_func ("/atlas/red-flags/all-regions", test_all_regions);
  g_test_add_func ("/atlas/red-flags/bundled", test_bundled);

  return g_test_run ();
}
