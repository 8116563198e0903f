/* test-compare.c: two muscles compared, on the diagram and in the cards.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the cases atlas (tests/data/cases): "moved" has the upper back as its
 * essential zone, "mixed" the neck and shoulder, with the arm as spillover;
 * all on the "back" view, in regions of their own.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "atlas-body-painter.h"
#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-window-private.h"

/* Premultiplied ARGB32: the channels compare as well as plain ones. */
#define RED(p) (((p) >> 16) & 0xff)
#define GREEN(p) (((p) >> 8) & 0xff)

/* What the pixels of a 9 × 9 square about (@x, @y) show. */
typedef struct {
  gboolean reddest;   /* some pixel's red well above its green */
  gboolean greenest;  /* some pixel's green well above its red */
  gboolean varied;    /* not all one colour: a texture */
} Sample;

static Sample
sample (cairo_surface_t *surface,
        double           x,
        double           y)
{
  guint32 first = atlas_test_pixel_at (surface, (int) x, (int) y);
  Sample found = { FALSE, FALSE, FALSE };

  for (int dy = -4; dy <= 4; dy++)
    for (int dx = -4; dx <= 4; dx++)
      {
        guint32 p = atlas_test_pixel_at (surface, (int) x + dx, (int) y + dy);

        found.reddest |= RED (p) > GREEN (p) + 60;
        found.greenest |= GREEN (p) > RED (p) + 40;
        found.varied |= p != first;
      }
  return found;
}

/* A point of @region_id (unsided in the cases atlas) on @view, in document
 * units. */
static void
region_point (AtlasDatabase   *db,
              const AtlasView *view,
              const char      *region_id,
              double          *x,
              double          *y)
{
  const AtlasRegion *region = atlas_database_get_region (db, region_id);
  g_autofree char *shape = NULL;

  g_assert_nonnull (region);
  shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_RIGHT);
  atlas_test_region_point (db, view, shape, x, y);
}

/* The painter alone: the first muscle solid, the second hatched and ringed
 * in another hue, over it. */
static void
test_renditions (void)
{
  AtlasDatabase *db = atlas_test_cases ();
  const AtlasView *view = atlas_database_get_view (db, "back");
  AtlasDiagram *diagram = view->diagram;
  g_autoptr (GPtrArray) first = g_ptr_array_new ();
  g_autoptr (GPtrArray) second = g_ptr_array_new ();
  cairo_surface_t *surface;
  Sample essential, hatched, ringed;
  double x, y;
  cairo_t *cr;

  g_ptr_array_add (first, atlas_database_get_muscle (db, "moved"));
  g_ptr_array_add (second, atlas_database_get_muscle (db, "mixed"));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, atlas_diagram_get_width (diagram),
                                        atlas_diagram_get_height (diagram));
  cr = cairo_create (surface);
  atlas_body_painter_patterns (cr, diagram, first, ATLAS_SIDE_RIGHT, 1.0);
  atlas_body_painter_patterns_as (cr, diagram, second, ATLAS_SIDE_RIGHT, ATLAS_RENDITION_SECOND,
                                  1.0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  region_point (db, view, "upper-back", &x, &y);
  essential = sample (surface, x, y);
  region_point (db, view, "neck", &x, &y);
  hatched = sample (surface, x, y);
  region_point (db, view, "arm", &x, &y);
  ringed = sample (surface, x, y);
  cairo_surface_destroy (surface);

  /* The first as ever: red and flat. */
  g_assert_true (essential.reddest);
  g_assert_false (essential.greenest);
  /* The second in another hue and, for grey and red-weak eyes, a texture
   * in its essential zone where the first has a flat fill. */
  g_assert_true (hatched.greenest);
  g_assert_false (hatched.reddest);
  g_assert_true (hatched.varied);
  g_assert_true (ringed.greenest);
  g_assert_false (ringed.reddest);
  g_assert_true (ringed.varied);
}

typedef AtlasTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  atlas_test_window_fixture_set_up (fixture, atlas_test_cases (), 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  atlas_test_window_fixture_tear_down (fixture);
}

static const char *
side_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->window->side_stack);
}

