/* test-body-view.c: picking, selection, tooltips and render caching of the
 * body diagram, on the bundled atlas in a real (Xvfb) window.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-body-view.h"
#include "atlas-database.h"
#include "atlas-diagram.h"
#include "atlas-diagram-texture.h"
#include "atlas-format.h"
#include "atlas-shape-button.h"
#include "atlas-pain-map.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-region-layer.h"

typedef struct {
  AtlasDatabase *database;
  GtkWindow     *window;
  AtlasBodyView *view;
  AtlasMuscle   *muscle;
  const char    *view_id;
  /* A point on the right instance in that view, in document units. */
  double         doc_x;
  double         doc_y;
} Fixture;

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window has painted a frame. */
static void
wait_for_paint (Fixture *fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  gboolean painted = FALSE;
  gboolean timed_out = FALSE;
  guint timeout;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  timeout = g_timeout_add (5000, on_timeout, &timed_out);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));

  while (!painted && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, handler);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static void
wait_for_view_paint (AtlasBodyView *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  gboolean painted = FALSE;
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, on_timeout, &timed_out);
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (view));
  while (!painted && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

/* Until a frame has been painted at this size. */
static void
wait_for_size (AtlasBodyView *view,
               int            width,
               int            height)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, on_timeout, &timed_out);

  while (!timed_out && (gtk_widget_get_width (GTK_WIDGET (view)) != width ||
                        gtk_widget_get_height (GTK_WIDGET (view)) != height))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  wait_for_view_paint (view);
}

/* Until a frame has drawn the picture rendered at the view's size. */
static void
wait_for_sharp (AtlasBodyView *view)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, on_timeout, &timed_out);

  while (!timed_out && (!gtk_widget_get_mapped (GTK_WIDGET (view)) ||
                        atlas_body_view_get_render_count (view) == 0 ||
                        !atlas_body_view_get_picture_exact (view)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}


static gboolean
is_muscle_shape (const char *id,
                 gpointer    user_data)
{
  AtlasSide side;

  return atlas_database_lookup_shape (user_data, id, &side) != NULL;
}

static gboolean
shows_right_instance (Fixture            *fixture,
                      AtlasDiagram       *diagram,
                      const char         *shape,
                      double              x,
                      double              y)
{
  return g_strcmp0 (atlas_diagram_pick (diagram, x, y, is_muscle_shape, fixture->database),
                    shape) == 0;
}

/* A point where the right instance is the topmost muscle: one of its trigger
 * point marks if that qualifies, else the first such point on a grid over its
 * box (muscles overlap, so the centre of the box may belong to another). */
static void
find_point (Fixture *fixture)
{
  GPtrArray *views = atlas_muscle_get_views (fixture->muscle);
  GPtrArray *points = atlas_muscle_get_trigger_points (fixture->muscle);
  g_autofree char *shape = atlas_muscle_dup_shape_id (fixture->muscle, ATLAS_SIDE_RIGHT);
  const AtlasView *view = NULL;
  cairo_rectangle_t box;

  for (guint i = 0; i < views->len && view == NULL; i++)
    if (g_strcmp0 (((const AtlasView *) g_ptr_array_index (views, i))->side, "posterior") == 0)
      view = g_ptr_array_index (views, i);
  g_assert_nonnull (view);
  fixture->view_id = view->id;

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      for (guint j = 0; j < point->marks->len; j++)
        {
          const AtlasMark *mark = g_ptr_array_index (point->marks, j);

          if (mark->view != view)
            continue;

          atlas_mark_position (mark, ATLAS_SIDE_RIGHT, &fixture->doc_x, &fixture->doc_y);
          if (shows_right_instance (fixture, view->diagram, shape,
                                    fixture->doc_x, fixture->doc_y))
            return;
        }
    }

  g_assert_true (atlas_diagram_get_extents (view->diagram, shape, &box));
  for (double fy = 0.1; fy < 1.0; fy += 0.1)
    for (double fx = 0.1; fx < 1.0; fx += 0.1)
      {
        fixture->doc_x = box.x + fx * box.width;
        fixture->doc_y = box.y + fy * box.height;
        if (shows_right_instance (fixture, view->diagram, shape,
                                  fixture->doc_x, fixture->doc_y))
          return;
      }

  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  const AtlasView *view;

  fixture->database = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  fixture->muscle = atlas_database_get_muscle (fixture->database, "upper-trapezius");
  g_assert_nonnull (fixture->muscle);
  find_point (fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 500, 800);
  fixture->view = ATLAS_BODY_VIEW (atlas_body_view_new ());
  g_assert_null (atlas_body_view_get_view (fixture->view));
  atlas_body_view_set_database (fixture->view, fixture->database);
  atlas_body_view_set_view_id (fixture->view, fixture->view_id);
  /* The view the id names, looked up in the view's own database. */
  view = atlas_database_get_view (fixture->database, fixture->view_id);
  g_assert_true (atlas_body_view_get_view (fixture->view) == view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);

  /* Drawn at its own size: allocated, and its picture rendered for it. */
  wait_for_sharp (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->database);
}

