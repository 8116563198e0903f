/* atlas-body-view-input.c: the body view's controllers.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One motion controller, one click, one drag, the wheel and a pinch, all the
 * view's own: whether the muscles, the pain finder's regions or the zoom take
 * an event is decided here and nowhere else. Small muscles (the gemelli, the
 * thumb's muscles) are a few pixels wide on a whole body at laptop size;
 * zooming is how a student reads them.
 */

#include "config.h"

#include <math.h>

#include "atlas-body-view-private.h"
#include "atlas-format.h"

/* One wheel notch zooms by this much; touchpads send fractions of a notch. */
#define NOTCH_FACTOR 1.25
/* One wheel notch pans this many pixels. */
#define NOTCH_PIXELS 48.0

static gboolean
in_finder (AtlasBodyView *self)
{
  return atlas_region_layer_get_active (self->regions);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AtlasBodyView            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  if (in_finder (self))
    {
      _atlas_body_view_set_hovered_shape (self, NULL);
      atlas_region_layer_hover (self->regions, x, y);
    }
  else
    {
      _atlas_body_view_set_hovered_shape (self, _atlas_body_view_pick_shape (self, x, y));
    }
}

static void
on_leave (GtkEventControllerMotion *controller,
          AtlasBodyView            *self)
{
  _atlas_body_view_set_hovered_shape (self, NULL);
  atlas_region_layer_leave (self->regions);
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             AtlasBodyView   *self)
{
  /* In the pain finder the drag takes the click: a stroke that goes nowhere. */
  if (in_finder (self))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  atlas_body_view_activate_at (self, x, y);
}

/* A drag paints regions in the finder, pans when zoomed in, else is not ours. */
static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               AtlasBodyView  *self)
{
  if (in_finder (self))
    {
      if (!atlas_region_layer_stroke_begin (self->regions, x, y))
        {
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
          return;
        }
      gtk_widget_grab_focus (GTK_WIDGET (self));
      self->drag = ATLAS_BODY_DRAG_STROKE;
    }
  else if (self->zoomable && atlas_body_view_get_zoom (self) > 1.0)
    {
      self->drag = ATLAS_BODY_DRAG_PAN;
      self->drag_x = self->drag_y = 0;
    }
  else
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
    }
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                AtlasBodyView  *self)
{
  double x, y;

  switch (self->drag)
    {
    case ATLAS_BODY_DRAG_STROKE:
      if (gtk_gesture_drag_get_start_point (gesture, &x, &y))
        atlas_region_layer_stroke_to (self->regions, x + offset_x, y + offset_y);
      break;

    case ATLAS_BODY_DRAG_PAN:
      atlas_body_view_pan (self, offset_x - self->drag_x, offset_y - self->drag_y);
      self->drag_x = offset_x;
      self->drag_y = offset_y;
      break;

    case ATLAS_BODY_DRAG_NONE:
    default:
      break;
    }
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             AtlasBodyView  *self)
{
  if (self->drag == ATLAS_BODY_DRAG_STROKE)
    atlas_region_layer_stroke_end (self->regions);
  self->drag = ATLAS_BODY_DRAG_NONE;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AtlasBodyView            *self)
{
  GdkModifierType mods =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean pixels = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;

  if (!self->zoomable)
    return GDK_EVENT_PROPAGATE;

  if (mods & GDK_CONTROL_MASK)
    {
      /* A touchpad reports pixels: about 50 of them make one notch. */
      double notches = pixels ? dy / 50.0 : dy;

      atlas_body_view_zoom_at (self, pow (NOTCH_FACTOR, -notches), self->pointer_x,
                               self->pointer_y);
      return GDK_EVENT_STOP;
    }

  /* Not zoomed, the wheel is not ours: the page around may scroll. */
  if (atlas_body_view_get_zoom (self) <= 1.0)
    return GDK_EVENT_PROPAGATE;

  if (!pixels)
    {
      dx *= NOTCH_PIXELS;
      dy *= NOTCH_PIXELS;
    }
  atlas_body_view_pan (self, -dx, -dy);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                AtlasBodyView    *self)
{
  if (!self->zoomable)
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_DENIED);
  self->pinch_scale = 1.0;
}

static void
on_pinch_changed (GtkGestureZoom *gesture,
                  double          scale,
                  AtlasBodyView  *self)
{
  double x, y;

  if (!self->zoomable || scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  atlas_body_view_zoom_at (self, scale / self->pinch_scale, x, y);
  self->pinch_scale = scale;
}

static gboolean
on_query_tooltip (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard_mode,
                  GtkTooltip    *tooltip,
                  AtlasBodyView *self)
{
  g_autofree char *text = NULL;

  if (in_finder (self))
    text = keyboard_mode ? NULL : atlas_region_layer_dup_tooltip_text (self->regions, x, y);
  else if (keyboard_mode)
    {
      if (self->selected_muscle == NULL)
        return FALSE;
      text = atlas_format_muscle_instance (self->selected_muscle, self->selected_side);
    }
  else
    {
      text = atlas_body_view_dup_tooltip_text (self, x, y);
    }

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_atlas_body_view_init_input (AtlasBodyView *self)
{
  GtkWidget          *widget = GTK_WIDGET (self);
  GtkEventController *motion, *scroll;
  GtkGesture         *click, *drag, *pinch;

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  /* A click in the finder is a stroke that goes nowhere: the drag does both. */
  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
}
