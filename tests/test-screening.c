/* test-screening.c: the <screening> section, its validation, the rules that
 * flag sites, and search finding screening items.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "atlas-screening.h"
#include "atlas-search.h"
#include "atlas-test-util.h"

static GFile *
fixture_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "screening", "atlas.xml",
                                                 NULL);

  return g_file_new_for_path (path);
}

static AtlasDatabase *
fixture (void)
{
  g_autoptr (GFile) file = fixture_file ();
  g_autoptr (GError) error = NULL;
  AtlasDatabase *db = atlas_database_load (file, &error);

  g_assert_no_error (error);
  return db;
}

static void
remove_copy (gpointer data)
{
  g_autofree char *dir = data;
  g_autofree char *xml = g_build_filename (dir, "atlas.xml", NULL);
  g_autofree char *svg = g_build_filename (dir, "diagrams", "front.svg", NULL);
  g_autofree char *sub = g_build_filename (dir, "diagrams", NULL);

  g_remove (xml);
  g_remove (svg);
  g_rmdir (sub);
  g_rmdir (dir);
}

/* The fixture with @from replaced by @to in atlas.xml; the line of @marker
 * in the edited file goes to @line. */
static GFile *
edited_fixture (const char *from,
                const char *to,
                const char *marker,
                int        *line)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-screening-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "diagrams", NULL);
  g_autofree char *src_xml = g_test_build_filename (G_TEST_DIST, "data", "screening", "atlas.xml",
                                                    NULL);
  g_autofree char *src_svg = g_test_build_filename (G_TEST_DIST, "data", "screening", "diagrams",
                                                    "front.svg", NULL);
  g_autofree char *xml = NULL, *svg = NULL, *target = NULL;
  g_autoptr (GString) edited = NULL;
  const char *found, *at;

  g_assert_true (g_file_get_contents (src_xml, &xml, NULL, NULL));
  g_assert_true (g_file_get_contents (src_svg, &svg, NULL, NULL));
  found = strstr (xml, from);
  g_assert_nonnull (found);
  edited = g_string_new_len (xml, found - xml);
  g_string_append (edited, to);
  g_string_append (edited, found + strlen (from));

  *line = 1;
  at = strstr (edited->str, marker);
  g_assert_nonnull (at);
  for (const char *p = edited->str; p < at; p++)
    *line += *p == '\n';

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  target = g_build_filename (dir, "atlas.xml", NULL);
  g_assert_true (g_file_set_contents (target, edited->str, -1, NULL));
  g_free (target);
  target = g_build_filename (sub, "front.svg", NULL);
  g_assert_true (g_file_set_contents (target, svg, -1, NULL));
  g_free (target);

  g_test_queue_destroy (remove_copy, g_strdup (dir));
  target = g_build_filename (dir, "atlas.xml", NULL);
  return g_file_new_for_path (target);
}

static void
test_loads (void)
{
  g_autoptr (AtlasDatabase) db = fixture ();
  GPtrArray *items = atlas_database_get_screening_items (db);
  const AtlasScreeningItem *anticoagulants;
  const AtlasScreeningRule *rule;

  g_assert_cmpuint (items->len, ==, 7);
  anticoagulants = atlas_database_get_screening_item (db, "anticoagulants");
  g_assert_nonnull (anticoagulants);
  g_assert_cmpint (anticoagulants->kind, ==, ATLAS_SCREENING_RELATIVE);
  g_assert_cmpstr (anticoagulants->label, ==, "Anticoagulants");
  g_assert_cmpuint (anticoagulants->rules->len, ==, 2);
  rule = g_ptr_array_index (anticoagulants->rules, 1);
  g_assert_cmpint (rule->affects, ==, ATLAS_AFFECTS_DEPTH);
  g_assert_cmpint (rule->action, ==, ATLAS_ACTION_SHALLOWER);
  g_assert_cmpint (rule->deeper_than_mm, ==, 40);
  g_assert_nonnull (atlas_database_get_limb (db, "upper-limb"));
  g_assert_cmpint (atlas_database_get_screening_item (db, "lesion")->where, ==,
                   ATLAS_WHERE_REGIONS);
}

static void
test_no_section (void)
{
  /* An atlas without the section has no items and nothing blocks. */
  AtlasDatabase *db = atlas_test_mini ();
  g_autoptr (GPtrArray) blocking = atlas_screening_blocking_items (db, NULL);

  g_assert_cmpuint (atlas_database_get_screening_items (db)->len, ==, 0);
  g_assert_cmpuint (blocking->len, ==, 0);
}

/* ---- Rules ---------------------------------------------------------------- */

