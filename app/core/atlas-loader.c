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
#include "atlas-text.h"

/* ---- Text elements ----------------------------------------------------- */

/* Prose elements and the entity that holds them. */
static const struct {
  const char *parent;
  const char *element;
} text_elements[] = {
  { "view", "name" }, { "region", "name" }, { "condition", "name" },
  { "condition", "summary" }, { "condition", "evidence-note" }, { "condition", "synonym" },
  { "muscle", "name" }, { "muscle", "latin" }, { "muscle", "synonym" },
  { "muscle", "origin" }, { "muscle", "insertion" }, { "muscle", "innervation" },
  { "muscle", "action" }, { "muscle", "summary" }, { "muscle", "self-care" },
  { "trigger-point", "name" }, { "trigger-point", "location" },
  { "trigger-point", "symptoms" },
  { "needling", "position" }, { "needling", "approach" }, { "needling", "beneath" },
  { "safety", "structures" }, { "safety", "hazard" }, { "safety", "avoid" },
  { "topic", "name" }, { "topic", "text" },
  { "red-flag", "name" }, { "red-flag", "text" },
};

/* The entity that a text element inside @parent belongs to, or NULL if none is
 * open: a muscle's <condition ref="..."/> shares its element name with a
 * condition of the <conditions> section, but holds no text. */
static gpointer
text_owner (AtlasLoader *self,
            const char  *parent)
{
  if (element_is (parent, "view"))
    return self->view;
  if (element_is (parent, "region"))
    return self->region;
  if (element_is (parent, "condition"))
    return self->condition;
  if (element_is (parent, "muscle"))
    return self->muscle;
  if (element_is (parent, "trigger-point"))
    return self->point;
  if (element_is (parent, "needling"))
    return self->muscle != NULL ? self->muscle->needling : NULL;
  if (element_is (parent, "safety"))
    return self->safety;
  if (element_is (parent, "topic"))
    return self->topic;
  if (element_is (parent, "red-flag"))
    return self->red_flag;
  return NULL;
}

static gboolean
is_text_element (AtlasLoader *self,
                 const char  *parent,
                 const char  *element)
{
  if (text_owner (self, parent) == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (text_elements); i++)
    {
      if (element_is (parent, text_elements[i].parent) &&
          element_is (element, text_elements[i].element))
        return TRUE;
    }
  return FALSE;
}

static const char *
context_id (AtlasLoader *self,
            const char  *parent)
{
  if (element_is (parent, "view"))
    return self->view->id;
  if (element_is (parent, "region"))
    return self->region->id;
  if (element_is (parent, "condition"))
    return self->condition->id;
  if (element_is (parent, "muscle"))
    return self->muscle->id;
  if (element_is (parent, "trigger-point"))
    return self->point->id;
  if (element_is (parent, "topic"))
    return self->topic->id;
  if (element_is (parent, "red-flag"))
    return self->red_flag->id;
  return NULL;
}

