/* rl-store-related.c: the records shown beside a record, as SQL
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each query takes the record's id as ?1 and returns the row ids of the
 * related records of one collection, in the order people read them; the
 * rows are then loaded like a list's, with their display extras (a
 * service's firm and compound names).
 */

#include "rl-config.h"

#include "rl-store-private.h"
#include "rl-store-related.h"

/* A compound's parts, which an organization or an instructor may cover. */
#define COMPOUND_SERVICES "(SELECT id FROM services WHERE compound_id = ?1)"
#define COMPOUND_COMMITTEES "(SELECT id FROM committees WHERE compound_id = ?1)"
#define COMPOUND_FIRMS "(SELECT firm_id FROM services WHERE compound_id = ?1)"

#define ORGS_WHERE(cond) \
  "SELECT o.rowid FROM party_orgs o WHERE o.id IN" \
  " (SELECT l.org_id FROM party_org_covers l WHERE " cond ") ORDER BY o.rowid"
#define INSTRUCTORS_WHERE(cond) \
  "SELECT i.rowid FROM instructors i WHERE i.id IN" \
  " (SELECT a.instructor_id FROM instructor_assignments a WHERE " cond ") ORDER BY i.rowid"
#define COVERED(table, link, owner, column) \
  "SELECT t.rowid FROM " table " t WHERE t.id IN" \
  " (SELECT " column " FROM " link " WHERE " owner " = ?1) ORDER BY t.rowid"

