/* atlas-test-util.h: fixtures and waits shared by the tests.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#include "atlas-database.h"

/* The mini atlas in tests/data/mini. */
GFile         *atlas_test_fixture  (void);
/* The mini atlas and the bundled one, loaded once per test program; the test
 * fails if they do not load. Owned by the util. */
AtlasDatabase *atlas_test_mini     (void);
AtlasDatabase *atlas_test_bundled  (void);
/* tests/data/cases: a small atlas built so that each case the GTK and painter
 * tests need is there by construction (see its atlas.xml). */
AtlasDatabase *atlas_test_cases    (void);

/* A copy of the mini atlas in a fresh temporary folder, with the first
 * occurrence of @from in atlas.xml replaced by @to (which must occur). The
 * line of @marker in the edited file (or 0) goes to @line. */
GFile *atlas_test_edited_fixture   (const char *from,
                                    const char *to,
                                    const char *marker,
                                    int        *line);

/* Same, but edits the diagram instead of the data file. */
GFile *atlas_test_edited_diagram   (const char *from,
                                    const char *to,
                                    const char *marker,
                                    int        *line);

/* Same, for the one-sided view's diagram. */
GFile *atlas_test_edited_side_diagram (const char *from,
                                       const char *to);

/* "region:side,region,..." as an array of AtlasPainArea, as the command line
 * reads it (a sided region without a side is both sides); the test fails on a
 * bad item. */
GArray *atlas_test_pain_areas      (AtlasDatabase *db,
                                    const char    *list);

/* A point of @view, in document units, where @shape is the topmost region
 * shape; the test fails if there is none. */
void atlas_test_region_point (AtlasDatabase   *db,
                              const AtlasView *view,
                              const char      *shape,
                              double          *doc_x,
                              double          *doc_y);

/* Waits for an event, never for a fixed time: the main loop runs until it
 * comes, and the test fails (naming @what) if it has not come in ten seconds,
 * a bound only a hung test reaches. No GTK here, so that the core tests can
 * link this file; a GTK test passes its widgets as the data. */
typedef gboolean (*AtlasTestCondition) (gpointer data);

void atlas_test_wait_until         (AtlasTestCondition condition,
                                    gpointer           data,
                                    const char        *what);

/* The same for an expression: runs the main loop until @cond holds, and
 * fails naming it if it has not in ten seconds. */
typedef struct {
  gboolean timed_out;
  guint    source;
} AtlasTestWait;

void atlas_test_wait_start (AtlasTestWait *wait);
/* One main loop iteration; fails naming @what once the time is up. */
void atlas_test_wait_iterate (AtlasTestWait *wait,
                              const char    *what);
void atlas_test_wait_stop (AtlasTestWait *wait);

#define ATLAS_TEST_WAIT_FOR(cond)              \
  G_STMT_START                                 \
  {                                            \
    AtlasTestWait wait_;                       \
                                               \
    atlas_test_wait_start (&wait_);            \
    while (!(cond))                            \
      atlas_test_wait_iterate (&wait_, #cond); \
    atlas_test_wait_stop (&wait_);             \
  }                                            \
  G_STMT_END

/* Counts emissions of @detailed_signal ("notify::zoom", a frame clock's
 * "after-paint") on @instance from now on: start it before the change that
 * emits the signal, so that a synchronous emission is not missed. The signal
 * must return nothing. */
typedef struct _AtlasTestWatch AtlasTestWatch;

AtlasTestWatch *atlas_test_watch      (gpointer        instance,
                                       const char     *detailed_signal);
/* Runs the main loop until the watched signal has been emitted at least once
 * (at once if it already was), then frees @watch. */
void            atlas_test_watch_wait (AtlasTestWatch *watch);

/* A "notify" handler that counts into the guint @count points to:
 * g_signal_connect (object, "notify::NAME", G_CALLBACK (atlas_test_count_notify), &n). */
void            atlas_test_count_notify (GObject    *object,
                                         GParamSpec *pspec,
                                         guint      *count);

/* Runs the trigger-atlas executable named by $TRIGGER_ATLAS with @args
 * (NULL-terminated), without a display, and returns its exit status; its
 * output and messages go to @out and @err (either may be NULL). */
int     atlas_test_run_cli         (const char * const *args,
                                    char              **out,
                                    char              **err);

/* The ARGB32 pixel at (x, y) of an image surface (premultiplied, alpha in
 * the top byte); the test fails outside the surface. */
guint32 atlas_test_pixel_at (cairo_surface_t *surface,
                             int              x,
                             int              y);

G_END_DECLS
