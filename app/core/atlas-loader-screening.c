/* atlas-loader-screening.c: reading <screening>.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section comes last, so every region it names is known. Structures come
 * before the items whose rules name their groups, limbs before nothing else.
 */

#include "config.h"

#include "atlas-loader-private.h"
#include "atlas-screening.h"
#include "atlas-text.h"

struct _AtlasLoaderScreening {
  AtlasScreeningStructure *structure;
  AtlasLimb *limb;
  AtlasScreeningItem *item;
  AtlasScreeningRule *rule;
  GHashTable *ids;    /* every id of the section, owned by the records */
  GHashTable *groups; /* structure groups seen so far */
  int line;           /* where the open structure, limb or item starts */
};

static const char *const affects_names[] = {
  "session", "regions", "structures", "depth", "where", NULL
};
static const char *const action_names[] = {
  "avoid", "shallower", "compress-longer", "lying-down", "ultrasound-guidance", "extra-care", NULL
};

static char **
fold_list (const char *list)
{
  g_auto (GStrv) terms = g_strsplit (list, ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autofree char *folded = atlas_text_fold (g_strstrip (terms[i]));

      if (*folded != '\0')
        g_strv_builder_add (builder, folded);
    }
  return g_strv_builder_end (builder);
}

static gboolean
check_new_id (AtlasLoader  *self,
              GError      **error,
              const char   *kind,
              const char   *id)
{
  return atlas_loader_check_id (self, error, kind, id, self->screening->ids);
}

gboolean
atlas_loader_start_structure (AtlasLoader *self,
                              const char  *element,
                              const char **names,
                              const char **values,
                              GError     **error)
{
  const char *id, *group, *match, *plural = NULL;
  AtlasScreeningStructure *structure;

  if (!collect (self, error, "structure", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "group", &group,
                G_MARKUP_COLLECT_STRING, "match", &match,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "plural", &plural))
    return FALSE;
  if (!check_new_id (self, error, "structure", id) ||
      !atlas_loader_check_id (self, error, "structure group", group, NULL))
    return FALSE;
  if (plural != NULL && !element_is (plural, "yes") && !element_is (plural, "no"))
    {
      static const char *const yes_no[] = { "yes", "no", NULL };

      return atlas_loader_fail_enum (self, error, "plural", plural, yes_no);
    }

  structure = g_new0 (AtlasScreeningStructure, 1);
  structure->id = g_strdup (id);
  structure->group = g_strdup (group);
  structure->match = fold_list (match);
  structure->plural = plural != NULL && element_is (plural, "yes");
  self->screening->structure = structure;
  self->screening->line = atlas_loader_current_line (self);
  g_hash_table_add (self->screening->ids, structure->id);
  if (structure->match[0] == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "structure “%s” has no match term", id);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_loader_start_limb (AtlasLoader *self,
                         const char  *element,
                         const char **names,
                         const char **values,
                         GError     **error)
{
  const char *id, *list;
  g_autofree char *owner = NULL;
  AtlasLimb *limb;

  if (!collect (self, error, "limb", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "regions", &list))
    return FALSE;
  if (!check_new_id (self, error, "limb", id))
    return FALSE;

  limb = g_new0 (AtlasLimb, 1);
  limb->id = g_strdup (id);
  limb->regions = g_ptr_array_new ();
  self->screening->limb = limb;
  self->screening->line = atlas_loader_current_line (self);
  g_hash_table_add (self->screening->ids, limb->id);
  owner = g_strdup_printf ("limb “%s” names", id);
  if (!atlas_loader_add_regions (self, list, owner, limb->regions, error))
    return FALSE;
  if (limb->regions->len == 0)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "limb “%s” names no region", id);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_loader_start_item (AtlasLoader *self,
                         const char  *element,
                         const char **names,
                         const char **values,
                         GError     **error)
{
  static const char *const kinds[] = { "absolute", "relative", NULL };
  static const char *const wheres[] = { "none", "regions", "limb", NULL };
  const char *id, *kind, *where = NULL, *mentions = NULL;
  int kind_value, where_value = ATLAS_WHERE_NONE;
  AtlasScreeningItem *item;

  if (!collect (self, error, "item", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "kind", &kind,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "where", &where,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "mentions", &mentions))
    return FALSE;
  if (!check_new_id (self, error, "screening item", id))
    return FALSE;
  if (!atlas_loader_parse_enum (kind, kinds, &kind_value))
    return atlas_loader_fail_enum (self, error, "kind", kind, kinds);
  if (where != NULL && !atlas_loader_parse_enum (where, wheres, &where_value))
    return atlas_loader_fail_enum (self, error, "where", where, wheres);
  if (where_value == ATLAS_WHERE_LIMB && self->db->limbs->len == 0)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD,
            "screening item “%s” asks for a limb, but no <limb> comes before it", id);
      return FALSE;
    }

  item = g_new0 (AtlasScreeningItem, 1);
  item->id = g_strdup (id);
  item->kind = kind_value;
  item->where = where_value;
  item->synonyms = g_ptr_array_new_with_free_func (g_free);
  item->mentions = fold_list (mentions != NULL ? mentions : "");
  item->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_screening_rule_free);
  self->screening->item = item;
  self->screening->line = atlas_loader_current_line (self);
  g_hash_table_add (self->screening->ids, item->id);
  return TRUE;
}

