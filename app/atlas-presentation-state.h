/* atlas-presentation-state.h: what the patient's screen shows, in one object.
 *
 * The main window writes its diagram's state here (through bindings set up by
 * atlas_presentation_state_follow()); the presentation window reads it through
 * bindings of its own. Neither window knows the other.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-pain-map.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PRESENTATION_STATE (atlas_presentation_state_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPresentationState, atlas_presentation_state,
                      ATLAS, PRESENTATION_STATE, GObject)

/* Properties, all read-write and notified only on change:
 *   database         AtlasDatabase
 *   view-id          the view shown ("posterior")
 *   selected-muscle  AtlasMuscle, with selected-side (AtlasSide as int)
 *   preview-muscle   a pain-finder candidate under the pointer, with preview-side
 *   zoom, centre-x, centre-y   the clinician's zoom and the diagram point at
 *                    the centre of the view
 *   pain-map         AtlasPainMap, the pain finder's marks
 *   show-marks       whether the marks are shown (the finder is open)
 *   pattern-muscles  GStrv of muscle ids: a condition's "show all patterns"
 *   plan-muscles     GStrv of muscle ids: a treatment plan's sites, drawn as
 *                    "show all patterns" draws them (a plan mode binds this)
 *   blanked          the patient's screen is dark
 */
AtlasPresentationState *atlas_presentation_state_new      (AtlasDatabase          *database);

AtlasDatabase   *atlas_presentation_state_get_database    (AtlasPresentationState *self);
gboolean         atlas_presentation_state_get_blanked     (AtlasPresentationState *self);
void             atlas_presentation_state_set_blanked     (AtlasPresentationState *self,
                                                           gboolean                blanked);
const char      *atlas_presentation_state_get_view_id     (AtlasPresentationState *self);
AtlasMuscle     *atlas_presentation_state_get_muscle      (AtlasPresentationState *self,
                                                           AtlasSide              *side);
AtlasMuscle     *atlas_presentation_state_get_preview     (AtlasPresentationState *self,
                                                           AtlasSide              *side);
AtlasPainMap    *atlas_presentation_state_get_pain_map    (AtlasPresentationState *self);
gboolean         atlas_presentation_state_get_show_marks  (AtlasPresentationState *self);
/* The muscles whose patterns are drawn together: the plan's if it has any,
 * else the condition's; NULL when none. */
const char * const *atlas_presentation_state_get_shown_muscles (AtlasPresentationState *self);

/* Copies @body_view's view, selection, preview and zoom into @self from now
 * on, for as long as both live. */
void             atlas_presentation_state_follow          (AtlasPresentationState *self,
                                                           AtlasBodyView          *body_view);
/* Shows the same selection, preview and marks on @body_view (a diagram of
 * the patient's screen) from now on, and the same zoom when @with_zoom; the
 * caller sets the view (a pair shows two). */
void             atlas_presentation_state_drive           (AtlasPresentationState *self,
                                                           AtlasBodyView          *body_view,
                                                           gboolean                with_zoom);

G_END_DECLS
