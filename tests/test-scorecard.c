/* test-scorecard.c: scoring schemes, the quarterly scorecards, the lists
 * and redledger-cli scorecard
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <string.h>

#include "rl-importer.h"
#include "rl-scorecard.h"
#include "rl-test-util.h"

#define EPSILON 1e-9

typedef struct
{
  RlStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = rl_test_new_store ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

/* Ledgers */

static void
import_path (RlStore    *store,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlImportReport) report = NULL;

  report = rl_import_package (store, path, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  if (rl_import_report_errors (report) > 0)
    {
      g_autofree char *text = rl_import_report_format (report);
      g_error ("the test package has errors:\n%s", text);
    }
  g_assert_true (report->written);
}

static void
import_sample (RlStore *store)
{
  g_autofree char *path = rl_test_data_path ("jinghe-2026.json");

  import_path (store, path);
}

/* Single quotes stand for double ones, to keep the texts readable. */
static char *
quoted (const char *text)
{
  char *copy = g_strdup (text);

  g_strdelimit (copy, "'", '"');
  return copy;
}

static RlScorecards *
score (RlStore                 *store,
       const char              *quarter,
       RlScheme                *scheme,
       const RlResponseProfile *profile)
{
  g_autoptr(GError) error = NULL;
  RlScorecards *cards = rl_scorecards_compute (store, quarter, scheme, profile, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cards);
  return cards;
}

static const RlScorecard *
find_card (const RlScorecards *cards,
           const char         *service_id)
{
  for (guint i = 0; i < cards->rows->len; i++)
    {
      const RlScorecard *card = g_ptr_array_index (cards->rows, i);

      if (strcmp (card->service_id, service_id) == 0)
        return card;
    }
  return NULL;
}

static char *
flags_text (RlScoreFlags flags)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < RL_N_SCORE_FLAGS; i++)
    if (flags & (1u << i))
      g_string_append_printf (text, "%s%s", text->len ? " " : "", rl_score_flag_key (1u << i));
  return g_string_free (text, FALSE);
}

/* Items within EPSILON (in-between points are not round numbers in
 * binary); the total is their sum. */
static void
assert_card (const RlScorecard *card,
             const double       items[RL_N_ITEMS],
             RlScoreList        list,
             const char        *flags)
{
  g_autofree char *actual_flags = flags_text (card->flags);
  double total = 0;

  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    {
      g_assert_cmpfloat_with_epsilon (card->items[item], items[item], EPSILON);
      total += card->items[item];
    }
  g_assert_cmpfloat (card->total, ==, total);
  g_assert_cmpstr (rl_score_list_key (card->list), ==, rl_score_list_key (list));
  g_assert_cmpstr (actual_flags, ==, flags);
}

/* Comparing with the district's published scorecards */

static JsonObject *
expected_scorecards (JsonParser *parser,
                     const char *quarter)
{
  g_autofree char *name = g_strdup_printf ("jinghe-2026.scorecard-%s.json", quarter);
  g_autofree char *path = rl_test_data_path (name);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Equal as doubles or null together; *bits_differ counts values that are
 * equal within 1e-9 only. */
static void
assert_same_number (JsonNode *expected,
                    JsonNode *actual,
                    guint    *bits_differ)
{
  double e, a;

  g_assert_cmpint (JSON_NODE_HOLDS_NULL (expected), ==, JSON_NODE_HOLDS_NULL (actual));
  if (JSON_NODE_HOLDS_NULL (expected))
    return;
  e = json_node_get_double (expected);
  a = json_node_get_double (actual);
  g_assert_cmpfloat_with_epsilon (a, e, EPSILON);
  *bits_differ += a != e;
}

static void
assert_same_strings (JsonNode *expected,
                     JsonNode *actual)
{
  g_assert_cmpint (JSON_NODE_HOLDS_NULL (expected), ==, JSON_NODE_HOLDS_NULL (actual));
  if (!JSON_NODE_HOLDS_NULL (expected))
    g_assert_cmpstr (json_node_get_string (actual), ==, json_node_get_string (expected));
}

/* Rows in the same order with the same ranks, ids, names, list, veto and
 * flags; totals, items and measures as doubles. Returns how many numbers
 * were not equal to the bit. */
static guint
assert_published (JsonObject *expected,
                  JsonObject *actual)
{
  static const char *const strings[] = {
    "service_id", "firm_id", "compound_id", "firm", "compound", "veto", "list", NULL
  };
  JsonArray *expected_rows = json_object_get_array_member (expected, "rows");
  JsonArray *actual_rows = json_object_get_array_member (actual, "rows");
  guint bits_differ = 0;

  g_assert_cmpstr (json_object_get_string_member (actual, "quarter"), ==,
                   json_object_get_string_member (expected, "quarter"));
  g_assert_cmpuint (json_array_get_length (actual_rows), ==, json_array_get_length (expected_rows));
  for (guint i = 0; i < json_array_get_length (expected_rows); i++)
    {
      JsonObject *e = json_array_get_object_element (expected_rows, i);
      JsonObject *a = json_array_get_object_element (actual_rows, i);
      JsonArray *e_flags = json_object_get_array_member (e, "flags");
      JsonArray *a_flags = json_object_get_array_member (a, "flags");

      g_assert_cmpint (json_object_get_int_member (a, "rank"), ==,
                       json_object_get_int_member (e, "rank"));
      for (guint k = 0; strings[k] != NULL; k++)
        assert_same_strings (json_object_get_member (e, strings[k]),
                             json_object_get_member (a, strings[k]));
      assert_same_number (json_object_get_member (e, "total"),
                          json_object_get_member (a, "total"), &bits_differ);
      for (const char *const *group = (const char *const[]) { "items", "measures", NULL };
           *group != NULL; group++)
        {
          JsonObject *eg = json_object_get_object_member (e, *group);
          JsonObject *ag = json_object_get_object_member (a, *group);
          g_autoptr(GList) members = json_object_get_members (eg);

          g_assert_cmpuint (json_object_get_size (ag), ==, json_object_get_size (eg));
          for (GList *l = members; l != NULL; l = l->next)
            {
              g_assert_true (json_object_has_member (ag, l->data));
              assert_same_number (json_object_get_member (eg, l->data),
                                  json_object_get_member (ag, l->data), &bits_differ);
            }
        }
      g_assert_cmpuint (json_array_get_length (a_flags), ==, json_array_get_length (e_flags));
      for (guint k = 0; k < json_array_get_length (e_flags); k++)
        g_assert_cmpstr (json_array_get_string_element (a_flags, k), ==,
                         json_array_get_string_element (e_flags, k));
    }
  return bits_differ;
}

/* The core's scorecards in cli.md's JSON, built here independently of the
 * CLI's printer. */
static JsonNode *
cards_to_json (const RlScorecards *cards)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "quarter");
  json_builder_add_string_value (builder, cards->quarter.name);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cards->rows->len; i++)
    {
      const RlScorecard *card = g_ptr_array_index (cards->rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rank");
      json_builder_add_int_value (builder, card->rank);
      json_builder_set_member_name (builder, "service_id");
      json_builder_add_string_value (builder, card->service_id);
      json_builder_set_member_name (builder, "firm_id");
      json_builder_add_string_value (builder, card->firm_id);
      json_builder_set_member_name (builder, "compound_id");
      json_builder_add_string_value (builder, card->compound_id);
      json_builder_set_member_name (builder, "firm");
      json_builder_add_string_value (builder, card->firm);
      json_builder_set_member_name (builder, "compound");
      json_builder_add_string_value (builder, card->compound);
      json_builder_set_member_name (builder, "total");
      json_builder_add_double_value (builder, card->total);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_object (builder);
      for (RlItem item = 0; item < RL_N_ITEMS; item++)
        {
          json_builder_set_member_name (builder, rl_item_key (item));
          json_builder_add_double_value (builder, card->items[item]);
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "measures");
      json_builder_begin_object (builder);
      for (RlMeasure measure = 0; measure < RL_N_MEASURES; measure++)
        {
          json_builder_set_member_name (builder, rl_measure_key (measure));
          if (card->has_measure[measure])
            json_builder_add_double_value (builder, card->measures[measure]);
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "veto");
      if (card->veto != NULL)
        json_builder_add_string_value (builder, card->veto);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "list");
      json_builder_add_string_value (builder, rl_score_list_key (card->list));
      json_builder_set_member_name (builder, "flags");
      json_builder_begin_array (builder);
      for (guint k = 0; k < RL_N_SCORE_FLAGS; k++)
        if (card->flags & (1u << k))
          json_builder_add_string_value (builder, rl_score_flag_key (1u << k));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* redledger-cli */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs redledger-cli with @args (NULL-terminated) in @locale. */
static void
run_cli (Run        *run,
         const char *locale,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("REDLEDGER_CLI"));
  va_start (args, locale);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

/* The sample ledger in a file of its own, closed for the CLI to open. */
static char *
sample_ledger (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();

  import_sample (store);
  return g_strdup (rl_store_get_path (store));
}

static gboolean
have_chinese_locale (void)
{
  gboolean have = setlocale (LC_ALL, "zh_CN.UTF-8") != NULL;

  setlocale (LC_ALL, "C.UTF-8");
  return have;
}

/* Tests: the district's sample */

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  const char *quarter = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RlScorecards) cards = NULL;
  g_autoptr(JsonNode) actual = NULL;
  guint bits_differ;

  import_sample (fixture->store);
  cards = score (fixture->store, quarter, NULL, NULL);
  g_assert_cmpstr (cards->figures->profile->name, ==, "5341");
  actual = cards_to_json (cards);
  bits_differ = assert_published (expected_scorecards (parser, quarter),
                                  json_node_get_object (actual));
  /* Not only within 1e-9: the same doubles as the district's. */
  g_assert_cmpuint (bits_differ, ==, 0);
}