gboolean
atlas_loader_start_rule (AtlasLoader *self,
                         const char  *element,
                         const char **names,
                         const char **values,
                         GError     **error)
{
  AtlasScreeningItem *item = self->screening->item;
  const char *affects, *action, *regions = NULL, *structures = NULL, *depth = NULL;
  int affects_value, action_value;
  AtlasScreeningRule *rule;

  if (!collect (self, error, "rule", names, values,
                G_MARKUP_COLLECT_STRING, "affects", &affects,
                G_MARKUP_COLLECT_STRING, "action", &action,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "regions", &regions,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "structures", &structures,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "deeper-than-mm", &depth))
    return FALSE;
  if (!atlas_loader_parse_enum (affects, affects_names, &affects_value))
    return atlas_loader_fail_enum (self, error, "affects", affects, affects_names);
  if (!atlas_loader_parse_enum (action, action_names, &action_value))
    return atlas_loader_fail_enum (self, error, "action", action, action_names);

  rule = g_new0 (AtlasScreeningRule, 1);
  rule->affects = affects_value;
  rule->action = action_value;
  rule->regions = g_ptr_array_new ();
  self->screening->rule = rule;

  /* Each kind of rule takes exactly the attribute it needs. */
  if ((regions != NULL) != (affects_value == ATLAS_AFFECTS_REGIONS) ||
      (structures != NULL) != (affects_value == ATLAS_AFFECTS_STRUCTURES) ||
      (depth != NULL) != (affects_value == ATLAS_AFFECTS_DEPTH))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "a rule of “%s” with affects=“%s” needs %s and no other of regions, structures, "
            "deeper-than-mm", item->id, affects,
            affects_value == ATLAS_AFFECTS_REGIONS ? "regions" :
            affects_value == ATLAS_AFFECTS_STRUCTURES ? "structures" :
            affects_value == ATLAS_AFFECTS_DEPTH ? "deeper-than-mm" : "none");
      return FALSE;
    }
  if (affects_value == ATLAS_AFFECTS_WHERE && item->where == ATLAS_WHERE_NONE)
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "screening item “%s”: affects=“where” goes with where=“regions” or “limb” on the item",
            item->id);
      return FALSE;
    }

  if (regions != NULL)
    {
      g_autofree char *owner = g_strdup_printf ("a rule of “%s” names", item->id);

      if (!atlas_loader_add_regions (self, regions, owner, rule->regions, error))
        return FALSE;
      if (rule->regions->len == 0)
        {
          fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "a rule of “%s” names no region",
                item->id);
          return FALSE;
        }
    }
  if (structures != NULL)
    {
      rule->groups = g_strsplit (structures, ",", -1);
      if (rule->groups[0] == NULL)
        {
          fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD,
                "a rule of “%s” names no structure group", item->id);
          return FALSE;
        }
      for (guint i = 0; rule->groups[i] != NULL; i++)
        {
          if (!g_hash_table_contains (self->screening->groups, rule->groups[i]))
            {
              fail (self, error, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
                    "a rule of “%s” names the structure group “%s”, which no <structure> "
                    "before it has", item->id, rule->groups[i]);
              return FALSE;
            }
        }
    }
  if (depth != NULL && (!atlas_loader_parse_int (depth, &rule->deeper_than_mm) ||
                        rule->deeper_than_mm < 0 || rule->deeper_than_mm > 300))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "deeper-than-mm=“%s” must be a whole number of millimetres from 0 to 300", depth);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_loader_start_screening (AtlasLoader *self,
                              const char  *element,
                              const char **names,
                              const char **values,
                              GError     **error)
{
  AtlasLoaderScreening *s;

  if (self->screening != NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID, "<screening> is given twice");
      return FALSE;
    }
  s = self->screening = g_new0 (AtlasLoaderScreening, 1);
  s->ids = g_hash_table_new (g_str_hash, g_str_equal);
  s->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->db->screening_items =
    g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_screening_item_free);
  self->db->screening_structures =
    g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_screening_structure_free);
  self->db->limbs = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_limb_free);
  return TRUE;
}

