/* atlas-plan-mode.h: the session plan beside the diagram.
 *
 * What the rest of the window asks of the plan panel (add a site, add the pain
 * finder's best candidates, print, screen), the plan's marks on the diagram,
 * and the list of its muscles for the patient's screen. The panel's own
 * commands stay under its "plan." actions.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-finder-mode.h"
#include "atlas-plan-overlay.h"
#include "atlas-plan-panel.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLAN_MODE (atlas_plan_mode_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlanMode, atlas_plan_mode, ATLAS, PLAN_MODE, GObject)

/* Properties:
 *   panel      AtlasPlanPanel, which holds the plan
 *   overlay    AtlasPlanOverlay, the sites' marks over...
 *   body-view  AtlasBodyView, ...this diagram
 *   finder     AtlasFinderMode: its marks are the plan's painful regions, and
 *              its panel says which candidates are in the plan
 *   muscles    GStrv (read-only): the plan's muscle ids, each once, in the
 *              order of the sites; NULL when it has none
 * Signals:
 *   show-panel: a command wants the plan in sight; the owner shows the panel.
 * Actions, in atlas_plan_mode_get_actions(): "plan" (show it), "plan-add"
 * ("MUSCLE/POINT/SIDE"), "plan-add-candidate" (the same from a row of the pain
 * finder, which stays open), "plan-from-finder", "plan-screening" (a screening
 * item's id) and "print" (the patient handout). */

AtlasPlanMode      *atlas_plan_mode_new         (void);

const char *const *atlas_plan_mode_get_muscles (AtlasPlanMode *self);
GActionGroup       *atlas_plan_mode_get_actions (AtlasPlanMode *self);

G_END_DECLS
