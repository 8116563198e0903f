/* atlas-body-view.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "atlas-body-view-private.h"
#include "atlas-diagram.h"
#include "atlas-format.h"
#include "atlas-region-layer.h"
#include "atlas-shape-button.h"
#include "atlas-widget-utils.h"

/* Room around the figure so that outlines and X marks at the edge are not cut. */
#define FIT_MARGIN 12.0

G_DEFINE_FINAL_TYPE (AtlasBodyView, atlas_body_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_VIEW_ID,
  PROP_SELECTED_MUSCLE,
  PROP_SELECTED_SIDE,
  PROP_HOVERED_SHAPE,
  PROP_PREVIEW_MUSCLE,
  PROP_ZOOM,
  PROP_ZOOMABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() arrived in GLib 2.76. */
static gboolean
set_string (char       **dest,
            const char  *value)
{
  char *copy;

  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*dest);
  *dest = copy;
  return TRUE;
}

const AtlasView *
atlas_body_view_get_view (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  if (self->database == NULL || self->view_id == NULL)
    return NULL;

  return atlas_database_get_view (self->database, self->view_id);
}

static AtlasDiagram *
get_diagram (AtlasBodyView *self)
{
  const AtlasView *view = atlas_body_view_get_view (self);

  return view != NULL ? view->diagram : NULL;
}

/* The diagram is scaled uniformly, so one scale and one offset describe the
 * whole mapping: fitted and centred, or zoomed about a point. */
gboolean
_atlas_body_view_compute_fit (AtlasBodyView *self,
                              double        *scale,
                              double        *offset_x,
                              double        *offset_y)
{
  AtlasDiagram *diagram = get_diagram (self);

  *scale = 1.0;
  *offset_x = *offset_y = 0.0;
  if (diagram == NULL)
    return FALSE;

  if (self->viewport.doc_width != atlas_diagram_get_width (diagram) ||
      self->viewport.doc_height != atlas_diagram_get_height (diagram))
    atlas_viewport_init (&self->viewport, atlas_diagram_get_width (diagram),
                         atlas_diagram_get_height (diagram), FIT_MARGIN);
  atlas_viewport_resize (&self->viewport, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)));
  return atlas_viewport_get_transform (&self->viewport, scale, offset_x, offset_y);
}

void
atlas_body_view_widget_to_document (AtlasBodyView *self,
                                    double         widget_x,
                                    double         widget_y,
                                    double        *doc_x,
                                    double        *doc_y)
{
  double s, ox, oy;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  _atlas_body_view_compute_fit (self, &s, &ox, &oy);
  *doc_x = (widget_x - ox) / s;
  *doc_y = (widget_y - oy) / s;
}

void
atlas_body_view_document_to_widget (AtlasBodyView *self,
                                    double         doc_x,
                                    double         doc_y,
                                    double        *widget_x,
                                    double        *widget_y)
{
  double s, ox, oy;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  _atlas_body_view_compute_fit (self, &s, &ox, &oy);
  *widget_x = ox + doc_x * s;
  *widget_y = oy + doc_y * s;
}

static gboolean
is_muscle_shape (const char *id,
                 gpointer    user_data)
{
  AtlasBodyView *self = user_data;
  AtlasSide side;

  return atlas_database_lookup_shape (self->database, id, &side) != NULL;
}

const char *
_atlas_body_view_pick_shape (AtlasBodyView *self,
                             double         widget_x,
                             double         widget_y)
{
  AtlasDiagram *diagram = get_diagram (self);
  double x, y;

  if (diagram == NULL)
    return NULL;

  atlas_body_view_widget_to_document (self, widget_x, widget_y, &x, &y);
  if (x < 0 || y < 0
      || x > atlas_diagram_get_width (diagram)
      || y > atlas_diagram_get_height (diagram))
    return NULL;

  return atlas_diagram_pick (diagram, x, y, is_muscle_shape, self);
}

