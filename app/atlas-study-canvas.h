/* atlas-study-canvas.h: a study question drawn over the body view.
 *
 * Lies over an AtlasBodyView (a GtkOverlay child with its allocation) and
 * takes its pointer: the muscles' names and tooltips stay hidden, and clicks
 * answer the question instead of choosing a muscle. The body view knows
 * nothing of it. Arrow keys move a cursor and Space clicks there, so the
 * diagram questions can be answered from the keyboard too.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-study.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_STUDY_CANVAS (atlas_study_canvas_get_type ())

G_DECLARE_FINAL_TYPE (AtlasStudyCanvas, atlas_study_canvas, ATLAS, STUDY_CANVAS, GtkWidget)

AtlasBodyView      *atlas_study_canvas_get_body_view (AtlasStudyCanvas   *self);
void                atlas_study_canvas_set_body_view (AtlasStudyCanvas   *self,
                                                      AtlasBodyView      *body_view);
/* Borrowed: the caller keeps @question alive while it is shown. Clears the
 * marks, the click and the feedback. */
void                atlas_study_canvas_set_question  (AtlasStudyCanvas   *self,
                                                      AtlasStudyQuestion *question);
/* Feedback: the right answer drawn over what was given. */
void                atlas_study_canvas_set_revealed  (AtlasStudyCanvas   *self,
                                                      gboolean            revealed);

/* The regions marked (AtlasStudyArea) and the point clicked, in view units. */
GArray             *atlas_study_canvas_get_marked    (AtlasStudyCanvas   *self);
gboolean            atlas_study_canvas_get_point     (AtlasStudyCanvas   *self,
                                                      double             *x,
                                                      double             *y);

/* What a click at a widget point does; returns whether it did anything. */
gboolean            atlas_study_canvas_click         (AtlasStudyCanvas   *self,
                                                      double              widget_x,
                                                      double              widget_y);

G_END_DECLS
