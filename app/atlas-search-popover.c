/* atlas-search-popover.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A completion-style list under the search entry. The focus never leaves the
 * entry, so that typing goes on while the arrows move the highlight, as in
 * GNOME Shell's search: the first result is highlighted from the start and
 * Enter takes it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-search-popover.h"
#include "atlas-widget-utils.h"

struct _AtlasSearchPopover {
  GtkPopover parent_instance;

  AtlasDatabase *database;
  GtkSearchEntry *entry; /* weak: the entry is our parent */
  GPtrArray *results;    /* AtlasSearchResult* */
  char *query;           /* what results were found for */

  GtkStack *stack;
  GtkScrolledWindow *scrolled;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (AtlasSearchPopover, atlas_search_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
kind_heading (AtlasSearchKind kind)
{
  switch (kind)
    {
    case ATLAS_SEARCH_MUSCLE:
      return _("Muscles");
    case ATLAS_SEARCH_CONDITION:
      return _("Conditions");
    case ATLAS_SEARCH_REGION:
      return _("Where it hurts");
    case ATLAS_SEARCH_PAGE:
      return _("Patient information");
    case ATLAS_SEARCH_SCREENING:
      return _("Screening before needling");
    default:
      g_assert_not_reached ();
    }
}

/* The second line: why a result with another name came up; a muscle's Latin
 * name otherwise. */
static const char *
result_detail (const AtlasSearchResult *result)
{
  switch (result->kind)
    {
    case ATLAS_SEARCH_MUSCLE:
      return result->matched != NULL ? result->matched : atlas_muscle_get_latin (result->item);
    case ATLAS_SEARCH_CONDITION:
      return result->matched;
    case ATLAS_SEARCH_REGION:
    case ATLAS_SEARCH_PAGE:
    default:
      return NULL;
    }
}

static GtkWidget *
create_row (const AtlasSearchResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget  *name = atlas_wrapped_label_new (result->name, "result-name");
  const char *detail = result_detail (result);

  gtk_widget_set_focusable (row, FALSE);
  gtk_box_append (GTK_BOX (box), name);

  if (detail != NULL)
    {
      GtkWidget *label = atlas_wrapped_label_new (detail, "dim-label");

      gtk_widget_add_css_class (label, "result-detail");
      if (result->kind == ATLAS_SEARCH_MUSCLE &&
          (result->matched == NULL || result->matched == atlas_muscle_get_latin (result->item)))
        gtk_widget_add_css_class (label, "latin");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, result->name,
                                  -1);
  if (detail != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail,
                                    -1);
  return row;
}

static const AtlasSearchResult *
row_result (AtlasSearchPopover *self,
            GtkListBoxRow      *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (self->results == NULL || index < 0 || (guint) index >= self->results->len)
    return NULL;
  return g_ptr_array_index (self->results, index);
}

/* A heading above the first result of each kind. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  AtlasSearchPopover *self = user_data;
  const AtlasSearchResult *result = row_result (self, row);
  const AtlasSearchResult *previous = row_result (self, before);
  GtkWidget *heading;

  if (result == NULL || (previous != NULL && previous->kind == result->kind))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  heading = gtk_label_new (kind_heading (result->kind));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "result-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_box_row_set_header (row, heading);
}

static void
scroll_to_row (AtlasSearchPopover *self,
               GtkListBoxRow      *row)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkWidget *header = gtk_list_box_row_get_header (row);
  graphene_rect_t bounds;

  /* Bring the group heading into view with the first row of a group. */
  if (!gtk_widget_compute_bounds (header != NULL ? header : GTK_WIDGET (row),
                                  GTK_WIDGET (self->list), &bounds))
    return;
  if (header != NULL)
    {
      graphene_rect_t row_bounds;

      if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &row_bounds))
        graphene_rect_union (&bounds, &row_bounds, &bounds);
    }
  gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
}

static void
select_index (AtlasSearchPopover *self,
              int                 index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  scroll_to_row (self, row);
}

static void
refresh (AtlasSearchPopover *self)
{
  const char *text = self->entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->entry)) : "";

  if (g_strcmp0 (text, self->query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (text);

  atlas_widget_remove_children (GTK_WIDGET (self->list));
  g_clear_pointer (&self->results, g_ptr_array_unref);

  if (self->database == NULL || text[0] == '\0')
    {
      self->results = g_ptr_array_new ();
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }

  self->results = atlas_search (self->database, text);
  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (self->list, create_row (g_ptr_array_index (self->results, i)));
  gtk_stack_set_visible_child_name (self->stack, self->results->len > 0 ? "results" : "empty");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);

  if (gtk_widget_get_mapped (GTK_WIDGET (self->entry)))
    gtk_popover_popup (GTK_POPOVER (self));
  select_index (self, 0);
}

void
atlas_search_popover_update (AtlasSearchPopover *self)
{
  g_return_if_fail (ATLAS_IS_SEARCH_POPOVER (self));
  refresh (self);
}

static void
on_row_activated (AtlasSearchPopover *self,
                  GtkListBoxRow      *row,
                  GtkListBox         *list)
{
  const AtlasSearchResult *result = row_result (self, row);

  if (result == NULL)
    return;

  gtk_list_box_select_row (self->list, row);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[RESULT_ACTIVATED], 0, (guint) result->kind, result->id);
}

