/* atlas-plan-panel.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "atlas-plan-panel.h"
#include "atlas-plan-print.h"
#include "atlas-plan-recent.h"
#include "atlas-widget-utils.h"

struct _AtlasPlanPanel {
  GtkWidget parent_instance;

  AtlasDatabase *db;
  AtlasPlan *plan;
  GFile *file;
  gboolean updating; /* filling the entries from the plan */
  guint autosave_id;
  gboolean close_confirmed;
  GtkWidget *restore_bar;
  GtkMenuButton *recent_button;

  GtkLabel *title_label;
  GtkEntry *date_entry;
  GtkEntry *patient_entry;
  GtkEntry *notes_entry;
  GtkLabel *regions_label;
  GtkLabel *screening_label;
  GtkLabel *empty_label;
  GtkListBox *sites_list;
};

G_DEFINE_FINAL_TYPE (AtlasPlanPanel, atlas_plan_panel, GTK_TYPE_WIDGET)

enum {
  SITE_ACTIVATED,
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const answer_labels[] = { N_("Not asked"), N_("No"), N_("Yes") };

/* ---- The list of sites ------------------------------------------------------------ */

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  atlas_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
on_note_changed (GtkEditable    *entry,
                 AtlasPlanPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "site"));

  if (!self->updating)
    atlas_plan_set_site_note (self->plan, index, gtk_editable_get_text (entry));
}

static void
on_done_toggled (GtkCheckButton *check,
                 AtlasPlanPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "site"));

  if (!self->updating)
    atlas_plan_set_site_done (self->plan, index, gtk_check_button_get_active (check));
}

static GtkWidget *
site_row (AtlasPlanPanel *self,
          guint           index)
{
  const AtlasPlanSite *site = atlas_plan_get_site (self->plan, index);
  const AtlasNeedling *needling = atlas_muscle_get_needling (site->muscle);
  g_autoptr (GPtrArray) flags = atlas_screening_flag_site (self->db,
                                                           atlas_plan_get_answers (self->plan),
                                                           site->muscle, site->point, site->side);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title, *note, *done;
  g_autofree char *heading = g_strdup_printf ("%u. %s, %s", index + 1,
                                              atlas_muscle_get_name (site->muscle),
                                              site->side == ATLAS_SIDE_LEFT ? _("left")
                                                                            : _("right"));
  g_autofree char *details = g_strdup_printf (
    _("%s\nPosition: %s\nApproach: %s\nDepth: %d to %d mm · Beneath: %s\nHighest risk: %s"),
    site->point->name != NULL ? site->point->name : site->point->id,
    needling->position != NULL ? needling->position : "—", needling->approach,
    needling->depth_min_mm, needling->depth_max_mm,
    needling->beneath != NULL ? needling->beneath : "—",
    atlas_risk_to_string (atlas_muscle_get_highest_risk (site->muscle)));

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  /* The site's name has the row to itself, broken between words: beside the
   * buttons a narrow panel made it "Upper trapezi-us". */
  title = atlas_wrapped_label_new (heading, "heading");
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_box_append (GTK_BOX (box), title);
  done = gtk_check_button_new_with_label (_("Done"));
  gtk_widget_set_hexpand (done, TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (done), site->done);
  g_object_set_data (G_OBJECT (done), "site", GUINT_TO_POINTER (index));
  g_signal_connect (done, "toggled", G_CALLBACK (on_done_toggled), self);
  gtk_box_append (GTK_BOX (top), done);
  gtk_box_append (GTK_BOX (top), icon_button ("go-up-symbolic", _("Move up"), "plan.move-up",
                                              index));
  gtk_box_append (GTK_BOX (top), icon_button ("go-down-symbolic", _("Move down"), "plan.move-down",
                                              index));
  gtk_box_append (GTK_BOX (top), icon_button ("edit-find-symbolic", _("Show on the diagram"),
                                              "plan.show-site", index));
  gtk_box_append (GTK_BOX (top), icon_button ("user-trash-symbolic", _("Remove from the plan"),
                                              "plan.remove", index));
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), atlas_wrapped_label_new (details, "caption"));

  for (guint i = 0; i < flags->len; i++)
    {
      const AtlasScreeningFlag *flag = g_ptr_array_index (flags, i);
      g_autofree char *text = g_strdup_printf ("⚠ %s", flag->text);

      gtk_box_append (GTK_BOX (box), atlas_wrapped_label_new (text, "warning"));
    }

  note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note for this site"));
  gtk_editable_set_text (GTK_EDITABLE (note), site->note);
  g_object_set_data (G_OBJECT (note), "site", GUINT_TO_POINTER (index));
  g_signal_connect (note, "changed", G_CALLBACK (on_note_changed), self);
  gtk_box_append (GTK_BOX (box), note);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, atlas_muscle_get_id (site->muscle));
  return row;
}

