/* test-presentation.c: the patient's screen follows the clinician's, and the
 * patient view shows the patient's card and nothing clinical.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-application.h"
#include "atlas-pain-map.h"
#include "atlas-plan.h"
#include "atlas-presentation-window.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-window-private.h"

typedef AtlasTestWindowFixture Fixture;

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Mapped and laid out: zoom and pan need a size. */
static gboolean
is_allocated (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

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

static GAction *
present_action (Fixture *fixture)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "present");

  g_assert_nonnull (action);
  return action;
}

static AtlasPresentationWindow *
open_presentation (Fixture *fixture)
{
  AtlasPresentationWindow *presentation;
  g_autoptr (GVariant) state = NULL;

  g_assert_null (atlas_presentation_window_from_action (present_action (fixture)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  presentation = atlas_presentation_window_from_action (present_action (fixture));
  g_assert_nonnull (presentation);
  state = g_action_get_state (present_action (fixture));
  g_assert_true (g_variant_get_boolean (state));
  atlas_test_wait_until (is_allocated, atlas_presentation_window_get_body_view (presentation),
                         "the presentation shows");
  return presentation;
}

static gboolean
presentation_closed (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr (GVariant) state = g_action_get_state (present_action (fixture));

  return atlas_presentation_window_from_action (present_action (fixture)) == NULL &&
         !g_variant_get_boolean (state);
}

static void
close_presentation (Fixture                 *fixture,
                    AtlasPresentationWindow *presentation)
{
  gtk_window_close (GTK_WINDOW (presentation));
  atlas_test_wait_until (presentation_closed, fixture, "the presentation is closed");
}

/* The shortcut of @window (any window of the atlas) whose trigger reads
 * @trigger ("F11", "b"), done. */
static void
press_shortcut (gpointer    window,
                const char *trigger)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *shortcut_trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *text = gtk_shortcut_trigger_to_string (shortcut_trigger);
          g_auto (GStrv) alternatives = g_strsplit (text, "|", -1);

          if (g_strv_contains ((const char * const *) alternatives, trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           window, NULL));
              return;
            }
        }
    }
  g_error ("no shortcut %s on %s", trigger, G_OBJECT_TYPE_NAME (window));
}

/* ---- Following the main window ------------------------------------------ */

static void
test_follows_selection_and_view (Fixture       *fixture,
                                 gconstpointer  data)
{
  AtlasBodyView *main_view = atlas_window_get_body_view (fixture->window);
  AtlasMuscle *infraspinatus = atlas_database_get_muscle (fixture->database, "infraspinatus");
  AtlasMuscle *scalenes = atlas_database_get_muscle (fixture->database, "scalenes");
  AtlasPresentationWindow *presentation;
  AtlasBodyView *shown;
  AtlasPatientCard *card;

  g_assert_nonnull (infraspinatus);
  g_assert_nonnull (scalenes);

  /* What was chosen before it opened shows at once. */
  atlas_window_show_muscle (fixture->window, infraspinatus, ATLAS_SIDE_LEFT);
  presentation = open_presentation (fixture);
  shown = atlas_presentation_window_get_body_view (presentation);
  card = atlas_presentation_window_get_card (presentation);
  g_assert_true (atlas_body_view_get_selected_muscle (shown) == infraspinatus);
  g_assert_cmpint (atlas_body_view_get_selected_side (shown), ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (atlas_body_view_get_view_id (shown), ==,
                   atlas_body_view_get_view_id (main_view));
  g_assert_true (atlas_patient_card_get_muscle (card) == infraspinatus);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));

  /* And then whatever the clinician chooses. */
  atlas_window_show_muscle (fixture->window, scalenes, ATLAS_SIDE_RIGHT);
  g_assert_true (atlas_body_view_get_selected_muscle (shown) == scalenes);
  g_assert_cmpint (atlas_body_view_get_selected_side (shown), ==, ATLAS_SIDE_RIGHT);
  g_assert_true (atlas_patient_card_get_muscle (card) == scalenes);

  g_settings_set_string (fixture->settings, "side", "posterior");
  g_assert_cmpstr (atlas_body_view_get_view_id (main_view), ==, "posterior");
  g_assert_cmpstr (atlas_body_view_get_view_id (shown), ==, "posterior");
  g_settings_set_string (fixture->settings, "layer", "deep");
  g_assert_cmpstr (atlas_body_view_get_view_id (shown), ==,
                   atlas_body_view_get_view_id (main_view));
  g_assert_cmpstr (atlas_body_view_get_view_id (shown), !=, "posterior");

  /* Escape on the laptop clears the patient's screen too: no words left. */
  atlas_body_view_clear_selection (main_view);
  g_assert_null (atlas_body_view_get_selected_muscle (shown));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));

  close_presentation (fixture, presentation);
}

