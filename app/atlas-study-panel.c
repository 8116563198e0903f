/* atlas-study-panel.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session asks the deck's due cards, earliest due first, then up to
 * NEW_PER_SESSION cards never seen; a card answered badly comes back once at
 * the end of the session, as flashcard tools do, while SM-2 also schedules it
 * for tomorrow. Every answer is saved at once (atomically), so a crash loses
 * nothing that was answered.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-study-panel.h"
#include "atlas-widget-utils.h"

#define NEW_PER_SESSION 20

struct _AtlasStudyPanel {
  GtkWidget           parent_instance;

  AtlasDatabase      *database;
  GSettings          *settings;
  AtlasStudyCanvas   *canvas;
  gboolean            active;

  AtlasStudyProgress *progress;
  char               *progress_path;
  char               *problem;

  AtlasStudyDeck      deck;
  GPtrArray          *deck_cards;
  GPtrArray          *queue;       /* char*, owned */
  guint               position;
  GHashTable         *requeued;
  AtlasStudyQuestion *question;
  gboolean            revealed;
  char               *feedback;
  GRand              *rand;

  GtkDropDown        *part_dropdown;
  GtkDropDown        *view_dropdown;
  GtkCheckButton     *deep_check;
  GtkLabel           *problem_label;
  GtkStack           *page_stack;
  GtkLabel           *exercise_label;
  GtkLabel           *prompt_label;
  GtkLabel           *hint_label;
  GtkBox             *choices_box;
  GtkEntry           *answer_entry;
  GtkWidget          *check_button;
  GtkLabel           *feedback_label;
  GtkWidget          *next_button;
  GtkLabel           *progress_label;
  GtkLabel           *summary_label;
  GtkLabel           *weakest_label;
};

