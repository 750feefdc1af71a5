/* rl-store-query.c: what the lists show, as SQL
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list runs one ordered query for the row ids of everything it shows,
 * then loads the rows it needs by id, a page at a time. The queries are
 * put together from the fixed fragments below (never from data); search,
 * scope and date are bound parameters: ?1 search pattern, ?2 street,
 * ?3 community, ?4 today.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-store-private.h"
#include "rl-store-query.h"

/* Compounds in the scope ?2 (street) / ?3 (community). */
#define SCOPE_COMPOUNDS \
  "(SELECT sc.id FROM compounds sc JOIN communities sm ON sm.id = sc.community_id" \
  " WHERE (?3 IS NULL OR sc.community_id = ?3) AND (?2 IS NULL OR sm.street_id = ?2))"
#define SCOPE_SERVICES "(SELECT ss.id FROM services ss WHERE ss.compound_id IN " SCOPE_COMPOUNDS ")"
#define SCOPE_COMMITTEES "(SELECT sk.id FROM committees sk WHERE sk.compound_id IN " SCOPE_COMPOUNDS ")"
#define SCOPE_FIRMS "(SELECT sf.firm_id FROM services sf WHERE sf.compound_id IN " SCOPE_COMPOUNDS ")"

#define ACTIVE(alias, start, end) \
  alias "." start " <= ?4 AND (" alias "." end " IS NULL OR " alias "." end " > ?4)"

typedef struct
{
  const char *joins;        /* related records, for display and search */
  const char *extras;       /* up to three display columns from them */
  const char *extra_titles[RL_RECORD_MAX_EXTRAS];
  const char *search;       /* where ?1 (a LIKE pattern) may match */
  const char *scope;        /* records within the scope */
} ListSpec;

