/* atlas-card.h: a muscle's card as plain text (command line, printing).
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-muscle.h"

G_BEGIN_DECLS

char *atlas_card_format (AtlasMuscle *muscle);

G_END_DECLS
