/* test-diagram.c: SVG parsing and hit testing on real outlines.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-diagram.h"
#include "atlas-number.h"
#include "atlas-svg-path.h"
#include "atlas-text.h"

static AtlasDiagram *
diagram_from_string (const char  *svg,
                     GError     **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (svg, strlen (svg));

  return atlas_diagram_new_from_bytes (bytes, "test.svg", error);
}

static AtlasDiagram *
mini_diagram (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mini", "diagrams",
                                                 "front.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  diagram = diagram_from_string (contents, &error);
  g_assert_no_error (error);
  return diagram;
}

static gboolean
not_context (const char *id,
             gpointer    user_data)
{
  return !g_str_has_prefix (id, "context");
}

static void
test_pick_topmost (void)
{
  AtlasDiagram *diagram = mini_diagram ();

  g_assert_cmpuint (atlas_diagram_get_n_shapes (diagram), ==, 8);
  g_assert_cmpstr (atlas_diagram_get_shape_id (diagram, 0), ==, "alpha-right");
  g_assert_cmpstr (atlas_diagram_get_shape_id (diagram, 7), ==, "region-chest");
  g_assert_cmpfloat (atlas_diagram_get_width (diagram), ==, 100);
  g_assert_cmpfloat (atlas_diagram_get_height (diagram), ==, 200);

  /* Only alpha is here. */
  g_assert_cmpstr (atlas_diagram_pick (diagram, 25, 15, NULL, NULL), ==, "alpha-right");
  /* alpha and beta overlap; beta comes later in the document, so it is on top. */
  g_assert_cmpstr (atlas_diagram_pick (diagram, 25, 35, NULL, NULL), ==, "beta-right");
  g_assert_cmpstr (atlas_diagram_pick (diagram, 75, 35, NULL, NULL), ==, "beta-left");
  g_assert_cmpstr (atlas_diagram_pick (diagram, 75, 15, NULL, NULL), ==, "alpha-left");

  atlas_diagram_free (diagram);
}

static void
test_pick_follows_outline (void)
{
  AtlasDiagram *diagram = mini_diagram ();

  /* (11, 28) is inside beta's bounding box but above its curved top edge, so
   * the click belongs to alpha underneath. */
  g_assert_true (atlas_diagram_shape_contains (diagram, "alpha-right", 11, 28));
  g_assert_false (atlas_diagram_shape_contains (diagram, "beta-right", 11, 28));
  g_assert_cmpstr (atlas_diagram_pick (diagram, 11, 28, NULL, NULL), ==, "alpha-right");
  /* Just below the curve at its middle is beta. */
  g_assert_cmpstr (atlas_diagram_pick (diagram, 25, 27.5, NULL, NULL), ==, "beta-right");

  atlas_diagram_free (diagram);
}

/* A view may draw two figures: a point is in the skin if it is in either. */
static void
test_in_skin (void)
{
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = diagram_from_string (
    "<svg viewBox=\"0 0 100 50\">"
    "<path class=\"skin\" d=\"M5 5 H45 V45 H5 Z\"/>"
    "<path class=\"skin\" d=\"M55 5 H95 V45 H55 Z\"/></svg>",
    &error);

  g_assert_no_error (error);
  g_assert_true (atlas_diagram_in_skin (diagram, 10, 10));
  g_assert_true (atlas_diagram_in_skin (diagram, 90, 40));
  g_assert_false (atlas_diagram_in_skin (diagram, 50, 25));
  g_assert_false (atlas_diagram_in_skin (diagram, 2, 2));
  atlas_diagram_free (diagram);
}

static void
test_pick_outside_and_filter (void)
{
  AtlasDiagram *diagram = mini_diagram ();

  /* Inside the skin, which has no id, and in no muscle. */
  g_assert_null (atlas_diagram_pick (diagram, 50, 180, NULL, NULL));
  g_assert_null (atlas_diagram_pick (diagram, -5, -5, NULL, NULL));
  g_assert_cmpstr (atlas_diagram_pick (diagram, 25, 110, NULL, NULL), ==, "context-right");
  g_assert_null (atlas_diagram_pick (diagram, 25, 110, not_context, NULL));
  /* Region shapes are shapes too, even though they are not drawn. */
  g_assert_cmpstr (atlas_diagram_pick (diagram, 50, 140, NULL, NULL), ==, "region-chest");

  atlas_diagram_free (diagram);
}

