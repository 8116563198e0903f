/* atlas-pattern-overlay.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Show all patterns" of a condition or a painful region: the trigger points
 * and referral zones of all its muscles on one diagram. It is drawn over the
 * body view rather than by it, with the same painter and the view's own fit,
 * so that the body view keeps one selection and one job; clicks pass through
 * to the muscles underneath.
 */

#include "config.h"

#include "atlas-body-painter.h"
#include "atlas-pattern-overlay.h"

struct _AtlasPatternOverlay {
  GtkWidget parent_instance;

  AtlasBodyView *body_view;
  GStrv muscles;
  /* Compared with the muscles, in the second rendition, or NULL. */
  char *second;
};

G_DEFINE_FINAL_TYPE (AtlasPatternOverlay, atlas_pattern_overlay, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BODY_VIEW,
  PROP_MUSCLES,
  PROP_SECOND_MUSCLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pain zones are red, and so are the muscles: wash the figure toward the
 * background, as the body view does for a selected muscle, so that the
 * patterns stand out. The background itself does not change. */
void
atlas_pattern_overlay_fade_figure (GtkWidget       *widget,
                                   cairo_t         *cr,
                                   const AtlasView *view)
{
  GdkRGBA base = { 1, 1, 1, 1 };

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "theme_base_color", &base);
G_GNUC_END_IGNORE_DEPRECATIONS
  base.alpha = 0.5;
  gdk_cairo_set_source_rgba (cr, &base);
  cairo_rectangle (cr, 0, 0, atlas_diagram_get_width (view->diagram),
                   atlas_diagram_get_height (view->diagram));
  cairo_fill (cr);
}

static void
atlas_pattern_overlay_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  AtlasPatternOverlay *self = ATLAS_PATTERN_OVERLAY (widget);
  g_autoptr (GPtrArray) muscles = g_ptr_array_new ();
  AtlasMuscle *second = NULL;
  AtlasDatabase *db;
  const AtlasView *view;
  AtlasSide side;
  double ox, oy, x1, y1, scale;
  cairo_t *cr;

  if (self->body_view == NULL || self->muscles == NULL)
    return;
  db = atlas_body_view_get_database (self->body_view);
  view = atlas_body_view_get_view (self->body_view);
  if (view == NULL)
    return;

  for (guint i = 0; self->muscles[i] != NULL; i++)
    {
      AtlasMuscle *muscle = atlas_database_get_muscle (db, self->muscles[i]);

      if (muscle != NULL)
        g_ptr_array_add (muscles, muscle);
    }

  if (self->second != NULL)
    second = atlas_database_get_muscle (db, self->second);

  /* The body view's fit: a uniform scale and an offset. */
  atlas_body_view_document_to_widget (self->body_view, 0, 0, &ox, &oy);
  atlas_body_view_document_to_widget (self->body_view, 1, 1, &x1, &y1);
  scale = x1 - ox;
  if (muscles->len == 0 || scale <= 0)
    return;

  /* One side is enough to read a pattern, and the other stays clear to
   * compare with; the right one, which the lateral views draw. */
  side = atlas_view_draws_side (view, ATLAS_SIDE_RIGHT) ? ATLAS_SIDE_RIGHT : ATLAS_SIDE_LEFT;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, scale);

  atlas_pattern_overlay_fade_figure (widget, cr, view);
  /* One merged pattern: where zones overlap, the strongest shows, once. */
  atlas_body_painter_patterns (cr, view->diagram, muscles, side, 1.0 / scale);
  if (second != NULL)
    {
      g_autoptr (GPtrArray) seconds = g_ptr_array_new ();

      /* Over the first: its hatching and rings leave the first one's solid
       * and dots showing between them where the two overlap. */
      g_ptr_array_add (seconds, second);
      atlas_body_painter_patterns_as (cr, view->diagram, seconds, side, ATLAS_RENDITION_SECOND,
                                      1.0 / scale);
      g_ptr_array_add (muscles, second);
    }
  for (guint i = 0; i < muscles->len; i++)
    {
      g_autofree char *shape = atlas_muscle_dup_shape_id (g_ptr_array_index (muscles, i), side);

      atlas_body_painter_outline (cr, view->diagram, shape, ATLAS_HIGHLIGHT_HOVER, 1.0 / scale);
    }
  /* Marks last: an X must never hide under another muscle's zone. */
  for (guint i = 0; i < muscles->len; i++)
    atlas_body_painter_marks (cr, view, g_ptr_array_index (muscles, i), side, 1.0 / scale);

  cairo_destroy (cr);
}