AtlasMuscle *
atlas_body_view_pick (AtlasBodyView *self,
                      double         widget_x,
                      double         widget_y,
                      AtlasSide     *side)
{
  const char *shape;
  AtlasSide found_side = ATLAS_SIDE_RIGHT;
  AtlasMuscle *muscle;

  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  shape = _atlas_body_view_pick_shape (self, widget_x, widget_y);
  if (shape == NULL)
    return NULL;

  muscle = atlas_database_lookup_shape (self->database, shape, &found_side);
  if (muscle != NULL && side != NULL)
    *side = found_side;

  return muscle;
}

char *
atlas_body_view_dup_tooltip_text (AtlasBodyView *self,
                                  double         widget_x,
                                  double         widget_y)
{
  AtlasMuscle *muscle;
  AtlasSide side;

  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  muscle = atlas_body_view_pick (self, widget_x, widget_y, &side);
  if (muscle == NULL)
    return NULL;

  return atlas_format_muscle_instance (muscle, side);
}

static void
update_accessible_description (AtlasBodyView *self)
{
  g_autofree char *instance = NULL;
  g_autofree char *description = NULL;

  if (self->selected_muscle == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  instance = atlas_format_muscle_instance (self->selected_muscle,
                                           self->selected_side);
  /* Translators: the accessible description of the diagram */
  description = g_strdup_printf (_("Showing %s"), instance);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static gboolean
is_selected_shape (const char *shape_id,
                   gpointer    user_data)
{
  AtlasBodyView   *self = user_data;
  g_autofree char *selected = NULL;

  if (self->selected_muscle == NULL)
    return FALSE;
  selected = atlas_muscle_dup_shape_id (self->selected_muscle, self->selected_side);
  return g_strcmp0 (shape_id, selected) == 0;
}

static void
update_pressed_buttons (AtlasBodyView *self)
{
  atlas_shape_buttons_update_pressed (GTK_WIDGET (self), ATLAS_SHAPE_MUSCLE, is_selected_shape,
                                      self);
}

static gboolean
is_marked_shape (const char *shape_id,
                 gpointer    user_data)
{
  return atlas_region_layer_is_shape_marked (user_data, shape_id);
}

static void
update_region_buttons (AtlasBodyView *self)
{
  atlas_shape_buttons_update_pressed (GTK_WIDGET (self), ATLAS_SHAPE_REGION, is_marked_shape,
                                      self->regions);
}

/* In the pain finder the regions, not the muscles, are what one chooses. */
static void
update_button_visibility (AtlasBodyView *self)
{
  atlas_shape_buttons_show_kind (GTK_WIDGET (self), atlas_region_layer_get_active (self->regions)
                                                      ? ATLAS_SHAPE_REGION
                                                      : ATLAS_SHAPE_MUSCLE);
}

/* One button per muscle and region instance the view draws, head to feet, so
 * that a screen reader reads the body the way a reader would. */
static void
rebuild_buttons (AtlasBodyView *self)
{
  atlas_shape_buttons_rebuild (GTK_WIDGET (self), self->database, atlas_body_view_get_view (self));
  update_region_buttons (self);
  update_button_visibility (self);
}

void
atlas_body_view_select (AtlasBodyView *self,
                        AtlasMuscle   *muscle,
                        AtlasSide      side)
{
  gboolean side_changed;

  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));
  g_return_if_fail (muscle == NULL || ATLAS_IS_MUSCLE (muscle));

  side_changed = self->selected_side != side;
  if (self->selected_muscle == muscle && !side_changed)
    return;

  /* Side first, so that whoever listens to the muscle sees the right side. */
  self->selected_side = side;
  if (side_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SIDE]);

  if (g_set_object (&self->selected_muscle, muscle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MUSCLE]);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "body.clear-selection",
                                 muscle != NULL);
  update_accessible_description (self);
  update_pressed_buttons (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
atlas_body_view_clear_selection (AtlasBodyView *self)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  atlas_body_view_select (self, NULL, self->selected_side);
}