static void
test_path_commands (void)
{
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram;

  /* The same 10 x 10 square at (20, 20) written five ways, plus curves. */
  diagram = diagram_from_string (
    "<svg viewBox=\"0 0 100 100\">"
    "<path id=\"abs\" d=\"M20,20 L30,20 L30,30 L20,30 Z\"/>"
    "<path id=\"rel\" d=\"m20 20 l10 0 l0 10 l-10 0 z\"/>"
    "<path id=\"hv\" d=\"M20 20H30V30H20Z\"/>"
    "<path id=\"implicit\" d=\"M20 20 30 20 30 30 20 30z\"/>"
    "<path id=\"compact\" d=\"M20-0e1 20 20h10v1e1h-10z\"/>"
    "<path id=\"smooth\" d=\"M60 60 C60 50 70 50 70 60 S80 70 80 60 L80 80 L60 80 Z\"/>"
    "<path id=\"quad\" d=\"M60 10 Q70 0 80 10 T90 10 L90 30 L60 30 Z\"/>"
    "</svg>", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 4; i++)
    {
      const char *ids[] = { "abs", "rel", "hv", "implicit" };

      g_assert_true (atlas_diagram_shape_contains (diagram, ids[i], 25, 25));
      g_assert_false (atlas_diagram_shape_contains (diagram, ids[i], 35, 25));
      g_assert_false (atlas_diagram_shape_contains (diagram, ids[i], 25, 15));
    }
  /* "M20-0e1 20 20" is a move to (20, 0) and a line to (20, 20). */
  g_assert_true (atlas_diagram_has_shape (diagram, "compact"));

  /* S mirrors the previous control point: the curve bulges up, then down. */
  g_assert_true (atlas_diagram_shape_contains (diagram, "smooth", 65, 56));
  g_assert_false (atlas_diagram_shape_contains (diagram, "smooth", 75, 62));
  g_assert_true (atlas_diagram_shape_contains (diagram, "smooth", 75, 70));
  /* T continues the quadratic with a mirrored control point (dips down). */
  g_assert_true (atlas_diagram_shape_contains (diagram, "quad", 70, 7));
  g_assert_false (atlas_diagram_shape_contains (diagram, "quad", 85, 11));
  g_assert_true (atlas_diagram_shape_contains (diagram, "quad", 85, 16));

  atlas_diagram_free (diagram);
}

static void
assert_diagram_error (const char *svg,
                      int         code,
                      const char *expected)
{
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = diagram_from_string (svg, &error);

  g_assert_null (diagram);
  g_assert_error (error, ATLAS_DIAGRAM_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);
}

static void
test_errors (void)
{
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<g transform=\"scale(2)\">\n"
                        "<path id=\"m-left\" d=\"M0 0L1 1Z\"/></g></svg>",
                        ATLAS_DIAGRAM_ERROR_TRANSFORM,
                        "test.svg:3: path “m-left” is under a transform");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n"
                        "<path id=\"m-left\" transform=\"rotate(4)\" d=\"M0 0L1 1Z\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_TRANSFORM, "test.svg:2:");
  assert_diagram_error ("<svg width=\"10\">\n</svg>",
                        ATLAS_DIAGRAM_ERROR_VIEWBOX,
                        "test.svg:1: the <svg> element has no viewBox");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n\n"
                        "<path id=\"a\" d=\"M0 0 A 5 5 0 0 1 10 10\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH,
                        "test.svg:3: path “a”: arc commands are not supported");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0 L 5\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "missing or malformed numbers for “L”");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"L 5 5\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "must start with a move-to");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0\"/>\n"
                        "<path id=\"a\" d=\"M1 1\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PARSE, "test.svg:3: two paths have the id “a”");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0\"></svg>",
                        ATLAS_DIAGRAM_ERROR_PARSE, "test.svg:2:");
  assert_diagram_error ("<html/>", ATLAS_DIAGRAM_ERROR_PARSE, "the root element is <html>");
}

/* A malformed token once sent the parser's count past its four numbers, and
 * every later number was written beyond the array, over the return address. */
