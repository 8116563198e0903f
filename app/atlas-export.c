/* atlas-export.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clinicians put the plates on slides and handouts, and reviewers look at
 * every pattern without a window: the export draws what the body view draws
 * for a selected muscle, with the same painter, onto a cairo surface chosen by
 * the file's extension. SVG and PDF keep the picture as vectors; the merged
 * zones are masks, embedded at the requested width.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <math.h>

#include "atlas-body-painter.h"
#include "atlas-cairo-file.h"
#include "atlas-database.h"
#include "atlas-diagram-style.h"
#include "atlas-export.h"

/* Large enough for a poster, small enough not to exhaust memory. */
#define MIN_WIDTH 16
#define MAX_WIDTH 16384

typedef enum {
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

typedef struct {
  char *file;
  char *view;
  char *muscle;
  char *width;
  char *data;
  gboolean pattern_only;
} Request;

static void
request_clear (Request *request)
{
  g_free (request->file);
  g_free (request->view);
  g_free (request->muscle);
  g_free (request->width);
  g_free (request->data);
}

gboolean
atlas_export_wanted (int    argc,
                     char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        return FALSE;
      if (g_str_equal (argv[i], "--export") || g_str_has_prefix (argv[i], "--export="))
        return TRUE;
    }
  return FALSE;
}

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("trigger-atlas: %s\n", message);
  return 2;
}

static gboolean
parse_format (const char *file,
              Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (file, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_width (const char *text,
             int        *width)
{
  guint64 value;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, MIN_WIDTH, MAX_WIDTH, &value, NULL))
    return FALSE;
  *width = (int) value;
  return TRUE;
}

/* "upper-trapezius" or "upper-trapezius:left". */
static int
parse_muscle (AtlasDatabase    *db,
              const AtlasView  *view,
              const char       *text,
              AtlasMuscle     **muscle,
              AtlasSide        *side)
{
  g_auto (GStrv) parts = g_strsplit (text, ":", 2);
  const AtlasView *better;

  *muscle = atlas_database_get_muscle (db, parts[0]);
  if (*muscle == NULL)
    return fail (_("--muscle: no muscle has the id “%s” (see --list for the ids)"), parts[0]);

  *side = atlas_view_draws_side (view, ATLAS_SIDE_RIGHT) ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT;
  if (parts[1] != NULL)
    {
      if (!atlas_side_from_string (parts[1], side))
        return fail (_("--muscle: “%s” is not a side; write ID:left or ID:right"), parts[1]);
      if (!atlas_view_draws_side (view, *side))
        return fail (_("--muscle: view “%s” does not draw the %s side"), view->id, parts[1]);
    }

  better = atlas_muscle_choose_view (*muscle, view);
  if (better != view &&
      atlas_muscle_count_pattern_regions (*muscle, view, ATLAS_ZONE_ESSENTIAL) == 0 &&
      atlas_muscle_count_pattern_regions (*muscle, view, ATLAS_ZONE_SPILLOVER) == 0)
    return fail (_("--muscle: view “%s” shows nothing of %s; try --view %s"), view->id, parts[0],
                    better != NULL ? better->id : "(none)");
  return 0;
}

static gboolean
render_picture (RsvgHandle      *handle,
                cairo_t         *cr,
                const AtlasView *view,
                GError         **error)
{
  RsvgRectangle viewport = { 0, 0, atlas_diagram_get_width (view->diagram),
                             atlas_diagram_get_height (view->diagram) };

  return rsvg_handle_render_document (handle, cr, &viewport, error);
}

/* What the body view draws for a selected muscle: the figure washed out, the
 * muscle in full colour, its pattern, its outline and its trigger points. */
static gboolean
draw_figure (cairo_t         *cr,
             RsvgHandle      *handle,
             const AtlasView *view,
             AtlasMuscle     *muscle,
             AtlasSide        side,
             double           pixel,
             GError         **error)
{
  g_autofree char *shape = NULL;

  /* The body view shows the figure on the theme's background; a file gets
   * white, as a page does. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (muscle == NULL)
    return render_picture (handle, cr, view, error);

  cairo_push_group (cr);
  if (!render_picture (handle, cr, view, error))
    {
      cairo_pattern_destroy (cairo_pop_group (cr));
      return FALSE;
    }
  cairo_set_operator (cr, CAIRO_OPERATOR_ATOP);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.5);
  cairo_paint (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint (cr);

  shape = atlas_muscle_dup_shape_id (muscle, side);
  cairo_save (cr);
  cairo_new_path (cr);
  if (atlas_diagram_append_path (view->diagram, shape, cr))
    {
      cairo_clip (cr);
      if (!render_picture (handle, cr, view, error))
        return FALSE;
    }
  cairo_restore (cr);

  atlas_body_painter_referral (cr, view->diagram, muscle, side, pixel);
  atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_SELECTED, pixel);
  atlas_body_painter_marks (cr, view, muscle, side, pixel);
  return TRUE;
}

static gboolean
draw_view (cairo_t         *cr,
           const AtlasView *view,
           AtlasMuscle     *muscle,
           AtlasSide        side,
           gboolean         pattern_only,
           double           pixel,
           gboolean         raster,
           GError         **error)
{
  g_autofree char *css = NULL;
  RsvgHandle *handle;
  gboolean drawn;

  if (pattern_only)
    {
      atlas_body_painter_referral (cr, view->diagram, muscle, side, pixel);
      return TRUE;
    }

  /* Fibres fade in a small PNG as in a small window; a vector file keeps
   * them, as a reader may zoom in or print it. Light, as a page is. */
  css = atlas_diagram_style_stylesheet (ATLAS_DIAGRAM_STYLE_LIGHT, raster ? 1.0 / pixel : 0);
  handle = atlas_diagram_style_new_handle (atlas_diagram_get_bytes (view->diagram), css, error);
  if (handle == NULL)
    return FALSE;
  drawn = draw_figure (cr, handle, view, muscle, side, pixel, error);
  g_object_unref (handle);
  return drawn;
}

