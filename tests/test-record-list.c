/* test-record-list.c: the lazy lists the pages show
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-demo.h"
#include "rl-importer.h"
#include "rl-record-list.h"
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
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

static char *
name_at (RlRecordList *list,
         guint         position)
{
  g_autoptr(RlRecord) record = g_list_model_get_item (G_LIST_MODEL (list), position);

  return rl_record_dup_display (record, "name");
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  static const guint expected[RL_N_COLLECTIONS] = { 1, 3, 12, 3, 12, 9, 12, 1, 692, 250, 34 };

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      g_autoptr(RlRecordList) list = rl_record_list_new (fixture->store, c);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected[c]);
      g_assert_cmpuint (rl_record_list_get_total (list), ==, expected[c]);
      g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == RL_TYPE_RECORD);
    }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RlRecordList) list = rl_record_list_new (fixture->store, RL_COLLECTION_COMPOUNDS);
  g_autofree char *name = NULL;
  guint changes = 0;

  g_signal_connect_swapped (list, "notify::n-items", G_CALLBACK (g_atomic_int_inc), &changes);

  /* Part of a name, as a clerk types it. */
  rl_record_list_set_search (list, "兰佳");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  name = name_at (list, 0);
  g_assert_cmpstr (name, ==, "祥兰佳苑");
  g_assert_cmpuint (rl_record_list_get_total (list), ==, 12);
  g_assert_cmpuint (changes, ==, 1);

  /* Addresses too; and LIKE's own characters are literal. */
  rl_record_list_set_search (list, "东西湖区730号");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  rl_record_list_set_search (list, "%");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  rl_record_list_set_search (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 12);
}

static void
test_services_search_joined (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RlRecordList) list = rl_record_list_new (fixture->store, RL_COLLECTION_SERVICES);
  g_autoptr(RlRecord) record = NULL;

  /* A service is found by its compound's name, and shows its firm's. */
  rl_record_list_set_search (list, "祥兰佳苑");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);
  record = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (rl_record_get_extra (record, 1), ==, "祥兰佳苑");
  g_assert_true (g_str_has_prefix (rl_record_get_extra (record, 0), "武汉"));
}

static void
test_scope (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RlRecordList) compounds = rl_record_list_new (fixture->store, RL_COLLECTION_COMPOUNDS);
  g_autoptr(RlRecordList) services = rl_record_list_new (fixture->store, RL_COLLECTION_SERVICES);

  rl_record_list_set_scope (compounds, NULL, "comm-7-000005");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (compounds)), ==, 4);
  rl_record_list_set_scope (compounds, "street-7-000004", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (compounds)), ==, 12);
  rl_record_list_set_scope (compounds, "no-such-street", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (compounds)), ==, 0);

  rl_record_list_set_scope (services, NULL, "comm-7-000005");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (services)), <, 12);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (services)), >, 0);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RlRecordList) compounds = rl_record_list_new (fixture->store, RL_COLLECTION_COMPOUNDS);
  g_autoptr(RlRecordList) firms = rl_record_list_new (fixture->store, RL_COLLECTION_FIRMS);
  guint no_committee, no_service, not_red;

  /* Today is after the sample's dates, so every filter has its say. */
  rl_record_list_set_filter (compounds, RL_LIST_FILTER_NO_COMMITTEE);
  no_committee = g_list_model_get_n_items (G_LIST_MODEL (compounds));
  rl_record_list_set_filter (compounds, RL_LIST_FILTER_NO_SERVICE);
  no_service = g_list_model_get_n_items (G_LIST_MODEL (compounds));
  rl_record_list_set_filter (compounds, RL_LIST_FILTER_NOT_RED);
  not_red = g_list_model_get_n_items (G_LIST_MODEL (compounds));
  g_assert_cmpuint (no_committee, >, 0);
  g_assert_cmpuint (no_committee, <, 12);
  g_assert_cmpuint (no_service, <, 12);
  g_assert_cmpuint (not_red, >, 0);
  g_assert_cmpuint (not_red, <, 12);

  /* A filter of another collection does not apply. */
  rl_record_list_set_filter (firms, RL_LIST_FILTER_NO_COMMITTEE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (firms)), ==, 3);
  g_assert_false (rl_list_filter_applies (RL_LIST_FILTER_NO_COMMITTEE, RL_COLLECTION_FIRMS));
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(RlRecordList) list = rl_record_list_new (fixture->store, RL_COLLECTION_COMPOUNDS);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_autofree char *first_up = NULL, *first_down = NULL, *last_down = NULL;

  rl_record_list_set_sort (list, "households", FALSE);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RlRecord) a = g_list_model_get_item (G_LIST_MODEL (list), i - 1);
      g_autoptr(RlRecord) b = g_list_model_get_item (G_LIST_MODEL (list), i);
      int slot = rl_collection_member_index (rl_record_get_collection (a), "households");

      g_assert_cmpint (rl_record_get_row (a)->values[slot].i, <=, rl_record_get_row (b)->values[slot].i);
    }
  first_up = name_at (list, 0);
  rl_record_list_set_sort (list, "households", TRUE);
  first_down = name_at (list, 0);
  last_down = name_at (list, n - 1);
  g_assert_cmpstr (first_up, ==, last_down);
  g_assert_cmpstr (first_up, !=, first_down);

  /* Not a member: ignored rather than put into SQL. */
  rl_record_list_set_sort (list, "name; DROP TABLE compounds", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
}

typedef struct
{
  guint calls;
  guint position;
  guint removed;
  guint added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->calls++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

/* A new search or filter changes only the rows that differ, so a view
 * rebuilds only those; after an edit (refresh) every row may read
 * differently, so the whole list changes. */
static void
test_smallest_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RlRecordList) list = rl_record_list_new (fixture->store, RL_COLLECTION_COMPOUNDS);
  Change change = { 0, };

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &change);

  /* Every compound's address has 东西湖区: the same rows, no change. */
  rl_record_list_set_search (list, "东西湖区");
  g_assert_cmpuint (change.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 12);

  /* One compound left, the first: it keeps its row, the 11 after it go. */
  rl_record_list_set_search (list, "兰佳");
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 11);
  g_assert_cmpuint (change.added, ==, 0);

  change.calls = 0;
  rl_record_list_refresh (list);
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
}

/* More rows than one page: items come from several pages, in order. */
static void
test_paging (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(RlRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_assert_true (rl_demo_generate (store, RL_DEMO_STREET, 1, NULL, NULL, &error));
  list = rl_record_list_new (store, RL_COLLECTION_WORK_ORDERS);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 1000);

  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr(RlRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (rl_record_get_id (record));
      g_assert_true (g_hash_table_add (seen, g_strdup (rl_record_get_id (record))));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
  g_assert_cmpint (rl_record_list_find (list, "no-such-id"), ==, -1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/record-list/counts", test_counts);
  ADD ("/core/record-list/search", test_search);
  ADD ("/core/record-list/services-search-joined", test_services_search_joined);
  ADD ("/core/record-list/scope", test_scope);
  ADD ("/core/record-list/filters", test_filters);
  ADD ("/core/record-list/sort", test_sort);
  ADD ("/core/record-list/smallest-change", test_smallest_change);
#undef ADD
  g_test_add_func ("/core/record-list/paging", test_paging);

  return g_test_run ();
}
