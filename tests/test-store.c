/* test-store.c: the SQLite ledger store
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rl-check.h"
#include "rl-test-util.h"

/* "RLDG", as the store marks its files. */
#define LEDGER_APPLICATION_ID 0x524C4447

static const char street_json[] =
  "{\"id\": \"st1\", \"name\": \"径河街道\", \"code\": \"420112001\"}";
static const char community_json[] =
  "{\"id\": \"cm1\", \"street_id\": \"st1\", \"name\": \"径河稻香社区\"}";
static const char compound_json[] =
  "{\"id\": \"cp1\", \"community_id\": \"cm1\", \"name\": \"稻香苑\", \"kind\": \"old\","
  " \"class\": \"B\", \"households\": 100, \"floor_area_m2\": 67715.4,"
  " \"self_managed\": false}";
static const char firm_json[] =
  "{\"id\": \"f1\", \"name\": \"武汉惠民梅河物业服务有限公司\","
  " \"credit_code\": \"91420112D1TJ3Y7LLP\", \"staff\": 222, \"party_members\": 1}";
static const char service_json[] =
  "{\"id\": \"s1\", \"firm_id\": \"f1\", \"compound_id\": \"cp1\", \"start\": \"2024-03-01\","
  " \"staff\": 32, \"party_members\": 11}";

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

/* Rows */

/* Checks @json as a record of @collection (it must pass) and puts it. */
static gboolean
try_put_json (RlStore         *store,
              gint64           change_set,
              RlCollectionId   collection,
              const char      *json,
              RlPutResult     *result,
              GError         **error)
{
  g_autoptr(JsonObject) record = rl_test_json_object (json);
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlRow row;
  gboolean ok;

  g_assert_true (rl_check_record (rl_collection_get (collection), record, 0, &row, problems));
  g_assert_cmpuint (problems->len, ==, 0);
  ok = rl_store_put_row (store, change_set, &row, result, error);
  rl_row_clear (&row);
  return ok;
}

static void
put_json (RlStore        *store,
          gint64          change_set,
          RlCollectionId  collection,
          const char     *json,
          RlPutResult     expected)
{
  g_autoptr(GError) error = NULL;
  RlPutResult result = -1;

  g_assert_true (try_put_json (store, change_set, collection, json, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, expected);
}

static void
begin (RlStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rl_store_begin (store, &error));
  g_assert_no_error (error);
}

static void
commit (RlStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rl_store_commit (store, &error));
  g_assert_no_error (error);
}

static gint64
add_change_set (RlStore    *store,
                const char *source)
{
  g_autoptr(GError) error = NULL;
  gint64 change_set = rl_store_add_change_set (store, source, &error);

  g_assert_no_error (error);
  g_assert_cmpint (change_set, >, 0);
  return change_set;
}

/* A street, community, compound, firm and service, committed. */
static void
put_base (RlStore *store)
{
  gint64 change_set;

  begin (store);
  change_set = add_change_set (store, "test: base");
  put_json (store, change_set, RL_COLLECTION_STREETS, street_json, RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_COMMUNITIES, community_json, RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_COMPOUNDS, compound_json, RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_FIRMS, firm_json, RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_SERVICES, service_json, RL_PUT_ADDED);
  commit (store);
}

static gboolean
collect_row_cb (const RlRow  *row,
                gpointer      user_data,
                GError      **error)
{
  g_autoptr(JsonObject) object = rl_row_to_json (row);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  g_ptr_array_add (user_data, json_to_string (node, FALSE));
  return TRUE;
}

/* Every row of @collection as compact JSON, in the store's order. */
static GPtrArray *
collect_rows (RlStore        *store,
              RlCollectionId  collection)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (rl_store_foreach_row (store, collection, FALSE, collect_row_cb, rows, &error));
  g_assert_no_error (error);
  return rows;
}

static JsonObject *
find_row (RlStore        *store,
          RlCollectionId  collection,
          const char     *id)
{
  g_autoptr(GPtrArray) rows = collect_rows (store, collection);

  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *object = rl_test_json_object (g_ptr_array_index (rows, i));

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
      json_object_unref (object);
    }
  return NULL;
}

static GPtrArray *
history (RlStore    *store,
         const char *collection,
         const char *id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = rl_store_history (store, collection, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* Files */

static char *
temp_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  return rl_test_temp_path (name);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (after, before));
}

