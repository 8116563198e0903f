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
#include <adwaita.h>
#include <gtk/gtk.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "atlas-application.h"
#include "atlas-body-view.h"
#include "atlas-database.h"
#include "atlas-diagram.h"
#include "atlas-window-private.h"
#include "bench-atlas.h"
#include "atlas-report.h"

#define FIRST_FRAME_ENV "TRIGGER_ATLAS_EXIT_AFTER_FIRST_FRAME"

/* Process CPU time (every thread), in milliseconds. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
         usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

static void
fail (const char *what)
{
  g_printerr ("bench: %s\n", what);
  exit (1);
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Resident memory in MiB, from /proc, once the process has been at rest for
 * a second. */
static double
rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (gtk_is_initialized ())
    run_for (1000);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
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
           n_views, bench_median (samples), samples->len);
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
      g_print ("hit test, view %-15s %.1f µs per pointer event "
               "(%d of %d random points on a muscle)\n",
               view->id, us, hits, n);
    }

  g_rand_free (rand);
}

/* ---- Frames ------------------------------------------------------------ */

/* The work of a frame: from before-paint to after-paint, the layout (when
 * one is needed) and the paint phase, where GTK snapshots the widgets and the
 * renderer draws them. The frame clock's pacing (16.6 ms at 60 Hz) lies
 * outside it. */
typedef struct {
  gint64 paint_start;
  double paint_ms;
  gboolean painted;
} FrameWatch;

static void
before_paint (GdkFrameClock *clock,
              FrameWatch    *watch)
{
  watch->paint_start = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock,
             FrameWatch    *watch)
{
  watch->paint_ms = (g_get_monotonic_time () - watch->paint_start) / 1000.0;
  watch->painted = TRUE;
}

/* Runs the main loop until a frame has been painted; returns its paint phase. */
static double
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  FrameWatch watch = { 0 };
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, on_timeout, &timed_out);
  gulong layout = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &watch);
  gulong paint = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &watch);

  gtk_widget_queue_draw (widget);
  while (!watch.painted && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, layout);
  g_signal_handler_disconnect (clock, paint);
  if (timed_out)
    fail ("no frame painted in 10 s");
  g_source_remove (timeout);
  return watch.paint_ms;
}

/* Until a frame has drawn the picture rendered at the view's size. */
static void
wait_for_sharp (AtlasBodyView *view)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (20, on_timeout, &timed_out);

  while (!timed_out && (!gtk_widget_get_mapped (GTK_WIDGET (view)) ||
                        atlas_body_view_get_render_count (view) == 0 ||
                        !atlas_body_view_get_picture_exact (view)))
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    fail ("the picture did not settle in 20 s");
  g_source_remove (timeout);
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

static GtkWidget *
present_view (AtlasDatabase *db,
              const char    *view_id,
              GtkWidget    **view)
{
  GtkWidget *window = gtk_window_new ();

  *view = atlas_body_view_new ();
  atlas_body_view_set_database (ATLAS_BODY_VIEW (*view), db);
  atlas_body_view_set_view_id (ATLAS_BODY_VIEW (*view), view_id);
  gtk_window_set_child (GTK_WINDOW (window), *view);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 3840, 2160);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (*view) < 3000)
    g_main_context_iteration (NULL, TRUE);
  wait_for_sharp (ATLAS_BODY_VIEW (*view));
  wait_for_paint (*view);
  return window;
}

