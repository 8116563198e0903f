/* atlas-presentation-window.h: the patient's screen.
 *
 * A second window, meant for a monitor the patient faces: the diagram as
 * large as the screen allows, front and back together when the screen is
 * wide, and the muscle told in plain words, in type readable across a room.
 * It follows an AtlasPresentationState and changes nothing but its
 * "blanked" property; closing it leaves the main window as it was.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-companion.h"
#include "atlas-patient-card.h"
#include "atlas-pattern-overlay.h"
#include "atlas-presentation-state.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PRESENTATION_WINDOW (atlas_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPresentationWindow, atlas_presentation_window,
                      ATLAS, PRESENTATION_WINDOW, GtkWindow)

GtkWidget          *atlas_presentation_window_new           (AtlasPresentationState  *state);
AtlasPresentationState *atlas_presentation_window_get_state (AtlasPresentationWindow *self);
AtlasBodyView      *atlas_presentation_window_get_body_view (AtlasPresentationWindow *self);
AtlasBodyCompanion *atlas_presentation_window_get_companion (AtlasPresentationWindow *self);
AtlasPatientCard   *atlas_presentation_window_get_card      (AtlasPresentationWindow *self);
AtlasPatternOverlay *atlas_presentation_window_get_pattern_overlay (AtlasPresentationWindow *self);
/* The CSS class of the type scale in use ("present-m" for about 1080 rows). */
const char         *atlas_presentation_window_get_scale_class (AtlasPresentationWindow *self);

/* A stateful boolean action named "present" for @parent's action map:
 * activating it opens the presentation (fullscreen on another monitor when
 * there is one) or closes it; its state says whether it is open. */
GAction            *atlas_presentation_window_create_action (GtkWindow               *parent,
                                                             AtlasPresentationState  *state);
/* The open presentation of an action made by the call above, or NULL. */
AtlasPresentationWindow *atlas_presentation_window_from_action (GAction          *action);

/* F11 makes @window fullscreen or not; adding it twice adds it once. */
void                atlas_presentation_window_add_fullscreen_key (GtkWindow           *window);

G_END_DECLS
