/* atlas-application.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <stdio.h>

#include "atlas-application.h"
#include "atlas-cli.h"
#include "atlas-help-window.h"
#include "atlas-presentation-window.h"
#include "atlas-window.h"

struct _AtlasApplication
{
  AdwApplication parent_instance;

  char           *data_file;
  gboolean        options_handled;
  /* The data loads while GTK starts; activate() takes it. */
  GThread        *loader;
};

typedef struct {
  char          *data_file;
  AtlasDatabase *database;
  GError        *data_error;
  GError        *bundled_error;
} LoadResult;

static gpointer
load_thread (gpointer user_data)
{
  LoadResult *result = user_data;

  if (result->data_file != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (result->data_file);

      result->database = atlas_database_load (file, &result->data_error);
    }
  if (result->database == NULL)
    result->database = atlas_database_load_bundled (&result->bundled_error);
  return result;
}

/* Reading the data file needs no display, so it runs beside GTK's own start:
 * the window then waits for neither. The loader translates as it reads, so
 * the locale is set first, and GTK is told not to set it again under the
 * loader's feet. */
static void
start_loading (AtlasApplication *self)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  if (!gtk_is_initialized ())
    {
      setlocale (LC_ALL, "");
      gtk_disable_setlocale ();
    }
  result->data_file = g_strdup (self->data_file);
  self->loader = g_thread_new ("atlas-loader", load_thread, result);
}

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("List the muscles and exit"), NULL },
  { "regions", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the body regions and exit"), NULL },
  { "muscle", 'm', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the card of one muscle and exit"), N_("ID") },
  { "where-it-hurts", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Rank the muscles that could explain pain in these regions and exit"),
    N_("REGION[:SIDE],...") },
  { "conditions", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the conditions and exit"), NULL },
  { "condition", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print one condition and its muscles and exit"), N_("ID") },
  { "search", 's', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Search muscles, conditions, regions and patient pages and exit"), N_("QUERY") },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use another atlas data file"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  /* Collected only to be refused: the atlas opens no files by name. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.finder", { "<Control>h", NULL } },
  { "win.study", { "<Control>t", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal" } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-reset", { "<Control>0", NULL } },
  { "win.layer::superficial", { "<Control>3", NULL } },
  { "win.layer::deep", { "<Control>4", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.blank-presentation", { "<Control>b", NULL } },
  { "win.patient-view", { "<Control><Shift>p", NULL } },
};

/* The queries must run without a display: nothing on this path may touch GDK,
 * and startup has not run. */
static int
atlas_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  AtlasCliRequest request = { 0 };
  g_autofree char *muscle = NULL;
  g_autofree char *where = NULL;
  g_autofree char *condition = NULL;
  g_autofree char *search = NULL;
  g_autofree char *data_file = NULL;
  g_autofree const char **rest = NULL;

  self->options_handled = TRUE;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest)
      && rest != NULL && rest[0] != NULL)
    {
      /* Translators: %s is a command-line argument the program does not know */
      g_printerr (_("trigger-atlas: unexpected argument “%s” (see --help)\n"), rest[0]);
      return 2;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "trigger-atlas", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, "list", "b", &request.list);
  g_variant_dict_lookup (options, "regions", "b", &request.regions);
  g_variant_dict_lookup (options, "conditions", "b", &request.conditions);
  g_variant_dict_lookup (options, "muscle", "^ay", &muscle);
  g_variant_dict_lookup (options, "where-it-hurts", "^ay", &where);
  g_variant_dict_lookup (options, "condition", "^ay", &condition);
  g_variant_dict_lookup (options, "search", "^ay", &search);
  g_variant_dict_lookup (options, "data", "^ay", &data_file);
  request.muscle = muscle;
  request.where_it_hurts = where;
  request.condition = condition;
  request.search = search;
  request.data_file = data_file;

  /* Read as bytes (FILENAME options) so that core can say which one is not
   * UTF-8; it also bounds and checks every argument. */
  {
    g_autoptr (GString) err = g_string_new (NULL);
    int status = atlas_cli_check (&request, err);

    if (status != 0)
      {
        fputs (err->str, stderr);
        return status;
      }
  }

  if (atlas_cli_wants_output (&request))
    {
      g_autoptr (GString) out = g_string_new (NULL);
      g_autoptr (GString) err = g_string_new (NULL);
      int status = atlas_cli_run (&request, out, err);

      fputs (out->str, stdout);
      fputs (err->str, stderr);
      fflush (stdout);

      return status;
    }

  if (data_file != NULL)
    {
      /* Another data file is a separate atlas: it gets its own instance rather
       * than being handed to a running one that already shows the bundled data. */
      self->data_file = g_steal_pointer (&data_file);
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  start_loading (self);
  return -1;
}

static gboolean
atlas_application_local_command_line (GApplication   *app,
                                      char         ***arguments,
                                      int            *exit_status)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  gboolean handled;

  handled = G_APPLICATION_CLASS (atlas_application_parent_class)
              ->local_command_line (app, arguments, exit_status);

  /* GApplication exits with 1 when it cannot parse the options, which is also
   * our status for data that does not load; scripts tell a bad argument by 2. */
  if (handled && *exit_status == 1 && !self->options_handled)
    *exit_status = 2;

  return handled;
}

static void
show_error (GtkWindow  *parent,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, primary, secondary);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The start-up benchmark (tests/bench-atlas.c) sets this variable and times
 * the process until it prints "first-frame": the first frame painted with
 * the body diagram rendered at its size (not a picture scaled into place). */
#define EXIT_AFTER_FIRST_FRAME_ENV "TRIGGER_ATLAS_EXIT_AFTER_FIRST_FRAME"

static void
report_first_frame (GdkFrameClock *clock,
                    AtlasBodyView *view)
{
  if (atlas_body_view_get_render_count (view) == 0 || !atlas_body_view_get_picture_exact (view))
    return;

  g_print ("first-frame\n");
  exit (0);
}

static void
exit_after_first_frame (GtkWidget *window)
{
  AtlasBodyView *view = atlas_window_get_body_view (ATLAS_WINDOW (window));

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (report_first_frame), view);
}

/* Ctrl+1 and Ctrl+2 for the first two sides the data names, Ctrl+5 on for
 * the others: Ctrl+3 and Ctrl+4 are the layers, which every side shares. */
static void
set_side_accels (GtkApplication *app,
                 AtlasDatabase  *database)
{
  static const char *const keys[] = {
    "<Control>1", "<Control>2", "<Control>5", "<Control>6", "<Control>7", "<Control>8", "<Control>9"
  };
  GPtrArray *views = atlas_database_get_views (database);
  g_autoptr (GHashTable) sides = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (views, i);
      g_autofree char *action = NULL;
      const char *accels[2] = { NULL, NULL };

      if (!g_hash_table_add (sides, view->side) || g_hash_table_size (sides) > G_N_ELEMENTS (keys))
        continue;
      action = g_strdup_printf ("win.side::%s", view->side);
      accels[0] = keys[g_hash_table_size (sides) - 1];
      gtk_application_set_accels_for_action (app, action, accels);
    }
}