static gboolean
has_sidecar (const char *path,
             const char *suffix)
{
  g_autofree char *sidecar = g_strconcat (path, suffix, NULL);

  return g_file_test (sidecar, G_FILE_TEST_EXISTS);
}

/* SQLite leaves no journal, WAL or shared-memory file behind. */
static void
assert_no_sidecars (const char *path)
{
  g_assert_false (has_sidecar (path, "-wal"));
  g_assert_false (has_sidecar (path, "-shm"));
  g_assert_false (has_sidecar (path, "-journal"));
}

static sqlite3 *
sql_open (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  return db;
}

static void
sql_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_test_message ("%s: %s", sql, message);
  sqlite3_free (message);
  g_assert_cmpint (rc, ==, SQLITE_OK);
}

static char *
sql_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
sql_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
sql_close (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A new ledger at @path with a few committed rows, closed again. */
static void
make_ledger (const char *path,
             guint       n_extra_streets)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = rl_store_open (path, &error);
  gint64 change_set;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  put_base (store);

  begin (store);
  change_set = add_change_set (store, "test: padding");
  for (guint i = 0; i < n_extra_streets; i++)
    {
      g_autofree char *name = g_strnfill (200, 'x');
      g_autofree char *json = g_strdup_printf ("{\"id\": \"street-%u\", \"name\": \"%s %u\"}",
                                               i, name, i);

      put_json (store, change_set, RL_COLLECTION_STREETS, json, RL_PUT_ADDED);
    }
  commit (store);
}

/* Opening @path fails with @code (any RL_STORE_ERROR code when -1). */
static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = rl_store_open (path, &error);

  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  if (code < 0)
    g_assert_true (error->domain == RL_STORE_ERROR);
  else
    g_assert_error (error, RL_STORE_ERROR, code);
}

/* Opening and creating */

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  const char *path = rl_store_get_path (fixture->store);
  g_autofree char *mode = NULL;
  GStatBuf st;
  sqlite3 *db;

  g_assert_cmpint (rl_store_schema_version (), >=, 1);

  /* Names and phone numbers: for the owner only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (S_ISREG (st.st_mode));

  db = sql_open (path);
  mode = sql_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (sql_int (db, "PRAGMA application_id"), ==, LEDGER_APPLICATION_ID);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, rl_store_schema_version ());
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_foreign_key_list ('communities')"),
                   ==, 1);
  sql_close (db);

  /* SQLite gives the WAL and shared-memory files the ledger's mode. */
  {
    static const char *const suffixes[] = { "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *sidecar = g_strconcat (path, suffixes[i], NULL);

        if (g_stat (sidecar, &st) == 0)
          g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      }
  }

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    g_assert_cmpint (rl_store_count (fixture->store, c), ==, 0);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 0);
}

/* Foreign keys are on in the store's connection: a dangling reference
 * cannot be committed. */
static void
test_foreign_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 change_set;

  begin (fixture->store);
  change_set = add_change_set (fixture->store, "test: dangling");
  put_json (fixture->store, change_set, RL_COLLECTION_COMMUNITIES,
            "{\"id\": \"cm9\", \"street_id\": \"nowhere\", \"name\": \"无街社区\"}",
            RL_PUT_ADDED);
  g_assert_false (rl_store_commit (fixture->store, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  rl_store_rollback (fixture->store);

  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMMUNITIES), ==, 0);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, 0);
}

static void
assert_dangling_refused (RlStore    *store,
                         const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{\"id\": \"%s\", \"street_id\": \"nowhere\","
                                           " \"name\": \"无街社区\"}", id);
  gint64 count = rl_store_count (store, RL_COLLECTION_COMMUNITIES);

  begin (store);
  put_json (store, add_change_set (store, "test: dangling"), RL_COLLECTION_COMMUNITIES, json,
            RL_PUT_ADDED);
  g_assert_false (rl_store_commit (store, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CONSTRAINT);
  rl_store_rollback (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMUNITIES), ==, count);
}

/* A bulk transaction leaves references to the importer's own check; the
 * store's keys are on again once it ends, by commit or by rollback. */
