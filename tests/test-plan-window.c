/* test-plan-window.c: the session plan in the window: sites added from a
 * card, the diagram and the pain finder; printing to a file; a broken plan
 * file keeps what was open; the shortcut list.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <gtk/gtk.h>
#include <string.h>

#include "atlas-pain-map.h"
#include "atlas-plan-overlay.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-window-private.h"

typedef AtlasTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  atlas_test_window_fixture_set_up (fixture, NULL, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  atlas_test_window_fixture_tear_down (fixture);
}

typedef gboolean (*WidgetMatch) (GtkWidget    *widget,
                                 gconstpointer data);

/* The first widget under @root, @root included, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget    *root,
             WidgetMatch   match,
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget    *widget,
          gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_type (GtkWidget    *widget,
          gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_css_class (GtkWidget    *widget,
               gconstpointer css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return find_widget (root, has_name, name);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  return find_widget (root, has_type, GSIZE_TO_POINTER (type));
}

static GtkWidget *
find_css (GtkWidget  *root,
          const char *css_class)
{
  return find_widget (root, has_css_class, css_class);
}

static AtlasPlan *
plan_of (Fixture *fixture)
{
  return atlas_plan_panel_get_plan (atlas_window_get_plan_panel (fixture->window));
}

static void
assert_site (AtlasPlan  *plan,
             guint       index,
             const char *muscle,
             const char *point,
             AtlasSide   side)
{
  const AtlasPlanSite *site = atlas_plan_get_site (plan, index);

  g_assert_cmpstr (atlas_muscle_get_id (site->muscle), ==, muscle);
  g_assert_cmpstr (site->point->id, ==, point);
  g_assert_cmpint (site->side, ==, side);
}

static void
test_add_from_card (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasMuscle *temporalis = atlas_database_get_muscle (fixture->database, "temporalis");
  GtkWidget *button, *panel;

  atlas_window_show_muscle (fixture->window, temporalis, ATLAS_SIDE_RIGHT);
  button = find_named (GTK_WIDGET (atlas_window_get_muscle_panel (fixture->window)),
                       "temporalis/tp2/left");
  g_assert_nonnull (button);
  /* "clicked", not activate: GtkButton delays activation for the animation. */
  g_signal_emit_by_name (button, "clicked");

  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 1);
  assert_site (plan_of (fixture), 0, "temporalis", "tp2", ATLAS_SIDE_LEFT);
  /* Adding shows the plan. */
  panel = GTK_WIDGET (atlas_window_get_plan_panel (fixture->window));
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_true (gtk_widget_get_mapped (panel));
}

static void
test_add_from_diagram (Fixture       *fixture,
                       gconstpointer  data)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasMuscle *muscle = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  AtlasPlanOverlay *overlay = ATLAS_PLAN_OVERLAY (find_type (GTK_WIDGET (fixture->window),
                                                             ATLAS_TYPE_PLAN_OVERLAY));
  const AtlasView *view;
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  g_autofree char *site = NULL;

  g_assert_nonnull (overlay);
  /* Nothing chosen, nothing to add. */
  atlas_body_view_clear_selection (body_view);
  g_assert_null (atlas_plan_overlay_site_at (overlay, 10, 10));

  atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_LEFT);
  view = atlas_body_view_get_view (body_view);

  /* The pointer on each trigger point's X picks that point. */
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      g_autofree char *expected = g_strdup_printf ("upper-trapezius/%s/left", point->id);

      for (guint j = 0; j < point->marks->len; j++)
        {
          const AtlasMark *mark = g_ptr_array_index (point->marks, j);
          g_autofree char *found = NULL;
          double x, y, wx, wy;

          if (mark->view != view)
            continue;
          atlas_mark_position (mark, ATLAS_SIDE_LEFT, &x, &y);
          atlas_body_view_document_to_widget (body_view, x, y, &wx, &wy);
          found = atlas_plan_overlay_site_at (overlay, wx, wy);
          g_assert_cmpstr (found, ==, expected);
        }
    }

  site = atlas_plan_overlay_site_at (overlay, 0, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (body_view), "win.plan-add", "s", site));
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 1);
  g_assert_cmpstr (atlas_muscle_get_id (atlas_plan_get_site (plan_of (fixture), 0)->muscle), ==,
                   "upper-trapezius");
}

