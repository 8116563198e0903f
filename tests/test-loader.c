/* test-loader.c: the data file loader and every class of validation error.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atlas-database.h"
#include "atlas-read.h"
#include "atlas-red-flag.h"
#include "atlas-test-util.h"

static void
test_mini_loads (void)
{
  g_autoptr (GFile) file = atlas_test_fixture ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);
  AtlasMuscle *alpha;
  GPtrArray *notes;
  const AtlasSafetyNote *first;
  const AtlasTriggerPoint *point;

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_database_get_muscles (db)), ==, 2);
  g_assert_cmpuint (atlas_database_get_regions (db)->len, ==, 2);
  g_assert_cmpuint (atlas_database_get_conditions (db)->len, ==, 2);
  g_assert_cmpuint (atlas_database_get_topics (db)->len, ==, 1);
  g_assert_cmpuint (atlas_database_get_red_flags (db)->len, ==, 2);

  alpha = atlas_database_get_muscle (db, "alpha");
  g_assert_nonnull (alpha);
  /* White space inside text is collapsed, as xgettext does. */
  g_assert_cmpstr (atlas_muscle_get_name (alpha), ==, "Álpha muscle");
  g_assert_cmpstr (atlas_muscle_get_latin (alpha), ==, "Musculus alphaeus");
  /* alpha is drawn on the front and, right side only, on the side view. */
  g_assert_cmpuint (atlas_muscle_get_views (alpha)->len, ==, 2);
  g_assert_cmpuint (atlas_muscle_get_views (atlas_database_get_muscle (db, "beta"))->len, ==, 1);

  /* Safety notes come highest risk first, whatever the file order. */
  notes = atlas_muscle_get_safety_notes (alpha);
  g_assert_cmpuint (notes->len, ==, 2);
  first = g_ptr_array_index (notes, 0);
  g_assert_cmpint (first->risk, ==, ATLAS_RISK_HIGH);
  g_assert_cmpint (atlas_muscle_get_highest_risk (alpha), ==, ATLAS_RISK_HIGH);

  point = g_ptr_array_index (atlas_muscle_get_trigger_points (alpha), 0);
  g_assert_cmpuint (point->essential->len, ==, 1);
  g_assert_cmpuint (point->spillover->len, ==, 1);
  g_assert_cmpint (atlas_muscle_get_needling (alpha)->depth_max_mm, ==, 10);
}

/* needle="30" on alpha's front mark: read, and mirrored for the left side of a
 * view that draws both; the side view's mark gives no direction. */
static void
test_needle (void)
{
  g_autoptr (GFile) file = atlas_test_fixture ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);
  const AtlasTriggerPoint *point;
  const AtlasMark         *front, *side;
  double                   degrees = -1;

  g_assert_no_error (error);
  point = g_ptr_array_index (atlas_muscle_get_trigger_points (atlas_database_get_muscle (db,
                                                                                         "alpha")),
                             0);
  front = g_ptr_array_index (point->marks, 0);
  side = g_ptr_array_index (point->marks, 1);
  g_assert_true (front->has_needle);
  g_assert_cmpfloat (front->needle, ==, 30);
  g_assert_true (atlas_mark_needle (front, ATLAS_SIDE_RIGHT, &degrees));
  g_assert_cmpfloat_with_epsilon (degrees, 30, 1e-9);
  g_assert_true (atlas_mark_needle (front, ATLAS_SIDE_LEFT, &degrees));
  g_assert_cmpfloat_with_epsilon (degrees, 150, 1e-9);
  g_assert_false (side->has_needle);
  g_assert_false (atlas_mark_needle (side, ATLAS_SIDE_RIGHT, &degrees));
}