static void
to_widget (Fixture    *fixture,
           AtlasSide   side,
           double     *x,
           double     *y)
{
  const AtlasView *view = atlas_body_view_get_view (fixture->view);
  double doc_x = fixture->doc_x;

  if (side == ATLAS_SIDE_LEFT)
    doc_x = atlas_diagram_get_width (view->diagram) - doc_x;

  atlas_body_view_document_to_widget (fixture->view, doc_x, fixture->doc_y, x, y);
}

static void
test_coordinates_round_trip (Fixture       *fixture,
                             gconstpointer  data)
{
  double wx, wy, dx, dy;

  atlas_body_view_document_to_widget (fixture->view, 10, 20, &wx, &wy);
  atlas_body_view_widget_to_document (fixture->view, wx, wy, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (dy, 20, 1e-9);
  /* Fitted inside the widget. */
  g_assert_cmpfloat (wx, >=, 0);
  g_assert_cmpfloat (wy, >=, 0);
}

static void
test_pick (Fixture       *fixture,
           gconstpointer  data)
{
  AtlasSide side = -1;
  double x, y;

  to_widget (fixture, ATLAS_SIDE_RIGHT, &x, &y);
  g_assert_true (atlas_body_view_pick (fixture->view, x, y, &side) == fixture->muscle);
  g_assert_cmpint (side, ==, ATLAS_SIDE_RIGHT);

  to_widget (fixture, ATLAS_SIDE_LEFT, &x, &y);
  g_assert_true (atlas_body_view_pick (fixture->view, x, y, &side) == fixture->muscle);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);

  /* The corners of the widget are outside the figure. */
  g_assert_null (atlas_body_view_pick (fixture->view, 1, 1, &side));
  g_assert_null (atlas_body_view_pick (fixture->view,
                                       gtk_widget_get_width (GTK_WIDGET (fixture->view)) - 1,
                                       gtk_widget_get_height (GTK_WIDGET (fixture->view)) - 1,
                                       &side));
  g_assert_null (atlas_body_view_dup_tooltip_text (fixture->view, 1, 1));
}

static void
test_select_by_click (Fixture       *fixture,
                      gconstpointer  data)
{
  guint notified = 0;
  double x, y;

  g_signal_connect (fixture->view, "notify::selected-muscle",
                    G_CALLBACK (atlas_test_count_notify), &notified);

  to_widget (fixture, ATLAS_SIDE_LEFT, &x, &y);
  g_assert_true (atlas_body_view_activate_at (fixture->view, x, y));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (atlas_body_view_get_selected_muscle (fixture->view) == fixture->muscle);
  g_assert_cmpint (atlas_body_view_get_selected_side (fixture->view), ==, ATLAS_SIDE_LEFT);

  /* The same muscle on the other side is another instance. */
  to_widget (fixture, ATLAS_SIDE_RIGHT, &x, &y);
  g_assert_true (atlas_body_view_activate_at (fixture->view, x, y));
  g_assert_cmpint (atlas_body_view_get_selected_side (fixture->view), ==, ATLAS_SIDE_RIGHT);

  /* A click beside the figure keeps the selection. */
  g_assert_false (atlas_body_view_activate_at (fixture->view, 1, 1));
  g_assert_true (atlas_body_view_get_selected_muscle (fixture->view) == fixture->muscle);
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *right = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected_right = NULL;
  g_autofree char *expected_left = NULL;
  double x, y;

  to_widget (fixture, ATLAS_SIDE_RIGHT, &x, &y);
  right = atlas_body_view_dup_tooltip_text (fixture->view, x, y);
  to_widget (fixture, ATLAS_SIDE_LEFT, &x, &y);
  left = atlas_body_view_dup_tooltip_text (fixture->view, x, y);

  expected_right = g_strdup_printf ("%s (right)", atlas_muscle_get_name (fixture->muscle));
  expected_left = g_strdup_printf ("%s (left)", atlas_muscle_get_name (fixture->muscle));
  g_assert_cmpstr (right, ==, expected_right);
  g_assert_cmpstr (left, ==, expected_left);
}