G_DEFINE_FINAL_TYPE (AtlasStudyPanel, atlas_study_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CANVAS,
  PROP_ACTIVE,
  PROP_VIEW_ID,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
exercise_title (AtlasExercise exercise)
{
  switch (exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
      return _("Which muscle?");
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      return _("Where does it hurt?");
    case ATLAS_EXERCISE_TRIGGER_POINT:
      return _("Find the trigger point");
    case ATLAS_EXERCISE_NAME_SHAPE:
      return _("Name this muscle");
    case ATLAS_EXERCISE_ZONE:
    default:
      return _("Essential or spillover?");
    }
}

/* ---- Progress ---------------------------------------------------------- */

static void
save_progress (AtlasStudyPanel *self)
{
  g_autoptr (GError) error = NULL;

  if (atlas_study_progress_save (self->progress, self->progress_path, &error))
    return;
  g_free (self->problem);
  /* Translators: %s says which file and why */
  self->problem = g_strdup_printf (_("Progress could not be saved: %s"), error->message);
  gtk_label_set_text (self->problem_label, self->problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
}

static void
load_progress (AtlasStudyPanel *self)
{
  g_autofree char *problem = NULL;

  if (self->progress != NULL || self->database == NULL)
    return;
  if (self->progress_path == NULL)
    self->progress_path = g_build_filename (g_get_user_data_dir (), "trigger-atlas",
                                            "study-progress.txt", NULL);
  self->progress = atlas_study_progress_load (self->progress_path, atlas_study_card_is_known,
                                              self->database, &problem);
  if (problem == NULL)
    return;

  /* Reported where the student sees it and on the terminal, never fatal. */
  g_printerr ("%s\n", problem);
  self->problem = g_strdup_printf (_("The study progress file could not be read: %s"), problem);
  gtk_label_set_text (self->problem_label, self->problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
}

/* "Which muscle? Upper trapezius", "Essential or spillover? Deltoid, Lateral arm" */
static char *
describe_card (AtlasStudyPanel *self,
               const char      *card_id)
{
  g_auto (GStrv) parts = g_strsplit (card_id, "/", 3);
  AtlasMuscle *muscle = parts[1] ? atlas_database_get_muscle (self->database, parts[1]) : NULL;
  const AtlasRegion *region = parts[1] && parts[2] ? atlas_database_get_region (self->database,
                                                                                parts[2])
                                                   : NULL;
  AtlasExercise exercise = ATLAS_EXERCISE_WHICH_MUSCLE;

  for (AtlasExercise e = 0; e < ATLAS_N_EXERCISES; e++)
    if (g_strcmp0 (parts[0], atlas_exercise_to_string (e)) == 0)
      exercise = e;
  if (muscle == NULL)
    return g_strdup (card_id);
  if (region != NULL)
    return g_strdup_printf ("%s %s, %s", exercise_title (exercise), atlas_muscle_get_name (muscle),
                            region->name);
  return g_strdup_printf ("%s %s", exercise_title (exercise), atlas_muscle_get_name (muscle));
}

static void
update_summary (AtlasStudyPanel *self)
{
  g_autoptr (GString) weak = g_string_new (NULL);
  g_autofree char *text = NULL;
  AtlasStudySummary summary;

  if (self->progress == NULL || self->deck_cards == NULL)
    return;
  atlas_study_progress_summarize (self->progress, self->deck_cards, atlas_study_today (), &summary);
  text = g_strdup_printf (_("Due today: %u\nNot yet seen: %u\nLearned: %u of %u\n"
                            "Accuracy: %u%% (%u of %u answers)"),
                          summary.due, summary.fresh, summary.learned, summary.total,
                          summary.seen > 0 ? (guint) (100.0 * summary.correct / summary.seen + 0.5)
                                           : 0,
                          summary.correct, summary.seen);
  gtk_label_set_text (self->summary_label, text);

  for (guint i = 0; i < summary.weakest->len; i++)
    {
      const AtlasStudyCard *card = g_ptr_array_index (summary.weakest, i);
      g_autofree char *described = describe_card (self, card->card_id);

      /* Translators: a weak card, "Which muscle? Deltoid: 1 of 3 right" */
      g_string_append_printf (weak, _("%s: %u of %u right\n"), described, card->correct,
                              card->seen);
    }
  if (weak->len == 0)
    g_string_assign (weak, _("No weak cards yet."));
  else
    g_string_truncate (weak, weak->len - 1);
  gtk_label_set_text (self->weakest_label, weak->str);
  atlas_study_summary_clear (&summary);
}

/* ---- Questions --------------------------------------------------------- */

static void choose (AtlasStudyPanel *self, int index);
static void enter (AtlasStudyPanel *self);

static void
on_answer_key (AtlasStudyPanel  *self,
               int               index,
               AtlasStudyCanvas *canvas)
{
  if (!self->active)
    return;
  if (index < 0)
    enter (self);
  else
    choose (self, index);
}

static void
set_question (AtlasStudyPanel    *self,
              AtlasStudyQuestion *question)
{
  AtlasStudyQuestion *old = self->question;

  self->question = question;
  self->revealed = FALSE;
  g_clear_pointer (&self->feedback, g_free);
  if (self->canvas != NULL)
    atlas_study_canvas_set_question (self->canvas, question);
  atlas_study_question_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
clear_choices (AtlasStudyPanel *self)
{
  atlas_widget_remove_children (GTK_WIDGET (self->choices_box));
}

static void
show_question (AtlasStudyPanel *self)
{
  AtlasStudyQuestion *q = self->question;
  g_autofree char *instance = NULL, *prompt = NULL, *counter = NULL;
  gboolean typed, on_diagram;

  clear_choices (self);
  gtk_stack_set_visible_child_name (self->page_stack, "question");
  instance = atlas_format_muscle_instance (q->muscle, q->side);
  typed = q->exercise == ATLAS_EXERCISE_WHICH_MUSCLE || q->exercise == ATLAS_EXERCISE_NAME_SHAPE;
  on_diagram = q->choices->len == 0;

  switch (q->exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
      prompt = g_strdup (_("Which muscle refers pain in the pattern drawn on the body?"));
      break;
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      /* Translators: %s is "Upper trapezius (right)" */
      prompt = g_strdup_printf (_("Mark the essential zone of %s."), instance);
      break;
    case ATLAS_EXERCISE_TRIGGER_POINT:
      prompt = g_strdup_printf (_("Where is a trigger point of %s?"), instance);
      break;
    case ATLAS_EXERCISE_NAME_SHAPE:
      prompt = g_strdup (_("Which muscle is highlighted?"));
      break;
    case ATLAS_EXERCISE_ZONE:
    default:
      /* Translators: "Is the marked region (Temple) in the essential or the
       * spillover zone of Upper trapezius (right)?" */
      prompt = g_strdup_printf (
          _("Is the marked region (%s) in the essential or the spillover zone of %s?"),
          q->region->name, instance);
      break;
    }
  gtk_label_set_text (self->exercise_label, exercise_title (q->exercise));
  gtk_label_set_text (self->prompt_label, prompt);
  if (q->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS)
    gtk_label_set_text (self->hint_label,
                        _("Click its regions on the diagram (or move with the arrow keys "
                          "and press Space), then press Enter."));
  else if (on_diagram)
    gtk_label_set_text (self->hint_label,
                        _("Click the spot on the diagram (or move with the arrow keys "
                          "and press Space), then press Enter."));
  else if (typed)
    gtk_label_set_text (self->hint_label, _("Press a number, or type the name and press Enter."));
  else
    gtk_label_set_text (self->hint_label, _("Press 1 or 2."));

  for (guint i = 0; i < q->choices->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("_%u  %s", i + 1,
                                                (char *) g_ptr_array_index (q->choices, i));
      GtkWidget *button = gtk_button_new_with_mnemonic (label);

      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "study.choose");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) i);
      gtk_widget_add_css_class (button, "study-choice");
      gtk_box_append (self->choices_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->choices_box), q->choices->len > 0);
  gtk_editable_set_text (GTK_EDITABLE (self->answer_entry), "");
  gtk_widget_set_visible (GTK_WIDGET (self->answer_entry), typed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->answer_entry), TRUE);
  gtk_widget_set_visible (self->check_button, on_diagram);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
  gtk_widget_set_visible (self->next_button, FALSE);
  /* Translators: "Card 3 of 25" in a study session */
  counter = g_strdup_printf (_("Card %u of %u"), self->position + 1, self->queue->len);
  gtk_label_set_text (self->progress_label, counter);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->canvas != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
show_summary (AtlasStudyPanel *self)
{
  set_question (self, NULL);
  update_summary (self);
  gtk_stack_set_visible_child_name (self->page_stack, "summary");
}

/* The next card that still makes a question in this deck. */
static void
advance (AtlasStudyPanel *self)
{
  while (self->position < self->queue->len)
    {
      AtlasStudyQuestion *q = atlas_study_question_new (self->database, &self->deck,
                                                        g_ptr_array_index (self->queue,
                                                                           self->position),
                                                        self->rand);

      if (q != NULL)
        {
          set_question (self, q);
          show_question (self);
          return;
        }
      self->position++;
    }
  show_summary (self);
}

static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  AtlasStudyProgress *progress = data;
  const AtlasStudyCard *ca = atlas_study_progress_lookup (progress, *(char **) a);
  const AtlasStudyCard *cb = atlas_study_progress_lookup (progress, *(char **) b);

  return ca->due < cb->due ? -1 : ca->due > cb->due;
}