static gboolean
zoomed_in (gpointer view)
{
  return atlas_body_view_get_zoom (view) > 1.0;
}

/* The diagram point at the middle of @view. */
static void
get_centre (AtlasBodyView *view,
            double        *x,
            double        *y)
{
  atlas_body_view_widget_to_document (view, gtk_widget_get_width (GTK_WIDGET (view)) / 2.0,
                                      gtk_widget_get_height (GTK_WIDGET (view)) / 2.0, x, y);
}

static void
test_follows_zoom (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasBodyView *main_view = atlas_window_get_body_view (fixture->window);
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  AtlasBodyView *shown = atlas_presentation_window_get_body_view (presentation);
  AtlasPresentationState *state = atlas_presentation_window_get_state (presentation);
  double x0, y0, x1, y1, main_x, main_y, state_x, state_y;

  g_assert_cmpfloat (atlas_body_view_get_zoom (shown), ==, 1.0);
  atlas_body_view_zoom (main_view, 3.0);
  g_assert_cmpfloat_with_epsilon (atlas_body_view_get_zoom (shown),
                                  atlas_body_view_get_zoom (main_view), 1e-9);
  g_assert_cmpfloat (atlas_body_view_get_zoom (shown), >, 2.9);

  /* A pan moves the patient's picture the same way, about the same point. */
  get_centre (shown, &x0, &y0);
  atlas_body_view_pan (main_view, 60, 80);
  get_centre (main_view, &main_x, &main_y);
  g_object_get (state, "centre-x", &state_x, "centre-y", &state_y, NULL);
  g_assert_cmpfloat_with_epsilon (state_x, main_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (state_y, main_y, 1e-9);
  get_centre (shown, &x1, &y1);
  g_assert_cmpfloat (x1, <, x0);
  g_assert_cmpfloat (y1, <, y0);

  atlas_body_view_reset_zoom (main_view);
  g_assert_cmpfloat (atlas_body_view_get_zoom (shown), ==, 1.0);
  close_presentation (fixture, presentation);

  /* Opened while zoomed in, it catches up once it has a size. */
  atlas_body_view_zoom (main_view, 2.0);
  presentation = open_presentation (fixture);
  atlas_test_wait_until (zoomed_in, atlas_presentation_window_get_body_view (presentation),
                         "the new presentation is zoomed in");
  shown = atlas_presentation_window_get_body_view (presentation);
  g_assert_cmpfloat_with_epsilon (atlas_body_view_get_zoom (shown),
                                  atlas_body_view_get_zoom (main_view), 1e-9);
  close_presentation (fixture, presentation);
}

static void
test_follows_finder_and_patterns (Fixture       *fixture,
                                  gconstpointer  data)
{
  AtlasBodyView *main_view = atlas_window_get_body_view (fixture->window);
  AtlasPainMap *pain_map = atlas_window_get_pain_map (fixture->window);
  const AtlasRegion *temple = NULL;
  AtlasMuscle *trapezius = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  AtlasBodyView *shown = atlas_presentation_window_get_body_view (presentation);
  AtlasRegionLayer *layer = atlas_body_view_get_region_layer (shown);
  AtlasPatientCard *card = atlas_presentation_window_get_card (presentation);
  AtlasPatternOverlay *patterns = atlas_presentation_window_get_pattern_overlay (presentation);
  AtlasPresentationState *state = atlas_presentation_window_get_state (presentation);
  const char * const condition[] = { "upper-trapezius", "levator-scapulae", NULL };
  const char * const plan[] = { "infraspinatus", NULL };
  const char * const *drawn;
  AtlasSide side;
  GPtrArray *regions = atlas_database_get_regions (fixture->database);

  for (guint i = 0; i < regions->len; i++)
    if (g_str_equal (((AtlasRegion *) g_ptr_array_index (regions, i))->id, "temple"))
      temple = g_ptr_array_index (regions, i);
  g_assert_nonnull (temple);

  /* The marks show on the patient's screen as the clinician makes them. */
  g_assert_false (atlas_region_layer_get_active (layer));
  atlas_finder_mode_set_active (atlas_window_get_finder (fixture->window), TRUE);
  g_assert_true (atlas_region_layer_get_active (layer));
  atlas_pain_map_toggle (pain_map, temple, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_region_layer_get_pain_map (layer) == pain_map);
  g_assert_true (atlas_pain_map_is_marked (atlas_region_layer_get_pain_map (layer), temple,
                                           ATLAS_SIDE_LEFT));

  /* A candidate under the clinician's pointer is shown, and told. */
  atlas_body_view_set_preview (main_view, trapezius, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_body_view_get_preview_muscle (shown, &side) == trapezius);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_patient_card_get_muscle (card) == trapezius);
  atlas_body_view_set_preview (main_view, NULL, ATLAS_SIDE_RIGHT);
  g_assert_null (atlas_body_view_get_preview_muscle (shown, NULL));
  g_assert_null (atlas_patient_card_get_muscle (card));
  atlas_finder_mode_set_active (atlas_window_get_finder (fixture->window), FALSE);
  g_assert_false (atlas_region_layer_get_active (layer));

  /* A condition's patterns, with the legend in words; a plan's sites win. */
  atlas_pattern_overlay_set_muscles (atlas_window_get_pattern_overlay (fixture->window), condition);
  drawn = atlas_pattern_overlay_get_muscles (patterns);
  g_assert_nonnull (drawn);
  g_assert_true (g_strv_equal (drawn, condition));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_object_set (state, "plan-muscles", plan, NULL);
  g_assert_true (g_strv_equal (atlas_pattern_overlay_get_muscles (patterns), plan));
  g_object_set (state, "plan-muscles", NULL, NULL);
  g_assert_true (g_strv_equal (atlas_pattern_overlay_get_muscles (patterns), condition));
  atlas_pattern_overlay_set_muscles (atlas_window_get_pattern_overlay (fixture->window), NULL);
  g_assert_null (atlas_pattern_overlay_get_muscles (patterns));

  close_presentation (fixture, presentation);
}

