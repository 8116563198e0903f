/* atlas-presentation-state.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bag of notifying properties. Each value is kept as a GValue of its
 * pspec's type, so that one setter compares and notifies for all of them and
 * bindings work both ways without a line per property.
 */

#include "config.h"

#include "atlas-presentation-state.h"
#include "atlas-region-layer.h"
#include "atlas-viewport.h"

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_VIEW_ID,
  PROP_SELECTED_MUSCLE,
  PROP_SELECTED_SIDE,
  PROP_PREVIEW_MUSCLE,
  PROP_PREVIEW_SIDE,
  PROP_ZOOM,
  PROP_CENTRE_X,
  PROP_CENTRE_Y,
  PROP_PAIN_MAP,
  PROP_SHOW_MARKS,
  PROP_PATTERN_MUSCLES,
  PROP_PLAN_MUSCLES,
  PROP_BLANKED,
  N_PROPS
};

struct _AtlasPresentationState
{
  GObject parent_instance;

  GValue  values[N_PROPS];
};

G_DEFINE_FINAL_TYPE (AtlasPresentationState, atlas_presentation_state, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
atlas_presentation_state_finalize (GObject *object)
{
  AtlasPresentationState *self = ATLAS_PRESENTATION_STATE (object);

  for (guint i = 1; i < N_PROPS; i++)
    g_value_unset (&self->values[i]);

  G_OBJECT_CLASS (atlas_presentation_state_parent_class)->finalize (object);
}

static void
atlas_presentation_state_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  AtlasPresentationState *self = ATLAS_PRESENTATION_STATE (object);

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_copy (&self->values[prop_id], value);
}

static void
atlas_presentation_state_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  AtlasPresentationState *self = ATLAS_PRESENTATION_STATE (object);

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (g_param_values_cmp (pspec, &self->values[prop_id], value) == 0)
    return;
  g_value_copy (value, &self->values[prop_id]);
  g_object_notify_by_pspec (object, pspec);
}

static void
atlas_presentation_state_class_init (AtlasPresentationStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = atlas_presentation_state_finalize;
  object_class->get_property = atlas_presentation_state_get_property;
  object_class->set_property = atlas_presentation_state_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, ATLAS_TYPE_DATABASE, flags);
  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL, NULL, flags);
  properties[PROP_SELECTED_MUSCLE] =
    g_param_spec_object ("selected-muscle", NULL, NULL, ATLAS_TYPE_MUSCLE, flags);
  properties[PROP_SELECTED_SIDE] =
    g_param_spec_enum ("selected-side", NULL, NULL, ATLAS_TYPE_SIDE, ATLAS_SIDE_RIGHT, flags);
  properties[PROP_PREVIEW_MUSCLE] =
    g_param_spec_object ("preview-muscle", NULL, NULL, ATLAS_TYPE_MUSCLE, flags);
  properties[PROP_PREVIEW_SIDE] =
    g_param_spec_enum ("preview-side", NULL, NULL, ATLAS_TYPE_SIDE, ATLAS_SIDE_RIGHT, flags);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 1.0, ATLAS_VIEWPORT_MAX_ZOOM, 1.0, flags);
  properties[PROP_CENTRE_X] =
    g_param_spec_double ("centre-x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_CENTRE_Y] =
    g_param_spec_double ("centre-y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_PAIN_MAP] =
    g_param_spec_object ("pain-map", NULL, NULL, ATLAS_TYPE_PAIN_MAP, flags);
  properties[PROP_SHOW_MARKS] =
    g_param_spec_boolean ("show-marks", NULL, NULL, FALSE, flags);
  properties[PROP_PATTERN_MUSCLES] =
    g_param_spec_boxed ("pattern-muscles", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_PLAN_MUSCLES] =
    g_param_spec_boxed ("plan-muscles", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_BLANKED] =
    g_param_spec_boolean ("blanked", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_presentation_state_init (AtlasPresentationState *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    {
      g_value_init (&self->values[i], G_PARAM_SPEC_VALUE_TYPE (properties[i]));
      g_param_value_set_default (properties[i], &self->values[i]);
    }
}

AtlasPresentationState *
atlas_presentation_state_new (AtlasDatabase *database)
{
  return g_object_new (ATLAS_TYPE_PRESENTATION_STATE, "database", database, NULL);
}

AtlasDatabase *
atlas_presentation_state_get_database (AtlasPresentationState *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);
  return g_value_get_object (&self->values[PROP_DATABASE]);
}

gboolean
atlas_presentation_state_get_blanked (AtlasPresentationState *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), FALSE);
  return g_value_get_boolean (&self->values[PROP_BLANKED]);
}