static void
test_clear_selection (Fixture       *fixture,
                      gconstpointer  data)
{
  atlas_body_view_select (fixture->view, fixture->muscle, ATLAS_SIDE_RIGHT);
  g_assert_true (atlas_body_view_get_selected_muscle (fixture->view) == fixture->muscle);

  /* What Escape does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view),
                                             "body.clear-selection", NULL));
  g_assert_null (atlas_body_view_get_selected_muscle (fixture->view));
}

static void
hover (Fixture *fixture,
       double   x,
       double   y)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));

  /* GTK 4 cannot synthesise pointer events; emit what the motion controller
   * would. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        g_signal_emit_by_name (controller, "motion", x, y);
    }
}

static void
test_render_cache (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *shape = atlas_muscle_dup_shape_id (fixture->muscle, ATLAS_SIDE_RIGHT);
  guint renders;
  double x, y;

  wait_for_paint (fixture);
  renders = atlas_body_view_get_render_count (fixture->view);
  g_assert_cmpuint (renders, >, 0);

  to_widget (fixture, ATLAS_SIDE_RIGHT, &x, &y);
  hover (fixture, x, y);
  g_assert_cmpstr (atlas_body_view_get_hovered_shape (fixture->view), ==, shape);
  wait_for_paint (fixture);
  hover (fixture, 1, 1);
  g_assert_null (atlas_body_view_get_hovered_shape (fixture->view));
  wait_for_paint (fixture);

  atlas_body_view_select (fixture->view, fixture->muscle, ATLAS_SIDE_RIGHT);
  wait_for_paint (fixture);
  atlas_body_view_select (fixture->view, fixture->muscle, ATLAS_SIDE_LEFT);
  wait_for_paint (fixture);
  atlas_body_view_clear_selection (fixture->view);
  wait_for_paint (fixture);

  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders);

  /* A new size keeps the last picture, scaled, until the size has settled;
   * then one rendering makes the figure sharp again. */
  gtk_widget_set_size_request (GTK_WIDGET (fixture->view), 700, 1000);
  wait_for_size (fixture->view, 700, 1000);
  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders);
  g_assert_false (atlas_body_view_get_picture_exact (fixture->view));
  wait_for_sharp (fixture->view);
  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders + 1);
}

/* A window resized by an animation: a frame at each step, then rest. */
static void
test_animated_resize (Fixture       *fixture,
                      gconstpointer  data)
{
  guint renders, slow_steps = 0;

  wait_for_sharp (fixture->view);
  renders = atlas_body_view_get_render_count (fixture->view);
  for (int step = 1; step <= 6; step++)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_widget_set_size_request (GTK_WIDGET (fixture->view), 500 + 30 * step, 800 + 40 * step);
      wait_for_size (fixture->view, 500 + 30 * step, 800 + 40 * step);
      /* A step that took longer than the settle delay (a loaded machine) is
       * a size that stood still: a rendering then is right. */
      if (g_get_monotonic_time () - start >= ATLAS_DIAGRAM_SETTLE_MS * 1000)
        slow_steps++;
      else if (atlas_body_view_get_render_count (fixture->view) == renders)
        g_assert_false (atlas_body_view_get_picture_exact (fixture->view));
    }
  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), <=, renders + slow_steps);
  renders = atlas_body_view_get_render_count (fixture->view);

  /* After a slow last step the picture may already be exact. */
  if (!atlas_body_view_get_picture_exact (fixture->view))
    {
      wait_for_sharp (fixture->view);
      g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders + 1);
      renders++;
    }
  else
    g_assert_cmpuint (slow_steps, >, 0);
  /* Once settled, the next frame draws what was rendered, without more. */
  wait_for_view_paint (fixture->view);
  g_assert_true (atlas_body_view_get_picture_exact (fixture->view));
  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders);
}

typedef struct {
  AtlasBodyView *view;
  guint          renders;
  int            heights_seen;
  int            last_height;
  gboolean       rendered_while_sliding;
} SlideWatch;

