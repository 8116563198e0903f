/* atlas-plan-panel.h: the session plan beside the diagram: header,
 * screening, today's sites, and the plan's file, print and export.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-plan.h"
#include "atlas-report.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLAN_PANEL (atlas_plan_panel_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlanPanel, atlas_plan_panel, ATLAS, PLAN_PANEL, GtkWidget)

void        atlas_plan_panel_set_database (AtlasPlanPanel *self,
                                           AtlasDatabase  *db);
/* The plan shown; replaced on Open. */
AtlasPlan  *atlas_plan_panel_get_plan     (AtlasPlanPanel *self);
/* "MUSCLE/POINT/SIDE" (side "left" or "right"); FALSE if it names nothing. */
gboolean    atlas_plan_panel_add_site     (AtlasPlanPanel *self,
                                           const char     *site);
/* How many of the pain finder's best candidates "Add from the pain finder" adds. */
#define ATLAS_PLAN_PANEL_CANDIDATES 4

/* Records @areas as the painful regions and adds the best candidates for
 * them, each with its best-matching trigger point, on its side. */
void        atlas_plan_panel_add_candidates (AtlasPlanPanel      *self,
                                             const AtlasPainArea *areas,
                                             guint                n_areas);
/* The file the plan was opened from or saved to, or NULL. */
GFile      *atlas_plan_panel_get_file     (AtlasPlanPanel *self);
/* Reads @file; on error the current plan stays and the message is returned. */
gboolean    atlas_plan_panel_open_file    (AtlasPlanPanel *self,
                                           GFile          *file,
                                           GError        **error);
gboolean    atlas_plan_panel_save_file    (AtlasPlanPanel *self,
                                           GFile          *file,
                                           GError        **error);
/* Prints @kind through GtkPrintOperation; with @export_path, to that PDF
 * file without a dialog. */
GtkPrintOperationResult atlas_plan_panel_print (AtlasPlanPanel  *self,
                                                AtlasReportKind  kind,
                                                const char      *export_path,
                                                GError         **error);

/* The recent plans (GtkRecentManager), newest first, as "plan.open-recent"
 * items. */
GMenuModel *atlas_plan_panel_build_recent_menu (AtlasPlanPanel *self);
/* Where unsaved changes are kept: the user's data folder. */
char       *atlas_plan_panel_dup_autosave_path (void);
/* With unsaved changes, asks whether to save them and returns TRUE (the
 * window closes again once answered); otherwise FALSE. */
gboolean    atlas_plan_panel_confirm_close     (AtlasPlanPanel *self);

G_END_DECLS