/* Today's sites, as the clinician adds them to the plan, are what the
 * patient's screen draws; removing them gives the screen back. */
static void
test_follows_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  AtlasPatternOverlay *patterns = atlas_presentation_window_get_pattern_overlay (presentation);
  AtlasPlan *plan = atlas_plan_panel_get_plan (atlas_window_get_plan_panel (fixture->window));
  AtlasMuscle *trapezius = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  AtlasMuscle *temporalis = atlas_database_get_muscle (fixture->database, "temporalis");
  GPtrArray *trapezius_points = atlas_muscle_get_trigger_points (trapezius);
  const char * const both[] = { "upper-trapezius", "temporalis", NULL };
  const char * const one[] = { "temporalis", NULL };

  g_assert_null (atlas_pattern_overlay_get_muscles (patterns));
  /* Two sites on one muscle draw it once. */
  atlas_plan_add_site (plan, trapezius, g_ptr_array_index (trapezius_points, 0), ATLAS_SIDE_RIGHT);
  atlas_plan_add_site (plan, trapezius, g_ptr_array_index (trapezius_points, 1), ATLAS_SIDE_RIGHT);
  atlas_plan_add_site (plan, temporalis,
                       g_ptr_array_index (atlas_muscle_get_trigger_points (temporalis), 0),
                       ATLAS_SIDE_RIGHT);
  g_assert_true (g_strv_equal (atlas_pattern_overlay_get_muscles (patterns), both));

  atlas_plan_remove_site (plan, 0);
  g_assert_true (g_strv_equal (atlas_pattern_overlay_get_muscles (patterns), both));
  atlas_plan_remove_site (plan, 0);
  g_assert_true (g_strv_equal (atlas_pattern_overlay_get_muscles (patterns), one));
  atlas_plan_remove_site (plan, 0);
  g_assert_null (atlas_pattern_overlay_get_muscles (patterns));

  close_presentation (fixture, presentation);
}

