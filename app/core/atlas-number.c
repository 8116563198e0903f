/* atlas-number.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-number.h"

static const char *
skip_digits (const char *p,
             gboolean   *nonzero)
{
  for (; g_ascii_isdigit (*p); p++)
    *nonzero |= *p != '0';
  return p;
}

gboolean
atlas_number_scan (const char  *text,
                   const char **end,
                   double      *value)
{
  char buffer[ATLAS_NUMBER_MAX_LENGTH + 1];
  const char *p = text;
  const char *mantissa;
  gboolean nonzero = FALSE;
  gboolean unused = FALSE;
  char *parsed_end = NULL;
  double result;
  gsize length;

  if (*p == '+' || *p == '-')
    p++;
  mantissa = p;
  p = skip_digits (p, &nonzero);
  if (*p == '.')
    p = skip_digits (p + 1, &nonzero);
  /* A sign or a point alone is not a number. */
  if (p == mantissa || (p == mantissa + 1 && *mantissa == '.'))
    return FALSE;

  if (*p == 'e' || *p == 'E')
    {
      const char *exponent = p + 1;

      if (*exponent == '+' || *exponent == '-')
        exponent++;
      if (g_ascii_isdigit (*exponent))
        p = skip_digits (exponent, &unused);
    }

  length = p - text;
  if (length > ATLAS_NUMBER_MAX_LENGTH)
    return FALSE;

  /* strtod on a copy, so that it cannot read on into "x10" or "inity". */
  memcpy (buffer, text, length);
  buffer[length] = '\0';
  result = g_ascii_strtod (buffer, &parsed_end);
  if (parsed_end != buffer + length || !isfinite (result) || (nonzero && result == 0))
    return FALSE;

  *value = result;
  if (end != NULL)
    *end = p;
  return TRUE;
}

gboolean
atlas_number_parse (const char *text,
                    double     *value)
{
  const char *end = NULL;
  double result;

  if (!atlas_number_scan (text, &end, &result) || *end != '\0')
    return FALSE;
  *value = result;
  return TRUE;
}

gboolean
atlas_number_parse_int (const char *text,
                        gint64      min,
                        gint64      max,
                        gint64     *value)
{
  const char *p = text;
  gint64 result;

  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }

  /* Base 10 only: no "0x", and out-of-range values fail rather than clamp. */
  if (!g_ascii_string_to_signed (text, 10, min, max, &result, NULL))
    return FALSE;
  *value = result;
  return TRUE;
}
