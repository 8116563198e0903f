/* atlas-body-companion.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-body-companion.h"
#include "atlas-pattern-overlay.h"
#include "atlas-region-layer.h"
#include "atlas-widget-utils.h"

struct _AtlasBodyCompanion
{
  GtkWidget            parent_instance;

  AtlasBodyView       *leader;
  gboolean             enabled;

  AtlasBodyView       *view;
  AtlasPatternOverlay *patterns;
  /* On the leader: its selection, and its view to find the partner of. */
  GBindingGroup       *selection;
  GSignalGroup        *leader_signals;
  /* On the leader's region layer: the marks and whether they show. */
  GBindingGroup       *marks;
};

G_DEFINE_FINAL_TYPE (AtlasBodyCompanion, atlas_body_companion, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LEADER,
  PROP_ENABLED,
  PROP_PATTERN_MUSCLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whole-body sides whose patterns continue on each other. */
static const char * const partners[][2] = {
  { "anterior", "posterior" },
  { "posterior", "anterior" },
};

const AtlasView *
atlas_body_companion_partner_view (AtlasDatabase *database,
                                   const char    *view_id)
{
  const AtlasView *view = database != NULL && view_id != NULL
                            ? atlas_database_get_view (database, view_id) : NULL;
  const char *side = NULL;
  const AtlasView *fallback = NULL;
  GPtrArray *views;

  if (view == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    if (g_strcmp0 (view->side, partners[i][0]) == 0)
      side = partners[i][1];
  if (side == NULL)
    return NULL;

  views = atlas_database_get_views (database);
  for (guint i = 0; i < views->len; i++)
    {
      const AtlasView *other = g_ptr_array_index (views, i);

      if (g_strcmp0 (other->side, side) != 0)
        continue;
      if (other->layer == view->layer)
        return other;
      if (other->layer == ATLAS_LAYER_SUPERFICIAL)
        fallback = other;
    }
  return fallback;
}

static const AtlasView *
partner (AtlasBodyCompanion *self)
{
  if (self->leader == NULL)
    return NULL;
  return atlas_body_companion_partner_view (atlas_body_view_get_database (self->leader),
                                            atlas_body_view_get_view_id (self->leader));
}

/* The front on the left, as the figures stand in the manual. */
static void
place (AtlasBodyCompanion *self,
       const AtlasView    *view)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *last;

  if (!GTK_IS_BOX (box))
    return;
  if (g_strcmp0 (view->side, "anterior") == 0)
    gtk_box_reorder_child_after (GTK_BOX (box), GTK_WIDGET (self), NULL);
  else if ((last = gtk_widget_get_last_child (box)) != GTK_WIDGET (self))
    gtk_box_reorder_child_after (GTK_BOX (box), GTK_WIDGET (self), last);
}

static void
update (AtlasBodyCompanion *self)
{
  const AtlasView *view = partner (self);
  gboolean shown = self->enabled && view != NULL;

  /* Hidden before its view is set, so that a companion nobody sees renders
   * nothing ahead (at start-up that render took a core from the window's). */
  if (!shown)
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  if (self->leader != NULL)
    atlas_body_view_set_database (self->view, atlas_body_view_get_database (self->leader));
  if (view != NULL)
    {
      atlas_body_view_set_view_id (self->view, view->id);
      place (self, view);
    }
  if (shown)
    gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
copy_preview (AtlasBodyCompanion *self)
{
  AtlasSide side;
  AtlasMuscle *muscle = atlas_body_view_get_preview_muscle (self->leader, &side);

  atlas_body_view_set_preview (self->view, muscle, side);
}

static void
atlas_body_companion_dispose (GObject *object)
{
  AtlasBodyCompanion *self = ATLAS_BODY_COMPANION (object);

  g_binding_group_set_source (self->selection, NULL);
  g_binding_group_set_source (self->marks, NULL);
  g_signal_group_set_target (self->leader_signals, NULL);
  atlas_widget_remove_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->marks);
  g_clear_object (&self->leader_signals);
  g_clear_weak_pointer (&self->leader);

  G_OBJECT_CLASS (atlas_body_companion_parent_class)->dispose (object);
}

static void
atlas_body_companion_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasBodyCompanion *self = ATLAS_BODY_COMPANION (object);

  switch (prop_id)
    {
    case PROP_LEADER:
      g_value_set_object (value, self->leader);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_PATTERN_MUSCLES:
      g_value_set_boxed (value, atlas_pattern_overlay_get_muscles (self->patterns));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_body_companion_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AtlasBodyCompanion *self = ATLAS_BODY_COMPANION (object);

  switch (prop_id)
    {
    case PROP_LEADER:
      atlas_body_companion_set_leader (self, g_value_get_object (value));
      break;

    case PROP_ENABLED:
      atlas_body_companion_set_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_PATTERN_MUSCLES:
      atlas_pattern_overlay_set_muscles (self->patterns, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_body_companion_class_init (AtlasBodyCompanionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_body_companion_dispose;
  object_class->get_property = atlas_body_companion_get_property;
  object_class->set_property = atlas_body_companion_set_property;

  properties[PROP_LEADER] =
    g_param_spec_object ("leader", NULL, NULL, ATLAS_TYPE_BODY_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Forwarded to its pattern overlay: a condition's "show all patterns". */
  properties[PROP_PATTERN_MUSCLES] =
    g_param_spec_boxed ("pattern-muscles", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bodycompanion");
}

static void
atlas_body_companion_init (AtlasBodyCompanion *self)
{
  GtkWidget *overlay = gtk_overlay_new ();

  self->view = ATLAS_BODY_VIEW (atlas_body_view_new ());
  self->patterns = ATLAS_PATTERN_OVERLAY (atlas_pattern_overlay_new ());
  atlas_pattern_overlay_set_body_view (self->patterns, self->view);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->patterns));
  gtk_widget_set_parent (overlay, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->selection = g_binding_group_new ();
  g_binding_group_bind (self->selection, "selected-side", self->view, "selected-side",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->selection, "selected-muscle", self->view, "selected-muscle",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->marks = g_binding_group_new ();
  g_binding_group_bind (self->marks, "pain-map", atlas_body_view_get_region_layer (self->view),
                        "pain-map", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->marks, "active", atlas_body_view_get_region_layer (self->view),
                        "active", G_BINDING_SYNC_CREATE);

  self->leader_signals = g_signal_group_new (ATLAS_TYPE_BODY_VIEW);
  g_signal_group_connect_swapped (self->leader_signals, "notify::view-id",
                                  G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->leader_signals, "notify::database",
                                  G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->leader_signals, "notify::preview-muscle",
                                  G_CALLBACK (copy_preview), self);
}

GtkWidget *
atlas_body_companion_new (void)
{
  return g_object_new (ATLAS_TYPE_BODY_COMPANION, NULL);
}

AtlasBodyView *
atlas_body_companion_get_leader (AtlasBodyCompanion *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_COMPANION (self), NULL);
  return self->leader;
}

void
atlas_body_companion_set_leader (AtlasBodyCompanion *self,
                                 AtlasBodyView      *leader)
{
  g_return_if_fail (ATLAS_IS_BODY_COMPANION (self));
  g_return_if_fail (leader == NULL || ATLAS_IS_BODY_VIEW (leader));

  if (self->leader == leader)
    return;

  g_set_weak_pointer (&self->leader, leader);
  g_binding_group_set_source (self->selection, leader);
  g_binding_group_set_source (self->marks,
                              leader != NULL ? atlas_body_view_get_region_layer (leader) : NULL);
  g_signal_group_set_target (self->leader_signals, leader);
  if (leader != NULL)
    copy_preview (self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEADER]);
}

gboolean
atlas_body_companion_get_enabled (AtlasBodyCompanion *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_COMPANION (self), FALSE);
  return self->enabled;
}

void
atlas_body_companion_set_enabled (AtlasBodyCompanion *self,
                                  gboolean            enabled)
{
  g_return_if_fail (ATLAS_IS_BODY_COMPANION (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;
  self->enabled = enabled;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

AtlasBodyView *
atlas_body_companion_get_view (AtlasBodyCompanion *self)
{
  g_return_val_if_fail (ATLAS_IS_BODY_COMPANION (self), NULL);
  return self->view;
}

const char *
atlas_body_companion_get_shown_side (AtlasBodyCompanion *self)
{
  const AtlasView *view;

  g_return_val_if_fail (ATLAS_IS_BODY_COMPANION (self), NULL);

  view = gtk_widget_get_visible (GTK_WIDGET (self)) ? partner (self) : NULL;
  return view != NULL ? view->side : NULL;
}
