/* atlas-study-mode.h: study mode, the diagram lent to the study panel.
 *
 * The study panel asks and its canvas takes the diagram's pointer; this mode
 * holds the commands that start and leave study and says which view the
 * question is drawn on, for the window to show it. The window keeps
 * everything that could give the answer away out of sight while it is active.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-study-panel.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STUDY_MODE (atlas_study_mode_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStudyMode, atlas_study_mode, ATLAS, STUDY_MODE, GObject)

/* Properties:
 *   panel    AtlasStudyPanel, which asks the questions
 *   active   whether studying (the panel's own "active"; notified on change)
 *   view-id  the view the current question is drawn on while active, else
 *            NULL (read-only; notified after "active" when studying starts)
 * Actions, in atlas_study_mode_get_actions(): "study" (stateful, starts and
 * ends it) and "leave-study" (enabled only while studying, so that Escape goes
 * on to the widgets below otherwise). */

AtlasStudyMode *atlas_study_mode_new         (void);

gboolean        atlas_study_mode_get_active  (AtlasStudyMode *self);
void            atlas_study_mode_set_active  (AtlasStudyMode *self,
                                              gboolean        active);
const char     *atlas_study_mode_get_view_id (AtlasStudyMode *self);
GActionGroup   *atlas_study_mode_get_actions (AtlasStudyMode *self);

G_END_DECLS