static void
bench_hover_redraw (AtlasDatabase *db,
                    gboolean       selected)
{
  GtkWidget *view;
  g_autoptr (GArray) paint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  GtkEventController *motion;
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "upper-trapezius");
  const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0);
  const AtlasMark *mark = g_ptr_array_index (point->marks, 0);
  GtkWidget *window = present_view (db, mark->view->id, &view);
  guint renders_before;

  if (selected)
    {
      atlas_body_view_select (ATLAS_BODY_VIEW (view), muscle, ATLAS_SIDE_RIGHT);
      wait_for_paint (view);
    }
  motion = find_motion_controller (view);
  g_assert_nonnull (motion);
  if (!selected)
    {
      g_autoptr (GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));

      /* What a frame costs when nothing in it changed: the floor. */
      for (int i = 0; i < 20; i++)
        {
          double ms = wait_for_paint (gtk_widget_get_parent (view));

          g_array_append_val (empty, ms);
        }
      g_print ("a frame where nothing changed, same window: median %.2f ms\n",
               bench_median (empty));
    }
  renders_before = atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view));

  for (int i = 0; i < 40; i++)
    {
      double x, y, wx, wy, start_cpu, ms;

      /* Alternate between a muscle and empty space so every move changes
       * the highlight. */
      atlas_mark_position (mark, i % 2 ? ATLAS_SIDE_LEFT : ATLAS_SIDE_RIGHT, &x, &y);
      if (i % 4 == 3)
        x = 2;
      atlas_body_view_document_to_widget (ATLAS_BODY_VIEW (view), x, y, &wx, &wy);

      start_cpu = cpu_ms ();
      g_signal_emit_by_name (motion, "motion", wx, wy);
      ms = wait_for_paint (view);
      g_array_append_val (paint, ms);
      ms = cpu_ms () - start_cpu;
      g_array_append_val (cpu, ms);
    }

  g_print ("hover at %d x %d, %s: paint phase (snapshot + render) median %.2f ms, "
           "CPU %.2f ms per frame, over %u moves; full SVG renders during hover: %u\n",
           gtk_widget_get_width (view), gtk_widget_get_height (view),
           selected ? "a muscle selected" : "nothing selected", bench_median (paint),
           bench_median (cpu),
           paint->len, atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view)) - renders_before);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window resized by an animation: a new size on every frame for a
 * third of a second, as a compositor's or a tiling manager's would be. */
static void
bench_animated_resize (AtlasDatabase *db)
{
  GtkWidget *view;
  GtkWidget *window = present_view (db, "anterior", &view);
  guint before = atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view));
  guint during;
  const int frames = 20;

  gtk_widget_set_halign (view, GTK_ALIGN_START);
  gtk_widget_set_valign (view, GTK_ALIGN_START);
  for (int i = 0; i <= frames; i++)
    {
      gtk_widget_set_size_request (view, 3840 - 1440 * i / frames, 2160 - 810 * i / frames);
      wait_for_paint (view);
    }
  during = atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view)) - before;
  wait_for_sharp (ATLAS_BODY_VIEW (view));
  g_print ("animated resize over %d frames: full SVG renders during it %u, after it settled %u\n",
           frames, during,
           atlas_body_view_get_render_count (ATLAS_BODY_VIEW (view)) - before - during);
  gtk_window_destroy (GTK_WINDOW (window));
}
/* ---- The atlas window: slides, idle cost and memory -------------------- */

/* CPU of the whole process, in percent of one core, over a few idle seconds. */
static double
idle_cpu_percent (void)
{
  double start_cpu;
  gint64 start;

  /* Let animations and a settling picture finish first. */
  run_for (1000);
  start_cpu = cpu_ms ();
  start = g_get_monotonic_time ();
  run_for (4000);
  return 100.0 * (cpu_ms () - start_cpu) / ((g_get_monotonic_time () - start) / 1000.0);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Opens or closes the search bar; prints the renders during its slide and
 * after the picture has settled. */
static void
slide_search_bar (AtlasWindow *window,
                  gboolean     open)
{
  AtlasBodyView *view = atlas_window_get_body_view (window);
  GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (atlas_window_get_search_entry (window)),
                                            GTK_TYPE_SEARCH_BAR);
  GtkRevealer *revealer = GTK_REVEALER (find_descendant (bar, GTK_TYPE_REVEALER));
  guint before = atlas_body_view_get_render_count (view);
  int frames = 0, heights = 0, height = gtk_widget_get_height (GTK_WIDGET (view));
  guint during;

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), open);
  while (gtk_revealer_get_child_revealed (revealer) != open)
    {
      wait_for_paint (GTK_WIDGET (view));
      frames++;
      heights += gtk_widget_get_height (GTK_WIDGET (view)) != height;
      height = gtk_widget_get_height (GTK_WIDGET (view));
    }
  during = atlas_body_view_get_render_count (view) - before;
  wait_for_sharp (view);
  g_print ("search bar %s: %d frames, %d sizes of the body; full SVG renders during the "
           "slide %u, after it settled %u\n", open ? "opening" : "closing", frames, heights,
           during, atlas_body_view_get_render_count (view) - before - during);
}