static const char *
card_title (Fixture *fixture,
            guint    index)
{
  AtlasComparePanel *panel = atlas_window_get_compare_panel (fixture->window);

  return atlas_muscle_panel_get_title (atlas_compare_panel_get_card (panel, index));
}

/* The pattern overlay as it draws now, in an image the size of the view. */
static cairo_surface_t *
draw_overlay (Fixture *fixture)
{
  return atlas_test_widget_draw (GTK_WIDGET (atlas_window_get_pattern_overlay (fixture->window)));
}

static Sample
sample_region (Fixture         *fixture,
               cairo_surface_t *surface,
               const char      *region_id)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  double x, y;

  region_point (fixture->database, atlas_body_view_get_view (body_view), region_id, &x, &y);
  atlas_body_view_document_to_widget (body_view, x, y, &x, &y);
  return sample (surface, x, y);
}

static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);
  AtlasPatternOverlay *overlay = atlas_window_get_pattern_overlay (fixture->window);
  AtlasMuscle *moved = atlas_database_get_muscle (fixture->database, "moved");
  AtlasMuscle *mixed = atlas_database_get_muscle (fixture->database, "mixed");
  cairo_surface_t *surface;
  Sample first, second;
  const char *title;
  GtkWidget *panel;

  /* Nothing to compare with before a card is open. */
  gtk_widget_activate_action (window, "win.compare-with", NULL);
  g_assert_false (gtk_search_bar_get_search_mode (fixture->window->search_bar));

  atlas_window_show_muscle (fixture->window, moved, ATLAS_SIDE_RIGHT);
  g_assert_true (gtk_widget_activate_action (window, "win.compare", "s", "mixed:right"));

  /* Both cards, in the compare page. */
  g_assert_cmpstr (side_page (fixture), ==, "compare");
  g_assert_nonnull (strstr (card_title (fixture, 0), "Moved muscle"));
  g_assert_nonnull (strstr (card_title (fixture, 1), "Mixed muscle"));
  /* Both patterns on the view that shows them, the card's muscle first. */
  g_assert_cmpstr (atlas_body_view_get_view_id (body_view), ==, "back");
  g_assert_null (atlas_body_view_get_selected_muscle (body_view));
  g_assert_cmpstr (atlas_pattern_overlay_get_muscles (overlay)[0], ==, "moved");
  g_assert_null (atlas_pattern_overlay_get_muscles (overlay)[1]);
  g_assert_cmpstr (atlas_pattern_overlay_get_second_muscle (overlay), ==, "mixed");

  /* And drawn: the first red and flat in its zone, the second in the other
   * hue, textured, in its own. */
  gtk_test_widget_wait_for_draw (window);
  surface = draw_overlay (fixture);
  first = sample_region (fixture, surface, "upper-back");
  second = sample_region (fixture, surface, "neck");
  cairo_surface_destroy (surface);
  g_assert_true (first.reddest);
  g_assert_false (first.greenest);
  g_assert_true (second.greenest);
  g_assert_true (second.varied);

  /* Leaving (the close button, Escape) brings back the single card. */
  panel = GTK_WIDGET (atlas_window_get_compare_panel (fixture->window));
  g_assert_true (gtk_widget_activate_action (panel, "compare.close", NULL));
  g_assert_cmpstr (side_page (fixture), ==, "card");
  g_assert_true (atlas_body_view_get_selected_muscle (body_view) == moved);
  title = atlas_muscle_panel_get_title (atlas_window_get_muscle_panel (fixture->window));
  g_assert_nonnull (strstr (title, "Moved muscle"));
  g_assert_null (atlas_pattern_overlay_get_muscles (overlay));
  g_assert_null (atlas_pattern_overlay_get_second_muscle (overlay));

  /* "Compare With…" takes the next muscle chosen in the search. */
  g_assert_true (gtk_widget_activate_action (window, "win.compare-with", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (fixture->window->search_bar));
  _atlas_window_choose_muscle (fixture->window, mixed);
  g_assert_cmpstr (side_page (fixture), ==, "compare");
  g_assert_nonnull (strstr (card_title (fixture, 1), "Mixed muscle"));
  g_assert_false (gtk_search_bar_get_search_mode (fixture->window->search_bar));

  /* Choosing a muscle otherwise ends the comparison. */
  atlas_window_show_muscle (fixture->window, mixed, ATLAS_SIDE_RIGHT);
  g_assert_cmpstr (side_page (fixture), ==, "card");
  g_assert_null (atlas_pattern_overlay_get_second_muscle (overlay));
  g_assert_null (atlas_pattern_overlay_get_muscles (overlay));
}

