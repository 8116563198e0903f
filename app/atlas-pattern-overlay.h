/* atlas-pattern-overlay.h: several muscles' patterns at once, over a body view.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PATTERN_OVERLAY (atlas_pattern_overlay_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPatternOverlay, atlas_pattern_overlay, ATLAS, PATTERN_OVERLAY, GtkWidget)

GtkWidget           *atlas_pattern_overlay_new            (void);
/* The view to draw over; the overlay must be given the same allocation (a
 * GtkOverlay child over it). */
AtlasBodyView       *atlas_pattern_overlay_get_body_view  (AtlasPatternOverlay *self);
void                 atlas_pattern_overlay_set_body_view  (AtlasPatternOverlay *self,
                                                           AtlasBodyView       *body_view);
/* The ids of the muscles whose trigger points and referral patterns are
 * drawn, on the right side; NULL or empty draws nothing. */
const char * const  *atlas_pattern_overlay_get_muscles    (AtlasPatternOverlay *self);
void                 atlas_pattern_overlay_set_muscles    (AtlasPatternOverlay *self,
                                                           const char * const  *muscle_ids);
/* A muscle compared with them, drawn over them in the second rendition;
 * NULL for none. */
const char          *atlas_pattern_overlay_get_second_muscle (AtlasPatternOverlay *self);
void                 atlas_pattern_overlay_set_second_muscle (AtlasPatternOverlay *self,
                                                              const char          *muscle_id);

/* The view that shows the most of these muscles' trigger points and referral
 * patterns, essential zones and marks counting double; @current (may be NULL)
 * when it shows as much as any. */
const AtlasView     *atlas_pattern_overlay_choose_view    (AtlasDatabase       *db,
                                                           const char * const  *muscle_ids,
                                                           const AtlasView     *current);

/* Washes the figure of @view (in document units on @cr) toward @widget's
 * background, so that red zones stand out from red muscles. Also used by
 * the study canvas. */
void                 atlas_pattern_overlay_fade_figure    (GtkWidget           *widget,
                                                           cairo_t             *cr,
                                                           const AtlasView     *view);

G_END_DECLS
