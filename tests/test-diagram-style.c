/* test-diagram-style.c: the diagrams' dark and high-contrast renditions.
 *
 * The close-up panels' labels ("Palm side", "thumb side") are drawn by the
 * SVG itself; recoloured for a dark or high-contrast desktop they must read at
 * 4.5:1 or more on the view's background (WCAG AA for text), also under the
 * wash that a selected muscle lays over the figure. And each rendition must
 * recolour the skin: a dark desktop does not get a white figure. The fibre
 * lines fade and the muscle outlines widen when the figure is small, in
 * every style, and only then.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-diagram-style.h"
#include "atlas-diagram.h"
#include "atlas-test-util.h"

#define SCALE 2.0

/* Everything but the labels goes, so that the brightest or darkest pixel
 * left is a label's. */
static const char only_text[] =
  "path, circle, ellipse, line, polyline, polygon, rect, use, image"
  " { display: none !important }\n";

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (double r,
           double g,
           double b)
{
  return 0.2126 * channel (r) + 0.7152 * channel (g) + 0.0722 * channel (b);
}

static double
contrast (double l1,
          double l2)
{
  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

static cairo_surface_t *
render (AtlasDiagram     *diagram,
        const char       *css,
        gboolean          only_labels,
        gboolean          washed,
        AtlasDiagramStyle style,
        const double     *background)
{
  gsize         size;
  const guint8 *data = g_bytes_get_data (atlas_diagram_get_bytes (diagram), &size);
  g_autoptr (GError) error = NULL;
  RsvgHandle      *handle = rsvg_handle_new_from_data (data, size, &error);
  g_autofree char *sheet = g_strconcat (css != NULL ? css : "", only_labels ? only_text : "",
                                        NULL);
  int              width = (int) ceil (atlas_diagram_get_width (diagram) * SCALE);
  int              height = (int) ceil (atlas_diagram_get_height (diagram) * SCALE);
  cairo_surface_t *figure = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t *result = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  RsvgRectangle    viewport = { 0, 0, width, height };
  cairo_t         *cr;

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *) sheet, strlen (sheet),
                                             &error));
  g_assert_no_error (error);

  cr = cairo_create (figure);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  if (washed)
    {
      double wash[4];

      /* As the diagram texture lays it: over the figure only. */
      atlas_diagram_style_get_wash (style, wash);
      cairo_set_operator (cr, CAIRO_OPERATOR_ATOP);
      cairo_set_source_rgba (cr, wash[0], wash[1], wash[2], wash[3]);
      cairo_paint (cr);
    }
  cairo_destroy (cr);
  g_object_unref (handle);

  cr = cairo_create (result);
  cairo_set_source_rgb (cr, background[0], background[1], background[2]);
  cairo_paint (cr);
  cairo_set_source_surface (cr, figure, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (figure);
  cairo_surface_flush (result);
  return result;
}

/* The highest contrast of any pixel with the background: a label's core. */
static double
best_contrast (cairo_surface_t *surface,
               const double    *background)
{
  double        back = luminance (background[0], background[1], background[2]);
  double        best = 1;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = atlas_test_pixel_at (surface, x, y);
        double  l = luminance (((pixel >> 16) & 0xff) / 255.0, ((pixel >> 8) & 0xff) / 255.0,
                               (pixel & 0xff) / 255.0);

        best = MAX (best, contrast (l, back));
      }
  return best;
}

/* The mean luminance of the figure (not the background) at the centre row:
 * mostly skin, muscle and bone. */
