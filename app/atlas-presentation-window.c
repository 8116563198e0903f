/* atlas-presentation-window.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-pattern-overlay.h"
#include "atlas-presentation-window.h"

/* Front and back side by side once the screen is this much wider than tall. */
#define WIDE_ASPECT 1.5

struct _AtlasPresentationWindow
{
  GtkWindow               parent_instance;

  AtlasPresentationState *state;
  GSettings              *settings;
  guint                   inhibit_cookie;
  const char             *scale_class;
  gboolean                wide;

  GtkStack               *stack;
  GtkWidget              *body_box;
  AtlasBodyView          *body_view;
  AtlasPatternOverlay    *pattern_overlay;
  AtlasBodyCompanion     *companion;
  AtlasPatientCard       *card;
};

G_DEFINE_FINAL_TYPE (AtlasPresentationWindow, atlas_presentation_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Type scale and layout ----------------------------------------------- */

/* About 32 px for 1080 rows of logical pixels, the size read from three
 * metres; GDK_SCALE doubles it in device pixels on a 4K screen by itself. */
static const struct {
  int         max_rows;
  const char *css_class;
} scales[] = {
  { 820, "present-s" },
  { 1200, "present-m" },
  { 1700, "present-l" },
  { G_MAXINT, "present-xl" },
};

static void
update_layout (AtlasPresentationWindow *self,
               int                      width,
               int                      height)
{
  const char *scale_class = scales[0].css_class;
  gboolean zoomed = atlas_body_view_get_zoom (self->body_view) > 1.0;

  if (width <= 0 || height <= 0)
    return;

  /* A wide, short window is read by its height; a tall one by its width. */
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (MIN (height, width * 9 / 16) <= scales[i].max_rows)
      {
        scale_class = scales[i].css_class;
        break;
      }
  if (scale_class != self->scale_class)
    {
      if (self->scale_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), self->scale_class);
      gtk_widget_add_css_class (GTK_WIDGET (self), scale_class);
      self->scale_class = scale_class;
      /* The surface's layout signal comes after this frame's styles were
       * computed: ask for another frame that sees the new type size. */
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }

  self->wide = width >= height * WIDE_ASPECT;
  /* Zoomed in, the one view the clinician zooms gets all the room. */
  atlas_body_companion_set_enabled (self->companion, self->wide && !zoomed);
}

/* The type scale and the side-by-side choice follow the surface's size, set
 * before the widgets are laid out in it (not while they are). */
static void
on_surface_layout (AtlasPresentationWindow *self,
                   int                      width,
                   int                      height)
{
  update_layout (self, width, height);
}

static void
on_zoom_changed (AtlasPresentationWindow *self)
{
  update_layout (self, gtk_widget_get_width (GTK_WIDGET (self)),
                 gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
on_realize (AtlasPresentationWindow *self)
{
  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "layout",
                           G_CALLBACK (on_surface_layout), self, G_CONNECT_SWAPPED);
}

/* ---- Following the state ------------------------------------------------- */

static void
update_patterns (AtlasPresentationWindow *self)
{
  const char * const *muscles = atlas_presentation_state_get_shown_muscles (self->state);

  atlas_pattern_overlay_set_muscles (self->pattern_overlay, muscles);
  g_object_set (self->companion, "pattern-muscles", muscles, NULL);
}

/* The words tell what the diagram shows: the candidate under the clinician's
 * pointer, else the chosen muscle (which the pain finder does not draw). */
static void
update_card (AtlasPresentationWindow *self)
{
  AtlasMuscle *muscle = atlas_presentation_state_get_preview (self->state, NULL);
  gboolean patterns = atlas_presentation_state_get_shown_muscles (self->state) != NULL;

  if (muscle == NULL && !atlas_presentation_state_get_show_marks (self->state))
    muscle = atlas_presentation_state_get_muscle (self->state, NULL);
  atlas_patient_card_set_muscle (self->card, muscle);
  gtk_widget_set_visible (GTK_WIDGET (self->card), muscle != NULL || patterns);
}

static void
update_blank (AtlasPresentationWindow *self)
{
  gboolean blanked = atlas_presentation_state_get_blanked (self->state);

  gtk_stack_set_visible_child_name (self->stack, blanked ? "blank" : "show");
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->stack), blanked ? "none" : NULL);
}

static void
toggle_blank (AtlasPresentationWindow *self)
{
  atlas_presentation_state_set_blanked (self->state,
                                        !atlas_presentation_state_get_blanked (self->state));
}

/* ---- Keys ------------------------------------------------------------------ */

static gboolean
toggle_fullscreen (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
  return TRUE;
}