typedef struct {
  const char *path;
  const char *from;
  const char *to;
  const char *marker;    /* the text on the line the error must name */
  int code;
  const char *message;   /* a part of the message */
  gboolean edit_diagram;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "/atlas/loader/duplicate-id", "<muscle id=\"beta\">", "<muscle id=\"alpha\" >",
    "<muscle id=\"alpha\" >", ATLAS_DATA_ERROR_DUPLICATE_ID, "duplicate muscle id “alpha”" },
  { "/atlas/loader/duplicate-name", "<name>Beta muscle</name>", "<name>ALPHA muscle</name>",
    NULL, ATLAS_DATA_ERROR_DUPLICATE_ID, "the same name" },
  { "/atlas/loader/bad-id", "<region id=\"chest\"", "<region id=\"Chest Wall\"",
    "Chest Wall", ATLAS_DATA_ERROR_INVALID_VALUE, "must use only a-z" },
  { "/atlas/loader/unknown-region", "<essential regions=\"head\"/>",
    "<essential regions=\"head,elbow\"/>", "head,elbow",
    ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown region “elbow”" },
  { "/atlas/loader/unknown-condition", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"knee-pain\"/>", "knee-pain",
    ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "names unknown condition “knee-pain”" },
  { "/atlas/loader/unknown-reference", "<cite ref=\"book\"/>\n    </muscle>",
    "<cite ref=\"paper\"/>\n    </muscle>", "ref=\"paper\"",
    ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown reference “paper”" },
  { "/atlas/loader/unknown-view", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"back\" x=\"25\" y=\"50\"/>", "view=\"back\"",
    ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "unknown view “back”" },
  { "/atlas/loader/missing-field", "<latin>Musculus betaeus</latin>", "",
    NULL, ATLAS_DATA_ERROR_MISSING_FIELD, "muscle “beta” has no <latin>" },
  { "/atlas/loader/missing-attribute", "<region id=\"chest\" sided=\"no\">",
    "<region id=\"chest\">",
    "<region id=\"chest\">", ATLAS_DATA_ERROR_MISSING_FIELD, "sided" },
  { "/atlas/loader/missing-essential-zone", "<essential regions=\"chest\"/>", "",
    NULL, ATLAS_DATA_ERROR_MISSING_FIELD, "has no essential referral zone" },
  { "/atlas/loader/empty-text", "<summary>A test muscle.</summary>", "<summary>  </summary>",
    "<summary>  </summary>", ATLAS_DATA_ERROR_MISSING_FIELD, "<summary> is empty" },
  { "/atlas/loader/bad-risk", "risk=\"moderate\"", "risk=\"severe\"",
    "risk=\"severe\"", ATLAS_DATA_ERROR_INVALID_VALUE,
    "risk=“severe” is not one of: low, moderate, high" },
  { "/atlas/loader/bad-depth", "min-mm=\"10\" max-mm=\"20\"", "min-mm=\"30\" max-mm=\"20\"",
    "min-mm=\"30\"", ATLAS_DATA_ERROR_INVALID_VALUE, "not a range" },
  { "/atlas/loader/no-shape", "<muscle id=\"beta\">", "<muscle id=\"delta\">",
    "<muscle id=\"delta\">", ATLAS_DATA_ERROR_MISSING_SHAPE,
    "muscle “delta” has no shape in any diagram: no view has a path with id “delta-left”" },
  { "/atlas/loader/one-sided-shape", "id=\"beta-left\"", "id=\"gamma-left\"",
    NULL, ATLAS_DATA_ERROR_MISSING_SHAPE, "draws “beta-right” but not “beta-left”", TRUE },
  { "/atlas/loader/mark-outside-view", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"250\"/>", "y=\"250\"",
    ATLAS_DATA_ERROR_OUT_OF_BOUNDS, "is placed at (25, 250), outside view “front” (100 × 200)" },
  { "/atlas/loader/region-without-shape",
    "<region id=\"chest\" sided=\"no\"><name>Chest</name></region>",
    "<region id=\"chest\" sided=\"no\"><name>Chest</name></region>\n"
    "    <region id=\"knee\" sided=\"yes\"><name>Knee</name></region>",
    "<region id=\"knee\"", ATLAS_DATA_ERROR_MISSING_SHAPE,
    "region “knee” has no shape in any diagram" },
  { "/atlas/loader/malformed-xml", "<summary>A test muscle.</summary>",
    "<summary>A test muscle.</sumary>", "</sumary>", ATLAS_DATA_ERROR_PARSE, "sumary" },
  { "/atlas/loader/unexpected-element", "<synonym>First muscle</synonym>",
    "<synonim>First muscle</synonim>", "<synonim>", ATLAS_DATA_ERROR_FORMAT,
    "unexpected element <synonim> inside <muscle>" },
  { "/atlas/loader/mirrored-view-without-image-left", " image-left=\"right\">", ">",
    "<view id=\"front\"", ATLAS_DATA_ERROR_MISSING_FIELD, "draws both sides and needs image-left" },
  { "/atlas/loader/newer-format", "<atlas format=\"1\">", "<atlas format=\"7\">",
    "<atlas format=\"7\">", ATLAS_DATA_ERROR_FORMAT, "format 7 is newer" },
  { "/atlas/loader/diagram-transform", "<g id=\"regions\" display=\"none\">",
    "<g id=\"regions\" display=\"none\" transform=\"scale(2)\">", "region-head-right",
    ATLAS_DATA_ERROR_DIAGRAM, "path “region-head-right” is under a transform", TRUE },
  { "/atlas/loader/red-flag-unknown-region", "regions=\"head\" side=\"left\"",
    "regions=\"head,elbow\" side=\"left\"", "head,elbow",
    ATLAS_DATA_ERROR_UNKNOWN_REFERENCE, "red flag “left-head” names unknown region “elbow”" },
  { "/atlas/loader/red-flag-bad-side", "side=\"left\">", "side=\"top\">", "side=\"top\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "side=“top” is not one of: any, left, right" },
  { "/atlas/loader/red-flag-bad-match", "match=\"all\"", "match=\"most\"", "match=\"most\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "match=“most” is not one of: any, all" },
  { "/atlas/loader/red-flag-no-region", "regions=\"head,chest\" match", "regions=\" \" match",
    "regions=\" \"", ATLAS_DATA_ERROR_MISSING_FIELD, "red flag “head-and-chest” names no region" },
  { "/atlas/loader/red-flag-side-on-midline", "regions=\"head,chest\" match=\"all\"",
    "regions=\"chest\" side=\"right\"", "regions=\"chest\" side",
    ATLAS_DATA_ERROR_INVALID_VALUE, "has side=“right”, but all its regions are on the midline" },
  { "/atlas/loader/red-flag-duplicate-id", "<red-flag id=\"head-and-chest\"",
    "<red-flag id=\"left-head\"  ", "<red-flag id=\"left-head\"  ",
    ATLAS_DATA_ERROR_DUPLICATE_ID, "duplicate red flag id “left-head”" },
  { "/atlas/loader/red-flag-missing-text",
    "<text>See a doctor if the head and the chest hurt together.</text>",
    "", NULL, ATLAS_DATA_ERROR_MISSING_FIELD,
    "red flag “head-and-chest” needs a <name> and a <text>" },
  { "/atlas/loader/red-flag-missing-regions", "regions=\"head\" side=\"left\"", "side=\"left\"",
    "<red-flag id=\"left-head\"", ATLAS_DATA_ERROR_MISSING_FIELD, "regions" },
  /* A muscle's <condition ref> holds no text: these once crashed the loader. */
  { "/atlas/loader/name-in-condition-ref", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"chest-pain\"><name>X</name></condition>", "<name>X</name>",
    ATLAS_DATA_ERROR_FORMAT, "unexpected element <name> inside <condition>" },
  { "/atlas/loader/synonym-in-condition-ref", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"chest-pain\"><synonym>X</synonym></condition>", "<synonym>X",
    ATLAS_DATA_ERROR_FORMAT, "unexpected element <synonym> inside <condition>" },
  { "/atlas/loader/summary-in-condition-ref", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"chest-pain\">\n<summary>X</summary></condition>", "<summary>X",
    ATLAS_DATA_ERROR_FORMAT, "unexpected element <summary> inside <condition>" },
  { "/atlas/loader/evidence-note-in-condition-ref", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"chest-pain\"><evidence-note>X</evidence-note></condition>",
    "<evidence-note>X", ATLAS_DATA_ERROR_FORMAT,
    "unexpected element <evidence-note> inside <condition>" },
  { "/atlas/loader/cite-in-condition-ref", "<condition ref=\"chest-pain\"/>",
    "<condition ref=\"chest-pain\"><cite ref=\"book\"/></condition>", "<cite ref=\"book\"/></c",
    ATLAS_DATA_ERROR_FORMAT, "unexpected element <cite> inside <condition>" },
  /* Numbers are decimal and finite; strtod's hex, infinities and underflow to 0
   * are refused wherever a number is read. */
  { "/atlas/loader/mark-hex", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"0x10\" y=\"50\"/>", "0x10",
    ATLAS_DATA_ERROR_INVALID_VALUE, "mark position (0x10, 50) is not a pair of numbers" },
  { "/atlas/loader/mark-underflow", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"1e-400\"/>", "1e-400",
    ATLAS_DATA_ERROR_INVALID_VALUE, "is not a pair of numbers" },
  { "/atlas/loader/mark-nan", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"NaN\" y=\"50\"/>", "NaN",
    ATLAS_DATA_ERROR_INVALID_VALUE, "is not a pair of numbers" },
  { "/atlas/loader/mark-infinite", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"1e999\"/>", "1e999",
    ATLAS_DATA_ERROR_INVALID_VALUE, "is not a pair of numbers" },
  { "/atlas/loader/mark-trailing", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"50 \"/>", "y=\"50 \"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "is not a pair of numbers" },
  { "/atlas/loader/needle-out-of-range", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"50\" needle=\"360\"/>", "needle=\"360\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "needle direction “360” of trigger point “tp1”" },
  { "/atlas/loader/needle-negative", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"50\" needle=\"-10\"/>", "needle=\"-10\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "from 0 to under 360" },
  { "/atlas/loader/needle-nan", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"50\" needle=\"nan\"/>", "needle=\"nan\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "needle direction “nan”" },
  { "/atlas/loader/needle-infinite", "<mark view=\"front\" x=\"25\" y=\"50\"/>",
    "<mark view=\"front\" x=\"25\" y=\"50\" needle=\"inf\"/>", "needle=\"inf\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "needle direction “inf”" },
  { "/atlas/loader/depth-too-deep", "min-mm=\"10\" max-mm=\"20\"", "min-mm=\"10\" max-mm=\"20000\"",
    "max-mm=\"20000\"", ATLAS_DATA_ERROR_INVALID_VALUE, "from 0 to 200" },
  { "/atlas/loader/depth-hex", "min-mm=\"10\" max-mm=\"20\"", "min-mm=\"10\" max-mm=\"0x14\"",
    "max-mm=\"0x14\"", ATLAS_DATA_ERROR_INVALID_VALUE, "not a range" },
  { "/atlas/loader/year-padded", "year=\"2001\"", "year=\" 2001\"", "year=\" 2001\"",
    ATLAS_DATA_ERROR_INVALID_VALUE, "year “ 2001” is not a number" },
  { "/atlas/loader/diagram-view-box-nan", "viewBox=\"0 0 100 200\"", "viewBox=\"0 0 100 NaN\"",
    "viewBox", ATLAS_DATA_ERROR_DIAGRAM, "viewBox “0 0 100 NaN” must be", TRUE },
  { "/atlas/loader/diagram-path-infinite", "d=\"M 10 10 L 40 10", "d=\"M 10 10 L +inf 10",
    "+inf", ATLAS_DATA_ERROR_DIAGRAM, "missing or malformed numbers for “L”", TRUE },
  { "/atlas/loader/invalid-utf8", "<summary>A test muscle.</summary>",
    "<summary>A test \xe9 muscle.</summary>", "muscle.</summary>",
    ATLAS_DATA_ERROR_PARSE, "Invalid UTF-8 encoded text" },
  { "/atlas/loader/diagram-invalid-utf8", "<path id=\"alpha-right\"",
    "<path id=\"alpha\xff-right\"",
    "alpha\xff", ATLAS_DATA_ERROR_DIAGRAM, "Invalid UTF-8 encoded text (byte 0xFF)", TRUE },
  /* GMarkup reports bad UTF-8 in a CDATA section and parses on; the root's
   * error then landed on top of its own (found by fuzzing). */
  { "/atlas/loader/cdata-invalid-utf8-before-root", "<atlas format=\"1\">",
    "<![CDATA[\n\xa5]]>\n<symptoms>", "\xa5",
    ATLAS_DATA_ERROR_PARSE, "Invalid UTF-8 encoded text (byte 0xA5); a data file is UTF-8" },
  { "/atlas/loader/diagram-cdata-invalid-utf8", "<path id=\"alpha-right\"",
    "<![CDATA[\xff]]></svg><path id=\"alpha-right\"",
    "\xff]]>", ATLAS_DATA_ERROR_DIAGRAM, "Invalid UTF-8 encoded text (byte 0xFF)", TRUE },
  { "/atlas/loader/diagram-arc", "d=\"M 30 130 L 70 130", "d=\"M 30 130 A 70 130",
    "A 70 130", ATLAS_DATA_ERROR_DIAGRAM, "arc commands are not supported", TRUE },
};

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = NULL;
  g_autofree char *path = NULL;
  g_autofree char *where = NULL;
  int line = 0;

  if (c->edit_diagram)
    file = atlas_test_edited_diagram (c->from, c->to, c->marker, &line);
  else
    file = atlas_test_edited_fixture (c->from, c->to, c->marker, &line);

  db = atlas_database_load (file, &error);
  g_assert_null (db);
  g_assert_error (error, ATLAS_DATA_ERROR, c->code);

  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->message);

  /* Every message starts with the file, and where we know the line, it is the
   * line that holds the mistake. */
  path = g_file_get_parse_name (file);
  if (line > 0 && c->edit_diagram)
    where = g_strdup_printf ("diagrams/front.svg:%d: ", line);
  else if (line > 0)
    where = g_strdup_printf ("%s:%d: ", path, line);
  else
    where = g_strdup_printf ("%s:", path);

  g_assert_true (g_str_has_prefix (error->message, path));
  if (strstr (error->message, where) == NULL)
    g_error ("“%s” does not name “%s”", error->message, where);
  /* The window shows the message: it must be text, with the line said once. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strstr (error->message, "Error on line"));
}

static void
test_one_sided_view (void)
{
  g_autoptr (GFile) file = atlas_test_fixture ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);
  const AtlasView *side = atlas_database_get_view (db, "side");
  const AtlasView *front = atlas_database_get_view (db, "front");
  const AtlasRegion *head = atlas_database_get_region (db, "head");
  const AtlasRegion *chest = atlas_database_get_region (db, "chest");
  AtlasMuscle *alpha = atlas_database_get_muscle (db, "alpha");
  const AtlasTriggerPoint *point = g_ptr_array_index (atlas_muscle_get_trigger_points (alpha), 0);
  const AtlasMark *mark = g_ptr_array_index (point->marks, 1);
  double x, y;

  g_assert_no_error (error);
  g_assert_nonnull (side);
  g_assert_cmpint (side->sides, ==, ATLAS_VIEW_RIGHT_SIDE);
  g_assert_true (atlas_view_draws_side (side, ATLAS_SIDE_RIGHT));
  g_assert_false (atlas_view_draws_side (side, ATLAS_SIDE_LEFT));
  g_assert_true (atlas_view_draws_side (front, ATLAS_SIDE_LEFT));
  g_assert_true (atlas_view_draws_region (side, head));
  g_assert_false (atlas_view_draws_region (side, chest));
  g_assert_true (atlas_view_draws_region (front, chest));

  /* No mirror image in a one-sided view. */
  g_assert_true (mark->view == side);
  atlas_mark_position (mark, ATLAS_SIDE_LEFT, &x, &y);
  g_assert_cmpfloat (x, ==, 70);
  g_assert_cmpuint (atlas_muscle_count_pattern_regions (alpha, side, ATLAS_ZONE_ESSENTIAL), ==, 1);
  g_assert_cmpuint (atlas_muscle_count_pattern_regions (alpha, side, ATLAS_ZONE_SPILLOVER), ==, 0);
  g_assert_cmpuint (atlas_muscle_count_pattern_regions (alpha, front, ATLAS_ZONE_SPILLOVER), ==, 1);

  /* Marked on both views, alpha is shown where it is drawn larger: the
   * 30 x 30 square fills 9% of the side view and 4.5% of the front. */
  g_assert_true (atlas_muscle_choose_view (alpha, NULL) == side);
  g_assert_true (atlas_muscle_choose_view (alpha, front) == front);
}

static void
test_one_sided_view_with_other_side (void)
{
  g_autoptr (GFile) file = atlas_test_edited_side_diagram ("<path id=\"alpha-right\"",
                                                           "<path id=\"alpha-left\" "
                                                           "d=\"M 1 1 L 2 2 Z\"/>\n"
                                                           "  <path id=\"alpha-right\"");
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);

  g_assert_null (db);
  g_assert_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_MISSING_SHAPE);
  g_assert_nonnull (strstr (error->message,
                            "view “side” draws one side only, but has “alpha-left”"));
}

static void
test_missing_file (void)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/atlas.xml");
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);

  g_assert_null (db);
  g_assert_error (error, ATLAS_DATA_ERROR, ATLAS_DATA_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/atlas.xml: cannot read the file"));
}

/* ---- Files that are not what they claim to be -------------------------- */

static void
remove_path (gpointer data)
{
  g_autofree char *path = data;

  g_remove (path);
}

/* Removed when the test ends, before the fixture's own clean-up (which runs
 * later, being queued earlier). */
static char *
queue_removal (char *path)
{
  g_test_queue_destroy (remove_path, g_strdup (path));
  return path;
}

/* An unchanged copy of the mini atlas. @where gets "PATH:LINE: " for the line
 * of the front view, @front the path of that view's diagram. */
static GFile *
mini_copy (char **where,
           char **front)
{
  int line = 0;
  GFile *file = atlas_test_edited_fixture ("file=\"diagrams/front.svg\"",
                                           "file=\"diagrams/front.svg\"",
                                           "file=\"diagrams/front.svg\"", &line);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = g_file_get_path (parent);

  *where = g_strdup_printf ("%s:%d: ", path, line);
  *front = g_build_filename (folder, "diagrams", "front.svg", NULL);
  return file;
}

/* Loads @file and checks that it fails naming @where (a file, or a file and
 * line) and saying @message. */
static void
assert_load_fails (GFile      *file,
                   int         code,
                   const char *where,
                   const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AtlasDatabase) db = atlas_database_load (file, &error);

  g_assert_null (db);
  g_assert_error (error, ATLAS_DATA_ERROR, code);
  if (!g_str_has_prefix (error->message, where) || strstr (error->message, message) == NULL)
    g_error ("“%s” does not start with “%s” and contain “%s”", error->message, where, message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_diagram_outside_folder (void)
{
  const struct {
    const char *file;
    const char *message;
  } cases[] = {
    { "/dev/zero", "it must be a path relative to the folder of the data file" },
    { "/nonexistent/front.svg", "it must be a path relative to the folder" },
    { "", "it must be a path relative to the folder" },
    { "../mini/diagrams/front.svg",
      "it must lie inside the folder of the data file, without “..”" },
    { "diagrams/../diagrams/front.svg", "it must lie inside the folder of the data file" },
    { "diagrams/..", "it must lie inside the folder of the data file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *to = g_strdup_printf ("file=\"%s\" image-left", cases[i].file);
      int line = 0;
      g_autoptr (GFile) file = atlas_test_edited_fixture ("file=\"diagrams/front.svg\" image-left",
                                                          to, to, &line);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *where = g_strdup_printf ("%s:%d: ", path, line);
      g_autofree char *message = g_strdup_printf ("cannot read the diagram “%s”: %s",
                                                  cases[i].file, cases[i].message);

      assert_load_fails (file, ATLAS_DATA_ERROR_DIAGRAM, where, message);
    }
}

static void
make_link (const char *path,
           const char *target)
{
  g_autoptr (GFile) link = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_file_make_symbolic_link (link, target, NULL, &error);
  g_assert_no_error (error);
}

static void
test_diagram_symbolic_links (void)
{
  g_autofree char *where = NULL;
  g_autofree char *front = NULL;
  g_autoptr (GFile) file = mini_copy (&where, &front);
  g_autofree char *inside = NULL;
  g_autofree char *outside = g_test_build_filename (G_TEST_DIST, "data", "mini", "diagrams",
                                                    "front.svg", NULL);
  g_autoptr (AtlasDatabase) db = NULL;
  g_autoptr (GError) error = NULL;

  inside = queue_removal (g_strconcat (front, ".real", NULL));
  /* A link to another file of the same folder is fine. */
  g_assert_cmpint (g_rename (front, inside), ==, 0);
  make_link (front, "front.svg.real");
  db = atlas_database_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  /* One that leads out of it is not, even to a good diagram. */
  g_assert_cmpint (g_remove (front), ==, 0);
  make_link (front, outside);
  assert_load_fails (file, ATLAS_DATA_ERROR_DIAGRAM, where,
                     "cannot read the diagram “diagrams/front.svg”: it leads outside the folder");
}

/* A FIFO once hung the loader, and /dev/zero ran it out of memory. */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-test-XXXXXX", NULL);
  g_autofree char *fifo = NULL;
  g_autoptr (GFile) fifo_file = NULL;
  g_autoptr (GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *where = NULL;
  g_autofree char *front = NULL;

  g_assert_nonnull (dir);
  g_test_queue_destroy (remove_path, g_strdup (dir));
  fifo = queue_removal (g_build_filename (dir, "atlas.xml", NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fifo_file = g_file_new_for_path (fifo);
  folder = g_file_new_for_path (dir);

  where = g_strdup_printf ("%s: cannot read the file: ", fifo);
  assert_load_fails (fifo_file, ATLAS_DATA_ERROR_PARSE, where, "not a regular file");
  assert_load_fails (zero, ATLAS_DATA_ERROR_PARSE, "/dev/zero: cannot read the file: ",
                     "not a regular file");
  g_clear_pointer (&where, g_free);
  where = g_strdup_printf ("%s: cannot read the file: ", dir);
  assert_load_fails (folder, ATLAS_DATA_ERROR_PARSE, where, "it is a folder, not a file");

  /* The same for a diagram. */
  g_clear_pointer (&where, g_free);
  file = mini_copy (&where, &front);
  g_assert_cmpint (g_remove (front), ==, 0);
  g_assert_cmpint (mkfifo (front, 0600), ==, 0);
  assert_load_fails (file, ATLAS_DATA_ERROR_DIAGRAM, where,
                     "cannot read the diagram “diagrams/front.svg”: it is not a regular file");
}

/* Grows @path to @size bytes without writing them (a sparse file). */
static void
grow_file (const char *path,
           gsize       size)
{
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  close (fd);
}

static void
test_size_limits (void)
{
  g_autofree char *where = NULL;
  g_autofree char *front = NULL;
  g_autoptr (GFile) file = mini_copy (&where, &front);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *data_where = g_strdup_printf ("%s: cannot read the file: ", path);

  grow_file (front, ATLAS_READ_MAX_DIAGRAM + 1);
  assert_load_fails (file, ATLAS_DATA_ERROR_DIAGRAM, where,
                     "cannot read the diagram “diagrams/front.svg”: it is 8388609 bytes, more than "
                     "the limit of 8 MiB for this kind of file");

  grow_file (path, ATLAS_READ_MAX_DATA_FILE + 1);
  assert_load_fails (file, ATLAS_DATA_ERROR_PARSE, data_where,
                     "it is 16777217 bytes, more than the limit of 16 MiB");
}

/* GMarkup once cut "A test" out of "A test\0 muscle." without a word. */
static void
test_nul_byte (void)
{
  int line = 0;
  g_autoptr (GFile) file = atlas_test_edited_fixture ("<summary>A test muscle.</summary>",
                                                      "<summary>A test@ muscle.</summary>",
                                                      "A test@", &line);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *where = g_strdup_printf ("%s:%d: ", path, line);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  *strchr (contents, '@') = '\0';
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_load_fails (file, ATLAS_DATA_ERROR_PARSE, where, "the file contains a NUL byte");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/loader/mini-loads", test_mini_loads);
  g_test_add_func ("/atlas/loader/needle", test_needle);
  g_test_add_func ("/atlas/loader/missing-file", test_missing_file);
  g_test_add_func ("/atlas/loader/one-sided-view", test_one_sided_view);
  g_test_add_func ("/atlas/loader/one-sided-view-with-other-side",
                   test_one_sided_view_with_other_side);
  g_test_add_func ("/atlas/loader/diagram-outside-folder", test_diagram_outside_folder);
  g_test_add_func ("/atlas/loader/diagram-symbolic-links", test_diagram_symbolic_links);
  g_test_add_func ("/atlas/loader/special-files", test_special_files);
  g_test_add_func ("/atlas/loader/size-limits", test_size_limits);
  g_test_add_func ("/atlas/loader/nul-byte", test_nul_byte);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    g_test_add_data_func (error_cases[i].path, &error_cases[i], test_error_case);

  return g_test_run ();
}
