/* test-pain-map.c: marking, painting, clearing and undoing painful regions.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-pain-map.h"
#include "atlas-test-util.h"

static AtlasDatabase *mini;
static AtlasDatabase *bundled;

static void
on_changed (AtlasPainMap *map,
            guint        *count)
{
  (*count)++;
}

static void
test_toggle (void)
{
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  const AtlasRegion *head = atlas_database_get_region (mini, "head");
  const AtlasRegion *chest = atlas_database_get_region (mini, "chest");
  const AtlasPainArea *areas;
  guint changed = 0, n;

  g_signal_connect (map, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_false (atlas_pain_map_get_can_undo (map));

  atlas_pain_map_toggle (map, head, ATLAS_SIDE_LEFT);
  atlas_pain_map_toggle (map, chest, ATLAS_SIDE_LEFT);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);

  /* Left and right are distinct; a midline region has one state. */
  g_assert_true (atlas_pain_map_is_marked (map, head, ATLAS_SIDE_LEFT));
  g_assert_false (atlas_pain_map_is_marked (map, head, ATLAS_SIDE_RIGHT));
  g_assert_true (atlas_pain_map_is_marked (map, chest, ATLAS_SIDE_RIGHT));

  /* In marking order, a midline area on the right. */
  areas = atlas_pain_map_get_areas (map, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (areas[0].region == head);
  g_assert_cmpint (areas[0].side, ==, ATLAS_SIDE_LEFT);
  g_assert_true (areas[1].region == chest);
  g_assert_cmpint (areas[1].side, ==, ATLAS_SIDE_RIGHT);

  /* A second click clears. */
  atlas_pain_map_toggle (map, head, ATLAS_SIDE_LEFT);
  g_assert_false (atlas_pain_map_is_marked (map, head, ATLAS_SIDE_LEFT));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  g_assert_cmpuint (changed, ==, 3);
}

static void
test_stroke (void)
{
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  const AtlasRegion *head = atlas_database_get_region (mini, "head");
  const AtlasRegion *chest = atlas_database_get_region (mini, "chest");

  /* A stroke that starts on an unmarked area marks all it crosses. */
  atlas_pain_map_stroke_begin (map, head, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_extend (map, chest, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_extend (map, head, ATLAS_SIDE_LEFT);
  /* Crossing the first one again does not clear it. */
  atlas_pain_map_stroke_extend (map, head, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_end (map);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 3);

  /* One that starts on a marked area clears all it crosses, marked or not. */
  atlas_pain_map_toggle (map, head, ATLAS_SIDE_LEFT);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  atlas_pain_map_stroke_begin (map, chest, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_extend (map, head, ATLAS_SIDE_LEFT);
  atlas_pain_map_stroke_extend (map, head, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_end (map);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  g_assert_false (atlas_pain_map_in_stroke (map));
}

static void
test_undo_and_clear (void)
{
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  const AtlasRegion *head = atlas_database_get_region (mini, "head");
  const AtlasRegion *chest = atlas_database_get_region (mini, "chest");

  atlas_pain_map_toggle (map, chest, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_begin (map, head, ATLAS_SIDE_RIGHT);
  atlas_pain_map_stroke_extend (map, head, ATLAS_SIDE_LEFT);
  atlas_pain_map_stroke_end (map);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 3);

  /* Clearing is a step of its own. */
  atlas_pain_map_clear (map);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  g_assert_true (atlas_pain_map_get_can_undo (map));
  g_assert_true (atlas_pain_map_undo (map));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 3);

  /* The whole stroke goes in one step, the click before it in another. */
  g_assert_true (atlas_pain_map_undo (map));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  g_assert_true (atlas_pain_map_is_marked (map, chest, ATLAS_SIDE_LEFT));
  g_assert_true (atlas_pain_map_undo (map));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  g_assert_false (atlas_pain_map_get_can_undo (map));
  g_assert_false (atlas_pain_map_undo (map));

  /* Clearing nothing is no step. */
  atlas_pain_map_clear (map);
  g_assert_false (atlas_pain_map_get_can_undo (map));
}

static void
test_region_shapes (void)
{
  AtlasSide side = ATLAS_SIDE_RIGHT;
  const AtlasRegion *region;

  region = atlas_database_lookup_region_shape (mini, "region-head-left", &side);
  g_assert_nonnull (region);
  g_assert_cmpstr (region->id, ==, "head");
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  region = atlas_database_lookup_region_shape (mini, "region-chest", &side);
  g_assert_cmpstr (region->id, ==, "chest");
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);

  g_assert_null (atlas_database_lookup_region_shape (mini, "region-head", &side));
  g_assert_null (atlas_database_lookup_region_shape (mini, "region-chest-left", &side));
  g_assert_null (atlas_database_lookup_region_shape (mini, "alpha-left", &side));
  g_assert_null (atlas_database_lookup_region_shape (mini, NULL, &side));

  /* Hyphens inside ids. */
  region = atlas_database_lookup_region_shape (bundled, "region-upper-teeth-right", &side);
  g_assert_cmpstr (region->id, ==, "upper-teeth");
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  mini = atlas_test_mini ();
  bundled = atlas_test_bundled ();

  g_test_add_func ("/atlas/pain-map/toggle", test_toggle);
  g_test_add_func ("/atlas/pain-map/stroke", test_stroke);
  g_test_add_func ("/atlas/pain-map/undo-and-clear", test_undo_and_clear);
  g_test_add_func ("/atlas/pain-map/region-shapes", test_region_shapes);

  return g_test_run ();
}
