/* atlas-test-xtest.h: real X input events for the GTK tests under Xvfb.
 *
 * The XTest library is there wherever an X server is; its headers may not
 * be, and three functions are all the tests need: they are loaded at run time.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <X11/Xlib.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct {
  int (*key) (Display      *display,
              unsigned int  keycode,
              Bool          is_press,
              unsigned long delay);
  int (*button) (Display      *display,
                 unsigned int  button,
                 Bool          is_press,
                 unsigned long delay);
  int (*motion) (Display      *display,
                 int           screen,
                 int           x,
                 int           y,
                 unsigned long delay);
} AtlasTestXTest;

/* XTestFakeKeyEvent, XTestFakeButtonEvent and XTestFakeMotionEvent; the test
 * fails if libXtst.so.6 cannot be loaded. */
const AtlasTestXTest *atlas_test_xtest (void);

/* Gives @window the keyboard, as no window manager does under Xvfb, and waits
 * until it is active. */
void atlas_test_xtest_focus (GtkWindow *window);

G_END_DECLS
