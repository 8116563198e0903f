/* atlas-screening.c: what screening answers mean for a session and its sites.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "atlas-database-private.h"
#include "atlas-diagram.h"
#include "atlas-screening.h"
#include "atlas-text.h"

static GPtrArray *
ensure (GPtrArray **array)
{
  /* A data file without a <screening> section simply has no items. */
  if (*array == NULL)
    *array = g_ptr_array_new ();
  return *array;
}

GPtrArray *
atlas_database_get_screening_items (AtlasDatabase *db)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);
  return ensure (&db->screening_items);
}

const AtlasScreeningItem *
atlas_database_get_screening_item (AtlasDatabase *db,
                                   const char    *id)
{
  GPtrArray *items = atlas_database_get_screening_items (db);

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->id, id))
        return item;
    }
  return NULL;
}

GPtrArray *
atlas_database_get_limbs (AtlasDatabase *db)
{
  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);
  return ensure (&db->limbs);
}

const AtlasLimb *
atlas_database_get_limb (AtlasDatabase *db,
                         const char    *id)
{
  GPtrArray *limbs = atlas_database_get_limbs (db);

  for (guint i = 0; i < limbs->len; i++)
    {
      const AtlasLimb *limb = g_ptr_array_index (limbs, i);

      if (g_str_equal (limb->id, id))
        return limb;
    }
  return NULL;
}

const char *
atlas_action_to_string (AtlasAction action)
{
  static const char *const names[] = {
    "avoid", "shallower", "compress-longer", "lying-down", "ultrasound-guidance", "extra-care",
  };

  g_return_val_if_fail (action <= ATLAS_ACTION_EXTRA_CARE, NULL);
  return names[action];
}

const char *
atlas_answer_to_string (AtlasAnswerValue value)
{
  static const char *const names[] = { "unanswered", "no", "yes" };

  g_return_val_if_fail (value <= ATLAS_ANSWER_YES, NULL);
  return names[value];
}

gboolean
atlas_answer_from_string (const char       *text,
                          AtlasAnswerValue *value)
{
  for (AtlasAnswerValue v = ATLAS_ANSWER_UNANSWERED; v <= ATLAS_ANSWER_YES; v++)
    {
      if (g_strcmp0 (text, atlas_answer_to_string (v)) == 0)
        {
          *value = v;
          return TRUE;
        }
    }
  return FALSE;
}

/* "ID:SIDE" or "ID" into its parts; FALSE for an unknown side. */
static gboolean
split_where (const char  *entry,
             char       **id,
             gboolean    *sided,
             AtlasSide   *side)
{
  const char *colon = strchr (entry, ':');

  *sided = colon != NULL;
  if (colon == NULL)
    {
      *id = g_strdup (entry);
      return TRUE;
    }
  if (!atlas_side_from_string (colon + 1, side))
    return FALSE;
  *id = g_strndup (entry, colon - entry);
  return TRUE;
}

gboolean
atlas_screening_check_where (AtlasDatabase            *db,
                             const AtlasScreeningItem *item,
                             const char               *entry,
                             GError                  **error)
{
  g_autofree char *id = NULL;
  gboolean sided;
  AtlasSide side;

  if (item->where == ATLAS_WHERE_NONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "screening item “%s” does not ask where", item->id);
      return FALSE;
    }
  if (!split_where (entry, &id, &sided, &side))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“%s”: the side must be “left” or “right”", entry);
      return FALSE;
    }
  if (item->where == ATLAS_WHERE_LIMB)
    {
      if (atlas_database_get_limb (db, id) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no limb has the id “%s”", id);
          return FALSE;
        }
      if (!sided)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "limb “%s” needs a side (“%s:left” or “%s:right”)", id, id, id);
          return FALSE;
        }
      return TRUE;
    }
  else
    {
      const AtlasRegion *region = atlas_database_get_region (db, id);

      if (region == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no region has the id “%s”", id);
          return FALSE;
        }
      if (region->sided != sided)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       region->sided ? "region “%s” needs a side (“:left” or “:right”)"
                                     : "region “%s” is on the midline and takes no side",
                       id);
          return FALSE;
        }
      return TRUE;
    }
}

