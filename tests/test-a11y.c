/* test-a11y.c: every control on screen has a name a screen reader can say.
 *
 * Also the window-level keyboard (F6 between the parts), the shortcuts
 * window, the toasts and the dark style that libadwaita brought.
 *
 * Walks the accessible tree (the widget tree, in GTK 4.8) of the main window
 * in each of its modes and fails on any button, toggle, menu button or text
 * box that is shown but has neither an accessible label nor a labelling
 * widget, naming each: an icon-only button otherwise reads as "button".
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-diagram-style.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-topics-window.h"
#include "atlas-window-private.h"

typedef AtlasTestWindowFixture Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  atlas_test_window_fixture_set_up (fixture, NULL, 1366, 768);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  atlas_test_window_fixture_tear_down (fixture);
}

static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
      return TRUE;

    default:
      return FALSE;
    }
}

/* A label of its own, or a labelling widget. GTK 4.8 labels a button by its
 * child: a button whose child is an icon, or a box of an icon and a label,
 * is "labelled" by a widget without text and reads as "image" or "button".
 * So a button counts as named by its child only when that child is a label
 * with text; anything else (an entry labelled by a label beside it) by the
 * relation alone. */
static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkWidget     *child;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;
  if (!gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  if (!GTK_IS_BUTTON (widget))
    return TRUE;
  child = gtk_button_get_child (GTK_BUTTON (widget));
  return GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0';
}

/* "GtkToggleButton 'Search the Atlas' in GtkHeaderBar < GtkWindowHandle <
 * AtlasWindow": the tooltip and the ancestors say which one it is. */
static char *
describe (GtkWidget *widget)
{
  GString    *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget))
                                            : NULL;

  if (tooltip != NULL)
    g_string_append_printf (text, " tooltip '%s'", tooltip);
  if (icon != NULL)
    g_string_append_printf (text, " icon '%s'", icon);
  g_string_append (text, " in");
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL;
       parent = gtk_widget_get_parent (parent))
    g_string_append_printf (text, " %s", G_OBJECT_TYPE_NAME (parent));
  return g_string_free (text, FALSE);
}

static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed,
                 guint     *n_controls)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_control (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget))))
    {
      (*n_controls)++;
      if (!has_name (widget))
        g_ptr_array_add (unnamed, describe (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed, n_controls);
}

/* Fails on every control of @window without a name, after printing each;
 * and if fewer than @min_controls were seen: a walk that found none did not
 * walk. */
static void
assert_window_named (GtkWidget  *window,
                     const char *mode,
                     guint       min_controls)
{
  g_autoptr (GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint n_controls = 0;

  collect_unnamed (window, unnamed, &n_controls);
  for (guint i = 0; i < unnamed->len; i++)
    g_printerr ("%s: no accessible name: %s\n", mode, (char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (n_controls, >=, min_controls);
  g_assert_cmpuint (unnamed->len, ==, 0);
}

/* The main window's header bar alone has a dozen controls. */
static void
assert_all_named (Fixture    *fixture,
                  const char *mode)
{
  assert_window_named (GTK_WIDGET (fixture->window), mode, 11);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_card (Fixture      *fixture,
           gconstpointer data)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (fixture->database, "upper-trapezius");

  assert_all_named (fixture, "empty card");
  g_assert_nonnull (muscle);
  atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_RIGHT);
  atlas_test_wait_until (is_mapped, atlas_window_get_muscle_panel (fixture->window),
                         "the card is shown");
  assert_all_named (fixture, "card");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  atlas_test_wait_until (is_mapped, atlas_window_get_search_entry (fixture->window),
                         "the search entry is shown");
  assert_all_named (fixture, "search");
}

/* A list row is shown inside @widget. */
static gboolean
has_candidate_rows (gpointer data)
{
  GtkWidget *widget = data;

  if (GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_candidate_rows (child))
      return TRUE;
  return FALSE;
}

/* Each mode of the side panel, opened by its action. */
static void
test_mode (Fixture      *fixture,
           gconstpointer data)
{
  const char *action = data;
  GtkWidget  *panel = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  if (g_str_equal (action, "win.finder"))
    panel = GTK_WIDGET (atlas_window_get_finder_panel (fixture->window));
  else if (g_str_equal (action, "win.plan"))
    panel = GTK_WIDGET (atlas_window_get_plan_panel (fixture->window));
  else if (g_str_equal (action, "win.study"))
    panel = GTK_WIDGET (atlas_window_get_study_panel (fixture->window));
  else
    panel = GTK_WIDGET (atlas_window_get_condition_panel (fixture->window));
  atlas_test_wait_until (is_mapped, panel, action);
  if (g_str_equal (action, "win.finder"))
    {
      AtlasPainMap *map = atlas_window_get_pain_map (fixture->window);

      /* Marks, so that the candidates' rows and their buttons are there. */
      atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "temple"),
                             ATLAS_SIDE_RIGHT);
      atlas_test_wait_until (has_candidate_rows, panel, "the candidates");
    }
  assert_all_named (fixture, action);
}

static gboolean
find_topics_window (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ATLAS_IS_TOPICS_WINDOW (window) && gtk_widget_get_mapped (window))
        {
          *(GtkWidget **) data = window;
          return TRUE;
        }
    }
  return FALSE;
}

