/* atlas-study-canvas.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn with the body painter in the body view's own fit, as the pattern
 * overlay is, so that a zone or a mark in a question looks exactly as it does
 * on a muscle's card.
 */

#include "config.h"

#include <math.h>

#include "atlas-body-painter.h"
#include "atlas-pattern-overlay.h"
#include "atlas-study-canvas.h"

struct _AtlasStudyCanvas {
  GtkWidget parent_instance;

  AtlasBodyView *body_view;
  AtlasStudyQuestion *question;
  gboolean revealed;
  GArray *marked;          /* AtlasStudyArea */
  gboolean has_point;
  double point_x, point_y; /* view units */
  const char *hovered;     /* region shape under the pointer (diagram-owned) */
  gboolean has_cursor;
  double cursor_x, cursor_y;
};

G_DEFINE_FINAL_TYPE (AtlasStudyCanvas, atlas_study_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BODY_VIEW,
  N_PROPS
};

enum {
  CHANGED,
  ANSWER_KEY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const AtlasView *
shown_view (AtlasStudyCanvas *self)
{
  if (self->body_view == NULL || self->question == NULL)
    return NULL;
  if (atlas_body_view_get_view (self->body_view) != self->question->view)
    return NULL;
  return self->question->view;
}

static gboolean
answers_on_diagram (AtlasStudyCanvas *self)
{
  return self->question != NULL && !self->revealed &&
         (self->question->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS ||
          self->question->exercise == ATLAS_EXERCISE_TRIGGER_POINT);
}

static gboolean
is_region_shape (const char *id,
                 gpointer    user_data)
{
  return g_str_has_prefix (id, "region-");
}

/* The region and side of a diagram shape id, or FALSE. */
static gboolean
find_area (AtlasStudyCanvas *self,
           const char       *shape,
           AtlasStudyArea   *area)
{
  GPtrArray *regions = atlas_database_get_regions (atlas_body_view_get_database (self->body_view));

  for (guint i = 0; shape != NULL && i < regions->len; i++)
    for (AtlasSide side = ATLAS_SIDE_LEFT; side <= ATLAS_SIDE_RIGHT; side++)
      {
        const AtlasRegion *region = g_ptr_array_index (regions, i);
        g_autofree char *id = atlas_region_dup_shape_id (region, side);

        if (g_str_equal (id, shape))
          {
            area->region = region;
            area->side = side;
            return TRUE;
          }
      }
  return FALSE;
}

static int
find_marked (AtlasStudyCanvas     *self,
             const AtlasStudyArea *area)
{
  for (guint i = 0; i < self->marked->len; i++)
    {
      const AtlasStudyArea *m = &g_array_index (self->marked, AtlasStudyArea, i);

      if (m->region == area->region && (!area->region->sided || m->side == area->side))
        return i;
    }
  return -1;
}

/* In view units. */
static gboolean
click_document (AtlasStudyCanvas *self,
                double            x,
                double            y)
{
  const AtlasView *view = shown_view (self);

  if (view == NULL || !answers_on_diagram (self))
    return FALSE;

  if (self->question->exercise == ATLAS_EXERCISE_TRIGGER_POINT)
    {
      self->has_point = TRUE;
      self->point_x = x;
      self->point_y = y;
    }
  else
    {
      const char *shape = atlas_diagram_pick (view->diagram, x, y, is_region_shape, NULL);
      AtlasStudyArea area;
      int index;

      if (!find_area (self, shape, &area))
        return FALSE;
      index = find_marked (self, &area);
      if (index >= 0)
        g_array_remove_index (self->marked, index);
      else
        g_array_append_val (self->marked, area);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
atlas_study_canvas_click (AtlasStudyCanvas *self,
                          double            widget_x,
                          double            widget_y)
{
  double x, y;

  g_return_val_if_fail (ATLAS_IS_STUDY_CANVAS (self), FALSE);
  if (self->body_view == NULL)
    return FALSE;
  atlas_body_view_widget_to_document (self->body_view, widget_x, widget_y, &x, &y);
  return click_document (self, x, y);
}

static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            AtlasStudyCanvas *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->has_cursor = FALSE;
  if (atlas_study_canvas_click (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           AtlasStudyCanvas         *self)
{
  const AtlasView *view = shown_view (self);
  const char *hovered = NULL;

  if (view != NULL && answers_on_diagram (self) &&
      self->question->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS)
    {
      double dx, dy;

      atlas_body_view_widget_to_document (self->body_view, x, y, &dx, &dy);
      hovered = atlas_diagram_pick (view->diagram, dx, dy, is_region_shape, NULL);
    }
  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *motion,
          AtlasStudyCanvas         *self)
{
  self->hovered = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Arrows move a cursor over the diagram (Shift for finer steps), Space
 * clicks under it: the diagram questions without a pointer. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AtlasStudyCanvas      *self)
{
  const AtlasView *view = shown_view (self);
  double step, width, height;
  double dx = 0, dy = 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      g_signal_emit (self, signals[ANSWER_KEY], 0, -1);
      return GDK_EVENT_STOP;
    }
  if ((keyval >= GDK_KEY_1 && keyval <= GDK_KEY_4) || (keyval >= GDK_KEY_KP_1 &&
                                                       keyval <= GDK_KEY_KP_4))
    {
      g_signal_emit (self, signals[ANSWER_KEY], 0,
                     (int) (keyval >= GDK_KEY_KP_1 ? keyval - GDK_KEY_KP_1 : keyval - GDK_KEY_1));
      return GDK_EVENT_STOP;
    }
  if (view == NULL || !answers_on_diagram (self))
    return GDK_EVENT_PROPAGATE;

  width = atlas_diagram_get_width (view->diagram);
  height = atlas_diagram_get_height (view->diagram);
  step = MAX (width, height) * ((state & GDK_SHIFT_MASK) ? 0.005 : 0.02);
  if (!self->has_cursor)
    {
      self->has_cursor = TRUE;
      self->cursor_x = width / 2;
      self->cursor_y = height / 2;
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -step;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = step;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -step;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = step;
      break;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      click_document (self, self->cursor_x, self->cursor_y);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  self->cursor_x = CLAMP (self->cursor_x + dx, 0, width);
  self->cursor_y = CLAMP (self->cursor_y + dy, 0, height);
  self->hovered = self->question->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS
                    ? atlas_diagram_pick (view->diagram, self->cursor_x, self->cursor_y,
                                          is_region_shape, NULL)
                    : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

/* ---- Drawing ----------------------------------------------------------- */

static void
draw_area (cairo_t              *cr,
           const AtlasView      *view,
           const AtlasStudyArea *area,
           AtlasPainStyle        style,
           double                pixel)
{
  g_autofree char *shape = atlas_region_dup_shape_id (area->region, area->side);

  atlas_body_painter_pain_region (cr, view->diagram, shape, style, pixel);
}

static void
draw_targets (cairo_t            *cr,
              AtlasStudyQuestion *q,
              double              pixel)
{
  for (guint i = 0; i < q->targets->len; i++)
    {
      const AtlasStudyArea *area = &g_array_index (q->targets, AtlasStudyArea, i);
      g_autofree char *shape = atlas_region_dup_shape_id (area->region, area->side);

      cairo_new_path (cr);
      if (atlas_diagram_append_path (q->view->diagram, shape, cr))
        atlas_body_painter_fill_zone (cr, ATLAS_ZONE_ESSENTIAL, pixel);
    }
}

static void
draw_circle (cairo_t *cr,
             double   x,
             double   y,
             double   radius,
             double   pixel,
             gboolean dashed)
{
  double dash = 4 * pixel;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_line_width (cr, 2.5 * pixel);
  cairo_set_dash (cr, &dash, dashed ? 1 : 0, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_cursor (AtlasStudyCanvas *self,
             cairo_t          *cr,
             double            pixel)
{
  double size = 12 * pixel;

  cairo_set_source_rgba (cr, 0.1, 0.35, 0.8, 0.9);
  cairo_set_line_width (cr, 2 * pixel);
  cairo_move_to (cr, self->cursor_x - size, self->cursor_y);
  cairo_line_to (cr, self->cursor_x + size, self->cursor_y);
  cairo_move_to (cr, self->cursor_x, self->cursor_y - size);
  cairo_line_to (cr, self->cursor_x, self->cursor_y + size);
  cairo_stroke (cr);
}

static void
draw_question (AtlasStudyCanvas *self,
               cairo_t          *cr,
               const AtlasView  *view,
               double            pixel)
{
  AtlasStudyQuestion *q = self->question;
  g_autofree char *shape = atlas_muscle_dup_shape_id (q->muscle, q->side);

  switch (q->exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
      atlas_pattern_overlay_fade_figure (GTK_WIDGET (self), cr, view);
      atlas_body_painter_referral (cr, view->diagram, q->muscle, q->side, pixel);
      if (self->revealed)
        {
          atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_SELECTED, pixel);
          atlas_body_painter_marks (cr, view, q->muscle, q->side, pixel);
        }
      break;

    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      atlas_pattern_overlay_fade_figure (GTK_WIDGET (self), cr, view);
      if (self->revealed)
        {
          draw_targets (cr, q, pixel);
          atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_HOVER, pixel);
          atlas_body_painter_marks (cr, view, q->muscle, q->side, pixel);
        }
      for (guint i = 0; i < self->marked->len; i++)
        draw_area (cr, view, &g_array_index (self->marked, AtlasStudyArea, i),
                   self->revealed ? ATLAS_PAIN_MARKED_OUTLINE : ATLAS_PAIN_MARKED, pixel);
      if (self->hovered != NULL && !self->revealed)
        atlas_body_painter_pain_region (cr, view->diagram, self->hovered, ATLAS_PAIN_HOVER, pixel);
      break;

    case ATLAS_EXERCISE_TRIGGER_POINT:
      if (self->revealed)
        {
          atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_HOVER, pixel);
          atlas_body_painter_marks (cr, view, q->muscle, q->side, pixel);
          cairo_set_source_rgba (cr, 0.1, 0.5, 0.2, 1);
          for (guint i = 0; i < q->points->len; i++)
            {
              const AtlasStudyPoint *p = &g_array_index (q->points, AtlasStudyPoint, i);

              draw_circle (cr, p->x, p->y, q->tolerance, pixel, TRUE);
            }
        }
      if (self->has_point)
        {
          cairo_set_source_rgba (cr, 0.1, 0.35, 0.8, 0.95);
          draw_circle (cr, self->point_x, self->point_y, 6 * pixel, pixel, FALSE);
          cairo_arc (cr, self->point_x, self->point_y, 2.5 * pixel, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      break;

    case ATLAS_EXERCISE_NAME_SHAPE:
      atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_SELECTED, pixel);
      if (self->revealed)
        atlas_body_painter_marks (cr, view, q->muscle, q->side, pixel);
      break;

    case ATLAS_EXERCISE_ZONE:
    default:
      atlas_pattern_overlay_fade_figure (GTK_WIDGET (self), cr, view);
      if (self->revealed)
        atlas_body_painter_referral (cr, view->diagram, q->muscle, q->side, pixel);
      atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_HOVER, pixel);
      {
        AtlasStudyArea area = { q->region, q->side };

        draw_area (cr, view, &area, self->revealed ? ATLAS_PAIN_MARKED_OUTLINE : ATLAS_PAIN_MARKED,
                   pixel);
      }
      break;
    }

  if (self->has_cursor && answers_on_diagram (self) && gtk_widget_has_focus (GTK_WIDGET (self)))
    draw_cursor (self, cr, pixel);
}

static void
atlas_study_canvas_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  AtlasStudyCanvas *self = ATLAS_STUDY_CANVAS (widget);
  const AtlasView *view = shown_view (self);
  double ox, oy, x1, y1, scale;
  cairo_t *cr;

  if (view == NULL)
    return;

  atlas_body_view_document_to_widget (self->body_view, 0, 0, &ox, &oy);
  atlas_body_view_document_to_widget (self->body_view, 1, 1, &x1, &y1);
  scale = x1 - ox;
  if (scale <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, scale);
  draw_question (self, cr, view, 1.0 / scale);
  cairo_destroy (cr);
}

/* ---- Properties -------------------------------------------------------- */

static void
queue_draw (AtlasStudyCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
atlas_study_canvas_set_body_view (AtlasStudyCanvas *self,
                                  AtlasBodyView    *body_view)
{
  g_return_if_fail (ATLAS_IS_STUDY_CANVAS (self));

  if (self->body_view == body_view)
    return;
  if (self->body_view != NULL)
    g_signal_handlers_disconnect_by_data (self->body_view, self);
  g_set_object (&self->body_view, body_view);
  if (body_view != NULL)
    {
      g_signal_connect_object (body_view, "notify::view-id", G_CALLBACK (queue_draw), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (body_view, "notify::zoom", G_CALLBACK (queue_draw), self,
                               G_CONNECT_SWAPPED);
    }
  queue_draw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_VIEW]);
}

AtlasBodyView *
atlas_study_canvas_get_body_view (AtlasStudyCanvas *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_CANVAS (self), NULL);
  return self->body_view;
}

void
atlas_study_canvas_set_question (AtlasStudyCanvas   *self,
                                 AtlasStudyQuestion *question)
{
  g_return_if_fail (ATLAS_IS_STUDY_CANVAS (self));

  self->question = question;
  self->revealed = FALSE;
  self->has_point = FALSE;
  self->has_cursor = FALSE;
  self->hovered = NULL;
  g_array_set_size (self->marked, 0);
  queue_draw (self);
}

void
atlas_study_canvas_set_revealed (AtlasStudyCanvas *self,
                                 gboolean          revealed)
{
  g_return_if_fail (ATLAS_IS_STUDY_CANVAS (self));

  self->revealed = revealed;
  queue_draw (self);
}

GArray *
atlas_study_canvas_get_marked (AtlasStudyCanvas *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_CANVAS (self), NULL);
  return self->marked;
}

gboolean
atlas_study_canvas_get_point (AtlasStudyCanvas *self,
                              double           *x,
                              double           *y)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_CANVAS (self), FALSE);
  *x = self->point_x;
  *y = self->point_y;
  return self->has_point;
}

