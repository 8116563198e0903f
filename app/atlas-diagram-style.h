/* atlas-diagram-style.h: the diagram's renditions for a light, dark or
 * high-contrast desktop.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <librsvg/rsvg.h>

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
/* CSS for rsvg_handle_set_stylesheet() that recolours a body diagram, fades
 * its fibre lines and keeps its muscle outlines visible for @pixels_per_unit
 * device pixels per document unit (0 for a vector surface: lines as drawn),
 * or NULL for the diagram as it is. Free with g_free(). */
char             *atlas_diagram_style_stylesheet (AtlasDiagramStyle style,
                                                  double            pixels_per_unit);
/* A handle for the diagram @svg styled with @css (from
 * atlas_diagram_style_stylesheet(), or NULL for none), or NULL with @error set. */
RsvgHandle       *atlas_diagram_style_new_handle (GBytes      *svg,
                                                  const char  *css,
                                                  GError     **error);
/* What the fibres' opacity is multiplied by at @pixels_per_unit: 1 at large
 * sizes (and for 0, a vector surface), down to a fifth at small ones. */
double            atlas_diagram_style_fibre_fade (double pixels_per_unit);
/* The muscle outlines' width in document units at @pixels_per_unit: as
 * drawn, or wider where that would be under 0.7 device pixels. */
double            atlas_diagram_style_outline_width (AtlasDiagramStyle style,
                                                     double            pixels_per_unit);
gboolean          atlas_diagram_style_is_dark (AtlasDiagramStyle style);
/* The veil laid over the figure (not the background) while a muscle is
 * selected, so that the muscle stands out: towards the view's background.
 * Four doubles, red, green, blue and alpha. */
void              atlas_diagram_style_get_wash (AtlasDiagramStyle style,
                                                double           *rgba);

G_END_DECLS