static void
test_cli_json (void)
{
  static const char *const row_members[] = {
    "rank", "service_id", "firm_id", "compound_id", "firm", "compound", "total", "items",
    "measures", "veto", "list", "flags", NULL
  };
  g_autofree char *db = sample_ledger ();

  for (const char *const *quarter = (const char *const[]) { "2026Q2", "2026Q3", NULL };
       *quarter != NULL; quarter++)
    {
      g_auto(Run) run = { 0, };
      g_autoptr(JsonParser) expected = json_parser_new ();
      g_autoptr(JsonParser) actual = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GList) members = NULL;
      JsonObject *root, *row;
      GList *l;

      run_cli (&run, "C.UTF-8", "--db", db, "scorecard", "--quarter", *quarter, "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      json_parser_load_from_data (actual, run.out, -1, &error);
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (actual));
      g_assert_cmpuint (assert_published (expected_scorecards (expected, *quarter), root), ==, 0);

      /* cli.md's members, in its order. */
      g_assert_cmpuint (json_object_get_size (root), ==, 2);
      row = json_array_get_object_element (json_object_get_array_member (root, "rows"), 0);
      members = json_object_get_members (row);
      l = members;
      for (guint i = 0; row_members[i] != NULL; i++, l = l->next)
        {
          g_assert_nonnull (l);
          g_assert_cmpstr (l->data, ==, row_members[i]);
        }
      g_assert_null (l);
    }
}

static void
test_cli_text (void)
{
  g_autofree char *db = sample_ledger ();
  g_auto(Run) english = { 0, };
  g_auto(Run) chinese = { 0, };

  run_cli (&english, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3", NULL);
  g_assert_cmpint (english.status, ==, 0);
  for (const char *const *word = (const char *const[]) { "2026Q3", "2026-09-30", "Rank", "Firm",
                                                         "Satisfaction", "red list",
                                                         "black list", "warning list",
                                                         "履约考评默认方案", "5341 (arrival 5 min",
                                                         "94.26", "no household count", NULL };
       *word != NULL; word++)
    g_assert_nonnull (strstr (english.out, *word));
  /* Ranked: 瑞林公寓 (94.26) first, 梅府雅居 (50.28) last. */
  g_assert_true (strstr (english.out, "瑞林公寓") < strstr (english.out, "湖桃苑"));
  g_assert_true (strstr (english.out, "瑞梅佳苑") < strstr (english.out, "梅府雅居"));

  if (!have_chinese_locale ())
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed (build-aux/dev installs it)");
      return;
    }
  run_cli (&chinese, "zh_CN.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3", NULL);
  g_assert_cmpint (chinese.status, ==, 0);
  for (const char *const *word = (const char *const[]) { "红榜", "黑榜", "警示名单", "名次",
                                                         "总分", "满意度", "无户数", NULL };
       *word != NULL; word++)
    g_assert_nonnull (strstr (chinese.out, *word));
  g_assert_null (strstr (chinese.out, "Rank"));
  g_assert_null (strstr (chinese.out, "black list"));
}

static void
test_cli_errors (void)
{
  g_autofree char *db = rl_test_temp_path ("never.redledger");
  g_autofree char *bad_scheme = NULL;
  g_auto(Run) no_quarter = { 0, };
  g_auto(Run) bad_quarter = { 0, };
  g_auto(Run) missing_scheme = { 0, };
  g_auto(Run) wrong_scheme = { 0, };
  g_auto(Run) extra = { 0, };

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  bad_scheme = rl_test_write_package ("bad-scheme.json",
                                      "{\"format\": \"redledger-scheme\", \"version\": 1,"
                                      " \"name\": \"x\", \"items\": [{\"item\": \"satisfaction\","
                                      " \"points\": 90, \"full_at\": 0.9, \"zero_at\": 0.6}],"
                                      " \"lists\": {}}");

  run_cli (&no_quarter, "C.UTF-8", "--db", db, "scorecard", "--json", NULL);
  g_assert_cmpint (no_quarter.status, ==, 2);
  run_cli (&extra, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3", "more", NULL);
  g_assert_cmpint (extra.status, ==, 2);

  run_cli (&bad_quarter, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026-09", NULL);
  g_assert_cmpint (bad_quarter.status, ==, 1);
  g_assert_nonnull (strstr (bad_quarter.err, "2026-09"));
  g_assert_nonnull (strstr (bad_quarter.err, "YYYYQn"));

  run_cli (&missing_scheme, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3",
           "--scheme", "/nonexistent/scheme.json", NULL);
  g_assert_cmpint (missing_scheme.status, ==, 1);
  g_assert_nonnull (strstr (missing_scheme.err, "/nonexistent/scheme.json"));

  run_cli (&wrong_scheme, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3",
           "--scheme", bad_scheme, NULL);
  g_assert_cmpint (wrong_scheme.status, ==, 1);
  g_assert_nonnull (strstr (wrong_scheme.err, "bad-scheme.json"));
  g_assert_nonnull (strstr (wrong_scheme.err, "90"));

  /* Nothing was written: the ledger was not even created. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_cli_scheme (void)
{
  g_autofree char *db = sample_ledger ();
  g_autofree char *text = quoted ("{'format': 'redledger-scheme', 'version': 1, 'name': '简化方案',"
                                  " 'items': [{'item': 'satisfaction', 'points': 60,"
                                  "   'full_at': 0.9, 'zero_at': 0.6},"
                                  "  {'item': 'inspection', 'points': 40}],"
                                  " 'lists': {'black': {'below': 30}}}");
  g_autofree char *path = rl_test_write_package ("simple.json", text);
  g_auto(Run) json = { 0, };
  g_auto(Run) table = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *first, *items;

  run_cli (&json, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3", "--scheme", path,
           "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, &error);
  g_assert_no_error (error);
  first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                       "rows"), 0);
  /* Only the scheme's items; no red list in it. 银福家园: satisfaction
   * 0.947 (60) and inspection 8.7 × 4. */
  items = json_object_get_object_member (first, "items");
  g_assert_cmpuint (json_object_get_size (items), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (first, "compound"), ==, "银福家园");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "total"), 60 + 34.8,
                                  EPSILON);
  g_assert_cmpstr (json_object_get_string_member (first, "list"), ==, "none");

  run_cli (&table, "C.UTF-8", "--db", db, "scorecard", "--quarter", "2026Q3", "--scheme", path,
           NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "简化方案"));
  g_assert_null (strstr (table.out, "Complaints"));
}

