/* atlas-cli.h: the command-line queries, which need no display.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "atlas-database.h"

G_BEGIN_DECLS

typedef struct {
  gboolean list;
  gboolean regions;
  gboolean conditions;
  char *muscle;       /* muscle id, or NULL */
  char *condition;    /* condition id, or NULL */
  char *where_it_hurts; /* "REGION[:SIDE],...", or NULL */
  char *search;       /* a search query, or NULL */
  char *data_file;    /* an alternative data file, or NULL for the bundled one */
} AtlasCliRequest;

/* Bounds on the arguments, in bytes: far beyond any real id, list or query, and
 * small enough that a message can quote them. */
#define ATLAS_CLI_MAX_ID 128
#define ATLAS_CLI_MAX_QUERY 1024
#define ATLAS_CLI_MAX_REGION_LIST 4096
#define ATLAS_CLI_MAX_PATH 4096

/* Checks every argument of @request before anything is loaded: ids are ids,
 * text is valid UTF-8, nothing is empty or longer than its bound. Returns 0, or
 * 2 with a message on @err. The strings may hold any bytes: they come from
 * the command line unconverted. */
int      atlas_cli_check        (const AtlasCliRequest *request,
                                 GString               *err);

/* Whether @request asks for any command-line query at all. */
gboolean atlas_cli_wants_output (const AtlasCliRequest *request);

/* Runs the query (after atlas_cli_check()). Output goes to @out and messages to @err; returns the
 * exit status (0 success, 1 the data did not load, 2 a bad argument). */
int      atlas_cli_run          (const AtlasCliRequest *request,
                                 GString               *out,
                                 GString               *err);

G_END_DECLS
