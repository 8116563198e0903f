/* atlas-report.c: the handout and the clinician sheet.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is a list of blocks (the header, one per site, the after-care
 * notes...). Each block is measured by laying it out without drawing, and
 * blocks are packed onto pages whole, so a site never breaks across pages.
 * The same code draws on a PDF surface and on a printer's cairo context.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "atlas-body-painter.h"
#include "atlas-cairo-file.h"
#include "atlas-diagram.h"
#include "atlas-plan-marks.h"
#include "atlas-report.h"
#include "atlas-report-needle.h"

#define MARGIN 50.0
#define GAP 14.0
#define BODY_SIZE 10.0
#define FOOTER 24.0
#define DIAGRAM_WIDTH 160.0
#define DIAGRAM_HEIGHT 220.0
/* The needle arrow's length on paper, when the skin does not set it. */
#define NEEDLE_LENGTH 34.0

typedef enum {
  BLOCK_HEADER,
  BLOCK_SCREENING,
  BLOCK_SITE,
  BLOCK_AFTER_CARE,
  BLOCK_SEEK_CARE,
} BlockKind;

typedef struct {
  BlockKind kind;
  guint site;     /* for BLOCK_SITE */
  double height;  /* measured */
  guint page;
  double y;
} Block;

struct _AtlasReport {
  AtlasPlan *plan;
  AtlasReportKind kind;
  char *title;
  GArray *blocks;     /* Block */
  GHashTable *handles; /* AtlasView* -> RsvgHandle* */
  double width;
  double height;
  guint n_pages;
};

void
atlas_paper_get_size (AtlasPaper  paper,
                      double     *width,
                      double     *height)
{
  /* ISO 216 A4 is 210 x 297 mm; US Letter is 8.5 x 11 in. */
  *width = paper == ATLAS_PAPER_LETTER ? 612.0 : 595.276;
  *height = paper == ATLAS_PAPER_LETTER ? 792.0 : 841.89;
}

gboolean
atlas_paper_from_string (const char *text,
                         AtlasPaper *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = ATLAS_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = ATLAS_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/* Whether any site lies over the lung, by the screening section's structures:
 * the handout then tells the patient about delayed breathing symptoms. */
static gboolean
plan_has_thorax_site (AtlasPlan *plan)
{
  AtlasDatabase *db = atlas_plan_get_database (plan);

  for (guint i = 0; i < atlas_plan_get_n_sites (plan); i++)
    {
      g_autoptr (GPtrArray) structures =
        atlas_screening_site_structures (db, atlas_plan_get_site (plan, i)->muscle);

      for (guint j = 0; j < structures->len; j++)
        {
          const AtlasScreeningStructure *structure = g_ptr_array_index (structures, j);

          if (g_str_equal (structure->group, "lung"))
            return TRUE;
        }
    }
  return FALSE;
}

AtlasReport *
atlas_report_new (AtlasPlan        *plan,
                  AtlasReportKind   kind,
                  GError          **error)
{
  AtlasDatabase *db = atlas_plan_get_database (plan);
  g_autoptr (GPtrArray) blocking = atlas_screening_blocking_items (db,
                                                                   atlas_plan_get_answers (plan));
  AtlasReport *self;
  Block block = { 0 };

  if (blocking->len > 0)
    {
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; i < blocking->len; i++)
        g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                                ((AtlasScreeningItem *) g_ptr_array_index (blocking, i))->name);
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_INVALID_VALUE,
                   _("The plan cannot be printed until screening rules out: %s"), names->str);
      return NULL;
    }
  if (atlas_plan_get_n_sites (plan) == 0)
    {
      g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_INVALID_VALUE,
                   _("The plan has no site to print"));
      return NULL;
    }

  self = g_new0 (AtlasReport, 1);
  self->plan = g_object_ref (plan);
  self->kind = kind;
  self->title = g_strdup_printf (kind == ATLAS_REPORT_HANDOUT
                                 ? _("Your home care after dry needling, %s")
                                                              : _("Dry needling session plan, %s"),
                                 atlas_plan_get_date (plan));
  self->handles = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));

  block.kind = BLOCK_HEADER;
  g_array_append_val (self->blocks, block);
  if (kind == ATLAS_REPORT_CLINICIAN_SHEET)
    {
      block.kind = BLOCK_SCREENING;
      g_array_append_val (self->blocks, block);
    }
  for (guint i = 0; i < atlas_plan_get_n_sites (plan); i++)
    {
      block.kind = BLOCK_SITE;
      block.site = i;
      g_array_append_val (self->blocks, block);
    }
  if (kind == ATLAS_REPORT_HANDOUT)
    {
      block.kind = BLOCK_AFTER_CARE;
      g_array_append_val (self->blocks, block);
      block.kind = BLOCK_SEEK_CARE;
      g_array_append_val (self->blocks, block);
    }
  return self;
}