static void
test_view_box_overflow (void)
{
  g_autoptr (GString) many = g_string_new ("<svg viewBox=\"0 0 [01005");
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 4096; i++)
    g_string_append (many, " 123456789");
  g_string_append (many, "\">\n</svg>");

  assert_diagram_error ("<svg viewBox=\"0 0 [01005 0\">\n</svg>", ATLAS_DIAGRAM_ERROR_VIEWBOX,
                        "test.svg:1: viewBox “0 0 [01005 0” must be “0 0 WIDTH HEIGHT”");
  assert_diagram_error (many->str, ATLAS_DIAGRAM_ERROR_VIEWBOX, "test.svg:1: viewBox");
  /* The message quotes the 40 kB attribute, but only its start and end: a
   * dialog showing all of it froze the window. */
  g_assert_null (diagram_from_string (many->str, &error));
  g_assert_cmpint (g_utf8_strlen (error->message, -1), <=, ATLAS_TEXT_MAX_MESSAGE + 3);
  g_assert_true (g_str_has_prefix (error->message, "test.svg:1: viewBox “0 0 [01005 123456789"));
  g_assert_true (g_str_has_suffix (error->message, "” must be “0 0 WIDTH HEIGHT” with a size "
                                   "from 0 to 100000"));
  assert_diagram_error ("<svg viewBox=\"0 0 10 10 10 10 10 10\"/>", ATLAS_DIAGRAM_ERROR_VIEWBOX,
                        "must be “0 0 WIDTH HEIGHT”");
  assert_diagram_error ("<svg viewBox=\"0 0 10\"/>", ATLAS_DIAGRAM_ERROR_VIEWBOX,
                        "must be “0 0 WIDTH HEIGHT”");
}

/* An empty GBytes may have a NULL pointer (g_bytes_new (NULL, 0)); GMarkup took it for a
 * programming error and the reader went on to read an error that was never set. */
static void
test_empty (void)
{
  g_autoptr (GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr (GError) error = NULL;

  g_assert_null (atlas_diagram_new_from_bytes (empty, "test.svg", &error));
  g_assert_error (error, ATLAS_DIAGRAM_ERROR, ATLAS_DIAGRAM_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "test.svg:1: "));
}

static void
test_number_parser (void)
{
  const struct { const char *text; gboolean ok; double value; } cases[] = {
    { "0", TRUE, 0 }, { "-0e1", TRUE, 0 }, { "+12.5", TRUE, 12.5 }, { ".5", TRUE, 0.5 },
    { "5.", TRUE, 5 }, { "1e3", TRUE, 1000 }, { "1E-3", TRUE, 0.001 }, { "0.000e-999", TRUE, 0 },
    { "1e308", TRUE, 1e308 },
    { "", FALSE }, { "-", FALSE }, { ".", FALSE }, { "+.", FALSE }, { "e5", FALSE },
    { "nan", FALSE }, { "-nan", FALSE }, { "NaN", FALSE }, { "inf", FALSE }, { "+inf", FALSE },
    { "-Infinity", FALSE }, { "0x10", FALSE }, { "1e309", FALSE }, { "-1e400", FALSE },
    { "1e-400", FALSE }, { "1e", FALSE }, { " 1", FALSE }, { "1 ", FALSE }, { "1,5", FALSE },
    { "1.2.3", FALSE },
    { "0000000000000000000000000000000000000000000000000000000000000000001", FALSE },
  };
  gint64 integer;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -42;
      gboolean ok = atlas_number_parse (cases[i].text, &value);

      if (ok != cases[i].ok)
        g_error ("“%s” should %sparse", cases[i].text, cases[i].ok ? "" : "not ");
      if (ok)
        g_assert_cmpfloat (value, ==, cases[i].value);
      else
        g_assert_cmpfloat (value, ==, -42);
    }

  g_assert_true (atlas_number_parse_int ("-12", -20, 20, &integer));
  g_assert_cmpint (integer, ==, -12);
  g_assert_false (atlas_number_parse_int ("0x10", 0, 100, &integer));
  g_assert_false (atlas_number_parse_int ("21", 0, 20, &integer));
  g_assert_false (atlas_number_parse_int ("99999999999999999999999", G_MININT64, G_MAXINT64,
                                          &integer));
  g_assert_false (atlas_number_parse_int ("", 0, 20, &integer));
  g_assert_false (atlas_number_parse_int ("1.0", 0, 20, &integer));
}

