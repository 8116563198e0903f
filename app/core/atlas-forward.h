/* atlas-forward.h: the core's opaque types, declared once.
 *
 * For a header that only passes one of them around, so that it need not
 * include the header that defines it (and through it, everything that one
 * needs): the diagram is named by the view records and the view records by
 * the diagram's users, without the two headers including each other.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AtlasDiagram AtlasDiagram;

G_END_DECLS