void
atlas_report_free (AtlasReport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->plan);
  g_free (self->title);
  g_array_unref (self->blocks);
  g_hash_table_unref (self->handles);
  g_free (self);
}

const char *
atlas_report_get_title (AtlasReport *self)
{
  return self->title;
}

/* ---- Text ------------------------------------------------------------------------ */

/* Lays out @markup at (x, y) in @width; draws it when @draw. Returns its height. */
static double
text (cairo_t    *cr,
      const char *markup,
      double      x,
      double      y,
      double      width,
      double      size,
      gboolean    draw)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  int w, h;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_size (layout, &w, &h);

  if (draw)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return (double) h / PANGO_SCALE;
}

/* A bold label and its text, as one paragraph: "Position: lying on the back." */
static double
labelled (cairo_t    *cr,
          const char *label,
          const char *value,
          double      x,
          double      y,
          double      width,
          gboolean    draw)
{
  g_autofree char *markup = NULL;

  if (value == NULL || *value == '\0')
    return 0;
  markup = g_markup_printf_escaped ("<b>%s</b> %s", label, value);
  return text (cr, markup, x, y, width, BODY_SIZE, draw) + 4;
}

static double
heading (cairo_t    *cr,
         const char *title,
         double      x,
         double      y,
         double      width,
         double      size,
         gboolean    draw)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", title);

  cairo_set_source_rgb (cr, 0.07, 0.20, 0.45);
  size = text (cr, markup, x, y, width, size, draw);
  cairo_set_source_rgb (cr, 0, 0, 0);
  return size + 6;
}

/* ---- The diagram of a site ---------------------------------------------------------- */

/* The view to draw a site on: one that marks the trigger point on that side,
 * preferring the one the atlas would show the muscle in. The clinician sheet
 * first prefers a view that gives the needle's direction. */
static const AtlasView *
site_view (const AtlasPlanSite *site,
           gboolean             want_needle)
{
  const AtlasView *preferred = atlas_muscle_choose_view (site->muscle, NULL);
  const AtlasView *first = NULL, *first_needle = NULL;
  double x, y;

  for (guint i = 0; i < site->point->marks->len; i++)
    {
      const AtlasView *view = ((AtlasMark *) g_ptr_array_index (site->point->marks, i))->view;
      gboolean         needle = want_needle && atlas_report_site_has_needle (view, site);

      if (!atlas_plan_marks_position (view, site, &x, &y))
        continue;
      if (view == preferred && (needle || !want_needle))
        return view;
      if (first == NULL)
        first = view;
      if (needle && first_needle == NULL)
        first_needle = view;
    }
  if (first_needle != NULL)
    return first_needle;
  return preferred != NULL && atlas_plan_marks_position (preferred, site, &x, &y) ? preferred
                                                                                  : first;
}

/* Grows @box to hold the point (x, y) with @margin around it. */
static void
add_point (cairo_rectangle_t *box,
           double             x,
           double             y,
           double             margin)
{
  double x2 = MAX (box->x + box->width, x + margin), y2 = MAX (box->y + box->height, y + margin);

  box->x = MIN (box->x, x - margin);
  box->y = MIN (box->y, y - margin);
  box->width = x2 - box->x;
  box->height = y2 - box->y;
}

static void
add_extents (AtlasDiagram      *diagram,
             const char        *shape,
             cairo_rectangle_t *box,
             gboolean          *any)
{
  cairo_rectangle_t r;
  double x2, y2;

  if (!atlas_diagram_get_extents (diagram, shape, &r))
    return;
  if (!*any)
    {
      *box = r;
      *any = TRUE;
      return;
    }
  x2 = MAX (box->x + box->width, r.x + r.width);
  y2 = MAX (box->y + box->height, r.y + r.height);
  box->x = MIN (box->x, r.x);
  box->y = MIN (box->y, r.y);
  box->width = x2 - box->x;
  box->height = y2 - box->y;
}