static void
atlas_application_activate (GApplication *app)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  g_autoptr (AtlasDatabase) database = NULL;
  g_autoptr (GError) data_error = NULL;
  g_autoptr (GError) bundled_error = NULL;
  LoadResult *result;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->loader == NULL)
    start_loading (self);
  result = g_thread_join (g_steal_pointer (&self->loader));
  database = result->database;
  data_error = result->data_error;
  bundled_error = result->bundled_error;
  g_free (result->data_file);
  g_free (result);

  if (database != NULL)
    set_side_accels (GTK_APPLICATION (app), database);
  window = GTK_WINDOW (atlas_window_new (GTK_APPLICATION (app), database));
  if (g_getenv (EXIT_AFTER_FIRST_FRAME_ENV) != NULL)
    g_signal_connect (window, "map", G_CALLBACK (exit_after_first_frame), NULL);
  gtk_window_present (window);

  /* The error text names the file and line, which is what whoever edited the
   * file needs to fix it. */
  if (data_error != NULL)
    {
      g_autofree char *details = g_strdup_printf ("%s\n\n%s", data_error->message,
                                                  _("The bundled atlas is shown instead."));

      show_error (window, _("Could not open the atlas data file"), details);
    }
  if (bundled_error != NULL)
    show_error (window, _("The bundled atlas could not be loaded"), bundled_error->message);
}

