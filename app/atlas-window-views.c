/* atlas-window-views.c: the header's view buttons.
 *
 * One toggle for each side the data file draws (Front, Back, Side, ...), and on
 * a narrow window one menu button in their place that names the view shown.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"

/* A toggle for each side the data draws, named after its superficial view,
 * so that a clinic's data file with another view needs no code. */
static void
add_side_toggles (AtlasWindow *self)
{
  GPtrArray *views = atlas_database_get_views (self->database);
  g_autoptr (GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GMenu) menu = g_menu_new ();

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      const AtlasView *named = _atlas_window_find_view (self, view->side, ATLAS_LAYER_SUPERFICIAL);
      g_autofree char *tooltip = NULL;
      GtkWidget *button;

      if (!g_hash_table_add (added, view->side))
        continue;
      if (named == NULL)
        named = view;

      button = gtk_toggle_button_new_with_label (named->name);
      /* Translators: tooltip of a view button, "Show the Front view" */
      tooltip = g_strdup_printf (_("Show the %s view"), named->name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.side");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", view->side);
      gtk_box_append (GTK_BOX (self->side_box), button);
      {
        g_autoptr (GMenuItem) item = g_menu_item_new (named->name, NULL);

        g_menu_item_set_action_and_target (item, "win.side", "s", view->side);
        g_menu_append_item (menu, item);
      }
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->side_menu_button), G_MENU_MODEL (menu));
}

/* The narrow window's view button says which view is shown. */
static void
update_side_menu_button (AtlasWindow *self)
{
  g_autofree char *side = g_settings_get_string (self->settings, "side");
  const AtlasView *view = self->database != NULL
                            ? _atlas_window_find_view (self, side, ATLAS_LAYER_SUPERFICIAL)
                            : NULL;

  const char *name = view != NULL ? view->name : _("View");
  /* Translators: the accessible name of the narrow window's view button,
   * "View: Front" */
  g_autofree char *label = g_strdup_printf (_("View: %s"), name);
  GtkWidget       *toggle;

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->side_menu_button), name);
  /* The menu button and the toggle inside it, which takes the focus. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->side_menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  toggle = gtk_widget_get_first_child (self->side_menu_button);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

void
_atlas_window_init_views (AtlasWindow *self)
{
  if (self->database != NULL)
    add_side_toggles (self);
  update_side_menu_button (self);
  g_signal_connect_object (self->settings, "changed::side",
                           G_CALLBACK (update_side_menu_button), self, G_CONNECT_SWAPPED);
}