/* Tests: schemes */

static void
test_scheme_default (void)
{
  g_autoptr(RlScheme) scheme = rl_scheme_new_default ();
  const RlSchemeItem *party = &scheme->items[RL_ITEM_PARTY_BUILDING];

  g_assert_cmpstr (scheme->name, ==, "履约考评默认方案");
  g_assert_nonnull (strstr (scheme->json, "redledger-scheme"));
  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    g_assert_true (scheme->items[item].present);
  g_assert_cmpfloat (scheme->items[RL_ITEM_SATISFACTION].points, ==, 30);
  g_assert_cmpfloat (scheme->items[RL_ITEM_SATISFACTION].full_at, ==, 0.90);
  g_assert_cmpfloat (scheme->items[RL_ITEM_SATISFACTION].zero_at, ==, 0.60);
  g_assert_cmpfloat (scheme->items[RL_ITEM_RESPONSE_5341].points, ==, 20);
  g_assert_cmpfloat (scheme->items[RL_ITEM_RESPONSE_5341].full_at, ==, 0.95);
  g_assert_cmpfloat (scheme->items[RL_ITEM_RESPONSE_5341].zero_at, ==, 0.50);
  g_assert_cmpfloat (scheme->items[RL_ITEM_COMPLAINTS].full_at, ==, 1);
  g_assert_cmpfloat (scheme->items[RL_ITEM_COMPLAINTS].zero_at, ==, 5);
  g_assert_cmpfloat (party->points, ==, 15);
  g_assert_cmpfloat (party->organization, ==, 10);
  g_assert_cmpfloat (party->instructor, ==, 5);
  g_assert_cmpfloat (party->member_ratio, ==, 0.30);
  g_assert_cmpfloat (party->member_ratio_points, ==, 5);
  g_assert_cmpfloat (scheme->items[RL_ITEM_FEE_COLLECTION].full_at, ==, 0.95);
  g_assert_cmpfloat (scheme->items[RL_ITEM_FEE_COLLECTION].zero_at, ==, 0.70);
  g_assert_cmpfloat (scheme->items[RL_ITEM_INSPECTION].points, ==, 10);
  g_assert_cmpfloat (scheme->black_below, ==, 60);
  g_assert_true (scheme->black_on_veto);
  g_assert_cmpfloat (scheme->warning_below, ==, 70);
  g_assert_cmpfloat (scheme->red_from, ==, 90);
  g_assert_cmpfloat (scheme->red_min_satisfaction, ==, 0.90);
}

/* Points between zero_at and full_at, in both directions. */
static void
test_scheme_linear (void)
{
  g_autoptr(RlScheme) scheme = rl_scheme_new_default ();

  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION, 0.90), ==, 30);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION, 1.0), ==, 30);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION, 0.60), ==, 0);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION, 0.0), ==, 0);
  g_assert_cmpfloat_with_epsilon (rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION, 0.75),
                                  15, EPSILON);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_RESPONSE_5341, 0.95), ==, 20);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_RESPONSE_5341, 0.50), ==, 0);
  g_assert_cmpfloat_with_epsilon (rl_scheme_linear_points (scheme, RL_ITEM_RESPONSE_5341, 0.725),
                                  10, EPSILON);
  /* Fewer complaints, more points. */
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS, 1), ==, 15);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS, 0), ==, 15);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS, 5), ==, 0);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS, 12), ==, 0);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS, 3), ==, 7.5);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_FEE_COLLECTION, 0.95), ==, 10);
  g_assert_cmpfloat (rl_scheme_linear_points (scheme, RL_ITEM_FEE_COLLECTION, 0.70), ==, 0);
  g_assert_cmpfloat_with_epsilon (rl_scheme_linear_points (scheme, RL_ITEM_FEE_COLLECTION, 0.825),
                                  5, EPSILON);
  /* The score itself, to the bit. */
  g_assert_cmpfloat (rl_scheme_inspection_points (scheme, 7.2), ==, 7.2);
  g_assert_cmpfloat (rl_scheme_inspection_points (scheme, 10), ==, 10);
  g_assert_cmpfloat (rl_scheme_inspection_points (scheme, 0), ==, 0);
}

/* domain.md's boundaries: black under 60, warning under 70, red from 90
 * with satisfaction 0.90; a veto is black whatever the total. */
