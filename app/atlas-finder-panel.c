/* atlas-finder-panel.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ranking takes microseconds, so every change of the marks recomputes it
 * and rebuilds the list.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-body-view.h"
#include "atlas-finder-panel.h"
#include "atlas-format.h"
#include "atlas-ranking.h"
#include "atlas-red-flag.h"
#include "atlas-widget-utils.h"

struct _AtlasFinderPanel
{
  GtkWidget      parent_instance;

  AtlasDatabase *database;
  AtlasPainMap  *pain_map;
  AtlasPlan     *plan;
  GPtrArray     *candidates;
  GPtrArray     *red_flags;

  /* The rows under the pointer and with the focus: either previews. */
  GtkWidget     *hovered_row;
  GtkWidget     *focused_row;

  GtkWidget     *scroller;
  GtkWidget     *red_flags_box;
  GtkStack      *stack;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (AtlasFinderPanel, atlas_finder_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_PAIN_MAP,
  N_PROPS
};

enum {
  PREVIEW,
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
atlas_finder_panel_format_reasons (const AtlasCandidate *candidate,
                                   guint                 n_marked)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint i = 0; i < candidate->reasons->len; i++)
    {
      const AtlasReason *reason = &g_array_index (candidate->reasons, AtlasReason, i);
      g_autofree char *label = atlas_region_dup_label (reason->area.region, TRUE);

      if (i > 0)
        /* Translators: between the regions a muscle explains */
        g_string_append (list, _(", "));
      if (reason->zone == ATLAS_ZONE_ESSENTIAL)
        /* Translators: a region in a muscle's essential referral zone */
        g_string_append_printf (list, _("%s (essential)"), label);
      else
        /* Translators: a region in a muscle's spillover referral zone */
        g_string_append_printf (list, _("%s (spillover)"), label);
    }

  /* Translators: "Explains 2 of 3: Temple (essential), Upper teeth (spillover)" */
  return g_strdup_printf (_("Explains %u of %u: %s"), candidate->reasons->len, n_marked, list->str);
}

static const AtlasCandidate *
row_candidate (AtlasFinderPanel *self,
               GtkWidget        *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;

  if (self->candidates == NULL || index < 0 || (guint) index >= self->candidates->len)
    return NULL;
  return g_ptr_array_index (self->candidates, index);
}

static void
update_preview (AtlasFinderPanel *self)
{
  const AtlasCandidate *candidate = row_candidate (self,
                                                   self->hovered_row != NULL ? self->hovered_row
                                                                             : self->focused_row);

  g_signal_emit (self, signals[PREVIEW], 0,
                 candidate != NULL ? candidate->muscle : NULL,
                 candidate != NULL ? candidate->side : ATLAS_SIDE_RIGHT);
}

static void
on_row_enter (AtlasFinderPanel *self,
              double            x,
              double            y,
              GtkEventController *controller)
{
  self->hovered_row = gtk_event_controller_get_widget (controller);
  update_preview (self);
}

static void
on_row_leave (AtlasFinderPanel   *self,
              GtkEventController *controller)
{
  if (self->hovered_row == gtk_event_controller_get_widget (controller))
    self->hovered_row = NULL;
  update_preview (self);
}

static void
on_row_focus_enter (AtlasFinderPanel   *self,
                    GtkEventController *controller)
{
  self->focused_row = gtk_event_controller_get_widget (controller);
  update_preview (self);
}

static void
on_row_focus_leave (AtlasFinderPanel   *self,
                    GtkEventController *controller)
{
  if (self->focused_row == gtk_event_controller_get_widget (controller))
    self->focused_row = NULL;
  update_preview (self);
}

/* The site a candidate's button adds: the muscle's best trigger point for
 * what is marked, on the side of the pain. */
static const AtlasTriggerPoint *
candidate_point (AtlasFinderPanel     *self,
                 const AtlasCandidate *candidate)
{
  guint                n_areas;
  const AtlasPainArea *areas = atlas_pain_map_get_areas (self->pain_map, &n_areas);

  return atlas_candidate_best_point (candidate, areas, n_areas);
}

/* Shows whether the button's site is in the plan already: a check mark
 * instead of the plus, and words that say so. */
