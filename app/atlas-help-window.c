/* atlas-help-window.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Yelp renders the Mallard pages properly where it is installed; this window
 * is the modest stand-in: headings, paragraphs, lists and key names, with the
 * pages in a sidebar. It reads the same files, so the two never disagree, in
 * the first language of the user's that the manual has (help/LINGUAS), as
 * Yelp does, else in English.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-help-window.h"

#define HELP_RESOURCE_DIR RESOURCE_PREFIX "/help/"

typedef struct {
  char          *id;
  char          *title;
  char          *sort_key;
  GtkTextBuffer *buffer;
} HelpPage;

struct _AtlasHelpWindow
{
  GtkWindow   parent_instance;

  GPtrArray  *pages;
  /* The folder of the pages shown: "de", "es" or "C". */
  char       *language;
  GtkListBox *sidebar;
  GtkTextView *text_view;
};

G_DEFINE_FINAL_TYPE (AtlasHelpWindow, atlas_help_window, GTK_TYPE_WINDOW)

static void
help_page_free (HelpPage *page)
{
  g_free (page->id);
  g_free (page->title);
  g_free (page->sort_key);
  g_clear_object (&page->buffer);
  g_free (page);
}

/* What the parser needs to know of where it is in the page. */
typedef struct {
  HelpPage *page;
  GQueue    tags;          /* names of the text tags open, innermost first */
  int       info_depth;    /* inside <info>: metadata, not shown */
  int       section_depth;
  int       screen_depth;  /* inside <screen>: whitespace is kept */
  gboolean  in_title;
  gboolean  title_is_sort;
  gboolean  need_break;
  gboolean  in_keyseq;
  guint     keys_in_seq;
  const char *prefix;      /* a list item's bullet, written before its text */
  char        number[16];
  guint       step;
  GString  *title_text;
} ParseState;

static void
insert_text (ParseState *state,
             const char *text,
             gssize      length)
{
  GtkTextBuffer *buffer = state->page->buffer;
  GtkTextIter end;
  GList *l;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (state->need_break && gtk_text_buffer_get_char_count (buffer) > 0)
    gtk_text_buffer_insert (buffer, &end, "\n", 1);
  state->need_break = FALSE;
  if (state->prefix != NULL)
    {
      gtk_text_buffer_insert (buffer, &end, state->prefix, -1);
      state->prefix = NULL;
    }

  {
    int start_offset = gtk_text_iter_get_offset (&end);
    GtkTextIter start;

    gtk_text_buffer_insert (buffer, &end, text, length);
    gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
    for (l = state->tags.head; l != NULL; l = l->next)
      gtk_text_buffer_apply_tag_by_name (buffer, l->data, &start, &end);
  }
}

static const char *
block_tag (ParseState *state,
           const char *element,
           const char *parent)
{
  if (g_str_equal (element, "title") && g_strcmp0 (parent, "item") == 0)
    return "strong";
  if (g_str_equal (element, "title"))
    return state->section_depth > 0 ? "subheading" : "heading";
  if (g_str_equal (element, "screen") || g_str_equal (element, "code")
      || g_str_equal (element, "key") || g_str_equal (element, "cmd")
      || g_str_equal (element, "input") || g_str_equal (element, "file")
      || g_str_equal (element, "sys"))
    return "mono";
  if (g_str_equal (element, "em") || g_str_equal (element, "gui")
      || g_str_equal (element, "guiseq"))
    return "strong";
  if (g_str_equal (element, "note"))
    return "note";
  return NULL;
}

