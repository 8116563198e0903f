/* atlas-window.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-presentation-window.h"
#include "atlas-window-private.h"

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
update_view (AtlasWindow *self)
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
static void
update_pattern_button (AtlasWindow *self)
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
  update_view (self);
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
  update_view (self);
}

void
atlas_window_show_muscle (AtlasWindow *self,
                          AtlasMuscle *muscle,
                          AtlasSide    side)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (ATLAS_IS_MUSCLE (muscle));

  _atlas_window_show_view (self,
                           atlas_muscle_choose_view (muscle, _atlas_window_current_view (self)));
  atlas_body_view_select (self->body_view, muscle, side);
}

void
_atlas_window_close_search (AtlasWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

void
_atlas_window_choose_muscle (AtlasWindow *self,
                             AtlasMuscle *muscle)
{
  /* The right side unless the user already looks at the left one. */
  AtlasSide side = ATLAS_SIDE_RIGHT;

  if (self->picking_compare && _atlas_window_compare_with (self, muscle, side))
    return;
  if (atlas_body_view_get_selected_muscle (self->body_view) == muscle)
    side = atlas_body_view_get_selected_side (self->body_view);

  atlas_window_show_muscle (self, muscle, side);
  _atlas_window_close_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

void
_atlas_window_show_side_page (AtlasWindow *self,
                              const char  *name)
{
  /* The conditions page and the pain finder share the side area: opening one
   * leaves the other, so the marks are not edited unseen. */
  if (g_strcmp0 (name, "finder") != 0)
    atlas_finder_mode_set_active (self->finder_mode, FALSE);
  gtk_stack_set_visible_child_name (self->side_stack, name);
  /* On a narrow window the panel is folded away: what was asked for shows. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
on_selected_muscle_changed (AtlasWindow   *self,
                            GParamSpec    *pspec,
                            AtlasBodyView *body_view)
{
  if (atlas_body_view_get_selected_muscle (body_view) == NULL)
    return;

  /* A muscle chosen anywhere shows its card and its own pattern alone. */
  _atlas_window_close_search (self);
  atlas_condition_panel_set_show_patterns (self->condition_panel, FALSE);
  _atlas_window_show_side_page (self, "card");
}

/* The pain finder's side of the window: its page, and the search and the
 * pattern button out of its way. */
static void
on_finder_active_changed (AtlasWindow *self)
{
  gboolean active = atlas_finder_mode_get_active (self->finder_mode);

  _atlas_window_close_search (self);
  if (active)
    _atlas_window_show_side_page (self, "finder");
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "finder") == 0)
    gtk_stack_set_visible_child_name (self->side_stack, "card");
  gtk_widget_set_visible (self->pattern_button, !active && self->pattern_side != NULL);
}

