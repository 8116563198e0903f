/* atlas-finder-mode.c: the pain finder, the diagram marking where it hurts.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-finder-mode.h"

struct _AtlasFinderMode {
  GObject             parent_instance;

  AtlasBodyView      *body_view;
  AtlasFinderPanel   *panel;
  AtlasPainMap       *pain_map;
  GSimpleActionGroup *actions;
  gboolean            active;
  /* The marks before the map's last change, and whether that change is an
   * undo: a Clear All is told from them. */
  guint               n_marked;
  gboolean            undoing;
};

G_DEFINE_FINAL_TYPE (AtlasFinderMode, atlas_finder_mode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY_VIEW,
  PROP_PANEL,
  PROP_ACTIVE,
  PROP_PAIN_MAP,
  N_PROPS
};

enum {
  CANDIDATE_ACTIVATED,
  MARKS_CLEARED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_action_enabled (AtlasFinderMode *self,
                    const char      *name,
                    gboolean         enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (AtlasFinderMode *self)
{
  GAction *finder = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "finder");

  g_simple_action_set_state (G_SIMPLE_ACTION (finder), g_variant_new_boolean (self->active));
  set_action_enabled (self, "undo",
                      self->active && atlas_pain_map_get_can_undo (self->pain_map));
  set_action_enabled (self, "leave-finder", self->active);
}

static void
on_preview (AtlasFinderMode  *self,
            AtlasMuscle      *muscle,
            int               side,
            AtlasFinderPanel *panel)
{
  if (self->active && self->body_view != NULL)
    atlas_body_view_set_preview (self->body_view, muscle, side);
}

/* Choosing a candidate opens its card, as choosing a search result does. */
static void
on_candidate_activated (AtlasFinderMode  *self,
                        AtlasMuscle      *muscle,
                        int               side,
                        AtlasFinderPanel *panel)
{
  atlas_finder_mode_set_active (self, FALSE);
  g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, muscle, side);
}

/* A muscle chosen any other way (search) also leaves the finder. */
static void
on_selection_changed (AtlasFinderMode *self)
{
  if (atlas_body_view_get_selected_muscle (self->body_view) != NULL)
    atlas_finder_mode_set_active (self, FALSE);
}

static void
on_marks_changed (AtlasFinderMode *self)
{
  guint n_marked = atlas_pain_map_get_n_marked (self->pain_map);

  if (n_marked == 0 && self->n_marked > 1 && !self->undoing &&
      atlas_pain_map_get_can_undo (self->pain_map))
    g_signal_emit (self, signals[MARKS_CLEARED], 0);
  self->n_marked = n_marked;
}

static void
change_finder_state (GSimpleAction   *action,
                     GVariant        *state,
                     AtlasFinderMode *self)
{
  atlas_finder_mode_set_active (self, g_variant_get_boolean (state));
}

/* Escape leaves the pain finder, as it leaves a search, when nothing nearer
 * (a selection, the search box) takes it first. The marks stay for next time. */
static void
leave_finder_activated (GSimpleAction   *action,
                        GVariant        *parameter,
                        AtlasFinderMode *self)
{
  atlas_finder_mode_set_active (self, FALSE);
}

static void
undo_activated (GSimpleAction   *action,
                GVariant        *parameter,
                AtlasFinderMode *self)
{
  if (!self->active)
    return;
  self->undoing = TRUE;
  atlas_pain_map_undo (self->pain_map);
  self->undoing = FALSE;
}

