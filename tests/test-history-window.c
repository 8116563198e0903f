/* test-history-window.c: back and forward through what was viewed, with real
 * keys, and the starred muscles.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <X11/keysym.h>
#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-test-xtest.h"
#include "atlas-topics-window.h"
#include "atlas-window-private.h"

typedef AtlasTestWindowFixture Fixture;

static AtlasWindow *
open_window (AtlasDatabase *database)
{
  AtlasWindow *window = atlas_window_new (NULL, database);

  gtk_window_present (GTK_WINDOW (window));
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  atlas_test_xtest_focus (GTK_WINDOW (window));
  return window;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  atlas_test_window_fixture_set_up (fixture, NULL, 0, 0);
  atlas_test_xtest_focus (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  atlas_test_window_fixture_tear_down (fixture);
}

/* Alt and an arrow, as the user types them. */
static void
press_alt (Fixture *fixture,
           guint    keysym)
{
  Display *display =
    gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  KeyCode  alt = XKeysymToKeycode (display, XK_Alt_L);
  KeyCode  code = XKeysymToKeycode (display, keysym);
  int (*fake_key) (Display *, unsigned int, Bool, unsigned long) = atlas_test_xtest ()->key;

  g_assert_cmpuint (alt, !=, 0);
  g_assert_cmpuint (code, !=, 0);
  fake_key (display, alt, True, CurrentTime);
  fake_key (display, code, True, CurrentTime);
  fake_key (display, code, False, CurrentTime);
  fake_key (display, alt, False, CurrentTime);
  XFlush (display);
}

static gboolean
at_place (AtlasWindow   *window,
          AtlasPlaceKind kind,
          const char    *id)
{
  const AtlasPlace *place = atlas_history_get_current (atlas_window_get_history (window));

  return place != NULL && place->kind == kind && g_strcmp0 (place->id, id) == 0;
}

static gboolean
shows_card (AtlasWindow *window,
            AtlasMuscle *muscle)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (window);

  return atlas_body_view_get_selected_muscle (body_view) == muscle &&
         gtk_widget_get_mapped (GTK_WIDGET (atlas_window_get_muscle_panel (window)));
}

static gboolean
action_enabled (AtlasWindow *window,
                const char  *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static void
test_back_and_forward (Fixture      *fixture,
                       gconstpointer data)
{
  AtlasWindow         *window = fixture->window;
  AtlasBodyView       *body_view = atlas_window_get_body_view (window);
  AtlasConditionPanel *conditions = atlas_window_get_condition_panel (window);
  AtlasMuscle         *a = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  AtlasMuscle         *b = atlas_database_get_muscle (fixture->database, "pectoralis-major");
  const char          *headache = "tension-type-headache";
  const AtlasView     *view;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_false (action_enabled (window, "go-back"));
  g_assert_false (action_enabled (window, "go-forward"));

  /* Muscle A on its left side, then B, then a condition from the menu's page. */
  atlas_window_show_muscle (window, a, ATLAS_SIDE_LEFT);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_MUSCLE, "upper-trapezius"));
  view = atlas_body_view_get_view (body_view);
  atlas_window_show_muscle (window, b, ATLAS_SIDE_RIGHT);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_MUSCLE, "pectoralis-major"));
  /* Each on its own view, so that going back must bring A's view back. */
  g_assert_true (atlas_body_view_get_view (body_view) != view);
  g_assert_true (action_enabled (window, "go-back"));
  g_assert_true (atlas_condition_panel_show_condition (conditions, headache));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-conditions", NULL));
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_CONDITION, headache));
  /* The focus is in the condition panel, where Alt+Left once went to the index. */
  ATLAS_TEST_WAIT_FOR (gtk_widget_has_focus (GTK_WIDGET (conditions)) ||
                       gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                               GTK_WIDGET (conditions)));

  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (shows_card (window, b));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (conditions)));
  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (shows_card (window, a));
  /* A comes back as it was seen: its left side, on its view. */
  g_assert_cmpint (atlas_body_view_get_selected_side (body_view), ==, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_body_view_get_view (body_view) == view);
  ATLAS_TEST_WAIT_FOR (!action_enabled (window, "go-back"));
  g_assert_true (action_enabled (window, "go-forward"));

  press_alt (fixture, XK_Right);
  ATLAS_TEST_WAIT_FOR (shows_card (window, b));
  press_alt (fixture, XK_Right);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (conditions)));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, headache);
  ATLAS_TEST_WAIT_FOR (!action_enabled (window, "go-forward"));

  /* The condition's own back button still shows the index, which is a place
   * too: going back from it returns to the condition. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (conditions), "conditions.index", NULL));
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_CONDITION_INDEX, NULL));
  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (g_strcmp0 (atlas_condition_panel_get_condition (conditions),
                                  headache) == 0);
  /* And a new place from the middle drops what was ahead. */
  atlas_window_show_muscle (window, a, ATLAS_SIDE_RIGHT);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_MUSCLE, "upper-trapezius"));
  g_assert_false (action_enabled (window, "go-forward"));
}

/* The patient information window, when it is open and shows @topic_id. */
static gboolean
shows_topic (AtlasWindow *window,
             const char  *topic_id)
{
  GtkWidget *topics = window->topics_window;

  return topics != NULL && gtk_widget_get_mapped (topics) &&
         g_strcmp0 (atlas_topics_window_get_topic (ATLAS_TOPICS_WINDOW (topics)), topic_id) == 0;
}

/* Muscle, condition, patient page; back twice, forward once: each step
 * shows its place, the page in its own window, which its keys also move. */
