/* atlas-format.h: the names of muscle and region instances as the interface
 * shows them ("Deltoid (left)", "Temple (right)", "Sacrum").
 *
 * The body view, its shape buttons, the region layer, the finder and the study
 * deck all name an instance; one formatter keeps them the same words, and
 * keeps the widgets from including each other to borrow it.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-muscle.h"
#include "atlas-types.h"

G_BEGIN_DECLS

/* "@name (left)" or "@name (right)", translated. */
char *atlas_format_sided_name (const char *name,
                               AtlasSide   side);
/* "Upper trapezius (right)" */
char *atlas_format_muscle_instance (AtlasMuscle *muscle,
                                    AtlasSide    side);
/* "Temple (left)"; a region without sides is its name alone ("Sacrum"). */
char *atlas_format_region_instance (const AtlasRegion *region,
                                    AtlasSide          side);

/* The strings of @strings with @separator between them ("TMD, TMJ disorder");
 * @strings, which may be the database's own, is left as it is. */
char *atlas_format_join (const GPtrArray *strings,
                         const char      *separator);

G_END_DECLS
