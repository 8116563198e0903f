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
  gtk_stack_set_visible_child_name (self->side_stack, name);
  /* The modes share the side area: another page leaves them, so that the
   * marks are not edited unseen nor a question left open. */
  if (g_strcmp0 (name, "finder") != 0)
    atlas_finder_mode_set_active (self->finder_mode, FALSE);
  if (g_strcmp0 (name, "study") != 0)
    atlas_study_mode_set_active (self->study_mode, FALSE);
  /* On a narrow window the panel is folded away: what was asked for shows. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
on_selected_muscle_changed (AtlasWindow   *self,
                            GParamSpec    *pspec,
                            AtlasBodyView *body_view)
{
  _atlas_window_update_pattern_button (self);
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

/* Study: nothing on the diagram may give the answer away. */
static void
on_study_active_changed (AtlasWindow *self)
{
  if (!atlas_study_mode_get_active (self->study_mode))
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "study") == 0)
        _atlas_window_show_side_page (self, "card");
      return;
    }
  _atlas_window_close_search (self);
  atlas_finder_mode_set_active (self->finder_mode, FALSE);
  atlas_condition_panel_set_show_patterns (self->condition_panel, FALSE);
  atlas_pattern_overlay_set_muscles (self->pattern_overlay, NULL);
  atlas_body_view_clear_selection (self->body_view);
  _atlas_window_show_side_page (self, "study");
}

static void
on_study_view_changed (AtlasWindow *self)
{
  const char *view_id = atlas_study_mode_get_view_id (self->study_mode);

  if (view_id != NULL)
    _atlas_window_show_view (self, atlas_database_get_view (self->database, view_id));
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
                               G_CALLBACK (_atlas_window_update_view), self, G_CONNECT_SWAPPED);
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
  _atlas_window_update_view (self);
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  /* The settings actions outlive the window's action group otherwise, and a
   * later change of the key would reach the freed group. */
  g_action_map_remove_action (G_ACTION_MAP (self), "side");
  g_action_map_remove_action (G_ACTION_MAP (self), "layer");
  add_mode_actions (self, atlas_study_mode_get_actions (self->study_mode), FALSE);
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
  g_type_ensure (ATLAS_TYPE_STUDY_MODE);
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
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_panel_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, side_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, finder_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, finder_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_muscle_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_finder_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_finder_candidate_activated);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, companion);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, presentation);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, presentation_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, study_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, study_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_study_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_study_view_changed);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, plan_mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, plan_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_show_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_site_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_panel_close);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.plan", NULL);

  _atlas_window_class_init_search (widget_class);
  _atlas_window_class_init_views (widget_class);
  /* Escape leaves the finder or study, when nothing nearer takes it first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-finder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-study", NULL);
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

  add_mode_actions (self, atlas_finder_mode_get_actions (self->finder_mode), TRUE);
  add_mode_actions (self, atlas_plan_mode_get_actions (self->plan_mode), TRUE);
  add_mode_actions (self, atlas_presentation_mode_get_actions (self->presentation_mode), TRUE);
  add_mode_actions (self, atlas_study_mode_get_actions (self->study_mode), TRUE);
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
