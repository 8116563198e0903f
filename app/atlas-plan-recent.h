/* atlas-plan-recent.h: the session plans opened or saved lately, through
 * GtkRecentManager.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        atlas_plan_recent_add        (GFile *file);
/* Up to eight plans still on disk, newest first, as "plan.open-recent" items. */
GMenuModel *atlas_plan_recent_build_menu (void);

G_END_DECLS
