/* test-desktop.c: the application on the desktop: every way out keeps the
 * window's size, and F1 shows the manual even where Yelp is not installed.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-application.h"
#include "atlas-help-window.h"
#include "atlas-window.h"

/* Larger than the window's smallest size and the size it opens at, smaller than
 * xvfb-run's screen (1280x1024). */
#define WIDTH 1250
#define HEIGHT 730

typedef struct {
  GApplication *app;
  GtkWindow    *main_window;
  GtkWindow    *help_window;
  gboolean      resized;
  int           mapped_width;
  int           mapped_height;
  gboolean      help_asked;
  gboolean      was_maximized;
  guint         poll_id;
  guint         timeout_id;
} Run;

static gboolean
on_timeout (gpointer data)
{
  Run *run = data;
  GtkWidget *window = GTK_WIDGET (run->main_window);

  g_error ("the application did not reach the expected state in time (window %s, %dx%d)",
           window != NULL && gtk_widget_get_mapped (window) ? "mapped" : "not mapped",
           window != NULL ? gtk_widget_get_width (window) : 0,
           window != NULL ? gtk_widget_get_height (window) : 0);
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Run            *run)
{
  if (ATLAS_IS_WINDOW (window) && run->main_window == NULL)
    run->main_window = window;
  if (ATLAS_IS_HELP_WINDOW (window))
    run->help_window = window;
}

static void
quit (Run *run)
{
  g_source_remove (run->timeout_id);
  run->poll_id = 0;
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
}

/* Resizes the main window, waits until the size has reached the window, then
 * quits with app.quit: the Ctrl+Q path, which used to lose the size. */
static gboolean
poll_resize_then_quit (gpointer data)
{
  Run *run = data;
  GtkWidget *window = GTK_WIDGET (run->main_window);

  /* Mapped, and allocated: the first configure must not undo the resize. */
  if (window == NULL || !gtk_widget_get_mapped (window) || gtk_widget_get_width (window) == 0)
    return G_SOURCE_CONTINUE;
  if (!run->resized)
    {
      run->mapped_width = gtk_widget_get_width (window);
      run->mapped_height = gtk_widget_get_height (window);
      gtk_window_set_default_size (run->main_window, WIDTH, HEIGHT);
      run->resized = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (gtk_widget_get_width (window) <= run->mapped_width
      || gtk_widget_get_height (window) <= run->mapped_height)
    return G_SOURCE_CONTINUE;

  run->was_maximized = gtk_window_is_maximized (run->main_window);
  quit (run);
  return G_SOURCE_REMOVE;
}

static gboolean
poll_help_then_quit (gpointer data)
{
  Run *run = data;

  if (run->main_window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (run->main_window)))
    return G_SOURCE_CONTINUE;
  if (!run->help_asked)
    {
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "help", NULL);
      run->help_asked = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (run->help_window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (run->help_window)))
    return G_SOURCE_CONTINUE;

  g_object_ref (run->help_window);
  quit (run);
  return G_SOURCE_REMOVE;
}

static void
run_application (Run         *run,
                 GSourceFunc  poll)
{
  AtlasApplication *app = atlas_application_new ();
  const char *argv[] = { "trigger-atlas", NULL };

  /* Not unique, so that each test's instance starts afresh in this process. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  run->app = G_APPLICATION (app);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), run);
  run->poll_id = g_timeout_add (20, poll, run);
  run->timeout_id = g_timeout_add_seconds (15, on_timeout, run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, (char **) argv), ==, 0);

  g_object_add_weak_pointer (G_OBJECT (app), (gpointer *) &run->app);
  g_object_unref (app);
  g_assert_null (run->app);
}

static void
test_quit_saves_window_size (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  Run run = { 0 };

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  run_application (&run, poll_resize_then_quit);

  g_assert_true (run.resized);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, WIDTH);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, HEIGHT);
  g_assert_cmpint (g_settings_get_boolean (settings, "window-maximized"), ==, run.was_maximized);
}

static guint
count_help_files (void)
{
  g_autofree char *dir_name = g_test_build_filename (G_TEST_DIST, "..", "help", "C", NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".page");
  return n;
}

static void
test_help_without_yelp (void)
{
  g_autofree char *path = g_strdup (g_getenv ("PATH"));
  g_autofree char *empty = g_dir_make_tmp ("atlas-no-yelp-XXXXXX", NULL);
  g_autofree char *keyboard = NULL;
  AtlasHelpWindow *help;
  Run run = { 0 };
  guint n;

  /* No yelp on the PATH: F1 must open the help window of the atlas itself. */
  g_assert_nonnull (empty);
  g_setenv ("PATH", empty, TRUE);
  run_application (&run, poll_help_then_quit);
  g_setenv ("PATH", path, TRUE);
  g_rmdir (empty);

  help = ATLAS_HELP_WINDOW (run.help_window);
  g_assert_cmpstr (atlas_help_window_get_language (help), ==, "C");
  n = atlas_help_window_get_n_pages (help);
  g_assert_cmpuint (n, ==, count_help_files ());
  g_assert_cmpstr (atlas_help_window_get_page_id (help, 0), ==, "index");

  for (guint i = 0; i < n; i++)
    {
      const char *title = atlas_help_window_get_page_title (help, i);
      g_autofree char *text = atlas_help_window_dup_page_text (help, i);

      g_assert_cmpstr (title, !=, atlas_help_window_get_page_id (help, i));
      g_assert_true (g_str_has_prefix (text, title));
      g_assert_cmpuint (strlen (text), >, strlen (title) + 40);
      /* Markup is rendered, not shown. */
      g_assert_null (strstr (text, "</"));
      g_assert_null (strstr (text, "<p>"));
      g_assert_null (strstr (text, "&lt;"));
      g_assert_null (strstr (text, "  "));
      if (g_str_equal (atlas_help_window_get_page_id (help, i), "keyboard"))
        keyboard = g_steal_pointer (&text);
    }
  g_assert_nonnull (keyboard);
  /* A key sequence reads as one, and each term starts its own line. */
  g_assert_nonnull (strstr (keyboard, "\nCtrl+Q\n"));
  g_assert_nonnull (strstr (keyboard, "\nF1\n"));

  g_assert_true (atlas_help_window_show_page (help, "keyboard"));
  g_assert_false (atlas_help_window_show_page (help, "no-such-page"));
  gtk_window_destroy (GTK_WINDOW (help));
  g_object_unref (help);
}

