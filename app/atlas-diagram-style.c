/* atlas-diagram-style.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body diagrams are drawn for a white page: on a dark window their skin
 * and bones glare, and their grey labels fade into the background. Rather
 * than a second set of diagrams, each style recolours the classes the
 * generators use (skin, bone, tendon, muscle, fibre, landmark, feature), the
 * few unclassed shapes by their fill, and the close-up panels' labels, through
 * librsvg's user stylesheet. A user stylesheet loses to the document's own
 * rules unless !important, hence every declaration is.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "atlas-diagram-style.h"

/* Skin a muted mid-dark brown, so that the red of the pain zones and the blue
 * of the selection stand out on it as on the light skin; outlines lighter than
 * the fills, as the dark theme's borders are. Labels light enough to stay
 * above 4.5:1 on the dark view (#1e1e1e) under the wash of a selection
 * (tests/test-diagram-style.c measures it). */
static const char dark_css[] =
  ".skin, path[fill=\"#f4e7dd\"] { fill: #5a4b43 !important; stroke: #b9a394 !important }\n"
  "path[fill=\"#d9bfb0\"] { fill: #7a655a !important }\n"
  "path[fill=\"#8a6f60\"] { fill: #c2ab9c !important }\n"
  ".bone { fill: #6a6358 !important; stroke: #b3a78f !important }\n"
  ".tendon { fill: #6e6556 !important; stroke: #b3a78f !important }\n"
  ".muscle { fill: #8e4d44 !important; stroke: #d09a90 !important }\n"
  ".muscle.deep { fill: #7f443c !important }\n"
  ".fibre { stroke: #e0aaa0 !important; stroke-opacity: 0.35 !important }\n"
  ".landmark { stroke: #cbbba5 !important }\n"
  ".feature { stroke: #b9a394 !important }\n"
  "text { fill: #f2ede8 !important; fill-opacity: 1 !important }\n";

/* High contrast: no fibres, no tints that merge; black outlines on white
 * shapes, muscles a pale red that black text and red zones both read on. */
static const char high_contrast_css[] =
  ".skin, path[fill=\"#f4e7dd\"] { fill: #ffffff !important; stroke: #000000 !important;"
  " stroke-width: 2.2 !important }\n"
  "path[fill=\"#d9bfb0\"] { fill: #ffffff !important; stroke: #000000 !important }\n"
  "path[fill=\"#8a6f60\"] { fill: #000000 !important }\n"
  ".bone, .tendon { fill: #ffffff !important; stroke: #000000 !important;"
  " stroke-width: 1.4 !important }\n"
  ".muscle, .muscle.deep { fill: #f2cdc6 !important; stroke: #000000 !important;"
  " stroke-width: 1.3 !important }\n"
  ".fibre { stroke-opacity: 0 !important }\n"
  ".landmark, .feature { stroke: #000000 !important; stroke-width: 1.6 !important }\n"
  "text { fill: #000000 !important; fill-opacity: 1 !important }\n";

static const char high_contrast_dark_css[] =
  ".skin, path[fill=\"#f4e7dd\"] { fill: #141414 !important; stroke: #ffffff !important;"
  " stroke-width: 2.2 !important }\n"
  "path[fill=\"#d9bfb0\"] { fill: #141414 !important; stroke: #ffffff !important }\n"
  "path[fill=\"#8a6f60\"] { fill: #ffffff !important }\n"
  ".bone, .tendon { fill: #2a2a2a !important; stroke: #ffffff !important;"
  " stroke-width: 1.4 !important }\n"
  ".muscle, .muscle.deep { fill: #4a2420 !important; stroke: #ffffff !important;"
  " stroke-width: 1.3 !important }\n"
  ".fibre { stroke-opacity: 0 !important }\n"
  ".landmark, .feature { stroke: #ffffff !important; stroke-width: 1.6 !important }\n"
  "text { fill: #ffffff !important; fill-opacity: 1 !important }\n";

AtlasDiagramStyle
atlas_diagram_style_get (void)
{
  AdwStyleManager *manager;
  gboolean         dark, high_contrast;

  if (!adw_is_initialized ())
    return ATLAS_DIAGRAM_STYLE_LIGHT;

  manager = adw_style_manager_get_default ();
  dark = adw_style_manager_get_dark (manager);
  high_contrast = adw_style_manager_get_high_contrast (manager);
  if (high_contrast)
    return dark ? ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK : ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST;
  return dark ? ATLAS_DIAGRAM_STYLE_DARK : ATLAS_DIAGRAM_STYLE_LIGHT;
}

AtlasDiagramStyle
atlas_diagram_style_for_cairo (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return ATLAS_DIAGRAM_STYLE_LIGHT;

    default:
      return atlas_diagram_style_get ();
    }
}

const char *
atlas_diagram_style_stylesheet (AtlasDiagramStyle style)
{
  switch (style)
    {
    case ATLAS_DIAGRAM_STYLE_DARK:
      return dark_css;

    case ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST:
      return high_contrast_css;

    case ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK:
      return high_contrast_dark_css;

    case ATLAS_DIAGRAM_STYLE_LIGHT:
    default:
      return NULL;
    }
}

gboolean
atlas_diagram_style_is_dark (AtlasDiagramStyle style)
{
  return style == ATLAS_DIAGRAM_STYLE_DARK || style == ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK;
}

void
atlas_diagram_style_get_wash (AtlasDiagramStyle style,
                              double           *rgba)
{
  /* Lighter on dark, and lighter still in high contrast: the washed labels
   * must still read at 4.5:1. */
  static const double washes[][4] = {
    [ATLAS_DIAGRAM_STYLE_LIGHT] = { 1, 1, 1, 0.5 },
    [ATLAS_DIAGRAM_STYLE_DARK] = { 0.12, 0.12, 0.12, 0.45 },
    [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST] = { 1, 1, 1, 0.35 },
    [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK] = { 0.12, 0.12, 0.12, 0.35 },
  };

  memcpy (rgba, washes[style], sizeof washes[style]);
}
