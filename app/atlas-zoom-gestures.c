/* atlas-zoom-gestures.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small muscles (the gemelli, the thumb's muscles) are a few pixels wide on a
 * whole body at laptop size; zooming is how a student reads them.
 */

#include "config.h"

#include <math.h>

#include "atlas-region-layer.h"
#include "atlas-zoom-gestures.h"

/* Per view: where the pointer is (the wheel does not say) and how far the
 * current pinch or drag has already been applied. */
typedef struct
{
  AtlasBodyView *view;
  double pointer_x, pointer_y;
  double pinch_scale;
  double drag_x, drag_y;
} ZoomState;

/* One wheel notch zooms by this much; touchpads send fractions of a notch. */
#define NOTCH_FACTOR 1.25
/* One wheel notch pans this many pixels. */
#define NOTCH_PIXELS 48.0

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           ZoomState                *state)
{
  state->pointer_x = x;
  state->pointer_y = y;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           ZoomState                *state)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean pixels = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;

  if (mods & GDK_CONTROL_MASK)
    {
      /* A touchpad reports pixels: about 50 of them make one notch. */
      double notches = pixels ? dy / 50.0 : dy;

      atlas_body_view_zoom_at (state->view, pow (NOTCH_FACTOR, -notches),
                               state->pointer_x, state->pointer_y);
      return GDK_EVENT_STOP;
    }

  /* Not zoomed, the wheel is not ours: the page around may scroll. */
  if (atlas_body_view_get_zoom (state->view) <= 1.0)
    return GDK_EVENT_PROPAGATE;

  if (!pixels)
    {
      dx *= NOTCH_PIXELS;
      dy *= NOTCH_PIXELS;
    }
  atlas_body_view_pan (state->view, -dx, -dy);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                ZoomState        *state)
{
  state->pinch_scale = 1.0;
}

static void
on_pinch_changed (GtkGestureZoom *gesture,
                  double          scale,
                  ZoomState      *state)
{
  double x, y;

  if (scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  atlas_body_view_zoom_at (state->view, scale / state->pinch_scale, x, y);
  state->pinch_scale = scale;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               ZoomState      *state)
{
  AtlasRegionLayer *regions = atlas_body_view_get_region_layer (state->view);

  if (atlas_body_view_get_zoom (state->view) <= 1.0 || atlas_region_layer_get_active (regions))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  state->drag_x = state->drag_y = 0;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                ZoomState      *state)
{
  atlas_body_view_pan (state->view, offset_x - state->drag_x, offset_y - state->drag_y);
  state->drag_x = offset_x;
  state->drag_y = offset_y;
}

void
atlas_zoom_gestures_attach (AtlasBodyView *view)
{
  ZoomState *state = g_new0 (ZoomState, 1);
  GtkEventController *motion, *scroll;
  GtkGesture *pinch, *drag;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (view));

  state->view = view;
  g_object_set_data_full (G_OBJECT (view), "atlas-zoom-state", state, g_free);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), state);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), state);
  gtk_widget_add_controller (GTK_WIDGET (view), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), state);
  gtk_widget_add_controller (GTK_WIDGET (view), scroll);

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), state);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_changed), state);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (pinch));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), state);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), state);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (drag));
}