/* Before the window is first shown, the first view's picture is rendered in
 * a worker thread, at the size the window's default size should give, while
 * the rest of the window is built; again when the window is realized, if its
 * frame (known only then) changes that size. The figure is tall: the height
 * decides. */
static void
prefetch_picture (AtlasBodyView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const AtlasView *view = atlas_body_view_get_view (self);
  GtkWidget *titlebar;
  GtkBorder padding, border;
  AtlasViewport fit;
  int width, height, bar = 0;
  double s, ox, oy;

  if (view == NULL || !GTK_IS_WINDOW (root) || gtk_widget_get_mapped (GTK_WIDGET (root)))
    return;
  /* A view in a hidden part of the window (the presentation's side-by-side
   * companion) will not be in the first frame. */
  for (GtkWidget *w = GTK_WIDGET (self); w != GTK_WIDGET (root); w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return;
  gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  titlebar = gtk_window_get_titlebar (GTK_WINDOW (root));
  if (titlebar != NULL)
    gtk_widget_measure (titlebar, GTK_ORIENTATION_VERTICAL, width, NULL, &bar, NULL, NULL);
  gtk_style_context_get_padding (gtk_widget_get_style_context (GTK_WIDGET (root)), &padding);
  gtk_style_context_get_border (gtk_widget_get_style_context (GTK_WIDGET (root)), &border);
  height -= bar + padding.top + padding.bottom + border.top + border.bottom;
  atlas_viewport_init (&fit, atlas_diagram_get_width (view->diagram),
                       atlas_diagram_get_height (view->diagram), FIT_MARGIN);
  atlas_viewport_resize (&fit, width, height);
  if (width > 0 && height > 0 && atlas_viewport_get_transform (&fit, &s, &ox, &oy))
    atlas_diagram_texture_prefetch (self->picture, view,
                                    gtk_widget_get_scale_factor (GTK_WIDGET (self)), s);
  if (!gtk_widget_get_realized (GTK_WIDGET (root)))
    g_signal_connect_object (root, "realize", G_CALLBACK (prefetch_picture), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

gboolean
atlas_body_view_activate_at (AtlasBodyView *self,
                             double         widget_x,
                             double         widget_y)
{
  AtlasMuscle *muscle;
  AtlasSide side;

  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), FALSE);

  /* A click beside the muscles keeps the selection: the referral pattern lies
   * mostly outside the muscle, and pointing at it to show a patient must not
   * make it vanish. Escape clears. */
  muscle = atlas_body_view_pick (self, widget_x, widget_y, &side);
  if (muscle == NULL)
    return FALSE;

  atlas_body_view_select (self, muscle, side);
  return TRUE;
}

void
_atlas_body_view_set_hovered_shape (AtlasBodyView *self,
                                    const char    *shape)
{
  if (!set_string (&self->hovered_shape, shape))
    return;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   shape != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_SHAPE]);
}

static void
invalidate_texture (AtlasBodyView *self)
{
  atlas_diagram_texture_invalidate (self->picture);
  atlas_body_overlay_clear (&self->overlay);
}

static void
draw_regions (cairo_t         *cr,
              const AtlasView *view,
              double           pixel,
              gboolean         outline_only,
              gpointer         user_data)
{
  atlas_region_layer_draw (user_data, cr, view, pixel, outline_only);
}

