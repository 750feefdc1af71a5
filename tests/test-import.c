/* test-import.c: importing exchange packages
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "rl-importer.h"
#include "rl-test-util.h"

/* What jinghe-2026.json holds, per collection (RlCollectionId order). */
static const guint64 sample_counts[RL_N_COLLECTIONS] = {
  1, 3, 12, 3, 12, 9, 12, 1, 692, 250, 34
};

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

static RlImportReport *
import_file (RlStore    *store,
             const char *path,
             gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  RlImportReport *report = rl_import_package (store, path, dry_run, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static RlImportReport *
import_sample (RlStore *store)
{
  g_autofree char *path = rl_test_data_path ("jinghe-2026.json");

  return import_file (store, path, FALSE);
}

static RlImportReport *
import_text (RlStore    *store,
             const char *json)
{
  g_autofree char *path = rl_test_write_package ("package.json", json);

  return import_file (store, path, FALSE);
}

static void
assert_counts (RlStore        *store,
               const guint64  *expected)
{
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    g_assert_cmpint (rl_store_count (store, c), ==, expected ? expected[c] : 0);
}

static const RlProblem *
find_problem (RlImportReport *report,
              RlCheckError    code,
              const char     *id)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      const RlProblem *problem = g_ptr_array_index (report->problems, i);

      if (g_error_matches (problem->error, RL_CHECK_ERROR, code)
          && g_strcmp0 (problem->id, id) == 0)
        return problem;
    }
  return NULL;
}

static void
test_sample_counts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportReport) report = import_sample (fixture->store);

  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_true (report->written);
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      g_assert_cmpuint (report->added[c], ==, sample_counts[c]);
      g_assert_cmpuint (report->updated[c], ==, 0);
    }
  assert_counts (fixture->store, sample_counts);

  /* The one instructor whose end is before its start is a warning. */
  g_assert_cmpuint (report->problems->len, ==, 1);
  g_assert_true (((RlProblem *) g_ptr_array_index (report->problems, 0))->warning);

  /* One audit entry per added record. */
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 1029);
}

static void
test_idempotent (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RlImportReport) first = import_sample (fixture->store);
  g_autoptr(RlImportReport) second = NULL;
  gint64 audit = rl_store_audit_count (fixture->store);

  second = import_sample (fixture->store);
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      g_assert_cmpuint (second->added[c], ==, 0);
      g_assert_cmpuint (second->updated[c], ==, 0);
      g_assert_cmpuint (second->unchanged[c], ==, sample_counts[c]);
    }
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);
  assert_counts (fixture->store, sample_counts);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlImportReport) report = import_file (fixture->store, path, TRUE);

  g_assert_true (report->dry_run);
  g_assert_false (report->written);
  g_assert_cmpuint (report->added[RL_COLLECTION_WORK_ORDERS], ==, 250);
  assert_counts (fixture->store, NULL);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 0);
}

