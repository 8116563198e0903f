/* atlas-text.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-text.h"

char *
atlas_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr (GString) stripped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  /* NFKD splits "ó" into "o" and a combining accent, which is then dropped. */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_new (NULL);
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      g_string_append_unichar (stripped, c);
    }

  return g_utf8_casefold (stripped->str, stripped->len);
}

char *
atlas_text_collapse_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

gboolean
atlas_text_is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || *id == '-')
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

int
atlas_text_markup_line (GMarkupParseContext *context)
{
  int line = 0;
  int column = 0;

  g_markup_parse_context_get_position (context, &line, &column);
  /* Column 1 is only ever reported while standing on a newline. */
  if (column == 1 && line > 1)
    line--;
  return line;
}

/* GMarkup's message for @error without its own "Error on line N char M: "
 * and with any raw bytes of the input it quotes made valid UTF-8. */
static char *
markup_message (const GError *error)
{
  /* GLib translates the prefix ("Error on line %d char %d: %s"): match what
   * comes before its first number, then drop up to the ": " after it. */
  const char *format = g_dgettext ("glib20", "Error on line %d char %d: %s");
  const char *number = strstr (format, "%d");
  const char *message = error->message;

  if (number != NULL && number > format &&
      strncmp (message, format, number - format) == 0)
    {
      const char *rest = strstr (message + (number - format), ": ");

      if (rest != NULL)
        message = rest + 2;
    }

  return g_utf8_make_valid (message, -1);
}

/* The line of @p inside @data. */
static int
line_of (const char *data,
         const char *p)
{
  int line = 1;

  for (const char *q = data; q < p; q++)
    line += *q == '\n';
  return line;
}

/* GMarkup reports invalid UTF-8 inside a CDATA section (read as text) and
 * then goes on parsing, so the next error a handler sets lands on top of its
 * own (GLib 2.74): the whole input is checked before GMarkup sees it. */
static gboolean
check_bytes (const char  *data,
             gsize        size,
             const char  *kind,
             int         *line,
             GError     **error)
{
  const char *end = NULL;
  const char *nul = memchr (data, '\0', size);

  if (nul != NULL)
    {
      *line = line_of (data, nul);
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE,
                   "the file contains a NUL byte, which cannot be in %s", kind);
      return FALSE;
    }
  if (!g_utf8_validate_len (data, size, &end))
    {
      *line = line_of (data, end);
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8,
                   "Invalid UTF-8 encoded text (byte 0x%02X); %s is UTF-8 text",
                   (guint) (guchar) *end, kind);
      return FALSE;
    }
  return TRUE;
}

gboolean
atlas_text_markup_parse_all (GMarkupParseContext  *context,
                             const char           *data,
                             gsize                 size,
                             const char           *kind,
                             int                  *line,
                             GError              **error)
{
  g_autoptr (GError) local_error = NULL;

  if (size > 0 && !check_bytes (data, size, kind, line, error))
    return FALSE;
  if (g_markup_parse_context_parse (context, size > 0 ? data : "", size, &local_error) &&
      g_markup_parse_context_end_parse (context, &local_error))
    return TRUE;

  if (local_error->domain == G_MARKUP_ERROR)
    {
      g_autofree char *message = markup_message (local_error);

      *line = atlas_text_markup_line (context);
      g_set_error_literal (error, G_MARKUP_ERROR, local_error->code, message);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

char *
atlas_text_describe_char (const char *p)
{
  gssize length = 0;
  gunichar c;

  if (*p == '\0')
    return g_strdup ("the end");
  /* A UTF-8 character is at most 4 bytes; do not read past the string's end. */
  while (length < 4 && p[length] != '\0')
    length++;
  c = g_utf8_get_char_validated (p, length);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf ("byte 0x%02X", (guint) (guchar) *p);
  if (!g_unichar_isprint (c))
    return g_strdup_printf ("U+%04X", c);
  return g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);
}

char *
atlas_text_shorten (const char *text,
                    glong       max_chars)
{
  glong length = g_utf8_strlen (text, -1);
  glong head = max_chars * 3 / 5;
  glong tail = max_chars - head;
  const char *head_end, *tail_start;

  if (length <= max_chars)
    return g_strdup (text);

  head_end = g_utf8_offset_to_pointer (text, head);
  tail_start = g_utf8_offset_to_pointer (text, length - tail);
  return g_strdup_printf ("%.*s … %s", (int) (head_end - text), text, tail_start);
}

char *
atlas_text_truncate (const char *text,
                     glong       max_chars)
{
  const char *end = text;

  /* g_utf8_find_next_char() stops at the NUL even inside a broken sequence. */
  for (glong i = 0; i < max_chars && *end != '\0'; i++)
    end = g_utf8_find_next_char (end, NULL);
  return g_strndup (text, end - text);
}
