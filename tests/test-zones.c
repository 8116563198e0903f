/* test-zones.c: each trigger point's essential zone is drawn as one shape.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The count is of the very mask the painter fills, on the view that shows
 * the trigger point's essential zone best (the most of its regions; the
 * muscle's own view on a tie). Needs no display.
 */

#include "config.h"

#include "atlas-body-painter.h"
#include "atlas-database.h"
#include "atlas-test-util.h"

static AtlasDatabase *db;

/* Pieces smaller than this (document units squared) are antialiasing
 * crumbs, not islands anyone would see. */
#define MIN_PIECE 6.0

typedef struct {
  const char *muscle;
  /* Per trigger point, in the order of atlas.xml: how many islands the
   * manual draws for its essential zone. */
  guint pieces[6];
  guint n_points;
  /* The view the manual draws each point's pattern on; NULL picks the view
   * with the most of the zone's regions. */
  const char *views[6];
} Classic;

static const AtlasView *
best_view (AtlasMuscle             *muscle,
           const AtlasTriggerPoint *point)
{
  GPtrArray *views = atlas_database_get_views (db);
  const AtlasView *best = NULL, *own = atlas_muscle_choose_view (muscle, NULL);
  guint best_count = 0;

  for (guint v = 0; v < views->len; v++)
    {
      const AtlasView *view = g_ptr_array_index (views, v);
      guint count = 0;

      for (guint i = 0; i < point->essential->len; i++)
        count += atlas_view_draws_region (view, g_ptr_array_index (point->essential, i));
      if (count > best_count || (count == best_count && count > 0 && view == own))
        {
          best = view;
          best_count = count;
        }
    }
  return best;
}

/* A close-up view (the foot, the hand) draws the limb in several figures:
 * the pieces are counted in the figure that shows most of the zone. */
static guint
count_pieces (const AtlasView         *view,
              const AtlasTriggerPoint *point,
              AtlasSide                side)
{
  double best_area = 0;
  guint pieces = 0;

  for (guint figure = 0;; figure++)
    {
      g_autoptr (AtlasZoneMask) mask = NULL;
      double area;

      mask = atlas_body_painter_essential_mask (view->diagram, point, side, 2.0);
      g_assert_nonnull (mask);
      if (!atlas_zone_mask_clip_to_figure (mask, view->diagram, figure))
        break;
      area = atlas_zone_mask_get_area (mask);
      if (area > best_area)
        {
          best_area = area;
          pieces = atlas_zone_mask_count_pieces (mask, MIN_PIECE);
        }
    }
  g_assert_cmpfloat (best_area, >, 0);
  return pieces;
}

static void
test_classic (gconstpointer data)
{
  const Classic *classic = data;
  AtlasMuscle *muscle = atlas_database_get_muscle (db, classic->muscle);
  GPtrArray *points;

  g_assert_nonnull (muscle);
  points = atlas_muscle_get_trigger_points (muscle);
  g_assert_cmpuint (points->len, ==, classic->n_points);

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      const AtlasView *view = classic->views[i] != NULL
                              ? atlas_database_get_view (db, classic->views[i])
                              : best_view (muscle, point);
      AtlasSide side;
      guint pieces;

      g_assert_nonnull (view);
      side = atlas_view_draws_side (view, ATLAS_SIDE_RIGHT) ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT;
      pieces = count_pieces (view, point, side);
      g_test_message ("%s point %u on %s: %u piece(s)", classic->muscle, i + 1, view->id, pieces);
      g_assert_cmpuint (pieces, ==, classic->pieces[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* One piece each, except where Travell & Simons draw separate islands:
   * sternal SCM on the back and top of the head and over the cheek and eye
   * (the manual also leaves skin between the crown and the occiput, but the
   * two regions touch on the tiled head view, so they draw as one);
   * clavicular SCM on the forehead and behind the ear; the scalenes on the
   * chest, down the arm and on the thumb and index finger (front), and along
   * the scapula, the back of the arm, the radial forearm, the thumb and the
   * index finger, the back of the wrist spared (back); superficial quadratus
   * lumborum along the iliac crest and over the greater trochanter (the deep
   * point's sacroiliac and low buttock zones touch on the tiled back view,
   * where the manual leaves a gap); extensor carpi radialis longus at the
   * lateral epicondyle and on the back of the hand by the thumb, with
   * spillover between. */
  static const Classic classics[] = {
    { "upper-trapezius", { 1, 1 }, 2, { "head", "head" } },
    { "sternocleidomastoid", { 2, 2 }, 2, { "head", "head" } },
    { "infraspinatus", { 1, 1 }, 2, { "anterior", "anterior" } },
    { "scalenes", { 3, 5 }, 2, { "anterior", "posterior" } },
    { "gluteus-minimus", { 1, 1 }, 2, { "lateral", "posterior" } },
    { "quadratus-lumborum", { 2, 1 }, 2, { "posterior", "posterior" } },
    { "soleus", { 1, 1, 1 }, 3, { "foot", "foot", "posterior" } },
    { "extensor-carpi-radialis-longus", { 2 }, 1, { "hand" } },
    { "gluteus-medius", { 1, 1, 1 }, 3, { "posterior", "posterior", "posterior" } },
    { "piriformis", { 1, 1 }, 2, { "posterior", "posterior" } },
  };

  g_test_init (&argc, &argv, NULL);
  db = atlas_test_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (classics); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/zones/one-shape/%s", classics[i].muscle);

      g_test_add_data_func (path, &classics[i], test_classic);
    }
  return g_test_run ();
}
