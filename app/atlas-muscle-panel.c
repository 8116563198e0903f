/* atlas-muscle-panel.c
 *
 * Copyright 2025 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-body-painter.h"
#include "atlas-muscle-panel.h"
#include "atlas-patient-card.h"
#include "atlas-widget-utils.h"

/* Wide enough for comfortable reading, narrow enough to leave the diagram room. */
#define TEXT_WIDTH_CHARS 52

struct _AtlasMusclePanel
{
  GtkWidget          parent_instance;

  AtlasMuscle       *muscle;
  AtlasSide          side;
  /* With a patient at the screen: the patient's card instead. */
  gboolean           patient_view;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkWidget         *header_buttons;
  GtkLabel          *latin_label;
  GtkLabel          *summary_label;
  GtkWidget         *safety_banner;
  GtkLabel          *banner_title;
  GtkLabel          *banner_text;
  GtkBox            *trigger_points_box;
  GtkDrawingArea    *essential_swatch;
  GtkDrawingArea    *spillover_swatch;
  GtkBox            *conditions_box;
  GtkWidget         *needling_heading;
  GtkBox            *needling_box;
  GtkWidget         *safety_heading;
  GtkBox            *safety_box;
  GtkLabel          *self_care_label;
  GtkWidget         *self_care_heading;
  GtkBox            *anatomy_box;
  GtkBox            *references_box;
  AtlasPatientCard  *patient_card;
  GtkScrolledWindow *patient_scroller;
};

G_DEFINE_FINAL_TYPE (AtlasMusclePanel, atlas_muscle_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MUSCLE,
  PROP_SIDE,
  PROP_PATIENT_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = atlas_wrapped_label_new (text, css_class);

  gtk_label_set_max_width_chars (GTK_LABEL (label), TEXT_WIDTH_CHARS);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return label;
}

/* A term in bold followed by its text on the same line, like a printed card. */
static GtkWidget *
term_label (const char *term,
            const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", term, text);
  GtkWidget *label = text_label (NULL, NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);

  return label;
}

static void
append (GtkBox    *box,
        GtkWidget *child)
{
  gtk_box_append (box, child);
}

static GtkBox *
group_box (int         spacing,
           const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);

  if (css_class != NULL)
    gtk_widget_add_css_class (box, css_class);

  return GTK_BOX (box);
}

static char *
join_region_names (GPtrArray *regions,
                   gboolean   clinical)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (regions, i);
      g_autofree char *label = atlas_region_dup_label (region, clinical);

      if (names->len > 0)
        /* Translators: separates region names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, label);
    }

  if (names->len == 0)
    /* Translators: no spillover zone */
    return g_strdup (C_("spillover", "none"));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static const char *
risk_word (AtlasRisk risk)
{
  switch (risk)
    {
    case ATLAS_RISK_HIGH:
      return _("High risk");
    case ATLAS_RISK_MODERATE:
      return _("Moderate risk");
    case ATLAS_RISK_LOW:
    default:
      return _("Low risk");
    }
}

static const char *
risk_class (AtlasRisk risk)
{
  switch (risk)
    {
    case ATLAS_RISK_HIGH:
      return "risk-high";
    case ATLAS_RISK_MODERATE:
      return "risk-moderate";
    case ATLAS_RISK_LOW:
    default:
      return "risk-low";
    }
}

static const char *
evidence_words (AtlasEvidence evidence)
{
  switch (evidence)
    {
    case ATLAS_EVIDENCE_STRONG:
      return _("Strong evidence");
    case ATLAS_EVIDENCE_MODERATE:
      return _("Moderate evidence");
    case ATLAS_EVIDENCE_LIMITED:
      return _("Limited evidence");
    case ATLAS_EVIDENCE_EXPERT_OPINION:
    default:
      return _("Expert opinion");
    }
}

/* "Add to Plan" for each side: a site is a trigger point on one side. */
static GtkWidget *
plan_buttons (AtlasMuscle             *muscle,
              const AtlasTriggerPoint *point)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const AtlasSide sides[] = { ATLAS_SIDE_LEFT, ATLAS_SIDE_RIGHT };

  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Add to Plan:")));
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      GtkWidget *button =
        gtk_button_new_with_label (sides[i] == ATLAS_SIDE_LEFT ? _("Left") : _("Right"));
      g_autofree char *site = g_strdup_printf ("%s/%s/%s", atlas_muscle_get_id (muscle), point->id,
                                               atlas_side_to_string (sides[i]));
      g_autofree char *label = g_strdup_printf (sides[i] == ATLAS_SIDE_LEFT
                                                ? _("Add %s, left side, to the plan")
                                                : _("Add %s, right side, to the plan"),
                                                point->name != NULL ? point->name : point->id);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.plan-add");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", site);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_name (button, site);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static void