static const ListSpec list_specs[RL_N_COLLECTIONS] = {
  [RL_COLLECTION_STREETS] = {
    "", "NULL, NULL, NULL", { NULL },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.code LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "((?2 IS NULL OR t.id = ?2)"
    " AND (?3 IS NULL OR t.id = (SELECT street_id FROM communities WHERE id = ?3)))",
  },
  [RL_COLLECTION_COMMUNITIES] = {
    "LEFT JOIN streets s ON s.id = t.street_id", "s.name, NULL, NULL", { N_("Street") },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.code LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "((?2 IS NULL OR t.street_id = ?2) AND (?3 IS NULL OR t.id = ?3))",
  },
  [RL_COLLECTION_COMPOUNDS] = {
    "LEFT JOIN communities m ON m.id = t.community_id LEFT JOIN streets s ON s.id = m.street_id",
    "m.name, s.name, NULL", { N_("Community"), N_("Street") },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.address LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.id IN " SCOPE_COMPOUNDS,
  },
  [RL_COLLECTION_FIRMS] = {
    "", "NULL, NULL, NULL", { NULL },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.credit_code LIKE ?1 ESCAPE '\\'"
    " OR t.legal_rep LIKE ?1 ESCAPE '\\' OR t.phone LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.id IN " SCOPE_FIRMS,
  },
  [RL_COLLECTION_SERVICES] = {
    "LEFT JOIN firms f ON f.id = t.firm_id LEFT JOIN compounds c ON c.id = t.compound_id",
    "f.name, c.name, NULL", { N_("Firm"), N_("Compound") },
    "(f.name LIKE ?1 ESCAPE '\\' OR c.name LIKE ?1 ESCAPE '\\' OR t.manager LIKE ?1 ESCAPE '\\'"
    " OR f.credit_code LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.compound_id IN " SCOPE_COMPOUNDS,
  },
  [RL_COLLECTION_COMMITTEES] = {
    "LEFT JOIN compounds c ON c.id = t.compound_id", "c.name, NULL, NULL", { N_("Compound") },
    "(c.name LIKE ?1 ESCAPE '\\' OR t.members LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.compound_id IN " SCOPE_COMPOUNDS,
  },
  [RL_COLLECTION_PARTY_ORGS] = {
    "", "NULL, NULL, NULL", { NULL },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.secretary LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.id IN (SELECT l.org_id FROM party_org_covers l WHERE l.compound_id IN " SCOPE_COMPOUNDS
    " OR l.service_id IN " SCOPE_SERVICES " OR l.committee_id IN " SCOPE_COMMITTEES
    " OR l.firm_id IN " SCOPE_FIRMS ")",
  },
  [RL_COLLECTION_INSTRUCTORS] = {
    "", "NULL, NULL, NULL", { NULL },
    "(t.name LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.id IN (SELECT l.instructor_id FROM instructor_assignments l WHERE l.service_id IN "
    SCOPE_SERVICES " OR l.committee_id IN " SCOPE_COMMITTEES " OR l.firm_id IN " SCOPE_FIRMS ")",
  },
  [RL_COLLECTION_SURVEY_RESPONSES] = {
    "LEFT JOIN compounds c ON c.id = t.compound_id", "c.name, NULL, NULL", { N_("Compound") },
    "(c.name LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.compound_id IN " SCOPE_COMPOUNDS,
  },
  [RL_COLLECTION_WORK_ORDERS] = {
    "LEFT JOIN compounds c ON c.id = t.compound_id", "c.name, NULL, NULL", { N_("Compound") },
    "(c.name LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.compound_id IN " SCOPE_COMPOUNDS,
  },
  [RL_COLLECTION_INSPECTIONS] = {
    "LEFT JOIN services v ON v.id = t.service_id LEFT JOIN firms f ON f.id = v.firm_id"
    " LEFT JOIN compounds c ON c.id = v.compound_id",
    "f.name, c.name, NULL", { N_("Firm"), N_("Compound") },
    "(f.name LIKE ?1 ESCAPE '\\' OR c.name LIKE ?1 ESCAPE '\\' OR t.id LIKE ?1 ESCAPE '\\')",
    "t.service_id IN " SCOPE_SERVICES,
  },
};

static const struct
{
  RlListFilter    filter;
  RlCollectionId  collection;
  const char     *where;
} filters[] = {
  { RL_LIST_FILTER_NO_COMMITTEE, RL_COLLECTION_COMPOUNDS,
    "NOT EXISTS (SELECT 1 FROM committees k WHERE k.compound_id = t.id"
    " AND " ACTIVE ("k", "formed_on", "dissolved_on") ")" },
  { RL_LIST_FILTER_NO_SERVICE, RL_COLLECTION_COMPOUNDS,
    "COALESCE (t.self_managed, 0) = 0 AND NOT EXISTS (SELECT 1 FROM services v"
    " WHERE v.compound_id = t.id AND " ACTIVE ("v", "start", "\"end\"") ")" },
  { RL_LIST_FILTER_NOT_RED, RL_COLLECTION_COMPOUNDS,
    "(t.red_property_since IS NULL OR t.red_property_since > ?4)" },
  { RL_LIST_FILTER_TERM_OVERDUE, RL_COLLECTION_COMMITTEES,
    "t.term_end <= ?4 AND " ACTIVE ("t", "formed_on", "dissolved_on") },
  { RL_LIST_FILTER_MUST_BUILD, RL_COLLECTION_FIRMS,
    "t.party_members >= 3 AND NOT EXISTS (SELECT 1 FROM party_org_covers l"
    " JOIN party_orgs o ON o.id = l.org_id WHERE l.firm_id = t.id"
    " AND o.kind IN ('branch', 'general_branch', 'committee', 'functional')"
    " AND " ACTIVE ("o", "founded_on", "dissolved_on") ")" },
};

static const char *
filter_where (RlListFilter   filter,
              RlCollectionId collection)
{
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i].filter == filter && filters[i].collection == collection)
      return filters[i].where;
  return NULL;
}

gboolean
rl_list_filter_applies (RlListFilter   filter,
                        RlCollectionId collection)
{
  return filter == RL_LIST_FILTER_NONE || filter_where (filter, collection) != NULL;
}

const char *
rl_list_extra_title (RlCollectionId collection,
                     guint          index)
{
  const char *title;

  g_return_val_if_fail (collection < RL_N_COLLECTIONS && index < RL_RECORD_MAX_EXTRAS, NULL);

  title = list_specs[collection].extra_titles[index];
  return title ? g_dgettext (GETTEXT_PACKAGE, title) : NULL;
}

/* "%part%", with LIKE's own characters taken literally. */
static char *
like_pattern (const char *search)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = search; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static void
bind_query (sqlite3_stmt      *stmt,
            const RlListQuery *query,
            const char        *pattern)
{
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, query->street_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, query->community_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, query->today, -1, SQLITE_TRANSIENT);
}

