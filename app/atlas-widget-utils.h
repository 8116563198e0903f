/* atlas-widget-utils.h: small widget chores that several panels share.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Removes every child of @parent the way its type wants (a list box's rows,
 * a box's children, else unparented): GTK 4.8 has no remove_all. */
void atlas_widget_remove_children (GtkWidget *parent);

/* A label for running text: starts at the left, wraps at words (and inside a
 * word longer than the line), with @css_class if not NULL. */
GtkWidget *atlas_wrapped_label_new (const char *text,
                                    const char *css_class);

/* Gives @widget the tooltip @text (NULL for none). GTK 4.8 asks the X server
 * where the pointer is, a round trip, each time a visible widget gets a
 * tooltip, on screen or not; a widget not on screen yet is hidden while it
 * gets it. */
void atlas_widget_set_tooltip_text (GtkWidget  *widget,
                                    const char *text);

G_END_DECLS
