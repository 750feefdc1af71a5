/* test-edit.c: edits, deletes and undo from a window
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rl-importer.h"
#include "rl-store-edit.h"
#include "rl-store-query.h"
#include "rl-test-util.h"

typedef struct
{
  RlStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  fixture->store = rl_test_new_store ();
  report = rl_import_package (fixture->store, sample, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->written);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

static JsonObject *
compound_json (RlStore    *store,
               const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlRecord) record = rl_store_get_record (store, RL_COLLECTION_COMPOUNDS, id, &error);

  g_assert_no_error (error);
  return rl_row_to_json (rl_record_get_row (record));
}

static gint64
households (RlStore    *store,
            const char *id)
{
  g_autoptr(RlRecord) record = rl_store_get_record (store, RL_COLLECTION_COMPOUNDS, id, NULL);
  int slot = rl_collection_member_index (rl_collection_get (RL_COLLECTION_COMPOUNDS), "households");

  return rl_record_get_row (record)->values[slot].i;
}

static void
test_save_and_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonObject) compound = compound_json (fixture->store, "comp-7-000006");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = households (fixture->store, "comp-7-000006");
  gint64 change_set = -1;
  const RlAuditEntry *entry;

  json_object_set_int_member (compound, "households", before + 10);
  g_assert_true (rl_store_save_record (fixture->store, RL_COLLECTION_COMPOUNDS, compound,
                                       "edit in test", problems, &change_set, &error));
  g_assert_no_error (error);
  g_assert_cmpint (change_set, >, 0);
  g_assert_cmpint (rl_store_last_change_set (fixture->store), ==, change_set);
  g_assert_cmpint (households (fixture->store, "comp-7-000006"), ==, before + 10);

  history = rl_store_history (fixture->store, "compounds", "comp-7-000006", &error);
  entry = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (entry->member, ==, "households");
  g_assert_cmpstr (entry->source, ==, "edit in test");

  g_assert_true (rl_store_undo (fixture->store, change_set, "undo in test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (households (fixture->store, "comp-7-000006"), ==, before);
  /* The undo is in the history too. */
  g_clear_pointer (&history, g_ptr_array_unref);
  history = rl_store_history (fixture->store, "compounds", "comp-7-000006", &error);
  entry = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (entry->source, ==, "undo in test");
}

static void
test_save_unchanged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(JsonObject) compound = compound_json (fixture->store, "comp-7-000006");
  g_autoptr(GError) error = NULL;
  gint64 last = rl_store_last_change_set (fixture->store);
  gint64 change_set = -1;

  g_assert_true (rl_store_save_record (fixture->store, RL_COLLECTION_COMPOUNDS, compound,
                                       "edit in test", NULL, &change_set, &error));
  g_assert_cmpint (change_set, ==, 0);
  g_assert_cmpint (rl_store_last_change_set (fixture->store), ==, last);
}

static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonObject) bad_value = compound_json (fixture->store, "comp-7-000006");
  g_autoptr(JsonObject) bad_ref = compound_json (fixture->store, "comp-7-000006");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autoptr(GError) error = NULL;
  gint64 before = households (fixture->store, "comp-7-000006");
  const RlProblem *problem;

  json_object_set_int_member (bad_value, "households", -5);
  g_assert_false (rl_store_save_record (fixture->store, RL_COLLECTION_COMPOUNDS, bad_value,
                                        "edit in test", problems, NULL, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_INVALID);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->member, ==, "households");
  g_assert_cmpint (households (fixture->store, "comp-7-000006"), ==, before);

  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);
  json_object_set_string_member (bad_ref, "community_id", "no-such-community");
  g_assert_false (rl_store_save_record (fixture->store, RL_COLLECTION_COMPOUNDS, bad_ref,
                                        "edit in test", problems, NULL, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_INVALID);
  problem = g_ptr_array_index (problems, 0);
  g_assert_error (problem->error, RL_CHECK_ERROR, RL_CHECK_ERROR_REFERENCE);
  g_assert_cmpstr (problem->member, ==, "community_id");
}

static void
test_delete_in_use (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The compound has services, a committee, answers and orders. */
  g_assert_false (rl_store_delete_record (fixture->store, RL_COLLECTION_COMPOUNDS,
                                          "comp-7-000006", "delete in test", NULL, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "comp-7-000006"));
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==, 12);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(JsonObject) street = rl_test_json_object ("{\"id\": \"st-new\", \"name\": \"吴家山街道\"}");
  g_autoptr(GError) error = NULL;
  g_autoptr(RlRecord) back = NULL;
  gint64 added = 0, deleted = 0;

  g_assert_true (rl_store_save_record (fixture->store, RL_COLLECTION_STREETS, street,
                                       "edit in test", NULL, &added, &error));
  g_assert_true (rl_store_delete_record (fixture->store, RL_COLLECTION_STREETS, "st-new",
                                         "delete in test", &deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (deleted, >, added);
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_STREETS), ==, 1);

  /* Undoing the delete brings the record back as it was. */
  g_assert_true (rl_store_undo (fixture->store, deleted, "undo in test", &error));
  g_assert_no_error (error);
  back = rl_store_get_record (fixture->store, RL_COLLECTION_STREETS, "st-new", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rl_row_get_text (rl_record_get_row (back), 1), ==, "吴家山街道");

  /* Undoing the add removes it again. */
  g_assert_true (rl_store_undo (fixture->store, added, "undo in test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_STREETS), ==, 1);
}

static void
test_undo_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 import_set = rl_store_last_change_set (fixture->store);

  /* The import added records that others depend on only within it: taken
   * back newest first, it leaves an empty ledger. */
  g_assert_true (rl_store_undo (fixture->store, import_set, "undo in test", &error));
  g_assert_no_error (error);
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    g_assert_cmpint (rl_store_count (fixture->store, c), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/edit/save-and-undo", test_save_and_undo);
  ADD ("/core/edit/save-unchanged", test_save_unchanged);
  ADD ("/core/edit/save-refused", test_save_refused);
  ADD ("/core/edit/delete-in-use", test_delete_in_use);
  ADD ("/core/edit/delete-and-undo", test_delete_and_undo);
  ADD ("/core/edit/undo-import", test_undo_import);
#undef ADD

  return g_test_run ();
}