fill_trigger_points (AtlasMusclePanel *self)
{
  GPtrArray *points = atlas_muscle_get_trigger_points (self->muscle);

  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);
      GtkBox *box = group_box (4, "trigger-point");
      g_autofree char *essential = join_region_names (point->essential, !self->patient_view);
      g_autofree char *spillover = join_region_names (point->spillover, !self->patient_view);

      append (box, text_label (point->name, "item-title"));
      if (point->location != NULL)
        append (box, text_label (point->location, NULL));
      append (box, term_label (_("Essential:"), essential));
      append (box, term_label (_("Spillover:"), spillover));
      if (point->symptoms != NULL)
        append (box, text_label (point->symptoms, NULL));
      append (box, plan_buttons (self->muscle, point));
      append (self->trigger_points_box, GTK_WIDGET (box));
    }
}

static void
fill_conditions (AtlasMusclePanel *self)
{
  GPtrArray *conditions = atlas_muscle_get_conditions (self->muscle);

  if (conditions == NULL || conditions->len == 0)
    {
      append (self->conditions_box, text_label (_("None listed"), "dim-label"));
      return;
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      const AtlasCondition *condition = g_ptr_array_index (conditions, i);
      GtkBox *box = group_box (2, "condition");

      append (box, text_label (condition->name, "item-title"));
      append (box, text_label (evidence_words (condition->evidence), "evidence"));
      if (condition->summary != NULL)
        append (box, text_label (condition->summary, NULL));
      append (self->conditions_box, GTK_WIDGET (box));
    }
}

static void
fill_needling (AtlasMusclePanel *self)
{
  const AtlasNeedling *needling = atlas_muscle_get_needling (self->muscle);
  g_autofree char *depth = NULL;

  if (needling == NULL)
    return;

  /* Translators: needle depth range in millimetres */
  depth = g_strdup_printf (_("%d–%d mm (average adult)"),
                           needling->depth_min_mm, needling->depth_max_mm);

  if (needling->position != NULL)
    append (self->needling_box, term_label (_("Position:"), needling->position));
  if (needling->approach != NULL)
    append (self->needling_box, term_label (_("Approach:"), needling->approach));
  append (self->needling_box, term_label (_("Depth:"), depth));
  if (needling->beneath != NULL)
    append (self->needling_box, term_label (_("Beneath:"), needling->beneath));
}

static void
fill_safety (AtlasMusclePanel *self)
{
  GPtrArray *notes = atlas_muscle_get_safety_notes (self->muscle);
  g_autoptr (GString) structures = g_string_new (NULL);
  g_autoptr (GString) avoid = g_string_new (NULL);
  g_autofree char *banner = NULL;

  for (guint i = 0; i < notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (notes, i);
      GtkBox *box = group_box (4, "safety-note");
      GtkWidget *word = text_label (risk_word (note->risk), "risk-word");

      gtk_widget_add_css_class (GTK_WIDGET (box), risk_class (note->risk));
      gtk_widget_add_css_class (word, risk_class (note->risk));
      append (box, word);
      append (box, text_label (note->structures, "item-title"));
      if (note->hazard != NULL)
        append (box, text_label (note->hazard, NULL));
      if (note->avoid != NULL)
        append (box, term_label (_("Avoid:"), note->avoid));
      append (self->safety_box, GTK_WIDGET (box));

      if (note->risk != ATLAS_RISK_HIGH)
        continue;

      if (structures->len > 0)
        /* Translators: separates hazard structures in the banner */
        g_string_append (structures, _("; "));
      g_string_append (structures, note->structures);
      if (note->avoid != NULL)
        {
          if (avoid->len > 0)
            g_string_append_c (avoid, ' ');
          g_string_append (avoid, note->avoid);
        }
    }

  /* A hazard to life belongs at the top, before anyone reaches for a needle;
   * a patient looking on is not reaching for one. */
  gtk_widget_set_visible (self->safety_banner, structures->len > 0 && !self->patient_view);
  if (structures->len == 0)
    return;

  /* Translators: banner on a muscle whose needling can injure, %s names the structures */
  banner = g_strdup_printf (_("Needling hazard: %s"), structures->str);
  gtk_label_set_text (self->banner_title, banner);
  gtk_label_set_text (self->banner_text, avoid->str);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_text), avoid->len > 0);
}

