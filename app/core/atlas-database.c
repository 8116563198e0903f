/* atlas-database.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-database-private.h"
#include "atlas-diagram.h"
#include "atlas-muscle-private.h"
#include "atlas-text.h"

G_DEFINE_FINAL_TYPE (AtlasDatabase, atlas_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (atlas-data-error-quark, atlas_data_error)

void
atlas_view_free (AtlasView *view)
{
  g_free (view->id);
  g_free (view->name);
  g_free (view->side);
  g_clear_pointer (&view->diagram, atlas_diagram_free);
  g_free (view);
}

void
atlas_region_free (AtlasRegion *region)
{
  g_free (region->id);
  g_free (region->name);
  g_free (region->clinical_name);
  g_free (region);
}

void
atlas_condition_free (AtlasCondition *condition)
{
  g_free (condition->id);
  g_free (condition->name);
  g_free (condition->summary);
  g_free (condition->evidence_note);
  g_ptr_array_unref (condition->synonyms);
  g_ptr_array_unref (condition->references);
  g_free (condition);
}

void
atlas_reference_free (AtlasReference *reference)
{
  g_free (reference->id);
  g_free (reference->author);
  g_free (reference->title);
  g_free (reference);
}

void
atlas_topic_free (AtlasTopic *topic)
{
  g_free (topic->id);
  g_free (topic->name);
  g_ptr_array_unref (topic->paragraphs);
  g_free (topic);
}

static void
atlas_database_finalize (GObject *object)
{
  AtlasDatabase *self = ATLAS_DATABASE (object);

  g_hash_table_unref (self->muscle_by_id);
  g_hash_table_unref (self->view_by_id);
  g_hash_table_unref (self->region_by_id);
  g_hash_table_unref (self->condition_by_id);
  g_hash_table_unref (self->reference_by_id);
  g_object_unref (self->muscles);
  /* Muscles borrow regions, views and conditions: release them first. */
  g_ptr_array_unref (self->topics);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->screening_items, g_ptr_array_unref);
  g_clear_pointer (&self->screening_structures, g_ptr_array_unref);
  g_clear_pointer (&self->limbs, g_ptr_array_unref);
  g_ptr_array_unref (self->conditions);
  g_ptr_array_unref (self->regions);
  g_ptr_array_unref (self->views);
  g_ptr_array_unref (self->references);

  G_OBJECT_CLASS (atlas_database_parent_class)->finalize (object);
}

static void
atlas_database_class_init (AtlasDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_database_finalize;
}

static void
atlas_database_init (AtlasDatabase *self)
{
  self->muscles = g_list_store_new (ATLAS_TYPE_MUSCLE);
  self->muscle_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->views = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_view_free);
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_region_free);
  self->conditions = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_condition_free);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_reference_free);
  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_topic_free);
  self->view_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->region_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->condition_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->reference_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

AtlasDatabase *
atlas_database_new (void)
{
  return g_object_new (ATLAS_TYPE_DATABASE, NULL);
}

AtlasDatabase *
atlas_database_load_bundled (GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_uri ("resource://" RESOURCE_PREFIX "/atlas.xml");

  return atlas_database_load (file, error);
}

GListModel *
atlas_database_get_muscles (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return G_LIST_MODEL (self->muscles);
}

AtlasMuscle *
atlas_database_get_muscle (AtlasDatabase *self,
                           const char    *id)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return id ? g_hash_table_lookup (self->muscle_by_id, id) : NULL;
}

AtlasMuscle *
atlas_database_lookup_shape (AtlasDatabase *self,
                             const char    *shape_id,
                             AtlasSide     *side)
{
  static const struct { const char *suffix; AtlasSide side; } suffixes[] = {
    { "-left", ATLAS_SIDE_LEFT },
    { "-right", ATLAS_SIDE_RIGHT },
  };
  gsize len;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  if (shape_id == NULL)
    return NULL;

  len = strlen (shape_id);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize suffix_len = strlen (suffixes[i].suffix);
      g_autofree char *muscle_id = NULL;
      AtlasMuscle *muscle;

      if (len <= suffix_len || !g_str_has_suffix (shape_id, suffixes[i].suffix))
        continue;

      muscle_id = g_strndup (shape_id, len - suffix_len);
      muscle = g_hash_table_lookup (self->muscle_by_id, muscle_id);
      if (muscle != NULL && side != NULL)
        *side = suffixes[i].side;
      return muscle;
    }

  return NULL;
}

