/* atlas-test-window.h: the atlas window, opened and drawn, for the GTK tests.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-window.h"

G_BEGIN_DECLS

/* Whether @window's diagram is on screen, laid out and rendered once: zoom,
 * focus and pixel checks need a size and a picture. */
gboolean     atlas_test_window_is_drawn (gpointer       window);
/* A new window on @database, at @width x @height if both are positive,
 * presented and waited for until atlas_test_window_is_drawn(). */
AtlasWindow *atlas_test_window_open     (AtlasDatabase *database,
                                         int            width,
                                         int            height);

/* What @widget draws now (its own snapshot, children included only as it
 * appends them), in a new image surface of its size. */
cairo_surface_t *atlas_test_widget_draw (GtkWidget *widget);

/* The window tests' fixture: the settings (each key reset to its default
 * before the window opens, so that no test sees what the last one chose), the
 * database and the window. */
typedef struct {
  AtlasDatabase *database;
  AtlasWindow   *window;
  GSettings     *settings;
} AtlasTestWindowFixture;

/* Resets the settings, takes @database (a new reference; the bundled atlas
 * when NULL) and opens the window with atlas_test_window_open(). */
void atlas_test_window_fixture_set_up    (AtlasTestWindowFixture *fixture,
                                          AtlasDatabase          *database,
                                          int                     width,
                                          int                     height);
void atlas_test_window_fixture_tear_down (AtlasTestWindowFixture *fixture);

G_END_DECLS
