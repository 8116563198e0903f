/* atlas-report-needle.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-diagram.h"
#include "atlas-plan-marks.h"
#include "atlas-report-needle.h"

/* Steps per arrow length while looking for the skin: fine enough that the
 * tail lands within a few units of the outline. */
#define SKIN_STEPS 48

static const AtlasMark *
site_mark (const AtlasView     *view,
           const AtlasPlanSite *site)
{
  double x, y;

  if (!atlas_plan_marks_position (view, site, &x, &y))
    return NULL;
  for (guint i = 0; i < site->point->marks->len; i++)
    {
      const AtlasMark *mark = g_ptr_array_index (site->point->marks, i);

      if (mark->view == view)
        return mark;
    }
  return NULL;
}

gboolean
atlas_report_site_has_needle (const AtlasView     *view,
                              const AtlasPlanSite *site)
{
  const AtlasMark *mark = site_mark (view, site);

  return mark != NULL && mark->has_needle;
}

gboolean
atlas_report_site_needle (const AtlasView     *view,
                          const AtlasPlanSite *site,
                          double               length,
                          AtlasNeedleArrow    *arrow)
{
  const AtlasMark *mark = site_mark (view, site);
  double           dx, dy, distance = -1;

  g_return_val_if_fail (length > 0, FALSE);

  if (mark == NULL || !atlas_mark_needle (mark, site->side, &arrow->degrees))
    return FALSE;
  atlas_plan_marks_position (view, site, &arrow->tip_x, &arrow->tip_y);
  dx = cos (arrow->degrees * G_PI / 180);
  dy = sin (arrow->degrees * G_PI / 180);

  /* Walk back along the needle from the X to the first point outside the
   * body: that is where the needle enters, as far as this view can tell. */
  if (atlas_diagram_in_skin (view->diagram, arrow->tip_x, arrow->tip_y))
    for (int i = 1; i <= SKIN_STEPS; i++)
      {
        double d = length * i / SKIN_STEPS;

        if (!atlas_diagram_in_skin (view->diagram, arrow->tip_x - d * dx, arrow->tip_y - d * dy))
          {
            distance = d;
            break;
          }
      }

  arrow->from_skin = distance > 0;
  /* Some of the arrow outside, so the reader sees it come in through the skin;
   * never shorter than usual, or a site just under the skin gets a stub. */
  if (arrow->from_skin)
    distance = MAX (distance + length * 0.35, length);
  else
    distance = length;
  arrow->tail_x = arrow->tip_x - distance * dx;
  arrow->tail_y = arrow->tip_y - distance * dy;
  return TRUE;
}

void
atlas_report_draw_needle (cairo_t                *cr,
                          const AtlasNeedleArrow *arrow,
                          double                  pixel)
{
  double dx = cos (arrow->degrees * G_PI / 180), dy = sin (arrow->degrees * G_PI / 180);
  /* The head stops short of the X's centre so the X stays readable. */
  double gap = 7.0 * pixel, head = 7.0 * pixel, wing = 4.0 * pixel;
  double hx = arrow->tip_x - gap * dx, hy = arrow->tip_y - gap * dy;
  double bx = hx - head * dx, by = hy - head * dy;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Shaft and head in dark ink over a white halo: shape, not colour, carries it. */
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, arrow->tail_x, arrow->tail_y);
      cairo_line_to (cr, bx, by);
      cairo_move_to (cr, hx, hy);
      cairo_line_to (cr, bx - wing * dy, by + wing * dx);
      cairo_line_to (cr, bx + wing * dy, by - wing * dx);
      cairo_close_path (cr);
      if (pass == 0)
        {
          cairo_set_source_rgba (cr, 1, 1, 1, 0.95);
          cairo_set_line_width (cr, 4.5 * pixel);
          cairo_stroke (cr);
        }
      else
        {
          cairo_set_source_rgb (cr, 0.05, 0.05, 0.08);
          cairo_set_line_width (cr, 1.6 * pixel);
          cairo_stroke_preserve (cr);
          cairo_fill (cr);
        }
    }
  /* A short bar across the tail: the needle's handle, outside the body. */
  cairo_new_path (cr);
  cairo_move_to (cr, arrow->tail_x - 3.5 * pixel * dy, arrow->tail_y + 3.5 * pixel * dx);
  cairo_line_to (cr, arrow->tail_x + 3.5 * pixel * dy, arrow->tail_y - 3.5 * pixel * dx);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.08);
  cairo_set_line_width (cr, 2.2 * pixel);
  cairo_stroke (cr);
  cairo_restore (cr);
}
