/* atlas-topics-window.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data file's general topics (what a trigger point is, what dry needling
 * is, who should not have it...), one page each, in large type: they are read
 * with a patient, often on a clinic monitor across the room.
 *
 * The pages are places of the main window's history: Alt+Left and Alt+Right
 * (and the keyboard's Back and Forward keys) here move through the history of
 * the window this one belongs to, which closes this window when it goes back
 * to a card or a condition.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-topics-window.h"

struct _AtlasTopicsWindow {
  GtkWindow parent_instance;

  AtlasDatabase *database;
  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (AtlasTopicsWindow, atlas_topics_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_page (const AtlasTopic *topic)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = gtk_label_new (topic->name);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (clamp, "topic-page");
  /* Long lines are hard to follow across a wide screen. */
  gtk_widget_set_size_request (clamp, 320, -1);
  gtk_widget_set_halign (clamp, GTK_ALIGN_CENTER);

  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (clamp), title);

  for (guint i = 0; i < topic->paragraphs->len; i++)
    {
      GtkWidget *paragraph = gtk_label_new (g_ptr_array_index (topic->paragraphs, i));

      gtk_label_set_wrap (GTK_LABEL (paragraph), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (paragraph), 60);
      gtk_label_set_xalign (GTK_LABEL (paragraph), 0);
      gtk_label_set_selectable (GTK_LABEL (paragraph), TRUE);
      gtk_widget_add_css_class (paragraph, "topic-text");
      gtk_box_append (GTK_BOX (clamp), paragraph);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static void
fill_pages (AtlasTopicsWindow *self)
{
  GPtrArray *topics = atlas_database_get_topics (self->database);

  for (guint i = 0; i < topics->len; i++)
    {
      const AtlasTopic *topic = g_ptr_array_index (topics, i);

      gtk_stack_add_titled (self->stack, create_page (topic), topic->id, topic->name);
    }
}

static void
on_visible_child_changed (AtlasTopicsWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

static void
atlas_topics_window_constructed (GObject *object)
{
  AtlasTopicsWindow *self = ATLAS_TOPICS_WINDOW (object);

  G_OBJECT_CLASS (atlas_topics_window_parent_class)->constructed (object);

  if (self->database != NULL)
    fill_pages (self);
}

static void
atlas_topics_window_dispose (GObject *object)
{
  AtlasTopicsWindow *self = ATLAS_TOPICS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_TOPICS_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (atlas_topics_window_parent_class)->dispose (object);
}

static void
atlas_topics_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasTopicsWindow *self = ATLAS_TOPICS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, atlas_topics_window_get_topic (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_topics_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AtlasTopicsWindow *self = ATLAS_TOPICS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_TOPIC:
      atlas_topics_window_set_topic (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "topics.go" with TRUE goes forward: the main window's history moves. */
static void
go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent),
                                g_variant_get_boolean (parameter) ? "win.go-forward"
                                                                  : "win.go-back",
                                NULL);
}

static void
atlas_topics_window_class_init (AtlasTopicsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_topics_window_constructed;
  object_class->dispose = atlas_topics_window_dispose;
  object_class->get_property = atlas_topics_window_get_property;
  object_class->set_property = atlas_topics_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, ATLAS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-topics-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasTopicsWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "topics.go", "b", go_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "topics.go", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "topics.go", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "topics.go", "b",
                                       FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "topics.go",
                                       "b", TRUE);
}

static void
atlas_topics_window_init (AtlasTopicsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_topics_window_new (AtlasDatabase *database)
{
  return g_object_new (ATLAS_TYPE_TOPICS_WINDOW, "database", database, NULL);
}

const char *
atlas_topics_window_get_topic (AtlasTopicsWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_TOPICS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
atlas_topics_window_set_topic (AtlasTopicsWindow *self,
                               const char        *topic_id)
{
  g_return_if_fail (ATLAS_IS_TOPICS_WINDOW (self));

  if (topic_id != NULL && gtk_stack_get_child_by_name (self->stack, topic_id) != NULL)
    gtk_stack_set_visible_child_name (self->stack, topic_id);
}
