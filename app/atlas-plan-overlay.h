/* atlas-plan-overlay.h: the plan's sites, numbered, over a body view, and
 * the diagram's ways to add one (context menu, Ctrl+D).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"
#include "atlas-plan.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PLAN_OVERLAY (atlas_plan_overlay_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPlanOverlay, atlas_plan_overlay, ATLAS, PLAN_OVERLAY, GtkWidget)

/* Draws over @body_view (a GtkOverlay child over it) and listens to it for
 * the context menu and the shortcut, which activate "win.plan-add". */
void        atlas_plan_overlay_set_body_view (AtlasPlanOverlay *self,
                                              AtlasBodyView    *body_view);
void        atlas_plan_overlay_set_plan      (AtlasPlanOverlay *self,
                                              AtlasPlan        *plan);
/* "MUSCLE/POINT/SIDE" for the selected muscle's trigger point nearest to
 * (x, y) in the body view's coordinates, or NULL when no muscle is chosen. */
char       *atlas_plan_overlay_site_at       (AtlasPlanOverlay *self,
                                              double            x,
                                              double            y);

G_END_DECLS
