/* atlas-cli.h: the command-line queries, which need no display. */
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

/* Whether @request asks for any command-line query at all. */
gboolean atlas_cli_wants_output (const AtlasCliRequest *request);

/* Runs the query. Output goes to @out and messages to @err; returns the exit
 * status (0 success, 1 the data did not load, 2 a bad argument). */
int      atlas_cli_run          (const AtlasCliRequest *request,
                                 GString               *out,
                                 GString               *err);

G_END_DECLS