GPtrArray *
atlas_database_get_views (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return self->views;
}

const AtlasView *
atlas_database_get_view (AtlasDatabase *self,
                         const char    *id)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return id ? g_hash_table_lookup (self->view_by_id, id) : NULL;
}

GPtrArray *
atlas_database_get_regions (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return self->regions;
}

gpointer
atlas_database_get_derived (AtlasDatabase          *self,
                            const char             *key,
                            AtlasDatabaseDeriveFunc derive,
                            GDestroyNotify          free_func)
{
  GQuark quark = g_quark_from_static_string (key);
  gpointer derived;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  derived = g_object_get_qdata (G_OBJECT (self), quark);
  if (derived == NULL)
    {
      derived = derive (self);
      g_object_set_qdata_full (G_OBJECT (self), quark, derived, free_func);
    }
  return derived;
}

const AtlasRegion *
atlas_database_get_region (AtlasDatabase *self,
                           const char    *id)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return id ? g_hash_table_lookup (self->region_by_id, id) : NULL;
}

GPtrArray *
atlas_database_get_conditions (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return self->conditions;
}

const AtlasCondition *
atlas_database_get_condition (AtlasDatabase *self,
                              const char    *id)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return id ? g_hash_table_lookup (self->condition_by_id, id) : NULL;
}

GPtrArray *
atlas_database_get_references (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return self->references;
}

GPtrArray *
atlas_database_get_topics (AtlasDatabase *self)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);
  return self->topics;
}

GPtrArray *
atlas_database_muscles_for_condition (AtlasDatabase *self,
                                      const char    *condition_id)
{
  const AtlasCondition *condition;
  GPtrArray *results;
  guint n;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  results = g_ptr_array_new ();
  condition = atlas_database_get_condition (self, condition_id);
  if (condition == NULL)
    return results;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->muscles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (self->muscles), i);

      if (g_ptr_array_find (muscle->conditions, condition, NULL))
        g_ptr_array_add (results, muscle);
    }

  return results;
}

GPtrArray *
atlas_database_muscles_for_region (AtlasDatabase *self,
                                   const char    *region_id,
                                   AtlasZone      at_least)
{
  const AtlasRegion *region;
  g_autoptr (GPtrArray) spillover = g_ptr_array_new ();
  GPtrArray *results;
  guint n;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  results = g_ptr_array_new ();
  region = atlas_database_get_region (self, region_id);
  if (region == NULL)
    return results;

  at_least = MAX (at_least, ATLAS_ZONE_SPILLOVER);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->muscles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (self->muscles), i);
      AtlasZone zone = atlas_muscle_refers_to (muscle, region);

      if (zone < at_least)
        continue;
      g_ptr_array_add (zone == ATLAS_ZONE_ESSENTIAL ? results : spillover, muscle);
    }

  g_ptr_array_extend (results, spillover, NULL, NULL);
  return results;
}

const AtlasRegion *
atlas_database_lookup_region_shape (AtlasDatabase *db,
                                    const char    *shape_id,
                                    AtlasSide     *side)
{
  static const struct {
    const char *suffix;
    AtlasSide   side;
  } suffixes[] = {
    { "-left", ATLAS_SIDE_LEFT },
    { "-right", ATLAS_SIDE_RIGHT },
  };
  const AtlasRegion *region;
  const char        *id;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);

  if (shape_id == NULL || !g_str_has_prefix (shape_id, "region-"))
    return NULL;
  id = shape_id + strlen ("region-");

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_has_suffix (id, suffixes[i].suffix))
        {
          g_autofree char *bare = g_strndup (id, strlen (id) - strlen (suffixes[i].suffix));

          region = atlas_database_get_region (db, bare);
          if (region != NULL && region->sided)
            {
              if (side != NULL)
                *side = suffixes[i].side;
              return region;
            }
        }
    }

  region = atlas_database_get_region (db, id);
  if (region == NULL || region->sided)
    return NULL;
  if (side != NULL)
    *side = ATLAS_SIDE_RIGHT;
  return region;
}
