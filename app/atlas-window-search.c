/* atlas-window-search.c: the search bar in the window.
 *
 * Ctrl+F opens it over whatever has the focus; a result shows its muscle,
 * condition, region, patient page or screening, and Escape gives the focus
 * back.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-window-private.h"

static void
show_topics_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _atlas_window_show_topic (ATLAS_WINDOW (widget), NULL);
}

/* A condition or a region, in the condition panel, with the focus on it. */
static void
show_in_condition_panel (AtlasWindow     *self,
                         AtlasSearchKind  kind,
                         const char      *id)
{
  gboolean shown = kind == ATLAS_SEARCH_CONDITION
                     ? atlas_condition_panel_show_condition (self->condition_panel, id)
                     : atlas_condition_panel_show_region (self->condition_panel, id);

  if (!shown)
    return;
  _atlas_window_close_search (self);
  _atlas_window_show_side_page (self, "conditions");
  gtk_widget_grab_focus (GTK_WIDGET (self->condition_panel));
}

static void
on_search_result_activated (AtlasWindow        *self,
                            guint               kind,
                            const char         *id,
                            AtlasSearchPopover *popover)
{
  switch (kind)
    {
    case ATLAS_SEARCH_MUSCLE:
      _atlas_window_choose_muscle (self, atlas_database_get_muscle (self->database, id));
      break;
    case ATLAS_SEARCH_CONDITION:
    case ATLAS_SEARCH_REGION:
      show_in_condition_panel (self, kind, id);
      break;
    case ATLAS_SEARCH_PAGE:
      _atlas_window_close_search (self);
      _atlas_window_show_topic (self, id);
      break;
    case ATLAS_SEARCH_SCREENING:
      _atlas_window_close_search (self);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.plan-screening", "s", id);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_search_mode_changed (AtlasWindow  *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *search_bar)
{
  GtkWidget *focus = self->focus_before_search;

  if (gtk_search_bar_get_search_mode (search_bar))
    return;

  /* The next search starts afresh. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  /* Escape gives the keyboard back to where it was before Ctrl+F; choosing
   * a result then moves it on to what was chosen. */
  if (focus == NULL || !gtk_widget_get_mapped (focus) || !gtk_widget_is_sensitive (focus) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (search_bar)))
    focus = GTK_WIDGET (self->body_view);
  gtk_widget_grab_focus (focus);
  g_clear_weak_pointer (&self->focus_before_search);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    g_set_weak_pointer (&self->focus_before_search, focus);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  /* Ctrl+F again starts a new search, as in other GNOME apps, rather than
   * typing onto the end of the last one. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
_atlas_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-topics", NULL, show_topics_action);
}

void
_atlas_window_init_search (AtlasWindow *self)
{
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);

  /* The entry's own child, released when the entry goes. */
  self->search_popover = ATLAS_SEARCH_POPOVER (atlas_search_popover_new ());
  atlas_search_popover_attach (self->search_popover, self->search_entry);
  g_signal_connect_object (self->search_popover, "result-activated",
                           G_CALLBACK (on_search_result_activated), self, G_CONNECT_SWAPPED);
}