static void
on_slide_frame (GdkFrameClock *clock,
                SlideWatch    *watch)
{
  int height = gtk_widget_get_height (GTK_WIDGET (watch->view));

  if (height != watch->last_height)
    watch->heights_seen++;
  watch->last_height = height;
  if (atlas_body_view_get_render_count (watch->view) != watch->renders)
    watch->rendered_while_sliding = TRUE;
}

static void
slide (GtkRevealer *revealer,
       SlideWatch  *watch,
       gboolean     reveal)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (revealer));
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_slide_frame), watch);
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, on_timeout, &timed_out);

  watch->renders = atlas_body_view_get_render_count (watch->view);
  watch->heights_seen = 0;
  watch->last_height = gtk_widget_get_height (GTK_WIDGET (watch->view));
  watch->rendered_while_sliding = FALSE;
  gtk_revealer_set_reveal_child (revealer, reveal);
  while (!timed_out && gtk_revealer_get_child_revealed (revealer) != reveal)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_false (timed_out);
  g_source_remove (timeout);

  /* It did slide, through several sizes, and nothing was rendered meanwhile. */
  g_assert_cmpint (watch->heights_seen, >=, 2);
  g_assert_false (watch->rendered_while_sliding);
  wait_for_sharp (watch->view);
  g_assert_cmpuint (atlas_body_view_get_render_count (watch->view), ==, watch->renders + 1);
}

/* A bar sliding in above the view, as the search bar does. */
static void
test_slide (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *bar = gtk_label_new ("A bar");
  SlideWatch watch = { ATLAS_BODY_VIEW (atlas_body_view_new ()) };

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_widget_set_size_request (bar, -1, 80);
  gtk_revealer_set_child (GTK_REVEALER (revealer), bar);
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_transition_duration (GTK_REVEALER (revealer), 400);
  gtk_box_append (GTK_BOX (box), revealer);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (watch.view));
  atlas_body_view_set_database (watch.view, fixture->database);
  atlas_body_view_set_view_id (watch.view, fixture->view_id);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 500, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_sharp (watch.view);

  slide (GTK_REVEALER (revealer), &watch, TRUE);
  slide (GTK_REVEALER (revealer), &watch, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->view)),
                   ==, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (fixture->view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Body diagram");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
}

