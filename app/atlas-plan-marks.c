/* atlas-plan-marks.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-plan-marks.h"

gboolean
atlas_plan_marks_position (const AtlasView     *view,
                           const AtlasPlanSite *site,
                           double              *x,
                           double              *y)
{
  if (!atlas_view_draws_side (view, site->side))
    return FALSE;

  for (guint i = 0; i < site->point->marks->len; i++)
    {
      const AtlasMark *mark = g_ptr_array_index (site->point->marks, i);

      if (mark->view == view)
        {
          atlas_mark_position (mark, site->side, x, y);
          return TRUE;
        }
    }
  return FALSE;
}

void
atlas_plan_marks_draw_site (cairo_t             *cr,
                            const AtlasView     *view,
                            const AtlasPlanSite *site,
                            guint                number,
                            gboolean             flagged,
                            double               pixel)
{
  atlas_plan_marks_draw_site_away (cr, view, site, number, flagged, -1, pixel);
}

void
atlas_plan_marks_draw_site_away (cairo_t             *cr,
                                 const AtlasView     *view,
                                 const AtlasPlanSite *site,
                                 guint                number,
                                 gboolean             flagged,
                                 double               avoid,
                                 double               pixel)
{
  g_autofree char *label = g_strdup_printf ("%u", number);
  cairo_text_extents_t extents;
  double               x, y, half = 6.0 * pixel, radius = 8.0 * pixel, bx, by, badge = 315;

  if (!atlas_plan_marks_position (view, site, &x, &y))
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The X: a white halo under dark ink, as the trigger-point marks. */
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_move_to (cr, x - half, y - half);
      cairo_line_to (cr, x + half, y + half);
      cairo_move_to (cr, x + half, y - half);
      cairo_line_to (cr, x - half, y + half);
      if (pass == 0)
        cairo_set_source_rgba (cr, 1, 1, 1, 0.95);
      else
        cairo_set_source_rgb (cr, 0.05, 0.05, 0.08);
      cairo_set_line_width (cr, (pass == 0 ? 5.0 : 2.2) * pixel);
      cairo_stroke (cr);
    }

  /* The badge sits on a diagonal off the X, so the X stays visible: up and to
   * the right, unless that is where the drawing at @avoid lies. */
  if (avoid >= 0)
    {
      /* The usual corner first: it wins ties. */
      static const double corners[] = { 315, 45, 225, 135 };
      double              best = -1;

      for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
        {
          double apart = fabs (fmod (corners[i] - avoid + 540, 360) - 180);

          if (apart > best + 1)
            {
              best = apart;
              badge = corners[i];
            }
        }
    }
  bx = x + (half + radius * 0.6) * G_SQRT2 * cos (badge * G_PI / 180);
  by = y + (half + radius * 0.6) * G_SQRT2 * sin (badge * G_PI / 180);
  cairo_arc (cr, bx, by, radius, 0, 2 * G_PI);
  if (flagged)
    cairo_set_source_rgb (cr, 0.80, 0.45, 0.0);
  else
    cairo_set_source_rgb (cr, 0.07, 0.30, 0.64);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.5 * pixel);
  cairo_stroke (cr);

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, (number >= 10 ? 8.5 : 10.5) * pixel);
  cairo_text_extents (cr, label, &extents);
  cairo_move_to (cr, bx - extents.width / 2 - extents.x_bearing,
                 by - extents.height / 2 - extents.y_bearing);
  cairo_show_text (cr, label);
  cairo_restore (cr);
}

void
atlas_plan_marks_draw (cairo_t         *cr,
                       const AtlasView *view,
                       AtlasPlan       *plan,
                       double           pixel)
{
  AtlasDatabase *db = atlas_plan_get_database (plan);
  GHashTable *answers = atlas_plan_get_answers (plan);

  for (guint i = 0; i < atlas_plan_get_n_sites (plan); i++)
    {
      const AtlasPlanSite *site = atlas_plan_get_site (plan, i);
      g_autoptr (GPtrArray) flags = NULL;

      if (!atlas_plan_marks_position (view, site, &(double) { 0 }, &(double) { 0 }))
        continue;
      flags = atlas_screening_flag_site (db, answers, site->muscle, site->point, site->side);
      atlas_plan_marks_draw_site (cr, view, site, i + 1, flags->len > 0, pixel);
    }
}
