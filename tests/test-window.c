/* test-window.c: the window ties search, views, diagram and card together.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <math.h>

#include "atlas-diagram.h"
#include "atlas-format.h"
#include "atlas-shape-button.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-topics-window.h"
#include "atlas-window-private.h"

typedef AtlasTestWindowFixture Fixture;

/* Activates the window's action @name ("win.search"), which takes no
 * parameter; whether it was there to activate. */
static gboolean
activate (Fixture    *fixture,
          const char *name)
{
  return gtk_widget_activate_action (GTK_WIDGET (fixture->window), name, NULL);
}

/* The window on the bundled atlas, or (with @data, "cases") on the small
 * atlas of tests/data/cases that holds each view-choice case by construction. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  atlas_test_window_fixture_set_up (fixture, data != NULL ? atlas_test_cases () : NULL, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  atlas_test_window_fixture_tear_down (fixture);
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

  current = atlas_body_view_get_view (body_view);
  g_assert_nonnull (current);
  g_assert_cmpstr (current->side, ==, "anterior");
  g_assert_null (atlas_muscle_panel_get_title (panel));

  muscle = find_hidden_muscle (fixture, current);

  g_assert_true (activate (fixture, "win.search"));
  gtk_editable_set_text (entry, atlas_muscle_get_name (muscle));
  g_signal_emit_by_name (entry, "activate");

  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == muscle);
  g_assert_cmpint (atlas_body_view_get_selected_side (body_view), ==, ATLAS_SIDE_RIGHT);

  shown = atlas_body_view_get_view (body_view);
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

static const AtlasView *
shown_view (Fixture *fixture)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);

  return atlas_body_view_get_view (body_view);
}

/* On the cases atlas: "kept" is marked on the front, where the window opens. */
static void
test_keep_view (Fixture       *fixture,
                gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasMuscle *kept = atlas_database_get_muscle (fixture->database, "kept");
  const AtlasView *front = shown_view (fixture);

  g_assert_cmpstr (front->id, ==, "front");
  g_assert_true (marked_in_view (kept, front));

  /* A muscle whose trigger points the current view shows does not move the
   * diagram. */
  atlas_window_show_muscle (fixture->window, kept, ATLAS_SIDE_LEFT);
  g_assert_true (shown_view (fixture) == front);
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == kept);
  g_assert_cmpint (atlas_body_view_get_selected_side (body_view), ==, ATLAS_SIDE_LEFT);
}

/* On the cases atlas: "moved" is drawn on the front but marked on the back. */
static void
test_move_to_marks (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasMuscle *moved = atlas_database_get_muscle (fixture->database, "moved");
  const AtlasView *front = shown_view (fixture);

  g_assert_cmpstr (front->id, ==, "front");
  g_assert_true (muscle_in_view (moved, front));
  g_assert_false (marked_in_view (moved, front));

  /* A muscle that the current view draws, but whose trigger points are all
   * marked on another view, moves the diagram to where its X marks are. */
  atlas_window_show_muscle (fixture->window, moved, ATLAS_SIDE_RIGHT);
  g_assert_cmpstr (shown_view (fixture)->id, ==, "back");
  g_assert_true (marked_in_view (moved, shown_view (fixture)));
}

/* On the cases atlas: "wraps" is marked on the back, while two of its three
 * essential regions are drawn on the front only (as infraspinatus is marked
 * on the back and felt at the front of the shoulder). */
