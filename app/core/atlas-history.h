/* atlas-history.h: the back and forward list of what was viewed.
 *
 * Each place is a kind (a muscle's card, a condition, a region's muscles, the
 * condition index, a patient information page) with an id, and for a card the
 * side and view it was seen on. Going somewhere new drops the places ahead, as
 * in a browser. It does not depend on GTK, so that it is tested with the core.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-types.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_PLACE_MUSCLE,
  ATLAS_PLACE_CONDITION,
  ATLAS_PLACE_REGION,
  ATLAS_PLACE_CONDITION_INDEX,
  ATLAS_PLACE_TOPIC,
} AtlasPlaceKind;

typedef struct {
  AtlasPlaceKind kind;
  char          *id;      /* NULL for the condition index */
  AtlasSide      side;    /* a card's */
  char          *view_id; /* a card's, or NULL */
} AtlasPlace;

#define ATLAS_TYPE_HISTORY (atlas_history_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHistory, atlas_history, ATLAS, HISTORY, GObject)

AtlasHistory     *atlas_history_new (void);
/* Records a new place. The same place as the current one (a card seen on
 * another side or view) updates it rather than adding another. */
void              atlas_history_visit (AtlasHistory  *self,
                                       AtlasPlaceKind kind,
                                       const char    *id,
                                       AtlasSide      side,
                                       const char    *view_id);
/* The current place, or NULL before the first visit. Owned by the history. */
const AtlasPlace *atlas_history_get_current (AtlasHistory *self);
gboolean          atlas_history_get_can_go_back (AtlasHistory *self);
gboolean          atlas_history_get_can_go_forward (AtlasHistory *self);
/* Move one place and return it, or NULL (and stay) at the end. */
const AtlasPlace *atlas_history_go_back (AtlasHistory *self);
const AtlasPlace *atlas_history_go_forward (AtlasHistory *self);

G_END_DECLS
