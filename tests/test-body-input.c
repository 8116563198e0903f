/* test-body-input.c: the body view's own controllers under a real pointer:
 * a click selects, a stroke in the pain finder marks every region it crosses
 * in one undo step, Ctrl + wheel zooms only a zoomable view, and a drag pans
 * a zoomed one.
 *
 * The events are real X events (the XTest extension of Xvfb), so they go
 * through GTK's event delivery to the view's gestures as a user's would.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <X11/Xlib.h>
#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-body-view.h"
#include "atlas-diagram.h"
#include "atlas-pain-map.h"
#include "atlas-test-util.h"
#include "atlas-test-xtest.h"

static const AtlasTestXTest *xtest;

typedef struct {
  AtlasDatabase *database;
  GtkWindow     *window;
  AtlasBodyView *view;
} Fixture;

static Display *
x_display (Fixture *fixture)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
}

/* Puts the pointer on a point of the view, in the view's coordinates. */
static void
pointer_to (Fixture *fixture,
            double   x,
            double   y)
{
  Display    *display = x_display (fixture);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  double      wx, wy, sx, sy;
  int         root_x, root_y;
  Window      child;

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (fixture->view),
                                                   GTK_WIDGET (fixture->window), x, y, &wx,
                                                   &wy));
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &sx, &sy);
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (display), 0, 0, &root_x, &root_y, &child);
  xtest->motion (display, -1, root_x + (int) (wx + sx), root_y + (int) (wy + sy), CurrentTime);
  XFlush (display);
}

static void
button (Fixture *fixture,
        guint    number,
        gboolean press)
{
  xtest->button (x_display (fixture), number, press, CurrentTime);
  XFlush (x_display (fixture));
}

static void
control (Fixture *fixture,
         gboolean press)
{
  Display *display = x_display (fixture);

  xtest->key (display, XKeysymToKeycode (display, XK_Control_L), press, CurrentTime);
  XFlush (display);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->database = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 500, 760);
  fixture->view = ATLAS_BODY_VIEW (atlas_body_view_new ());
  atlas_body_view_set_database (fixture->view, fixture->database);
  atlas_body_view_set_view_id (fixture->view, "posterior");
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_render_count (fixture->view) > 0);
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_picture_exact (fixture->view));

  atlas_test_xtest_focus (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->database);
}

/* A widget point on a muscle, from the middle of the figure down. */
static AtlasMuscle *
muscle_point (Fixture *fixture,
              double  *x,
              double  *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->view));

  for (*y = height / 2.0; *y < height; *y += 5)
    for (*x = width / 2.0 - 40; *x < width / 2.0 + 40; *x += 5)
      {
        AtlasMuscle *muscle = atlas_body_view_pick (fixture->view, *x, *y, NULL);

        if (muscle != NULL)
          return muscle;
      }
  g_assert_not_reached ();
}

static void
test_click_selects (Fixture      *fixture,
                    gconstpointer data)
{
  double       x, y;
  AtlasMuscle *muscle = muscle_point (fixture, &x, &y);

  pointer_to (fixture, x, y);
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_hovered_shape (fixture->view) != NULL);
  button (fixture, 1, TRUE);
  button (fixture, 1, FALSE);
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_selected_muscle (fixture->view) != NULL);
  g_assert_true (atlas_body_view_get_selected_muscle (fixture->view) == muscle);
}

