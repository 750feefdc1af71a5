/* test-demo.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "rl-check.h"
#include "rl-credit-code.h"
#include "rl-demo.h"
#include "rl-test-util.h"

/* Only the street size here: the larger ones are for tests/bench. */

static RlStore *
new_store_named (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rl_test_temp_path (name);
  RlStore *store;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_unlink (path);
  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static RlStore *
generated_store (const char *name,
                 guint32     seed,
                 guint64    *n_records)
{
  g_autoptr(GError) error = NULL;
  RlStore *store = new_store_named (name);
  gboolean ok;

  ok = rl_demo_generate (store, RL_DEMO_STREET, seed, NULL, n_records, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return store;
}

static gint64
total_records (RlStore *store)
{
  gint64 n = 0;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    n += rl_store_count (store, c);
  return n;
}

/* A digest of every record of a collection, in the order it was written. */
static gboolean
digest_row_cb (const RlRow *row,
               gpointer     user_data,
               GError     **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  json_node_take_object (node, rl_row_to_json (row));
  text = json_to_string (node, FALSE);
  g_checksum_update (user_data, (const guchar *) text, -1);
  g_checksum_update (user_data, (const guchar *) "\n", 1);
  return TRUE;
}

static char *
collection_digest (RlStore        *store,
                   RlCollectionId  collection)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;

  rl_store_foreach_row (store, collection, FALSE, digest_row_cb, checksum, &error);
  g_assert_no_error (error);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_parse_size (void)
{
  RlDemoSize size = RL_DEMO_CITY;

  g_assert_true (rl_demo_parse_size ("street", &size));
  g_assert_cmpint (size, ==, RL_DEMO_STREET);
  g_assert_true (rl_demo_parse_size ("district", &size));
  g_assert_cmpint (size, ==, RL_DEMO_DISTRICT);
  g_assert_true (rl_demo_parse_size ("city", &size));
  g_assert_cmpint (size, ==, RL_DEMO_CITY);
  g_assert_true (rl_demo_parse_size ("City", &size));
  g_assert_cmpint (size, ==, RL_DEMO_CITY);

  size = RL_DEMO_DISTRICT;
  g_assert_false (rl_demo_parse_size ("town", &size));
  g_assert_false (rl_demo_parse_size ("", &size));
  g_assert_false (rl_demo_parse_size ("street ", &size));
  g_assert_false (rl_demo_parse_size (NULL, &size));
  g_assert_cmpint (size, ==, RL_DEMO_DISTRICT);
}

static void
test_street_counts (void)
{
  guint64 n = 0;
  g_autoptr(RlStore) store = generated_store ("street.redledger", 1, &n);
  gint64 compounds = rl_store_count (store, RL_COLLECTION_COMPOUNDS);

  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 1);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMUNITIES), ==, 4);
  g_assert_cmpint (compounds, >=, 50);
  g_assert_cmpint (compounds, <=, 70);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_WORK_ORDERS), ==, 50 * compounds);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_SURVEY_RESPONSES), ==, 25 * compounds);

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    g_assert_cmpint (rl_store_count (store, c), >, 0);

  g_assert_cmpuint (n, ==, total_records (store));
  /* One change set, one audit entry per record added. */
  g_assert_cmpint (rl_store_audit_count (store), ==, (gint64) n);
}

