/* atlas-export.h: a view, with a muscle's pattern, written to a file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the command line asks for an export (has --export). */
gboolean atlas_export_wanted (int    argc,
                              char **argv);
/* Parses the export options, writes the file and returns the exit status:
 * 0 written, 1 the data or the file failed, 2 a bad argument. Needs no
 * display. */
int      atlas_export_main   (int    argc,
                              char **argv);

G_END_DECLS
