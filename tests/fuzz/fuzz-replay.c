/* fuzz-replay.c: runs a fuzz target once on each saved input.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: replay-TARGET FILE|FOLDER...  A folder stands for the files in it
 * (not the dot files), in name order; a folder that does not exist is
 * skipped, since a target may have no saved crashes yet. A crash shows in the
 * test's log after the name of the input that caused it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static int n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize size;

  if (!g_file_get_contents (path, &data, &size, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      exit (1);
    }
  fprintf (stderr, "replay: %s\n", path);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, size);
  n_inputs++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
replay (const char *path)
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        replay_file (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir && (name = g_dir_read_name (dir)))
    {
      if (name[0] != '.')
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    replay_file (g_ptr_array_index (names, i));
}

int
main (int    argc,
      char **argv)
{
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    replay (argv[i]);
  printf ("%d inputs replayed without a crash\n", n_inputs);
  return 0;
}
