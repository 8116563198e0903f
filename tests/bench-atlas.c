/* bench-atlas.c: prints the figures the README quotes. Not a test: it asserts
 * nothing about speed, since the machines are shared and noisy.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C _build --benchmark -v`. It needs an X display big
 * enough for a 3840 x 2160 window (meson runs it under xvfb-run with one).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-body-view.h"
#include "atlas-database.h"
#include "atlas-diagram.h"
#include "atlas-ranking.h"
#include "atlas-report.h"
#include "atlas-search.h"

#define FIRST_FRAME_ENV "TRIGGER_ATLAS_EXIT_AFTER_FIRST_FRAME"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* ---- Data load --------------------------------------------------------- */

static void
bench_load (void)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_views = 0;

  for (int i = 0; i < 15; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (AtlasDatabase) db = atlas_database_load_bundled (&error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      g_array_append_val (samples, ms);
      n_views = atlas_database_get_views (db)->len;
    }

  g_print ("data-file load (atlas.xml and its %u diagrams): median %.1f ms over %u runs\n",
           n_views, median (samples), samples->len);
}

/* ---- Hit testing ------------------------------------------------------- */

static gboolean
is_muscle (const char *id,
           gpointer    user_data)
{
  return atlas_database_lookup_shape (user_data, id, NULL) != NULL;
}

static void
bench_hit_test (AtlasDatabase *db)
{
  GPtrArray *views = atlas_database_get_views (db);
  GRand *rand = g_rand_new_with_seed (42);

  for (guint v = 0; v < views->len; v++)
    {
      const AtlasView *view = g_ptr_array_index (views, v);
      double width = atlas_diagram_get_width (view->diagram);
      double height = atlas_diagram_get_height (view->diagram);
      const int n = 20000;
      int hits = 0;
      gint64 start = g_get_monotonic_time ();
      double us;

      for (int i = 0; i < n; i++)
        {
          double x = g_rand_double_range (rand, 0, width);
          double y = g_rand_double_range (rand, 0, height);

          hits += atlas_diagram_pick (view->diagram, x, y, is_muscle, db) != NULL;
        }
      us = (g_get_monotonic_time () - start) / (double) n;
      g_print ("hit test, view %-15s %.1f µs per pointer event (%d of %d random points on a muscle)\n",
               view->id, us, hits, n);
    }

  g_rand_free (rand);
}

/* ---- Where does it hurt ------------------------------------------------ */

static void
bench_ranking (AtlasDatabase *db)
{
  GPtrArray *regions = atlas_database_get_regions (db);
  const guint counts[] = { 1, 5, 20 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
      const int runs = 2000;
      gint64 start;

      /* Spread over the region list, alternating sides. */
      for (guint i = 0; i < counts[c]; i++)
        {
          AtlasPainArea area = {
            g_ptr_array_index (regions, (i * 7) % regions->len),
            i % 2 ? ATLAS_SIDE_LEFT : ATLAS_SIDE_RIGHT,
          };

          g_array_append_val (areas, area);
        }

      start = g_get_monotonic_time ();
      for (int r = 0; r < runs; r++)
        g_ptr_array_unref (atlas_rank_candidates (db, (AtlasPainArea *) (void *) areas->data, areas->len));
      g_print ("ranking for %2u marked regions over %u muscles: %.1f µs\n", counts[c],
               g_list_model_get_n_items (atlas_database_get_muscles (db)),
               (g_get_monotonic_time () - start) / (double) runs);
    }
}

/* ---- Search ------------------------------------------------------------ */

static void
bench_search (void)
{
  /* A correctly spelled word, a word being typed, two typos to forgive, and
   * a word found nowhere (the worst case: every word is checked for typos). */
  const char *queries[] = { "trapezius", "glut", "trapezuis", "gastrcnemus", "xylophone" };
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load_bundled (&error);
  GPtrArray *first;
  gint64 start;
  guint entries;

  g_assert_no_error (error);

  /* The first search builds the index (folding and splitting every name). */
  start = g_get_monotonic_time ();
  first = atlas_search (db, "trapezius");
  entries = g_list_model_get_n_items (atlas_database_get_muscles (db)) +
            atlas_database_get_conditions (db)->len + atlas_database_get_regions (db)->len +
            atlas_database_get_topics (db)->len;
  g_print ("search: first search, index of %u names built, %.1f µs\n", entries,
           (double) (g_get_monotonic_time () - start));
  g_ptr_array_unref (first);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      const int runs = 1000;
      guint found = 0;

      start = g_get_monotonic_time ();
      for (int r = 0; r < runs; r++)
        {
          GPtrArray *results = atlas_search (db, queries[q]);

          found = results->len;
          g_ptr_array_unref (results);
        }
      g_print ("search for “%s” over the whole atlas: %.1f µs (%u results)\n", queries[q],
               (g_get_monotonic_time () - start) / (double) runs, found);
    }
}

/* ---- Frames ------------------------------------------------------------ */

typedef struct {
  gboolean painted;
} FrameWait;

static void
after_paint (GdkFrameClock *clock,
             FrameWait     *wait)
{
  wait->painted = TRUE;
}

static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  FrameWait wait = { FALSE };
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &wait);

  gtk_widget_queue_draw (widget);
  while (!wait.painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static GtkEventController *
find_motion_controller (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;
    }
  return NULL;
}

