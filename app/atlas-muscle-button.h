/* atlas-muscle-button.h: one clickable shape of the diagram, a muscle or (in
 * the pain finder) a body region, for the keyboard and for screen readers.
 *
 * GTK 4.8 reaches accessible objects only through widgets, so each muscle
 * instance and each region instance on the diagram is an invisible, focusable
 * child of the body view, placed over its shape. Pointer events go through it
 * to the body view, which picks on the real outline. Only the buttons of one
 * kind are shown at a time: the muscles, or the regions in the pain finder.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MUSCLE_BUTTON (atlas_muscle_button_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMuscleButton, atlas_muscle_button, ATLAS, MUSCLE_BUTTON, GtkWidget)

typedef enum {
  ATLAS_SHAPE_MUSCLE,
  ATLAS_SHAPE_REGION,
} AtlasShapeKind;

/* Activating the button runs the action "body.select-shape" with @shape_id;
 * its pressed state says whether the muscle is selected, or the region marked. */
GtkWidget      *atlas_muscle_button_new          (const char        *shape_id,
                                                  const char        *label,
                                                  AtlasShapeKind     kind);
const char     *atlas_muscle_button_get_shape_id (AtlasMuscleButton *self);
AtlasShapeKind  atlas_muscle_button_get_kind     (AtlasMuscleButton *self);
void            atlas_muscle_button_set_pressed  (AtlasMuscleButton *self,
                                                  gboolean           pressed);

/* The first child of @parent that is a button of @kind for @shape_id, or for
 * any shape if that is NULL; NULL if there is none. */
GtkWidget      *atlas_muscle_buttons_find        (GtkWidget         *parent,
                                                  AtlasShapeKind     kind,
                                                  const char        *shape_id);
/* Over the muscle buttons that are children of @parent: presses the one of
 * @shape_id (or none). */
void            atlas_muscle_buttons_set_pressed (GtkWidget         *parent,
                                                  const char        *shape_id);
/* Shows the buttons of @kind, to the keyboard and to screen readers, and
 * hides the others. */
void            atlas_muscle_buttons_show_kind   (GtkWidget         *parent,
                                                  AtlasShapeKind     kind);

/* Makes @parent's children one button per muscle instance and per region
 * instance that @view draws, head to feet, so that Tab walks the body the way
 * a reader would. */
void            atlas_muscle_buttons_rebuild     (GtkWidget         *parent,
                                                  AtlasDatabase     *database,
                                                  const AtlasView   *view);
/* Places each button over its shape's box; document to widget is
 * offset + document * scale. */
void            atlas_muscle_buttons_allocate    (GtkWidget         *parent,
                                                  const AtlasView   *view,
                                                  double             scale,
                                                  double             offset_x,
                                                  double             offset_y);

G_END_DECLS
