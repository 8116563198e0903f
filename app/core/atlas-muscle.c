/* atlas-muscle.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-diagram.h"
#include "atlas-muscle-private.h"

G_DEFINE_FINAL_TYPE (AtlasMuscle, atlas_muscle, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LATIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
atlas_trigger_point_free (AtlasTriggerPoint *point)
{
  g_free (point->id);
  g_free (point->name);
  g_free (point->location);
  g_free (point->symptoms);
  g_ptr_array_unref (point->marks);
  g_ptr_array_unref (point->essential);
  g_ptr_array_unref (point->spillover);
  g_free (point);
}

void
atlas_safety_note_free (AtlasSafetyNote *note)
{
  g_free (note->structures);
  g_free (note->hazard);
  g_free (note->avoid);
  g_free (note);
}

void
atlas_needling_free (AtlasNeedling *needling)
{
  g_free (needling->position);
  g_free (needling->approach);
  g_free (needling->beneath);
  g_free (needling);
}

static void
atlas_muscle_finalize (GObject *object)
{
  AtlasMuscle *self = ATLAS_MUSCLE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->latin);
  g_free (self->summary);
  g_free (self->origin);
  g_free (self->insertion);
  g_free (self->innervation);
  g_free (self->action);
  g_free (self->self_care);
  g_ptr_array_unref (self->synonyms);
  g_ptr_array_unref (self->trigger_points);
  g_ptr_array_unref (self->conditions);
  g_ptr_array_unref (self->safety_notes);
  g_ptr_array_unref (self->references);
  g_ptr_array_unref (self->views);
  g_clear_pointer (&self->needling, atlas_needling_free);

  G_OBJECT_CLASS (atlas_muscle_parent_class)->finalize (object);
}

static void
atlas_muscle_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasMuscle *self = ATLAS_MUSCLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LATIN:
      g_value_set_string (value, self->latin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_muscle_class_init (AtlasMuscleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_muscle_finalize;
  object_class->get_property = atlas_muscle_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATIN] =
    g_param_spec_string ("latin", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_muscle_init (AtlasMuscle *self)
{
  self->synonyms = g_ptr_array_new_with_free_func (g_free);
  self->trigger_points = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_trigger_point_free);
  self->conditions = g_ptr_array_new ();
  self->safety_notes = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_safety_note_free);
  self->references = g_ptr_array_new ();
  self->views = g_ptr_array_new ();
}

AtlasMuscle *
atlas_muscle_new (const char *id)
{
  AtlasMuscle *self = g_object_new (ATLAS_TYPE_MUSCLE, NULL);

  self->id = g_strdup (id);
  return self;
}

static int
compare_risk_descending (gconstpointer a,
                         gconstpointer b)
{
  const AtlasSafetyNote *na = *(AtlasSafetyNote * const *) a;
  const AtlasSafetyNote *nb = *(AtlasSafetyNote * const *) b;

  return (int) nb->risk - (int) na->risk;
}

/* Called by the loader once every field is in place. */
void
atlas_muscle_finish (AtlasMuscle *self)
{
  /* g_ptr_array_sort is stable (merge sort), so equal risks keep file order. */
  g_ptr_array_sort (self->safety_notes, compare_risk_descending);
}

const char *
atlas_muscle_get_id (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->id;
}

const char *
atlas_muscle_get_name (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->name;
}

const char *
atlas_muscle_get_latin (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->latin;
}

const char *
atlas_muscle_get_summary (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->summary;
}

const char *
atlas_muscle_get_origin (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->origin;
}

const char *
atlas_muscle_get_insertion (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->insertion;
}

const char *
atlas_muscle_get_innervation (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->innervation;
}

const char *
atlas_muscle_get_action (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->action;
}

const char *
atlas_muscle_get_self_care (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->self_care;
}

GPtrArray *
atlas_muscle_get_synonyms (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->synonyms;
}

GPtrArray *
atlas_muscle_get_trigger_points (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->trigger_points;
}

GPtrArray *
atlas_muscle_get_conditions (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->conditions;
}

GPtrArray *
atlas_muscle_get_safety_notes (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->safety_notes;
}

const AtlasNeedling *
atlas_muscle_get_needling (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->needling;
}

