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

G_END_DECLS