gboolean
atlas_search_popover_activate (AtlasSearchPopover *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_POPOVER (self), FALSE);

  /* search-changed comes after a pause in typing; Enter may come before it. */
  refresh (self);
  if (atlas_search_popover_get_selected (self) < 0)
    return FALSE;

  on_row_activated (self, gtk_list_box_get_selected_row (self->list), self->list);
  return TRUE;
}

void
atlas_search_popover_move (AtlasSearchPopover *self,
                           int                 delta)
{
  int selected, count;

  g_return_if_fail (ATLAS_IS_SEARCH_POPOVER (self));

  refresh (self);
  count = self->results != NULL ? (int) self->results->len : 0;
  if (count == 0)
    return;

  if (self->entry != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->entry)))
    gtk_popover_popup (GTK_POPOVER (self));
  selected = atlas_search_popover_get_selected (self);
  select_index (self, CLAMP (selected < 0 ? 0 : selected + delta, 0, count - 1));
}

static gboolean
on_entry_key_pressed (AtlasSearchPopover    *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  /* A page of results at a time with Page Up and Down. */
  const int page = 5;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      atlas_search_popover_move (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      atlas_search_popover_move (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      atlas_search_popover_move (self, page);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      atlas_search_popover_move (self, -page);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_entry_activate (AtlasSearchPopover *self)
{
  atlas_search_popover_activate (self);
}

static void
on_entry_unmap (AtlasSearchPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_entry_destroy (AtlasSearchPopover *self,
                  GtkWidget          *entry)
{
  /* An entry does not unparent children it does not know of. */
  self->entry = NULL;
  gtk_widget_unparent (GTK_WIDGET (self));
}

/* Focus moved on, to the diagram or the card: the list would only be in the
 * way. A click in the list itself does not move the window's focus. */
static void
on_focus_widget_changed (AtlasSearchPopover *self,
                         GParamSpec         *pspec,
                         GtkRoot            *root)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (self->entry == NULL)
    return;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->entry)))
    gtk_popover_popdown (GTK_POPOVER (self));
}

void
atlas_search_popover_attach (AtlasSearchPopover *self,
                             GtkSearchEntry     *entry)
{
  GtkEventController *keys;
  GtkRoot *root;

  g_return_if_fail (ATLAS_IS_SEARCH_POPOVER (self));
  g_return_if_fail (GTK_IS_SEARCH_ENTRY (entry));
  g_return_if_fail (self->entry == NULL);

  self->entry = entry;
  gtk_widget_set_parent (GTK_WIDGET (self), GTK_WIDGET (entry));

  g_signal_connect_object (entry, "search-changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_entry_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "unmap", G_CALLBACK (on_entry_unmap), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "destroy", G_CALLBACK (on_entry_destroy), self,
                           G_CONNECT_SWAPPED);

  /* Before the text: it would take Up and Down as cursor movement. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), keys);

  root = gtk_widget_get_root (GTK_WIDGET (entry));
  if (root != NULL)
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed),
                             self, G_CONNECT_SWAPPED);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_RELATION_CONTROLS, self->list, NULL,
                                  -1);
}

GPtrArray *
atlas_search_popover_get_results (AtlasSearchPopover *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_POPOVER (self), NULL);

  refresh (self);
  return self->results;
}

int
atlas_search_popover_get_selected (AtlasSearchPopover *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ATLAS_IS_SEARCH_POPOVER (self), -1);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

const char *
atlas_search_popover_get_heading (AtlasSearchPopover *self,
                                  guint               index)
{
  GtkListBoxRow *row;
  GtkWidget *header;

  g_return_val_if_fail (ATLAS_IS_SEARCH_POPOVER (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, index);
  header = row != NULL ? gtk_list_box_row_get_header (row) : NULL;
  return header != NULL ? gtk_label_get_text (GTK_LABEL (header)) : NULL;
}

static void
atlas_search_popover_dispose (GObject *object)
{
  AtlasSearchPopover *self = ATLAS_SEARCH_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SEARCH_POPOVER);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (atlas_search_popover_parent_class)->dispose (object);
}

static void
atlas_search_popover_finalize (GObject *object)
{
  AtlasSearchPopover *self = ATLAS_SEARCH_POPOVER (object);

  g_free (self->query);

  G_OBJECT_CLASS (atlas_search_popover_parent_class)->finalize (object);
}

static void
atlas_search_popover_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasSearchPopover *self = ATLAS_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_popover_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AtlasSearchPopover *self = ATLAS_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      atlas_search_popover_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_popover_class_init (AtlasSearchPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_search_popover_dispose;
  object_class->finalize = atlas_search_popover_finalize;
  object_class->get_property = atlas_search_popover_get_property;
  object_class->set_property = atlas_search_popover_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, ATLAS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasSearchPopover::result-activated:
   * @kind: an AtlasSearchKind
   * @id: the id of the muscle, condition, region or page
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-search-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPopover, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPopover, scrolled);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPopover, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
atlas_search_popover_init (AtlasSearchPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
}

GtkWidget *
atlas_search_popover_new (void)
{
  return g_object_new (ATLAS_TYPE_SEARCH_POPOVER, NULL);
}

AtlasDatabase *
atlas_search_popover_get_database (AtlasSearchPopover *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_POPOVER (self), NULL);
  return self->database;
}

void
atlas_search_popover_set_database (AtlasSearchPopover *self,
                                   AtlasDatabase      *database)
{
  g_return_if_fail (ATLAS_IS_SEARCH_POPOVER (self));
  g_return_if_fail (database == NULL || ATLAS_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  /* Results of another database would point at freed names. */
  g_clear_pointer (&self->query, g_free);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
