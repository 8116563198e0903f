/* atlas-loader-private.h: what the parts of the loader share.
 *
 * atlas-loader.c holds the table of every element of the format, dispatches
 * through it and stores text; atlas-loader-sections.c, -red-flags.c and
 * -screening.c read elements' attributes and check what is complete.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "atlas-database-private.h"
#include "atlas-muscle-private.h"
#include "atlas-red-flag.h"

G_BEGIN_DECLS

#define ATLAS_FORMAT_VERSION 1
/* No needle reaches deeper: a larger figure is a typing mistake. */
#define ATLAS_MAX_DEPTH_MM 200

/* The reader of <screening>, atlas-loader-screening.c */
typedef struct _AtlasLoaderScreening AtlasLoaderScreening;

typedef struct {
  AtlasDatabase *db;
  GFile *file;
  char *display_name;
  GMarkupParseContext *context;
  GPtrArray *stack;          /* element names, owned */
  GString *text;
  gboolean seen_root;

  AtlasView *view;
  AtlasRegion *region;
  AtlasCondition *condition;
  AtlasMuscle *muscle;
  AtlasTriggerPoint *point;
  AtlasSafetyNote *safety;
  AtlasTopic *topic;
  AtlasRedFlag *red_flag;
  gboolean seen_depth;

  GHashTable *region_lines; /* AtlasRegion* -> line */
  GHashTable *muscle_names; /* folded name -> muscle id, owned */
  GHashTable *point_ids;    /* trigger-point ids of the current muscle */
  GHashTable *topic_ids;
  GHashTable *mark_lines; /* AtlasMark* -> line */
  AtlasLoaderScreening *screening;
} AtlasLoader;

/* ---- The element table (atlas-loader.c) ------------------------------- */

/* What becomes of an element's text. Every kind but NONE and VERBATIM is
 * prose that translators see (po/its/atlas.its; test-loader-elements checks). */
typedef enum {
  ATLAS_LOADER_NO_TEXT,
  ATLAS_LOADER_PROSE,    /* translated */
  ATLAS_LOADER_NAME,     /* translated, with its owner's id as context */
  ATLAS_LOADER_VERBATIM, /* the same in every language: the Latin name */
} AtlasLoaderText;

typedef gboolean (*AtlasLoaderStart) (AtlasLoader *self,
                                      const char  *element,
                                      const char **names,
                                      const char **values,
                                      GError     **error);
typedef gboolean (*AtlasLoaderEnd) (AtlasLoader *self,
                                    const char  *parent,
                                    const char  *element,
                                    GError     **error);

typedef struct {
  const char      *parent; /* NULL: the root */
  const char      *element;
  AtlasLoaderStart start; /* NULL: no attributes */
  AtlasLoaderEnd   end;   /* NULL: nothing to check, or text stored at @field */
  AtlasLoaderText  text;
  /* Text stored by the loader itself: where in the owner (see text_owner()),
   * and whether that is a GPtrArray of char* rather than one char*. */
  gsize            field;
  gboolean         list;
} AtlasLoaderElement;

/* Every element of the format, in the order DATA-FORMAT.md describes them. */
const AtlasLoaderElement *atlas_loader_get_elements (guint *n_elements);

int      atlas_loader_current_line (AtlasLoader *self);
G_GNUC_PRINTF (5, 6)
void     atlas_loader_fail_at (AtlasLoader  *self,
                               GError      **error,
                               int           line,
                               int           code,
                               const char   *format,
                               ...);
gboolean atlas_loader_collect_checked (AtlasLoader *self,
                                       GError     **error,
                                       gboolean     ok);
gboolean atlas_loader_check_id (AtlasLoader  *self,
                                GError      **error,
                                const char   *kind,
                                const char   *id,
                                GHashTable   *existing);
gboolean atlas_loader_parse_int (const char *text,
                                 int        *value);
gboolean atlas_loader_parse_double (const char *text,
                                    double     *value);
gboolean atlas_loader_parse_enum (const char        *text,
                                  const char *const *names,
                                  int               *value);
gboolean atlas_loader_fail_enum (AtlasLoader        *self,
                                 GError            **error,
                                 const char         *attribute,
                                 const char         *value,
                                 const char *const  *names);
gboolean atlas_loader_add_regions (AtlasLoader  *self,
                                   const char   *list,
                                   const char   *owner,
                                   GPtrArray    *into,
                                   GError      **error);
gboolean atlas_loader_start_reference (AtlasLoader *self,
                                       const char  *element,
                                       const char **names,
                                       const char **values,
                                       GError     **error);