/* The row ids of what @query shows, in its order. */
GArray *
rl_store_list_ids (RlStore            *store,
                   const RlListQuery  *query,
                   GError            **error)
{
  const RlCollection *collection = rl_collection_get (query->collection);
  const ListSpec *spec = &list_specs[query->collection];
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *pattern = NULL;
  const char *where_filter;
  const char *glue = " WHERE ";
  int rc;

  g_string_printf (sql, "SELECT t.rowid FROM %s t %s", collection->name, spec->joins);

  if (query->search != NULL && query->search[0] != '\0')
    {
      pattern = like_pattern (query->search);
      g_string_append_printf (sql, "%s%s", glue, spec->search);
      glue = " AND ";
    }
  /* Without a scope the scope's subqueries would only slow things down. */
  if (query->street_id != NULL || query->community_id != NULL)
    {
      g_string_append_printf (sql, "%s%s", glue, spec->scope);
      glue = " AND ";
    }
  if ((where_filter = filter_where (query->filter, query->collection)) != NULL)
    g_string_append_printf (sql, "%s%s", glue, where_filter);

  if (query->sort_member != NULL
      && rl_collection_find_member (collection, query->sort_member) != NULL)
    g_string_append_printf (sql, " ORDER BY t.\"%s\" %s, t.rowid %s", query->sort_member,
                            query->descending ? "DESC" : "ASC", query->descending ? "DESC" : "ASC");
  else
    g_string_append_printf (sql, " ORDER BY t.rowid %s", query->descending ? "DESC" : "ASC");

  if (!(stmt = _rl_store_prepare (store, sql->str, error)))
    return NULL;
  bind_query (stmt, query, pattern);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, rowid);
    }
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (store), rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static char *
select_sql (const RlCollection *collection,
            const char         *where)
{
  const ListSpec *spec = &list_specs[rl_collection_index (collection)];
  g_autoptr(GString) sql = g_string_new ("SELECT ");

  for (guint i = 0; i < collection->n_members; i++)
    g_string_append_printf (sql, "t.\"%s\", ", collection->members[i].name);
  g_string_append_printf (sql, "%s, t.rowid FROM %s t %s WHERE %s",
                          spec->extras, collection->name, spec->joins, where);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static RlRecord *
record_from_statement (sqlite3_stmt       *stmt,
                       const RlCollection *collection)
{
  const char *extras[RL_RECORD_MAX_EXTRAS + 1] = { NULL, };
  RlRecord *record;
  RlRow row;

  _rl_store_read_row (stmt, collection, &row);
  for (guint i = 0; i < RL_RECORD_MAX_EXTRAS; i++)
    extras[i] = (const char *) sqlite3_column_text (stmt, collection->n_members + i);
  /* A NULL extra would end the list early: keep the slots in place. */
  for (guint i = 0; i < RL_RECORD_MAX_EXTRAS; i++)
    if (extras[i] == NULL)
      extras[i] = "";
  record = rl_record_new (&row, extras);
  rl_row_clear (&row);
  return record;
}

/* The records with these row ids, in the same order. */
GPtrArray *
rl_store_load_records (RlStore         *store,
                       RlCollectionId   collection_id,
                       const gint64    *rowids,
                       guint            n_rowids,
                       GError         **error)
{
  const RlCollection *collection = rl_collection_get (collection_id);
  g_autofree char *sql = select_sql (collection, "t.rowid IN (SELECT value FROM json_each (?1))");
  g_autoptr(GString) list = g_string_new ("[");
  g_autoptr(GHashTable) by_rowid = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_object_unref);
  g_autoptr(GPtrArray) records = g_ptr_array_new_full (n_rowids, g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  for (guint i = 0; i < n_rowids; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i ? "," : "", rowids[i]);
  g_string_append_c (list, ']');

  if (!(stmt = _rl_store_prepare (store, sql, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, list->str, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *rowid = g_new (gint64, 1);

      *rowid = sqlite3_column_int64 (stmt, collection->n_members + RL_RECORD_MAX_EXTRAS);
      g_hash_table_insert (by_rowid, rowid, record_from_statement (stmt, collection));
    }
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (store), rc);
      return NULL;
    }

  for (guint i = 0; i < n_rowids; i++)
    {
      RlRecord *record = g_hash_table_lookup (by_rowid, &rowids[i]);

      /* Deleted since the ids were read: an empty placeholder keeps the
       * list's positions until it is refreshed. */
      if (record == NULL)
        {
          RlRow row;

          rl_row_init (&row, collection);
          g_ptr_array_add (records, rl_record_new (&row, NULL));
        }
      else
        g_ptr_array_add (records, g_object_ref (record));
    }

  return g_steal_pointer (&records);
}

RlRecord *
rl_store_get_record (RlStore         *store,
                     RlCollectionId   collection_id,
                     const char      *id,
                     GError         **error)
{
  const RlCollection *collection = rl_collection_get (collection_id);
  g_autofree char *sql = select_sql (collection, "t.id = ?1");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _rl_store_prepare (store, sql, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return record_from_statement (stmt, collection);
  if (rc == SQLITE_DONE)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("%s “%s” is not in the ledger"), rl_collection_label (collection), id);
  else
    _rl_store_set_error (error, _rl_store_get_db (store), rc);
  return NULL;
}
