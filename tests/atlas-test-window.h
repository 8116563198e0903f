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

G_END_DECLS
