/* atlas-diagram.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-number.h"
#include "atlas-svg-path.h"
#include "atlas-text.h"

typedef struct {
  char *id;
  cairo_path_t *path;
  cairo_rectangle_t extents;
} Shape;

struct _AtlasDiagram {
  GBytes *bytes;
  double width;
  double height;
  GPtrArray *shapes;        /* Shape*, in document order */
  GHashTable *shape_by_id;  /* id -> Shape* */
  GPtrArray *skins;         /* cairo_path_t*: the paths of class "skin", the body's outline */
  /* A scratch context for building paths and asking cairo_in_fill(). */
  cairo_surface_t *scratch_surface;
  cairo_t *scratch;
};

typedef struct {
  AtlasDiagram *diagram;
  const char *display_name;
  GMarkupParseContext *context;
  /* How many open elements carry a transform; a path inside one would be
   * drawn somewhere other than where its coordinates say. */
  GArray *transformed;
  gboolean seen_root;
} ParseState;

G_DEFINE_QUARK (atlas-diagram-error-quark, atlas_diagram_error)

static void
shape_free (gpointer data)
{
  Shape *shape = data;

  g_free (shape->id);
  cairo_path_destroy (shape->path);
  g_free (shape);
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *wanted)
{
  for (int i = 0; names[i]; i++)
    {
      if (strcmp (names[i], wanted) == 0)
        return values[i];
    }
  return NULL;
}

G_GNUC_PRINTF (4, 5)
static void
set_error (ParseState  *state,
           GError     **error,
           int          code,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  g_autofree char *short_message = NULL;
  va_list args;
  int line;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = atlas_text_markup_line (state->context);
  full = g_strdup_printf ("%s:%d: %s", state->display_name, line, message);
  short_message = atlas_text_shorten (full, ATLAS_TEXT_MAX_MESSAGE);
  g_set_error_literal (error, ATLAS_DIAGRAM_ERROR, code, short_message);
}

static gboolean
parse_view_box (ParseState  *state,
                const char **names,
                const char **values,
                GError     **error)
{
  const char *view_box = find_attribute (names, values, "viewBox");
  g_auto (GStrv) parts = NULL;
  double numbers[4];
  guint n = 0;
  gboolean ok = TRUE;

  if (view_box == NULL)
    {
      set_error (state, error, ATLAS_DIAGRAM_ERROR_VIEWBOX,
                 "the <svg> element has no viewBox; it must be “0 0 WIDTH HEIGHT”");
      return FALSE;
    }

  /* The count only ever indexes the array after it is checked against its size,
   * whatever the attribute holds. */
  parts = g_strsplit_set (view_box, " ,\t\n\r", -1);
  for (guint i = 0; parts[i] != NULL && ok; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (n >= G_N_ELEMENTS (numbers) || !atlas_number_parse (parts[i], &numbers[n]))
        ok = FALSE;
      else
        n++;
    }

  if (!ok || n != G_N_ELEMENTS (numbers) || numbers[0] != 0 || numbers[1] != 0 ||
      !(numbers[2] > 0 && numbers[2] <= ATLAS_DIAGRAM_MAX_SIZE) ||
      !(numbers[3] > 0 && numbers[3] <= ATLAS_DIAGRAM_MAX_SIZE))
    {
      set_error (state, error, ATLAS_DIAGRAM_ERROR_VIEWBOX,
                 "viewBox “%s” must be “0 0 WIDTH HEIGHT” with a size from 0 to %d",
                 view_box, ATLAS_DIAGRAM_MAX_SIZE);
      return FALSE;
    }

  state->diagram->width = numbers[2];
  state->diagram->height = numbers[3];
  return TRUE;
}

static gboolean
add_shape (ParseState  *state,
           const char  *id,
           const char  *data,
           GError     **error)
{
  AtlasDiagram *self = state->diagram;
  g_autofree char *message = NULL;
  Shape *shape;
  double x1, y1, x2, y2;

  if (g_hash_table_contains (self->shape_by_id, id))
    {
      set_error (state, error, ATLAS_DIAGRAM_ERROR_PARSE,
                 "two paths have the id “%s”", id);
      return FALSE;
    }

  cairo_new_path (self->scratch);
  if (data == NULL || !atlas_svg_path_append (self->scratch, data, &message))
    {
      set_error (state, error, ATLAS_DIAGRAM_ERROR_PATH, "path “%s”: %s", id,
                 message ? message : "no path data (d attribute)");
      return FALSE;
    }

  shape = g_new0 (Shape, 1);
  shape->id = g_strdup (id);
  shape->path = cairo_copy_path (self->scratch);
  cairo_path_extents (self->scratch, &x1, &y1, &x2, &y2);
  shape->extents = (cairo_rectangle_t) { x1, y1, x2 - x1, y2 - y1 };
  cairo_new_path (self->scratch);

  g_ptr_array_add (self->shapes, shape);
  g_hash_table_insert (self->shape_by_id, shape->id, shape);
  return TRUE;
}

