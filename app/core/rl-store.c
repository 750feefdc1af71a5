/* rl-store.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include <unistd.h>

#include "rl-store-private.h"
#include "rl-problem.h"

struct _RlStore
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;

  /* Prepared once per collection, on first use. */
  sqlite3_stmt *select_stmt[RL_N_COLLECTIONS];
  sqlite3_stmt *insert_stmt[RL_N_COLLECTIONS];
  sqlite3_stmt *update_stmt[RL_N_COLLECTIONS];
  sqlite3_stmt *audit_stmt;
  gboolean      bulk;          /* foreign keys off until commit or rollback */
};

G_DEFINE_FINAL_TYPE (RlStore, rl_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (rl-store-error-quark, rl_store_error)

/* SQLite result codes, mapped once. */
gboolean
_rl_store_set_error (GError **error,
                     sqlite3  *db,
                     int       rc)
{
  const char *message = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_INTERRUPT:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CONSTRAINT,
                   _("The ledger refused the change: %s"), message);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_BUSY,
                   _("The ledger is in use by another program: %s"), message);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NOT_A_LEDGER,
                   _("This file is not a Red Ledger ledger"));
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CORRUPT,
                   _("The ledger file is damaged: %s"), message);
      break;
    default:
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_FAILED,
                   _("Ledger error: %s"), message);
      break;
    }

  return FALSE;
}

static gboolean
exec (RlStore     *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK ? TRUE : _rl_store_set_error (error, self->db, rc);
}

sqlite3 *
_rl_store_get_db (RlStore *self)
{
  return self->db;
}

sqlite3_stmt *
_rl_store_prepare (RlStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _rl_store_set_error (error, self->db, rc);
      return NULL;
    }
  return stmt;
}


static gint64
query_int (RlStore    *self,
           const char *sql,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    _rl_store_set_error (error, self->db, rc);
  return -1;
}

static void
rl_store_finalize (GObject *object)
{
  RlStore *self = RL_STORE (object);

  for (guint i = 0; i < RL_N_COLLECTIONS; i++)
    {
      sqlite3_finalize (self->select_stmt[i]);
      sqlite3_finalize (self->insert_stmt[i]);
      sqlite3_finalize (self->update_stmt[i]);
    }
  sqlite3_finalize (self->audit_stmt);
  sqlite3_close (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (rl_store_parent_class)->finalize (object);
}

static void
rl_store_class_init (RlStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rl_store_finalize;
}

static void
rl_store_init (RlStore *self)
{
}

/* Ledgers hold names and phone numbers: readable by their owner only.
 * SQLite gives the -wal and -shm files the same mode. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_CREAT | O_WRONLY | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot create the ledger “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Decide whether an existing file is one of our ledgers by reading its
 * header only: nothing is written until it is. */
static gboolean
check_existing (RlStore  *self,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 app_id, version;

  app_id = query_int (self, "PRAGMA application_id", &local_error);
  if (g_error_matches (local_error, RL_STORE_ERROR, RL_STORE_ERROR_CORRUPT))
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened: %s"), self->path,
                   local_error->message);
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NOT_A_LEDGER,
                   _("“%s” is not a Red Ledger ledger: %s"), self->path, local_error->message);
      return FALSE;
    }
  if (app_id != RL_STORE_APPLICATION_ID)
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NOT_A_LEDGER,
                   _("“%s” is a database, but not a Red Ledger ledger"), self->path);
      return FALSE;
    }

  version = query_int (self, "PRAGMA user_version", error);
  if (version < 0)
    return FALSE;
  if (version > (gint64) _rl_store_n_migrations)
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NEWER_SCHEMA,
                   _("“%s” was written by a newer Red Ledger (ledger version %d; this "
                     "program knows up to %d). It was left unchanged; please update the "
                     "program."),
                   self->path, (int) version, (int) _rl_store_n_migrations);
      return FALSE;
    }

  /* A truncated file: its header counts more pages than it has. With a WAL
   * beside it the newest pages may live there, so only judge without one. */
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    GStatBuf st;
    gint64 pages = query_int (self, "PRAGMA page_count", NULL);
    gint64 page_size = query_int (self, "PRAGMA page_size", NULL);

    if (!g_file_test (wal, G_FILE_TEST_EXISTS) && g_stat (self->path, &st) == 0
        && pages > 0 && (gint64) st.st_size < pages * page_size)
      {
        g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged: it is shorter than its header says (truncated?)"),
                     self->path);
        return FALSE;
      }
  }

  return TRUE;
}