static void
test_muscle_buttons (Fixture       *fixture,
                     gconstpointer  data)
{
  const AtlasView *view = atlas_body_view_get_view (fixture->view);
  g_autofree char *shape = atlas_muscle_dup_shape_id (fixture->muscle, ATLAS_SIDE_RIGHT);
  g_autofree char *label = atlas_format_muscle_instance (fixture->muscle, ATLAS_SIDE_RIGHT);
  GtkWidget *button = NULL;
  guint buttons = 0, muscle_shapes = 0;
  double last_y = -1;

  /* One button for every muscle instance the view draws (and for every
   * region, hidden out of the pain finder)... */
  for (guint i = 0; i < atlas_diagram_get_n_shapes (view->diagram); i++)
    muscle_shapes += atlas_database_lookup_shape (fixture->database,
                                                  atlas_diagram_get_shape_id (view->diagram, i),
                                                  NULL) != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char       *id = atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (child));
      cairo_rectangle_t box;
      double            y;
      AtlasShapeKind    kind;

      /* Muscles and regions alike... */
      buttons += atlas_shape_button_get_kind (ATLAS_SHAPE_BUTTON (child)) == ATLAS_SHAPE_MUSCLE;
      g_assert_true (atlas_diagram_get_extents (view->diagram, id, &box));
      /* ...are in reading order, head to feet... */
      y = round (box.y + box.height / 2);
      g_assert_cmpfloat (y, >=, last_y);
      last_y = y;
      /* ...reachable from the keyboard, but not in the pointer's way. */
      g_assert_true (gtk_widget_get_focusable (child));
      g_assert_false (gtk_widget_get_can_target (child));
      kind = atlas_shape_button_get_kind (ATLAS_SHAPE_BUTTON (child));
      g_assert_true (gtk_widget_get_child_visible (child) == (kind == ATLAS_SHAPE_MUSCLE));
      if (g_strcmp0 (id, shape) == 0)
        button = child;
    }
  g_assert_cmpuint (buttons, ==, muscle_shapes);
  g_assert_nonnull (button);

  gtk_test_accessible_assert_role (button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  gtk_test_accessible_assert_state (button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  /* Enter or Space on the focused button selects that instance. */
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (atlas_body_view_get_selected_muscle (fixture->view) == fixture->muscle);
  g_assert_cmpint (atlas_body_view_get_selected_side (fixture->view), ==, ATLAS_SIDE_RIGHT);
  gtk_test_accessible_assert_state (button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);

  atlas_body_view_clear_selection (fixture->view);
  gtk_test_accessible_assert_state (button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
}

static void
find_region_point (Fixture    *fixture,
                   const char *shape,
                   double     *x,
                   double     *y)
{
  double doc_x, doc_y;

  atlas_test_region_point (fixture->database, atlas_body_view_get_view (fixture->view), shape,
                           &doc_x, &doc_y);
  atlas_body_view_document_to_widget (fixture->view, doc_x, doc_y, x, y);
}

static void
test_finder_regions (Fixture       *fixture,
                     gconstpointer  data)
{
  AtlasRegionLayer *layer = atlas_body_view_get_region_layer (fixture->view);
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  const AtlasRegion *occiput = atlas_database_get_region (fixture->database, "occiput");
  g_autofree char *muscle_shape = atlas_muscle_dup_shape_id (fixture->muscle, ATLAS_SIDE_RIGHT);
  GtkWidget         *view = GTK_WIDGET (fixture->view);
  GtkWidget         *button = atlas_shape_buttons_find (view, ATLAS_SHAPE_MUSCLE, muscle_shape);
  GtkWidget         *region_button = atlas_shape_buttons_find (view, ATLAS_SHAPE_REGION,
                                                               "region-occiput-left");
  g_autofree char *tooltip = NULL;
  AtlasSide side;
  guint renders;

  g_assert_nonnull (button);
  g_assert_nonnull (region_button);
  double x, y;

  atlas_region_layer_set_pain_map (layer, map);
  atlas_region_layer_set_active (layer, TRUE);
  /* The muscles step aside: no keyboard stops on them, but on the regions. */
  g_assert_false (gtk_widget_get_child_visible (button));
  gtk_test_accessible_assert_state (button, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  g_assert_true (gtk_widget_get_child_visible (region_button));
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  gtk_test_accessible_assert_role (region_button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (region_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Back of the head (left)");
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  /* Regions, not muscles, under the pointer; left and right apart. */
  find_region_point (fixture, "region-occiput-left", &x, &y);
  g_assert_true (atlas_region_layer_pick (layer, x, y, &side) == occiput);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  tooltip = atlas_region_layer_dup_tooltip_text (layer, x, y);
  g_assert_cmpstr (tooltip, ==, "Back of the head (left)");

  wait_for_paint (fixture);
  renders = atlas_body_view_get_render_count (fixture->view);

  /* A click marks it, a second one clears it. */
  g_assert_true (atlas_region_layer_activate_at (layer, x, y));
  g_assert_true (atlas_pain_map_is_marked (map, occiput, ATLAS_SIDE_LEFT));
  g_assert_false (atlas_pain_map_is_marked (map, occiput, ATLAS_SIDE_RIGHT));
  /* The button says so, whoever marked it. */
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);
  wait_for_paint (fixture);
  g_assert_true (atlas_region_layer_activate_at (layer, x, y));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);

  /* Enter or Space on it does what a click does, focused and outlined. */
  g_assert_true (gtk_widget_grab_focus (region_button));
  g_assert_true (gtk_widget_activate (region_button));
  g_assert_true (atlas_pain_map_is_marked (map, occiput, ATLAS_SIDE_LEFT));
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);
  wait_for_paint (fixture);
  g_assert_true (atlas_pain_map_undo (map));
  gtk_test_accessible_assert_state (region_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
  g_assert_false (atlas_region_layer_activate_at (layer, 1, 1));

  /* A previewed candidate draws over the marks; none of it renders the SVG. */
  atlas_region_layer_activate_at (layer, x, y);
  atlas_body_view_set_preview (fixture->view, fixture->muscle, ATLAS_SIDE_LEFT);
  g_assert_true (atlas_body_view_get_preview_muscle (fixture->view, &side) == fixture->muscle);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  wait_for_paint (fixture);
  g_assert_cmpuint (atlas_body_view_get_render_count (fixture->view), ==, renders);
  atlas_body_view_set_preview (fixture->view, NULL, ATLAS_SIDE_RIGHT);

  atlas_region_layer_set_active (layer, FALSE);
  g_assert_true (gtk_widget_get_child_visible (button));
  g_assert_false (gtk_widget_get_child_visible (region_button));
  /* A region button can do nothing out of the finder. */
  g_assert_true (gtk_widget_activate (region_button));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  /* Out of the finder the marks stay in the map, and muscles are picked again. */
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
}

/* The pixel the body view draws at widget point (@x, @y) now. */
static guint32
drawn_pixel (Fixture *fixture,
             double   x,
             double   y)
{
  cairo_surface_t *surface = atlas_test_widget_draw (GTK_WIDGET (fixture->view));
  guint32 pixel = atlas_test_pixel_at (surface, (int) x, (int) y);

  cairo_surface_destroy (surface);
  return pixel;
}

/* Leaving the finder takes its marks off the diagram (the overlay drawn with
 * them was once kept and shown again). */
static void
test_finder_leaves_no_marks (Fixture       *fixture,
                             gconstpointer  data)
{
  AtlasRegionLayer *layer = atlas_body_view_get_region_layer (fixture->view);
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  guint32 before, marked, after;
  double x, y;

  wait_for_paint (fixture);
  find_region_point (fixture, "region-occiput-left", &x, &y);
  before = drawn_pixel (fixture, x, y);

  atlas_region_layer_set_pain_map (layer, map);
  atlas_region_layer_set_active (layer, TRUE);
  g_assert_true (atlas_region_layer_activate_at (layer, x, y));
  marked = drawn_pixel (fixture, x, y);
  g_assert_cmphex (marked, !=, before);

  atlas_region_layer_set_active (layer, FALSE);
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 1);
  after = drawn_pixel (fixture, x, y);
  g_assert_cmphex (after, ==, before);
}

static GtkWidget *
move_focus (Fixture         *fixture,
            GtkDirectionType direction)
{
  g_signal_emit_by_name (fixture->window, "move-focus", direction);
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static void
shape_centre (Fixture   *fixture,
              GtkWidget *button,
              double    *x,
              double    *y)
{
  const AtlasView  *view = atlas_body_view_get_view (fixture->view);
  cairo_rectangle_t box;

  g_assert_true (gtk_widget_get_parent (button) == GTK_WIDGET (fixture->view));
  g_assert_cmpint (atlas_shape_button_get_kind (ATLAS_SHAPE_BUTTON (button)), ==,
                   ATLAS_SHAPE_MUSCLE);
  g_assert_true (atlas_diagram_get_extents (
    view->diagram, atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (button)), &box));
  *x = box.x + box.width / 2;
  *y = box.y + box.height / 2;
}

/* The diagram is one stop of Tab (not one per muscle): in, the keyboard is on
 * one muscle whose name shows beside it; Tab again leaves; the arrows move
 * among the muscles by where they lie; Enter selects. */
static void
test_keyboard (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget       *view = GTK_WIDGET (fixture->view);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget       *before = gtk_button_new_with_label ("Before");
  GtkWidget       *after = gtk_button_new_with_label ("After");
  GtkWidget       *head = atlas_shape_buttons_find (view, ATLAS_SHAPE_MUSCLE, NULL);
  g_autofree char *shape = atlas_muscle_dup_shape_id (fixture->muscle, ATLAS_SIDE_RIGHT);
  GtkWidget       *focus, *next;
  AtlasSide        side;
  double           x, y, next_x, next_y;
  guint            moves = 0;

  g_object_ref (view);
  gtk_window_set_child (fixture->window, NULL);
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), after);
  g_object_unref (view);
  gtk_window_set_child (fixture->window, box);
  wait_for_paint (fixture);
  gtk_window_set_focus_visible (fixture->window, TRUE);

  /* In: nothing selected, the first muscle from the head, named. */
  g_assert_true (gtk_widget_grab_focus (before));
  g_assert_null (atlas_body_view_get_focus_name (fixture->view));
  focus = move_focus (fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus == head);
  g_assert_cmpstr (atlas_body_view_get_focus_name (fixture->view), ==,
                   atlas_shape_button_get_label (ATLAS_SHAPE_BUTTON (head)));
  wait_for_paint (fixture);

  /* Out with one press, and back to the same muscle. */
  g_assert_true (move_focus (fixture, GTK_DIR_TAB_FORWARD) == after);
  g_assert_null (atlas_body_view_get_focus_name (fixture->view));
  g_assert_true (move_focus (fixture, GTK_DIR_TAB_BACKWARD) == head);

  /* Down goes lower on the body; Right goes right until the edge, where the
   * keyboard stays in the diagram. */
  shape_centre (fixture, head, &x, &y);
  focus = move_focus (fixture, GTK_DIR_DOWN);
  shape_centre (fixture, focus, &next_x, &next_y);
  g_assert_cmpfloat (next_y, >, y);
  for (x = next_x; (next = move_focus (fixture, GTK_DIR_RIGHT)) != focus; focus = next)
    {
      shape_centre (fixture, next, &next_x, &next_y);
      g_assert_cmpfloat (next_x, >, x);
      x = next_x;
      g_assert_cmpuint (++moves, <, 200);
    }
  g_assert_cmpuint (moves, >, 0);
  g_assert_cmpstr (atlas_body_view_get_focus_name (fixture->view), ==,
                   atlas_shape_button_get_label (ATLAS_SHAPE_BUTTON (focus)));

  /* Enter selects the muscle the keyboard is on. */
  g_assert_true (gtk_widget_activate (focus));
  g_assert_nonnull (atlas_body_view_get_selected_muscle (fixture->view));
  g_assert_true (atlas_database_lookup_shape (
                   fixture->database, atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (focus)),
                   &side) == atlas_body_view_get_selected_muscle (fixture->view));
  g_assert_cmpint (side, ==, atlas_body_view_get_selected_side (fixture->view));

  /* Tab comes back to the selection, wherever the keyboard was. */
  atlas_body_view_select (fixture->view, fixture->muscle, ATLAS_SIDE_RIGHT);
  g_assert_true (move_focus (fixture, GTK_DIR_TAB_FORWARD) == after);
  focus = move_focus (fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_cmpstr (atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (focus)), ==, shape);
}

