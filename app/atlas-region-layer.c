/* atlas-region-layer.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-body-painter.h"
#include "atlas-format.h"
#include "atlas-region-layer.h"

struct _AtlasRegionLayer
{
  GObject        parent_instance;

  GtkWidget             *widget; /* unowned: the widget owns the layer */
  const AtlasRegionHost *host;
  AtlasPainMap  *pain_map;
  /* On the pain map, whichever it is now. */
  GSignalGroup          *pain_map_signals;
  gboolean       active;
  char          *hovered_shape;

  /* The last area the stroke in progress painted. */
  const AtlasRegion *last_region;
  AtlasSide          last_side;
};

G_DEFINE_FINAL_TYPE (AtlasRegionLayer, atlas_region_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_PAIN_MAP,
  PROP_HOVERED_SHAPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MARKS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AtlasDatabase *
get_database (AtlasRegionLayer *self)
{
  return self->host->get_database (self->widget);
}

static gboolean
is_region_shape (const char *id,
                 gpointer    user_data)
{
  return atlas_database_lookup_region_shape (user_data, id, NULL) != NULL;
}

static const char *
pick_shape (AtlasRegionLayer *self,
            double            widget_x,
            double            widget_y)
{
  const AtlasView *view = self->host->get_view (self->widget);
  double x, y;

  if (view == NULL)
    return NULL;

  self->host->widget_to_document (self->widget, widget_x, widget_y, &x, &y);
  return atlas_diagram_pick (view->diagram, x, y, is_region_shape, get_database (self));
}

const AtlasRegion *
atlas_region_layer_pick (AtlasRegionLayer *self,
                         double            widget_x,
                         double            widget_y,
                         AtlasSide        *side)
{
  const char *shape;

  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), NULL);

  shape = pick_shape (self, widget_x, widget_y);
  if (shape == NULL)
    return NULL;
  return atlas_database_lookup_region_shape (get_database (self), shape, side);
}

gboolean
atlas_region_layer_toggle_shape (AtlasRegionLayer *self,
                                 const char       *shape_id)
{
  AtlasDatabase *db;
  const AtlasRegion *region;
  AtlasSide side;

  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), FALSE);

  db = get_database (self);
  if (!self->active || self->pain_map == NULL || db == NULL)
    return FALSE;
  region = atlas_database_lookup_region_shape (db, shape_id, &side);
  if (region == NULL)
    return FALSE;

  atlas_pain_map_toggle (self->pain_map, region, side);
  return TRUE;
}

gboolean
atlas_region_layer_activate_at (AtlasRegionLayer *self,
                                double            widget_x,
                                double            widget_y)
{
  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), FALSE);

  return atlas_region_layer_toggle_shape (self, pick_shape (self, widget_x, widget_y));
}

gboolean
atlas_region_layer_is_shape_marked (AtlasRegionLayer *self,
                                    const char       *shape_id)
{
  AtlasDatabase *db;
  const AtlasRegion *region;
  AtlasSide          side;

  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), FALSE);

  db = get_database (self);
  if (self->pain_map == NULL || db == NULL)
    return FALSE;
  region = atlas_database_lookup_region_shape (db, shape_id, &side);
  return region != NULL && atlas_pain_map_is_marked (self->pain_map, region, side);
}

char *
atlas_region_layer_dup_tooltip_text (AtlasRegionLayer *self,
                                     double            widget_x,
                                     double            widget_y)
{
  const AtlasRegion *region;
  AtlasSide side;

  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), NULL);

  region = atlas_region_layer_pick (self, widget_x, widget_y, &side);
  return region != NULL ? atlas_format_region_instance (region, side) : NULL;
}

void
atlas_region_layer_draw (AtlasRegionLayer *self,
                         cairo_t          *cr,
                         const AtlasView  *view,
                         double            pixel,
                         gboolean          outline_only)
{
  const AtlasPainArea *areas;
  guint n_areas = 0;
  const char *focused;

  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  focused = self->host->get_focused_region (self->widget);
  areas = self->pain_map != NULL ? atlas_pain_map_get_areas (self->pain_map, &n_areas) : NULL;
  for (guint i = 0; i < n_areas; i++)
    {
      g_autofree char *shape = atlas_region_dup_shape_id (areas[i].region, areas[i].side);

      /* A view that does not draw the region simply has no path for it. */
      atlas_body_painter_pain_region (cr, view->diagram, shape,
                                      outline_only ? ATLAS_PAIN_MARKED_OUTLINE : ATLAS_PAIN_MARKED,
                                      pixel);
    }

  if (self->hovered_shape != NULL)
    atlas_body_painter_pain_region (cr, view->diagram, self->hovered_shape, ATLAS_PAIN_HOVER,
                                    pixel);
  if (focused != NULL && g_strcmp0 (focused, self->hovered_shape) != 0)
    atlas_body_painter_pain_region (cr, view->diagram, focused, ATLAS_PAIN_HOVER, pixel);
}

static void
set_hovered_shape (AtlasRegionLayer *self,
                   const char       *shape)
{
  if (g_strcmp0 (self->hovered_shape, shape) == 0)
    return;

  g_free (self->hovered_shape);
  self->hovered_shape = g_strdup (shape);
  gtk_widget_set_cursor_from_name (self->widget, shape != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (self->widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_SHAPE]);
}

void
atlas_region_layer_hover (AtlasRegionLayer *self,
                          double            widget_x,
                          double            widget_y)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  if (self->active)
    set_hovered_shape (self, pick_shape (self, widget_x, widget_y));
}

