/* atlas-number.h: the one strict reader for numbers from data files and diagrams.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * strtod() reads far more than a data file means: "inf", "nan", hex ("0x10"),
 * and it turns 1e-400 into 0 and 1e400 into infinity. Everything the loader,
 * the diagram reader and the path parser read as a number goes through here
 * instead: plain decimal, finite, and not so small that it silently became 0.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longer tokens are refused rather than truncated: no real coordinate needs
 * more digits, and the scan works in a fixed buffer. */
#define ATLAS_NUMBER_MAX_LENGTH 63

/* Reads the decimal number at the start of @text ([+-]digits[.digits][e[+-]digits],
 * no leading space) and sets @end after it. An exponent letter without digits
 * after it is not part of the number. FALSE if there is none, or if it is out of
 * range (not finite, or a non-zero value that underflows to 0). */
gboolean atlas_number_scan      (const char  *text,
                                 const char **end,
                                 double      *value);
/* The whole of @text is one such number. */
gboolean atlas_number_parse     (const char  *text,
                                 double      *value);
/* The whole of @text is a decimal integer ([+-]digits) in [@min, @max]. */
gboolean atlas_number_parse_int (const char  *text,
                                 gint64       min,
                                 gint64       max,
                                 gint64      *value);

G_END_DECLS
