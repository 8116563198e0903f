/* atlas-read.h: reading files that someone else may have made.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A data file, and the diagrams it names, are read whole into memory, so each
 * kind has a size limit (documented in assets/DATA-FORMAT.md), only regular
 * files are read (a FIFO would hang, /dev/zero would never end), and a diagram
 * must lie inside the data file's folder.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ATLAS_READ_MIB (1024 * 1024)
/* The bundled atlas.xml is about 0.6 MiB and its largest diagram 0.2 MiB. */
#define ATLAS_READ_MAX_DATA_FILE (16 * ATLAS_READ_MIB)
#define ATLAS_READ_MAX_DIAGRAM (8 * ATLAS_READ_MIB)

/* The contents of @file, a regular file (or a GResource) of at most @limit
 * bytes. The file's type and size are checked before anything is read, and
 * the read stops after @limit + 1 bytes whatever fstat() said. The message says
 * what is wrong without naming the file: the caller does. */
GBytes *atlas_read_file          (GFile       *file,
                                  gsize        limit,
                                  GError     **error);

/* @relative resolved inside @folder: refused if it is absolute, has a ".."
 * component, or (after following symbolic links) leads out of @folder. The
 * file must exist. */
GFile  *atlas_read_resolve_inside (GFile      *folder,
                                   const char *relative,
                                   GError    **error);

G_END_DECLS
