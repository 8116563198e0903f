/* atlas-diagram-style.h: the diagram's renditions for a light, dark or
 * high-contrast desktop.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ATLAS_DIAGRAM_STYLE_LIGHT,
  ATLAS_DIAGRAM_STYLE_DARK,
  ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST,
  ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK,
} AtlasDiagramStyle;

/* What the desktop asks for now (AdwStyleManager's dark and high-contrast),
 * or LIGHT where libadwaita is not set up: the command line, the painter
 * tests. Main thread only. */
AtlasDiagramStyle atlas_diagram_style_get (void);
/* The style for drawing on @cr: LIGHT on paper (a PDF, PostScript or SVG
 * surface: a print or an export is read on white), else the desktop's. */
AtlasDiagramStyle atlas_diagram_style_for_cairo (cairo_t *cr);
/* CSS for rsvg_handle_set_stylesheet() that recolours a body diagram, or
 * NULL for the diagram's own colours. */
const char       *atlas_diagram_style_stylesheet (AtlasDiagramStyle style);
gboolean          atlas_diagram_style_is_dark (AtlasDiagramStyle style);
/* The veil laid over the figure (not the background) while a muscle is
 * selected, so that the muscle stands out: towards the view's background.
 * Four doubles, red, green, blue and alpha. */
void              atlas_diagram_style_get_wash (AtlasDiagramStyle style,
                                                double           *rgba);

G_END_DECLS
