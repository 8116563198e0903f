/* atlas-shape-button.h: one clickable shape of the diagram, a muscle or (in
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

#define ATLAS_TYPE_SHAPE_BUTTON (atlas_shape_button_get_type ())

G_DECLARE_FINAL_TYPE (AtlasShapeButton, atlas_shape_button, ATLAS, SHAPE_BUTTON, GtkWidget)

typedef enum {
  ATLAS_SHAPE_MUSCLE,
  ATLAS_SHAPE_REGION,
} AtlasShapeKind;

/* Activating the button runs the action "body.select-shape" with @shape_id;
 * its pressed state says whether the muscle is selected, or the region marked. */
GtkWidget     *atlas_shape_button_new (const char    *shape_id,
                                       const char    *label,
                                       AtlasShapeKind kind);
const char    *atlas_shape_button_get_shape_id (AtlasShapeButton *self);
AtlasShapeKind atlas_shape_button_get_kind (AtlasShapeButton *self);
/* "Deltoid (left)": its accessible name, and what the view shows beside it
 * when the keyboard is on it. */
const char    *atlas_shape_button_get_label (AtlasShapeButton *self);
void           atlas_shape_button_set_pressed (AtlasShapeButton *self,
                                               gboolean          pressed);

/* The first child of @parent that is a button of @kind for @shape_id, or for
 * any shape if that is NULL; NULL if there is none. */
GtkWidget *atlas_shape_buttons_find (GtkWidget     *parent,
                                     AtlasShapeKind kind,
                                     const char    *shape_id);
/* Whether the shape of @shape_id is pressed: the muscle selected, the region
 * marked. */
typedef gboolean (*AtlasShapePressedFunc) (const char *shape_id,
                                           gpointer    user_data);

/* Over the buttons of @kind that are children of @parent: gives each the
 * pressed state @pressed says. */
void atlas_shape_buttons_update_pressed (GtkWidget            *parent,
                                         AtlasShapeKind        kind,
                                         AtlasShapePressedFunc pressed,
                                         gpointer              user_data);
/* Shows the buttons of @kind, to the keyboard and to screen readers, and
 * hides the others. */
void atlas_shape_buttons_show_kind (GtkWidget     *parent,
                                    AtlasShapeKind kind);

/* Makes @parent's children one button per muscle instance and per region
 * instance that @view draws, head to feet, so that a screen reader reads the
 * body the way a reader would; the view's arrows move among them. */
void atlas_shape_buttons_rebuild (GtkWidget       *parent,
                                  AtlasDatabase   *database,
                                  const AtlasView *view);
/* Places each button over its shape's box; document to widget is
 * offset + document * scale. */
void atlas_shape_buttons_allocate (GtkWidget       *parent,
                                   const AtlasView *view,
                                   double           scale,
                                   double           offset_x,
                                   double           offset_y);

G_END_DECLS
