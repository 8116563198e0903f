/* atlas-body-companion.h: the other side of the body, beside a body view.
 *
 * Put next to an AtlasBodyView (its "leader") in a horizontal GtkBox, it shows
 * the back when the leader shows the front and the front when it shows the
 * back, with the leader's selection, preview, pain-finder marks and patterns,
 * so that a pattern that wraps round the body (infraspinatus, the scalenes,
 * quadratus lumborum) is seen at once. The front goes on the left. A choice
 * made on it is made on the leader (the two selections are bound both ways).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-body-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_BODY_COMPANION (atlas_body_companion_get_type ())

G_DECLARE_FINAL_TYPE (AtlasBodyCompanion, atlas_body_companion, ATLAS, BODY_COMPANION, GtkWidget)

GtkWidget     *atlas_body_companion_new         (void);
AtlasBodyView *atlas_body_companion_get_leader  (AtlasBodyCompanion *self);
void           atlas_body_companion_set_leader  (AtlasBodyCompanion *self,
                                                 AtlasBodyView      *leader);
/* Shown only when enabled and the leader's view has a partner. */
gboolean       atlas_body_companion_get_enabled (AtlasBodyCompanion *self);
void           atlas_body_companion_set_enabled (AtlasBodyCompanion *self,
                                                 gboolean            enabled);
AtlasBodyView *atlas_body_companion_get_view    (AtlasBodyCompanion *self);
/* The side of the body it shows ("posterior"), or NULL when hidden. */
const char    *atlas_body_companion_get_shown_side (AtlasBodyCompanion *self);

/* The view of the other side for @view_id at the same layer ("posterior" for
 * "anterior-deep"), or NULL when that side has no partner. */
const AtlasView *atlas_body_companion_partner_view (AtlasDatabase *database,
                                                    const char    *view_id);

G_END_DECLS