static void
test_scheme_lists (void)
{
  g_autoptr(RlScheme) scheme = rl_scheme_new_default ();
  static const struct
  {
    double      total;
    gboolean    veto;
    gboolean    has_satisfaction;
    double      satisfaction;
    RlScoreList list;
  } cases[] = {
    { 59.99, FALSE, TRUE, 1.0, RL_SCORE_LIST_BLACK },
    { 59.999999999, FALSE, TRUE, 1.0, RL_SCORE_LIST_BLACK },
    { 60, FALSE, TRUE, 1.0, RL_SCORE_LIST_WARNING },
    { 69.99, FALSE, TRUE, 1.0, RL_SCORE_LIST_WARNING },
    { 70, FALSE, TRUE, 1.0, RL_SCORE_LIST_NONE },
    { 89.99, FALSE, TRUE, 1.0, RL_SCORE_LIST_NONE },
    { 90, FALSE, TRUE, 0.90, RL_SCORE_LIST_RED },
    { 90, FALSE, TRUE, 1.0, RL_SCORE_LIST_RED },
    { 95, FALSE, TRUE, 0.8999, RL_SCORE_LIST_NONE },
    { 95, FALSE, FALSE, 0, RL_SCORE_LIST_NONE },
    { 95, TRUE, TRUE, 1.0, RL_SCORE_LIST_BLACK },
    { 65, TRUE, TRUE, 1.0, RL_SCORE_LIST_BLACK },
    { 0, FALSE, FALSE, 0, RL_SCORE_LIST_BLACK },
    { 100, FALSE, TRUE, 1.0, RL_SCORE_LIST_RED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RlScoreList list = rl_scheme_list_for (scheme, cases[i].total, cases[i].veto,
                                             cases[i].has_satisfaction, cases[i].satisfaction);

      g_test_message ("total %g, veto %d, satisfaction %g", cases[i].total, cases[i].veto,
                      cases[i].satisfaction);
      g_assert_cmpstr (rl_score_list_key (list), ==, rl_score_list_key (cases[i].list));
    }
}

/* A scheme of other weights and list rules. */
static void
test_scheme_custom (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text =
    quoted ("\xEF\xBB\xBF{'format': 'redledger-scheme', 'version': 1, 'name': ' 区方案 ',"
            " 'description': '满意度为重',"
            " 'items': [{'item': 'inspection', 'points': 20},"
            "  {'item': 'satisfaction', 'points': 33.3, 'full_at': 0.95, 'zero_at': 0.5},"
            "  {'item': 'complaints', 'points': 33.3, 'full_at': 0.5, 'zero_at': 3},"
            "  {'item': 'party_building', 'points': 13.4, 'organization': 13.4, 'instructor': 6,"
            "   'member_ratio': 0.5, 'member_ratio_points': 0}],"
            " 'lists': {'black': {'below': 50, 'veto': false}, 'warning': null,"
            "  'red': {'from': 85}}}");
  g_autoptr(RlScheme) scheme = rl_scheme_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (scheme->name, ==, "区方案");
  g_assert_cmpstr (scheme->description, ==, "满意度为重");
  g_assert_false (scheme->items[RL_ITEM_RESPONSE_5341].present);
  g_assert_false (scheme->items[RL_ITEM_FEE_COLLECTION].present);
  g_assert_cmpfloat (rl_scheme_inspection_points (scheme, 7.5), ==, 15);
  /* No warning list, no satisfaction condition for red, no black on veto. */
  g_assert_cmpint (rl_scheme_list_for (scheme, 49, FALSE, TRUE, 1), ==, RL_SCORE_LIST_BLACK);
  g_assert_cmpint (rl_scheme_list_for (scheme, 50, FALSE, TRUE, 1), ==, RL_SCORE_LIST_NONE);
  g_assert_cmpint (rl_scheme_list_for (scheme, 85, FALSE, FALSE, 0), ==, RL_SCORE_LIST_RED);
  g_assert_cmpint (rl_scheme_list_for (scheme, 85, TRUE, FALSE, 0), ==, RL_SCORE_LIST_RED);
  g_assert_cmpint (rl_scheme_list_for (scheme, 84.9, TRUE, FALSE, 0), ==, RL_SCORE_LIST_NONE);
  g_assert_true (rl_scheme_ref (scheme) == scheme);
  rl_scheme_unref (scheme);
}

typedef struct
{
  const char   *path;
  const char   *text;       /* single quotes for double ones */
  RlSchemeError code;
  const char   *mention;    /* a word the message must have */
} BadScheme;

#define ITEM_SATISFACTION "{'item': 'satisfaction', 'points': 30, 'full_at': 0.9, 'zero_at': 0.6}"
#define ITEM_RESPONSE "{'item': 'response_5341', 'points': 20, 'full_at': 0.95, 'zero_at': 0.5}"
#define ITEM_COMPLAINTS "{'item': 'complaints', 'points': 15, 'full_at': 1, 'zero_at': 5}"
#define ITEM_PARTY "{'item': 'party_building', 'points': 15, 'organization': 10, 'instructor': 5," \
                   " 'member_ratio': 0.3, 'member_ratio_points': 5}"
#define ITEM_FEE "{'item': 'fee_collection', 'points': 10, 'full_at': 0.95, 'zero_at': 0.7}"
#define ITEM_INSPECTION "{'item': 'inspection', 'points': 10}"
#define LISTS_OK "{'black': {'below': 60}, 'warning': {'below': 70}," \
                 " 'red': {'from': 90, 'satisfaction_rate_from': 0.9}}"
#define SCHEME(items, lists) \
  "{'format': 'redledger-scheme', 'version': 1, 'name': '测试', 'items': [" items "]," \
  " 'lists': " lists "}"
#define FIVE ITEM_RESPONSE ", " ITEM_COMPLAINTS ", " ITEM_PARTY ", " ITEM_FEE ", " ITEM_INSPECTION

static const BadScheme bad_schemes[] = {
  { "syntax", "{'format': 'redledger-scheme',", RL_SCHEME_ERROR_SYNTAX, "JSON" },
  { "format", "{'format': 'redledger-exchange', 'version': 1}", RL_SCHEME_ERROR_FORMAT,
    "redledger-scheme" },
  { "not-object", "[1, 2]", RL_SCHEME_ERROR_FORMAT, "redledger-scheme" },
  { "version", "{'format': 'redledger-scheme', 'version': 2, 'name': 'x'}",
    RL_SCHEME_ERROR_FORMAT, "version" },
  { "no-name", "{'format': 'redledger-scheme', 'version': 1, 'items': [], 'lists': {}}",
    RL_SCHEME_ERROR_MISSING, "name" },
  { "unknown-top-member", "{'format': 'redledger-scheme', 'version': 1, 'name': 'x', 'lsits': {}}",
    RL_SCHEME_ERROR_UNKNOWN_MEMBER, "lsits" },
  { "no-items", SCHEME ("", LISTS_OK), RL_SCHEME_ERROR_MISSING, "items" },
  { "unknown-item", SCHEME ("{'item': 'cleanliness', 'points': 30}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_UNKNOWN_ITEM, "cleanliness" },
  { "item-name-missing", SCHEME ("{'points': 30}, " FIVE, LISTS_OK), RL_SCHEME_ERROR_MISSING,
    "Item 1" },
  { "item-not-object", SCHEME ("30, " FIVE, LISTS_OK), RL_SCHEME_ERROR_TYPE, "Item 1" },
  { "duplicate-item", SCHEME (ITEM_SATISFACTION ", " ITEM_SATISFACTION ", " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_DUPLICATE_ITEM, "twice" },
  { "points-sum", SCHEME ("{'item': 'satisfaction', 'points': 25, 'full_at': 0.9,"
                          " 'zero_at': 0.6}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_POINTS, "95" },
  { "points-zero", SCHEME ("{'item': 'satisfaction', 'points': 0, 'full_at': 0.9,"
                           " 'zero_at': 0.6}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_RANGE, "points" },
  { "points-type", SCHEME ("{'item': 'satisfaction', 'points': '30', 'full_at': 0.9,"
                           " 'zero_at': 0.6}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_TYPE, "points" },
  { "full-at-missing", SCHEME ("{'item': 'satisfaction', 'points': 30, 'zero_at': 0.6}, " FIVE,
                               LISTS_OK),
    RL_SCHEME_ERROR_MISSING, "full_at" },
  { "order-higher", SCHEME ("{'item': 'satisfaction', 'points': 30, 'full_at': 0.6,"
                            " 'zero_at': 0.9}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_ORDER, "satisfaction" },
  { "order-equal", SCHEME (ITEM_SATISFACTION ", {'item': 'response_5341', 'points': 20,"
                           " 'full_at': 0.8, 'zero_at': 0.8}, " ITEM_COMPLAINTS ", " ITEM_PARTY
                           ", " ITEM_FEE ", " ITEM_INSPECTION, LISTS_OK),
    RL_SCHEME_ERROR_ORDER, "response_5341" },
  { "order-lower", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", {'item': 'complaints',"
                           " 'points': 15, 'full_at': 5, 'zero_at': 1}, " ITEM_PARTY ", " ITEM_FEE
                           ", " ITEM_INSPECTION, LISTS_OK),
    RL_SCHEME_ERROR_ORDER, "complaints" },
  { "rate-range", SCHEME ("{'item': 'satisfaction', 'points': 30, 'full_at': 1.5,"
                          " 'zero_at': 0.6}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_RANGE, "full_at" },
  { "negative-complaints", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", {'item': 'complaints',"
                                   " 'points': 15, 'full_at': -1, 'zero_at': 5}, " ITEM_PARTY ", "
                                   ITEM_FEE ", " ITEM_INSPECTION, LISTS_OK),
    RL_SCHEME_ERROR_RANGE, "full_at" },
  { "unknown-member", SCHEME ("{'item': 'satisfaction', 'points': 30, 'full_at': 0.9,"
                              " 'zero_at': 0.6, 'ful_at': 0.9}, " FIVE, LISTS_OK),
    RL_SCHEME_ERROR_UNKNOWN_MEMBER, "ful_at" },
  { "inspection-member", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", " ITEM_COMPLAINTS ", "
                                 ITEM_PARTY ", " ITEM_FEE ", {'item': 'inspection', 'points': 10,"
                                 " 'full_at': 10}", LISTS_OK),
    RL_SCHEME_ERROR_UNKNOWN_MEMBER, "full_at" },
  { "party-sum", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", " ITEM_COMPLAINTS ", "
                         "{'item': 'party_building', 'points': 15, 'organization': 10,"
                         " 'instructor': 5, 'member_ratio': 0.3, 'member_ratio_points': 4}, "
                         ITEM_FEE ", " ITEM_INSPECTION, LISTS_OK),
    RL_SCHEME_ERROR_POINTS, "member_ratio_points" },
  { "party-instructor", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", " ITEM_COMPLAINTS ", "
                                "{'item': 'party_building', 'points': 15, 'organization': 10,"
                                " 'instructor': 12, 'member_ratio': 0.3,"
                                " 'member_ratio_points': 5}, " ITEM_FEE ", " ITEM_INSPECTION,
                                LISTS_OK),
    RL_SCHEME_ERROR_RANGE, "instructor" },
  { "party-ratio", SCHEME (ITEM_SATISFACTION ", " ITEM_RESPONSE ", " ITEM_COMPLAINTS ", "
                           "{'item': 'party_building', 'points': 15, 'organization': 10,"
                           " 'instructor': 5, 'member_ratio': 30, 'member_ratio_points': 5}, "
                           ITEM_FEE ", " ITEM_INSPECTION, LISTS_OK),
    RL_SCHEME_ERROR_RANGE, "member_ratio" },
  { "no-lists", "{'format': 'redledger-scheme', 'version': 1, 'name': 'x', 'items': ["
    ITEM_SATISFACTION ", " FIVE "]}", RL_SCHEME_ERROR_MISSING, "lists" },
  { "lists-overlap", SCHEME (ITEM_SATISFACTION ", " FIVE,
                             "{'black': {'below': 60}, 'warning': {'below': 50}}"),
    RL_SCHEME_ERROR_LISTS, "overlap" },
  { "lists-red-low", SCHEME (ITEM_SATISFACTION ", " FIVE,
                             "{'black': {'below': 60}, 'warning': {'below': 70},"
                             " 'red': {'from': 65}}"),
    RL_SCHEME_ERROR_LISTS, "65" },
  { "list-type", SCHEME (ITEM_SATISFACTION ", " FIVE, "{'black': 60}"),
    RL_SCHEME_ERROR_TYPE, "black" },
  { "list-member", SCHEME (ITEM_SATISFACTION ", " FIVE, "{'red': {'from': 90, 'above': 1}}"),
    RL_SCHEME_ERROR_UNKNOWN_MEMBER, "above" },
  { "list-range", SCHEME (ITEM_SATISFACTION ", " FIVE, "{'red': {'from': 120}}"),
    RL_SCHEME_ERROR_RANGE, "120" },
  { "veto-type", SCHEME (ITEM_SATISFACTION ", " FIVE, "{'black': {'below': 60, 'veto': 1}}"),
    RL_SCHEME_ERROR_TYPE, "veto" },
};

static void
test_scheme_error (gconstpointer data)
{
  const BadScheme *bad = data;
  g_autofree char *text = quoted (bad->text);
  g_autoptr(GError) error = NULL;
  g_autoptr(RlScheme) scheme = rl_scheme_new_from_data (text, -1, &error);

  g_assert_null (scheme);
  g_assert_error (error, RL_SCHEME_ERROR, (int) bad->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, bad->mention));
}

static void
test_scheme_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rl_test_temp_path ("missing-scheme.json");
  g_autofree char *bad_text = quoted (SCHEME (ITEM_SATISFACTION, LISTS_OK));
  g_autofree char *bad = rl_test_write_package ("short-scheme.json", bad_text);

  g_assert_null (rl_scheme_new_from_file (path, &error));
  g_assert_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "missing-scheme.json"));
  g_clear_error (&error);

  /* The file's name comes first. */
  g_assert_null (rl_scheme_new_from_file (bad, &error));
  g_assert_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_POINTS);
  g_assert_true (g_str_has_prefix (error->message, "Scheme “"));
  g_assert_nonnull (strstr (error->message, "short-scheme.json"));
}

/* Tests: hand-made ledgers, one edge each */

static void
add (GString    *list,
     const char *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
add (GString    *list,
     const char *format,
     ...)
{
  va_list args;

  if (list->len > 0)
    g_string_append (list, ", ");
  va_start (args, format);
  g_string_append_vprintf (list, format, args);
  va_end (args);
}

/* @n answers rated @overall at @compound in August 2026. */
static void
add_answers (GString    *answers,
             const char *compound,
             guint       n,
             int         overall)
{
  static guint serial;

  for (guint i = 0; i < n; i++)
    add (answers, "{'id': 'a%u', 'compound_id': '%s', 'answered_on': '2026-08-%02u',"
         " 'overall': %d}", ++serial, compound, 1 + i % 28, overall);
}

/* @n normal orders of @category at @compound in August 2026, arriving in
 * @arrive minutes and resolved in 30 (exactly on the limit). */
static void
add_orders (GString    *orders,
            const char *compound,
            guint       n,
            const char *category,
            int         arrive)
{
  static guint serial;

  for (guint i = 0; i < n; i++)
    add (orders, "{'id': 'w%u', 'compound_id': '%s', 'channel': 'hotline_12345',"
         " 'category': '%s', 'severity': 'normal',"
         " 'received_at': '2026-08-%02uT10:00:00+08:00',"
         " 'arrived_at': '2026-08-%02uT10:%02d:00+08:00',"
         " 'resolved_at': '2026-08-%02uT10:30:00+08:00'}",
         ++serial, compound, category, 1 + i % 28, 1 + i % 28, arrive, 1 + i % 28);
}

/* A compound, its firm and its service (from 2020 unless @dates say). */
static void
add_unit (GString    *compounds,
          GString    *firms,
          GString    *services,
          const char *key,
          const char *compound_name,
          const char *households,
          const char *firm_name,
          const char *staffing,
          const char *dates)
{
  add (compounds, "{'id': 'cp%s', 'community_id': 'cm1', 'name': '%s', 'kind': 'old'%s%s}",
       key, compound_name, households ? ", 'households': " : "", households ? households : "");
  add (firms, "{'id': 'f%s', 'name': '%s'}", key, firm_name);
  add (services, "{'id': 's%s', 'firm_id': 'f%s', 'compound_id': 'cp%s', %s%s%s}", key, key, key,
       dates ? dates : "'start': '2020-01-01'", staffing ? ", " : "", staffing ? staffing : "");
}

/* Services A–G and the ties T1–T3, each showing some edges:
 * A: every item full or on its edge (satisfaction 0.9, compliance 0.95,
 *    complaints 1 per 100, Party members 3 of 10, fee 0.95): red.
 * B: every item at its zero edge; an instructor through its firm.
 * C: 0 households, no orders, no inspection; organization through firm.
 * D: all orders still open at the end; dissolved organization and ended
 *    instructor; a veto with 85 points.
 * E: in between everywhere: warning.
 * F: ends on the last day (not assessed); G: starts on it, no households.
 * T1–T3: equal totals; T2 and T3 of two firms of the same name. */
static void
load_units (Fixture *fixture)
{
  g_autoptr(GString) compounds = g_string_new (NULL);
  g_autoptr(GString) firms = g_string_new (NULL);
  g_autoptr(GString) services = g_string_new (NULL);
  g_autoptr(GString) answers = g_string_new (NULL);
  g_autoptr(GString) orders = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  add_unit (compounds, firms, services, "A", "甲院", "100", "甲物业",
            "'staff': 10, 'party_members': 3", NULL);
  add_unit (compounds, firms, services, "B", "乙院", "200", "乙物业",
            "'staff': 10, 'party_members': 2", NULL);
  add_unit (compounds, firms, services, "C", "丙院", "0", "丙物业", "'party_members': 5", NULL);
  add_unit (compounds, firms, services, "D", "丁院", "100", "丁物业",
            "'staff': 0, 'party_members': 0", NULL);
  add_unit (compounds, firms, services, "E", "戊院", "100", "戊物业",
            "'staff': 10, 'party_members': 3", NULL);
  add_unit (compounds, firms, services, "F", "己院", "100", "己物业", NULL,
            "'start': '2020-01-01', 'end': '2026-09-30'");
  add_unit (compounds, firms, services, "G", "庚院", NULL, "庚物业", NULL,
            "'start': '2026-09-30'");
  add_unit (compounds, firms, services, "T1", "甲院二", "100", "a物业", NULL, NULL);
  add_unit (compounds, firms, services, "T2", "甲院二", "100", "B物业", NULL, NULL);
  add_unit (compounds, firms, services, "T3", "乙院二", "100", "B物业", NULL, NULL);

  /* A: 9 of 10 satisfied (an answer of Q2 does not count); B: 6 of 10;
   * C: 3 of 4; D: all; E: 8 of 10. */
  add_answers (answers, "cpA", 9, 5);
  add_answers (answers, "cpA", 1, 2);
  add (answers, "{'id': 'q2', 'compound_id': 'cpA', 'answered_on': '2026-06-30', 'overall': 1}");
  add_answers (answers, "cpB", 6, 4);
  add_answers (answers, "cpB", 4, 3);
  add_answers (answers, "cpC", 3, 4);
  add_answers (answers, "cpC", 1, 1);
  add_answers (answers, "cpD", 10, 5);
  add_answers (answers, "cpE", 8, 4);
  add_answers (answers, "cpE", 2, 2);

  /* A: 19 of 20 on time (exactly on both limits), one complaint; B: 5 of
   * 10, all complaints (5 per 100), the others arriving in 8 minutes;
   * D: two orders still open at the end; E: 29 of 40 (0.725), 3
   * complaints per 100. */
  add_orders (orders, "cpA", 18, "repair", 5);
  add_orders (orders, "cpA", 1, "complaint", 5);
  add_orders (orders, "cpA", 1, "repair", 6);
  add_orders (orders, "cpB", 5, "complaint", 5);
  add_orders (orders, "cpB", 5, "complaint", 8);
  add (orders, "{'id': 'open1', 'compound_id': 'cpD', 'channel': 'grid', 'category': 'repair',"
       " 'severity': 'normal', 'received_at': '2026-09-30T23:58:00+08:00'}");
  add (orders, "{'id': 'open2', 'compound_id': 'cpD', 'channel': 'grid', 'category': 'repair',"
       " 'severity': 'complex', 'received_at': '2026-09-30T23:57:00+08:00',"
       " 'arrived_at': '2026-09-30T23:59:00+08:00'}");
  add_orders (orders, "cpE", 26, "repair", 5);
  add_orders (orders, "cpE", 3, "complaint", 5);
  add_orders (orders, "cpE", 11, "repair", 9);

  text = g_strdup_printf (
    "{'format': 'redledger-exchange', 'version': 1,"
    " 'streets': [{'id': 'st1', 'name': '径河街道'}],"
    " 'communities': [{'id': 'cm1', 'street_id': 'st1', 'name': '稻香社区'}],"
    " 'compounds': [%s], 'firms': [%s], 'services': [%s],"
    " 'party_orgs': [{'id': 'poA', 'name': '甲院项目党支部', 'kind': 'branch',"
    "   'founded_on': '2020-01-01', 'covers': [{'service': 'sA'}]},"
    "  {'id': 'poC', 'name': '丙物业党支部', 'kind': 'joint_branch', 'founded_on': '2020-01-01',"
    "   'covers': [{'firm': 'fC'}]},"
    "  {'id': 'poD', 'name': '丁院项目党支部', 'kind': 'branch', 'founded_on': '2020-01-01',"
    "   'dissolved_on': '2026-09-30', 'covers': [{'service': 'sD'}]},"
    "  {'id': 'poE', 'name': '戊院党支部', 'kind': 'branch', 'founded_on': '2026-09-30',"
    "   'covers': [{'service': 'sE'}]},"
    "  {'id': 'poX', 'name': '戊院小区党支部', 'kind': 'branch', 'founded_on': '2020-01-01',"
    "   'covers': [{'compound': 'cpT1'}]}],"
    " 'instructors': [{'id': 'iB', 'name': '赵静', 'start': '2026-01-01',"
    "   'assigned': [{'firm': 'fB'}]},"
    "  {'id': 'iD', 'name': '钱敏', 'start': '2026-01-01', 'end': '2026-09-30',"
    "   'assigned': [{'service': 'sD'}]}],"
    " 'survey_responses': [%s], 'work_orders': [%s],"
    " 'inspections': [{'id': 'iA', 'service_id': 'sA', 'quarter': '2026Q3', 'score': 7.2,"
    "   'fee_collection_rate': 0.95},"
    "  {'id': 'iB3', 'service_id': 'sB', 'quarter': '2026Q3', 'fee_collection_rate': 0.7},"
    "  {'id': 'iC2', 'service_id': 'sC', 'quarter': '2026Q2', 'score': 9,"
    "   'fee_collection_rate': 0.99},"
    "  {'id': 'iD3', 'service_id': 'sD', 'quarter': '2026Q3', 'score': 10,"
    "   'fee_collection_rate': 1, 'veto': 'safety_accident', 'note': '电梯困人'},"
    "  {'id': 'iE3', 'service_id': 'sE', 'quarter': '2026Q3', 'score': 5,"
    "   'fee_collection_rate': 0.825},"
    "  {'id': 'iG3', 'service_id': 'sG', 'quarter': '2026Q3', 'score': 1}]}",
    compounds->str, firms->str, services->str, answers->str, orders->str);
  g_strdelimit (text, "'", '"');
  path = rl_test_write_package ("units.json", text);
  import_path (fixture->store, path);
}

static void
test_items (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RlScorecards) cards = NULL;
  const RlScorecard *card;

  load_units (fixture);
  cards = score (fixture->store, "2026Q3", NULL, NULL);

  /* F ended on the last day; G started on it. */
  g_assert_cmpuint (cards->rows->len, ==, 9);
  g_assert_null (find_card (cards, "sF"));

  card = find_card (cards, "sA");
  assert_card (card, (double[]) { 30, 20, 15, 15, 10, 7.2 }, RL_SCORE_LIST_RED, "");
  g_assert_cmpfloat (card->total, ==, 97.2);
  g_assert_cmpfloat (card->measures[RL_MEASURE_SATISFACTION_RATE], ==, 0.9);
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLIANCE_5341], ==, 0.95);
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLAINT_RATE], ==, 1);
  g_assert_cmpfloat (card->measures[RL_MEASURE_FEE_COLLECTION_RATE], ==, 0.95);
  g_assert_null (card->veto);
  g_assert_cmpuint (card->rank, ==, 1);

  /* An instructor through the firm; 2 of 10 staff is too few; no score. */
  card = find_card (cards, "sB");
  assert_card (card, (double[]) { 0, 0, 0, 5, 0, 0 }, RL_SCORE_LIST_BLACK, "");
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLIANCE_5341], ==, 0.5);
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLAINT_RATE], ==, 5);
  g_assert_cmpfloat (card->measures[RL_MEASURE_SATISFACTION_RATE], ==, 0.6);
  g_assert_false (card->has_score);
  g_assert_cmpuint (card->rank, ==, 9);

  /* Any kind of organization counts, through the firm; no staff figure:
   * no member points; Q2's inspection is not Q3's. */
  card = find_card (cards, "sC");
  assert_card (card, (double[]) { 15, 20, 0, 10, 0, 0 }, RL_SCORE_LIST_BLACK,
               "no_orders no_households no_inspection");
  g_assert_false (card->has_measure[RL_MEASURE_COMPLIANCE_5341]);
  g_assert_false (card->has_measure[RL_MEASURE_COMPLAINT_RATE]);
  g_assert_false (card->has_measure[RL_MEASURE_FEE_COLLECTION_RATE]);
  g_assert_null (card->inspection_id);

  /* Orders left out count as none; a veto is black at 85 points. */
  card = find_card (cards, "sD");
  assert_card (card, (double[]) { 30, 20, 15, 0, 10, 10 }, RL_SCORE_LIST_BLACK, "no_orders");
  g_assert_cmpstr (card->veto, ==, "safety_accident");
  g_assert_cmpstr (card->note, ==, "电梯困人");
  g_assert_nonnull (card->compliance);
  g_assert_cmpint (card->compliance->all.left_out, ==, 2);
  g_assert_cmpuint (card->organizations->len, ==, 0);
  g_assert_cmpuint (card->instructors->len, ==, 0);
  g_assert_cmpuint (card->rank, ==, 2);

  /* In between; an organization founded on the last day counts. */
  card = find_card (cards, "sE");
  assert_card (card, (double[]) { 20, 10, 7.5, 15, 5, 5 }, RL_SCORE_LIST_WARNING, "");
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLIANCE_5341], ==, 0.725);
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLAINT_RATE], ==, 3);

  /* An inspection with only a score; no households given. */
  card = find_card (cards, "sG");
  assert_card (card, (double[]) { 0, 20, 0, 0, 0, 1 }, RL_SCORE_LIST_BLACK,
               "no_survey no_orders no_households");
  g_assert_false (card->has_measure[RL_MEASURE_FEE_COLLECTION_RATE]);
  g_assert_cmpstr (card->inspection_id, ==, "iG3");

  /* A compound's organization does not cover the firm serving there. */
  card = find_card (cards, "sT1");
  assert_card (card, (double[]) { 0, 20, 15, 0, 0, 0 }, RL_SCORE_LIST_BLACK,
               "no_survey no_orders no_inspection");
}