static void
start_session (AtlasStudyPanel *self)
{
  guint32 today = atlas_study_today ();
  guint fresh = 0;

  if (self->database == NULL || self->progress == NULL)
    return;

  g_clear_pointer (&self->deck_cards, g_ptr_array_unref);
  self->deck_cards = atlas_study_list_cards (self->database, &self->deck);
  g_ptr_array_set_size (self->queue, 0);
  g_hash_table_remove_all (self->requeued);
  self->position = 0;

  for (guint i = 0; i < self->deck_cards->len; i++)
    {
      const char *id = g_ptr_array_index (self->deck_cards, i);
      const AtlasStudyCard *card = atlas_study_progress_lookup (self->progress, id);

      if (card != NULL && card->due <= today)
        g_ptr_array_add (self->queue, g_strdup (id));
    }
  g_ptr_array_sort_with_data (self->queue, compare_due, self->progress);
  for (guint i = 0; i < self->deck_cards->len && fresh < NEW_PER_SESSION; i++)
    {
      const char *id = g_ptr_array_index (self->deck_cards, i);

      if (atlas_study_progress_lookup (self->progress, id) == NULL)
        {
          g_ptr_array_add (self->queue, g_strdup (id));
          fresh++;
        }
    }
  advance (self);
}

/* ---- Answers ----------------------------------------------------------- */

