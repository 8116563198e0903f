/* test-study-window.c: a study session from the keyboard alone.
 *
 * Keys are real X events (the XTest extension of Xvfb), so they go through
 * GTK's focus, shortcut and binding handling as a student's would.
 *
 * With STUDY_SHOTS=DIR set, a screenshot of the screen is written to DIR after
 * each exercise's feedback (for looking at, not for comparing).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <X11/keysym.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-study-panel.h"
#include "atlas-test-util.h"
#include "atlas-test-xtest.h"
#include "atlas-window-private.h"

typedef int (*FakeKeyFunc) (Display *display, unsigned int keycode, Bool is_press,
                            unsigned long delay);

static FakeKeyFunc fake_key;
static char *data_home;
static GtkApplication *app;

typedef struct {
  AtlasDatabase   *database;
  AtlasWindow     *window;
  AtlasStudyPanel *panel;
  char            *progress_path;
} Fixture;

static void
press_with (Fixture *fixture,
            guint    keysym,
            guint    modifier)
{
  Display *display
      = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  KeyCode code = XKeysymToKeycode (display, keysym);
  KeyCode held = modifier != 0 ? XKeysymToKeycode (display, modifier) : 0;

  g_assert_cmpuint (code, !=, 0);
  if (held != 0)
    fake_key (display, held, True, CurrentTime);
  fake_key (display, code, True, CurrentTime);
  fake_key (display, code, False, CurrentTime);
  if (held != 0)
    fake_key (display, held, False, CurrentTime);
  XFlush (display);
}

static void
press (Fixture *fixture,
       guint    keysym,
       gboolean control)
{
  press_with (fixture, keysym, control ? XK_Control_L : 0);
}

/* Moves the keyboard cursor, which starts at the middle of the view on the
 * first arrow and moves by 0.5 % of the view with Shift, to the reachable
 * point nearest (x, y) for which @accept holds, and clicks there with Space.
 * Fails when no such point is within @radius. */
typedef gboolean (*Accept) (const AtlasView *view, double x, double y, gpointer data);

typedef struct {
  gboolean started;
  int i, j;   /* steps from the middle */
} KeyCursor;

static void
click_with_keys (Fixture         *fixture,
                 KeyCursor          *cursor,
                 const AtlasView *view,
                 double           x,
                 double           y,
                 double           radius,
                 Accept           accept,
                 gpointer         data)
{
  double w = atlas_diagram_get_width (view->diagram);
  double h = atlas_diagram_get_height (view->diagram);
  double step = MAX (w, h) * 0.005;
  int best_i = 0, best_j = 0;
  double best = G_MAXDOUBLE;
  int reach = (int) (radius / step) + 1;
  int ci = (int) round ((x - w / 2) / step), cj = (int) round ((y - h / 2) / step);

  for (int i = ci - reach; i <= ci + reach; i++)
    for (int j = cj - reach; j <= cj + reach; j++)
      {
        double px = w / 2 + i * step, py = h / 2 + j * step;
        double d = hypot (px - x, py - y);

        if (d < best && d <= radius && px >= 0 && px <= w && py >= 0 && py <= h &&
            accept (view, px, py, data))
          {
            best = d;
            best_i = i;
            best_j = j;
          }
      }
  g_assert_cmpfloat (best, <, G_MAXDOUBLE);

  /* A question's first arrow starts the cursor in the middle and moves it:
   * a step there and one back. */
  if (!cursor->started)
    {
      press_with (fixture, XK_Right, XK_Shift_L);
      press_with (fixture, XK_Left, XK_Shift_L);
      cursor->started = TRUE;
    }
  for (int i = 0; i < ABS (best_i - cursor->i); i++)
    press_with (fixture, best_i > cursor->i ? XK_Right : XK_Left, XK_Shift_L);
  for (int j = 0; j < ABS (best_j - cursor->j); j++)
    press_with (fixture, best_j > cursor->j ? XK_Down : XK_Up, XK_Shift_L);
  cursor->i = best_i;
  cursor->j = best_j;
  press (fixture, XK_space, FALSE);
}

