/* atlas-window.h: the main window, a diagram beside the card of its muscle.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-condition-panel.h"
#include "atlas-database.h"
#include "atlas-finder-panel.h"
#include "atlas-muscle-panel.h"
#include "atlas-pattern-overlay.h"
#include "atlas-presentation-state.h"
#include "atlas-body-companion.h"
#include "atlas-plan-panel.h"
#include "atlas-search-popover.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, GtkApplicationWindow)

AtlasWindow      *atlas_window_new              (GtkApplication *application,
                                                 AtlasDatabase  *database);
AtlasDatabase    *atlas_window_get_database     (AtlasWindow    *self);
/* Shows @muscle on @side, switching to a view that draws it. */
void              atlas_window_show_muscle      (AtlasWindow    *self,
                                                 AtlasMuscle    *muscle,
                                                 AtlasSide       side);

AtlasBodyView    *atlas_window_get_body_view    (AtlasWindow    *self);
AtlasMusclePanel *atlas_window_get_muscle_panel (AtlasWindow    *self);
GtkEditable      *atlas_window_get_search_entry (AtlasWindow    *self);
GtkWidget        *atlas_window_get_pattern_button (AtlasWindow  *self);
AtlasSearchPopover  *atlas_window_get_search_popover  (AtlasWindow *self);
AtlasConditionPanel *atlas_window_get_condition_panel (AtlasWindow *self);
AtlasPatternOverlay *atlas_window_get_pattern_overlay (AtlasWindow *self);
/* What the patient's screen ("win.present") shows; the companion is the other
 * side of the body beside the diagram ("win.side-by-side"). */
AtlasPresentationState *atlas_window_get_presentation_state (AtlasWindow *self);
AtlasBodyCompanion  *atlas_window_get_companion       (AtlasWindow *self);
/* Study mode's panel (atlas-study-panel.h). */
struct _AtlasStudyPanel *atlas_window_get_study_panel (AtlasWindow *self);

/* The pain finder ("win.finder"): the body view marks regions, and the side
 * panel ranks the muscles that could explain them. */
gboolean          atlas_window_get_finder_mode  (AtlasWindow    *self);
void              atlas_window_set_finder_mode  (AtlasWindow    *self,
                                                 gboolean        finder_mode);
AtlasFinderPanel *atlas_window_get_finder_panel (AtlasWindow    *self);
AtlasPainMap     *atlas_window_get_pain_map     (AtlasWindow    *self);

/* The session plan ("win.plan", "win.plan-add" with "MUSCLE/POINT/SIDE"). */
AtlasPlanPanel   *atlas_window_get_plan_panel   (AtlasWindow    *self);

G_END_DECLS