static gboolean
has_class (const char *classes,
           const char *wanted)
{
  g_auto (GStrv) names = classes != NULL ? g_strsplit_set (classes, " \t\n", -1) : NULL;

  return names != NULL && g_strv_contains ((const char * const *) names, wanted);
}

/* The skin is not clickable and has no id, but referral zones are clipped to
 * it. A skin path that does not parse or sits under a transform is left out:
 * the picture still renders, zones are only clipped less. */
static void
add_skin (ParseState *state,
          const char *classes,
          const char *data,
          gboolean    transformed)
{
  AtlasDiagram *self = state->diagram;
  g_autofree char *message = NULL;

  if (transformed || data == NULL || !has_class (classes, "skin"))
    return;
  cairo_new_path (self->scratch);
  if (atlas_svg_path_append (self->scratch, data, &message))
    g_ptr_array_add (self->skins, cairo_copy_path (self->scratch));
  cairo_new_path (self->scratch);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;
  gboolean has_transform = find_attribute (attribute_names, attribute_values, "transform") != NULL;
  guint transformed = state->transformed->len > 0
                        ? g_array_index (state->transformed, guint, state->transformed->len - 1)
                        : 0;
  const char *id;

  if (!state->seen_root)
    {
      state->seen_root = TRUE;
      if (strcmp (element_name, "svg") != 0)
        {
          set_error (state, error, ATLAS_DIAGRAM_ERROR_PARSE,
                     "the root element is <%s>, not <svg>", element_name);
          return;
        }
      if (!parse_view_box (state, attribute_names, attribute_values, error))
        return;
    }

  transformed += has_transform ? 1 : 0;
  g_array_append_val (state->transformed, transformed);

  if (strcmp (element_name, "path") != 0)
    return;

  id = find_attribute (attribute_names, attribute_values, "id");
  if (id == NULL)
    {
      add_skin (state, find_attribute (attribute_names, attribute_values, "class"),
                find_attribute (attribute_names, attribute_values, "d"), transformed > 0);
      return;
    }

  if (transformed > 0)
    {
      set_error (state, error, ATLAS_DIAGRAM_ERROR_TRANSFORM,
                 "path “%s” is under a transform; clickable shapes must use plain document "
                 "coordinates",
                 id);
      return;
    }

  add_shape (state, id, find_attribute (attribute_names, attribute_values, "d"), error);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;

  g_array_set_size (state->transformed, state->transformed->len - 1);
}

static const GMarkupParser svg_parser = {
  .start_element = start_element,
  .end_element = end_element,
};

AtlasDiagram *
atlas_diagram_new_from_bytes (GBytes      *svg,
                              const char  *display_name,
                              GError     **error)
{
  AtlasDiagram *self;
  ParseState state = { 0 };
  g_autoptr (GError) local_error = NULL;
  gsize size;
  const char *data;
  int line = 0;

  g_return_val_if_fail (svg != NULL, NULL);
  data = g_bytes_get_data (svg, &size);
  /* An empty GBytes may have no data at all, which GMarkup refuses with a critical. */
  if (data == NULL)
    data = "";

  self = g_new0 (AtlasDiagram, 1);
  self->bytes = g_bytes_ref (svg);
  self->shapes = g_ptr_array_new_with_free_func (shape_free);
  self->shape_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->skins = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_path_destroy);
  self->scratch_surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  self->scratch = cairo_create (self->scratch_surface);

  state.diagram = self;
  state.display_name = display_name;
  state.transformed = g_array_new (FALSE, FALSE, sizeof (guint));
  state.context = g_markup_parse_context_new (&svg_parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                              &state, NULL);

  if (!atlas_text_markup_parse_all (state.context, data, size, "an SVG file", &line,
                                    &local_error))
    {
      /* The input's own faults carry no file name: add it. */
      if (local_error->domain == G_MARKUP_ERROR)
        {
          g_autofree char *full = g_strdup_printf ("%s:%d: %s", display_name, line,
                                                   local_error->message);
          g_autofree char *short_message = atlas_text_shorten (full, ATLAS_TEXT_MAX_MESSAGE);

          g_set_error_literal (error, ATLAS_DIAGRAM_ERROR, ATLAS_DIAGRAM_ERROR_PARSE,
                               short_message);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));

      g_clear_pointer (&self, atlas_diagram_free);
    }
  else if (!state.seen_root)
    {
      g_set_error (error, ATLAS_DIAGRAM_ERROR, ATLAS_DIAGRAM_ERROR_PARSE,
                   "%s:1: the file is empty", display_name);
      g_clear_pointer (&self, atlas_diagram_free);
    }

  g_markup_parse_context_free (state.context);
  g_array_unref (state.transformed);
  return self;
}

