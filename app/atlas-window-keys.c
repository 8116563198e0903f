/* atlas-window-keys.c: moving between the window's parts, and its toasts.
 *
 * F6 and Ctrl+Tab go round the diagram, the side panel and the header bar
 * (Shift the other way), as in other GNOME applications, so that a keyboard
 * user need not Tab through every control of a part to reach the next. F9
 * shows or hides the side panel. Any part may show a toast through
 * "win.toast"; a Clear All of the pain finder's marks offers its undo in one.
 * And the menu buttons' inner toggles get their names.
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

static void
cycle_parts (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  int          step = g_str_equal (action_name, "win.focus-next-part") ? 1 : -1;
  Part         part = focused_part (self);

  /* A part with nothing to focus (the panel hidden) is passed over. */
  for (int i = 0; i < N_PARTS - 1; i++)
    {
      part = (part + N_PARTS + step) % N_PARTS;
      if (focus_part (self, part))
        break;
    }
}

static void
toggle_side_panel (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* The button is there whenever the panel is not: folded away on a narrow
 * window, or hidden with F9. The flap folds while the window lays out, when
 * the header bar must not change: the button follows just after. */
static gboolean
update_side_panel_button (gpointer data)
{
  AtlasWindow *self = data;
  gboolean     folded = adw_flap_get_folded (self->flap);
  gboolean     revealed = adw_flap_get_reveal_flap (self->flap);

  gtk_widget_set_visible (self->side_panel_button, folded || !revealed);
  return G_SOURCE_REMOVE;
}

static void
queue_side_panel_button (AtlasWindow *self)
{
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_side_panel_button, g_object_ref (self),
                   g_object_unref);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AdwToast    *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A Clear All of the pain finder's marks. */
static void
on_marks_cleared (AtlasWindow *self)
{
  AdwToast *toast = adw_toast_new (_("All marks cleared"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* GTK 4.8 gives a menu button's (or a drop-down's) own label to it, but the
 * focus and the screen reader go to the toggle inside it, which is labelled
 * by its icon or not at all: an icon-only menu button reads as "image". The
 * toggle takes the tooltip's words as its name. */
static void
name_menu_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget  *toggle;
      const char *tooltip;

      name_menu_buttons (child);
      if (!GTK_IS_MENU_BUTTON (child) && !GTK_IS_DROP_DOWN (child))
        continue;
      toggle = gtk_widget_get_first_child (child);
      tooltip = gtk_widget_get_tooltip_text (child);
      if (GTK_IS_TOGGLE_BUTTON (toggle) && tooltip != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
}

void
_atlas_window_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.focus-next-part", NULL, cycle_parts);
  gtk_widget_class_install_action (widget_class, "win.focus-previous-part", NULL, cycle_parts);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.focus-next-part", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK,
                                       "win.focus-previous-part", NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-side-panel", NULL,
                                   toggle_side_panel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-side-panel", NULL);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
}

void
_atlas_window_init_keys (AtlasWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct {
    guint           key;
    GdkModifierType mods;
    const char     *action;
  } keys[] = {
    { GDK_KEY_Tab, GDK_CONTROL_MASK, "win.focus-next-part" },
    { GDK_KEY_ISO_Left_Tab, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.focus-previous-part" },
    { GDK_KEY_Tab, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.focus-previous-part" },
  };

  /* GtkWindow's own Ctrl+Tab (leave a text view) would come first among the
   * class's bindings; taken before the children, it goes round the parts. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (queue_side_panel_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (queue_side_panel_button), self, G_CONNECT_SWAPPED);
  update_side_panel_button (self);

  name_menu_buttons (GTK_WIDGET (self));

  g_signal_connect_object (self->finder_mode, "marks-cleared",
                           G_CALLBACK (on_marks_cleared), self, G_CONNECT_SWAPPED);
}