void
atlas_presentation_window_add_fullscreen_key (GtkWindow *window)
{
  GtkEventController *controller;
  GtkShortcutAction *action;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_object_get_data (G_OBJECT (window), "atlas-fullscreen-key") != NULL)
    return;
  controller = gtk_shortcut_controller_new ();
  action = gtk_callback_action_new (toggle_fullscreen, NULL, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F11, 0),
                                                          action));
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_object_set_data (G_OBJECT (window), "atlas-fullscreen-key", controller);
}

static gboolean
blank_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  toggle_blank (ATLAS_PRESENTATION_WINDOW (widget));
  return TRUE;
}

static gboolean
escape_key (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  if (!gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    return FALSE;
  gtk_window_unfullscreen (GTK_WINDOW (widget));
  return TRUE;
}

static void
add_keys (AtlasPresentationWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  /* B, as in presentation programs; Ctrl+B as in the main window. */
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_b, 0),
                                                   gtk_keyval_trigger_new (GDK_KEY_b,
                                                                           GDK_CONTROL_MASK)),
                      gtk_callback_action_new (blank_key, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_callback_action_new (escape_key, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  atlas_presentation_window_add_fullscreen_key (GTK_WINDOW (self));
}

/* ---- Monitor and idle ---------------------------------------------------- */

/* Once placed full screen on a monitor of several, that monitor is the
 * patient's next time. */
static void
on_fullscreened (AtlasPresentationWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GdkMonitor *monitor;

  if (!gtk_window_is_fullscreen (GTK_WINDOW (self)) || surface == NULL ||
      g_list_model_get_n_items (gdk_display_get_monitors (display)) < 2)
    return;
  monitor = gdk_display_get_monitor_at_surface (display, surface);
  if (monitor != NULL && gdk_monitor_get_connector (monitor) != NULL)
    g_settings_set_string (self->settings, "presentation-monitor",
                           gdk_monitor_get_connector (monitor));
}

static void
on_map (AtlasPresentationWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* A patient's screen that goes dark mid-sentence, or locks, is no use. */
  if (app != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Showing a diagram to a patient"));
}

static void
release_inhibit (AtlasPresentationWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* The remembered monitor if it is still there, else any but the clinician's;
 * NULL with one monitor. */
static GdkMonitor *
choose_monitor (GtkWindow *parent,
                GSettings *settings)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (parent));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
  GdkMonitor *own = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  g_autofree char *remembered = g_settings_get_string (settings, "presentation-monitor");
  GdkMonitor *other = NULL;
  guint n = g_list_model_get_n_items (monitors);

  if (n < 2)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor == own)
        continue;
      if (g_strcmp0 (gdk_monitor_get_connector (monitor), remembered) == 0)
        return monitor;
      if (other == NULL)
        other = monitor;
    }
  return other;
}

/* ---- GObject ------------------------------------------------------------- */

static gboolean
atlas_presentation_window_close_request (GtkWindow *window)
{
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (window);

  /* The next presentation starts showing. */
  atlas_presentation_state_set_blanked (self->state, FALSE);
  release_inhibit (self);

  return GTK_WINDOW_CLASS (atlas_presentation_window_parent_class)->close_request (window);
}

static void
atlas_presentation_window_constructed (GObject *object)
{
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (object);
  static const char * const card_keys[] = {
    "notify::selected-muscle", "notify::preview-muscle", "notify::show-marks",
    "notify::pattern-muscles", "notify::plan-muscles",
  };

  G_OBJECT_CLASS (atlas_presentation_window_parent_class)->constructed (object);

  g_return_if_fail (self->state != NULL);

  atlas_presentation_state_drive (self->state, self->body_view, TRUE);
  g_object_bind_property (self->state, "view-id", self->body_view, "view-id",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->state, "notify::pattern-muscles",
                           G_CALLBACK (update_patterns), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::plan-muscles",
                           G_CALLBACK (update_patterns), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (card_keys); i++)
    g_signal_connect_object (self->state, card_keys[i],
                             G_CALLBACK (update_card), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::blanked",
                           G_CALLBACK (update_blank), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::zoom",
                           G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);

  update_patterns (self);
  update_card (self);
  update_blank (self);
}