/* Two columns where two cards fit, else one above the other. */
static void
test_layout (void)
{
  AtlasDatabase *db = atlas_test_cases ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = atlas_compare_panel_new ();
  AtlasComparePanel *compare = ATLAS_COMPARE_PANEL (panel);
  GtkWidget *first, *second;
  graphene_point_t a, b;

  atlas_compare_panel_set_muscles (compare, atlas_database_get_muscle (db, "moved"),
                                   ATLAS_SIDE_RIGHT, atlas_database_get_muscle (db, "mixed"),
                                   ATLAS_SIDE_LEFT);
  first = GTK_WIDGET (atlas_compare_panel_get_card (compare, 0));
  second = GTK_WIDGET (atlas_compare_panel_get_card (compare, 1));
  g_assert_nonnull (strstr (atlas_muscle_panel_get_title (ATLAS_MUSCLE_PANEL (second)),
                            "Mixed muscle"));
  g_assert_cmpint (atlas_muscle_panel_get_side (ATLAS_MUSCLE_PANEL (second)), ==,
                   ATLAS_SIDE_LEFT);

  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_width (panel) >= 900 && gtk_widget_get_height (first) > 0);
  g_assert_true (atlas_compare_panel_get_side_by_side (compare));
  g_assert_true (gtk_widget_compute_point (first, panel, &GRAPHENE_POINT_INIT (0, 0), &a));
  g_assert_true (gtk_widget_compute_point (second, panel, &GRAPHENE_POINT_INIT (0, 0), &b));
  g_assert_cmpfloat (b.x, >=, a.x + gtk_widget_get_width (first));

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_width (panel) <= 400);
  gtk_test_widget_wait_for_draw (window);
  g_assert_false (atlas_compare_panel_get_side_by_side (compare));
  g_assert_true (gtk_widget_compute_point (first, panel, &GRAPHENE_POINT_INIT (0, 0), &a));
  g_assert_true (gtk_widget_compute_point (second, panel, &GRAPHENE_POINT_INIT (0, 0), &b));
  g_assert_cmpfloat (b.y, >=, a.y + gtk_widget_get_height (first));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first button under @root that activates @action, or NULL. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* "Compare with…" is on the card itself, named for screen readers and
 * reached with the keyboard; the search then asks for the second muscle. */
static void
test_from_card (Fixture       *fixture,
                gconstpointer  data)
{
  AtlasWindow *window = fixture->window;
  AtlasComparePanel *compare = atlas_window_get_compare_panel (window);
  GtkWidget *card = GTK_WIDGET (atlas_window_get_muscle_panel (window));
  GtkWidget *button = find_action_button (card, "win.compare-with");
  g_autofree char *placeholder = NULL;

  g_assert_nonnull (button);
  /* No muscle on the card yet: nothing to compare. */
  g_assert_false (gtk_widget_is_sensitive (button));

  atlas_window_show_muscle (window, atlas_database_get_muscle (fixture->database, "moved"),
                            ATLAS_SIDE_RIGHT);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Compare with…");
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (gtk_widget_grab_focus (button));
  /* As Space or Enter on the focused button. */
  g_assert_true (gtk_widget_activate (button));
  ATLAS_TEST_WAIT_FOR (gtk_search_bar_get_search_mode (window->search_bar));
  g_object_get (window->search_entry, "placeholder-text", &placeholder, NULL);
  g_assert_nonnull (strstr (placeholder, "Moved muscle"));

  _atlas_window_choose_muscle (window, atlas_database_get_muscle (fixture->database, "mixed"));
  g_assert_cmpstr (side_page (fixture), ==, "compare");
  g_assert_nonnull (strstr (card_title (fixture, 1), "Mixed muscle"));
  /* The search box asks for anything again. */
  g_clear_pointer (&placeholder, g_free);
  g_object_get (window->search_entry, "placeholder-text", &placeholder, NULL);
  g_assert_null (strstr (placeholder, "Moved muscle"));
  /* The compared cards have no such button: it would act on the selection. */
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *inner = find_action_button (GTK_WIDGET (atlas_compare_panel_get_card (compare, i)),
                                             "win.compare-with");

      g_assert_nonnull (inner);
      g_assert_false (gtk_widget_get_mapped (inner));
    }
}