static const char *
parent_element (GMarkupParseContext *context)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  return stack != NULL && stack->next != NULL ? stack->next->data : NULL;
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  const char *tag;

  if (g_str_equal (element, "info"))
    state->info_depth++;
  if (g_str_equal (element, "title"))
    {
      const char *type = NULL;

      g_markup_collect_attributes (element, attribute_names, attribute_values, NULL,
                                   G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                   "type", &type, G_MARKUP_COLLECT_INVALID);
      state->in_title = TRUE;
      state->title_is_sort = g_strcmp0 (type, "sort") == 0;
      g_string_truncate (state->title_text, 0);
    }
  if (state->info_depth > 0)
    return;

  if (g_str_equal (element, "section"))
    state->section_depth++;
  if (g_str_equal (element, "keyseq"))
    {
      state->in_keyseq = TRUE;
      state->keys_in_seq = 0;
    }
  if (g_str_equal (element, "key") && state->in_keyseq && state->keys_in_seq++ > 0)
    insert_text (state, "+", 1);

  if (g_str_equal (element, "p") || g_str_equal (element, "title")
      || g_str_equal (element, "screen") || g_str_equal (element, "item"))
    state->need_break = TRUE;
  if (g_str_equal (element, "steps"))
    state->step = 0;
  if (g_str_equal (element, "item") && g_strcmp0 (parent_element (context), "list") == 0)
    state->prefix = "• ";
  if (g_str_equal (element, "item") && g_strcmp0 (parent_element (context), "steps") == 0)
    {
      g_snprintf (state->number, sizeof state->number, "%u. ", ++state->step);
      state->prefix = state->number;
    }

  tag = block_tag (state, element, parent_element (context));
  g_queue_push_head (&state->tags, (gpointer) tag);
  if (tag == NULL)
    g_queue_pop_head (&state->tags);
  if (g_str_equal (element, "screen"))
    state->screen_depth++;
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;

  if (g_str_equal (element, "title"))
    {
      HelpPage *page = state->page;
      g_auto (GStrv) words = g_strsplit_set (g_strstrip (state->title_text->str), " \t\n", -1);

      state->in_title = FALSE;
      g_string_truncate (state->title_text, 0);
      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          g_string_append_printf (state->title_text, "%s%s",
                                  state->title_text->len > 0 ? " " : "", words[i]);
      if (state->title_is_sort && page->sort_key == NULL)
        page->sort_key = g_strdup (state->title_text->str);
      else if (!state->title_is_sort && state->info_depth == 0 && page->title == NULL)
        page->title = g_strdup (state->title_text->str);
    }
  if (g_str_equal (element, "info"))
    {
      state->info_depth--;
      return;
    }
  if (state->info_depth > 0)
    return;

  if (block_tag (state, element, parent_element (context)) != NULL)
    g_queue_pop_head (&state->tags);
  if (g_str_equal (element, "section"))
    state->section_depth--;
  if (g_str_equal (element, "screen"))
    state->screen_depth--;
  if (g_str_equal (element, "keyseq"))
    state->in_keyseq = FALSE;
}

/* Text directly inside these is only the page's indentation. */
static gboolean
is_structural (const char *element)
{
  static const char * const names[] = {
    "page", "section", "list", "steps", "terms", "item", "note", "keyseq", "info", "tree",
    "table", "tr", "td", "links", "media", NULL,
  };

  return element == NULL || g_strv_contains (names, element);
}

static gboolean
at_line_start (ParseState *state)
{
  GtkTextIter end;

  if (state->need_break || state->prefix != NULL)
    return TRUE;
  gtk_text_buffer_get_end_iter (state->page->buffer, &end);
  if (!gtk_text_iter_backward_char (&end))
    return TRUE;
  return gtk_text_iter_get_char (&end) == ' ' || gtk_text_iter_get_char (&end) == '\n';
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;
  g_autoptr (GString) collapsed = g_string_new (NULL);
  gboolean space = FALSE;

  if (state->in_title)
    g_string_append_len (state->title_text, text, length);
  if (state->info_depth > 0)
    return;
  if (state->screen_depth > 0)
    {
      insert_text (state, text, length);
      return;
    }
  if (is_structural (g_markup_parse_context_get_element (context)))
    return;

  /* Outside <screen>, a run of white space is one space, as in HTML. */
  for (gsize i = 0; i < length; i++)
    {
      if (g_ascii_isspace (text[i]))
        {
          space = TRUE;
          continue;
        }
      if (space && (collapsed->len > 0 || !at_line_start (state)))
        g_string_append_c (collapsed, ' ');
      space = FALSE;
      g_string_append_c (collapsed, text[i]);
    }
  if (space && collapsed->len > 0)
    g_string_append_c (collapsed, ' ');
  else if (space && !at_line_start (state))
    g_string_append_c (collapsed, ' ');
  if (collapsed->len > 0)
    insert_text (state, collapsed->str, collapsed->len);
}

