/* atlas-history.c: the back and forward list of what was viewed.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-history.h"

/* A session of a day's clinic is far shorter; the oldest places go first. */
#define MAX_PLACES 200

struct _AtlasHistory {
  GObject parent_instance;

  GPtrArray *places;  /* AtlasPlace*, oldest first */
  guint      current; /* index into places; meaningless while it is empty */
};

G_DEFINE_FINAL_TYPE (AtlasHistory, atlas_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
place_free (gpointer data)
{
  AtlasPlace *place = data;

  g_free (place->id);
  g_free (place->view_id);
  g_free (place);
}

static void
notify_moves (AtlasHistory *self,
              gboolean      could_go_back,
              gboolean      could_go_forward)
{
  if (could_go_back != atlas_history_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_go_forward != atlas_history_get_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

void
atlas_history_visit (AtlasHistory  *self,
                     AtlasPlaceKind kind,
                     const char    *id,
                     AtlasSide      side,
                     const char    *view_id)
{
  gboolean    could_go_back, could_go_forward;
  AtlasPlace *place = (AtlasPlace *) atlas_history_get_current (self);

  g_return_if_fail (ATLAS_IS_HISTORY (self));

  if (place != NULL && place->kind == kind && g_strcmp0 (place->id, id) == 0)
    {
      place->side = side;
      g_free (place->view_id);
      place->view_id = g_strdup (view_id);
      return;
    }

  could_go_back = atlas_history_get_can_go_back (self);
  could_go_forward = atlas_history_get_can_go_forward (self);
  if (self->places->len > 0)
    g_ptr_array_set_size (self->places, self->current + 1);
  if (self->places->len >= MAX_PLACES)
    g_ptr_array_remove_index (self->places, 0);

  place = g_new0 (AtlasPlace, 1);
  place->kind = kind;
  place->id = g_strdup (id);
  place->side = side;
  place->view_id = g_strdup (view_id);
  g_ptr_array_add (self->places, place);
  self->current = self->places->len - 1;
  notify_moves (self, could_go_back, could_go_forward);
}

const AtlasPlace *
atlas_history_get_current (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);

  return self->places->len > 0 ? g_ptr_array_index (self->places, self->current) : NULL;
}

gboolean
atlas_history_get_can_go_back (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), FALSE);

  return self->places->len > 0 && self->current > 0;
}

gboolean
atlas_history_get_can_go_forward (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), FALSE);

  return self->current + 1 < self->places->len;
}

static const AtlasPlace *
move (AtlasHistory *self,
      int           step)
{
  gboolean could_go_back = atlas_history_get_can_go_back (self);
  gboolean could_go_forward = atlas_history_get_can_go_forward (self);

  if (step < 0 ? !could_go_back : !could_go_forward)
    return NULL;
  self->current += step;
  notify_moves (self, could_go_back, could_go_forward);
  return atlas_history_get_current (self);
}

const AtlasPlace *
atlas_history_go_back (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);

  return move (self, -1);
}

const AtlasPlace *
atlas_history_go_forward (AtlasHistory *self)
{
  g_return_val_if_fail (ATLAS_IS_HISTORY (self), NULL);

  return move (self, 1);
}

static void
atlas_history_finalize (GObject *object)
{
  AtlasHistory *self = ATLAS_HISTORY (object);

  g_ptr_array_unref (self->places);

  G_OBJECT_CLASS (atlas_history_parent_class)->finalize (object);
}

static void
atlas_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasHistory *self = ATLAS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, atlas_history_get_can_go_back (self));
      break;
    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, atlas_history_get_can_go_forward (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_history_class_init (AtlasHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_history_finalize;
  object_class->get_property = atlas_history_get_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_history_init (AtlasHistory *self)
{
  self->places = g_ptr_array_new_with_free_func (place_free);
}

AtlasHistory *
atlas_history_new (void)
{
  return g_object_new (ATLAS_TYPE_HISTORY, NULL);
}