static void
update_add_button (AtlasFinderPanel     *self,
                   GtkWidget            *button,
                   const AtlasCandidate *candidate)
{
  const AtlasTriggerPoint *point = candidate_point (self, candidate);
  const char              *point_name = point->name != NULL ? point->name : point->id;
  g_autofree char         *name = NULL;
  g_autofree char         *label = NULL;
  gboolean                 planned;

  if (candidate->sided)
    name = atlas_format_muscle_instance (candidate->muscle, candidate->side);
  else
    name = g_strdup (atlas_muscle_get_name (candidate->muscle));
  planned = self->plan != NULL &&
            atlas_plan_find_site (self->plan, candidate->muscle, point, candidate->side) >= 0;

  if (planned)
    /* Translators: "In the plan: Upper trapezius (right): Central upper trapezius" */
    label = g_strdup_printf (_("In the plan: %s: %s"), name, point_name);
  else
    /* Translators: "Add to Plan: Upper trapezius (right): Central upper trapezius" */
    label = g_strdup_printf (_("Add to Plan: %s: %s"), name, point_name);
  gtk_button_set_icon_name (GTK_BUTTON (button),
                            planned ? "object-select-symbolic" : "list-add-symbolic");
  atlas_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Adds the candidate's site to the window's plan: the window's action records
 * the marked regions with it. */
static GtkWidget *
create_add_button (AtlasFinderPanel     *self,
                   const AtlasCandidate *candidate)
{
  GtkWidget       *button = gtk_button_new ();
  g_autofree char *site = g_strdup_printf ("%s/%s/%s", atlas_muscle_get_id (candidate->muscle),
                                           candidate_point (self, candidate)->id,
                                           atlas_side_to_string (candidate->side));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.plan-add-candidate");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", site);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "candidate-add");
  update_add_button (self, button, candidate);
  return button;
}

/* The plan changed: each button says again whether its site is in it. */
static void
update_add_buttons (AtlasFinderPanel *self)
{
  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);
      GtkWidget     *line = row != NULL ? gtk_list_box_row_get_child (row) : NULL;

      if (line != NULL)
        update_add_button (self, gtk_widget_get_last_child (line),
                           g_ptr_array_index (self->candidates, i));
    }
}

static GtkWidget *
create_row (AtlasFinderPanel     *self,
            const AtlasCandidate *candidate,
            guint                 n_marked)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget          *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char    *name = candidate->sided
                               ? atlas_format_muscle_instance (candidate->muscle, candidate->side)
                               : g_strdup (atlas_muscle_get_name (candidate->muscle));
  g_autofree char *reasons = atlas_finder_panel_format_reasons (candidate, n_marked);
  GtkEventController *controller;

  gtk_box_append (GTK_BOX (box), atlas_wrapped_label_new (name, "candidate-name"));
  gtk_box_append (GTK_BOX (box), atlas_wrapped_label_new (reasons, "candidate-reasons"));
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (line), box);
  gtk_box_append (GTK_BOX (line), create_add_button (self, candidate));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  gtk_widget_add_css_class (row, "candidate");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reasons,
                                  -1);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (on_row_enter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_row_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (on_row_focus_enter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_row_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, controller);

  return row;
}

static GtkWidget *
create_red_flag (const AtlasRedFlag *flag)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "dialog-warning-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (text), atlas_wrapped_label_new (flag->name, "red-flag-name"));
  gtk_box_append (GTK_BOX (text), atlas_wrapped_label_new (flag->text, "red-flag-text"));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "red-flag");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, flag->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, flag->text,
                                  -1);
  return box;
}

static void
refresh (AtlasFinderPanel *self)
{
  const AtlasPainArea *areas = NULL;
  guint                n_areas = 0;

  self->hovered_row = self->focused_row = NULL;
  atlas_widget_remove_children (GTK_WIDGET (self->list));
  atlas_widget_remove_children (self->red_flags_box);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);

  if (self->pain_map != NULL)
    areas = atlas_pain_map_get_areas (self->pain_map, &n_areas);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finder.clear-all", n_areas > 0);

  if (self->database == NULL || n_areas == 0)
    {
      gtk_widget_set_visible (self->red_flags_box, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_preview (self);
      return;
    }

  self->red_flags = atlas_database_match_red_flags (self->database, areas, n_areas);
  for (guint i = 0; i < self->red_flags->len; i++)
    gtk_box_append (GTK_BOX (self->red_flags_box),
                    create_red_flag (g_ptr_array_index (self->red_flags, i)));
  gtk_widget_set_visible (self->red_flags_box, self->red_flags->len > 0);

  self->candidates = atlas_rank_candidates (self->database, areas, n_areas);
  for (guint i = 0; i < self->candidates->len; i++)
    gtk_list_box_append (self->list,
                         create_row (self, g_ptr_array_index (self->candidates, i), n_areas));
  gtk_stack_set_visible_child_name (self->stack, self->candidates->len > 0 ? "list" : "none");
  update_preview (self);
}

