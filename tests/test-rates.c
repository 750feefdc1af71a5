/* test-rates.c: the three rates, coverage, their lists and targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "rl-importer.h"
#include "rl-rates.h"
#include "rl-test-util.h"

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

/* Three streets (东山 has no community, 将军路 one community with no
 * compound unless the test adds one) and the test's own records. Single
 * quotes stand for double ones, to keep the packages readable. */
static void
load (Fixture    *fixture,
      const char *members)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  text = g_strconcat ("{'format': 'redledger-exchange', 'version': 1,"
                      " 'streets': [{'id': 'st1', 'name': '径河街道'},"
                      "  {'id': 'st2', 'name': '将军路街道'}, {'id': 'st3', 'name': '东山街道'}],"
                      " 'communities': [{'id': 'cm1', 'street_id': 'st1', 'name': '稻香社区'},"
                      "  {'id': 'cm2', 'street_id': 'st2', 'name': '海景社区'}]",
                      *members != '\0' ? ", " : "", members, "}", NULL);
  g_strdelimit (text, "'", '"');
  path = rl_test_write_package ("package.json", text);
  import_path (fixture->store, path);
}

static RlRates *
rates_on (RlStore    *store,
          const char *date)
{
  g_autoptr(GError) error = NULL;
  RlRates *rates = rl_rates_compute (store, date, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rates);
  g_assert_cmpstr (rates->date, ==, date);
  return rates;
}

/* The total for a NULL id. */
static const RlRatesRow *
find_row (const RlRates *rates,
          const char    *id)
{
  if (id == NULL)
    return &rates->total;
  for (guint i = 0; i < rates->streets->len; i++)
    if (g_strcmp0 (((RlRatesRow *) g_ptr_array_index (rates->streets, i))->id, id) == 0)
      return g_ptr_array_index (rates->streets, i);
  for (guint i = 0; i < rates->communities->len; i++)
    if (g_strcmp0 (((RlRatesRow *) g_ptr_array_index (rates->communities, i))->id, id) == 0)
      return g_ptr_array_index (rates->communities, i);
  g_error ("no row %s", id);
}

static void
assert_ratio (const RlRatesRow *row,
              RlRate            rate,
              gint64            num,
              gint64            den)
{
  g_assert_cmpint (row->ratios[rate].num, ==, num);
  g_assert_cmpint (row->ratios[rate].den, ==, den);
  g_assert_cmpint (rl_ratio_has_rate (&row->ratios[rate]), ==, den != 0);
  if (den == 0)
    g_assert_true (isnan (rl_ratio_get_rate (&row->ratios[rate])));
  else
    g_assert_true (rl_ratio_get_rate (&row->ratios[rate]) == (double) num / (double) den);
}

/* One rate of the ledger as a whole on @date. */
static void
assert_total (RlStore    *store,
              const char *date,
              RlRate      rate,
              gint64      num,
              gint64      den)
{
  g_autoptr(RlRates) rates = rates_on (store, date);

  assert_ratio (&rates->total, rate, num, den);
}