static void
queue_draw (AtlasPatternOverlay *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
atlas_pattern_overlay_dispose (GObject *object)
{
  AtlasPatternOverlay *self = ATLAS_PATTERN_OVERLAY (object);

  g_clear_object (&self->body_view);
  g_clear_pointer (&self->muscles, g_strfreev);
  g_clear_pointer (&self->second, g_free);

  G_OBJECT_CLASS (atlas_pattern_overlay_parent_class)->dispose (object);
}

static void
atlas_pattern_overlay_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasPatternOverlay *self = ATLAS_PATTERN_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      g_value_set_object (value, self->body_view);
      break;
    case PROP_MUSCLES:
      g_value_set_boxed (value, self->muscles);
      break;
    case PROP_SECOND_MUSCLE:
      g_value_set_string (value, self->second);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_pattern_overlay_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasPatternOverlay *self = ATLAS_PATTERN_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      atlas_pattern_overlay_set_body_view (self, g_value_get_object (value));
      break;
    case PROP_MUSCLES:
      atlas_pattern_overlay_set_muscles (self, g_value_get_boxed (value));
      break;
    case PROP_SECOND_MUSCLE:
      atlas_pattern_overlay_set_second_muscle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_pattern_overlay_class_init (AtlasPatternOverlayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_pattern_overlay_dispose;
  object_class->get_property = atlas_pattern_overlay_get_property;
  object_class->set_property = atlas_pattern_overlay_set_property;
  widget_class->snapshot = atlas_pattern_overlay_snapshot;

  properties[PROP_BODY_VIEW] =
    g_param_spec_object ("body-view", NULL, NULL, ATLAS_TYPE_BODY_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUSCLES] =
    g_param_spec_boxed ("muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECOND_MUSCLE] =
    g_param_spec_string ("second-muscle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "patternoverlay");
  /* What it shows is listed, in words, in the panel that asked for it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
atlas_pattern_overlay_init (AtlasPatternOverlay *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

GtkWidget *
atlas_pattern_overlay_new (void)
{
  return g_object_new (ATLAS_TYPE_PATTERN_OVERLAY, NULL);
}

AtlasBodyView *
atlas_pattern_overlay_get_body_view (AtlasPatternOverlay *self)
{
  g_return_val_if_fail (ATLAS_IS_PATTERN_OVERLAY (self), NULL);
  return self->body_view;
}

void
atlas_pattern_overlay_set_body_view (AtlasPatternOverlay *self,
                                     AtlasBodyView       *body_view)
{
  g_return_if_fail (ATLAS_IS_PATTERN_OVERLAY (self));
  g_return_if_fail (body_view == NULL || ATLAS_IS_BODY_VIEW (body_view));

  if (self->body_view == body_view)
    return;

  if (self->body_view != NULL)
    g_signal_handlers_disconnect_by_data (self->body_view, self);
  g_set_object (&self->body_view, body_view);
  if (body_view != NULL)
    {
      g_signal_connect_object (body_view, "notify::view-id", G_CALLBACK (queue_draw), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (body_view, "notify::database", G_CALLBACK (queue_draw), self,
                               G_CONNECT_SWAPPED);
    }

  queue_draw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_VIEW]);
}

const char * const *
atlas_pattern_overlay_get_muscles (AtlasPatternOverlay *self)
{
  g_return_val_if_fail (ATLAS_IS_PATTERN_OVERLAY (self), NULL);
  return (const char * const *) self->muscles;
}

void
atlas_pattern_overlay_set_muscles (AtlasPatternOverlay *self,
                                   const char * const  *muscle_ids)
{
  g_return_if_fail (ATLAS_IS_PATTERN_OVERLAY (self));

  if (muscle_ids != NULL && muscle_ids[0] == NULL)
    muscle_ids = NULL;
  if (self->muscles == NULL && muscle_ids == NULL)
    return;
  if (self->muscles != NULL && muscle_ids != NULL &&
      g_strv_equal ((const char * const *) self->muscles, muscle_ids))
    return;

  g_strfreev (self->muscles);
  self->muscles = g_strdupv ((char **) muscle_ids);
  queue_draw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLES]);
}

const char *
atlas_pattern_overlay_get_second_muscle (AtlasPatternOverlay *self)
{
  g_return_val_if_fail (ATLAS_IS_PATTERN_OVERLAY (self), NULL);
  return self->second;
}

void
atlas_pattern_overlay_set_second_muscle (AtlasPatternOverlay *self,
                                         const char          *muscle_id)
{
  g_return_if_fail (ATLAS_IS_PATTERN_OVERLAY (self));

  if (g_strcmp0 (self->second, muscle_id) == 0)
    return;
  g_free (self->second);
  self->second = g_strdup (muscle_id);
  queue_draw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECOND_MUSCLE]);
}

static guint
count_marks (AtlasMuscle     *muscle,
             const AtlasView *view)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (muscle);
  guint count = 0;

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      for (guint j = 0; j < point->marks->len; j++)
        count += ((const AtlasMark *) g_ptr_array_index (point->marks, j))->view == view;
    }
  return count;
}

const AtlasView *
atlas_pattern_overlay_choose_view (AtlasDatabase      *db,
                                   const char * const *muscle_ids,
                                   const AtlasView    *current)
{
  GPtrArray *views;
  const AtlasView *best = current;
  guint best_score = 0;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), current);

  views = atlas_database_get_views (db);
  for (guint v = 0; v < views->len; v++)
    {
      const AtlasView *view = g_ptr_array_index (views, v);
      guint score = 0;

      for (guint i = 0; muscle_ids != NULL && muscle_ids[i] != NULL; i++)
        {
          AtlasMuscle *muscle = atlas_database_get_muscle (db, muscle_ids[i]);

          if (muscle == NULL)
            continue;
          /* Each muscle first votes for the view that draws it largest with its
           * marks, so that a close-up (the head for a headache) beats a whole-body
           * view showing the same zones smaller; zones and marks break ties. */
          if (atlas_muscle_choose_view (muscle, NULL) == view)
            score += 1000;
          score += 2 * count_marks (muscle, view) +
                   2 * atlas_muscle_count_pattern_regions (muscle, view, ATLAS_ZONE_ESSENTIAL) +
                   atlas_muscle_count_pattern_regions (muscle, view, ATLAS_ZONE_SPILLOVER);
        }

      if (view == current)
        score++; /* wins a tie: the diagram moves only for a better one */
      if (best == NULL || score > best_score)
        {
          best = view;
          best_score = score;
        }
    }

  return best;
}