/* The patient information has a window of its own. */
static void
test_topics (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget *topics = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-topics",
                                             NULL));
  atlas_test_wait_until (find_topics_window, &topics, "the patient information");
  /* Its close button at least. */
  assert_window_named (topics, "patient information", 1);
  gtk_window_destroy (GTK_WINDOW (topics));
}

/* The narrow window: the side panel folded away, the views in a menu. */
static gboolean
is_folded (gpointer data)
{
  AtlasWindow *window = data;

  return adw_flap_get_folded (window->flap) && gtk_widget_get_mapped (window->side_menu_button);
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 860, 600);
  atlas_test_wait_until (is_folded, fixture->window, "the side panel folds");
  assert_all_named (fixture, "narrow");
}

static gboolean
focus_within (AtlasWindow *window,
              GtkWidget   *part)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_is_ancestor (focus, part);
}

/* F6 (and Ctrl+Tab, the same action) goes round the diagram, the side panel
 * and the header bar; Shift+F6 the other way. */
static void
test_focus_parts (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *body_view = GTK_WIDGET (atlas_window_get_body_view (fixture->window));
  GtkWidget *side = GTK_WIDGET (fixture->window->side_stack);
  GtkWidget *header = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *focus;

  /* A card with controls in it, so that the side panel has a stop. */
  atlas_window_show_muscle (fixture->window,
                            atlas_database_get_muscle (fixture->database, "upper-trapezius"),
                            ATLAS_SIDE_RIGHT);
  g_assert_true (gtk_widget_grab_focus (body_view));

  g_assert_true (gtk_widget_activate_action (window, "win.focus-next-part", NULL));
  g_assert_true (focus_within (fixture->window, side));
  g_assert_true (gtk_widget_activate_action (window, "win.focus-next-part", NULL));
  g_assert_true (focus_within (fixture->window, header));
  g_assert_true (gtk_widget_activate_action (window, "win.focus-next-part", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == body_view || gtk_widget_is_ancestor (focus, body_view));

  g_assert_true (gtk_widget_activate_action (window, "win.focus-previous-part", NULL));
  g_assert_true (focus_within (fixture->window, header));
  g_assert_true (gtk_widget_activate_action (window, "win.focus-previous-part", NULL));
  g_assert_true (focus_within (fixture->window, side));
}

/* The shortcuts window lists the keys the code binds beyond the actions'
 * accelerators. */
static void
test_shortcuts_listed (void)
{
  static const char *const keys[] = {
    ">F10<",
    ">F1<",
    "F6 &lt;Control&gt;Tab",
    ">F9<",
    "&lt;Alt&gt;Left",
    "Control_L",
  };
  g_autoptr (GBytes) bytes =
    g_resources_lookup_data (RESOURCE_PREFIX "/gtk/help-overlay.ui",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_nonnull (bytes);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    keys[i]));
}

