/* atlas-window-views.c: the view shown, the header's view buttons.
 *
 * The side and layer settings choose the view, so that the header's toggles
 * follow whoever changes it. One toggle for each side the data file draws
 * (Front, Back, Side, ...), and on a narrow window one menu button in their
 * place that names the view shown. And the button over the diagram that offers
 * the view where more of the selected muscle's pattern shows.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"

const AtlasView *
_atlas_window_find_view (AtlasWindow *self,
                         const char  *side,
                         AtlasLayer   layer)
{
  GPtrArray *views = atlas_database_get_views (self->database);

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);

      if (g_strcmp0 (view->side, side) == 0 && view->layer == layer)
        return view;
    }

  return NULL;
}

static AtlasLayer
settings_layer (AtlasWindow *self)
{
  return g_settings_get_enum (self->settings, "layer");
}

void
_atlas_window_update_view (AtlasWindow *self)
{
  g_autofree char *side = g_settings_get_string (self->settings, "side");
  const AtlasView *view;

  if (self->database == NULL || self->setting_view)
    return;

  view = _atlas_window_find_view (self, side, settings_layer (self));
  if (view == NULL)
    view = _atlas_window_find_view (self, side, ATLAS_LAYER_SUPERFICIAL);
  if (view == NULL && atlas_database_get_views (self->database)->len > 0)
    view = g_ptr_array_index (atlas_database_get_views (self->database), 0);

  gtk_widget_set_sensitive (self->deep_button,
                            _atlas_window_find_view (self, side, ATLAS_LAYER_DEEP) != NULL);
  atlas_body_view_set_view_id (self->body_view, view != NULL ? view->id : NULL);

  /* A lateral view draws one instance: the selection moves to it rather
   * than vanishing. */
  if (view != NULL)
    {
      AtlasMuscle *muscle = atlas_body_view_get_selected_muscle (self->body_view);
      AtlasSide selected = atlas_body_view_get_selected_side (self->body_view);

      if (muscle != NULL && !atlas_view_draws_side (view, selected))
        atlas_body_view_select (self->body_view, muscle,
                                selected == ATLAS_SIDE_LEFT ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT);
    }
}

/* Infraspinatus seen from the back shows its trigger points but not the front
 * of the shoulder, where its pain is mostly felt: offer the other side. */
void
_atlas_window_update_pattern_button (AtlasWindow *self)
{
  AtlasMuscle *muscle = atlas_body_view_get_selected_muscle (self->body_view);
  const AtlasView *current = atlas_body_view_get_view (self->body_view);
  const AtlasView *best = NULL;
  guint best_count = 0;
  GPtrArray *views;

  self->pattern_side = NULL;
  if (muscle != NULL && current != NULL)
    {
      views = atlas_database_get_views (self->database);
      best_count = atlas_muscle_count_pattern_regions (muscle, current, ATLAS_ZONE_ESSENTIAL);
      for (guint i = 0; i < views->len; i++)
        {
          const AtlasView *view = g_ptr_array_index (views, i);
          guint count = atlas_muscle_count_pattern_regions (muscle, view, ATLAS_ZONE_ESSENTIAL);

          if (count > best_count && g_strcmp0 (view->side, current->side) != 0)
            {
              best = view;
              best_count = count;
            }
        }
      if (best != NULL)
        self->pattern_side = best->side;
    }

  /* Front and back together already show the other side. */
  if (g_strcmp0 (atlas_body_companion_get_shown_side (self->companion), self->pattern_side) == 0)
    self->pattern_side = NULL;

  if (self->pattern_side != NULL)
    {
      const AtlasView *named = _atlas_window_find_view (self, self->pattern_side,
                                                        ATLAS_LAYER_SUPERFICIAL);
      /* Translators: %s is a view's name, "Front" */
      g_autofree char *label =
        g_strdup_printf (_("More of this pain pattern shows on the %s view: show it"),
                         named != NULL ? named->name : best->name);

      gtk_button_set_label (GTK_BUTTON (self->pattern_button), label);
    }
  gtk_widget_set_visible (self->pattern_button,
                          self->pattern_side != NULL &&
                            !atlas_finder_mode_get_active (self->finder_mode));
}

static void
show_pattern_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (self->pattern_side == NULL)
    return;

  /* Through the settings, so that the Front/Back toggles follow. */
  g_settings_set_string (self->settings, "side", self->pattern_side);
  _atlas_window_update_view (self);
}

const AtlasView *
_atlas_window_current_view (AtlasWindow *self)
{
  return atlas_body_view_get_view (self->body_view);
}

void
_atlas_window_show_view (AtlasWindow     *self,
                         const AtlasView *view)
{
  if (view == NULL || view == _atlas_window_current_view (self))
    return;

  /* Through the settings, so that the toggles follow. (Not with
   * g_settings_delay(): the object would stay in delay-apply mode for good, and
   * later changes would wait for the next apply.) */
  self->setting_view = TRUE;
  g_settings_set_string (self->settings, "side", view->side);
  g_settings_set_enum (self->settings, "layer", view->layer);
  self->setting_view = FALSE;
  _atlas_window_update_view (self);
}

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
_atlas_window_class_init_views (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-pattern", NULL, show_pattern_action);
}

void
_atlas_window_init_views (AtlasWindow *self)
{
  g_signal_connect_object (self->body_view, "notify::view-id",
                           G_CALLBACK (_atlas_window_update_pattern_button), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->companion, "notify::visible",
                           G_CALLBACK (_atlas_window_update_pattern_button), self,
                           G_CONNECT_SWAPPED);
  if (self->database != NULL)
    add_side_toggles (self);
  update_side_menu_button (self);
  g_signal_connect_object (self->settings, "changed::side",
                           G_CALLBACK (update_side_menu_button), self, G_CONNECT_SWAPPED);
}
