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
#include <math.h>
#include <string.h>

#include "atlas-diagram-style.h"

/* Skin a muted mid-dark brown, so that the red of the pain zones and the blue
 * of the selection stand out on it as on the light skin; outlines lighter than
 * the fills, as the dark theme's borders are; muscles shaded towards one edge
 * as on the light page (the diagrams' *-dark gradients), so that neighbours
 * part. Labels light enough to stay above 4.5:1 on the dark view (#1e1e1e)
 * under the wash of a selection (tests/test-diagram-style.c measures it). */
static const char dark_css[] =
  ".skin, path[fill=\"#f4e7dd\"] { fill: #5a4b43 !important; stroke: #b9a394 !important }\n"
  "path[fill=\"#d9bfb0\"] { fill: #7a655a !important }\n"
  "path[fill=\"#8a6f60\"] { fill: #c2ab9c !important }\n"
  ".bone { fill: #6a6358 !important; stroke: #b3a78f !important }\n"
  ".tendon { fill: #6e6556 !important; stroke: #b3a78f !important }\n"
  ".muscle { fill: url(#muscle-shade-dark) #8e4d44 !important; stroke: #d09a90 !important }\n"
  ".muscle.deep { fill: url(#muscle-deep-shade-dark) #7f443c !important }\n"
  ".fibre { stroke: #e0aaa0 !important }\n"
  ".landmark { stroke: #cbbba5 !important }\n"
  ".feature { stroke: #b9a394 !important }\n"
  "text { fill: #f2ede8 !important; fill-opacity: 1 !important }\n";

/* High contrast: no fibres (fibre_opacity below), no tints that merge; black
 * outlines on white shapes, muscles a pale red that black text and red zones
 * both read on. */
static const char high_contrast_css[] =
  ".skin, path[fill=\"#f4e7dd\"] { fill: #ffffff !important; stroke: #000000 !important;"
  " stroke-width: 2.2 !important }\n"
  "path[fill=\"#d9bfb0\"] { fill: #ffffff !important; stroke: #000000 !important }\n"
  "path[fill=\"#8a6f60\"] { fill: #000000 !important }\n"
  ".bone, .tendon { fill: #ffffff !important; stroke: #000000 !important;"
  " stroke-width: 1.4 !important }\n"
  ".muscle, .muscle.deep { fill: #f2cdc6 !important; stroke: #000000 !important;"
  " stroke-width: 1.3 !important }\n"
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

/* How strongly each style draws the fibre lines at full size: the
 * generators' own 0.5 on the light figure (grid.py's .fibre rule;
 * tests/test-diagram-style.c checks the diagrams still say so), lighter lines
 * more faintly on the dark one, none in high contrast. */
static const double fibre_opacity[] = {
  [ATLAS_DIAGRAM_STYLE_LIGHT] = 0.5,
  [ATLAS_DIAGRAM_STYLE_DARK] = 0.35,
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST] = 0,
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK] = 0,
};

/* Fibres are 0.6 units wide and 2 to 5 units apart. At 0.4 device pixels per
 * unit or less (the whole figure about 600 px tall: a 1366x768 laptop, a
 * 330 px export) they are 1 to 2 px apart, too close to be seen as lines:
 * drawn at full strength they only grey the muscles and blur the outlines
 * (1.2 units) that separate neighbours, so they keep a fifth of it, a grain.
 * From 1.2 pixels per unit (a 4K monitor at scale 2, an export 840 px wide or
 * more) they are 3 to 6 px apart, resolved, and drawn as the diagram draws
 * them. In between they fade smoothly. Below a pixel, a thinner line and a
 * fainter one look the same, so the opacity is the one knob; above, the
 * lines keep their drawn width. */
#define FIBRE_FADED_AT 0.4
#define FIBRE_DRAWN_AT 1.2
#define FIBRE_FLOOR    0.2

double
atlas_diagram_style_fibre_fade (double pixels_per_unit)
{
  double t;

  if (pixels_per_unit <= 0)
    return 1;
  t = CLAMP ((pixels_per_unit - FIBRE_FADED_AT) / (FIBRE_DRAWN_AT - FIBRE_FADED_AT), 0, 1);
  t = t * t * (3 - 2 * t);
  /* In steps of 0.05, so that resizing the window keeps the stylesheet (and
   * the parsed diagram) until the fade really changes. */
  return floor ((FIBRE_FLOOR + (1 - FIBRE_FLOOR) * t) * 20 + 0.5) / 20;
}

/* The muscle outlines (1.2 units, 1.3 in high contrast) are what separates
 * neighbours once the fibres have faded. Thinner than about 0.7 device
 * pixels (below 0.58 pixels per unit for 1.2 units) antialiasing spreads them
 * into a faint tint and the forearm and leg groups merge; so they keep 0.7 px
 * there: 1.7 units on a 1366x768 laptop. Rounded up to tenths of a unit, so
 * that the stylesheet changes in steps. */
#define OUTLINE_MIN_PX 0.7

static const double outline_width[] = {
  [ATLAS_DIAGRAM_STYLE_LIGHT] = 1.2,
  [ATLAS_DIAGRAM_STYLE_DARK] = 1.2,
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST] = 1.3,
  [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK] = 1.3,
};

double
atlas_diagram_style_outline_width (AtlasDiagramStyle style,
                                   double            pixels_per_unit)
{
  double drawn;

  g_return_val_if_fail (style <= ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK, 0);

  drawn = outline_width[style];
  if (pixels_per_unit <= 0 || drawn * pixels_per_unit >= OUTLINE_MIN_PX)
    return drawn;
  return ceil (OUTLINE_MIN_PX / pixels_per_unit * 10) / 10;
}

char *
atlas_diagram_style_stylesheet (AtlasDiagramStyle style,
                                double            pixels_per_unit)
{
  static const char *const colours[] = {
    [ATLAS_DIAGRAM_STYLE_LIGHT] = "",
    [ATLAS_DIAGRAM_STYLE_DARK] = dark_css,
    [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST] = high_contrast_css,
    [ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK] = high_contrast_dark_css,
  };
  double   fade = atlas_diagram_style_fibre_fade (pixels_per_unit);
  double   outline = atlas_diagram_style_outline_width (style, pixels_per_unit);
  char     number[G_ASCII_DTOSTR_BUF_SIZE];
  GString *css;

  g_return_val_if_fail (style <= ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK, NULL);

  if (style == ATLAS_DIAGRAM_STYLE_LIGHT && fade >= 1 && outline <= outline_width[style])
    return NULL;
  css = g_string_new (colours[style]);
  /* Not printf's %f: a German locale would write a decimal comma. */
  g_ascii_formatd (number, sizeof number, "%.3f", fibre_opacity[style] * fade);
  g_string_append_printf (css, ".fibre { stroke-opacity: %s !important }\n", number);
  /* After the colours' .muscle.deep rule, and as specific, to win over it. */
  if (outline > outline_width[style])
    {
      g_ascii_formatd (number, sizeof number, "%.1f", outline);
      g_string_append_printf (css, ".muscle, .muscle.deep { stroke-width: %s !important }\n",
                              number);
    }
  return g_string_free (css, FALSE);
}

RsvgHandle *
atlas_diagram_style_new_handle (GBytes      *svg,
                                const char  *css,
                                GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (svg, &size);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, size, error);

  /* Set once, on a new handle: librsvg 2.54 layers a second stylesheet over
   * the first rather than replacing it. */
  if (handle != NULL && css != NULL &&
      !rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), error))
    g_clear_object (&handle);
  return handle;
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