static int
run (const Request *request)
{
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  const AtlasView *view;
  AtlasMuscle *muscle = NULL;
  AtlasSide side = ATLAS_SIDE_RIGHT;
  Format format;
  int width = 0, height, status;
  double scale;
  AtlasCairoFile *vector = NULL;
  cairo_surface_t *surface;
  gboolean drawn, written;
  cairo_t *cr;

  if (request->file == NULL || *request->file == '\0')
    return fail (_("--export needs a file name ending in .png, .svg or .pdf"));
  if (!parse_format (request->file, &format))
    return fail (_("--export: “%s” does not end in .png, .svg or .pdf"), request->file);
  if (request->view == NULL)
    return fail (_("--export needs --view VIEW"));
  if (!parse_width (request->width, &width))
    return fail (_("--width: “%s” is not a whole number of pixels from %d to %d"),
                    request->width, MIN_WIDTH, MAX_WIDTH);
  if (request->pattern_only && request->muscle == NULL)
    return fail (_("--pattern-only needs --muscle ID: it draws that muscle's referral zones"));

  if (request->data != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (request->data);

      db = atlas_database_load (file, &error);
    }
  else
    db = atlas_database_load_bundled (&error);
  if (db == NULL)
    {
      g_printerr ("trigger-atlas: %s\n", error->message);
      return 1;
    }

  view = atlas_database_get_view (db, request->view);
  if (view == NULL)
    {
      g_autoptr (GString) ids = g_string_new (NULL);
      GPtrArray *views = atlas_database_get_views (db);

      for (guint i = 0; i < views->len; i++)
        g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                ((const AtlasView *) g_ptr_array_index (views, i))->id);
      return fail (_("--view: no view has the id “%s” (the views: %s)"), request->view, ids->str);
    }
  if (request->muscle != NULL &&
      (status = parse_muscle (db, view, request->muscle, &muscle, &side)) != 0)
    return status;

  if (width == 0)
    width = (int) ceil (atlas_diagram_get_width (view->diagram));
  scale = width / atlas_diagram_get_width (view->diagram);
  height = MAX (1, (int) ceil (atlas_diagram_get_height (view->diagram) * scale));

  if (format == FORMAT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else
    {
      vector = atlas_cairo_file_new (format == FORMAT_SVG ? ATLAS_CAIRO_FILE_SVG
                                                          : ATLAS_CAIRO_FILE_PDF,
                                     request->file, width, height, &error);
      if (vector == NULL)
        {
          g_printerr ("trigger-atlas: %s\n", error->message);
          return 1;
        }
      surface = cairo_surface_reference (atlas_cairo_file_get_surface (vector));
    }
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  /* Lines as thick as on a screen of the same width. */
  drawn = draw_view (cr, view, muscle, side, request->pattern_only, 1.0 / scale,
                     format == FORMAT_PNG, &error);
  if (!drawn)
    {
      g_printerr (_("trigger-atlas: cannot draw view %s: %s\n"), view->id, error->message);
      g_clear_pointer (&vector, atlas_cairo_file_abandon);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return 1;
    }

  /* The vector file is finished before @cr lets go of its last source: cairo
   * 1.16's SVG surface leaks the copy it makes of a source destroyed before. */
  if (format == FORMAT_PNG)
    written = atlas_cairo_file_write_png (surface, request->file, &error);
  else
    written = atlas_cairo_file_commit (g_steal_pointer (&vector), &error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!written)
    {
      g_printerr (_("trigger-atlas: cannot write %s\n"), error->message);
      return 1;
    }
  return 0;
}

int
atlas_export_main (int    argc,
                   char **argv)
{
  Request request = { 0 };
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) rest = NULL;
  g_auto (GStrv) args = g_new0 (char *, argc + 1);
  int status;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &request.file,
      N_("Write the view to FILE (PNG, SVG or PDF by its extension)"), N_("FILE") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &request.view, N_("The view to write"), N_("VIEW") },
    { "muscle", 0, 0, G_OPTION_ARG_STRING, &request.muscle,
      N_("Draw this muscle's trigger points and referral pattern"), N_("ID[:SIDE]") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &request.width, N_("The width in pixels"), N_("PX") },
    { "pattern-only", 0, 0, G_OPTION_ARG_NONE, &request.pattern_only,
      N_("Only the referral zones, on a transparent background"), NULL },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &request.data, N_("Use another data file"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  int i;

  for (i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* The strv form frees the arguments it removes; the argc/argv form leaks them. */
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = fail ("%s", error->message);
      request_clear (&request);
      return status;
    }
  if (rest != NULL && rest[0] != NULL)
    status = fail (_("--export: unexpected argument “%s”"), rest[0]);
  else
    status = run (&request);
  request_clear (&request);
  return status;
}
