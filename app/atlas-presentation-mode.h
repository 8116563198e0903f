/* atlas-presentation-mode.h: what the window shows the patient.
 *
 * The patient's screen (a presentation window) follows the main diagram
 * through an AtlasPresentationState; this mode makes the diagram write to it
 * and holds the commands that open, blank and close that screen, and the two
 * settings that change what the clinician's own window shows for the patient:
 * the patient view of the card and the other side of the body beside the
 * diagram.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-presentation-state.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PRESENTATION_MODE (atlas_presentation_mode_get_type ())

/* clang-format would join these past the 100 columns. */
/* clang-format off */
G_DECLARE_FINAL_TYPE (AtlasPresentationMode, atlas_presentation_mode,
                      ATLAS, PRESENTATION_MODE, GObject)
/* clang-format on */

/* Properties:
 *   state         AtlasPresentationState, what the patient's screen shows
 *   body-view     AtlasBodyView, the diagram whose view, selection and zoom
 *                 the state copies
 *   window        GtkWindow, the clinician's window, which keeps the keyboard
 *   patient-view  whether the card is the patient's (read-only, the setting)
 *   side-by-side  whether the other side of the body is shown beside the
 *                 diagram (read-only, the setting)
 * Actions, in atlas_presentation_mode_get_actions(): "present" (stateful:
 * opens or closes the patient's screen), "blank-presentation" (stateful),
 * "patient-view" and "side-by-side" (the settings). */

AtlasPresentationMode  *atlas_presentation_mode_new         (void);

AtlasPresentationState *atlas_presentation_mode_get_state   (AtlasPresentationMode *self);
GActionGroup           *atlas_presentation_mode_get_actions (AtlasPresentationMode *self);

G_END_DECLS