static void
fill_anatomy (AtlasMusclePanel *self)
{
  struct {
    const char *term;
    const char *text;
  } fields[] = {
    { _("Origin:"), atlas_muscle_get_origin (self->muscle) },
    { _("Insertion:"), atlas_muscle_get_insertion (self->muscle) },
    { _("Innervation:"), atlas_muscle_get_innervation (self->muscle) },
    { _("Action:"), atlas_muscle_get_action (self->muscle) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].text != NULL && fields[i].text[0] != '\0')
        append (self->anatomy_box, term_label (fields[i].term, fields[i].text));
    }
}

static void
fill_references (AtlasMusclePanel *self)
{
  GPtrArray *references = atlas_muscle_get_references (self->muscle);

  for (guint i = 0; references != NULL && i < references->len; i++)
    {
      const AtlasReference *reference = g_ptr_array_index (references, i);
      g_autofree char *text = NULL;

      /* Translators: a citation: author, year, title */
      text = g_strdup_printf (_("%s (%d). %s."), reference->author, reference->year,
                              reference->title);
      append (self->references_box, text_label (text, "reference"));
    }
}

static void
update (AtlasMusclePanel *self)
{
  g_autofree char *title = NULL;
  const char *self_care;

  atlas_widget_remove_children (GTK_WIDGET (self->trigger_points_box));
  atlas_widget_remove_children (GTK_WIDGET (self->conditions_box));
  atlas_widget_remove_children (GTK_WIDGET (self->needling_box));
  atlas_widget_remove_children (GTK_WIDGET (self->safety_box));
  atlas_widget_remove_children (GTK_WIDGET (self->anatomy_box));
  atlas_widget_remove_children (GTK_WIDGET (self->references_box));

  if (self->muscle == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (self->side == ATLAS_SIDE_LEFT)
    /* Translators: panel heading, "Upper trapezius — left side" */
    title = g_strdup_printf (_("%s — left side"), atlas_muscle_get_name (self->muscle));
  else
    /* Translators: panel heading, "Upper trapezius — right side" */
    title = g_strdup_printf (_("%s — right side"), atlas_muscle_get_name (self->muscle));

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->latin_label, atlas_muscle_get_latin (self->muscle));
  gtk_label_set_text (self->summary_label, atlas_muscle_get_summary (self->muscle));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label),
                          atlas_muscle_get_summary (self->muscle) != NULL);

  fill_trigger_points (self);
  fill_conditions (self);
  fill_needling (self);
  fill_safety (self);
  fill_anatomy (self);
  fill_references (self);

  self_care = atlas_muscle_get_self_care (self->muscle);
  gtk_label_set_text (self->self_care_label, self_care);
  gtk_widget_set_visible (GTK_WIDGET (self->self_care_label), self_care != NULL);
  gtk_widget_set_visible (self->self_care_heading, self_care != NULL);

  /* A new muscle is read from the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->patient_scroller), 0);
  atlas_patient_card_set_muscle (self->patient_card, self->muscle);
  /* From one card to the other at once: the clinical one must not linger
   * while a patient looks on. */
  gtk_stack_set_visible_child_full (self->stack, self->patient_view ? "patient" : "card",
                                    g_strcmp0 (gtk_stack_get_visible_child_name (self->stack),
                                               "empty") == 0
                                      ? gtk_stack_get_transition_type (self->stack)
                                      : GTK_STACK_TRANSITION_TYPE_NONE);
}

static void
atlas_muscle_panel_dispose (GObject *object)
{
  AtlasMusclePanel *self = ATLAS_MUSCLE_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_MUSCLE_PANEL);
  g_clear_object (&self->muscle);

  G_OBJECT_CLASS (atlas_muscle_panel_parent_class)->dispose (object);
}