/* ---- Blanking and closing ------------------------------------------------- */

static void
test_blank (Fixture       *fixture,
            gconstpointer  data)
{
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  AtlasBodyView *shown = atlas_presentation_window_get_body_view (presentation);
  GAction *blank = g_action_map_lookup_action (G_ACTION_MAP (fixture->window),
                                               "blank-presentation");
  g_autoptr (GVariant) blanked = NULL;

  g_assert_nonnull (blank);
  /* From the laptop... */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.blank-presentation", NULL));
  atlas_test_wait_until (is_unmapped, shown, "the diagram is hidden");
  blanked = g_action_get_state (blank);
  g_assert_true (g_variant_get_boolean (blanked));
  g_clear_pointer (&blanked, g_variant_unref);

  /* ...and with one key on the patient's screen. */
  press_shortcut (presentation, "b");
  atlas_test_wait_until (is_mapped, shown, "the diagram shows again");
  blanked = g_action_get_state (blank);
  g_assert_false (g_variant_get_boolean (blanked));

  /* Closed while blank, the next one starts showing. */
  press_shortcut (presentation, "<Control>b");
  atlas_test_wait_until (is_unmapped, shown, "the diagram is hidden");
  close_presentation (fixture, presentation);
  presentation = open_presentation (fixture);
  shown = atlas_presentation_window_get_body_view (presentation);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shown)));
  close_presentation (fixture, presentation);
}

static void
test_close_leaves_main_window (Fixture       *fixture,
                               gconstpointer  data)
{
  AtlasBodyView *main_view = atlas_window_get_body_view (fixture->window);
  AtlasMuscle *quadratus = atlas_database_get_muscle (fixture->database, "quadratus-lumborum");
  AtlasMusclePanel *panel = atlas_window_get_muscle_panel (fixture->window);
  AtlasPresentationState *state = atlas_window_get_presentation_state (fixture->window);
  AtlasPresentationWindow *presentation;
  g_autofree char *view_id = NULL;
  double zoom, x, y, x1, y1;

  g_assert_nonnull (quadratus);
  atlas_window_show_muscle (fixture->window, quadratus, ATLAS_SIDE_LEFT);
  atlas_body_view_zoom (main_view, 2.0);
  view_id = g_strdup (atlas_body_view_get_view_id (main_view));
  zoom = atlas_body_view_get_zoom (main_view);
  get_centre (main_view, &x, &y);

  presentation = open_presentation (fixture);
  press_shortcut (presentation, "b");
  close_presentation (fixture, presentation);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (main_view)));
  g_assert_true (atlas_body_view_get_selected_muscle (main_view) == quadratus);
  g_assert_cmpint (atlas_body_view_get_selected_side (main_view), ==, ATLAS_SIDE_LEFT);
  g_assert_cmpstr (atlas_body_view_get_view_id (main_view), ==, view_id);
  g_assert_cmpfloat (atlas_body_view_get_zoom (main_view), ==, zoom);
  get_centre (main_view, &x1, &y1);
  g_assert_cmpfloat (x1, ==, x);
  g_assert_cmpfloat (y1, ==, y);
  g_assert_true (atlas_muscle_panel_get_muscle (panel) == quadratus);
  g_assert_false (atlas_presentation_state_get_blanked (state));
}

static void
test_one_monitor_window (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  AtlasPresentationWindow *presentation;
  int width, height;

  /* The test display has one monitor: the presentation must not cover it. */
  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 1);
  presentation = open_presentation (fixture);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (presentation)));
  gtk_window_get_default_size (GTK_WINDOW (presentation), &width, &height);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* F5 again closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.present", NULL));
  atlas_test_wait_until (presentation_closed, fixture, "the presentation is closed");
}

