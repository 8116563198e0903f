/* atlas-red-flag.h: pain patterns that can mimic disease, and when to say so.
 *
 * A red flag names body regions; it is raised when any (or all) of them are
 * marked as painful, on a given side or on either. Its text is a plain "see a
 * doctor if..." note from the data file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"
#include "atlas-ranking.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_RED_FLAG_ANY_SIDE,
  ATLAS_RED_FLAG_LEFT_SIDE,
  ATLAS_RED_FLAG_RIGHT_SIDE,
} AtlasRedFlagSide;

typedef enum {
  ATLAS_RED_FLAG_MATCH_ANY,
  ATLAS_RED_FLAG_MATCH_ALL,
} AtlasRedFlagMatch;

typedef struct {
  char *id;
  char *name;
  char *text;
  GPtrArray *regions;     /* AtlasRegion*, borrowed */
  /* Which side's marks count; marks on a midline region always count. */
  AtlasRedFlagSide side;
  AtlasRedFlagMatch match;
} AtlasRedFlag;

/* AtlasRedFlag*, in data-file order; owned by the database. */
GPtrArray          *atlas_database_get_red_flags  (AtlasDatabase       *self);
const AtlasRedFlag *atlas_database_get_red_flag   (AtlasDatabase       *self,
                                                   const char          *id);

/* Does marking @areas raise @flag? */
gboolean            atlas_red_flag_matches        (const AtlasRedFlag  *flag,
                                                   const AtlasPainArea *areas,
                                                   guint                n_areas);
/* The red flags @areas raise, in data-file order. Container of borrowed
 * AtlasRedFlag*. */
GPtrArray          *atlas_database_match_red_flags (AtlasDatabase       *self,
                                                    const AtlasPainArea *areas,
                                                    guint                n_areas);

void                atlas_red_flag_free           (AtlasRedFlag        *flag);

G_END_DECLS
