/* atlas-cairo-file.c: PDF, SVG and PNG files written by cairo, atomically.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "atlas-cairo-file.h"

struct _AtlasCairoFile {
  cairo_surface_t   *surface;
  GFileOutputStream *stream;
  GCancellable      *cancellable;
  GError            *error;
  char              *name;
};

typedef struct
{
  GOutputStream *stream;
  GError       **error;
} Sink;

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  Sink *sink = data;

  /* The first error is kept; cairo stops writing after it. */
  if (*sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, bytes, length, NULL, NULL, sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_to_file (void                *data,
               const unsigned char *bytes,
               unsigned int         length)
{
  AtlasCairoFile *self = data;
  Sink sink = { G_OUTPUT_STREAM (self->stream), &self->error };

  return write_to_stream (&sink, bytes, length);
}

static GFileOutputStream *
replace (const char  *path,
         GError     **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
}

/* Closing the stream renames the temporary file over the old one; a cancelled
 * close deletes the temporary file instead. */
static gboolean
close_stream (GFileOutputStream  *stream,
              gboolean            keep,
              GError            **error)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();

  if (!keep)
    {
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

AtlasCairoFile *
atlas_cairo_file_new (AtlasCairoFileKind   kind,
                      const char          *path,
                      double               width,
                      double               height,
                      GError             **error)
{
  AtlasCairoFile *self;
  GFileOutputStream *stream = replace (path, error);

  if (stream == NULL)
    return NULL;
  self = g_new0 (AtlasCairoFile, 1);
  self->stream = stream;
  self->name = g_filename_display_name (path);
  if (kind == ATLAS_CAIRO_FILE_SVG)
    self->surface = cairo_svg_surface_create_for_stream (write_to_file, self, width, height);
  else
    self->surface = cairo_pdf_surface_create_for_stream (write_to_file, self, width, height);
  return self;
}

cairo_surface_t *
atlas_cairo_file_get_surface (AtlasCairoFile *self)
{
  return self->surface;
}

static void
free_file (AtlasCairoFile *self)
{
  cairo_surface_destroy (self->surface);
  g_clear_object (&self->stream);
  g_clear_error (&self->error);
  g_free (self->name);
  g_free (self);
}

gboolean
atlas_cairo_file_commit (AtlasCairoFile  *self,
                         GError         **error)
{
  cairo_status_t status;
  gboolean ok;

  cairo_surface_finish (self->surface);
  status = cairo_surface_status (self->surface);
  if (self->error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&self->error), "%s: ", self->name);
      ok = close_stream (self->stream, FALSE, NULL);
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", self->name,
                   cairo_status_to_string (status));
      ok = close_stream (self->stream, FALSE, NULL);
    }
  else
    ok = close_stream (self->stream, TRUE, error);
  free_file (self);
  return ok;
}

void
atlas_cairo_file_abandon (AtlasCairoFile *self)
{
  cairo_surface_finish (self->surface);
  close_stream (self->stream, FALSE, NULL);
  free_file (self);
}

gboolean
atlas_cairo_file_write_png (cairo_surface_t  *surface,
                            const char       *path,
                            GError          **error)
{
  g_autoptr (GFileOutputStream) stream = replace (path, error);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (path);
  Sink sink;
  cairo_status_t status;

  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);
  sink.error = &local_error;
  status = cairo_surface_write_to_png_stream (surface, write_to_stream, &sink);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return close_stream (stream, FALSE, NULL);
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", name,
                   cairo_status_to_string (status));
      return close_stream (stream, FALSE, NULL);
    }
  return close_stream (stream, TRUE, error);
}