static void
fill_site_zone (cairo_t             *cr,
                AtlasDiagram        *diagram,
                const AtlasPlanSite *site,
                AtlasZone            zone,
                double               pixel)
{
  GPtrArray *regions = zone == ATLAS_ZONE_ESSENTIAL ? site->point->essential
                                                    : site->point->spillover;

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      g_autofree char *shape = atlas_region_dup_shape_id (g_ptr_array_index (regions, i),
                                                          site->side);

      cairo_new_path (cr);
      if (atlas_diagram_append_path (diagram, shape, cr))
        atlas_body_painter_fill_zone (cr, zone, pixel);
    }
}

/* The part of the view around the muscle, its pattern and its mark, fitted
 * into (x, y, w, h); returns the height used. */
static double
draw_site_diagram (AtlasReport         *self,
                   cairo_t             *cr,
                   guint                index,
                   double               x,
                   double               y,
                   double               w,
                   double               h,
                   gboolean             flagged,
                   gboolean             draw)
{
  const AtlasPlanSite *site = atlas_plan_get_site (self->plan, index);
  gboolean             clinician = self->kind == ATLAS_REPORT_CLINICIAN_SHEET;
  const AtlasView     *view = site_view (site, clinician);
  g_autofree char *muscle_shape = NULL;
  cairo_rectangle_t crop = { 0 };
  AtlasNeedleArrow     arrow;
  gboolean             any = FALSE, needle = FALSE;
  RsvgHandle *handle;
  double scale, mx, my, margin, used_w, used_h;
  GPtrArray *zones[2] = { site->point->essential, site->point->spillover };

  if (view == NULL)
    return 0;

  muscle_shape = atlas_muscle_dup_shape_id (site->muscle, site->side);
  add_extents (view->diagram, muscle_shape, &crop, &any);
  for (guint z = 0; z < 2; z++)
    for (guint i = 0; zones[z] != NULL && i < zones[z]->len; i++)
      {
        g_autofree char *shape = atlas_region_dup_shape_id (g_ptr_array_index (zones[z], i),
                                                            site->side);

        add_extents (view->diagram, shape, &crop, &any);
      }
  atlas_plan_marks_position (view, site, &mx, &my);
  if (!any)
    crop = (cairo_rectangle_t) { mx, my, 1, 1 };

  /* Some body around it, so the patient sees where on the body it is. */
  margin = MAX (crop.width, crop.height) * 0.15 + 20;
  /* The whole arrow in the picture, at about the scale it will be drawn. */
  if (clinician)
    {
      scale = MIN (w / (crop.width + 2 * margin), h / (crop.height + 2 * margin));
      needle = atlas_report_site_needle (view, site, NEEDLE_LENGTH / scale, &arrow);
      if (needle)
        add_point (&crop, arrow.tail_x, arrow.tail_y, 8 / scale);
    }
  crop.x = MAX (0, crop.x - margin);
  crop.y = MAX (0, crop.y - margin);
  crop.width = MIN (atlas_diagram_get_width (view->diagram) - crop.x, crop.width + 2 * margin);
  crop.height = MIN (atlas_diagram_get_height (view->diagram) - crop.y, crop.height + 2 * margin);
  scale = MIN (w / crop.width, h / crop.height);
  used_w = crop.width * scale;
  used_h = crop.height * scale;
  if (!draw)
    return used_h;

  handle = g_hash_table_lookup (self->handles, view);
  if (handle == NULL)
    {
      GBytes *bytes = atlas_diagram_get_bytes (view->diagram);
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);

      handle = rsvg_handle_new_from_data (data, size, NULL);
      if (handle == NULL)
        return used_h;
      g_hash_table_insert (self->handles, (gpointer) view, handle);
    }

  cairo_save (cr);
  x += (w - used_w) / 2;
  cairo_rectangle (cr, x, y, used_w, used_h);
  cairo_clip_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_translate (cr, x - crop.x * scale, y - crop.y * scale);
  cairo_scale (cr, scale, scale);
  /* Vector all the way: the SVG is drawn into the PDF, not as an image. */
  rsvg_handle_render_document (handle, cr,
                               &(RsvgRectangle) { 0, 0, atlas_diagram_get_width (view->diagram),
                                                  atlas_diagram_get_height (view->diagram) },
                               NULL);
  /* Paled, as the body view does under a pattern: the red of the zones must
   * stand out from the red of the drawn muscles. */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.5);
  cairo_paint (cr);
  fill_site_zone (cr, view->diagram, site, ATLAS_ZONE_SPILLOVER, 1 / scale);
  fill_site_zone (cr, view->diagram, site, ATLAS_ZONE_ESSENTIAL, 1 / scale);
  atlas_body_painter_outline (cr, view->diagram, muscle_shape, ATLAS_HIGHLIGHT_SELECTED, 1 / scale);
  if (needle)
    atlas_report_draw_needle (cr, &arrow, 1 / scale);
  /* The arrow comes in from the tail's side: the badge goes elsewhere. */
  atlas_plan_marks_draw_site_away (cr, view, site, index + 1, flagged,
                                   needle ? fmod (arrow.degrees + 180, 360) : -1, 1 / scale);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, used_w, used_h);
  cairo_stroke (cr);
  cairo_restore (cr);
  return used_h;
}