static void
test_across_pages (Fixture      *fixture,
                   gconstpointer data)
{
  AtlasWindow         *window = fixture->window;
  AtlasConditionPanel *conditions = atlas_window_get_condition_panel (window);
  AtlasMuscle         *muscle = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  GPtrArray           *topics = atlas_database_get_topics (fixture->database);
  const char          *headache = "tension-type-headache";
  const char          *page, *other;

  g_assert_nonnull (muscle);
  g_assert_cmpuint (topics->len, >=, 2);
  page = ((const AtlasTopic *) g_ptr_array_index (topics, 1))->id;
  other = ((const AtlasTopic *) g_ptr_array_index (topics, 0))->id;

  atlas_window_show_muscle (window, muscle, ATLAS_SIDE_RIGHT);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_MUSCLE, "upper-trapezius"));
  g_assert_true (atlas_condition_panel_show_condition (conditions, headache));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-conditions", NULL));
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_CONDITION, headache));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-topic", "s", page));
  ATLAS_TEST_WAIT_FOR (shows_topic (window, page));
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_TOPIC, page));

  /* Back from the page: its window goes, the condition is what is seen. */
  atlas_test_xtest_focus (GTK_WINDOW (window->topics_window));
  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (window->topics_window == NULL);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_CONDITION, headache));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (conditions)));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, headache);

  atlas_test_xtest_focus (GTK_WINDOW (window));
  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (shows_card (window, muscle));
  g_assert_true (at_place (window, ATLAS_PLACE_MUSCLE, "upper-trapezius"));

  press_alt (fixture, XK_Right);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (conditions)));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, headache);
  g_assert_null (window->topics_window);

  /* Forward again opens the page, at the page. */
  press_alt (fixture, XK_Right);
  ATLAS_TEST_WAIT_FOR (shows_topic (window, page));
  ATLAS_TEST_WAIT_FOR (!action_enabled (window, "go-forward"));

  /* Another page chosen in that window is a place of its own. */
  atlas_topics_window_set_topic (ATLAS_TOPICS_WINDOW (window->topics_window), other);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_TOPIC, other));
  atlas_test_xtest_focus (GTK_WINDOW (window->topics_window));
  press_alt (fixture, XK_Left);
  ATLAS_TEST_WAIT_FOR (shows_topic (window, page));
  g_assert_true (at_place (window, ATLAS_PLACE_TOPIC, page));

  /* Closing the window makes the side area the place again. */
  gtk_window_close (GTK_WINDOW (window->topics_window));
  ATLAS_TEST_WAIT_FOR (window->topics_window == NULL);
  ATLAS_TEST_WAIT_FOR (at_place (window, ATLAS_PLACE_CONDITION, headache));
  g_assert_false (action_enabled (window, "go-forward"));
}

/* The index of the starred menu's item for @id, or -1. */
static int
starred_item (AtlasWindow *window,
              const char  *id)
{
  GMenuModel *menu = G_MENU_MODEL (window->starred_menu);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GVariant) target =
        g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                               G_VARIANT_TYPE_STRING);

      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), id) == 0)
        return i;
    }
  return -1;
}

static void
test_starred (Fixture      *fixture,
              gconstpointer data)
{
  AtlasWindow *window = fixture->window;
  AtlasMuscle *a = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  AtlasMuscle *b = atlas_database_get_muscle (fixture->database, "pectoralis-major");
  g_auto (GStrv) starred = NULL;
  g_autoptr (GVariant) state = NULL;
  AtlasWindow *second;

  /* Nothing starred: the menu says so, and a card is needed to star. */
  g_assert_cmpint (starred_item (window, "upper-trapezius"), ==, -1);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->starred_menu)), ==, 1);
  g_assert_false (action_enabled (window, "toggle-star"));

  atlas_window_show_muscle (window, a, ATLAS_SIDE_RIGHT);
  g_assert_true (action_enabled (window, "toggle-star"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "toggle-star", NULL);
  starred = g_settings_get_strv (fixture->settings, "starred-muscles");
  g_assert_cmpuint (g_strv_length (starred), ==, 1);
  g_assert_cmpstr (starred[0], ==, "upper-trapezius");
  g_assert_cmpint (starred_item (window, "upper-trapezius"), ==, 0);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "toggle-star");
  g_assert_true (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* Another muscle's star is its own. */
  atlas_window_show_muscle (window, b, ATLAS_SIDE_RIGHT);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "toggle-star");
  g_assert_false (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* The menu's item opens the card. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-starred", "s",
                                             "upper-trapezius"));
  g_assert_true (atlas_body_view_get_selected_muscle (atlas_window_get_body_view (window)) == a);

  /* A new window finds it starred. */
  second = open_window (fixture->database);
  g_assert_cmpint (starred_item (second, "upper-trapezius"), ==, 0);
  atlas_window_show_muscle (second, a, ATLAS_SIDE_RIGHT);
  state = g_action_group_get_action_state (G_ACTION_GROUP (second), "toggle-star");
  g_assert_true (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* Unstarred in one window, gone from the other's menu. */
  g_action_group_activate_action (G_ACTION_GROUP (second), "toggle-star", NULL);
  g_assert_cmpint (starred_item (window, "upper-trapezius"), ==, -1);
  g_strfreev (starred);
  starred = g_settings_get_strv (fixture->settings, "starred-muscles");
  g_assert_cmpuint (g_strv_length (starred), ==, 0);
  gtk_window_destroy (GTK_WINDOW (second));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add ("/history-window/back-and-forward", Fixture, NULL,
              fixture_set_up, test_back_and_forward, fixture_tear_down);
  g_test_add ("/history-window/across-pages", Fixture, NULL,
              fixture_set_up, test_across_pages, fixture_tear_down);
  g_test_add ("/history-window/starred", Fixture, NULL,
              fixture_set_up, test_starred, fixture_tear_down);

  return g_test_run ();
}
