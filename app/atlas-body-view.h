/* atlas-body-view.h: a body diagram whose muscles can be hovered and chosen.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"
#include "atlas-region-layer.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_BODY_VIEW (atlas_body_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasBodyView, atlas_body_view, ATLAS, BODY_VIEW, GtkWidget)

GtkWidget     *atlas_body_view_new                (void);

AtlasDatabase *atlas_body_view_get_database       (AtlasBodyView *self);
void           atlas_body_view_set_database       (AtlasBodyView *self,
                                                   AtlasDatabase *database);
const char    *atlas_body_view_get_view_id        (AtlasBodyView *self);
/* The view of the database that view-id names, or NULL. */
const AtlasView *atlas_body_view_get_view (AtlasBodyView *self);
void           atlas_body_view_set_view_id        (AtlasBodyView *self,
                                                   const char    *view_id);
AtlasMuscle   *atlas_body_view_get_selected_muscle (AtlasBodyView *self);
AtlasSide      atlas_body_view_get_selected_side  (AtlasBodyView *self);
const char    *atlas_body_view_get_hovered_shape  (AtlasBodyView *self);

void           atlas_body_view_select             (AtlasBodyView *self,
                                                   AtlasMuscle   *muscle,
                                                   AtlasSide      side);
void           atlas_body_view_clear_selection    (AtlasBodyView *self);

/* The fit of the diagram into the widget, for callers that point at things. */
void           atlas_body_view_widget_to_document (AtlasBodyView *self,
                                                   double         widget_x,
                                                   double         widget_y,
                                                   double        *doc_x,
                                                   double        *doc_y);
void           atlas_body_view_document_to_widget (AtlasBodyView *self,
                                                   double         doc_x,
                                                   double         doc_y,
                                                   double        *widget_x,
                                                   double        *widget_y);

/* The muscle instance drawn at a widget point, or NULL. */
AtlasMuscle   *atlas_body_view_pick               (AtlasBodyView *self,
                                                   double         widget_x,
                                                   double         widget_y,
                                                   AtlasSide     *side);
char          *atlas_body_view_dup_tooltip_text   (AtlasBodyView *self,
                                                   double         widget_x,
                                                   double         widget_y);
/* What a click does; returns whether a muscle was there. */
gboolean       atlas_body_view_activate_at        (AtlasBodyView *self,
                                                   double         widget_x,
                                                   double         widget_y);

/* The name shown beside the shape the keyboard is on ("Deltoid (left)"), as
 * the tooltip shows it beside the pointer; NULL when the keyboard is elsewhere. */
const char *atlas_body_view_get_focus_name (AtlasBodyView *self);

/* How many times the SVG itself has been rendered: hover and selection must not
 * add to it. */
guint          atlas_body_view_get_render_count   (AtlasBodyView *self);
/* Whether the last frame drew the SVG rendered at its size: FALSE while the
 * size is changing and the last picture is shown scaled. */
gboolean       atlas_body_view_get_picture_exact  (AtlasBodyView *self);

/* The pain finder's region layer, owned by the view: while it is active the
 * pointer marks regions instead of choosing muscles. */
AtlasRegionLayer *atlas_body_view_get_region_layer (AtlasBodyView *self);

/* Shows @muscle's pattern and trigger points on @side as a selection would,
 * without selecting it (a candidate under the pointer); NULL ends it. */
void           atlas_body_view_set_preview        (AtlasBodyView *self,
                                                   AtlasMuscle   *muscle,
                                                   AtlasSide      side);
AtlasMuscle   *atlas_body_view_get_preview_muscle (AtlasBodyView *self,
                                                   AtlasSide     *side);

/* Whether Ctrl + wheel or a pinch zooms about the pointer and, zoomed in,
 * the wheel and a drag with the primary button pan (except in the pain
 * finder, where a drag marks regions). Off by default. */
gboolean atlas_body_view_get_zoomable (AtlasBodyView *self);
void     atlas_body_view_set_zoomable (AtlasBodyView *self,
                                       gboolean       zoomable);

/* Zoom (1 shows the whole diagram) about a widget point or the centre, and
 * pan by widget pixels; the diagram never leaves the widget. */
double         atlas_body_view_get_zoom           (AtlasBodyView *self);
void           atlas_body_view_zoom_at            (AtlasBodyView *self,
                                                   double         factor,
                                                   double         widget_x,
                                                   double         widget_y);
void           atlas_body_view_zoom               (AtlasBodyView *self,
                                                   double         factor);
void           atlas_body_view_pan                (AtlasBodyView *self,
                                                   double         dx,
                                                   double         dy);
void           atlas_body_view_reset_zoom         (AtlasBodyView *self);

G_END_DECLS