static GPtrArray *
gaps (RlStore    *store,
      RlGap       gap,
      const char *date,
      RlScope     scope,
      const char *scope_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = rl_rates_gaps (store, gap, date, scope, scope_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

/* The ids of a list, space-separated, in its order. */
static char *
gap_ids (RlStore    *store,
         RlGap       gap,
         const char *date,
         RlScope     scope,
         const char *scope_id)
{
  g_autoptr(GPtrArray) rows = gaps (store, gap, date, scope, scope_id);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", ((RlGapRow *) rows->pdata[i])->id);
  return g_string_free (ids, FALSE);
}

static void
assert_gap (RlStore    *store,
            RlGap       gap,
            const char *date,
            RlScope     scope,
            const char *scope_id,
            const char *expected)
{
  g_autofree char *ids = gap_ids (store, gap, date, scope, scope_id);

  g_assert_cmpstr (ids, ==, expected);
}

/* Comparing with the district's published figures */

/* One row's figures, wherever they come from: the core's RlRatesRow or
 * the CLI's JSON. Strings are borrowed. */
typedef struct
{
  const char *id;
  const char *name;
  gint64      compounds;
  RlRatio     ratios[RL_N_RATES];
  gboolean    has_rate[RL_N_RATES];
  double      rate[RL_N_RATES];
} Figures;

typedef struct
{
  const char *date;
  Figures     total;
  GArray     *streets;
  GArray     *communities;
} AllFigures;

static void
all_figures_clear (AllFigures *all)
{
  g_clear_pointer (&all->streets, g_array_unref);
  g_clear_pointer (&all->communities, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AllFigures, all_figures_clear)

static Figures
figures_from_row (const RlRatesRow *row)
{
  Figures figures = { row->id, row->name, row->compounds };

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      figures.ratios[rate] = row->ratios[rate];
      figures.has_rate[rate] = rl_ratio_has_rate (&row->ratios[rate]);
      figures.rate[rate] = rl_ratio_get_rate (&row->ratios[rate]);
    }
  return figures;
}

static void
all_from_rates (AllFigures    *all,
                const RlRates *rates)
{
  all->date = rates->date;
  all->total = figures_from_row (&rates->total);
  all->streets = g_array_new (FALSE, FALSE, sizeof (Figures));
  all->communities = g_array_new (FALSE, FALSE, sizeof (Figures));
  for (guint i = 0; i < rates->streets->len; i++)
    {
      Figures figures = figures_from_row (g_ptr_array_index (rates->streets, i));
      g_array_append_val (all->streets, figures);
    }
  for (guint i = 0; i < rates->communities->len; i++)
    {
      Figures figures = figures_from_row (g_ptr_array_index (rates->communities, i));
      g_array_append_val (all->communities, figures);
    }
}

static void
assert_members (JsonObject        *object,
                const char *const *names)
{
  g_autoptr(GList) members = json_object_get_members (object);
  GList *l = members;

  for (guint i = 0; names[i] != NULL; i++, l = l->next)
    {
      g_assert_nonnull (l);
      g_assert_cmpstr (l->data, ==, names[i]);
    }
  g_assert_null (l);
}

static gint64
json_int (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  return json_node_get_int (node);
}

/* The CLI's JSON, checking its members are cli.md's, in its order. */
static Figures
figures_from_json (JsonObject *object)
{
  static const char *const names[] = {
    "id", "name", "compounds", "committee_formation", "service_coverage",
    "party_org_coverage", "party_work_coverage", "red_property_coverage", NULL
  };
  static const char *const ratio_names[] = { "num", "den", "rate", NULL };
  Figures figures = { NULL, };

  assert_members (object, names);
  figures.id = json_object_get_null_member (object, "id")
               ? NULL : json_object_get_string_member (object, "id");
  figures.name = json_object_get_string_member (object, "name");
  figures.compounds = json_int (object, "compounds");
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      JsonObject *ratio = json_object_get_object_member (object, rl_rate_key (rate));
      JsonNode *node = json_object_get_member (ratio, "rate");

      assert_members (ratio, ratio_names);
      figures.ratios[rate].num = json_int (ratio, "num");
      figures.ratios[rate].den = json_int (ratio, "den");
      figures.has_rate[rate] = !JSON_NODE_HOLDS_NULL (node);
      if (figures.has_rate[rate])
        {
          g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
          figures.rate[rate] = json_node_get_double (node);
        }
    }
  return figures;
}

static void
all_from_json (AllFigures *all,
               JsonObject *root)
{
  static const char *const names[] = { "date", "total", "streets", "communities", NULL };
  JsonArray *streets, *communities;

  assert_members (root, names);
  all->date = json_object_get_string_member (root, "date");
  all->total = figures_from_json (json_object_get_object_member (root, "total"));
  all->streets = g_array_new (FALSE, FALSE, sizeof (Figures));
  all->communities = g_array_new (FALSE, FALSE, sizeof (Figures));
  streets = json_object_get_array_member (root, "streets");
  communities = json_object_get_array_member (root, "communities");
  for (guint i = 0; i < json_array_get_length (streets); i++)
    {
      Figures figures = figures_from_json (json_array_get_object_element (streets, i));
      g_array_append_val (all->streets, figures);
    }
  for (guint i = 0; i < json_array_get_length (communities); i++)
    {
      Figures figures = figures_from_json (json_array_get_object_element (communities, i));
      g_array_append_val (all->communities, figures);
    }
}

/* Same id, name and counts; num and den equal; rate equal as a double, or
 * null on both sides. */
static void
assert_figures (JsonObject    *expected,
                const Figures *actual)
{
  const char *id = json_object_get_null_member (expected, "id")
                   ? NULL : json_object_get_string_member (expected, "id");

  g_assert_cmpstr (actual->id, ==, id);
  g_assert_cmpstr (actual->name, ==, json_object_get_string_member (expected, "name"));
  g_assert_cmpint (actual->compounds, ==, json_object_get_int_member (expected, "compounds"));
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      JsonObject *ratio = json_object_get_object_member (expected, rl_rate_key (rate));

      g_assert_cmpint (actual->ratios[rate].num, ==, json_object_get_int_member (ratio, "num"));
      g_assert_cmpint (actual->ratios[rate].den, ==, json_object_get_int_member (ratio, "den"));
      if (json_object_get_null_member (ratio, "rate"))
        g_assert_false (actual->has_rate[rate]);
      else
        {
          g_assert_true (actual->has_rate[rate]);
          g_assert_true (actual->rate[rate]
                         == json_node_get_double (json_object_get_member (ratio, "rate")));
        }
    }
}

static void
assert_figure_rows (JsonArray    *expected,
                    const GArray *actual)
{
  g_assert_cmpuint (actual->len, ==, json_array_get_length (expected));
  for (guint i = 0; i < actual->len; i++)
    assert_figures (json_array_get_object_element (expected, i),
                    &g_array_index (actual, Figures, i));
}

static void
assert_published (const char       *date,
                  const AllFigures *actual)
{
  g_autofree char *name = g_strdup_printf ("jinghe-2026.rates-%s.json", date);
  g_autofree char *path = rl_test_data_path (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *expected;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (actual->date, ==, json_object_get_string_member (expected, "date"));
  assert_figures (json_object_get_object_member (expected, "total"), &actual->total);
  assert_figure_rows (json_object_get_array_member (expected, "streets"), actual->streets);
  assert_figure_rows (json_object_get_array_member (expected, "communities"),
                      actual->communities);
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

/* Tests: the district's sample */

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  const char *date = data;
  g_autoptr(RlRates) rates = NULL;
  g_auto(AllFigures) actual = { NULL, };

  import_sample (fixture->store);
  rates = rates_on (fixture->store, date);
  all_from_rates (&actual, rates);
  assert_published (date, &actual);
}

static void
test_sample_gaps (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) overdue = NULL;
  const RlGapRow *row;

  import_sample (fixture->store);

  /* Branches and functional organizations only: the joint branch over all
   * three firms does not count; svc-7-000352's branch is founded later. */
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-09-30", RL_SCOPE_LEDGER, NULL,
              "svc-7-000352 svc-7-000088 svc-7-000182 svc-7-000718 svc-7-000801");
  /* Before 2026-08-20 svc-7-000007 and svc-7-000881 had no branch yet. */
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-06-30", RL_SCOPE_COMMUNITY,
              "comm-7-000005", "svc-7-000088 svc-7-000182 svc-7-000007");

  /* oc-7-000183 is dissolved on the day itself. */
  overdue = gaps (fixture->store, RL_GAP_TERM_OVERDUE, "2026-09-30", RL_SCOPE_LEDGER, NULL);
  g_assert_cmpuint (overdue->len, ==, 3);
  row = g_ptr_array_index (overdue, 0);
  g_assert_cmpstr (row->id, ==, "oc-7-000259");   /* 林海新村 before 湖苑新村: 林 < 湖 */
  g_assert_cmpstr (row->term_end, ==, "2024-03-31");
  g_assert_cmpstr (row->community_name, ==, "径河稻香社区0");
  /* 径河鑫海社区2 sorts after 径河稻香社区0 (鑫 > 稻). */
  row = g_ptr_array_index (overdue, 2);
  g_assert_cmpstr (row->id, ==, "oc-7-000719");
}

