/* test-quarter.c: quarters, the 5341 rule, response profiles and the
 * quarter figures of services and compounds
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "rl-importer.h"
#include "rl-quarter.h"
#include "rl-test-util.h"

/* 2026-10-01T00:00:00+08:00 */
#define Q3_END 1790784000
#define MINUTES(m) ((gint64) (m) * 60)

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

/* One street and community and the test's own records; single quotes stand
 * for double ones, to keep the packages readable. */
static void
load (Fixture    *fixture,
      const char *members)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  text = g_strconcat ("{'format': 'redledger-exchange', 'version': 1,"
                      " 'streets': [{'id': 'st1', 'name': '径河街道'}],"
                      " 'communities': [{'id': 'cm1', 'street_id': 'st1', 'name': '稻香社区'}]",
                      *members != '\0' ? ", " : "", members, "}", NULL);
  g_strdelimit (text, "'", '"');
  path = rl_test_write_package ("package.json", text);
  import_path (fixture->store, path);
}

/* A work order in a package; NULL times and service are left out. */
static void
add_order (GString    *orders,
           const char *id,
           const char *compound,
           const char *service,
           const char *category,
           const char *severity,
           const char *received,
           const char *arrived,
           const char *resolved,
           const char *plan)
{
  g_string_append_printf (orders, "%s{'id': '%s', 'compound_id': '%s', 'channel': 'phone',"
                          " 'category': '%s', 'severity': '%s', 'received_at': '%s'",
                          orders->len > 0 ? ", " : "", id, compound, category, severity,
                          received);
  if (service != NULL)
    g_string_append_printf (orders, ", 'service_id': '%s'", service);
  if (arrived != NULL)
    g_string_append_printf (orders, ", 'arrived_at': '%s'", arrived);
  if (resolved != NULL)
    g_string_append_printf (orders, ", 'resolved_at': '%s'", resolved);
  if (plan != NULL)
    g_string_append_printf (orders, ", 'plan_at': '%s'", plan);
  g_string_append (orders, "}");
}