static void
atlas_body_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (widget);
  const AtlasView *view = atlas_body_view_get_view (self);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  gboolean finder = atlas_region_layer_get_active (self->regions);
  AtlasMuscle *shown = self->preview_muscle != NULL ? self->preview_muscle
                       : finder ? NULL : self->selected_muscle;
  AtlasSide side = self->preview_muscle != NULL ? self->preview_side : self->selected_side;
  double s, ox, oy;
  graphene_rect_t visible = GRAPHENE_RECT_INIT (0, 0, width, height);
  graphene_rect_t bounds;

  if (view == NULL || !_atlas_body_view_compute_fit (self, &s, &ox, &oy))
    return;

  gtk_snapshot_push_clip (snapshot, &visible);
  if (atlas_diagram_texture_snapshot (self->picture, snapshot, view, width, height,
                                      gtk_widget_get_scale_factor (widget), s, ox, oy,
                                      shown != NULL))
    {
      /* Marks and halos may reach past the figure's box, but not past the widget. */
      bounds = GRAPHENE_RECT_INIT (ox, oy, atlas_diagram_get_width (view->diagram) * s,
                                   atlas_diagram_get_height (view->diagram) * s);
      graphene_rect_inset (&bounds, -FIT_MARGIN, -FIT_MARGIN);
      graphene_rect_intersection (&bounds, &visible, &bounds);
      atlas_body_overlay_update (&self->overlay, view, shown, side, self->picture,
                                 finder ? draw_regions : NULL, self->regions, &bounds,
                                 gtk_widget_get_scale_factor (widget), s, ox, oy);
      if (self->overlay.below != NULL)
        gtk_snapshot_append_node (snapshot, self->overlay.below);
      if (self->hovered_shape != NULL)
        atlas_body_painter_append_outline (snapshot, view->diagram, self->hovered_shape, &visible,
                                           s, ox, oy);
      if (focus != NULL && !finder && gtk_widget_has_visible_focus (focus))
        atlas_body_painter_append_outline (
          snapshot, view->diagram, atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (focus)),
          &visible, s, ox, oy);
      if (self->overlay.above != NULL)
        gtk_snapshot_append_node (snapshot, self->overlay.above);
      _atlas_body_view_append_focus_name (self, snapshot, view, s, ox, oy);
    }
  gtk_snapshot_pop (snapshot);
}

static void
atlas_body_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* A body is about twice as tall as it is wide. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 320;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 420 : 840;
}

static void
atlas_body_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (widget);
  const AtlasView *view = atlas_body_view_get_view (self);
  double s, ox, oy;

  /* The shape under a resting pointer moves when the figure is refitted. */
  _atlas_body_view_set_hovered_shape (self, NULL);

  if (view != NULL && _atlas_body_view_compute_fit (self, &s, &ox, &oy))
    atlas_shape_buttons_allocate (widget, view, s, ox, oy);
}

/* Keyboard focus on a shape shows its outline and name, as hovering does. */
static void
atlas_body_view_set_focus_child (GtkWidget *widget,
                                 GtkWidget *child)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (widget);

  GTK_WIDGET_CLASS (atlas_body_view_parent_class)->set_focus_child (widget, child);
  if (child != NULL)
    set_string (&self->focus_shape,
                atlas_shape_button_get_shape_id (ATLAS_SHAPE_BUTTON (child)));
  gtk_widget_queue_draw (widget);
}

static void
select_shape_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (widget);
  const char *shape = g_variant_get_string (parameter, NULL);
  AtlasSide side;
  AtlasMuscle *muscle = self->database != NULL
                          ? atlas_database_lookup_shape (self->database, shape, &side)
                          : NULL;

  if (muscle != NULL)
    atlas_body_view_select (self, muscle, side);
  else
    atlas_region_layer_toggle_shape (self->regions, shape);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  atlas_body_view_clear_selection (ATLAS_BODY_VIEW (widget));
}