static void
test_cli_json (void)
{
  g_autofree char *db = sample_ledger ();

  for (const char *const *date = (const char *const[]) { "2026-06-30", "2026-09-30", NULL };
       *date != NULL; date++)
    {
      g_auto(Run) run = { 0, };
      g_auto(AllFigures) actual = { NULL, };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      run_cli (&run, "C.UTF-8", "--db", db, "rates", "--date", *date, "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      json_parser_load_from_data (parser, run.out, -1, &error);
      g_assert_no_error (error);
      all_from_json (&actual, json_node_get_object (json_parser_get_root (parser)));
      assert_published (*date, &actual);
    }
}

static void
test_cli_text (void)
{
  g_autofree char *db = sample_ledger ();
  g_autofree char *empty = rl_test_temp_path ("empty.redledger");
  g_auto(Run) english = { 0, };
  g_auto(Run) chinese = { 0, };
  g_auto(Run) none = { 0, };

  run_cli (&english, "C.UTF-8", "--db", db, "rates", "--date", "2026-09-30", NULL);
  g_assert_cmpint (english.status, ==, 0);
  g_assert_nonnull (strstr (english.out, "2026-09-30"));
  g_assert_nonnull (strstr (english.out, "Committee formation rate"));
  /* 8/12, and 1/2 and 2/3 in the communities. */
  g_assert_nonnull (strstr (english.out, "66.7%"));
  g_assert_nonnull (strstr (english.out, "50.0%"));
  /* Total, then the street, then communities by code point. */
  g_assert_true (strstr (english.out, "Total") < strstr (english.out, "径河街道"));
  g_assert_true (strstr (english.out, "径河街道") < strstr (english.out, "径河海景北社区1"));
  g_assert_true (strstr (english.out, "径河海景北社区1") < strstr (english.out, "径河稻香社区0"));

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed (build-aux/dev installs it)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  run_cli (&chinese, "zh_CN.UTF-8", "--db", db, "rates", "--date", "2026-09-30", NULL);
  g_assert_cmpint (chinese.status, ==, 0);
  for (const char *const *word = (const char *const[]) { "业委会/物管会组建率", "物业服务覆盖率",
                                                         "党的组织覆盖率", "党的工作覆盖率",
                                                         "红色物业覆盖率", "合计", "街道",
                                                         "社区", "小区", "66.7%", NULL };
       *word != NULL; word++)
    g_assert_nonnull (strstr (chinese.out, *word));
  g_assert_null (strstr (chinese.out, "Total"));

  /* An empty ledger: no denominators, so no percentages at all. */
  run_cli (&none, "zh_CN.UTF-8", "--db", empty, "rates", "--date", "2026-09-30", NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_nonnull (strstr (none.out, "—"));
  g_assert_null (strstr (none.out, "%"));
}

static void
test_cli_errors (void)
{
  g_autofree char *db = rl_test_temp_path ("never.redledger");
  g_autofree char *today_before = NULL;
  g_autofree char *today_after = NULL;
  g_auto(Run) form = { 0, };
  g_auto(Run) calendar = { 0, };
  g_auto(Run) extra = { 0, };
  g_auto(Run) bad_option = { 0, };
  g_auto(Run) today = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *date;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  run_cli (&form, "C.UTF-8", "--db", db, "rates", "--date", "2026/9/30", NULL);
  g_assert_cmpint (form.status, ==, 1);
  g_assert_nonnull (strstr (form.err, "2026/9/30"));
  g_assert_nonnull (strstr (form.err, "YYYY-MM-DD"));

  run_cli (&calendar, "C.UTF-8", "--db", db, "rates", "--date", "2026-02-30", NULL);
  g_assert_cmpint (calendar.status, ==, 1);
  g_assert_nonnull (strstr (calendar.err, "2026-02-30"));
  g_assert_nonnull (strstr (calendar.err, "calendar"));

  /* Nothing was written: the ledger was not even created. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  run_cli (&extra, "C.UTF-8", "--db", db, "rates", "2026-09-30", NULL);
  g_assert_cmpint (extra.status, ==, 2);
  run_cli (&bad_option, "C.UTF-8", "--db", db, "rates", "--quarter", "2026Q3", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);

  /* Without --date: today in China time. */
  today_before = rl_rates_today ();
  run_cli (&today, "C.UTF-8", "--db", db, "rates", "--json", NULL);
  today_after = rl_rates_today ();
  g_assert_cmpint (today.status, ==, 0);
  root = json_from_string (today.out, &error);
  g_assert_no_error (error);
  date = json_object_get_string_member (json_node_get_object (root), "date");
  g_assert_true (g_str_equal (date, today_before) || g_str_equal (date, today_after));
}

/* Tests: hand-made ledgers, one edge each */

static void
test_no_denominator (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RlRates) rates = NULL;
  const RlRatesRow *row;

  load (fixture, "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院',"
                 " 'kind': 'old', 'class': 'C'}]");
  rates = rates_on (fixture->store, "2026-06-30");

  /* 0 of 1 is 0%, not "—". */
  g_assert_cmpint (rates->total.compounds, ==, 1);
  assert_ratio (&rates->total, RL_RATE_COMMITTEE_FORMATION, 0, 1);
  assert_ratio (&rates->total, RL_RATE_SERVICE_COVERAGE, 0, 1);
  g_assert_true (rl_ratio_get_rate (&rates->total.ratios[RL_RATE_SERVICE_COVERAGE]) == 0.0);
  /* No service or committee: no units; no class A or B compound. */
  assert_ratio (&rates->total, RL_RATE_PARTY_ORG_COVERAGE, 0, 0);
  assert_ratio (&rates->total, RL_RATE_PARTY_WORK_COVERAGE, 0, 0);
  assert_ratio (&rates->total, RL_RATE_RED_PROPERTY_COVERAGE, 0, 0);

  /* A community with no compound and a street with no community. */
  row = find_row (rates, "cm2");
  g_assert_cmpint (row->compounds, ==, 0);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    assert_ratio (row, rate, 0, 0);
  row = find_row (rates, "st3");
  g_assert_cmpint (row->compounds, ==, 0);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    assert_ratio (row, rate, 0, 0);

  /* Every street and community is listed, by code point: 东 < 将 < 径. */
  g_assert_cmpuint (rates->streets->len, ==, 3);
  g_assert_cmpstr (((RlRatesRow *) rates->streets->pdata[0])->id, ==, "st3");
  g_assert_cmpstr (((RlRatesRow *) rates->streets->pdata[1])->id, ==, "st2");
  g_assert_cmpstr (((RlRatesRow *) rates->streets->pdata[2])->id, ==, "st1");
  g_assert_cmpuint (rates->communities->len, ==, 2);
  g_assert_cmpstr (((RlRatesRow *) rates->communities->pdata[0])->street_id, ==, "st2");
  g_assert_null (rates->total.id);
  g_assert_cmpstr (rates->total.name, ==, "");
}

static void
test_empty_ledger (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RlRates) rates = rates_on (fixture->store, "2026-06-30");

  g_assert_cmpint (rates->total.compounds, ==, 0);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    assert_ratio (&rates->total, rate, 0, 0);
  g_assert_cmpuint (rates->streets->len, ==, 0);
  g_assert_cmpuint (rates->communities->len, ==, 0);
}

