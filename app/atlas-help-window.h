/* atlas-help-window.h: the help manual, shown in the atlas when Yelp is absent.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_HELP_WINDOW (atlas_help_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHelpWindow, atlas_help_window, ATLAS, HELP_WINDOW, GtkWindow)

/* Reads the Mallard pages compiled into the program (help/C/\*.page, or a
 * translation's). */
GtkWidget  *atlas_help_window_new            (GtkWindow       *parent);
guint       atlas_help_window_get_n_pages    (AtlasHelpWindow *self);
/* The page's id is its file name without ".page", as in "help:APP_ID/ID". */
const char *atlas_help_window_get_page_id    (AtlasHelpWindow *self,
                                              guint            index);
const char *atlas_help_window_get_page_title (AtlasHelpWindow *self,
                                              guint            index);
/* The text of the page as shown, without its styling. */
char       *atlas_help_window_dup_page_text  (AtlasHelpWindow *self,
                                              guint            index);
gboolean    atlas_help_window_show_page      (AtlasHelpWindow *self,
                                              const char      *id);
/* The pages' language: a folder of help/ ("de", "es"), or "C" for English. */
const char *atlas_help_window_get_language   (AtlasHelpWindow *self);

G_END_DECLS
