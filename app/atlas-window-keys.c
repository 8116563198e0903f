/* atlas-window-keys.c: moving between the window's parts, and its toasts.
 *
 * F6 and Ctrl+Tab go round the diagram, the side panel and the header bar
 * (Shift the other way), as in other GNOME applications, so that a keyboard
 * user need not Tab through every control of a part to reach the next. F9
 * shows or hides the side panel. Any part may show a toast through
 * "win.toast"; a Clear All of the pain finder's marks offers its undo in one.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"

typedef enum {
  PART_DIAGRAM,
  PART_SIDE,
  PART_HEADER,
  N_PARTS
} Part;

static GtkWidget *
part_widget (AtlasWindow *self,
             Part         part)
{
  switch (part)
    {
    case PART_DIAGRAM:
      return adw_flap_get_content (self->flap);
    case PART_SIDE:
      return GTK_WIDGET (self->side_stack);
    case PART_HEADER:
    case N_PARTS:
    default:
      return gtk_window_get_titlebar (GTK_WINDOW (self));
    }
}

static gboolean
focus_part (AtlasWindow *self,
            Part         part)
{
  GtkWidget *widget = part_widget (self, part);

  if (part == PART_DIAGRAM)
    return gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
  if (part == PART_SIDE)
    {
      if (!adw_flap_get_reveal_flap (self->flap))
        {
          if (!adw_flap_get_folded (self->flap))
            return FALSE;
          adw_flap_set_reveal_flap (self->flap, TRUE);
        }
      widget = gtk_stack_get_visible_child (self->side_stack);
      if (widget == NULL)
        return FALSE;
    }
  /* The part's first control (the focus is elsewhere, so it starts there). */
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

static Part
focused_part (AtlasWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (Part part = PART_DIAGRAM; focus != NULL && part < N_PARTS; part++)
    if (gtk_widget_is_ancestor (focus, part_widget (self, part)))
      return part;
  /* The search bar, a dialog's remains: the next part is the diagram. */
  return PART_HEADER;
}

static gboolean
cycle_parts (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  int step = g_variant_get_int32 (args);
  Part part = focused_part (self);

  /* A part with nothing to focus (the panel hidden) is passed over. */
  for (int i = 0; i < N_PARTS - 1; i++)
    {
      part = (part + N_PARTS + step) % N_PARTS;
      if (focus_part (self, part))
        break;
    }
  return TRUE;
}

static gboolean
toggle_side_panel (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
  return TRUE;
}

/* The button is there whenever the panel is not: folded away on a narrow
 * window, or hidden with F9. */
static void
update_side_panel_button (AtlasWindow *self)
{
  gtk_widget_set_visible (self->side_panel_button,
                          adw_flap_get_folded (self->flap)
                          || !adw_flap_get_reveal_flap (self->flap));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_pain_map_changed (AtlasWindow  *self,
                     GParamSpec   *pspec,
                     AtlasPainMap *map)
{
  guint n_marked = atlas_pain_map_get_n_marked (map);

  /* More than one mark gone at once, not by an undo: a Clear All. */
  if (n_marked == 0 && self->n_marked > 1 && !self->undoing
      && atlas_pain_map_get_can_undo (map))
    {
      AdwToast *toast = adw_toast_new (_("All marks cleared"));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  self->n_marked = n_marked;
}

void
_atlas_window_class_init_keys (GtkWidgetClass *widget_class)
{
  static const struct {
    guint key;
    GdkModifierType mods;
    int step;
  } keys[] = {
    { GDK_KEY_F6, 0, 1 },
    { GDK_KEY_F6, GDK_SHIFT_MASK, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding (widget_class, keys[i].key, keys[i].mods,
                                  cycle_parts, "i", keys[i].step);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F9, 0, toggle_side_panel, NULL);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
}

void
_atlas_window_init_keys (AtlasWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct {
    guint key;
    GdkModifierType mods;
    int step;
  } keys[] = {
    { GDK_KEY_Tab, GDK_CONTROL_MASK, 1 },
    { GDK_KEY_ISO_Left_Tab, GDK_CONTROL_MASK | GDK_SHIFT_MASK, -1 },
    { GDK_KEY_Tab, GDK_CONTROL_MASK | GDK_SHIFT_MASK, -1 },
  };

  /* GtkWindow's own Ctrl+Tab (leave a text view) would come first among the
   * class's bindings; taken before the children, it goes round the parts. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keys[i].key, keys[i].mods);
      GtkShortcutAction *action = gtk_callback_action_new (cycle_parts, NULL, NULL);
      GtkShortcut *shortcut = gtk_shortcut_new (trigger, action);

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (keys[i].step));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (update_side_panel_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (update_side_panel_button), self, G_CONNECT_SWAPPED);
  update_side_panel_button (self);

  self->n_marked = atlas_pain_map_get_n_marked (self->pain_map);
  g_signal_connect_object (self->pain_map, "notify::n-marked",
                           G_CALLBACK (on_pain_map_changed), self, G_CONNECT_SWAPPED);
}
