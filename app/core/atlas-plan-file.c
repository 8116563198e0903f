/* atlas-plan-file.c: the plan file, read and written.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan is a small XML file, read with GMarkup like the data file so that
 * every problem has a line to point at. Everything in it is untrusted: ids are
 * looked up, never used as indices; counts and lengths are bounded.
 */

#include "config.h"

#include <string.h>

#include "atlas-plan-private.h"
#include "atlas-text.h"

typedef struct {
  AtlasPlan *plan;
  const char *display_name;
  GMarkupParseContext *context;
  GPtrArray *warnings;
  GString *text;
  gboolean seen_root;
  gboolean seen_session;
  gboolean seen_screening;
  gboolean seen_sites;
  /* The site whose <note> is being read; NULL for an unknown site. */
  int site;
  AtlasPlanUnknownSite *unknown;
} PlanReader;

static int
current_line (PlanReader *self)
{
  return atlas_text_markup_line (self->context);
}

G_GNUC_PRINTF (4, 5)
static void
fail (PlanReader  *self,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ATLAS_PLAN_ERROR, code, "%s:%d: %s", self->display_name,
               current_line (self), message);
}

G_GNUC_PRINTF (2, 3)
static void
warn (PlanReader *self,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (self->warnings != NULL)
    g_ptr_array_add (self->warnings, g_strdup_printf ("%s:%d: %s", self->display_name,
                                                      current_line (self), message));
}

/* @local_error is read after @ok is computed: the argument order of a call
 * is unspecified, so it is passed by address. */
static gboolean
collect (PlanReader   *self,
         GError      **error,
         gboolean      ok,
         GError      **local_error)
{
  if (ok)
    return TRUE;
  fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "%s", (*local_error)->message);
  g_clear_error (local_error);
  return FALSE;
}

static gboolean
parse_yes_no (PlanReader  *self,
              const char  *attribute,
              const char  *value,
              gboolean    *result,
              GError     **error)
{
  if (g_strcmp0 (value, "yes") == 0 || g_strcmp0 (value, "no") == 0)
    {
      *result = value[0] == 'y';
      return TRUE;
    }
  fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "%s=“%s” must be “yes” or “no”", attribute,
        value);
  return FALSE;
}

static void
start_root (PlanReader   *self,
            const char   *element,
            const char  **names,
            const char  **values,
            GError      **error)
{
  GError *local_error = NULL;
  const char *format = NULL;
  gint64 version;

  if (strcmp (element, "plan") != 0)
    {
      fail (self, error, ATLAS_PLAN_ERROR_NOT_A_PLAN,
            "this is not a plan file: it starts with <%s>, not <plan>", element);
      return;
    }
  if (!collect (self, error,
                g_markup_collect_attributes (element, names, values, &local_error,
                                             G_MARKUP_COLLECT_STRING, "format", &format,
                                             G_MARKUP_COLLECT_INVALID),
                &local_error))
    return;
  if (!g_ascii_string_to_signed (format, 10, 1, G_MAXINT, &version, NULL))
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
            "format=“%s” must be a whole number from 1", format);
      return;
    }
  if (version > ATLAS_PLAN_FORMAT_VERSION)
    fail (self, error, ATLAS_PLAN_ERROR_NEWER_FORMAT,
          "the plan has format %" G_GINT64_FORMAT ", newer than this program reads (%d): "
          "update Trigger Point Atlas", version, ATLAS_PLAN_FORMAT_VERSION);
}

static void
start_session (PlanReader   *self,
               const char   *element,
               const char  **names,
               const char  **values,
               GError      **error)
{
  GError *local_error = NULL;
  const char *date = NULL, *patient = NULL;

  if (self->seen_session)
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "<session> is given twice");
      return;
    }
  self->seen_session = TRUE;
  if (!collect (self, error,
                g_markup_collect_attributes (element, names, values, &local_error,
                                             G_MARKUP_COLLECT_STRING, "date", &date,
                                             G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                             "patient", &patient,
                                             G_MARKUP_COLLECT_INVALID),
                &local_error))
    return;
  if (!atlas_plan_date_is_valid (date))
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
            "date=“%s” is not a date written YYYY-MM-DD", date);
      return;
    }
  g_free (self->plan->date);
  self->plan->date = g_strdup (date);
  if (patient != NULL)
    {
      if (g_utf8_strlen (patient, -1) > ATLAS_PLAN_MAX_TEXT)
        {
          fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "patient=“…” is too long");
          return;
        }
      g_free (self->plan->patient);
      self->plan->patient = g_strdup (patient);
    }
}