void
atlas_presentation_state_set_blanked (AtlasPresentationState *self,
                                      gboolean                blanked)
{
  g_return_if_fail (ATLAS_IS_PRESENTATION_STATE (self));
  g_object_set (self, "blanked", !!blanked, NULL);
}

const char *
atlas_presentation_state_get_view_id (AtlasPresentationState *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);
  return g_value_get_string (&self->values[PROP_VIEW_ID]);
}

AtlasMuscle *
atlas_presentation_state_get_muscle (AtlasPresentationState *self,
                                     AtlasSide              *side)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);
  if (side != NULL)
    *side = g_value_get_enum (&self->values[PROP_SELECTED_SIDE]);
  return g_value_get_object (&self->values[PROP_SELECTED_MUSCLE]);
}

AtlasMuscle *
atlas_presentation_state_get_preview (AtlasPresentationState *self,
                                      AtlasSide              *side)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);
  if (side != NULL)
    *side = g_value_get_enum (&self->values[PROP_PREVIEW_SIDE]);
  return g_value_get_object (&self->values[PROP_PREVIEW_MUSCLE]);
}

AtlasPainMap *
atlas_presentation_state_get_pain_map (AtlasPresentationState *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);
  return g_value_get_object (&self->values[PROP_PAIN_MAP]);
}

gboolean
atlas_presentation_state_get_show_marks (AtlasPresentationState *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), FALSE);
  return g_value_get_boolean (&self->values[PROP_SHOW_MARKS]);
}

const char * const *
atlas_presentation_state_get_shown_muscles (AtlasPresentationState *self)
{
  const char * const *plan;
  const char * const *pattern;

  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (self), NULL);

  plan = g_value_get_boxed (&self->values[PROP_PLAN_MUSCLES]);
  pattern = g_value_get_boxed (&self->values[PROP_PATTERN_MUSCLES]);
  if (plan != NULL && plan[0] != NULL)
    return plan;
  if (pattern != NULL && pattern[0] != NULL)
    return pattern;
  return NULL;
}

/* ---- The clinician's side ------------------------------------------------ */

static void
copy_preview (AtlasPresentationState *self,
              GParamSpec             *pspec,
              AtlasBodyView          *body_view)
{
  AtlasSide side;
  AtlasMuscle *muscle = atlas_body_view_get_preview_muscle (body_view, &side);

  /* Side first, so that whoever listens to the muscle sees the right side. */
  g_object_set (self, "preview-side", side, NULL);
  g_object_set (self, "preview-muscle", muscle, NULL);
}

/* The zoom and the diagram point at the centre of the view. */
static void
copy_viewport (AtlasPresentationState *self,
               GParamSpec             *pspec,
               AtlasBodyView          *body_view)
{
  GtkWidget *widget = GTK_WIDGET (body_view);
  double x, y;

  if (gtk_widget_get_width (widget) <= 0 || atlas_body_view_get_zoom (body_view) < 1.0)
    return;
  atlas_body_view_widget_to_document (body_view, gtk_widget_get_width (widget) / 2.0,
                                      gtk_widget_get_height (widget) / 2.0, &x, &y);
  g_object_set (self,
                "centre-x", x,
                "centre-y", y,
                "zoom", atlas_body_view_get_zoom (body_view),
                NULL);
}

void
atlas_presentation_state_follow (AtlasPresentationState *self,
                                 AtlasBodyView          *body_view)
{
  static const char * const names[] = { "view-id", "selected-side", "selected-muscle" };

  g_return_if_fail (ATLAS_IS_PRESENTATION_STATE (self));
  g_return_if_fail (ATLAS_IS_BODY_VIEW (body_view));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_bind_property (body_view, names[i], self, names[i], G_BINDING_SYNC_CREATE);

  g_signal_connect_object (body_view, "notify::preview-muscle",
                           G_CALLBACK (copy_preview), self, G_CONNECT_SWAPPED);
  /* The body view notifies "zoom" on a pan too. */
  g_signal_connect_object (body_view, "notify::zoom",
                           G_CALLBACK (copy_viewport), self, G_CONNECT_SWAPPED);
  copy_preview (self, NULL, body_view);
  copy_viewport (self, NULL, body_view);
}