static RlQuarterFigures *
figures_of (RlStore                 *store,
            const char              *quarter,
            const RlResponseProfile *profile,
            RlQuarterParts           parts)
{
  g_autoptr(GError) error = NULL;
  RlQuarterFigures *figures = rl_quarter_figures_compute (store, quarter, profile, parts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static void
assert_counts (const RlVerdictCounts *counts,
               gint64                 compliant,
               gint64                 failed,
               gint64                 left_out)
{
  g_assert_cmpint (counts->compliant, ==, compliant);
  g_assert_cmpint (counts->failed, ==, failed);
  g_assert_cmpint (counts->left_out, ==, left_out);
}

static const RlJudgedOrder *
find_order (const RlServiceCompliance *service,
            const char                *id)
{
  for (guint i = 0; i < service->orders->len; i++)
    if (strcmp (g_array_index (service->orders, RlJudgedOrder, i).id, id) == 0)
      return &g_array_index (service->orders, RlJudgedOrder, i);
  g_error ("no order %s", id);
}

/* Tests: quarters */

static void
test_quarter_parse (void)
{
  g_autoptr(GError) error = NULL;
  RlQuarter q;

  g_assert_true (rl_quarter_init (&q, "2026Q3", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (q.name, ==, "2026Q3");
  g_assert_cmpint (q.year, ==, 2026);
  g_assert_cmpint (q.number, ==, 3);
  g_assert_cmpstr (q.first_day, ==, "2026-07-01");
  g_assert_cmpstr (q.last_day, ==, "2026-09-30");
  g_assert_cmpstr (q.end_day, ==, "2026-10-01");
  /* 00:00 in China is 16:00 the day before in UTC. */
  g_assert_cmpint (q.end_time, ==, Q3_END);

  g_assert_true (rl_quarter_init (&q, "2026Q4", &error));
  g_assert_cmpstr (q.last_day, ==, "2026-12-31");
  g_assert_cmpstr (q.end_day, ==, "2027-01-01");
  g_assert_true (rl_quarter_init (&q, "2024Q1", &error));
  g_assert_cmpstr (q.first_day, ==, "2024-01-01");
  g_assert_cmpstr (q.last_day, ==, "2024-03-31");
  g_assert_true (rl_quarter_init (&q, "2026Q2", &error));
  g_assert_cmpstr (q.last_day, ==, "2026-06-30");
  g_assert_cmpint (q.end_time, ==, Q3_END - 92 * 86400);

  for (const char *const *bad = (const char *const[]) { "2026Q5", "2026Q0", "2026-Q3", "26Q3",
                                                        "2026q3", "", "0000Q1", "2026Q3 ",
                                                        NULL };
       *bad != NULL; bad++)
    {
      g_assert_false (rl_quarter_init (&q, *bad, &error));
      g_assert_error (error, RL_QUARTER_ERROR, RL_QUARTER_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "2026Q3"));
      g_clear_error (&error);
    }
}

/* Tests: the 5341 rule, one branch each */

static RlOrderVerdict
judge (RlSeverity severity,
       gint64     received,
       gint64     arrived,
       gint64     second)
{
  g_autoptr(RlResponseProfile) profile = rl_response_profile_new_default ();
  RlOrderVerdict verdict;

  rl_order_judge (profile, severity, received, arrived, second, Q3_END, &verdict);
  return verdict;
}

static void
assert_step (const RlStepResult *step,
             RlStep              kind,
             RlStepOutcome       outcome,
             gint64              seconds,
             int                 limit)
{
  g_assert_cmpint (step->step, ==, kind);
  g_assert_cmpint (step->outcome, ==, outcome);
  g_assert_cmpint (step->seconds, ==, seconds);
  g_assert_cmpint (step->limit, ==, limit);
}

static void
assert_reason (const RlOrderVerdict *verdict,
               const char           *expected)
{
  g_autofree char *text = rl_order_verdict_describe (verdict);

  g_assert_cmpstr (text, ==, expected);
}

/* Exactly on the limit complies; a second over it fails. */
static void
test_judge_on_limit (void)
{
  const gint64 r = Q3_END - 86400;
  static const int limits[RL_N_SEVERITIES] = { 30, 240, 1440 };
  static const RlStep steps[RL_N_SEVERITIES] = { RL_STEP_RESOLUTION, RL_STEP_RESOLUTION,
                                                 RL_STEP_PLAN };

  for (RlSeverity severity = 0; severity < RL_N_SEVERITIES; severity++)
    {
      RlOrderVerdict v = judge (severity, r, r + MINUTES (5), r + MINUTES (limits[severity]));

      g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
      assert_step (&v.steps[0], RL_STEP_ARRIVAL, RL_STEP_MET, 300, 5);
      assert_step (&v.steps[1], steps[severity], RL_STEP_MET, MINUTES (limits[severity]),
                   limits[severity]);

      v = judge (severity, r, r + MINUTES (5) + 1, r + MINUTES (limits[severity]));
      g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
      assert_step (&v.steps[0], RL_STEP_ARRIVAL, RL_STEP_LATE, 301, 5);

      v = judge (severity, r, r + MINUTES (1), r + MINUTES (limits[severity]) + 1);
      g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
      assert_step (&v.steps[0], RL_STEP_ARRIVAL, RL_STEP_MET, 60, 5);
      assert_step (&v.steps[1], steps[severity], RL_STEP_LATE, MINUTES (limits[severity]) + 1,
                   limits[severity]);
    }
}

/* Each severity has its own second step: a normal order's plan and a
 * complex order's resolution do not count. */
static void
test_judge_severities (void)
{
  const gint64 r = Q3_END - 86400;
  RlOrderVerdict v;

  /* Normal: resolved in 31 minutes fails, whatever the plan. */
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (3), r + MINUTES (31));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "resolved in 31 min, over the 30 min limit");
  /* Major: 31 minutes is fine, 241 is not. */
  v = judge (RL_SEVERITY_MAJOR, r, r + MINUTES (3), r + MINUTES (31));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
  v = judge (RL_SEVERITY_MAJOR, r, r + MINUTES (3), r + MINUTES (241));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "resolved in 241 min, over the 240 min limit");
  /* Complex: the plan within a day. */
  v = judge (RL_SEVERITY_COMPLEX, r - 86400, r - 86400 + MINUTES (4), r);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
  v = judge (RL_SEVERITY_COMPLEX, r - 86400, r - 86400 + MINUTES (4), r + 1);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "plan given in 1440 min 1 s, over the 1440 min limit");

  /* Arrival 12 minutes (the example), and both steps late. */
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (12), r + MINUTES (20));
  assert_reason (&v, "arrived in 12 min, over the 5 min limit");
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (12), r + MINUTES (45));
  assert_reason (&v, "arrived in 12 min, over the 5 min limit; "
                     "resolved in 45 min, over the 30 min limit");
  /* Seconds show as a fraction of a minute. */
  v = judge (RL_SEVERITY_NORMAL, r, r + 330, r + MINUTES (20));
  assert_reason (&v, "arrived in 5 min 30 s, over the 5 min limit");
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (2), r + MINUTES (20));
  assert_reason (&v, "arrived in 2 min, within 5 min; resolved in 20 min, within 30 min");
}

/* A missing time whose limit passed before the period ended fails; one
 * whose limit had not passed yet leaves the order out. */