static void
test_bulk (Fixture       *fixture,
           gconstpointer  data)
{
  RlStore *store = fixture->store;
  g_autoptr(GError) error = NULL;

  g_assert_true (rl_store_begin_bulk (store, &error));
  g_assert_no_error (error);
  put_json (store, add_change_set (store, "test: bulk"), RL_COLLECTION_COMMUNITIES,
            "{\"id\": \"cm1\", \"street_id\": \"unchecked\", \"name\": \"社区\"}",
            RL_PUT_ADDED);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMUNITIES), ==, 1);
  assert_dangling_refused (store, "cm2");

  g_assert_true (rl_store_begin_bulk (store, &error));
  g_assert_no_error (error);
  put_json (store, add_change_set (store, "test: bulk, rolled back"),
            RL_COLLECTION_COMMUNITIES,
            "{\"id\": \"cm3\", \"street_id\": \"unchecked\", \"name\": \"社区\"}",
            RL_PUT_ADDED);
  rl_store_rollback (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMUNITIES), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, 1);
  assert_dangling_refused (store, "cm4");
}

static void
test_reopen (void)
{
  g_autofree char *path = temp_path ("reopen.redledger");
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonObject) compound = NULL;
  g_autoptr(JsonObject) expected = rl_test_json_object (compound_json);
  gint64 change_set;

  make_ledger (path, 3);
  if (has_sidecar (path, "-wal"))
    g_test_message ("note: %s-wal is left after the store is closed", path);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (rl_store_get_path (store), ==, path);

  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 4);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMPOUNDS), ==, 1);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_SERVICES), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, 8);

  /* Rows come back in the order they were added, with their values. */
  rows = collect_rows (store, RL_COLLECTION_STREETS);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 0), "\"st1\""));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 0), "径河街道"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 3), "\"street-2\""));

  compound = find_row (store, RL_COLLECTION_COMPOUNDS, "cp1");
  g_assert_nonnull (compound);
  {
    g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), compound);
    g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), expected);

    g_assert_true (json_node_equal (a, b));
  }

  /* The reopened ledger takes writes. */
  begin (store);
  change_set = add_change_set (store, "test: reopened");
  put_json (store, change_set, RL_COLLECTION_STREETS,
            "{\"id\": \"st2\", \"name\": \"走马岭街道\"}", RL_PUT_ADDED);
  commit (store);
  g_clear_object (&store);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 5);
  g_assert_cmpint (rl_store_audit_count (store), ==, 9);
}

static void
test_text_file (void)
{
  g_autofree char *path = temp_path ("notes.redledger");
  g_autofree char *small = temp_path ("short.redledger");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) small_before = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "第%u行: this is a text file, not a ledger.\n", i);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  g_file_set_contents (small, "hello\n", -1, &error);
  g_assert_no_error (error);
  before = read_bytes (path);
  small_before = read_bytes (small);

  assert_open_fails (path, RL_STORE_ERROR_NOT_A_LEDGER);
  assert_unchanged (path, before);
  assert_no_sidecars (path);

  assert_open_fails (small, RL_STORE_ERROR_NOT_A_LEDGER);
  assert_unchanged (small, small_before);
  assert_no_sidecars (small);
}

static void
make_foreign_database (const char *path,
                       gboolean    wal)
{
  sqlite3 *db = sql_open (path);

  if (wal)
    {
      g_autofree char *mode = sql_text (db, "PRAGMA journal_mode = WAL");

      g_assert_cmpstr (mode, ==, "wal");
    }
  sql_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                "INSERT INTO notes (body) VALUES ('buy rice'), ('call 12345');"
                "PRAGMA user_version = 3;");
  g_assert_cmpint (sql_int (db, "PRAGMA application_id"), ==, 0);
  sql_close (db);
  assert_no_sidecars (path);
}

/* Another program's database is neither taken over nor touched. */
static void
test_foreign_database (gconstpointer data)
{
  gboolean wal = GPOINTER_TO_INT (data);
  g_autofree char *path = temp_path ("other.sqlite");
  g_autoptr(GBytes) before = NULL;
  sqlite3 *db;

  make_foreign_database (path, wal);
  before = read_bytes (path);

  assert_open_fails (path, RL_STORE_ERROR_NOT_A_LEDGER);
  assert_unchanged (path, before);
  assert_no_sidecars (path);

  /* Still the other program's: its table and no ledger tables. */
  db = sql_open (path);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM notes"), ==, 2);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'streets'"),
                   ==, 0);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 3);
  sql_close (db);
}

