/* atlas-patient-card.h: a muscle told to the patient, in plain words.
 *
 * The everyday name, the calm summary, where the pain is felt (built from the
 * regions' plain names, beside the same solid and stippled swatches as the
 * diagram) and, when asked for, self-care. Never needling, hazards,
 * palpation, anatomy, references or ids: the patient view of the card and
 * the presentation window show this and nothing else.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-muscle.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PATIENT_CARD (atlas_patient_card_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPatientCard, atlas_patient_card, ATLAS, PATIENT_CARD, GtkWidget)

GtkWidget   *atlas_patient_card_new           (void);
/* NULL shows the legend alone (for several patterns at once). */
AtlasMuscle *atlas_patient_card_get_muscle    (AtlasPatientCard *self);
void         atlas_patient_card_set_muscle    (AtlasPatientCard *self,
                                               AtlasMuscle      *muscle);
void         atlas_patient_card_set_show_self_care (AtlasPatientCard *self,
                                                    gboolean          show_self_care);

/* "the temple, the side of the neck and behind the ear": the regions of
 * @muscle's trigger points in @zone (a region of the essential zone is not
 * repeated as spillover), or NULL when there are none. */
char        *atlas_patient_card_describe_zone (AtlasMuscle      *muscle,
                                               AtlasZone         zone);

/* Draws a zone swatch on the diagram's skin colour; a GtkDrawingArea draw
 * function whose data is the AtlasZone. */
void         atlas_patient_card_draw_swatch   (GtkDrawingArea   *area,
                                               cairo_t          *cr,
                                               int               width,
                                               int               height,
                                               gpointer          zone);

G_END_DECLS
