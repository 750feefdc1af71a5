/* rl-store-edit.c: single-record edits, deletes and undo
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audit log says what each change set did, which is also what undo
 * needs: an entry with no member is an added record (no old value) or a
 * deleted one (the old value is the record as JSON); any other entry is a
 * changed member with its old and new value.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>

#include "rl-check.h"
#include "rl-store-edit.h"
#include "rl-store-private.h"
#include "rl-store-query.h"

static gboolean
record_exists (RlStore            *store,
               const RlCollection *collection,
               const char         *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", collection->name);
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (store, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static void
missing_reference (GPtrArray          *problems,
                   const RlRow        *row,
                   const char         *member,
                   const RlCollection *target,
                   const char         *target_id)
{
  g_ptr_array_add (problems,
                   rl_problem_new (rl_collection_index (row->collection), -1, rl_row_id (row),
                                   member, RL_CHECK_ERROR_REFERENCE,
                                   _("“%s” is not among the %s in the ledger"),
                                   target_id, rl_collection_label (target)));
}

/* Every id the record names must be in the ledger. */
static gboolean
check_references (RlStore     *store,
                  const RlRow *row,
                  GPtrArray   *problems)
{
  const RlCollection *collection = row->collection;
  guint before = problems->len;

  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlMember *member = &collection->members[i];
      const char *text = rl_row_get_text (row, i);

      if (text == NULL)
        continue;

      if (member->type == RL_MEMBER_REF)
        {
          const RlCollection *target = rl_collection_lookup (member->ref);

          if (!record_exists (store, target, text))
            missing_reference (problems, row, member->name, target, text);
        }
      else if (member->type == RL_MEMBER_LINKS)
        {
          g_autoptr(JsonNode) node = json_from_string (text, NULL);
          JsonArray *links = node ? json_node_get_array (node) : NULL;

          for (guint k = 0; links != NULL && k < json_array_get_length (links); k++)
            {
              JsonObject *link = json_array_get_object_element (links, k);
              g_autoptr(GList) kinds = json_object_get_members (link);
              const char *kind = kinds->data;
              const char *target_id = json_object_get_string_member (link, kind);
              g_autofree char *table = g_strconcat (kind, "s", NULL);
              const RlCollection *target = rl_collection_lookup (table);

              if (target != NULL && !record_exists (store, target, target_id))
                missing_reference (problems, row, member->name, target, target_id);
            }
        }
    }

  return problems->len == before;
}

gboolean
rl_store_save_record (RlStore        *store,
                      RlCollectionId  collection_id,
                      JsonObject     *record,
                      const char     *source,
                      GPtrArray      *problems,
                      gint64         *change_set,
                      GError        **error)
{
  const RlCollection *collection = rl_collection_get (collection_id);
  g_autoptr(GPtrArray) own_problems = problems ? g_ptr_array_ref (problems) : rl_problem_list_new ();
  RlPutResult result;
  gint64 set = 0;
  gboolean ok;
  RlRow row;

  if (change_set != NULL)
    *change_set = 0;

  ok = rl_check_record (collection, record, -1, &row, own_problems)
       && check_references (store, &row, own_problems);
  if (!ok)
    {
      rl_row_clear (&row);
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_INVALID,
                   _("The record has errors; nothing was saved"));
      return FALSE;
    }

  ok = rl_store_begin (store, error)
       && (set = rl_store_add_change_set (store, source, error)) > 0
       && rl_store_put_row (store, set, &row, &result, error);
  rl_row_clear (&row);

  /* An unchanged record leaves no empty change set behind. */
  if (!ok || result == RL_PUT_UNCHANGED)
    {
      rl_store_rollback (store);
      return ok;
    }
  if (!rl_store_commit (store, error))
    {
      rl_store_rollback (store);
      return FALSE;
    }

  if (change_set != NULL)
    *change_set = set;
  return TRUE;
}

