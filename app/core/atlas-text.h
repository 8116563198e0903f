/* atlas-text.h: text helpers shared by the loader and the queries.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower-cased, accents removed, for comparisons that a user would expect to
 * ignore both ("Psóas" matches "psoas"). */
char    *atlas_text_fold            (const char *text);
/* Runs of white space as one space, trimmed: what xgettext does to msgids. */
char    *atlas_text_collapse_space  (const char *text);
/* Does @id consist of a-z, 0-9 and '-' only, and not start with '-'? */
gboolean atlas_text_is_valid_id     (const char *id);

/* The line GMarkup is on, counting a tag that ends a line as on that line.
 * GMarkup reports positions after moving onto the next character, which for a
 * tag at the end of a line is the newline, already counted as the next line. */
int      atlas_text_markup_line     (GMarkupParseContext *context);

/* Feeds all of @data (@size bytes, NULL if 0) to @context and ends the parse.
 * A NUL byte, at which GMarkup would silently stop, is refused first. On
 * failure returns FALSE with @error either as one of @context's handlers set
 * it, or in G_MARKUP_ERROR for the input's own faults (the NUL, GMarkup's
 * syntax errors): then *@line is set and its message is made for a
 * "FILE:LINE: " prefix: without GMarkup's own "Error on line N char M: " and
 * with any raw bytes of the input it quotes made valid UTF-8. @kind is what
 * the file should be, for the NUL's message: "a plan". */
gboolean atlas_text_markup_parse_all (GMarkupParseContext  *context,
                                      const char           *data,
                                      gsize                 size,
                                      const char           *kind,
                                      int                  *line,
                                      GError              **error);

/* The character at @p for a message: “x” if it is a printable UTF-8 character,
 * else “U+000A” or “byte 0xFF”, never a lone byte of a multi-byte character. */
char    *atlas_text_describe_char   (const char *p);

/* Messages quote the input, which may be any length: a dialog showing a
 * 40 kB viewBox froze the window. Longer than this, the middle is cut. */
#define ATLAS_TEXT_MAX_MESSAGE 600

/* @text, or if it has more than @max_chars characters, its start and its end
 * with " … " between (the end keeps what is wrong, the start the FILE:LINE). */
char    *atlas_text_shorten         (const char *text,
                                     glong       max_chars);

/* The first @max_chars characters of @text (all of it if shorter). Unlike
 * g_utf8_substring(), never reads past the end of a shorter string. */
char    *atlas_text_truncate        (const char *text,
                                     glong       max_chars);

G_END_DECLS