/* The patient's screen goes with the main window: nothing would follow. */
static void
test_main_window_closes_it (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load_bundled (&error);
  Fixture fixture = { db, NULL, NULL };
  AtlasPresentationWindow *presentation;

  g_assert_no_error (error);
  fixture.window = atlas_window_new (NULL, db);
  gtk_window_present (GTK_WINDOW (fixture.window));
  atlas_test_wait_until (is_allocated, atlas_window_get_body_view (fixture.window),
                         "the main window shows");
  presentation = open_presentation (&fixture);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  g_assert_null (presentation);
}

/* ---- Front and back together --------------------------------------------- */

static void
test_side_by_side (Fixture       *fixture,
                   gconstpointer  data)
{
  AtlasBodyView *main_view = atlas_window_get_body_view (fixture->window);
  AtlasBodyCompanion *companion = atlas_window_get_companion (fixture->window);
  AtlasBodyView *other = atlas_body_companion_get_view (companion);
  AtlasMuscle *infraspinatus = atlas_database_get_muscle (fixture->database, "infraspinatus");
  AtlasMuscle *pectoralis = atlas_database_get_muscle (fixture->database, "pectoralis-major");
  AtlasPresentationWindow *presentation;
  AtlasBodyCompanion *shown_companion;
  GtkWidget *beside = GTK_WIDGET (companion);
  GtkWidget *box = gtk_widget_get_parent (beside);

  g_assert_nonnull (pectoralis);
  g_assert_false (gtk_widget_get_visible (beside));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->window), "side-by-side"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "side-by-side", NULL);
  g_assert_true (g_settings_get_boolean (fixture->settings, "side-by-side"));
  atlas_test_wait_until (is_mapped, other, "the other side shows");

  /* The back beside the front, on the right; the front on the left. */
  g_assert_cmpstr (atlas_body_view_get_view_id (main_view), ==, "anterior");
  g_assert_cmpstr (atlas_body_view_get_view_id (other), ==, "posterior");
  g_assert_true (gtk_widget_get_last_child (box) == beside);
  g_settings_set_string (fixture->settings, "side", "posterior");
  g_assert_cmpstr (atlas_body_view_get_view_id (other), ==, "anterior");
  g_assert_true (gtk_widget_get_first_child (box) == beside);

  /* Infraspinatus, chosen on the back, is drawn on the front too, where its
   * pain is felt; a muscle chosen on the companion is chosen. */
  atlas_window_show_muscle (fixture->window, infraspinatus, ATLAS_SIDE_RIGHT);
  g_assert_true (atlas_body_view_get_selected_muscle (other) == infraspinatus);
  /* No button offers the front: it is there. */
  g_assert_cmpstr (atlas_body_view_get_view_id (main_view), ==, "posterior");
  g_assert_false (gtk_widget_get_visible (atlas_window_get_pattern_button (fixture->window)));
  g_settings_set_boolean (fixture->settings, "side-by-side", FALSE);
  g_assert_true (gtk_widget_get_visible (atlas_window_get_pattern_button (fixture->window)));
  g_settings_set_boolean (fixture->settings, "side-by-side", TRUE);
  atlas_body_view_select (other, pectoralis, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_body_view_get_selected_muscle (main_view) == pectoralis);
  g_assert_cmpint (atlas_body_view_get_selected_side (main_view), ==, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_muscle_panel_get_muscle (atlas_window_get_muscle_panel (fixture->window))
                 == pectoralis);

  /* A view with no partner shows alone. */
  g_settings_set_string (fixture->settings, "side", "head");
  g_assert_false (gtk_widget_get_visible (beside));
  g_settings_set_string (fixture->settings, "side", "anterior");
  g_assert_true (gtk_widget_get_visible (beside));
  g_settings_set_boolean (fixture->settings, "side-by-side", FALSE);
  g_assert_false (gtk_widget_get_visible (beside));

  /* The patient's screen, wider than tall, shows both by itself, and gives
   * the room to the one view the clinician zooms. */
  presentation = open_presentation (fixture);
  shown_companion = atlas_presentation_window_get_companion (presentation);
  gtk_window_set_default_size (GTK_WINDOW (presentation), 1200, 600);
  atlas_test_wait_until (is_visible, shown_companion, "the presentation shows both sides");
  g_assert_cmpstr (atlas_body_view_get_view_id (atlas_body_companion_get_view (shown_companion)),
                   ==, "posterior");
  atlas_body_view_zoom (main_view, 2.0);
  atlas_test_wait_until (is_hidden, shown_companion, "the zoomed view has the room");
  atlas_body_view_reset_zoom (main_view);
  atlas_test_wait_until (is_visible, shown_companion, "both sides again");
  close_presentation (fixture, presentation);
}

