/* atlas-diagram-texture.h: a view's SVG rendered once per size.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DIAGRAM_TEXTURE (atlas_diagram_texture_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDiagramTexture, atlas_diagram_texture, ATLAS, DIAGRAM_TEXTURE, GObject)

/* How long a size must stay unchanged before the picture is rendered at it;
 * until then the last picture is drawn scaled. */
#define ATLAS_DIAGRAM_SETTLE_MS 120

AtlasDiagramTexture *atlas_diagram_texture_new              (void);

/* Starts rendering the whole of @view at @scale widget units per document
 * unit in a worker thread, so that the first snapshot at that size finds it
 * done; at another size, the parsed SVG is still ready. */
void                 atlas_diagram_texture_prefetch         (AtlasDiagramTexture *self,
                                                             const AtlasView     *view,
                                                             int                  scale_factor,
                                                             double               scale);

/* Appends @view's picture as a widget of @widget_width x @widget_height
 * shows it: a document point (dx, dy) at widget point (@x + dx * @scale,
 * @y + dy * @scale), @scale_factor device pixels per widget unit; washed out
 * towards white when @faded. Zoomed in, only what the widget shows (and a
 * margin) is rendered. While the size keeps changing (a sliding bar, an
 * animated resize, a zoom) the last picture of the same view is drawn scaled,
 * and the exact one is rendered in the background once the size has settled:
 * "changed" is emitted when it is ready. Returns whether anything was
 * appended. */
gboolean             atlas_diagram_texture_snapshot         (AtlasDiagramTexture *self,
                                                             GtkSnapshot         *snapshot,
                                                             const AtlasView     *view,
                                                             int                  widget_width,
                                                             int                  widget_height,
                                                             int                  scale_factor,
                                                             double               scale,
                                                             double               x,
                                                             double               y,
                                                             gboolean             faded);
/* Whether the last snapshot drew the picture at its own size (not scaled). */
gboolean             atlas_diagram_texture_is_exact         (AtlasDiagramTexture *self);
/* Paints the last rendering inside @shape; @cr is in document units. */
void                 atlas_diagram_texture_paint_shape      (AtlasDiagramTexture *self,
                                                             const AtlasView     *view,
                                                             cairo_t             *cr,
                                                             const char          *shape);
/* Identifies the picture that paint_shape() paints, for callers that cache
 * what they drew with it. */
guint                atlas_diagram_texture_get_serial       (AtlasDiagramTexture *self);
/* Drops the picture and the parsed SVG: the view is gone or hidden. */
void                 atlas_diagram_texture_invalidate       (AtlasDiagramTexture *self);
/* How many times the SVG has been rendered: hover must not add to it. */
guint                atlas_diagram_texture_get_render_count (AtlasDiagramTexture *self);

G_END_DECLS
