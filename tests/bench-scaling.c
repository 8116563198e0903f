/* bench-scaling.c: how load, search and ranking grow with the atlas.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synthetic atlas copies every muscle nine times under new ids and names
 * and gives each copy its own paths in copies of the diagrams (the same
 * outlines), as the data format requires of a real muscle.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-diagram.h"
#include "atlas-ranking.h"
#include "atlas-search.h"
#include "bench-atlas.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* ---- Where does it hurt ------------------------------------------------ */

/* Microseconds per ranking for 1, 5 and 20 marked regions (medians of
 * batches). */
static void
measure_ranking (AtlasDatabase *db,
                 double         us[3])
{
  GPtrArray *regions = atlas_database_get_regions (db);
  const guint counts[] = { 1, 5, 20 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (AtlasPainArea));
      g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

      /* Spread over the region list, alternating sides. */
      for (guint i = 0; i < counts[c]; i++)
        {
          AtlasPainArea area = {
            g_ptr_array_index (regions, (i * 7) % regions->len),
            i % 2 ? ATLAS_SIDE_LEFT : ATLAS_SIDE_RIGHT,
          };

          g_array_append_val (areas, area);
        }

      for (int batch = 0; batch < 9; batch++)
        {
          const int runs = 60;
          gint64 start = g_get_monotonic_time ();
          double batch_us;

          for (int r = 0; r < runs; r++)
            g_ptr_array_unref (atlas_rank_candidates (db, (AtlasPainArea *) (void *) areas->data,
                                                      areas->len));
          batch_us = (g_get_monotonic_time () - start) / (double) runs;
          g_array_append_val (samples, batch_us);
        }
      us[c] = bench_median (samples);
    }
}

/* ---- Search ------------------------------------------------------------ */

/* A correctly spelled word, a word being typed, two typos to forgive, and
 * a word found nowhere (the worst case: every word is checked for typos). */
static const char *queries[] = { "trapezius", "glut", "trapezuis", "gastrcnemus", "xylophone" };

/* Microseconds per search for each query; the index is built already. */
static void
measure_search (AtlasDatabase *db,
                double         us[G_N_ELEMENTS (queries)],
                guint          found[G_N_ELEMENTS (queries)])
{
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

      /* Medians of batches: one busy moment of the shared machine moves a
       * batch, not the figure. */
      for (int batch = 0; batch < 9; batch++)
        {
          const int runs = 40;
          gint64 start = g_get_monotonic_time ();
          double batch_us;

          for (int r = 0; r < runs; r++)
            {
              GPtrArray *results = atlas_search (db, queries[q]);

              found[q] = results->len;
              g_ptr_array_unref (results);
            }
          batch_us = (g_get_monotonic_time () - start) / (double) runs;
          g_array_append_val (samples, batch_us);
        }
      us[q] = bench_median (samples);
    }
}

/* ---- Scaling: the bundled atlas against one with ten times its muscles -- */