static void
probe_activated (GApplication *app,
                 gpointer      user_data)
{
  gboolean full = GPOINTER_TO_INT (user_data);
  AtlasWindow *window = ATLAS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  AtlasBodyView *view = atlas_window_get_body_view (window);
  AtlasDatabase *db = atlas_window_get_database (window);
  GPtrArray *views = atlas_database_get_views (db);
  AtlasMuscle *muscle = atlas_database_get_muscle (db, "upper-trapezius");
  GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (atlas_window_get_search_entry (window)),
                                            GTK_TYPE_SEARCH_BAR);

  wait_for_sharp (view);
  wait_for_paint (GTK_WIDGET (view));
  g_print ("rss-first %.1f\n", rss_mib ());

  if (full)
    {
      g_print ("idle CPU, atlas window at %d x %d: nothing open %.2f%% of a core\n",
               gtk_widget_get_width (GTK_WIDGET (window)),
               gtk_widget_get_height (GTK_WIDGET (window)), idle_cpu_percent ());
      slide_search_bar (window, TRUE);
      g_print ("idle CPU, search bar open, its cursor blinking: %.2f%%\n", idle_cpu_percent ());
      /* GTK stops the blinking after gtk-cursor-blink-timeout (10 s). */
      run_for (6000);
      g_print ("idle CPU, search bar open, after the cursor stopped blinking: %.2f%%\n",
               idle_cpu_percent ());
      slide_search_bar (window, FALSE);
      atlas_finder_mode_set_active (atlas_window_get_finder (window), TRUE);
      g_print ("idle CPU, pain finder: %.2f%%\n", idle_cpu_percent ());
      atlas_finder_mode_set_active (atlas_window_get_finder (window), FALSE);
    }

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *shown = g_ptr_array_index (views, i);

      atlas_body_view_set_view_id (view, shown->id);
      wait_for_sharp (view);
      wait_for_paint (GTK_WIDGET (view));
    }
  g_print ("rss-views %.1f\n", rss_mib ());

  atlas_window_show_muscle (window, muscle, ATLAS_SIDE_RIGHT);
  wait_for_sharp (view);
  wait_for_paint (GTK_WIDGET (view));
  g_print ("rss-selected %.1f\n", rss_mib ());

  if (full)
    {
      gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), TRUE);
      g_print ("idle CPU, a muscle selected and the search bar open: %.2f%%\n",
               idle_cpu_percent ());
    }
  g_application_quit (app);
}

/* GTK 4 cannot synthesise pointer events: what each motion controller would
 * be told. */
static void
move_pointer (GtkWidget *widget,
              double     x,
              double     y)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        g_signal_emit_by_name (controller, "motion", x, y);
    }
}

static void
say (const char *what)
{
  g_print ("%s\n", what);
  fflush (stdout);
}

/* For looking at: the front view with a muscle selected and another hovered,
 * then during and after a resize; it says when, for a screenshot. */
static void
pose_activated (GApplication *app,
                gpointer      user_data)
{
  AtlasWindow *window = ATLAS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  AtlasBodyView *view = atlas_window_get_body_view (window);
  AtlasDatabase *db = atlas_window_get_database (window);
  const AtlasView *front = atlas_database_get_view (db, "anterior");
  g_autofree char *hovered = atlas_muscle_dup_shape_id (atlas_database_get_muscle (db, "deltoid"),
                                                        ATLAS_SIDE_LEFT);
  cairo_rectangle_t box;
  double x, y;
  int width, height;

  wait_for_sharp (view);
  atlas_window_show_muscle (window, atlas_database_get_muscle (db, "pectoralis-major"),
                            ATLAS_SIDE_RIGHT);
  atlas_body_view_set_view_id (view, front->id);
  wait_for_sharp (view);
  g_assert_true (atlas_diagram_get_extents (front->diagram, hovered, &box));
  atlas_body_view_document_to_widget (view, box.x + box.width / 2, box.y + box.height / 3, &x, &y);
  run_for (500);
  /* A point of the box where the muscle is on top. */
  for (double f = 0.1; f < 1.0 && atlas_body_view_get_hovered_shape (view) == NULL; f += 0.05)
    {
      atlas_body_view_document_to_widget (view, box.x + box.width / 2, box.y + f * box.height,
                                          &x, &y);
      move_pointer (GTK_WIDGET (view), x, y);
    }
  wait_for_paint (GTK_WIDGET (view));
  say (atlas_body_view_get_hovered_shape (view) != NULL ? "posed" : "posed (no hover)");
  run_for (3000);

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), width * 3 / 4, height * 3 / 4);
  while (gtk_widget_get_width (GTK_WIDGET (window)) > width * 7 / 8)
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (GTK_WIDGET (view));
  move_pointer (GTK_WIDGET (view), x * 3 / 4, y * 3 / 4);
  wait_for_paint (GTK_WIDGET (view));
  say (atlas_body_view_get_picture_exact (view) ? "resized (exact already)" : "resized (scaled)");
  run_for (3000);
  wait_for_sharp (view);
  say ("settled");
  run_for (3000);
  g_application_quit (app);
}