/* Every one of the twelve errors that bad-package.errors.md lists. */
static void
test_bad_package (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct
  {
    RlCollectionId collection;
    const char    *id;
    const char    *member;
    RlCheckError   code;
  } expected[] = {
    { RL_COLLECTION_COMMUNITIES, "cm2", "street_id", RL_CHECK_ERROR_REFERENCE },
    { RL_COLLECTION_COMPOUNDS, "cp2", "name", RL_CHECK_ERROR_MISSING },
    { RL_COLLECTION_COMPOUNDS, "cp3", "kind", RL_CHECK_ERROR_CHOICE },
    { RL_COLLECTION_COMPOUNDS, "cp1", "id", RL_CHECK_ERROR_DUPLICATE },
    { RL_COLLECTION_FIRMS, "f1", "credit_code", RL_CHECK_ERROR_CREDIT_CODE },
    { RL_COLLECTION_FIRMS, "f2", "party_members", RL_CHECK_ERROR_TOO_MANY },
    { RL_COLLECTION_SERVICES, "s1", "end", RL_CHECK_ERROR_ORDER },
    { RL_COLLECTION_COMMITTEES, "oc1", "formed_on", RL_CHECK_ERROR_DATE },
    { RL_COLLECTION_SURVEY_RESPONSES, "r1", "overall", RL_CHECK_ERROR_RANGE },
    { RL_COLLECTION_WORK_ORDERS, "w1", "arrived_at", RL_CHECK_ERROR_ORDER },
    { RL_COLLECTION_INSPECTIONS, "i2", "quarter", RL_CHECK_ERROR_DUPLICATE },
    { RL_COLLECTION_INSPECTIONS, "i2", "fee_collection_rate", RL_CHECK_ERROR_RANGE },
  };
  g_autoptr(RlImportReport) before = import_sample (fixture->store);
  g_autofree char *path = rl_test_data_path ("bad-package.json");
  g_autoptr(RlImportReport) report = NULL;
  gint64 audit = rl_store_audit_count (fixture->store);

  report = import_file (fixture->store, path, FALSE);
  g_assert_false (report->written);
  g_assert_cmpuint (rl_import_report_errors (report), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < report->problems->len && !found; k++)
        {
          const RlProblem *problem = g_ptr_array_index (report->problems, k);

          found = problem->collection == (int) expected[i].collection
                  && g_strcmp0 (problem->id, expected[i].id) == 0
                  && g_strcmp0 (problem->member, expected[i].member) == 0
                  && g_error_matches (problem->error, RL_CHECK_ERROR, expected[i].code);
        }
      if (!found)
        g_error ("expected error %u (%s %s %s) was not reported", i + 1,
                 rl_collection_get (expected[i].collection)->name, expected[i].id,
                 expected[i].member);
    }

  /* The ledger is exactly as it was. */
  assert_counts (fixture->store, sample_counts);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);
}

static void
test_errors_name_line (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = rl_test_data_path ("bad-package.json");
  g_autoptr(RlImportReport) report = import_file (fixture->store, path, FALSE);
  const RlProblem *problem = find_problem (report, RL_CHECK_ERROR_CHOICE, "cp3");
  g_autofree char *text = NULL;

  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 38);   /* where cp3's record opens */
  g_assert_cmpint (problem->index, ==, 2);
  text = rl_problem_describe (problem);
  g_assert_nonnull (strstr (text, "cp3"));
  g_assert_nonnull (strstr (text, "kind"));
  g_assert_nonnull (strstr (text, "castle"));
}

static void
test_update_is_audited (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RlImportReport) first = NULL;
  g_autoptr(RlImportReport) second = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  const RlAuditEntry *entry;

  first = import_text (fixture->store,
                       "{\"format\": \"redledger-exchange\", \"version\": 1,"
                       " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"}],"
                       " \"communities\": [{\"id\": \"cm1\", \"street_id\": \"st1\", \"name\": \"稻香社区\"}],"
                       " \"compounds\": [{\"id\": \"cp1\", \"community_id\": \"cm1\","
                       "   \"name\": \"稻香苑\", \"kind\": \"old\", \"households\": 1200}]}");
  g_assert_true (first->written);

  second = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 1,"
                        " \"compounds\": [{\"id\": \"cp1\", \"community_id\": \"cm1\","
                        "   \"name\": \" 稻香苑 \", \"kind\": \"old\", \"households\": 1250}]}");
  g_assert_true (second->written);
  g_assert_cmpuint (second->updated[RL_COLLECTION_COMPOUNDS], ==, 1);

  history = rl_store_history (fixture->store, "compounds", "cp1", &error);
  g_assert_no_error (error);
  /* Added, then one changed member: the trimmed name did not change. */
  g_assert_cmpuint (history->len, ==, 2);
  entry = g_ptr_array_index (history, 0);
  g_assert_null (entry->member);
  entry = g_ptr_array_index (history, 1);
  g_assert_cmpstr (entry->member, ==, "households");
  g_assert_cmpstr (entry->old_value, ==, "1200");
  g_assert_cmpstr (entry->new_value, ==, "1250");
  g_assert_cmpstr (entry->user, ==, g_get_user_name ());
  g_assert_nonnull (strstr (entry->source, "package.json"));
}

