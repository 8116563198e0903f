/* atlas-window-presentation.c: what the window shows the patient.
 *
 * The patient view of the card, the side-by-side companion, and the state
 * that the presentation window (the patient's screen) follows.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-presentation-window.h"
#include "atlas-window-private.h"

/* The patient view of the card, its pill in the header bar, and the other
 * side of the body beside the diagram all follow the settings. */
void
_atlas_window_add_patient_view (AtlasWindow *self)
{
  g_autoptr (GAction) action = g_settings_create_action (self->settings, "patient-view");

  g_action_map_add_action (G_ACTION_MAP (self), action);
  g_settings_bind (self->settings, "patient-view", self->panel, "patient-view",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "patient-view", self->patient_pill, "visible",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "side-by-side", self->companion, "enabled",
                   G_SETTINGS_BIND_GET);
}

/* The patient's screen follows the diagram through a state object; the
 * presentation window itself is opened by the "present" action. */
void
_atlas_window_init_presentation (AtlasWindow *self)
{
  g_autoptr (GAction) present = NULL;
  g_autoptr (GAction) blank = NULL;
  g_autoptr (GAction) side_by_side = g_settings_create_action (self->settings, "side-by-side");

  self->presentation = atlas_presentation_state_new (self->database);
  atlas_presentation_state_follow (self->presentation, self->body_view);
  g_object_set (self->presentation, "pain-map", atlas_window_get_pain_map (self), NULL);
  g_object_bind_property (self->finder_mode, "active", self->presentation, "show-marks",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->pattern_overlay, "muscles", self->presentation,
                          "pattern-muscles", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->plan_mode, "muscles", self->presentation, "plan-muscles",
                          G_BINDING_SYNC_CREATE);

  present = atlas_presentation_window_create_action (GTK_WINDOW (self), self->presentation);
  blank = G_ACTION (g_property_action_new ("blank-presentation", self->presentation, "blanked"));
  g_action_map_add_action (G_ACTION_MAP (self), present);
  g_action_map_add_action (G_ACTION_MAP (self), blank);
  g_action_map_add_action (G_ACTION_MAP (self), side_by_side);
}
