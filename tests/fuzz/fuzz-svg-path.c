/* fuzz-svg-path.c: the SVG path data parser.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the value of one d attribute. GMarkup hands over only valid
 * UTF-8 without NUL, so other inputs are skipped.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "atlas-svg-path.h"
#include "fuzz-common.h"

static cairo_surface_t *surface;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  cairo_t *cr;

  if (!g_utf8_validate_len ((const char *) data, size, NULL))
    return 0;
  text = g_strndup ((const char *) data, size);
  if (surface == NULL)
    surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);

  if (!atlas_svg_path_append (cr, text, &message))
    {
      if (message == NULL || !g_utf8_validate (message, -1, NULL))
        {
          fprintf (stderr, "fuzz: a path error without a valid UTF-8 message: %s\n",
                   message ? message : "(none)");
          abort ();
        }
    }
  else
    {
      double x1, y1, x2, y2;

      cairo_path_extents (cr, &x1, &y1, &x2, &y2);
      cairo_in_fill (cr, (x1 + x2) / 2, (y1 + y2) / 2);
    }
  cairo_destroy (cr);
  return 0;
}