static char **
text_slot (AtlasLoader *self,
           const char  *parent,
           const char  *element)
{
  struct { const char *parent, *element; char **slot; } slots[] = {
    { "view", "name", self->view ? &self->view->name : NULL },
    { "region", "name", self->region ? &self->region->name : NULL },
    { "condition", "name", self->condition ? &self->condition->name : NULL },
    { "condition", "summary", self->condition ? &self->condition->summary : NULL },
    { "condition", "evidence-note", self->condition ? &self->condition->evidence_note : NULL },
    { "muscle", "name", self->muscle ? &self->muscle->name : NULL },
    { "muscle", "latin", self->muscle ? &self->muscle->latin : NULL },
    { "muscle", "origin", self->muscle ? &self->muscle->origin : NULL },
    { "muscle", "insertion", self->muscle ? &self->muscle->insertion : NULL },
    { "muscle", "innervation", self->muscle ? &self->muscle->innervation : NULL },
    { "muscle", "action", self->muscle ? &self->muscle->action : NULL },
    { "muscle", "summary", self->muscle ? &self->muscle->summary : NULL },
    { "muscle", "self-care", self->muscle ? &self->muscle->self_care : NULL },
    { "trigger-point", "name", self->point ? &self->point->name : NULL },
    { "trigger-point", "location", self->point ? &self->point->location : NULL },
    { "trigger-point", "symptoms", self->point ? &self->point->symptoms : NULL },
    { "safety", "structures", self->safety ? &self->safety->structures : NULL },
    { "safety", "hazard", self->safety ? &self->safety->hazard : NULL },
    { "safety", "avoid", self->safety ? &self->safety->avoid : NULL },
    { "topic", "name", self->topic ? &self->topic->name : NULL },
    { "red-flag", "name", self->red_flag ? &self->red_flag->name : NULL },
    { "red-flag", "text", self->red_flag ? &self->red_flag->text : NULL },
  };
  AtlasNeedling *needling = self->muscle ? self->muscle->needling : NULL;

  if (needling != NULL && element_is (parent, "needling"))
    {
      if (element_is (element, "position"))
        return &needling->position;
      if (element_is (element, "approach"))
        return &needling->approach;
      if (element_is (element, "beneath"))
        return &needling->beneath;
    }

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      if (element_is (parent, slots[i].parent) && element_is (element, slots[i].element))
        return slots[i].slot;
    }
  return NULL;
}

static gboolean
end_text_element (AtlasLoader  *self,
                  const char   *parent,
                  const char   *element,
                  GError      **error)
{
  g_autofree char *text = atlas_text_collapse_space (self->text->str);
  const char *translated;
  char **slot;

  if (*text == '\0')
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "<%s> is empty", element);
      return FALSE;
    }

  /* xgettext collapses white space too, so the msgid matches the lookup. The
   * Latin name is the same in every language. */
  if (element_is (element, "latin"))
    translated = text;
  else if (element_is (element, "name"))
    translated = g_dpgettext2 (GETTEXT_PACKAGE, context_id (self, parent), text);
  else
    translated = g_dgettext (GETTEXT_PACKAGE, text);

  if (element_is (element, "synonym"))
    {
      GPtrArray *synonyms = element_is (parent, "muscle") ? self->muscle->synonyms
                                                         : self->condition->synonyms;

      g_ptr_array_add (synonyms, g_strdup (translated));
      return TRUE;
    }
  if (element_is (element, "text") && element_is (parent, "topic"))
    {
      g_ptr_array_add (self->topic->paragraphs, g_strdup (translated));
      return TRUE;
    }

  slot = text_slot (self, parent, element);
  if (slot == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_FORMAT, "unexpected element <%s> inside <%s>",
            element, parent);
      return FALSE;
    }
  if (*slot != NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID,
            "<%s> is given twice in <%s>", element, parent);
      return FALSE;
    }
  *slot = g_strdup (translated);
  return TRUE;
}