static void
test_pattern_on_other_side (Fixture       *fixture,
                            gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  GtkWidget *button = atlas_window_get_pattern_button (fixture->window);
  GListModel *muscles = atlas_database_get_muscles (fixture->database);
  GPtrArray *views = atlas_database_get_views (fixture->database);
  AtlasMuscle *wraps = atlas_database_get_muscle (fixture->database, "wraps");
  const AtlasView *after;
  guint offered = 0;

  g_assert_false (gtk_widget_get_visible (button));

  /* The button is offered exactly when the other side shows more of the
   * essential zone than the view the muscle is shown on. */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasView *shown;
      guint here, elsewhere = 0;

      atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_RIGHT);
      shown = shown_view (fixture);
      here = atlas_muscle_count_pattern_regions (muscle, shown, ATLAS_ZONE_ESSENTIAL);
      for (guint j = 0; j < views->len; j++)
        {
          const AtlasView *view = g_ptr_array_index (views, j);

          if (g_strcmp0 (view->side, shown->side) != 0)
            elsewhere = MAX (elsewhere, atlas_muscle_count_pattern_regions (muscle, view,
                                                                            ATLAS_ZONE_ESSENTIAL));
        }
      g_assert_cmpint (gtk_widget_get_visible (button), ==, elsewhere > here);
      offered += elsewhere > here;
    }
  g_assert_cmpuint (offered, ==, 1);

  atlas_window_show_muscle (fixture->window, wraps, ATLAS_SIDE_RIGHT);
  g_assert_cmpstr (shown_view (fixture)->id, ==, "back");
  g_assert_true (gtk_widget_get_visible (button));
  activate (fixture, "win.show-pattern");
  after = shown_view (fixture);
  g_assert_cmpstr (after->id, ==, "front");
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == wraps);
  g_assert_cmpuint (atlas_muscle_count_pattern_regions (wraps, after, ATLAS_ZONE_ESSENTIAL), ==, 2);
  g_assert_false (gtk_widget_get_visible (button));
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
  activate (fixture, "win.show-topics");
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

/* ---- Search ------------------------------------------------------------ */

/* Types @query as a user would: the results come after the typing pause. */
static void
type_query (Fixture    *fixture,
            const char *query)
{
  GtkEditable *entry = atlas_window_get_search_entry (fixture->window);
  AtlasTestWatch *results = atlas_test_watch (entry, "search-changed");

  g_assert_true (activate (fixture, "win.search"));
  gtk_editable_set_text (entry, query);
  atlas_test_watch_wait (results);
}

/* Presses @keyval in the search entry, through the entry's own key handlers. */
static void
press_key (Fixture *fixture,
           guint    keyval)
{
  GtkWidget *entry = GTK_WIDGET (atlas_window_get_search_entry (fixture->window));
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static int
find_result (GPtrArray       *results,
             AtlasSearchKind  kind,
             const char      *id)
{
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);

      if (result->kind == kind && g_strcmp0 (result->id, id) == 0)
        return i;
    }
  g_error ("no %s “%s” in the results", atlas_search_kind_to_string (kind), id);
  return -1;
}

/* Moves the highlight to result @index with the arrow keys and presses Enter. */
static void
choose_with_keyboard (Fixture *fixture,
                      int      index)
{
  AtlasSearchPopover *popover = atlas_window_get_search_popover (fixture->window);

  while (atlas_search_popover_get_selected (popover) < index)
    press_key (fixture, GDK_KEY_Down);
  while (atlas_search_popover_get_selected (popover) > index)
    press_key (fixture, GDK_KEY_Up);
  g_signal_emit_by_name (atlas_window_get_search_entry (fixture->window), "activate");
}

static void
test_search_keyboard (Fixture       *fixture,
                      gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasSearchPopover *popover = atlas_window_get_search_popover (fixture->window);
  GtkEditable *entry = atlas_window_get_search_entry (fixture->window);
  GPtrArray *results;
  const AtlasSearchResult *second;

  gtk_widget_grab_focus (GTK_WIDGET (body_view));
  type_query (fixture, "trapezuis");

  /* The typo is forgiven; the three parts of the trapezius come first, under
   * one heading, the first highlighted. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  results = atlas_search_popover_get_results (popover);
  g_assert_cmpuint (results->len, >=, 3);
  g_assert_cmpstr (((AtlasSearchResult *) g_ptr_array_index (results, 0))->id, ==,
                   "upper-trapezius");
  g_assert_cmpstr (atlas_search_popover_get_heading (popover, 0), ==, "Muscles");
  g_assert_null (atlas_search_popover_get_heading (popover, 1));
  g_assert_cmpint (atlas_search_popover_get_selected (popover), ==, 0);

  /* Up at the top stays there; Down moves on; the entry keeps the focus. */
  press_key (fixture, GDK_KEY_Up);
  g_assert_cmpint (atlas_search_popover_get_selected (popover), ==, 0);
  press_key (fixture, GDK_KEY_Down);
  g_assert_cmpint (atlas_search_popover_get_selected (popover), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (entry)));

  second = g_ptr_array_index (results, 1);
  g_assert_cmpint (second->kind, ==, ATLAS_SEARCH_MUSCLE);
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpstr (atlas_muscle_get_id (atlas_body_view_get_selected_muscle (body_view)), ==,
                   "middle-trapezius");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (body_view));
}