void
atlas_diagram_free (AtlasDiagram *self)
{
  if (self == NULL)
    return;

  g_bytes_unref (self->bytes);
  g_hash_table_unref (self->shape_by_id);
  g_ptr_array_unref (self->shapes);
  g_ptr_array_unref (self->skins);
  cairo_destroy (self->scratch);
  cairo_surface_destroy (self->scratch_surface);
  g_free (self);
}

GBytes *
atlas_diagram_get_bytes (AtlasDiagram *self)
{
  return self->bytes;
}

double
atlas_diagram_get_width (AtlasDiagram *self)
{
  return self->width;
}

double
atlas_diagram_get_height (AtlasDiagram *self)
{
  return self->height;
}

gboolean
atlas_diagram_has_shape (AtlasDiagram *self,
                         const char   *id)
{
  return g_hash_table_contains (self->shape_by_id, id);
}

guint
atlas_diagram_get_n_shapes (AtlasDiagram *self)
{
  return self->shapes->len;
}

const char *
atlas_diagram_get_shape_id (AtlasDiagram *self,
                            guint         index)
{
  const Shape *shape;

  g_return_val_if_fail (index < self->shapes->len, NULL);
  shape = g_ptr_array_index (self->shapes, index);
  return shape->id;
}

const cairo_path_t *
atlas_diagram_get_path (AtlasDiagram *self,
                        const char   *id)
{
  Shape *shape = g_hash_table_lookup (self->shape_by_id, id);

  return shape ? shape->path : NULL;
}

gboolean
atlas_diagram_get_extents (AtlasDiagram      *self,
                           const char        *id,
                           cairo_rectangle_t *extents)
{
  Shape *shape = g_hash_table_lookup (self->shape_by_id, id);

  if (shape == NULL)
    return FALSE;

  *extents = shape->extents;
  return TRUE;
}

static gboolean
shape_contains (AtlasDiagram *self,
                Shape        *shape,
                double        x,
                double        y)
{
  gboolean inside;

  /* The box is cheap and rules out nearly every shape on a pointer move. */
  if (x < shape->extents.x || y < shape->extents.y ||
      x > shape->extents.x + shape->extents.width ||
      y > shape->extents.y + shape->extents.height)
    return FALSE;

  cairo_new_path (self->scratch);
  cairo_append_path (self->scratch, shape->path);
  inside = cairo_in_fill (self->scratch, x, y);
  cairo_new_path (self->scratch);
  return inside;
}

gboolean
atlas_diagram_shape_contains (AtlasDiagram *self,
                              const char   *id,
                              double        x,
                              double        y)
{
  Shape *shape = g_hash_table_lookup (self->shape_by_id, id);

  return shape != NULL && shape_contains (self, shape, x, y);
}

gboolean
atlas_diagram_in_skin (AtlasDiagram *self,
                       double        x,
                       double        y)
{
  gboolean inside = FALSE;

  for (guint i = 0; !inside && i < self->skins->len; i++)
    {
      cairo_new_path (self->scratch);
      cairo_append_path (self->scratch, g_ptr_array_index (self->skins, i));
      inside = cairo_in_fill (self->scratch, x, y);
    }
  cairo_new_path (self->scratch);
  return inside;
}

const char *
atlas_diagram_pick (AtlasDiagram     *self,
                    double            x,
                    double            y,
                    AtlasShapeFilter  filter,
                    gpointer          user_data)
{
  for (guint i = self->shapes->len; i > 0; i--)
    {
      Shape *shape = g_ptr_array_index (self->shapes, i - 1);

      if (filter != NULL && !filter (shape->id, user_data))
        continue;
      if (shape_contains (self, shape, x, y))
        return shape->id;
    }

  return NULL;
}

gboolean
atlas_diagram_append_path (AtlasDiagram *self,
                           const char   *id,
                           cairo_t      *cr)
{
  Shape *shape = g_hash_table_lookup (self->shape_by_id, id);

  if (shape == NULL)
    return FALSE;

  cairo_append_path (cr, shape->path);
  return TRUE;
}

gboolean
atlas_diagram_append_skin (AtlasDiagram *self,
                           guint         index,
                           cairo_t      *cr)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (index >= self->skins->len)
    return FALSE;
  cairo_append_path (cr, g_ptr_array_index (self->skins, index));
  return TRUE;
}
