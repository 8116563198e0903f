/* atlas-report.h: a plan on paper: the patient handout and the clinician
 * sheet, drawn with cairo for PDF export and for printing alike.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "atlas-plan.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_REPORT_HANDOUT,         /* for the patient: plain language, no technique */
  ATLAS_REPORT_CLINICIAN_SHEET, /* screening, technique and safety per site */
} AtlasReportKind;

typedef enum {
  ATLAS_PAPER_A4,
  ATLAS_PAPER_LETTER,
} AtlasPaper;

typedef struct _AtlasReport AtlasReport;

/* Page size in points. */
void         atlas_paper_get_size     (AtlasPaper       paper,
                                       double          *width,
                                       double          *height);
/* "a4" or "letter" */
gboolean     atlas_paper_from_string  (const char      *text,
                                       AtlasPaper      *paper);

/* NULL, with a message saying why, when the plan may not be printed: it has
 * no site, or an absolute whole-session screening item is answered "yes" or
 * not answered. The report holds a reference on @plan. */
AtlasReport *atlas_report_new         (AtlasPlan       *plan,
                                       AtlasReportKind  kind,
                                       GError         **error);
void         atlas_report_free        (AtlasReport     *self);
const char  *atlas_report_get_title   (AtlasReport     *self);

/* Lays the report out on pages of @width x @height points, measuring text
 * with @cr; returns the number of pages. Sites never break across pages. */
guint        atlas_report_paginate    (AtlasReport     *self,
                                       cairo_t         *cr,
                                       double           width,
                                       double           height);
/* Draws page @page (from 0) of the last layout. */
void         atlas_report_draw_page   (AtlasReport     *self,
                                       cairo_t         *cr,
                                       guint            page);

/* Writes a vector PDF with the title and date in its metadata. */
gboolean     atlas_report_write_pdf   (AtlasPlan       *plan,
                                       AtlasReportKind  kind,
                                       AtlasPaper       paper,
                                       const char      *path,
                                       GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasReport, atlas_report_free)

G_END_DECLS
