/* atlas-window-history.c: back and forward through what was viewed, and the
 * starred muscles.
 *
 * The window records where the user is (a muscle's card, a condition, a
 * region's muscles, the condition index, a patient information page) once
 * things settle after each change,
 * so that the steps of one move (a view, then a selection, then a page) make
 * one place. Going back shows a place again; recording it then finds the same
 * place and only brings it up to date. Alt+Left and Alt+Right, the pointer's
 * back and forward buttons and the main menu move through them.
 *
 * Patient pages are read in a window of their own, in large type; a page
 * shown there is the place until the side area changes or that window
 * closes. Going back to any other place closes it, going to a page opens it.
 *
 * Starred muscles are kept in the "starred-muscles" key, so that they outlive
 * the window; the card's star toggles the one shown, and the main menu lists
 * them.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-topics-window.h"
#include "atlas-window-private.h"

/* X11's and Wayland's numbers for the side buttons of a mouse. */
#define BUTTON_BACK    8
#define BUTTON_FORWARD 9

static gboolean
record_place (gpointer data)
{
  AtlasWindow     *self = data;
  const char      *page = gtk_stack_get_visible_child_name (self->side_stack);
  AtlasMuscle     *muscle = atlas_body_view_get_selected_muscle (self->body_view);
  const char      *condition = atlas_condition_panel_get_condition (self->condition_panel);
  const char      *region = atlas_condition_panel_get_region (self->condition_panel);
  const AtlasView *view = _atlas_window_current_view (self);

  self->record_source = 0;
  if (self->record_topic && self->topics_window != NULL)
    atlas_history_visit (self->history, ATLAS_PLACE_TOPIC,
                         atlas_topics_window_get_topic (ATLAS_TOPICS_WINDOW (self->topics_window)),
                         ATLAS_SIDE_RIGHT, NULL);
  else if (g_strcmp0 (page, "card") == 0 && muscle != NULL)
    atlas_history_visit (self->history, ATLAS_PLACE_MUSCLE, atlas_muscle_get_id (muscle),
                         atlas_body_view_get_selected_side (self->body_view),
                         view != NULL ? view->id : NULL);
  else if (g_strcmp0 (page, "conditions") == 0 && condition != NULL)
    atlas_history_visit (self->history, ATLAS_PLACE_CONDITION, condition, ATLAS_SIDE_RIGHT, NULL);
  else if (g_strcmp0 (page, "conditions") == 0 && region != NULL)
    atlas_history_visit (self->history, ATLAS_PLACE_REGION, region, ATLAS_SIDE_RIGHT, NULL);
  else if (g_strcmp0 (page, "conditions") == 0)
    atlas_history_visit (self->history, ATLAS_PLACE_CONDITION_INDEX, NULL, ATLAS_SIDE_RIGHT,
                         NULL);
  return G_SOURCE_REMOVE;
}

static void
queue_record (AtlasWindow *self)
{
  self->record_topic = FALSE;
  if (self->record_source == 0)
    self->record_source = g_idle_add (record_place, self);
}

static void
queue_record_topic (AtlasWindow *self)
{
  queue_record (self);
  self->record_topic = TRUE;
}

static void
on_topics_window_destroy (AtlasWindow *self)
{
  /* Closed: the side area is what is seen again. */
  g_clear_weak_pointer (&self->topics_window);
  queue_record (self);
}

