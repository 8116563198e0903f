/* atlas-plan-cli.h: printing a plan from the command line, with no display.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the arguments ask for a plan's handout or clinician sheet (--plan). */
gboolean atlas_plan_cli_wanted (int    argc,
                                char **argv);
/* Runs it; returns the exit status: 0 done, 1 the plan or data file did not
 * load or may not be printed yet, 2 a bad argument. */
int      atlas_plan_cli_run    (int    argc,
                                char **argv);

G_END_DECLS
