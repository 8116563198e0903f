/* atlas-window-finder.c: the pain finder in the window.
 *
 * The body view marks regions on the window's pain map and the finder panel
 * ranks the muscles that could explain them; the window shows the one chosen.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-window-private.h"

void
_atlas_window_update_finder_actions (AtlasWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->finder_mode && atlas_pain_map_get_can_undo (self->pain_map));
  /* Disabled outside the finder, so Escape goes on to the widgets below. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-finder", self->finder_mode);
}

static void
on_finder_preview (AtlasWindow      *self,
                   AtlasMuscle      *muscle,
                   int               side,
                   AtlasFinderPanel *panel)
{
  if (self->finder_mode)
    atlas_body_view_set_preview (self->body_view, muscle, side);
}

/* Choosing a candidate opens its card, as choosing a search result does. */
static void
on_candidate_activated (AtlasWindow      *self,
                        AtlasMuscle      *muscle,
                        int               side,
                        AtlasFinderPanel *panel)
{
  atlas_window_set_finder_mode (self, FALSE);
  atlas_window_show_muscle (self, muscle, side);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* A muscle chosen any other way (search) also leaves the finder. */
static void
on_finder_selection_changed (AtlasWindow *self)
{
  if (atlas_body_view_get_selected_muscle (self->body_view) != NULL)
    atlas_window_set_finder_mode (self, FALSE);
}

/* Escape leaves the pain finder, as it leaves a search, when nothing nearer
 * (a selection, the search box) takes it first. The marks stay for next time. */
static void
leave_finder_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  atlas_window_set_finder_mode (ATLAS_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (!self->finder_mode)
    return;
  self->undoing = TRUE;
  atlas_pain_map_undo (self->pain_map);
  self->undoing = FALSE;
}

void
_atlas_window_class_init_finder (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.finder", "finder-mode");
  gtk_widget_class_install_action (widget_class, "win.leave-finder", NULL, leave_finder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-finder", NULL);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
}

void
_atlas_window_init_finder (AtlasWindow *self)
{
  self->pain_map = atlas_pain_map_new ();
  atlas_region_layer_set_pain_map (atlas_body_view_get_region_layer (self->body_view),
                                   self->pain_map);
  atlas_finder_panel_set_pain_map (self->finder_panel, self->pain_map);
  g_signal_connect_object (self->pain_map, "notify::can-undo",
                           G_CALLBACK (_atlas_window_update_finder_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->finder_panel, "preview",
                           G_CALLBACK (on_finder_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->finder_panel, "candidate-activated",
                           G_CALLBACK (on_candidate_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (on_finder_selection_changed), self, G_CONNECT_SWAPPED);
  _atlas_window_update_finder_actions (self);
}