/* By code point (as strcmp on UTF-8), then id: not by the locale. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *const expected[] = { "b1", "b2", "a", "c", "d" };
  g_autofree char *path = NULL;
  g_autoptr(RlRates) rates = NULL;
  g_autofree char *text =
    g_strdup ("{'format': 'redledger-exchange', 'version': 1,"
              " 'streets': [{'id': 's', 'name': '街道'}],"
              " 'communities': [{'id': 'd', 'street_id': 's', 'name': '东社区'},"
              "  {'id': 'c', 'street_id': 's', 'name': 'a社区'},"
              "  {'id': 'b2', 'street_id': 's', 'name': 'B社区'},"
              "  {'id': 'a', 'street_id': 's', 'name': 'Z社区'},"
              "  {'id': 'b1', 'street_id': 's', 'name': 'B社区'}]}");

  g_strdelimit (text, "'", '"');
  path = rl_test_write_package ("order.json", text);
  import_path (fixture->store, path);
  rates = rates_on (fixture->store, "2026-06-30");

  g_assert_cmpuint (rates->communities->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((RlRatesRow *) rates->communities->pdata[i])->id, ==, expected[i]);
}

/* Dissolved on D: not active on D; founded on D: active on D. */
static void
test_dissolved_on_date (Fixture       *fixture,
                        gconstpointer  data)
{
  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}],"
        " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01'}],"
        " 'committees': [{'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners',"
        "   'formed_on': '2026-01-01', 'dissolved_on': '2026-06-30'},"
        "  {'id': 'k2', 'compound_id': 'cp2', 'kind': 'owners', 'formed_on': '2026-01-01'}],"
        " 'party_orgs': [{'id': 'po2', 'name': '二号院业委会党支部', 'kind': 'branch',"
        "   'founded_on': '2020-01-01', 'dissolved_on': '2026-06-30',"
        "   'covers': [{'committee': 'k2'}]},"
        "  {'id': 'po3', 'name': '甲物业项目党支部', 'kind': 'branch',"
        "   'founded_on': '2026-06-30', 'covers': [{'service': 's1'}]}]");

  /* The day before: k1 and po2 still active, po3 not yet. */
  assert_total (fixture->store, "2026-06-29", RL_RATE_COMMITTEE_FORMATION, 2, 2);
  assert_total (fixture->store, "2026-06-29", RL_RATE_PARTY_ORG_COVERAGE, 1, 3);
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2026-06-29", RL_SCOPE_LEDGER, NULL, "s1 k1");
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-29", RL_SCOPE_LEDGER, NULL, "");

  /* The day itself and after: k1 and po2 gone, po3 there. */
  for (const char *const *date = (const char *const[]) { "2026-06-30", "2026-07-01", NULL };
       *date != NULL; date++)
    {
      assert_total (fixture->store, *date, RL_RATE_COMMITTEE_FORMATION, 1, 2);
      assert_total (fixture->store, *date, RL_RATE_PARTY_ORG_COVERAGE, 1, 2);
      assert_gap (fixture->store, RL_GAP_UNCOVERED, *date, RL_SCOPE_LEDGER, NULL, "k2");
      assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, *date, RL_SCOPE_LEDGER, NULL, "cp1");
    }
}

/* A service ending on D no longer serves on D; its successor starts D + 1. */
static void
test_service_ends_on_date (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RlRates) gap_day = NULL;

  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}, {'id': 'f2', 'name': '乙物业'}],"
        " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01',"
        "   'end': '2026-06-30'},"
        "  {'id': 's2', 'firm_id': 'f2', 'compound_id': 'cp1', 'start': '2026-07-01'}]");

  assert_total (fixture->store, "2026-06-29", RL_RATE_SERVICE_COVERAGE, 1, 1);
  assert_total (fixture->store, "2026-06-30", RL_RATE_SERVICE_COVERAGE, 0, 1);
  assert_total (fixture->store, "2026-07-01", RL_RATE_SERVICE_COVERAGE, 1, 1);
  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-06-29", RL_SCOPE_LEDGER, NULL, "");
  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-06-30", RL_SCOPE_LEDGER, NULL, "cp1");
  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-07-01", RL_SCOPE_LEDGER, NULL, "");

  /* On the gap day there is no unit at all. */
  gap_day = rates_on (fixture->store, "2026-06-30");
  assert_ratio (&gap_day->total, RL_RATE_PARTY_ORG_COVERAGE, 0, 0);
  g_assert_cmpint (gap_day->total.unserved, ==, 1);
}

/* A firm's organization covers its services; a compound's covers its
 * committees but not the firm serving there. Any kind counts here. */