/* ---- Dispatch ---------------------------------------------------------- */

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  static const char *const sections[] = {
    "references", "views", "regions", "conditions", "muscles", "red-flags", "general", NULL
  };
  AtlasLoader *self = user_data;
  const char *parent;
  int unused;

  g_ptr_array_add (self->stack, g_strdup (element));
  parent = parent_element (self);
  g_string_truncate (self->text, 0);

  if (!self->seen_root)
    {
      self->seen_root = TRUE;
      atlas_loader_start_root (self, element, names, values, error);
      return;
    }

  if (is_text_element (self, parent, element))
    return;

  if (element_is (parent, "atlas") && atlas_loader_parse_enum (element, sections, &unused))
    return;
  if (element_is (parent, "references") && element_is (element, "reference"))
    atlas_loader_start_reference (self, names, values, error);
  else if (element_is (parent, "views") && element_is (element, "view"))
    atlas_loader_start_view (self, names, values, error);
  else if (element_is (parent, "regions") && element_is (element, "region"))
    atlas_loader_start_region (self, names, values, error);
  else if (element_is (parent, "conditions") && element_is (element, "condition"))
    atlas_loader_start_condition (self, names, values, error);
  else if (element_is (parent, "muscles") && element_is (element, "muscle"))
    atlas_loader_start_muscle (self, names, values, error);
  else if (element_is (parent, "muscle") && element_is (element, "trigger-point"))
    atlas_loader_start_trigger_point (self, names, values, error);
  else if (element_is (parent, "trigger-point") && element_is (element, "mark"))
    atlas_loader_start_mark (self, names, values, error);
  else if (element_is (parent, "trigger-point") &&
           (element_is (element, "essential") || element_is (element, "spillover")))
    atlas_loader_start_zone (self, element, names, values, error);
  else if ((element_is (parent, "muscle") ||
            (element_is (parent, "condition") && self->condition != NULL)) &&
           element_is (element, "cite"))
    atlas_loader_start_reference_link (self, element, names, values, error);
  else if (element_is (parent, "muscle") && element_is (element, "condition"))
    atlas_loader_start_reference_link (self, element, names, values, error);
  else if (element_is (parent, "muscle") && element_is (element, "needling"))
    {
      if (self->muscle->needling != NULL)
        fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID, "<needling> is given twice");
      else
        self->muscle->needling = g_new0 (AtlasNeedling, 1);
      self->seen_depth = FALSE;
    }
  else if (element_is (parent, "needling") && element_is (element, "depth"))
    atlas_loader_start_depth (self, names, values, error);
  else if (element_is (parent, "muscle") && element_is (element, "safety"))
    atlas_loader_start_safety (self, names, values, error);
  else if (element_is (parent, "general") && element_is (element, "topic"))
    atlas_loader_start_topic (self, names, values, error);
  else if (element_is (parent, "red-flags") && element_is (element, "red-flag"))
    atlas_loader_start_red_flag (self, names, values, error);
  else
    fail (self, error, ATLAS_DATA_ERROR_FORMAT, "unexpected element <%s> inside <%s>",
          element, parent);
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
                            "muscle “%s” has no shape in any diagram: no view has a path with id “%s”",
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
              atlas_loader_fail_at (self, error, GPOINTER_TO_INT (g_hash_table_lookup (self->mark_lines, mark)),
                                    ATLAS_DATA_ERROR_MISSING_SHAPE,
                                    "trigger point “%s” of “%s” is marked on view “%s”, which does not draw the muscle",
                                    point->id, muscle->id, mark->view->id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
end_muscle (AtlasLoader  *self,
            GError      **error)
{
  AtlasMuscle *muscle = self->muscle;
  g_autofree char *folded = NULL;
  const char *other;

  if (!require (self, error, muscle->name != NULL, "muscle “%s” has no <name>", muscle->id) ||
      !require (self, error, muscle->latin != NULL, "muscle “%s” has no <latin>", muscle->id) ||
      !require (self, error, muscle->trigger_points->len > 0,
                "muscle “%s” has no <trigger-point>", muscle->id) ||
      !require (self, error, muscle->needling != NULL, "muscle “%s” has no <needling>", muscle->id) ||
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

static gboolean
check_regions_drawn (AtlasLoader  *self,
                     GError      **error)
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
          atlas_loader_fail_at (self, error, GPOINTER_TO_INT (g_hash_table_lookup (self->region_lines, region)),
                                ATLAS_DATA_ERROR_MISSING_SHAPE,
                                "region “%s” has no shape in any diagram: no view has a path with id “%s”",
                                region->id, shape);
          return FALSE;
        }
    }
  return TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  AtlasLoader *self = user_data;
  const char *parent = parent_element (self);

  if (is_text_element (self, parent, element))
    end_text_element (self, parent, element, error);
  else if (element_is (element, "view") && element_is (parent, "views"))
    {
      if (require (self, error, self->view->name != NULL, "view “%s” has no <name>", self->view->id))
        {
          g_ptr_array_add (self->db->views, self->view);
          g_hash_table_insert (self->db->view_by_id, self->view->id, self->view);
          self->view = NULL;
        }
    }
  else if (element_is (element, "region") && element_is (parent, "regions"))
    {
      if (require (self, error, self->region->name != NULL,
                   "region “%s” has no <name>", self->region->id))
        {
          g_ptr_array_add (self->db->regions, self->region);
          g_hash_table_insert (self->db->region_by_id, self->region->id, self->region);
          self->region = NULL;
        }
    }
  else if (element_is (element, "condition") && element_is (parent, "conditions"))
    {
      AtlasCondition *condition = self->condition;

      if (require (self, error, condition->name != NULL, "condition “%s” has no <name>", condition->id) &&
          require (self, error, condition->summary != NULL,
                   "condition “%s” has no <summary>", condition->id))
        {
          g_ptr_array_add (self->db->conditions, condition);
          g_hash_table_insert (self->db->condition_by_id, condition->id, condition);
          self->condition = NULL;
        }
    }
  else if (element_is (element, "trigger-point"))
    {
      AtlasTriggerPoint *point = self->point;

      if (require (self, error, point->location != NULL,
                   "trigger point “%s” of “%s” has no <location>", point->id, self->muscle->id) &&
          require (self, error, point->marks->len > 0,
                   "trigger point “%s” of “%s” has no <mark> on a diagram", point->id, self->muscle->id) &&
          require (self, error, point->essential->len > 0,
                   "trigger point “%s” of “%s” has no essential referral zone", point->id,
                   self->muscle->id))
        {
          g_ptr_array_add (self->muscle->trigger_points, point);
          self->point = NULL;
        }
    }
  else if (element_is (element, "needling"))
    {
      AtlasNeedling *needling = self->muscle->needling;

      require (self, error, needling->approach != NULL && self->seen_depth,
               "<needling> of “%s” needs an <approach> and a <depth>", self->muscle->id);
    }
  else if (element_is (element, "safety"))
    {
      AtlasSafetyNote *note = self->safety;

      if (require (self, error, note->structures && note->hazard && note->avoid,
                   "a <safety> note of “%s” needs <structures>, <hazard> and <avoid>",
                   self->muscle->id))
        {
          g_ptr_array_add (self->muscle->safety_notes, note);
          self->safety = NULL;
        }
    }
  else if (element_is (element, "muscle"))
    end_muscle (self, error);
  else if (element_is (element, "red-flag") && element_is (parent, "red-flags"))
    atlas_loader_end_red_flag (self, error);
  else if (element_is (element, "topic"))
    {
      if (require (self, error, self->topic->name != NULL && self->topic->paragraphs->len > 0,
                   "topic “%s” needs a <name> and at least one <text>", self->topic->id))
        {
          g_ptr_array_add (self->db->topics, self->topic);
          self->topic = NULL;
        }
    }
  else if (element_is (element, "atlas"))
    check_regions_drawn (self, error);

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
  if (atlas_text_nul_line (data, size) > 0)
    {
      ok = FALSE;
      atlas_loader_fail_at (&self, &local_error, atlas_text_nul_line (data, size),
                            ATLAS_DATA_ERROR_PARSE,
                            "the file contains a NUL byte, which cannot be in a data file");
    }
  else
    ok = g_markup_parse_context_parse (self.context, data, size, &local_error) &&
         g_markup_parse_context_end_parse (self.context, &local_error);

  if (ok && !self.seen_root)
    {
      ok = FALSE;
      atlas_loader_fail_at (&self, &local_error, 1, ATLAS_DATA_ERROR_PARSE, "the file is empty");
    }

  if (!ok)
    {
      /* GMarkup's own syntax errors carry no file or line. */
      if (local_error->domain == G_MARKUP_ERROR)
        {
          g_autofree char *message = atlas_text_markup_message (local_error);

          fail (&self, error, ATLAS_DATA_ERROR_PARSE, "%s", message);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      loader_clear (&self);
      return NULL;
    }

  loader_clear (&self);
  return g_steal_pointer (&db);
}
