/* atlas-patient-card.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-body-painter.h"
#include "atlas-patient-card.h"

struct _AtlasPatientCard
{
  GtkWidget       parent_instance;

  AtlasMuscle    *muscle;
  gboolean        show_self_care;

  GtkWidget      *box;
  GtkLabel       *name_label;
  GtkLabel       *summary_label;
  GtkWidget      *essential_row;
  GtkLabel       *essential_label;
  GtkDrawingArea *essential_swatch;
  GtkWidget      *spillover_row;
  GtkLabel       *spillover_label;
  GtkDrawingArea *spillover_swatch;
  GtkWidget      *mark_label;
  GtkWidget      *self_care_heading;
  GtkLabel       *self_care_label;
};

G_DEFINE_FINAL_TYPE (AtlasPatientCard, atlas_patient_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MUSCLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A region's name inside a sentence: "Temple" reads "the temple", "Behind
 * the ear" stays "behind the ear". English needs this; a translation may make
 * the article "%s" and the list of leading words empty. */
static char *
region_in_sentence (const char *name)
{
  /* Translators: words that start a region name which takes no article in a
   * sentence ("Behind the ear"), separated by spaces; may be empty */
  g_auto (GStrv) bare = g_strsplit (_("around behind where between above below just under"),
                                    " ", -1);
  /* Translators: a region name in a sentence, "the temple"; may be just "%s" */
  const char *with_article = C_("region in a sentence", "the %s");
  /* Translators: "lower" where a region name starts with a small letter
   * inside a sentence ("the temple"); any other word keeps the name's capital,
   * as German nouns need. Names that start with one of the words above are
   * lowered either way. */
  gboolean         lower = g_str_equal (C_("region in a sentence", "lower"), "lower");
  g_autofree char *first_word = NULL;
  g_autofree char *lowered = NULL;
  const char *space = strchr (name, ' ');
  const char *rest = g_utf8_next_char (name);

  first_word = g_utf8_strdown (name, space != NULL ? space - name : -1);
  /* Only the first letter: "Achilles tendon" keeps its capital. */
  if (g_str_equal (first_word, "achilles"))
    lowered = g_strdup (name);
  else
    {
      g_autofree char *initial = g_utf8_strdown (name, rest - name);

      lowered = g_strconcat (initial, rest, NULL);
    }

  for (guint i = 0; bare[i] != NULL; i++)
    if (bare[i][0] != '\0' && g_str_equal (first_word, bare[i]))
      return g_steal_pointer (&lowered);

  return g_strdup_printf (with_article, lower ? lowered : name);
}

static void
add_regions (GPtrArray *seen,
             GPtrArray *regions)
{
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    if (!g_ptr_array_find (seen, g_ptr_array_index (regions, i), NULL))
      g_ptr_array_add (seen, g_ptr_array_index (regions, i));
}

