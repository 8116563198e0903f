/* atlas-compare-panel.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comparing two muscles: each card under a heading whose swatch is drawn by
 * the painter in that muscle's rendition, so that the headings are also the
 * diagram's legend. The cards stand in two columns where the panel is wide
 * enough for two readable cards, else one above the other; the panel lays
 * them out itself so that the choice follows the width it is given.
 */

#include "config.h"

#include "atlas-body-painter.h"
#include "atlas-compare-panel.h"

struct _AtlasComparePanel {
  GtkWidget parent_instance;

  GtkWidget *header;
  GtkWidget *first_column;
  GtkWidget *second_column;
  GtkDrawingArea *first_swatch;
  GtkDrawingArea *second_swatch;
  GtkLabel *first_label;
  GtkLabel *second_label;
  AtlasMusclePanel *first_card;
  AtlasMusclePanel *second_card;
  gboolean side_by_side;
};

G_DEFINE_FINAL_TYPE (AtlasComparePanel, atlas_compare_panel, GTK_TYPE_WIDGET)

enum {
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* An essential zone beside a spillover zone, as the diagram draws them. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  AtlasRendition rendition = GPOINTER_TO_INT (data);
  double half = width / 2.0;

  cairo_rectangle (cr, 1, 1, half - 2, height - 2);
  atlas_body_painter_fill_zone_as (cr, ATLAS_ZONE_ESSENTIAL, rendition, 1);
  cairo_rectangle (cr, half + 1, 1, half - 2, height - 2);
  atlas_body_painter_fill_zone_as (cr, ATLAS_ZONE_SPILLOVER, rendition, 1);
}

static int
column_min_width (GtkWidget *column)
{
  int min;

  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

int
atlas_compare_panel_get_columns_width (AtlasComparePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PANEL (self), ATLAS_COMPARE_PANEL_COLUMNS_WIDTH);

  /* A row that does not wrap ("Add to Plan: Left Right" in a longer
   * language) may make a card wider than the floor. */
  return MAX (ATLAS_COMPARE_PANEL_COLUMNS_WIDTH,
              column_min_width (self->first_column) + column_min_width (self->second_column));
}

static gboolean
wide_enough (AtlasComparePanel *self,
             int                width)
{
  return width >= atlas_compare_panel_get_columns_width (self);
}

static void
atlas_compare_panel_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  AtlasComparePanel *self = ATLAS_COMPARE_PANEL (widget);
  GtkWidget *parts[] = { self->header, self->first_column, self->second_column };
  int min[3], nat[3];

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    gtk_widget_measure (parts[i], orientation, for_size, &min[i], &nat[i], NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Asks for room for two columns, and makes do with one. */
      *minimum = MAX (min[0], MAX (min[1], min[2]));
      *natural = MAX (nat[0], MAX (atlas_compare_panel_get_columns_width (self), nat[1] + nat[2]));
    }
  else if (for_size >= 0 && wide_enough (self, for_size))
    {
      *minimum = min[0] + MAX (min[1], min[2]);
      *natural = nat[0] + MAX (nat[1], nat[2]);
    }
  else
    {
      *minimum = min[0] + min[1] + min[2];
      *natural = nat[0] + nat[1] + nat[2];
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
atlas_compare_panel_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AtlasComparePanel *self = ATLAS_COMPARE_PANEL (widget);
  int header_height, rest;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_height, NULL,
                      NULL, NULL);
  gtk_widget_allocate (self->header, width, header_height, -1, NULL);
  rest = MAX (0, height - header_height);

  self->side_by_side = wide_enough (self, width);
  if (self->side_by_side)
    {
      int half = CLAMP (width / 2, column_min_width (self->first_column),
                        width - column_min_width (self->second_column));

      gtk_widget_allocate (self->first_column, half, rest, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_height)));
      gtk_widget_allocate (self->second_column, width - half, rest, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (half, header_height)));
    }
  else
    {
      /* One above the other, each scrolling in its half. */
      int first = MAX (rest / 2, 0), min1, min2;

      gtk_widget_measure (self->first_column, GTK_ORIENTATION_VERTICAL, width, &min1, NULL,
                          NULL, NULL);
      gtk_widget_measure (self->second_column, GTK_ORIENTATION_VERTICAL, width, &min2, NULL,
                          NULL, NULL);
      first = CLAMP (first, min1, MAX (min1, rest - min2));
      gtk_widget_allocate (self->first_column, width, first, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_height)));
      gtk_widget_allocate (self->second_column, width, MAX (min2, rest - first), -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (0, header_height +
                                                                          first)));
    }
}

