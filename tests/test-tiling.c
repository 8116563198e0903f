/* test-tiling.c: the region map of a view tiles the skin.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every point inside the body's outline must lie in exactly one region of the
 * view's `regions` group: a gap leaves pain that cannot be marked and splits a
 * referral zone; an overlap makes one click mark two places. The check
 * samples the view on a grid, off the document's whole units so that no
 * sample sits on a shared edge.
 */

#include "config.h"

#include <string.h>

#include "atlas-database.h"
#include "atlas-diagram.h"
#include "atlas-test-util.h"

/* Every view's regions tile its skin (assets/diagrams/src/tile.py). */
static const char *const tiled_views[] = {
  "head", "head-deep", "anterior", "anterior-deep", "posterior", "posterior-deep", "lateral",
  "hand", "foot", NULL
};

typedef struct {
  guint samples;
  guint gaps;
  guint overlaps;
  GString *report; /* the first few problems, with ids and places */
} Tiling;

static void
check_tiling (AtlasDiagram *diagram,
              double        step,
              Tiling       *tiling)
{
  g_autoptr (GPtrArray) regions = g_ptr_array_new ();
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  for (guint i = 0; i < atlas_diagram_get_n_shapes (diagram); i++)
    {
      const char *id = atlas_diagram_get_shape_id (diagram, i);
      cairo_rectangle_t box;

      if (!g_str_has_prefix (id, "region-"))
        continue;
      atlas_diagram_get_extents (diagram, id, &box);
      g_ptr_array_add (regions, (gpointer) id);
      g_array_append_val (boxes, box);
    }

  for (double y = 0.41; y < atlas_diagram_get_height (diagram); y += step)
    for (double x = 0.37; x < atlas_diagram_get_width (diagram); x += step)
      {
        const char *first = NULL, *second = NULL;
        guint n = 0;

        if (!atlas_diagram_in_skin (diagram, x, y))
          continue;
        tiling->samples++;
        for (guint r = 0; r < regions->len; r++)
          {
            const cairo_rectangle_t *box = &g_array_index (boxes, cairo_rectangle_t, r);

            if (x < box->x || y < box->y || x > box->x + box->width || y > box->y + box->height ||
                !atlas_diagram_shape_contains (diagram, g_ptr_array_index (regions, r), x, y))
              continue;
            if (n++ == 0)
              first = g_ptr_array_index (regions, r);
            else
              second = g_ptr_array_index (regions, r);
          }
        if (n == 0 && tiling->gaps++ < 5)
          g_string_append_printf (tiling->report, "gap at (%.0f, %.0f); ", x, y);
        if (n > 1 && tiling->overlaps++ < 5)
          g_string_append_printf (tiling->report, "%s and %s overlap at (%.0f, %.0f); ",
                                  first, second, x, y);
      }

  g_array_unref (boxes);
}

static AtlasDiagram *
fixture (const char *regions)
{
  g_autofree char *svg = g_strdup_printf (
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 120\">"
    "<path class=\"skin\" d=\"M10 10 H110 V110 H10 Z\"/>"
    "<g id=\"regions\" display=\"none\">%s</g></svg>", regions);
  g_autoptr (GBytes) bytes = g_bytes_new (svg, strlen (svg));
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = atlas_diagram_new_from_bytes (bytes, "fixture.svg", &error);

  g_assert_no_error (error);
  return diagram;
}

/* The check itself: a true tiling passes, a gap and an overlap are named. */
static void
test_checker (void)
{
  struct {
    const char *regions;
    guint gaps;
    guint overlaps;
    const char *says;
  } cases[] = {
    { "<path id=\"region-a\" d=\"M0 0 H60 V120 H0 Z\"/>"
      "<path id=\"region-b\" d=\"M60 0 H120 V120 H60 Z\"/>",
      0, 0, "" },
    { "<path id=\"region-a\" d=\"M0 0 H55 V120 H0 Z\"/>"
      "<path id=\"region-b\" d=\"M60 0 H120 V120 H60 Z\"/>",
      1, 0, "gap at (56, " },
    { "<path id=\"region-a\" d=\"M0 0 H65 V120 H0 Z\"/>"
      "<path id=\"region-b\" d=\"M60 0 H120 V120 H60 Z\"/>",
      0, 1, "region-a and region-b overlap at (61, " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AtlasDiagram *diagram = fixture (cases[i].regions);
      Tiling tiling = { 0, 0, 0, g_string_new (NULL) };

      check_tiling (diagram, 1.0, &tiling);
      g_assert_cmpuint (tiling.samples, ==, 100 * 100);
      g_assert_cmpuint (tiling.gaps > 0, ==, cases[i].gaps > 0);
      g_assert_cmpuint (tiling.overlaps > 0, ==, cases[i].overlaps > 0);
      g_assert_nonnull (strstr (tiling.report->str, cases[i].says));
      g_string_free (tiling.report, TRUE);
      atlas_diagram_free (diagram);
    }
}

static void
test_view (gconstpointer data)
{
  AtlasDatabase *db = atlas_test_bundled ();
  const AtlasView *view = atlas_database_get_view (db, data);
  Tiling tiling = { 0, 0, 0, g_string_new (NULL) };

  g_assert_nonnull (view);
  check_tiling (view->diagram, 3.0, &tiling);
  g_assert_cmpuint (tiling.samples, >, 0);
  if (tiling.gaps > 0 || tiling.overlaps > 0)
    g_error ("%s: %u gaps and %u overlaps in %u samples: %s", view->id, tiling.gaps,
             tiling.overlaps, tiling.samples, tiling.report->str);
  g_string_free (tiling.report, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/tiling/checker", test_checker);
  for (guint i = 0; tiled_views[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/tiling/view/%s", tiled_views[i]);

      g_test_add_data_func (path, tiled_views[i], test_view);
    }
  return g_test_run ();
}