/* Equal totals: by firm name, then compound name, by code point ("B" <
 * "a", 乙 U+4E59 < 甲 U+7532), whatever the locale says. */
static void
test_ties (Fixture       *fixture,
           gconstpointer  data)
{
  static const char *const expected[] = {
    "sA", "sD", "sE", "sC", "sT3", "sT2", "sT1", "sG", "sB"
  };
  g_autoptr(RlScorecards) cards = NULL;

  load_units (fixture);
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  cards = score (fixture->store, "2026Q3", NULL, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpuint (cards->rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RlScorecard *card = g_ptr_array_index (cards->rows, i);

      g_assert_cmpstr (card->service_id, ==, expected[i]);
      g_assert_cmpuint (card->rank, ==, i + 1);
    }
  g_assert_cmpfloat (find_card (cards, "sT1")->total, ==, find_card (cards, "sT3")->total);
}

/* Each item explains itself, with the records behind it. */
static void
test_explain (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RlScorecards) cards = NULL;
  const RlScorecard *a, *b, *d;
  g_autofree char *text = NULL;
  const RlJudgedOrder *failed = NULL;

  load_units (fixture);
  cards = score (fixture->store, "2026Q3", NULL, NULL);
  a = find_card (cards, "sA");
  b = find_card (cards, "sB");
  d = find_card (cards, "sD");

  /* Satisfaction: the answers counted. */
  g_assert_cmpuint (a->compound_figures->answers->len, ==, 10);
  text = rl_scorecard_explain_item (cards, a, RL_ITEM_SATISFACTION);
  g_assert_cmpstr (text, ==, "9 of 10 answers rate 4 or 5 (90.0%): 30.00 of 30 points");
  g_clear_pointer (&text, g_free);

  /* 5341: the orders counted and the failed one with its reason. */
  g_assert_cmpuint (a->compliance->orders->len, ==, 20);
  for (guint i = 0; i < a->compliance->orders->len; i++)
    if (g_array_index (a->compliance->orders, RlJudgedOrder, i).verdict.verdict
        == RL_VERDICT_FAILED)
      failed = &g_array_index (a->compliance->orders, RlJudgedOrder, i);
  g_assert_nonnull (failed);
  text = rl_order_verdict_describe (&failed->verdict);
  g_assert_cmpstr (text, ==, "arrived in 6 min, over the 5 min limit");
  g_clear_pointer (&text, g_free);
  text = rl_scorecard_explain_item (cards, a, RL_ITEM_RESPONSE_5341);
  g_assert_cmpstr (text, ==, "19 of 20 orders met rule 5341 (95.0%), 0 left out: "
                             "20.00 of 20 points");
  g_clear_pointer (&text, g_free);

  /* Complaints: the complaint orders and the households. */
  g_assert_cmpuint (b->compound_figures->complaint_ids->len, ==, 10);
  text = rl_scorecard_explain_item (cards, b, RL_ITEM_COMPLAINTS);
  g_assert_cmpstr (text, ==, "10 complaints for 200 households (5.00 per 100): "
                             "0.00 of 15 points");
  g_clear_pointer (&text, g_free);

  /* Party building: the organization or instructor, and the staff. */
  g_assert_cmpuint (a->organizations->len, ==, 1);
  g_assert_cmpstr (a->organizations->pdata[0], ==, "poA");
  g_assert_cmpstr (b->instructors->pdata[0], ==, "iB");
  text = rl_scorecard_explain_item (cards, b, RL_ITEM_PARTY_BUILDING);
  g_assert_cmpstr (text, ==, "no Party organization, instructor iB assigned: 5 points; "
                             "2 Party members of 10 staff (20.0%, under 30.0%): no more points");
  g_clear_pointer (&text, g_free);

  /* The inspection. */
  text = rl_scorecard_explain_item (cards, a, RL_ITEM_INSPECTION);
  g_assert_cmpstr (text, ==, "inspection iA scored 7.2 of 10: 7.20 of 10 points");
  g_clear_pointer (&text, g_free);
  text = rl_scorecard_explain_item (cards, b, RL_ITEM_FEE_COLLECTION);
  g_assert_cmpstr (text, ==, "fee collection rate 70.0% (inspection iB3): 0.00 of 10 points");
  g_clear_pointer (&text, g_free);

  /* Why a unit is on its list. */
  text = rl_scorecard_list_reason (cards, d);
  g_assert_cmpstr (text, ==, "veto: safety accident");
  g_clear_pointer (&text, g_free);
  text = rl_scorecard_list_reason (cards, b);
  g_assert_cmpstr (text, ==, "total 5.00 is under 60");
  g_clear_pointer (&text, g_free);
  text = rl_scorecard_list_reason (cards, a);
  g_assert_cmpstr (text, ==, "total 97.20 is 90 or more, satisfaction rate 90.0%");

  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    for (guint i = 0; i < cards->rows->len; i++)
      {
        g_autofree char *line = rl_scorecard_explain_item (cards, cards->rows->pdata[i], item);

        g_assert_nonnull (line);
        g_assert_cmpstr (line, !=, "");
      }
}

