/* fuzz-diagram.c: the SVG diagram reader.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is one diagram. If it reads, every shape is asked what hit
 * testing and drawing ask of it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "atlas-diagram.h"
#include "fuzz-common.h"

static gboolean
accept_all (const char *id,
            gpointer    user_data)
{
  return TRUE;
}

static void
ask (AtlasDiagram *diagram)
{
  double width = atlas_diagram_get_width (diagram);
  double height = atlas_diagram_get_height (diagram);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  if (!(width > 0 && height > 0))
    {
      fprintf (stderr, "fuzz: the diagram reads with a size of %g x %g\n", width, height);
      abort ();
    }

  for (guint i = 0; i < atlas_diagram_get_n_shapes (diagram); i++)
    {
      const char *id = atlas_diagram_get_shape_id (diagram, i);
      cairo_rectangle_t box;

      if (!atlas_diagram_has_shape (diagram, id) || atlas_diagram_get_path (diagram, id) == NULL ||
          !atlas_diagram_get_extents (diagram, id, &box) ||
          !atlas_diagram_append_path (diagram, id, cr))
        {
          fprintf (stderr, "fuzz: shape %u (%s) is listed but cannot be found\n", i, id);
          abort ();
        }
      atlas_diagram_shape_contains (diagram, id, box.x + box.width / 2, box.y + box.height / 2);
      cairo_new_path (cr);
    }
  atlas_diagram_pick (diagram, width / 2, height / 2, accept_all, NULL);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = atlas_diagram_new_from_bytes (bytes, "fuzz.svg", &error);

  if (diagram == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  ask (diagram);
  atlas_diagram_free (diagram);
  return 0;
}
