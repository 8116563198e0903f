/* atlas-window-study.c: study mode in the window.
 *
 * The study panel asks; the window lends it the diagram and keeps everything
 * that could give the answer away out of sight while it does.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-window-private.h"

static void
on_study_view_changed (AtlasWindow *self)
{
  const char *view_id = atlas_study_panel_get_view_id (self->study_panel);

  if (view_id != NULL && atlas_study_panel_get_active (self->study_panel))
    _atlas_window_show_view (self, atlas_database_get_view (self->database, view_id));
}

/* Any other page of the side area (a search result, the finder, the
 * conditions) ends study mode. */
static void
on_side_page_changed (AtlasWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "study") != 0)
    atlas_study_panel_set_active (self->study_panel, FALSE);
}

static void
on_study_active_changed (AtlasWindow *self)
{
  gboolean active = atlas_study_panel_get_active (self->study_panel);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-study", active);
  if (!active)
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "study") == 0)
        _atlas_window_show_side_page (self, "card");
      return;
    }
  /* Nothing on the diagram may give the answer away. Leaving the finder
   * passes through the card page, which must not end study mode. */
  g_signal_handlers_block_by_func (self->side_stack, on_side_page_changed, self);
  _atlas_window_close_search (self);
  atlas_finder_mode_set_active (self->finder_mode, FALSE);
  atlas_condition_panel_set_show_patterns (self->condition_panel, FALSE);
  atlas_pattern_overlay_set_muscles (self->pattern_overlay, NULL);
  atlas_body_view_clear_selection (self->body_view);
  _atlas_window_show_side_page (self, "study");
  g_signal_handlers_unblock_by_func (self->side_stack, on_side_page_changed, self);
  on_study_view_changed (self);
}

static void
leave_study_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  atlas_study_panel_set_active (ATLAS_WINDOW (widget)->study_panel, FALSE);
}

void
_atlas_window_init_study (AtlasWindow *self)
{
  g_autoptr (GPropertyAction) action = g_property_action_new ("study", self->study_panel, "active");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_object (self->study_panel, "notify::active",
                           G_CALLBACK (on_study_active_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->study_panel, "notify::view-id",
                           G_CALLBACK (on_study_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (on_side_page_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-study", FALSE);
}

void
_atlas_window_class_init_study (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.leave-study", NULL, leave_study_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-study", NULL);
}