static void
test_search_groups (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasSearchPopover *popover = atlas_window_get_search_popover (fixture->window);
  /* A muscle on the diagram, reached with Tab, has the focus before. */
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  GtkWidget          *view = GTK_WIDGET (body_view);
  GtkWidget          *button = atlas_shape_buttons_find (view, ATLAS_SHAPE_MUSCLE, NULL);
  GPtrArray *results;
  AtlasSearchKind last = ATLAS_SEARCH_MUSCLE;
  guint headings = 0;
  int shoulder_pain;

  g_assert_true (gtk_widget_grab_focus (button));
  type_query (fixture, "shoulder");
  results = atlas_search_popover_get_results (popover);
  g_assert_cmpuint (results->len, >, 3);

  /* A heading above the first result of each kind, and only there. */
  for (guint i = 0; i < results->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (results, i);
      const char *heading = atlas_search_popover_get_heading (popover, i);

      g_assert_cmpint (result->kind, >=, last);
      if (i == 0 || result->kind != last)
        {
          g_assert_nonnull (heading);
          headings++;
        }
      else
        g_assert_null (heading);
      last = result->kind;
    }
  g_assert_cmpuint (headings, >=, 3);
  shoulder_pain = find_result (results, ATLAS_SEARCH_CONDITION, "shoulder-pain");
  g_assert_cmpstr (atlas_search_popover_get_heading (popover, shoulder_pain), ==, "Conditions");

  /* Escape closes the search and gives the focus back. */
  g_signal_emit_by_name (atlas_window_get_search_entry (fixture->window), "stop-search");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == button);
  g_assert_null (atlas_body_view_get_selected_muscle (body_view));
}

static void
test_search_condition_region_page (Fixture       *fixture,
                                   gconstpointer  data)
{
  AtlasSearchPopover *popover = atlas_window_get_search_popover (fixture->window);
  AtlasConditionPanel *conditions = atlas_window_get_condition_panel (fixture->window);
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr (GPtrArray) temple = atlas_database_muscles_for_region (fixture->database, "temple",
                                                                    ATLAS_ZONE_SPILLOVER);
  GPtrArray *shown;

  type_query (fixture, "tennis elbow");
  choose_with_keyboard (fixture, find_result (atlas_search_popover_get_results (popover),
                                              ATLAS_SEARCH_CONDITION, "lateral-elbow-pain"));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, "lateral-elbow-pain");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (conditions)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (conditions)));

  /* A region lists the muscles that refer pain there, essential first. */
  type_query (fixture, "temple");
  choose_with_keyboard (fixture, find_result (atlas_search_popover_get_results (popover),
                                              ATLAS_SEARCH_REGION, "temple"));
  g_assert_null (atlas_condition_panel_get_condition (conditions));
  g_assert_cmpstr (atlas_condition_panel_get_region (conditions), ==, "temple");
  shown = atlas_condition_panel_get_muscles (conditions);
  g_assert_cmpuint (shown->len, ==, temple->len);
  for (guint i = 0; i < temple->len; i++)
    g_assert_true (g_ptr_array_index (shown, i) == g_ptr_array_index (temple, i));

  /* A patient page opens the patient information at that page. */
  type_query (fixture, "dry needling");
  choose_with_keyboard (fixture, find_result (atlas_search_popover_get_results (popover),
                                              ATLAS_SEARCH_PAGE, "what-is-dry-needling"));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (!ATLAS_IS_TOPICS_WINDOW (toplevel))
        continue;
      g_assert_cmpstr (atlas_topics_window_get_topic (ATLAS_TOPICS_WINDOW (toplevel)), ==,
                       "what-is-dry-needling");
      gtk_window_destroy (GTK_WINDOW (toplevel));
      return;
    }
  g_error ("no patient information window");
}