static const GMarkupParser page_parser = {
  on_start_element, on_end_element, on_text, NULL, NULL,
};

static GtkTextTagTable *
create_tag_table (void)
{
  GtkTextTagTable *table = gtk_text_tag_table_new ();
  struct { const char *name; double scale; int weight; const char *family; int style; } specs[] = {
    { "heading", 1.6, PANGO_WEIGHT_BOLD, NULL, PANGO_STYLE_NORMAL },
    { "subheading", 1.25, PANGO_WEIGHT_BOLD, NULL, PANGO_STYLE_NORMAL },
    { "mono", 1.0, PANGO_WEIGHT_NORMAL, "monospace", PANGO_STYLE_NORMAL },
    { "strong", 1.0, PANGO_WEIGHT_BOLD, NULL, PANGO_STYLE_NORMAL },
    { "note", 1.0, PANGO_WEIGHT_NORMAL, NULL, PANGO_STYLE_ITALIC },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      GtkTextTag *tag = gtk_text_tag_new (specs[i].name);

      g_object_set (tag, "scale", specs[i].scale, "weight", specs[i].weight,
                    "style", specs[i].style, NULL);
      if (specs[i].family != NULL)
        g_object_set (tag, "family", specs[i].family, NULL);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }
  return table;
}

static HelpPage *
load_page (const char       *language,
           const char       *name,
           GtkTextTagTable  *tags,
           GError          **error)
{
  g_autofree char *path = g_strconcat (HELP_RESOURCE_DIR, language, "/", name, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, error);
  g_autoptr (GMarkupParseContext) context = NULL;
  ParseState state = { 0 };
  HelpPage *page;
  gsize size;
  const char *data;

  if (bytes == NULL)
    return NULL;
  page = g_new0 (HelpPage, 1);
  page->id = g_strndup (name, strlen (name) - strlen (".page"));
  page->buffer = gtk_text_buffer_new (tags);
  state.page = page;
  state.title_text = g_string_new (NULL);
  g_queue_init (&state.tags);

  data = g_bytes_get_data (bytes, &size);
  context = g_markup_parse_context_new (&page_parser, 0, &state, NULL);
  if (!g_markup_parse_context_parse (context, data, size, error)
      || !g_markup_parse_context_end_parse (context, error))
    g_clear_pointer (&page, help_page_free);
  else if (page->title == NULL)
    page->title = g_strdup (page->id);

  g_queue_clear (&state.tags);
  g_string_free (state.title_text, TRUE);
  return page;
}

/* The guide ("index") first, then the pages in their sort titles' order. */
static int
compare_pages (gconstpointer a,
               gconstpointer b)
{
  const HelpPage *pa = *(HelpPage **) a;
  const HelpPage *pb = *(HelpPage **) b;

  if (g_str_equal (pa->id, "index") != g_str_equal (pb->id, "index"))
    return g_str_equal (pa->id, "index") ? -1 : 1;
  return g_strcmp0 (pa->sort_key ? pa->sort_key : pa->id, pb->sort_key ? pb->sort_key : pb->id);
}

/* The user's languages, most wanted first ("de_DE.UTF-8", "de_DE", "de",
 * "C"): the first that has pages is kept in @language, and its page names
 * returned. */
static char **
choose_language (char **language)
{
  const char *const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *dir = g_strconcat (HELP_RESOURCE_DIR, languages[i], "/", NULL);
      g_auto (GStrv) names = g_resources_enumerate_children (dir, 0, NULL);

      if (names != NULL && names[0] != NULL)
        {
          *language = g_strdup (languages[i]);
          return g_steal_pointer (&names);
        }
    }
  *language = g_strdup ("C");
  return g_resources_enumerate_children (HELP_RESOURCE_DIR "C/", 0, NULL);
}

