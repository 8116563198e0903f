/* atlas-window-plan.c: the session plan in the window.
 *
 * The window's actions that add to the plan or print it, and the plan's
 * marks kept on the diagram.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-window-private.h"

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  guint n_areas;
  const AtlasPainArea *areas =
    atlas_pain_map_get_areas (atlas_window_get_pain_map (self), &n_areas);

  /* From a row of the pain finder: the finder stays open for the next one. */
  if (g_str_equal (action_name, "win.plan-add-candidate"))
    {
      if (atlas_plan_panel_add_site (self->plan_panel, g_variant_get_string (parameter, NULL)))
        atlas_plan_set_painful_regions (atlas_plan_panel_get_plan (self->plan_panel), areas,
                                        n_areas);
      return;
    }
  if (g_str_equal (action_name, "win.plan-add"))
    atlas_plan_panel_add_site (self->plan_panel, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (action_name, "win.plan-from-finder"))
    atlas_plan_panel_add_candidates (self->plan_panel, areas, n_areas);
  else if (g_str_equal (action_name, "win.print"))
    gtk_widget_activate_action (GTK_WIDGET (self->plan_panel), "plan.print", "s", "handout");
  _atlas_window_show_side_page (self, "plan");
  if (g_str_equal (action_name, "win.plan-screening"))
    gtk_widget_activate_action (GTK_WIDGET (self->plan_panel), "plan.screening", NULL);
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

/* The patient's screen shows the patterns of today's muscles, each once. */
static void
sync_presentation (AtlasWindow *self)
{
  AtlasPlan *plan = atlas_plan_panel_get_plan (self->plan_panel);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto (GStrv) ids = NULL;
  guint n_sites = plan != NULL ? atlas_plan_get_n_sites (plan) : 0;

  if (self->presentation == NULL)
    return;
  for (guint i = 0; i < n_sites; i++)
    {
      const char *id = atlas_muscle_get_id (atlas_plan_get_site (plan, i)->muscle);

      if (g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }
  ids = g_strv_builder_end (builder);
  g_object_set (self->presentation, "plan-muscles", n_sites > 0 ? ids : NULL, NULL);
}

static void
on_plan_replaced (AtlasWindow *self)
{
  atlas_plan_overlay_set_plan (self->plan_overlay, atlas_plan_panel_get_plan (self->plan_panel));
  atlas_finder_panel_set_plan (self->finder_panel, atlas_plan_panel_get_plan (self->plan_panel));
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, atlas_plan_panel_get_plan (self->plan_panel));
  sync_presentation (self);
}

/* The plan panel's own actions stay under "plan."; these are what the rest of
 * the window (menus, search results, the finder) asks of it. */
void
_atlas_window_class_init_plan (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_plan_site_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_panel_close);
  gtk_widget_class_install_action (widget_class, "win.plan", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "win.plan-add", "s", plan_action);
  gtk_widget_class_install_action (widget_class, "win.plan-screening", "s", plan_action);
  gtk_widget_class_install_action (widget_class, "win.plan-from-finder", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "win.plan-add-candidate", "s", plan_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, plan_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.plan", NULL);
}

void
_atlas_window_init_plan (AtlasWindow *self)
{
  atlas_plan_overlay_set_body_view (self->plan_overlay, self->body_view);
  atlas_plan_overlay_set_plan (self->plan_overlay, atlas_plan_panel_get_plan (self->plan_panel));
  atlas_finder_panel_set_plan (self->finder_panel, atlas_plan_panel_get_plan (self->plan_panel));
  g_signal_connect_object (self->plan_panel, "notify::plan", G_CALLBACK (on_plan_replaced), self,
                           G_CONNECT_SWAPPED);
}

void
_atlas_window_follow_plan (AtlasWindow *self)
{
  self->plan_signals = g_signal_group_new (ATLAS_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed", G_CALLBACK (sync_presentation),
                                  self);
  g_signal_group_set_target (self->plan_signals, atlas_plan_panel_get_plan (self->plan_panel));
  sync_presentation (self);
}