/* The atlas window filling a 3840 x 2160 screen at the scale GDK_SCALE sets. */
static int
run_atlas_probe (gboolean full,
                 gboolean pose)
{
  g_autoptr (AtlasApplication) app = NULL;
  g_autoptr (GSettings) settings = NULL;
  const char *scale = g_getenv ("GDK_SCALE");
  int sf = scale != NULL ? atoi (scale) : 1;
  char *argv[] = { (char *) "trigger-atlas", NULL };

  gtk_init ();
  settings = g_settings_new (APP_ID);
  if (!pose)
    {
      g_settings_set_int (settings, "window-width", 3840 / MAX (sf, 1));
      g_settings_set_int (settings, "window-height", 2160 / MAX (sf, 1));
    }
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  app = atlas_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (pose)
    g_signal_connect_after (app, "activate", G_CALLBACK (pose_activated), NULL);
  else
    g_signal_connect_after (app, "activate", G_CALLBACK (probe_activated), GINT_TO_POINTER (full));
  return g_application_run (G_APPLICATION (app), 1, argv);
}

static void
bare_painted (GdkFrameClock *clock,
              gboolean      *painted)
{
  *painted = TRUE;
}

static void
bare_idle_mapped (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bare_painted), g_object_get_data (G_OBJECT (window), "painted"));
}

/* The same search bar in a bare window: GTK's own cost of a blinking cursor. */
static int
run_bare_idle (void)
{
  GtkWidget *window, *box, *bar, *entry;
  gboolean painted = FALSE;

  gtk_init ();
  window = gtk_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  bar = gtk_search_bar_new ();
  entry = gtk_search_entry_new ();
  gtk_search_bar_set_child (GTK_SEARCH_BAR (bar), entry);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (bar), GTK_EDITABLE (entry));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bare window"));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 3840, 2160);
  g_object_set_data (G_OBJECT (window), "painted", &painted);
  g_signal_connect (window, "map", G_CALLBACK (bare_idle_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), TRUE);
  gtk_widget_grab_focus (entry);
  g_print ("idle CPU, bare GTK window with the search bar open, its cursor blinking: %.2f%%\n",
           idle_cpu_percent ());
  run_for (6000);
  g_print ("idle CPU, bare GTK window with the search bar open, after the cursor stopped "
           "blinking: %.2f%%\n", idle_cpu_percent ());
  return 0;
}

static int
run_bare_memory (void)
{
  const char *scale = g_getenv ("GDK_SCALE");
  int sf = MAX (scale != NULL ? atoi (scale) : 1, 1);
  gboolean painted = FALSE;
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 3840 / sf, 2160 / sf);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Bare window"));
  g_object_set_data (G_OBJECT (window), "painted", &painted);
  g_signal_connect (window, "map", G_CALLBACK (bare_idle_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_print ("rss-bare %.1f\n", rss_mib ());
  return 0;
}

/* Runs this program with @arg at @scale; prints what it prints, except the
 * "rss-NAME MiB" lines, which go into @rss. */
static void
run_probe (const char *self_path,
           const char *arg,
           int         scale,
           GHashTable *rss)
{
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *scale_text = g_strdup_printf ("%d", scale);
  g_auto (GStrv) lines = NULL;

  g_subprocess_launcher_setenv (launcher, "GDK_SCALE", scale_text, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, self_path, arg, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "rss-"))
        {
          g_auto (GStrv) parts = g_strsplit (lines[i], " ", 2);

          g_hash_table_insert (rss, g_strdup_printf ("%s@%d", parts[0], scale),
                               g_strdup (parts[1]));
        }
      else if (*lines[i] != '\0')
        g_print ("%s (scale %d)\n", lines[i], scale);
    }
}