static void
test_coverage_through (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RlRates) rates = NULL;

  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}, {'id': 'f2', 'name': '乙物业'}],"
        " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01'},"
        "  {'id': 's2', 'firm_id': 'f2', 'compound_id': 'cp2', 'start': '2020-01-01'}],"
        " 'committees': [{'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners',"
        "   'formed_on': '2020-01-01'},"
        "  {'id': 'k2', 'compound_id': 'cp2', 'kind': 'management', 'formed_on': '2020-01-01'}],"
        " 'party_orgs': [{'id': 'po1', 'name': '物业企业联合党支部', 'kind': 'joint_branch',"
        "   'founded_on': '2020-01-01', 'covers': [{'firm': 'f1'}]},"
        "  {'id': 'po2', 'name': '二号院党支部', 'kind': 'branch',"
        "   'founded_on': '2020-01-01', 'covers': [{'compound': 'cp2'}]}]");

  rates = rates_on (fixture->store, "2026-06-30");
  /* s1 through its firm, k2 through its compound. */
  assert_ratio (&rates->total, RL_RATE_PARTY_ORG_COVERAGE, 2, 4);
  assert_ratio (find_row (rates, "cm1"), RL_RATE_PARTY_ORG_COVERAGE, 2, 4);
  assert_ratio (find_row (rates, "st1"), RL_RATE_PARTY_WORK_COVERAGE, 2, 4);
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2026-06-30", RL_SCOPE_LEDGER, NULL, "k1 s2");
}

static void
test_instructor (Fixture       *fixture,
                 gconstpointer  data)
{
  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'},"
        "  {'id': 'cp3', 'community_id': 'cm1', 'name': '三号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}, {'id': 'f2', 'name': '乙物业'}],"
        " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01'},"
        "  {'id': 's2', 'firm_id': 'f2', 'compound_id': 'cp2', 'start': '2020-01-01'}],"
        " 'committees': [{'id': 'k3', 'compound_id': 'cp3', 'kind': 'owners',"
        "   'formed_on': '2020-01-01'}],"
        " 'instructors': [{'id': 'i1', 'name': '赵静', 'start': '2026-01-01',"
        " 'assigned': [{'firm': 'f1'}]},"
        "  {'id': 'i2', 'name': '钱敏', 'start': '2026-09-01', 'end': '2026-06-30',"
        "   'assigned': [{'service': 's2'}]},"
        "  {'id': 'i3', 'name': '孙丽', 'start': '2026-01-01', 'end': '2026-12-31',"
        "   'assigned': [{'committee': 'k3'}]}]");

  /* i1 reaches s1 through its firm; i2 ends before it starts, never active. */
  for (const char *const *date = (const char *const[]) { "2026-06-30", "2026-09-15", NULL };
       *date != NULL; date++)
    {
      assert_total (fixture->store, *date, RL_RATE_PARTY_ORG_COVERAGE, 0, 3);
      assert_total (fixture->store, *date, RL_RATE_PARTY_WORK_COVERAGE, 2, 3);
      assert_gap (fixture->store, RL_GAP_UNCOVERED, *date, RL_SCOPE_LEDGER, NULL, "s2");
    }
  /* i3's assignment ends on 2026-12-31. */
  assert_total (fixture->store, "2026-12-31", RL_RATE_PARTY_WORK_COVERAGE, 1, 3);
  assert_total (fixture->store, "2025-12-31", RL_RATE_PARTY_WORK_COVERAGE, 0, 3);
}

static void
test_red_property (Fixture       *fixture,
                   gconstpointer  data)
{
  load (fixture,
        "'compounds': ["
        "  {'id': 'a1', 'community_id': 'cm1', 'name': '甲一', 'kind': 'commodity', 'class': 'A',"
        "   'red_property_since': '2026-06-30'},"
        "  {'id': 'a2', 'community_id': 'cm1', 'name': '甲二', 'kind': 'commodity', 'class': 'A',"
        "   'red_property_since': '2026-07-01'},"
        "  {'id': 'b1', 'community_id': 'cm1', 'name': '乙一', 'kind': 'old', 'class': 'B',"
        "   'red_property_since': '2020-01-01'},"
        "  {'id': 'b2', 'community_id': 'cm1', 'name': '乙二', 'kind': 'old', 'class': 'B'},"
        "  {'id': 'c1', 'community_id': 'cm1', 'name': '丙一', 'kind': 'old', 'class': 'C',"
        "   'red_property_since': '2020-01-01'},"
        "  {'id': 'n1', 'community_id': 'cm1', 'name': '无类', 'kind': 'other',"
        "   'red_property_since': '2020-01-01'}]");

  /* Class C and unclassed compounds are in neither count. */
  assert_total (fixture->store, "2026-06-29", RL_RATE_RED_PROPERTY_COVERAGE, 1, 4);
  assert_total (fixture->store, "2026-06-30", RL_RATE_RED_PROPERTY_COVERAGE, 2, 4);
  assert_total (fixture->store, "2026-07-01", RL_RATE_RED_PROPERTY_COVERAGE, 3, 4);
  assert_total (fixture->store, "2019-12-31", RL_RATE_RED_PROPERTY_COVERAGE, 0, 4);
}

static void
test_self_managed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RlRates) rates = NULL;

  load (fixture,
        "'compounds': ["
        "  {'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'work_unit',"
        "   'self_managed': true},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'work_unit',"
        "   'self_managed': true},"
        "  {'id': 'cp3', 'community_id': 'cm1', 'name': '三号院', 'kind': 'old',"
        "   'self_managed': false},"
        "  {'id': 'cp4', 'community_id': 'cm1', 'name': '四号院', 'kind': 'old'},"
        "  {'id': 'cp5', 'community_id': 'cm2', 'name': '五号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}],"
        " 'services': [{'id': 's2', 'firm_id': 'f1', 'compound_id': 'cp2', 'start': '2020-01-01'},"
        "  {'id': 's4', 'firm_id': 'f1', 'compound_id': 'cp4', 'start': '2020-01-01'}]");

  rates = rates_on (fixture->store, "2026-06-30");
  assert_ratio (&rates->total, RL_RATE_SERVICE_COVERAGE, 3, 5);
  /* cp2 has a firm as well: firm-served. */
  g_assert_cmpint (rates->total.firm_served, ==, 2);
  g_assert_cmpint (rates->total.self_managed, ==, 1);
  g_assert_cmpint (rates->total.unserved, ==, 2);
  assert_ratio (find_row (rates, "cm1"), RL_RATE_SERVICE_COVERAGE, 3, 4);
  g_assert_cmpint (find_row (rates, "cm1")->unserved, ==, 1);

  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-06-30", RL_SCOPE_LEDGER, NULL, "cp5 cp3");
  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-06-30", RL_SCOPE_STREET, "st1", "cp3");
  assert_gap (fixture->store, RL_GAP_NO_SERVICE, "2026-06-30", RL_SCOPE_COMMUNITY, "cm2", "cp5");
}