static void
test_truncated (void)
{
  g_autofree char *path = temp_path ("truncated.redledger");
  g_autoptr(GBytes) before = NULL;
  GStatBuf st;
  gint64 size;

  make_ledger (path, 300);
  /* Closing the last connection checkpoints the WAL into the file. */
  if (has_sidecar (path, "-wal"))
    g_test_message ("note: %s-wal is left after the store is closed", path);
  g_assert_false (has_sidecar (path, "-wal"));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  size = st.st_size;
  g_test_message ("ledger of %" G_GINT64_FORMAT " bytes", size);
  g_assert_cmpint (size, >=, 8 * 4096);

  g_assert_cmpint (truncate (path, size / 2), ==, 0);
  before = read_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (before), ==, size / 2);

  assert_open_fails (path, RL_STORE_ERROR_CORRUPT);
  assert_unchanged (path, before);
  assert_no_sidecars (path);

  /* A second attempt fails the same way. */
  assert_open_fails (path, RL_STORE_ERROR_CORRUPT);
  assert_unchanged (path, before);
}

/* Digit runs in @text, the path left out. */
static gboolean
mentions_number (const char *text,
                 const char *path,
                 int         number)
{
  g_auto(GStrv) parts = g_strsplit (text, path, -1);
  g_autofree char *rest = g_strjoinv (" ", parts);
  g_autofree char *wanted = g_strdup_printf ("%d", number);
  g_autoptr(GRegex) digits = g_regex_new ("[0-9]+", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (digits, rest, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      if (g_strcmp0 (found, wanted) == 0)
        return TRUE;
      g_match_info_next (match, NULL);
    }
  return FALSE;
}

static void
test_newer_schema (void)
{
  g_autofree char *path = temp_path ("newer.redledger");
  g_autofree char *bump = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = NULL;
  int newer = rl_store_schema_version () + 7;
  sqlite3 *db;

  make_ledger (path, 0);

  db = sql_open (path);
  bump = g_strdup_printf ("PRAGMA user_version = %d", newer);
  sql_exec (db, bump);
  sql_close (db);
  assert_no_sidecars (path);
  before = read_bytes (path);

  store = rl_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NEWER_SCHEMA);
  g_test_message ("%s", error->message);
  g_assert_true (mentions_number (error->message, path, newer));
  g_assert_true (mentions_number (error->message, path, rl_store_schema_version ()));

  assert_unchanged (path, before);
  assert_no_sidecars (path);

  db = sql_open (path);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, newer);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM streets"), ==, 1);
  sql_close (db);
}