static void
test_forward_and_ledger_references (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(RlImportReport) first = NULL;
  g_autoptr(RlImportReport) second = NULL;

  /* The community comes before the street it names. */
  first = import_text (fixture->store,
                       "{\"format\": \"redledger-exchange\", \"version\": 1,"
                       " \"communities\": [{\"id\": \"cm1\", \"street_id\": \"st1\", \"name\": \"稻香社区\"}],"
                       " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"}]}");
  g_assert_cmpuint (rl_import_report_errors (first), ==, 0);
  g_assert_true (first->written);

  /* A reference to a record already in the ledger. */
  second = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 1,"
                        " \"compounds\": [{\"id\": \"cp1\", \"community_id\": \"cm1\","
                        "   \"name\": \"稻香苑\", \"kind\": \"old\"}]}");
  g_assert_cmpuint (rl_import_report_errors (second), ==, 0);
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==, 1);
}

static void
test_dangling_link (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportReport) report = NULL;
  const RlProblem *problem;

  report = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 1,"
                        " \"party_orgs\": [{\"id\": \"po1\", \"name\": \"党支部\", \"kind\": \"branch\","
                        "   \"founded_on\": \"2026-01-01\", \"covers\": [{\"firm\": \"nope\"}]}]}");
  problem = find_problem (report, RL_CHECK_ERROR_REFERENCE, "po1");
  g_assert_nonnull (problem);
  g_assert_cmpstr (problem->member, ==, "covers");
  g_assert_nonnull (strstr (problem->error->message, "nope"));
  g_assert_false (report->written);
  assert_counts (fixture->store, NULL);
}

static void
test_malformed_json (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RlImportReport) report = NULL;
  const RlProblem *problem;

  report = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 1,\n"
                        " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"},\n"
                        "   {\"id\": \"st2\" \"name\": \"x\"}]}\n");
  problem = find_problem (report, RL_CHECK_ERROR_SYNTAX, NULL);
  g_assert_nonnull (problem);
  /* json-glib's message carries the line and column. */
  g_assert_nonnull (strstr (problem->error->message, "3:"));
  g_assert_false (report->written);
  assert_counts (fixture->store, NULL);
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportReport) report = NULL;
  const RlProblem *problem;

  report = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 7,"
                        " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"}]}");
  problem = find_problem (report, RL_CHECK_ERROR_FORMAT, NULL);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->error->message, "7"));
  g_assert_nonnull (strstr (problem->error->message, "1"));
  g_assert_false (report->written);
  assert_counts (fixture->store, NULL);
}

static void
test_not_a_package (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportReport) wrong_format = NULL;
  g_autoptr(RlImportReport) array = NULL;
  g_autoptr(RlImportReport) no_header = NULL;

  wrong_format = import_text (fixture->store, "{\"format\": \"geojson\", \"version\": 1}");
  g_assert_nonnull (find_problem (wrong_format, RL_CHECK_ERROR_FORMAT, NULL));

  array = import_text (fixture->store, "[1, 2, 3]");
  g_assert_nonnull (find_problem (array, RL_CHECK_ERROR_FORMAT, NULL));

  no_header = import_text (fixture->store, "{\"streets\": []}");
  g_assert_nonnull (find_problem (no_header, RL_CHECK_ERROR_MISSING, NULL));
  g_assert_cmpuint (rl_import_report_errors (no_header), ==, 2);
}

static void
test_unknown_members (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RlImportReport) report = NULL;
  const RlProblem *problem;

  report = import_text (fixture->store,
                        "\xEF\xBB\xBF{\"format\": \"redledger-exchange\", \"version\": 1,"
                        " \"remarks\": [\"not ours\"],"
                        " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\", \"colour\": \"red\"}]}");
  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_true (report->written);
  problem = find_problem (report, RL_CHECK_ERROR_UNKNOWN, NULL);
  g_assert_nonnull (problem);
  g_assert_true (problem->warning);
  g_assert_nonnull (strstr (problem->error->message, "remarks"));
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_STREETS), ==, 1);
}

