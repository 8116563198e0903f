/* atlas-plan-mode.c: the session plan beside the diagram.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-plan-mode.h"

struct _AtlasPlanMode {
  GObject             parent_instance;

  AtlasPlanPanel     *panel;
  AtlasPlanOverlay   *overlay;
  AtlasBodyView      *body_view;
  AtlasFinderMode    *finder;
  /* Follows whichever plan the panel holds. */
  GSignalGroup       *plan_signals;
  GStrv               muscles;
  GSimpleActionGroup *actions;
};

G_DEFINE_FINAL_TYPE (AtlasPlanMode, atlas_plan_mode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PANEL,
  PROP_OVERLAY,
  PROP_BODY_VIEW,
  PROP_FINDER,
  PROP_MUSCLES,
  N_PROPS
};

enum {
  SHOW_PANEL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static AtlasPlan *
current_plan (AtlasPlanMode *self)
{
  return self->panel != NULL ? atlas_plan_panel_get_plan (self->panel) : NULL;
}

/* The patient's screen shows the patterns of today's muscles, each once. */
static void
update_muscles (AtlasPlanMode *self)
{
  AtlasPlan *plan = current_plan (self);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto (GStrv) ids = NULL;
  guint n_sites = plan != NULL ? atlas_plan_get_n_sites (plan) : 0;

  for (guint i = 0; i < n_sites; i++)
    {
      const char *id = atlas_muscle_get_id (atlas_plan_get_site (plan, i)->muscle);

      if (g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }
  ids = g_strv_builder_end (builder);
  if (n_sites == 0)
    g_clear_pointer (&ids, g_strfreev);
  if (self->muscles == ids ||
      (self->muscles != NULL && ids != NULL &&
       g_strv_equal ((const char *const *) self->muscles, (const char *const *) ids)))
    return;
  g_strfreev (self->muscles);
  self->muscles = g_steal_pointer (&ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLES]);
}

static void
on_plan_replaced (AtlasPlanMode *self)
{
  AtlasPlan *plan = current_plan (self);

  if (self->overlay != NULL)
    atlas_plan_overlay_set_plan (self->overlay, plan);
  if (self->finder != NULL && atlas_finder_mode_get_panel (self->finder) != NULL)
    atlas_finder_panel_set_plan (atlas_finder_mode_get_panel (self->finder), plan);
  g_signal_group_set_target (self->plan_signals, plan);
  update_muscles (self);
}

static const AtlasPainArea *
finder_areas (AtlasPlanMode *self,
              guint         *n_areas)
{
  *n_areas = 0;
  if (self->finder == NULL)
    return NULL;
  return atlas_pain_map_get_areas (atlas_finder_mode_get_pain_map (self->finder), n_areas);
}

static void
plan_activated (GSimpleAction *action,
                GVariant      *parameter,
                AtlasPlanMode *self)
{
  const char *name = g_action_get_name (G_ACTION (action));
  guint n_areas;
  const AtlasPainArea *areas = finder_areas (self, &n_areas);

  if (self->panel == NULL)
    return;
  /* From a row of the pain finder: the finder stays open for the next one. */
  if (g_str_equal (name, "plan-add-candidate"))
    {
      if (atlas_plan_panel_add_site (self->panel, g_variant_get_string (parameter, NULL)))
        atlas_plan_set_painful_regions (current_plan (self), areas, n_areas);
      return;
    }
  if (g_str_equal (name, "plan-add"))
    atlas_plan_panel_add_site (self->panel, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (name, "plan-from-finder"))
    atlas_plan_panel_add_candidates (self->panel, areas, n_areas);
  else if (g_str_equal (name, "print"))
    gtk_widget_activate_action (GTK_WIDGET (self->panel), "plan.print", "s", "handout");
  g_signal_emit (self, signals[SHOW_PANEL], 0);
  if (g_str_equal (name, "plan-screening"))
    gtk_widget_activate_action (GTK_WIDGET (self->panel), "plan.screening", NULL);
}

static void
set_panel (AtlasPlanMode  *self,
           AtlasPlanPanel *panel)
{
  g_return_if_fail (self->panel == NULL);

  if (panel == NULL)
    return;
  self->panel = g_object_ref (panel);
  g_signal_connect_object (panel, "notify::plan", G_CALLBACK (on_plan_replaced), self,
                           G_CONNECT_SWAPPED);
  on_plan_replaced (self);
}

static void
atlas_plan_mode_dispose (GObject *object)
{
  AtlasPlanMode *self = ATLAS_PLAN_MODE (object);

  g_clear_object (&self->panel);
  g_clear_object (&self->overlay);
  g_clear_object (&self->body_view);
  g_clear_object (&self->finder);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->muscles, g_strfreev);