static void
test_two_committees (Fixture       *fixture,
                     gconstpointer  data)
{
  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'}],"
        " 'committees': [{'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners',"
        "   'formed_on': '2020-01-01'},"
        "  {'id': 'k2', 'compound_id': 'cp1', 'kind': 'management', 'formed_on': '2021-01-01'}]");

  /* The compound counts once; both committees are units. */
  assert_total (fixture->store, "2026-06-30", RL_RATE_COMMITTEE_FORMATION, 1, 2);
  assert_total (fixture->store, "2026-06-30", RL_RATE_PARTY_ORG_COVERAGE, 0, 2);
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_LEDGER, NULL, "cp2");
}

/* Tests: the lists */

static void
test_gap_no_committee (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  const RlGapRow *row;

  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'commodity'},"
        "  {'id': 'cp3', 'community_id': 'cm2', 'name': '三号院', 'kind': 'old'}],"
        " 'committees': [{'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners',"
        "   'formed_on': '2020-01-01'},"
        "  {'id': 'k2', 'compound_id': 'cp2', 'kind': 'owners', 'formed_on': '2020-01-01',"
        "   'dissolved_on': '2026-01-01'}]");

  /* By street name (将军路 before 径河), then community and compound. */
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_LEDGER, NULL, "cp3 cp2");
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_STREET, "st1", "cp2");
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_COMMUNITY, "cm2", "cp3");
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_STREET, "st3", "");
  assert_gap (fixture->store, RL_GAP_NO_COMMITTEE, "2025-12-31", RL_SCOPE_STREET, "st1", "");

  rows = gaps (fixture->store, RL_GAP_NO_COMMITTEE, "2026-06-30", RL_SCOPE_STREET, "st1");
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (row->collection, ==, RL_COLLECTION_COMPOUNDS);
  g_assert_cmpstr (row->name, ==, "二号院");
  g_assert_cmpstr (row->kind, ==, "commodity");
  g_assert_cmpstr (row->compound_id, ==, "cp2");
  g_assert_cmpstr (row->community_id, ==, "cm1");
  g_assert_cmpstr (row->community_name, ==, "稻香社区");
  g_assert_cmpstr (row->street_id, ==, "st1");
  g_assert_cmpstr (row->street_name, ==, "径河街道");
  g_assert_null (row->firm_id);
  g_assert_cmpint (row->party_members, ==, -1);
}

static void
test_gap_must_build (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  const RlGapRow *row;

  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm2', 'name': '二号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业', 'staff': 50, 'party_members': 5},"
        "  {'id': 'f2', 'name': '乙物业', 'party_members': 3},"
        "  {'id': 'f3', 'name': '丙物业', 'party_members': 2},"
        "  {'id': 'f4', 'name': '丁物业', 'party_members': 6},"
        "  {'id': 'f5', 'name': '戊物业', 'party_members': 4}],"
        " 'services': ["
        "  {'id': 's1', 'firm_id': 'f2', 'compound_id': 'cp1', 'start': '2020-01-01',"
        "   'party_members': 4},"
        "  {'id': 's2', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01',"
        "   'party_members': 3},"
        "  {'id': 's3', 'firm_id': 'f3', 'compound_id': 'cp2', 'start': '2020-01-01',"
        "   'party_members': 3},"
        "  {'id': 's4', 'firm_id': 'f4', 'compound_id': 'cp2', 'start': '2020-01-01',"
        "   'end': '2026-01-01', 'party_members': 10},"
        "  {'id': 's5', 'firm_id': 'f4', 'compound_id': 'cp2', 'start': '2026-01-01',"
        "   'party_members': 2},"
        "  {'id': 's6', 'firm_id': 'f3', 'compound_id': 'cp2', 'start': '2020-01-01',"
        "   'party_members': 5}],"
        " 'party_orgs': ["
        "  {'id': 'po1', 'name': '联合党支部', 'kind': 'joint_branch', 'founded_on': '2020-01-01',"
        "   'covers': [{'firm': 'f1'}, {'service': 's2'}]},"
        "  {'id': 'po2', 'name': '乙物业党支部', 'kind': 'branch', 'founded_on': '2020-01-01',"
        "   'covers': [{'firm': 'f2'}]},"
        "  {'id': 'po3', 'name': '丙物业项目功能型党组织', 'kind': 'functional', 'founded_on': '2020-01-01',"
        "   'covers': [{'service': 's3'}]},"
        "  {'id': 'po4', 'name': '丁物业党支部', 'kind': 'branch', 'founded_on': '2020-01-01',"
        "   'dissolved_on': '2026-06-30', 'covers': [{'firm': 'f4'}]},"
        "  {'id': 'po5', 'name': '二号院党委', 'kind': 'committee', 'founded_on': '2020-01-01',"
        "   'covers': [{'compound': 'cp2'}]},"
        "  {'id': 'po6', 'name': '戊物业党总支', 'kind': 'general_branch', 'founded_on': '2026-07-01',"
        "   'covers': [{'firm': 'f5'}]}]");

  /* f1 and s2 only have the joint branch; f4's branch is dissolved on D;
   * f5 serves nowhere but is in the ledger's list; s1 is covered through
   * its firm; s6's compound organization does not cover the firm there;
   * s4 has ended, s5 and f3 have fewer than 3. Firms first, by name. */
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-06-30", RL_SCOPE_LEDGER, NULL,
              "f4 f5 f1 s6 s2");
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-06-29", RL_SCOPE_LEDGER, NULL,
              "f5 f1 s6 s2");
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-07-01", RL_SCOPE_LEDGER, NULL,
              "f4 f1 s6 s2");
  /* In a street or community: the firms serving there on D. */
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-06-30", RL_SCOPE_STREET, "st1", "f1 s2");
  assert_gap (fixture->store, RL_GAP_MUST_BUILD, "2026-06-30", RL_SCOPE_COMMUNITY, "cm2", "f4 s6");

  rows = gaps (fixture->store, RL_GAP_MUST_BUILD, "2026-06-30", RL_SCOPE_STREET, "st1");
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (row->collection, ==, RL_COLLECTION_FIRMS);
  g_assert_cmpstr (row->name, ==, "甲物业");
  g_assert_cmpint (row->party_members, ==, 5);
  g_assert_null (row->compound_id);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpint (row->collection, ==, RL_COLLECTION_SERVICES);
  g_assert_cmpstr (row->firm_id, ==, "f1");
  g_assert_cmpstr (row->firm_name, ==, "甲物业");
  g_assert_cmpstr (row->compound_name, ==, "一号院");
  g_assert_cmpstr (row->community_name, ==, "稻香社区");
  g_assert_cmpint (row->party_members, ==, 3);
}