/* ---- Blocks ---------------------------------------------------------------------------- */

static char *
site_title (const AtlasPlanSite *site,
            guint                index)
{
  return g_strdup_printf (site->side == ATLAS_SIDE_LEFT ? _("%u. %s, left side")
                                                        : _("%u. %s, right side"),
                          index + 1, atlas_muscle_get_name (site->muscle));
}

static gboolean
site_needle_drawn (const AtlasPlanSite *site)
{
  const AtlasView *view = site_view (site, TRUE);

  return view != NULL && atlas_report_site_has_needle (view, site);
}

static double
site_text_clinician (AtlasReport         *self,
                     cairo_t             *cr,
                     guint                index,
                     double               x,
                     double               y,
                     double               width,
                     gboolean             draw)
{
  const AtlasPlanSite *site = atlas_plan_get_site (self->plan, index);
  const AtlasNeedling *needling = atlas_muscle_get_needling (site->muscle);
  GPtrArray *notes = atlas_muscle_get_safety_notes (site->muscle);
  g_autoptr (GPtrArray) flags = atlas_screening_flag_site (atlas_plan_get_database (self->plan),
                                                           atlas_plan_get_answers (self->plan),
                                                           site->muscle, site->point, site->side);
  g_autofree char *depth = g_strdup_printf (_("%d to %d mm (average adult)"),
                                            needling->depth_min_mm, needling->depth_max_mm);
  double top = y;

  y += labelled (cr, _("Muscle:"), atlas_muscle_get_latin (site->muscle), x, y, width, draw);
  y += labelled (cr, _("Trigger point:"),
                 site->point->name != NULL ? site->point->name : site->point->id, x, y, width,
                 draw);
  y += labelled (cr, _("Location:"), site->point->location, x, y, width, draw);
  y += labelled (cr, _("Position:"), needling->position, x, y, width, draw);
  y += labelled (cr, _("Approach and direction:"), needling->approach, x, y, width, draw);
  y += labelled (cr, _("Needle direction:"),
                 site_needle_drawn (site)
                 ? _("the arrow in the picture, from the skin to the X.")
                 : _("see approach; this view shows no single direction."),
                 x, y, width, draw);
  y += labelled (cr, _("Depth:"), depth, x, y, width, draw);
  y += labelled (cr, _("Beneath:"), needling->beneath, x, y, width, draw);
  y += labelled (cr, _("Highest risk:"),
                 atlas_risk_to_string (atlas_muscle_get_highest_risk (site->muscle)), x, y, width,
                 draw);
  for (guint i = 0; i < notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (notes, i);
      g_autofree char *label = g_strdup_printf (_("Safety (%s):"),
                                                atlas_risk_to_string (note->risk));
      g_autofree char *value = g_strdup_printf ("%s. %s %s", note->structures, note->hazard,
                                                note->avoid);

      y += labelled (cr, label, value, x, y, width, draw);
    }
  for (guint i = 0; i < flags->len; i++)
    {
      const AtlasScreeningFlag *flag = g_ptr_array_index (flags, i);

      cairo_set_source_rgb (cr, 0.60, 0.25, 0.0);
      y += labelled (cr, _("Screening:"), flag->text, x, y, width, draw);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  y += labelled (cr, _("Note:"), site->note, x, y, width, draw);
  if (site->done)
    y += labelled (cr, _("Done:"), _("yes"), x, y, width, draw);
  return y - top;
}

static double
site_text_handout (AtlasReport *self,
                   cairo_t     *cr,
                   guint        index,
                   double       x,
                   double       y,
                   double       width,
                   gboolean     draw)
{
  const AtlasPlanSite *site = atlas_plan_get_site (self->plan, index);
  double top = y;

  y += labelled (cr, _("About this muscle:"), atlas_muscle_get_summary (site->muscle), x, y, width,
                 draw);
  y += labelled (cr, _("What you may notice:"), site->point->symptoms, x, y, width, draw);
  y += labelled (cr, _("Your exercises and self-care:"), atlas_muscle_get_self_care (site->muscle),
                 x, y, width, draw);
  y += text (cr, _("<i>In the picture, the X marks the tender spot; solid red shows where its "
                   "pain is usually felt, red dots where it can spread.</i>"),
             x, y, width, BODY_SIZE - 1, draw);
  return y - top;
}

static double
block_site (AtlasReport *self,
            cairo_t     *cr,
            guint        index,
            double       x,
            double       y,
            double       width,
            gboolean     draw)
{
  const AtlasPlanSite *site = atlas_plan_get_site (self->plan, index);
  g_autofree char *title = site_title (site, index);
  double top = y, right = x + DIAGRAM_WIDTH + GAP, diagram, words;
  gboolean flagged = FALSE;

  y += heading (cr, title, x, y, width, 13, draw);
  /* The patient's copy shows no warning colours: flags are for the clinician. */
  if (self->kind == ATLAS_REPORT_CLINICIAN_SHEET)
    {
      g_autoptr (GPtrArray) flags =
        atlas_screening_flag_site (atlas_plan_get_database (self->plan),
                                   atlas_plan_get_answers (self->plan), site->muscle, site->point,
                                   site->side);

      flagged = flags->len > 0;
    }
  diagram = draw_site_diagram (self, cr, index, x, y, DIAGRAM_WIDTH, DIAGRAM_HEIGHT, flagged, draw);
  if (self->kind == ATLAS_REPORT_CLINICIAN_SHEET)
    words = site_text_clinician (self, cr, index, right, y, width - (right - x), draw);
  else
    words = site_text_handout (self, cr, index, right, y, width - (right - x), draw);
  return y + MAX (diagram, words) - top;
}

static double
block_header (AtlasReport *self,
              cairo_t     *cr,
              double       x,
              double       y,
              double       width,
              gboolean     draw)
{
  AtlasPlan *plan = self->plan;
  double top = y;
  const AtlasPainArea *areas;
  guint n_areas;
  g_autoptr (GString) regions = g_string_new (NULL);

  y += heading (cr, self->title, x, y, width, 18, draw);
  y += labelled (cr, _("Date:"), atlas_plan_get_date (plan), x, y, width, draw);
  y += labelled (cr, self->kind == ATLAS_REPORT_HANDOUT ? _("For:") : _("Patient:"),
                 atlas_plan_get_patient (plan), x, y, width, draw);

  areas = atlas_plan_get_painful_regions (plan, &n_areas);
  for (guint i = 0; i < n_areas; i++)
    {
      g_string_append_printf (regions, "%s%s", i > 0 ? ", " : "", areas[i].region->name);
      if (areas[i].region->sided)
        g_string_append_printf (regions, " (%s)", areas[i].side == ATLAS_SIDE_LEFT ? _("left")
                                                                                   : _("right"));
    }
  y += labelled (cr, _("Where it hurts:"), regions->str, x, y, width, draw);

  if (self->kind == ATLAS_REPORT_HANDOUT)
    y += text (cr, _("Today your therapist treated the muscles below. For each one, the picture "
                     "shows where pain from a tight, tender spot in the muscle is usually felt, "
                     "and the text tells you what you can do at home to help it settle."),
               x, y + 4, width, BODY_SIZE + 1, draw) + 4;
  else
    {
      GPtrArray *unknown = atlas_plan_get_unknown_sites (plan);

      y += labelled (cr, _("Therapist's notes:"), atlas_plan_get_notes (plan), x, y, width, draw);
      for (guint i = 0; i < unknown->len; i++)
        {
          const AtlasPlanUnknownSite *site = g_ptr_array_index (unknown, i);
          g_autofree char *value = g_strdup_printf ("%s %s (%s)", site->muscle_id, site->point_id,
                                                    site->side);

          y += labelled (cr, _("Not in this atlas, left out:"), value, x, y, width, draw);
        }
    }
  return y - top;
}

static double
block_screening (AtlasReport *self,
                 cairo_t     *cr,
                 double       x,
                 double       y,
                 double       width,
                 gboolean     draw)
{
  AtlasDatabase *db = atlas_plan_get_database (self->plan);
  GPtrArray *items = atlas_database_get_screening_items (db);
  GHashTable *answers = atlas_plan_get_answers (self->plan);
  g_autoptr (GPtrArray) session = atlas_screening_flag_session (db, answers);
  double top = y;

  y += heading (cr, _("Screening"), x, y, width, 13, draw);
  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);
      AtlasAnswerValue value = atlas_plan_get_answer (self->plan, item->id);
      const AtlasScreeningAnswer *answer = g_hash_table_lookup (atlas_plan_get_answers (self->plan),
                                                                item->id);
      const char *word = value == ATLAS_ANSWER_YES ? _("Yes") :
                         value == ATLAS_ANSWER_NO ? _("No") : _("Not asked");
      g_autofree char *where = answer != NULL && answer->where != NULL
                               ? g_strjoinv (", ", answer->where) : NULL;
      g_autofree char *markup = g_markup_printf_escaped (
        "%s<b>%s</b>  %s%s%s%s", value == ATLAS_ANSWER_YES ? "▲ " : "", word, item->name,
        where != NULL ? " (" : "", where != NULL ? where : "", where != NULL ? ")" : "");

      y += text (cr, markup, x, y, width, BODY_SIZE - 0.5, draw) + 1;
    }
  for (guint i = 0; i < session->len; i++)
    {
      const AtlasScreeningFlag *flag = g_ptr_array_index (session, i);

      cairo_set_source_rgb (cr, 0.60, 0.25, 0.0);
      y += labelled (cr, _("For the whole session:"), flag->text, x, y + 2, width, draw) + 2;
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  return y - top;
}

