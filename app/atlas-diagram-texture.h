/* atlas-diagram-texture.h: a view's SVG rendered once per size. */
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
/* The last rendering, washed out towards white where the figure is. */
GdkTexture          *atlas_diagram_texture_get_faded        (AtlasDiagramTexture *self);
/* The last rendering as a cairo surface (device pixels), or NULL. */
cairo_surface_t     *atlas_diagram_texture_get_surface      (AtlasDiagramTexture *self);
void                 atlas_diagram_texture_invalidate       (AtlasDiagramTexture *self);
/* How many times the SVG has been rendered: hover must not add to it. */
guint                atlas_diagram_texture_get_render_count (AtlasDiagramTexture *self);

G_END_DECLS