static void
test_directory (void)
{
  g_autofree char *empty = temp_path ("folder.redledger");
  g_autofree char *full = temp_path ("full.redledger");
  g_autofree char *inside = g_build_filename (full, "notes.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (full, 0700), ==, 0);
  g_file_set_contents (inside, "notes\n", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? empty : full;
      g_autoptr(RlStore) store = rl_store_open (path, &error);
      g_autoptr(GDir) dir = NULL;
      guint n = 0;

      g_assert_null (store);
      g_assert_nonnull (error);
      g_test_message ("%s: %s (%s %d)", path, error->message,
                      g_quark_to_string (error->domain), error->code);
      g_clear_error (&error);

      /* Still a folder, with nothing added to it. */
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
      dir = g_dir_open (path, 0, NULL);
      g_assert_nonnull (dir);
      while (g_dir_read_name (dir) != NULL)
        n++;
      g_assert_cmpuint (n, ==, i == 0 ? 0 : 1);
      assert_no_sidecars (path);
    }
}

/* Writing */

static void
test_put_row_added (Fixture       *fixture,
                    gconstpointer  data)
{
  RlStore *store = fixture->store;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) row = NULL;
  g_autoptr(JsonObject) expected = rl_test_json_object (compound_json);
  RlAuditEntry *entry;
  gint64 change_set;

  begin (store);
  change_set = add_change_set (store, "test: add");
  put_json (store, change_set, RL_COLLECTION_STREETS, street_json, RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_COMMUNITIES, community_json, RL_PUT_ADDED);
  g_assert_cmpint (rl_store_audit_count (store), ==, 2);
  put_json (store, change_set, RL_COLLECTION_COMPOUNDS, compound_json, RL_PUT_ADDED);
  g_assert_cmpint (rl_store_audit_count (store), ==, 3);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMPOUNDS), ==, 1);

  row = find_row (store, RL_COLLECTION_COMPOUNDS, "cp1");
  g_assert_nonnull (row);
  {
    g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), row);
    g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), expected);

    g_assert_true (json_node_equal (a, b));
  }

  entries = history (store, "compounds", "cp1");
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (entry->change_set, ==, change_set);
  g_assert_cmpstr (entry->collection, ==, "compounds");
  g_assert_cmpstr (entry->record_id, ==, "cp1");
  g_assert_null (entry->member);
  g_assert_null (entry->old_value);
  g_assert_null (entry->new_value);
  g_assert_cmpstr (entry->source, ==, "test: add");
  g_assert_cmpstr (entry->user, ==, g_get_user_name ());
  g_assert_nonnull (entry->at);
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                                       "([+-][0-9]{2}:[0-9]{2}|Z)$", entry->at, 0, 0));
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Each record's history is its own; all of it without a filter. */
  entries = history (store, "streets", "st1");
  g_assert_cmpuint (entries->len, ==, 1);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = history (store, "compounds", "cp-none");
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = history (store, NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (((RlAuditEntry *) g_ptr_array_index (entries, 0))->collection, ==, "streets");
  g_assert_cmpstr (((RlAuditEntry *) g_ptr_array_index (entries, 2))->collection, ==,
                   "compounds");
}

static void
put_row_unchanged_body (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  gint64 change_set;

  put_base (store);
  g_assert_cmpint (rl_store_audit_count (store), ==, 5);

  /* The same records again, even with untrimmed text, change nothing. */
  begin (store);
  change_set = add_change_set (store, "test: same");
  put_json (store, change_set, RL_COLLECTION_COMPOUNDS, compound_json, RL_PUT_UNCHANGED);
  put_json (store, change_set, RL_COLLECTION_STREETS,
            "{\"id\": \"st1\", \"name\": \" 径河街道 \", \"code\": \"420112001\"}",
            RL_PUT_UNCHANGED);
  put_json (store, change_set, RL_COLLECTION_FIRMS, firm_json, RL_PUT_UNCHANGED);
  put_json (store, change_set, RL_COLLECTION_SERVICES, service_json, RL_PUT_UNCHANGED);
  g_assert_cmpint (rl_store_audit_count (store), ==, 5);
  commit (store);

  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMPOUNDS), ==, 1);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, 5);
}

static void
test_put_row_unchanged (void)
{
  put_row_unchanged_body ();
}

