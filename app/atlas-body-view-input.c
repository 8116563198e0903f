/* atlas-body-view-input.c: the body view's controllers.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One motion controller, one click, one drag, the wheel and a pinch, all the
 * view's own: whether the muscles, the pain finder's regions or the zoom take
 * an event is decided here and nowhere else. The keyboard meets the diagram
 * as one stop of Tab, and moves among its shapes with the arrows. Small muscles (the gemelli, the
 * thumb's muscles) are a few pixels wide on a whole body at laptop size;
 * zooming is how a student reads them.
 */

#include "config.h"

#include <math.h>

#include "atlas-body-view-private.h"
#include "atlas-format.h"
#include "atlas-shape-button.h"

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

  if (!self->zoomable || scale <= 0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
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

/* ---- Keyboard ------------------------------------------------------------ */

static gboolean
is_shown_button (GtkWidget *child)
{
  return gtk_widget_get_child_visible (child) && gtk_widget_get_focusable (child);
}

static const char *
shape_of (GtkWidget *button)
{
  return atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (button));
}

static GtkWidget *
find_shown (AtlasBodyView *self,
            const char    *shape)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_shown_button (child) && (shape == NULL || g_strcmp0 (shape_of (child), shape) == 0))
      return child;
  return NULL;
}

/* Where Tab lands in the diagram: the selected muscle, else the shape the
 * keyboard was last on, else the first from the head. */
static GtkWidget *
entry_button (AtlasBodyView *self)
{
  GtkWidget *button = NULL;

  if (self->selected_muscle != NULL && !in_finder (self))
    {
      g_autofree char *shape = atlas_muscle_dup_shape_id (self->selected_muscle,
                                                          self->selected_side);

      button = find_shown (self, shape);
    }
  if (button == NULL && self->focus_shape != NULL)
    button = find_shown (self, self->focus_shape);
  return button != NULL ? button : find_shown (self, NULL);
}

static gboolean
button_centre (AtlasBodyView *self,
               GtkWidget     *button,
               double        *x,
               double        *y)
{
  const AtlasView  *view = atlas_body_view_get_view (self);
  cairo_rectangle_t box;

  if (view == NULL || !atlas_diagram_get_extents (view->diagram, shape_of (button), &box))
    return FALSE;
  *x = box.x + box.width / 2;
  *y = box.y + box.height / 2;
  return TRUE;
}

/* The shown button nearest @from in @direction, by the centres of their
 * shapes: the distance along the direction, and twice that across it, so
 * that Down goes down the same limb before it crosses to the other. */
static GtkWidget *
nearest_button (AtlasBodyView   *self,
                GtkWidget       *from,
                GtkDirectionType direction)
{
  GtkWidget *best = NULL;
  double     best_cost = G_MAXDOUBLE, fx, fy;

  if (!button_centre (self, from, &fx, &fy))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      double x, y, along, across, cost;

      if (child == from || !is_shown_button (child) || !button_centre (self, child, &x, &y))
        continue;
      switch (direction)
        {
        case GTK_DIR_UP:
          along = fy - y, across = fabs (x - fx);
          break;
        case GTK_DIR_DOWN:
          along = y - fy, across = fabs (x - fx);
          break;
        case GTK_DIR_LEFT:
          along = fx - x, across = fabs (y - fy);
          break;
        case GTK_DIR_RIGHT:
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          along = x - fx, across = fabs (y - fy);
          break;
        }
      if (along <= 0)
        continue;
      cost = along + 2 * across;
      if (cost < best_cost)
        {
          best_cost = cost;
          best = child;
        }
    }
  return best;
}

gboolean
_atlas_body_view_focus (GtkWidget       *widget,
                        GtkDirectionType direction)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (widget);
  GtkRoot       *root = gtk_widget_get_root (widget);
  GtkWidget     *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget     *target;
  gboolean       inside;

  inside = focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));

  /* One stop: Tab into the diagram lands on one shape, Tab again leaves. */
  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      if (inside)
        return FALSE;
      target = entry_button (self);
      return target != NULL ? gtk_widget_grab_focus (target) : gtk_widget_grab_focus (widget);
    }

  if (!inside)
    target = entry_button (self);
  else if (focus == widget || gtk_widget_get_parent (focus) != widget)
    /* From the diagram itself the arrows start at the head. */
    target = find_shown (self, NULL);
  else
    target = nearest_button (self, focus, direction);

  if (target == NULL)
    {
      if (!inside)
        return FALSE;
      /* At the edge of the body the focus stays on the diagram. */
      gtk_widget_error_bell (widget);
      return TRUE;
    }
  return gtk_widget_grab_focus (target);
}

static GtkWidget *
keyboard_button (AtlasBodyView *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return focus != NULL && gtk_widget_has_visible_focus (focus) ? focus : NULL;
}