static void
load_pages (AtlasHelpWindow *self)
{
  g_autoptr (GtkTextTagTable) tags = create_tag_table ();
  g_auto (GStrv) names = choose_language (&self->language);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;
      HelpPage *page;

      if (!g_str_has_suffix (names[i], ".page"))
        continue;
      page = load_page (self->language, names[i], tags, &error);
      if (page == NULL)
        g_critical ("help page %s: %s", names[i], error->message);
      else
        g_ptr_array_add (self->pages, page);
    }
  g_ptr_array_sort (self->pages, compare_pages);
}

static void
on_row_selected (AtlasHelpWindow *self,
                 GtkListBoxRow   *row)
{
  HelpPage *page;

  if (row == NULL)
    return;
  page = g_ptr_array_index (self->pages, gtk_list_box_row_get_index (row));
  gtk_text_view_set_buffer (self->text_view, page->buffer);
}

static void
atlas_help_window_dispose (GObject *object)
{
  AtlasHelpWindow *self = ATLAS_HELP_WINDOW (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (atlas_help_window_parent_class)->dispose (object);
}

static void
atlas_help_window_class_init (AtlasHelpWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = atlas_help_window_dispose;
}

static void
atlas_help_window_init (AtlasHelpWindow *self)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side_scroll = gtk_scrolled_window_new ();
  GtkWidget *text_scroll = gtk_scrolled_window_new ();

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) help_page_free);
  load_pages (self);

  gtk_window_set_title (GTK_WINDOW (self), _("Trigger Point Atlas Help"));
  gtk_window_set_titlebar (GTK_WINDOW (self), gtk_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 640);

  self->sidebar = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->sidebar), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Help pages"), -1);
  for (guint i = 0; i < self->pages->len; i++)
    {
      HelpPage *page = g_ptr_array_index (self->pages, i);
      GtkWidget *label = gtk_label_new (page->title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_list_box_append (self->sidebar, label);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side_scroll), GTK_WIDGET (self->sidebar));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side_scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (side_scroll, 220, -1);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, FALSE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (self->text_view, 8);
  g_object_set (self->text_view, "left-margin", 24, "right-margin", 24, "top-margin", 18,
                "bottom-margin", 18, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (text_scroll),
                                 GTK_WIDGET (self->text_view));

  gtk_paned_set_start_child (GTK_PANED (paned), side_scroll);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_end_child (GTK_PANED (paned), text_scroll);
  gtk_window_set_child (GTK_WINDOW (self), paned);

  g_signal_connect_object (self->sidebar, "row-selected", G_CALLBACK (on_row_selected), self,
                           G_CONNECT_SWAPPED);
  if (self->pages->len > 0)
    gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));
}

GtkWidget *
atlas_help_window_new (GtkWindow *parent)
{
  GtkWidget *window = g_object_new (ATLAS_TYPE_HELP_WINDOW, NULL);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (parent));
    }
  return window;
}

guint
atlas_help_window_get_n_pages (AtlasHelpWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), 0);

  return self->pages->len;
}

const char *
atlas_help_window_get_page_id (AtlasHelpWindow *self,
                               guint            index)
{
  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return ((HelpPage *) g_ptr_array_index (self->pages, index))->id;
}

const char *
atlas_help_window_get_page_title (AtlasHelpWindow *self,
                                  guint            index)
{
  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return ((HelpPage *) g_ptr_array_index (self->pages, index))->title;
}

char *
atlas_help_window_dup_page_text (AtlasHelpWindow *self,
                                 guint            index)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  buffer = ((HelpPage *) g_ptr_array_index (self->pages, index))->buffer;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

gboolean
atlas_help_window_show_page (AtlasHelpWindow *self,
                             const char      *id)
{
  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), FALSE);

  for (guint i = 0; i < self->pages->len; i++)
    if (g_str_equal (((HelpPage *) g_ptr_array_index (self->pages, i))->id, id))
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
        return TRUE;
      }
  return FALSE;
}

const char *
atlas_help_window_get_language (AtlasHelpWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_HELP_WINDOW (self), NULL);

  return self->language;
}
