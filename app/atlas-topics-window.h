/* atlas-topics-window.h: the patient information pages.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TOPICS_WINDOW (atlas_topics_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTopicsWindow, atlas_topics_window, ATLAS, TOPICS_WINDOW, GtkWindow)

GtkWidget *atlas_topics_window_new       (AtlasDatabase *database);
/* The page on show, by topic id. */
const char *atlas_topics_window_get_topic (AtlasTopicsWindow *self);
void        atlas_topics_window_set_topic (AtlasTopicsWindow *self,
                                           const char        *topic_id);

G_END_DECLS
