/* test-viewport.c: zooming and panning keep the diagram where the hand expects.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-viewport.h"

/* A tall diagram (a standing body) in a wide widget. */
static void
make (AtlasViewport *vp)
{
  *vp = (AtlasViewport) { 0 };
  atlas_viewport_resize (vp, 800, 600);
  atlas_viewport_init (vp, 700, 1500, 10);
}

static void
to_widget (const AtlasViewport *vp, double x, double y, double *wx, double *wy)
{
  double s, ox, oy;

  g_assert_true (atlas_viewport_get_transform (vp, &s, &ox, &oy));
  *wx = ox + x * s;
  *wy = oy + y * s;
}

static void
test_fit (void)
{
  AtlasViewport vp;
  double s, ox, oy, x0, y0, x1, y1;

  make (&vp);
  g_assert_true (atlas_viewport_get_transform (&vp, &s, &ox, &oy));
  /* Height limits: the body fills the height inside the margin, centred across. */
  g_assert_cmpfloat_with_epsilon (s, 580.0 / 1500, 1e-9);
  to_widget (&vp, 0, 0, &x0, &y0);
  to_widget (&vp, 700, 1500, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (y0, 10, 1.0);
  g_assert_cmpfloat_with_epsilon (y1, 590, 1.0);
  g_assert_cmpfloat_with_epsilon (x0 + x1, 800, 2.0); /* offsets are whole pixels */

  /* Too small a widget: nothing to draw, not a division by zero. */
  atlas_viewport_resize (&vp, 15, 15);
  g_assert_false (atlas_viewport_get_transform (&vp, &s, &ox, &oy));
}

static void
test_zoom_keeps_point (void)
{
  AtlasViewport vp;
  double wx, wy;

  make (&vp);
  /* The knees, at the pointer, stay under the pointer (sideways the body is
   * barely wider than the widget at this zoom, so the test point is central). */
  to_widget (&vp, 350, 1030, &wx, &wy);
  atlas_viewport_zoom_at (&vp, 3, wx, wy);
  g_assert_cmpfloat_with_epsilon (vp.zoom, 3, 1e-9);
  {
    double nx, ny;

    to_widget (&vp, 350, 1030, &nx, &ny);
    g_assert_cmpfloat_with_epsilon (nx, wx, 1.0);
    g_assert_cmpfloat_with_epsilon (ny, wy, 1.0);
  }

  /* Never further than the maximum, never smaller than the fit. */
  atlas_viewport_zoom_at (&vp, 100, wx, wy);
  g_assert_cmpfloat (vp.zoom, ==, ATLAS_VIEWPORT_MAX_ZOOM);
  atlas_viewport_zoom_at (&vp, 0.001, wx, wy);
  g_assert_cmpfloat (vp.zoom, ==, 1.0);
  g_assert_cmpfloat (vp.centre_x, ==, 350);
  g_assert_cmpfloat (vp.centre_y, ==, 750);
}

static void
test_pan_stops_at_edges (void)
{
  AtlasViewport vp;
  double x0, y0;

  make (&vp);
  /* Not zoomed: the whole body is shown, panning does nothing. */
  atlas_viewport_pan (&vp, 200, 200);
  g_assert_cmpfloat (vp.centre_x, ==, 350);
  g_assert_cmpfloat (vp.centre_y, ==, 750);

  atlas_viewport_zoom_at (&vp, 4, 400, 300);
  /* Dragging far down and right brings the head's corner to the margin and
   * no further. */
  atlas_viewport_pan (&vp, 1e6, 1e6);
  to_widget (&vp, 0, 0, &x0, &y0);
  g_assert_cmpfloat_with_epsilon (x0, 10, 1.0);
  g_assert_cmpfloat_with_epsilon (y0, 10, 1.0);

  /* A small drag moves the picture with the hand. */
  atlas_viewport_pan (&vp, -50, -30);
  {
    double x1, y1;

    to_widget (&vp, 0, 0, &x1, &y1);
    g_assert_cmpfloat_with_epsilon (x1, x0 - 50, 1.0);
    g_assert_cmpfloat_with_epsilon (y1, y0 - 30, 1.0);
  }

  atlas_viewport_reset (&vp);
  g_assert_cmpfloat (vp.zoom, ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/viewport/fit", test_fit);
  g_test_add_func ("/atlas/viewport/zoom-keeps-point", test_zoom_keeps_point);
  g_test_add_func ("/atlas/viewport/pan-stops-at-edges", test_pan_stops_at_edges);

  return g_test_run ();
}