/* ---- Where a site is ------------------------------------------------------ */

GPtrArray *
atlas_screening_site_regions (AtlasDatabase           *db,
                              const AtlasTriggerPoint *point,
                              AtlasSide                side)
{
  GPtrArray *regions = atlas_database_get_regions (db);
  GPtrArray *found = g_ptr_array_new ();
  const AtlasRegion *nearest = NULL;
  double nearest_area = G_MAXDOUBLE;

  for (guint m = 0; m < point->marks->len; m++)
    {
      const AtlasMark *mark = g_ptr_array_index (point->marks, m);
      const AtlasView *view = mark->view;
      double x, y;

      if (!atlas_view_draws_side (view, side))
        continue;
      atlas_mark_position (mark, side, &x, &y);
      for (guint r = 0; r < regions->len; r++)
        {
          const AtlasRegion *region = g_ptr_array_index (regions, r);
          g_autofree char *shape = atlas_region_dup_shape_id (region, side);
          cairo_rectangle_t box;

          if (atlas_diagram_shape_contains (view->diagram, shape, x, y))
            {
              if (!g_ptr_array_find (found, region, NULL))
                g_ptr_array_add (found, (gpointer) region);
            }
          /* Region shapes do not tile the body: a mark in a gap belongs to the
           * smallest region whose bounds hold it. */
          else if (atlas_diagram_get_extents (view->diagram, shape, &box) &&
                   x >= box.x && x <= box.x + box.width && y >= box.y &&
                   y <= box.y + box.height && box.width * box.height < nearest_area)
            {
              nearest = region;
              nearest_area = box.width * box.height;
            }
        }
    }

  if (found->len == 0 && nearest != NULL)
    g_ptr_array_add (found, (gpointer) nearest);
  return found;
}

GPtrArray *
atlas_screening_site_structures (AtlasDatabase *db,
                                 AtlasMuscle   *muscle)
{
  GPtrArray *structures = ensure (&db->screening_structures);
  GPtrArray *notes = atlas_muscle_get_safety_notes (muscle);
  GPtrArray *found = g_ptr_array_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (guint i = 0; i < notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (notes, i);

      g_string_append_printf (text, "%s;", note->structures);
    }
  folded = atlas_text_fold (text->str);

  for (guint i = 0; i < structures->len; i++)
    {
      const AtlasScreeningStructure *structure = g_ptr_array_index (structures, i);

      for (guint j = 0; structure->match[j] != NULL; j++)
        {
          if (strstr (folded, structure->match[j]) != NULL)
            {
              g_ptr_array_add (found, (gpointer) structure);
              break;
            }
        }
    }
  return found;
}

/* ---- Rules ------------------------------------------------------------------ */

static const AtlasScreeningAnswer *
lookup_answer (GHashTable               *answers,
               const AtlasScreeningItem *item)
{
  return answers != NULL ? g_hash_table_lookup (answers, item->id) : NULL;
}

static gboolean
answered_yes (GHashTable               *answers,
              const AtlasScreeningItem *item)
{
  const AtlasScreeningAnswer *answer = lookup_answer (answers, item);

  return answer != NULL && answer->value == ATLAS_ANSWER_YES;
}

static AtlasScreeningFlag *
flag_new (const AtlasScreeningItem *item,
          const AtlasScreeningRule *rule,
          char                     *text)
{
  AtlasScreeningFlag *flag = g_new0 (AtlasScreeningFlag, 1);

  flag->item = item;
  flag->rule = rule;
  flag->text = text;
  return flag;
}