static void
bench_window (const char *self_path)
{
  g_autoptr (GHashTable) rss = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *rows[][2] = {
    { "rss-bare", "bare GTK window" },
    { "rss-first", "atlas, first frame" },
    { "rss-views", "atlas, every view visited" },
    { "rss-selected", "atlas, a muscle selected" },
  };

  /* Idle cost and slides first; the memory figures come from runs that do
   * only what the table says, the same at both scales. */
  run_probe (self_path, "--bare-idle", 1, rss);
  run_probe (self_path, "--atlas-probe", 1, rss);
  for (int scale = 1; scale <= 2; scale++)
    {
      run_probe (self_path, "--bare-memory", scale, rss);
      run_probe (self_path, "--atlas-memory", scale, rss);
    }

  g_print ("resident memory (MiB), window filling 3840 x 2160: %28s %8s\n", "scale 1", "scale 2");
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      g_print ("  %-58s", rows[r][1]);
      for (int scale = 1; scale <= 2; scale++)
        {
          g_autofree char *key = g_strdup_printf ("%s@%d", rows[r][0], scale);
          const char *value = g_hash_table_lookup (rss, key);

          g_print (" %8s", value != NULL ? value : "-");
        }
      g_print ("\n");
    }
  g_print ("  %-58s", "ratio, a muscle selected / bare window");
  for (int scale = 1; scale <= 2; scale++)
    {
      g_autofree char *bare = g_strdup_printf ("rss-bare@%d", scale);
      g_autofree char *selected = g_strdup_printf ("rss-selected@%d", scale);
      const char *b = g_hash_table_lookup (rss, bare), *a = g_hash_table_lookup (rss, selected);

      if (a != NULL && b != NULL)
        g_print (" %8.2f", g_ascii_strtod (a, NULL) / g_ascii_strtod (b, NULL));
      else
        g_print (" %8s", "-");
    }
  g_print ("\n");
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

/* Both bare windows: the atlas's default size, timed to their first frame. */
static void
present_bare_window (GtkWindow *window)
{
  gtk_window_set_default_size (window, 1280, 860);
  g_signal_connect (window, "map", G_CALLBACK (bare_window_mapped), NULL);
  gtk_window_present (window);
}

/* What start-up would cost with nothing of the atlas in it: a plain window of
 * the same size, measured the same way. */
static int
run_bare_window (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Bare window"));
  present_bare_window (GTK_WINDOW (window));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* The same plain window as an AdwApplication's, as the atlas starts: libadwaita's
 * style sheets and the application's registration on the session bus, which a
 * bare GTK window does not pay, so that the report can tell how much of the
 * atlas's start-up is the platform and how much its own. */
static void
bare_adw_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      gtk_label_new ("Bare window"));
  present_bare_window (GTK_WINDOW (window));
}

static int
run_bare_adw_window (void)
{
  g_autoptr (AdwApplication) app = adw_application_new ("org.triggerpointatlas.BenchBare",
                                                        G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (bare_adw_activate), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* A launch that never shows its first frame is counted, not waited for. */
#define STARTUP_LIMIT_SECONDS "60"

/* Milliseconds from spawning @argv to its "first-frame" line, or -1 if the
 * process ended (killed at the limit) without one. */
static double
time_to_first_frame (const char * const *argv)
{
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GDataInputStream) lines = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) limited = NULL;
  gint64 start;
  double ms;

  g_subprocess_launcher_setenv (launcher, FIRST_FRAME_ENV, "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  g_strv_builder_add_many (builder, "timeout", "-s", "KILL", STARTUP_LIMIT_SECONDS, NULL);
  g_strv_builder_addv (builder, (const char **) argv);
  limited = g_strv_builder_end (builder);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) limited, &error);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error)) != NULL)
    {
      if (strcmp (line, "first-frame") == 0)
        break;
      g_clear_pointer (&line, g_free);
    }
  ms = (g_get_monotonic_time () - start) / 1000.0;

  /* SIGKILL would end only timeout(1) and leave the program it runs; timeout
   * passes SIGTERM on. */
  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, NULL);
  return line != NULL ? ms : -1;
}

