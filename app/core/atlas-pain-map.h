/* atlas-pain-map.h: the regions marked as painful in the pain finder.
 *
 * A set of (region, side) areas, kept in the order they were marked, with an
 * undo history: each toggle, each painted stroke and each clear is one step.
 * It does not depend on GTK, so that it is tested with the core.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-ranking.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PAIN_MAP (atlas_pain_map_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPainMap, atlas_pain_map, ATLAS, PAIN_MAP, GObject)

AtlasPainMap        *atlas_pain_map_new           (void);

/* The marked areas (AtlasPainArea), in marking order. A midline region's side
 * is always ATLAS_SIDE_RIGHT. Owned by the map. */
const AtlasPainArea *atlas_pain_map_get_areas     (AtlasPainMap      *self,
                                                   guint             *n_areas);
guint                atlas_pain_map_get_n_marked  (AtlasPainMap      *self);
gboolean             atlas_pain_map_is_marked     (AtlasPainMap      *self,
                                                   const AtlasRegion *region,
                                                   AtlasSide          side);

/* One undo step: marks the area, or clears it if it was marked. */
void                 atlas_pain_map_toggle        (AtlasPainMap      *self,
                                                   const AtlasRegion *region,
                                                   AtlasSide          side);

/* A drag that paints several areas is one undo step: the first area is
 * toggled, and every later one is set to the state the first one took. */
void                 atlas_pain_map_stroke_begin  (AtlasPainMap      *self,
                                                   const AtlasRegion *region,
                                                   AtlasSide          side);
void                 atlas_pain_map_stroke_extend (AtlasPainMap      *self,
                                                   const AtlasRegion *region,
                                                   AtlasSide          side);
void                 atlas_pain_map_stroke_end    (AtlasPainMap      *self);
gboolean             atlas_pain_map_in_stroke     (AtlasPainMap      *self);

/* One undo step, if anything was marked. */
void                 atlas_pain_map_clear         (AtlasPainMap      *self);

gboolean             atlas_pain_map_get_can_undo  (AtlasPainMap      *self);
/* Goes back one step; FALSE if there is none. */
gboolean             atlas_pain_map_undo          (AtlasPainMap      *self);

G_END_DECLS