static void
on_row_activated (AtlasFinderPanel *self,
                  GtkListBoxRow    *row,
                  GtkListBox       *list)
{
  const AtlasCandidate *candidate = row_candidate (self, GTK_WIDGET (row));

  if (candidate != NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, candidate->muscle, candidate->side);
}

static void
clear_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasFinderPanel *self = ATLAS_FINDER_PANEL (widget);

  if (self->pain_map != NULL)
    atlas_pain_map_clear (self->pain_map);
}

static void
atlas_finder_panel_dispose (GObject *object)
{
  AtlasFinderPanel *self = ATLAS_FINDER_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_FINDER_PANEL);
  if (self->pain_map != NULL)
    g_signal_handlers_disconnect_by_func (self->pain_map, refresh, self);
  g_clear_object (&self->pain_map);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, update_add_buttons, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->database);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_finder_panel_parent_class)->dispose (object);
}

static void
atlas_finder_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasFinderPanel *self = ATLAS_FINDER_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_PAIN_MAP:
      g_value_set_object (value, self->pain_map);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_finder_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasFinderPanel *self = ATLAS_FINDER_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      atlas_finder_panel_set_database (self, g_value_get_object (value));
      break;

    case PROP_PAIN_MAP:
      atlas_finder_panel_set_pain_map (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_finder_panel_class_init (AtlasFinderPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_finder_panel_dispose;
  object_class->get_property = atlas_finder_panel_get_property;
  object_class->set_property = atlas_finder_panel_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         ATLAS_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PAIN_MAP] =
    g_param_spec_object ("pain-map", NULL, NULL,
                         ATLAS_TYPE_PAIN_MAP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasFinderPanel::preview:
   * @muscle: (nullable): the candidate under the pointer or with the focus
   * @side: its side
   *
   * Emitted when the candidate to preview on the diagram changes.
   */
  signals[PREVIEW] =
    g_signal_new ("preview", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ATLAS_TYPE_MUSCLE, G_TYPE_INT);
  /**
   * AtlasFinderPanel::candidate-activated:
   * @muscle: the chosen candidate
   * @side: its side
   */
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, ATLAS_TYPE_MUSCLE, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-finder-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasFinderPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasFinderPanel, red_flags_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasFinderPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasFinderPanel, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "finder.clear-all", NULL, clear_all_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "finderpanel");
}

static void
atlas_finder_panel_init (AtlasFinderPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  refresh (self);
}

GtkWidget *
atlas_finder_panel_new (void)
{
  return g_object_new (ATLAS_TYPE_FINDER_PANEL, NULL);
}

AtlasDatabase *
atlas_finder_panel_get_database (AtlasFinderPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_PANEL (self), NULL);

  return self->database;
}

void
atlas_finder_panel_set_database (AtlasFinderPanel *self,
                                 AtlasDatabase    *database)
{
  g_return_if_fail (ATLAS_IS_FINDER_PANEL (self));
  g_return_if_fail (database == NULL || ATLAS_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

AtlasPainMap *
atlas_finder_panel_get_pain_map (AtlasFinderPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_PANEL (self), NULL);

  return self->pain_map;
}

void
atlas_finder_panel_set_pain_map (AtlasFinderPanel *self,
                                 AtlasPainMap     *pain_map)
{
  g_return_if_fail (ATLAS_IS_FINDER_PANEL (self));
  g_return_if_fail (pain_map == NULL || ATLAS_IS_PAIN_MAP (pain_map));

  if (self->pain_map == pain_map)
    return;

  if (self->pain_map != NULL)
    g_signal_handlers_disconnect_by_func (self->pain_map, refresh, self);
  g_set_object (&self->pain_map, pain_map);
  if (pain_map != NULL)
    g_signal_connect_object (pain_map, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_MAP]);
}

void
atlas_finder_panel_set_plan (AtlasFinderPanel *self,
                             AtlasPlan        *plan)
{
  g_return_if_fail (ATLAS_IS_FINDER_PANEL (self));
  g_return_if_fail (plan == NULL || ATLAS_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, update_add_buttons, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (update_add_buttons), self,
                             G_CONNECT_SWAPPED);
  update_add_buttons (self);
}

GPtrArray *
atlas_finder_panel_get_candidates (AtlasFinderPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_PANEL (self), NULL);

  return self->candidates;
}

GPtrArray *
atlas_finder_panel_get_red_flags (AtlasFinderPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_PANEL (self), NULL);

  return self->red_flags;
}

GtkListBox *
atlas_finder_panel_get_list (AtlasFinderPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_FINDER_PANEL (self), NULL);

  return self->list;
}
