/* atlas-plan-print.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-plan-print.h"

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                AtlasReport       *report)
{
  guint pages = atlas_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              AtlasReport       *report)
{
  atlas_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page);
}

GtkPrintOperationResult
atlas_plan_print (AtlasPlan        *plan,
                  AtlasReportKind   kind,
                  GtkWindow        *parent,
                  const char       *export_path,
                  GError          **error)
{
  AtlasReport *report = atlas_report_new (plan, kind, error);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  if (report == NULL)
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  operation = gtk_print_operation_new ();
  /* The report is laid out in points, whole page, margins its own. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, atlas_report_get_title (report));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), report);
  g_object_set_data_full (G_OBJECT (operation), "report", report,
                          (GDestroyNotify) atlas_report_free);
  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
    }
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                  error);
}
