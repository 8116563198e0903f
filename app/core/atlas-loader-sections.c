/* atlas-loader-sections.c: reading each element's attributes.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-diagram.h"
#include "atlas-loader-private.h"
#include "atlas-number.h"
#include "atlas-read.h"
#include "atlas-text.h"

int
atlas_loader_current_line (AtlasLoader *self)
{
  return atlas_text_markup_line (self->context);
}

void
atlas_loader_fail_at (AtlasLoader  *self,
                      GError      **error,
                      int           line,
                      int           code,
                      const char   *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  g_autofree char *short_message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  full = g_strdup_printf ("%s:%d: %s", self->display_name, line, message);
  short_message = atlas_text_shorten (full, ATLAS_TEXT_MAX_MESSAGE);
  g_set_error_literal (error, ATLAS_DATA_ERROR, code, short_message);
}

/* GMarkup's message names neither the file nor the line: it is replaced by
 * one that does. */
gboolean
atlas_loader_collect_checked (AtlasLoader *self,
                              GError     **error,
                              gboolean     ok)
{
  g_autoptr (GError) markup_error = NULL;

  if (ok)
    return TRUE;

  g_return_val_if_fail (error != NULL && *error != NULL, FALSE);
  markup_error = g_steal_pointer (error);
  fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD, "%s", markup_error->message);
  return FALSE;
}

gboolean
atlas_loader_check_id (AtlasLoader  *self,
                       GError      **error,
                       const char   *kind,
                       const char   *id,
                       GHashTable   *existing)
{
  if (!atlas_text_is_valid_id (id))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "%s id “%s” must use only a-z, 0-9 and “-”", kind, id);
      return FALSE;
    }
  if (existing != NULL && g_hash_table_contains (existing, id))
    {
      fail (self, error, ATLAS_DATA_ERROR_DUPLICATE_ID, "duplicate %s id “%s”", kind, id);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_loader_parse_int (const char *text,
                        int        *value)
{
  gint64 v;

  if (!atlas_number_parse_int (text, G_MININT, G_MAXINT, &v))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

gboolean
atlas_loader_parse_double (const char *text,
                           double     *value)
{
  return atlas_number_parse (text, value);
}

gboolean
atlas_loader_parse_enum (const char        *text,
                         const char *const *names,
                         int               *value)
{
  for (int i = 0; names[i]; i++)
    {
      if (strcmp (text, names[i]) == 0)
        {
          *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
atlas_loader_fail_enum (AtlasLoader        *self,
                        GError            **error,
                        const char         *attribute,
                        const char         *value,
                        const char *const  *names)
{
  g_autofree char *allowed = g_strjoinv (", ", (char **) names);

  fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
        "%s=“%s” is not one of: %s", attribute, value, allowed);
  return FALSE;
}

/* ---- Sections ---------------------------------------------------------- */

gboolean
atlas_loader_start_reference (AtlasLoader *self,
                              const char  *element,
                              const char **names,
                              const char **values,
                              GError     **error)
{
  const char *id, *author, *year, *title;
  AtlasReference *reference;
  int year_value;

  if (!collect (self, error, "reference", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "author", &author,
                G_MARKUP_COLLECT_STRING, "year", &year,
                G_MARKUP_COLLECT_STRING, "title", &title))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "reference", id, self->db->reference_by_id))
    return FALSE;
  if (!atlas_loader_parse_int (year, &year_value))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE, "year “%s” is not a number", year);
      return FALSE;
    }

  reference = g_new0 (AtlasReference, 1);
  reference->id = g_strdup (id);
  reference->author = g_strdup (author);
  reference->title = g_strdup (title);
  reference->year = year_value;
  g_ptr_array_add (self->db->references, reference);
  g_hash_table_insert (self->db->reference_by_id, reference->id, reference);
  return TRUE;
}

