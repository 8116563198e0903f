/* atlas-finder-mode.h: the pain finder, the diagram marking where it hurts.
 *
 * While active, the body view's region layer marks regions on the mode's pain
 * map and the finder panel ranks the muscles that could explain them; a
 * candidate under the pointer is previewed on the diagram. The marks outlive
 * the mode, so that leaving it to read a card and coming back keeps them.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-finder-panel.h"
#include "atlas-pain-map.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_FINDER_MODE (atlas_finder_mode_get_type ())

G_DECLARE_FINAL_TYPE (AtlasFinderMode, atlas_finder_mode, ATLAS, FINDER_MODE, GObject)

/* Properties:
 *   body-view  AtlasBodyView, the diagram that marks and previews
 *   panel      AtlasFinderPanel, the ranked candidates
 *   active     whether the finder is open (notified on change)
 *   pain-map   AtlasPainMap, the marks (read-only, the mode's own)
 * Signals:
 *   candidate-activated (AtlasMuscle *muscle, int side): a candidate was
 *     chosen; the finder has closed, and the owner shows its card.
 *   marks-cleared: more than one mark went at once, not by an undo (a Clear
 *     All); the owner may offer the "undo" action.
 * Actions, in atlas_finder_mode_get_actions(): "finder" (stateful, opens and
 * closes it), "leave-finder" and "undo" (enabled only while it is open, so
 * that their keys go on to the widgets below). */

AtlasFinderMode *atlas_finder_mode_new         (void);

gboolean         atlas_finder_mode_get_active  (AtlasFinderMode *self);
void             atlas_finder_mode_set_active  (AtlasFinderMode *self,
                                                gboolean         active);
AtlasPainMap    *atlas_finder_mode_get_pain_map (AtlasFinderMode *self);
AtlasFinderPanel *atlas_finder_mode_get_panel  (AtlasFinderMode *self);
GActionGroup    *atlas_finder_mode_get_actions (AtlasFinderMode *self);

G_END_DECLS