static void
test_gap_term_overdue (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  const RlGapRow *row;

  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'},"
        "  {'id': 'cp3', 'community_id': 'cm1', 'name': '三号院', 'kind': 'old'},"
        "  {'id': 'cp4', 'community_id': 'cm1', 'name': '四号院', 'kind': 'old'}],"
        " 'committees': ["
        "  {'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners', 'formed_on': '2021-07-01',"
        "   'term_end': '2026-06-30'},"
        "  {'id': 'k2', 'compound_id': 'cp2', 'kind': 'owners', 'formed_on': '2021-07-01',"
        "   'term_end': '2026-07-01'},"
        "  {'id': 'k3', 'compound_id': 'cp3', 'kind': 'management', 'formed_on': '2019-04-01',"
        "   'term_end': '2024-03-31', 'dissolved_on': '2026-06-30'},"
        "  {'id': 'k4', 'compound_id': 'cp4', 'kind': 'owners', 'formed_on': '2021-07-01'}]");

  /* A term ending on D has ended: a dated thing no longer runs on its end
   * date. A dissolved committee is no longer overdue. */
  assert_gap (fixture->store, RL_GAP_TERM_OVERDUE, "2026-06-29", RL_SCOPE_LEDGER, NULL, "k3");
  assert_gap (fixture->store, RL_GAP_TERM_OVERDUE, "2026-06-30", RL_SCOPE_LEDGER, NULL, "k1");
  assert_gap (fixture->store, RL_GAP_TERM_OVERDUE, "2026-07-01", RL_SCOPE_LEDGER, NULL, "k1 k2");
  assert_gap (fixture->store, RL_GAP_TERM_OVERDUE, "2026-07-01", RL_SCOPE_STREET, "st2", "");

  rows = gaps (fixture->store, RL_GAP_TERM_OVERDUE, "2026-06-30", RL_SCOPE_COMMUNITY, "cm1");
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (row->collection, ==, RL_COLLECTION_COMMITTEES);
  g_assert_cmpstr (row->term_end, ==, "2026-06-30");
  g_assert_cmpstr (row->kind, ==, "owners");
  g_assert_cmpstr (row->compound_id, ==, "cp1");
  g_assert_cmpstr (row->name, ==, "一号院");
}

static void
test_gap_uncovered (Fixture       *fixture,
                    gconstpointer  data)
{
  load (fixture,
        "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old'},"
        "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'}],"
        " 'firms': [{'id': 'f1', 'name': '甲物业'}, {'id': 'f2', 'name': '乙物业'}],"
        " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01'},"
        "  {'id': 's2', 'firm_id': 'f2', 'compound_id': 'cp2', 'start': '2020-01-01'}],"
        " 'committees': [{'id': 'k1', 'compound_id': 'cp1', 'kind': 'owners',"
        "   'formed_on': '2020-01-01'},"
        "  {'id': 'k2', 'compound_id': 'cp2', 'kind': 'owners', 'formed_on': '2020-01-01'}],"
        " 'party_orgs': [{'id': 'po1', 'name': '一号院业委会党支部', 'kind': 'branch',"
        "   'founded_on': '2020-01-01', 'dissolved_on': '2026-05-01',"
        "   'covers': [{'committee': 'k1'}]},"
        "  {'id': 'po2', 'name': '二号院党支部', 'kind': 'branch', 'founded_on': '2020-01-01',"
        "   'covers': [{'compound': 'cp2'}]}],"
        " 'instructors': [{'id': 'i1', 'name': '赵静', 'start': '2026-01-01',"
        " 'assigned': [{'firm': 'f2'}]}]");

  /* s1 has nothing; k1's organization is dissolved; s2 has an instructor
   * through its firm; k2 is covered through its compound. */
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2026-06-30", RL_SCOPE_LEDGER, NULL, "s1 k1");
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2026-04-30", RL_SCOPE_LEDGER, NULL, "s1");
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2025-12-31", RL_SCOPE_LEDGER, NULL, "s1 s2");
  assert_gap (fixture->store, RL_GAP_UNCOVERED, "2026-06-30", RL_SCOPE_COMMUNITY, "cm2", "");
}

/* Tests: targets and dates */

static void
assert_target (RlStore  *store,
               RlRate    rate,
               int       year,
               gboolean  has,
               double    expected)
{
  g_autoptr(GError) error = NULL;
  gboolean has_target = !has;
  double target = -1;

  g_assert_true (rl_rates_get_target (store, rate, year, &has_target, &target, &error));
  g_assert_no_error (error);
  g_assert_cmpint (has_target, ==, has);
  if (has)
    g_assert_cmpfloat (target, ==, expected);
}

