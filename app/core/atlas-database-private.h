/* atlas-database-private.h: the fields of a database, which the loader fills
 * in. Only the loader and the files that answer the database's questions
 * (screening, red flags) include this.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

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

AtlasDatabase *atlas_database_new        (void);

void           atlas_view_free           (AtlasView      *view);
void           atlas_region_free         (AtlasRegion    *region);
void           atlas_condition_free      (AtlasCondition *condition);
void           atlas_reference_free      (AtlasReference *reference);
void           atlas_topic_free          (AtlasTopic     *topic);

G_END_DECLS
