/* atlas-types.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "atlas-diagram.h"
#include "atlas-types.h"

const char *
atlas_side_to_string (AtlasSide side)
{
  return side == ATLAS_SIDE_LEFT ? "left" : "right";
}

gboolean
atlas_side_from_string (const char *text,
                        AtlasSide  *side)
{
  if (g_strcmp0 (text, "left") == 0)
    *side = ATLAS_SIDE_LEFT;
  else if (g_strcmp0 (text, "right") == 0)
    *side = ATLAS_SIDE_RIGHT;
  else
    return FALSE;
  return TRUE;
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

const char *
atlas_body_part_to_string (AtlasBodyPart part)
{
  static const char *const names[] = {
    NULL, "head-neck", "shoulder-arm", "forearm-hand", "trunk", "hip-thigh", "leg-foot",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == ATLAS_N_BODY_PARTS);
  return (guint) part < ATLAS_N_BODY_PARTS ? names[part] : NULL;
}

gboolean
atlas_view_draws_side (const AtlasView *view,
                       AtlasSide        side)
{
  switch (view->sides)
    {
    case ATLAS_VIEW_LEFT_SIDE:
      return side == ATLAS_SIDE_LEFT;
    case ATLAS_VIEW_RIGHT_SIDE:
      return side == ATLAS_SIDE_RIGHT;
    case ATLAS_VIEW_BOTH_SIDES:
    default:
      return TRUE;
    }
}

char *
atlas_region_dup_shape_id (const AtlasRegion *region,
                           AtlasSide          side)
{
  if (!region->sided)
    return g_strconcat ("region-", region->id, NULL);

  return g_strconcat ("region-", region->id, "-", atlas_side_to_string (side), NULL);
}

char *
atlas_region_dup_label (const AtlasRegion *region,
                        gboolean           clinical)
{
  if (!clinical || region->clinical_name == NULL)
    return g_strdup (region->name);
  /* Translators: a body region's plain name and its clinical name, "Outer
   * ankle / lateral malleolus"; not parentheses, which the finder already
   * uses for "(essential)" */
  return g_strdup_printf (_("%s / %s"), region->name, region->clinical_name);
}

gboolean
atlas_view_draws_region (const AtlasView   *view,
                         const AtlasRegion *region)
{
  for (AtlasSide side = ATLAS_SIDE_LEFT; side <= ATLAS_SIDE_RIGHT; side++)
    {
      g_autofree char *shape = NULL;

      if (region->sided && !atlas_view_draws_side (view, side))
        continue;
      shape = atlas_region_dup_shape_id (region, side);
      if (atlas_diagram_has_shape (view->diagram, shape))
        return TRUE;
    }
  return FALSE;
}

void
atlas_mark_position (const AtlasMark *mark,
                     AtlasSide        side,
                     double          *x,
                     double          *y)
{
  /* The data gives the right-side instance; the diagrams mirror one half onto
   * the other about the vertical centre line. A one-sided view has no mirror
   * image: the position is where the view draws its side. */
  *x = side == ATLAS_SIDE_RIGHT || mark->view->sides != ATLAS_VIEW_BOTH_SIDES
         ? mark->x
         : atlas_diagram_get_width (mark->view->diagram) - mark->x;
  *y = mark->y;
}

gboolean
atlas_mark_needle (const AtlasMark *mark,
                   AtlasSide        side,
                   double          *degrees)
{
  if (!mark->has_needle)
    return FALSE;
  /* Mirroring about a vertical line turns a direction at angle a into 180 - a. */
  if (side == ATLAS_SIDE_RIGHT || mark->view->sides != ATLAS_VIEW_BOTH_SIDES)
    *degrees = mark->needle;
  else
    *degrees = fmod (540 - mark->needle, 360);
  return TRUE;
}
