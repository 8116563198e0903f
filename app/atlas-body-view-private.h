/* atlas-body-view-private.h: what the body view's files share.
 *
 * The view is split in two: atlas-body-view.c draws and keeps the state,
 * atlas-body-view-input.c owns every controller (pointer, wheel, pinch and
 * keyboard) and decides in one place whether the muscles, the pain finder's
 * regions or the zoom take an event. Nothing else includes this header.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-body-painter.h"
#include "atlas-body-view.h"
#include "atlas-diagram-texture.h"
#include "atlas-viewport.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_BODY_DRAG_NONE,
  ATLAS_BODY_DRAG_STROKE, /* the finder paints regions */
  ATLAS_BODY_DRAG_PAN,    /* zoomed in, the figure moves */
} AtlasBodyDrag;

struct _AtlasBodyView {
  GtkWidget parent_instance;

  AtlasDatabase    *database;
  char             *view_id;
  AtlasMuscle      *selected_muscle;
  AtlasSide         selected_side;
  char             *hovered_shape;
  /* A candidate of the pain finder, shown as the selection would be. */
  AtlasMuscle      *preview_muscle;
  AtlasSide         preview_side;
  AtlasRegionLayer *regions;

  /* The SVG rendered at one size; hover and selection only draw on top of it. */
  AtlasDiagramTexture *picture;
  /* Zoom and pan; reset when the view changes. */
  AtlasViewport        viewport;
  /* The selection, its pattern and marks, kept while they stay the same. */
  AtlasBodyOverlay     overlay;

  /* Whether the wheel, a pinch and a drag zoom and pan. */
  gboolean      zoomable;
  /* Where the pointer is (the wheel does not say), and how far the pinch or
   * drag in progress has already been applied. */
  double        pointer_x, pointer_y;
  double        pinch_scale;
  double        drag_x, drag_y;
  AtlasBodyDrag drag;
  /* The shape the keyboard was last on: Tab comes back to it. */
  char         *focus_shape;
};

/* The layer's window on the view. */
extern const AtlasRegionHost _atlas_body_view_region_host;

/* Adds the view's controllers; called once from its init. */
void        _atlas_body_view_init_input (AtlasBodyView *self);
/* The muscle shape drawn at a widget point, or NULL. */
const char *_atlas_body_view_pick_shape (AtlasBodyView *self,
                                         double         widget_x,
                                         double         widget_y);
void        _atlas_body_view_set_hovered_shape (AtlasBodyView *self,
                                                const char    *shape);

/* The fit of the diagram (widget = offset + document * scale); FALSE when
 * there is nothing to fit. */
gboolean _atlas_body_view_compute_fit (AtlasBodyView *self,
                                       double        *scale,
                                       double        *offset_x,
                                       double        *offset_y);
/* After any change of zoom or pan. */
void     _atlas_body_view_viewport_changed (AtlasBodyView *self);
/* The diagram is one stop of Tab; arrows move among its shapes. */
gboolean _atlas_body_view_focus (GtkWidget       *widget,
                                 GtkDirectionType direction);
/* The name of the shape the keyboard is on, beside it, as hover's tooltip. */
void     _atlas_body_view_append_focus_name (AtlasBodyView   *self,
                                             GtkSnapshot     *snapshot,
                                             const AtlasView *view,
                                             double           scale,
                                             double           offset_x,
                                             double           offset_y);

G_END_DECLS