static void
test_add_from_finder (Fixture       *fixture,
                      gconstpointer  data)
{
  AtlasPainMap *map = atlas_window_get_pain_map (fixture->window);
  const AtlasPainArea *areas;
  guint n;

  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "temple"),
                         ATLAS_SIDE_RIGHT);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "posterior-neck"),
                         ATLAS_SIDE_RIGHT);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "lateral-neck"),
                         ATLAS_SIDE_RIGHT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.plan-from-finder",
                                             NULL));

  /* The finder's best candidate first, on the painful side, with the
   * trigger point that refers to the temple. */
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, ATLAS_PLAN_PANEL_CANDIDATES);
  assert_site (plan_of (fixture), 0, "upper-trapezius", "tp1", ATLAS_SIDE_RIGHT);
  areas = atlas_plan_get_painful_regions (plan_of (fixture), &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (areas[0].region->id, ==, "temple");
}

/* The "Add to Plan" button of the finder's row for @muscle_id. */
static GtkWidget *
candidate_button (AtlasFinderPanel *finder,
                  const char       *muscle_id)
{
  GPtrArray *candidates = atlas_finder_panel_get_candidates (finder);

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);

      if (g_str_equal (atlas_muscle_get_id (candidate->muscle), muscle_id))
        return find_css (GTK_WIDGET (gtk_list_box_get_row_at_index (
                           atlas_finder_panel_get_list (finder), (int) i)),
                         "candidate-add");
    }
  return NULL;
}

/* Each candidate row's button adds that muscle's best trigger point, on the
 * side of the pain, and the finder stays open for the next. */
static void
test_add_candidate_row (Fixture      *fixture,
                        gconstpointer data)
{
  AtlasPainMap        *map = atlas_window_get_pain_map (fixture->window);
  AtlasFinderPanel    *finder = atlas_window_get_finder_panel (fixture->window);
  GtkWidget           *button;
  const AtlasPainArea *areas;
  const char          *tooltip;
  guint                n;

  atlas_finder_mode_set_active (atlas_window_get_finder (fixture->window), TRUE);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "upper-teeth"),
                         ATLAS_SIDE_LEFT);
  atlas_pain_map_toggle (map, atlas_database_get_region (fixture->database, "cheek"),
                         ATLAS_SIDE_LEFT);

  button = candidate_button (finder, "masseter");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "list-add-symbolic");
  tooltip = gtk_widget_get_tooltip_text (button);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "Add to Plan: Masseter"));
  g_assert_nonnull (strstr (tooltip, "Upper superficial masseter"));

  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 0);
  g_signal_emit_by_name (button, "clicked");

  /* Not the first trigger point (the lower jaw's) but the one that refers to
   * the upper teeth and the cheek, on the left where it hurts. */
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 1);
  assert_site (plan_of (fixture), 0, "masseter", "tp2", ATLAS_SIDE_LEFT);
  areas = atlas_plan_get_painful_regions (plan_of (fixture), &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (areas[0].region->id, ==, "upper-teeth");
  g_assert_true (atlas_finder_mode_get_active (atlas_window_get_finder (fixture->window)));
  /* The row now says the site is in the plan, and says so again when it goes. */
  button = candidate_button (finder, "masseter");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "object-select-symbolic");
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (button), "In the plan: Masseter"));
  atlas_plan_remove_site (plan_of (fixture), 0);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "list-add-symbolic");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 1);

  /* Another row adds its own muscle: of the temporalis points that refer to
   * the upper teeth, the one whose pattern is the smallest. */
  button = candidate_button (finder, "temporalis");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 2);
  assert_site (plan_of (fixture), 1, "temporalis", "tp2", ATLAS_SIDE_LEFT);
}

