/* atlas-window-conditions.c: the conditions page in the window.
 *
 * The condition panel shares the side area with the card; its muscles open
 * their cards, and "Show all patterns" draws them alone on the diagram.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-window-private.h"

static void
on_condition_muscle_activated (AtlasWindow         *self,
                               AtlasMuscle         *muscle,
                               AtlasConditionPanel *panel)
{
  _atlas_window_choose_muscle (self, muscle);
}

static void
on_condition_panel_close (AtlasWindow         *self,
                          AtlasConditionPanel *panel)
{
  _atlas_window_show_side_page (self, "card");
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* "Show all patterns": the diagram shows them alone, on the view where most
 * of them are. */
static void
on_pattern_muscles_changed (AtlasWindow         *self,
                            GParamSpec          *pspec,
                            AtlasConditionPanel *panel)
{
  const char * const *muscles = atlas_condition_panel_get_pattern_muscles (panel);
  const AtlasView *view;

  atlas_pattern_overlay_set_muscles (self->pattern_overlay, muscles);
  if (muscles == NULL)
    return;

  atlas_body_view_clear_selection (self->body_view);
  view = atlas_pattern_overlay_choose_view (self->database, muscles,
                                            _atlas_window_current_view (self));
  _atlas_window_show_view (self, view);
}

static gboolean
focus_condition_panel (gpointer data)
{
  AtlasWindow *self = data;

  if (self->condition_panel != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->condition_panel));
  return G_SOURCE_REMOVE;
}

static void
show_conditions_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  _atlas_window_close_search (self);
  _atlas_window_show_side_page (self, "conditions");
  /* After the menu that this may come from has given the focus back to its
   * button. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_condition_panel, g_object_ref (self),
                   g_object_unref);
}

void
_atlas_window_class_init_conditions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_condition_muscle_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_condition_panel_close);
  gtk_widget_class_install_action (widget_class, "win.show-conditions", NULL,
                                   show_conditions_action);
}

void
_atlas_window_init_conditions (AtlasWindow *self)
{
  g_signal_connect_object (self->condition_panel, "notify::pattern-muscles",
                           G_CALLBACK (on_pattern_muscles_changed), self, G_CONNECT_SWAPPED);
}
