/* atlas-types.h: the plain records owned by an AtlasDatabase.
 *
 * Everything here is read-only for consumers and lives as long as the database
 * that loaded it; the database is the only owner.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "atlas-forward.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_SIDE_LEFT,
  ATLAS_SIDE_RIGHT,
} AtlasSide;

typedef enum {
  ATLAS_RISK_LOW,
  ATLAS_RISK_MODERATE,
  ATLAS_RISK_HIGH,
} AtlasRisk;

typedef enum {
  ATLAS_ZONE_NONE,
  ATLAS_ZONE_SPILLOVER,
  ATLAS_ZONE_ESSENTIAL,
} AtlasZone;

typedef enum {
  ATLAS_LAYER_SUPERFICIAL,
  ATLAS_LAYER_DEEP,
} AtlasLayer;

typedef enum {
  ATLAS_EVIDENCE_STRONG,
  ATLAS_EVIDENCE_MODERATE,
  ATLAS_EVIDENCE_LIMITED,
  ATLAS_EVIDENCE_EXPERT_OPINION,
} AtlasEvidence;

/* Which study deck a muscle belongs to: the optional body-part attribute of
 * <muscle>. */
typedef enum {
  ATLAS_BODY_PART_NONE,
  ATLAS_BODY_PART_HEAD_NECK,
  ATLAS_BODY_PART_SHOULDER_ARM,
  ATLAS_BODY_PART_FOREARM_HAND,
  ATLAS_BODY_PART_TRUNK,
  ATLAS_BODY_PART_HIP_THIGH,
  ATLAS_BODY_PART_LEG_FOOT,
  ATLAS_N_BODY_PARTS,
} AtlasBodyPart;

typedef struct {
  char *id;
  char *author;
  char *title;
  int year;
} AtlasReference;

typedef struct {
  char *id;
  char *name;          /* plain words, for patients */
  char *clinical_name; /* the anatomist's term ("lateral malleolus"), or NULL */
  gboolean sided;
} AtlasRegion;

typedef enum {
  ATLAS_VIEW_BOTH_SIDES,
  ATLAS_VIEW_LEFT_SIDE,
  ATLAS_VIEW_RIGHT_SIDE,
} AtlasViewSides;

typedef struct {
  char *id;
  char *name;
  /* Which way the body is seen ("anterior", "posterior", "head"...): views
   * with the same side are layers of one another. */
  char *side;
  AtlasLayer layer;
  /* Which body side the left half of the image shows, in a view that draws
   * both sides mirrored. */
  AtlasSide image_left;
  /* A lateral view draws one side only. */
  AtlasViewSides sides;
  AtlasDiagram *diagram;
} AtlasView;

typedef struct {
  char *id;
  char *name;
  AtlasEvidence evidence;
  char *summary;
  char *evidence_note;
  /* Other names a clinician or patient may search for ("tennis elbow"). */
  GPtrArray *synonyms;   /* char*, owned */
  GPtrArray *references; /* AtlasReference*, borrowed */
} AtlasCondition;

typedef struct {
  const AtlasView *view;
  /* Position on the right-side instance; the left one is mirrored. */
  double x;
  double y;
  /* Which way the needle travels as it goes in, drawn on this view, in degrees
   * clockwise from the view's right (0 right, 90 down); see DATA-FORMAT.md.
   * Only when has_needle: a site with no safe in-plane direction has none. */
  gboolean         has_needle;
  double           needle;
} AtlasMark;

typedef struct {
  char *id;
  char *name;
  char *location;
  char *symptoms;
  GPtrArray *marks;     /* AtlasMark*, owned */
  GPtrArray *essential; /* AtlasRegion*, borrowed */
  GPtrArray *spillover; /* AtlasRegion*, borrowed */
} AtlasTriggerPoint;

typedef struct {
  char *position;
  char *approach;
  char *beneath;
  int depth_min_mm;
  int depth_max_mm;
} AtlasNeedling;

typedef struct {
  AtlasRisk risk;
  char *structures;
  char *hazard;
  char *avoid;
} AtlasSafetyNote;

typedef struct {
  char *id;
  char *name;
  GPtrArray *paragraphs; /* char*, owned */
} AtlasTopic;

const char *atlas_side_to_string (AtlasSide side);
/* "left" or "right", the words of atlas_side_to_string(), to a side; FALSE
 * (and @side untouched) for anything else. */
gboolean    atlas_side_from_string (const char *text,
                                    AtlasSide  *side);
const char *atlas_risk_to_string (AtlasRisk risk);
const char *atlas_evidence_to_string (AtlasEvidence evidence);
/* "head-neck"...; NULL for ATLAS_BODY_PART_NONE. */
const char *atlas_body_part_to_string (AtlasBodyPart part);

/* Does @view draw the instances of @side? */
gboolean    atlas_view_draws_side      (const AtlasView   *view,
                                        AtlasSide          side);
/* The diagram shape id of a region on one side ("region-temple-left"), or of a
 * midline region ("region-sacrum"). */
char       *atlas_region_dup_shape_id  (const AtlasRegion *region,
                                        AtlasSide          side);
/* What a clinician reads: "Outer ankle / lateral malleolus", or the plain
 * name alone for a patient or when the region has no clinical name. */
char       *atlas_region_dup_label     (const AtlasRegion *region,
                                        gboolean           clinical);
/* Does @view draw a shape for @region (on either side)? */
gboolean    atlas_view_draws_region    (const AtlasView   *view,
                                        const AtlasRegion *region);

/* Where a mark for @side lands in @view's coordinates. */
void atlas_mark_position (const AtlasMark *mark,
                          AtlasSide        side,
                          double          *x,
                          double          *y);
/* The needle's direction for @side, in degrees as AtlasMark.needle: the left
 * instance in a mirrored view points the mirror way. FALSE when the mark has none. */
gboolean atlas_mark_needle (const AtlasMark *mark,
                            AtlasSide        side,
                            double          *degrees);

G_END_DECLS

/* ATLAS_TYPE_SIDE, ATLAS_TYPE_LAYER...: generated from the enums above. */
#include "atlas-enum-types.h"
