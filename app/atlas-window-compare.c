/* atlas-window-compare.c: comparing two muscles in the window.
 *
 * The two patterns on one diagram, the second in a rendition of its own,
 * and the two cards side by side in the side area. Choosing a muscle in any
 * other way, or any other page of the side area, ends the comparison.
 *
 * The side area is given a flap's minimum width (ui/atlas-window.ui), which
 * is one card's; while comparing, it widens to two columns where the window
 * leaves the diagram its own minimum beside them, and follows the window's
 * width (half of it, up to two wide cards). Narrower, the cards stack.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"

/* The side area's and the diagram's minimum widths in ui/atlas-window.ui,
 * the diagram's with room for the separator and the window's frame. */
#define SIDE_MIN_WIDTH     360
#define DIAGRAM_MIN_WIDTH  540
/* Two cards of 52 characters, wider than which lines are hard to follow. */
#define COMPARE_MAX_WIDTH 1100

static void
update_side_width (AtlasWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  int window_width = surface != NULL ? gdk_surface_get_width (surface) : 0;
  int width = SIDE_MIN_WIDTH;

  /* Measuring the hidden cards' rows costs a few milliseconds at start-up
   * and on every resize: only a comparison needs it. */
  if (self->comparing)
    {
      int columns = atlas_compare_panel_get_columns_width (self->compare_panel);

      if (window_width - DIAGRAM_MIN_WIDTH >= columns)
        width = CLAMP (window_width / 2, columns,
                       MAX (columns, MIN (window_width - DIAGRAM_MIN_WIDTH, COMPARE_MAX_WIDTH)));
    }
  gtk_widget_set_size_request (GTK_WIDGET (self->side_stack), width, -1);
}

static void
on_realize (AtlasWindow *self)
{
  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "notify::width",
                           G_CALLBACK (update_side_width), self, G_CONNECT_SWAPPED);
  update_side_width (self);
}

/* The muscle compared with: the one on the card, or the first one of a
 * comparison already shown. */
static AtlasMuscle *
peek_first_muscle (AtlasWindow *self,
                   AtlasSide   *side)
{
  if (self->comparing)
    {
      AtlasMusclePanel *card = atlas_compare_panel_get_card (self->compare_panel, 0);

      *side = atlas_muscle_panel_get_side (card);
      return atlas_muscle_panel_get_muscle (card);
    }
  *side = atlas_body_view_get_selected_side (self->body_view);
  return atlas_body_view_get_selected_muscle (self->body_view);
}

static AtlasMuscle *
first_muscle (AtlasWindow *self,
              AtlasSide   *side)
{
  AtlasMuscle *muscle = peek_first_muscle (self, side);

  return muscle != NULL ? g_object_ref (muscle) : NULL;
}

static void
update_actions (AtlasWindow *self)
{
  AtlasSide side;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with",
                                 peek_first_muscle (self, &side) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-close", self->comparing);
}

/* While picking, the search box says what the muscle chosen will be for. */
static void
set_picking (AtlasWindow *self,
             gboolean     picking)
{
  AtlasSide side;
  AtlasMuscle *first = peek_first_muscle (self, &side);
  g_autofree char *placeholder = NULL;

  if (picking == self->picking_compare)
    return;
  self->picking_compare = picking;
  if (picking && first != NULL)
    /* Translators: the search box's hint while choosing the second muscle. */
    placeholder = g_strdup_printf (_("Compare %s with…"), atlas_muscle_get_name (first));
  else
    placeholder = g_strdup (_("Muscles, conditions, body regions, patient pages"));
  g_object_set (self->search_entry, "placeholder-text", placeholder, NULL);
}