static void
test_partner_views (Fixture       *fixture,
                    gconstpointer  data)
{
  GPtrArray *views = atlas_database_get_views (fixture->database);
  guint paired = 0;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      const AtlasView *partner = atlas_body_companion_partner_view (fixture->database, view->id);
      gboolean whole = g_str_equal (view->side, "anterior") ||
                       g_str_equal (view->side, "posterior");

      g_assert_true ((partner != NULL) == whole);
      if (partner == NULL)
        continue;
      paired++;
      g_assert_cmpstr (partner->side, !=, view->side);
      /* Deep beside deep, where the other side has a deep layer. */
      g_assert_cmpint (partner->layer, ==, view->layer);
      g_assert_true (atlas_body_companion_partner_view (fixture->database, partner->id) == view);
    }
  g_assert_cmpuint (paired, ==, 4);
}

/* ---- The patient view ------------------------------------------------------ */

static void
collect_shown_text (GtkWidget *root,
                    GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child))
        {
          g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
          g_string_append_c (text, '\n');
        }
      collect_shown_text (child, text);
    }
}

/* @name may say what a clinical field also says ("Platysma" is its Latin
 * name too): that much of it is the patient's. */
static void
assert_not_shown (const char *shown,
                  const char *text,
                  const char *name,
                  const char *what)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_name = NULL;

  if (text == NULL || text[0] == '\0' || strstr (shown, text) == NULL)
    return;
  folded_text = g_utf8_casefold (text, -1);
  folded_name = g_utf8_casefold (name, -1);
  if (strstr (folded_name, folded_text) == NULL)
    g_error ("%s: the patient view shows the %s “%s”", name, what, text);
}

static void
assert_patient_card (AtlasMuscle *muscle,
                     const char  *shown,
                     gboolean     with_self_care)
{
  const char *id = atlas_muscle_get_name (muscle);
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  GPtrArray *notes = atlas_muscle_get_safety_notes (muscle);
  GPtrArray *references = atlas_muscle_get_references (muscle);
  const AtlasNeedling *needling = atlas_muscle_get_needling (muscle);
  g_autofree char *essential = atlas_patient_card_describe_zone (muscle, ATLAS_ZONE_ESSENTIAL);
  static const char * const headings[] = {
    "Trigger Points", "Needling", "Safety", "Anatomy", "References", "Conditions",
    "Essential:", "Spillover:", "Depth:", "Origin:", "Needling hazard",
  };

  /* What the patient needs is there. */
  g_assert_nonnull (strstr (shown, atlas_muscle_get_name (muscle)));
  if (atlas_muscle_get_summary (muscle) != NULL)
    g_assert_nonnull (strstr (shown, atlas_muscle_get_summary (muscle)));
  if (with_self_care && atlas_muscle_get_self_care (muscle) != NULL)
    g_assert_nonnull (strstr (shown, atlas_muscle_get_self_care (muscle)));
  g_assert_nonnull (essential);
  g_assert_nonnull (strstr (shown, essential));

  /* Nothing clinical is. */
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    assert_not_shown (shown, headings[i], id, "heading");
  assert_not_shown (shown, atlas_muscle_get_latin (muscle), id, "Latin name");
  assert_not_shown (shown, atlas_muscle_get_origin (muscle), id, "origin");
  assert_not_shown (shown, atlas_muscle_get_insertion (muscle), id, "insertion");
  assert_not_shown (shown, atlas_muscle_get_innervation (muscle), id, "innervation");
  assert_not_shown (shown, atlas_muscle_get_action (muscle), id, "action");
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      g_autofree char *word = g_strdup_printf ("%s ", point->id);

      assert_not_shown (shown, point->location, id, "palpation text");
      assert_not_shown (shown, point->name, id, "trigger point name");
      assert_not_shown (shown, point->symptoms, id, "clinical symptoms");
      assert_not_shown (shown, word, id, "trigger point id");
      assert_not_shown (shown, point->id, id, "trigger point id");
    }
  if (needling != NULL)
    {
      assert_not_shown (shown, needling->position, id, "needling position");
      assert_not_shown (shown, needling->approach, id, "needling approach");
      assert_not_shown (shown, needling->beneath, id, "needling text");
    }
  for (guint i = 0; i < notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (notes, i);

      assert_not_shown (shown, note->structures, id, "hazard structures");
      assert_not_shown (shown, note->hazard, id, "hazard");
      assert_not_shown (shown, note->avoid, id, "hazard advice");
    }
  for (guint i = 0; references != NULL && i < references->len; i++)
    assert_not_shown (shown, ((AtlasReference *) g_ptr_array_index (references, i))->title, id,
                      "reference");
}

