/* fuzz-common.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "atlas-card.h"
#include "atlas-ranking.h"
#include "atlas-search.h"
#include "fuzz-common.h"

static char *folder;

/* A fatal GLib message ends in SIGTRAP, which libFuzzer does not catch, so
 * the input that caused it was not saved: abort() instead, which it catches. */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags   level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
  return 0;
}

static void
remove_folder (void)
{
  g_autofree char *fuzzed = g_build_filename (folder, "atlas.xml", NULL);
  g_autofree char *diagram = g_build_filename (folder, FUZZ_DIAGRAM_NAME, NULL);
  g_autofree char *diagrams = g_build_filename (folder, "diagrams", NULL);

  for (const FuzzFile *f = fuzz_fixed_diagrams; f->name; f++)
    {
      g_autofree char *path = g_build_filename (folder, f->name, NULL);
      g_unlink (path);
    }
  g_unlink (fuzzed);
  g_unlink (diagram);
  g_rmdir (diagrams);
  g_rmdir (folder);
}

static void
write_or_die (const char    *path,
              const uint8_t *data,
              size_t         size)
{
  /* Plain stdio: g_file_set_contents() may fsync, hundreds of times a second. */
  FILE *out = fopen (path, "wb");

  if (out == NULL || (size > 0 && fwrite (data, 1, size, out) != size) || fclose (out) != 0)
    {
      fprintf (stderr, "fuzz: cannot write %s: %s\n", path, g_strerror (errno));
      abort ();
    }
}

static const char *
private_folder (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *diagrams = NULL;

  if (folder)
    return folder;

  folder = g_dir_make_tmp ("atlas-fuzz-XXXXXX", &error);
  if (folder == NULL)
    {
      fprintf (stderr, "fuzz: %s\n", error->message);
      abort ();
    }
  diagrams = g_build_filename (folder, "diagrams", NULL);
  if (g_mkdir (diagrams, 0700) != 0)
    abort ();
  for (const FuzzFile *f = fuzz_fixed_diagrams; f->name; f++)
    {
      g_autofree char *path = g_build_filename (folder, f->name, NULL);
      write_or_die (path, (const uint8_t *) f->data, f->size);
    }
  atexit (remove_folder);
  return folder;
}

GFile *
fuzz_write (const char    *name,
            const uint8_t *data,
            size_t         size)
{
  g_autofree char *path = g_build_filename (private_folder (), name, NULL);

  write_or_die (path, data, size);
  return g_file_new_for_path (path);
}

void
fuzz_check_error (const GError *error)
{
  if (error == NULL || error->message == NULL || *error->message == '\0')
    {
      fprintf (stderr, "fuzz: failed without an error message\n");
      abort ();
    }
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      fprintf (stderr, "fuzz: the error message is not valid UTF-8: %s\n", error->message);
      abort ();
    }
  if (g_getenv ("FUZZ_VERBOSE"))
    fprintf (stderr, "%s\n", error->message);
}

static void
ask (AtlasDatabase *db)
{
  GListModel *muscles = atlas_database_get_muscles (db);
  GPtrArray *regions = atlas_database_get_regions (db);
  guint n_muscles = g_list_model_get_n_items (muscles);
  g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
  g_autoptr (GPtrArray) candidates = NULL;

  for (guint i = 0; i < n_muscles; i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);

      g_free (atlas_card_format (muscle));
      g_ptr_array_unref (atlas_search (db, atlas_muscle_get_name (muscle)));
      atlas_muscle_choose_view (muscle, NULL);
    }

  for (guint i = 0; i < regions->len; i++)
    {
      const AtlasRegion *region = g_ptr_array_index (regions, i);
      AtlasPainArea area = { region, ATLAS_SIDE_RIGHT };

      g_array_append_val (areas, area);
    }
  candidates = atlas_rank_candidates (db, (const AtlasPainArea *) areas->data, areas->len);
}

void
fuzz_load_database (GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);

  if (db == NULL)
    fuzz_check_error (error);
  else
    ask (db);
}