static gint64
count_where (RlStore    *store,
             const char *sql,
             const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (store, sql, NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* "services: 3, party organizations: 1", or NULL when nothing depends on
 * the record. */
static char *
describe_dependents (RlStore            *store,
                     const RlCollection *collection,
                     const char         *id)
{
  g_autoptr(GString) found = g_string_new (NULL);
  const char *kind = NULL;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *other = rl_collection_get (c);
      gint64 n = 0;

      for (guint m = 0; m < other->n_members; m++)
        if (other->members[m].type == RL_MEMBER_REF
            && g_strcmp0 (other->members[m].ref, collection->name) == 0)
          {
            g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE \"%s\" = ?1",
                                                    other->name, other->members[m].name);
            n += count_where (store, sql, id);
          }
      if (n > 0)
        g_string_append_printf (found, "%s%s: %lld", found->len ? _(", ") : "",
                                rl_collection_label (other), (long long) n);
    }

  /* Coverage by an organization or an instructor names the record too. */
  switch (rl_collection_index (collection))
    {
    case RL_COLLECTION_FIRMS: kind = "firm"; break;
    case RL_COLLECTION_SERVICES: kind = "service"; break;
    case RL_COLLECTION_COMMITTEES: kind = "committee"; break;
    case RL_COLLECTION_COMPOUNDS: kind = "compound"; break;
    default: break;
    }
  if (kind != NULL)
    {
      g_autofree char *orgs_sql = g_strdup_printf ("SELECT count(DISTINCT org_id) FROM party_org_covers"
                                                   " WHERE %s_id = ?1", kind);
      gint64 orgs = count_where (store, orgs_sql, id);
      gint64 instructors = 0;

      if (g_strcmp0 (kind, "compound") != 0)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(DISTINCT instructor_id)"
                                                  " FROM instructor_assignments WHERE %s_id = ?1",
                                                  kind);
          instructors = count_where (store, sql, id);
        }
      if (orgs > 0)
        g_string_append_printf (found, "%s%s: %lld", found->len ? _(", ") : "",
                                rl_collection_label (rl_collection_get (RL_COLLECTION_PARTY_ORGS)),
                                (long long) orgs);
      if (instructors > 0)
        g_string_append_printf (found, "%s%s: %lld", found->len ? _(", ") : "",
                                rl_collection_label (rl_collection_get (RL_COLLECTION_INSTRUCTORS)),
                                (long long) instructors);
    }

  return found->len ? g_string_free (g_steal_pointer (&found), FALSE) : NULL;
}

