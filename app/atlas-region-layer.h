/* atlas-region-layer.h: the pain finder's layer of an AtlasBodyView.
 *
 * While active, the body view's pointer marks body regions instead of
 * choosing muscles: a click toggles the region under it, a drag paints every
 * region it crosses (to the state of the first), and the region under the
 * pointer is outlined. The marks live in an AtlasPainMap, which outlives views
 * and windows' changes of view.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"
#include "atlas-pain-map.h"

G_BEGIN_DECLS

/* What the layer needs of the widget that owns it (the body view), given by
 * that widget: the layer knows nothing else of it, nor of its buttons. */
typedef struct
{
  /* The database and the view shown, or NULL. */
  AtlasDatabase *(*get_database) (GtkWidget *widget);
  const AtlasView *(*get_view) (GtkWidget *widget);
  void (*widget_to_document) (GtkWidget *widget,
                              double     widget_x,
                              double     widget_y,
                              double    *doc_x,
                              double    *doc_y);
  /* The region shape that has visible keyboard focus, or NULL. */
  const char *(*get_focused_region) (GtkWidget *widget);
} AtlasRegionHost;

#define ATLAS_TYPE_REGION_LAYER (atlas_region_layer_get_type ())

G_DECLARE_FINAL_TYPE (AtlasRegionLayer, atlas_region_layer, ATLAS, REGION_LAYER, GObject)

/* For @widget, which owns the layer and gives it the pointer's events; @host
 * must outlive it. */
AtlasRegionLayer *atlas_region_layer_new (GtkWidget             *widget,
                                          const AtlasRegionHost *host);

gboolean           atlas_region_layer_get_active        (AtlasRegionLayer *self);
void               atlas_region_layer_set_active        (AtlasRegionLayer *self,
                                                         gboolean          active);
AtlasPainMap      *atlas_region_layer_get_pain_map      (AtlasRegionLayer *self);
void               atlas_region_layer_set_pain_map      (AtlasRegionLayer *self,
                                                         AtlasPainMap     *pain_map);
/* The pointer is at a widget point, or has left. */
void               atlas_region_layer_hover (AtlasRegionLayer *self,
                                             double            widget_x,
                                             double            widget_y);
void               atlas_region_layer_leave (AtlasRegionLayer *self);
/* A drag of the primary button: begins a stroke at a widget point (FALSE if
 * the layer is inactive or has no map: the drag is not its), goes on to
 * other points, and ends as one undo step. */
gboolean           atlas_region_layer_stroke_begin (AtlasRegionLayer *self,
                                                    double            widget_x,
                                                    double            widget_y);
void               atlas_region_layer_stroke_to (AtlasRegionLayer *self,
                                                 double            widget_x,
                                                 double            widget_y);
void               atlas_region_layer_stroke_end (AtlasRegionLayer *self);
/* The region shape under the pointer, or NULL. */
const char        *atlas_region_layer_get_hovered_shape (AtlasRegionLayer *self);

/* The region drawn at a widget point in the current view, or NULL. */
const AtlasRegion *atlas_region_layer_pick              (AtlasRegionLayer *self,
                                                         double            widget_x,
                                                         double            widget_y,
                                                         AtlasSide        *side);
/* What a click does in the finder: toggles the region there (one undo step)
 * while the layer is active. Returns whether it did. */
gboolean           atlas_region_layer_activate_at       (AtlasRegionLayer *self,
                                                         double            widget_x,
                                                         double            widget_y);
/* What a region button does: toggles the region of @shape_id (one undo step)
 * while the layer is active. Returns whether it did. */
gboolean           atlas_region_layer_toggle_shape      (AtlasRegionLayer *self,
                                                         const char       *shape_id);
/* Whether the region instance of @shape_id is marked; "marks-changed" is
 * emitted when the answer may have changed (the map changed or was replaced). */
gboolean           atlas_region_layer_is_shape_marked (AtlasRegionLayer *self,
                                                       const char       *shape_id);
/* "Temple (left)" */
char              *atlas_region_layer_dup_tooltip_text  (AtlasRegionLayer *self,
                                                         double            widget_x,
                                                         double            widget_y);
/* The marked regions (outlined only when @outline_only, so that a previewed
 * pattern shows under them) and the hovered or keyboard-focused one, in
 * document units. */
void               atlas_region_layer_draw              (AtlasRegionLayer *self,
                                                         cairo_t          *cr,
                                                         const AtlasView  *view,
                                                         double            pixel,
                                                         gboolean          outline_only);

G_END_DECLS