static gboolean
atlas_loader_load_diagram (AtlasLoader  *self,
                           const char   *path,
                           GError      **error)
{
  g_autoptr (GFile) parent = g_file_get_parent (self->file);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;

  file = atlas_read_resolve_inside (parent, path, &local_error);
  if (file != NULL)
    bytes = atlas_read_file (file, ATLAS_READ_MAX_DIAGRAM, &local_error);
  if (bytes == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DIAGRAM,
            "cannot read the diagram “%s”: %s", path, local_error->message);
      return FALSE;
    }

  self->view->diagram = atlas_diagram_new_from_bytes (bytes, path, &local_error);
  if (self->view->diagram == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_DIAGRAM,
            "the diagram of view “%s” is broken: %s", self->view->id, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
atlas_loader_start_view (AtlasLoader *self,
                         const char  *element,
                         const char **names,
                         const char **values,
                         GError     **error)
{
  static const char *const layers[] = { "superficial", "deep", NULL };
  static const char *const body_sides[] = { "left", "right", NULL };
  static const char *const drawn_sides[] = { "both", "left", "right", NULL };
  const char *id, *side, *layer, *file, *image_left, *sides;
  int layer_value, image_left_value = ATLAS_SIDE_RIGHT, sides_value = ATLAS_VIEW_BOTH_SIDES;

  if (!collect (self, error, "view", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "side", &side,
                G_MARKUP_COLLECT_STRING, "layer", &layer,
                G_MARKUP_COLLECT_STRING, "file", &file,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "image-left", &image_left,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "sides", &sides))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "view", id, self->db->view_by_id))
    return FALSE;
  if (!atlas_text_is_valid_id (side))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "side “%s” must use only a-z, 0-9 and “-”", side);
      return FALSE;
    }
  if (!atlas_loader_parse_enum (layer, layers, &layer_value))
    return atlas_loader_fail_enum (self, error, "layer", layer, layers);
  if (sides != NULL && !atlas_loader_parse_enum (sides, drawn_sides, &sides_value))
    return atlas_loader_fail_enum (self, error, "sides", sides, drawn_sides);
  /* Only a mirrored view needs to say which half of the image is which. */
  if (image_left == NULL && sides_value == ATLAS_VIEW_BOTH_SIDES)
    {
      fail (self, error, ATLAS_DATA_ERROR_MISSING_FIELD,
            "view “%s” draws both sides and needs image-left=“left” or “right”", id);
      return FALSE;
    }
  if (image_left != NULL && !atlas_loader_parse_enum (image_left, body_sides, &image_left_value))
    return atlas_loader_fail_enum (self, error, "image-left", image_left, body_sides);

  self->view = g_new0 (AtlasView, 1);
  self->view->id = g_strdup (id);
  self->view->side = g_strdup (side);
  self->view->layer = layer_value;
  self->view->image_left = image_left_value;
  self->view->sides = sides_value;

  return atlas_loader_load_diagram (self, file, error);
}

gboolean
atlas_loader_start_region (AtlasLoader *self,
                           const char  *element,
                           const char **names,
                           const char **values,
                           GError     **error)
{
  const char *id;
  gboolean sided;

  if (!collect (self, error, "region", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_BOOLEAN, "sided", &sided))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "region", id, self->db->region_by_id))
    return FALSE;

  self->region = g_new0 (AtlasRegion, 1);
  self->region->id = g_strdup (id);
  self->region->sided = sided;
  g_hash_table_insert (self->region_lines, self->region,
                       GINT_TO_POINTER (atlas_loader_current_line (self)));
  return TRUE;
}

gboolean
atlas_loader_start_condition (AtlasLoader *self,
                              const char  *element,
                              const char **names,
                              const char **values,
                              GError     **error)
{
  static const char *const levels[] = { "strong", "moderate", "limited", "expert-opinion", NULL };
  const char *id, *evidence;
  int evidence_value;

  if (!collect (self, error, "condition", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING, "evidence", &evidence))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "condition", id, self->db->condition_by_id))
    return FALSE;
  if (!atlas_loader_parse_enum (evidence, levels, &evidence_value))
    return atlas_loader_fail_enum (self, error, "evidence", evidence, levels);

  self->condition = g_new0 (AtlasCondition, 1);
  self->condition->id = g_strdup (id);
  self->condition->evidence = evidence_value;
  self->condition->synonyms = g_ptr_array_new_with_free_func (g_free);
  self->condition->references = g_ptr_array_new ();
  return TRUE;
}

gboolean
atlas_loader_start_muscle (AtlasLoader *self,
                           const char  *element,
                           const char **names,
                           const char **values,
                           GError     **error)
{
  static const char *const parts[] = {
    "head-neck", "shoulder-arm", "forearm-hand", "trunk", "hip-thigh", "leg-foot", NULL
  };
  const char *id, *body_part;
  int part_value = -1;

  if (!collect (self, error, "muscle", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "body-part", &body_part))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "muscle", id, self->db->muscle_by_id))
    return FALSE;
  if (body_part != NULL && !atlas_loader_parse_enum (body_part, parts, &part_value))
    return atlas_loader_fail_enum (self, error, "body-part", body_part, parts);

  self->muscle = atlas_muscle_new (id);
  self->muscle->body_part = part_value + 1;
  self->muscle->line = atlas_loader_current_line (self);
  g_hash_table_remove_all (self->point_ids);
  return TRUE;
}

