/* atlas-viewport.h: which part of a diagram a view shows, and how large.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ATLAS_VIEWPORT_MAX_ZOOM 6.0

/* At zoom 1 the whole diagram fits the widget, centred, inside a margin.
 * Zoomed in, (centre_x, centre_y) is the diagram point at the widget's centre.
 * Plain data: the body view owns one per view it shows. */
typedef struct
{
  double doc_width, doc_height;       /* the diagram, in SVG units */
  double widget_width, widget_height; /* the widget, in logical pixels */
  double margin;                      /* kept free around the fitted diagram */
  double zoom;                        /* 1 to ATLAS_VIEWPORT_MAX_ZOOM */
  double centre_x, centre_y;
} AtlasViewport;

void     atlas_viewport_init     (AtlasViewport *self,
                                  double         doc_width,
                                  double         doc_height,
                                  double         margin);
void     atlas_viewport_resize   (AtlasViewport *self,
                                  double         widget_width,
                                  double         widget_height);
/* The mapping widget = offset + document * scale; FALSE when nothing fits. */
gboolean atlas_viewport_get_transform (const AtlasViewport *self,
                                       double              *scale,
                                       double              *offset_x,
                                       double              *offset_y);
/* Zooms by @factor keeping the diagram point under (widget_x, widget_y) still. */
void     atlas_viewport_zoom_at  (AtlasViewport *self,
                                  double         factor,
                                  double         widget_x,
                                  double         widget_y);
/* Moves the picture by (dx, dy) widget pixels, as a hand dragging it would. */
void     atlas_viewport_pan      (AtlasViewport *self,
                                  double         dx,
                                  double         dy);
void     atlas_viewport_reset    (AtlasViewport *self);

G_END_DECLS