static const struct
{
  RlRelation      relation;
  RlCollectionId  owner;
  RlCollectionId  target;
  const char     *sql;
} queries[] = {
  /* A compound: who serves it, who governs it, who covers it. */
  { RL_RELATION_SERVICES, RL_COLLECTION_COMPOUNDS, RL_COLLECTION_SERVICES,
    "SELECT rowid FROM services WHERE compound_id = ?1 ORDER BY start DESC, rowid" },
  { RL_RELATION_COMMITTEES, RL_COLLECTION_COMPOUNDS, RL_COLLECTION_COMMITTEES,
    "SELECT rowid FROM committees WHERE compound_id = ?1 ORDER BY formed_on DESC, rowid" },
  { RL_RELATION_PARTY_ORGS, RL_COLLECTION_COMPOUNDS, RL_COLLECTION_PARTY_ORGS,
    ORGS_WHERE ("l.compound_id = ?1 OR l.service_id IN " COMPOUND_SERVICES
                " OR l.committee_id IN " COMPOUND_COMMITTEES " OR l.firm_id IN " COMPOUND_FIRMS) },
  { RL_RELATION_INSTRUCTORS, RL_COLLECTION_COMPOUNDS, RL_COLLECTION_INSTRUCTORS,
    INSTRUCTORS_WHERE ("a.service_id IN " COMPOUND_SERVICES " OR a.committee_id IN "
                       COMPOUND_COMMITTEES " OR a.firm_id IN " COMPOUND_FIRMS) },

  /* A firm: its services, and who covers it or them. */
  { RL_RELATION_SERVICES, RL_COLLECTION_FIRMS, RL_COLLECTION_SERVICES,
    "SELECT rowid FROM services WHERE firm_id = ?1 ORDER BY start DESC, rowid" },
  { RL_RELATION_PARTY_ORGS, RL_COLLECTION_FIRMS, RL_COLLECTION_PARTY_ORGS,
    ORGS_WHERE ("l.firm_id = ?1 OR l.service_id IN (SELECT id FROM services WHERE firm_id = ?1)") },
  { RL_RELATION_INSTRUCTORS, RL_COLLECTION_FIRMS, RL_COLLECTION_INSTRUCTORS,
    INSTRUCTORS_WHERE ("a.firm_id = ?1"
                       " OR a.service_id IN (SELECT id FROM services WHERE firm_id = ?1)") },

  /* A service: its firm and compound; covered through itself or its firm. */
  { RL_RELATION_FIRMS, RL_COLLECTION_SERVICES, RL_COLLECTION_FIRMS,
    "SELECT f.rowid FROM firms f JOIN services s ON s.firm_id = f.id WHERE s.id = ?1" },
  { RL_RELATION_COMPOUNDS, RL_COLLECTION_SERVICES, RL_COLLECTION_COMPOUNDS,
    "SELECT c.rowid FROM compounds c JOIN services s ON s.compound_id = c.id WHERE s.id = ?1" },
  { RL_RELATION_PARTY_ORGS, RL_COLLECTION_SERVICES, RL_COLLECTION_PARTY_ORGS,
    ORGS_WHERE ("l.service_id = ?1 OR l.firm_id = (SELECT firm_id FROM services WHERE id = ?1)") },
  { RL_RELATION_INSTRUCTORS, RL_COLLECTION_SERVICES, RL_COLLECTION_INSTRUCTORS,
    INSTRUCTORS_WHERE ("a.service_id = ?1"
                       " OR a.firm_id = (SELECT firm_id FROM services WHERE id = ?1)") },

  /* A committee: its compound; covered through itself or its compound. */
  { RL_RELATION_COMPOUNDS, RL_COLLECTION_COMMITTEES, RL_COLLECTION_COMPOUNDS,
    "SELECT c.rowid FROM compounds c JOIN committees k ON k.compound_id = c.id WHERE k.id = ?1" },
  { RL_RELATION_PARTY_ORGS, RL_COLLECTION_COMMITTEES, RL_COLLECTION_PARTY_ORGS,
    ORGS_WHERE ("l.committee_id = ?1"
                " OR l.compound_id = (SELECT compound_id FROM committees WHERE id = ?1)") },
  { RL_RELATION_INSTRUCTORS, RL_COLLECTION_COMMITTEES, RL_COLLECTION_INSTRUCTORS,
    INSTRUCTORS_WHERE ("a.committee_id = ?1") },

  /* An organization or an instructor: what it covers, by kind. */
  { RL_RELATION_COVERED, RL_COLLECTION_PARTY_ORGS, RL_COLLECTION_FIRMS,
    COVERED ("firms", "party_org_covers", "org_id", "firm_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_PARTY_ORGS, RL_COLLECTION_SERVICES,
    COVERED ("services", "party_org_covers", "org_id", "service_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_PARTY_ORGS, RL_COLLECTION_COMMITTEES,
    COVERED ("committees", "party_org_covers", "org_id", "committee_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_PARTY_ORGS, RL_COLLECTION_COMPOUNDS,
    COVERED ("compounds", "party_org_covers", "org_id", "compound_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_INSTRUCTORS, RL_COLLECTION_FIRMS,
    COVERED ("firms", "instructor_assignments", "instructor_id", "firm_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_INSTRUCTORS, RL_COLLECTION_SERVICES,
    COVERED ("services", "instructor_assignments", "instructor_id", "service_id") },
  { RL_RELATION_COVERED, RL_COLLECTION_INSTRUCTORS, RL_COLLECTION_COMMITTEES,
    COVERED ("committees", "instructor_assignments", "instructor_id", "committee_id") },
};

gboolean
rl_relation_applies (RlRelation     relation,
                     RlCollectionId collection)
{
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (queries[i].relation == relation && queries[i].owner == collection)
      return TRUE;
  return FALSE;
}

static gboolean
append_related (RlStore         *store,
                const char      *sql,
                const char      *id,
                RlCollectionId   target,
                GPtrArray       *records,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) loaded = NULL;
  int rc;

  if (!(stmt = _rl_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rowids, rowid);
    }
  if (rc != SQLITE_DONE)
    return _rl_store_set_error (error, _rl_store_get_db (store), rc);
  if (rowids->len == 0)
    return TRUE;

  loaded = rl_store_load_records (store, target, (const gint64 *) (gpointer) rowids->data,
                                  rowids->len, error);
  if (loaded == NULL)
    return FALSE;
  for (guint i = 0; i < loaded->len; i++)
    g_ptr_array_add (records, g_object_ref (g_ptr_array_index (loaded, i)));
  return TRUE;
}

/* The records related to the record @id of @collection by @relation, as
 * RlRecords (of several collections for RL_RELATION_COVERED); empty when
 * the relation does not apply to the collection. */
GPtrArray *
rl_store_related (RlStore         *store,
                  RlCollectionId   collection,
                  const char      *id,
                  RlRelation       relation,
                  GError         **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RL_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      if (queries[i].relation != relation || queries[i].owner != collection)
        continue;
      if (!append_related (store, queries[i].sql, id, queries[i].target, records, error))
        return NULL;
    }
  return g_steal_pointer (&records);
}
