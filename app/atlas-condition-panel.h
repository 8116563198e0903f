/* atlas-condition-panel.h: the condition index, a condition, or the muscles
 * that refer pain to one body region.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CONDITION_PANEL (atlas_condition_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasConditionPanel, atlas_condition_panel, ATLAS, CONDITION_PANEL, GtkWidget)

GtkWidget     *atlas_condition_panel_new               (void);
AtlasDatabase *atlas_condition_panel_get_database      (AtlasConditionPanel *self);
void           atlas_condition_panel_set_database      (AtlasConditionPanel *self,
                                                        AtlasDatabase       *database);

/* The list of all conditions. */
void           atlas_condition_panel_show_index        (AtlasConditionPanel *self);
/* One condition: summary, evidence and its muscles. FALSE for an unknown id. */
gboolean       atlas_condition_panel_show_condition    (AtlasConditionPanel *self,
                                                        const char          *condition_id);
/* The muscles whose referral pattern reaches one region, essential first. */
gboolean       atlas_condition_panel_show_region       (AtlasConditionPanel *self,
                                                        const char          *region_id);

/* What is on show, or NULL: the index shows neither. */
const char    *atlas_condition_panel_get_condition     (AtlasConditionPanel *self);
const char    *atlas_condition_panel_get_region        (AtlasConditionPanel *self);
/* The muscles listed, in order (AtlasMuscle*, borrowed); empty on the index. */
GPtrArray     *atlas_condition_panel_get_muscles       (AtlasConditionPanel *self);

/* "Show all patterns": whether the listed muscles' patterns should be on the
 * diagram, and their ids while they should (NULL otherwise). */
gboolean       atlas_condition_panel_get_show_patterns (AtlasConditionPanel *self);
void           atlas_condition_panel_set_show_patterns (AtlasConditionPanel *self,
                                                        gboolean             show);
const char * const *atlas_condition_panel_get_pattern_muscles (AtlasConditionPanel *self);

G_END_DECLS
