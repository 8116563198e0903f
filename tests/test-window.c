/* test-window.c: the window ties search, views, diagram and card together.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-topics-window.h"
#include "atlas-window.h"

typedef struct {
  AtlasDatabase *database;
  AtlasWindow   *window;
  GSettings     *settings;
} Fixture;

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_main_loop_for (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "side");
  g_settings_reset (fixture->settings, "layer");

  fixture->database = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  fixture->window = atlas_window_new (NULL, fixture->database);
  gtk_window_present (GTK_WINDOW (fixture->window));
  run_main_loop_for (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->database);
  g_clear_object (&fixture->settings);
}

static gboolean
muscle_in_view (AtlasMuscle     *muscle,
                const AtlasView *view)
{
  return view != NULL && g_ptr_array_find (atlas_muscle_get_views (muscle), view, NULL);
}

/* A muscle that the first view does not draw, deep if there is one, so that
 * choosing it must switch the view. */
static AtlasMuscle *
find_hidden_muscle (Fixture         *fixture,
                    const AtlasView *current)
{
  GListModel *muscles = atlas_database_get_muscles (fixture->database);
  AtlasMuscle *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasView *first = g_ptr_array_index (atlas_muscle_get_views (muscle), 0);

      if (muscle_in_view (muscle, current))
        continue;

      if (found == NULL || first->layer == ATLAS_LAYER_DEEP)
        found = muscle;
      if (first->layer == ATLAS_LAYER_DEEP)
        break;
    }

  g_assert_nonnull (found);
  return found;
}

static gboolean marked_in_view (AtlasMuscle     *muscle,
                                const AtlasView *view);

static void
test_select_from_search (Fixture       *fixture,
                         gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasMusclePanel *panel = atlas_window_get_muscle_panel (fixture->window);
  GtkEditable *entry = atlas_window_get_search_entry (fixture->window);
  const AtlasView *current, *shown;
  AtlasMuscle *muscle;
  g_autofree char *side = NULL;
  g_autofree char *layer = NULL;

  current = atlas_database_get_view (fixture->database,
                                     atlas_body_view_get_view_id (body_view));
  g_assert_nonnull (current);
  g_assert_cmpstr (current->side, ==, "anterior");
  g_assert_null (atlas_muscle_panel_get_title (panel));

  muscle = find_hidden_muscle (fixture, current);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  gtk_editable_set_text (entry, atlas_muscle_get_name (muscle));
  g_signal_emit_by_name (entry, "activate");
  run_main_loop_for (50);

  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == muscle);
  g_assert_cmpint (atlas_body_view_get_selected_side (body_view), ==, ATLAS_SIDE_RIGHT);

  shown = atlas_database_get_view (fixture->database, atlas_body_view_get_view_id (body_view));
  g_assert_true (muscle_in_view (muscle, shown));
  /* The view that draws it largest among those that mark its trigger points. */
  g_assert_true (shown == atlas_muscle_choose_view (muscle, current));
  g_assert_true (marked_in_view (muscle, shown));

  /* The header toggles follow, through the settings. */
  side = g_settings_get_string (fixture->settings, "side");
  layer = g_settings_get_string (fixture->settings, "layer");
  g_assert_cmpstr (side, ==, shown->side);
  g_assert_cmpstr (layer, ==, shown->layer == ATLAS_LAYER_DEEP ? "deep" : "superficial");

  g_assert_true (atlas_muscle_panel_get_muscle (panel) == muscle);
  g_assert_nonnull (strstr (atlas_muscle_panel_get_title (panel), atlas_muscle_get_name (muscle)));

  /* The search is done with. */
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

static gboolean
marked_in_view (AtlasMuscle     *muscle,
                const AtlasView *view)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      for (guint j = 0; j < point->marks->len; j++)
        {
          const AtlasMark *mark = g_ptr_array_index (point->marks, j);

          if (mark->view == view)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_keep_view (Fixture       *fixture,
                gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  g_autofree char *view_id = g_strdup (atlas_body_view_get_view_id (body_view));
  const AtlasView *current = atlas_database_get_view (fixture->database, view_id);
  GListModel *muscles = atlas_database_get_muscles (fixture->database);

  /* A muscle whose trigger points the current view shows does not move the
   * diagram. */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

      if (!marked_in_view (muscle, current))
        continue;

      atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_LEFT);
      g_assert_cmpstr (atlas_body_view_get_view_id (body_view), ==, view_id);
      g_assert_cmpint (atlas_body_view_get_selected_side (body_view), ==, ATLAS_SIDE_LEFT);
      return;
    }

  g_test_skip ("no muscle is marked in the first view");
}

