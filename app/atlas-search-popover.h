/* atlas-search-popover.h: the results of the search box, grouped by kind.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"
#include "atlas-search.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_POPOVER (atlas_search_popover_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchPopover, atlas_search_popover, ATLAS, SEARCH_POPOVER, GtkPopover)

GtkWidget     *atlas_search_popover_new           (void);
AtlasDatabase *atlas_search_popover_get_database  (AtlasSearchPopover *self);
void           atlas_search_popover_set_database  (AtlasSearchPopover *self,
                                                   AtlasDatabase      *database);

/* Shows the results for @entry's text under it. The entry keeps the keyboard
 * focus: Down and Up move through the results, Enter chooses one. The popover
 * becomes the entry's child until the entry is destroyed. */
void           atlas_search_popover_attach        (AtlasSearchPopover *self,
                                                   GtkSearchEntry     *entry);

/* Searches for the entry's text now, not after the typing pause. */
void           atlas_search_popover_update        (AtlasSearchPopover *self);

/* AtlasSearchResult*, as shown; empty without a query. */
GPtrArray     *atlas_search_popover_get_results   (AtlasSearchPopover *self);
/* The highlighted result, or -1. */
int            atlas_search_popover_get_selected  (AtlasSearchPopover *self);
/* Moves the highlight by @delta results, stopping at either end. */
void           atlas_search_popover_move          (AtlasSearchPopover *self,
                                                   int                 delta);
/* Emits ::result-activated for the highlighted result; FALSE if there is none. */
gboolean       atlas_search_popover_activate      (AtlasSearchPopover *self);
/* The group heading shown above result @index, or NULL if it continues a
 * group. */
const char    *atlas_search_popover_get_heading   (AtlasSearchPopover *self,
                                                   guint               index);

G_END_DECLS
