/* atlas-study-panel.h: Study mode's side panel.
 *
 * Chooses a deck, asks the due cards one at a time on an AtlasStudyCanvas
 * over the window's body view, shows the feedback, and keeps the progress
 * in the user's data folder. 1-4 answer, Enter checks and goes on.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-study-canvas.h"
#include "atlas-study-progress.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STUDY_PANEL (atlas_study_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStudyPanel, atlas_study_panel, ATLAS, STUDY_PANEL, GtkWidget)

void                atlas_study_panel_set_database  (AtlasStudyPanel *self,
                                                     AtlasDatabase   *database);
/* While active the panel asks questions and its canvas takes the diagram's
 * pointer; the progress file is read the first time. */
gboolean            atlas_study_panel_get_active    (AtlasStudyPanel *self);
void                atlas_study_panel_set_active    (AtlasStudyPanel *self,
                                                     gboolean         active);
/* The view the current question is drawn on, for the window to show. */
const char         *atlas_study_panel_get_view_id   (AtlasStudyPanel *self);
AtlasStudyQuestion *atlas_study_panel_get_question  (AtlasStudyPanel *self);
gboolean            atlas_study_panel_get_revealed  (AtlasStudyPanel *self);
const char         *atlas_study_panel_get_feedback  (AtlasStudyPanel *self);
AtlasStudyProgress *atlas_study_panel_get_progress  (AtlasStudyPanel *self);
/* What went wrong with the progress file, or NULL. */
const char         *atlas_study_panel_get_problem   (AtlasStudyPanel *self);
AtlasStudyCanvas   *atlas_study_panel_get_canvas    (AtlasStudyPanel *self);

G_END_DECLS