/* ---- Conditions ---------------------------------------------------------- */

/* The list row, on show under @root, whose title is @title. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), title) == 0 &&
          (found = gtk_widget_get_ancestor (child, GTK_TYPE_LIST_BOX_ROW)) != NULL)
        return found;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_conditions (Fixture       *fixture,
                 gconstpointer  data)
{
  AtlasConditionPanel *conditions = atlas_window_get_condition_panel (fixture->window);
  GtkWidget *panel = GTK_WIDGET (conditions);
  GPtrArray *all_conditions = atlas_database_get_conditions (fixture->database);
  AtlasMusclePanel *muscle_panel = atlas_window_get_muscle_panel (fixture->window);
  AtlasPatternOverlay *overlay = atlas_window_get_pattern_overlay (fixture->window);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  const AtlasCondition *headache = atlas_database_get_condition (fixture->database,
                                                                 "tension-type-headache");
  g_autoptr (GPtrArray) expected = atlas_database_muscles_for_condition (fixture->database,
                                                                         headache->id);
  const char * const *patterns;
  const AtlasView *view;
  AtlasMuscle *first;
  GPtrArray *shown;
  GtkWidget *row;

  g_assert_false (gtk_widget_get_mapped (panel));
  g_assert_true (activate (fixture, "win.show-conditions"));
  g_assert_true (gtk_widget_get_mapped (panel));
  g_assert_null (atlas_condition_panel_get_condition (conditions));

  /* The index lists every condition; choosing one shows it. */
  for (guint i = 0; i < all_conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (all_conditions, i);

      g_assert_nonnull (find_row (panel, condition->name));
    }
  row = find_row (panel, headache->name);
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, headache->id);

  /* Its muscles in the data file's order, none drawn yet. */
  shown = atlas_condition_panel_get_muscles (conditions);
  g_assert_cmpuint (shown->len, ==, expected->len);
  g_assert_cmpuint (shown->len, >=, 2);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (g_ptr_array_index (shown, i) == g_ptr_array_index (expected, i));
  g_assert_null (atlas_pattern_overlay_get_muscles (overlay));

  /* "Show all patterns": every muscle's pattern, alone, on the view that
   * shows the most of them. */
  atlas_window_show_muscle (fixture->window, g_ptr_array_index (expected, 0), ATLAS_SIDE_RIGHT);
  g_assert_true (activate (fixture, "win.show-conditions"));
  atlas_condition_panel_set_show_patterns (conditions, TRUE);
  patterns = atlas_pattern_overlay_get_muscles (overlay);
  g_assert_nonnull (patterns);
  g_assert_cmpuint (g_strv_length ((char **) patterns), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (patterns[i], ==, atlas_muscle_get_id (g_ptr_array_index (expected, i)));
  g_assert_null (atlas_body_view_get_selected_muscle (body_view));
  view = atlas_body_view_get_view (body_view);
  g_assert_true (view == atlas_pattern_overlay_choose_view (fixture->database, patterns, view));
  g_assert_cmpstr (view->side, ==, "head");

  /* A muscle of the list opens its card, with its own pattern alone. */
  first = g_ptr_array_index (expected, 0);
  row = find_row (panel, atlas_muscle_get_name (first));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == first);
  g_assert_false (gtk_widget_get_mapped (panel));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (muscle_panel)));
  g_assert_false (atlas_condition_panel_get_show_patterns (conditions));
  g_assert_null (atlas_pattern_overlay_get_muscles (overlay));

  /* Back to the index, and closed. */
  g_assert_true (activate (fixture, "win.show-conditions"));
  g_assert_cmpstr (atlas_condition_panel_get_condition (conditions), ==, headache->id);
  g_assert_true (gtk_widget_activate_action (panel, "conditions.index", NULL));
  g_assert_null (atlas_condition_panel_get_condition (conditions));
  g_assert_true (gtk_widget_activate_action (panel, "conditions.close", NULL));
  g_assert_false (gtk_widget_get_mapped (panel));
}