static gboolean
is_region (const char *id,
           gpointer    data)
{
  return g_str_has_prefix (id, "region-");
}

/* The canvas finds this region at the point, as it picks: the topmost one. */
static gboolean
accept_region (const AtlasView *view,
               double           x,
               double           y,
               gpointer         shape)
{
  return g_strcmp0 (atlas_diagram_pick (view->diagram, x, y, is_region, NULL), shape) == 0;
}

static gboolean
accept_any (const AtlasView *view,
            double           x,
            double           y,
            gpointer         data)
{
  return TRUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  *(gboolean *) data = TRUE;
}

static void
wait_for_paint (Fixture *fixture)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (fixture->window));
  ATLAS_TEST_WAIT_FOR (painted);
  g_signal_handler_disconnect (clock, id);
}

static void
screenshot (Fixture    *fixture,
            const char *name)
{
  const char *dir = g_getenv ("STUDY_SHOTS");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (dir == NULL)
    return;
  wait_for_paint (fixture);
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root %s", path);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  {
    g_autoptr (GSettings) settings = g_settings_new (APP_ID);

    /* A deck for the test that asks for one, else every card. */
    g_settings_set_string (settings, "study-body-part", data != NULL ? data : "");
  }
  fixture->progress_path = g_build_filename (data_home, "trigger-atlas", "study-progress.txt",
                                             NULL);
  g_remove (fixture->progress_path);
  fixture->database = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  fixture->window = atlas_window_new (app, fixture->database);
  fixture->panel = atlas_window_get_study_panel (fixture->window);
  if (g_getenv ("STUDY_SHOTS") != NULL)
    {
      GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), area.width, area.height);
    }
  gtk_window_present (GTK_WINDOW (fixture->window));
  ATLAS_TEST_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  atlas_test_xtest_focus (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->database);
  g_remove (fixture->progress_path);
  g_free (fixture->progress_path);
}

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *stack = gtk_widget_get_parent (GTK_WIDGET (fixture->panel));

  g_assert_true (GTK_IS_STACK (stack));
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
check_question_shown (Fixture *fixture)
{
  AtlasStudyQuestion *q = atlas_study_panel_get_question (fixture->panel);
  AtlasBodyView *body_view = atlas_window_get_body_view (fixture->window);

  g_assert_nonnull (q);
  /* The window shows the question's view, and nothing names the muscle. */
  g_assert_cmpstr (atlas_body_view_get_view_id (body_view), ==, q->view->id);
  g_assert_null (atlas_body_view_get_selected_muscle (body_view));
  g_assert_true (
      gtk_widget_get_visible (GTK_WIDGET (atlas_study_panel_get_canvas (fixture->panel))));
}

/* 1-4 answers, Enter goes on; the diagram questions take Space (a click
 * under the keyboard cursor) and Enter. One answer is wrong on purpose. */