gboolean
atlas_loader_start_trigger_point (AtlasLoader *self,
                                  const char  *element,
                                  const char **names,
                                  const char **values,
                                  GError     **error)
{
  const char *id;

  if (!collect (self, error, "trigger-point", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id))
    return FALSE;

  if (!atlas_loader_check_id (self, error, "trigger-point", id, self->point_ids))
    return FALSE;

  self->point = g_new0 (AtlasTriggerPoint, 1);
  self->point->id = g_strdup (id);
  self->point->marks = g_ptr_array_new_with_free_func (g_free);
  self->point->essential = g_ptr_array_new ();
  self->point->spillover = g_ptr_array_new ();
  g_hash_table_add (self->point_ids, self->point->id);
  return TRUE;
}

gboolean
atlas_loader_start_mark (AtlasLoader *self,
                         const char  *element,
                         const char **names,
                         const char **values,
                         GError     **error)
{
  const char      *view_id, *xs, *ys, *needle_text;
  const AtlasView *view;
  AtlasMark *mark;
  double           x, y, width, height, needle = 0;

  if (!collect (self, error, "mark", names, values,
                G_MARKUP_COLLECT_STRING, "view", &view_id,
                G_MARKUP_COLLECT_STRING, "x", &xs,
                G_MARKUP_COLLECT_STRING, "y", &ys,
                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "needle", &needle_text))
    return FALSE;

  view = atlas_database_get_view (self->db, view_id);
  if (view == NULL)
    {
      fail (self, error, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown view “%s”", view_id);
      return FALSE;
    }
  if (!atlas_loader_parse_double (xs, &x) || !atlas_loader_parse_double (ys, &y))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "mark position (%s, %s) is not a pair of numbers", xs, ys);
      return FALSE;
    }

  width = atlas_diagram_get_width (view->diagram);
  height = atlas_diagram_get_height (view->diagram);
  if (x < 0 || y < 0 || x > width || y > height)
    {
      fail (self, error, ATLAS_DATA_ERROR_OUT_OF_BOUNDS,
            "trigger point “%s” of “%s” is placed at (%g, %g), outside view “%s” (%g × %g)",
            self->point->id, self->muscle->id, x, y, view_id, width, height);
      return FALSE;
    }

  /* One turn, each direction once: 360 would be a second name for 0. */
  if (needle_text != NULL && (!atlas_loader_parse_double (needle_text, &needle) || needle < 0 ||
                              needle >= 360))
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "needle direction “%s” of trigger point “%s” is not a number of degrees from 0 to "
            "under 360",
            needle_text, self->point->id);
      return FALSE;
    }

  mark = g_new0 (AtlasMark, 1);
  mark->view = view;
  mark->x = x;
  mark->y = y;
  mark->has_needle = needle_text != NULL;
  mark->needle = needle;
  g_ptr_array_add (self->point->marks, mark);
  g_hash_table_insert (self->mark_lines, mark, GINT_TO_POINTER (atlas_loader_current_line (self)));
  return TRUE;
}

/* Adds the regions of a comma-separated id list to @into, each once. @owner
 * starts the message for an unknown id ("red flag “heart” names"). */
gboolean
atlas_loader_add_regions (AtlasLoader  *self,
                          const char   *list,
                          const char   *owner,
                          GPtrArray    *into,
                          GError      **error)
{
  g_auto (GStrv) ids = g_strsplit (list, ",", -1);

  for (int i = 0; ids[i]; i++)
    {
      const AtlasRegion *region;

      g_strstrip (ids[i]);
      if (*ids[i] == '\0')
        continue;
      region = atlas_database_get_region (self->db, ids[i]);
      if (region == NULL)
        {
          fail (self, error, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "%s unknown region “%s”", owner,
                ids[i]);
          return FALSE;
        }
      if (!g_ptr_array_find (into, region, NULL))
        g_ptr_array_add (into, (gpointer) region);
    }
  return TRUE;
}

gboolean
atlas_loader_start_zone (AtlasLoader  *self,
                         const char   *element,
                         const char  **names,
                         const char  **values,
                         GError      **error)
{
  GPtrArray *zone = element_is (element, "essential") ? self->point->essential
                                                      : self->point->spillover;
  g_autofree char *owner = NULL;
  const char *list;

  if (!collect (self, error, element, names, values,
                G_MARKUP_COLLECT_STRING, "regions", &list))
    return FALSE;

  owner = g_strdup_printf ("trigger point “%s” of “%s” refers to", self->point->id,
                           self->muscle->id);
  return atlas_loader_add_regions (self, list, owner, zone, error);
}

