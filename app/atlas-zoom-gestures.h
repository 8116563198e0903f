/* atlas-zoom-gestures.h: zoom and pan a body view by hand.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-body-view.h"

G_BEGIN_DECLS

/* Ctrl + wheel or a pinch zooms about the pointer; zoomed in, the wheel and a
 * drag with the primary button pan (except in the pain finder, where a drag
 * marks regions). */
void atlas_zoom_gestures_attach (AtlasBodyView *view);

G_END_DECLS