static void
test_move_to_marks (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  const AtlasView *current = atlas_database_get_view (fixture->database,
                                                      atlas_body_view_get_view_id (body_view));
  GListModel *muscles = atlas_database_get_muscles (fixture->database);

  /* A muscle that the current view draws, but whose trigger points are all
   * marked on another view, moves the diagram to where its X marks are. */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasView *shown;

      if (!muscle_in_view (muscle, current) || marked_in_view (muscle, current))
        continue;

      atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_RIGHT);
      shown = atlas_database_get_view (fixture->database, atlas_body_view_get_view_id (body_view));
      g_assert_true (shown != current);
      g_assert_true (marked_in_view (muscle, shown));
      return;
    }

  g_test_skip ("every muscle drawn in the first view is marked there");
}

static void
test_pattern_on_other_side (Fixture       *fixture,
                            gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  GtkWidget *button = atlas_window_get_pattern_button (fixture->window);
  GListModel *muscles = atlas_database_get_muscles (fixture->database);

  g_assert_false (gtk_widget_get_visible (button));

  /* Find a muscle whose trigger points are marked on one side of the body
   * while more of its essential zone is drawn on the other (infraspinatus:
   * marked on the back, felt at the front of the shoulder). */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasView *shown, *after;
      GPtrArray *views = atlas_database_get_views (fixture->database);
      guint here, elsewhere = 0;

      atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_RIGHT);
      shown = atlas_database_get_view (fixture->database, atlas_body_view_get_view_id (body_view));
      here = atlas_muscle_count_pattern_regions (muscle, shown, ATLAS_ZONE_ESSENTIAL);
      for (guint j = 0; j < views->len; j++)
        {
          const AtlasView *view = g_ptr_array_index (views, j);

          if (g_strcmp0 (view->side, shown->side) != 0)
            elsewhere = MAX (elsewhere, atlas_muscle_count_pattern_regions (muscle, view, ATLAS_ZONE_ESSENTIAL));
        }

      /* The button is offered exactly when the other side shows more. */
      g_assert_cmpint (gtk_widget_get_visible (button), ==, elsewhere > here);
      if (elsewhere <= here)
        continue;

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pattern", NULL);
      after = atlas_database_get_view (fixture->database, atlas_body_view_get_view_id (body_view));
      g_assert_cmpstr (after->side, !=, shown->side);
      g_assert_true (atlas_body_view_get_selected_muscle (body_view) == muscle);
      g_assert_cmpuint (atlas_muscle_count_pattern_regions (muscle, after, ATLAS_ZONE_ESSENTIAL), >, here);
      g_assert_false (gtk_widget_get_visible (button));
      return;
    }

  g_test_skip ("no muscle's pattern lies mostly on the other side");
}

static void
test_patient_information (Fixture       *fixture,
                          gconstpointer  data)
{
  GPtrArray *topics = atlas_database_get_topics (fixture->database);
  /* (transfer none): the list is GTK's own. */
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  AtlasTopicsWindow *window = NULL;
  const AtlasTopic *last;

  g_assert_cmpuint (topics->len, >, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-topics", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ATLAS_IS_TOPICS_WINDOW (toplevel))
        window = ATLAS_TOPICS_WINDOW (toplevel);
    }
  g_assert_nonnull (window);

  /* One page per topic of the data file, the first on show. */
  g_assert_cmpstr (atlas_topics_window_get_topic (window), ==,
                   ((const AtlasTopic *) g_ptr_array_index (topics, 0))->id);
  last = g_ptr_array_index (topics, topics->len - 1);
  atlas_topics_window_set_topic (window, last->id);
  g_assert_cmpstr (atlas_topics_window_get_topic (window), ==, last->id);
  atlas_topics_window_set_topic (window, "no-such-topic");
  g_assert_cmpstr (atlas_topics_window_get_topic (window), ==, last->id);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  const AtlasView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.side",
                                             "s", "posterior"));
  run_main_loop_for (20);
  view = atlas_database_get_view (fixture->database, atlas_body_view_get_view_id (body_view));
  g_assert_cmpstr (view->side, ==, "posterior");
  g_assert_cmpint (view->layer, ==, ATLAS_LAYER_SUPERFICIAL);
}

static char *
row_label (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);

  return g_strdup (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (box))));
}

