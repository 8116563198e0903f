/* test-i18n-window.c: the window speaks the language LANGUAGE names.
 *
 * Run once with LANGUAGE=de and once with LANGUAGE=es (tests/meson.build),
 * reading the catalogues built in the build tree (TRIGGER_ATLAS_LOCALEDIR):
 * the header, the empty side panel and a muscle card show the interface's
 * words and the data file's in that language.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "atlas-test-util.h"
#include "atlas-window-private.h"

typedef struct {
  const char *language;
  /* Interface: the pain finder's button, the empty card's heading. */
  const char *finder_button;
  const char *empty_heading;
  /* Data: the front view's name, the upper trapezius's card heading. */
  const char *front_view;
  const char *card_title;
} Language;

static const Language languages[] = {
  { "de", "Wo tut es weh?", "Wählen Sie einen Muskel im Diagramm", "Vorne",
    "M. trapezius, Pars descendens – rechte Seite" },
  { "es", "¿Dónde duele?", "Elija un músculo en el diagrama", "Delante",
    "Trapecio superior — lado derecho" },
};

static const Language *language;

/* Every label's text in the widget tree under @widget, mnemonics removed. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();

  collect_labels (widget, texts);
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_window (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) database = atlas_database_load_bundled (&error);
  AtlasWindow      *window;
  AtlasMusclePanel *panel;

  g_assert_no_error (error);
  window = atlas_window_new (NULL, database);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_until (is_mapped, window, "the window is shown");

  g_assert_true (has_label (GTK_WIDGET (window), language->finder_button));
  g_assert_true (has_label (GTK_WIDGET (window), language->front_view));
  panel = atlas_window_get_muscle_panel (window);
  g_assert_true (has_label (GTK_WIDGET (panel), language->empty_heading));
  /* The English words are gone. */
  g_assert_false (has_label (GTK_WIDGET (window), "Where does it hurt?"));
  g_assert_false (has_label (GTK_WIDGET (window), "Front"));

  atlas_muscle_panel_set_side (panel, ATLAS_SIDE_RIGHT);
  atlas_muscle_panel_set_muscle (panel, atlas_database_get_muscle (database, "upper-trapezius"));
  g_assert_cmpstr (atlas_muscle_panel_get_title (panel), ==, language->card_title);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *wanted = g_getenv ("LANGUAGE");
  const char *localedir = g_getenv ("TRIGGER_ATLAS_LOCALEDIR");

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which may not be installed; LANGUAGE
   * still chooses the catalogue under a UTF-8 locale that is not plain C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* Builder templates are translated in the default domain. */
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (wanted, languages[i].language) == 0)
      language = &languages[i];
  if (language == NULL)
    g_error ("LANGUAGE must be one of the languages this test knows, not “%s”", wanted);

  g_test_add_func ("/i18n/window", test_window);
  return g_test_run ();
}
