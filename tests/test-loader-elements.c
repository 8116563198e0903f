/* test-loader-elements.c: the loader's element table against the files that
 * repeat it: po/its/atlas.its (what translators see) and DATA-FORMAT.md.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "atlas-loader-private.h"

static gboolean
is_prose (const AtlasLoaderElement *row)
{
  return row->text == ATLAS_LOADER_PROSE || row->text == ATLAS_LOADER_NAME;
}

static char *
read_source_file (const char *first,
                  ...)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  char *contents = NULL;
  const char *part;
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) "..");
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **) parts->pdata);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
collect_selector (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  GPtrArray *terms = user_data;
  const char *translate = NULL, *selector = NULL;

  if (g_strcmp0 (element, "its:translateRule") != 0)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_strcmp0 (names[i], "translate") == 0)
        translate = values[i];
      else if (g_strcmp0 (names[i], "selector") == 0)
        selector = values[i];
    }
  if (g_strcmp0 (translate, "yes") == 0 && selector != NULL)
    {
      g_auto (GStrv) split = g_strsplit (selector, "|", -1);

      for (guint i = 0; split[i] != NULL; i++)
        g_ptr_array_add (terms, g_strdup (g_strstrip (split[i])));
    }
}

/* The terms of the ITS rule that makes elements translatable: "//name",
 * "//topic/text". */
static GPtrArray *
translated_terms (void)
{
  static const GMarkupParser parser = { .start_element = collect_selector };
  g_autofree char *its = read_source_file ("po", "its", "atlas.its", NULL);
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);

  context = g_markup_parse_context_new (&parser, 0, terms, NULL);
  g_markup_parse_context_parse (context, its, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (terms->len, >, 0);
  return terms;
}

/* Whether an ITS term selects @row: "//element" anywhere, or
 * "//parent/element". */
static gboolean
term_selects (const char               *term,
              const AtlasLoaderElement *row)
{
  g_autofree char *pair = NULL;

  g_assert_true (g_str_has_prefix (term, "//"));
  if (g_strcmp0 (term + 2, row->element) == 0)
    return TRUE;
  if (row->parent == NULL)
    return FALSE;
  pair = g_strdup_printf ("//%s/%s", row->parent, row->element);
  return g_strcmp0 (term, pair) == 0;
}

static void
test_its_matches_table (void)
{
  g_autoptr (GPtrArray) terms = translated_terms ();
  const AtlasLoaderElement *rows;
  guint n_rows;

  rows = atlas_loader_get_elements (&n_rows);
  g_assert_cmpuint (n_rows, >, 0);

  /* Every prose element is extracted for translators, and nothing else is. */
  for (guint i = 0; i < n_rows; i++)
    {
      gboolean selected = FALSE;

      for (guint j = 0; j < terms->len && !selected; j++)
        selected = term_selects (g_ptr_array_index (terms, j), &rows[i]);
      if (selected != is_prose (&rows[i]))
        g_error ("<%s> inside <%s> is %s in the loader's table but %s in po/its/atlas.its",
                 rows[i].element, rows[i].parent ? rows[i].parent : "(root)",
                 is_prose (&rows[i]) ? "prose" : "not prose",
                 selected ? "translated" : "not translated");
    }

  /* Every term names an element that the table has. */
  for (guint j = 0; j < terms->len; j++)
    {
      const char *term = g_ptr_array_index (terms, j);
      gboolean used = FALSE;

      for (guint i = 0; i < n_rows && !used; i++)
        used = term_selects (term, &rows[i]);
      if (!used)
        g_error ("po/its/atlas.its translates “%s”, which the loader has no element for", term);
    }
}

/* The ITS file gives every <name> its owner's id as context
 * (gt:contextRule selector="//name"): the loader must look names up the same
 * way, and only names. */
static void
test_names_take_context (void)
{
  static const char *const rule =
    "<gt:contextRule selector=\"//name\" contextPointer=\"../@id\"/>";
  g_autofree char *its = read_source_file ("po", "its", "atlas.its", NULL);
  const AtlasLoaderElement *rows;
  guint n_rows;

  g_assert_nonnull (strstr (its, rule));
  rows = atlas_loader_get_elements (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      gboolean is_name = g_strcmp0 (rows[i].element, "name") == 0;

      if (is_name != (rows[i].text == ATLAS_LOADER_NAME))
        g_error ("<%s> inside <%s> is translated %s context", rows[i].element,
                 rows[i].parent ? rows[i].parent : "(root)", is_name ? "without" : "with");
    }
}

static void
test_documented (void)
{
  g_autofree char *doc = read_source_file ("assets", "DATA-FORMAT.md", NULL);
  const AtlasLoaderElement *rows;
  guint n_rows;

  rows = atlas_loader_get_elements (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      static const char *const endings[] = { ">", " ", "/", "\n" };
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (endings) && !found; j++)
        {
          g_autofree char *tag = g_strconcat ("<", rows[i].element, endings[j], NULL);

          found = strstr (doc, tag) != NULL;
        }
      if (!found)
        g_error ("assets/DATA-FORMAT.md never shows <%s>", rows[i].element);
    }
}

/* Each element is found by its place: two rows for one place would leave
 * the second unreachable. */
static void
test_rows_unique (void)
{
  const AtlasLoaderElement *rows;
  guint n_rows;

  rows = atlas_loader_get_elements (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      for (guint j = i + 1; j < n_rows; j++)
        {
          if (g_strcmp0 (rows[i].parent, rows[j].parent) == 0 &&
              g_strcmp0 (rows[i].element, rows[j].element) == 0)
            g_error ("<%s> inside <%s> has two rows", rows[i].element,
                     rows[i].parent ? rows[i].parent : "(root)");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader-elements/its", test_its_matches_table);
  g_test_add_func ("/loader-elements/name-context", test_names_take_context);
  g_test_add_func ("/loader-elements/documented", test_documented);
  g_test_add_func ("/loader-elements/unique", test_rows_unique);

  return g_test_run ();
}