typedef struct {
  AtlasDatabase *db;
  GHashTable *answers;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->db = fixture ();
  f->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) atlas_screening_answer_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_hash_table_unref (f->answers);
  g_object_unref (f->db);
}

static void
answer (Fixture          *f,
        const char       *id,
        AtlasAnswerValue  value,
        const char       *where)
{
  AtlasScreeningAnswer *a = g_new0 (AtlasScreeningAnswer, 1);

  a->value = value;
  a->where = where != NULL ? g_strsplit (where, ",", -1) : NULL;
  g_hash_table_insert (f->answers, g_strdup (id), a);
}

/* "muscle:side" for every site of the fixture with a flag from @item_id,
 * in muscle order: which sites a rule reaches, and only those. */
static char *
flagged_sites (Fixture    *f,
               const char *item_id)
{
  GListModel *muscles = atlas_database_get_muscles (f->db);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle),
                                                          0);

      for (AtlasSide side = ATLAS_SIDE_LEFT; side <= ATLAS_SIDE_RIGHT; side++)
        {
          g_autoptr (GPtrArray) flags = atlas_screening_flag_site (f->db, f->answers, muscle,
                                                                   point, side);

          for (guint j = 0; j < flags->len; j++)
            {
              const AtlasScreeningFlag *flag = g_ptr_array_index (flags, j);

              if (g_str_equal (flag->item->id, item_id))
                {
                  g_string_append_printf (out, "%s%s:%s", out->len ? "," : "",
                                          atlas_muscle_get_id (muscle),
                                          atlas_side_to_string (side));
                  break;
                }
            }
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
site_flag_text (Fixture    *f,
                const char *muscle_id,
                guint       index)
{
  AtlasMuscle *muscle = atlas_database_get_muscle (f->db, muscle_id);
  const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (muscle), 0);
  g_autoptr (GPtrArray) flags = atlas_screening_flag_site (f->db, f->answers, muscle, point,
                                                           ATLAS_SIDE_RIGHT);

  g_assert_cmpuint (index, <, flags->len);
  return g_strdup (((AtlasScreeningFlag *) g_ptr_array_index (flags, index))->text);
}

static void
test_unanswered_flags_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *sites = NULL;
  g_autoptr (GPtrArray) session = atlas_screening_flag_session (f->db, f->answers);

  answer (f, "anticoagulants", ATLAS_ANSWER_NO, NULL);
  sites = flagged_sites (f, "anticoagulants");
  g_assert_cmpstr (sites, ==, "");
  g_assert_cmpuint (session->len, ==, 0);
}

static void
test_structures_rule (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *anticoagulant_sites = NULL, *lung_sites = NULL, *text = NULL;

  answer (f, "anticoagulants", ATLAS_ANSWER_YES, NULL);
  answer (f, "lung-risk", ATLAS_ANSWER_YES, NULL);

  /* Vessels under the neck muscle; the belly muscle is needled to 60 mm. */
  anticoagulant_sites = flagged_sites (f, "anticoagulants");
  g_assert_cmpstr (anticoagulant_sites, ==,
                   "neck-muscle:left,neck-muscle:right,belly-muscle:left,belly-muscle:right");
  lung_sites = flagged_sites (f, "lung-risk");
  g_assert_cmpstr (lung_sites, ==, "chest-muscle:left,chest-muscle:right");

  text = site_flag_text (f, "neck-muscle", 0);
  g_assert_cmpstr (text, ==, "Anticoagulants: the carotid vessels lie under this site; "
                             "compress for at least 2 minutes or choose another site.");
}

static void
test_depth_rule (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;

  answer (f, "anticoagulants", ATLAS_ANSWER_YES, NULL);
  text = site_flag_text (f, "belly-muscle", 0);
  g_assert_cmpstr (text, ==, "Anticoagulants: this site is needled up to 60 mm deep; "
                             "needle shallower.");
}

static void
test_regions_rule (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sites = NULL;

  answer (f, "pregnancy", ATLAS_ANSWER_YES, NULL);
  /* The neck by region, the belly by the structure beneath. */
  sites = flagged_sites (f, "pregnancy");
  g_assert_cmpstr (sites, ==,
                   "neck-muscle:left,neck-muscle:right,belly-muscle:left,belly-muscle:right");
}

static void
test_limb_rule (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sites = NULL;

  answer (f, "lymphoedema", ATLAS_ANSWER_YES, "upper-limb:left");
  sites = flagged_sites (f, "lymphoedema");
  g_assert_cmpstr (sites, ==, "arm-muscle:left");
}

