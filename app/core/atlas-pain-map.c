/* atlas-pain-map.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The undo history keeps a copy of the areas before each step: a map holds a
 * few dozen areas at most, and a copy cannot go wrong the way replaying
 * inverse operations can.
 */

#include "config.h"

#include <string.h>

#include "atlas-pain-map.h"

/* Enough for any session at the clinic; the oldest steps drop off. */
#define MAX_UNDO 200

struct _AtlasPainMap
{
  GObject    parent_instance;

  GArray    *areas;     /* AtlasPainArea, in marking order */
  GPtrArray *history;   /* GArray* of AtlasPainArea, oldest first */
  gboolean   in_stroke;
  gboolean   stroke_marks;
};

G_DEFINE_FINAL_TYPE (AtlasPainMap, atlas_pain_map, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_MARKED,
  PROP_CAN_UNDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static AtlasSide
normal_side (const AtlasRegion *region,
             AtlasSide          side)
{
  return region->sided ? side : ATLAS_SIDE_RIGHT;
}

static int
find_area (AtlasPainMap      *self,
           const AtlasRegion *region,
           AtlasSide          side)
{
  side = normal_side (region, side);
  for (guint i = 0; i < self->areas->len; i++)
    {
      const AtlasPainArea *area = &g_array_index (self->areas, AtlasPainArea, i);

      if (area->region == region && area->side == side)
        return i;
    }
  return -1;
}

static void
emit_changed (AtlasPainMap *self,
              guint         n_before)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (self->areas->len != n_before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKED]);
}

/* Sets one area; returns whether anything changed. */
static gboolean
set_marked (AtlasPainMap      *self,
            const AtlasRegion *region,
            AtlasSide          side,
            gboolean           marked)
{
  int index = find_area (self, region, side);
  guint n_before = self->areas->len;

  if ((index >= 0) == marked)
    return FALSE;

  if (marked)
    {
      AtlasPainArea area = { region, normal_side (region, side) };

      g_array_append_val (self->areas, area);
    }
  else
    g_array_remove_index (self->areas, index);

  emit_changed (self, n_before);
  return TRUE;
}

static GArray *
copy_areas (GArray *areas)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (AtlasPainArea), areas->len);

  g_array_append_vals (copy, areas->data, areas->len);
  return copy;
}

static void
push_undo (AtlasPainMap *self)
{
  gboolean could_undo = self->history->len > 0;

  if (self->history->len >= MAX_UNDO)
    g_ptr_array_remove_index (self->history, 0);
  g_ptr_array_add (self->history, copy_areas (self->areas));
  if (!could_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

void
atlas_pain_map_stroke_begin (AtlasPainMap      *self,
                             const AtlasRegion *region,
                             AtlasSide          side)
{
  g_return_if_fail (ATLAS_IS_PAIN_MAP (self));
  g_return_if_fail (region != NULL);

  if (self->in_stroke)
    atlas_pain_map_stroke_end (self);

  push_undo (self);
  self->in_stroke = TRUE;
  self->stroke_marks = find_area (self, region, side) < 0;
  set_marked (self, region, side, self->stroke_marks);
}

void
atlas_pain_map_stroke_extend (AtlasPainMap      *self,
                              const AtlasRegion *region,
                              AtlasSide          side)
{
  g_return_if_fail (ATLAS_IS_PAIN_MAP (self));
  g_return_if_fail (region != NULL);

  if (!self->in_stroke)
    {
      atlas_pain_map_stroke_begin (self, region, side);
      return;
    }
  set_marked (self, region, side, self->stroke_marks);
}

void
atlas_pain_map_stroke_end (AtlasPainMap *self)
{
  g_return_if_fail (ATLAS_IS_PAIN_MAP (self));

  self->in_stroke = FALSE;
}

gboolean
atlas_pain_map_in_stroke (AtlasPainMap *self)
{
  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), FALSE);

  return self->in_stroke;
}

void
atlas_pain_map_toggle (AtlasPainMap      *self,
                       const AtlasRegion *region,
                       AtlasSide          side)
{
  atlas_pain_map_stroke_begin (self, region, side);
  atlas_pain_map_stroke_end (self);
}

void
atlas_pain_map_clear (AtlasPainMap *self)
{
  guint n_before;

  g_return_if_fail (ATLAS_IS_PAIN_MAP (self));

  self->in_stroke = FALSE;
  if (self->areas->len == 0)
    return;

  push_undo (self);
  n_before = self->areas->len;
  g_array_set_size (self->areas, 0);
  emit_changed (self, n_before);
}

gboolean
atlas_pain_map_get_can_undo (AtlasPainMap *self)
{
  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), FALSE);

  return self->history->len > 0;
}

gboolean
atlas_pain_map_undo (AtlasPainMap *self)
{
  GArray *previous;
  guint n_before;

  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), FALSE);

  if (self->history->len == 0)
    return FALSE;

  self->in_stroke = FALSE;
  n_before = self->areas->len;
  previous = g_ptr_array_steal_index (self->history, self->history->len - 1);
  g_array_unref (self->areas);
  self->areas = previous;

  if (self->history->len == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  emit_changed (self, n_before);
  return TRUE;
}

const AtlasPainArea *
atlas_pain_map_get_areas (AtlasPainMap *self,
                          guint        *n_areas)
{
  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), NULL);

  if (n_areas != NULL)
    *n_areas = self->areas->len;
  return (const AtlasPainArea *) (void *) self->areas->data;
}

guint
atlas_pain_map_get_n_marked (AtlasPainMap *self)
{
  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), 0);

  return self->areas->len;
}

gboolean
atlas_pain_map_is_marked (AtlasPainMap      *self,
                          const AtlasRegion *region,
                          AtlasSide          side)
{
  g_return_val_if_fail (ATLAS_IS_PAIN_MAP (self), FALSE);

  return region != NULL && find_area (self, region, side) >= 0;
}

static void
atlas_pain_map_finalize (GObject *object)
{
  AtlasPainMap *self = ATLAS_PAIN_MAP (object);

  g_array_unref (self->areas);
  g_ptr_array_unref (self->history);

  G_OBJECT_CLASS (atlas_pain_map_parent_class)->finalize (object);
}

static void
atlas_pain_map_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasPainMap *self = ATLAS_PAIN_MAP (object);

  switch (prop_id)
    {
    case PROP_N_MARKED:
      g_value_set_uint (value, self->areas->len);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->history->len > 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_pain_map_class_init (AtlasPainMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_pain_map_finalize;
  object_class->get_property = atlas_pain_map_get_property;

  properties[PROP_N_MARKED] =
    g_param_spec_uint ("n-marked", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasPainMap::changed:
   *
   * Emitted after every change to the marked areas: each area a stroke
   * paints, each undo and each clear.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
atlas_pain_map_init (AtlasPainMap *self)
{
  self->areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

AtlasPainMap *
atlas_pain_map_new (void)
{
  return g_object_new (ATLAS_TYPE_PAIN_MAP, NULL);
}