static void
test_judge_missing (void)
{
  RlOrderVerdict v;
  gint64 r;

  /* Received a day before the end: every limit but the plan's has passed. */
  r = Q3_END - 86400;
  v = judge (RL_SEVERITY_NORMAL, r, RL_NO_TIME, r + MINUTES (10));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_step (&v.steps[0], RL_STEP_ARRIVAL, RL_STEP_MISSING, -1, 5);
  assert_reason (&v, "no arrival recorded, and the 5 min limit passed before the quarter ended");
  v = judge (RL_SEVERITY_MAJOR, r, r + MINUTES (1), RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "not resolved, and the 240 min limit passed before the quarter ended");

  /* A complex order's plan is due exactly at the end: not passed yet. */
  v = judge (RL_SEVERITY_COMPLEX, r, r + MINUTES (1), RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_LEFT_OUT);
  assert_step (&v.steps[1], RL_STEP_PLAN, RL_STEP_OPEN, -1, 1440);
  assert_reason (&v, "no plan yet when the quarter ended, within the 1440 min limit");
  /* …one second earlier it has. */
  v = judge (RL_SEVERITY_COMPLEX, r - 1, r + MINUTES (1), RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "no plan recorded, and the 1440 min limit passed before the quarter ended");

  /* Received 3 minutes before the end: still open, left out. */
  r = Q3_END - MINUTES (3);
  v = judge (RL_SEVERITY_NORMAL, r, RL_NO_TIME, RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_LEFT_OUT);
  assert_step (&v.steps[0], RL_STEP_ARRIVAL, RL_STEP_OPEN, -1, 5);
  assert_step (&v.steps[1], RL_STEP_RESOLUTION, RL_STEP_OPEN, -1, 30);
  /* Arrived on time, not resolved yet: left out too. */
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (2), RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_LEFT_OUT);
  assert_reason (&v, "not resolved yet when the quarter ended, within the 30 min limit");
  /* Arrived late, not resolved yet: it can no longer comply. */
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (6), RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
  assert_reason (&v, "arrived in 6 min, over the 5 min limit");
  /* The arrival limit ending exactly at the end has not passed. */
  r = Q3_END - MINUTES (5);
  v = judge (RL_SEVERITY_NORMAL, r, RL_NO_TIME, RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_LEFT_OUT);
  v = judge (RL_SEVERITY_NORMAL, r - 1, RL_NO_TIME, RL_NO_TIME);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);

  /* Times recorded after the period's end are still the order's times. */
  r = Q3_END - MINUTES (2);
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (4), r + MINUTES (25));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
}

static void
test_judge_profile (void)
{
  g_autoptr(RlResponseProfile) relaxed = rl_response_profile_new ("武汉", 10, 60, 240, 2880);
  const gint64 r = Q3_END - 3 * 86400;
  RlOrderVerdict v;

  rl_order_judge (relaxed, RL_SEVERITY_NORMAL, r, r + MINUTES (8), r + MINUTES (50), Q3_END, &v);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
  g_assert_cmpint (v.steps[0].limit, ==, 10);
  rl_order_judge (relaxed, RL_SEVERITY_COMPLEX, r, r + MINUTES (8), r + MINUTES (2000), Q3_END, &v);
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_COMPLIANT);
  v = judge (RL_SEVERITY_NORMAL, r, r + MINUTES (8), r + MINUTES (50));
  g_assert_cmpint (v.verdict, ==, RL_VERDICT_FAILED);
}

/* Tests: response profiles in the ledger */

static void
assert_profile (RlStore    *store,
                const char *name,
                int         arrive,
                int         normal,
                int         major,
                int         complex_plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlResponseProfile) profile = rl_response_profile_get (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  if (name != NULL)
    g_assert_cmpstr (profile->name, ==, name);
  g_assert_cmpint (profile->minutes[RL_LIMIT_ARRIVE], ==, arrive);
  g_assert_cmpint (profile->minutes[RL_LIMIT_NORMAL], ==, normal);
  g_assert_cmpint (profile->minutes[RL_LIMIT_MAJOR], ==, major);
  g_assert_cmpint (profile->minutes[RL_LIMIT_COMPLEX_PLAN], ==, complex_plan);
}

static void
test_profile_default (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *in_use = NULL;
  g_autofree char *text = NULL;
  g_autoptr(RlResponseProfile) profile = rl_response_profile_new_default ();

  assert_profile (fixture->store, "5341", 5, 30, 240, 1440);
  assert_profile (fixture->store, NULL, 5, 30, 240, 1440);
  in_use = rl_response_profile_get_in_use (fixture->store, &error);
  g_assert_cmpstr (in_use, ==, "5341");
  profiles = rl_response_profile_list (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (profiles->len, ==, 1);
  g_assert_true (rl_response_profile_equal (g_ptr_array_index (profiles, 0), profile));
  /* A new ledger's profile is no change of anyone's. */
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 0);

  text = rl_response_profile_describe (profile);
  g_assert_cmpstr (text, ==, "5341 (arrival 5 min; normal orders resolved in 30 min, major in "
                             "240 min; complex orders planned in 1440 min)");
}