static void
answer_blocking_no (AtlasPlan *plan)
{
  AtlasDatabase *db = atlas_plan_get_database (plan);
  g_autoptr (GPtrArray) blocking = atlas_screening_blocking_items (db,
                                                                   atlas_plan_get_answers (plan));

  for (guint i = 0; i < blocking->len; i++)
    atlas_plan_set_answer (plan, ((AtlasScreeningItem *) g_ptr_array_index (blocking, i))->id,
                           ATLAS_ANSWER_NO, NULL);
}

static void
test_print_to_file (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasPlanPanel *panel = atlas_window_get_plan_panel (fixture->window);
  g_autofree char *dir = g_dir_make_tmp ("atlas-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { g_getenv ("PDFTOTEXT"), path, "-", NULL };
  int status;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.plan-add", "s",
                                             "temporalis/tp1/right"));
  /* Screening not done: nothing is printed. */
  g_assert_cmpint (atlas_plan_panel_print (panel, ATLAS_REPORT_HANDOUT, path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  answer_blocking_no (plan_of (fixture));
  g_assert_cmpint (atlas_plan_panel_print (panel, ATLAS_REPORT_HANDOUT, path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "Temporalis, right side"));
  g_assert_nonnull (strstr (out, "After your session"));
  g_remove (path);
  g_rmdir (dir);
}

static gboolean
is_recent (gpointer uri)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  gboolean found = FALSE;

  for (GList *l = items; l != NULL; l = l->next)
    found |= g_str_equal (gtk_recent_info_get_uri (l->data), uri);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return found;
}

/* A label with @text shown anywhere in @widget: a toast's. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
shows_saved_toast (gpointer data)
{
  return shows_label (data, "Plan saved");
}

static void
test_open_keeps_plan_on_error (Fixture       *fixture,
                               gconstpointer  data)
{
  AtlasPlanPanel *panel = atlas_window_get_plan_panel (fixture->window);
  g_autofree char *dir = g_dir_make_tmp ("atlas-open-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.plan", NULL);
  g_autofree char *good = g_build_filename (dir, "good.plan", NULL);
  g_autoptr (GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr (GFile) good_file = g_file_new_for_path (good);
  g_autoptr (GError) error = NULL;
  AtlasPlan *before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.plan-add", "s",
                                             "temporalis/tp1/right"));
  g_assert_false (shows_saved_toast (fixture->window));
  g_assert_true (atlas_plan_panel_save_file (panel, good_file, &error));
  g_assert_false (atlas_plan_get_modified (plan_of (fixture)));
  atlas_test_wait_until (shows_saved_toast, fixture->window, "the Plan saved toast");
  before = plan_of (fixture);

  g_assert_true (g_file_set_contents (broken, "<plan format=\"9\">\n</plan>\n", -1, NULL));
  g_assert_false (atlas_plan_panel_open_file (panel, broken_file, &error));
  g_assert_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_NEWER_FORMAT);
  g_assert_true (plan_of (fixture) == before);
  g_assert_cmpuint (atlas_plan_get_n_sites (before), ==, 1);
  g_clear_error (&error);

  g_assert_true (atlas_plan_panel_open_file (panel, good_file, &error));
  g_assert_true (plan_of (fixture) != before);
  g_assert_cmpuint (atlas_plan_get_n_sites (plan_of (fixture)), ==, 1);

  /* The saved plan is among the recent ones, and opens from there. */
  {
    g_autofree char *uri = g_file_get_uri (good_file);
    g_autoptr (GMenuModel) recent = NULL;
    g_autofree char *target = NULL;

    /* The recent manager adds items asynchronously. */
    atlas_test_wait_until (is_recent, uri, "the recent item");
    recent = atlas_plan_panel_build_recent_menu (panel);

    g_assert_cmpint (g_menu_model_get_n_items (recent), >=, 1);
    g_assert_true (g_menu_model_get_item_attribute (recent, 0, G_MENU_ATTRIBUTE_TARGET, "s",
                                                    &target));
    g_assert_cmpstr (target, ==, uri);
    before = plan_of (fixture);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "plan.open-recent", "s", uri));
    g_assert_true (plan_of (fixture) != before);
  }
  g_remove (broken);
  g_remove (good);
  g_rmdir (dir);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
