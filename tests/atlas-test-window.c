/* atlas-test-window.c: the atlas window, opened and drawn, for the GTK tests.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "atlas-test-util.h"
#include "atlas-test-window.h"
#include "atlas-window-private.h"

gboolean
atlas_test_window_is_drawn (gpointer window)
{
  AtlasBodyView *body_view = atlas_window_get_body_view (window);

  return gtk_widget_get_mapped (GTK_WIDGET (body_view)) &&
         gtk_widget_get_width (GTK_WIDGET (body_view)) > 0 &&
         atlas_body_view_get_render_count (body_view) > 0;
}

AtlasWindow *
atlas_test_window_open (AtlasDatabase *database,
                        int            width,
                        int            height)
{
  AtlasWindow *window = atlas_window_new (NULL, database);

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  atlas_test_wait_until (atlas_test_window_is_drawn, window, "the window is drawn");
  return window;
}

void
atlas_test_window_fixture_set_up (AtlasTestWindowFixture *fixture,
                                  AtlasDatabase          *database,
                                  int                     width,
                                  int                     height)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  fixture->settings = g_settings_new (APP_ID);
  g_object_get (fixture->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (fixture->settings, keys[i]);

  if (database != NULL)
    fixture->database = g_object_ref (database);
  else
    fixture->database = atlas_database_load_bundled (&error);
  g_assert_no_error (error);
  fixture->window = atlas_test_window_open (fixture->database, width, height);
}

void
atlas_test_window_fixture_tear_down (AtlasTestWindowFixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->database);
  g_clear_object (&fixture->settings);
}

cairo_surface_t *
atlas_test_widget_draw (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (widget),
                                        gtk_widget_get_height (widget));
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (node);
  cairo_surface_flush (surface);
  return surface;
}