static void
put_row_updated_body (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) row = NULL;
  g_autofree char *changed = g_strdup (compound_json);
  gint64 first, second, third;
  RlAuditEntry *entry;

  begin (store);
  first = add_change_set (store, "test: add");
  put_json (store, first, RL_COLLECTION_STREETS, street_json, RL_PUT_ADDED);
  put_json (store, first, RL_COLLECTION_COMMUNITIES, community_json, RL_PUT_ADDED);
  put_json (store, first, RL_COLLECTION_COMPOUNDS, compound_json, RL_PUT_ADDED);
  commit (store);
  g_assert_cmpint (rl_store_audit_count (store), ==, 3);

  /* One member changed: one entry, with the old and the new value. */
  memcpy (strstr (changed, "\"households\": 100"), "\"households\": 120", 17);
  begin (store);
  second = add_change_set (store, "test: edit");
  put_json (store, second, RL_COLLECTION_COMPOUNDS, changed, RL_PUT_UPDATED);
  g_assert_cmpint (rl_store_audit_count (store), ==, 4);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMPOUNDS), ==, 1);

  row = find_row (store, RL_COLLECTION_COMPOUNDS, "cp1");
  g_assert_cmpint (json_object_get_int_member (row, "households"), ==, 120);
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, "稻香苑");
  g_assert_cmpstr (json_object_get_string_member (row, "class"), ==, "B");

  entries = history (store, "compounds", "cp1");
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  g_assert_null (entry->member);
  g_assert_cmpint (entry->change_set, ==, first);
  g_assert_cmpstr (entry->source, ==, "test: add");
  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpint (entry->change_set, ==, second);
  g_assert_cmpint (entry->change_set, >, first);
  g_assert_cmpstr (entry->collection, ==, "compounds");
  g_assert_cmpstr (entry->record_id, ==, "cp1");
  g_assert_cmpstr (entry->member, ==, "households");
  g_assert_cmpstr (entry->old_value, ==, "100");
  g_assert_cmpstr (entry->new_value, ==, "120");
  g_assert_cmpstr (entry->source, ==, "test: edit");
  g_assert_cmpstr (entry->user, ==, g_get_user_name ());
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* A member dropped: its old value, and no new one. */
  begin (store);
  third = add_change_set (store, "test: drop class");
  put_json (store, third, RL_COLLECTION_COMPOUNDS,
            "{\"id\": \"cp1\", \"community_id\": \"cm1\", \"name\": \"稻香苑\", \"kind\": \"old\","
            " \"households\": 120, \"floor_area_m2\": 67715.4, \"self_managed\": false}",
            RL_PUT_UPDATED);
  commit (store);
  entries = history (store, "compounds", "cp1");
  g_assert_cmpuint (entries->len, ==, 3);
  entry = g_ptr_array_index (entries, 2);
  g_assert_cmpint (entry->change_set, ==, third);
  g_assert_cmpstr (entry->member, ==, "class");
  g_assert_cmpstr (entry->old_value, ==, "B");
  g_assert_null (entry->new_value);
  g_assert_cmpint (rl_store_audit_count (store), ==, 5);
}

static void
test_put_row_updated (void)
{
  put_row_updated_body ();
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  RlStore *store = fixture->store;
  g_autoptr(JsonObject) street = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 change_set;

  begin (store);
  change_set = add_change_set (store, "test: base");
  put_json (store, change_set, RL_COLLECTION_STREETS, street_json, RL_PUT_ADDED);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, 1);

  begin (store);
  change_set = add_change_set (store, "test: rolled back");
  put_json (store, change_set, RL_COLLECTION_STREETS,
            "{\"id\": \"st2\", \"name\": \"走马岭街道\"}", RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_COMMUNITIES, community_json, RL_PUT_ADDED);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 2);
  g_assert_cmpint (rl_store_audit_count (store), ==, 3);
  rl_store_rollback (store);

  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 1);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_COMMUNITIES), ==, 0);
  g_assert_cmpint (rl_store_audit_count (store), ==, 1);
  street = find_row (store, RL_COLLECTION_STREETS, "st1");
  g_assert_cmpstr (json_object_get_string_member (street, "name"), ==, "径河街道");
  entries = history (store, NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((RlAuditEntry *) g_ptr_array_index (entries, 0))->source, ==, "test: base");

  /* A rollback outside a transaction does nothing; the next one works. */
  rl_store_rollback (store);
  begin (store);
  change_set = add_change_set (store, "test: after");
  put_json (store, change_set, RL_COLLECTION_STREETS,
            "{\"id\": \"st2\", \"name\": \"走马岭街道\"}", RL_PUT_ADDED);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 2);
  g_assert_cmpint (rl_store_audit_count (store), ==, 2);
}

static void
rollback_update_body (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(JsonObject) street = NULL;
  gint64 change_set;

  begin (store);
  change_set = add_change_set (store, "test: base");
  put_json (store, change_set, RL_COLLECTION_STREETS, street_json, RL_PUT_ADDED);
  commit (store);

  begin (store);
  change_set = add_change_set (store, "test: rolled back");
  put_json (store, change_set, RL_COLLECTION_STREETS,
            "{\"id\": \"st1\", \"name\": \"改名街道\"}", RL_PUT_UPDATED);
  g_assert_cmpint (rl_store_audit_count (store), ==, 3);
  rl_store_rollback (store);

  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, 1);
  street = find_row (store, RL_COLLECTION_STREETS, "st1");
  g_assert_cmpstr (json_object_get_string_member (street, "name"), ==, "径河街道");
  g_assert_cmpstr (json_object_get_string_member (street, "code"), ==, "420112001");
}

static void
test_rollback_update (void)
{
  rollback_update_body ();
}