void
_atlas_window_show_topic (AtlasWindow *self,
                          const char  *topic_id)
{
  GtkWindow *topics;

  if (self->database == NULL)
    return;

  if (self->topics_window == NULL)
    {
      topics = GTK_WINDOW (atlas_topics_window_new (self->database));
      gtk_window_set_transient_for (topics, GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (topics, TRUE);
      gtk_window_set_application (topics, gtk_window_get_application (GTK_WINDOW (self)));
      g_set_weak_pointer (&self->topics_window, GTK_WIDGET (topics));
      g_signal_connect_object (topics, "notify::topic", G_CALLBACK (queue_record_topic), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (topics, "destroy", G_CALLBACK (on_topics_window_destroy), self,
                               G_CONNECT_SWAPPED);
    }
  topics = GTK_WINDOW (self->topics_window);
  atlas_topics_window_set_topic (ATLAS_TOPICS_WINDOW (topics), topic_id);
  /* The first page, or the same one again, is a place too. */
  queue_record_topic (self);
  gtk_window_present (topics);
}

static void
close_topics_window (AtlasWindow *self)
{
  GtkWidget *topics = self->topics_window;

  if (topics == NULL)
    return;
  g_signal_handlers_disconnect_by_data (topics, self);
  g_clear_weak_pointer (&self->topics_window);
  gtk_window_destroy (GTK_WINDOW (topics));
}

static void
show_place (AtlasWindow      *self,
            const AtlasPlace *place)
{
  AtlasMuscle *muscle;

  if (place == NULL)
    return;

  _atlas_window_close_search (self);
  if (place->kind != ATLAS_PLACE_TOPIC)
    close_topics_window (self);
  switch (place->kind)
    {
    case ATLAS_PLACE_TOPIC:
      _atlas_window_show_topic (self, place->id);
      break;
    case ATLAS_PLACE_MUSCLE:
      muscle = atlas_database_get_muscle (self->database, place->id);
      if (muscle == NULL)
        return;
      if (place->view_id != NULL)
        _atlas_window_show_view (self, atlas_database_get_view (self->database, place->view_id));
      atlas_body_view_select (self->body_view, muscle, place->side);
      _atlas_window_show_side_page (self, "card");
      break;
    case ATLAS_PLACE_CONDITION:
      atlas_condition_panel_show_condition (self->condition_panel, place->id);
      _atlas_window_show_side_page (self, "conditions");
      break;
    case ATLAS_PLACE_REGION:
      atlas_condition_panel_show_region (self->condition_panel, place->id);
      _atlas_window_show_side_page (self, "conditions");
      break;
    case ATLAS_PLACE_CONDITION_INDEX:
    default:
      atlas_condition_panel_show_index (self->condition_panel);
      _atlas_window_show_side_page (self, "conditions");
      break;
    }
}

static void
go_action (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       data)
{
  AtlasWindow *self = data;

  /* What was just seen counts before leaving it. */
  if (self->record_source != 0)
    {
      g_source_remove (self->record_source);
      record_place (self);
    }
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "go-back"))
    show_place (self, atlas_history_go_back (self->history));
  else
    show_place (self, atlas_history_go_forward (self->history));
}

static void
update_go_actions (AtlasWindow *self)
{
  GActionMap *map = G_ACTION_MAP (self);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "go-back")),
                               atlas_history_get_can_go_back (self->history));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "go-forward")),
                               atlas_history_get_can_go_forward (self->history));
}

static void
on_button_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   AtlasWindow     *self)
{
  guint       button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  const char *action = button == BUTTON_BACK ? "win.go-back" : "win.go-forward";

  if (button != BUTTON_BACK && button != BUTTON_FORWARD)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

/* ---- Starred muscles ----------------------------------------------------- */

static gboolean
is_starred (AtlasWindow *self,
            AtlasMuscle *muscle)
{
  g_auto (GStrv) starred = g_settings_get_strv (self->settings, "starred-muscles");

  return muscle != NULL && g_strv_contains ((const char *const *) starred,
                                            atlas_muscle_get_id (muscle));
}

static void
update_star (AtlasWindow *self)
{
  AtlasMuscle *muscle = atlas_body_view_get_selected_muscle (self->body_view);
  GAction     *action = g_action_map_lookup_action (G_ACTION_MAP (self), "toggle-star");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), muscle != NULL);
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (is_starred (self, muscle)));
}

static void
on_star_change_state (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       data)
{
  AtlasWindow *self = data;
  AtlasMuscle *muscle = atlas_body_view_get_selected_muscle (self->body_view);
  g_auto (GStrv) starred = g_settings_get_strv (self->settings, "starred-muscles");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) changed = NULL;
  const char *id;

  if (muscle == NULL)
    return;
  id = atlas_muscle_get_id (muscle);
  for (guint i = 0; starred[i] != NULL; i++)
    if (!g_str_equal (starred[i], id))
      g_strv_builder_add (builder, starred[i]);
  if (g_variant_get_boolean (state))
    g_strv_builder_add (builder, id);
  changed = g_strv_builder_end (builder);
  /* The key's change brings the star and the menu up to date. */
  g_settings_set_strv (self->settings, "starred-muscles", (const char *const *) changed);
}