static double
block_after_care (AtlasReport *self,
                  cairo_t     *cr,
                  double       x,
                  double       y,
                  double       width,
                  gboolean     draw)
{
  double top = y;

  y += heading (cr, _("After your session"), x, y, width, 13, draw);
  y += text (cr, _("The treated muscles may feel sore, as after a hard workout, for 24 to 48 "
                   "hours. A small bruise, a little tiredness or a short flare of your usual "
                   "pain can happen too; all of these settle on their own."),
             x, y, width, BODY_SIZE + 1, draw) + 6;
  y += text (cr, _("You can go back to your normal activities the same day. Warmth, such as a "
                   "warm shower or a heat pack, and gentle movement help the soreness pass. Keep "
                   "doing the exercises above: they are what keeps the muscles from tightening "
                   "up again."),
             x, y, width, BODY_SIZE + 1, draw) + 6;
  return y - top;
}

static double
block_seek_care (AtlasReport *self,
                 cairo_t     *cr,
                 double       x,
                 double       y,
                 double       width,
                 gboolean     draw)
{
  double top = y;

  y += heading (cr, _("When to get help"), x, y, width, 13, draw);
  if (plan_has_thorax_site (self->plan))
    {
      cairo_set_source_rgb (cr, 0.55, 0.05, 0.05);
      y += text (cr, _("<b>Some of today's muscles lie close to the top of a lung or over the "
                       "chest wall.</b> Very rarely, treatment there lets air leak around the "
                       "lung. Signs can start hours or even a day or two later: shortness of "
                       "breath, sharp chest pain that is "
                       "worse when you breathe in, a dry cough, or a racing heart. If you notice "
                       "any of these, go to an emergency department or call emergency services "
                       "straight away, and say that you had dry needling near the lung."),
                 x, y, width, BODY_SIZE + 1, draw) + 6;
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  y += text (cr, _("Contact your therapist if the soreness gets worse after two days instead of "
                   "better, or if a treated spot becomes red, hot, swollen or weeps, or you get "
                   "a fever: these can be signs of an infection."),
             x, y, width, BODY_SIZE + 1, draw) + 6;
  y += text (cr, _("See a doctor urgently for chest pain with sweating, sickness or "
                   "breathlessness, a sudden severe headache, or new numbness or weakness: "
                   "muscle pain can look like other conditions, and these need a doctor first."),
             x, y, width, BODY_SIZE + 1, draw) + 6;
  return y - top;
}

static double
render_block (AtlasReport *self,
              const Block *block,
              cairo_t     *cr,
              double       y,
              gboolean     draw)
{
  double x = MARGIN, width = self->width - 2 * MARGIN;

  switch (block->kind)
    {
    case BLOCK_HEADER:
      return block_header (self, cr, x, y, width, draw);
    case BLOCK_SCREENING:
      return block_screening (self, cr, x, y, width, draw);
    case BLOCK_SITE:
      return block_site (self, cr, block->site, x, y, width, draw);
    case BLOCK_AFTER_CARE:
      return block_after_care (self, cr, x, y, width, draw);
    case BLOCK_SEEK_CARE:
      return block_seek_care (self, cr, x, y, width, draw);
    default:
      g_assert_not_reached ();
    }
}

/* ---- Pages ------------------------------------------------------------------------------- */

guint
atlas_report_paginate (AtlasReport *self,
                       cairo_t     *cr,
                       double       width,
                       double       height)
{
  double bottom = height - MARGIN - FOOTER, y = MARGIN;
  guint page = 0;

  self->width = width;
  self->height = height;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      block->height = render_block (self, block, cr, 0, FALSE);
      /* A block goes whole onto the next page when it does not fit; one
       * taller than a page is scaled down when drawn. */
      if (y > MARGIN && y + block->height > bottom)
        {
          page++;
          y = MARGIN;
        }
      block->page = page;
      block->y = y;
      y += block->height + 2 * GAP;
    }
  self->n_pages = page + 1;
  return self->n_pages;
}