static void
on_scale_factor_changed (AtlasBodyView *self)
{
  /* The texture is keyed by scale factor; the next snapshot renders anew. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
atlas_body_view_dispose (GObject *object)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (object);

  atlas_widget_remove_children (GTK_WIDGET (self));
  invalidate_texture (self);
  g_clear_object (&self->picture);
  g_clear_object (&self->regions);
  g_clear_object (&self->preview_muscle);
  g_clear_object (&self->selected_muscle);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (atlas_body_view_parent_class)->dispose (object);
}

static void
atlas_body_view_finalize (GObject *object)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (object);

  g_free (self->view_id);
  g_free (self->hovered_shape);
  g_free (self->focus_shape);

  G_OBJECT_CLASS (atlas_body_view_parent_class)->finalize (object);
}

static void
atlas_body_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, self->view_id);
      break;

    case PROP_SELECTED_MUSCLE:
      g_value_set_object (value, self->selected_muscle);
      break;

    case PROP_SELECTED_SIDE:
      g_value_set_enum (value, self->selected_side);
      break;

    case PROP_HOVERED_SHAPE:
      g_value_set_string (value, self->hovered_shape);
      break;

    case PROP_PREVIEW_MUSCLE:
      g_value_set_object (value, self->preview_muscle);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->viewport.zoom);
      break;

    case PROP_ZOOMABLE:
      g_value_set_boolean (value, self->zoomable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_body_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasBodyView *self = ATLAS_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      atlas_body_view_set_database (self, g_value_get_object (value));
      break;

    case PROP_VIEW_ID:
      atlas_body_view_set_view_id (self, g_value_get_string (value));
      break;

    case PROP_SELECTED_MUSCLE:
      atlas_body_view_select (self, g_value_get_object (value), self->selected_side);
      break;

    case PROP_SELECTED_SIDE:
      atlas_body_view_select (self, self->selected_muscle, g_value_get_enum (value));
      break;

    case PROP_PREVIEW_MUSCLE:
      atlas_body_view_set_preview (self, g_value_get_object (value), self->preview_side);
      break;

    case PROP_ZOOMABLE:
      atlas_body_view_set_zoomable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_body_view_class_init (AtlasBodyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_body_view_dispose;
  object_class->finalize = atlas_body_view_finalize;
  object_class->get_property = atlas_body_view_get_property;
  object_class->set_property = atlas_body_view_set_property;

  widget_class->snapshot = atlas_body_view_snapshot;
  widget_class->measure = atlas_body_view_measure;
  widget_class->size_allocate = atlas_body_view_size_allocate;
  widget_class->set_focus_child = atlas_body_view_set_focus_child;
  widget_class->focus = _atlas_body_view_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         ATLAS_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_MUSCLE] =
    g_param_spec_object ("selected-muscle", NULL, NULL,
                         ATLAS_TYPE_MUSCLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_SIDE] =
    g_param_spec_enum ("selected-side", NULL, NULL,
                       ATLAS_TYPE_SIDE, ATLAS_SIDE_RIGHT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOVERED_SHAPE] =
    g_param_spec_string ("hovered-shape", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PREVIEW_MUSCLE] =
    g_param_spec_object ("preview-muscle", NULL, NULL,
                         ATLAS_TYPE_MUSCLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* 1 shows the whole diagram. */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         1.0, ATLAS_VIEWPORT_MAX_ZOOM, 1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOMABLE] =
    g_param_spec_boolean ("zoomable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "body.clear-selection", NULL,
                                   clear_selection_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "body.clear-selection", NULL);

  gtk_widget_class_set_css_name (widget_class, "bodyview");
  /* A group, not an image: its muscles are buttons a screen reader reaches. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_install_action (widget_class, "body.select-shape", "s", select_shape_action);
}

static void
atlas_body_view_init (AtlasBodyView *self)
{
  self->selected_side = ATLAS_SIDE_RIGHT;
  self->picture = atlas_diagram_texture_new ();
  g_signal_connect_object (self->picture, "changed", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
  self->regions = atlas_region_layer_new (GTK_WIDGET (self), &_atlas_body_view_region_host);
  g_signal_connect_object (self->regions, "notify::active",
                           G_CALLBACK (update_button_visibility), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->regions, "marks-changed",
                           G_CALLBACK (update_region_buttons), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "body.clear-selection", FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body diagram"),
                                  -1);

  _atlas_body_view_init_input (self);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed), NULL);
}

GtkWidget *
atlas_body_view_new (void)
{
  return g_object_new (ATLAS_TYPE_BODY_VIEW, NULL);
}

AtlasDatabase *
atlas_body_view_get_database (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  return self->database;
}

void
atlas_body_view_set_database (AtlasBodyView *self,
                              AtlasDatabase *database)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));
  g_return_if_fail (database == NULL || ATLAS_IS_DATABASE (database));

  if (self->database == database)
    return;

  /* A muscle of another database would point at shapes that do not exist. */
  atlas_body_view_clear_selection (self);
  _atlas_body_view_set_hovered_shape (self, NULL);
  invalidate_texture (self);
  g_set_object (&self->database, database);
  rebuild_buttons (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
atlas_body_view_get_view_id (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  return self->view_id;
}

void
atlas_body_view_set_view_id (AtlasBodyView *self,
                             const char    *view_id)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  const AtlasView *old_view = atlas_body_view_get_view (self);
  const AtlasView *new_view;

  if (!set_string (&self->view_id, view_id))
    return;

  /* Surface and deep of one side keep the zoom, so a layer can be peeled
   * back in place; another side starts whole. */
  new_view = atlas_body_view_get_view (self);
  if (old_view == NULL || new_view == NULL || g_strcmp0 (old_view->side, new_view->side) != 0)
    atlas_body_view_reset_zoom (self);

  _atlas_body_view_set_hovered_shape (self, NULL);
  invalidate_texture (self);
  prefetch_picture (self);
  rebuild_buttons (self);
  update_pressed_buttons (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

AtlasMuscle *
atlas_body_view_get_selected_muscle (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  return self->selected_muscle;
}

AtlasSide
atlas_body_view_get_selected_side (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), ATLAS_SIDE_RIGHT);

  return self->selected_side;
}