gboolean
_atlas_window_compare_with (AtlasWindow *self,
                            AtlasMuscle *second,
                            AtlasSide    second_side)
{
  const char *ids[] = { NULL, NULL, NULL };
  AtlasSide first_side = ATLAS_SIDE_RIGHT;
  /* Held: clearing the selection below may drop the card's muscle. */
  g_autoptr (AtlasMuscle) first = first_muscle (self, &first_side);

  set_picking (self, FALSE);
  if (first == NULL || first == second)
    return FALSE;

  _atlas_window_close_search (self);
  /* The diagram shows the two patterns alone. */
  atlas_condition_panel_set_show_patterns (self->condition_panel, FALSE);
  atlas_body_view_clear_selection (self->body_view);

  atlas_compare_panel_set_muscles (self->compare_panel, first, first_side, second, second_side);
  ids[0] = atlas_muscle_get_id (first);
  atlas_pattern_overlay_set_muscles (self->pattern_overlay, ids);
  atlas_pattern_overlay_set_second_muscle (self->pattern_overlay, atlas_muscle_get_id (second));
  ids[1] = atlas_muscle_get_id (second);
  _atlas_window_show_view (self,
                           atlas_pattern_overlay_choose_view (self->database, ids,
                                                              _atlas_window_current_view (self)));
  _atlas_window_show_side_page (self, "compare");
  self->comparing = TRUE;
  update_side_width (self);
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->compare_panel));
  return TRUE;
}

/* The diagram without the comparison; the cards are kept until the next
 * one, the side area has moved on. */
static void
end_comparison (AtlasWindow *self)
{
  self->comparing = FALSE;
  update_side_width (self);
  atlas_pattern_overlay_set_second_muscle (self->pattern_overlay, NULL);
  atlas_pattern_overlay_set_muscles (self->pattern_overlay, NULL);
  update_actions (self);
}

static void
leave_comparison (AtlasWindow *self)
{
  AtlasSide side = ATLAS_SIDE_RIGHT;
  g_autoptr (AtlasMuscle) first = first_muscle (self, &side);

  if (!self->comparing)
    return;
  end_comparison (self);
  /* Back to the first muscle's card, as before the comparison. */
  if (first != NULL)
    atlas_window_show_muscle (self, first, side);
  else
    _atlas_window_show_side_page (self, "card");
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static void
on_compare_panel_close (AtlasWindow       *self,
                        AtlasComparePanel *panel)
{
  leave_comparison (self);
}

static void
on_side_page_changed (AtlasWindow *self)
{
  if (self->comparing &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->side_stack), "compare") != 0)
    end_comparison (self);
}

static void
on_search_mode_changed (AtlasWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    set_picking (self, FALSE);
}

/* "muscle" or "muscle:side", as the command line names them. */
static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_auto (GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);
  AtlasMuscle *muscle = atlas_database_get_muscle (self->database, parts[0]);
  AtlasSide side = ATLAS_SIDE_RIGHT;

  if (muscle == NULL)
    {
      g_warning ("No muscle “%s” to compare with", parts[0]);
      return;
    }
  if (parts[1] != NULL && !atlas_side_from_string (parts[1], &side))
    {
      g_warning ("No side “%s” of a muscle (left or right)", parts[1]);
      return;
    }
  _atlas_window_compare_with (self, muscle, side);
}

/* "Compare With…": the next muscle chosen in the search is the second. */
static void
compare_with_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasSide side;

  if (peek_first_muscle (self, &side) == NULL)
    return;
  gtk_widget_activate_action (widget, "win.search", NULL);
  set_picking (self, TRUE);
}

static void
compare_close_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  leave_comparison (ATLAS_WINDOW (widget));
}

void
_atlas_window_class_init_compare (GtkWidgetClass *widget_class)
{
  g_type_ensure (ATLAS_TYPE_COMPARE_PANEL);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, compare_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_panel_close);
  gtk_widget_class_install_action (widget_class, "win.compare", "s", compare_action);
  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL, compare_with_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare-with", NULL);
  gtk_widget_class_install_action (widget_class, "win.compare-close", NULL,
                                   compare_close_action);
  /* Wherever the focus is, as for the pain finder: disabled outside a
   * comparison, so that Escape goes on to the widgets below. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.compare-close",
                                       NULL);
}

void
_atlas_window_init_compare (AtlasWindow *self)
{
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (on_side_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_view, "notify::selected-muscle",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  update_actions (self);
}