gboolean
atlas_loader_start_reference_link (AtlasLoader  *self,
                                   const char   *element,
                                   const char  **names,
                                   const char  **values,
                                   GError      **error)
{
  const char *ref;

  if (!collect (self, error, element, names, values,
                G_MARKUP_COLLECT_STRING, "ref", &ref))
    return FALSE;

  if (element_is (element, "cite"))
    {
      AtlasReference *reference = g_hash_table_lookup (self->db->reference_by_id, ref);
      GPtrArray *target = self->muscle ? self->muscle->references : self->condition->references;

      if (reference == NULL)
        {
          fail (self, error, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown reference “%s”", ref);
          return FALSE;
        }
      g_ptr_array_add (target, reference);
    }
  else
    {
      AtlasCondition *condition = g_hash_table_lookup (self->db->condition_by_id, ref);

      if (condition == NULL)
        {
          fail (self, error, ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
                "muscle “%s” names unknown condition “%s”", self->muscle->id, ref);
          return FALSE;
        }
      g_ptr_array_add (self->muscle->conditions, condition);
    }

  return TRUE;
}

gboolean
atlas_loader_start_safety (AtlasLoader *self,
                           const char  *element,
                           const char **names,
                           const char **values,
                           GError     **error)
{
  static const char *const risks[] = { "low", "moderate", "high", NULL };
  const char *risk;
  int risk_value;

  if (!collect (self, error, "safety", names, values,
                G_MARKUP_COLLECT_STRING, "risk", &risk))
    return FALSE;
  if (!atlas_loader_parse_enum (risk, risks, &risk_value))
    return atlas_loader_fail_enum (self, error, "risk", risk, risks);

  self->safety = g_new0 (AtlasSafetyNote, 1);
  self->safety->risk = risk_value;
  return TRUE;
}

gboolean
atlas_loader_start_depth (AtlasLoader *self,
                          const char  *element,
                          const char **names,
                          const char **values,
                          GError     **error)
{
  const char *min, *max;
  int min_value, max_value;

  if (!collect (self, error, "depth", names, values,
                G_MARKUP_COLLECT_STRING, "min-mm", &min,
                G_MARKUP_COLLECT_STRING, "max-mm", &max))
    return FALSE;

  if (!atlas_loader_parse_int (min, &min_value) || !atlas_loader_parse_int (max, &max_value) ||
      min_value < 0 || max_value < min_value || max_value > ATLAS_MAX_DEPTH_MM)
    {
      fail (self, error, ATLAS_DATA_ERROR_INVALID_VALUE,
            "depth %s–%s mm is not a range of whole millimetres from 0 to %d", min, max,
            ATLAS_MAX_DEPTH_MM);
      return FALSE;
    }

  self->muscle->needling->depth_min_mm = min_value;
  self->muscle->needling->depth_max_mm = max_value;
  self->seen_depth = TRUE;
  return TRUE;
}

gboolean
atlas_loader_start_topic (AtlasLoader *self,
                          const char  *element,
                          const char **names,
                          const char **values,
                          GError     **error)
{
  const char *id;

  if (!collect (self, error, "topic", names, values,
                G_MARKUP_COLLECT_STRING, "id", &id))
    return FALSE;
  if (!atlas_loader_check_id (self, error, "topic", id, self->topic_ids))
    return FALSE;

  self->topic = g_new0 (AtlasTopic, 1);
  self->topic->id = g_strdup (id);
  self->topic->paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_add (self->topic_ids, self->topic->id);
  return TRUE;
}

gboolean
atlas_loader_start_root (AtlasLoader  *self,
                         const char   *element,
                         const char  **names,
                         const char  **values,
                         GError      **error)
{
  const char *format;
  int version;

  if (!element_is (element, "atlas"))
    {
      fail (self, error, ATLAS_DATA_ERROR_FORMAT,
            "the root element is <%s>; an atlas data file starts with <atlas>", element);
      return FALSE;
    }
  if (!collect (self, error, element, names, values,
                G_MARKUP_COLLECT_STRING, "format", &format))
    return FALSE;
  if (!atlas_loader_parse_int (format, &version) || version < 1)
    {
      fail (self, error, ATLAS_DATA_ERROR_FORMAT, "format “%s” is not a version number", format);
      return FALSE;
    }
  if (version > ATLAS_FORMAT_VERSION)
    {
      fail (self, error, ATLAS_DATA_ERROR_FORMAT,
            "format %d is newer than this version of the atlas understands (%d)",
            version, ATLAS_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}