static gboolean
in_regions (GPtrArray *site_regions,
            GPtrArray *regions)
{
  for (guint i = 0; i < site_regions->len; i++)
    {
      if (g_ptr_array_find (regions, g_ptr_array_index (site_regions, i), NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_answered_place (AtlasDatabase              *db,
                   const AtlasScreeningAnswer *answer,
                   GPtrArray                  *site_regions,
                   AtlasSide                   side)
{
  for (guint i = 0; answer->where != NULL && answer->where[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      gboolean sided;
      AtlasSide where_side;
      const AtlasLimb *limb;
      const AtlasRegion *region;

      if (!split_where (answer->where[i], &id, &sided, &where_side))
        continue;
      if (sided && where_side != side)
        continue;
      limb = atlas_database_get_limb (db, id);
      if (limb != NULL && in_regions (site_regions, limb->regions))
        return TRUE;
      region = atlas_database_get_region (db, id);
      if (region != NULL && g_ptr_array_find (site_regions, region, NULL))
        return TRUE;
    }
  return FALSE;
}

/* "the femoral vessels and the popliteal vessels lie", from the structures
 * of @found in the rule's groups; NULL when there are none. */
static char *
describe_structures (GPtrArray                *found,
                     const AtlasScreeningRule *rule)
{
  g_autoptr (GString) names = g_string_new (NULL);
  guint n = 0;
  gboolean plural = FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      const AtlasScreeningStructure *structure = g_ptr_array_index (found, i);

      if (!g_strv_contains ((const char * const *) rule->groups, structure->group))
        continue;
      if (n > 0)
        g_string_append (names, _(" and "));
      g_string_append (names, structure->name);
      plural |= structure->plural;
      n++;
    }
  if (n == 0)
    return NULL;
  /* TRANSLATORS: the structures that lie under a needling site, then the advice. */
  return g_strdup_printf (plural || n > 1 ? _("%s lie under this site")
                                          : _("%s lies under this site"),
                          names->str);
}

GPtrArray *
atlas_screening_flag_site (AtlasDatabase           *db,
                           GHashTable              *answers,
                           AtlasMuscle             *muscle,
                           const AtlasTriggerPoint *point,
                           AtlasSide                side)
{
  GPtrArray *items = atlas_database_get_screening_items (db);
  GPtrArray *flags = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_screening_flag_free);
  g_autoptr (GPtrArray) site_regions = NULL;
  g_autoptr (GPtrArray) structures = NULL;
  const AtlasNeedling *needling = atlas_muscle_get_needling (muscle);

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), flags);
  g_return_val_if_fail (ATLAS_IS_MUSCLE (muscle), flags);
  g_return_val_if_fail (point != NULL, flags);

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);

      if (!answered_yes (answers, item))
        continue;

      for (guint j = 0; j < item->rules->len; j++)
        {
          const AtlasScreeningRule *rule = g_ptr_array_index (item->rules, j);
          g_autofree char *what = NULL;

          if (site_regions == NULL)
            {
              site_regions = atlas_screening_site_regions (db, point, side);
              structures = atlas_screening_site_structures (db, muscle);
            }

          switch (rule->affects)
            {
            case ATLAS_AFFECTS_SESSION:
              break;
            case ATLAS_AFFECTS_REGIONS:
              if (in_regions (site_regions, rule->regions))
                g_ptr_array_add (flags, flag_new (item, rule,
                                                  g_strdup_printf ("%s: %s", item->label,
                                                                   rule->text)));
              break;
            case ATLAS_AFFECTS_STRUCTURES:
              what = describe_structures (structures, rule);
              if (what != NULL)
                g_ptr_array_add (flags, flag_new (item, rule,
                                                  g_strdup_printf ("%s: %s; %s", item->label, what,
                                                                   rule->text)));
              break;
            case ATLAS_AFFECTS_DEPTH:
              if (needling != NULL && needling->depth_max_mm > rule->deeper_than_mm)
                g_ptr_array_add (flags, flag_new (item, rule, g_strdup_printf (
                  /* TRANSLATORS: a screening label, a depth in millimetres, then the advice */
                  _("%s: this site is needled up to %d mm deep; %s"), item->label,
                  needling->depth_max_mm, rule->text)));
              break;
            case ATLAS_AFFECTS_WHERE:
              if (in_answered_place (db, lookup_answer (answers, item), site_regions, side))
                g_ptr_array_add (flags, flag_new (item, rule,
                                                  g_strdup_printf ("%s: %s", item->label,
                                                                   rule->text)));
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }
  return flags;
}

GPtrArray *
atlas_screening_flag_session (AtlasDatabase *db,
                              GHashTable    *answers)
{
  GPtrArray *items = atlas_database_get_screening_items (db);
  GPtrArray *flags = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_screening_flag_free);

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);

      if (!answered_yes (answers, item))
        continue;
      for (guint j = 0; j < item->rules->len; j++)
        {
          const AtlasScreeningRule *rule = g_ptr_array_index (item->rules, j);

          if (rule->affects == ATLAS_AFFECTS_SESSION)
            g_ptr_array_add (flags, flag_new (item, rule,
                                              g_strdup_printf ("%s: %s", item->label, rule->text)));
        }
    }
  return flags;
}