static double
figure_luminance (cairo_surface_t *surface,
                  const double    *background)
{
  int           y = cairo_image_surface_get_height (surface) / 2;
  double        sum = 0;
  guint         n = 0;

  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    {
      guint32 pixel = atlas_test_pixel_at (surface, x, y);
      double  r = ((pixel >> 16) & 0xff) / 255.0, g = ((pixel >> 8) & 0xff) / 255.0;
      double  b = (pixel & 0xff) / 255.0;

      if (fabs (r - background[0]) + fabs (g - background[1]) + fabs (b - background[2]) < 0.02)
        continue;
      sum += luminance (r, g, b);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  return sum / n;
}

static const struct {
  AtlasDiagramStyle style;
  const char       *name;
  double            background[3];
} styles[] = {
  /* libadwaita's view backgrounds: #1e1e1e dark, #ffffff light. */
  { ATLAS_DIAGRAM_STYLE_DARK, "dark", { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0 } },
  { ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST, "high contrast", { 1, 1, 1 } },
  { ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK,
    "high contrast dark",
    { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0 } },
};

static void
test_labels (void)
{
  GPtrArray *views = atlas_database_get_views (atlas_test_bundled ());
  guint      n_labelled = 0;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      GBytes          *bytes = atlas_diagram_get_bytes (view->diagram);

      if (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<text") == NULL)
        continue;
      n_labelled++;
      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        for (int washed = 0; washed < 2; washed++)
          {
            g_autofree char *css = atlas_diagram_style_stylesheet (styles[s].style, SCALE);
            cairo_surface_t *surface = render (view->diagram, css, TRUE, washed,
                                               styles[s].style, styles[s].background);
            double           ratio = best_contrast (surface, styles[s].background);

            g_test_message ("%s, %s%s: labels at %.1f:1", view->id, styles[s].name,
                            washed ? ", washed" : "", ratio);
            g_assert_cmpfloat (ratio, >=, 4.5);
            cairo_surface_destroy (surface);
          }
    }
  /* The hand and foot close-ups have labels: a walk that found none did
   * not look. */
  g_assert_cmpuint (n_labelled, >=, 2);
}

/* The dark renditions' figure is dark, the light ones' light. */
static void
test_skin (void)
{
  const AtlasView *view = atlas_database_get_view (atlas_test_bundled (), "anterior");

  g_assert_nonnull (view);
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      g_autofree char *css = atlas_diagram_style_stylesheet (styles[s].style, SCALE);
      cairo_surface_t *surface = render (view->diagram, css, FALSE, FALSE, styles[s].style,
                                         styles[s].background);
      double           figure = figure_luminance (surface, styles[s].background);

      g_test_message ("anterior, %s: figure luminance %.2f", styles[s].name, figure);
      if (atlas_diagram_style_is_dark (styles[s].style))
        g_assert_cmpfloat (figure, <, 0.2);
      else
        g_assert_cmpfloat (figure, >, 0.4);
      cairo_surface_destroy (surface);
    }
}

/* A rule the generators write into every diagram (the line that starts with
 * @selector), the same in all; it must contain @expect, the value that
 * atlas-diagram-style.c restates. */
static char *
diagram_rule (const char *selector,
              const char *expect)
{
  GPtrArray       *views = atlas_database_get_views (atlas_test_bundled ());
  g_autofree char *start_text = g_strconcat ("\n", selector, NULL);
  char            *rule = NULL;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      GBytes          *bytes = atlas_diagram_get_bytes (view->diagram);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      const char      *start = strstr (text, start_text);
      g_autofree char *line = NULL;

      g_assert_nonnull (start);
      line = g_strndup (start + 1, strcspn (start + 1, "\n"));
      g_assert_nonnull (strstr (line, expect));
      if (rule == NULL)
        rule = g_strdup (line);
      g_assert_cmpstr (line, ==, rule);
    }
  g_assert_nonnull (rule);
  return rule;
}

/* Smooth and monotonic: faint on a laptop, as drawn on a 4K monitor and in a
 * vector file. */
static void
test_fibre_fade (void)
{
  double last = atlas_diagram_style_fibre_fade (0.05);

  for (double s = 0.05; s < 4; s += 0.05)
    {
      double fade = atlas_diagram_style_fibre_fade (s);

      g_assert_cmpfloat (fade, >=, last);
      g_assert_cmpfloat (fade - last, <=, 0.15);
      last = fade;
    }
  /* 1366x768: the 1500-unit figure about 630 px tall. */
  g_assert_cmpfloat (atlas_diagram_style_fibre_fade (630 / 1500.0), <=, 0.25);
  g_assert_cmpfloat (atlas_diagram_style_fibre_fade (0.1), >, 0);
  /* 3840x2160 at scale 2: about 1800 device px tall. */
  g_assert_cmpfloat (atlas_diagram_style_fibre_fade (1800 / 1500.0), ==, 1);
  g_assert_cmpfloat (atlas_diagram_style_fibre_fade (0), ==, 1);
}

/* Outlines at least 0.7 device pixels wide, as drawn where they are wider
 * and in a vector file, never thinner as the figure grows. */
static void
test_outline_width (void)
{
  for (AtlasDiagramStyle style = 0; style <= ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK; style++)
    {
      double drawn = atlas_diagram_style_outline_width (style, 0);
      double last = G_MAXDOUBLE;

      g_assert_cmpfloat (drawn, >=, 1.2);
      g_assert_cmpfloat (atlas_diagram_style_outline_width (style, 1800 / 1500.0), ==, drawn);
      for (double s = 0.2; s < 4; s += 0.05)
        {
          double width = atlas_diagram_style_outline_width (style, s);

          g_assert_cmpfloat (width * s, >=, 0.7 - 1e-9);
          g_assert_cmpfloat (width, >=, drawn);
          g_assert_cmpfloat (width, <=, last);
          last = width;
        }
    }
}

