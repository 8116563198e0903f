/* atlas-condition-panel.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of the side area, beside the diagram, so that "Show all patterns"
 * is seen next to the list it draws. The text is set larger than the muscle
 * card's: a condition is explained to a patient, often on a clinic monitor.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-condition-panel.h"
#include "atlas-format.h"
#include "atlas-widget-utils.h"

struct _AtlasConditionPanel {
  GtkWidget parent_instance;

  AtlasDatabase *database;
  const AtlasCondition *condition;
  const AtlasRegion *region;
  /* The condition last shown, to return to in the list. */
  const AtlasCondition *last_condition;
  GPtrArray *muscles; /* AtlasMuscle*, borrowed from the database; empty on the index */
  GStrv pattern_muscles;

  GtkStack *stack;
  GtkListBox *index_list;
  GtkWidget *back_button;
  GtkScrolledWindow *detail_scrolled;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *summary_label;
  GtkWidget *evidence_box;
  GtkLabel *evidence_label;
  GtkLabel *evidence_note_label;
  GtkLabel *muscles_heading;
  GtkToggleButton *patterns_button;
  GtkListBox *muscles_list;
};

G_DEFINE_FINAL_TYPE (AtlasConditionPanel, atlas_condition_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CONDITION,
  PROP_REGION,
  PROP_SHOW_PATTERNS,
  PROP_PATTERN_MUSCLES,
  N_PROPS
};

enum {
  MUSCLE_ACTIVATED,
  CLOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
evidence_level (AtlasEvidence evidence)
{
  switch (evidence)
    {
    case ATLAS_EVIDENCE_STRONG:
      return _("Evidence for dry needling: strong");
    case ATLAS_EVIDENCE_MODERATE:
      return _("Evidence for dry needling: moderate");
    case ATLAS_EVIDENCE_LIMITED:
      return _("Evidence for dry needling: limited");
    case ATLAS_EVIDENCE_EXPERT_OPINION:
    default:
      return _("Evidence for dry needling: expert opinion only");
    }
}

static const char *
evidence_class (AtlasEvidence evidence)
{
  static const char *const classes[] = {
    "evidence-strong", "evidence-moderate", "evidence-limited", "evidence-expert-opinion"
  };

  return evidence < G_N_ELEMENTS (classes) ? classes[evidence] : classes[3];
}

static GtkWidget *
two_line_row (const char *title,
              const char *detail,
              const char *description)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = atlas_wrapped_label_new (title, "row-title");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_box_append (GTK_BOX (text), name);
  if (detail != NULL)
    {
      GtkWidget *label = atlas_wrapped_label_new (detail, "dim-label");

      gtk_widget_add_css_class (label, "row-detail");
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  return row;
}

static void
fill_index (AtlasConditionPanel *self)
{
  GPtrArray *conditions;

  atlas_widget_remove_children (GTK_WIDGET (self->index_list));
  if (self->database == NULL)
    return;

  conditions = atlas_database_get_conditions (self->database);
  for (guint i = 0; i < conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (conditions, i);
      const char *level = evidence_level (condition->evidence);

      gtk_list_box_append (self->index_list, two_line_row (condition->name, level, level));
    }
}

static void
update_pattern_muscles (AtlasConditionPanel *self)
{
  gboolean show = gtk_toggle_button_get_active (self->patterns_button);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GStrv muscles = NULL;

  if (show && self->muscles->len > 0)
    {
      for (guint i = 0; i < self->muscles->len; i++)
        g_strv_builder_add (builder, atlas_muscle_get_id (g_ptr_array_index (self->muscles, i)));
      muscles = g_strv_builder_end (builder);
    }

  if (muscles == NULL && self->pattern_muscles == NULL)
    return;
  if (muscles != NULL && self->pattern_muscles != NULL &&
      g_strv_equal ((const char * const *) muscles, (const char * const *) self->pattern_muscles))
    {
      g_strfreev (muscles);
      return;
    }

  g_strfreev (self->pattern_muscles);
  self->pattern_muscles = muscles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATTERN_MUSCLES]);
}

static void
on_patterns_toggled (AtlasConditionPanel *self)
{
  update_pattern_muscles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PATTERNS]);
}