test_autosave_and_restore (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = atlas_plan_panel_dup_autosave_path ();
  AtlasWindow *second;
  AtlasPlanPanel *panel;
  GtkWidget *bar;

  g_remove (path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.plan-add", "s",
                                             "temporalis/tp1/right"));
  /* Unsaved changes reach the user's data folder on their own. */
  atlas_test_wait_until (file_exists, path, "the autosave");

  /* A window opened after a crash offers them back. */
  second = atlas_window_new (NULL, fixture->database);
  panel = atlas_window_get_plan_panel (second);
  bar = find_type (GTK_WIDGET (panel), GTK_TYPE_INFO_BAR);
  g_assert_nonnull (bar);
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_cmpuint (atlas_plan_get_n_sites (atlas_plan_panel_get_plan (panel)), ==, 0);
  gtk_info_bar_response (GTK_INFO_BAR (bar), GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (atlas_plan_get_n_sites (atlas_plan_panel_get_plan (panel)), ==, 1);
  g_assert_true (atlas_plan_get_modified (atlas_plan_panel_get_plan (panel)));
  g_assert_false (gtk_widget_get_visible (bar));
  gtk_window_destroy (GTK_WINDOW (second));
  g_remove (path);
}

static gboolean
has_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(GtkWidget **) data = GTK_WIDGET (window);
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  AtlasWindow *window = atlas_window_new (NULL, fixture->database);
  GtkWidget *dialog = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-add", "s",
                                             "temporalis/tp1/right"));
  gtk_window_close (GTK_WINDOW (window));
  atlas_test_wait_until (has_dialog, &dialog, "the question");
  g_assert_nonnull (window);

  /* Cancel keeps the window; closing without saving closes it. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_nonnull (window);
  gtk_window_close (GTK_WINDOW (window));
  dialog = NULL;
  atlas_test_wait_until (has_dialog, &dialog, "the question again");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_assert_null (window);
}

static void
test_shortcut_list (void)
{
  g_autoptr (GBytes) bytes =
    g_resources_lookup_data ("/org/triggerpointatlas/Atlas/gtk/help-overlay.ui",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  const char *text;

  g_assert_nonnull (bytes);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "&lt;Control&gt;p"));
  g_assert_nonnull (strstr (text, "&lt;Control&gt;l"));
  g_assert_nonnull (strstr (text, "&lt;Control&gt;d"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("atlas-data-XXXXXX", NULL);

  /* Autosaves go to a folder of the test's own, not the user's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  /* GTK 4.8's recent manager leaks the "now" it compares ages with when it
   * writes its list (a GTK bug, fixed later); the sanitizer job would fail on
   * it. With no maximum age it never makes that comparison. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-max-age", -1, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/plan-window/add-from-card", test_add_from_card);
  ADD ("/plan-window/add-from-diagram", test_add_from_diagram);
  ADD ("/plan-window/add-from-finder", test_add_from_finder);
  ADD ("/plan-window/add-candidate-row", test_add_candidate_row);
  ADD ("/plan-window/print-to-file", test_print_to_file);
  ADD ("/plan-window/open-keeps-plan-on-error", test_open_keeps_plan_on_error);
  ADD ("/plan-window/autosave-and-restore", test_autosave_and_restore);
  ADD ("/plan-window/close-asks", test_close_asks);
#undef ADD
  g_test_add_func ("/plan-window/shortcut-list", test_shortcut_list);

  return g_test_run ();
}