static void
test_targets (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *path = g_strdup (rl_store_get_path (fixture->store));
  const RlAuditEntry *entry;
  gint64 audit;

  /* domain.md's defaults. */
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2019, FALSE, 0);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2020, TRUE, 0.5);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2021, TRUE, 0.7);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2022, TRUE, 1.0);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2030, TRUE, 1.0);
  for (RlRate rate = RL_RATE_COMMITTEE_FORMATION; rate <= RL_RATE_PARTY_ORG_COVERAGE; rate++)
    {
      assert_target (fixture->store, rate, 2021, FALSE, 0);
      assert_target (fixture->store, rate, 2022, TRUE, 1.0);
      assert_target (fixture->store, rate, 2026, TRUE, 1.0);
    }
  assert_target (fixture->store, RL_RATE_PARTY_WORK_COVERAGE, 2026, FALSE, 0);

  /* An override, audited; setting it again changes nothing. */
  g_assert_true (rl_rates_set_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026, 0.8,
                                      "test", &error));
  g_assert_no_error (error);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026, TRUE, 0.8);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2027, TRUE, 1.0);
  audit = rl_store_audit_count (fixture->store);
  g_assert_cmpint (audit, ==, 1);
  g_assert_true (rl_rates_set_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026, 0.8,
                                      "test", &error));
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);

  g_assert_true (rl_rates_set_target (fixture->store, RL_RATE_PARTY_WORK_COVERAGE, 2026, 0.9,
                                      NULL, &error));
  assert_target (fixture->store, RL_RATE_PARTY_WORK_COVERAGE, 2026, TRUE, 0.9);

  /* Not a share: refused, nothing written. */
  g_assert_false (rl_rates_set_target (fixture->store, RL_RATE_SERVICE_COVERAGE, 2026, 1.5,
                                       "test", &error));
  g_assert_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_TARGET);
  g_clear_error (&error);
  g_assert_false (rl_rates_set_target (fixture->store, RL_RATE_SERVICE_COVERAGE, 2026, NAN,
                                       "test", &error));
  g_clear_error (&error);
  assert_target (fixture->store, RL_RATE_SERVICE_COVERAGE, 2026, TRUE, 1.0);

  /* Kept in the ledger. */
  g_clear_object (&fixture->store);
  fixture->store = rl_store_open (path, &error);
  g_assert_no_error (error);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026, TRUE, 0.8);

  /* Back to the default. */
  g_assert_true (rl_rates_reset_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026,
                                        "test", &error));
  g_assert_no_error (error);
  assert_target (fixture->store, RL_RATE_RED_PROPERTY_COVERAGE, 2026, TRUE, 1.0);

  history = rl_store_history (fixture->store, "targets", "2026/red_property_coverage", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  entry = g_ptr_array_index (history, 0);
  g_assert_cmpstr (entry->member, ==, "target");
  g_assert_null (entry->old_value);
  g_assert_cmpstr (entry->new_value, ==, "0.8");
  g_assert_cmpstr (entry->source, ==, "test");
  entry = g_ptr_array_index (history, 1);
  g_assert_cmpstr (entry->old_value, ==, "0.8");
  g_assert_null (entry->new_value);
}

/* A ledger of schema version 1 gains the targets table when opened. */
static void
test_upgrade (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autofree char *path = g_strdup (rl_store_get_path (store));
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_assert_cmpint (rl_store_schema_version (), >=, 2);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE targets; PRAGMA user_version = 1", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (rl_rates_set_target (store, RL_RATE_SERVICE_COVERAGE, 2026, 0.95, "test", &error));
  g_assert_no_error (error);
  assert_target (store, RL_RATE_SERVICE_COVERAGE, 2026, TRUE, 0.95);
}

static void
test_bad_date (Fixture       *fixture,
               gconstpointer  data)
{
  for (const char *const *date = (const char *const[]) { "2026-02-30", "2026-13-01", "2026/09/30",
                                                         "2026-9-30", "", "2026-09-30T00:00",
                                                         NULL };
       *date != NULL; date++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RlRates) rates = rl_rates_compute (fixture->store, *date, &error);
      g_autoptr(GPtrArray) rows = NULL;

      g_assert_null (rates);
      g_assert_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_DATE);
      g_clear_error (&error);
      rows = rl_rates_gaps (fixture->store, RL_GAP_NO_SERVICE, *date, RL_SCOPE_LEDGER, NULL,
                            &error);
      g_assert_null (rows);
      g_assert_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_DATE);
    }
  g_assert_true (rl_rates_check_date ("2024-02-29", NULL));
}

static void
test_keys (void)
{
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      RlRate back = RL_N_RATES;

      g_assert_true (rl_rate_from_key (rl_rate_key (rate), &back));
      g_assert_cmpint (back, ==, rate);
      g_assert_nonnull (rl_rate_label (rate));
    }
  g_assert_false (rl_rate_from_key ("happiness", NULL));
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    g_assert_nonnull (rl_gap_label (gap));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/rates/sample/2026-06-30", Fixture, "2026-06-30", fixture_setup,
              test_sample, fixture_teardown);
  g_test_add ("/core/rates/sample/2026-09-30", Fixture, "2026-09-30", fixture_setup,
              test_sample, fixture_teardown);
  ADD ("/core/rates/sample/gaps", test_sample_gaps);
  g_test_add_func ("/core/rates/cli/json", test_cli_json);
  g_test_add_func ("/core/rates/cli/text", test_cli_text);
  g_test_add_func ("/core/rates/cli/errors", test_cli_errors);

  ADD ("/core/rates/no-denominator", test_no_denominator);
  ADD ("/core/rates/empty-ledger", test_empty_ledger);
  ADD ("/core/rates/order", test_order);
  ADD ("/core/rates/dissolved-on-date", test_dissolved_on_date);
  ADD ("/core/rates/service-ends-on-date", test_service_ends_on_date);
  ADD ("/core/rates/coverage-through-firm-and-compound", test_coverage_through);
  ADD ("/core/rates/instructor", test_instructor);
  ADD ("/core/rates/red-property", test_red_property);
  ADD ("/core/rates/self-managed", test_self_managed);
  ADD ("/core/rates/two-committees", test_two_committees);

  ADD ("/core/rates/gaps/no-committee", test_gap_no_committee);
  ADD ("/core/rates/gaps/must-build", test_gap_must_build);
  ADD ("/core/rates/gaps/term-overdue", test_gap_term_overdue);
  ADD ("/core/rates/gaps/uncovered", test_gap_uncovered);

  ADD ("/core/rates/targets", test_targets);
  g_test_add_func ("/core/rates/targets/upgrade", test_upgrade);
  ADD ("/core/rates/bad-date", test_bad_date);
  g_test_add_func ("/core/rates/keys", test_keys);

  return g_test_run ();
}
