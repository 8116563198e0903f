/* atlas-plan-private.h: what the plan model and its file reader share.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-plan.h"

G_BEGIN_DECLS

struct _AtlasPlan {
  GObject parent_instance;

  AtlasDatabase *db;
  GPtrArray *sites;         /* AtlasPlanSite*, owned */
  GPtrArray *unknown_sites; /* AtlasPlanUnknownSite*, owned */
  GArray *painful;          /* AtlasPainArea */
  GHashTable *answers;      /* item id -> AtlasScreeningAnswer* */
  char *date;
  char *patient;
  char *notes;
  gboolean modified;
};

/* Emits "changed" and marks the plan modified. */
void     atlas_plan_changed            (AtlasPlan               *self);
/* Like atlas_plan_add_site() with a note and done state, without signals. */
int      atlas_plan_insert_site        (AtlasPlan               *self,
                                        AtlasMuscle             *muscle,
                                        const AtlasTriggerPoint *point,
                                        AtlasSide                side,
                                        const char              *note,
                                        gboolean                 done);
gboolean atlas_plan_date_is_valid      (const char              *date);
void     atlas_plan_unknown_site_free  (AtlasPlanUnknownSite    *site);

G_END_DECLS