gboolean atlas_loader_start_view (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error);
gboolean atlas_loader_start_region (AtlasLoader *self,
                                    const char  *element,
                                    const char **names,
                                    const char **values,
                                    GError     **error);
gboolean atlas_loader_start_condition (AtlasLoader *self,
                                       const char  *element,
                                       const char **names,
                                       const char **values,
                                       GError     **error);
gboolean atlas_loader_start_muscle (AtlasLoader *self,
                                    const char  *element,
                                    const char **names,
                                    const char **values,
                                    GError     **error);
gboolean atlas_loader_start_trigger_point (AtlasLoader *self,
                                           const char  *element,
                                           const char **names,
                                           const char **values,
                                           GError     **error);
gboolean atlas_loader_start_mark (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error);
gboolean atlas_loader_start_zone (AtlasLoader  *self,
                                  const char   *element,
                                  const char  **names,
                                  const char  **values,
                                  GError      **error);
gboolean atlas_loader_start_reference_link (AtlasLoader  *self,
                                            const char   *element,
                                            const char  **names,
                                            const char  **values,
                                            GError      **error);
gboolean atlas_loader_start_safety (AtlasLoader *self,
                                    const char  *element,
                                    const char **names,
                                    const char **values,
                                    GError     **error);
gboolean atlas_loader_start_depth (AtlasLoader *self,
                                   const char  *element,
                                   const char **names,
                                   const char **values,
                                   GError     **error);
gboolean atlas_loader_start_topic (AtlasLoader *self,
                                   const char  *element,
                                   const char **names,
                                   const char **values,
                                   GError     **error);
gboolean atlas_loader_start_red_flag (AtlasLoader *self,
                                      const char  *element,
                                      const char **names,
                                      const char **values,
                                      GError     **error);
gboolean atlas_loader_end_red_flag (AtlasLoader *self,
                                    const char  *parent,
                                    const char  *element,
                                    GError     **error);
gboolean atlas_loader_start_screening (AtlasLoader *self,
                                       const char  *element,
                                       const char **names,
                                       const char **values,
                                       GError     **error);
gboolean atlas_loader_start_structure (AtlasLoader *self,
                                       const char  *element,
                                       const char **names,
                                       const char **values,
                                       GError     **error);
gboolean atlas_loader_start_limb (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error);
gboolean atlas_loader_start_item (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error);
gboolean atlas_loader_start_rule (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error);
gboolean atlas_loader_end_structure (AtlasLoader *self,
                                     const char  *parent,
                                     const char  *element,
                                     GError     **error);
gboolean atlas_loader_end_limb (AtlasLoader *self,
                                const char  *parent,
                                const char  *element,
                                GError     **error);
gboolean atlas_loader_end_item (AtlasLoader *self,
                                const char  *parent,
                                const char  *element,
                                GError     **error);
gboolean atlas_loader_end_rule (AtlasLoader *self,
                                const char  *parent,
                                const char  *element,
                                GError     **error);
/* The structure, limb or item whose text element is inside @parent, and its id. */
gpointer atlas_loader_screening_owner (AtlasLoader *self,
                                       const char  *parent,
                                       const char **id);
char    *atlas_loader_take_text (AtlasLoader *self,
                                 const char  *element,
                                 const char  *context,
                                 GError     **error);
void     atlas_loader_screening_free (AtlasLoaderScreening *screening);
gboolean atlas_loader_start_root (AtlasLoader  *self,
                                  const char   *element,
                                  const char  **names,
                                  const char  **values,
                                  GError      **error);

#define fail(self, error, code, ...)                                                               \
  atlas_loader_fail_at ((self), (error), atlas_loader_current_line (self), (code), __VA_ARGS__)

/* Wraps g_markup_collect_attributes() so its messages get a file and line.
 * @error is the handler's own: GMarkup always gives one. */
#define collect(self, error, element, names, values, ...)                                  \
  atlas_loader_collect_checked ((self), (error),                                           \
                                g_markup_collect_attributes ((element), (names), (values), \
                                                             (error), __VA_ARGS__,         \
                                                             G_MARKUP_COLLECT_INVALID))

static inline const char *
parent_element (AtlasLoader *self)
{
  /* The top of the stack is the element being handled; its parent is below. */
  if (self->stack->len < 2)
    return "";
  return g_ptr_array_index (self->stack, self->stack->len - 2);
}

static inline gboolean
element_is (const char *element,
            const char *name)
{
  return strcmp (element, name) == 0;
}

G_END_DECLS