static void
test_pain_finder (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasFinderPanel *panel = atlas_window_get_finder_panel (fixture->window);
  AtlasPainMap *map = atlas_window_get_pain_map (fixture->window);
  GtkListBox *list = atlas_finder_panel_get_list (panel);
  const AtlasRegion *jaw = atlas_database_get_region (fixture->database, "lower-jaw");
  const AtlasRegion *teeth = atlas_database_get_region (fixture->database, "upper-teeth");
  const AtlasRegion *temple = atlas_database_get_region (fixture->database, "temple");
  GPtrArray *candidates;
  gboolean masseter = FALSE, temporalis = FALSE;
  const AtlasCandidate *first;
  GtkListBoxRow *row;
  guint n_rows = 0;
  AtlasSide side;
  g_autofree char *reasons = NULL;

  g_assert_false (atlas_window_get_finder_mode (fixture->window));
  g_assert_true (gtk_widget_activate_action (window, "win.finder", NULL));
  g_assert_true (atlas_window_get_finder_mode (fixture->window));
  g_assert_true (atlas_region_layer_get_active (atlas_body_view_get_region_layer (body_view)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  /* Nothing marked: no list. */
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  /* The jaw and the upper teeth, marked on the right. */
  atlas_pain_map_toggle (map, jaw, ATLAS_SIDE_RIGHT);
  atlas_pain_map_toggle (map, teeth, ATLAS_SIDE_RIGHT);
  candidates = atlas_finder_panel_get_candidates (panel);
  g_assert_nonnull (candidates);
  for (row = gtk_list_box_get_row_at_index (list, 0); row != NULL;
       row = gtk_list_box_get_row_at_index (list, ++n_rows))
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, n_rows);
      g_autofree char *label = row_label (row);
      g_autofree char *expected = atlas_body_view_format_instance (candidate->muscle, candidate->side);

      /* The rows are the ranking, in order. */
      g_assert_cmpstr (label, ==, expected);
      if (n_rows < 3)
        {
          masseter |= g_strcmp0 (atlas_muscle_get_id (candidate->muscle), "masseter") == 0;
          temporalis |= g_strcmp0 (atlas_muscle_get_id (candidate->muscle), "temporalis") == 0;
        }
    }
  g_assert_cmpuint (n_rows, ==, candidates->len);
  g_assert_true (masseter);
  g_assert_true (temporalis);
  /* Each says why. */
  first = g_ptr_array_index (candidates, 0);
  row = gtk_list_box_get_row_at_index (list, 0);
  reasons = atlas_finder_panel_format_reasons (first, 2);
  g_assert_true (g_str_has_prefix (reasons, "Explains 2 of 2: "));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reasons);
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 0);

  /* The temple adds a red flag, and undo takes it away again. */
  atlas_pain_map_toggle (map, temple, ATLAS_SIDE_RIGHT);
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 1);
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 0);

  /* Marks stay across views. */
  g_assert_true (gtk_widget_activate_action (window, "win.side", "s", "posterior"));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);

  /* Focusing a candidate previews it on the diagram. The list was rebuilt
   * on every change. */
  first = g_ptr_array_index (atlas_finder_panel_get_candidates (panel), 0);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_assert_true (atlas_body_view_get_preview_muscle (body_view, &side) == first->muscle);
  g_assert_cmpint (side, ==, first->side);

  /* Choosing it leaves the finder and opens its card. */
  g_signal_emit_by_name (row, "activate");
  g_assert_false (atlas_window_get_finder_mode (fixture->window));
  g_assert_null (atlas_body_view_get_preview_muscle (body_view, NULL));
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == first->muscle);
  g_assert_true (atlas_muscle_panel_get_muscle (atlas_window_get_muscle_panel (fixture->window)) == first->muscle);
  /* Undo touches no hidden marks out of the finder. */
  gtk_widget_activate_action (window, "win.undo", NULL);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);

  /* Coming back finds the marks where they were. */
  g_assert_true (gtk_widget_activate_action (window, "win.finder", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  atlas_window_set_finder_mode (fixture->window, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may not be installed. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add ("/atlas/window/select-from-search", Fixture, NULL,
              fixture_set_up, test_select_from_search, fixture_tear_down);
  g_test_add ("/atlas/window/keep-view", Fixture, NULL,
              fixture_set_up, test_keep_view, fixture_tear_down);
  g_test_add ("/atlas/window/patient-information", Fixture, NULL,
              fixture_set_up, test_patient_information, fixture_tear_down);
  g_test_add ("/atlas/window/pattern-on-other-side", Fixture, NULL,
              fixture_set_up, test_pattern_on_other_side, fixture_tear_down);
  g_test_add ("/atlas/window/move-to-marks", Fixture, NULL,
              fixture_set_up, test_move_to_marks, fixture_tear_down);
  g_test_add ("/atlas/window/pain-finder", Fixture, NULL,
              fixture_set_up, test_pain_finder, fixture_tear_down);
  g_test_add ("/atlas/window/view-actions", Fixture, NULL,
              fixture_set_up, test_view_actions, fixture_tear_down);

  return g_test_run ();
}