static void
bench_startup (const char *self_path,
               guint       runs)
{
  const char *atlas = g_getenv ("TRIGGER_ATLAS");
  const char *atlas_argv[] = { atlas, NULL };
  const char *bare_argv[] = { self_path, "--bare-window", NULL };
  const char *adw_argv[] = { self_path, "--bare-adw-window", NULL };
  struct {
    const char *what;
    const char *const *argv;
    GArray *ms;
    guint stalled;
  } launches[] = {
    { "atlas", atlas_argv, NULL, 0 },
    { "bare", bare_argv, NULL, 0 },
    { "bare libadwaita", adw_argv, NULL, 0 },
  };
  double app_ms, bare_ms, adw_ms;

  g_assert_nonnull (atlas);

  for (guint k = 0; k < G_N_ELEMENTS (launches); k++)
    launches[k].ms = g_array_new (FALSE, FALSE, sizeof (double));
  /* Interleaved, so that a burst of load on the machine hits all of them. */
  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < G_N_ELEMENTS (launches); k++)
      {
        double ms = time_to_first_frame (launches[k].argv);

        if (ms >= 0)
          g_array_append_val (launches[k].ms, ms);
        else
          launches[k].stalled++;
      }

  for (guint k = 0; k < G_N_ELEMENTS (launches); k++)
    if (launches[k].stalled > 0)
      g_print ("start-up: no first frame within " STARTUP_LIMIT_SECONDS " s in %u of %u %s "
               "launches\n",
               launches[k].stalled, runs, launches[k].what);
  if (launches[0].ms->len > 0 && launches[1].ms->len > 0 && launches[2].ms->len > 0)
    {
      app_ms = bench_median (launches[0].ms);
      bare_ms = bench_median (launches[1].ms);
      adw_ms = bench_median (launches[2].ms);
      g_print ("start-up to the first presented frame: atlas %.0f ms, bare GTK window %.0f ms, "
               "ratio %.2f (median of %u and %u runs)\n",
               app_ms, bare_ms, app_ms / bare_ms, launches[0].ms->len, launches[1].ms->len);
      g_print ("start-up, bare libadwaita application window (style sheets, session bus): "
               "%.0f ms; atlas / it %.2f (median of %u runs)\n",
               adw_ms, app_ms / adw_ms, launches[2].ms->len);
    }
  for (guint k = 0; k < G_N_ELEMENTS (launches); k++)
    g_array_unref (launches[k].ms);
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
           bench_median (samples), samples->len);
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
  if (argc > 1 && strcmp (argv[1], "--bare-adw-window") == 0)
    return run_bare_adw_window ();
  if (argc > 1 && strcmp (argv[1], "--bare-idle") == 0)
    return run_bare_idle ();
  if (argc > 1 && strcmp (argv[1], "--bare-memory") == 0)
    return run_bare_memory ();
  if (argc > 1 && strcmp (argv[1], "--atlas-probe") == 0)
    return run_atlas_probe (TRUE, FALSE);
  if (argc > 1 && strcmp (argv[1], "--atlas-memory") == 0)
    return run_atlas_probe (FALSE, FALSE);
  if (argc > 1 && strcmp (argv[1], "--pose") == 0)
    return run_atlas_probe (FALSE, TRUE);

  gtk_init ();

  /* Only the hover frames, to profile them. */
  if (argc > 1 && strcmp (argv[1], "--hover") == 0)
    {
      db = atlas_database_load_bundled (&error);
      g_assert_no_error (error);
      bench_hover_redraw (db, FALSE);
      bench_hover_redraw (db, TRUE);
      return 0;
    }
  /* Only the start-up, with more pairs than the full run to see small changes. */
  if (argc > 1 && strcmp (argv[1], "--startup") == 0)
    {
      guint64 runs = 7;

      if (argc > 2 && (!g_ascii_string_to_unsigned (argv[2], 10, 1, 200, &runs, &error)))
        g_error ("--startup: %s", error->message);
      bench_startup (argv[0], runs);
      return 0;
    }
  /* Only how load, search and ranking grow. */
  if (argc > 1 && strcmp (argv[1], "--scaling") == 0)
    {
      db = atlas_database_load_bundled (&error);
      g_assert_no_error (error);
      bench_scaling (db);
      return 0;
    }

  bench_load ();
  db = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  bench_hit_test (db);
  bench_scaling (db);
  g_print ("\n");
  bench_hover_redraw (db, FALSE);
  bench_hover_redraw (db, TRUE);
  bench_animated_resize (db);
  bench_handout (db);
  bench_window (argv[0]);
  bench_startup (argv[0], 7);

  return 0;
}