static void
atlas_study_canvas_dispose (GObject *object)
{
  AtlasStudyCanvas *self = ATLAS_STUDY_CANVAS (object);

  atlas_study_canvas_set_body_view (self, NULL);
  self->question = NULL;
  g_clear_pointer (&self->marked, g_array_unref);
  G_OBJECT_CLASS (atlas_study_canvas_parent_class)->dispose (object);
}

static void
atlas_study_canvas_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasStudyCanvas *self = ATLAS_STUDY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      g_value_set_object (value, self->body_view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_study_canvas_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasStudyCanvas *self = ATLAS_STUDY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      atlas_study_canvas_set_body_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_study_canvas_class_init (AtlasStudyCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_study_canvas_dispose;
  object_class->get_property = atlas_study_canvas_get_property;
  object_class->set_property = atlas_study_canvas_set_property;
  widget_class->snapshot = atlas_study_canvas_snapshot;

  properties[PROP_BODY_VIEW] =
    g_param_spec_object ("body-view", NULL, NULL, ATLAS_TYPE_BODY_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The marks or the click changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* 1-4 (0 to 3) or Enter (-1) while the diagram has the focus: the
   * study panel's keys, passed on to it. */
  signals[ANSWER_KEY] = g_signal_new ("answer-key", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "studycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
atlas_study_canvas_init (AtlasStudyCanvas *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->marked = g_array_new (FALSE, FALSE, sizeof (AtlasStudyArea));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_dgettext (GETTEXT_PACKAGE, "Study question diagram"), -1);
}