/* Shows @condition or @region (one of them), with @muscles (owned). */
static void
show_detail (AtlasConditionPanel  *self,
             const AtlasCondition *condition,
             const AtlasRegion    *region,
             GPtrArray            *muscles)
{
  gboolean condition_changed = self->condition != condition;
  gboolean region_changed = self->region != region;

  self->condition = condition;
  self->region = region;
  if (condition != NULL)
    self->last_condition = condition;
  g_ptr_array_unref (self->muscles);
  self->muscles = muscles;

  /* The patterns shown belong to what was on show before. */
  gtk_toggle_button_set_active (self->patterns_button, FALSE);
  atlas_widget_remove_children (GTK_WIDGET (self->muscles_list));

  if (condition != NULL)
    {
      g_autofree char *also = NULL;

      gtk_label_set_label (self->title_label, condition->name);
      if (condition->synonyms->len > 0)
        {
          g_autofree char *joined = atlas_format_join (condition->synonyms, ", ");

          /* Translators: other names of a condition, "Also called: TMD, TMJ disorder" */
          also = g_strdup_printf (_("Also called: %s"), joined);
        }
      gtk_label_set_label (self->subtitle_label, also);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), also != NULL);
      gtk_label_set_label (self->summary_label, condition->summary);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);

      gtk_label_set_label (self->evidence_label, evidence_level (condition->evidence));
      for (AtlasEvidence e = ATLAS_EVIDENCE_STRONG; e <= ATLAS_EVIDENCE_EXPERT_OPINION; e++)
        gtk_widget_remove_css_class (self->evidence_box, evidence_class (e));
      gtk_widget_add_css_class (self->evidence_box, evidence_class (condition->evidence));
      gtk_label_set_label (self->evidence_note_label, condition->evidence_note);
      gtk_widget_set_visible (GTK_WIDGET (self->evidence_note_label),
                              condition->evidence_note != NULL);
      gtk_widget_set_visible (self->evidence_box, TRUE);

      gtk_label_set_label (self->muscles_heading, _("Muscles to examine"));
    }
  else
    {
      g_autofree char *title = atlas_region_dup_label (region, TRUE);

      gtk_label_set_label (self->title_label, title);
      gtk_label_set_label (self->subtitle_label,
                           _("Muscles whose trigger points can refer pain here, those that refer "
                             "it most strongly first."));
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      gtk_widget_set_visible (self->evidence_box, FALSE);
      gtk_label_set_label (self->muscles_heading, _("Muscles that can refer pain here"));
    }

  for (guint i = 0; i < muscles->len; i++)
    {
      AtlasMuscle *muscle = g_ptr_array_index (muscles, i);
      const char *detail = atlas_muscle_get_latin (muscle);

      if (region != NULL)
        detail = atlas_muscle_refers_to (muscle, region) == ATLAS_ZONE_ESSENTIAL
                   ? _("Main pain zone (essential)")
                   : _("Spillover zone");
      gtk_list_box_append (self->muscles_list,
                           two_line_row (atlas_muscle_get_name (muscle), detail, detail));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->patterns_button), muscles->len > 0);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scrolled), 0);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  update_pattern_muscles (self);

  if (condition_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION]);
  if (region_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

void
atlas_condition_panel_show_index (AtlasConditionPanel *self)
{
  gboolean condition_changed, region_changed;

  g_return_if_fail (ATLAS_IS_CONDITION_PANEL (self));

  condition_changed = self->condition != NULL;
  region_changed = self->region != NULL;
  self->condition = NULL;
  self->region = NULL;
  g_ptr_array_set_size (self->muscles, 0);
  gtk_toggle_button_set_active (self->patterns_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "index");

  if (condition_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION]);
  if (region_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

gboolean
atlas_condition_panel_show_condition (AtlasConditionPanel *self,
                                      const char          *condition_id)
{
  const AtlasCondition *condition;

  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), FALSE);

  condition = self->database != NULL ? atlas_database_get_condition (self->database, condition_id)
                                     : NULL;
  if (condition == NULL)
    return FALSE;

  /* The data file lists the muscles most often involved first. */
  show_detail (self, condition, NULL,
               atlas_database_muscles_for_condition (self->database, condition_id));
  return TRUE;
}

gboolean
atlas_condition_panel_show_region (AtlasConditionPanel *self,
                                   const char          *region_id)
{
  const AtlasRegion *region;

  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), FALSE);

  region = self->database != NULL ? atlas_database_get_region (self->database, region_id) : NULL;
  if (region == NULL)
    return FALSE;

  show_detail (self, NULL, region,
               atlas_database_muscles_for_region (self->database, region_id, ATLAS_ZONE_SPILLOVER));
  return TRUE;
}

static void
on_index_row_activated (AtlasConditionPanel *self,
                        GtkListBoxRow       *row)
{
  GPtrArray *conditions = atlas_database_get_conditions (self->database);
  int index = gtk_list_box_row_get_index (row);
  const AtlasCondition *condition;

  if (index < 0 || (guint) index >= conditions->len)
    return;

  condition = g_ptr_array_index (conditions, index);
  atlas_condition_panel_show_condition (self, condition->id);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_muscle_row_activated (AtlasConditionPanel *self,
                         GtkListBoxRow       *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->muscles->len)
    g_signal_emit (self, signals[MUSCLE_ACTIVATED], 0, g_ptr_array_index (self->muscles, index));
}

/* The keyboard goes where the eyes go: to the top of a condition, or back to
 * the condition in the list that it was opened from. */
static gboolean
atlas_condition_panel_grab_focus (GtkWidget *widget)
{
  AtlasConditionPanel *self = ATLAS_CONDITION_PANEL (widget);
  GtkListBoxRow *row = NULL;
  guint index;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0)
    return gtk_widget_grab_focus (self->back_button);

  if (self->last_condition != NULL && self->database != NULL &&
      g_ptr_array_find (atlas_database_get_conditions (self->database), self->last_condition,
                        &index))
    row = gtk_list_box_get_row_at_index (self->index_list, index);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->index_list, 0);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
