/* test-shortcuts-window.c: Ctrl+? shows the keyboard shortcuts window, which
 * is built only when first asked for (GtkApplication would build it with
 * every window), and which lists every action the application gives a key.
 *
 * A program of its own: the application runs once in it.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-application.h"
#include "atlas-window.h"

typedef struct {
  GApplication *app;
  GtkWindow    *main_window;
  gboolean      overlay_before_asked;
  gboolean      shortcuts_asked;
  GtkWidget    *shortcuts_window;
  guint         n_accel_actions;
  guint         n_listed;
  char         *unlisted;
  guint         timeout_id;
} Run;

static gboolean
on_timeout (gpointer data)
{
  g_error ("the shortcuts window was not shown in time");
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Run            *run)
{
  if (ATLAS_IS_WINDOW (window) && run->main_window == NULL)
    run->main_window = window;
}

static void
quit (Run *run)
{
  g_source_remove (run->timeout_id);
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
}

static void collect_listed (GtkWidget  *widget,
                            GHashTable *listed);
static gboolean is_listed (GtkApplication *app,
                           const char     *action,
                           GHashTable     *listed);

/* Counts the actions @run's application gives a key and keeps the first one
 * its shortcuts window does not list. */
static void
check_listed (Run *run)
{
  GtkApplication *app = GTK_APPLICATION (run->app);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (app);

  collect_listed (run->shortcuts_window, listed);
  run->n_listed = g_hash_table_size (listed);
  run->n_accel_actions = g_strv_length (actions);
  for (guint i = 0; actions[i] != NULL && run->unlisted == NULL; i++)
    if (!is_listed (app, actions[i], listed))
      run->unlisted = g_strdup (actions[i]);
}

/* A key as text to compare: "<Control>question" and "<Primary>question" are
 * the same key. */
static char *
key_name (const char *accelerator)
{
  guint key;
  GdkModifierType mods;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  return gtk_accelerator_name (key, mods);
}

/* Adds what every shortcut under @widget lists to @listed: its action (with
 * its target, "win.layer::deep"), or each of its keys for a shortcut written
 * as keys ("F1", "F6 <Control>Tab"). */
static void
collect_listed (GtkWidget  *widget,
                GHashTable *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      char *action = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accelerator, NULL);
      if (action != NULL)
        g_hash_table_add (listed, action);
      if (accelerator != NULL)
        {
          g_auto (GStrv) keys = g_strsplit (accelerator, " ", -1);

          for (guint i = 0; keys[i] != NULL; i++)
            if (*keys[i] != '\0')
              g_hash_table_add (listed, key_name (keys[i]));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_listed (child, listed);
}

/* Whether @action's shortcut is in @listed: by its name, or by each of its keys. */
static gboolean
is_listed (GtkApplication *app,
           const char     *action,
           GHashTable     *listed)
{
  g_auto (GStrv) accels = NULL;

  if (g_hash_table_contains (listed, action))
    return TRUE;
  accels = gtk_application_get_accels_for_action (app, action);
  for (guint i = 0; accels[i] != NULL; i++)
    {
      g_autofree char *name = key_name (accels[i]);

      if (!g_hash_table_contains (listed, name))
        return FALSE;
    }
  return accels[0] != NULL;
}

static gboolean
poll_shortcuts_then_quit (gpointer data)
{
  Run *run = data;
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (run->main_window);
  GtkShortcutsWindow *overlay;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;
  if (!run->shortcuts_asked)
    {
      g_auto (GStrv) actions =
        gtk_application_get_actions_for_accel (GTK_APPLICATION (run->app), "<Control>question");

      run->overlay_before_asked = gtk_application_window_get_help_overlay (window) != NULL;
      g_assert_true (g_strv_contains ((const char *const *) actions, "win.show-help-overlay"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                                 NULL));
      overlay = gtk_application_window_get_help_overlay (window);
      g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
      /* Not a reference: GTK 4.8's shortcuts window must go with its main
       * window, from which it disconnects without a weak reference. */
      run->shortcuts_window = GTK_WIDGET (overlay);
      g_object_add_weak_pointer (G_OBJECT (overlay), (gpointer *) &run->shortcuts_window);
      run->shortcuts_asked = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (!gtk_widget_get_mapped (run->shortcuts_window))
    return G_SOURCE_CONTINUE;

  check_listed (run);
  quit (run);
  return G_SOURCE_REMOVE;
}

static void
run_application (Run *run)
{
  AtlasApplication *app = atlas_application_new ();
  const char *argv[] = { "trigger-atlas", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  run->app = G_APPLICATION (app);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), run);
  g_timeout_add (20, poll_shortcuts_then_quit, run);
  run->timeout_id = g_timeout_add_seconds (15, on_timeout, run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, (char **) argv), ==, 0);
  g_object_unref (app);
}

/* Not built with the main window (GtkApplication would build it for every
 * new window), shown by Ctrl+?'s action over the window, and listing every
 * action the application gives a key. */
static void
test_shortcuts_window (void)
{
  Run run = { 0 };

  run_application (&run);

  g_assert_false (run.overlay_before_asked);
  g_assert_true (run.shortcuts_asked);
  /* Gone with the main window. */
  g_assert_null (run.shortcuts_window);
  g_assert_cmpuint (run.n_accel_actions, >=, 15);
  g_assert_cmpuint (run.n_listed, >=, run.n_accel_actions);
  if (run.unlisted != NULL)
    g_error ("the shortcuts window does not list %s", run.unlisted);
}

/* GTK 4.8's shortcuts window measures the labels of its page switcher ("1",
 * "2", "3") at -3 pixels and warns, whichever shortcuts it lists; under
 * G_DEBUG=fatal-warnings that would end the test. Only that warning is let
 * through; everything else goes to GLib's writer as before. */
static gboolean
is_page_label_warning (const GLogField *field)
{
  static const char ending[] = "(label) reported min width -3, but sizes must be >= 0";

  if (!g_str_equal (field->key, "MESSAGE") || field->length >= 0)
    return FALSE;
  return g_str_has_prefix (field->value, "GtkLabel ") && g_str_has_suffix (field->value, ending);
}

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (is_page_label_warning (&fields[i]))
      return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, data);
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (log_writer, NULL, NULL);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shortcuts-window/lazy-and-complete", test_shortcuts_window);

  return g_test_run ();
}