/* How much the middle row of a 100-unit fixture drawn at @pixels_per_unit
 * changes, per document unit, at the outline between two muscles (x = 25)
 * and at a fibre line across one (x = 50.3): a line drawn the same at every
 * size leaves the same ink per unit at every size. */
static void
fixture_ink (AtlasDiagramStyle style,
             double            pixels_per_unit,
             double           *outline,
             double           *fibre)
{
  g_autofree char *muscle_rule = diagram_rule (".muscle {", "stroke-width: 1.2;");
  g_autofree char *fibre_rule = diagram_rule (".fibre {", "stroke-opacity: 0.5;");
  g_autofree char *svg = g_strdup_printf (
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\""
    " viewBox=\"0 0 100 100\"><style>\n%s\n%s\n</style>"
    "<rect class=\"muscle\" x=\"-10\" y=\"-10\" width=\"35\" height=\"120\"/>"
    "<rect class=\"muscle\" x=\"25\" y=\"-10\" width=\"95\" height=\"120\"/>"
    "<path class=\"fibre\" d=\"M50.3 0 L50.3 100\"/></svg>",
    muscle_rule, fibre_rule);
  g_autofree char *css = atlas_diagram_style_stylesheet (style, pixels_per_unit);
  g_autoptr (GError) error = NULL;
  RsvgHandle      *handle = rsvg_handle_new_from_data ((const guint8 *) svg, strlen (svg), &error);
  int              size = (int) ceil (100 * pixels_per_unit);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  cairo_t         *cr = cairo_create (surface);
  guint32          muscle;

  g_assert_no_error (error);
  if (css != NULL)
    g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css),
                                               &error));
  g_assert_true (rsvg_handle_render_document (handle, cr,
                                              &(RsvgRectangle) { 0, 0, size, size }, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Between the outline and the fibre: plain muscle. */
  muscle = atlas_test_pixel_at (surface, (int) (40 * pixels_per_unit), size / 2);
  *outline = *fibre = 0;
  for (int x = (int) (15 * pixels_per_unit); x < (int) (60 * pixels_per_unit); x++)
    {
      guint32 pixel = atlas_test_pixel_at (surface, x, size / 2);
      double  ink = 0;

      for (int shift = 0; shift < 24; shift += 8)
        ink += abs ((int) ((pixel >> shift) & 0xff) - (int) ((muscle >> shift) & 0xff)) / 255.0;
      if (x < 35 * pixels_per_unit)
        *outline += ink / pixels_per_unit;
      else
        *fibre += ink / pixels_per_unit;
    }
  cairo_surface_destroy (surface);
  g_object_unref (handle);
}

/* Drawn, not just computed: with a small figure's stylesheet its fibres
 * leave less ink than a large one's, its outlines more, in every style
 * (high contrast draws no fibres at any size). Antialiasing alone gives a
 * thin outline up to a quarter more ink per unit; the 0.7 px floor, 40 % or
 * more. */
static void
test_fixture_ink (void)
{
  for (AtlasDiagramStyle style = 0; style <= ATLAS_DIAGRAM_STYLE_HIGH_CONTRAST_DARK; style++)
    {
      double small_outline, small_fibre, large_outline, large_fibre;

      fixture_ink (style, 630 / 1500.0, &small_outline, &small_fibre);
      fixture_ink (style, 2.5, &large_outline, &large_fibre);
      g_test_message ("style %d: fibre ink %.3f small, %.3f large; outline %.3f, %.3f", style,
                      small_fibre, large_fibre, small_outline, large_outline);
      if (style == ATLAS_DIAGRAM_STYLE_LIGHT || style == ATLAS_DIAGRAM_STYLE_DARK)
        {
          g_assert_cmpfloat (large_fibre, >, 0.1);
          g_assert_cmpfloat (small_fibre, <, large_fibre / 2);
        }
      else
        g_assert_cmpfloat (large_fibre, <, 0.01);
      g_assert_cmpfloat (small_outline, >, large_outline * 1.35);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/diagram-style/labels", test_labels);
  g_test_add_func ("/atlas/diagram-style/skin", test_skin);
  g_test_add_func ("/atlas/diagram-style/fibre-fade", test_fibre_fade);
  g_test_add_func ("/atlas/diagram-style/outline-width", test_outline_width);
  g_test_add_func ("/atlas/diagram-style/fixture-ink", test_fixture_ink);

  return g_test_run ();
}