static void
test_where_regions_rule (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *sided = NULL, *midline = NULL;

  answer (f, "lesion", ATLAS_ANSWER_YES, "neck:right");
  sided = flagged_sites (f, "lesion");
  g_assert_cmpstr (sided, ==, "neck-muscle:right");

  answer (f, "lesion", ATLAS_ANSWER_YES, "chest");
  midline = flagged_sites (f, "lesion");
  g_assert_cmpstr (midline, ==, "chest-muscle:left,chest-muscle:right");
}

static void
test_session_rules (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr (GPtrArray) before = atlas_screening_blocking_items (f->db, f->answers);
  g_autoptr (GPtrArray) after = NULL, blocked = NULL, session = NULL;
  g_autofree char *sites = NULL;

  /* An absolute whole-session item blocks until it is answered "no". */
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_cmpstr (((AtlasScreeningItem *) g_ptr_array_index (before, 0))->id, ==, "consent");
  answer (f, "consent", ATLAS_ANSWER_NO, NULL);
  after = atlas_screening_blocking_items (f->db, f->answers);
  g_assert_cmpuint (after->len, ==, 0);
  answer (f, "consent", ATLAS_ANSWER_YES, NULL);
  blocked = atlas_screening_blocking_items (f->db, f->answers);
  g_assert_cmpuint (blocked->len, ==, 1);

  /* A relative session rule flags the session, no single site. */
  answer (f, "fainting", ATLAS_ANSWER_YES, NULL);
  session = atlas_screening_flag_session (f->db, f->answers);
  g_assert_cmpuint (session->len, ==, 2);
  g_assert_cmpstr (((AtlasScreeningFlag *) g_ptr_array_index (session, 1))->text, ==,
                   "Fainting: Treat lying down.");
  sites = flagged_sites (f, "fainting");
  g_assert_cmpstr (sites, ==, "");
}