/* The menu lists the starred muscles that this data file knows, by name. */
static void
update_starred_menu (AtlasWindow *self)
{
  g_auto (GStrv) starred = g_settings_get_strv (self->settings, "starred-muscles");
  guint n_items = 0;

  g_menu_remove_all (self->starred_menu);
  for (guint i = 0; starred[i] != NULL && self->database != NULL; i++)
    {
      AtlasMuscle *muscle = atlas_database_get_muscle (self->database, starred[i]);
      g_autoptr (GMenuItem) item = NULL;

      if (muscle == NULL)
        continue;
      item = g_menu_item_new (atlas_muscle_get_name (muscle), NULL);
      g_menu_item_set_action_and_target (item, "win.show-starred", "s", starred[i]);
      g_menu_append_item (self->starred_menu, item);
      n_items++;
    }
  if (n_items == 0)
    g_menu_append (self->starred_menu, _("No starred muscles yet"), "win.nothing-starred");
}

static void
show_starred_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasMuscle *muscle = atlas_database_get_muscle (self->database,
                                                   g_variant_get_string (parameter, NULL));

  if (muscle != NULL)
    _atlas_window_choose_muscle (self, muscle);
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _atlas_window_show_topic (ATLAS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
_atlas_window_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, starred_menu);
  /* The keyboards' own Back and Forward keys; first, so that the menu shows
   * the last bound, Alt+Left and Alt+Right. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.go-forward", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-starred", "s", show_starred_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  /* Never enabled: the empty menu's note. */
  gtk_widget_class_install_action (widget_class, "win.nothing-starred", NULL, show_starred_action);
}

void
_atlas_window_init_history (AtlasWindow *self)
{
  GtkGesture *gesture = gtk_gesture_click_new ();
  g_autoptr (GSimpleAction) star = NULL;
  static const GActionEntry go_entries[] = {
    { .name = "go-back", .activate = go_action },
    { .name = "go-forward", .activate = go_action },
  };

  /* In the window's action map, not the class's: their state is seen from
   * outside (the tests), and the keys still reach them as "win.". */
  g_action_map_add_action_entries (G_ACTION_MAP (self), go_entries, G_N_ELEMENTS (go_entries),
                                   self);
  self->history = atlas_history_new ();
  g_signal_connect_object (self->history, "notify::can-go-back",
                           G_CALLBACK (update_go_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-go-forward",
                           G_CALLBACK (update_go_actions), self, G_CONNECT_SWAPPED);
  update_go_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.nothing-starred", FALSE);

  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::selected-side",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::view-id",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->condition_panel, "notify::condition",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->condition_panel, "notify::region",
                           G_CALLBACK (queue_record), self, G_CONNECT_SWAPPED);

  /* The side buttons act wherever the pointer is, before a child sees them. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_button_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  star = g_simple_action_new_stateful ("toggle-star", NULL, g_variant_new_boolean (FALSE));
  g_signal_connect_object (star, "change-state", G_CALLBACK (on_star_change_state), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (star));
  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (update_star), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::starred-muscles",
                           G_CALLBACK (update_star), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::starred-muscles",
                           G_CALLBACK (update_starred_menu), self, G_CONNECT_SWAPPED);
  update_star (self);
}

/* After the database is set (from constructed): the menu names the muscles. */
void
_atlas_window_init_starred_menu (AtlasWindow *self)
{
  update_starred_menu (self);
}

void
_atlas_window_dispose_history (AtlasWindow *self)
{
  close_topics_window (self);
  g_clear_handle_id (&self->record_source, g_source_remove);
  g_action_map_remove_action (G_ACTION_MAP (self), "toggle-star");
  g_action_map_remove_action (G_ACTION_MAP (self), "go-back");
  g_action_map_remove_action (G_ACTION_MAP (self), "go-forward");
  g_clear_object (&self->history);
}
