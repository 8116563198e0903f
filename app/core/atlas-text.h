/* atlas-text.h: text helpers shared by the loader and the queries. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower-cased, accents removed, for comparisons that a user would expect to
 * ignore both ("Ilio-psóas" matches "iliopsoas"). */
char    *atlas_text_fold            (const char *text);
/* Runs of white space as one space, trimmed: what xgettext does to msgids. */
char    *atlas_text_collapse_space  (const char *text);
/* Does @id consist of a-z, 0-9 and '-' only, and not start with '-'? */
gboolean atlas_text_is_valid_id     (const char *id);

/* The line GMarkup is on, counting a tag that ends a line as on that line.
 * GMarkup reports positions after moving onto the next character, which for a
 * tag at the end of a line is the newline, already counted as the next line. */
int      atlas_text_markup_line     (GMarkupParseContext *context);

G_END_DECLS
