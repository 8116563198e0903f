/* atlas-muscle.h: one muscle and everything the atlas says about it.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MUSCLE (atlas_muscle_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMuscle, atlas_muscle, ATLAS, MUSCLE, GObject)

const char          *atlas_muscle_get_id           (AtlasMuscle *self);
const char          *atlas_muscle_get_name         (AtlasMuscle *self);
const char          *atlas_muscle_get_latin        (AtlasMuscle *self);
const char          *atlas_muscle_get_summary      (AtlasMuscle *self);
const char          *atlas_muscle_get_origin       (AtlasMuscle *self);
const char          *atlas_muscle_get_insertion    (AtlasMuscle *self);
const char          *atlas_muscle_get_innervation  (AtlasMuscle *self);
const char          *atlas_muscle_get_action       (AtlasMuscle *self);
const char          *atlas_muscle_get_self_care    (AtlasMuscle *self);
/* char*, translated */
GPtrArray           *atlas_muscle_get_synonyms     (AtlasMuscle *self);
/* AtlasTriggerPoint* */
GPtrArray           *atlas_muscle_get_trigger_points (AtlasMuscle *self);
/* AtlasCondition* */
GPtrArray           *atlas_muscle_get_conditions   (AtlasMuscle *self);
/* AtlasSafetyNote*, highest risk first */
GPtrArray           *atlas_muscle_get_safety_notes (AtlasMuscle *self);
const AtlasNeedling *atlas_muscle_get_needling     (AtlasMuscle *self);
/* AtlasReference* */
GPtrArray           *atlas_muscle_get_references   (AtlasMuscle *self);
/* The views that draw this muscle (AtlasView*), in data-file order. */
GPtrArray           *atlas_muscle_get_views        (AtlasMuscle *self);
AtlasRisk            atlas_muscle_get_highest_risk (AtlasMuscle *self);
/* The body-part attribute (the study deck), or ATLAS_BODY_PART_NONE. */
AtlasBodyPart        atlas_muscle_get_body_part    (AtlasMuscle *self);

/* The view to show the muscle in: @current (may be NULL) if a trigger point
 * of the muscle is marked there, otherwise of the views that mark it the one
 * that draws it largest, otherwise @current if it draws the muscle, otherwise
 * the first view that does. */
const AtlasView     *atlas_muscle_choose_view      (AtlasMuscle     *self,
                                                    const AtlasView *current);
/* How many different regions of the muscle's pattern in @zone @view draws:
 * a view can show a muscle and still miss most of where its pain is felt. */
guint                atlas_muscle_count_pattern_regions (AtlasMuscle     *self,
                                                         const AtlasView *view,
                                                         AtlasZone        zone);
/* The diagram element id of one side: "upper-trapezius-left". */
char                *atlas_muscle_dup_shape_id     (AtlasMuscle *self,
                                                    AtlasSide    side);
/* The strongest zone in which any trigger point of the muscle refers to @region. */
AtlasZone            atlas_muscle_refers_to        (AtlasMuscle       *self,
                                                    const AtlasRegion *region);

G_END_DECLS
