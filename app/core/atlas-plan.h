/* atlas-plan.h: a needling session being planned: screening answers, the
 * sites chosen for today, and a header for the session.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"
#include "atlas-ranking.h"
#include "atlas-screening.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLAN (atlas_plan_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlan, atlas_plan, ATLAS, PLAN, GObject)

#define ATLAS_PLAN_ERROR (atlas_plan_error_quark ())

typedef enum {
  ATLAS_PLAN_ERROR_READ,          /* cannot read the file */
  ATLAS_PLAN_ERROR_TOO_LARGE,     /* beyond ATLAS_PLAN_MAX_BYTES */
  ATLAS_PLAN_ERROR_NOT_REGULAR,   /* a folder, a device, a pipe */
  ATLAS_PLAN_ERROR_PARSE,         /* not XML, or truncated */
  ATLAS_PLAN_ERROR_NOT_A_PLAN,    /* XML, but not a plan */
  ATLAS_PLAN_ERROR_NEWER_FORMAT,
  ATLAS_PLAN_ERROR_INVALID_VALUE, /* a value of the wrong type or out of range */
  ATLAS_PLAN_ERROR_WRITE,
} AtlasPlanError;

GQuark atlas_plan_error_quark (void);

/* The plan file format this program writes and the newest it reads. */
#define ATLAS_PLAN_FORMAT_VERSION 1
/* A plan is a few kilobytes; anything larger is not one. */
#define ATLAS_PLAN_MAX_BYTES (1024 * 1024)
#define ATLAS_PLAN_MAX_SITES 200
#define ATLAS_PLAN_MAX_TEXT 8000

typedef struct {
  AtlasMuscle *muscle;             /* borrowed from the database */
  const AtlasTriggerPoint *point;  /* borrowed */
  AtlasSide side;
  char *note;                      /* never NULL; may be empty */
  gboolean done;
} AtlasPlanSite;

/* A site whose muscle or trigger point this atlas does not know (a plan from
 * another atlas version): kept as read, written back on save, never shown. */
typedef struct {
  char *muscle_id;
  char *point_id;
  char *side;
  char *note;
  gboolean done;
} AtlasPlanUnknownSite;

AtlasPlan     *atlas_plan_new               (AtlasDatabase *db);
AtlasDatabase *atlas_plan_get_database      (AtlasPlan     *self);

guint                 atlas_plan_get_n_sites   (AtlasPlan *self);
const AtlasPlanSite  *atlas_plan_get_site      (AtlasPlan *self,
                                                guint      index);
/* Index of the site, or -1. */
int                   atlas_plan_find_site     (AtlasPlan               *self,
                                                AtlasMuscle             *muscle,
                                                const AtlasTriggerPoint *point,
                                                AtlasSide                side);
/* Appends the site unless it is already in the plan; returns its index, or
 * -1 when the plan is full. */
int                   atlas_plan_add_site      (AtlasPlan               *self,
                                                AtlasMuscle             *muscle,
                                                const AtlasTriggerPoint *point,
                                                AtlasSide                side);
void                  atlas_plan_remove_site   (AtlasPlan *self,
                                                guint      index);
void                  atlas_plan_move_site     (AtlasPlan *self,
                                                guint      from,
                                                guint      to);
void                  atlas_plan_set_site_note (AtlasPlan  *self,
                                                guint       index,
                                                const char *note);
void                  atlas_plan_set_site_done (AtlasPlan *self,
                                                guint      index,
                                                gboolean   done);
/* AtlasPlanUnknownSite* */
GPtrArray            *atlas_plan_get_unknown_sites (AtlasPlan *self);

/* "YYYY-MM-DD"; a new plan has today's date. */
const char   *atlas_plan_get_date          (AtlasPlan  *self);
gboolean      atlas_plan_set_date          (AtlasPlan  *self,
                                            const char *date);
/* Initials or a reference; "" when none. */
const char   *atlas_plan_get_patient       (AtlasPlan  *self);
void          atlas_plan_set_patient       (AtlasPlan  *self,
                                            const char *patient);
const char   *atlas_plan_get_notes         (AtlasPlan  *self);
void          atlas_plan_set_notes         (AtlasPlan  *self,
                                            const char *notes);
/* The regions marked in the pain finder, if it was used. */
const AtlasPainArea *atlas_plan_get_painful_regions (AtlasPlan           *self,
                                                     guint               *n_areas);
void          atlas_plan_set_painful_regions (AtlasPlan           *self,
                                              const AtlasPainArea *areas,
                                              guint                n_areas);

/* item id -> AtlasScreeningAnswer*, for atlas_screening_*() */
GHashTable   *atlas_plan_get_answers       (AtlasPlan        *self);
AtlasAnswerValue atlas_plan_get_answer     (AtlasPlan        *self,
                                            const char       *item_id);
/* @where: "REGION:SIDE" or "LIMB:SIDE" entries, or NULL. */
void          atlas_plan_set_answer        (AtlasPlan          *self,
                                            const char         *item_id,
                                            AtlasAnswerValue    value,
                                            const char * const *where);

/* Whether anything changed since the plan was created, loaded or saved. */
gboolean      atlas_plan_get_modified      (AtlasPlan *self);
void          atlas_plan_set_modified      (AtlasPlan *self,
                                            gboolean   modified);

/* ---- The file (atlas-plan-file.c) ---- */

/* Reads a plan from @data (not necessarily NUL-terminated). Errors read
 * "DISPLAY_NAME:LINE: what is wrong". Sites from another atlas go to
 * atlas_plan_get_unknown_sites() and @warnings (char*, may be NULL). Usable
 * on arbitrary bytes: the fuzz target calls it. */
AtlasPlan    *atlas_plan_parse_bytes       (AtlasDatabase  *db,
                                            const char     *data,
                                            gsize           len,
                                            const char     *display_name,
                                            GPtrArray      *warnings,
                                            GError        **error);
/* Reads a regular file of at most ATLAS_PLAN_MAX_BYTES. */
AtlasPlan    *atlas_plan_load              (AtlasDatabase  *db,
                                            GFile          *file,
                                            GPtrArray      *warnings,
                                            GError        **error);
/* The file's text. */
char         *atlas_plan_serialize         (AtlasPlan      *self);
/* Writes atomically: a temporary file beside @file, then renamed over it, so
 * a crash leaves the old plan or the new one, never half of one. Clears the
 * modified flag. */
gboolean      atlas_plan_save              (AtlasPlan      *self,
                                            GFile          *file,
                                            GError        **error);

G_END_DECLS