static void
start_painful (PlanReader   *self,
               const char   *element,
               const char  **names,
               const char  **values,
               GError      **error)
{
  GError *local_error = NULL;
  const char *list = NULL;
  g_auto (GStrv) items = NULL;

  if (!collect (self, error,
                g_markup_collect_attributes (element, names, values, &local_error,
                                             G_MARKUP_COLLECT_STRING, "regions", &list,
                                             G_MARKUP_COLLECT_INVALID),
                &local_error))
    return;

  items = g_strsplit (list, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr (GError) area_error = NULL;
      AtlasPainArea area;

      if (*items[i] == '\0')
        continue;
      if (self->plan->painful->len >= 2 * atlas_database_get_regions (self->plan->db)->len)
        {
          fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "too many painful regions");
          return;
        }
      /* A region an older atlas had is not worth refusing the plan for. */
      if (atlas_pain_area_parse (self->plan->db, items[i], &area, &area_error))
        g_array_append_val (self->plan->painful, area);
      else
        warn (self, "painful region left out: %s", area_error->message);
    }
}

static void
start_answer (PlanReader   *self,
              const char   *element,
              const char  **names,
              const char  **values,
              GError      **error)
{
  GError *local_error = NULL;
  const char *item_id = NULL, *value = NULL, *where = NULL;
  const AtlasScreeningItem *item;
  AtlasAnswerValue answer;
  g_auto (GStrv) entries = NULL;

  if (!collect (self, error,
                g_markup_collect_attributes (element, names, values, &local_error,
                                             G_MARKUP_COLLECT_STRING, "item", &item_id,
                                             G_MARKUP_COLLECT_STRING, "value", &value,
                                             G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                             "where", &where,
                                             G_MARKUP_COLLECT_INVALID),
                &local_error))
    return;
  if (!atlas_answer_from_string (value, &answer) || answer == ATLAS_ANSWER_UNANSWERED)
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
            "value=“%s” must be “yes” or “no”", value);
      return;
    }
  item = atlas_database_get_screening_item (self->plan->db, item_id);
  if (item == NULL)
    {
      warn (self, "the screening item “%s” is not in this atlas; its answer is left out",
            item_id);
      return;
    }
  if (g_hash_table_contains (self->plan->answers, item_id))
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "“%s” is answered twice", item_id);
      return;
    }
  if (where != NULL)
    {
      entries = g_strsplit (where, ",", -1);
      if (g_strv_length (entries) > 2 * atlas_database_get_regions (self->plan->db)->len)
        {
          fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "where=“…” names too many places");
          return;
        }
      for (guint i = 0; entries[i] != NULL; i++)
        {
          g_autoptr (GError) where_error = NULL;

          if (!atlas_screening_check_where (self->plan->db, item, entries[i], &where_error))
            {
              fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "where=“%s”: %s", where,
                    where_error->message);
              return;
            }
        }
    }
  atlas_plan_set_answer (self->plan, item_id, answer, (const char * const *) entries);
}

