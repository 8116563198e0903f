/* atlas-text.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