static void
test_profile_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlResponseProfile) wuhan = rl_response_profile_new ("武汉标准", 10, 30, 240, 1440);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *path = g_strdup (rl_store_get_path (fixture->store));
  const RlAuditEntry *entry;

  /* Added: one entry with the whole record. */
  g_assert_true (rl_response_profile_save (fixture->store, wuhan, "test", &error));
  g_assert_no_error (error);
  assert_profile (fixture->store, "武汉标准", 10, 30, 240, 1440);
  /* Saved again unchanged: nothing written. */
  g_assert_true (rl_response_profile_save (fixture->store, wuhan, "test", &error));
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 1);

  /* Changed: one entry per limit changed, old and new. */
  wuhan->minutes[RL_LIMIT_NORMAL] = 45;
  wuhan->minutes[RL_LIMIT_MAJOR] = 300;
  g_assert_true (rl_response_profile_save (fixture->store, wuhan, NULL, &error));
  g_assert_no_error (error);
  history = rl_store_history (fixture->store, "response_profiles", "武汉标准", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  entry = g_ptr_array_index (history, 0);
  g_assert_null (entry->member);
  g_assert_nonnull (strstr (entry->new_value, "\"arrive_minutes\":10"));
  g_assert_cmpstr (entry->source, ==, "test");
  entry = g_ptr_array_index (history, 1);
  g_assert_cmpstr (entry->member, ==, "normal_minutes");
  g_assert_cmpstr (entry->old_value, ==, "30");
  g_assert_cmpstr (entry->new_value, ==, "45");
  g_assert_cmpstr (entry->source, ==, "response profiles");
  entry = g_ptr_array_index (history, 2);
  g_assert_cmpstr (entry->member, ==, "major_minutes");
  g_assert_cmpint (entry->change_set, ==, ((RlAuditEntry *) history->pdata[1])->change_set);

  /* The 5341 row is still the one in use, and itself editable. */
  assert_profile (fixture->store, NULL, 5, 30, 240, 1440);
  profiles = rl_response_profile_list (fixture->store, &error);
  g_assert_cmpuint (profiles->len, ==, 2);
  g_assert_cmpstr (((RlResponseProfile *) profiles->pdata[0])->name, ==, "5341");

  /* Kept in the ledger. */
  g_clear_object (&fixture->store);
  fixture->store = rl_store_open (path, &error);
  g_assert_no_error (error);
  assert_profile (fixture->store, "武汉标准", 10, 45, 300, 1440);
}

static void
test_profile_use (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlResponseProfile) wuhan = rl_response_profile_new ("武汉标准", 10, 30, 240, 1440);
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *in_use = NULL;
  const RlAuditEntry *entry;

  g_assert_false (rl_response_profile_use (fixture->store, "武汉标准", "test", &error));
  g_assert_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (rl_response_profile_get (fixture->store, "武汉标准", &error));
  g_assert_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (rl_response_profile_save (fixture->store, wuhan, "test", &error));
  g_assert_true (rl_response_profile_use (fixture->store, "武汉标准", "test", &error));
  g_assert_no_error (error);
  in_use = rl_response_profile_get_in_use (fixture->store, &error);
  g_assert_cmpstr (in_use, ==, "武汉标准");
  assert_profile (fixture->store, NULL, 10, 30, 240, 1440);
  history = rl_store_history (fixture->store, "ledger_info", "response_profile", &error);
  g_assert_cmpuint (history->len, ==, 1);
  entry = g_ptr_array_index (history, 0);
  g_assert_cmpstr (entry->old_value, ==, "5341");
  g_assert_cmpstr (entry->new_value, ==, "武汉标准");

  /* The profile in use is not deleted; another one is, audited. */
  g_assert_false (rl_response_profile_delete (fixture->store, "武汉标准", "test", &error));
  g_assert_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (rl_response_profile_delete (fixture->store, "5341", "test", &error));
  g_assert_no_error (error);
  g_assert_null (rl_response_profile_get (fixture->store, "5341", &error));
  g_clear_error (&error);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = rl_store_history (fixture->store, "response_profiles", "5341", &error);
  g_assert_cmpuint (history->len, ==, 1);
  entry = g_ptr_array_index (history, 0);
  g_assert_nonnull (strstr (entry->old_value, "\"complex_minutes\":1440"));
  g_assert_null (entry->new_value);
  g_assert_false (rl_response_profile_delete (fixture->store, "5341", "test", &error));
  g_assert_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND);
}

static void
test_profile_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct
  {
    const char *name;
    int         minutes[RL_N_LIMITS];
  } bad[] = {
    { "", { 5, 30, 240, 1440 } },
    { "  ", { 5, 30, 240, 1440 } },
    { " 5341", { 5, 30, 240, 1440 } },
    { "零", { 0, 30, 240, 1440 } },
    { "负", { 5, -30, 240, 1440 } },
    { "太长", { 5, 30, 240, RL_PROFILE_MAX_MINUTES + 1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RlResponseProfile) profile =
        rl_response_profile_new (bad[i].name, bad[i].minutes[0], bad[i].minutes[1],
                                 bad[i].minutes[2], bad[i].minutes[3]);

      g_assert_false (rl_response_profile_save (fixture->store, profile, "test", &error));
      g_assert_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_INVALID);
    }
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 0);
}

/* A ledger of schema version 2 gains the profiles when opened. */
static void
test_profile_upgrade (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autofree char *path = g_strdup (rl_store_get_path (store));
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_assert_cmpint (rl_store_schema_version (), >=, 3);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE response_profiles;"
                                     " DELETE FROM ledger_info WHERE key = 'response_profile';"
                                     " PRAGMA user_version = 2", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  assert_profile (store, NULL, 5, 30, 240, 1440);
}

/* Tests: the orders of a quarter */

/* Three services at one compound (s1 until 1 August, s2 from then, s3
 * from 15 August too), one compound with no service at all. */