static void
start_site (PlanReader   *self,
            const char   *element,
            const char  **names,
            const char  **values,
            GError      **error)
{
  GError *local_error = NULL;
  const char *muscle_id = NULL, *point_id = NULL, *side_name = NULL, *done_name = NULL;
  AtlasMuscle *muscle;
  const AtlasTriggerPoint *point = NULL;
  AtlasSide side;
  gboolean done = FALSE;
  GPtrArray *points;

  if (!collect (self, error,
                g_markup_collect_attributes (element, names, values, &local_error,
                                             G_MARKUP_COLLECT_STRING, "muscle", &muscle_id,
                                             G_MARKUP_COLLECT_STRING, "point", &point_id,
                                             G_MARKUP_COLLECT_STRING, "side", &side_name,
                                             G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                             "done", &done_name,
                                             G_MARKUP_COLLECT_INVALID),
                &local_error))
    return;
  if (!atlas_side_from_string (side_name, &side))
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
            "side=“%s” must be “left” or “right”", side_name);
      return;
    }
  if (done_name != NULL && !parse_yes_no (self, "done", done_name, &done, error))
    return;
  if (self->plan->sites->len + self->plan->unknown_sites->len >= ATLAS_PLAN_MAX_SITES)
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "a plan has at most %d sites",
            ATLAS_PLAN_MAX_SITES);
      return;
    }

  muscle = atlas_database_get_muscle (self->plan->db, muscle_id);
  points = muscle != NULL ? atlas_muscle_get_trigger_points (muscle) : NULL;
  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      const AtlasTriggerPoint *candidate = g_ptr_array_index (points, i);

      if (g_str_equal (candidate->id, point_id))
        point = candidate;
    }

  if (point == NULL)
    {
      /* Kept, not dropped: a plan from another atlas version must survive a
       * save in this one. */
      AtlasPlanUnknownSite *unknown = g_new0 (AtlasPlanUnknownSite, 1);

      if (muscle == NULL)
        warn (self, "the muscle “%s” is not in this atlas; the site is kept in the file but "
              "not shown", muscle_id);
      else
        warn (self, "the muscle “%s” has no trigger point “%s” in this atlas; the site is kept "
              "in the file but not shown", muscle_id, point_id);
      unknown->muscle_id = g_strdup (muscle_id);
      unknown->point_id = g_strdup (point_id);
      unknown->side = g_strdup (side_name);
      unknown->note = g_strdup ("");
      unknown->done = done;
      g_ptr_array_add (self->plan->unknown_sites, unknown);
      self->unknown = unknown;
      self->site = -1;
      return;
    }

  if (atlas_plan_find_site (self->plan, muscle, point, side) >= 0)
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE, "the site %s %s (%s) is listed twice",
            muscle_id, point_id, side_name);
      return;
    }
  self->site = atlas_plan_insert_site (self->plan, muscle, point, side, NULL, done);
  self->unknown = NULL;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  PlanReader *self = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : "";

  g_string_truncate (self->text, 0);

  if (!self->seen_root)
    {
      self->seen_root = TRUE;
      start_root (self, element, names, values, error);
    }
  else if (g_str_equal (parent, "plan") && g_str_equal (element, "session"))
    start_session (self, element, names, values, error);
  else if (g_str_equal (parent, "session") && g_str_equal (element, "painful"))
    start_painful (self, element, names, values, error);
  else if (g_str_equal (parent, "session") && g_str_equal (element, "notes"))
    return;
  else if (g_str_equal (parent, "plan") && g_str_equal (element, "screening") &&
           !self->seen_screening)
    self->seen_screening = TRUE;
  else if (g_str_equal (parent, "screening") && g_str_equal (element, "answer"))
    start_answer (self, element, names, values, error);
  else if (g_str_equal (parent, "plan") && g_str_equal (element, "sites") && !self->seen_sites)
    self->seen_sites = TRUE;
  else if (g_str_equal (parent, "sites") && g_str_equal (element, "site"))
    start_site (self, element, names, values, error);
  else if (g_str_equal (parent, "site") && g_str_equal (element, "note"))
    return;
  else
    fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
          "unexpected element <%s> inside <%s>", element, parent);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  PlanReader *self = user_data;
  char **slot = NULL;

  if (g_str_equal (element, "notes"))
    slot = &self->plan->notes;
  else if (g_str_equal (element, "note") && self->unknown != NULL)
    slot = &self->unknown->note;
  else if (g_str_equal (element, "note") && self->site >= 0)
    slot = &((AtlasPlanSite *) g_ptr_array_index (self->plan->sites, self->site))->note;
  else if (g_str_equal (element, "plan") && !self->seen_session)
    fail (self, error, ATLAS_PLAN_ERROR_NOT_A_PLAN, "the plan has no <session>");

  if (slot != NULL)
    {
      if (g_utf8_strlen (self->text->str, -1) > ATLAS_PLAN_MAX_TEXT)
        {
          fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
                "<%s> is longer than %d characters", element, ATLAS_PLAN_MAX_TEXT);
          return;
        }
      g_free (*slot);
      *slot = g_strdup (self->text->str);
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  PlanReader *self = user_data;
  const char *element = g_markup_parse_context_get_element (context);

  /* Only notes hold text; bounded so a hostile file cannot grow it. */
  if (element == NULL || (!g_str_equal (element, "note") && !g_str_equal (element, "notes")))
    return;
  if (self->text->len + len > (gsize) ATLAS_PLAN_MAX_TEXT * 4)
    {
      fail (self, error, ATLAS_PLAN_ERROR_INVALID_VALUE,
            "<%s> is longer than %d characters", element, ATLAS_PLAN_MAX_TEXT);
      return;
    }
  g_string_append_len (self->text, text, len);
}