static char *
format_areas (GArray *areas)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < areas->len; i++)
    {
      const AtlasStudyArea *area = &g_array_index (areas, AtlasStudyArea, i);

      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, area->region->name);
    }
  return g_strdup (out->str);
}

static char *
format_feedback (AtlasStudyPanel *self,
                 double           score,
                 int              chosen)
{
  AtlasStudyQuestion *q = self->question;
  g_autofree char    *instance = atlas_format_muscle_instance (q->muscle, q->side);
  guint percent = (guint) (score * 100 + 0.5);

  switch (q->exercise)
    {
    case ATLAS_EXERCISE_WHICH_MUSCLE:
    case ATLAS_EXERCISE_NAME_SHAPE:
      if (score >= 1)
        return g_strdup_printf (_("Right: %s. Its trigger points are marked on the diagram."),
                                atlas_muscle_get_name (q->muscle));
      return g_strdup_printf (_("Not quite: this is %s. It is outlined on the diagram with its "
                                "trigger points."), atlas_muscle_get_name (q->muscle));
    case ATLAS_EXERCISE_WHERE_IT_HURTS:
      {
        g_autofree char *zone = format_areas (q->targets);

        /* Translators: "Score 50%. The essential zone, now filled on the diagram: Temple, ..." */
        return g_strdup_printf (_("Score %u%%. The essential zone, now filled on the diagram: %s. "
                                  "Your marks are outlined."), percent, zone);
      }
    case ATLAS_EXERCISE_TRIGGER_POINT:
      return g_strdup_printf (
          _("Score %u%%. The trigger points of %s are marked with an X; a click "
            "inside the dashed circle scores in full."),
          percent, instance);
    case ATLAS_EXERCISE_ZONE:
    default:
      return g_strdup_printf (
          score >= 1 ? _("Right: %s is in the %s of %s. The whole pattern is now drawn.")
                     : _("Not quite: %s is in the %s of %s. The whole pattern is now drawn."),
          q->region->name,
          q->zone == ATLAS_ZONE_ESSENTIAL ? _("essential zone") : _("spillover zone"), instance);
    }
}