static void
bench_hover_redraw (AtlasDatabase *db)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = atlas_body_view_new ();
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  GtkEventController *motion;
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "upper-trapezius");
  const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0);
  const AtlasMark *mark = g_ptr_array_index (point->marks, 0);
  guint renders_before;
  gint64 start;
  double first_ms;

  atlas_body_view_set_database (ATLAS_BODY_VIEW (view), db);
  atlas_body_view_set_view_id (ATLAS_BODY_VIEW (view), mark->view->id);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 3840, 2160);

  start = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (view) < 3000 || atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view)) == 0)
    g_main_context_iteration (NULL, TRUE);
  first_ms = (g_get_monotonic_time () - start) / 1000.0;
  wait_for_paint (view);

  motion = find_motion_controller (view);
  g_assert_nonnull (motion);
  renders_before = atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view));

  for (int i = 0; i < 40; i++)
    {
      double x, y, wx, wy;
      double ms;

      /* Alternate between a muscle and empty space so every move changes
       * the highlight. */
      atlas_mark_position (mark, i % 2 ? ATLAS_SIDE_LEFT : ATLAS_SIDE_RIGHT, &x, &y);
      if (i % 4 == 3)
        x = 2;
      atlas_body_view_document_to_widget (ATLAS_BODY_VIEW (view), x, y, &wx, &wy);

      start = g_get_monotonic_time ();
      g_signal_emit_by_name (motion, "motion", wx, wy);
      wait_for_paint (view);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }

  g_print ("window of %d x %d: first frame with the body drawn %.1f ms\n",
           gtk_widget_get_width (view), gtk_widget_get_height (view), first_ms);
  g_print ("hover redraw at %d x %d: median %.1f ms per frame over %u moves; "
           "full SVG renders during hover: %u\n",
           gtk_widget_get_width (view), gtk_widget_get_height (view), median (samples),
           samples->len, atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view)) - renders_before);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Start-up ---------------------------------------------------------- */

static void
bare_window_after_paint (GdkFrameClock *clock,
                         GtkWindow     *window)
{
  g_print ("first-frame\n");
  exit (0);
}

static void
bare_window_mapped (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (bare_window_after_paint), window);
}

/* What start-up would cost with nothing of the atlas in it: a plain window of
 * the same size, measured the same way. */
static int
run_bare_window (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Bare window"));
  g_signal_connect (window, "map", G_CALLBACK (bare_window_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* Milliseconds from spawning @argv to its "first-frame" line. */
static double
time_to_first_frame (const char * const *argv)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                         G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GDataInputStream) lines = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 start;
  double ms;

  g_subprocess_launcher_setenv (launcher, FIRST_FRAME_ENV, "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error)) != NULL)
    {
      if (strcmp (line, "first-frame") == 0)
        break;
      g_clear_pointer (&line, g_free);
    }
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_nonnull (line);

  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  return ms;
}

static void
bench_startup (const char *self_path)
{
  const char *atlas = g_getenv ("TRIGGER_ATLAS");
  const char *atlas_argv[] = { atlas, NULL };
  const char *bare_argv[] = { self_path, "--bare-window", NULL };
  g_autoptr (GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  double app_ms, bare_ms;

  g_assert_nonnull (atlas);

  /* Interleaved, so that a burst of load on the machine hits both. */
  for (int i = 0; i < 7; i++)
    {
      double a = time_to_first_frame (atlas_argv);
      double b = time_to_first_frame (bare_argv);

      g_array_append_val (app, a);
      g_array_append_val (bare, b);
    }

  app_ms = median (app);
  bare_ms = median (bare);
  g_print ("start-up to the first presented frame: atlas %.0f ms, bare GTK window %.0f ms, "
           "ratio %.2f (median of %u runs each)\n", app_ms, bare_ms, app_ms / bare_ms, app->len);
}

/* ---- Handout PDF ------------------------------------------------------ */

static void
bench_handout (AtlasDatabase *db)
{
  g_autoptr (AtlasPlan) plan = atlas_plan_new (db);
  GListModel *muscles = atlas_database_get_muscles (db);
  GPtrArray *items = atlas_database_get_screening_items (db);
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("atlas-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);

  /* Ten sites, every item answered "no" so that nothing blocks the output. */
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i * 7);

      atlas_plan_add_site (plan, muscle,
                           g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0),
                           ATLAS_SIDE_RIGHT);
    }
  for (guint i = 0; i < items->len; i++)
    atlas_plan_set_answer (plan, ((AtlasScreeningItem *) g_ptr_array_index (items, i))->id,
                           ATLAS_ANSWER_NO, NULL);

  for (guint run = 0; run < 7; run++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!atlas_report_write_pdf (plan, ATLAS_REPORT_HANDOUT, ATLAS_PAPER_A4, path, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }
  g_print ("10-site patient handout written as PDF: median %.0f ms over %u runs\n",
           median (samples), samples->len);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GError) error = NULL;

  if (argc > 1 && strcmp (argv[1], "--bare-window") == 0)
    return run_bare_window ();

  gtk_init ();

  bench_load ();
  db = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  bench_hit_test (db);
  bench_ranking (db);
  bench_search ();
  bench_handout (db);
  bench_hover_redraw (db);
  bench_startup (argv[0]);

  return 0;
}
