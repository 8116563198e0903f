/* atlas-diagram.h: one SVG body diagram, read for its shapes.
 *
 * The diagram keeps the SVG bytes (for whoever renders it) and, for every <path>
 * with an id, the outline as a cairo path so that hit testing follows the real
 * shape. It knows nothing about muscles: callers ask about element ids.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "atlas-forward.h"

G_BEGIN_DECLS

#define ATLAS_DIAGRAM_ERROR (atlas_diagram_error_quark ())

/* The largest width or height a viewBox may give, in document units: the window
 * turns the size into pixels, and the bundled diagrams are under 1500. */
#define ATLAS_DIAGRAM_MAX_SIZE 100000

typedef enum {
  ATLAS_DIAGRAM_ERROR_PARSE,
  ATLAS_DIAGRAM_ERROR_PATH,
  ATLAS_DIAGRAM_ERROR_TRANSFORM,
  ATLAS_DIAGRAM_ERROR_VIEWBOX,
} AtlasDiagramError;

GQuark        atlas_diagram_error_quark (void);

AtlasDiagram *atlas_diagram_new_from_bytes (GBytes      *svg,
                                            const char  *display_name,
                                            GError     **error);
void          atlas_diagram_free           (AtlasDiagram *self);

GBytes       *atlas_diagram_get_bytes      (AtlasDiagram *self);
double        atlas_diagram_get_width      (AtlasDiagram *self);
double        atlas_diagram_get_height     (AtlasDiagram *self);

gboolean      atlas_diagram_has_shape      (AtlasDiagram *self,
                                            const char   *id);
/* The ids of every path with one, in document (drawing) order. */
guint         atlas_diagram_get_n_shapes   (AtlasDiagram *self);
const char   *atlas_diagram_get_shape_id   (AtlasDiagram *self,
                                            guint         index);
/* The outline in document units, or NULL. Owned by the diagram. */
const cairo_path_t *atlas_diagram_get_path (AtlasDiagram *self,
                                            const char   *id);
gboolean      atlas_diagram_get_extents    (AtlasDiagram          *self,
                                            const char            *id,
                                            cairo_rectangle_t     *extents);
gboolean      atlas_diagram_shape_contains (AtlasDiagram *self,
                                            const char   *id,
                                            double        x,
                                            double        y);
/* Whether (x, y), in document units, lies inside one of the body's outlines. */
gboolean      atlas_diagram_in_skin        (AtlasDiagram *self,
                                            double        x,
                                            double        y);

typedef gboolean (*AtlasShapeFilter) (const char *id,
                                      gpointer    user_data);

/* The id of the topmost shape accepted by @filter under (x, y), in document
 * units, or NULL. Later shapes in the document are drawn on top. */
const char   *atlas_diagram_pick           (AtlasDiagram     *self,
                                            double            x,
                                            double            y,
                                            AtlasShapeFilter  filter,
                                            gpointer          user_data);

/* Appends the outline of @id to @cr's current path. */
gboolean      atlas_diagram_append_path    (AtlasDiagram *self,
                                            const char   *id,
                                            cairo_t      *cr);

/* Appends the @index-th outline of the body's skin (a view may draw several
 * figures, each its own outline); FALSE past the last. */
gboolean      atlas_diagram_append_skin    (AtlasDiagram *self,
                                            guint         index,
                                            cairo_t      *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasDiagram, atlas_diagram_free)

G_END_DECLS
