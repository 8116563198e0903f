/* atlas-compare-panel.h: two muscles' cards side by side, for comparing them.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-muscle-panel.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_PANEL (atlas_compare_panel_get_type ())

/* Below this width a card's text wraps into too narrow a column... */
#define ATLAS_COMPARE_PANEL_COLUMN_MIN_WIDTH 330
/* ... so from this width on, and from their minimum widths together, the two
 * cards stand in two columns. */
#define ATLAS_COMPARE_PANEL_COLUMNS_WIDTH (2 * ATLAS_COMPARE_PANEL_COLUMN_MIN_WIDTH)

G_DECLARE_FINAL_TYPE (AtlasComparePanel, atlas_compare_panel, ATLAS, COMPARE_PANEL, GtkWidget)

GtkWidget        *atlas_compare_panel_new             (void);
/* The first muscle's card and its legend in the first rendition of the
 * painter, the second's in the second; NULL empties a column. */
void              atlas_compare_panel_set_muscles     (AtlasComparePanel *self,
                                                       AtlasMuscle       *first,
                                                       AtlasSide          first_side,
                                                       AtlasMuscle       *second,
                                                       AtlasSide          second_side);
/* The cards, for the window and the tests: 0 the first, 1 the second. */
AtlasMusclePanel *atlas_compare_panel_get_card        (AtlasComparePanel *self,
                                                       guint              index);
/* The width from which the cards stand in two columns, for the muscles shown. */
int               atlas_compare_panel_get_columns_width (AtlasComparePanel *self);
/* Whether the cards stand in two columns (else one above the other). */
gboolean          atlas_compare_panel_get_side_by_side (AtlasComparePanel *self);

G_END_DECLS