static GtkWidget *
find_patient_pill (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && !GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                     "win.patient-view") == 0)
        return child;
      if ((found = find_patient_pill (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_patient_view (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (atlas_window_get_muscle_panel (fixture->window));
  GtkWidget *pill = find_patient_pill (gtk_window_get_titlebar (GTK_WINDOW (fixture->window)));
  GListModel *muscles = atlas_database_get_muscles (fixture->database);
  AtlasMuscle *trapezius = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  g_autoptr (GString) shown = g_string_new (NULL);

  g_assert_nonnull (pill);
  g_assert_false (gtk_widget_get_visible (pill));

  /* The clinician's card first: it does show the clinical sections, so that
   * the checks below are not passed by an empty panel. */
  atlas_window_show_muscle (fixture->window, trapezius, ATLAS_SIDE_RIGHT);
  atlas_test_wait_until (is_mapped, panel, "the card shows");
  collect_shown_text (panel, shown);
  g_assert_nonnull (strstr (shown->str, "Needling"));
  g_assert_nonnull (strstr (shown->str, atlas_muscle_get_latin (trapezius)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.patient-view",
                                             NULL));
  g_assert_true (gtk_widget_get_visible (pill));
  g_assert_true (gtk_widget_has_css_class (panel, "patient-view"));

  /* Every muscle of the atlas, each section checked against its own text. */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

      atlas_body_view_select (atlas_window_get_body_view (fixture->window), muscle,
                              ATLAS_SIDE_RIGHT);
      g_string_truncate (shown, 0);
      collect_shown_text (panel, shown);
      assert_patient_card (muscle, shown->str, TRUE);
    }

  /* The pill in the header bar turns it off (a button shows itself pressed
   * for a moment before it acts). */
  g_assert_true (gtk_widget_activate (pill));
  atlas_test_wait_until (is_hidden, pill, "the patient view is off");
  g_assert_false (g_settings_get_boolean (fixture->settings, "patient-view"));
  g_string_truncate (shown, 0);
  collect_shown_text (panel, shown);
  g_assert_nonnull (strstr (shown->str, "Needling"));
}

/* The presentation's words are the patient card too: nothing clinical. */
static void
test_presentation_words (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *muscles = atlas_database_get_muscles (fixture->database);
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  GtkWidget *card = GTK_WIDGET (atlas_presentation_window_get_card (presentation));
  g_autoptr (GString) shown = g_string_new (NULL);
  const char *scale;

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

      atlas_window_show_muscle (fixture->window, muscle, ATLAS_SIDE_RIGHT);
      atlas_test_wait_until (is_mapped, card, "the words show");
      g_string_truncate (shown, 0);
      collect_shown_text (card, shown);
      assert_patient_card (muscle, shown->str, FALSE);
      /* Self-care is the patient's, but the big screen keeps to the picture. */
      if (atlas_muscle_get_self_care (muscle) != NULL)
        g_assert_null (strstr (shown->str, atlas_muscle_get_self_care (muscle)));
      g_assert_nonnull (strstr (shown->str, "Where most people feel it"));
    }

  /* Type for three metres: one class of the scale, from the window's size. */
  scale = atlas_presentation_window_get_scale_class (presentation);
  g_assert_nonnull (scale);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), scale));
  close_presentation (fixture, presentation);
}