static const GMarkupParser plan_parser = {
  .start_element = start_element,
  .end_element = end_element,
  .text = text,
};

AtlasPlan *
atlas_plan_parse_bytes (AtlasDatabase  *db,
                        const char     *data,
                        gsize           len,
                        const char     *display_name,
                        GPtrArray      *warnings,
                        GError        **error)
{
  g_autoptr (AtlasPlan) plan = NULL;
  g_autoptr (GError) local_error = NULL;
  PlanReader self = { 0 };
  gboolean ok;
  int line = 0;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (display_name == NULL)
    display_name = "plan";
  if (len > ATLAS_PLAN_MAX_BYTES)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_TOO_LARGE,
                   "%s:1: the file is larger than a plan can be (%d bytes)", display_name,
                   ATLAS_PLAN_MAX_BYTES);
      return NULL;
    }

  plan = atlas_plan_new (db);
  self.plan = plan;
  self.display_name = display_name;
  self.warnings = warnings;
  self.text = g_string_new (NULL);
  self.site = -1;
  self.context = g_markup_parse_context_new (&plan_parser, 0, &self, NULL);

  ok = atlas_text_markup_parse_all (self.context, data, len, "a plan", &line, &local_error);
  if (ok && !self.seen_root)
    {
      ok = FALSE;
      local_error = g_error_new (ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_PARSE,
                                 "%s:1: the file is empty", display_name);
    }

  if (!ok)
    {
      /* The input's own faults (a NUL, truncated, not XML) carry no file name. */
      if (local_error->domain == G_MARKUP_ERROR)
        g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_PARSE, "%s:%d: %s", display_name,
                     line, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      g_clear_object (&plan);
    }

  g_markup_parse_context_free (self.context);
  g_string_free (self.text, TRUE);
  if (plan != NULL)
    atlas_plan_set_modified (plan, FALSE);
  return g_steal_pointer (&plan);
}

AtlasPlan *
atlas_plan_load (AtlasDatabase  *db,
                 GFile          *file,
                 GPtrArray      *warnings,
                 GError        **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Checked before opening: opening a pipe would wait for a writer. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_READ, "%s: cannot read the file: %s",
                   name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_NOT_REGULAR,
                   "%s: not a plan file: it is not a regular file", name);
      return NULL;
    }
  if (g_file_info_get_size (info) > ATLAS_PLAN_MAX_BYTES)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_TOO_LARGE,
                   "%s: the file is larger than a plan can be (%d bytes)", name,
                   ATLAS_PLAN_MAX_BYTES);
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  buffer = g_malloc (ATLAS_PLAN_MAX_BYTES + 1);
  /* One byte more than allowed: a file that grew since the check is caught. */
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, ATLAS_PLAN_MAX_BYTES + 1,
                                &length, NULL, &local_error))
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_READ, "%s: cannot read the file: %s",
                   name, local_error->message);
      return NULL;
    }
  return atlas_plan_parse_bytes (db, buffer, length, name, warnings, error);
}