static void
finish (AtlasStudyPanel *self,
        double           score,
        int              chosen)
{
  AtlasStudyQuestion *q = self->question;
  guint quality = atlas_study_quality (q, score);
  GtkWidget *child;
  int i = 0;

  atlas_study_progress_review (self->progress, q->card_id, quality, atlas_study_today ());
  save_progress (self);
  if (quality < 3 && g_hash_table_add (self->requeued, g_strdup (q->card_id)))
    g_ptr_array_add (self->queue, g_strdup (q->card_id));

  self->revealed = TRUE;
  g_free (self->feedback);
  self->feedback = format_feedback (self, score, chosen);
  atlas_study_canvas_set_revealed (self->canvas, TRUE);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      if (i == q->answer)
        gtk_widget_add_css_class (child, "study-right");
      else if (i == chosen)
        gtk_widget_add_css_class (child, "study-wrong");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->answer_entry), FALSE);
  gtk_widget_set_visible (self->check_button, FALSE);
  gtk_label_set_text (self->feedback_label, self->feedback);
  gtk_widget_remove_css_class (GTK_WIDGET (self->feedback_label),
                               score >= 0.6 ? "study-wrong" : "study-right");
  gtk_widget_add_css_class (GTK_WIDGET (self->feedback_label),
                            score >= 0.6 ? "study-right" : "study-wrong");
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_label), TRUE);
  gtk_widget_set_visible (self->next_button, TRUE);
  gtk_widget_grab_focus (self->next_button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
choose (AtlasStudyPanel *self,
        int              index)
{
  if (self->question == NULL || self->revealed || index < 0 ||
      (guint) index >= self->question->choices->len)
    return;
  finish (self, atlas_study_question_score_choice (self->question, index), index);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose (ATLAS_STUDY_PANEL (widget), g_variant_get_int32 (parameter));
}

static void
check (AtlasStudyPanel *self)
{
  AtlasStudyQuestion *q = self->question;
  double x, y;

  if (q == NULL || self->revealed)
    return;
  if (q->exercise == ATLAS_EXERCISE_WHERE_IT_HURTS)
    {
      GArray *marked = atlas_study_canvas_get_marked (self->canvas);

      finish (self, atlas_study_question_score_areas (q, (AtlasStudyArea *) (void *) marked->data,
                                                      marked->len), -1);
    }
  else if (q->exercise == ATLAS_EXERCISE_TRIGGER_POINT)
    {
      if (!atlas_study_canvas_get_point (self->canvas, &x, &y))
        {
          gtk_label_set_text (self->hint_label, _("Click the diagram first, then press Enter."));
          return;
        }
      finish (self, atlas_study_question_score_point (q, x, y, NULL), -1);
    }
}

static void
next (AtlasStudyPanel *self)
{
  self->position++;
  advance (self);
}

/* Enter: check a diagram answer, or go on after the feedback. */
static void
enter (AtlasStudyPanel *self)
{
  if (self->revealed)
    next (self);
  else
    check (self);
}

static void
enter_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  enter (ATLAS_STUDY_PANEL (widget));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  check (ATLAS_STUDY_PANEL (widget));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (widget);

  if (self->revealed)
    next (self);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  start_session (ATLAS_STUDY_PANEL (widget));
}

static void
summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_summary (ATLAS_STUDY_PANEL (widget));
}

