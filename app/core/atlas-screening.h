/* atlas-screening.h: the contraindications and precautions checked before a
 * needling session, and what the patient's answers mean for each site.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here comes from the <screening> section of the data file; the
 * rules only interpret it, so a clinic can add an item without C changes.
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_SCREENING_ABSOLUTE,
  ATLAS_SCREENING_RELATIVE,
} AtlasScreeningKind;

/* What a rule applies to. */
typedef enum {
  ATLAS_AFFECTS_SESSION,    /* the whole session */
  ATLAS_AFFECTS_REGIONS,    /* sites in the rule's regions */
  ATLAS_AFFECTS_STRUCTURES, /* sites over structures of the rule's groups */
  ATLAS_AFFECTS_DEPTH,      /* sites needled deeper than the rule's depth */
  ATLAS_AFFECTS_WHERE,      /* sites in the regions or limbs the answer names */
} AtlasAffects;

typedef enum {
  ATLAS_ACTION_AVOID,
  ATLAS_ACTION_SHALLOWER,
  ATLAS_ACTION_COMPRESS_LONGER,
  ATLAS_ACTION_LYING_DOWN,
  ATLAS_ACTION_ULTRASOUND_GUIDANCE,
  ATLAS_ACTION_EXTRA_CARE,
} AtlasAction;

/* What a "yes" must say in addition: nothing, which body regions, which limbs. */
typedef enum {
  ATLAS_WHERE_NONE,
  ATLAS_WHERE_REGIONS,
  ATLAS_WHERE_LIMB,
} AtlasWhere;

typedef struct {
  char *id;
  char *group;   /* "lung", "major-vessels", "abdomen-pelvis"... */
  char **match;  /* folded terms looked for in safety notes' <structures> */
  char *name;    /* "the popliteal vessels" */
  gboolean plural;
} AtlasScreeningStructure;

typedef struct {
  char *id;
  char *name;
  GPtrArray *regions; /* AtlasRegion*, borrowed */
} AtlasLimb;

typedef struct {
  AtlasAffects affects;
  AtlasAction action;
  GPtrArray *regions;  /* AtlasRegion*, borrowed; for ATLAS_AFFECTS_REGIONS */
  char **groups;       /* for ATLAS_AFFECTS_STRUCTURES */
  int deeper_than_mm;  /* for ATLAS_AFFECTS_DEPTH */
  char *text;          /* what to do, and why */
} AtlasScreeningRule;

typedef struct {
  char *id;
  char *name;   /* the question, as a statement: "Pregnancy" */
  char *label;  /* short, starts each flag: "Anticoagulants" */
  AtlasScreeningKind kind;
  AtlasWhere where;
  GPtrArray *synonyms; /* char*, owned: search finds the item by these */
  char **mentions;     /* folded terms: safety texts that mention the item */
  GPtrArray *rules;    /* AtlasScreeningRule*, owned */
} AtlasScreeningItem;

typedef enum {
  ATLAS_ANSWER_UNANSWERED,
  ATLAS_ANSWER_NO,
  ATLAS_ANSWER_YES,
} AtlasAnswerValue;

/* One answer; @where holds "REGION:SIDE" or "LIMB:SIDE" entries for items
 * that ask where (a midline region has no side). */
typedef struct {
  AtlasAnswerValue value;
  char **where;
} AtlasScreeningAnswer;

/* A reason to treat a site, or the session, differently. */
typedef struct {
  const AtlasScreeningItem *item;
  const AtlasScreeningRule *rule;
  char *text; /* "Anticoagulants: the popliteal vessels lie under this site; ..." */
} AtlasScreeningFlag;

/* AtlasScreeningItem*, in data-file order; empty when the file has no
 * <screening> section. */
GPtrArray                *atlas_database_get_screening_items (AtlasDatabase *db);
const AtlasScreeningItem *atlas_database_get_screening_item  (AtlasDatabase *db,
                                                              const char    *id);
/* AtlasLimb* */
GPtrArray                *atlas_database_get_limbs           (AtlasDatabase *db);
const AtlasLimb          *atlas_database_get_limb            (AtlasDatabase *db,
                                                              const char    *id);

const char   *atlas_action_to_string   (AtlasAction action);
const char   *atlas_answer_to_string   (AtlasAnswerValue value);
gboolean      atlas_answer_from_string (const char       *text,
                                        AtlasAnswerValue *value);

/* Checks one "where" entry of an answer to @item; the error says what is wrong. */
gboolean      atlas_screening_check_where (AtlasDatabase            *db,
                                           const AtlasScreeningItem *item,
                                           const char               *entry,
                                           GError                  **error);

/* @answers maps an item id to an AtlasScreeningAnswer* (missing: unanswered). */

/* Flags for one site (a trigger point of a muscle on one side), in item order.
 * Returns AtlasScreeningFlag*, owned by the array. */
GPtrArray    *atlas_screening_flag_site     (AtlasDatabase           *db,
                                             GHashTable              *answers,
                                             AtlasMuscle             *muscle,
                                             const AtlasTriggerPoint *point,
                                             AtlasSide                side);
/* Flags for the session as a whole (rules that affect the session). */
GPtrArray    *atlas_screening_flag_session  (AtlasDatabase           *db,
                                             GHashTable              *answers);
/* The absolute whole-session items answered "yes" or not answered at all:
 * while any remains, no handout or sheet may be produced. AtlasScreeningItem*,
 * borrowed. */
GPtrArray    *atlas_screening_blocking_items (AtlasDatabase          *db,
                                              GHashTable             *answers);
/* The regions a site lies on: those whose shape holds one of its marks, in
 * the views that draw that side. AtlasRegion*, borrowed. */
GPtrArray    *atlas_screening_site_regions  (AtlasDatabase           *db,
                                             const AtlasTriggerPoint *point,
                                             AtlasSide                side);
/* The structures of the screening section that the muscle's safety notes
 * name. AtlasScreeningStructure*, borrowed. */
GPtrArray    *atlas_screening_site_structures (AtlasDatabase         *db,
                                               AtlasMuscle           *muscle);

/* The items that @text (any case or accents) mentions by one of their
 * "mentions" terms: the safety notes and pages that search should find
 * under the item's names. AtlasScreeningItem*, borrowed. */
GPtrArray    *atlas_screening_items_mentioned (AtlasDatabase *db,
                                              const char    *text);

void          atlas_screening_item_free      (AtlasScreeningItem      *item);
void          atlas_screening_structure_free (AtlasScreeningStructure *structure);
void          atlas_limb_free                (AtlasLimb               *limb);
void          atlas_screening_rule_free      (AtlasScreeningRule      *rule);
void          atlas_screening_flag_free      (AtlasScreeningFlag      *flag);
void          atlas_screening_answer_free    (AtlasScreeningAnswer    *answer);

G_END_DECLS
