/* atlas-finder-panel.h: the side panel of the pain finder.
 *
 * Lists the muscles that could explain the regions marked in an AtlasPainMap,
 * best first, each with why; above them, the red flags the marks raise.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"
#include "atlas-pain-map.h"
#include "atlas-plan.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_FINDER_PANEL (atlas_finder_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasFinderPanel, atlas_finder_panel, ATLAS, FINDER_PANEL, GtkWidget)

GtkWidget     *atlas_finder_panel_new             (void);

AtlasDatabase *atlas_finder_panel_get_database    (AtlasFinderPanel *self);
void           atlas_finder_panel_set_database    (AtlasFinderPanel *self,
                                                   AtlasDatabase    *database);
AtlasPainMap  *atlas_finder_panel_get_pain_map    (AtlasFinderPanel *self);
void           atlas_finder_panel_set_pain_map    (AtlasFinderPanel *self,
                                                   AtlasPainMap     *pain_map);

/* The plan that the rows' "Add to Plan" buttons add to, through the window's
 * win.plan-add-candidate action: a button whose site is already in it says so. */
void atlas_finder_panel_set_plan (AtlasFinderPanel *self,
                                  AtlasPlan        *plan);

/* The candidates as listed (AtlasCandidate*, owned by the panel), and the
 * red flags shown (AtlasRedFlag*, borrowed). */
GPtrArray     *atlas_finder_panel_get_candidates  (AtlasFinderPanel *self);
GPtrArray     *atlas_finder_panel_get_red_flags   (AtlasFinderPanel *self);
GtkListBox    *atlas_finder_panel_get_list        (AtlasFinderPanel *self);

/* "Explains 2 of 2: Lower teeth and jaw (essential), Upper teeth (spillover)" */
char          *atlas_finder_panel_format_reasons  (const AtlasCandidate *candidate,
                                                   guint                 n_marked);

G_END_DECLS