static void
test_keyboard_session (Fixture       *fixture,
                       gconstpointer  data)
{
  gboolean seen[ATLAS_N_EXERCISES] = { FALSE };
  gboolean answered_wrong = FALSE;
  guint n_seen = 0, answered = 0;

  press (fixture, XK_t, TRUE);
  ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_active (fixture->panel));
  ATLAS_TEST_WAIT_FOR (g_strcmp0 (visible_page (fixture), "study") == 0);

  while (n_seen < ATLAS_N_EXERCISES)
    {
      AtlasStudyQuestion *q;
      g_autofree char *card_id = NULL;
      g_autofree char *shot = NULL;
      const AtlasStudyCard *card;
      gboolean right = TRUE;

      ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_question (fixture->panel) != NULL &&
                           !atlas_study_panel_get_revealed (fixture->panel));
      q = atlas_study_panel_get_question (fixture->panel);
      card_id = g_strdup (q->card_id);
      ATLAS_TEST_WAIT_FOR (
        g_strcmp0 (atlas_body_view_get_view_id (atlas_window_get_body_view (fixture->window)),
                   q->view->id) == 0);
      check_question_shown (fixture);

      if (q->choices->len > 0)
        {
          int choice = q->answer;

          /* The first "name" question is answered wrong. */
          if (q->exercise == ATLAS_EXERCISE_NAME_SHAPE && !answered_wrong)
            {
              choice = (q->answer + 1) % q->choices->len;
              right = FALSE;
              answered_wrong = TRUE;
            }
          press (fixture, XK_1 + choice, FALSE);
        }
      else if (q->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS)
        {
          GArray *marked
              = atlas_study_canvas_get_marked (atlas_study_panel_get_canvas (fixture->panel));
          KeyCursor cursor = { FALSE, 0, 0 };

          /* Each region of the essential zone, with the arrows and Space. */
          for (guint t = 0; t < q->targets->len; t++)
            {
              const AtlasStudyArea *area = &g_array_index (q->targets, AtlasStudyArea, t);
              g_autofree char *shape = atlas_region_dup_shape_id (area->region, area->side);
              cairo_rectangle_t box;

              g_assert_true (atlas_diagram_get_extents (q->view->diagram, shape, &box));
              click_with_keys (fixture, &cursor, q->view, box.x + box.width / 2,
                               box.y + box.height / 2,
                               MAX (box.width, box.height), accept_region, shape);
              ATLAS_TEST_WAIT_FOR (marked->len == t + 1);
            }
          press (fixture, XK_Return, FALSE);
        }
      else
        {
          const AtlasStudyPoint *p = &g_array_index (q->points, AtlasStudyPoint, 0);
          KeyCursor cursor = { FALSE, 0, 0 };
          double x, y;
          AtlasStudyCanvas *canvas = atlas_study_panel_get_canvas (fixture->panel);

          click_with_keys (fixture, &cursor, q->view, p->x, p->y, q->tolerance, accept_any, NULL);
          ATLAS_TEST_WAIT_FOR (atlas_study_canvas_get_point (canvas, &x, &y));
          press (fixture, XK_Return, FALSE);
        }
      ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_revealed (fixture->panel));
      /* Answered right from the keyboard alone: full marks. */
      if (q->choices->len == 0)
        g_assert_nonnull (strstr (atlas_study_panel_get_feedback (fixture->panel), "Score 100%"));

      /* The feedback names the answer, and the progress counts it. */
      g_assert_nonnull (atlas_study_panel_get_feedback (fixture->panel));
      if (q->exercise != ATLAS_EXERCISE_TRIGGER_POINT)
        g_assert_nonnull (strstr (atlas_study_panel_get_feedback (fixture->panel),
                                  q->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS
                                    ? ((AtlasStudyArea *) (void *) q->targets->data)->region->name
                                    : atlas_muscle_get_name (q->muscle)));
      card = atlas_study_progress_lookup (atlas_study_panel_get_progress (fixture->panel), card_id);
      g_assert_nonnull (card);
      g_assert_cmpuint (card->seen, ==, 1);
      g_assert_cmpuint (card->correct, ==, right ? 1 : 0);
      g_assert_true (g_file_test (fixture->progress_path, G_FILE_TEST_EXISTS));

      if (!seen[q->exercise])
        {
          seen[q->exercise] = TRUE;
          n_seen++;
          shot = g_strdup_printf ("study-%s%s.png", atlas_exercise_to_string (q->exercise),
                                  right ? "" : "-wrong");
          screenshot (fixture, shot);
        }
      answered++;

      press (fixture, XK_Return, FALSE);
      ATLAS_TEST_WAIT_FOR (!atlas_study_panel_get_revealed (fixture->panel));
      if (atlas_study_panel_get_question (fixture->panel) != NULL)
        g_assert_cmpstr (atlas_study_panel_get_question (fixture->panel)->card_id, !=, card_id);
    }

  g_assert_true (answered_wrong);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "study.summary", NULL));
  screenshot (fixture, "study-summary.png");
  /* Saved as it went, in the documented format. */
  {
    g_autofree char *text = NULL;
    g_autoptr (GError) error = NULL;
    g_autoptr (AtlasStudyProgress) saved = NULL;

    g_assert_true (g_file_get_contents (fixture->progress_path, &text, NULL, &error));
    saved = atlas_study_progress_parse_bytes (text, strlen (text), fixture->progress_path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (atlas_study_progress_get_cards (saved)->len, ==, answered);
  }

  /* Escape leaves study mode and gives the side area back to the card. */
  press (fixture, XK_Escape, FALSE);
  ATLAS_TEST_WAIT_FOR (!atlas_study_panel_get_active (fixture->panel));
  g_assert_cmpstr (visible_page (fixture), ==, "card");
  g_assert_false (
      gtk_widget_get_visible (GTK_WIDGET (atlas_study_panel_get_canvas (fixture->panel))));
}