const char *
atlas_body_view_get_focus_name (AtlasBodyView *self)
{
  GtkWidget *button;

  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  button = keyboard_button (self);
  return button != NULL ? atlas_shape_button_get_label (ATLAS_SHAPE_BUTTON (button)) : NULL;
}

/* Room between the name's box and its text, and between the box and the shape. */
#define NAME_PADDING 4.0
#define NAME_GAP     6.0

void
_atlas_body_view_append_focus_name (AtlasBodyView   *self,
                                    GtkSnapshot     *snapshot,
                                    const AtlasView *view,
                                    double           scale,
                                    double           offset_x,
                                    double           offset_y)
{
  GtkWidget           *widget = GTK_WIDGET (self);
  GtkWidget           *button = keyboard_button (self);
  const char          *name = atlas_body_view_get_focus_name (self);
  static const GdkRGBA background = { 0, 0, 0, 0.8 };
  static const GdkRGBA foreground = { 1, 1, 1, 1 };
  g_autoptr (PangoLayout) layout = NULL;
  cairo_rectangle_t box;
  GskRoundedRect    frame;
  int               text_width, text_height;
  double            width, height, x, y;

  if (name == NULL || !atlas_diagram_get_extents (view->diagram, shape_of (button), &box))
    return;

  layout = gtk_widget_create_pango_layout (widget, name);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  width = text_width + 2 * NAME_PADDING;
  height = text_height + 2 * NAME_PADDING;
  /* Below the shape, centred on it; above it near the bottom; always inside. */
  x = offset_x + (box.x + box.width / 2) * scale - width / 2;
  y = offset_y + (box.y + box.height) * scale + NAME_GAP;
  if (y + height > gtk_widget_get_height (widget))
    y = offset_y + box.y * scale - NAME_GAP - height;
  x = CLAMP (x, 0, MAX (0, gtk_widget_get_width (widget) - width));
  y = CLAMP (y, 0, MAX (0, gtk_widget_get_height (widget) - height));

  gsk_rounded_rect_init_from_rect (&frame, &GRAPHENE_RECT_INIT (x, y, width, height), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &frame);
  gtk_snapshot_append_color (snapshot, &background, &frame.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + NAME_PADDING, y + NAME_PADDING));
  gtk_snapshot_append_layout (snapshot, layout, &foreground);
  gtk_snapshot_restore (snapshot);
}

/* ---- The region layer's window on the view -------------------------------- */

static AtlasDatabase *
host_get_database (GtkWidget *widget)
{
  return ATLAS_BODY_VIEW (widget)->database;
}

static const AtlasView *
host_get_view (GtkWidget *widget)
{
  return atlas_body_view_get_view (ATLAS_BODY_VIEW (widget));
}

static void
host_widget_to_document (GtkWidget *widget,
                         double     widget_x,
                         double     widget_y,
                         double    *doc_x,
                         double    *doc_y)
{
  atlas_body_view_widget_to_document (ATLAS_BODY_VIEW (widget), widget_x, widget_y, doc_x, doc_y);
}

/* The region button the keyboard is on, outlined as the pointer would. */
static const char *
host_get_focused_region (GtkWidget *widget)
{
  GtkWidget *focus = gtk_widget_get_focus_child (widget);

  if (focus == NULL || !gtk_widget_has_visible_focus (focus))
    return NULL;
  if (atlas_shape_button_get_kind (ATLAS_SHAPE_BUTTON (focus)) != ATLAS_SHAPE_REGION)
    return NULL;
  return shape_of (focus);
}

const AtlasRegionHost _atlas_body_view_region_host = {
  host_get_database,
  host_get_view,
  host_widget_to_document,
  host_get_focused_region,
};

/* ---- Zoom and pan --------------------------------------------------------- */

void
atlas_body_view_zoom_at (AtlasBodyView *self,
                         double         factor,
                         double         widget_x,
                         double         widget_y)
{
  double s, ox, oy;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  if (!_atlas_body_view_compute_fit (self, &s, &ox, &oy))
    return;
  atlas_viewport_zoom_at (&self->viewport, factor, widget_x, widget_y);
  _atlas_body_view_viewport_changed (self);
}

void
atlas_body_view_zoom (AtlasBodyView *self,
                      double         factor)
{
  atlas_body_view_zoom_at (self, factor,
                           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
atlas_body_view_pan (AtlasBodyView *self,
                     double         dx,
                     double         dy)
{
  double s, ox, oy;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  if (!_atlas_body_view_compute_fit (self, &s, &ox, &oy))
    return;
  atlas_viewport_pan (&self->viewport, dx, dy);
  _atlas_body_view_viewport_changed (self);
}

void
atlas_body_view_reset_zoom (AtlasBodyView *self)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  atlas_viewport_reset (&self->viewport);
  _atlas_body_view_viewport_changed (self);
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