static void
test_view_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  const AtlasView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.side", "s",
                                             "posterior"));
  view = atlas_body_view_get_view (body_view);
  g_assert_cmpstr (view->side, ==, "posterior");
  g_assert_cmpint (view->layer, ==, ATLAS_LAYER_SUPERFICIAL);
}

/* The row's first label, the candidate's name (beside it, the Add to Plan button). */
static char *
row_label (GtkListBoxRow *row)
{
  GtkWidget *widget = gtk_list_box_row_get_child (row);

  while (widget != NULL && !GTK_IS_LABEL (widget))
    widget = gtk_widget_get_first_child (widget);
  g_assert_nonnull (widget);
  return g_strdup (gtk_label_get_label (GTK_LABEL (widget)));
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

  g_assert_false (atlas_finder_mode_get_active (atlas_window_get_finder (fixture->window)));
  g_assert_true (gtk_widget_activate_action (window, "win.finder", NULL));
  g_assert_true (atlas_finder_mode_get_active (atlas_window_get_finder (fixture->window)));
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
      g_autofree char      *expected = atlas_format_muscle_instance (candidate->muscle,
                                                                     candidate->side);

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
  /* Jaw pain can come from the heart: its flag is up. */
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 1);

  /* The temple adds a second red flag, and undo takes it away again. */
  atlas_pain_map_toggle (map, temple, ATLAS_SIDE_RIGHT);
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 2);
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  g_assert_cmpuint (atlas_finder_panel_get_red_flags (panel)->len, ==, 1);

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
  g_assert_false (atlas_finder_mode_get_active (atlas_window_get_finder (fixture->window)));
  g_assert_null (atlas_body_view_get_preview_muscle (body_view, NULL));
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == first->muscle);
  g_assert_true (atlas_muscle_panel_get_muscle (atlas_window_get_muscle_panel (fixture->window)) ==
                 first->muscle);
  /* Undo touches no hidden marks out of the finder. */
  gtk_widget_activate_action (window, "win.undo", NULL);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);

  /* Coming back finds the marks where they were. */
  g_assert_true (gtk_widget_activate_action (window, "win.finder", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));

  /* Escape (bound to win.leave-finder) leaves the finder, keeping the marks. */
  g_assert_true (gtk_widget_activate_action (window, "win.leave-finder", NULL));
  g_assert_false (atlas_finder_mode_get_active (atlas_window_get_finder (fixture->window)));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
}

/* Whether a label starting with @prefix is on screen under @root. */
static gboolean
shows_label (GtkWidget  *root,
             const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return TRUE;
      if (shows_label (child, prefix))
        return TRUE;
    }
  return FALSE;
}

static void
test_patient_view (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (atlas_window_get_muscle_panel (fixture->window));
  AtlasMuscle *trapezius = atlas_database_get_muscle (fixture->database, "upper-trapezius");

  g_settings_reset (fixture->settings, "patient-view");
  atlas_window_show_muscle (fixture->window, trapezius, ATLAS_SIDE_RIGHT);
  /* The clinician sees the hazard first, and how to needle. */
  g_assert_true (shows_label (panel, "Needling hazard"));
  g_assert_true (shows_label (panel, "Depth:"));

  /* With a patient looking on (the menu's toggle, a setting): the pattern in
   * plain words and self-care stay, the needle and its hazards go (the whole
   * patient view is tested in test-presentation). */
  g_assert_true (activate (fixture, "win.patient-view"));
  g_assert_true (g_settings_get_boolean (fixture->settings, "patient-view"));
  g_assert_false (shows_label (panel, "Needling hazard"));
  g_assert_false (shows_label (panel, "Depth:"));
  g_assert_true (shows_label (panel, "Where most people feel it"));

  /* It holds for the next muscle too, and goes back. */
  atlas_window_show_muscle (fixture->window,
                            atlas_database_get_muscle (fixture->database, "rhomboids"),
                            ATLAS_SIDE_LEFT);
  g_assert_false (shows_label (panel, "Needling hazard"));
  g_settings_reset (fixture->settings, "patient-view");
  g_assert_true (shows_label (panel, "Needling hazard"));
}

