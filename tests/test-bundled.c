/* test-bundled.c: what the bundled atlas promises clinicians.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-database.h"
#include "atlas-test-util.h"
#include "atlas-diagram.h"
#include "atlas-text.h"

static AtlasDatabase *db;

static void
test_required_muscles (void)
{
  /* The muscles most needled in clinics, which the first release promised. */
  const char *required[] = {
    "upper-trapezius", "levator-scapulae", "sternocleidomastoid", "suboccipitals",
    "splenius-capitis", "temporalis", "masseter", "infraspinatus", "supraspinatus",
    "rhomboids", "pectoralis-major", "deltoid", "extensor-carpi-radialis-longus",
    "supinator", "quadratus-lumborum", "lumbar-multifidus", "iliopsoas",
    "gluteus-maximus", "gluteus-medius", "gluteus-minimus", "piriformis",
    "vastus-medialis", "gastrocnemius", "soleus", "tibialis-anterior",
  };

  g_assert_cmpuint (g_list_model_get_n_items (atlas_database_get_muscles (db)), >=, 25);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (atlas_database_get_muscle (db, required[i]) == NULL)
        g_error ("the atlas lacks %s", required[i]);
    }
}

static void
test_search_abbreviations (void)
{
  /* How clinicians type: the first letters of each word. */
  const char *cases[][2] = {
    { "glut min", "gluteus-minimus" },
    { "upper trap", "upper-trapezius" },
    { "lev scap", "levator-scapulae" },
    { "SCM", "sternocleidomastoid" },
    { "ext carp rad", "extensor-carpi-radialis-longus" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) found = atlas_database_search (db, cases[i][0]);

      if (found->len == 0 || g_strcmp0 (atlas_muscle_get_id (g_ptr_array_index (found, 0)), cases[i][1]) != 0)
        g_error ("searching “%s” does not put %s first", cases[i][0], cases[i][1]);
    }
}

static gboolean
is_muscle_shape (const char *id,
                 gpointer    user_data)
{
  return !g_str_has_prefix (id, "region-");
}

static void
test_marks_inside_outline (void)
{
  GListModel *muscles = atlas_database_get_muscles (db);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      GPtrArray *points = atlas_muscle_get_trigger_points (muscle);

      for (guint j = 0; j < points->len; j++)
        {
          const AtlasTriggerPoint *point = g_ptr_array_index (points, j);

          for (guint k = 0; k < point->marks->len; k++)
            {
              const AtlasMark *mark = g_ptr_array_index (point->marks, k);

              for (AtlasSide side = ATLAS_SIDE_LEFT; side <= ATLAS_SIDE_RIGHT; side++)
                {
                  g_autofree char *shape = atlas_muscle_dup_shape_id (muscle, side);
                  double x, y;

                  if (!atlas_view_draws_side (mark->view, side))
                    continue;
                  atlas_mark_position (mark, side, &x, &y);
                  if (!atlas_diagram_shape_contains (mark->view->diagram, shape, x, y))
                    g_error ("%s %s: the mark (%g, %g) on %s lies outside %s",
                             atlas_muscle_get_id (muscle), point->id, x, y, mark->view->id, shape);
                  /* And nothing drawn over the muscle hides it: a click on the X
                   * chooses the muscle whose trigger point it is. */
                  if (g_strcmp0 (atlas_diagram_pick (mark->view->diagram, x, y, is_muscle_shape, NULL), shape) != 0)
                    g_error ("%s %s: the mark (%g, %g) on %s lies under %s",
                             atlas_muscle_get_id (muscle), point->id, x, y, mark->view->id,
                             atlas_diagram_pick (mark->view->diagram, x, y, is_muscle_shape, NULL));
                }
            }
        }
    }
}

static void
test_every_muscle_has_a_marked_view (void)
{
  GListModel *muscles = atlas_database_get_muscles (db);

  /* Whatever view is on screen, showing a muscle lands where an X is. */
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0);
      const AtlasMark *mark = g_ptr_array_index (point->marks, 0);
      GPtrArray *views = atlas_database_get_views (db);

      g_assert_true (atlas_muscle_choose_view (muscle, mark->view) == mark->view);
      for (guint j = 0; j < views->len; j++)
        {
          const AtlasView *chosen = atlas_muscle_choose_view (muscle, g_ptr_array_index (views, j));
          gboolean marked = FALSE;

          for (guint k = 0; k < atlas_muscle_get_trigger_points (muscle)->len && !marked; k++)
            {
              const AtlasTriggerPoint *p = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), k);

              for (guint m = 0; m < p->marks->len; m++)
                marked |= ((const AtlasMark *) g_ptr_array_index (p->marks, m))->view == chosen;
            }
          if (!marked)
            g_error ("%s: from view %d the atlas shows a view without its trigger points",
                     atlas_muscle_get_id (muscle), j);
        }
    }
}

static void
test_every_shape_has_data (void)
{
  /* A clickable shape without data would select nothing: the student clicks a
   * drawn muscle and the panel stays empty. */
  GPtrArray *views = atlas_database_get_views (db);
  guint n_checked = 0;

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      guint n = atlas_diagram_get_n_shapes (view->diagram);

      for (guint j = 0; j < n; j++)
        {
          const char *id = atlas_diagram_get_shape_id (view->diagram, j);
          AtlasSide side;

          if (g_str_has_prefix (id, "region-"))
            continue;
          if (atlas_database_lookup_shape (db, id, &side) == NULL)
            g_error ("%s: shape %s has no muscle in the data", view->id, id);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 2 * g_list_model_get_n_items (atlas_database_get_muscles (db)));
}