/* Side and layer are typed: the selection's side is an enum property, and the
 * layer setting's numbers are AtlasLayer's. */
static void
test_typed_enums (Fixture      *fixture,
                  gconstpointer data)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (fixture->view),
                                                    "selected-side");
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *nick = NULL;
  AtlasSide        side = ATLAS_SIDE_RIGHT;

  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == ATLAS_TYPE_SIDE);
  g_object_set (fixture->view, "selected-muscle", fixture->muscle,
                "selected-side", ATLAS_SIDE_LEFT, NULL);
  g_object_get (fixture->view, "selected-side", &side, NULL);
  g_assert_cmpint (side, ==, ATLAS_SIDE_LEFT);
  g_assert_cmpint (atlas_body_view_get_selected_side (fixture->view), ==, ATLAS_SIDE_LEFT);

  g_assert_true (g_settings_set_enum (settings, "layer", ATLAS_LAYER_DEEP));
  nick = g_settings_get_string (settings, "layer");
  g_assert_cmpstr (nick, ==, "deep");
  g_settings_reset (settings, "layer");
  g_assert_cmpint (g_settings_get_enum (settings, "layer"), ==, ATLAS_LAYER_SUPERFICIAL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may not be installed. */
  setlocale (LC_ALL, "C.UTF-8");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/atlas/body-view/coordinates", test_coordinates_round_trip);
  ADD ("/atlas/body-view/pick", test_pick);
  ADD ("/atlas/body-view/select-by-click", test_select_by_click);
  ADD ("/atlas/body-view/tooltip", test_tooltip);
  ADD ("/atlas/body-view/clear-selection", test_clear_selection);
  ADD ("/atlas/body-view/render-cache", test_render_cache);
  ADD ("/atlas/body-view/animated-resize", test_animated_resize);
  ADD ("/atlas/body-view/slide", test_slide);
  ADD ("/atlas/body-view/accessible", test_accessible);
  ADD ("/atlas/body-view/muscle-buttons", test_muscle_buttons);
  ADD ("/atlas/body-view/finder-regions", test_finder_regions);
  ADD ("/atlas/body-view/finder-leaves-no-marks", test_finder_leaves_no_marks);
  ADD ("/atlas/body-view/typed-enums", test_typed_enums);
  ADD ("/atlas/body-view/keyboard", test_keyboard);

  return g_test_run ();
}