static void
test_check_where (Fixture       *f,
                  gconstpointer  data)
{
  const AtlasScreeningItem *limb = atlas_database_get_screening_item (f->db, "lymphoedema");
  const AtlasScreeningItem *lesion = atlas_database_get_screening_item (f->db, "lesion");
  const AtlasScreeningItem *fainting = atlas_database_get_screening_item (f->db, "fainting");
  const struct { const AtlasScreeningItem *item; const char *entry; const char *message; } bad[] = {
    { limb, "upper-limb", "needs a side" },
    { limb, "tail:left", "no limb has the id “tail”" },
    { limb, "upper-limb:up", "the side must be" },
    { lesion, "neck", "needs a side" },
    { lesion, "chest:left", "takes no side" },
    { lesion, "knee:left", "no region has the id “knee”" },
    { fainting, "neck:left", "does not ask where" },
  };

  g_assert_true (atlas_screening_check_where (f->db, limb, "upper-limb:right", NULL));
  g_assert_true (atlas_screening_check_where (f->db, lesion, "chest", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (atlas_screening_check_where (f->db, bad[i].item, bad[i].entry, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, bad[i].message));
    }
}

/* ---- Validation ------------------------------------------------------------ */

typedef struct {
  const char *path;
  const char *from;
  const char *to;
  const char *marker;
  int code;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "/screening/error/unknown-kind", "id=\"fainting\" kind=\"relative\"",
    "id=\"fainting\" kind=\"maybe\"", "kind=\"maybe\"", ATLAS_DATA_ERROR_INVALID_VALUE,
    "kind=“maybe” is not one of: absolute, relative" },
  { "/screening/error/unknown-action", "action=\"lying-down\"", "action=\"sit-still\"",
    "sit-still", ATLAS_DATA_ERROR_INVALID_VALUE, "action=“sit-still” is not one of" },
  { "/screening/error/unknown-affects", "affects=\"session\" action=\"lying-down\"",
    "affects=\"week\" action=\"lying-down\"", "affects=\"week\"", ATLAS_DATA_ERROR_INVALID_VALUE,
    "affects=“week” is not one of" },
  { "/screening/error/unknown-region", "regions=\"neck\" action", "regions=\"neck,knee\" action",
    "neck,knee", ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown region “knee”" },
  { "/screening/error/unknown-group", "structures=\"lung\"", "structures=\"liver\"",
    "structures=\"liver\"", ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
    "names the structure group “liver”" },
  { "/screening/error/rule-missing-attribute", "affects=\"depth\" deeper-than-mm=\"40\"",
    "affects=\"depth\"", "affects=\"depth\"", ATLAS_DATA_ERROR_INVALID_VALUE,
    "needs deeper-than-mm" },
  { "/screening/error/rule-extra-attribute", "affects=\"session\" action=\"avoid\"",
    "affects=\"session\" regions=\"neck\" action=\"avoid\"", "regions=\"neck\" action=\"avoid\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "needs none" },
  { "/screening/error/bad-depth", "deeper-than-mm=\"40\"", "deeper-than-mm=\"nan\"", "\"nan\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "whole number of millimetres" },
  { "/screening/error/where-without-item-where", "<rule affects=\"session\" action=\"lying-down\">",
    "<rule affects=\"where\" action=\"lying-down\">", "affects=\"where\" action=\"lying-down\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "goes with where=" },
  { "/screening/error/duplicate-item", "<item id=\"fainting\"", "<item id=\"lesion\"",
    "<item id=\"lesion\" kind=\"relative\"", ATLAS_DATA_ERROR_DUPLICATE_ID,
    "duplicate screening item id “lesion”" },
  { "/screening/error/no-rule",
    "<rule affects=\"session\" action=\"lying-down\">Treat lying down.</rule>", "",
    "<item id=\"fainting\"", ATLAS_DATA_ERROR_MISSING_FIELD, "has no <rule>" },
  { "/screening/error/no-label", "<label>Fainting</label>", "", "<item id=\"fainting\"",
    ATLAS_DATA_ERROR_MISSING_FIELD, "needs a <name> and a <label>" },
  { "/screening/error/empty-rule", ">Treat lying down.</rule>", "> </rule>", "> </rule>",
    ATLAS_DATA_ERROR_MISSING_FIELD, "<rule> is empty" },
  { "/screening/error/unexpected-element", "<label>Fainting</label>", "<hint>Fainting</hint>",
    "<hint>", ATLAS_DATA_ERROR_FORMAT, "unexpected element <hint> inside <item>" },
  { "/screening/error/twice", "  </screening>", "  </screening>\n  <screening/>",
    "<screening/>", ATLAS_DATA_ERROR_DUPLICATE_ID, "<screening> is given twice" },
  { "/screening/error/limb-unknown-region", "regions=\"arm\"><name>Arm",
    "regions=\"wing\"><name>Arm", "regions=\"wing\"", ATLAS_DATA_ERROR_UNKNOWN_REFERENCE,
    "limb “upper-limb” names unknown region “wing”" },
  { "/screening/error/structure-no-name", "<name>the peritoneum</name>", "",
    "<structure id=\"bowel\"", ATLAS_DATA_ERROR_MISSING_FIELD, "structure “bowel” has no <name>" },
};

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  int line = 0;
  g_autoptr (GFile) file = edited_fixture (c->from, c->to, c->marker, &line);
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);
  g_autofree char *expected_prefix = g_strdup_printf ("atlas.xml:%d: ", line);

  g_assert_null (db);
  g_assert_error (error, ATLAS_DATA_ERROR, c->code);
  if (strstr (error->message, expected_prefix) == NULL || strstr (error->message,
                                                                  c->message) == NULL)
    g_error ("expected “%s…%s”, got “%s”", expected_prefix, c->message, error->message);
}

/* ---- The bundled atlas ------------------------------------------------------ */

static void
test_bundled_items (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  const char *const absolute[] = { "no-consent", "skin-lesion", "bleeding-disorder", "pregnancy",
                                   "lymphoedema", "cancer-at-site", "acute-emergency" };
  const char *const relative[] = { "anticoagulants", "diabetes", "cancer-elsewhere",
                                   "immunocompromise", "vasovagal", "electronic-device",
                                   "breast-implants", "bloodborne", "lung-risk" };

  for (guint i = 0; i < G_N_ELEMENTS (absolute); i++)
    g_assert_cmpint (atlas_database_get_screening_item (db, absolute[i])->kind, ==,
                     ATLAS_SCREENING_ABSOLUTE);
  for (guint i = 0; i < G_N_ELEMENTS (relative); i++)
    g_assert_cmpint (atlas_database_get_screening_item (db, relative[i])->kind, ==,
                     ATLAS_SCREENING_RELATIVE);
}

static void
test_bundled_popliteal (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  g_autoptr (GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  AtlasScreeningAnswer yes = { ATLAS_ANSWER_YES, NULL };
  AtlasMuscle *popliteus = atlas_database_get_muscle (db, "popliteus");
  g_autoptr (GPtrArray) flags = NULL;
  gboolean found = FALSE;

  g_hash_table_insert (answers, "anticoagulants", &yes);
  flags = atlas_screening_flag_site (db, answers, popliteus,
                                     g_ptr_array_index (atlas_muscle_get_trigger_points (popliteus),
                                                        0),
                                     ATLAS_SIDE_LEFT);
  for (guint i = 0; i < flags->len; i++)
    found |= g_str_equal (((AtlasScreeningFlag *) g_ptr_array_index (flags, i))->text,
                          "Anticoagulants: the popliteal vessels lie under this site; compress "
                          "for at least 2 minutes or choose another site.");
  g_assert_true (found);
}

static void
test_bundled_thorax_flags (void)
{
  /* Every muscle whose safety notes warn of the lung is reached by the
   * lung-risk rule: the data's structure terms must not miss one. */
  AtlasDatabase *db = atlas_test_bundled ();
  GListModel *muscles = atlas_database_get_muscles (db);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr (AtlasMuscle) muscle = g_list_model_get_item (muscles, i);
      g_autoptr (GPtrArray) structures = atlas_screening_site_structures (db, muscle);
      GPtrArray *notes = atlas_muscle_get_safety_notes (muscle);
      gboolean mentions_lung = FALSE, has_lung = FALSE;

      for (guint j = 0; j < notes->len; j++)
        mentions_lung |= strstr (((AtlasSafetyNote *) g_ptr_array_index (notes, j))->hazard,
                                 "neumothorax") != NULL;
      for (guint j = 0; j < structures->len; j++)
        has_lung |= g_str_equal (((AtlasScreeningStructure *) g_ptr_array_index (structures,
                                                                                 j))->group,
                                 "lung");
      if (mentions_lung && !has_lung)
        g_error ("%s warns of a pneumothorax but no lung structure matches its notes",
                 atlas_muscle_get_id (muscle));
      n += has_lung;
    }
  g_assert_cmpuint (n, >, 10);
}

static void
test_search (void)
{
  AtlasDatabase *db = atlas_test_bundled ();
  const struct { const char *query; const char *item; } cases[] = {
    { "anticoagulant", "anticoagulants" }, { "warfarin", "anticoagulants" },
    { "pregnancy", "pregnancy" }, { "pacemaker", "electronic-device" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) results = atlas_search (db, cases[i].query);
      gboolean item = FALSE;
      guint muscles = 0;

      for (guint j = 0; j < results->len; j++)
        {
          const AtlasSearchResult *result = g_ptr_array_index (results, j);

          item |= result->kind == ATLAS_SEARCH_SCREENING && g_str_equal (result->id, cases[i].item);
          muscles += result->kind == ATLAS_SEARCH_MUSCLE;
        }
      g_assert_true (item);
      /* The cards whose safety notes mention it. */
      g_assert_cmpuint (muscles, >=, 2);
    }
}

static void
test_search_fixture (void)
{
  /* The neck muscle's notes name the jugular vein, which the fixture's
   * anticoagulant item lists as a mention: "warfarin" finds the muscle. */
  g_autoptr (AtlasDatabase) db = fixture ();
  g_autoptr (GPtrArray) results = atlas_search (db, "warfarin");
  const AtlasSearchResult *first, *second;

  g_assert_cmpuint (results->len, ==, 2);
  first = g_ptr_array_index (results, 0);
  second = g_ptr_array_index (results, 1);
  g_assert_cmpint (first->kind, ==, ATLAS_SEARCH_MUSCLE);
  g_assert_cmpstr (first->id, ==, "neck-muscle");
  g_assert_cmpint (second->kind, ==, ATLAS_SEARCH_SCREENING);
  g_assert_cmpstr (second->id, ==, "anticoagulants");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/screening/loads", test_loads);
  g_test_add_func ("/screening/no-section", test_no_section);
#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/screening/rules/unanswered", test_unanswered_flags_nothing);
  ADD ("/screening/rules/structures", test_structures_rule);
  ADD ("/screening/rules/depth", test_depth_rule);
  ADD ("/screening/rules/regions", test_regions_rule);
  ADD ("/screening/rules/limb", test_limb_rule);
  ADD ("/screening/rules/where-regions", test_where_regions_rule);
  ADD ("/screening/rules/session", test_session_rules);
  ADD ("/screening/rules/check-where", test_check_where);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    g_test_add_data_func (error_cases[i].path, &error_cases[i], test_error_case);
  g_test_add_func ("/screening/bundled/items", test_bundled_items);
  g_test_add_func ("/screening/bundled/popliteal", test_bundled_popliteal);
  g_test_add_func ("/screening/bundled/thorax", test_bundled_thorax_flags);
  g_test_add_func ("/screening/search", test_search);
  g_test_add_func ("/screening/search-fixture", test_search_fixture);

  return g_test_run ();
}
