/* test-history.c: the back and forward list of what was viewed.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-history.h"
#include "atlas-test-util.h"

static void
test_back_and_forward (void)
{
  g_autoptr (AtlasHistory) history = atlas_history_new ();
  const AtlasPlace *place;
  guint             back_notes = 0;

  g_signal_connect (history, "notify::can-go-back", G_CALLBACK (atlas_test_count_notify),
                    &back_notes);
  g_assert_null (atlas_history_get_current (history));
  g_assert_false (atlas_history_get_can_go_back (history));
  g_assert_null (atlas_history_go_back (history));
  g_assert_null (atlas_history_go_forward (history));

  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "a", ATLAS_SIDE_LEFT, "anterior");
  g_assert_false (atlas_history_get_can_go_back (history));
  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "b", ATLAS_SIDE_RIGHT, "posterior");
  g_assert_true (atlas_history_get_can_go_back (history));
  g_assert_cmpuint (back_notes, ==, 1);
  atlas_history_visit (history, ATLAS_PLACE_CONDITION, "headache", ATLAS_SIDE_RIGHT, NULL);

  place = atlas_history_go_back (history);
  g_assert_cmpint (place->kind, ==, ATLAS_PLACE_MUSCLE);
  g_assert_cmpstr (place->id, ==, "b");
  g_assert_true (atlas_history_get_can_go_forward (history));
  place = atlas_history_go_back (history);
  g_assert_cmpstr (place->id, ==, "a");
  g_assert_cmpint (place->side, ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (place->view_id, ==, "anterior");
  g_assert_false (atlas_history_get_can_go_back (history));
  g_assert_null (atlas_history_go_back (history));
  g_assert_cmpstr (atlas_history_get_current (history)->id, ==, "a");

  place = atlas_history_go_forward (history);
  g_assert_cmpstr (place->id, ==, "b");
  place = atlas_history_go_forward (history);
  g_assert_cmpint (place->kind, ==, ATLAS_PLACE_CONDITION);
  g_assert_false (atlas_history_get_can_go_forward (history));
  g_assert_null (atlas_history_go_forward (history));
}

/* Going somewhere new from the middle drops what was ahead. */
static void
test_visit_drops_forward (void)
{
  g_autoptr (AtlasHistory) history = atlas_history_new ();
  const AtlasPlace *place;

  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "a", ATLAS_SIDE_RIGHT, NULL);
  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "b", ATLAS_SIDE_RIGHT, NULL);
  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "c", ATLAS_SIDE_RIGHT, NULL);
  atlas_history_go_back (history);
  atlas_history_go_back (history);
  atlas_history_visit (history, ATLAS_PLACE_CONDITION_INDEX, NULL, ATLAS_SIDE_RIGHT, NULL);
  g_assert_false (atlas_history_get_can_go_forward (history));
  place = atlas_history_go_back (history);
  g_assert_cmpstr (place->id, ==, "a");
  place = atlas_history_go_forward (history);
  g_assert_cmpint (place->kind, ==, ATLAS_PLACE_CONDITION_INDEX);
  g_assert_null (place->id);
}

/* The same card on another side or view is the same place, brought up to date. */
static void
test_same_place_updates (void)
{
  g_autoptr (AtlasHistory) history = atlas_history_new ();

  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "a", ATLAS_SIDE_RIGHT, "anterior");
  atlas_history_visit (history, ATLAS_PLACE_MUSCLE, "a", ATLAS_SIDE_LEFT, "posterior");
  g_assert_false (atlas_history_get_can_go_back (history));
  g_assert_cmpint (atlas_history_get_current (history)->side, ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (atlas_history_get_current (history)->view_id, ==, "posterior");

  /* A condition and a muscle of the same id are not the same place. */
  atlas_history_visit (history, ATLAS_PLACE_CONDITION, "a", ATLAS_SIDE_RIGHT, NULL);
  g_assert_true (atlas_history_get_can_go_back (history));
}

/* A long session keeps the newest places, and going back stops at the oldest kept. */
static void
test_bounded (void)
{
  g_autoptr (AtlasHistory) history = atlas_history_new ();
  guint steps = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);

      atlas_history_visit (history, ATLAS_PLACE_MUSCLE, id, ATLAS_SIDE_RIGHT, NULL);
    }
  while (atlas_history_go_back (history) != NULL)
    steps++;
  g_assert_cmpuint (steps, ==, 199);
  g_assert_cmpstr (atlas_history_get_current (history)->id, ==, "m800");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/back-and-forward", test_back_and_forward);
  g_test_add_func ("/history/visit-drops-forward", test_visit_drops_forward);
  g_test_add_func ("/history/same-place-updates", test_same_place_updates);
  g_test_add_func ("/history/bounded", test_bounded);

  return g_test_run ();
}