static void
test_finder_stroke (Fixture      *fixture,
                    gconstpointer data)
{
  AtlasRegionLayer *layer = atlas_body_view_get_region_layer (fixture->view);
  g_autoptr (AtlasPainMap) map = atlas_pain_map_new ();
  const AtlasRegion *occiput = atlas_database_get_region (fixture->database, "occiput");
  double             x1, y1, x2, y2;

  atlas_region_layer_set_pain_map (layer, map);
  atlas_region_layer_set_active (layer, TRUE);
  atlas_test_region_point (fixture->database, atlas_body_view_get_view (fixture->view),
                           "region-occiput-left", &x1, &y1);
  atlas_body_view_document_to_widget (fixture->view, x1, y1, &x1, &y1);
  atlas_test_region_point (fixture->database, atlas_body_view_get_view (fixture->view),
                           "region-occiput-right", &x2, &y2);
  atlas_body_view_document_to_widget (fixture->view, x2, y2, &x2, &y2);

  /* The pointer outlines the region under it, not a muscle. */
  pointer_to (fixture, x1, y1);
  ATLAS_TEST_WAIT_FOR (
    g_strcmp0 (atlas_region_layer_get_hovered_shape (layer), "region-occiput-left") == 0);
  g_assert_null (atlas_body_view_get_hovered_shape (fixture->view));

  /* One stroke across both sides marks both... */
  button (fixture, 1, TRUE);
  ATLAS_TEST_WAIT_FOR (atlas_pain_map_is_marked (map, occiput, ATLAS_SIDE_LEFT));
  pointer_to (fixture, (x1 + x2) / 2, (y1 + y2) / 2);
  pointer_to (fixture, x2, y2);
  ATLAS_TEST_WAIT_FOR (atlas_pain_map_is_marked (map, occiput, ATLAS_SIDE_RIGHT));
  button (fixture, 1, FALSE);
  /* ...selects no muscle... */
  pointer_to (fixture, x2 + 1, y2);
  ATLAS_TEST_WAIT_FOR (
    g_strcmp0 (atlas_region_layer_get_hovered_shape (layer), "region-occiput-right") == 0);
  g_assert_null (atlas_body_view_get_selected_muscle (fixture->view));
  /* ...and is one undo step. */
  g_assert_true (atlas_pain_map_undo (map));
  g_assert_cmpuint (atlas_pain_map_get_n_marked (map), ==, 0);
}

static void
wheel_up_with_control (Fixture *fixture)
{
  control (fixture, TRUE);
  button (fixture, 4, TRUE);
  button (fixture, 4, FALSE);
  control (fixture, FALSE);
}

/* The document point at the middle of the view: its y, and its x in @x. */
static double
centre_document_y (Fixture *fixture,
                   double  *x)
{
  double y;

  atlas_body_view_widget_to_document (fixture->view,
                                      gtk_widget_get_width (GTK_WIDGET (fixture->view)) / 2.0,
                                      gtk_widget_get_height (GTK_WIDGET (fixture->view)) / 2.0, x,
                                      &y);
  return y;
}

static void
test_zoom_and_pan (Fixture      *fixture,
                   gconstpointer data)
{
  double cx = gtk_widget_get_width (GTK_WIDGET (fixture->view)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (fixture->view)) / 2.0;
  double before_x, before_y, after_x, x, y;

  /* Not zoomable (the default): Ctrl + wheel leaves the view whole. The
   * pointer moving onto a muscle afterwards shows when the wheel was seen. */
  muscle_point (fixture, &x, &y);
  pointer_to (fixture, cx, cy);
  wheel_up_with_control (fixture);
  pointer_to (fixture, x, y);
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_hovered_shape (fixture->view) != NULL);
  g_assert_cmpfloat (atlas_body_view_get_zoom (fixture->view), ==, 1.0);

  /* Zoomable: one notch zooms by a quarter, about the pointer. */
  atlas_body_view_set_zoomable (fixture->view, TRUE);
  pointer_to (fixture, cx, cy);
  wheel_up_with_control (fixture);
  ATLAS_TEST_WAIT_FOR (atlas_body_view_get_zoom (fixture->view) > 1.0);
  g_assert_cmpfloat_with_epsilon (atlas_body_view_get_zoom (fixture->view), 1.25, 1e-9);

  /* Zoomed, a drag moves the figure with the pointer. */
  before_y = centre_document_y (fixture, &before_x);
  button (fixture, 1, TRUE);
  pointer_to (fixture, cx + 20, cy + 20);
  pointer_to (fixture, cx + 40, cy + 40);
  button (fixture, 1, FALSE);
  /* (Only up and down: a quarter wider, the figure still fits across.) */
  ATLAS_TEST_WAIT_FOR (centre_document_y (fixture, &after_x) < before_y - 1);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-6);
  /* A drag is no click: nothing is selected. */
  g_assert_null (atlas_body_view_get_selected_muscle (fixture->view));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  xtest = atlas_test_xtest ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/atlas/body-input/click-selects", test_click_selects);
  ADD ("/atlas/body-input/finder-stroke", test_finder_stroke);
  ADD ("/atlas/body-input/zoom-and-pan", test_zoom_and_pan);

  return g_test_run ();
}