static void
update_screening_label (AtlasPlanPanel *self)
{
  GPtrArray *items = atlas_database_get_screening_items (self->db);
  GHashTable *answers = atlas_plan_get_answers (self->plan);
  g_autoptr (GPtrArray) blocking = atlas_screening_blocking_items (self->db, answers);
  guint answered = g_hash_table_size (atlas_plan_get_answers (self->plan));
  g_autofree char *text = NULL;

  if (blocking->len > 0)
    text = g_strdup_printf (_("Screening: %u of %u answered. Printing waits for: %s"), answered,
                            items->len, ((AtlasScreeningItem *) g_ptr_array_index (blocking,
                                                                                   0))->label);
  else
    text = g_strdup_printf (_("Screening: %u of %u answered."), answered, items->len);
  gtk_label_set_text (self->screening_label, text);
}

static void
rebuild (AtlasPlanPanel *self)
{
  g_autofree char *title = NULL;
  const AtlasPainArea *areas;
  guint n_areas;

  if (self->plan == NULL)
    return;

  self->updating = TRUE;
  atlas_widget_remove_children (GTK_WIDGET (self->sites_list));
  for (guint i = 0; i < atlas_plan_get_n_sites (self->plan); i++)
    gtk_list_box_append (self->sites_list, site_row (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), atlas_plan_get_n_sites (self->plan) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->sites_list), atlas_plan_get_n_sites (self->plan) > 0);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                 atlas_plan_get_date (self->plan)) != 0 &&
      !gtk_widget_has_focus (GTK_WIDGET (self->date_entry)))
    gtk_editable_set_text (GTK_EDITABLE (self->date_entry), atlas_plan_get_date (self->plan));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->patient_entry)),
                 atlas_plan_get_patient (self->plan)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->patient_entry), atlas_plan_get_patient (self->plan));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)),
                 atlas_plan_get_notes (self->plan)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->notes_entry), atlas_plan_get_notes (self->plan));

  areas = atlas_plan_get_painful_regions (self->plan, &n_areas);
  gtk_widget_set_visible (GTK_WIDGET (self->regions_label), n_areas > 0);
  if (n_areas > 0)
    {
      g_autoptr (GString) text = g_string_new (_("Where it hurts: "));

      for (guint i = 0; i < n_areas; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", areas[i].region->name);
      gtk_label_set_text (self->regions_label, text->str);
    }

  update_screening_label (self);
  title = g_strdup_printf ("%s%s", atlas_plan_get_modified (self->plan) ? "• " : "",
                           self->file != NULL ? g_file_peek_path (self->file) != NULL
                                                ? strrchr (g_file_peek_path (self->file), '/') + 1
                                                : _("Session Plan")
                                              : _("Session Plan"));
  gtk_label_set_text (self->title_label, title);
  self->updating = FALSE;
}

typedef enum { CHOOSE_OPEN, CHOOSE_SAVE, CHOOSE_HANDOUT, CHOOSE_SHEET } Choice;

static void choose_file  (AtlasPlanPanel *self,
                          Choice          choice);
static void report_error (AtlasPlanPanel *self,
                          const char     *message);

/* ---- Autosave ------------------------------------------------------------------------ */

char *
atlas_plan_panel_dup_autosave_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "trigger-atlas", "unsaved.plan", NULL);
}

static void
forget_autosave (AtlasPlanPanel *self)
{
  g_autofree char *path = atlas_plan_panel_dup_autosave_path ();

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_remove (path);
}

/* Unsaved changes go to the user's data folder, never elsewhere, so that a
 * crash does not lose them; the plan stays "modified" until really saved. */
