/* atlas-muscle-button.h: one clickable muscle, for the keyboard and for
 * screen readers.
 *
 * GTK 4.8 reaches accessible objects only through widgets, so each muscle
 * instance on the diagram is an invisible, focusable child of the body view,
 * placed over the muscle. Pointer events go through it to the body view,
 * which picks on the real outline.
 */
#pragma once

#include <gtk/gtk.h>

#include "atlas-database.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_MUSCLE_BUTTON (atlas_muscle_button_get_type ())

G_DECLARE_FINAL_TYPE (AtlasMuscleButton, atlas_muscle_button, ATLAS, MUSCLE_BUTTON, GtkWidget)

/* Activating the button runs the action "body.select-shape" with @shape_id. */
GtkWidget  *atlas_muscle_button_new          (const char        *shape_id,
                                              const char        *label);
const char *atlas_muscle_button_get_shape_id (AtlasMuscleButton *self);
void        atlas_muscle_button_set_pressed  (AtlasMuscleButton *self,
                                              gboolean           pressed);

/* Over all the muscle buttons that are children of @parent: presses the one
 * of @shape_id (or none), or shows or hides them all. */
void        atlas_muscle_buttons_set_pressed (GtkWidget         *parent,
                                              const char        *shape_id);
void        atlas_muscle_buttons_set_visible (GtkWidget         *parent,
                                              gboolean           visible);

/* Makes @parent's children one button per muscle instance that @view draws,
 * head to feet, so that Tab walks the body the way a reader would. */
void        atlas_muscle_buttons_rebuild     (GtkWidget         *parent,
                                              AtlasDatabase     *database,
                                              const AtlasView   *view);
/* Places each button over its muscle's box; document to widget is
 * offset + document * scale. */
void        atlas_muscle_buttons_allocate    (GtkWidget         *parent,
                                              const AtlasView   *view,
                                              double             scale,
                                              double             offset_x,
                                              double             offset_y);

G_END_DECLS
