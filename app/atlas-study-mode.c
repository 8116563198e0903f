/* atlas-study-mode.c: study mode, the diagram lent to the study panel.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-study-mode.h"

struct _AtlasStudyMode {
  GObject             parent_instance;

  AtlasStudyPanel    *panel;
  GSimpleActionGroup *actions;
  gboolean            active;
  char               *view_id;
};

G_DEFINE_FINAL_TYPE (AtlasStudyMode, atlas_study_mode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PANEL,
  PROP_ACTIVE,
  PROP_VIEW_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_view_id (AtlasStudyMode *self)
{
  const char *view_id = self->active ? atlas_study_panel_get_view_id (self->panel) : NULL;

  /* Told for each question, even on the same view: the clinician may have
   * switched views since the last. */
  if (view_id == NULL && self->view_id == NULL)
    return;
  g_free (self->view_id);
  self->view_id = g_strdup (view_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

static void
on_panel_active_changed (AtlasStudyMode *self)
{
  GAction *leave = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "leave-study");
  gboolean active = atlas_study_panel_get_active (self->panel);

  if (self->active == active)
    return;
  self->active = active;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (leave), self->active);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  update_view_id (self);
}

static void
leave_study_activated (GSimpleAction  *action,
                       GVariant       *parameter,
                       AtlasStudyMode *self)
{
  atlas_study_mode_set_active (self, FALSE);
}

static void
set_panel (AtlasStudyMode  *self,
           AtlasStudyPanel *panel)
{
  g_autoptr (GPropertyAction) study = NULL;

  g_return_if_fail (self->panel == NULL);

  if (panel == NULL)
    return;
  self->panel = g_object_ref (panel);
  /* On the panel, which does not hold the mode. */
  study = g_property_action_new ("study", panel, "active");
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (study));
  g_signal_connect_object (panel, "notify::active", G_CALLBACK (on_panel_active_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "notify::view-id", G_CALLBACK (update_view_id), self,
                           G_CONNECT_SWAPPED);
  on_panel_active_changed (self);
}

static void
atlas_study_mode_dispose (GObject *object)
{
  AtlasStudyMode *self = ATLAS_STUDY_MODE (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->panel);
  g_clear_pointer (&self->view_id, g_free);

  G_OBJECT_CLASS (atlas_study_mode_parent_class)->dispose (object);
}

static void
atlas_study_mode_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasStudyMode *self = ATLAS_STUDY_MODE (object);

  switch (prop_id)
    {
    case PROP_PANEL:
      g_value_set_object (value, self->panel);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, self->view_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_study_mode_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasStudyMode *self = ATLAS_STUDY_MODE (object);

  switch (prop_id)
    {
    case PROP_PANEL:
      set_panel (self, g_value_get_object (value));
      break;

    case PROP_ACTIVE:
      atlas_study_mode_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_study_mode_class_init (AtlasStudyModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_study_mode_dispose;
  object_class->get_property = atlas_study_mode_get_property;
  object_class->set_property = atlas_study_mode_set_property;

  /* Set once, from the window's template. */
  properties[PROP_PANEL] =
    g_param_spec_object ("panel", NULL, NULL, ATLAS_TYPE_STUDY_PANEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_study_mode_init (AtlasStudyMode *self)
{
  g_autoptr (GSimpleAction) leave = g_simple_action_new ("leave-study", NULL);

  self->actions = g_simple_action_group_new ();
  g_simple_action_set_enabled (leave, FALSE);
  g_signal_connect_object (leave, "activate", G_CALLBACK (leave_study_activated), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (leave));
}

AtlasStudyMode *
atlas_study_mode_new (void)
{
  return g_object_new (ATLAS_TYPE_STUDY_MODE, NULL);
}

gboolean
atlas_study_mode_get_active (AtlasStudyMode *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_MODE (self), FALSE);
  return self->active;
}

void
atlas_study_mode_set_active (AtlasStudyMode *self,
                             gboolean        active)
{
  g_return_if_fail (ATLAS_IS_STUDY_MODE (self));

  if (self->panel != NULL)
    atlas_study_panel_set_active (self->panel, active);
}

const char *
atlas_study_mode_get_view_id (AtlasStudyMode *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_MODE (self), NULL);
  return self->view_id;
}

GActionGroup *
atlas_study_mode_get_actions (AtlasStudyMode *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_MODE (self), NULL);
  return G_ACTION_GROUP (self->actions);
}
