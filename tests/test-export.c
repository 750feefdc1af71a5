/* test-export.c: writing exchange packages
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "rl-exporter.h"
#include "rl-importer.h"
#include "rl-test-util.h"

static void
import_ok (RlStore    *store,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlImportReport) report = rl_import_package (store, path, FALSE, NULL, NULL, NULL,
                                                        &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_true (report->written);
}

static char *
export_ok (RlStore    *store,
           const char *name,
           const char *street)
{
  g_autoptr(GError) error = NULL;
  char *path = rl_test_temp_path (name);
  guint64 n = 0;

  g_assert_true (rl_export_package (store, path, street, "test", NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  return path;
}

static JsonObject *
load_package (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The records of two packages, collection by collection. */
static void
assert_same_records (JsonObject *a,
                     JsonObject *b)
{
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const char *name = rl_collection_get (c)->name;
      JsonArray *ra = json_object_get_array_member (a, name);
      JsonArray *rb = json_object_get_array_member (b, name);

      g_assert_cmpuint (json_array_get_length (ra), ==, json_array_get_length (rb));
      for (guint i = 0; i < json_array_get_length (ra); i++)
        if (!json_node_equal (json_array_get_element (ra, i), json_array_get_element (rb, i)))
          g_error ("%s record %u differs", name, i);
    }
}

/* Export, import into an empty ledger, export again: the same records, and
 * the same as the package first imported. */
static void
test_round_trip (void)
{
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlStore) first = rl_test_new_store ();
  g_autoptr(RlStore) second = NULL;
  g_autofree char *a_path = NULL, *b_path = NULL, *second_db = NULL;
  g_autoptr(JsonObject) original = NULL, a = NULL, b = NULL;
  g_autoptr(GError) error = NULL;

  import_ok (first, sample);
  a_path = export_ok (first, "a.json", NULL);

  second_db = rl_test_temp_path ("second.redledger");
  second = rl_store_open (second_db, &error);
  g_assert_no_error (error);
  import_ok (second, a_path);
  b_path = export_ok (second, "b.json", NULL);

  original = load_package (sample);
  a = load_package (a_path);
  b = load_package (b_path);
  assert_same_records (a, b);
  assert_same_records (original, a);

  g_assert_cmpstr (json_object_get_string_member (a, "format"), ==, "redledger-exchange");
  g_assert_cmpint (json_object_get_int_member (a, "version"), ==, 1);
  g_assert_true (json_object_has_member (a, "exported_at"));
}

static const char two_streets[] =
  "{\"format\": \"redledger-exchange\", \"version\": 1,"
  " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"}, {\"id\": \"st2\", \"name\": \"吴家山街道\"}],"
  " \"communities\": [{\"id\": \"cm1\", \"street_id\": \"st1\", \"name\": \"稻香社区\"},"
  "   {\"id\": \"cm2\", \"street_id\": \"st2\", \"name\": \"海景社区\"}],"
  " \"compounds\": [{\"id\": \"cp1\", \"community_id\": \"cm1\", \"name\": \"稻香苑\", \"kind\": \"old\"},"
  "   {\"id\": \"cp2\", \"community_id\": \"cm2\", \"name\": \"海景花园\", \"kind\": \"commodity\"},"
  "   {\"id\": \"cp3\", \"community_id\": \"cm2\", \"name\": \"海景二期\", \"kind\": \"commodity\"}],"
  " \"firms\": [{\"id\": \"f1\", \"name\": \"红色物业公司\"}, {\"id\": \"f2\", \"name\": \"海景物业公司\"}],"
  " \"services\": [{\"id\": \"s1\", \"firm_id\": \"f1\", \"compound_id\": \"cp1\", \"start\": \"2025-01-01\"},"
  "   {\"id\": \"s2\", \"firm_id\": \"f2\", \"compound_id\": \"cp2\", \"start\": \"2025-01-01\"},"
  "   {\"id\": \"s3\", \"firm_id\": \"f1\", \"compound_id\": \"cp3\", \"start\": \"2025-01-01\"}],"
  " \"party_orgs\": [{\"id\": \"po1\", \"name\": \"联合党支部\", \"kind\": \"joint_branch\","
  "   \"founded_on\": \"2025-01-01\", \"covers\": [{\"service\": \"s1\"}, {\"compound\": \"cp2\"}]}],"
  " \"work_orders\": [{\"id\": \"w1\", \"compound_id\": \"cp1\", \"channel\": \"phone\","
  "   \"category\": \"repair\", \"severity\": \"normal\", \"received_at\": \"2026-08-01T10:00:00+08:00\"},"
  "   {\"id\": \"w2\", \"compound_id\": \"cp2\", \"channel\": \"phone\","
  "   \"category\": \"repair\", \"severity\": \"normal\", \"received_at\": \"2026-08-01T10:00:00+08:00\"}]}";

static gboolean
package_has (JsonObject *package,
             const char *collection,
             const char *id)
{
  JsonArray *records = json_object_get_array_member (package, collection);

  for (guint i = 0; i < json_array_get_length (records); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (records, i), "id"),
                   id) == 0)
      return TRUE;
  return FALSE;
}

/* One street's package holds the street and what it needs to import on
 * its own: the organization covering st1's service also covers cp2 in st2,
 * so cp2 (and its community and street) come along, but not st2's orders. */
static void
test_one_street (void)
{
  g_autofree char *all = rl_test_write_package ("two.json", two_streets);
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(RlStore) empty = NULL;
  g_autofree char *path = NULL, *empty_db = NULL;
  g_autoptr(JsonObject) package = NULL;
  g_autoptr(GError) error = NULL;

  import_ok (store, all);
  path = export_ok (store, "st1.json", "st1");
  package = load_package (path);

  g_assert_true (package_has (package, "streets", "st1"));
  g_assert_true (package_has (package, "services", "s1"));
  g_assert_true (package_has (package, "firms", "f1"));
  g_assert_true (package_has (package, "party_orgs", "po1"));
  g_assert_true (package_has (package, "work_orders", "w1"));
  g_assert_true (package_has (package, "compounds", "cp2"));
  g_assert_true (package_has (package, "streets", "st2"));
  g_assert_false (package_has (package, "work_orders", "w2"));
  g_assert_false (package_has (package, "services", "s2"));
  g_assert_false (package_has (package, "compounds", "cp3"));
  g_assert_false (package_has (package, "firms", "f2"));

  empty_db = rl_test_temp_path ("empty.redledger");
  empty = rl_store_open (empty_db, &error);
  g_assert_no_error (error);
  import_ok (empty, path);
}

static void
test_unknown_street (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autofree char *path = rl_test_temp_path ("nothing.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (rl_export_package (store, path, "no-such-street", NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_false (rl_export_package (store, "/nonexistent-dir/out.json", NULL, NULL, NULL, NULL,
                                     &error));
  g_assert_nonnull (error);
}

/* A cancelled export leaves no file behind, not even a partial one. */
static void
test_cancelled_leaves_nothing (void)
{
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = rl_test_temp_path ("cancelled.json");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  import_ok (store, sample);
  g_cancellable_cancel (cancellable);
  g_assert_false (rl_export_package (store, path, NULL, NULL, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  dir = g_dir_open (g_get_user_cache_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "cancelled.json"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/io/export/round-trip", test_round_trip);
  g_test_add_func ("/io/export/one-street", test_one_street);
  g_test_add_func ("/io/export/unknown-street", test_unknown_street);
  g_test_add_func ("/io/export/unwritable", test_unwritable);
  g_test_add_func ("/io/export/cancelled-leaves-nothing", test_cancelled_leaves_nothing);

  return g_test_run ();
}
