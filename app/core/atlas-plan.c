/* atlas-plan.c: the plan of a needling session.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "atlas-plan-private.h"
#include "atlas-text.h"

G_DEFINE_QUARK (atlas-plan-error-quark, atlas_plan_error)

G_DEFINE_FINAL_TYPE (AtlasPlan, atlas_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
site_free (AtlasPlanSite *site)
{
  g_free (site->note);
  g_free (site);
}

void
atlas_plan_unknown_site_free (AtlasPlanUnknownSite *site)
{
  g_free (site->muscle_id);
  g_free (site->point_id);
  g_free (site->side);
  g_free (site->note);
  g_free (site);
}

static void
atlas_plan_finalize (GObject *object)
{
  AtlasPlan *self = ATLAS_PLAN (object);

  g_ptr_array_unref (self->sites);
  g_ptr_array_unref (self->unknown_sites);
  g_array_unref (self->painful);
  g_hash_table_unref (self->answers);
  g_free (self->date);
  g_free (self->patient);
  g_free (self->notes);
  g_object_unref (self->db);

  G_OBJECT_CLASS (atlas_plan_parent_class)->finalize (object);
}

static void
atlas_plan_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasPlan *self = ATLAS_PLAN (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_plan_class_init (AtlasPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_plan_finalize;
  object_class->get_property = atlas_plan_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasPlan::changed:
   *
   * Anything in the plan changed: sites, header or answers.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_plan_init (AtlasPlan *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  self->sites = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);
  self->unknown_sites =
    g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_plan_unknown_site_free);
  self->painful = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) atlas_screening_answer_free);
  self->date = g_date_time_format (now, "%Y-%m-%d");
  self->patient = g_strdup ("");
  self->notes = g_strdup ("");
}

AtlasPlan *
atlas_plan_new (AtlasDatabase *db)
{
  AtlasPlan *self;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);

  self = g_object_new (ATLAS_TYPE_PLAN, NULL);
  self->db = g_object_ref (db);
  return self;
}

AtlasDatabase *
atlas_plan_get_database (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->db;
}

void
atlas_plan_changed (AtlasPlan *self)
{
  /* Modified first: handlers of "changed" (autosave) look at it. */
  atlas_plan_set_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
atlas_plan_get_modified (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), FALSE);
  return self->modified;
}

void
atlas_plan_set_modified (AtlasPlan *self,
                         gboolean   modified)
{
  g_return_if_fail (ATLAS_IS_PLAN (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* ---- Sites -------------------------------------------------------------------- */

guint
atlas_plan_get_n_sites (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), 0);
  return self->sites->len;
}

const AtlasPlanSite *
atlas_plan_get_site (AtlasPlan *self,
                     guint      index)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->sites->len, NULL);
  return g_ptr_array_index (self->sites, index);
}

int
atlas_plan_find_site (AtlasPlan               *self,
                      AtlasMuscle             *muscle,
                      const AtlasTriggerPoint *point,
                      AtlasSide                side)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), -1);

  for (guint i = 0; i < self->sites->len; i++)
    {
      const AtlasPlanSite *site = g_ptr_array_index (self->sites, i);

      if (site->muscle == muscle && site->point == point && site->side == side)
        return (int) i;
    }
  return -1;
}

int
atlas_plan_insert_site (AtlasPlan               *self,
                        AtlasMuscle             *muscle,
                        const AtlasTriggerPoint *point,
                        AtlasSide                side,
                        const char              *note,
                        gboolean                 done)
{
  AtlasPlanSite *site;
  int existing = atlas_plan_find_site (self, muscle, point, side);

  if (existing >= 0)
    return existing;
  if (self->sites->len >= ATLAS_PLAN_MAX_SITES)
    return -1;

  site = g_new0 (AtlasPlanSite, 1);
  site->muscle = muscle;
  site->point = point;
  site->side = side;
  site->note = g_strdup (note != NULL ? note : "");
  site->done = done;
  g_ptr_array_add (self->sites, site);
  return (int) self->sites->len - 1;
}

int
atlas_plan_add_site (AtlasPlan               *self,
                     AtlasMuscle             *muscle,
                     const AtlasTriggerPoint *point,
                     AtlasSide                side)
{
  guint before;
  int index;

  g_return_val_if_fail (ATLAS_IS_PLAN (self), -1);
  g_return_val_if_fail (ATLAS_IS_MUSCLE (muscle), -1);
  g_return_val_if_fail (point != NULL, -1);
  g_return_val_if_fail (g_ptr_array_find (atlas_muscle_get_trigger_points (muscle), point, NULL),
                        -1);

  before = self->sites->len;
  index = atlas_plan_insert_site (self, muscle, point, side, NULL, FALSE);
  if (self->sites->len != before)
    atlas_plan_changed (self);
  return index;
}

void
atlas_plan_remove_site (AtlasPlan *self,
                        guint      index)
{
  g_return_if_fail (ATLAS_IS_PLAN (self));
  g_return_if_fail (index < self->sites->len);

  g_ptr_array_remove_index (self->sites, index);
  atlas_plan_changed (self);
}

