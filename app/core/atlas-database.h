/* atlas-database.h: the loaded atlas and the questions one can ask of it.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "atlas-muscle.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DATABASE (atlas_database_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDatabase, atlas_database, ATLAS, DATABASE, GObject)

#define ATLAS_DATA_ERROR (atlas_data_error_quark ())

typedef enum {
  ATLAS_DATA_ERROR_PARSE,
  ATLAS_DATA_ERROR_FORMAT,
  ATLAS_DATA_ERROR_DUPLICATE_ID,
  ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
  ATLAS_DATA_ERROR_MISSING_FIELD,
  ATLAS_DATA_ERROR_INVALID_VALUE,
  ATLAS_DATA_ERROR_MISSING_SHAPE,
  ATLAS_DATA_ERROR_OUT_OF_BOUNDS,
  ATLAS_DATA_ERROR_DIAGRAM,
} AtlasDataError;

GQuark                atlas_data_error_quark (void);

/* Loads and validates the data file at @file and the diagrams it names. Errors
 * read "FILE:LINE: what is wrong". */
AtlasDatabase        *atlas_database_load             (GFile       *file,
                                                       GError     **error);
/* The atlas bundled in the GResource. */
AtlasDatabase        *atlas_database_load_bundled     (GError     **error);

/* AtlasMuscle, in data-file order */
GListModel           *atlas_database_get_muscles      (AtlasDatabase *self);
AtlasMuscle          *atlas_database_get_muscle       (AtlasDatabase *self,
                                                       const char    *id);
/* Finds the muscle and side of a diagram shape id ("deltoid-left"). */
AtlasMuscle          *atlas_database_lookup_shape     (AtlasDatabase *self,
                                                       const char    *shape_id,
                                                       AtlasSide     *side);

/* AtlasView*, in data-file order */
GPtrArray            *atlas_database_get_views        (AtlasDatabase *self);
const AtlasView      *atlas_database_get_view         (AtlasDatabase *self,
                                                       const char    *id);
/* AtlasRegion*, in data-file order */
GPtrArray            *atlas_database_get_regions      (AtlasDatabase *self);
const AtlasRegion    *atlas_database_get_region       (AtlasDatabase *self,
                                                       const char    *id);
/* AtlasCondition*, in data-file order */
GPtrArray            *atlas_database_get_conditions   (AtlasDatabase *self);
const AtlasCondition *atlas_database_get_condition    (AtlasDatabase *self,
                                                       const char    *id);
/* AtlasReference*, in data-file order */
GPtrArray            *atlas_database_get_references   (AtlasDatabase *self);
/* AtlasTopic*, in data-file order */
GPtrArray            *atlas_database_get_topics       (AtlasDatabase *self);

/* AtlasMuscle* (borrowed) indicated for @condition_id, in data-file order. */
GPtrArray            *atlas_database_muscles_for_condition (AtlasDatabase *self,
                                                            const char    *condition_id);
/* AtlasMuscle* (borrowed) whose referral pattern covers @region_id in a zone at
 * least as strong as @at_least; essential matches first. */
GPtrArray            *atlas_database_muscles_for_region (AtlasDatabase *self,
                                                         const char    *region_id,
                                                         AtlasZone      at_least);

/* The region and side of a region shape id of a diagram
 * ("region-temple-left", "region-sacrum"), or NULL. */
const AtlasRegion *atlas_database_lookup_region_shape (AtlasDatabase *db,
                                                       const char    *shape_id,
                                                       AtlasSide     *side);

/* What @derive makes of the database (a search index, a ranking table):
 * made on the first call for @key (a static string) and kept until the
 * database is freed, since a database never changes once loaded. */
typedef gpointer (*AtlasDatabaseDeriveFunc) (AtlasDatabase *self);
gpointer atlas_database_get_derived (AtlasDatabase          *self,
                                     const char             *key,
                                     AtlasDatabaseDeriveFunc derive,
                                     GDestroyNotify          free_func);

G_END_DECLS