static gboolean
blocks_session (const AtlasScreeningItem *item)
{
  if (item->kind != ATLAS_SCREENING_ABSOLUTE)
    return FALSE;
  for (guint j = 0; j < item->rules->len; j++)
    {
      const AtlasScreeningRule *rule = g_ptr_array_index (item->rules, j);

      if (rule->affects == ATLAS_AFFECTS_SESSION && rule->action == ATLAS_ACTION_AVOID)
        return TRUE;
    }
  return FALSE;
}

GPtrArray *
atlas_screening_blocking_items (AtlasDatabase *db,
                                GHashTable    *answers)
{
  GPtrArray *items = atlas_database_get_screening_items (db);
  GPtrArray *blocking = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);
      const AtlasScreeningAnswer *answer = lookup_answer (answers, item);

      if (blocks_session (item) && (answer == NULL || answer->value != ATLAS_ANSWER_NO))
        g_ptr_array_add (blocking, (gpointer) item);
    }
  return blocking;
}

GPtrArray *
atlas_screening_items_mentioned (AtlasDatabase *db,
                                 const char    *text)
{
  GPtrArray *items = atlas_database_get_screening_items (db);
  GPtrArray *found = g_ptr_array_new ();
  g_autofree char *folded = atlas_text_fold (text);

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);

      for (guint j = 0; item->mentions[j] != NULL; j++)
        {
          if (strstr (folded, item->mentions[j]) != NULL)
            {
              g_ptr_array_add (found, (gpointer) item);
              break;
            }
        }
    }
  return found;
}

/* ---- Memory ----------------------------------------------------------------- */

void
atlas_screening_rule_free (AtlasScreeningRule *rule)
{
  if (rule == NULL)
    return;
  g_clear_pointer (&rule->regions, g_ptr_array_unref);
  g_strfreev (rule->groups);
  g_free (rule->text);
  g_free (rule);
}

void
atlas_screening_item_free (AtlasScreeningItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->name);
  g_free (item->label);
  g_ptr_array_unref (item->synonyms);
  g_strfreev (item->mentions);
  g_ptr_array_unref (item->rules);
  g_free (item);
}

void
atlas_screening_structure_free (AtlasScreeningStructure *structure)
{
  if (structure == NULL)
    return;
  g_free (structure->id);
  g_free (structure->group);
  g_strfreev (structure->match);
  g_free (structure->name);
  g_free (structure);
}

void
atlas_limb_free (AtlasLimb *limb)
{
  if (limb == NULL)
    return;
  g_free (limb->id);
  g_free (limb->name);
  g_clear_pointer (&limb->regions, g_ptr_array_unref);
  g_free (limb);
}

void
atlas_screening_flag_free (AtlasScreeningFlag *flag)
{
  if (flag == NULL)
    return;
  g_free (flag->text);
  g_free (flag);
}

void
atlas_screening_answer_free (AtlasScreeningAnswer *answer)
{
  if (answer == NULL)
    return;
  g_strfreev (answer->where);
  g_free (answer);
}