static double
button_middle (AtlasBodyView *body_view,
               GtkWidget     *button)
{
  const AtlasView  *view = atlas_body_view_get_view (body_view);
  const char       *shape = atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (button));
  cairo_rectangle_t box;

  g_assert_true (atlas_diagram_get_extents (view->diagram, shape, &box));
  return box.y + box.height / 2;
}

/* In the pain finder the keyboard marks regions: each one a toggle button. */
static void
test_pain_finder_keyboard (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasPainMap *map = atlas_window_get_pain_map (fixture->window);
  const AtlasRegion *jaw = atlas_database_get_region (fixture->database, "lower-jaw");
  GtkWidget *parent = GTK_WIDGET (body_view);
  GtkWidget         *jaw_button = atlas_shape_buttons_find (parent, ATLAS_SHAPE_REGION,
                                                            "region-lower-jaw-right");
  GtkWidget         *first = atlas_shape_buttons_find (parent, ATLAS_SHAPE_REGION, NULL);
  GtkWidget         *muscle = atlas_shape_buttons_find (parent, ATLAS_SHAPE_MUSCLE, NULL);
  GtkWidget *focus;
  double last_y;

  g_assert_nonnull (jaw_button);
  g_assert_nonnull (muscle);
  g_assert_false (gtk_widget_get_child_visible (jaw_button));
  /* Only the regions are on the way in the finder. */
  g_assert_true (gtk_widget_activate_action (window, "win.finder", NULL));
  g_assert_true (gtk_widget_get_child_visible (jaw_button));
  g_assert_false (gtk_widget_get_child_visible (muscle));

  gtk_test_accessible_assert_role (jaw_button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (jaw_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Lower teeth and jaw (right)");
  gtk_test_accessible_assert_state (jaw_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  /* Space or Enter marks it, in one undo step. */
  g_assert_true (gtk_widget_grab_focus (jaw_button));
  g_assert_true (gtk_widget_activate (jaw_button));
  g_assert_true (atlas_pain_map_is_marked (map, jaw, ATLAS_SIDE_RIGHT));
  g_assert_false (atlas_pain_map_is_marked (map, jaw, ATLAS_SIDE_LEFT));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  gtk_test_accessible_assert_state (jaw_button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  gtk_test_accessible_assert_state (jaw_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  /* An arrow from the diagram starts at the head; Down goes down the body. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (body_view)));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_DOWN);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == first);
  last_y = button_middle (body_view, focus);
  g_assert_cmpfloat (last_y, <, button_middle (body_view, jaw_button));
  for (int i = 0; i < 5; i++)
    {
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_DOWN);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_true (gtk_widget_get_parent (focus) == GTK_WIDGET (body_view));
      g_assert_cmpint (atlas_shape_button_get_kind (ATLAS_SHAPE_BUTTON (focus)), ==,
                       ATLAS_SHAPE_REGION);
      g_assert_cmpfloat (round (button_middle (body_view, focus)), >=, round (last_y));
      last_y = button_middle (body_view, focus);
    }

  /* Out of the finder the muscles come back. */
  g_assert_true (gtk_widget_activate_action (window, "win.leave-finder", NULL));
  g_assert_false (gtk_widget_get_child_visible (jaw_button));
  g_assert_true (gtk_widget_get_child_visible (muscle));
}

typedef struct {
  AtlasBodyView *view;
  guint          renders;
} RenderWait;

static gboolean
rendered_again (gpointer data)
{
  RenderWait *wait = data;

  return atlas_body_view_get_render_count (wait->view) > wait->renders;
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  double cx = gtk_widget_get_width (GTK_WIDGET (body_view)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (body_view)) / 2.0;
  double dx, dy, wx, wy, x0, y0, x1, y1;
  guint renders;
  RenderWait wait;

  g_assert_true (gtk_widget_activate_action (window, "win.side", "s", "anterior"));
  g_assert_cmpfloat (atlas_body_view_get_zoom (body_view), ==, 1.0);
  atlas_body_view_widget_to_document (body_view, cx, cy, &dx, &dy);
  atlas_body_view_document_to_widget (body_view, 0, 0, &x0, &y0);

  /* Ctrl+plus zooms about the centre: the point there stays, the rest grows. */
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-in", NULL));
  g_assert_cmpfloat (atlas_body_view_get_zoom (body_view), >, 1.0);
  atlas_body_view_document_to_widget (body_view, dx, dy, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, cx, 2.0);
  g_assert_cmpfloat_with_epsilon (wy, cy, 2.0);
  atlas_body_view_document_to_widget (body_view, 0, 0, &x1, &y1);
  g_assert_cmpfloat (y1, <, y0);

  /* The other layer of the same side keeps the zoom, to peel a layer back in
   * place; the picture is rendered only for what shows. */
  renders = atlas_body_view_get_render_count (body_view);
  g_assert_true (gtk_widget_activate_action (window, "win.layer", "s", "deep"));
  g_assert_cmpstr (atlas_body_view_get_view_id (body_view), ==, "anterior-deep");
  g_assert_cmpfloat (atlas_body_view_get_zoom (body_view), >, 1.0);
  /* The render may come from a worker, later than the next frame (slower still
   * under a sanitizer): wait for it, then check that one frame more adds none. */
  wait.view = body_view;
  wait.renders = renders;
  atlas_test_wait_until (rendered_again, &wait, "the deep layer is rendered");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (body_view));
  g_assert_cmpuint (atlas_body_view_get_render_count (body_view), ==, renders + 1);

  /* Panning moves the picture with the hand. */
  atlas_body_view_document_to_widget (body_view, dx, dy, &x0, &y0);
  atlas_body_view_pan (body_view, 0, 40);
  atlas_body_view_document_to_widget (body_view, dx, dy, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 40, 1.0);

  /* Another side starts whole, and Ctrl+0 shows the whole view again. */
  g_assert_true (gtk_widget_activate_action (window, "win.side", "s", "posterior"));
  g_assert_cmpfloat (atlas_body_view_get_zoom (body_view), ==, 1.0);
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-reset", NULL));
  g_assert_cmpfloat (atlas_body_view_get_zoom (body_view), ==, 1.0);
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
  g_test_add ("/atlas/window/keep-view", Fixture, "cases",
              fixture_set_up, test_keep_view, fixture_tear_down);
  g_test_add ("/atlas/window/patient-information", Fixture, NULL,
              fixture_set_up, test_patient_information, fixture_tear_down);
  g_test_add ("/atlas/window/pattern-on-other-side", Fixture, "cases",
              fixture_set_up, test_pattern_on_other_side, fixture_tear_down);
  g_test_add ("/atlas/window/move-to-marks", Fixture, "cases",
              fixture_set_up, test_move_to_marks, fixture_tear_down);
  g_test_add ("/atlas/window/patient-view", Fixture, NULL,
              fixture_set_up, test_patient_view, fixture_tear_down);
  g_test_add ("/atlas/window/zoom", Fixture, NULL,
              fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/atlas/window/pain-finder", Fixture, NULL,
              fixture_set_up, test_pain_finder, fixture_tear_down);
  g_test_add ("/atlas/window/pain-finder-keyboard", Fixture, NULL,
              fixture_set_up, test_pain_finder_keyboard, fixture_tear_down);
  g_test_add ("/atlas/window/search-keyboard", Fixture, NULL,
              fixture_set_up, test_search_keyboard, fixture_tear_down);
  g_test_add ("/atlas/window/search-groups", Fixture, NULL,
              fixture_set_up, test_search_groups, fixture_tear_down);
  g_test_add ("/atlas/window/search-condition-region-page", Fixture, NULL,
              fixture_set_up, test_search_condition_region_page, fixture_tear_down);
  g_test_add ("/atlas/window/conditions", Fixture, NULL,
              fixture_set_up, test_conditions, fixture_tear_down);
  g_test_add ("/atlas/window/view-actions", Fixture, NULL,
              fixture_set_up, test_view_actions, fixture_tear_down);

  return g_test_run ();
}