static void
atlas_muscle_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasMusclePanel *self = ATLAS_MUSCLE_PANEL (object);

  switch (prop_id)
    {
    case PROP_MUSCLE:
      g_value_set_object (value, self->muscle);
      break;

    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;

    case PROP_PATIENT_VIEW:
      g_value_set_boolean (value, self->patient_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_muscle_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasMusclePanel *self = ATLAS_MUSCLE_PANEL (object);

  switch (prop_id)
    {
    case PROP_MUSCLE:
      atlas_muscle_panel_set_muscle (self, g_value_get_object (value));
      break;

    case PROP_SIDE:
      atlas_muscle_panel_set_side (self, g_value_get_enum (value));
      break;

    case PROP_PATIENT_VIEW:
      atlas_muscle_panel_set_patient_view (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The card's star is filled while the muscle is starred. */
static char *
star_icon_name (gpointer data,
                gboolean active)
{
  return g_strdup (active ? "starred-symbolic" : "non-starred-symbolic");
}

static void
atlas_muscle_panel_class_init (AtlasMusclePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_muscle_panel_dispose;
  object_class->get_property = atlas_muscle_panel_get_property;
  object_class->set_property = atlas_muscle_panel_set_property;

  properties[PROP_MUSCLE] =
    g_param_spec_object ("muscle", NULL, NULL,
                         ATLAS_TYPE_MUSCLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       ATLAS_TYPE_SIDE, ATLAS_SIDE_RIGHT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATIENT_VIEW] =
    g_param_spec_boolean ("patient-view", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-muscle-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, header_buttons);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, latin_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, safety_banner);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, banner_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, banner_text);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, trigger_points_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, essential_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, spillover_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, conditions_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, needling_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, needling_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, safety_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, safety_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, self_care_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, self_care_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, anatomy_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, references_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, patient_card);
  gtk_widget_class_bind_template_child (widget_class, AtlasMusclePanel, patient_scroller);
  gtk_widget_class_bind_template_callback (widget_class, star_icon_name);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "musclepanel");
}

static void
atlas_muscle_panel_init (AtlasMusclePanel *self)
{
  self->side = ATLAS_SIDE_RIGHT;

  g_type_ensure (ATLAS_TYPE_PATIENT_CARD);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->essential_swatch, atlas_patient_card_draw_swatch,
                                  GINT_TO_POINTER (ATLAS_ZONE_ESSENTIAL), NULL);
  gtk_drawing_area_set_draw_func (self->spillover_swatch, atlas_patient_card_draw_swatch,
                                  GINT_TO_POINTER (ATLAS_ZONE_SPILLOVER), NULL);
  atlas_patient_card_set_show_self_care (self->patient_card, TRUE);
}

GtkWidget *
atlas_muscle_panel_new (void)
{
  return g_object_new (ATLAS_TYPE_MUSCLE_PANEL, NULL);
}

AtlasMuscle *
atlas_muscle_panel_get_muscle (AtlasMusclePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE_PANEL (self), NULL);

  return self->muscle;
}

void
atlas_muscle_panel_set_muscle (AtlasMusclePanel *self,
                               AtlasMuscle      *muscle)
{
  g_return_if_fail (ATLAS_IS_MUSCLE_PANEL (self));
  g_return_if_fail (muscle == NULL || ATLAS_IS_MUSCLE (muscle));

  if (!g_set_object (&self->muscle, muscle))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLE]);
}

AtlasSide
atlas_muscle_panel_get_side (AtlasMusclePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE_PANEL (self), ATLAS_SIDE_RIGHT);

  return self->side;
}

void
atlas_muscle_panel_set_side (AtlasMusclePanel *self,
                             AtlasSide         side)
{
  g_return_if_fail (ATLAS_IS_MUSCLE_PANEL (self));

  if (self->side == side)
    return;

  self->side = side;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

const char *
atlas_muscle_panel_get_title (AtlasMusclePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE_PANEL (self), NULL);

  if (self->muscle == NULL)
    return NULL;

  return gtk_label_get_text (self->title_label);
}

gboolean
atlas_muscle_panel_get_patient_view (AtlasMusclePanel *self)
{
  g_return_val_if_fail (ATLAS_IS_MUSCLE_PANEL (self), FALSE);
  return self->patient_view;
}

/* With a patient at the screen the card is the patient's: the everyday name,
 * the summary, where the pain is felt in plain words and what helps. The
 * clinical card (palpation, ids, anatomy, references, needling, hazards) is
 * not shown at all, rather than shown in part. */
void
atlas_muscle_panel_set_patient_view (AtlasMusclePanel *self,
                                     gboolean          patient_view)
{
  g_return_if_fail (ATLAS_IS_MUSCLE_PANEL (self));

  patient_view = !!patient_view;
  if (self->patient_view == patient_view)
    return;
  self->patient_view = patient_view;

  if (patient_view)
    gtk_widget_add_css_class (GTK_WIDGET (self), "patient-view");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "patient-view");
  if (self->muscle != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_VIEW]);
}

void
atlas_muscle_panel_set_header_buttons (AtlasMusclePanel *self,
                                       gboolean          visible)
{
  g_return_if_fail (ATLAS_IS_MUSCLE_PANEL (self));
  gtk_widget_set_visible (self->header_buttons, visible);
}