index_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  atlas_condition_panel_show_index (ATLAS_CONDITION_PANEL (widget));
  gtk_widget_grab_focus (widget);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasConditionPanel *self = ATLAS_CONDITION_PANEL (widget);

  gtk_toggle_button_set_active (self->patterns_button, FALSE);
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
atlas_condition_panel_dispose (GObject *object)
{
  AtlasConditionPanel *self = ATLAS_CONDITION_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_CONDITION_PANEL);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_pointer (&self->pattern_muscles, g_strfreev);
  self->condition = NULL;
  self->region = NULL;
  self->last_condition = NULL;
  g_clear_object (&self->database);

  G_OBJECT_CLASS (atlas_condition_panel_parent_class)->dispose (object);
}

static void
atlas_condition_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasConditionPanel *self = ATLAS_CONDITION_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_CONDITION:
      g_value_set_string (value, atlas_condition_panel_get_condition (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, atlas_condition_panel_get_region (self));
      break;
    case PROP_SHOW_PATTERNS:
      g_value_set_boolean (value, atlas_condition_panel_get_show_patterns (self));
      break;
    case PROP_PATTERN_MUSCLES:
      g_value_set_boxed (value, self->pattern_muscles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_condition_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasConditionPanel *self = ATLAS_CONDITION_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      atlas_condition_panel_set_database (self, g_value_get_object (value));
      break;
    case PROP_SHOW_PATTERNS:
      atlas_condition_panel_set_show_patterns (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_condition_panel_class_init (AtlasConditionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_condition_panel_dispose;
  object_class->get_property = atlas_condition_panel_get_property;
  object_class->set_property = atlas_condition_panel_set_property;
  widget_class->grab_focus = atlas_condition_panel_grab_focus;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, ATLAS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONDITION] =
    g_param_spec_string ("condition", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PATTERNS] =
    g_param_spec_boolean ("show-patterns", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATTERN_MUSCLES] =
    g_param_spec_boxed ("pattern-muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasConditionPanel::muscle-activated:
   * @muscle: the AtlasMuscle chosen in the list
   */
  signals[MUSCLE_ACTIVATED] =
    g_signal_new ("muscle-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ATLAS_TYPE_MUSCLE);
  /**
   * AtlasConditionPanel::close:
   *
   * The user is done with the conditions.
   */
  signals[CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-condition-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, index_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, back_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, detail_scrolled);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, evidence_note_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, muscles_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, patterns_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasConditionPanel, muscles_list);
  gtk_widget_class_bind_template_callback (widget_class, on_index_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_muscle_row_activated);

  gtk_widget_class_install_action (widget_class, "conditions.index", NULL, index_action);
  gtk_widget_class_install_action (widget_class, "conditions.close", NULL, close_action);
  /* Alt+Left is the window's: back through what was viewed, the index
   * among it when the condition was chosen there. */

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "conditionpanel");
}

static void
atlas_condition_panel_init (AtlasConditionPanel *self)
{
  self->muscles = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->patterns_button, "toggled", G_CALLBACK (on_patterns_toggled), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
atlas_condition_panel_new (void)
{
  return g_object_new (ATLAS_TYPE_CONDITION_PANEL, NULL);
}

AtlasDatabase *
atlas_condition_panel_get_database (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), NULL);
  return self->database;
}

void
atlas_condition_panel_set_database (AtlasConditionPanel *self,
                                    AtlasDatabase       *database)
{
  g_return_if_fail (ATLAS_IS_CONDITION_PANEL (self));
  g_return_if_fail (database == NULL || ATLAS_IS_DATABASE (database));

  if (self->database == database)
    return;

  /* What is on show belongs to the old database. */
  atlas_condition_panel_show_index (self);
  self->last_condition = NULL;
  g_set_object (&self->database, database);
  fill_index (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
atlas_condition_panel_get_condition (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), NULL);
  return self->condition != NULL ? self->condition->id : NULL;
}

const char *
atlas_condition_panel_get_region (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), NULL);
  return self->region != NULL ? self->region->id : NULL;
}

GPtrArray *
atlas_condition_panel_get_muscles (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), NULL);
  return self->muscles;
}

gboolean
atlas_condition_panel_get_show_patterns (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), FALSE);
  return gtk_toggle_button_get_active (self->patterns_button);
}

void
atlas_condition_panel_set_show_patterns (AtlasConditionPanel *self,
                                         gboolean             show)
{
  g_return_if_fail (ATLAS_IS_CONDITION_PANEL (self));

  /* Through the button, which notifies. Nothing to show on the index. */
  gtk_toggle_button_set_active (self->patterns_button, show && self->muscles->len > 0);
}

const char * const *
atlas_condition_panel_get_pattern_muscles (AtlasConditionPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_CONDITION_PANEL (self), NULL);
  return (const char * const *) self->pattern_muscles;
}
