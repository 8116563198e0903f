/* atlas-types.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-diagram.h"
#include "atlas-types.h"

const char *
atlas_side_to_string (AtlasSide side)
{
  return side == ATLAS_SIDE_LEFT ? "left" : "right";
}

const char *
atlas_risk_to_string (AtlasRisk risk)
{
  switch (risk)
    {
    case ATLAS_RISK_HIGH:
      return "high";
    case ATLAS_RISK_MODERATE:
      return "moderate";
    case ATLAS_RISK_LOW:
    default:
      return "low";
    }
}

const char *
atlas_evidence_to_string (AtlasEvidence evidence)
{
  switch (evidence)
    {
    case ATLAS_EVIDENCE_STRONG:
      return "strong";
    case ATLAS_EVIDENCE_MODERATE:
      return "moderate";
    case ATLAS_EVIDENCE_LIMITED:
      return "limited";
    case ATLAS_EVIDENCE_EXPERT_OPINION:
    default:
      return "expert-opinion";
    }
}

void
atlas_mark_position (const AtlasMark *mark,
                     AtlasSide        side,
                     double          *x,
                     double          *y)
{
  /* The data gives the right-side instance; the diagrams mirror one half onto
   * the other about the vertical centre line. */
  *x = side == ATLAS_SIDE_RIGHT
         ? mark->x
         : atlas_diagram_get_width (mark->view->diagram) - mark->x;
  *y = mark->y;
}