static const char services_json[] =
  "'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院', 'kind': 'old',"
  "   'households': 400},"
  "  {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院', 'kind': 'old'}],"
  " 'firms': [{'id': 'f1', 'name': '甲物业'}, {'id': 'f2', 'name': '乙物业'}],"
  " 'services': [{'id': 's1', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2020-01-01',"
  "   'end': '2026-08-01'},"
  "  {'id': 's2', 'firm_id': 'f2', 'compound_id': 'cp1', 'start': '2026-08-01'},"
  "  {'id': 's3', 'firm_id': 'f1', 'compound_id': 'cp1', 'start': '2026-08-15'}]";

static void
test_orders (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GString) orders = g_string_new (NULL);
  g_autofree char *members = NULL;
  g_autoptr(RlQuarterFigures) q3 = NULL;
  g_autoptr(RlQuarterFigures) q2 = NULL;
  const RlServiceCompliance *s1, *s2, *s3;
  const RlJudgedOrder *order;
  g_autofree char *reason = NULL;

  /* Attributed by the day received: 31 July to s1, 1 August to s2, and
   * from 15 August to s3, the most recently started. */
  add_order (orders, "w01", "cp1", NULL, "repair", "normal", "2026-07-31T10:00:00+08:00",
             "2026-07-31T10:12:00+08:00", "2026-07-31T10:20:00+08:00", NULL);
  add_order (orders, "w02", "cp1", NULL, "repair", "normal", "2026-08-01T10:00:00+08:00",
             "2026-08-01T10:05:00+08:00", "2026-08-01T10:30:00+08:00", NULL);
  add_order (orders, "w03", "cp1", NULL, "repair", "major", "2026-08-15T10:00:00+08:00",
             "2026-08-15T10:01:00+08:00", "2026-08-15T14:00:00+08:00", NULL);
  /* An order that names its service keeps it. */
  add_order (orders, "w04", "cp1", "s2", "repair", "complex", "2026-08-20T10:00:00+08:00",
             "2026-08-20T10:01:00+08:00", NULL, "2026-08-21T10:00:00+08:00");
  /* The day in China decides: 16:30 UTC on 30 June is 1 July in China. */
  add_order (orders, "w05", "cp1", NULL, "repair", "normal", "2026-06-30T16:30:00Z",
             "2026-06-30T16:33:00Z", "2026-06-30T16:50:00Z", NULL);
  add_order (orders, "w06", "cp1", NULL, "repair", "normal", "2026-06-30T23:59:00+08:00",
             "2026-07-01T00:02:00+08:00", "2026-07-01T00:20:00+08:00", NULL);
  /* 00:00 on 1 October in China belongs to Q4. */
  add_order (orders, "w07", "cp1", NULL, "repair", "normal", "2026-09-30T16:00:00Z", NULL, NULL,
             NULL);
  /* Open at the end: left out; received earlier, its arrival limit has
   * passed: failed. */
  add_order (orders, "w08", "cp1", NULL, "repair", "normal", "2026-09-30T23:58:00+08:00", NULL,
             NULL, NULL);
  add_order (orders, "w09", "cp1", NULL, "repair", "normal", "2026-09-30T23:50:00+08:00", NULL,
             NULL, NULL);
  /* Done after the end, within the limits: compliant. */
  add_order (orders, "w10", "cp1", NULL, "repair", "normal", "2026-09-30T23:57:00+08:00",
             "2026-10-01T00:01:00+08:00", "2026-10-01T00:20:00+08:00", NULL);
  /* No service serves cp2. */
  add_order (orders, "w11", "cp2", NULL, "repair", "normal", "2026-08-01T10:00:00+08:00",
             "2026-08-01T10:05:00+08:00", "2026-08-01T10:30:00+08:00", NULL);

  members = g_strdup_printf ("%s, 'work_orders': [%s]", services_json, orders->str);
  load (fixture, members);

  q3 = figures_of (fixture->store, "2026Q3", NULL, RL_QUARTER_COMPLIANCE | RL_QUARTER_RECORDS);
  g_assert_cmpstr (q3->profile->name, ==, "5341");
  g_assert_cmpuint (q3->services->len, ==, 3);
  s1 = rl_quarter_figures_get_service (q3, "s1");
  s2 = rl_quarter_figures_get_service (q3, "s2");
  s3 = rl_quarter_figures_get_service (q3, "s3");
  g_assert_true (s1 == g_ptr_array_index (q3->services, 0));
  g_assert_cmpstr (s1->firm_id, ==, "f1");
  g_assert_cmpstr (s2->compound_id, ==, "cp1");

  /* s1: w05 compliant, w01 late; w06 is Q2's. By receipt. */
  assert_counts (&s1->all, 1, 1, 0);
  assert_counts (&s1->by_severity[RL_SEVERITY_NORMAL], 1, 1, 0);
  g_assert_cmpuint (s1->orders->len, ==, 2);
  g_assert_cmpstr (g_array_index (s1->orders, RlJudgedOrder, 0).id, ==, "w05");
  g_assert_cmpstr (g_array_index (s1->orders, RlJudgedOrder, 1).id, ==, "w01");
  order = find_order (s1, "w01");
  g_assert_cmpint (order->verdict.verdict, ==, RL_VERDICT_FAILED);
  reason = rl_order_verdict_describe (&order->verdict);
  g_assert_cmpstr (reason, ==, "arrived in 12 min, over the 5 min limit");

  /* s2: w02 exactly on both limits, w04 (complex, named) on its limit. */
  assert_counts (&s2->all, 2, 0, 0);
  assert_counts (&s2->by_severity[RL_SEVERITY_COMPLEX], 1, 0, 0);
  find_order (s2, "w04");

  /* s3: w03; w08 left out, w09 failed, w10 compliant. */
  assert_counts (&s3->all, 2, 1, 1);
  g_assert_cmpint (find_order (s3, "w08")->verdict.verdict, ==, RL_VERDICT_LEFT_OUT);
  g_assert_cmpint (find_order (s3, "w09")->verdict.verdict, ==, RL_VERDICT_FAILED);
  g_assert_cmpint (find_order (s3, "w10")->verdict.verdict, ==, RL_VERDICT_COMPLIANT);
  g_assert_null (rl_quarter_figures_get_service (q3, "nope"));

  /* w11 belongs to no service; w07 is not in Q3. */
  assert_counts (&q3->unattributed->all, 1, 0, 0);
  g_assert_null (q3->unattributed->service_id);

  /* Without records: the same counts, no lists. */
  q2 = figures_of (fixture->store, "2026Q3", NULL, RL_QUARTER_COMPLIANCE);
  assert_counts (&rl_quarter_figures_get_service (q2, "s3")->all, 2, 1, 1);
  g_assert_null (rl_quarter_figures_get_service (q2, "s3")->orders);
  g_clear_pointer (&q2, rl_quarter_figures_free);

  /* w06, received a minute before midnight in China, is Q2's. */
  q2 = figures_of (fixture->store, "2026Q2", NULL, RL_QUARTER_COMPLIANCE);
  g_assert_cmpuint (q2->services->len, ==, 1);
  assert_counts (&rl_quarter_figures_get_service (q2, "s1")->all, 1, 0, 0);
  assert_counts (&q2->unattributed->all, 0, 0, 0);
}