static void
test_inspection_unique (Fixture       *fixture,
                        gconstpointer  data)
{
  RlStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  RlPutResult result;
  gint64 change_set;
  gint64 audit;

  put_base (store);
  begin (store);
  change_set = add_change_set (store, "test: inspections");
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i1\", \"service_id\": \"s1\", \"quarter\": \"2026Q3\", \"score\": 8.5}",
            RL_PUT_ADDED);
  commit (store);
  audit = rl_store_audit_count (store);

  /* Same service and quarter, another id. */
  begin (store);
  change_set = add_change_set (store, "test: second inspection");
  g_assert_false (try_put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
                                "{\"id\": \"i2\", \"service_id\": \"s1\", \"quarter\": \"2026Q3\","
                                " \"fee_collection_rate\": 0.9}",
                                &result, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  rl_store_rollback (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_INSPECTIONS), ==, 1);
  g_assert_cmpint (rl_store_audit_count (store), ==, audit);

  /* Another quarter, or another service, is fine. */
  begin (store);
  change_set = add_change_set (store, "test: other quarters");
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i2\", \"service_id\": \"s1\", \"quarter\": \"2026Q4\"}", RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_SERVICES,
            "{\"id\": \"s2\", \"firm_id\": \"f1\", \"compound_id\": \"cp1\","
            " \"start\": \"2018-01-01\", \"end\": \"2024-02-29\"}", RL_PUT_ADDED);
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i3\", \"service_id\": \"s2\", \"quarter\": \"2026Q3\"}", RL_PUT_ADDED);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_INSPECTIONS), ==, 3);
}

/* Updating an inspection in place is not a second one. */
static void
inspection_update_body (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  gint64 change_set;

  put_base (store);
  begin (store);
  change_set = add_change_set (store, "test: inspection");
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i1\", \"service_id\": \"s1\", \"quarter\": \"2026Q3\", \"score\": 8.5}",
            RL_PUT_ADDED);
  commit (store);

  begin (store);
  change_set = add_change_set (store, "test: inspection again");
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i1\", \"service_id\": \"s1\", \"quarter\": \"2026Q3\", \"score\": 8.5}",
            RL_PUT_UNCHANGED);
  put_json (store, change_set, RL_COLLECTION_INSPECTIONS,
            "{\"id\": \"i1\", \"service_id\": \"s1\", \"quarter\": \"2026Q3\", \"score\": 9}",
            RL_PUT_UPDATED);
  commit (store);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_INSPECTIONS), ==, 1);
}

static void
test_inspection_update (void)
{
  inspection_update_body ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/store/new-file", Fixture, NULL,
              fixture_setup, test_new_file, fixture_teardown);
  g_test_add ("/core/store/foreign-keys", Fixture, NULL,
              fixture_setup, test_foreign_keys, fixture_teardown);
  g_test_add ("/core/store/bulk", Fixture, NULL,
              fixture_setup, test_bulk, fixture_teardown);
  g_test_add_func ("/core/store/reopen", test_reopen);
  g_test_add_func ("/core/store/text-file", test_text_file);
  g_test_add_data_func ("/core/store/foreign-database", GINT_TO_POINTER (FALSE),
                        test_foreign_database);
  g_test_add_data_func ("/core/store/foreign-database-wal", GINT_TO_POINTER (TRUE),
                        test_foreign_database);
  g_test_add_func ("/core/store/truncated", test_truncated);
  g_test_add_func ("/core/store/newer-schema", test_newer_schema);
  g_test_add_func ("/core/store/directory", test_directory);

  g_test_add ("/core/store/put-row/added", Fixture, NULL,
              fixture_setup, test_put_row_added, fixture_teardown);
  g_test_add_func ("/core/store/put-row/unchanged", test_put_row_unchanged);
  g_test_add_func ("/core/store/put-row/updated", test_put_row_updated);
  g_test_add ("/core/store/rollback/add", Fixture, NULL,
              fixture_setup, test_rollback, fixture_teardown);
  g_test_add_func ("/core/store/rollback/update", test_rollback_update);
  g_test_add ("/core/store/inspection/unique", Fixture, NULL,
              fixture_setup, test_inspection_unique, fixture_teardown);
  g_test_add_func ("/core/store/inspection/update", test_inspection_update);

  return g_test_run ();
}