static void
on_reset_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AtlasStudyPanel  *self)
{
  if (g_str_equal (response, "reset") && self->progress != NULL)
    {
      atlas_study_progress_reset (self->progress);
      save_progress (self);
      update_summary (self);
    }
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Reset all study progress?"),
                                      _("Every card becomes new again. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "reset", _("_Reset"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_reset_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_entry_activate (AtlasStudyPanel *self,
                   GtkEntry        *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  double score;

  if (self->question == NULL || self->revealed || text[0] == '\0')
    return;
  score = atlas_study_question_score_text (self->question, self->database, text);
  finish (self, score, -1);
}

/* ---- Deck -------------------------------------------------------------- */

static void
on_deck_changed (AtlasStudyPanel *self)
{
  GPtrArray *views = self->database != NULL ? atlas_database_get_views (self->database) : NULL;
  guint view_index = gtk_drop_down_get_selected (self->view_dropdown);

  self->deck.body_part = gtk_drop_down_get_selected (self->part_dropdown);
  if (self->deck.body_part >= ATLAS_N_BODY_PARTS)
    self->deck.body_part = ATLAS_BODY_PART_NONE;
  self->deck.view = views != NULL && view_index > 0 && view_index <= views->len
                      ? g_ptr_array_index (views, view_index - 1) : NULL;
  self->deck.include_deep = gtk_check_button_get_active (self->deep_check);
  if (self->database != NULL)
    {
      const char *part = atlas_body_part_to_string (self->deck.body_part);

      g_settings_set_string (self->settings, "study-body-part", part != NULL ? part : "");
      g_settings_set_string (self->settings, "study-view",
                             self->deck.view != NULL ? self->deck.view->id : "");
      g_settings_set_boolean (self->settings, "study-include-deep", self->deck.include_deep);
    }
  if (self->active)
    start_session (self);
}

/* The last deck, as far as this atlas still has it. */
static void
restore_deck (AtlasStudyPanel *self)
{
  g_autofree char *part = g_settings_get_string (self->settings, "study-body-part");
  g_autofree char *view_id = g_settings_get_string (self->settings, "study-view");
  GPtrArray *views = atlas_database_get_views (self->database);
  guint view_index = 0;
  AtlasBodyPart body_part = ATLAS_BODY_PART_NONE;

  for (AtlasBodyPart p = ATLAS_BODY_PART_NONE + 1; p < ATLAS_N_BODY_PARTS; p++)
    if (g_strcmp0 (part, atlas_body_part_to_string (p)) == 0)
      body_part = p;
  for (guint i = 0; i < views->len; i++)
    if (g_strcmp0 (view_id, ((AtlasView *) g_ptr_array_index (views, i))->id) == 0)
      view_index = i + 1;
  gtk_check_button_set_active (self->deep_check,
                               g_settings_get_boolean (self->settings, "study-include-deep"));
  gtk_drop_down_set_selected (self->part_dropdown, body_part);
  gtk_drop_down_set_selected (self->view_dropdown, view_index);
  on_deck_changed (self);
}

void
atlas_study_panel_set_database (AtlasStudyPanel *self,
                                AtlasDatabase   *database)
{
  g_autoptr (GtkStringList) views = gtk_string_list_new (NULL);

  g_return_if_fail (ATLAS_IS_STUDY_PANEL (self));
  g_return_if_fail (self->database == NULL);

  gtk_string_list_append (views, _("All views"));
  for (guint i = 0; database != NULL && i < atlas_database_get_views (database)->len; i++)
    gtk_string_list_append (views,
                            ((AtlasView *) g_ptr_array_index (atlas_database_get_views (database),
                                                              i))->name);
  /* Before the database: a new model must not overwrite the saved deck. */
  gtk_drop_down_set_model (self->view_dropdown, G_LIST_MODEL (views));
  self->database = database != NULL ? g_object_ref (database) : NULL;
  if (database != NULL)
    restore_deck (self);
}

/* ---- Properties -------------------------------------------------------- */

gboolean
atlas_study_panel_get_active (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), FALSE);
  return self->active;
}

void
atlas_study_panel_set_active (AtlasStudyPanel *self,
                              gboolean         active)
{
  g_return_if_fail (ATLAS_IS_STUDY_PANEL (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.choose", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.enter", active);
  if (self->canvas != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->canvas), active);
  if (active)
    {
      load_progress (self);
      if (self->question == NULL)
        start_session (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

const char *
atlas_study_panel_get_view_id (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->question != NULL ? self->question->view->id : NULL;
}

AtlasStudyQuestion *
atlas_study_panel_get_question (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->question;
}

gboolean
atlas_study_panel_get_revealed (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), FALSE);
  return self->revealed;
}

const char *
atlas_study_panel_get_feedback (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->feedback;
}

AtlasStudyProgress *
atlas_study_panel_get_progress (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->progress;
}

const char *
atlas_study_panel_get_problem (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->problem;
}

AtlasStudyCanvas *
atlas_study_panel_get_canvas (AtlasStudyPanel *self)
{
  g_return_val_if_fail (ATLAS_IS_STUDY_PANEL (self), NULL);
  return self->canvas;
}

static void
atlas_study_panel_dispose (GObject *object)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (object);

  if (self->canvas != NULL)
    atlas_study_canvas_set_question (self->canvas, NULL);
  g_clear_pointer (&self->question, atlas_study_question_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_STUDY_PANEL);
  /* The scrolled window has no id, so the template does not drop it. */
  atlas_widget_remove_children (GTK_WIDGET (self));
  g_clear_object (&self->canvas);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (atlas_study_panel_parent_class)->dispose (object);
}