static gboolean
log_entry (RlStore     *store,
           gint64       change_set,
           const char  *collection,
           const char  *record_id,
           const char  *old_value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (store, "INSERT INTO audit_log (change_set, collection, record_id, member,"
                              " old_value, new_value) VALUES (?1, ?2, ?3, NULL, ?4, NULL)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, change_set);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, record_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, old_value, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (store), rc);
}

/* Inside a transaction: refuses when other records depend on it, keeps the
 * record's last state in the audit log, deletes it. */
static gboolean
delete_in_transaction (RlStore            *store,
                       gint64              change_set,
                       const RlCollection *collection,
                       const char         *id,
                       GError            **error)
{
  g_autofree char *dependents = describe_dependents (store, collection, id);
  g_autoptr(RlRecord) record = NULL;
  g_autoptr(JsonNode) snapshot = NULL;
  g_autofree char *snapshot_text = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (dependents != NULL)
    {
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_IN_USE,
                   _("%s “%s” cannot be deleted while other records depend on it (%s)"),
                   rl_collection_label (collection), id, dependents);
      return FALSE;
    }

  if (!(record = rl_store_get_record (store, rl_collection_index (collection), id, error)))
    return FALSE;
  snapshot = json_node_init_object (json_node_alloc (),
                                    rl_row_to_json (rl_record_get_row (record)));
  json_object_unref (json_node_get_object (snapshot));
  snapshot_text = json_to_string (snapshot, FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", collection->name);
  if (!(stmt = _rl_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _rl_store_set_error (error, _rl_store_get_db (store), rc);

  return log_entry (store, change_set, collection->name, id, snapshot_text, error);
}

gboolean
rl_store_delete_record (RlStore        *store,
                        RlCollectionId  collection_id,
                        const char     *id,
                        const char     *source,
                        gint64         *change_set,
                        GError        **error)
{
  gint64 set;

  if (!rl_store_begin (store, error))
    return FALSE;
  if ((set = rl_store_add_change_set (store, source, error)) < 0
      || !delete_in_transaction (store, set, rl_collection_get (collection_id), id, error)
      || !rl_store_commit (store, error))
    {
      rl_store_rollback (store);
      return FALSE;
    }

  if (change_set != NULL)
    *change_set = set;
  return TRUE;
}

/* A member's value from its audit-log text, typed as the member is. */
static void
set_from_text (RlRow          *row,
               guint           slot,
               const RlMember *member,
               const char     *text)
{
  if (text == NULL)
    rl_row_set_null (row, slot);
  else if (member->type == RL_MEMBER_INT || member->type == RL_MEMBER_BOOL)
    rl_row_set_int (row, slot, g_ascii_strtoll (text, NULL, 10));
  else if (member->type == RL_MEMBER_NUMBER)
    rl_row_set_real (row, slot, g_ascii_strtod (text, NULL));
  else
    rl_row_take_text (row, slot, g_strdup (text));
}

static gboolean
restore_member (RlStore            *store,
                gint64              change_set,
                const RlCollection *collection,
                const char         *id,
                const char         *member,
                const char         *old_value,
                GError            **error)
{
  g_autoptr(RlRecord) record = rl_store_get_record (store, rl_collection_index (collection),
                                                    id, error);
  int slot = rl_collection_member_index (collection, member);
  RlPutResult result;
  gboolean ok;
  RlRow row;

  if (record == NULL || slot < 0)
    return record != NULL;

  /* A copy of the current row with the one member set back. */
  rl_row_init (&row, collection);
  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlValue *value = &rl_record_get_row (record)->values[i];
      g_autofree char *text = rl_value_to_string (value);

      set_from_text (&row, i, &collection->members[i], text);
    }
  set_from_text (&row, slot, &collection->members[slot], old_value);

  ok = rl_store_put_row (store, change_set, &row, &result, error);
  rl_row_clear (&row);
  return ok;
}

static gboolean
restore_record (RlStore            *store,
                gint64              change_set,
                const RlCollection *collection,
                const char         *snapshot,
                GError            **error)
{
  g_autoptr(JsonNode) node = json_from_string (snapshot, error);
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlPutResult result;
  gboolean ok;
  RlRow row;

  if (node == NULL)
    return FALSE;
  if (!rl_check_record (collection, json_node_get_object (node), -1, &row, problems))
    {
      g_autofree char *what = rl_problem_describe (g_ptr_array_index (problems, 0));
      rl_row_clear (&row);
      g_set_error (error, RL_STORE_ERROR, RL_STORE_ERROR_INVALID,
                   _("The deleted record cannot be restored: %s"), what);
      return FALSE;
    }
  ok = rl_store_put_row (store, change_set, &row, &result, error);
  rl_row_clear (&row);
  return ok;
}

gboolean
rl_store_undo (RlStore     *store,
               gint64       change_set,
               const char  *source,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 set;
  int rc;

  if (!rl_store_begin (store, error))
    return FALSE;
  if ((set = rl_store_add_change_set (store, source, error)) < 0
      || !(stmt = _rl_store_prepare (store,
                                     "SELECT collection, record_id, member, old_value, new_value"
                                     " FROM audit_log WHERE change_set = ?1 ORDER BY id DESC",
                                     error)))
    {
      rl_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, change_set);

  /* Newest first: the change set is taken back in the reverse order. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const RlCollection *collection =
        rl_collection_lookup ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *member = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_autofree char *old_value = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      gboolean ok;

      if (collection == NULL)
        continue;
      if (member == NULL && old_value == NULL)
        ok = delete_in_transaction (store, set, collection, id, error);
      else if (member == NULL)
        ok = restore_record (store, set, collection, old_value, error);
      else
        ok = restore_member (store, set, collection, id, member, old_value, error);

      if (!ok)
        {
          g_prefix_error (error, _("Cannot undo: "));
          rl_store_rollback (store);
          return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (store), rc);
      rl_store_rollback (store);
      return FALSE;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!rl_store_commit (store, error))
    {
      rl_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gint64
rl_store_last_change_set (RlStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (store, "SELECT max(id) FROM change_sets", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
