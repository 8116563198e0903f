/* atlas-svg-path.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-number.h"
#include "atlas-svg-path.h"
#include "atlas-text.h"

typedef struct {
  const char *start;
  const char *p;
  cairo_t *cr;
  double x, y;           /* current point */
  double sx, sy;         /* start of the subpath, where Z returns */
  double cx, cy;         /* last control point, for S and T */
  char last;             /* last command, upper case */
  gboolean out_of_range; /* a coordinate went past ATLAS_SVG_PATH_MAX_COORDINATE */
} Scanner;

static void
skip_separators (Scanner *s)
{
  while (*s->p == ' ' || *s->p == ',' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r')
    s->p++;
}

static gboolean
at_number (Scanner *s)
{
  skip_separators (s);
  return g_ascii_isdigit (*s->p) || *s->p == '-' || *s->p == '+' || *s->p == '.';
}

static gboolean
read_number (Scanner *s,
             double  *value)
{
  skip_separators (s);
  /* Decimal and finite only: strtod would also take "inf", "nan" and hex. */
  return atlas_number_scan (s->p, &s->p, value);
}

/* Reads @n numbers as x, y pairs relative to (ox, oy) and makes them absolute;
 * each must stay within reach of cairo's fixed-point coordinates. */
static gboolean
read_points (Scanner *s,
             double  *values,
             int      n,
             double   ox,
             double   oy)
{
  for (int i = 0; i < n; i++)
    {
      if (!read_number (s, &values[i]))
        return FALSE;
      values[i] += i % 2 == 0 ? ox : oy;
      if (!(fabs (values[i]) <= ATLAS_SVG_PATH_MAX_COORDINATE))
        {
          s->out_of_range = TRUE;
          return FALSE;
        }
    }
  return TRUE;
}

static void
curve_to (Scanner *s,
          double   x1,
          double   y1,
          double   x2,
          double   y2,
          double   x,
          double   y)
{
  cairo_curve_to (s->cr, x1, y1, x2, y2, x, y);
  s->cx = x2;
  s->cy = y2;
  s->x = x;
  s->y = y;
}

static void
quad_to (Scanner *s,
         double   qx,
         double   qy,
         double   x,
         double   y)
{
  /* A quadratic Bézier is the cubic whose control points lie two thirds of the
   * way to the quadratic's one. */
  cairo_curve_to (s->cr,
                  s->x + 2.0 / 3.0 * (qx - s->x), s->y + 2.0 / 3.0 * (qy - s->y),
                  x + 2.0 / 3.0 * (qx - x), y + 2.0 / 3.0 * (qy - y),
                  x, y);
  s->cx = qx;
  s->cy = qy;
  s->x = x;
  s->y = y;
}

static gboolean
run_command (Scanner *s,
             char     command)
{
  gboolean relative = g_ascii_islower (command);
  char op = g_ascii_toupper (command);
  double ox = relative ? s->x : 0;
  double oy = relative ? s->y : 0;
  double v[6];

  switch (op)
    {
    case 'M':
      if (!read_points (s, v, 2, ox, oy))
        return FALSE;
      s->x = s->sx = v[0];
      s->y = s->sy = v[1];
      cairo_move_to (s->cr, s->x, s->y);
      break;

    case 'L':
      if (!read_points (s, v, 2, ox, oy))
        return FALSE;
      s->x = v[0];
      s->y = v[1];
      cairo_line_to (s->cr, s->x, s->y);
      break;

    case 'H':
      if (!read_points (s, v, 1, ox, ox))
        return FALSE;
      s->x = v[0];
      cairo_line_to (s->cr, s->x, s->y);
      break;

    case 'V':
      if (!read_points (s, v, 1, oy, oy))
        return FALSE;
      s->y = v[0];
      cairo_line_to (s->cr, s->x, s->y);
      break;

    case 'C':
      if (!read_points (s, v, 6, ox, oy))
        return FALSE;
      curve_to (s, v[0], v[1], v[2], v[3], v[4], v[5]);
      break;

    case 'S':
      {
        double rx = s->x, ry = s->y;

        if (!read_points (s, v, 4, ox, oy))
          return FALSE;
        if (s->last == 'C' || s->last == 'S')
          {
            rx = 2 * s->x - s->cx;
            ry = 2 * s->y - s->cy;
          }
        curve_to (s, rx, ry, v[0], v[1], v[2], v[3]);
      }
      break;

    case 'Q':
      if (!read_points (s, v, 4, ox, oy))
        return FALSE;
      quad_to (s, v[0], v[1], v[2], v[3]);
      break;

    case 'T':
      {
        double qx = s->x, qy = s->y;

        if (!read_points (s, v, 2, ox, oy))
          return FALSE;
        if (s->last == 'Q' || s->last == 'T')
          {
            qx = 2 * s->x - s->cx;
            qy = 2 * s->y - s->cy;
          }
        quad_to (s, qx, qy, v[0], v[1]);
      }
      break;

    case 'Z':
      cairo_close_path (s->cr);
      s->x = s->sx;
      s->y = s->sy;
      break;

    default:
      return FALSE;
    }

  s->last = op;
  return TRUE;
}

gboolean
atlas_svg_path_append (cairo_t     *cr,
                       const char  *data,
                       char       **message)
{
  Scanner s = { .start = data, .p = data, .cr = cr };
  char command = 0;

  g_return_val_if_fail (data != NULL, FALSE);

  skip_separators (&s);
  if (*s.p != 'M' && *s.p != 'm')
    {
      *message = g_strdup ("path data must start with a move-to (M)");
      return FALSE;
    }

  while (skip_separators (&s), *s.p)
    {
      const char *here = s.p;

      if (g_ascii_isalpha (*s.p))
        {
          command = *s.p++;
          if (g_ascii_toupper (command) == 'A')
            {
              *message = g_strdup_printf ("arc commands are not supported (at character %d)",
                                          (int) (here - s.start) + 1);
              return FALSE;
            }
          if (strchr ("MLHVCSQTZ", g_ascii_toupper (command)) == NULL)
            {
              *message = g_strdup_printf ("unknown path command “%c” at character %d",
                                          command, (int) (here - s.start) + 1);
              return FALSE;
            }
        }
      else if (!at_number (&s) || command == 0 || g_ascii_toupper (command) == 'Z')
        {
          g_autofree char *what = atlas_text_describe_char (s.p);

          *message = g_strdup_printf ("unexpected %s at character %d",
                                      what, (int) (here - s.start) + 1);
          return FALSE;
        }

      if (!run_command (&s, command))
        {
          if (s.out_of_range)
            *message = g_strdup_printf ("a coordinate of “%c” at character %d is beyond ±%d",
                                        command, (int) (here - s.start) + 1,
                                        (int) ATLAS_SVG_PATH_MAX_COORDINATE);
          else
            *message = g_strdup_printf ("missing or malformed numbers for “%c” at character %d",
                                        command, (int) (here - s.start) + 1);
          return FALSE;
        }

      /* Numbers after a move-to without a new letter are implicit line-tos. */
      if (command == 'M')
        command = 'L';
      else if (command == 'm')
        command = 'l';
    }

  return TRUE;
}
