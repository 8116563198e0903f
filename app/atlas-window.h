/* atlas-window.h: the main window, a diagram beside the card of its muscle.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-database.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, GtkApplicationWindow)

AtlasWindow      *atlas_window_new              (GtkApplication *application,
                                                 AtlasDatabase  *database);
AtlasDatabase    *atlas_window_get_database     (AtlasWindow    *self);
/* Shows @muscle on @side, switching to a view that draws it. */
void              atlas_window_show_muscle      (AtlasWindow    *self,
                                                 AtlasMuscle    *muscle,
                                                 AtlasSide       side);

AtlasBodyView    *atlas_window_get_body_view    (AtlasWindow    *self);

/* The modes are reached through actions: "win.finder", "win.study", "win.plan",
 * "win.plan-add" with "MUSCLE/POINT/SIDE", "win.present". Tests reach the parts
 * through atlas-window-private.h. */

G_END_DECLS