static void
test_plain_words (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load_bundled (&error);
  AtlasMuscle *infraspinatus, *trapezius;
  g_autofree char *essential = NULL;
  g_autofree char *spillover = NULL;
  g_autofree char *trapezius_essential = NULL;

  g_assert_no_error (error);
  infraspinatus = atlas_database_get_muscle (db, "infraspinatus");
  trapezius = atlas_database_get_muscle (db, "upper-trapezius");

  /* Checked by hand against the data file: the article, the lower case, the
   * "and" before the last, and a region of the essential zone not repeated. */
  essential = atlas_patient_card_describe_zone (infraspinatus, ATLAS_ZONE_ESSENTIAL);
  spillover = atlas_patient_card_describe_zone (infraspinatus, ATLAS_ZONE_SPILLOVER);
  g_assert_cmpstr (essential, ==, "the front of the shoulder");
  g_assert_cmpstr (spillover, ==,
                   "the outer upper arm, the thumb side of the forearm,"
                   " the back of the thumb web, the inner edge of the shoulder blade"
                   " and the side of the shoulder");
  /* "Behind the ear" takes no article. */
  trapezius_essential = atlas_patient_card_describe_zone (trapezius, ATLAS_ZONE_ESSENTIAL);
  g_assert_nonnull (strstr (trapezius_essential, "behind the ear"));
  g_assert_null (strstr (trapezius_essential, "the behind"));
}

/* ---- Keys ------------------------------------------------------------------ */

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  AtlasPresentationWindow *presentation = open_presentation (fixture);
  AtlasPresentationState *state = atlas_presentation_window_get_state (presentation);

  /* F11 is on both windows (the application adds it to any other). */
  press_shortcut (fixture->window, "F11");
  press_shortcut (presentation, "F11");
  press_shortcut (presentation, "b");
  g_assert_true (atlas_presentation_state_get_blanked (state));
  press_shortcut (presentation, "b");
  g_assert_false (atlas_presentation_state_get_blanked (state));
  close_presentation (fixture, presentation);
}

static gboolean
has_accel (GtkApplication *app,
           const char     *action,
           const char     *accel)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (app, action);

  return g_strv_contains ((const char * const *) accels, accel);
}

/* The application's keys for the main window's actions, and F11 on a window
 * that does not add it itself. */
static void
test_application_keys (void)
{
  g_autoptr (AtlasApplication) app = atlas_application_new ();
  g_autoptr (GError) error = NULL;
  GtkWidget *other;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (has_accel (GTK_APPLICATION (app), "win.present", "F5"));
  g_assert_true (has_accel (GTK_APPLICATION (app), "win.blank-presentation", "<Control>b"));
  g_assert_true (has_accel (GTK_APPLICATION (app), "win.patient-view", "<Shift><Control>p"));

  other = gtk_window_new ();
  gtk_window_set_application (GTK_WINDOW (other), GTK_APPLICATION (app));
  press_shortcut (other, "F11");
  gtk_window_destroy (GTK_WINDOW (other));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may be missing. */
  setlocale (LC_ALL, "C.UTF-8");
  /* A stack switches at once, so that what is mapped is what is shown. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/atlas/presentation/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("follows-selection-and-view", test_follows_selection_and_view);
  ADD ("follows-zoom", test_follows_zoom);
  ADD ("follows-finder-and-patterns", test_follows_finder_and_patterns);
  ADD ("follows-plan", test_follows_plan);
  ADD ("blank", test_blank);
  ADD ("close-leaves-main-window", test_close_leaves_main_window);
  ADD ("one-monitor-window", test_one_monitor_window);
  ADD ("side-by-side", test_side_by_side);
  ADD ("partner-views", test_partner_views);
  ADD ("patient-view", test_patient_view);
  ADD ("presentation-words", test_presentation_words);
  ADD ("shortcuts", test_shortcuts);
#undef ADD
  g_test_add_func ("/atlas/presentation/plain-words", test_plain_words);
  g_test_add_func ("/atlas/presentation/main-window-closes-it", test_main_window_closes_it);
  g_test_add_func ("/atlas/presentation/application-keys", test_application_keys);

  return g_test_run ();
}