/* ---- Writing -------------------------------------------------------------------- */

static void
append_escaped (GString    *out,
                const char *format,
                ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (out, text);
}

static void
append_site (GString    *out,
             const char *muscle_id,
             const char *point_id,
             const char *side,
             gboolean    done,
             const char *note)
{
  append_escaped (out, "    <site muscle=\"%s\" point=\"%s\" side=\"%s\" done=\"%s\"",
                  muscle_id, point_id, side, done ? "yes" : "no");
  if (*note != '\0')
    append_escaped (out, ">\n      <note>%s</note>\n    </site>\n", note);
  else
    g_string_append (out, "/>\n");
}

char *
atlas_plan_serialize (AtlasPlan *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (ATLAS_IS_PLAN (self), NULL);

  g_string_append_printf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!-- A Trigger Point Atlas session plan -->\n"
                               "<plan format=\"%d\">\n", ATLAS_PLAN_FORMAT_VERSION);
  append_escaped (out, "  <session date=\"%s\"", self->date);
  if (*self->patient != '\0')
    append_escaped (out, " patient=\"%s\"", self->patient);
  g_string_append (out, ">\n");
  if (self->painful->len > 0)
    {
      g_string_append (out, "    <painful regions=\"");
      for (guint i = 0; i < self->painful->len; i++)
        {
          const AtlasPainArea *area = &g_array_index (self->painful, AtlasPainArea, i);

          g_string_append_printf (out, "%s%s", i > 0 ? "," : "", area->region->id);
          if (area->region->sided)
            g_string_append_printf (out, ":%s", atlas_side_to_string (area->side));
        }
      g_string_append (out, "\"/>\n");
    }
  if (*self->notes != '\0')
    append_escaped (out, "    <notes>%s</notes>\n", self->notes);
  g_string_append (out, "  </session>\n  <screening>\n");

  /* In the data file's order, so that saving twice gives the same file. */
  for (guint i = 0; i < atlas_database_get_screening_items (self->db)->len; i++)
    {
      const AtlasScreeningItem *item =
        g_ptr_array_index (atlas_database_get_screening_items (self->db), i);
      const AtlasScreeningAnswer *answer = g_hash_table_lookup (self->answers, item->id);

      if (answer == NULL)
        continue;
      append_escaped (out, "    <answer item=\"%s\" value=\"%s\"", item->id,
                      atlas_answer_to_string (answer->value));
      if (answer->where != NULL)
        {
          g_autofree char *where = g_strjoinv (",", answer->where);

          append_escaped (out, " where=\"%s\"", where);
        }
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "  </screening>\n  <sites>\n");

  for (guint i = 0; i < self->sites->len; i++)
    {
      const AtlasPlanSite *site = g_ptr_array_index (self->sites, i);

      append_site (out, atlas_muscle_get_id (site->muscle), site->point->id,
                   atlas_side_to_string (site->side), site->done, site->note);
    }
  for (guint i = 0; i < self->unknown_sites->len; i++)
    {
      const AtlasPlanUnknownSite *site = g_ptr_array_index (self->unknown_sites, i);

      append_site (out, site->muscle_id, site->point_id, site->side, site->done, site->note);
    }
  g_string_append (out, "  </sites>\n</plan>\n");
  return g_string_free (out, FALSE);
}

gboolean
atlas_plan_save (AtlasPlan  *self,
                 GFile      *file,
                 GError    **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *contents = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (ATLAS_IS_PLAN (self), FALSE);

  if (path == NULL)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_WRITE,
                   "%s: plans are saved on this computer only", name);
      return FALSE;
    }

  contents = atlas_plan_serialize (self);
  /* A temporary file in the same folder, flushed, then renamed over the old
   * one; readable by the user only, since it is about a patient. */
  if (!g_file_set_contents_full (path, contents, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_WRITE, "%s: cannot save: %s", name,
                   local_error->message);
      return FALSE;
    }
  atlas_plan_set_modified (self, FALSE);
  return TRUE;
}