/* A district's own limits (arrive in 10 minutes) change the verdicts and
 * the points: B's late arrivals (8 minutes) comply. */
static void
test_profile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RlResponseProfile) relaxed = rl_response_profile_new ("十分钟", 10, 30, 240, 1440);
  g_autoptr(RlScorecards) cards = NULL;
  const RlScorecard *card;

  load_units (fixture);
  cards = score (fixture->store, "2026Q3", NULL, relaxed);
  g_assert_cmpstr (cards->figures->profile->name, ==, "十分钟");
  card = find_card (cards, "sB");
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLIANCE_5341], ==, 1);
  g_assert_cmpfloat (card->items[RL_ITEM_RESPONSE_5341], ==, 20);
  card = find_card (cards, "sE");
  g_assert_cmpfloat (card->measures[RL_MEASURE_COMPLIANCE_5341], ==, 1);
}

/* Other weights and list rules: the same evidence, other points. */
static void
test_scheme_scores (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *text =
    quoted ("{'format': 'redledger-scheme', 'version': 1, 'name': '区方案',"
            " 'items': [{'item': 'satisfaction', 'points': 50, 'full_at': 1, 'zero_at': 0.5},"
            "  {'item': 'response_5341', 'points': 50, 'full_at': 1, 'zero_at': 0}],"
            " 'lists': {'black': {'below': 40, 'veto': false}, 'warning': {'below': 50},"
            "  'red': {'from': 90}}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(RlScheme) scheme = rl_scheme_new_from_data (text, -1, &error);
  g_autoptr(RlScorecards) cards = NULL;
  const RlScorecard *card;

  g_assert_no_error (error);
  load_units (fixture);
  cards = score (fixture->store, "2026Q3", scheme, NULL);
  g_assert_true (cards->scheme == scheme);

  /* D: all satisfied, no orders; the veto no longer blacklists. */
  card = find_card (cards, "sD");
  g_assert_cmpfloat (card->total, ==, 100);
  g_assert_cmpint (card->list, ==, RL_SCORE_LIST_RED);
  g_assert_cmpuint (card->rank, ==, 1);
  /* A: 0.9 of satisfaction, 0.95 of 5341; the other items are not there. */
  card = find_card (cards, "sA");
  g_assert_cmpfloat_with_epsilon (card->total, 40 + 47.5, EPSILON);
  g_assert_cmpfloat (card->items[RL_ITEM_INSPECTION], ==, 0);
  g_assert_cmpint (card->list, ==, RL_SCORE_LIST_NONE);
  /* B: 0.6 and 0.5. */
  card = find_card (cards, "sB");
  g_assert_cmpfloat_with_epsilon (card->total, 10 + 25, EPSILON);
  g_assert_cmpint (card->list, ==, RL_SCORE_LIST_BLACK);
  /* C: 0.75 and no orders (full). */
  card = find_card (cards, "sC");
  g_assert_cmpfloat_with_epsilon (card->total, 25 + 50, EPSILON);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RlScorecards) cards = score (fixture->store, "2026Q3", NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (cards->rows->len, ==, 0);
  g_assert_cmpstr (cards->quarter.name, ==, "2026Q3");
  g_assert_null (rl_scorecards_compute (fixture->store, "Q3", NULL, NULL, &error));
  g_assert_error (error, RL_QUARTER_ERROR, RL_QUARTER_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/scorecard/sample/2026Q2", Fixture, "2026Q2", fixture_setup, test_sample,
              fixture_teardown);
  g_test_add ("/core/scorecard/sample/2026Q3", Fixture, "2026Q3", fixture_setup, test_sample,
              fixture_teardown);
  g_test_add_func ("/cli/scorecard/json", test_cli_json);
  g_test_add_func ("/cli/scorecard/text", test_cli_text);
  g_test_add_func ("/cli/scorecard/errors", test_cli_errors);
  g_test_add_func ("/cli/scorecard/scheme", test_cli_scheme);

  g_test_add_func ("/core/scheme/default", test_scheme_default);
  g_test_add_func ("/core/scheme/linear", test_scheme_linear);
  g_test_add_func ("/core/scheme/lists", test_scheme_lists);
  g_test_add_func ("/core/scheme/custom", test_scheme_custom);
  g_test_add_func ("/core/scheme/file", test_scheme_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_schemes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/scheme/error/%s", bad_schemes[i].path);

      g_test_add_data_func (path, &bad_schemes[i], test_scheme_error);
    }

  g_test_add ("/core/scorecard/items", Fixture, NULL, fixture_setup, test_items,
              fixture_teardown);
  g_test_add ("/core/scorecard/ties", Fixture, NULL, fixture_setup, test_ties, fixture_teardown);
  g_test_add ("/core/scorecard/explain", Fixture, NULL, fixture_setup, test_explain,
              fixture_teardown);
  g_test_add ("/core/scorecard/profile", Fixture, NULL, fixture_setup, test_profile,
              fixture_teardown);
  g_test_add ("/core/scorecard/scheme", Fixture, NULL, fixture_setup, test_scheme_scores,
              fixture_teardown);
  g_test_add ("/core/scorecard/empty", Fixture, NULL, fixture_setup, test_empty,
              fixture_teardown);

  return g_test_run ();
}
