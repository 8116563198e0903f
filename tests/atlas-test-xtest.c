/* atlas-test-xtest.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <gdk/x11/gdkx.h>

#include "atlas-test-util.h"
#include "atlas-test-xtest.h"

const AtlasTestXTest *
atlas_test_xtest (void)
{
  static AtlasTestXTest xtest;
  void                 *library;

  if (xtest.key != NULL)
    return &xtest;

  library = dlopen ("libXtst.so.6", RTLD_NOW);
  if (library == NULL)
    g_error ("libXtst.so.6 is needed for real input events: %s", dlerror ());
  xtest.key = (int (*) (Display *, unsigned int, Bool, unsigned long)) dlsym (
    library, "XTestFakeKeyEvent");
  xtest.button = (int (*) (Display *, unsigned int, Bool, unsigned long)) dlsym (
    library, "XTestFakeButtonEvent");
  xtest.motion = (int (*) (Display *, int, int, int, unsigned long)) dlsym (
    library, "XTestFakeMotionEvent");
  g_assert_true (xtest.key != NULL && xtest.button != NULL && xtest.motion != NULL);
  return &xtest;
}

void
atlas_test_xtest_focus (GtkWindow *window)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));

  XSetInputFocus (display, gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
                  RevertToParent, CurrentTime);
  ATLAS_TEST_WAIT_FOR (gtk_window_is_active (window));
}