static GtkSizeRequestMode
atlas_compare_panel_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSE], 0);
}

static void
atlas_compare_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_COMPARE_PANEL);

  G_OBJECT_CLASS (atlas_compare_panel_parent_class)->dispose (object);
}

static void
atlas_compare_panel_class_init (AtlasComparePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_compare_panel_dispose;
  widget_class->measure = atlas_compare_panel_measure;
  widget_class->size_allocate = atlas_compare_panel_size_allocate;
  widget_class->get_request_mode = atlas_compare_panel_get_request_mode;

  /**
   * AtlasComparePanel::close:
   *
   * The user leaves the comparison (the close button or Escape).
   */
  signals[CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (ATLAS_TYPE_MUSCLE_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-compare-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, header);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, first_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, second_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, first_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, second_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, first_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, second_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, first_card);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePanel, second_card);

  gtk_widget_class_install_action (widget_class, "compare.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.close", NULL);

  gtk_widget_class_set_css_name (widget_class, "comparepanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_compare_panel_init (AtlasComparePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* They would act on the window's selection, which a comparison clears. */
  atlas_muscle_panel_set_header_buttons (self->first_card, FALSE);
  atlas_muscle_panel_set_header_buttons (self->second_card, FALSE);
  gtk_drawing_area_set_draw_func (self->first_swatch, draw_swatch,
                                  GINT_TO_POINTER (ATLAS_RENDITION_FIRST), NULL);
  gtk_drawing_area_set_draw_func (self->second_swatch, draw_swatch,
                                  GINT_TO_POINTER (ATLAS_RENDITION_SECOND), NULL);
}

GtkWidget *
atlas_compare_panel_new (void)
{
  return g_object_new (ATLAS_TYPE_COMPARE_PANEL, NULL);
}

static void
set_column (AtlasMusclePanel *card,
            GtkLabel         *label,
            AtlasMuscle      *muscle,
            AtlasSide         side)
{
  atlas_muscle_panel_set_muscle (card, muscle);
  if (muscle != NULL)
    atlas_muscle_panel_set_side (card, side);
  gtk_label_set_label (label, muscle != NULL ? atlas_muscle_get_name (muscle) : "");
}

void
atlas_compare_panel_set_muscles (AtlasComparePanel *self,
                                 AtlasMuscle       *first,
                                 AtlasSide          first_side,
                                 AtlasMuscle       *second,
                                 AtlasSide          second_side)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PANEL (self));
  g_return_if_fail (first == NULL || ATLAS_IS_MUSCLE (first));
  g_return_if_fail (second == NULL || ATLAS_IS_MUSCLE (second));

  set_column (self->first_card, self->first_label, first, first_side);
  set_column (self->second_card, self->second_label, second, second_side);
}

AtlasMusclePanel *
atlas_compare_panel_get_card (AtlasComparePanel *self,
                              guint              index)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PANEL (self), NULL);
  g_return_val_if_fail (index < 2, NULL);

  return index == 0 ? self->first_card : self->second_card;
}

gboolean
atlas_compare_panel_get_side_by_side (AtlasComparePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PANEL (self), FALSE);
  return self->side_by_side;
}