static gboolean
autosave (gpointer data)
{
  AtlasPlanPanel *self = data;
  g_autofree char *path = atlas_plan_panel_dup_autosave_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = atlas_plan_serialize (self->plan);

  self->autosave_id = 0;
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_plan_changed (AtlasPlanPanel *self)
{
  self->close_confirmed = FALSE;
  if (!atlas_plan_get_modified (self->plan))
    return;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (2, autosave, self);
}

static void set_plan (AtlasPlanPanel *self,
                      AtlasPlan      *plan);

static void
on_restore_response (AtlasPlanPanel *self,
                     int             response)
{
  g_autofree char *path = atlas_plan_panel_dup_autosave_path ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (AtlasPlan) plan = NULL;

  gtk_widget_set_visible (self->restore_bar, FALSE);
  if (response == GTK_RESPONSE_ACCEPT &&
      (plan = atlas_plan_load (self->db, file, NULL, NULL)) != NULL)
    {
      g_clear_object (&self->file);
      set_plan (self, plan);
      atlas_plan_set_modified (plan, TRUE);
    }
  else
    g_remove (path);
}

static void
set_plan (AtlasPlanPanel *self,
          AtlasPlan      *plan)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (plan, "notify::modified", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed), self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
on_date_changed (AtlasPlanPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));

  if (self->updating)
    return;
  if (atlas_plan_set_date (self->plan, text))
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
}

static void
on_patient_changed (AtlasPlanPanel *self)
{
  if (!self->updating)
    atlas_plan_set_patient (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->patient_entry)));
}

static void
on_notes_changed (AtlasPlanPanel *self)
{
  if (!self->updating)
    atlas_plan_set_notes (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)));
}

/* ---- Screening ---------------------------------------------------------------------- */

static void
on_answer_selected (GtkDropDown    *dropdown,
                    GParamSpec     *pspec,
                    AtlasPlanPanel *self)
{
  const char *id = g_object_get_data (G_OBJECT (dropdown), "item");
  GtkEditable *where = g_object_get_data (G_OBJECT (dropdown), "where");
  g_auto (GStrv) entries = NULL;

  if (where != NULL && *gtk_editable_get_text (where) != '\0')
    entries = g_strsplit (gtk_editable_get_text (where), ",", -1);
  if (entries != NULL)
    for (guint i = 0; entries[i] != NULL; i++)
      g_strstrip (entries[i]);
  atlas_plan_set_answer (self->plan, id, gtk_drop_down_get_selected (dropdown),
                         (const char * const *) entries);
}

static void
on_where_changed (GtkEditable *where,
                  GtkDropDown *dropdown)
{
  const char *id = g_object_get_data (G_OBJECT (dropdown), "item");
  AtlasPlanPanel *self = g_object_get_data (G_OBJECT (dropdown), "panel");
  const AtlasScreeningItem *item = atlas_database_get_screening_item (self->db, id);
  g_auto (GStrv) entries = g_strsplit (gtk_editable_get_text (where), ",", -1);

  /* Only a complete, valid list reaches the plan. */
  for (guint i = 0; entries[i] != NULL; i++)
    if (!atlas_screening_check_where (self->db, item, g_strstrip (entries[i]), NULL))
      {
        gtk_widget_add_css_class (GTK_WIDGET (where), "error");
        return;
      }
  gtk_widget_remove_css_class (GTK_WIDGET (where), "error");
  on_answer_selected (dropdown, NULL, self);
}