/* A district's own limits change the verdicts: arrival in 10 minutes. */
static void
test_orders_profile (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) orders = g_string_new (NULL);
  g_autofree char *members = NULL;
  g_autoptr(RlQuarterFigures) strict = NULL;
  g_autoptr(RlQuarterFigures) relaxed = NULL;
  g_autoptr(RlQuarterFigures) in_use = NULL;
  g_autoptr(RlResponseProfile) wuhan = rl_response_profile_new ("武汉", 10, 30, 240, 1440);
  g_autoptr(GError) error = NULL;

  add_order (orders, "w01", "cp1", NULL, "repair", "normal", "2026-08-02T10:00:00+08:00",
             "2026-08-02T10:08:00+08:00", "2026-08-02T10:20:00+08:00", NULL);
  add_order (orders, "w02", "cp1", NULL, "repair", "normal", "2026-08-02T11:00:00+08:00",
             "2026-08-02T11:10:00+08:00", "2026-08-02T11:20:00+08:00", NULL);
  add_order (orders, "w03", "cp1", NULL, "repair", "normal", "2026-08-02T12:00:00+08:00",
             "2026-08-02T12:11:00+08:00", "2026-08-02T12:20:00+08:00", NULL);
  members = g_strdup_printf ("%s, 'work_orders': [%s]", services_json, orders->str);
  load (fixture, members);

  strict = figures_of (fixture->store, "2026Q3", NULL, RL_QUARTER_COMPLIANCE);
  assert_counts (&rl_quarter_figures_get_service (strict, "s2")->all, 0, 3, 0);

  relaxed = figures_of (fixture->store, "2026Q3", wuhan, RL_QUARTER_COMPLIANCE);
  g_assert_cmpstr (relaxed->profile->name, ==, "武汉");
  assert_counts (&rl_quarter_figures_get_service (relaxed, "s2")->all, 2, 1, 0);

  /* Made the ledger's own, the figures use it by default. */
  g_assert_true (rl_response_profile_save (fixture->store, wuhan, "test", &error));
  g_assert_true (rl_response_profile_use (fixture->store, "武汉", "test", &error));
  g_assert_no_error (error);
  in_use = figures_of (fixture->store, "2026Q3", NULL, RL_QUARTER_COMPLIANCE);
  g_assert_cmpstr (in_use->profile->name, ==, "武汉");
  assert_counts (&rl_quarter_figures_get_service (in_use, "s2")->all, 2, 1, 0);
}

static void
test_bad_quarter (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (rl_quarter_figures_compute (fixture->store, "2026-Q3", NULL,
                                             RL_QUARTER_COMPLIANCE, &error));
  g_assert_error (error, RL_QUARTER_ERROR, RL_QUARTER_ERROR_INVALID);
}

/* Tests: satisfaction, complaints and disputes */