static void
test_deterministic (void)
{
  g_autoptr(RlStore) a = generated_store ("a.redledger", 7, NULL);
  g_autoptr(RlStore) b = generated_store ("b.redledger", 7, NULL);
  g_autoptr(RlStore) c = generated_store ("c.redledger", 8, NULL);
  guint differing = 0;

  for (guint k = 0; k < RL_N_COLLECTIONS; k++)
    {
      g_autofree char *digest_a = collection_digest (a, k);
      g_autofree char *digest_b = collection_digest (b, k);
      g_autofree char *digest_c = collection_digest (c, k);

      g_assert_cmpint (rl_store_count (a, k), ==, rl_store_count (b, k));
      g_assert_cmpstr (digest_a, ==, digest_b);
      if (g_strcmp0 (digest_a, digest_c) != 0)
        differing++;
    }

  /* Another seed gives other names, dates and figures everywhere. */
  g_assert_cmpuint (differing, ==, RL_N_COLLECTIONS);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(RlStore) store = generated_store ("twice.redledger", 1, NULL);
  g_autoptr(RlStore) one = new_store_named ("one.redledger");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) street = rl_test_json_object ("{\"id\": \"s1\", \"name\": \"径河街道\"}");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  gint64 before = total_records (store);
  RlPutResult result;
  RlRow row;
  guint64 n = 42;

  g_assert_false (rl_demo_generate (store, RL_DEMO_STREET, 2, NULL, &n, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpint (total_records (store), ==, before);
  g_assert_cmpuint (n, ==, 42);
  g_clear_error (&error);

  /* Even one street of the user's own: demo ids could overwrite it. */
  g_assert_true (rl_check_record (rl_collection_get (RL_COLLECTION_STREETS), street, 0, &row,
                                  problems));
  g_assert_true (rl_store_begin (one, &error));
  g_assert_true (rl_store_put_row (one, rl_store_add_change_set (one, "test", &error), &row,
                                   &result, &error));
  g_assert_true (rl_store_commit (one, &error));
  g_assert_no_error (error);
  rl_row_clear (&row);

  g_assert_false (rl_demo_generate (one, RL_DEMO_STREET, 1, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpint (total_records (one), ==, 1);
}

static void
test_cancelled (void)
{
  g_autoptr(RlStore) store = new_store_named ("cancelled.redledger");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (rl_demo_generate (store, RL_DEMO_STREET, 1, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (total_records (store), ==, 0);
  g_assert_cmpint (rl_store_audit_count (store), ==, 0);
}

/* What the edge-cases test collects from the rows. */
typedef struct
{
  GHashTable *compound_kinds;
  GHashTable *classes;
  GHashTable *served;          /* compound ids with a service */
  GHashTable *org_kinds;
  GHashTable *covered_firms;   /* by an organization still active */
  GHashTable *channels;
  GHashTable *categories;
  GHashTable *severities;
  GHashTable *inspected;       /* "service quarter" */
  GPtrArray  *party_firms;     /* firms with 3 or more Party members */
  GPtrArray  *self_managed;
  GPtrArray  *compounds;
  guint       empty;
  guint       red;
  guint       ended_services;
  guint       committee_kinds[2];
  guint       dissolved_committees;
  guint       overdue_committees;
  guint       dissolved_orgs;
  guint       instructor_links;
  guint       open_orders;
  guint       linked_orders;
  guint       vetoes;
  guint       survey_items;
  guint       rechecked;
} Edges;

static const char *
text_of (const RlRow *row,
         const char  *member)
{
  return rl_row_get_text (row, rl_collection_member_index (row->collection, member));
}

static const RlValue *
value_of (const RlRow *row,
          const char  *member)
{
  return &row->values[rl_collection_member_index (row->collection, member)];
}

static void
add_set (GHashTable *set,
         const char *value)
{
  if (value != NULL)
    g_hash_table_add (set, g_strdup (value));
}

static gboolean
edges_row_cb (const RlRow *row,
              gpointer     user_data,
              GError     **error)
{
  Edges *edges = user_data;
  const char *name = row->collection->name;
  g_autoptr(JsonObject) json = rl_row_to_json (row);
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlRow again;

  /* Whatever the demo stored, the import checks take as it is. */
  g_assert_true (rl_check_record (row->collection, json, 0, &again, problems));
  g_assert_cmpuint (problems->len, ==, 0);
  for (guint i = 0; i < row->collection->n_members; i++)
    g_assert_true (rl_value_equal (&row->values[i], &again.values[i]));
  rl_row_clear (&again);
  edges->rechecked++;

  if (g_str_equal (name, "compounds"))
    {
      g_ptr_array_add (edges->compounds, g_strdup (rl_row_id (row)));
      add_set (edges->compound_kinds, text_of (row, "kind"));
      add_set (edges->classes, text_of (row, "class"));
      if (value_of (row, "households")->i == 0)
        edges->empty++;
      if (value_of (row, "self_managed")->i)
        g_ptr_array_add (edges->self_managed, g_strdup (rl_row_id (row)));
      if (text_of (row, "red_property_since") != NULL)
        {
          g_assert_cmpstr (text_of (row, "red_property_since"), >=, "2020-01-01");
          g_assert_cmpstr (text_of (row, "red_property_since"), <=, "2026-12-31");
          edges->red++;
        }
      g_assert_true (g_str_has_prefix (text_of (row, "address"), "东西湖区"));
    }
  else if (g_str_equal (name, "firms"))
    {
      g_assert_cmpint (rl_credit_code_check (text_of (row, "credit_code")), ==,
                       RL_CREDIT_CODE_OK);
      g_assert_true (g_str_has_prefix (text_of (row, "name"), "武汉"));
      g_assert_true (g_str_has_suffix (text_of (row, "name"), "物业服务有限公司"));
      g_assert_true (g_str_has_prefix (text_of (row, "phone"), "027-8"));
      g_assert_cmpuint (strlen (text_of (row, "phone")), ==, 12);
      if (value_of (row, "party_members")->type == RL_VALUE_INT
          && value_of (row, "party_members")->i >= 3)
        g_ptr_array_add (edges->party_firms, g_strdup (rl_row_id (row)));
    }
  else if (g_str_equal (name, "services"))
    {
      add_set (edges->served, text_of (row, "compound_id"));
      if (text_of (row, "end") != NULL)
        edges->ended_services++;
    }
  else if (g_str_equal (name, "committees"))
    {
      const char *term_end = text_of (row, "term_end");
      const RlValue *members = value_of (row, "members");
      g_autoptr(JsonNode) people = json_from_string (members->text, NULL);
      guint n_people = json_array_get_length (json_node_get_array (people));

      edges->committee_kinds[g_str_equal (text_of (row, "kind"), "owners") ? 0 : 1]++;
      if (text_of (row, "dissolved_on") != NULL)
        edges->dissolved_committees++;
      else if (term_end != NULL && strcmp (term_end, "2026-09-30") < 0)
        edges->overdue_committees++;
      g_assert_cmpuint (n_people, >=, 3);
      g_assert_cmpuint (n_people, <=, 9);
      g_assert_nonnull (strstr (members->text, "\"director\""));
    }
  else if (g_str_equal (name, "party_orgs"))
    {
      gboolean active = text_of (row, "dissolved_on") == NULL;
      g_autoptr(JsonNode) covers = json_from_string (text_of (row, "covers"), NULL);
      JsonArray *links = json_node_get_array (covers);

      add_set (edges->org_kinds, text_of (row, "kind"));
      if (!active)
        edges->dissolved_orgs++;
      for (guint i = 0; i < json_array_get_length (links) && active; i++)
        {
          JsonObject *link = json_array_get_object_element (links, i);

          if (json_object_has_member (link, "firm"))
            add_set (edges->covered_firms, json_object_get_string_member (link, "firm"));
        }
    }
  else if (g_str_equal (name, "instructors"))
    {
      g_autoptr(JsonNode) assigned = json_from_string (text_of (row, "assigned"), NULL);

      edges->instructor_links += json_array_get_length (json_node_get_array (assigned));
    }
  else if (g_str_equal (name, "survey_responses"))
    {
      if (text_of (row, "items") != NULL)
        edges->survey_items++;
    }
  else if (g_str_equal (name, "work_orders"))
    {
      add_set (edges->channels, text_of (row, "channel"));
      add_set (edges->categories, text_of (row, "category"));
      add_set (edges->severities, text_of (row, "severity"));
      g_assert_true (g_str_has_suffix (text_of (row, "received_at"), "+08:00"));
      if (text_of (row, "arrived_at") == NULL
          || (text_of (row, "resolved_at") == NULL && text_of (row, "plan_at") == NULL))
        edges->open_orders++;
      if (text_of (row, "service_id") != NULL)
        edges->linked_orders++;
    }
  else if (g_str_equal (name, "inspections"))
    {
      g_autofree char *key = g_strdup_printf ("%s %s", text_of (row, "service_id"),
                                              text_of (row, "quarter"));

      g_assert_false (g_hash_table_contains (edges->inspected, key));
      g_hash_table_add (edges->inspected, g_steal_pointer (&key));
      if (text_of (row, "veto") != NULL)
        {
          g_assert_nonnull (text_of (row, "note"));
          edges->vetoes++;
        }
    }

  return TRUE;
}

static GHashTable *
string_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
check_edge_cases (RlStore *store)
{
  g_autoptr(GError) error = NULL;
  Edges edges = { 0, };
  guint unserved = 0, gaps = 0;

  edges.compound_kinds = string_set ();
  edges.classes = string_set ();
  edges.served = string_set ();
  edges.org_kinds = string_set ();
  edges.covered_firms = string_set ();
  edges.channels = string_set ();
  edges.categories = string_set ();
  edges.severities = string_set ();
  edges.inspected = string_set ();
  edges.party_firms = g_ptr_array_new_with_free_func (g_free);
  edges.self_managed = g_ptr_array_new_with_free_func (g_free);
  edges.compounds = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      rl_store_foreach_row (store, c, FALSE, edges_row_cb, &edges, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (edges.rechecked, ==, total_records (store));

  /* Compounds of every kind and class; empty, self-managed, unserved ones. */
  g_assert_cmpuint (g_hash_table_size (edges.compound_kinds), ==, 6);
  g_assert_cmpuint (g_hash_table_size (edges.classes), ==, 3);
  g_assert_cmpuint (edges.empty, >=, 1);
  g_assert_cmpuint (edges.self_managed->len, >=, 1);
  g_assert_cmpuint (edges.red, >=, 1);
  for (guint i = 0; i < edges.self_managed->len; i++)
    g_assert_false (g_hash_table_contains (edges.served,
                                           g_ptr_array_index (edges.self_managed, i)));
  for (guint i = 0; i < edges.compounds->len; i++)
    if (!g_hash_table_contains (edges.served, g_ptr_array_index (edges.compounds, i)))
      unserved++;
  g_assert_cmpuint (unserved, >, edges.self_managed->len);
  g_assert_cmpuint (edges.ended_services, >=, 1);

  /* Committees of both kinds, dissolved ones and ones past their term. */
  g_assert_cmpuint (edges.committee_kinds[0], >=, 1);
  g_assert_cmpuint (edges.committee_kinds[1], >=, 1);
  g_assert_cmpuint (edges.dissolved_committees, >=, 1);
  g_assert_cmpuint (edges.overdue_committees, >=, 1);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMITTEES), <,
                   rl_store_count (store, RL_COLLECTION_COMPOUNDS));

  /* Every kind of Party organization, a dissolved one, and a firm with
   * three or more Party members that none covers (应建未建). */
  g_assert_cmpuint (g_hash_table_size (edges.org_kinds), ==, 5);
  g_assert_cmpuint (edges.dissolved_orgs, >=, 1);
  for (guint i = 0; i < edges.party_firms->len; i++)
    if (!g_hash_table_contains (edges.covered_firms, g_ptr_array_index (edges.party_firms, i)))
      gaps++;
  g_assert_cmpuint (gaps, >=, 1);
  g_assert_cmpuint (edges.instructor_links, >=, 3);

  /* Evidence: every channel, category and severity; open orders; vetoes. */
  g_assert_cmpuint (g_hash_table_size (edges.channels), ==, 5);
  g_assert_cmpuint (g_hash_table_size (edges.categories), ==, 4);
  g_assert_cmpuint (g_hash_table_size (edges.severities), ==, 3);
  g_assert_cmpuint (edges.open_orders, >=, 1);
  g_assert_cmpuint (edges.linked_orders, >=, 1);
  g_assert_cmpuint (edges.survey_items, >=, 1);
  g_assert_cmpuint (edges.vetoes, >=, 1);

  g_hash_table_unref (edges.compound_kinds);
  g_hash_table_unref (edges.classes);
  g_hash_table_unref (edges.served);
  g_hash_table_unref (edges.org_kinds);
  g_hash_table_unref (edges.covered_firms);
  g_hash_table_unref (edges.channels);
  g_hash_table_unref (edges.categories);
  g_hash_table_unref (edges.severities);
  g_hash_table_unref (edges.inspected);
  g_ptr_array_unref (edges.party_firms);
  g_ptr_array_unref (edges.self_managed);
  g_ptr_array_unref (edges.compounds);
}

static void
test_edge_cases_present (void)
{
  g_autoptr(RlStore) store = generated_store ("edges.redledger", 1, NULL);

  check_edge_cases (store);
}

/* The cases come from fixed profiles, so they hold whatever the seed. */
static void
test_edge_cases_any_seed (void)
{
  for (guint32 seed = 100; seed < 104; seed++)
    {
      g_autofree char *name = g_strdup_printf ("seed-%u.redledger", seed);
      g_autoptr(RlStore) store = generated_store (name, seed, NULL);

      g_test_message ("seed %u", seed);
      check_edge_cases (store);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/demo/parse-size", test_parse_size);
  g_test_add_func ("/core/demo/street-counts", test_street_counts);
  g_test_add_func ("/core/demo/deterministic", test_deterministic);
  g_test_add_func ("/core/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/core/demo/cancelled", test_cancelled);
  g_test_add_func ("/core/demo/edge-cases-present", test_edge_cases_present);
  g_test_add_func ("/core/demo/edge-cases-any-seed", test_edge_cases_any_seed);

  return g_test_run ();
}
