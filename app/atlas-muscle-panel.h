/* atlas-muscle-panel.h: the clinical card of the chosen muscle.
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-muscle.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MUSCLE_PANEL (atlas_muscle_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMusclePanel, atlas_muscle_panel, ATLAS, MUSCLE_PANEL, GtkWidget)

GtkWidget   *atlas_muscle_panel_new        (void);
AtlasMuscle *atlas_muscle_panel_get_muscle (AtlasMusclePanel *self);
void         atlas_muscle_panel_set_muscle (AtlasMusclePanel *self,
                                            AtlasMuscle      *muscle);
AtlasSide    atlas_muscle_panel_get_side   (AtlasMusclePanel *self);
void         atlas_muscle_panel_set_side   (AtlasMusclePanel *self,
                                            AtlasSide         side);
/* The heading shown, for tests. */
const char  *atlas_muscle_panel_get_title  (AtlasMusclePanel *self);

/* The star and "Compare with…" beside the title, which act on the window's
 * selected muscle: shown unless the card is one of a comparison. */
void         atlas_muscle_panel_set_header_buttons (AtlasMusclePanel *self,
                                                    gboolean          visible);

/* Hides the needling technique and hazards, for a patient looking on. */
gboolean     atlas_muscle_panel_get_patient_view (AtlasMusclePanel *self);
void         atlas_muscle_panel_set_patient_view (AtlasMusclePanel *self,
                                                  gboolean          patient_view);

G_END_DECLS
