/* atlas-search.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The texts are folded (lower case, no accents) and split into words once per
 * database, in an index kept on the database object: a search while typing
 * then only compares. The atlas has a few hundred names, so a linear scan is
 * fast enough and keeps the ranking easy to follow.
 */

#include "config.h"

#include <string.h>

#include "atlas-screening.h"
#include "atlas-search.h"
#include "atlas-text.h"

/* Longer query words are not checked for typos: no name in the atlas has a
 * word that long, and the distance table stays on the stack. */
#define MAX_TYPO_WORD 32
/* The most typos any word is forgiven (max_typos ()). */
#define MAX_TYPOS 2

typedef struct {
  gunichar *chars; /* zero-terminated */
  glong len;
} Word;

typedef struct {
  const char *text;   /* as shown, borrowed from the database */
  const char *folded; /* in the index's texts */
  GArray *words;      /* Word */
} Key;

typedef struct {
  AtlasSearchKind kind;
  const char *id;
  const char *name;
  gpointer item;
  guint first_key; /* in the index's keys; the first is the name */
  guint n_keys;
} Entry;

/* A search reads every key: the keys in one array and their folded texts
 * side by side keep that scan in step with the atlas's size, where texts
 * scattered over the heap made ten times the muscles cost twenty times as
 * much. */
typedef struct {
  GArray *entries; /* Entry, in kind order, then data-file order */
  GArray *keys;    /* Key, entry by entry */
  GStringChunk *texts;
} Index;

typedef struct {
  char *folded;
  char **words;
  Word *chars;
  guint *max_typos;
  guint n_words;
} Query;

/* The public result first, so that a Result* is an AtlasSearchResult*. */
typedef struct {
  AtlasSearchResult result;
  guint rank;
  guint typos;
  guint order;
} Result;

const char *
atlas_search_kind_to_string (AtlasSearchKind kind)
{
  static const char *const names[] = { "muscle", "condition", "region", "page", "screening" };

  g_return_val_if_fail (kind <= ATLAS_SEARCH_SCREENING, NULL);
  return names[kind];
}

/* ---- The index --------------------------------------------------------- */

static void
key_clear (Key *key)
{
  for (guint i = 0; i < key->words->len; i++)
    g_free (g_array_index (key->words, Word, i).chars);
  g_array_unref (key->words);
}

static void
index_free (Index *index)
{
  g_array_unref (index->entries);
  g_array_unref (index->keys);
  g_string_chunk_free (index->texts);
  g_free (index);
}

static const Key *
entry_key (const Index *index,
           const Entry *entry,
           guint        k)
{
  return &g_array_index (index->keys, Key, entry->first_key + k);
}

/* Words are runs of letters and digits: "Outer elbow pain (tennis elbow)" has
 * five. */
static GArray *
split_words (const char *folded)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          Word word;

          word.chars = g_utf8_to_ucs4_fast (start, p - start, &word.len);
          g_array_append_val (words, word);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }

  return words;
}

static Entry *
add_entry (Index           *index,
           AtlasSearchKind  kind,
           const char      *id,
           const char      *name,
           gpointer         item)
{
  Entry entry = { kind, id, name, item, index->keys->len, 0 };

  g_array_append_val (index->entries, entry);
  return &g_array_index (index->entries, Entry, index->entries->len - 1);
}

/* A key of the entry added last. */
static void
add_key (Index      *index,
         Entry      *entry,
         const char *text)
{
  g_autofree char *folded = NULL;
  Key key;

  if (text == NULL)
    return;

  folded = atlas_text_fold (text);
  key.text = text;
  key.folded = g_string_chunk_insert (index->texts, folded);
  key.words = split_words (key.folded);
  g_array_append_val (index->keys, key);
  entry->n_keys++;
}

static void
add_keys (Index     *index,
          Entry     *entry,
          GPtrArray *texts)
{
  for (guint i = 0; i < texts->len; i++)
    add_key (index, entry, g_ptr_array_index (texts, i));
}

/* A safety note or page that mentions a screening item ("anticoagulants") is
 * found by the item's names too ("warfarin"). */
