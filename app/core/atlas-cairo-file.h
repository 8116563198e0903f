/* atlas-cairo-file.h: PDF, SVG and PNG files written by cairo, atomically.
 *
 * cairo writes a vector file as it draws; pointed at the user's file, a failure
 * half-way (a full disk, a killed process) would leave a broken file where a good
 * one was. These write through g_file_replace(), which writes a temporary file
 * and renames it over the old one only when everything was written.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  ATLAS_CAIRO_FILE_PDF,
  ATLAS_CAIRO_FILE_SVG,
} AtlasCairoFileKind;

typedef struct _AtlasCairoFile AtlasCairoFile;

/* A vector surface of @width x @height points whose output goes to @path once
 * atlas_cairo_file_commit() succeeds; NULL with @error if @path cannot be
 * written. */
AtlasCairoFile  *atlas_cairo_file_new         (AtlasCairoFileKind   kind,
                                               const char          *path,
                                               double               width,
                                               double               height,
                                               GError             **error);
cairo_surface_t *atlas_cairo_file_get_surface (AtlasCairoFile      *self);
/* Finishes the surface and replaces the file; frees @self. On failure the old
 * file (if any) is left as it was. A cairo_t still drawing on the surface can
 * draw nothing more. */
gboolean         atlas_cairo_file_commit      (AtlasCairoFile      *self,
                                               GError             **error);
/* Frees @self without touching the file. */
void             atlas_cairo_file_abandon     (AtlasCairoFile      *self);

/* Writes @surface as a PNG at @path, atomically. */
gboolean         atlas_cairo_file_write_png   (cairo_surface_t     *surface,
                                               const char          *path,
                                               GError             **error);

G_END_DECLS