gpointer
atlas_loader_screening_owner (AtlasLoader *self,
                              const char  *parent,
                              const char **id)
{
  AtlasLoaderScreening *s = self->screening;

  if (s == NULL)
    return NULL;
  if (element_is (parent, "structure") && s->structure != NULL)
    {
      *id = s->structure->id;
      return s->structure;
    }
  if (element_is (parent, "limb") && s->limb != NULL)
    {
      *id = s->limb->id;
      return s->limb;
    }
  if (element_is (parent, "item") && s->item != NULL)
    {
      *id = s->item->id;
      return s->item;
    }
  return NULL;
}

gboolean
atlas_loader_end_item (AtlasLoader *self,
                       const char  *parent,
                       const char  *element,
                       GError     **error)
{
  AtlasScreeningItem *item = self->screening->item;

  if (item->name == NULL || item->label == NULL)
    {
      atlas_loader_fail_at (self, error, self->screening->line, ATLAS_DATA_ERROR_MISSING_FIELD,
                            "screening item “%s” needs a <name> and a <label>", item->id);
      return FALSE;
    }
  if (item->rules->len == 0)
    {
      atlas_loader_fail_at (self, error, self->screening->line, ATLAS_DATA_ERROR_MISSING_FIELD,
                            "screening item “%s” has no <rule>: say what it affects", item->id);
      return FALSE;
    }
  g_ptr_array_add (self->db->screening_items, g_steal_pointer (&self->screening->item));
  return TRUE;
}

gboolean
atlas_loader_end_structure (AtlasLoader *self,
                            const char  *parent,
                            const char  *element,
                            GError     **error)
{
  AtlasLoaderScreening *s = self->screening;

  if (s->structure->name == NULL)
    {
      atlas_loader_fail_at (self, error, s->line, ATLAS_DATA_ERROR_MISSING_FIELD,
                            "structure “%s” has no <name>", s->structure->id);
      return FALSE;
    }
  g_hash_table_add (s->groups, g_strdup (s->structure->group));
  g_ptr_array_add (self->db->screening_structures, g_steal_pointer (&s->structure));
  return TRUE;
}

gboolean
atlas_loader_end_limb (AtlasLoader *self,
                       const char  *parent,
                       const char  *element,
                       GError     **error)
{
  AtlasLoaderScreening *s = self->screening;

  if (s->limb->name == NULL)
    {
      atlas_loader_fail_at (self, error, s->line, ATLAS_DATA_ERROR_MISSING_FIELD,
                            "limb “%s” has no <name>", s->limb->id);
      return FALSE;
    }
  g_ptr_array_add (self->db->limbs, g_steal_pointer (&s->limb));
  return TRUE;
}

gboolean
atlas_loader_end_rule (AtlasLoader *self,
                       const char  *parent,
                       const char  *element,
                       GError     **error)
{
  AtlasLoaderScreening *s = self->screening;

  s->rule->text = atlas_loader_take_text (self, element, NULL, error);
  if (s->rule->text == NULL)
    return FALSE;
  g_ptr_array_add (s->item->rules, g_steal_pointer (&s->rule));
  return TRUE;
}

void
atlas_loader_screening_free (AtlasLoaderScreening *s)
{
  if (s == NULL)
    return;
  /* Records still here were being read when an error stopped the parse. */
  g_clear_pointer (&s->structure, atlas_screening_structure_free);
  g_clear_pointer (&s->limb, atlas_limb_free);
  g_clear_pointer (&s->item, atlas_screening_item_free);
  g_clear_pointer (&s->rule, atlas_screening_rule_free);
  g_hash_table_unref (s->ids);
  g_hash_table_unref (s->groups);
  g_free (s);
}
