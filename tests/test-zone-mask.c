/* test-zone-mask.c: a zone stays on the figure its regions are painted on.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hand hangs over the trunk: the trunk's region has a hole where the hand
 * is, and closing the zone fills holes (the breast on the chest must be
 * shaded), so without the figure rule a pattern on the trunk would cover the
 * hand. Needs no display.
 */

#include "config.h"

#include "atlas-zone-mask.h"

/* A 100 x 100 body with a 20 x 20 hand drawn over its middle (a later skin
 * outline); the trunk's tile goes round the hand, as generate.py tiles it. */
static const char svg[] =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" viewBox=\"0 0 100 100\">"
  "<path class=\"skin\" d=\"M 10 10 L 90 10 L 90 90 L 10 90 Z\"/>"
  "<path class=\"skin\" d=\"M 40 40 L 60 40 L 60 60 L 40 60 Z\"/>"
  "<g id=\"regions\" display=\"none\">"
  "<path id=\"region-trunk\""
  " d=\"M 10 10 L 90 10 L 90 90 L 10 90 Z M 40 40 L 40 60 L 60 60 L 60 40 Z\"/>"
  "<path id=\"region-hand\" d=\"M 40 40 L 60 40 L 60 60 L 40 60 Z\"/>"
  "</g></svg>";

static AtlasRegion trunk = { "trunk", "Trunk", NULL, FALSE };
static AtlasRegion hand = { "hand", "Hand", NULL, FALSE };

static AtlasDiagram *
load_diagram (void)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr (GError) error = NULL;
  AtlasDiagram *diagram = atlas_diagram_new_from_bytes (bytes, "test.svg", &error);

  g_assert_no_error (error);
  return diagram;
}

/* The zone of @regions, as the painter builds it, at 4 pixels a unit. */
static AtlasZoneMask *
zone_of (AtlasDiagram *diagram,
         AtlasRegion **regions,
         guint         n_regions)
{
  g_autoptr (GPtrArray) array = g_ptr_array_new ();
  cairo_rectangle_t area = { 0, 0, 100, 100 };
  AtlasZoneMask *mask = atlas_zone_mask_new (&area, 4.0);

  for (guint i = 0; i < n_regions; i++)
    g_ptr_array_add (array, regions[i]);
  atlas_zone_mask_add_regions (mask, diagram, array, ATLAS_SIDE_RIGHT);
  atlas_zone_mask_clip_to_skin (mask, diagram);
  return mask;
}

/* The zone's area inside the square from (@x, @y), @size units a side. */
static double
area_within (const AtlasZoneMask *zone,
             double               x,
             double               y,
             double               size)
{
  cairo_rectangle_t area = { 0, 0, 100, 100 };
  g_autoptr (AtlasZoneMask) square = atlas_zone_mask_new (&area, 4.0);
  cairo_t *cr = atlas_zone_mask_create_context (square);

  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
  cairo_destroy (cr);
  atlas_zone_mask_intersect (square, zone);
  return atlas_zone_mask_get_area (square);
}

static void
test_hand_spared (void)
{
  g_autoptr (AtlasDiagram) diagram = load_diagram ();
  AtlasRegion *regions[] = { &trunk };
  g_autoptr (AtlasZoneMask) zone = zone_of (diagram, regions, G_N_ELEMENTS (regions));

  /* The hand, less a unit of antialiasing at its edge, is bare... */
  g_assert_cmpfloat (area_within (zone, 41, 41, 18), <, 1.0);
  /* ...and the trunk round it is shaded (80 x 80 less the 20 x 20 hand). */
  g_assert_cmpfloat_with_epsilon (atlas_zone_mask_get_area (zone), 6000, 60);
}

static void
test_hand_in_pattern (void)
{
  g_autoptr (AtlasDiagram) diagram = load_diagram ();
  AtlasRegion *regions[] = { &trunk, &hand };
  g_autoptr (AtlasZoneMask) zone = zone_of (diagram, regions, G_N_ELEMENTS (regions));

  g_assert_cmpfloat_with_epsilon (area_within (zone, 41, 41, 18), 18 * 18, 3);
  g_assert_cmpfloat_with_epsilon (atlas_zone_mask_get_area (zone), 6400, 60);
}

static void
test_hand_alone (void)
{
  g_autoptr (AtlasDiagram) diagram = load_diagram ();
  AtlasRegion *regions[] = { &hand };
  g_autoptr (AtlasZoneMask) zone = zone_of (diagram, regions, G_N_ELEMENTS (regions));

  g_assert_cmpfloat_with_epsilon (atlas_zone_mask_get_area (zone), 400, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atlas/zone-mask/hand-spared", test_hand_spared);
  g_test_add_func ("/atlas/zone-mask/hand-in-pattern", test_hand_in_pattern);
  g_test_add_func ("/atlas/zone-mask/hand-alone", test_hand_alone);
  return g_test_run ();
}
