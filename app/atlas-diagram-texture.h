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

AtlasDiagramTexture *atlas_diagram_texture_new              (void);
/* @view's diagram at @width x @height device pixels. Rendered only when the
 * view or the size differs from the last call. */
GdkTexture          *atlas_diagram_texture_get              (AtlasDiagramTexture *self,
                                                             const AtlasView     *view,
                                                             int                  width,
                                                             int                  height);
/* The same, of which only @area (device pixels of the whole @width x
 * @height picture) is needed; *@rendered gets the part actually held, which
 * contains @area and is where the texture goes. */
GdkTexture          *atlas_diagram_texture_get_area         (AtlasDiagramTexture         *self,
                                                             const AtlasView             *view,
                                                             int                          width,
                                                             int                          height,
                                                             const cairo_rectangle_int_t *area,
                                                             cairo_rectangle_int_t       *rendered);
/* The last rendering, washed out towards white where the figure is. */
GdkTexture          *atlas_diagram_texture_get_faded        (AtlasDiagramTexture *self);
/* Paints the last rendering inside @shape; @cr is in document units. */
void                 atlas_diagram_texture_paint_shape      (AtlasDiagramTexture *self,
                                                             const AtlasView     *view,
                                                             cairo_t             *cr,
                                                             const char          *shape);
void                 atlas_diagram_texture_invalidate       (AtlasDiagramTexture *self);
/* How many times the SVG has been rendered: hover must not add to it. */
guint                atlas_diagram_texture_get_render_count (AtlasDiagramTexture *self);

G_END_DECLS