static void
add_screening_keys (AtlasDatabase *db,
                    Index         *index,
                    Entry         *entry,
                    const char    *text)
{
  g_autoptr (GPtrArray) items = atlas_screening_items_mentioned (db, text);

  for (guint i = 0; i < items->len; i++)
    {
      AtlasScreeningItem *item = g_ptr_array_index (items, i);

      add_key (index, entry, item->label);
      add_keys (index, entry, item->synonyms);
    }
}

static char *
muscle_safety_text (AtlasMuscle *muscle)
{
  GPtrArray *notes = atlas_muscle_get_safety_notes (muscle);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      const AtlasSafetyNote *note = g_ptr_array_index (notes, i);

      g_string_append_printf (text, "%s\n%s\n%s\n", note->structures, note->hazard, note->avoid);
    }
  return g_string_free (text, FALSE);
}

static Index *
build_index (AtlasDatabase *db)
{
  GListModel *muscles = atlas_database_get_muscles (db);
  GPtrArray *conditions = atlas_database_get_conditions (db);
  GPtrArray *regions = atlas_database_get_regions (db);
  GPtrArray *topics = atlas_database_get_topics (db);
  Index *index = g_new0 (Index, 1);

  index->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  index->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_array_set_clear_func (index->keys, (GDestroyNotify) key_clear);
  index->texts = g_string_chunk_new (64 * 1024);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      /* The database keeps the muscle alive as long as the index. */
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      Entry *entry = add_entry (index, ATLAS_SEARCH_MUSCLE, atlas_muscle_get_id (muscle),
                                atlas_muscle_get_name (muscle), muscle);

      add_key (index, entry, atlas_muscle_get_name (muscle));
      add_key (index, entry, atlas_muscle_get_latin (muscle));
      add_keys (index, entry, atlas_muscle_get_synonyms (muscle));
      {
        g_autofree char *safety = muscle_safety_text (muscle);

        add_screening_keys (db, index, entry, safety);
      }
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      AtlasCondition *condition = g_ptr_array_index (conditions, i);
      Entry *entry = add_entry (index, ATLAS_SEARCH_CONDITION, condition->id, condition->name,
                                condition);

      add_key (index, entry, condition->name);
      add_keys (index, entry, condition->synonyms);
    }

  for (guint i = 0; i < regions->len; i++)
    {
      AtlasRegion *region = g_ptr_array_index (regions, i);
      Entry *entry = add_entry (index, ATLAS_SEARCH_REGION, region->id, region->name, region);

      add_key (index, entry, region->name);
      add_key (index, entry, region->clinical_name);
    }

  for (guint i = 0; i < topics->len; i++)
    {
      AtlasTopic *topic = g_ptr_array_index (topics, i);

      Entry *entry = add_entry (index, ATLAS_SEARCH_PAGE, topic->id, topic->name, topic);
      g_autoptr (GString) body = g_string_new (NULL);

      for (guint j = 0; j < topic->paragraphs->len; j++)
        g_string_append_printf (body, "%s\n", (char *) g_ptr_array_index (topic->paragraphs, j));

      add_key (index, entry, topic->name);
      add_screening_keys (db, index, entry, body->str);
    }

  for (guint i = 0; i < atlas_database_get_screening_items (db)->len; i++)
    {
      AtlasScreeningItem *item = g_ptr_array_index (atlas_database_get_screening_items (db), i);
      Entry *entry = add_entry (index, ATLAS_SEARCH_SCREENING, item->id, item->name, item);

      add_key (index, entry, item->name);
      add_key (index, entry, item->label);
      add_keys (index, entry, item->synonyms);
    }

  return index;
}

/* Built on the first search and dropped with the database. */
static Index *
get_index (AtlasDatabase *db)
{
  return atlas_database_get_derived (db, "atlas-search-index",
                                     (AtlasDatabaseDeriveFunc) build_index,
                                     (GDestroyNotify) index_free);
}

/* ---- Matching ---------------------------------------------------------- */