/* NaN passed "<= 0", and the path parser took what strtod took. */
static void
test_non_finite_numbers (void)
{
  const char *view_boxes[] = {
    "0 0 100 NaN", "0 0 nan 100", "0 0 inf 100", "0 0 100 -inf", "0 0 1e999 100",
    "0 0 0x10 100", "0 0 1e-400 100", "0 0 1e300 100", "nan 0 100 100", "0 0 100 100x",
  };
  const char *paths[] = {
    "M +inf 0 L 1 1 Z", "M 0 0 L -nan 1 Z", "M 0 0 L 1 NaN Z", "M 0 0 L 1e999 1 Z",
    "M 0 0 L 0x10 1 Z", "M 0 0 L 1e-400 1 Z",
  };

  for (guint i = 0; i < G_N_ELEMENTS (view_boxes); i++)
    {
      g_autofree char *svg = g_strdup_printf ("<svg viewBox=\"%s\"/>", view_boxes[i]);

      assert_diagram_error (svg, ATLAS_DIAGRAM_ERROR_VIEWBOX, "must be “0 0 WIDTH HEIGHT”");
    }

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *svg = g_strdup_printf ("<svg viewBox=\"0 0 10 10\">\n"
                                              "<path id=\"a\" d=\"%s\"/></svg>", paths[i]);

      assert_diagram_error (svg, ATLAS_DIAGRAM_ERROR_PATH, "test.svg:2: path “a”: ");
    }

  /* Finite numbers whose coordinates leave cairo's range: one absolute, and
   * relative steps that add up. */
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\"><path id=\"a\" d=\"M 1e308 0 L 1 1 Z\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH,
                        "a coordinate of “M” at character 1 is beyond ±1000000");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">"
                        "<path id=\"a\" d=\"m 900000 0 l 900000 0 z\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "a coordinate of “l” at character 12 is beyond");
}

static void
assert_bytes_error (const char *svg,
                    gsize       size,
                    int         code,
                    const char *expected)
{
  g_autoptr (GBytes) bytes = g_bytes_new (svg, size);
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = atlas_diagram_new_from_bytes (bytes, "test.svg", &error);

  g_assert_null (diagram);
  g_assert_error (error, ATLAS_DIAGRAM_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);
}

/* Messages quote the input; they must still be UTF-8 (the window shows them),
 * give the line once, and nothing may be silently cut at a NUL. */
static void
test_messages_from_bad_bytes (void)
{
  static const char nul[] = "<svg viewBox=\"0 0 10 10\">\n"
                            "<path id=\"a\" d=\"M0 0 L1\0 1 Z\"/></svg>";
  g_autofree char *message = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0 é 1\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "path “a”: unexpected “é” at character 6");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0 L\t\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "missing or malformed numbers for “L”");
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n<path id=\"a\" d=\"M0 0 # 1\"/></svg>",
                        ATLAS_DIAGRAM_ERROR_PATH, "unexpected “#” at character 6");

  /* The path parser on its own may see any bytes. */
  g_assert_false (atlas_svg_path_append (cr, "M0 0 \xc3", &message));
  g_assert_true (g_utf8_validate (message, -1, NULL));
  g_assert_cmpstr (message, ==, "unexpected byte 0xC3 at character 6");
  g_clear_pointer (&message, g_free);
  g_assert_false (atlas_svg_path_append (cr, "M0 0 \x01", &message));
  g_assert_cmpstr (message, ==, "unexpected U+0001 at character 6");
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  assert_bytes_error ("<svg viewBox=\"0 0 10 10\">\n<pa\xffth/></svg>", 40,
                      ATLAS_DIAGRAM_ERROR_PARSE, "test.svg:2: Invalid UTF-8");
  assert_bytes_error (nul, sizeof nul - 1, ATLAS_DIAGRAM_ERROR_PARSE,
                      "test.svg:2: the file contains a NUL byte");

  /* One FILE:LINE, not GMarkup's "Error on line N char M" after it. */
  assert_diagram_error ("<svg viewBox=\"0 0 10 10\">\n\n<path id=\"a\" d=\"M0 0\"></svg>",
                        ATLAS_DIAGRAM_ERROR_PARSE, "test.svg:3: Element “svg” was closed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/diagram/pick-topmost", test_pick_topmost);
  g_test_add_func ("/atlas/diagram/pick-follows-outline", test_pick_follows_outline);
  g_test_add_func ("/atlas/diagram/in-skin", test_in_skin);
  g_test_add_func ("/atlas/diagram/pick-outside-and-filter", test_pick_outside_and_filter);
  g_test_add_func ("/atlas/diagram/path-commands", test_path_commands);
  g_test_add_func ("/atlas/diagram/errors", test_errors);
  g_test_add_func ("/atlas/diagram/view-box-overflow", test_view_box_overflow);
  g_test_add_func ("/atlas/diagram/empty", test_empty);
  g_test_add_func ("/atlas/diagram/number-parser", test_number_parser);
  g_test_add_func ("/atlas/diagram/non-finite-numbers", test_non_finite_numbers);
  g_test_add_func ("/atlas/diagram/messages-from-bad-bytes", test_messages_from_bad_bytes);

  return g_test_run ();
}
