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