void
atlas_plan_move_site (AtlasPlan *self,
                      guint      from,
                      guint      to)
{
  gpointer site;

  g_return_if_fail (ATLAS_IS_PLAN (self));
  g_return_if_fail (from < self->sites->len && to < self->sites->len);

  if (from == to)
    return;
  site = g_ptr_array_steal_index (self->sites, from);
  g_ptr_array_insert (self->sites, (int) to, site);
  atlas_plan_changed (self);
}

void
atlas_plan_set_site_note (AtlasPlan  *self,
                          guint       index,
                          const char *note)
{
  AtlasPlanSite *site;

  g_return_if_fail (ATLAS_IS_PLAN (self));
  g_return_if_fail (index < self->sites->len);

  site = g_ptr_array_index (self->sites, index);
  if (g_strcmp0 (site->note, note != NULL ? note : "") == 0)
    return;
  g_free (site->note);
  site->note = atlas_text_truncate (note != NULL ? note : "", ATLAS_PLAN_MAX_TEXT);
  atlas_plan_changed (self);
}

void
atlas_plan_set_site_done (AtlasPlan *self,
                          guint      index,
                          gboolean   done)
{
  AtlasPlanSite *site;

  g_return_if_fail (ATLAS_IS_PLAN (self));
  g_return_if_fail (index < self->sites->len);

  site = g_ptr_array_index (self->sites, index);
  if (site->done == !!done)
    return;
  site->done = !!done;
  atlas_plan_changed (self);
}

GPtrArray *
atlas_plan_get_unknown_sites (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->unknown_sites;
}

/* ---- Header ------------------------------------------------------------------- */

gboolean
atlas_plan_date_is_valid (const char *date)
{
  guint y, m, d;
  char end;

  if (date == NULL || strlen (date) != 10 ||
      sscanf (date, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 ||
      date[4] != '-' || date[7] != '-')
    return FALSE;
  return y >= 1900 && y <= 9999 && g_date_valid_dmy (d, m, y);
}

const char *
atlas_plan_get_date (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->date;
}

gboolean
atlas_plan_set_date (AtlasPlan  *self,
                     const char *date)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), FALSE);

  if (!atlas_plan_date_is_valid (date))
    return FALSE;
  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (date);
      atlas_plan_changed (self);
    }
  return TRUE;
}

static void
set_text (AtlasPlan   *self,
          char       **slot,
          const char  *text)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (*slot, text) == 0)
    return;
  g_free (*slot);
  *slot = atlas_text_truncate (text, ATLAS_PLAN_MAX_TEXT);
  atlas_plan_changed (self);
}

const char *
atlas_plan_get_patient (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->patient;
}

void
atlas_plan_set_patient (AtlasPlan  *self,
                        const char *patient)
{
  g_return_if_fail (ATLAS_IS_PLAN (self));
  set_text (self, &self->patient, patient);
}

const char *
atlas_plan_get_notes (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->notes;
}

void
atlas_plan_set_notes (AtlasPlan  *self,
                      const char *notes)
{
  g_return_if_fail (ATLAS_IS_PLAN (self));
  set_text (self, &self->notes, notes);
}

const AtlasPainArea *
atlas_plan_get_painful_regions (AtlasPlan *self,
                                guint     *n_areas)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  *n_areas = self->painful->len;
  return (const AtlasPainArea *) (void *) self->painful->data;
}

void
atlas_plan_set_painful_regions (AtlasPlan           *self,
                                const AtlasPainArea *areas,
                                guint                n_areas)
{
  g_return_if_fail (ATLAS_IS_PLAN (self));

  g_array_set_size (self->painful, 0);
  if (n_areas > 0)
    g_array_append_vals (self->painful, areas, n_areas);
  atlas_plan_changed (self);
}

/* ---- Answers ------------------------------------------------------------------ */

GHashTable *
atlas_plan_get_answers (AtlasPlan *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);
  return self->answers;
}

AtlasAnswerValue
atlas_plan_get_answer (AtlasPlan  *self,
                       const char *item_id)
{
  const AtlasScreeningAnswer *answer;

  g_return_val_if_fail (ATLAS_IS_PLAN (self), ATLAS_ANSWER_UNANSWERED);

  answer = g_hash_table_lookup (self->answers, item_id);
  return answer != NULL ? answer->value : ATLAS_ANSWER_UNANSWERED;
}

void
atlas_plan_set_answer (AtlasPlan          *self,
                       const char         *item_id,
                       AtlasAnswerValue    value,
                       const char * const *where)
{
  AtlasScreeningAnswer *answer;

  g_return_if_fail (ATLAS_IS_PLAN (self));
  g_return_if_fail (item_id != NULL);

  if (value == ATLAS_ANSWER_UNANSWERED)
    g_hash_table_remove (self->answers, item_id);
  else
    {
      answer = g_new0 (AtlasScreeningAnswer, 1);
      answer->value = value;
      answer->where = where != NULL && where[0] != NULL ? g_strdupv ((char **) where) : NULL;
      g_hash_table_replace (self->answers, g_strdup (item_id), answer);
    }
  atlas_plan_changed (self);
}
