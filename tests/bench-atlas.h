/* bench-atlas.h: what the benchmark's parts share.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "atlas-database.h"

double bench_median  (GArray        *samples);
/* Load, search and ranking for the bundled atlas and for one with ten times
 * its muscles, written for the run into a temporary folder. */
void   bench_scaling (AtlasDatabase *bundled);
