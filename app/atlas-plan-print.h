/* atlas-plan-print.h: a plan's handout or clinician sheet, printed.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-plan.h"
#include "atlas-report.h"

G_BEGIN_DECLS

/* Prints @kind of @plan through GtkPrintOperation, the dialog over @parent;
 * with @export_path, to that PDF file without a dialog. */
GtkPrintOperationResult atlas_plan_print (AtlasPlan        *plan,
                                          AtlasReportKind   kind,
                                          GtkWindow        *parent,
                                          const char       *export_path,
                                          GError          **error);

G_END_DECLS