static GBytes *
bundled_file (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/", name, NULL);
  g_autoptr (GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, 0, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Every <muscle> gets @copies copies with new ids and names; every diagram
 * path of a muscle gets the copies' paths right after it, with the same
 * outline (DATA-FORMAT.md: one path per instance, MUSCLE-left/-right). */
static char *
write_synthetic_atlas (AtlasDatabase *db,
                       int            copies)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("trigger-atlas-bench-XXXXXX", &error);
  g_autoptr (GBytes) xml_bytes = bundled_file ("atlas.xml");
  g_autofree char *xml = g_strndup (g_bytes_get_data (xml_bytes, NULL),
                                    g_bytes_get_size (xml_bytes));
  g_autoptr (GRegex) muscle_re = g_regex_new ("<muscle id=\"([a-z0-9-]+)\"[^>]*>.*?</muscle>",
                                              G_REGEX_DOTALL, 0, NULL);
  g_autoptr (GRegex) name_re = g_regex_new ("<name>([^<]*)</name>", 0, 0, NULL);
  g_autoptr (GRegex) path_re = g_regex_new ("<path id=\"([a-z0-9-]+)-(left|right)\"([^>]*)>",
                                            0, 0, NULL);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GMatchInfo) match = NULL;
  GPtrArray *views = atlas_database_get_views (db);
  g_autofree char *diagrams = NULL;
  g_autofree char *atlas = NULL;
  gint end = 0;

  g_assert_no_error (error);
  g_regex_match (muscle_re, xml, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *block = g_match_info_fetch (match, 0);
      g_autofree char *id = g_match_info_fetch (match, 1);
      gint start;

      g_match_info_fetch_pos (match, 0, &start, NULL);
      g_string_append_len (out, xml + end, start - end);
      g_string_append (out, block);
      for (int k = 1; k < copies; k++)
        {
          g_autofree char *old_tag = g_strdup_printf ("<muscle id=\"%s\"", id);
          g_autofree char *new_tag = g_strdup_printf ("<muscle id=\"%s-copy%d\"", id, k);
          g_autofree char *renamed = NULL;
          g_autofree char *name = NULL;
          g_autofree char *new_name = NULL;
          g_autoptr (GMatchInfo) name_match = NULL;

          g_string_append_c (out, '\n');
          /* New id in the opening tag; the copy's name adds its number. */
          renamed = g_strconcat (new_tag, block + strlen (old_tag), NULL);
          g_regex_match (name_re, renamed, 0, &name_match);
          g_assert_true (g_match_info_matches (name_match));
          name = g_match_info_fetch (name_match, 1);
          new_name = g_strdup_printf ("<name>%s variant %d</name>", name, k);
          {
            gint ns, ne;

            g_match_info_fetch_pos (name_match, 0, &ns, &ne);
            g_string_append_len (out, renamed, ns);
            g_string_append (out, new_name);
            g_string_append (out, renamed + ne);
          }
        }
      g_match_info_fetch_pos (match, 0, NULL, &end);
      g_match_info_next (match, NULL);
    }
  g_string_append (out, xml + end);
  atlas = g_build_filename (dir, "atlas.xml", NULL);
  g_file_set_contents (atlas, out->str, out->len, &error);
  g_assert_no_error (error);

  diagrams = g_build_filename (dir, "diagrams", NULL);
  g_mkdir (diagrams, 0700);
  for (guint v = 0; v < views->len; v++)
    {
      const AtlasView *view = g_ptr_array_index (views, v);
      g_autofree char *name = g_strdup_printf ("diagrams/%s.svg", view->id);
      g_autoptr (GBytes) svg_bytes = bundled_file (name);
      g_autofree char *svg = g_strndup (g_bytes_get_data (svg_bytes, NULL),
                                        g_bytes_get_size (svg_bytes));
      g_autoptr (GString) svg_out = g_string_new (NULL);
      g_autoptr (GMatchInfo) path_match = NULL;
      g_autofree char *target = g_build_filename (dir, name, NULL);
      gint svg_end = 0;

      g_regex_match (path_re, svg, 0, &path_match);
      while (g_match_info_matches (path_match))
        {
          g_autofree char *shape = g_match_info_fetch (path_match, 1);
          g_autofree char *side = g_match_info_fetch (path_match, 2);
          g_autofree char *rest = g_match_info_fetch (path_match, 3);
          gint ps, pe;

          g_match_info_fetch_pos (path_match, 0, &ps, &pe);
          g_string_append_len (svg_out, svg + svg_end, pe - svg_end);
          svg_end = pe;
          if (atlas_database_get_muscle (db, shape) != NULL)
            for (int k = 1; k < copies; k++)
              g_string_append_printf (svg_out, "\n<path id=\"%s-copy%d-%s\"%s>", shape, k,
                                      side, rest);
          g_match_info_next (path_match, NULL);
        }
      g_string_append (svg_out, svg + svg_end);
      g_file_set_contents (target, svg_out->str, svg_out->len, &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&atlas);
}

static void
remove_tree (GFile *file)
{
  g_autoptr (GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr (GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

typedef struct {
  const char *label;
  guint muscles;
  double load_ms;
  double index_us;
  double search_us[G_N_ELEMENTS (queries)];
  guint found[G_N_ELEMENTS (queries)];
  double rank_us[3];
} Scale;

static AtlasDatabase *
measure_scale (Scale      *scale,
               const char *label,
               GFile      *file)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) index_samples = g_array_new (FALSE, FALSE, sizeof (double));
  AtlasDatabase *db = NULL;

  for (int i = 0; i < 7; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms, us;

      g_clear_object (&db);
      db = file != NULL ? atlas_database_load (file, &error) : atlas_database_load_bundled (&error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (samples, ms);

      /* The first search builds the index (folding and splitting every name). */
      start = g_get_monotonic_time ();
      g_ptr_array_unref (atlas_search (db, "trapezius"));
      us = g_get_monotonic_time () - start;
      g_array_append_val (index_samples, us);
    }

  scale->label = label;
  scale->muscles = g_list_model_get_n_items (atlas_database_get_muscles (db));
  scale->load_ms = bench_median (samples);
  scale->index_us = bench_median (index_samples);
  measure_search (db, scale->search_us, scale->found);
  measure_ranking (db, scale->rank_us);
  return db;
}

void
bench_scaling (AtlasDatabase *bundled)
{
  g_autofree char *path = write_synthetic_atlas (bundled, 10);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) dir = g_file_get_parent (file);
  g_autoptr (AtlasDatabase) small = NULL;
  g_autoptr (AtlasDatabase) large = NULL;
  Scale s[2];
  const char *rank_labels[] = { "ranking, 1 region", "ranking, 5 regions", "ranking, 20 regions" };

  small = measure_scale (&s[0], "bundled", NULL);
  large = measure_scale (&s[1], "10x muscles", file);
  remove_tree (dir);
  /* A change of the data format that the copying above misses must not pass
   * for a measurement. */
  if (s[1].muscles != 10 * s[0].muscles)
    g_error ("the synthetic atlas has %u muscles, not %u", s[1].muscles, 10 * s[0].muscles);

  g_print ("\nscaling: bundled atlas (%u muscles) against a synthetic one (%u muscles); "
           "ratio %.1f\n", s[0].muscles, s[1].muscles, s[1].muscles / (double) s[0].muscles);
  g_print ("  %-28s %12s %12s %7s\n", "", s[0].label, s[1].label, "ratio");
  g_print ("  %-28s %9.1f ms %9.1f ms %7.1f\n", "data-file load", s[0].load_ms, s[1].load_ms,
           s[1].load_ms / s[0].load_ms);
  g_print ("  %-28s %9.0f µs %9.0f µs %7.1f\n", "search index build", s[0].index_us,
           s[1].index_us, s[1].index_us / s[0].index_us);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *label = g_strdup_printf ("search “%s” (%u/%u found)", queries[q],
                                                s[0].found[q], s[1].found[q]);

      g_print ("  %-28s %9.1f µs %9.1f µs %7.1f\n", label, s[0].search_us[q],
               s[1].search_us[q], s[1].search_us[q] / s[0].search_us[q]);
    }
  for (guint c = 0; c < 3; c++)
    g_print ("  %-28s %9.1f µs %9.1f µs %7.1f\n", rank_labels[c], s[0].rank_us[c],
             s[1].rank_us[c], s[1].rank_us[c] / s[0].rank_us[c]);
}