static guint
typo_distance (const gunichar *q,
               glong           m,
               const gunichar *w,
               glong           n,
               guint           max)
{
  guint d[MAX_TYPO_WORD + 1][MAX_TYPO_WORD + MAX_TYPOS + 1];
  guint best;

  max = MIN (max, MAX_TYPOS);
  best = max + 1;
  if (m > MAX_TYPO_WORD || n + (glong) max < m)
    return max + 1;
  /* Only the starts of @w within @max of @q's length can be close enough. */
  n = MIN (n, m + (glong) max);

  for (glong i = 0; i <= m; i++)
    d[i][0] = i;
  for (glong j = 0; j <= n; j++)
    d[0][j] = j;

  for (glong i = 1; i <= m; i++)
    for (glong j = 1; j <= n; j++)
      {
        guint cost = q[i - 1] == w[j - 1] ? 0 : 1;
        guint value = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);

        /* Two neighbouring letters swapped count as one typo, not two:
         * "trapezuis". */
        if (i > 1 && j > 1 && q[i - 1] == w[j - 2] && q[i - 2] == w[j - 1])
          value = MIN (value, d[i - 2][j - 2] + 1);
        d[i][j] = value;
      }

  for (glong j = MAX (0, m - (glong) max); j <= n; j++)
    best = MIN (best, d[m][j]);
  return best;
}

guint
atlas_search_typo_distance (const char *word,
                            const char *text,
                            guint       max)
{
  g_autofree gunichar *q = NULL;
  g_autofree gunichar *w = NULL;
  glong m, n;

  g_return_val_if_fail (word != NULL && text != NULL, max + 1);

  q = g_utf8_to_ucs4_fast (word, -1, &m);
  w = g_utf8_to_ucs4_fast (text, -1, &n);
  return typo_distance (q, m, w, n, max);
}


static gboolean
is_word_start (const char *key,
               const char *at)
{
  /* A byte of a multi-byte character before @at is part of a letter. */
  return at == key || ((guchar) at[-1] < 0x80 && !g_ascii_isalnum (at[-1]));
}

/* Where @word occurs in @key: 0 nowhere, 1 inside a word, 2 at the start of
 * a word. */
static int
word_match (const char *key,
            const char *word)
{
  int best = 0;

  for (const char *at = strstr (key, word); at != NULL; at = strstr (at + 1, word))
    {
      if (is_word_start (key, at))
        return 2;
      best = 1;
    }
  return best;
}

/* How well @key matches @query, or FALSE if it does not. @typos is the number
 * of typos forgiven. */
static gboolean
match_key (const Key   *key,
           const Query *query,
           AtlasMatch  *match,
           guint       *typos)
{
  gboolean all_word_starts = TRUE;

  *typos = 0;
  for (guint i = 0; i < query->n_words; i++)
    {
      const Word *word = &query->chars[i];
      guint max = query->max_typos[i];
      guint best;
      int found = word_match (key->folded, query->words[i]);

      all_word_starts &= found == 2;
      if (found > 0)
        continue;
      if (max == 0)
        return FALSE;

      best = max + 1;
      for (guint k = 0; k < key->words->len && best > 0; k++)
        {
          const Word *candidate = &g_array_index (key->words, Word, k);

          best = MIN (best, typo_distance (word->chars, word->len, candidate->chars,
                                           candidate->len, max));
        }
      if (best > max)
        return FALSE;
      *typos += best;
    }

  if (*typos > 0)
    *match = ATLAS_MATCH_TYPO;
  else if (g_str_has_prefix (key->folded, query->folded))
    *match = ATLAS_MATCH_PREFIX;
  else if (all_word_starts)
    *match = ATLAS_MATCH_WORD_STARTS;
  else
    *match = ATLAS_MATCH_INSIDE;
  return TRUE;
}

/* The entry's best key: a better match first; at the same match, the name
 * before a Latin name or synonym, then fewer typos. */
