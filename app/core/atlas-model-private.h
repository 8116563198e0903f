/* atlas-model-private.h: the fields the loader fills in. Only the loader and
 * the model's own files include this.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"
#include "atlas-muscle.h"

G_BEGIN_DECLS

struct _AtlasMuscle {
  GObject parent_instance;

  char *id;
  char *name;
  char *latin;
  char *summary;
  char *origin;
  char *insertion;
  char *innervation;
  char *action;
  char *self_care;
  GPtrArray *synonyms;        /* char*, owned */
  GPtrArray *trigger_points;  /* AtlasTriggerPoint*, owned */
  GPtrArray *conditions;      /* AtlasCondition*, borrowed */
  GPtrArray *safety_notes;    /* AtlasSafetyNote*, owned */
  GPtrArray *references;      /* AtlasReference*, borrowed */
  GPtrArray *views;           /* AtlasView*, borrowed */
  AtlasNeedling *needling;    /* owned */
  AtlasBodyPart body_part;    /* the study deck; optional in the data */
  int line;
};

struct _AtlasDatabase {
  GObject parent_instance;

  GListStore *muscles;
  GHashTable *muscle_by_id;
  GPtrArray *views;        /* AtlasView*, owned */
  GPtrArray *regions;      /* AtlasRegion*, owned */
  GPtrArray *conditions;   /* AtlasCondition*, owned */
  GPtrArray *references;   /* AtlasReference*, owned */
  GPtrArray *topics;       /* AtlasTopic*, owned */
  GPtrArray *red_flags;    /* AtlasRedFlag*, owned */
  /* The <screening> section; NULL until the loader meets it (atlas-screening.c) */
  GPtrArray *screening_items;      /* AtlasScreeningItem*, owned */
  GPtrArray *screening_structures; /* AtlasScreeningStructure*, owned */
  GPtrArray *limbs;                /* AtlasLimb*, owned */
  GHashTable *view_by_id;
  GHashTable *region_by_id;
  GHashTable *condition_by_id;
  GHashTable *reference_by_id;
};

AtlasDatabase     *atlas_database_new         (void);
AtlasMuscle       *atlas_muscle_new           (const char *id);
void               atlas_muscle_finish        (AtlasMuscle *self);

void               atlas_view_free            (AtlasView *view);
void               atlas_region_free          (AtlasRegion *region);
void               atlas_condition_free       (AtlasCondition *condition);
void               atlas_reference_free       (AtlasReference *reference);
void               atlas_topic_free           (AtlasTopic *topic);
void               atlas_trigger_point_free   (AtlasTriggerPoint *point);
void               atlas_safety_note_free     (AtlasSafetyNote *note);
void               atlas_needling_free        (AtlasNeedling *needling);

G_END_DECLS
