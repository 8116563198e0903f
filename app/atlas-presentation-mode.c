/* atlas-presentation-mode.c: what the window shows the patient.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-presentation-mode.h"
#include "atlas-presentation-window.h"

struct _AtlasPresentationMode {
  GObject                 parent_instance;

  AtlasPresentationState *state;
  AtlasBodyView          *body_view;
  /* Weak: the window owns this mode. */
  GtkWindow              *window;
  GSettings              *settings;
  GSimpleActionGroup     *actions;
  gboolean                patient_view;
  gboolean                side_by_side;
};

G_DEFINE_FINAL_TYPE (AtlasPresentationMode, atlas_presentation_mode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_BODY_VIEW,
  PROP_WINDOW,
  PROP_PATIENT_VIEW,
  PROP_SIDE_BY_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The action that opens the patient's screen needs both the screen's state
 * and the window it leaves the keyboard with. */
static void
add_present_action (AtlasPresentationMode *self)
{
  g_autoptr (GAction) present = NULL;
  g_autoptr (GAction) blank = NULL;

  if (self->state == NULL || self->window == NULL ||
      g_action_map_lookup_action (G_ACTION_MAP (self->actions), "present") != NULL)
    return;

  present = atlas_presentation_window_create_action (self->window, self->state);
  blank = G_ACTION (g_property_action_new ("blank-presentation", self->state, "blanked"));
  g_action_map_add_action (G_ACTION_MAP (self->actions), present);
  g_action_map_add_action (G_ACTION_MAP (self->actions), blank);
}

static void
atlas_presentation_mode_dispose (GObject *object)
{
  AtlasPresentationMode *self = ATLAS_PRESENTATION_MODE (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->state);
  g_clear_object (&self->body_view);
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (atlas_presentation_mode_parent_class)->dispose (object);
}

static void
atlas_presentation_mode_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AtlasPresentationMode *self = ATLAS_PRESENTATION_MODE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    case PROP_BODY_VIEW:
      g_value_set_object (value, self->body_view);
      break;

    case PROP_WINDOW:
      g_value_set_object (value, self->window);
      break;

    case PROP_PATIENT_VIEW:
      g_value_set_boolean (value, self->patient_view);
      break;

    case PROP_SIDE_BY_SIDE:
      g_value_set_boolean (value, self->side_by_side);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_mode_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AtlasPresentationMode *self = ATLAS_PRESENTATION_MODE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_return_if_fail (self->state == NULL);
      self->state = g_value_dup_object (value);
      if (self->state != NULL && self->body_view != NULL)
        atlas_presentation_state_follow (self->state, self->body_view);
      add_present_action (self);
      break;

    case PROP_BODY_VIEW:
      g_return_if_fail (self->body_view == NULL);
      self->body_view = g_value_dup_object (value);
      if (self->state != NULL && self->body_view != NULL)
        atlas_presentation_state_follow (self->state, self->body_view);
      break;

    case PROP_WINDOW:
      g_set_weak_pointer (&self->window, g_value_get_object (value));
      add_present_action (self);
      break;

    /* Written by the settings' binding. */
    case PROP_PATIENT_VIEW:
      self->patient_view = g_value_get_boolean (value);
      break;

    case PROP_SIDE_BY_SIDE:
      self->side_by_side = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_mode_class_init (AtlasPresentationModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = atlas_presentation_mode_dispose;
  object_class->get_property = atlas_presentation_mode_get_property;
  object_class->set_property = atlas_presentation_mode_set_property;

  /* Set once, from the window's template. */
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, ATLAS_TYPE_PRESENTATION_STATE, flags);
  properties[PROP_BODY_VIEW] =
    g_param_spec_object ("body-view", NULL, NULL, ATLAS_TYPE_BODY_VIEW, flags);
  properties[PROP_WINDOW] =
    g_param_spec_object ("window", NULL, NULL, GTK_TYPE_WINDOW, flags);
  /* Readable for the template's bindings; the settings write them. */
  properties[PROP_PATIENT_VIEW] =
    g_param_spec_boolean ("patient-view", NULL, NULL, FALSE, flags);
  properties[PROP_SIDE_BY_SIDE] =
    g_param_spec_boolean ("side-by-side", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_presentation_mode_init (AtlasPresentationMode *self)
{
  static const char *const keys[] = { "patient-view", "side-by-side" };

  self->settings = g_settings_new (APP_ID);
  self->actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr (GAction) action = g_settings_create_action (self->settings, keys[i]);

      g_action_map_add_action (G_ACTION_MAP (self->actions), action);
      g_settings_bind (self->settings, keys[i], self, keys[i], G_SETTINGS_BIND_GET);
    }
}

AtlasPresentationMode *
atlas_presentation_mode_new (void)
{
  return g_object_new (ATLAS_TYPE_PRESENTATION_MODE, NULL);
}

AtlasPresentationState *
atlas_presentation_mode_get_state (AtlasPresentationMode *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_MODE (self), NULL);
  return self->state;
}

GActionGroup *
atlas_presentation_mode_get_actions (AtlasPresentationMode *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_MODE (self), NULL);
  return G_ACTION_GROUP (self->actions);
}