/* Closing the windows runs their close-request, where the main window saves
 * its size and maximised state, and where a window with unsaved work may ask
 * first. FALSE when a window stayed open. */
static gboolean
close_all_windows (GtkApplication *app)
{
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  gboolean all_closed = TRUE;

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      all_closed = FALSE;
  g_list_free_full (windows, g_object_unref);

  return all_closed;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  if (close_all_windows (GTK_APPLICATION (user_data)))
    g_application_quit (G_APPLICATION (user_data));
}

/* Yelp renders the installed pages (help:APP_ID); without it, the same pages
 * compiled into the program are shown in a window of their own. */
static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  g_autofree char *yelp = g_find_program_in_path ("yelp");
  GtkWidget *help;

  if (yelp != NULL)
    {
      gtk_show_uri (parent, "help:" APP_ID, GDK_CURRENT_TIME);
      return;
    }

  help = atlas_help_window_new (parent);
  gtk_window_set_application (GTK_WINDOW (help), app);
  gtk_window_present (GTK_WINDOW (help));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Trigger Point Atlas authors", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);
  AdwAboutWindow    *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Trigger Point Atlas"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_developer_name (about, "The Trigger Point Atlas authors");
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (
    about, _("Myofascial trigger points, the pain they refer and how to needle them safely"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "help", help_action },
};

/* F11 makes any window of the atlas full screen: the patient information, a
 * dialog, as well as the main and presentation windows (which add it
 * themselves, also without an application). */
static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  atlas_presentation_window_add_fullscreen_key (window);
}

/* AdwApplication loads style.css (and style-dark.css, style-hc.css) from the
 * resource base path and follows the system's dark and high-contrast
 * preference through AdwStyleManager; the diagram follows it too. */
static void
atlas_application_startup (GApplication *app)
{
#ifdef __GLIBC__
  /* A picture of the body is megabytes. glibc raises its mmap threshold to
   * the size of each large block freed, after which such blocks come from the
   * heap and stay resident when freed; fixed, every picture is its own
   * mapping and leaving a view gives its memory back. */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024);
#endif
  G_APPLICATION_CLASS (atlas_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
}

/* A quit that did not come through app.quit (the session ending, another
 * instance calling Quit over D-Bus) still saves what the windows keep. */
static void
atlas_application_shutdown (GApplication *app)
{
  close_all_windows (GTK_APPLICATION (app));
  g_settings_sync ();

  G_APPLICATION_CLASS (atlas_application_parent_class)->shutdown (app);
}

static void
atlas_application_finalize (GObject *object)
{
  AtlasApplication *self = ATLAS_APPLICATION (object);

  g_free (self->data_file);
  /* Started but never taken: another instance took the activation. */
  if (self->loader != NULL)
    {
      LoadResult *result = g_thread_join (self->loader);

      g_clear_object (&result->database);
      g_clear_error (&result->data_error);
      g_clear_error (&result->bundled_error);
      g_free (result->data_file);
      g_free (result);
    }

  G_OBJECT_CLASS (atlas_application_parent_class)->finalize (object);
}

static void
atlas_application_class_init (AtlasApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = atlas_application_finalize;

  app_class->local_command_line = atlas_application_local_command_line;
  app_class->handle_local_options = atlas_application_handle_local_options;
  app_class->startup = atlas_application_startup;
  app_class->shutdown = atlas_application_shutdown;
  app_class->activate = atlas_application_activate;
}

static void
atlas_application_init (AtlasApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Without options, opens the atlas window."));
}

AtlasApplication *
atlas_application_new (void)
{
  return g_object_new (ATLAS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
