/* atlas-shape-button.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-diagram.h"
#include "atlas-format.h"
#include "atlas-pain-map.h"
#include "atlas-shape-button.h"
#include "atlas-widget-utils.h"

struct _AtlasShapeButton {
  GtkWidget parent_instance;

  char          *shape_id;
  char          *label;
  AtlasShapeKind kind;
};

G_DEFINE_FINAL_TYPE (AtlasShapeButton, atlas_shape_button, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
atlas_shape_button_real_activate (AtlasShapeButton *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "body.select-shape", "s", self->shape_id);
}

static void
atlas_shape_button_finalize (GObject *object)
{
  g_free (ATLAS_SHAPE_BUTTON (object)->shape_id);
  g_free (ATLAS_SHAPE_BUTTON (object)->label);

  G_OBJECT_CLASS (atlas_shape_button_parent_class)->finalize (object);
}

static void
atlas_shape_button_class_init (AtlasShapeButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = atlas_shape_button_finalize;

  signals[ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (atlas_shape_button_real_activate),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "shapebutton");
}

static void
atlas_shape_button_init (AtlasShapeButton *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* The body view picks on the muscle's outline; a box would be too coarse. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_PRESSED, FALSE, -1);
}

GtkWidget *
atlas_shape_button_new (const char    *shape_id,
                        const char    *label,
                        AtlasShapeKind kind)
{
  AtlasShapeButton *self = g_object_new (ATLAS_TYPE_SHAPE_BUTTON, NULL);

  self->shape_id = g_strdup (shape_id);
  self->label = g_strdup (label);
  self->kind = kind;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

const char *
atlas_shape_button_get_shape_id (AtlasShapeButton *self)
{
  g_return_val_if_fail (ATLAS_IS_SHAPE_BUTTON (self), NULL);
  return self->shape_id;
}

const char *
atlas_shape_button_get_label (AtlasShapeButton *self)
{
  g_return_val_if_fail (ATLAS_IS_SHAPE_BUTTON (self), NULL);
  return self->label;
}

AtlasShapeKind
atlas_shape_button_get_kind (AtlasShapeButton *self)
{
  g_return_val_if_fail (ATLAS_IS_SHAPE_BUTTON (self), ATLAS_SHAPE_MUSCLE);
  return self->kind;
}

void
atlas_shape_button_set_pressed (AtlasShapeButton *self,
                                gboolean          pressed)
{
  g_return_if_fail (ATLAS_IS_SHAPE_BUTTON (self));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_PRESSED, pressed, -1);
}

GtkWidget *
atlas_shape_buttons_find (GtkWidget     *parent,
                          AtlasShapeKind kind,
                          const char    *shape_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AtlasShapeButton *button = ATLAS_SHAPE_BUTTON (child);

      if (button->kind == kind && (shape_id == NULL || g_strcmp0 (button->shape_id, shape_id) == 0))
        return child;
    }
  return NULL;
}

void
atlas_shape_buttons_update_pressed (GtkWidget            *parent,
                                    AtlasShapeKind        kind,
                                    AtlasShapePressedFunc pressed,
                                    gpointer              user_data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AtlasShapeButton *button = ATLAS_SHAPE_BUTTON (child);

      if (button->kind == kind)
        atlas_shape_button_set_pressed (button, pressed (button->shape_id, user_data));
    }
}

void
atlas_shape_buttons_show_kind (GtkWidget     *parent,
                               AtlasShapeKind kind)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean shown = ATLAS_SHAPE_BUTTON (child)->kind == kind;

      /* A hidden child is still in the accessible tree unless it says so. */
      gtk_widget_set_child_visible (child, shown);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, !shown, -1);
    }
}

typedef struct {
  GtkWidget *button;
  double     y;
  double     x;
} ButtonOrder;

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  const ButtonOrder *p = a, *q = b;

  if (p->y != q->y)
    return p->y < q->y ? -1 : 1;
  return (p->x > q->x) - (p->x < q->x);
}

void
atlas_shape_buttons_rebuild (GtkWidget       *parent,
                             AtlasDatabase   *database,
                             const AtlasView *view)
{
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (ButtonOrder));

  atlas_widget_remove_children (parent);

  if (view == NULL)
    return;

  for (guint i = 0; i < atlas_diagram_get_n_shapes (view->diagram); i++)
    {
      const char        *shape = atlas_diagram_get_shape_id (view->diagram, i);
      AtlasSide          side;
      AtlasMuscle       *muscle = atlas_database_lookup_shape (database, shape, &side);
      const AtlasRegion *region = muscle == NULL
                                    ? atlas_database_lookup_region_shape (database, shape, &side)
                                    : NULL;
      g_autofree char   *label = NULL;
      cairo_rectangle_t  box;
      ButtonOrder        entry;
      AtlasShapeKind     kind;

      if (muscle == NULL && region == NULL)
        continue;
      if (!atlas_diagram_get_extents (view->diagram, shape, &box))
        continue;

      if (muscle != NULL)
        label = atlas_format_muscle_instance (muscle, side);
      else
        label = atlas_format_region_instance (region, side);
      kind = muscle != NULL ? ATLAS_SHAPE_MUSCLE : ATLAS_SHAPE_REGION;
      entry.button = atlas_shape_button_new (shape, label, kind);
      entry.y = round (box.y + box.height / 2);
      entry.x = box.x + box.width / 2;
      g_array_append_val (order, entry);
    }

  g_array_sort (order, compare_reading_order);
  for (guint i = 0; i < order->len; i++)
    gtk_widget_set_parent (g_array_index (order, ButtonOrder, i).button, parent);
}

void
atlas_shape_buttons_allocate (GtkWidget       *parent,
                              const AtlasView *view,
                              double           scale,
                              double           offset_x,
                              double           offset_y)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char       *shape = atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (child));
      cairo_rectangle_t box;
      double            x1, y1, x2, y2;
      int               minimum;

      if (!atlas_diagram_get_extents (view->diagram, shape, &box))
        continue;
      x1 = offset_x + box.x * scale;
      y1 = offset_y + box.y * scale;
      x2 = offset_x + (box.x + box.width) * scale;
      y2 = offset_y + (box.y + box.height) * scale;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { floor (x1), floor (y1),
                                                   MAX (1, ceil (x2 - x1)),
                                                   MAX (1, ceil (y2 - y1)) },
                                -1);
    }
}