static void
test_inspection_conflicts_with_ledger (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(RlImportReport) first = import_sample (fixture->store);
  g_autoptr(RlImportReport) report = NULL;
  const RlProblem *problem;

  /* svc-7-000007 already has insp-7-000043 for 2026Q1. */
  report = import_text (fixture->store,
                        "{\"format\": \"redledger-exchange\", \"version\": 1,"
                        " \"inspections\": [{\"id\": \"insp-new\", \"service_id\": \"svc-7-000007\","
                        "   \"quarter\": \"2026Q1\", \"score\": 9}]}");
  problem = find_problem (report, RL_CHECK_ERROR_DUPLICATE, "insp-new");
  g_assert_nonnull (problem);
  g_assert_false (report->written);
  assert_counts (fixture->store, sample_counts);
}

/* A package of the sample's street with @n extra work orders. */
static char *
write_large_package (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"redledger-exchange\", \"version\": 1,\n"
                                          "\"work_orders\": [\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"wo-extra-%u\", \"compound_id\": \"comp-7-000006\","
                            " \"channel\": \"phone\", \"category\": \"repair\","
                            " \"severity\": \"normal\", \"received_at\": \"2026-08-01T10:00:00+08:00\"}\n",
                            i ? "," : "", i);
  g_string_append (json, "]}\n");
  return rl_test_write_package ("large.json", json->str);
}

static void
kill_self_cb (guint64  records,
              guint64  bytes_done,
              guint64  bytes_total,
              gpointer user_data)
{
  /* Some records are written inside the transaction: die now, as a power
   * cut or a killed process would. */
  if (records > 0 && bytes_done < bytes_total)
    kill (getpid (), SIGKILL);
}

static void
test_killed_midway (void)
{
  g_autofree char *db_path = rl_test_temp_path ("killed.redledger");
  g_autofree char *package = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(RlStore) store = rl_store_open (g_getenv ("RL_TEST_DB"), NULL);

      rl_import_package (store, g_getenv ("RL_TEST_PACKAGE"), FALSE, NULL,
                         kill_self_cb, NULL, NULL);
      g_assert_not_reached ();
    }

  {
    g_autoptr(RlStore) store = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
    g_autoptr(RlImportReport) report = NULL;

    g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
    store = rl_store_open (db_path, &error);
    g_assert_no_error (error);
    report = rl_import_package (store, sample, FALSE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }

  package = write_large_package (10000);
  g_setenv ("RL_TEST_DB", db_path, TRUE);
  g_setenv ("RL_TEST_PACKAGE", package, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RlStore) store = rl_store_open (db_path, &error);

    g_assert_no_error (error);
    assert_counts (store, sample_counts);
    g_assert_cmpint (rl_store_audit_count (store), ==, 1029);
  }
}

static void
cancel_cb (guint64  records,
           guint64  bytes_done,
           guint64  bytes_total,
           gpointer user_data)
{
  if (records > 0)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *package = write_large_package (10000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RlImportReport) first = import_sample (fixture->store);
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = rl_import_package (fixture->store, package, FALSE, cancellable,
                              cancel_cb, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
  assert_counts (fixture->store, sample_counts);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RlImportReport *report = rl_import_package (fixture->store, "/nonexistent/package.json",
                                              FALSE, NULL, NULL, NULL, &error);

  g_assert_null (report);
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/io/import/sample-counts", test_sample_counts);
  ADD ("/io/import/idempotent", test_idempotent);
  ADD ("/io/import/dry-run", test_dry_run);
  ADD ("/io/import/bad-package", test_bad_package);
  ADD ("/io/import/errors-name-line", test_errors_name_line);
  ADD ("/io/import/update-is-audited", test_update_is_audited);
  ADD ("/io/import/forward-and-ledger-references", test_forward_and_ledger_references);
  ADD ("/io/import/dangling-link", test_dangling_link);
  ADD ("/io/import/malformed-json", test_malformed_json);
  ADD ("/io/import/newer-version", test_newer_version);
  ADD ("/io/import/not-a-package", test_not_a_package);
  ADD ("/io/import/unknown-members", test_unknown_members);
  ADD ("/io/import/inspection-conflicts-with-ledger", test_inspection_conflicts_with_ledger);
  ADD ("/io/import/cancel", test_cancel);
  ADD ("/io/import/missing-file", test_missing_file);
#undef ADD
  g_test_add_func ("/io/import/killed-midway", test_killed_midway);

  return g_test_run ();
}