static void
add_answer (GString    *answers,
            const char *id,
            const char *compound,
            const char *date,
            int         overall)
{
  g_string_append_printf (answers, "%s{'id': '%s', 'compound_id': '%s', 'answered_on': '%s',"
                          " 'overall': %d}", answers->len > 0 ? ", " : "", id, compound, date,
                          overall);
}

static void
test_compounds (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) answers = g_string_new (NULL);
  g_autoptr(GString) orders = g_string_new (NULL);
  g_autofree char *members = NULL;
  g_autoptr(RlQuarterFigures) q3 = NULL;
  const RlCompoundFigures *cp1, *cp2, *cp3;
  double value = -1;

  /* cp1: in Q3 ratings 5, 4, 3, 1 (and two outside Q3). */
  add_answer (answers, "a1", "cp1", "2026-07-01", 5);
  add_answer (answers, "a2", "cp1", "2026-09-30", 4);
  add_answer (answers, "a3", "cp1", "2026-08-10", 3);
  add_answer (answers, "a4", "cp1", "2026-08-10", 1);
  add_answer (answers, "a5", "cp1", "2026-06-30", 5);
  add_answer (answers, "a6", "cp1", "2026-10-01", 1);

  /* cp1: 3 complaints (one before Q3), 4 disputes: resolved in Q3, at the
   * very end, after it, never. */
  add_order (orders, "c1", "cp1", NULL, "complaint", "normal", "2026-07-02T10:00:00+08:00",
             NULL, NULL, NULL);
  add_order (orders, "c2", "cp1", NULL, "complaint", "major", "2026-09-30T23:00:00+08:00",
             NULL, NULL, NULL);
  add_order (orders, "c0", "cp1", NULL, "complaint", "normal", "2026-06-30T10:00:00+08:00",
             NULL, NULL, NULL);
  add_order (orders, "d1", "cp1", NULL, "dispute", "normal", "2026-07-02T10:00:00+08:00",
             NULL, "2026-07-03T10:00:00+08:00", NULL);
  add_order (orders, "d2", "cp1", NULL, "dispute", "complex", "2026-09-30T10:00:00+08:00",
             NULL, "2026-10-01T00:00:00+08:00", NULL);
  add_order (orders, "d3", "cp1", NULL, "dispute", "normal", "2026-09-30T10:00:00+08:00",
             NULL, "2026-10-01T00:00:01+08:00", NULL);
  add_order (orders, "d4", "cp1", NULL, "dispute", "normal", "2026-09-30T10:00:00+08:00",
             NULL, NULL, NULL);
  add_order (orders, "r1", "cp1", NULL, "repair", "normal", "2026-07-02T10:00:00+08:00",
             NULL, NULL, NULL);
  /* cp2: no households, one complaint; cp3: 0 households. */
  add_order (orders, "c3", "cp2", NULL, "complaint", "normal", "2026-07-02T10:00:00+08:00",
             NULL, NULL, NULL);

  members = g_strdup_printf ("'compounds': [{'id': 'cp1', 'community_id': 'cm1', 'name': '一号院',"
                             "  'kind': 'old', 'households': 300},"
                             " {'id': 'cp2', 'community_id': 'cm1', 'name': '二号院',"
                             "  'kind': 'old'},"
                             " {'id': 'cp3', 'community_id': 'cm1', 'name': '三号院',"
                             "  'kind': 'old', 'households': 0}],"
                             " 'survey_responses': [%s], 'work_orders': [%s]",
                             answers->str, orders->str);
  load (fixture, members);

  q3 = figures_of (fixture->store, "2026Q3", NULL, RL_QUARTER_COMPOUNDS | RL_QUARTER_RECORDS);
  g_assert_cmpuint (q3->compounds->len, ==, 3);
  g_assert_cmpuint (q3->services->len, ==, 0);
  cp1 = rl_quarter_figures_get_compound (q3, "cp1");
  cp2 = rl_quarter_figures_get_compound (q3, "cp2");
  cp3 = rl_quarter_figures_get_compound (q3, "cp3");

  /* 2 of 4 rate 4 or 5; score (100 + 75 + 50 + 0) / 4. */
  g_assert_cmpint (cp1->responses, ==, 4);
  g_assert_true (rl_compound_figures_satisfaction (cp1, &value));
  g_assert_cmpfloat (value, ==, 0.5);
  g_assert_true (rl_compound_figures_score (cp1, &value));
  g_assert_cmpfloat (value, ==, 56.25);
  g_assert_cmpuint (cp1->answers->len, ==, 4);
  g_assert_cmpstr (g_array_index (cp1->answers, RlAnswer, 0).id, ==, "a1");
  g_assert_cmpint (g_array_index (cp1->answers, RlAnswer, 0).overall, ==, 5);
  g_assert_cmpstr (g_array_index (cp1->answers, RlAnswer, 3).id, ==, "a2");

  /* 2 complaints per 300 households. */
  g_assert_true (rl_compound_figures_complaints (cp1, &value));
  g_assert_cmpfloat (value, ==, 2.0 / 300 * 100);
  g_assert_cmpuint (cp1->complaint_ids->len, ==, 2);
  g_assert_cmpstr (cp1->complaint_ids->pdata[0], ==, "c1");

  /* d1 and d2 (resolved at the very end) of 4. */
  g_assert_cmpint (cp1->disputes, ==, 4);
  g_assert_cmpint (cp1->disputes_resolved, ==, 2);
  g_assert_true (rl_compound_figures_mediation (cp1, &value));
  g_assert_cmpfloat (value, ==, 0.5);
  g_assert_cmpuint (cp1->unresolved_dispute_ids->len, ==, 2);
  g_assert_cmpstr (cp1->unresolved_dispute_ids->pdata[0], ==, "d3");

  /* No households (not given, or 0): no complaint rate; no answers, no
   * disputes: no rates either. */
  g_assert_cmpint (cp2->households, ==, -1);
  g_assert_cmpint (cp2->complaints, ==, 1);
  g_assert_false (rl_compound_figures_complaints (cp2, &value));
  g_assert_false (rl_compound_figures_complaints (cp3, &value));
  g_assert_false (rl_compound_figures_satisfaction (cp2, &value));
  g_assert_false (rl_compound_figures_score (cp2, &value));
  g_assert_false (rl_compound_figures_mediation (cp2, &value));
  g_assert_null (rl_quarter_figures_get_compound (q3, "cp9"));
}