const char *
atlas_body_view_get_hovered_shape (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  return self->hovered_shape;
}

guint
atlas_body_view_get_render_count (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), 0);

  return atlas_diagram_texture_get_render_count (self->picture);
}

gboolean
atlas_body_view_get_picture_exact (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), FALSE);

  return atlas_diagram_texture_is_exact (self->picture);
}

AtlasRegionLayer *
atlas_body_view_get_region_layer (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  return self->regions;
}

void
atlas_body_view_set_preview (AtlasBodyView *self,
                             AtlasMuscle   *muscle,
                             AtlasSide      side)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));
  g_return_if_fail (muscle == NULL || ATLAS_IS_MUSCLE (muscle));

  if (self->preview_muscle == muscle && self->preview_side == side)
    return;

  self->preview_side = side;
  g_set_object (&self->preview_muscle, muscle);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIEW_MUSCLE]);
}

AtlasMuscle *
atlas_body_view_get_preview_muscle (AtlasBodyView *self,
                                    AtlasSide     *side)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), NULL);

  if (side != NULL)
    *side = self->preview_side;
  return self->preview_muscle;
}

/* After any change of zoom or pan: the picture moves, and so do the buttons
 * that stand on each muscle for the keyboard and screen readers. */
void
_atlas_body_view_viewport_changed (AtlasBodyView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* A pan notifies too: a view that follows this one reads the centre. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
atlas_body_view_get_zoomable (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), FALSE);
  return self->zoomable;
}

void
atlas_body_view_set_zoomable (AtlasBodyView *self,
                              gboolean       zoomable)
{
  g_return_if_fail (ATLAS_IS_BODY_VIEW (self));

  zoomable = !!zoomable;
  if (self->zoomable == zoomable)
    return;
  self->zoomable = zoomable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOMABLE]);
}

double
atlas_body_view_get_zoom (AtlasBodyView *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_VIEW (self), 1.0);
  return self->viewport.zoom;
}