static void
atlas_study_panel_finalize (GObject *object)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (object);

  g_clear_pointer (&self->progress, atlas_study_progress_free);
  g_clear_pointer (&self->deck_cards, g_ptr_array_unref);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->requeued, g_hash_table_unref);
  g_clear_pointer (&self->rand, g_rand_free);
  g_free (self->progress_path);
  g_free (self->problem);
  g_free (self->feedback);
  G_OBJECT_CLASS (atlas_study_panel_parent_class)->finalize (object);
}

static void
atlas_study_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      g_value_set_object (value, self->canvas);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_VIEW_ID:
      g_value_set_string (value, atlas_study_panel_get_view_id (self));
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, self->revealed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_study_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      if (self->canvas != NULL)
        g_signal_handlers_disconnect_by_data (self->canvas, self);
      g_set_object (&self->canvas, g_value_get_object (value));
      if (self->canvas != NULL)
        {
          gtk_widget_set_visible (GTK_WIDGET (self->canvas), self->active);
          g_signal_connect_object (self->canvas, "answer-key", G_CALLBACK (on_answer_key), self,
                                   G_CONNECT_SWAPPED);
        }
      break;
    case PROP_ACTIVE:
      atlas_study_panel_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Shown after the first question is ready: the diagram takes the keyboard. */
static void
atlas_study_panel_map (GtkWidget *widget)
{
  AtlasStudyPanel *self = ATLAS_STUDY_PANEL (widget);

  GTK_WIDGET_CLASS (atlas_study_panel_parent_class)->map (widget);
  if (self->active && self->question != NULL && !self->revealed && self->canvas != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *action,
         GVariant              *target)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_named_action_new (action));

  if (target != NULL)
    gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
atlas_study_panel_class_init (AtlasStudyPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_study_panel_dispose;
  object_class->finalize = atlas_study_panel_finalize;
  object_class->get_property = atlas_study_panel_get_property;
  object_class->set_property = atlas_study_panel_set_property;
  widget_class->map = atlas_study_panel_map;

  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL, ATLAS_TYPE_STUDY_CANVAS,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-study-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, part_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, view_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, deep_check);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, problem_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, page_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, hint_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, choices_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, answer_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, check_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, feedback_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, next_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStudyPanel, weakest_label);
  gtk_widget_class_bind_template_callback (widget_class, on_deck_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);

  gtk_widget_class_install_action (widget_class, "study.choose", "i", choose_action);
  gtk_widget_class_install_action (widget_class, "study.enter", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "study.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "study.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "study.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "study.summary", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "study.reset", NULL, reset_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "studypanel");
}

static void
atlas_study_panel_init (AtlasStudyPanel *self)
{
  static const guint digits[][2] = {
    { GDK_KEY_1, GDK_KEY_KP_1 }, { GDK_KEY_2, GDK_KEY_KP_2 },
    { GDK_KEY_3, GDK_KEY_KP_3 }, { GDK_KEY_4, GDK_KEY_KP_4 },
  };
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  self->queue = g_ptr_array_new_with_free_func (g_free);
  self->requeued = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rand = g_rand_new ();

  /* With the focus in the panel; the canvas passes on the same keys when
   * the diagram has it ("answer-key"). A text entry has them first. */
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    for (guint k = 0; k < 2; k++)
      add_key (GTK_SHORTCUT_CONTROLLER (keys), digits[i][k], "study.choose",
               g_variant_new_int32 (i));
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Return, "study.enter", NULL);
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_KP_Enter, "study.enter", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.choose", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.enter", FALSE);
}
