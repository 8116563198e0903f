/* atlas-card.h: a muscle's card as plain text (command line, printing). */
#pragma once

#include "atlas-muscle.h"

G_BEGIN_DECLS

char *atlas_card_format (AtlasMuscle *muscle);

G_END_DECLS
