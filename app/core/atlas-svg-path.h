/* atlas-svg-path.h: SVG path data ("M 10 20 C ...") into a cairo path. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Absolute coordinates beyond this are refused: cairo keeps coordinates in
 * 24.8 fixed point (about ±8 million) and the diagrams are a few hundred wide. */
#define ATLAS_SVG_PATH_MAX_COORDINATE 1e6

/* Appends the path described by @data to @cr's current path. Arcs are not
 * supported (the diagrams are written without them). On error, returns FALSE
 * with a message that says where in @data the problem is. */
gboolean atlas_svg_path_append (cairo_t     *cr,
                                const char  *data,
                                char       **message);

G_END_DECLS