/* In a window of 1366 x 768, the commonest laptop screen: the two cards
 * stand side by side, each wide enough to read and none cut off. */
static void
test_window_columns (void)
{
  AtlasWindow *window = atlas_test_window_open (atlas_test_cases (), 1366, 768);
  AtlasComparePanel *compare = atlas_window_get_compare_panel (window);
  GtkWidget *first = GTK_WIDGET (atlas_compare_panel_get_card (compare, 0));
  GtkWidget *second = GTK_WIDGET (atlas_compare_panel_get_card (compare, 1));
  GtkWidget *body_view = GTK_WIDGET (atlas_window_get_body_view (window));
  graphene_rect_t a, b, diagram;

  atlas_window_show_muscle (window, atlas_database_get_muscle (atlas_test_cases (), "moved"),
                            ATLAS_SIDE_RIGHT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s",
                                             "mixed:left"));
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (second) && gtk_widget_get_width (second) > 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_test_message ("window %d x %d, compare panel %d wide, cards %d and %d",
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)),
                  gtk_widget_get_width (GTK_WIDGET (compare)), gtk_widget_get_width (first),
                  gtk_widget_get_width (second));
  /* The window's frame takes a few pixels of the size asked for. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1340);
  g_assert_true (atlas_compare_panel_get_side_by_side (compare));
  g_assert_true (gtk_widget_compute_bounds (first, GTK_WIDGET (window), &a));
  g_assert_true (gtk_widget_compute_bounds (second, GTK_WIDGET (window), &b));
  g_assert_true (gtk_widget_compute_bounds (body_view, GTK_WIDGET (window), &diagram));
  /* Side by side, at the same height, each a readable column. */
  g_assert_cmpfloat (b.origin.x, >=, a.origin.x + a.size.width);
  g_assert_cmpfloat (b.origin.y, ==, a.origin.y);
  g_assert_cmpfloat (a.size.width, >=, 300);
  g_assert_cmpfloat (b.size.width, >=, 300);
  /* Each card as wide as its widest row at least: nothing cut off. */
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *card = i == 0 ? first : second;
      int min;

      gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (card), >=, min);
    }
  /* Inside the window, and not over the diagram, which keeps a usable size. */
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, 1366);
  g_assert_cmpfloat (a.origin.x, >=, diagram.origin.x + diagram.size.width);
  g_assert_cmpfloat (diagram.size.width, >=, 400);
  g_assert_cmpfloat (a.origin.y + a.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));

  /* Narrower, the diagram keeps its room and the cards stack. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window)) <= 1024 &&
                       !atlas_compare_panel_get_side_by_side (compare));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_bounds (first, GTK_WIDGET (window), &a));
  g_assert_true (gtk_widget_compute_bounds (second, GTK_WIDGET (window), &b));
  g_assert_cmpfloat (b.origin.y, >=, a.origin.y + a.size.height);
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, 1024);

  /* Wider again, two columns; leaving, the side area is one card wide. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  ATLAS_TEST_WAIT_FOR (atlas_compare_panel_get_side_by_side (compare));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "compare.close", NULL));
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window->side_stack)) < 400);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/compare/renditions", test_renditions);
  g_test_add_func ("/atlas/compare/layout", test_layout);
  g_test_add_func ("/atlas/compare/window-columns", test_window_columns);
  g_test_add ("/atlas/compare/from-card", Fixture, NULL, fixture_set_up, test_from_card,
              fixture_tear_down);
  g_test_add ("/atlas/compare/window", Fixture, NULL, fixture_set_up, test_window,
              fixture_tear_down);

  return g_test_run ();
}
