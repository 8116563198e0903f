/* atlas-muscle-private.h: the fields of a muscle, which the loader fills in.
 * Only the loader and the files that read a muscle's lists whole include this.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

AtlasMuscle *atlas_muscle_new           (const char        *id);
void         atlas_muscle_finish        (AtlasMuscle       *self);

void         atlas_trigger_point_free   (AtlasTriggerPoint *point);
void         atlas_safety_note_free     (AtlasSafetyNote   *note);
void         atlas_needling_free        (AtlasNeedling     *needling);

G_END_DECLS