GPtrArray *
atlas_muscle_get_references (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->references;
}

AtlasBodyPart
atlas_muscle_get_body_part (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), ATLAS_BODY_PART_NONE);
  return self->body_part;
}

GPtrArray *
atlas_muscle_get_views (AtlasMuscle *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return self->views;
}

AtlasRisk
atlas_muscle_get_highest_risk (AtlasMuscle *self)
{
  const AtlasSafetyNote *first;

  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), ATLAS_RISK_LOW);

  if (self->safety_notes->len == 0)
    return ATLAS_RISK_LOW;

  first = g_ptr_array_index (self->safety_notes, 0);
  return first->risk;
}

static guint
count_marks_on (AtlasMuscle     *self,
                const AtlasView *view)
{
  guint count = 0;

  for (guint i = 0; i < self->trigger_points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (self->trigger_points, i);

      for (guint j = 0; j < point->marks->len; j++)
        {
          const AtlasMark *mark = g_ptr_array_index (point->marks, j);

          count += mark->view == view;
        }
    }
  return count;
}

/* How much of the view's canvas one instance of the muscle covers. */
static double
drawn_area (AtlasMuscle     *self,
            const AtlasView *view)
{
  AtlasSide side =
    atlas_view_draws_side (view, ATLAS_SIDE_RIGHT) ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT;
  g_autofree char *shape = atlas_muscle_dup_shape_id (self, side);
  cairo_rectangle_t box;

  if (!atlas_diagram_get_extents (view->diagram, shape, &box))
    return 0;
  return box.width * box.height /
         (atlas_diagram_get_width (view->diagram) * atlas_diagram_get_height (view->diagram));
}

const AtlasView *
atlas_muscle_choose_view (AtlasMuscle     *self,
                          const AtlasView *current)
{
  const AtlasView *best = NULL;
  double best_area = 0;

  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);

  /* A view that draws the muscle but none of its trigger points would show
   * the pattern without the X that explains it. */
  if (current != NULL && count_marks_on (self, current) > 0)
    return current;

  /* Of the views that mark it, the one that draws it largest: a close-up of
   * the head shows the masseter better than the whole body does. */
  for (guint i = 0; i < self->views->len; i++)
    {
      const AtlasView *view = g_ptr_array_index (self->views, i);
      double area;

      if (count_marks_on (self, view) == 0)
        continue;
      area = drawn_area (self, view);
      if (best == NULL || area > best_area)
        {
          best = view;
          best_area = area;
        }
    }

  if (best != NULL)
    return best;
  if (current != NULL && g_ptr_array_find (self->views, current, NULL))
    return current;
  return self->views->len > 0 ? g_ptr_array_index (self->views, 0) : NULL;
}

guint
atlas_muscle_count_pattern_regions (AtlasMuscle     *self,
                                    const AtlasView *view,
                                    AtlasZone        zone)
{
  g_autoptr (GHashTable) counted = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), 0);
  g_return_val_if_fail (view != NULL, 0);

  for (guint i = 0; i < self->trigger_points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (self->trigger_points, i);
      GPtrArray *regions = zone == ATLAS_ZONE_ESSENTIAL ? point->essential : point->spillover;

      for (guint j = 0; j < regions->len; j++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, j);

          if (atlas_view_draws_region (view, region))
            g_hash_table_add (counted, (gpointer) region);
        }
    }

  return g_hash_table_size (counted);
}

char *
atlas_muscle_dup_shape_id (AtlasMuscle *self,
                           AtlasSide    side)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), NULL);
  return g_strconcat (self->id, "-", atlas_side_to_string (side), NULL);
}

AtlasZone
atlas_muscle_refers_to (AtlasMuscle       *self,
                        const AtlasRegion *region)
{
  AtlasZone best = ATLAS_ZONE_NONE;

  g_return_val_if_fail (ATLAS_IS_MUSCLE (self), ATLAS_ZONE_NONE);

  for (guint i = 0; i < self->trigger_points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (self->trigger_points, i);

      if (g_ptr_array_find (point->essential, region, NULL))
        return ATLAS_ZONE_ESSENTIAL;
      if (g_ptr_array_find (point->spillover, region, NULL))
        best = ATLAS_ZONE_SPILLOVER;
    }

  return best;
}