static Result *
match_entry (const Index *index,
             const Entry *entry,
             const Query *query,
             guint        order)
{
  Result *result = NULL;

  for (guint k = 0; k < entry->n_keys; k++)
    {
      const Key *key = entry_key (index, entry, k);
      AtlasMatch match;
      guint typos, rank;

      if (!match_key (key, query, &match, &typos))
        continue;

      rank = match * 2 + (k == 0 ? 0 : 1);
      if (result != NULL &&
          (rank > result->rank || (rank == result->rank && typos >= result->typos)))
        continue;

      if (result == NULL)
        result = g_new0 (Result, 1);
      result->result.kind = entry->kind;
      result->result.id = entry->id;
      result->result.name = entry->name;
      result->result.item = entry->item;
      result->result.match = match;
      result->result.matched = k == 0 ? NULL : key->text;
      result->rank = rank;
      result->typos = typos;
      result->order = order;
    }

  return result;
}

/* Typos allowed in a query word. Short words have too many neighbours. A word
 * that is in the atlas as typed is taken as meant: "shoulder" must not also
 * find "should", nor "longus" "longissimus". */
static guint
max_typos (const Index *index,
           const char  *text,
           const Word  *word)
{
  if (word->len < 5)
    return 0;

  for (guint k = 0; k < index->keys->len; k++)
    {
      if (word_match (g_array_index (index->keys, Key, k).folded, text) > 0)
        return 0;
    }

  return word->len >= 8 ? 2 : 1;
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const Result *p = *(const Result **) a;
  const Result *q = *(const Result **) b;

  if (p->result.kind != q->result.kind)
    return p->result.kind < q->result.kind ? -1 : 1;
  if (p->rank != q->rank)
    return p->rank < q->rank ? -1 : 1;
  if (p->typos != q->typos)
    return p->typos < q->typos ? -1 : 1;
  return (p->order > q->order) - (p->order < q->order);
}

static void
query_clear (Query *query)
{
  for (guint i = 0; i < query->n_words; i++)
    g_free (query->chars[i].chars);
  g_free (query->chars);
  g_free (query->max_typos);
  g_strfreev (query->words);
  g_free (query->folded);
}

GPtrArray *
atlas_search (AtlasDatabase *db,
              const char    *query_text)
{
  g_autofree char *trimmed = NULL;
  Query query = { 0 };
  GPtrArray *results;
  Index *index;

  g_return_val_if_fail (ATLAS_IS_DATABASE (db), NULL);

  results = g_ptr_array_new_with_free_func (g_free);
  trimmed = atlas_text_collapse_space (query_text != NULL ? query_text : "");
  if (*trimmed == '\0')
    return results;

  query.folded = atlas_text_fold (trimmed);
  query.words = g_strsplit (query.folded, " ", -1);
  query.n_words = g_strv_length (query.words);
  query.chars = g_new0 (Word, query.n_words);
  query.max_typos = g_new0 (guint, query.n_words);
  index = get_index (db);
  for (guint i = 0; i < query.n_words; i++)
    {
      query.chars[i].chars = g_utf8_to_ucs4_fast (query.words[i], -1, &query.chars[i].len);
      query.max_typos[i] = max_typos (index, query.words[i], &query.chars[i]);
    }

  for (guint i = 0; i < index->entries->len; i++)
    {
      Result *result = match_entry (index, &g_array_index (index->entries, Entry, i), &query, i);

      if (result != NULL)
        g_ptr_array_add (results, result);
    }
  g_ptr_array_sort (results, compare_results);

  query_clear (&query);
  return results;
}

GPtrArray *
atlas_database_search (AtlasDatabase *self,
                       const char    *query)
{
  g_autoptr (GPtrArray) found = NULL;
  GPtrArray *results;

  g_return_val_if_fail (ATLAS_IS_DATABASE (self), NULL);

  results = g_ptr_array_new ();
  found = atlas_search (self, query);
  for (guint i = 0; i < found->len; i++)
    {
      const AtlasSearchResult *result = g_ptr_array_index (found, i);

      if (result->kind == ATLAS_SEARCH_MUSCLE)
        g_ptr_array_add (results, result->item);
    }

  return results;
}