void
atlas_report_draw_page (AtlasReport *self,
                        cairo_t     *cr,
                        guint        page)
{
  double available = self->height - 2 * MARGIN - FOOTER;
  g_autofree char *footer = NULL;

  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page != page)
        continue;
      cairo_save (cr);
      if (block->height > available)
        {
          double scale = available / block->height;

          cairo_translate (cr, MARGIN * (1 - scale), block->y * (1 - scale));
          cairo_scale (cr, scale, scale);
        }
      render_block (self, block, cr, block->y, TRUE);
      cairo_restore (cr);

      /* A rule between sites on the same page. */
      if (i + 1 < self->blocks->len && g_array_index (self->blocks, Block, i + 1).page == page)
        {
          double rule = block->y + block->height + GAP;

          cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, MARGIN, rule);
          cairo_line_to (cr, self->width - MARGIN, rule);
          cairo_stroke (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
    }

  footer = g_strdup_printf (_("%s · page %u of %u"), self->title, page + 1, self->n_pages);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  text (cr, footer, MARGIN, self->height - MARGIN, self->width - 2 * MARGIN, 8, TRUE);
  cairo_restore (cr);
}

static gboolean
write_failed (GError      **error,
              const GError *reason)
{
  /* The reason names the file. */
  const char *why = reason->message;

  g_set_error (error, ATLAS_PLAN_ERROR, ATLAS_PLAN_ERROR_WRITE, _("cannot write the PDF %s"), why);
  return FALSE;
}

gboolean
atlas_report_write_pdf (AtlasPlan        *plan,
                        AtlasReportKind   kind,
                        AtlasPaper        paper,
                        const char       *path,
                        GError          **error)
{
  g_autoptr (AtlasReport) report = atlas_report_new (plan, kind, error);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *date = NULL;
  AtlasCairoFile *file;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  if (report == NULL)
    return FALSE;

  atlas_paper_get_size (paper, &width, &height);
  file = atlas_cairo_file_new (ATLAS_CAIRO_FILE_PDF, path, width, height, &local_error);
  if (file == NULL)
    return write_failed (error, local_error);
  surface = atlas_cairo_file_get_surface (file);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Trigger Point Atlas");
  date = g_strdup_printf ("%sT00:00:00", atlas_plan_get_date (plan));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  n_pages = atlas_report_paginate (report, cr, width, height);
  for (guint i = 0; i < n_pages; i++)
    {
      atlas_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  if (!atlas_cairo_file_commit (file, &local_error))
    return write_failed (error, local_error);
  return TRUE;
}