/* A broken progress file is reported in the panel and set aside; study
 * goes on with fresh progress. */
static void
test_broken_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->progress_path);
  g_autoptr (GDir) dir = NULL;
  const char *problem, *name;
  guint n_aside = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (
      fixture->progress_path,
      "trigger-atlas-study-progress 1\nwhich/deltoid 1 1 nan 2026-01-01 1 1\nend 1\n", -1, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.study", NULL));
  ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_active (fixture->panel));

  problem = atlas_study_panel_get_problem (fixture->panel);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, fixture->progress_path));
  g_assert_nonnull (strstr (problem, ":2: ease “nan”"));
  g_assert_nonnull (atlas_study_panel_get_question (fixture->panel));
  g_assert_cmpuint (
      atlas_study_progress_get_cards (atlas_study_panel_get_progress (fixture->panel))->len, ==, 0);

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "study-progress.txt.broken-"))
      {
        g_autofree char *aside = g_build_filename (folder, name, NULL);

        g_assert_nonnull (strstr (problem, aside));
        g_remove (aside);
        n_aside++;
      }
  g_assert_cmpuint (n_aside, ==, 1);
  screenshot (fixture, "study-broken-file.png");
}

/* The deck comes back from the settings, and its questions keep to it. */
static void
test_saved_deck (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.study", NULL));
  ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_active (fixture->panel));

  for (guint i = 0; i < 6; i++)
    {
      AtlasStudyQuestion *q;

      ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_question (fixture->panel) != NULL &&
                           !atlas_study_panel_get_revealed (fixture->panel));
      q = atlas_study_panel_get_question (fixture->panel);
      g_assert_cmpint (atlas_muscle_get_body_part (q->muscle), ==, ATLAS_BODY_PART_LEG_FOOT);
      if (q->choices->len > 0)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "study.choose",
                                                   "i", 0));
      else
        {
          GtkWidget *canvas = GTK_WIDGET (atlas_study_panel_get_canvas (fixture->panel));

          atlas_study_canvas_click (ATLAS_STUDY_CANVAS (canvas), gtk_widget_get_width (canvas) / 2,
                                    gtk_widget_get_height (canvas) / 2);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "study.check",
                                                     NULL));
        }
      ATLAS_TEST_WAIT_FOR (atlas_study_panel_get_revealed (fixture->panel));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "study.enter", NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Before GLib reads it: the progress goes to a folder of the test's own. */
  data_home = g_dir_make_tmp ("study-window-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  fake_key = atlas_test_xtest ()->key;

  /* The shortcut into study mode is the application's, as in the app. */
  app = gtk_application_new ("org.triggerpointatlas.StudyTest", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  gtk_application_set_accels_for_action (app, "win.study", (const char *[]) { "<Control>t", NULL });

  /* The application's style sheet, so that the screenshots look like it. */
  {
    g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/study-window/broken-progress", Fixture, NULL,
              fixture_set_up, test_broken_progress, fixture_tear_down);
  g_test_add ("/study-window/keyboard-session", Fixture, NULL,
              fixture_set_up, test_keyboard_session, fixture_tear_down);
  g_test_add ("/study-window/saved-deck", Fixture, "leg-foot",
              fixture_set_up, test_saved_deck, fixture_tear_down);

  return g_test_run ();
}