/* Tests: the district's sample */

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  const char *quarter = data;
  g_autofree char *name = g_strdup_printf ("jinghe-2026.scorecard-%s.json", quarter);
  g_autofree char *path = rl_test_data_path (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RlQuarterFigures) figures = NULL;
  JsonArray *rows;

  import_sample (fixture->store);
  figures = figures_of (fixture->store, quarter, NULL,
                        RL_QUARTER_COMPLIANCE | RL_QUARTER_COMPOUNDS);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  rows = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "rows");

  /* The published measures, to the bit. */
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      JsonObject *measures = json_object_get_object_member (row, "measures");
      const RlServiceCompliance *service =
        rl_quarter_figures_get_service (figures, json_object_get_string_member (row, "service_id"));
      const RlCompoundFigures *compound =
        rl_quarter_figures_get_compound (figures, json_object_get_string_member (row,
                                                                                 "compound_id"));
      RlRatio ratio = { 0, 0 };
      double value;

      if (service != NULL)
        ratio = rl_verdict_counts_ratio (&service->all);
      if (json_object_get_null_member (measures, "compliance_5341"))
        g_assert_cmpint (ratio.den, ==, 0);
      else
        g_assert_true (rl_ratio_get_rate (&ratio)
                       == json_object_get_double_member (measures, "compliance_5341"));

      if (json_object_get_null_member (measures, "satisfaction_rate"))
        g_assert_false (rl_compound_figures_satisfaction (compound, &value));
      else
        {
          g_assert_true (rl_compound_figures_satisfaction (compound, &value));
          g_assert_true (value == json_object_get_double_member (measures, "satisfaction_rate"));
        }

      if (json_object_get_null_member (measures, "complaint_rate"))
        g_assert_false (rl_compound_figures_complaints (compound, &value));
      else
        {
          g_assert_true (rl_compound_figures_complaints (compound, &value));
          g_assert_true (value == json_object_get_double_member (measures, "complaint_rate"));
        }
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/quarter/parse", test_quarter_parse);
  g_test_add_func ("/core/quarter/judge/on-limit", test_judge_on_limit);
  g_test_add_func ("/core/quarter/judge/severities", test_judge_severities);
  g_test_add_func ("/core/quarter/judge/missing", test_judge_missing);
  g_test_add_func ("/core/quarter/judge/profile", test_judge_profile);
  g_test_add ("/core/profile/default", Fixture, NULL, fixture_setup, test_profile_default,
              fixture_teardown);
  g_test_add ("/core/profile/edit", Fixture, NULL, fixture_setup, test_profile_edit,
              fixture_teardown);
  g_test_add ("/core/profile/use", Fixture, NULL, fixture_setup, test_profile_use,
              fixture_teardown);
  g_test_add ("/core/profile/invalid", Fixture, NULL, fixture_setup, test_profile_invalid,
              fixture_teardown);
  g_test_add_func ("/core/profile/upgrade", test_profile_upgrade);
  g_test_add ("/core/quarter/orders", Fixture, NULL, fixture_setup, test_orders,
              fixture_teardown);
  g_test_add ("/core/quarter/orders-profile", Fixture, NULL, fixture_setup, test_orders_profile,
              fixture_teardown);
  g_test_add ("/core/quarter/bad-quarter", Fixture, NULL, fixture_setup, test_bad_quarter,
              fixture_teardown);
  g_test_add ("/core/quarter/compounds", Fixture, NULL, fixture_setup, test_compounds,
              fixture_teardown);
  g_test_add ("/core/quarter/sample/2026Q2", Fixture, "2026Q2", fixture_setup, test_sample,
              fixture_teardown);
  g_test_add ("/core/quarter/sample/2026Q3", Fixture, "2026Q3", fixture_setup, test_sample,
              fixture_teardown);

  return g_test_run ();
}
