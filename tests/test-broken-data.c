/* test-broken-data.c: the window with a --data file that must not load.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kind of hostile data file found by the security review (issue 8) is
 * given to the real application: it must report the file in its error dialog
 * and show the bundled atlas, not crash, hang or show nothing.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atlas-application.h"
#include "atlas-read.h"
#include "atlas-test-util.h"
#include "atlas-window.h"

typedef struct {
  const char *path;        /* the --data file */
  AdwMessageDialog *dialog;
  AtlasWindow *window;
  char *secondary;         /* the dialog's text */
  guint n_muscles;         /* in the window's atlas */
} Run;

static gboolean
fail_after_timeout (gpointer data)
{
  g_error ("no error dialog for --data %s", (const char *) data);
  return G_SOURCE_REMOVE;
}

/* Both windows are up and the dialog is on screen: record, then close both so
 * that the application's run ends. */
static void
finish (Run *run)
{
  AtlasDatabase *database = atlas_window_get_database (run->window);

  run->secondary = g_strdup (adw_message_dialog_get_body (run->dialog));
  run->n_muscles = database ? g_list_model_get_n_items (atlas_database_get_muscles (database)) : 0;
  gtk_window_destroy (GTK_WINDOW (run->dialog));
  gtk_window_destroy (GTK_WINDOW (run->window));
}

static void
on_dialog_map (GtkWidget *dialog,
               Run       *run)
{
  g_signal_handlers_disconnect_by_func (dialog, on_dialog_map, run);
  finish (run);
}

/* Runs after the application's own activate, which builds the window and the
 * dialog. */
static void
on_activate (GApplication *app,
             Run          *run)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        run->dialog = ADW_MESSAGE_DIALOG (window);
      else if (ATLAS_IS_WINDOW (window))
        run->window = ATLAS_WINDOW (window);
    }

  g_assert_nonnull (run->window);
  g_assert_nonnull (run->dialog);
  if (gtk_widget_get_mapped (GTK_WIDGET (run->dialog)))
    finish (run);
  else
    g_signal_connect (run->dialog, "map", G_CALLBACK (on_dialog_map), run);
}

static void
assert_bundled_shown_with_error (GFile *data_file)
{
  g_autofree char *path = g_file_get_path (data_file);
  g_autoptr (AtlasApplication) app = atlas_application_new ();
  g_autoptr (AtlasDatabase) bundled = atlas_database_load_bundled (NULL);
  char *argv[] = { (char *) "trigger-atlas", (char *) "--data", path, NULL };
  Run run = { .path = path };
  guint timeout;
  int status;

  g_assert_nonnull (bundled);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
  timeout = g_timeout_add_seconds (20, fail_after_timeout, path);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_source_remove (timeout);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (run.secondary);
  if (strstr (run.secondary, path) == NULL)
    g_error ("the dialog says “%s”, which does not name %s", run.secondary, path);
  g_assert_true (g_utf8_validate (run.secondary, -1, NULL));
  g_assert_cmpuint (run.n_muscles, ==,
                    g_list_model_get_n_items (atlas_database_get_muscles (bundled)));
  g_free (run.secondary);
}

static void
test_overflowing_view_box (void)
{
  g_autoptr (GString) view_box = g_string_new ("viewBox=\"0 0 [01005");
  g_autoptr (GFile) file = NULL;

  for (guint i = 0; i < 4096; i++)
    g_string_append (view_box, " 123456789");
  g_string_append_c (view_box, '"');
  file = atlas_test_edited_diagram ("viewBox=\"0 0 100 200\"", view_box->str, NULL, NULL);
  assert_bundled_shown_with_error (file);
}

static void
test_text_in_condition_ref (void)
{
  g_autoptr (GFile) file = atlas_test_edited_fixture ("<condition ref=\"chest-pain\"/>",
                                                      "<condition ref=\"chest-pain\"><synonym>X"
                                                      "</synonym></condition>", NULL, NULL);

  assert_bundled_shown_with_error (file);
}

static void
test_not_a_number (void)
{
  g_autoptr (GFile) file = atlas_test_edited_diagram ("viewBox=\"0 0 100 200\"",
                                                      "viewBox=\"0 0 100 NaN\"", NULL, NULL);

  assert_bundled_shown_with_error (file);
}

static void
test_path_escape (void)
{
  g_autoptr (GFile) file = atlas_test_edited_fixture ("file=\"diagrams/front.svg\"",
                                                      "file=\"/dev/zero\"", NULL, NULL);

  assert_bundled_shown_with_error (file);
}

static void
remove_path (gpointer data)
{
  g_autofree char *path = data;

  g_remove (path);
}

static void
test_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-test-XXXXXX", NULL);
  g_autofree char *fifo = NULL;
  g_autoptr (GFile) file = NULL;

  g_assert_nonnull (dir);
  g_test_queue_destroy (remove_path, g_strdup (dir));
  fifo = g_build_filename (dir, "atlas.xml", NULL);
  g_test_queue_destroy (remove_path, g_strdup (fifo));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  file = g_file_new_for_path (fifo);
  assert_bundled_shown_with_error (file);
}

static void
test_oversized (void)
{
  g_autoptr (GFile) file = atlas_test_edited_fixture ("<atlas", "<atlas", NULL, NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *spaces = g_strnfill (ATLAS_READ_MIB, ' ');
  int fd = g_open (path, O_WRONLY | O_APPEND, 0);

  /* Trailing white space: the file would load if it were not too large. */
  g_assert_cmpint (fd, >=, 0);
  for (guint i = 0; i < ATLAS_READ_MAX_DATA_FILE / ATLAS_READ_MIB; i++)
    g_assert_cmpint (write (fd, spaces, ATLAS_READ_MIB), ==, ATLAS_READ_MIB);
  close (fd);
  assert_bundled_shown_with_error (file);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr (GFile) file = atlas_test_edited_fixture ("<summary>A test muscle.</summary>",
                                                      "<summary>A test \xff muscle.</summary>",
                                                      NULL, NULL);

  assert_bundled_shown_with_error (file);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may not be installed. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/atlas/broken-data/overflowing-view-box", test_overflowing_view_box);
  g_test_add_func ("/atlas/broken-data/text-in-condition-ref", test_text_in_condition_ref);
  g_test_add_func ("/atlas/broken-data/not-a-number", test_not_a_number);
  g_test_add_func ("/atlas/broken-data/path-escape", test_path_escape);
  g_test_add_func ("/atlas/broken-data/fifo", test_fifo);
  g_test_add_func ("/atlas/broken-data/oversized", test_oversized);
  g_test_add_func ("/atlas/broken-data/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