static void
screening_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (widget);
  GPtrArray *items = atlas_database_get_screening_items (self->db);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  const char *focus = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  const char *labels[G_N_ELEMENTS (answer_labels) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (answer_labels); i++)
    labels[i] = _(answer_labels[i]);

  gtk_window_set_title (GTK_WINDOW (window), _("Screening Before Needling"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_set_default_size (GTK_WINDOW (window), 620, 640);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18,
                NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const AtlasScreeningItem *item = g_ptr_array_index (items, i);
      g_autofree char *name = g_strdup_printf ("%s%s", item->name,
                                               item->kind == ATLAS_SCREENING_ABSOLUTE
                                               ? _(" (contraindication)") : "");
      GtkWidget                  *label = atlas_wrapped_label_new (name, NULL);
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);
      const AtlasScreeningAnswer *answer = g_hash_table_lookup (atlas_plan_get_answers (self->plan),
                                                                item->id);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i, 1, 1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), atlas_plan_get_answer (self->plan,
                                                                                   item->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      item->name, -1);
      g_object_set_data_full (G_OBJECT (dropdown), "item", g_strdup (item->id), g_free);
      g_object_set_data (G_OBJECT (dropdown), "panel", self);
      gtk_widget_set_name (dropdown, item->id);
      if (item->where != ATLAS_WHERE_NONE)
        {
          GtkWidget *where = gtk_entry_new ();
          g_autofree char *text = answer != NULL && answer->where != NULL
                                  ? g_strjoinv (",", answer->where) : NULL;

          gtk_entry_set_placeholder_text (GTK_ENTRY (where),
                                          item->where == ATLAS_WHERE_LIMB
                                          ? _("arm:left, leg:right…")
                                          : _("region:side, e.g. calf:left"));
          if (text != NULL)
            gtk_editable_set_text (GTK_EDITABLE (where), text);
          g_object_set_data (G_OBJECT (dropdown), "where", where);
          g_signal_connect (where, "changed", G_CALLBACK (on_where_changed), dropdown);
          gtk_grid_attach (GTK_GRID (grid), where, 1, i, 1, 1);
        }
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_answer_selected), self);
      gtk_grid_attach (GTK_GRID (grid), dropdown, 2, i, 1, 1);
      if (g_strcmp0 (focus, item->id) == 0)
        gtk_window_set_focus (GTK_WINDOW (window), dropdown);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- Sites ------------------------------------------------------------------------------ */

gboolean
atlas_plan_panel_add_site (AtlasPlanPanel *self,
                           const char     *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "/", 3);
  AtlasMuscle *muscle;
  GPtrArray *points;
  AtlasSide side;

  if (g_strv_length (parts) != 3 || self->db == NULL ||
      (muscle = atlas_database_get_muscle (self->db, parts[0])) == NULL ||
      !atlas_side_from_string (parts[2], &side))
    return FALSE;

  points = atlas_muscle_get_trigger_points (muscle);
  for (guint i = 0; i < points->len; i++)
    {
      const AtlasTriggerPoint *point = g_ptr_array_index (points, i);

      if (g_str_equal (point->id, parts[1]))
        return atlas_plan_add_site (self->plan, muscle, point, side) >= 0;
    }
  return FALSE;
}

void
atlas_plan_panel_add_candidates (AtlasPlanPanel      *self,
                                 const AtlasPainArea *areas,
                                 guint                n_areas)
{
  g_autoptr (GPtrArray) candidates = NULL;

  if (n_areas == 0)
    return;
  atlas_plan_set_painful_regions (self->plan, areas, n_areas);
  candidates = atlas_rank_candidates (self->db, areas, n_areas);

  /* The best few, each with the trigger point whose pattern explains the
   * most of what hurts. */
  for (guint i = 0; i < candidates->len && i < ATLAS_PLAN_PANEL_CANDIDATES; i++)
    {
      const AtlasCandidate *candidate = g_ptr_array_index (candidates, i);
      const AtlasTriggerPoint *best = atlas_candidate_best_point (candidate, areas, n_areas);

      atlas_plan_add_site (self->plan, candidate->muscle, best, candidate->side);
    }
}

static void
site_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (widget);
  guint index = g_variant_get_uint32 (parameter);
  guint n = atlas_plan_get_n_sites (self->plan);

  if (index >= n)
    return;
  if (g_str_equal (action_name, "plan.remove"))
    atlas_plan_remove_site (self->plan, index);
  else if (g_str_equal (action_name, "plan.move-up") && index > 0)
    atlas_plan_move_site (self->plan, index, index - 1);
  else if (g_str_equal (action_name, "plan.move-down") && index + 1 < n)
    atlas_plan_move_site (self->plan, index, index + 1);
  else if (g_str_equal (action_name, "plan.show-site"))
    g_signal_emit (self, signals[SITE_ACTIVATED], 0,
                   atlas_muscle_get_id (atlas_plan_get_site (self->plan, index)->muscle));
}

/* ---- Files ---------------------------------------------------------------------------- */

