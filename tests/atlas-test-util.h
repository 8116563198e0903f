/* atlas-test-util.h: fixtures shared by the core tests. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#include "atlas-database.h"

/* The mini atlas in tests/data/mini. */
GFile         *atlas_test_fixture  (void);
/* The mini atlas and the bundled one, loaded once per test program; the test
 * fails if they do not load. Owned by the util. */
AtlasDatabase *atlas_test_mini     (void);
AtlasDatabase *atlas_test_bundled  (void);

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

/* Runs the trigger-atlas executable named by $TRIGGER_ATLAS with @args
 * (NULL-terminated), without a display, and returns its exit status; its
 * output and messages go to @out and @err (either may be NULL). */
int     atlas_test_run_cli         (const char * const *args,
                                    char              **out,
                                    char              **err);

G_END_DECLS