char *
atlas_patient_card_describe_zone (AtlasMuscle *muscle,
                                  AtlasZone    zone)
{
  GPtrArray *points;
  g_autoptr (GPtrArray) essential = g_ptr_array_new ();
  g_autoptr (GPtrArray) spillover = g_ptr_array_new ();
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean has_comma = FALSE;

  g_return_val_if_fail (ATLAS_IS_MUSCLE (muscle), NULL);

  points = atlas_muscle_get_trigger_points (muscle);
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      add_regions (essential, point->essential);
      add_regions (spillover, point->spillover);
    }

  for (guint i = 0; i < (zone == ATLAS_ZONE_ESSENTIAL ? essential : spillover)->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (zone == ATLAS_ZONE_ESSENTIAL ? essential
                                                                                  : spillover, i);

      if (zone == ATLAS_ZONE_SPILLOVER && g_ptr_array_find (essential, region, NULL))
        continue;
      g_ptr_array_add (shown, (gpointer) region);
      has_comma |= strchr (region->name, ',') != NULL;
    }

  if (shown->len == 0)
    return NULL;

  for (guint i = 0; i < shown->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (shown, i);
      g_autofree char *words = region_in_sentence (region->name);

      if (i > 0 && i == shown->len - 1)
        /* Translators: before the last of a list of places, " and " */
        g_string_append (text, _(" and "));
      else if (i > 0)
        /* Translators: between places in a list; a name with a comma in it
         * ("Flank, between the ribs and the hip bone") needs the longer one */
        g_string_append (text, has_comma ? _("; ") : _(", "));
      g_string_append (text, words);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
atlas_patient_card_draw_swatch (GtkDrawingArea *area,
                                cairo_t        *cr,
                                int             width,
                                int             height,
                                gpointer        zone)
{
  GdkRGBA skin = { 0.957, 0.906, 0.867, 1.0 };
  /* The stipple is drawn in diagram units; a large swatch scales it up as
   * the diagram on a large screen does. */
  double unit = MAX (1.0, height / 22.0);

  /* On the diagram's skin colour, as the zones appear on the body. */
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  gdk_cairo_set_source_rgba (cr, &skin);
  cairo_fill (cr);

  cairo_scale (cr, unit, unit);
  cairo_rectangle (cr, 0.5 / unit, 0.5 / unit, (width - 1) / unit, (height - 1) / unit);
  atlas_body_painter_fill_zone (cr, GPOINTER_TO_INT (zone), 1.0 / unit);
}

static void
set_legend (GtkLabel   *label,
            const char *heading,
            const char *places)
{
  g_autofree char *markup = NULL;

  if (places != NULL)
    markup = g_markup_printf_escaped ("<b>%s</b>\n%s", heading, places);
  else
    markup = g_markup_printf_escaped ("<b>%s</b>", heading);
  gtk_label_set_markup (label, markup);
}

static void
update (AtlasPatientCard *self)
{
  g_autofree char *essential = NULL;
  g_autofree char *spillover = NULL;
  const char *summary = NULL, *self_care = NULL;

  if (self->muscle != NULL)
    {
      essential = atlas_patient_card_describe_zone (self->muscle, ATLAS_ZONE_ESSENTIAL);
      spillover = atlas_patient_card_describe_zone (self->muscle, ATLAS_ZONE_SPILLOVER);
      summary = atlas_muscle_get_summary (self->muscle);
      self_care = atlas_muscle_get_self_care (self->muscle);
      gtk_label_set_text (self->name_label, atlas_muscle_get_name (self->muscle));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->name_label), self->muscle != NULL);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);

  set_legend (self->essential_label, _("Where most people feel it"), essential);
  set_legend (self->spillover_label, _("Where some people also feel it"), spillover);
  /* A muscle without a spillover zone has no second line to explain. */
  gtk_widget_set_visible (self->spillover_row, self->muscle == NULL || spillover != NULL);

  gtk_label_set_text (self->self_care_label, self_care);
  gtk_widget_set_visible (self->self_care_heading, self->show_self_care && self_care != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->self_care_label),
                          self->show_self_care && self_care != NULL);
}

static void
atlas_patient_card_dispose (GObject *object)
{
  AtlasPatientCard *self = ATLAS_PATIENT_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PATIENT_CARD);
  g_clear_object (&self->muscle);

  G_OBJECT_CLASS (atlas_patient_card_parent_class)->dispose (object);
}

static void
atlas_patient_card_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasPatientCard *self = ATLAS_PATIENT_CARD (object);

  switch (prop_id)
    {
    case PROP_MUSCLE:
      g_value_set_object (value, self->muscle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_patient_card_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasPatientCard *self = ATLAS_PATIENT_CARD (object);

  switch (prop_id)
    {
    case PROP_MUSCLE:
      atlas_patient_card_set_muscle (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_patient_card_class_init (AtlasPatientCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_patient_card_dispose;
  object_class->get_property = atlas_patient_card_get_property;
  object_class->set_property = atlas_patient_card_set_property;

  properties[PROP_MUSCLE] =
    g_param_spec_object ("muscle", NULL, NULL,
                         ATLAS_TYPE_MUSCLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-patient-card.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, box);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, essential_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, essential_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, essential_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, spillover_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, spillover_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, spillover_swatch);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, mark_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, self_care_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasPatientCard, self_care_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "patientcard");
}

static void
atlas_patient_card_init (AtlasPatientCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->essential_swatch, atlas_patient_card_draw_swatch,
                                  GINT_TO_POINTER (ATLAS_ZONE_ESSENTIAL), NULL);
  gtk_drawing_area_set_draw_func (self->spillover_swatch, atlas_patient_card_draw_swatch,
                                  GINT_TO_POINTER (ATLAS_ZONE_SPILLOVER), NULL);
  update (self);
}

GtkWidget *
atlas_patient_card_new (void)
{
  return g_object_new (ATLAS_TYPE_PATIENT_CARD, NULL);
}

AtlasMuscle *
atlas_patient_card_get_muscle (AtlasPatientCard *self)
{
  g_return_val_if_fail (ATLAS_IS_PATIENT_CARD (self), NULL);
  return self->muscle;
}

void
atlas_patient_card_set_muscle (AtlasPatientCard *self,
                               AtlasMuscle      *muscle)
{
  g_return_if_fail (ATLAS_IS_PATIENT_CARD (self));
  g_return_if_fail (muscle == NULL || ATLAS_IS_MUSCLE (muscle));

  if (!g_set_object (&self->muscle, muscle))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLE]);
}

void
atlas_patient_card_set_show_self_care (AtlasPatientCard *self,
                                       gboolean          show_self_care)
{
  g_return_if_fail (ATLAS_IS_PATIENT_CARD (self));

  self->show_self_care = !!show_self_care;
  update (self);
}