static void
report_error (AtlasPlanPanel *self,
              const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              NULL, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

GMenuModel *
atlas_plan_panel_build_recent_menu (AtlasPlanPanel *self)
{
  return atlas_plan_recent_build_menu ();
}

/* Built each time it opens, so that it lists what was saved since. */
static void
on_recent_opened (GtkMenuButton *button,
                  gpointer       data)
{
  g_autoptr (GMenuModel) menu = atlas_plan_panel_build_recent_menu (data);

  gtk_menu_button_set_menu_model (button, menu);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (widget);
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;

  if (!atlas_plan_panel_open_file (self, file, &error))
    report_error (self, error->message);
}

GFile *
atlas_plan_panel_get_file (AtlasPlanPanel *self)
{
  return self->file;
}

gboolean
atlas_plan_panel_open_file (AtlasPlanPanel  *self,
                            GFile           *file,
                            GError         **error)
{
  g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (AtlasPlan) plan = atlas_plan_load (self->db, file, warnings, error);

  if (plan == NULL)
    return FALSE;
  g_set_object (&self->file, file);
  set_plan (self, plan);
  atlas_plan_recent_add (file);
  if (warnings->len > 0)
    {
      g_ptr_array_add (warnings, NULL);
      report_error (self, g_strjoinv ("\n", (char **) warnings->pdata));
    }
  return TRUE;
}

gboolean
atlas_plan_panel_save_file (AtlasPlanPanel  *self,
                            GFile           *file,
                            GError         **error)
{
  if (!atlas_plan_save (self->plan, file, error))
    return FALSE;
  forget_autosave (self);
  g_set_object (&self->file, file);
  atlas_plan_recent_add (file);
  rebuild (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _("Plan saved"));
  return TRUE;
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     AtlasPlanPanel  *self)
{
  Choice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "choice"));
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autoptr (GError) error = NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  gboolean ok = TRUE;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      if (choice == CHOOSE_OPEN)
        ok = atlas_plan_panel_open_file (self, file, &error);
      else if (choice == CHOOSE_SAVE)
        ok = atlas_plan_panel_save_file (self, file, &error);
      else
        {
          AtlasReportKind kind = choice == CHOOSE_HANDOUT ? ATLAS_REPORT_HANDOUT
                                                          : ATLAS_REPORT_CLINICIAN_SHEET;

          ok = path != NULL &&
               atlas_report_write_pdf (self->plan, kind, ATLAS_PAPER_A4, path, &error);
        }
      if (!ok)
        report_error (self, error != NULL ? error->message : _("Cannot write there"));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_file (AtlasPlanPanel *self,
             Choice          choice)
{
  static const char *const titles[] = {
    N_("Open a Plan"), N_("Save the Plan"), N_("Export the Handout"),
    N_("Export the Clinician Sheet")
  };
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_(titles[choice]),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        choice == CHOOSE_OPEN ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                              : GTK_FILE_CHOOSER_ACTION_SAVE,
                                        NULL, NULL);
  gtk_file_filter_add_pattern (filter, choice <= CHOOSE_SAVE ? "*.plan" : "*.pdf");
  gtk_file_filter_set_name (filter,
                            choice <= CHOOSE_SAVE ? _("Session plans") : _("PDF documents"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (choice != CHOOSE_OPEN)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog),
                                       choice == CHOOSE_SAVE ? _("session.plan")
                                       : choice == CHOOSE_HANDOUT ? _("handout.pdf")
                                                                  : _("clinician-sheet.pdf"));
  g_object_set_data (G_OBJECT (dialog), "choice", GINT_TO_POINTER (choice));
  g_signal_connect (dialog, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (widget);
  g_autoptr (GError) error = NULL;

  if (g_str_equal (action_name, "plan.open"))
    choose_file (self, CHOOSE_OPEN);
  else if (g_str_equal (action_name, "plan.save") && self->file != NULL)
    {
      if (!atlas_plan_panel_save_file (self, self->file, &error))
        report_error (self, error->message);
    }
  else if (g_str_equal (action_name, "plan.save") || g_str_equal (action_name, "plan.save-as"))
    choose_file (self, CHOOSE_SAVE);
  else if (g_str_equal (action_name, "plan.export"))
    choose_file (self, g_str_equal (g_variant_get_string (parameter, NULL), "handout")
                       ? CHOOSE_HANDOUT : CHOOSE_SHEET);
  else if (g_str_equal (action_name, "plan.print"))
    {
      AtlasReportKind kind = g_str_equal (g_variant_get_string (parameter, NULL), "sheet")
                             ? ATLAS_REPORT_CLINICIAN_SHEET : ATLAS_REPORT_HANDOUT;

      if (atlas_plan_panel_print (self, kind, NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
        report_error (self, error->message);
    }
  else if (g_str_equal (action_name, "plan.close"))
    g_signal_emit (self, signals[CLOSE], 0);
}

/* ---- Printing --------------------------------------------------------------------------- */

GtkPrintOperationResult
atlas_plan_panel_print (AtlasPlanPanel  *self,
                        AtlasReportKind  kind,
                        const char      *export_path,
                        GError         **error)
{
  return atlas_plan_print (self->plan, kind, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                           export_path, error);
}

/* ---- Object ------------------------------------------------------------------------------ */

void
atlas_plan_panel_set_database (AtlasPlanPanel *self,
                               AtlasDatabase  *db)
{
  g_autoptr (AtlasPlan) plan = NULL;

  g_return_if_fail (ATLAS_IS_PLAN_PANEL (self));
  if (db == NULL || !g_set_object (&self->db, db))
    return;
  g_clear_object (&self->file);
  plan = atlas_plan_new (db);
  set_plan (self, plan);
  {
    g_autofree char *path = atlas_plan_panel_dup_autosave_path ();

    gtk_widget_set_visible (self->restore_bar, g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
}

/* ---- Closing ------------------------------------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AtlasPlanPanel   *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr (GError) error = NULL;

  /* Detached first: the window may be gone before the dialog is finalized. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  if (g_str_equal (response, "discard"))
    {
      forget_autosave (self);
      self->close_confirmed = TRUE;
      gtk_window_close (window);
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->file == NULL)
        choose_file (self, CHOOSE_SAVE);
      else if (!atlas_plan_panel_save_file (self, self->file, &error))
        report_error (self, error->message);
      else
        gtk_window_close (window);
    }
}

gboolean
atlas_plan_panel_confirm_close (AtlasPlanPanel *self)
{
  GtkWidget *dialog;

  if (self->plan == NULL || !atlas_plan_get_modified (self->plan) || self->close_confirmed)
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Save the changes to the plan before closing?"),
                                      _("Without saving, the changes are lost."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard",
                                   _("Close _Without Saving"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

AtlasPlan *
atlas_plan_panel_get_plan (AtlasPlanPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_PLAN_PANEL (self), NULL);
  return self->plan;
}

static void
atlas_plan_panel_dispose (GObject *object)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PLAN_PANEL);
  atlas_widget_remove_children (GTK_WIDGET (self));
  g_clear_object (&self->plan);
  g_clear_object (&self->db);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (atlas_plan_panel_parent_class)->dispose (object);
}

static void
atlas_plan_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasPlanPanel *self = ATLAS_PLAN_PANEL (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_plan_panel_class_init (AtlasPlanPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_plan_panel_dispose;
  object_class->get_property = atlas_plan_panel_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, ATLAS_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasPlanPanel::site-activated:
   * @muscle_id: the site's muscle
   *
   * The user asked to see a site's muscle and pattern.
   */
  signals[SITE_ACTIVATED] = g_signal_new ("site-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "plan.open", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "plan.save", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "plan.save-as", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "plan.export", "s", file_action);
  gtk_widget_class_install_action (widget_class, "plan.print", "s", file_action);
  gtk_widget_class_install_action (widget_class, "plan.close", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "plan.screening", NULL, screening_action);
  gtk_widget_class_install_action (widget_class, "plan.remove", "u", site_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", "u", site_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", "u", site_action);
  gtk_widget_class_install_action (widget_class, "plan.show-site", "u", site_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/triggerpointatlas/Atlas/atlas-plan-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, patient_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, notes_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, regions_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, screening_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, sites_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, restore_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasPlanPanel, recent_button);
  gtk_widget_class_install_action (widget_class, "plan.open-recent", "s", open_recent_action);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_response);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_patient_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plan-panel");
}

static void
atlas_plan_panel_init (AtlasPlanPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->recent_button, on_recent_opened, self, NULL);
}
