/* atlas-loader.c: reads and validates the atlas data file.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is parsed in one pass with GMarkup. Sections must come in order
 * (references, views, regions, conditions, muscles), so every id a muscle
 * names is already known when the muscle is read, and an error can point at
 * the line that names it. What can only be checked at the end (a region with
 * no shape anywhere) points at the line that declared it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-diagram.h"
#include "atlas-loader-private.h"
#include "atlas-read.h"
#include "atlas-screening.h"
#include "atlas-text.h"

/* ---- Text elements ----------------------------------------------------- */

/* The record that a text element inside @parent belongs to, and its id (the
 * context of a translated name), or NULL if none is open. */
static gpointer
text_owner (AtlasLoader *self,
            const char  *parent,
            const char **id)
{
  struct {
    const char *parent;
    gpointer    owner;
    const char *id;
  } owners[] = {
    { "view", self->view, self->view ? self->view->id : NULL },
    { "region", self->region, self->region ? self->region->id : NULL },
    { "condition", self->condition, self->condition ? self->condition->id : NULL },
    { "muscle", self->muscle, self->muscle ? self->muscle->id : NULL },
    { "trigger-point", self->point, self->point ? self->point->id : NULL },
    { "needling", self->muscle ? self->muscle->needling : NULL, NULL },
    { "safety", self->safety, NULL },
    { "topic", self->topic, self->topic ? self->topic->id : NULL },
    { "red-flag", self->red_flag, self->red_flag ? self->red_flag->id : NULL },
  };

  *id = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      if (element_is (parent, owners[i].parent))
        {
          *id = owners[i].id;
          return owners[i].owner;
        }
    }
  return atlas_loader_screening_owner (self, parent, id);
}

/* The element's text with its white space collapsed as xgettext does, so
 * that it matches the msgid; NULL (with the error set) when it is empty. */
static char *
collapsed_text (AtlasLoader *self,
                const char  *element,
                GError     **error)
{
  g_autofree char *text = atlas_text_collapse_space (self->text->str);

  if (*text == '\0')
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "<%s> is empty", element);
      return NULL;
    }
  return g_steal_pointer (&text);
}

/* The translated text of the element that just ended, or NULL (with the
 * error set) when it is empty. */
char *
atlas_loader_take_text (AtlasLoader *self,
                        const char  *element,
                        const char  *context,
                        GError     **error)
{
  g_autofree char *text = collapsed_text (self, element, error);

  if (text == NULL)
    return NULL;
  if (context != NULL)
    return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, context, text));
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
}

/* Stores the text of a text element at the place its table row names. */
static gboolean
end_text (AtlasLoader              *self,
          const AtlasLoaderElement *row,
          const char               *parent,
          const char               *element,
          GError                  **error)
{
  const char *id;
  char       *owner = text_owner (self, parent, &id);
  char       *text;
  gpointer   *field;

  g_return_val_if_fail (owner != NULL, FALSE);

  if (row->text == ATLAS_LOADER_VERBATIM)
    text = collapsed_text (self, element, error);
  else
    text = atlas_loader_take_text (self, element, row->text == ATLAS_LOADER_NAME ? id : NULL,
                                   error);
  if (text == NULL)
    return FALSE;

  field = (gpointer *) (owner + row->field);
  if (row->list)
    {
      g_ptr_array_add (*field, text);
      return TRUE;
    }
  if (*field != NULL)
    {
      g_free (text);
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID,
            "<%s> is given twice in <%s>", element, parent);
      return FALSE;
    }
  *field = text;
  return TRUE;
}

/* ---- Start and end of records ------------------------------------------ */

static gboolean
start_needling (AtlasLoader *self,
                const char  *element,
                const char **names,
                const char **values,
                GError     **error)
{
  self->seen_depth = FALSE;
  if (self->muscle->needling != NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID, "<needling> is given twice");
      return FALSE;
    }
  self->muscle->needling = g_new0 (AtlasNeedling, 1);
  return TRUE;
}

G_GNUC_PRINTF (4, 5)
static gboolean
require (AtlasLoader  *self,
         GError      **error,
         gboolean      present,
         const char   *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (present)
    return TRUE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "%s", message);
  return FALSE;
}