/* A GtkButton inside @widget whose label is @label, shown, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_undo (gpointer data)
{
  return find_button (data, "_Undo") != NULL;
}

static gboolean
has_two_marks (gpointer data)
{
  return atlas_pain_map_get_n_marked (data) == 2;
}

/* Clear All in the pain finder throws several marks away at once: a toast
 * offers them back, and its Undo brings them back. */
static void
test_clear_all_toast (Fixture      *fixture,
                      gconstpointer data)
{
  AtlasPainMap     *map = atlas_window_get_pain_map (fixture->window);
  AtlasFinderPanel *panel = atlas_window_get_finder_panel (fixture->window);

  atlas_finder_mode_set_active (atlas_window_get_finder (fixture->window), TRUE);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "temple"),
                         ATLAS_SIDE_RIGHT);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "lower-jaw"),
                         ATLAS_SIDE_RIGHT);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 2);
  /* One mark undone is no Clear All: no toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "lower-jaw"),
                         ATLAS_SIDE_RIGHT);
  g_assert_false (shows_undo (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "finder.clear-all", NULL));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  atlas_test_wait_until (shows_undo, fixture->window, "the toast with Undo");
  /* A button activated from the keyboard clicks a moment later. */
  g_assert_true (gtk_widget_activate (find_button (GTK_WIDGET (fixture->window), "_Undo")));
  atlas_test_wait_until (has_two_marks, map, "the marks back");
}

/* The desktop turns dark: the diagram is rendered again, in its dark
 * rendition, without the window being told. */
static gboolean
rendered_again (gpointer data)
{
  Fixture       *fixture = data;
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);

  return atlas_body_view_get_render_count (body_view) >
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (body_view), "renders-before"));
}

static void
test_follows_dark (Fixture      *fixture,
                   gconstpointer data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  AtlasBodyView   *body_view = atlas_window_get_body_view (fixture->window);

  g_assert_cmpint (atlas_diagram_style_get (), ==, ATLAS_DIAGRAM_STYLE_LIGHT);
  g_object_set_data (G_OBJECT (body_view), "renders-before",
                     GUINT_TO_POINTER (atlas_body_view_get_render_count (body_view)));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (atlas_diagram_style_get (), ==, ATLAS_DIAGRAM_STYLE_DARK);
  atlas_test_wait_until (rendered_again, fixture, "the dark rendition");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may not be installed. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add ("/atlas/a11y/card", Fixture, NULL, fixture_set_up, test_card, fixture_tear_down);
  g_test_add ("/atlas/a11y/finder", Fixture, "win.finder",
              fixture_set_up, test_mode, fixture_tear_down);
  g_test_add ("/atlas/a11y/plan", Fixture, "win.plan",
              fixture_set_up, test_mode, fixture_tear_down);
  g_test_add ("/atlas/a11y/study", Fixture, "win.study",
              fixture_set_up, test_mode, fixture_tear_down);
  g_test_add ("/atlas/a11y/conditions", Fixture, "win.show-conditions",
              fixture_set_up, test_mode, fixture_tear_down);
  g_test_add ("/atlas/a11y/topics", Fixture, NULL, fixture_set_up, test_topics,
              fixture_tear_down);
  g_test_add ("/atlas/a11y/narrow", Fixture, NULL, fixture_set_up, test_narrow,
              fixture_tear_down);

  g_test_add ("/atlas/a11y/focus-parts", Fixture, NULL, fixture_set_up, test_focus_parts,
              fixture_tear_down);
  g_test_add_func ("/atlas/a11y/shortcuts-listed", test_shortcuts_listed);
  g_test_add ("/atlas/a11y/clear-all-toast", Fixture, NULL, fixture_set_up,
              test_clear_all_toast, fixture_tear_down);
  g_test_add ("/atlas/a11y/follows-dark", Fixture, NULL, fixture_set_up, test_follows_dark,
              fixture_tear_down);

  return g_test_run ();
}