/* The manual in the user's language: the pages merged from help/LL/LL.po at
 * build time, each in German or Spanish, the same pages as in English. */
static void
test_help_translated (void)
{
  static const struct {
    const char *language;
    const char *index_title;
    const char *keyboard_title;
    const char *ctrl_q;
  } cases[] = {
    { "de", "Hilfe zum Triggerpunkt-Atlas", "Tastenkürzel", "\nStrg+Q\n" },
    { "es", "Ayuda del Atlas de Puntos Gatillo", "Atajos de teclado", "\nCtrl+Q\n" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  AtlasHelpWindow *english;
  guint n;

  /* English where the manual has no translation ("en" has none). */
  g_setenv ("LANGUAGE", "en", TRUE);
  english = ATLAS_HELP_WINDOW (g_object_ref_sink (atlas_help_window_new (NULL)));
  g_assert_cmpstr (atlas_help_window_get_language (english), ==, "C");
  n = atlas_help_window_get_n_pages (english);
  g_assert_cmpuint (n, ==, count_help_files ());

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      AtlasHelpWindow *help;
      gboolean found_keyboard = FALSE;

      /* A country's variant of the language finds the language's pages. */
      g_autofree char *variant = g_strdup_printf ("%s_XX:%s", cases[c].language,
                                                  cases[c].language);

      g_setenv ("LANGUAGE", variant, TRUE);
      help = ATLAS_HELP_WINDOW (g_object_ref_sink (atlas_help_window_new (NULL)));
      g_assert_cmpstr (atlas_help_window_get_language (help), ==, cases[c].language);
      g_assert_cmpuint (atlas_help_window_get_n_pages (help), ==, n);
      g_assert_cmpstr (atlas_help_window_get_page_id (help, 0), ==, "index");
      g_assert_cmpstr (atlas_help_window_get_page_title (help, 0), ==, cases[c].index_title);
      for (guint i = 0; i < n; i++)
        {
          const char *id = atlas_help_window_get_page_id (help, i);
          g_autofree char *text = atlas_help_window_dup_page_text (help, i);

          /* Same page in the same place, its title translated. */
          g_assert_cmpstr (id, ==, atlas_help_window_get_page_id (english, i));
          g_assert_cmpstr (atlas_help_window_get_page_title (help, i), !=,
                           atlas_help_window_get_page_title (english, i));
          g_assert_null (strstr (text, "</"));
          if (g_str_equal (id, "keyboard"))
            {
              g_assert_cmpstr (atlas_help_window_get_page_title (help, i), ==,
                               cases[c].keyboard_title);
              g_assert_nonnull (strstr (text, cases[c].ctrl_q));
              found_keyboard = TRUE;
            }
        }
      g_assert_true (found_keyboard);
      gtk_window_destroy (GTK_WINDOW (help));
      g_object_unref (help);
    }

  gtk_window_destroy (GTK_WINDOW (english));
  g_object_unref (english);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

static void
test_help_key (void)
{
  g_autoptr (AtlasApplication) app = atlas_application_new ();
  g_auto (GStrv) accels = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_true (g_strv_contains ((const char * const *) accels, "F1"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/desktop/quit-saves-window-size", test_quit_saves_window_size);
  g_test_add_func ("/desktop/help-without-yelp", test_help_without_yelp);
  g_test_add_func ("/desktop/help-translated", test_help_translated);
  g_test_add_func ("/desktop/help-key", test_help_key);

  return g_test_run ();
}
