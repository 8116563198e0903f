/* atlas-diagram-texture.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full render of a detailed body diagram at 4K costs tens of milliseconds,
 * so it happens once per view and size; hover and selection draw on top.
 */

#include "config.h"

#include <librsvg/rsvg.h>

#include "atlas-diagram.h"
#include "atlas-diagram-texture.h"

struct _AtlasDiagramTexture {
  GObject parent_instance;

  const AtlasView *handle_view;
  RsvgHandle *handle;

  const AtlasView *view;
  int width;
  int height;
  /* Zoomed in, only part of the picture is rendered: this part. */
  cairo_rectangle_int_t area;
  cairo_surface_t *surface;
  GdkTexture *texture;
  /* The same picture washed out, behind a selected muscle and its pattern. */
  GdkTexture *faded;
  guint render_count;
};

G_DEFINE_FINAL_TYPE (AtlasDiagramTexture, atlas_diagram_texture, G_TYPE_OBJECT)

static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  g_autoptr (GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  /* The bytes keep the surface alive: no copy of a 4K image per render. */
  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static RsvgHandle *
ensure_handle (AtlasDiagramTexture *self,
               const AtlasView     *view)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes;
  const guint8 *data;
  gsize size;

  if (self->handle != NULL && self->handle_view == view)
    return self->handle;

  g_clear_object (&self->handle);
  self->handle_view = view;
  bytes = atlas_diagram_get_bytes (view->diagram);
  data = g_bytes_get_data (bytes, &size);
  self->handle = rsvg_handle_new_from_data (data, size, &error);
  if (self->handle == NULL)
    g_warning ("Cannot read the diagram of view %s: %s", view->id, error->message);

  return self->handle;
}

void
atlas_diagram_texture_invalidate (AtlasDiagramTexture *self)
{
  g_return_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self));

  g_clear_object (&self->texture);
  g_clear_object (&self->faded);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  self->view = NULL;
  /* The handle may belong to a database that is going away. */
  g_clear_object (&self->handle);
  self->handle_view = NULL;
}

GdkTexture *
atlas_diagram_texture_get (AtlasDiagramTexture *self,
                           const AtlasView     *view,
                           int                  width,
                           int                  height)
{
  cairo_rectangle_int_t all = { 0, 0, width, height };

  return atlas_diagram_texture_get_area (self, view, width, height, &all, NULL);
}

static gboolean
contains (const cairo_rectangle_int_t *outer,
          const cairo_rectangle_int_t *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* Half a screen more on every side, so panning a little renders nothing. */
static cairo_rectangle_int_t
with_margin (const cairo_rectangle_int_t *area,
             int                          width,
             int                          height)
{
  int x0 = MAX (0, area->x - area->width / 2);
  int y0 = MAX (0, area->y - area->height / 2);
  int x1 = MIN (width, area->x + area->width + area->width / 2);
  int y1 = MIN (height, area->y + area->height + area->height / 2);

  return (cairo_rectangle_int_t) { x0, y0, x1 - x0, y1 - y0 };
}

GdkTexture *
atlas_diagram_texture_get_area (AtlasDiagramTexture         *self,
                                const AtlasView             *view,
                                int                          width,
                                int                          height,
                                const cairo_rectangle_int_t *area,
                                cairo_rectangle_int_t       *rendered)
{
  g_autoptr (GError) error = NULL;
  RsvgRectangle viewport;
  cairo_rectangle_int_t part;
  RsvgHandle *handle;
  cairo_t *cr;

  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), NULL);

  if (self->texture != NULL && self->view == view && self->width == width && self->height == height
      && contains (&self->area, area))
    {
      if (rendered != NULL)
        *rendered = self->area;
      return self->texture;
    }

  g_clear_object (&self->texture);
  g_clear_object (&self->faded);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  self->view = NULL;

  if (view == NULL || width <= 0 || height <= 0 || area->width <= 0 || area->height <= 0
      || (handle = ensure_handle (self, view)) == NULL)
    return NULL;

  part = with_margin (area, width, height);
  viewport = (RsvgRectangle) { -part.x, -part.y, width, height };
  self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, part.width, part.height);
  cr = cairo_create (self->surface);
  if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
    g_warning ("Cannot render view %s: %s", view->id, error->message);
  cairo_destroy (cr);
  self->render_count++;

  self->texture = texture_for_surface (self->surface);
  self->view = view;
  self->width = width;
  self->height = height;
  self->area = part;
  if (rendered != NULL)
    *rendered = part;
  return self->texture;
}

/* The selected muscle keeps its full colour on the washed-out figure: the
 * picture is painted again inside the muscle's outline. */
void
atlas_diagram_texture_paint_shape (AtlasDiagramTexture *self,
                                   const AtlasView     *view,
                                   cairo_t             *cr,
                                   const char          *shape)
{
  double pixels_per_unit;

  g_return_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self));

  if (self->surface == NULL || self->view != view)
    return;

  pixels_per_unit = self->width / atlas_diagram_get_width (view->diagram);
  cairo_save (cr);
  cairo_new_path (cr);
  if (atlas_diagram_append_path (view->diagram, shape, cr))
    {
      cairo_clip (cr);
      cairo_scale (cr, 1.0 / pixels_per_unit, 1.0 / pixels_per_unit);
      cairo_set_source_surface (cr, self->surface, self->area.x, self->area.y);
      cairo_paint (cr);
    }
  cairo_restore (cr);
}

/* Derived from the rendered picture, not from the SVG: selecting stays cheap. */
GdkTexture *
atlas_diagram_texture_get_faded (AtlasDiagramTexture *self)
{
  cairo_surface_t *faded;
  cairo_t *cr;

  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), NULL);

  if (self->faded != NULL || self->surface == NULL)
    return self->faded;

  faded = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                      cairo_image_surface_get_width (self->surface),
                                      cairo_image_surface_get_height (self->surface));
  cr = cairo_create (faded);
  cairo_set_source_surface (cr, self->surface, 0, 0);
  cairo_paint (cr);
  /* Only where the figure is, so the theme's background stays as it was. */
  cairo_set_operator (cr, CAIRO_OPERATOR_ATOP);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.5);
  cairo_paint (cr);
  cairo_destroy (cr);

  self->faded = texture_for_surface (faded);
  cairo_surface_destroy (faded);
  return self->faded;
}

guint
atlas_diagram_texture_get_render_count (AtlasDiagramTexture *self)
{
  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), 0);
  return self->render_count;
}

static void
atlas_diagram_texture_dispose (GObject *object)
{
  atlas_diagram_texture_invalidate (ATLAS_DIAGRAM_TEXTURE (object));

  G_OBJECT_CLASS (atlas_diagram_texture_parent_class)->dispose (object);
}

static void
atlas_diagram_texture_class_init (AtlasDiagramTextureClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = atlas_diagram_texture_dispose;
}

static void
atlas_diagram_texture_init (AtlasDiagramTexture *self)
{
}

AtlasDiagramTexture *
atlas_diagram_texture_new (void)
{
  return g_object_new (ATLAS_TYPE_DIAGRAM_TEXTURE, NULL);
}