static void
test_sides_mirror (void)
{
  GListModel *muscles = atlas_database_get_muscles (db);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      GPtrArray *views = atlas_muscle_get_views (muscle);
      g_autofree char *left = atlas_muscle_dup_shape_id (muscle, ATLAS_SIDE_LEFT);
      g_autofree char *right = atlas_muscle_dup_shape_id (muscle, ATLAS_SIDE_RIGHT);

      for (guint j = 0; j < views->len; j++)
        {
          const AtlasView *view = g_ptr_array_index (views, j);
          double width = atlas_diagram_get_width (view->diagram);
          cairo_rectangle_t l, r;
          double right_x;

          /* A lateral view draws one side: there is nothing to mirror. */
          if (view->sides != ATLAS_VIEW_BOTH_SIDES)
            continue;

          g_assert_true (atlas_diagram_get_extents (view->diagram, left, &l));
          g_assert_true (atlas_diagram_get_extents (view->diagram, right, &r));
          /* The left shape is the right one reflected about the centre line. */
          if (fabs (l.x - (width - r.x - r.width)) > 0.5 || fabs (l.y - r.y) > 0.5 ||
              fabs (l.width - r.width) > 0.5 || fabs (l.height - r.height) > 0.5)
            g_error ("%s on %s: left and right are not mirror images", left, view->id);

          /* And the right side is on the half of the image the view says. */
          right_x = r.x + r.width / 2;
          if ((view->image_left == ATLAS_SIDE_RIGHT) != (right_x < width / 2))
            g_error ("%s on %s is drawn on the wrong half of the image", right, view->id);
        }
    }
}

static gboolean
mentions (const char *text,
          const char *word)
{
  g_autofree char *folded = atlas_text_fold (text ? text : "");

  return strstr (folded, word) != NULL;
}

static void
test_pneumothorax_warnings (void)
{
  /* Muscles over the thorax through which a needle can reach the lung. */
  const char *thoracic[] = {
    "upper-trapezius", "middle-trapezius", "lower-trapezius", "rhomboids",
    "pectoralis-major", "pectoralis-minor", "serratus-anterior",
    "serratus-posterior-superior", "serratus-posterior-inferior", "intercostals", "scalenes", "iliocostalis-thoracis",
    "levator-scapulae", "supraspinatus", "infraspinatus", "quadratus-lumborum",
    "erector-spinae", "subclavius", "subscapularis",
  };
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (thoracic); i++)
    {
      AtlasMuscle *muscle = atlas_database_get_muscle (db, thoracic[i]);
      GPtrArray *notes;
      gboolean warned = FALSE;

      if (muscle == NULL)
        continue;

      notes = atlas_muscle_get_safety_notes (muscle);
      for (guint j = 0; j < notes->len; j++)
        {
          const AtlasSafetyNote *note = g_ptr_array_index (notes, j);

          warned |= mentions (note->hazard, "pneumothorax") &&
                    (mentions (note->structures, "lung") || mentions (note->structures, "pleura"));
        }
      if (!warned)
        g_error ("%s carries no pneumothorax warning", thoracic[i]);
      checked++;
    }

  g_assert_cmpuint (checked, >=, 5);
}

static void
test_conditions_have_muscles (void)
{
  GPtrArray *conditions = atlas_database_get_conditions (db);

  g_assert_cmpuint (conditions->len, >, 0);
  for (guint i = 0; i < conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (conditions, i);
      g_autoptr (GPtrArray) muscles = atlas_database_muscles_for_condition (db, condition->id);

      if (muscles->len < 2)
        g_error ("condition %s lists %u muscle(s); at least two are needed",
                 condition->id, muscles->len);
    }
}

static void
test_cards_complete (void)
{
  GListModel *muscles = atlas_database_get_muscles (db);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const char *id = atlas_muscle_get_id (muscle);

      if (atlas_muscle_get_summary (muscle) == NULL || atlas_muscle_get_self_care (muscle) == NULL ||
          atlas_muscle_get_origin (muscle) == NULL || atlas_muscle_get_insertion (muscle) == NULL ||
          atlas_muscle_get_innervation (muscle) == NULL || atlas_muscle_get_action (muscle) == NULL)
        g_error ("%s lacks a summary, self-care or anatomy field", id);
      if (atlas_muscle_get_conditions (muscle)->len == 0)
        g_error ("%s is indicated for no condition", id);
      if (atlas_muscle_get_needling (muscle)->beneath == NULL)
        g_error ("%s does not say what lies beneath the needle", id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  db = atlas_test_bundled ();

  g_test_add_func ("/atlas/bundled/required-muscles", test_required_muscles);
  g_test_add_func ("/atlas/bundled/search-abbreviations", test_search_abbreviations);
  g_test_add_func ("/atlas/bundled/marks-inside-outline", test_marks_inside_outline);
  g_test_add_func ("/atlas/bundled/sides-mirror", test_sides_mirror);
  g_test_add_func ("/atlas/bundled/every-shape-has-data", test_every_shape_has_data);
  g_test_add_func ("/atlas/bundled/choose-view", test_every_muscle_has_a_marked_view);
  g_test_add_func ("/atlas/bundled/pneumothorax-warnings", test_pneumothorax_warnings);
  g_test_add_func ("/atlas/bundled/conditions-have-muscles", test_conditions_have_muscles);
  g_test_add_func ("/atlas/bundled/cards-complete", test_cards_complete);

  return g_test_run ();
}