static void
atlas_presentation_window_dispose (GObject *object)
{
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (object);

  release_inhibit (self);
  /* The stack is both the window's child and a template child: the window
   * lets go of it first, or both would. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PRESENTATION_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (atlas_presentation_window_parent_class)->dispose (object);
}

static void
atlas_presentation_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_window_class_init (AtlasPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = atlas_presentation_window_constructed;
  object_class->dispose = atlas_presentation_window_dispose;
  object_class->get_property = atlas_presentation_window_get_property;
  object_class->set_property = atlas_presentation_window_set_property;
  window_class->close_request = atlas_presentation_window_close_request;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, ATLAS_TYPE_PRESENTATION_STATE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_BODY_VIEW);
  g_type_ensure (ATLAS_TYPE_PATTERN_OVERLAY);
  g_type_ensure (ATLAS_TYPE_BODY_COMPANION);
  g_type_ensure (ATLAS_TYPE_PATIENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/atlas-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, body_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, body_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, pattern_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, companion);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationWindow, card);
}

static void
atlas_presentation_window_init (AtlasPresentationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  add_keys (self);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (release_inhibit), NULL);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
}

GtkWidget *
atlas_presentation_window_new (AtlasPresentationState *state)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (state), NULL);
  return g_object_new (ATLAS_TYPE_PRESENTATION_WINDOW, "state", state, NULL);
}

AtlasPresentationState *
atlas_presentation_window_get_state (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->state;
}

AtlasBodyView *
atlas_presentation_window_get_body_view (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->body_view;
}

AtlasBodyCompanion *
atlas_presentation_window_get_companion (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->companion;
}

AtlasPatientCard *
atlas_presentation_window_get_card (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->card;
}

AtlasPatternOverlay *
atlas_presentation_window_get_pattern_overlay (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->pattern_overlay;
}

const char *
atlas_presentation_window_get_scale_class (AtlasPresentationWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_WINDOW (self), NULL);
  return self->scale_class;
}

/* ---- The main window's action ------------------------------------------- */

typedef struct {
  GtkWindow               *parent;   /* weak */
  AtlasPresentationState  *state;
  AtlasPresentationWindow *window;   /* weak */
} Presenter;

/* With the main window gone, nothing would follow: the patient's screen goes
 * too. */
static void
presenter_free (gpointer  data,
                GClosure *closure)
{
  Presenter *presenter = data;

  if (presenter->window != NULL)
    gtk_window_destroy (GTK_WINDOW (presenter->window));
  g_clear_weak_pointer (&presenter->parent);
  g_clear_weak_pointer (&presenter->window);
  g_clear_object (&presenter->state);
  g_free (presenter);
}

static void
on_presentation_destroyed (GSimpleAction *action)
{
  g_simple_action_set_state (action, g_variant_new_boolean (FALSE));
}

static void
open_presentation (GSimpleAction *action,
                   Presenter     *presenter)
{
  GtkWindow *window = GTK_WINDOW (atlas_presentation_window_new (presenter->state));
  AtlasPresentationWindow *self = ATLAS_PRESENTATION_WINDOW (window);
  GdkMonitor *monitor = choose_monitor (presenter->parent, self->settings);

  g_set_weak_pointer (&presenter->window, self);
  gtk_window_set_application (window, gtk_window_get_application (presenter->parent));
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_presentation_destroyed), action,
                           G_CONNECT_SWAPPED);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (window, monitor);
  else
    /* One screen: a window the clinician can drag to a projector or a
     * monitor plugged in later, and make full screen there with F11. */
    gtk_window_set_default_size (window, 1024, 640);
  gtk_window_present (window);
  /* The clinician keeps the keyboard. */
  gtk_window_present (presenter->parent);
  g_simple_action_set_state (action, g_variant_new_boolean (TRUE));
}

static void
present_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  Presenter *presenter = data;

  if (presenter->window != NULL)
    {
      gtk_window_close (GTK_WINDOW (presenter->window));
      return;
    }
  if (presenter->parent != NULL)
    open_presentation (action, presenter);
}

GAction *
atlas_presentation_window_create_action (GtkWindow              *parent,
                                         AtlasPresentationState *state)
{
  GSimpleAction *action;
  Presenter *presenter;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_STATE (state), NULL);

  presenter = g_new0 (Presenter, 1);
  g_set_weak_pointer (&presenter->parent, parent);
  presenter->state = g_object_ref (state);

  action = g_simple_action_new_stateful ("present", NULL, g_variant_new_boolean (FALSE));
  g_signal_connect_data (action, "activate", G_CALLBACK (present_activated), presenter,
                         presenter_free, 0);
  g_object_set_data (G_OBJECT (action), "atlas-presenter", presenter);
  return G_ACTION (action);
}

AtlasPresentationWindow *
atlas_presentation_window_from_action (GAction *action)
{
  Presenter *presenter = g_object_get_data (G_OBJECT (action), "atlas-presenter");

  return presenter != NULL ? presenter->window : NULL;
}