static void
on_finder_candidate_activated (AtlasWindow     *self,
                               AtlasMuscle     *muscle,
                               int              side,
                               AtlasFinderMode *finder)
{
  atlas_window_show_muscle (self, muscle, side);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* The plan's own panel: its site shows its muscle, its close button the card. */
static void
on_plan_show_panel (AtlasWindow *self)
{
  _atlas_window_show_side_page (self, "plan");
}

static void
on_plan_site_activated (AtlasWindow    *self,
                        const char     *muscle_id,
                        AtlasPlanPanel *panel)
{
  _atlas_window_choose_muscle (self, atlas_database_get_muscle (self->database, muscle_id));
  _atlas_window_show_side_page (self, "plan");
}

static void
on_plan_panel_close (AtlasWindow    *self,
                     AtlasPlanPanel *panel)
{
  _atlas_window_show_side_page (self, "card");
}

/* A mode's actions are the window's ("win.finder"), for the menus, the
 * header bar and the keys. */
static void
add_mode_actions (AtlasWindow  *self,
                  GActionGroup *actions,
                  gboolean      add)
{
  g_auto (GStrv) names = g_action_group_list_actions (actions);

  for (guint i = 0; names[i] != NULL; i++)
    if (add)
      g_action_map_add_action (G_ACTION_MAP (self),
                               g_action_map_lookup_action (G_ACTION_MAP (actions), names[i]));
    else
      g_action_map_remove_action (G_ACTION_MAP (self), names[i]);
}

/* Ctrl+plus and Ctrl+minus zoom about the centre, Ctrl+0 shows the whole view. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    atlas_body_view_zoom (self->body_view, 1.5);
  else if (g_str_equal (action_name, "win.zoom-out"))
    atlas_body_view_zoom (self->body_view, 1 / 1.5);
  else
    atlas_body_view_reset_zoom (self->body_view);
}

static void
add_settings_actions (AtlasWindow *self)
{
  static const char * const keys[] = { "side", "layer" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr (GAction) action = g_settings_create_action (self->settings, keys[i]);
      g_autofree char *signal = g_strconcat ("changed::", keys[i], NULL);

      g_action_map_add_action (G_ACTION_MAP (self), action);
      g_signal_connect_object (self->settings, signal,
                               G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
    }
}

static gboolean
atlas_window_close_request (GtkWindow *window)
{
  AtlasWindow *self = ATLAS_WINDOW (window);
  int width, height;

  if (atlas_plan_panel_confirm_close (self->plan_panel))
    return TRUE;

  /* The default size tracks the window's unmaximized size. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (atlas_window_parent_class)->close_request (window);
}

static void
atlas_window_constructed (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  G_OBJECT_CLASS (atlas_window_parent_class)->constructed (object);

  atlas_body_view_set_database (self->body_view, self->database);
  atlas_finder_panel_set_database (self->finder_panel, self->database);
  atlas_search_popover_set_database (self->search_popover, self->database);
  atlas_condition_panel_set_database (self->condition_panel, self->database);
  atlas_study_panel_set_database (self->study_panel, self->database);
  atlas_plan_panel_set_database (self->plan_panel, self->database);
  _atlas_window_init_views (self);
  _atlas_window_init_starred_menu (self);
  update_view (self);
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  /* The settings actions outlive the window's action group otherwise, and a
   * later change of the key would reach the freed group. */
  g_action_map_remove_action (G_ACTION_MAP (self), "side");
  g_action_map_remove_action (G_ACTION_MAP (self), "layer");
  g_action_map_remove_action (G_ACTION_MAP (self), "study");
  add_mode_actions (self, atlas_finder_mode_get_actions (self->finder_mode), FALSE);
  add_mode_actions (self, atlas_plan_mode_get_actions (self->plan_mode), FALSE);
  add_mode_actions (self, atlas_presentation_mode_get_actions (self->presentation_mode), FALSE);
  _atlas_window_dispose_history (self);

  g_clear_weak_pointer (&self->focus_before_search);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = atlas_window_constructed;
  object_class->dispose = atlas_window_dispose;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;

  window_class->close_request = atlas_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         ATLAS_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The window may be made without an AdwApplication (the tests): its
   * template's Adw widgets and the style manager need the library set up. */
  adw_init ();
  g_type_ensure (ATLAS_TYPE_BODY_VIEW);
  g_type_ensure (ATLAS_TYPE_MUSCLE_PANEL);
  g_type_ensure (ATLAS_TYPE_FINDER_MODE);
  g_type_ensure (ATLAS_TYPE_FINDER_PANEL);
  g_type_ensure (ATLAS_TYPE_CONDITION_PANEL);
  g_type_ensure (ATLAS_TYPE_PLAN_MODE);
  g_type_ensure (ATLAS_TYPE_PRESENTATION_MODE);
  g_type_ensure (ATLAS_TYPE_PRESENTATION_STATE);
  g_type_ensure (ATLAS_TYPE_PLAN_PANEL);
  g_type_ensure (ATLAS_TYPE_PLAN_OVERLAY);
  g_type_ensure (ATLAS_TYPE_PATTERN_OVERLAY);
  g_type_ensure (ATLAS_TYPE_BODY_COMPANION);
  g_type_ensure (ATLAS_TYPE_STUDY_CANVAS);
  g_type_ensure (ATLAS_TYPE_STUDY_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, body_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, pattern_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, condition_panel);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, pattern_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, deep_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_panel_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, finder_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, finder_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_finder_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_finder_candidate_activated);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, companion);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, presentation);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, presentation_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, study_panel);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, plan_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, plan_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_show_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_site_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_panel_close);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.plan", NULL);

  _atlas_window_class_init_search (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-pattern", NULL, show_pattern_action);
  /* Escape leaves the finder, when nothing nearer takes it first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-finder", NULL);
  _atlas_window_class_init_study (widget_class);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  _atlas_window_class_init_conditions (widget_class);
  _atlas_window_class_init_compare (widget_class);
  _atlas_window_class_init_keys (widget_class);
  _atlas_window_class_init_history (widget_class);
}

static void
atlas_window_init (AtlasWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: the window itself lets go of its child. */
  self->toast_overlay = ADW_TOAST_OVERLAY (gtk_window_get_child (GTK_WINDOW (self)));
  atlas_body_view_set_zoomable (self->body_view, TRUE);
  atlas_presentation_window_add_fullscreen_key (GTK_WINDOW (self));

  self->settings = g_settings_new (APP_ID);
  add_settings_actions (self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  _atlas_window_init_search (self);

  _atlas_window_init_conditions (self);
  _atlas_window_init_compare (self);

  /* The body view knows nothing of the card; the window keeps them in step. */
  g_object_bind_property (self->body_view, "selected-side",
                          self->panel, "side", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->body_view, "selected-muscle",
                          self->panel, "muscle", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (on_selected_muscle_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (update_pattern_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::view-id",
                           G_CALLBACK (update_pattern_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->companion, "notify::visible",
                           G_CALLBACK (update_pattern_button), self, G_CONNECT_SWAPPED);

  add_mode_actions (self, atlas_finder_mode_get_actions (self->finder_mode), TRUE);
  add_mode_actions (self, atlas_plan_mode_get_actions (self->plan_mode), TRUE);
  add_mode_actions (self, atlas_presentation_mode_get_actions (self->presentation_mode), TRUE);
  _atlas_window_init_study (self);
  _atlas_window_init_keys (self);
  _atlas_window_init_history (self);
}

AtlasWindow *
atlas_window_new (GtkApplication *application,
                  AtlasDatabase  *database)
{
  return g_object_new (ATLAS_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

AtlasDatabase *
atlas_window_get_database (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->database;
}

AtlasBodyView *
atlas_window_get_body_view (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->body_view;
}
