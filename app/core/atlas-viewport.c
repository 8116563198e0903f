/* atlas-viewport.c: zoom and pan over a diagram, kept within its bounds.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-viewport.h"

static double
fit_scale (const AtlasViewport *self)
{
  if (self->doc_width <= 0 || self->doc_height <= 0 ||
      self->widget_width <= 2 * self->margin || self->widget_height <= 2 * self->margin)
    return 0;

  return MIN ((self->widget_width - 2 * self->margin) / self->doc_width,
              (self->widget_height - 2 * self->margin) / self->doc_height);
}

/* One axis: a diagram narrower than the widget stays centred; a wider one may
 * not leave a gap at either edge beyond the margin. */
static double
clamp_axis (double centre,
            double doc_size,
            double widget_size,
            double margin,
            double scale)
{
  double half = (widget_size / 2 - margin) / scale;

  if (doc_size * scale <= widget_size - 2 * margin)
    return doc_size / 2;
  return CLAMP (centre, half, doc_size - half);
}

static void
clamp (AtlasViewport *self)
{
  double scale;

  self->zoom = CLAMP (self->zoom, 1.0, ATLAS_VIEWPORT_MAX_ZOOM);
  scale = fit_scale (self) * self->zoom;
  if (scale <= 0)
    return;
  self->centre_x = clamp_axis (self->centre_x, self->doc_width, self->widget_width, self->margin,
                               scale);
  self->centre_y = clamp_axis (self->centre_y, self->doc_height, self->widget_height, self->margin,
                               scale);
}

void
atlas_viewport_init (AtlasViewport *self,
                     double         doc_width,
                     double         doc_height,
                     double         margin)
{
  double widget_width = self->widget_width, widget_height = self->widget_height;

  *self = (AtlasViewport) { 0 };
  self->doc_width = doc_width;
  self->doc_height = doc_height;
  self->margin = margin;
  self->widget_width = widget_width;
  self->widget_height = widget_height;
  atlas_viewport_reset (self);
}

void
atlas_viewport_reset (AtlasViewport *self)
{
  self->zoom = 1.0;
  self->centre_x = self->doc_width / 2;
  self->centre_y = self->doc_height / 2;
}

void
atlas_viewport_resize (AtlasViewport *self,
                       double         widget_width,
                       double         widget_height)
{
  self->widget_width = widget_width;
  self->widget_height = widget_height;
  clamp (self);
}

gboolean
atlas_viewport_get_transform (const AtlasViewport *self,
                              double              *scale,
                              double              *offset_x,
                              double              *offset_y)
{
  double s = fit_scale (self) * self->zoom;

  *scale = 1.0;
  *offset_x = *offset_y = 0.0;
  if (s <= 0)
    return FALSE;

  *scale = s;
  /* Whole pixels, so the cached picture is not resampled between frames. */
  *offset_x = floor (self->widget_width / 2 - self->centre_x * s);
  *offset_y = floor (self->widget_height / 2 - self->centre_y * s);
  return TRUE;
}

void
atlas_viewport_zoom_at (AtlasViewport *self,
                        double         factor,
                        double         widget_x,
                        double         widget_y)
{
  double s, ox, oy, doc_x, doc_y, zoom;

  if (!atlas_viewport_get_transform (self, &s, &ox, &oy) || factor <= 0)
    return;

  doc_x = (widget_x - ox) / s;
  doc_y = (widget_y - oy) / s;
  zoom = CLAMP (self->zoom * factor, 1.0, ATLAS_VIEWPORT_MAX_ZOOM);
  s = s / self->zoom * zoom;
  self->zoom = zoom;
  /* The point under the pointer stays there: solve for the new centre. */
  self->centre_x = doc_x - (widget_x - self->widget_width / 2) / s;
  self->centre_y = doc_y - (widget_y - self->widget_height / 2) / s;
  clamp (self);
}

void
atlas_viewport_pan (AtlasViewport *self,
                    double         dx,
                    double         dy)
{
  double s = fit_scale (self) * self->zoom;

  if (s <= 0)
    return;
  self->centre_x -= dx / s;
  self->centre_y -= dy / s;
  clamp (self);
}
