/* atlas-plan-overlay.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-plan-marks.h"
#include "atlas-plan-overlay.h"

struct _AtlasPlanOverlay {
  GtkWidget parent_instance;

  AtlasBodyView *body_view;
  AtlasPlan *plan;
  double pointer_x;
  double pointer_y;
};

G_DEFINE_FINAL_TYPE (AtlasPlanOverlay, atlas_plan_overlay, GTK_TYPE_WIDGET)

static const AtlasView *
current_view (AtlasPlanOverlay *self)
{
  return self->body_view != NULL ? atlas_body_view_get_view (self->body_view) : NULL;
}

static void
atlas_plan_overlay_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  AtlasPlanOverlay *self = ATLAS_PLAN_OVERLAY (widget);
  const AtlasView *view = current_view (self);
  double ox, oy, x1, y1, scale;
  cairo_t *cr;

  if (view == NULL || self->plan == NULL || atlas_plan_get_n_sites (self->plan) == 0)
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
  atlas_plan_marks_draw (cr, view, self->plan, 1.0 / scale);
  cairo_destroy (cr);
}

char *
atlas_plan_overlay_site_at (AtlasPlanOverlay *self,
                            double            x,
                            double            y)
{
  const AtlasView *view = current_view (self);
  AtlasMuscle *muscle = self->body_view != NULL
                         ? atlas_body_view_get_selected_muscle (self->body_view) : NULL;
  AtlasSide side;
  const AtlasTriggerPoint *best = NULL;
  double best_distance = G_MAXDOUBLE, dx, dy;
  GPtrArray *points;

  if (view == NULL || muscle == NULL)
    return NULL;
  side = atlas_body_view_get_selected_side (self->body_view);
  atlas_body_view_widget_to_document (self->body_view, x, y, &dx, &dy);

  /* The nearest of the muscle's trigger points on this view and side; a
   * muscle with one point needs no aim. */
  points = atlas_muscle_get_trigger_points (muscle);
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      AtlasPlanSite site = { muscle, point, side, NULL, FALSE };
      double mx, my, d;

      if (!atlas_plan_marks_position (view, &site, &mx, &my))
        continue;
      d = (mx - dx) * (mx - dx) + (my - dy) * (my - dy);
      if (d < best_distance)
        {
          best = point;
          best_distance = d;
        }
    }
  if (best == NULL)
    best = g_ptr_array_index (points, 0);
  return g_strdup_printf ("%s/%s/%s", atlas_muscle_get_id (muscle), best->id,
                          atlas_side_to_string (side));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           AtlasPlanOverlay         *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
on_context_pressed (GtkGestureClick  *gesture,
                    int               n_press,
                    double            x,
                    double            y,
                    AtlasPlanOverlay *self)
{
  g_autofree char *site = atlas_plan_overlay_site_at (self, x, y);
  g_autoptr (GMenu) menu = NULL;
  g_autofree char *detailed = NULL;
  GtkWidget *popover;
  AtlasMuscle *muscle;

  if (site == NULL)
    return;
  muscle = atlas_body_view_get_selected_muscle (self->body_view);
  menu = g_menu_new ();
  detailed = g_strdup_printf (_("Add %s Here to the Plan"), atlas_muscle_get_name (muscle));
  {
    g_autoptr (GMenuItem) item = g_menu_item_new (detailed, NULL);

    g_menu_item_set_action_and_target_value (item, "win.plan-add", g_variant_new_string (site));
    g_menu_append_item (menu, item);
  }
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (self->body_view));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
add_under_pointer (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  AtlasPlanOverlay *self = user_data;
  g_autofree char *site = atlas_plan_overlay_site_at (self, self->pointer_x, self->pointer_y);

  if (site == NULL)
    return FALSE;
  gtk_widget_activate_action (widget, "win.plan-add", "s", site);
  return TRUE;
}

static void
queue_draw (AtlasPlanOverlay *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
atlas_plan_overlay_set_body_view (AtlasPlanOverlay *self,
                                  AtlasBodyView    *body_view)
{
  GtkEventController *motion;
  GtkGesture *click;
  GtkEventController *shortcuts;

  g_return_if_fail (ATLAS_IS_PLAN_OVERLAY (self));
  g_return_if_fail (self->body_view == NULL);

  self->body_view = body_view;
  g_object_add_weak_pointer (G_OBJECT (body_view), (gpointer *) &self->body_view);
  /* Any property (view, zoom, selection) may move the marks. */
  g_signal_connect_object (body_view, "notify", G_CALLBACK (queue_draw), self, G_CONNECT_SWAPPED);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (body_view), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_context_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (body_view), GTK_EVENT_CONTROLLER (click));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_d, GDK_CONTROL_MASK),
                      gtk_callback_action_new (add_under_pointer, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (body_view), shortcuts);
}

void
atlas_plan_overlay_set_plan (AtlasPlanOverlay *self,
                             AtlasPlan        *plan)
{
  g_return_if_fail (ATLAS_IS_PLAN_OVERLAY (self));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (queue_draw), self);
  queue_draw (self);
}

static void
atlas_plan_overlay_dispose (GObject *object)
{
  AtlasPlanOverlay *self = ATLAS_PLAN_OVERLAY (object);

  atlas_plan_overlay_set_plan (self, NULL);
  if (self->body_view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->body_view), (gpointer *) &self->body_view);
  self->body_view = NULL;

  G_OBJECT_CLASS (atlas_plan_overlay_parent_class)->dispose (object);
}

static void
atlas_plan_overlay_class_init (AtlasPlanOverlayClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = atlas_plan_overlay_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = atlas_plan_overlay_snapshot;
}

static void
atlas_plan_overlay_init (AtlasPlanOverlay *self)
{
  /* Clicks go through to the diagram. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}