/* ---- The patient's side -------------------------------------------------- */

static void
apply_preview (AtlasBodyView          *body_view,
               GParamSpec             *pspec,
               AtlasPresentationState *self)
{
  AtlasSide side;
  AtlasMuscle *muscle = atlas_presentation_state_get_preview (self, &side);

  atlas_body_view_set_preview (body_view, muscle, side);
}

static void apply_viewport (AtlasBodyView          *body_view,
                            GParamSpec             *pspec,
                            AtlasPresentationState *self);

static gboolean
apply_when_sized (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       self)
{
  if (gtk_widget_get_width (widget) <= 0 ||
      atlas_body_view_get_zoom (ATLAS_BODY_VIEW (widget)) < 1.0)
    return G_SOURCE_CONTINUE;
  g_object_set_data (G_OBJECT (widget), "atlas-pending-zoom", NULL);
  apply_viewport (ATLAS_BODY_VIEW (widget), NULL, self);
  return G_SOURCE_REMOVE;
}

/* The same zoom about the same diagram point, each view keeping the picture
 * within its own bounds. A view not laid out yet (a presentation opened while
 * the clinician is zoomed in) catches up on its first frame with a size. */
static void
apply_viewport (AtlasBodyView          *body_view,
                GParamSpec             *pspec,
                AtlasPresentationState *self)
{
  GtkWidget *widget = GTK_WIDGET (body_view);
  double zoom = g_value_get_double (&self->values[PROP_ZOOM]);
  double current = atlas_body_view_get_zoom (body_view);
  double x, y;

  if (gtk_widget_get_width (widget) <= 0 || current < 1.0)
    {
      if (g_object_get_data (G_OBJECT (widget), "atlas-pending-zoom") == NULL)
        g_object_set_data (G_OBJECT (widget), "atlas-pending-zoom",
                           GUINT_TO_POINTER (gtk_widget_add_tick_callback (widget,
                                                                           apply_when_sized,
                                                                           self, NULL)));
      return;
    }
  if (zoom != current)
    atlas_body_view_zoom (body_view, zoom / current);
  atlas_body_view_document_to_widget (body_view,
                                      g_value_get_double (&self->values[PROP_CENTRE_X]),
                                      g_value_get_double (&self->values[PROP_CENTRE_Y]), &x, &y);
  atlas_body_view_pan (body_view, gtk_widget_get_width (widget) / 2.0 - x,
                       gtk_widget_get_height (widget) / 2.0 - y);
}

/* The views of the patient's screen only show: the clinician points and
 * clicks on the laptop. */
void
atlas_presentation_state_drive (AtlasPresentationState *self,
                                AtlasBodyView          *body_view,
                                gboolean                with_zoom)
{
  AtlasRegionLayer *layer;

  g_return_if_fail (ATLAS_IS_PRESENTATION_STATE (self));
  g_return_if_fail (ATLAS_IS_BODY_VIEW (body_view));

  gtk_widget_set_can_target (GTK_WIDGET (body_view), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (body_view), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (body_view), FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (body_view), FALSE);
  atlas_body_view_set_database (body_view, atlas_presentation_state_get_database (self));

  g_object_bind_property (self, "selected-side", body_view, "selected-side", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "selected-muscle", body_view, "selected-muscle",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self, "notify::preview-muscle",
                           G_CALLBACK (apply_preview), body_view, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::preview-side",
                           G_CALLBACK (apply_preview), body_view, G_CONNECT_SWAPPED);
  apply_preview (body_view, NULL, self);

  layer = atlas_body_view_get_region_layer (body_view);
  atlas_region_layer_set_pain_map (layer, atlas_presentation_state_get_pain_map (self));
  g_object_bind_property (self, "show-marks", layer, "active", G_BINDING_SYNC_CREATE);

  if (!with_zoom)
    return;
  /* Zoom and centre are set together: their notifications come after both. */
  g_signal_connect_object (self, "notify::zoom",
                           G_CALLBACK (apply_viewport), body_view, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::centre-x",
                           G_CALLBACK (apply_viewport), body_view, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::centre-y",
                           G_CALLBACK (apply_viewport), body_view, G_CONNECT_SWAPPED);
  apply_viewport (body_view, NULL, self);
}