  G_OBJECT_CLASS (atlas_plan_mode_parent_class)->dispose (object);
}

static void
atlas_plan_mode_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasPlanMode *self = ATLAS_PLAN_MODE (object);

  switch (prop_id)
    {
    case PROP_PANEL:
      g_value_set_object (value, self->panel);
      break;

    case PROP_OVERLAY:
      g_value_set_object (value, self->overlay);
      break;

    case PROP_BODY_VIEW:
      g_value_set_object (value, self->body_view);
      break;

    case PROP_FINDER:
      g_value_set_object (value, self->finder);
      break;

    case PROP_MUSCLES:
      g_value_set_boxed (value, self->muscles);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_plan_mode_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasPlanMode *self = ATLAS_PLAN_MODE (object);

  switch (prop_id)
    {
    case PROP_PANEL:
      set_panel (self, g_value_get_object (value));
      break;

    case PROP_OVERLAY:
      g_set_object (&self->overlay, g_value_get_object (value));
      if (self->body_view != NULL && self->overlay != NULL)
        atlas_plan_overlay_set_body_view (self->overlay, self->body_view);
      on_plan_replaced (self);
      break;

    case PROP_BODY_VIEW:
      g_set_object (&self->body_view, g_value_get_object (value));
      if (self->body_view != NULL && self->overlay != NULL)
        atlas_plan_overlay_set_body_view (self->overlay, self->body_view);
      break;

    case PROP_FINDER:
      g_return_if_fail (self->finder == NULL);
      self->finder = g_value_dup_object (value);
      /* The template may give the finder its panel after this. */
      if (self->finder != NULL)
        g_signal_connect_object (self->finder, "notify::panel", G_CALLBACK (on_plan_replaced),
                                 self, G_CONNECT_SWAPPED);
      on_plan_replaced (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_plan_mode_class_init (AtlasPlanModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = atlas_plan_mode_dispose;
  object_class->get_property = atlas_plan_mode_get_property;
  object_class->set_property = atlas_plan_mode_set_property;

  /* Set once, from the window's template. */
  properties[PROP_PANEL] =
    g_param_spec_object ("panel", NULL, NULL, ATLAS_TYPE_PLAN_PANEL, flags);
  properties[PROP_OVERLAY] =
    g_param_spec_object ("overlay", NULL, NULL, ATLAS_TYPE_PLAN_OVERLAY, flags);
  properties[PROP_BODY_VIEW] =
    g_param_spec_object ("body-view", NULL, NULL, ATLAS_TYPE_BODY_VIEW, flags);
  properties[PROP_FINDER] =
    g_param_spec_object ("finder", NULL, NULL, ATLAS_TYPE_FINDER_MODE, flags);
  properties[PROP_MUSCLES] =
    g_param_spec_boxed ("muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SHOW_PANEL] =
    g_signal_new ("show-panel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_plan_mode_init (AtlasPlanMode *self)
{
  static const struct {
    const char *name;
    const char *parameter;
  } entries[] = {
    { "plan", NULL },
    { "plan-add", "s" },
    { "plan-screening", "s" },
    { "plan-from-finder", NULL },
    { "plan-add-candidate", "s" },
    { "print", NULL },
  };

  self->plan_signals = g_signal_group_new (ATLAS_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed", G_CALLBACK (update_muscles),
                                  self);

  /* The actions do not hold the mode: it holds them. */
  self->actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr (GSimpleAction) action =
        g_simple_action_new (entries[i].name,
                             entries[i].parameter != NULL
                               ? G_VARIANT_TYPE (entries[i].parameter)
                               : NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (plan_activated), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
    }
}

AtlasPlanMode *
atlas_plan_mode_new (void)
{
  return g_object_new (ATLAS_TYPE_PLAN_MODE, NULL);
}

const char *const *
atlas_plan_mode_get_muscles (AtlasPlanMode *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN_MODE (self), NULL);
  return (const char *const *) self->muscles;
}

GActionGroup *
atlas_plan_mode_get_actions (AtlasPlanMode *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN_MODE (self), NULL);
  return G_ACTION_GROUP (self->actions);
}
