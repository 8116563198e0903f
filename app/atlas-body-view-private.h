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
};

/* Adds the view's controllers; called once from its init. */
void        _atlas_body_view_init_input (AtlasBodyView *self);
/* The muscle shape drawn at a widget point, or NULL. */
const char *_atlas_body_view_pick_shape (AtlasBodyView *self,
                                         double         widget_x,
                                         double         widget_y);
void        _atlas_body_view_set_hovered_shape (AtlasBodyView *self,
                                                const char    *shape);

G_END_DECLS