static gboolean
check_muscle_shapes (AtlasLoader  *self,
                     GError      **error)
{
  AtlasMuscle *muscle = self->muscle;
  g_autofree char *left = atlas_muscle_dup_shape_id (muscle, ATLAS_SIDE_LEFT);
  g_autofree char *right = atlas_muscle_dup_shape_id (muscle, ATLAS_SIDE_RIGHT);

  for (guint i = 0; i < self->db->views->len; i++)
    {
      AtlasView *view = g_ptr_array_index (self->db->views, i);
      gboolean has_left = atlas_diagram_has_shape (view->diagram, left);
      gboolean has_right = atlas_diagram_has_shape (view->diagram, right);

      /* A mirrored view must draw both instances; a lateral one only its own. */
      if (view->sides == ATLAS_VIEW_BOTH_SIDES && has_left != has_right)
        {
          atlas_loader_fail_at (self, error, muscle->line, ATLAS_DATA_ERROR_MISSING_SHAPE,
                                "view “%s” draws “%s” but not “%s”", view->id,
                                has_left ? left : right, has_left ? right : left);
          return FALSE;
        }
      if ((view->sides == ATLAS_VIEW_LEFT_SIDE && has_right) ||
          (view->sides == ATLAS_VIEW_RIGHT_SIDE && has_left))
        {
          atlas_loader_fail_at (self, error, muscle->line, ATLAS_DATA_ERROR_MISSING_SHAPE,
                                "view “%s” draws one side only, but has “%s”", view->id,
                                has_left ? left : right);
          return FALSE;
        }
      if (has_left || has_right)
        g_ptr_array_add (muscle->views, view);
    }

  if (muscle->views->len == 0)
    {
      atlas_loader_fail_at (self, error, muscle->line, ATLAS_DATA_ERROR_MISSING_SHAPE,
                            "muscle “%s” has no shape in any diagram: no view has a path with "
                            "id “%s”",
                            muscle->id, left);
      return FALSE;
    }

  /* A mark on a view that does not draw the muscle would float on nothing. */
  for (guint i = 0; i < muscle->trigger_points->len; i++)
    {
      AtlasTriggerPoint *point = g_ptr_array_index (muscle->trigger_points, i);

      for (guint j = 0; j < point->marks->len; j++)
        {
          AtlasMark *mark = g_ptr_array_index (point->marks, j);

          if (!g_ptr_array_find (muscle->views, mark->view, NULL))
            {
              atlas_loader_fail_at (self, error,
                                    GPOINTER_TO_INT (g_hash_table_lookup (self->mark_lines, mark)),
                                    ATLAS_DATA_ERROR_MISSING_SHAPE,
                                    "trigger point “%s” of “%s” is marked on view “%s”, which does "
                                    "not draw the muscle",
                                    point->id, muscle->id, mark->view->id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
end_muscle (AtlasLoader *self,
            const char  *parent,
            const char  *element,
            GError     **error)
{
  AtlasMuscle *muscle = self->muscle;
  g_autofree char *folded = NULL;
  const char *other;

  if (!require (self, error, muscle->name != NULL, "muscle “%s” has no <name>", muscle->id) ||
      !require (self, error, muscle->latin != NULL, "muscle “%s” has no <latin>", muscle->id) ||
      !require (self, error, muscle->trigger_points->len > 0,
                "muscle “%s” has no <trigger-point>", muscle->id) ||
      !require (self, error, muscle->needling != NULL,
                "muscle “%s” has no <needling>", muscle->id) ||
      !require (self, error, muscle->safety_notes->len > 0,
                "muscle “%s” has no <safety> note", muscle->id) ||
      !require (self, error, muscle->references->len > 0,
                "muscle “%s” cites no reference", muscle->id))
    return FALSE;

  /* Names that differ only in case are the same muscle entered twice. */
  folded = atlas_text_fold (muscle->name);
  other = g_hash_table_lookup (self->muscle_names, folded);
  if (other != NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID,
            "muscles “%s” and “%s” have the same name “%s”", other, muscle->id, muscle->name);
      return FALSE;
    }

  if (!check_muscle_shapes (self, error))
    return FALSE;

  g_hash_table_insert (self->muscle_names, g_steal_pointer (&folded), g_strdup (muscle->id));
  atlas_muscle_finish (muscle);
  g_list_store_append (self->db->muscles, muscle);
  g_hash_table_insert (self->db->muscle_by_id, muscle->id, muscle);
  g_clear_object (&self->muscle);
  return TRUE;
}

/* The end of the file: what only the whole file can show. */
static gboolean
end_root (AtlasLoader *self,
          const char  *parent,
          const char  *element,
          GError     **error)
{
  for (guint i = 0; i < self->db->regions->len; i++)
    {
      AtlasRegion *region = g_ptr_array_index (self->db->regions, i);
      g_autofree char *shape = atlas_region_dup_shape_id (region, ATLAS_SIDE_LEFT);
      gboolean drawn = FALSE;

      for (guint j = 0; j < self->db->views->len && !drawn; j++)
        drawn = atlas_view_draws_region (g_ptr_array_index (self->db->views, j), region);

      if (!drawn)
        {
          atlas_loader_fail_at (self, error,
                                GPOINTER_TO_INT (g_hash_table_lookup (self->region_lines, region)),
                                ATLAS_DATA_ERROR_MISSING_SHAPE,
                                "region “%s” has no shape in any diagram: no view has a path with "
                                "id “%s”",
                                region->id, shape);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
end_view (AtlasLoader *self,
          const char  *parent,
          const char  *element,
          GError     **error)
{
  if (!require (self, error, self->view->name != NULL, "view “%s” has no <name>", self->view->id))
    return FALSE;
  g_ptr_array_add (self->db->views, self->view);
  g_hash_table_insert (self->db->view_by_id, self->view->id, self->view);
  self->view = NULL;
  return TRUE;
}

static gboolean
end_region (AtlasLoader *self,
            const char  *parent,
            const char  *element,
            GError     **error)
{
  if (!require (self, error, self->region->name != NULL,
                "region “%s” has no <name>", self->region->id))
    return FALSE;
  g_ptr_array_add (self->db->regions, self->region);
  g_hash_table_insert (self->db->region_by_id, self->region->id, self->region);
  self->region = NULL;
  return TRUE;
}

static gboolean
end_condition (AtlasLoader *self,
               const char  *parent,
               const char  *element,
               GError     **error)
{
  AtlasCondition *condition = self->condition;

  if (!require (self, error, condition->name != NULL,
                "condition “%s” has no <name>", condition->id) ||
      !require (self, error, condition->summary != NULL,
                "condition “%s” has no <summary>", condition->id))
    return FALSE;
  g_ptr_array_add (self->db->conditions, condition);
  g_hash_table_insert (self->db->condition_by_id, condition->id, condition);
  self->condition = NULL;
  return TRUE;
}

static gboolean
end_trigger_point (AtlasLoader *self,
                   const char  *parent,
                   const char  *element,
                   GError     **error)
{
  AtlasTriggerPoint *point = self->point;
  const char        *muscle = self->muscle->id;

  if (!require (self, error, point->location != NULL,
                "trigger point “%s” of “%s” has no <location>", point->id, muscle) ||
      !require (self, error, point->marks->len > 0,
                "trigger point “%s” of “%s” has no <mark> on a diagram", point->id, muscle) ||
      !require (self, error, point->essential->len > 0,
                "trigger point “%s” of “%s” has no essential referral zone", point->id, muscle))
    return FALSE;
  g_ptr_array_add (self->muscle->trigger_points, point);
  self->point = NULL;
  return TRUE;
}

static gboolean
end_needling (AtlasLoader *self,
              const char  *parent,
              const char  *element,
              GError     **error)
{
  AtlasNeedling *needling = self->muscle->needling;

  return require (self, error, needling->approach != NULL && self->seen_depth,
                  "<needling> of “%s” needs an <approach> and a <depth>", self->muscle->id);
}

static gboolean
end_safety (AtlasLoader *self,
            const char  *parent,
            const char  *element,
            GError     **error)
{
  AtlasSafetyNote *note = self->safety;

  if (!require (self, error, note->structures && note->hazard && note->avoid,
                "a <safety> note of “%s” needs <structures>, <hazard> and <avoid>",
                self->muscle->id))
    return FALSE;
  g_ptr_array_add (self->muscle->safety_notes, note);
  self->safety = NULL;
  return TRUE;
}

static gboolean
end_topic (AtlasLoader *self,
           const char  *parent,
           const char  *element,
           GError     **error)
{
  if (!require (self, error, self->topic->name != NULL && self->topic->paragraphs->len > 0,
                "topic “%s” needs a <name> and at least one <text>", self->topic->id))
    return FALSE;
  g_ptr_array_add (self->db->topics, self->topic);
  self->topic = NULL;
  return TRUE;
}

/* ---- The element table ------------------------------------------------- */

#define SECTION(name)                                         \
  {                                                           \
    "atlas", name, NULL, NULL, ATLAS_LOADER_NO_TEXT, 0, FALSE \
  }
#define RECORD(parent, name, start, end)                     \
  {                                                          \
    parent, name, start, end, ATLAS_LOADER_NO_TEXT, 0, FALSE \
  }
#define TEXT(parent, name, kind, type, member)                                           \
  {                                                                                      \
    parent, name, NULL, NULL, ATLAS_LOADER_##kind, G_STRUCT_OFFSET (type, member), FALSE \
  }
#define TEXT_LIST(parent, name, type, member)                                          \
  {                                                                                    \
    parent, name, NULL, NULL, ATLAS_LOADER_PROSE, G_STRUCT_OFFSET (type, member), TRUE \
  }

static const AtlasLoaderElement elements[] = {
  RECORD (NULL, "atlas", atlas_loader_start_root, end_root),
  SECTION ("references"),
  SECTION ("views"),
  SECTION ("regions"),
  SECTION ("conditions"),
  SECTION ("muscles"),
  SECTION ("red-flags"),
  SECTION ("general"),
  RECORD ("atlas", "screening", atlas_loader_start_screening, NULL),

  RECORD ("references", "reference", atlas_loader_start_reference, NULL),

  RECORD ("views", "view", atlas_loader_start_view, end_view),
  TEXT ("view", "name", NAME, AtlasView, name),

  RECORD ("regions", "region", atlas_loader_start_region, end_region),
  TEXT ("region", "name", NAME, AtlasRegion, name),
  TEXT ("region", "clinical-name", PROSE, AtlasRegion, clinical_name),

  RECORD ("conditions", "condition", atlas_loader_start_condition, end_condition),
  TEXT ("condition", "name", NAME, AtlasCondition, name),
  TEXT_LIST ("condition", "synonym", AtlasCondition, synonyms),
  TEXT ("condition", "summary", PROSE, AtlasCondition, summary),
  TEXT ("condition", "evidence-note", PROSE, AtlasCondition, evidence_note),
  RECORD ("condition", "cite", atlas_loader_start_reference_link, NULL),

  RECORD ("muscles", "muscle", atlas_loader_start_muscle, end_muscle),
  TEXT ("muscle", "name", NAME, AtlasMuscle, name),
  TEXT ("muscle", "latin", VERBATIM, AtlasMuscle, latin),
  TEXT_LIST ("muscle", "synonym", AtlasMuscle, synonyms),
  TEXT ("muscle", "origin", PROSE, AtlasMuscle, origin),
  TEXT ("muscle", "insertion", PROSE, AtlasMuscle, insertion),
  TEXT ("muscle", "innervation", PROSE, AtlasMuscle, innervation),
  TEXT ("muscle", "action", PROSE, AtlasMuscle, action),
  TEXT ("muscle", "summary", PROSE, AtlasMuscle, summary),
  TEXT ("muscle", "self-care", PROSE, AtlasMuscle, self_care),
  RECORD ("muscle", "cite", atlas_loader_start_reference_link, NULL),
  RECORD ("muscle", "condition", atlas_loader_start_reference_link, NULL),
  RECORD ("muscle", "trigger-point", atlas_loader_start_trigger_point, end_trigger_point),
  TEXT ("trigger-point", "name", NAME, AtlasTriggerPoint, name),
  TEXT ("trigger-point", "location", PROSE, AtlasTriggerPoint, location),
  TEXT ("trigger-point", "symptoms", PROSE, AtlasTriggerPoint, symptoms),
  RECORD ("trigger-point", "mark", atlas_loader_start_mark, NULL),
  RECORD ("trigger-point", "essential", atlas_loader_start_zone, NULL),
  RECORD ("trigger-point", "spillover", atlas_loader_start_zone, NULL),
  RECORD ("muscle", "needling", start_needling, end_needling),
  RECORD ("needling", "depth", atlas_loader_start_depth, NULL),
  TEXT ("needling", "position", PROSE, AtlasNeedling, position),
  TEXT ("needling", "approach", PROSE, AtlasNeedling, approach),
  TEXT ("needling", "beneath", PROSE, AtlasNeedling, beneath),
  RECORD ("muscle", "safety", atlas_loader_start_safety, end_safety),
  TEXT ("safety", "structures", PROSE, AtlasSafetyNote, structures),
  TEXT ("safety", "hazard", PROSE, AtlasSafetyNote, hazard),
  TEXT ("safety", "avoid", PROSE, AtlasSafetyNote, avoid),

  RECORD ("red-flags", "red-flag", atlas_loader_start_red_flag, atlas_loader_end_red_flag),
  TEXT ("red-flag", "name", NAME, AtlasRedFlag, name),
  TEXT ("red-flag", "text", PROSE, AtlasRedFlag, text),

  RECORD ("general", "topic", atlas_loader_start_topic, end_topic),
  TEXT ("topic", "name", NAME, AtlasTopic, name),
  TEXT_LIST ("topic", "text", AtlasTopic, paragraphs),

  RECORD ("screening", "structure", atlas_loader_start_structure, atlas_loader_end_structure),
  TEXT ("structure", "name", NAME, AtlasScreeningStructure, name),
  RECORD ("screening", "limb", atlas_loader_start_limb, atlas_loader_end_limb),
  TEXT ("limb", "name", NAME, AtlasLimb, name),
  RECORD ("screening", "item", atlas_loader_start_item, atlas_loader_end_item),
  TEXT ("item", "name", NAME, AtlasScreeningItem, name),
  TEXT ("item", "label", PROSE, AtlasScreeningItem, label),
  TEXT_LIST ("item", "synonym", AtlasScreeningItem, synonyms),
  /* Attributes and text: its own end handler stores the text. */
  { "item", "rule", atlas_loader_start_rule, atlas_loader_end_rule, ATLAS_LOADER_PROSE, 0, FALSE },
};

const AtlasLoaderElement *
atlas_loader_get_elements (guint *n_elements)
{
  *n_elements = G_N_ELEMENTS (elements);
  return elements;
}

/* The row of @element inside @parent (NULL: @element is the root), or NULL
 * if the format has no such element there. */
static const AtlasLoaderElement *
find_element (AtlasLoader *self,
              const char  *parent,
              const char  *element)
{
  /* A muscle's <condition ref="..."/> shares its element name with a
   * condition of the <conditions> section, but holds nothing. */
  if (parent != NULL && element_is (parent, "condition") && self->condition == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      const AtlasLoaderElement *row = &elements[i];

      if ((parent == NULL) == (row->parent == NULL) &&
          (parent == NULL || element_is (parent, row->parent)) &&
          element_is (element, row->element))
        return row;
    }
  return NULL;
}

/* ---- Dispatch ---------------------------------------------------------- */

static void
start_element (GMarkupParseContext *context,
               const char          *element,
               const char         **names,
               const char         **values,
               gpointer             user_data,
               GError             **error)
{
  AtlasLoader              *self = user_data;
  const AtlasLoaderElement *row;
  const char               *parent;

  g_ptr_array_add (self->stack, g_strdup (element));
  parent = parent_element (self);
  g_string_truncate (self->text, 0);

  /* Whatever the first element is, it is the root: the root's reader says
   * what is wrong with it. Another element outside it has no row. */
  if (!self->seen_root)
    {
      self->seen_root = TRUE;
      atlas_loader_start_root (self, element, names, values, error);
      return;
    }

  row = find_element (self, parent, element);
  if (row == NULL)
    fail (self, error, ATLAS_DATA_ERROR_FORMAT, "unexpected element <%s> inside <%s>",
          element, parent);
  else if (row->start != NULL)
    row->start (self, element, names, values, error);
}

static void
end_element (GMarkupParseContext *context,
             const char          *element,
             gpointer             user_data,
             GError             **error)
{
  AtlasLoader              *self = user_data;
  const char               *parent = parent_element (self);
  const AtlasLoaderElement *row;

  row = find_element (self, self->stack->len < 2 ? NULL : parent, element);
  if (row != NULL && row->end != NULL)
    row->end (self, parent, element, error);
  else if (row != NULL && row->text != ATLAS_LOADER_NO_TEXT)
    end_text (self, row, parent, element, error);

  g_ptr_array_set_size (self->stack, self->stack->len - 1);
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  AtlasLoader *self = user_data;

  g_string_append_len (self->text, text, len);
}

static const GMarkupParser atlas_parser = {
  .start_element = start_element,
  .end_element = end_element,
  .text = text,
};

static void
loader_clear (AtlasLoader *self)
{
  g_clear_pointer (&self->context, g_markup_parse_context_free);
  g_clear_pointer (&self->stack, g_ptr_array_unref);
  g_string_free (self->text, TRUE);
  g_free (self->display_name);
  g_clear_pointer (&self->view, atlas_view_free);
  g_clear_pointer (&self->region, atlas_region_free);
  g_clear_pointer (&self->condition, atlas_condition_free);
  g_clear_pointer (&self->point, atlas_trigger_point_free);
  g_clear_pointer (&self->safety, atlas_safety_note_free);
  g_clear_pointer (&self->topic, atlas_topic_free);
  g_clear_pointer (&self->red_flag, atlas_red_flag_free);
  g_clear_object (&self->muscle);
  g_clear_pointer (&self->screening, atlas_loader_screening_free);
  g_hash_table_unref (self->region_lines);
  g_hash_table_unref (self->muscle_names);
  g_hash_table_unref (self->point_ids);
  g_hash_table_unref (self->topic_ids);
  g_hash_table_unref (self->mark_lines);
}

AtlasDatabase *
atlas_database_load (GFile   *file,
                     GError **error)
{
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  AtlasLoader self = { 0 };
  const char *data;
  gsize size;
  gboolean ok;
  int line = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_has_uri_scheme (file, "resource"))
    self.display_name = g_file_get_basename (file);
  else
    self.display_name = g_file_get_parse_name (file);

  bytes = atlas_read_file (file, ATLAS_READ_MAX_DATA_FILE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_PARSE, "%s: cannot read the file: %s",
                   self.display_name, local_error->message);
      g_free (self.display_name);
      return NULL;
    }

  db = atlas_database_new ();
  self.db = db;
  self.file = file;
  self.stack = g_ptr_array_new_with_free_func (g_free);
  self.text = g_string_new (NULL);
  self.region_lines = g_hash_table_new (NULL, NULL);
  self.muscle_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.point_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.topic_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.mark_lines = g_hash_table_new (NULL, NULL);
  self.context = g_markup_parse_context_new (&atlas_parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                             &self, NULL);

  data = g_bytes_get_data (bytes, &size);
  ok = atlas_text_markup_parse_all (self.context, data, size, "a data file", &line, &local_error);
  if (ok && !self.seen_root)
    {
      ok = FALSE;
      atlas_loader_fail_at (&self, &local_error, 1, ATLAS_DATA_ERROR_PARSE, "the file is empty");
    }

  if (!ok)
    {
      /* The input's own faults carry no file name. */
      if (local_error->domain == G_MARKUP_ERROR)
        atlas_loader_fail_at (&self, error, line, ATLAS_DATA_ERROR_PARSE, "%s",
                              local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      loader_clear (&self);
      return NULL;
    }

  loader_clear (&self);
  return g_steal_pointer (&db);
}