static void
set_body_view (AtlasFinderMode *self,
               AtlasBodyView   *body_view)
{
  g_return_if_fail (self->body_view == NULL);

  if (body_view == NULL)
    return;
  g_set_object (&self->body_view, body_view);
  atlas_region_layer_set_pain_map (atlas_body_view_get_region_layer (body_view), self->pain_map);
  atlas_region_layer_set_active (atlas_body_view_get_region_layer (body_view), self->active);
  g_signal_connect_object (body_view, "notify::selected-muscle",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
}

static void
set_panel (AtlasFinderMode  *self,
           AtlasFinderPanel *panel)
{
  g_return_if_fail (self->panel == NULL);

  if (panel == NULL)
    return;
  g_set_object (&self->panel, panel);
  atlas_finder_panel_set_pain_map (panel, self->pain_map);
  g_signal_connect_object (panel, "preview", G_CALLBACK (on_preview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "candidate-activated", G_CALLBACK (on_candidate_activated),
                           self, G_CONNECT_SWAPPED);
}

static void
atlas_finder_mode_dispose (GObject *object)
{
  AtlasFinderMode *self = ATLAS_FINDER_MODE (object);

  g_clear_object (&self->body_view);
  g_clear_object (&self->panel);
  g_clear_object (&self->actions);
  g_clear_object (&self->pain_map);

  G_OBJECT_CLASS (atlas_finder_mode_parent_class)->dispose (object);
}

static void
atlas_finder_mode_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasFinderMode *self = ATLAS_FINDER_MODE (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      g_value_set_object (value, self->body_view);
      break;

    case PROP_PANEL:
      g_value_set_object (value, self->panel);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_PAIN_MAP:
      g_value_set_object (value, self->pain_map);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_finder_mode_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasFinderMode *self = ATLAS_FINDER_MODE (object);

  switch (prop_id)
    {
    case PROP_BODY_VIEW:
      set_body_view (self, g_value_get_object (value));
      break;

    case PROP_PANEL:
      set_panel (self, g_value_get_object (value));
      break;

    case PROP_ACTIVE:
      atlas_finder_mode_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_finder_mode_class_init (AtlasFinderModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_finder_mode_dispose;
  object_class->get_property = atlas_finder_mode_get_property;
  object_class->set_property = atlas_finder_mode_set_property;

  /* Set once, from the window's template (after construction, as the
   * template sets references to its other objects). */
  properties[PROP_BODY_VIEW] =
    g_param_spec_object ("body-view", NULL, NULL, ATLAS_TYPE_BODY_VIEW,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PANEL] =
    g_param_spec_object ("panel", NULL, NULL, ATLAS_TYPE_FINDER_PANEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAIN_MAP] =
    g_param_spec_object ("pain-map", NULL, NULL, ATLAS_TYPE_PAIN_MAP,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, ATLAS_TYPE_MUSCLE, G_TYPE_INT);
  signals[MARKS_CLEARED] =
    g_signal_new ("marks-cleared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
atlas_finder_mode_init (AtlasFinderMode *self)
{
  g_autoptr (GSimpleAction) finder =
    g_simple_action_new_stateful ("finder", NULL, g_variant_new_boolean (FALSE));
  g_autoptr (GSimpleAction) leave = g_simple_action_new ("leave-finder", NULL);
  g_autoptr (GSimpleAction) undo = g_simple_action_new ("undo", NULL);

  self->pain_map = atlas_pain_map_new ();
  g_signal_connect_object (self->pain_map, "notify::can-undo",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pain_map, "notify::n-marked",
                           G_CALLBACK (on_marks_changed), self, G_CONNECT_SWAPPED);

  /* The actions do not hold the mode: it holds them. */
  self->actions = g_simple_action_group_new ();
  g_signal_connect_object (finder, "change-state", G_CALLBACK (change_finder_state), self, 0);
  g_signal_connect_object (leave, "activate", G_CALLBACK (leave_finder_activated), self, 0);
  g_signal_connect_object (undo, "activate", G_CALLBACK (undo_activated), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (finder));
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (leave));
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (undo));
  update_actions (self);
}

AtlasFinderMode *
atlas_finder_mode_new (void)
{
  return g_object_new (ATLAS_TYPE_FINDER_MODE, NULL);
}

gboolean
atlas_finder_mode_get_active (AtlasFinderMode *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_MODE (self), FALSE);
  return self->active;
}

void
atlas_finder_mode_set_active (AtlasFinderMode *self,
                              gboolean         active)
{
  g_return_if_fail (ATLAS_IS_FINDER_MODE (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  if (self->body_view != NULL)
    {
      atlas_body_view_set_preview (self->body_view, NULL, ATLAS_SIDE_RIGHT);
      atlas_region_layer_set_active (atlas_body_view_get_region_layer (self->body_view), active);
    }
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

AtlasPainMap *
atlas_finder_mode_get_pain_map (AtlasFinderMode *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_MODE (self), NULL);
  return self->pain_map;
}

AtlasFinderPanel *
atlas_finder_mode_get_panel (AtlasFinderMode *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_MODE (self), NULL);
  return self->panel;
}

GActionGroup *
atlas_finder_mode_get_actions (AtlasFinderMode *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_MODE (self), NULL);
  return G_ACTION_GROUP (self->actions);
}