static gboolean
migrate (RlStore  *self,
         GError  **error)
{
  gint64 version = query_int (self, "PRAGMA user_version", error);

  if (version < 0)
    return FALSE;
  if (version == (gint64) _rl_store_n_migrations)
    return TRUE;

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint i = version; i < _rl_store_n_migrations; i++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %u", i + 1);

      if (!exec (self, _rl_store_migrations[i], error) || !exec (self, bump, error))
        {
          g_prefix_error (error, _("Cannot upgrade the ledger to version %u: "), i + 1);
          exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  if (version == 0)
    {
      g_autofree char *app = g_strdup_printf ("PRAGMA application_id = %d",
                                              RL_STORE_APPLICATION_ID);
      g_autoptr(GDateTime) created = g_date_time_new_now_local ();
      g_autofree char *now = g_date_time_format_iso8601 (created);
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (!exec (self, app, error)
          || !(stmt = _rl_store_prepare (self, "INSERT INTO ledger_info (key, value) "
                                     "VALUES ('created_at', ?1)", error)))
        {
          exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
    }

  return exec (self, "COMMIT", error);
}

RlStore *
rl_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(RlStore) self = g_object_new (RL_TYPE_STORE, NULL);
  gboolean fresh;
  GStatBuf st;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  fresh = g_stat (path, &st) != 0 || (S_ISREG (st.st_mode) && st.st_size == 0);

  if (!fresh && !S_ISREG (st.st_mode))
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NOT_A_LEDGER,
                   _("“%s” is a folder or a device, not a ledger"), path);
      return NULL;
    }

  if (fresh)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0 || !create_private_file (path, error))
        {
          if (error && *error == NULL)
            g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                         _("Cannot create the folder for “%s”: %s"), path, g_strerror (errno));
          return NULL;
        }
    }

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _rl_store_set_error (error, self->db, rc);
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  if (!fresh && !check_existing (self, error))
    return NULL;

  if (!exec (self, "PRAGMA journal_mode = WAL", error)
      || !exec (self, "PRAGMA synchronous = NORMAL", error)
      || !exec (self, "PRAGMA foreign_keys = ON", error)
      /* 64 MB: measured best for a city import, whose pages SQLite then
       * spills to the WAL on the writer thread while parsing goes on; a
       * larger cache leaves it all to a long COMMIT (tests/bench). */
      || !exec (self, "PRAGMA cache_size = -65536", error)
      || !migrate (self, error))
    {
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
rl_store_get_path (RlStore *self)
{
  g_return_val_if_fail (RL_IS_STORE (self), NULL);

  return self->path;
}

int
rl_store_schema_version (void)
{
  return _rl_store_n_migrations;
}

static void
end_bulk (RlStore *self)
{
  if (self->bulk)
    exec (self, "PRAGMA foreign_keys = ON", NULL);
  self->bulk = FALSE;
}

gboolean
rl_store_begin (RlStore  *self,
                GError  **error)
{
  return exec (self, "BEGIN IMMEDIATE", error);
}

/* A transaction for a bulk import that checks every reference itself (see
 * rl_store_check_references) before it commits: SQLite's own per-row key
 * lookups would only repeat that work. */
gboolean
rl_store_begin_bulk (RlStore  *self,
                     GError  **error)
{
  if (!exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  self->bulk = TRUE;
  if (!rl_store_begin (self, error))
    {
      end_bulk (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
rl_store_commit (RlStore  *self,
                 GError  **error)
{
  gboolean ok = exec (self, "COMMIT", error);

  if (ok)
    end_bulk (self);
  return ok;
}

void
rl_store_rollback (RlStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    exec (self, "ROLLBACK", NULL);
  end_bulk (self);
}

/* Safe from another thread: the running statement stops with CANCELLED. */
void
rl_store_interrupt (RlStore *self)
{
  sqlite3_interrupt (self->db);
}

gint64
rl_store_add_change_set (RlStore     *self,
                         const char  *source,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  int rc;

  stmt = _rl_store_prepare (self, "INSERT INTO change_sets (at, user, source) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, source, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, self->db, rc);
      return -1;
    }
  return sqlite3_last_insert_rowid (self->db);
}

/* Column lists come from the static collection table (identifiers, never
 * data); values are always bound. */
static char *
column_list (const RlCollection *collection,
             const char         *prefix)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < collection->n_members; i++)
    g_string_append_printf (sql, "%s%s\"%s\"", i ? ", " : "", prefix, collection->members[i].name);
  return g_string_free (sql, FALSE);
}

static gboolean
prepare_collection (RlStore             *self,
                    const RlCollection  *collection,
                    GError             **error)
{
  RlCollectionId id = rl_collection_index (collection);
  g_autofree char *columns = NULL;
  g_autoptr(GString) params = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *select_sql = NULL, *insert_sql = NULL, *update_sql = NULL;

  if (self->select_stmt[id] != NULL)
    return TRUE;

  columns = column_list (collection, "");
  for (guint i = 0; i < collection->n_members; i++)
    {
      g_string_append_printf (params, "%s?%u", i ? ", " : "", i + 1);
      if (i > 0)
        g_string_append_printf (sets, "%s\"%s\" = ?%u", i > 1 ? ", " : "",
                                collection->members[i].name, i + 1);
    }

  select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", columns, collection->name);
  insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (id) DO NOTHING",
                                collection->name, columns, params->str);
  update_sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1", collection->name, sets->str);

  if (!(self->select_stmt[id] = _rl_store_prepare (self, select_sql, error))
      || !(self->insert_stmt[id] = _rl_store_prepare (self, insert_sql, error))
      || !(self->update_stmt[id] = _rl_store_prepare (self, update_sql, error)))
    return FALSE;

  return TRUE;
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            param,
            const RlValue *value)
{
  switch (value->type)
    {
    case RL_VALUE_INT:
      sqlite3_bind_int64 (stmt, param, value->i);
      break;
    case RL_VALUE_REAL:
      sqlite3_bind_double (stmt, param, value->d);
      break;
    case RL_VALUE_TEXT:
      sqlite3_bind_text (stmt, param, value->text, -1, SQLITE_STATIC);
      break;
    case RL_VALUE_NULL:
    default:
      sqlite3_bind_null (stmt, param);
      break;
    }
}

/* The row from the statement's first columns, in member order. */
void
_rl_store_read_row (sqlite3_stmt       *stmt,
                    const RlCollection *collection,
                    RlRow              *row)
{
  rl_row_init (row, collection);
  for (guint i = 0; i < collection->n_members; i++)
    {
      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_INTEGER:
          rl_row_set_int (row, i, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          rl_row_set_real (row, i, sqlite3_column_double (stmt, i));
          break;
        case SQLITE_TEXT:
          rl_row_take_text (row, i, g_strdup ((const char *) sqlite3_column_text (stmt, i)));
          break;
        case SQLITE_NULL:
        default:
          break;
        }
    }
}

static gboolean
log_change (RlStore        *self,
            gint64          change_set,
            const RlRow    *row,
            const char     *member,
            const RlValue  *old_value,
            const RlValue  *new_value,
            GError        **error)
{
  g_autofree char *old_text = old_value ? rl_value_to_string (old_value) : NULL;
  g_autofree char *new_text = new_value ? rl_value_to_string (new_value) : NULL;
  int rc;

  if (self->audit_stmt == NULL
      && !(self->audit_stmt = _rl_store_prepare (self,
                                       "INSERT INTO audit_log (change_set, collection, record_id,"
                                       " member, old_value, new_value)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return FALSE;

  sqlite3_bind_int64 (self->audit_stmt, 1, change_set);
  sqlite3_bind_text (self->audit_stmt, 2, row->collection->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (self->audit_stmt, 3, rl_row_id (row), -1, SQLITE_STATIC);
  sqlite3_bind_text (self->audit_stmt, 4, member, -1, SQLITE_STATIC);
  sqlite3_bind_text (self->audit_stmt, 5, old_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (self->audit_stmt, 6, new_text, -1, SQLITE_STATIC);
  rc = sqlite3_step (self->audit_stmt);
  sqlite3_reset (self->audit_stmt);
  sqlite3_clear_bindings (self->audit_stmt);

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, self->db, rc);
}

static gboolean
run_write (RlStore       *self,
           sqlite3_stmt  *stmt,
           const RlRow   *row,
           GError       **error)
{
  int rc;

  for (guint i = 0; i < row->collection->n_members; i++)
    bind_value (stmt, i + 1, &row->values[i]);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, self->db, rc);
}

/* Adds the record, or updates the one with its id; the audit log gets one
 * entry for an added record and one per changed member, nothing otherwise.
 * Call inside a transaction. */
gboolean
rl_store_put_row (RlStore      *self,
                  gint64        change_set,
                  const RlRow  *row,
                  RlPutResult  *result,
                  GError      **error)
{
  const RlCollection *collection = row->collection;
  RlCollectionId id = rl_collection_index (collection);
  sqlite3_stmt *select;
  RlRow old;
  gboolean changed = FALSE;
  int rc;

  if (!prepare_collection (self, collection, error))
    return FALSE;

  /* Most rows of a large import are new: add first, and look the record
   * up only when its id is taken. */
  if (!run_write (self, self->insert_stmt[id], row, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 1)
    {
      if (!log_change (self, change_set, row, NULL, NULL, NULL, error))
        return FALSE;
      *result = RL_PUT_ADDED;
      return TRUE;
    }

  select = self->select_stmt[id];
  sqlite3_bind_text (select, 1, rl_row_id (row), -1, SQLITE_STATIC);
  rc = sqlite3_step (select);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (select);
      return _rl_store_set_error (error, self->db, rc);
    }
  _rl_store_read_row (select, collection, &old);
  sqlite3_reset (select);

  for (guint i = 1; i < collection->n_members; i++)
    if (!rl_value_equal (&old.values[i], &row->values[i]))
      {
        changed = TRUE;
        if (!log_change (self, change_set, row, collection->members[i].name,
                         &old.values[i], &row->values[i], error))
          {
            rl_row_clear (&old);
            return FALSE;
          }
      }
  rl_row_clear (&old);

  if (changed && !run_write (self, self->update_stmt[id], row, error))
    return FALSE;

  *result = changed ? RL_PUT_UPDATED : RL_PUT_UNCHANGED;
  return TRUE;
}

char *
rl_store_excuse_key (RlCollectionId  collection,
                     const char     *id)
{
  return g_strdup_printf ("%d:%s", collection, id);
}

static void
report_dangling (GPtrArray      *problems,
                 GHashTable     *excused,
                 RlCollectionId  owner,
                 const char     *owner_id,
                 const char     *member,
                 RlCollectionId  target,
                 const char     *target_id)
{
  g_autofree char *key = rl_store_excuse_key (target, target_id);
  const RlCollection *target_collection = rl_collection_get (target);

  /* The record it names is in the package but had errors of its own. */
  if (excused != NULL && g_hash_table_contains (excused, key))
    return;

  g_ptr_array_add (problems,
                   rl_problem_new (owner, -1, owner_id, member, RL_CHECK_ERROR_REFERENCE,
                                   _("“%s” is not among the %s in the package or the ledger"),
                                   target_id, rl_collection_label (target_collection)));
}

static gboolean
collect_dangling (RlStore         *self,
                  const char      *sql,
                  RlCollectionId   owner,
                  const char      *member,
                  RlCollectionId   target,
                  GHashTable      *excused,
                  GPtrArray       *problems,
                  GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    report_dangling (problems, excused, owner, (const char *) sqlite3_column_text (stmt, 0),
                     member, target, (const char *) sqlite3_column_text (stmt, 1));

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, self->db, rc);
}

/* Every reference of the collections written to (touched[]) must name a
 * record that exists. Imports never delete, so untouched collections cannot
 * have gained a dangling reference. */
gboolean
rl_store_check_references (RlStore         *self,
                           const gboolean  *touched,
                           GHashTable      *excused,
                           GPtrArray       *problems,
                           GError         **error)
{
  static const char *const link_kinds[] = { "firm", "service", "committee", "compound" };
  static const RlCollectionId link_targets[] = {
    RL_COLLECTION_FIRMS, RL_COLLECTION_SERVICES, RL_COLLECTION_COMMITTEES, RL_COLLECTION_COMPOUNDS
  };

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *collection = rl_collection_get (c);

      if (!touched[c])
        continue;

      for (guint m = 0; m < collection->n_members; m++)
        {
          const RlMember *member = &collection->members[m];
          const RlCollection *target;
          g_autofree char *sql = NULL;

          if (member->type != RL_MEMBER_REF)
            continue;
          target = rl_collection_lookup (member->ref);
          sql = g_strdup_printf ("SELECT r.id, r.\"%s\" FROM %s AS r WHERE r.\"%s\" IS NOT NULL"
                                 " AND NOT EXISTS (SELECT 1 FROM %s AS t WHERE t.id = r.\"%s\")",
                                 member->name, collection->name, member->name,
                                 target->name, member->name);
          if (!collect_dangling (self, sql, c, member->name, rl_collection_index (target),
                                 excused, problems, error))
            return FALSE;
        }
    }

  for (guint l = 0; l < _rl_store_n_link_tables; l++)
    {
      const RlLinkTable *link = &_rl_store_link_tables[l];
      const RlMember *member = rl_collection_find_member (rl_collection_get (link->owner),
                                                          link->member);

      if (!touched[link->owner])
        continue;

      for (guint k = 0; k < G_N_ELEMENTS (link_kinds); k++)
        {
          g_autofree char *sql = NULL;

          if (!g_strv_contains (member->choices, link_kinds[k]))
            continue;
          sql = g_strdup_printf ("SELECT l.%s, l.%s_id FROM %s AS l WHERE l.%s_id IS NOT NULL"
                                 " AND NOT EXISTS (SELECT 1 FROM %s AS t WHERE t.id = l.%s_id)",
                                 link->owner_column, link_kinds[k], link->table, link_kinds[k],
                                 rl_collection_get (link_targets[k])->name, link_kinds[k]);
          if (!collect_dangling (self, sql, link->owner, link->member, link_targets[k],
                                 excused, problems, error))
            return FALSE;
        }
    }

  return TRUE;
}

gint64
rl_store_count (RlStore        *self,
                RlCollectionId  collection)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s",
                                          rl_collection_get (collection)->name);

  return query_int (self, sql, NULL);
}

gboolean
rl_store_has_street (RlStore    *self,
                     const char *street_id)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, "SELECT 1 FROM streets WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, street_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* One street's share of the ledger, closed under references so that the
 * package imports on its own: the street, its communities and compounds,
 * what serves and governs them, the organizations and instructors covering
 * any of those, and every record those name in turn. */
static const char *const street_selection_sql[] = {
  "INSERT OR IGNORE INTO export_selection SELECT 0, id FROM streets WHERE id = ?1",
  "INSERT OR IGNORE INTO export_selection SELECT 1, id FROM communities WHERE street_id = ?1",
  "INSERT OR IGNORE INTO export_selection SELECT 2, c.id FROM compounds c"
  " JOIN communities m ON m.id = c.community_id WHERE m.street_id = ?1",
  "INSERT OR IGNORE INTO export_selection SELECT 4, s.id FROM services s"
  " WHERE s.compound_id IN (SELECT id FROM export_selection WHERE collection = 2)",
  "INSERT OR IGNORE INTO export_selection SELECT 5, k.id FROM committees k"
  " WHERE k.compound_id IN (SELECT id FROM export_selection WHERE collection = 2)",
  "INSERT OR IGNORE INTO export_selection SELECT 3, s.firm_id FROM services s"
  " WHERE s.id IN (SELECT id FROM export_selection WHERE collection = 4)",
  "INSERT OR IGNORE INTO export_selection SELECT DISTINCT 6, l.org_id FROM party_org_covers l"
  " WHERE l.firm_id IN (SELECT id FROM export_selection WHERE collection = 3)"
  " OR l.service_id IN (SELECT id FROM export_selection WHERE collection = 4)"
  " OR l.committee_id IN (SELECT id FROM export_selection WHERE collection = 5)"
  " OR l.compound_id IN (SELECT id FROM export_selection WHERE collection = 2)",
  "INSERT OR IGNORE INTO export_selection SELECT DISTINCT 7, l.instructor_id"
  " FROM instructor_assignments l"
  " WHERE l.firm_id IN (SELECT id FROM export_selection WHERE collection = 3)"
  " OR l.service_id IN (SELECT id FROM export_selection WHERE collection = 4)"
  " OR l.committee_id IN (SELECT id FROM export_selection WHERE collection = 5)",
  /* What those organizations and instructors name beyond the street. */
  "INSERT OR IGNORE INTO export_selection"
  " SELECT 3, firm_id FROM party_org_covers WHERE firm_id IS NOT NULL"
  "  AND org_id IN (SELECT id FROM export_selection WHERE collection = 6)"
  " UNION SELECT 4, service_id FROM party_org_covers WHERE service_id IS NOT NULL"
  "  AND org_id IN (SELECT id FROM export_selection WHERE collection = 6)"
  " UNION SELECT 5, committee_id FROM party_org_covers WHERE committee_id IS NOT NULL"
  "  AND org_id IN (SELECT id FROM export_selection WHERE collection = 6)"
  " UNION SELECT 2, compound_id FROM party_org_covers WHERE compound_id IS NOT NULL"
  "  AND org_id IN (SELECT id FROM export_selection WHERE collection = 6)"
  " UNION SELECT 3, firm_id FROM instructor_assignments WHERE firm_id IS NOT NULL"
  "  AND instructor_id IN (SELECT id FROM export_selection WHERE collection = 7)"
  " UNION SELECT 4, service_id FROM instructor_assignments WHERE service_id IS NOT NULL"
  "  AND instructor_id IN (SELECT id FROM export_selection WHERE collection = 7)"
  " UNION SELECT 5, committee_id FROM instructor_assignments WHERE committee_id IS NOT NULL"
  "  AND instructor_id IN (SELECT id FROM export_selection WHERE collection = 7)",
  "INSERT OR IGNORE INTO export_selection SELECT 3, firm_id FROM services"
  " WHERE id IN (SELECT id FROM export_selection WHERE collection = 4)",
  "INSERT OR IGNORE INTO export_selection SELECT 2, compound_id FROM services"
  " WHERE id IN (SELECT id FROM export_selection WHERE collection = 4)"
  " UNION SELECT 2, compound_id FROM committees"
  " WHERE id IN (SELECT id FROM export_selection WHERE collection = 5)",
  "INSERT OR IGNORE INTO export_selection SELECT 1, community_id FROM compounds"
  " WHERE id IN (SELECT id FROM export_selection WHERE collection = 2)",
  "INSERT OR IGNORE INTO export_selection SELECT 0, street_id FROM communities"
  " WHERE id IN (SELECT id FROM export_selection WHERE collection = 1)",
  /* The street's own evidence. */
  "INSERT OR IGNORE INTO export_selection SELECT 8, r.id FROM survey_responses r"
  " JOIN compounds c ON c.id = r.compound_id JOIN communities m ON m.id = c.community_id"
  " WHERE m.street_id = ?1",
  "INSERT OR IGNORE INTO export_selection SELECT 9, w.id FROM work_orders w"
  " JOIN compounds c ON c.id = w.compound_id JOIN communities m ON m.id = c.community_id"
  " WHERE m.street_id = ?1",
  "INSERT OR IGNORE INTO export_selection SELECT 10, i.id FROM inspections i"
  " JOIN services s ON s.id = i.service_id JOIN compounds c ON c.id = s.compound_id"
  " JOIN communities m ON m.id = c.community_id WHERE m.street_id = ?1",
};

gboolean
rl_store_select_street (RlStore     *self,
                        const char  *street_id,
                        GError     **error)
{
  if (!exec (self, "CREATE TEMP TABLE IF NOT EXISTS export_selection"
                   " (collection INTEGER NOT NULL, id TEXT NOT NULL,"
                   "  PRIMARY KEY (collection, id)) WITHOUT ROWID;"
                   "DELETE FROM export_selection;", error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (street_selection_sql); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, street_selection_sql[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_text (stmt, 1, street_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return _rl_store_set_error (error, self->db, rc);
    }

  return TRUE;
}

/* Rows in the order they were first added, which keeps a round trip's
 * package in the same order as the one imported. */
gboolean
rl_store_foreach_row (RlStore         *self,
                      RlCollectionId   collection_id,
                      gboolean         selected_only,
                      RlRowFunc        func,
                      gpointer         user_data,
                      GError         **error)
{
  const RlCollection *collection = rl_collection_get (collection_id);
  g_autofree char *columns = column_list (collection, "");
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (selected_only)
    sql = g_strdup_printf ("SELECT %s FROM %s WHERE id IN"
                           " (SELECT id FROM export_selection WHERE collection = %d)"
                           " ORDER BY rowid", columns, collection->name, collection_id);
  else
    sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY rowid", columns, collection->name);

  if (!(stmt = _rl_store_prepare (self, sql, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlRow row;
      gboolean ok;

      _rl_store_read_row (stmt, collection, &row);
      ok = func (&row, user_data, error);
      rl_row_clear (&row);
      if (!ok)
        return FALSE;
    }

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, self->db, rc);
}

void
rl_audit_entry_free (RlAuditEntry *entry)
{
  g_free (entry->at);
  g_free (entry->user);
  g_free (entry->source);
  g_free (entry->collection);
  g_free (entry->record_id);
  g_free (entry->member);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}

/* A record's history, oldest first; all records' when record_id is NULL. */
GPtrArray *
rl_store_history (RlStore     *self,
                  const char  *collection,
                  const char  *record_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) rl_audit_entry_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _rl_store_prepare (self,
                  "SELECT s.id, s.at, s.user, s.source, a.collection, a.record_id, a.member,"
                  " a.old_value, a.new_value FROM audit_log a"
                  " JOIN change_sets s ON s.id = a.change_set"
                  " WHERE (?1 IS NULL OR a.collection = ?1) AND (?2 IS NULL OR a.record_id = ?2)"
                  " ORDER BY a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, collection, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlAuditEntry *entry = g_new0 (RlAuditEntry, 1);

      entry->change_set = sqlite3_column_int64 (stmt, 0);
      entry->at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->user = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      entry->source = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      entry->collection = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      entry->record_id = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      entry->member = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      entry->old_value = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      entry->new_value = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, self->db, rc);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

gint64
rl_store_audit_count (RlStore *self)
{
  return query_int (self, "SELECT count(*) FROM audit_log", NULL);
}

/* The file the desktop program and the CLI open by default. */
char *
rl_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "redledger", "ledger.redledger", NULL);
}