void
atlas_region_layer_leave (AtlasRegionLayer *self)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  set_hovered_shape (self, NULL);
}

/* Paints the area at a widget point into the stroke, once per area crossed. */
static void
paint_at (AtlasRegionLayer *self,
          double            x,
          double            y)
{
  AtlasSide side;
  const AtlasRegion *region = atlas_region_layer_pick (self, x, y, &side);

  if (region == NULL || (region == self->last_region && side == self->last_side))
    return;

  self->last_region = region;
  self->last_side = side;
  /* The first area reached starts the stroke: a drag begun beside the body
   * still paints. */
  atlas_pain_map_stroke_extend (self->pain_map, region, side);
}

gboolean
atlas_region_layer_stroke_begin (AtlasRegionLayer *self,
                                 double            widget_x,
                                 double            widget_y)
{
  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), FALSE);

  if (!self->active || self->pain_map == NULL)
    return FALSE;

  self->last_region = NULL;
  atlas_pain_map_stroke_end (self->pain_map);
  paint_at (self, widget_x, widget_y);
  return TRUE;
}

void
atlas_region_layer_stroke_to (AtlasRegionLayer *self,
                              double            widget_x,
                              double            widget_y)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  if (!self->active || self->pain_map == NULL)
    return;

  set_hovered_shape (self, pick_shape (self, widget_x, widget_y));
  paint_at (self, widget_x, widget_y);
}

void
atlas_region_layer_stroke_end (AtlasRegionLayer *self)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  if (self->pain_map != NULL)
    atlas_pain_map_stroke_end (self->pain_map);
  self->last_region = NULL;
}

static void
on_pain_map_changed (AtlasRegionLayer *self)
{
  g_signal_emit (self, signals[MARKS_CHANGED], 0);
  gtk_widget_queue_draw (self->widget);
}

gboolean
atlas_region_layer_get_active (AtlasRegionLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), FALSE);

  return self->active;
}

void
atlas_region_layer_set_active (AtlasRegionLayer *self,
                               gboolean          active)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  set_hovered_shape (self, NULL);
  if (self->pain_map != NULL)
    atlas_pain_map_stroke_end (self->pain_map);
  gtk_widget_queue_draw (self->widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

AtlasPainMap *
atlas_region_layer_get_pain_map (AtlasRegionLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), NULL);

  return self->pain_map;
}

void
atlas_region_layer_set_pain_map (AtlasRegionLayer *self,
                                 AtlasPainMap     *pain_map)
{
  g_return_if_fail (ATLAS_IS_REGION_LAYER (self));
  g_return_if_fail (pain_map == NULL || ATLAS_IS_PAIN_MAP (pain_map));

  if (self->pain_map == pain_map)
    return;

  g_set_object (&self->pain_map, pain_map);
  g_signal_group_set_target (self->pain_map_signals, pain_map);

  on_pain_map_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_MAP]);
}

const char *
atlas_region_layer_get_hovered_shape (AtlasRegionLayer *self)
{
  g_return_val_if_fail (ATLAS_IS_REGION_LAYER (self), NULL);

  return self->hovered_shape;
}

static void
atlas_region_layer_dispose (GObject *object)
{
  AtlasRegionLayer *self = ATLAS_REGION_LAYER (object);

  g_signal_group_set_target (self->pain_map_signals, NULL);
  g_clear_object (&self->pain_map_signals);
  g_clear_object (&self->pain_map);

  G_OBJECT_CLASS (atlas_region_layer_parent_class)->dispose (object);
}

static void
atlas_region_layer_finalize (GObject *object)
{
  AtlasRegionLayer *self = ATLAS_REGION_LAYER (object);

  g_free (self->hovered_shape);

  G_OBJECT_CLASS (atlas_region_layer_parent_class)->finalize (object);
}

static void
atlas_region_layer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasRegionLayer *self = ATLAS_REGION_LAYER (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_PAIN_MAP:
      g_value_set_object (value, self->pain_map);
      break;

    case PROP_HOVERED_SHAPE:
      g_value_set_string (value, self->hovered_shape);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_region_layer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasRegionLayer *self = ATLAS_REGION_LAYER (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      atlas_region_layer_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_PAIN_MAP:
      atlas_region_layer_set_pain_map (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_region_layer_class_init (AtlasRegionLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_region_layer_dispose;
  object_class->finalize = atlas_region_layer_finalize;
  object_class->get_property = atlas_region_layer_get_property;
  object_class->set_property = atlas_region_layer_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PAIN_MAP] =
    g_param_spec_object ("pain-map", NULL, NULL,
                         ATLAS_TYPE_PAIN_MAP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOVERED_SHAPE] =
    g_param_spec_string ("hovered-shape", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MARKS_CHANGED] =
    g_signal_new ("marks-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_region_layer_init (AtlasRegionLayer *self)
{
  self->pain_map_signals = g_signal_group_new (ATLAS_TYPE_PAIN_MAP);
  g_signal_group_connect_swapped (self->pain_map_signals, "changed",
                                  G_CALLBACK (on_pain_map_changed), self);
}

AtlasRegionLayer *
atlas_region_layer_new (GtkWidget             *widget,
                        const AtlasRegionHost *host)
{
  AtlasRegionLayer *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (host != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_REGION_LAYER, NULL);
  self->widget = widget;
  self->host = host;

  return self;
}
