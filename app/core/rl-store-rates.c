/* rl-store-rates.c: the queries behind the rates, their lists and targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-store-private.h"
#include "rl-store-rates.h"

/* Every query takes the date as ?1 (text, YYYY-MM-DD): ISO dates compare as
 * text, and a dated thing is active on D when start <= D < end. */
#define ACTIVE(start, end) " " start " <= ?1 AND (" end " IS NULL OR " end " > ?1)"

/* The links of the Party organizations active on ?1 (of the kinds given by
 * @where), and of the instructors active on ?1; an instructor whose end is
 * before its start never passes the test. Materialized once, so that each
 * IN (SELECT …) below is one lookup table for the whole query. */
#define ORG_LINK(where)                                                                      \
  " org_link AS MATERIALIZED ("                                                              \
  "  SELECT l.firm_id, l.service_id, l.committee_id, l.compound_id FROM party_org_covers l"  \
  "  JOIN party_orgs o ON o.id = l.org_id"                                                   \
  "  WHERE" ACTIVE ("o.founded_on", "o.dissolved_on") where ")"
#define INS_LINK                                                                             \
  " ins_link AS MATERIALIZED ("                                                              \
  "  SELECT a.firm_id, a.service_id, a.committee_id FROM instructor_assignments a"           \
  "  JOIN instructors i ON i.id = a.instructor_id"                                           \
  "  WHERE" ACTIVE ("i.start", "i.\"end\"") ")"
#define IN_LINK(value, link, column) \
  " " value " IN (SELECT " column " FROM " link " WHERE " column " IS NOT NULL)"

/* A service is covered through itself or its firm; a committee through
 * itself or its compound. */
#define SERVICE_ORG_COVERED \
  "(" IN_LINK ("s.id", "org_link", "service_id") \
  " OR" IN_LINK ("s.firm_id", "org_link", "firm_id") ")"
#define SERVICE_INSTRUCTED \
  "(" IN_LINK ("s.id", "ins_link", "service_id") \
  " OR" IN_LINK ("s.firm_id", "ins_link", "firm_id") ")"
#define COMMITTEE_ORG_COVERED \
  "(" IN_LINK ("k.id", "org_link", "committee_id") \
  " OR" IN_LINK ("k.compound_id", "org_link", "compound_id") ")"
#define COMMITTEE_INSTRUCTED "(" IN_LINK ("k.id", "ins_link", "committee_id") ")"

/* Flags per unit, then per compound, summed per community in one pass; the
 * caller adds communities up into streets and the total, which is cheaper
 * than grouping the same rows twice more. */
static const char rates_sql[] =
  "WITH"
  ORG_LINK ("") ","
  INS_LINK ","
  " unit AS ("
  "  SELECT s.compound_id, 1 AS is_service," SERVICE_ORG_COVERED " AS org_covered,"
  "   " SERVICE_INSTRUCTED " AS instructed"
  "  FROM services s WHERE" ACTIVE ("s.start", "s.\"end\"")
  "  UNION ALL"
  "  SELECT k.compound_id, 0," COMMITTEE_ORG_COVERED "," COMMITTEE_INSTRUCTED
  "  FROM committees k WHERE" ACTIVE ("k.formed_on", "k.dissolved_on") "),"
  " per_compound AS ("
  "  SELECT compound_id, max (is_service) AS served, min (is_service) = 0 AS governed,"
  "   count (*) AS units, sum (org_covered) AS org_covered,"
  "   sum (org_covered OR instructed) AS work_covered"
  "  FROM unit GROUP BY compound_id)"
  " SELECT m.id, m.name, m.street_id, count (c.id),"
  "  coalesce (sum (p.governed), 0),"
  "  coalesce (sum (p.served), 0),"
  "  coalesce (sum (coalesce (p.served, 0) = 0 AND c.self_managed = 1), 0),"
  "  coalesce (sum (p.units), 0),"
  "  coalesce (sum (p.org_covered), 0),"
  "  coalesce (sum (p.work_covered), 0),"
  "  coalesce (sum (c.class IN ('A', 'B')), 0),"
  "  coalesce (sum (c.class IN ('A', 'B') AND c.red_property_since <= ?1), 0)"
  " FROM communities m"
  " LEFT JOIN compounds c ON c.community_id = m.id"
  " LEFT JOIN per_compound p ON p.compound_id = c.id"
  " GROUP BY m.id"
  " ORDER BY m.name, m.id";

/* Every list has the columns of RlGapRow, in its order, the first being
 * the RlCollectionId of the row's record. ?2 and ?3 narrow to a street or
 * a community. */
G_STATIC_ASSERT (RL_COLLECTION_COMPOUNDS == 2 && RL_COLLECTION_FIRMS == 3);
G_STATIC_ASSERT (RL_COLLECTION_SERVICES == 4 && RL_COLLECTION_COMMITTEES == 5);

#define GAP_COMPOUND_COLUMNS \
  " c.id AS compound_id, c.name AS compound_name, m.id AS community_id," \
  " m.name AS community_name, t.id AS street_id, t.name AS street_name"
#define GAP_NO_PLACE_COLUMNS \
  " NULL AS compound_id, NULL AS compound_name, NULL AS community_id," \
  " NULL AS community_name, NULL AS street_id, NULL AS street_name"
#define IN_PLACE \
  " JOIN communities m ON m.id = c.community_id JOIN streets t ON t.id = m.street_id"
#define IN_SCOPE " (?2 IS NULL OR m.street_id = ?2) AND (?3 IS NULL OR m.id = ?3)"
#define BY_PLACE " street_name, street_id, community_name, community_id, compound_name, compound_id"

static const char *const gap_sql[RL_N_GAPS] = {
  [RL_GAP_NO_COMMITTEE] =
  "SELECT 2 AS collection, c.id AS id, c.name AS name, c.kind, NULL, NULL," GAP_COMPOUND_COLUMNS ","
  " NULL, NULL"
  " FROM compounds c" IN_PLACE
  " WHERE" IN_SCOPE " AND NOT EXISTS (SELECT 1 FROM committees k WHERE k.compound_id = c.id AND"
  ACTIVE ("k.formed_on", "k.dissolved_on") ")"
  " ORDER BY" BY_PLACE,

  [RL_GAP_NO_SERVICE] =
  "SELECT 2 AS collection, c.id AS id, c.name AS name, c.kind, NULL, NULL," GAP_COMPOUND_COLUMNS ","
  " NULL, NULL"
  " FROM compounds c" IN_PLACE
  " WHERE" IN_SCOPE " AND coalesce (c.self_managed, 0) = 0"
  " AND NOT EXISTS (SELECT 1 FROM services s WHERE s.compound_id = c.id AND"
  ACTIVE ("s.start", "s.\"end\"") ")"
  " ORDER BY" BY_PLACE,

  /* Firms first (a firm is in a street's or community's list when it
   * serves a compound there on D), then services by place. */
  [RL_GAP_MUST_BUILD] =
  "WITH" ORG_LINK (" AND o.kind IN ('branch', 'general_branch', 'committee', 'functional')")
  " SELECT 3 AS collection, f.id AS id, f.name AS name, NULL, f.id, f.name,"
  GAP_NO_PLACE_COLUMNS ", f.party_members, NULL"
  " FROM firms f"
  " WHERE f.party_members >= 3 AND NOT" IN_LINK ("f.id", "org_link", "firm_id")
  " AND ((?2 IS NULL AND ?3 IS NULL) OR EXISTS ("
  "  SELECT 1 FROM services s JOIN compounds c ON c.id = s.compound_id"
  "  JOIN communities m ON m.id = c.community_id"
  "  WHERE s.firm_id = f.id AND" ACTIVE ("s.start", "s.\"end\"") " AND" IN_SCOPE "))"
  " UNION ALL"
  " SELECT 4, s.id, f.name, NULL, f.id, f.name," GAP_COMPOUND_COLUMNS ", s.party_members, NULL"
  " FROM services s JOIN firms f ON f.id = s.firm_id JOIN compounds c ON c.id = s.compound_id"
  IN_PLACE
  " WHERE" IN_SCOPE " AND" ACTIVE ("s.start", "s.\"end\"") " AND s.party_members >= 3"
  " AND NOT" SERVICE_ORG_COVERED
  " ORDER BY collection," BY_PLACE ", name, id",

  [RL_GAP_TERM_OVERDUE] =
  "SELECT 5 AS collection, k.id AS id, c.name AS name, k.kind, NULL, NULL," GAP_COMPOUND_COLUMNS ","
  " NULL, k.term_end"
  " FROM committees k JOIN compounds c ON c.id = k.compound_id" IN_PLACE
  " WHERE" IN_SCOPE " AND" ACTIVE ("k.formed_on", "k.dissolved_on") " AND k.term_end <= ?1"
  " ORDER BY" BY_PLACE ", id",

  /* Services before committees within a compound. */
  [RL_GAP_UNCOVERED] =
  "WITH" ORG_LINK ("") "," INS_LINK
  " SELECT 4 AS collection, s.id AS id, f.name AS name, NULL, f.id, f.name,"
  GAP_COMPOUND_COLUMNS ", s.party_members, NULL"
  " FROM services s JOIN firms f ON f.id = s.firm_id JOIN compounds c ON c.id = s.compound_id"
  IN_PLACE
  " WHERE" IN_SCOPE " AND" ACTIVE ("s.start", "s.\"end\"")
  " AND NOT" SERVICE_ORG_COVERED " AND NOT" SERVICE_INSTRUCTED
  " UNION ALL"
  " SELECT 5, k.id, c.name, k.kind, NULL, NULL," GAP_COMPOUND_COLUMNS ", NULL, k.term_end"
  " FROM committees k JOIN compounds c ON c.id = k.compound_id" IN_PLACE
  " WHERE" IN_SCOPE " AND" ACTIVE ("k.formed_on", "k.dissolved_on")
  " AND NOT" COMMITTEE_ORG_COVERED " AND NOT" COMMITTEE_INSTRUCTED
  " ORDER BY" BY_PLACE ", collection, id",
};

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
step_done (RlStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

/* The shortest text that reads back as the same double: people read the
 * history, and 0.8 is what they typed. */
static const char *
format_real (char   *buffer,
             gsize   size,
             double  value)
{
  g_ascii_formatd (buffer, size, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_dtostr (buffer, size, value);
  return buffer;
}

static gboolean
write_target (RlStore       *self,
              int            year,
              const char    *rate,
              const double  *old_target,
              const double  *target,
              const char    *source,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(sqlite3_stmt) audit = NULL;
  g_autofree char *record_id = g_strdup_printf ("%d/%s", year, rate);
  char old_text[G_ASCII_DTOSTR_BUF_SIZE], new_text[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 change_set;

  if ((change_set = rl_store_add_change_set (self, source, error)) < 0)
    return FALSE;

  if (target != NULL)
    write = _rl_store_prepare (self, "INSERT INTO targets (year, rate, target) VALUES (?1, ?2, ?3)"
                                     " ON CONFLICT (year, rate) DO UPDATE SET target = ?3",
                               error);
  else
    write = _rl_store_prepare (self, "DELETE FROM targets WHERE year = ?1 AND rate = ?2", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int (write, 1, year);
  sqlite3_bind_text (write, 2, rate, -1, SQLITE_STATIC);
  if (target != NULL)
    sqlite3_bind_double (write, 3, *target);
  if (!step_done (self, write, error))
    return FALSE;

  /* Old and new stored value; none means the default applies. */
  audit = _rl_store_prepare (self, "INSERT INTO audit_log (change_set, collection, record_id,"
                                   " member, old_value, new_value)"
                                   " VALUES (?1, 'targets', ?2, 'target', ?3, ?4)", error);
  if (audit == NULL)
    return FALSE;
  sqlite3_bind_int64 (audit, 1, change_set);
  sqlite3_bind_text (audit, 2, record_id, -1, SQLITE_STATIC);
  if (old_target != NULL)
    sqlite3_bind_text (audit, 3, format_real (old_text, sizeof old_text, *old_target), -1,
                       SQLITE_STATIC);
  if (target != NULL)
    sqlite3_bind_text (audit, 4, format_real (new_text, sizeof new_text, *target), -1,
                       SQLITE_STATIC);
  return step_done (self, audit, error);
}

gboolean
rl_store_rates_by_community (RlStore     *self,
                             const char  *date,
                             GPtrArray   *rows,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, rates_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlRatesRow *row = g_new0 (RlRatesRow, 1);
      gint64 units;

      row->scope = RL_SCOPE_COMMUNITY;
      row->id = column_text (stmt, 0);
      row->name = column_text (stmt, 1);
      row->street_id = column_text (stmt, 2);
      row->compounds = sqlite3_column_int64 (stmt, 3);
      row->firm_served = sqlite3_column_int64 (stmt, 5);
      row->self_managed = sqlite3_column_int64 (stmt, 6);
      row->unserved = row->compounds - row->firm_served - row->self_managed;
      units = sqlite3_column_int64 (stmt, 7);

      row->ratios[RL_RATE_COMMITTEE_FORMATION] =
        (RlRatio) { sqlite3_column_int64 (stmt, 4), row->compounds };
      row->ratios[RL_RATE_SERVICE_COVERAGE] =
        (RlRatio) { row->firm_served + row->self_managed, row->compounds };
      row->ratios[RL_RATE_PARTY_ORG_COVERAGE] =
        (RlRatio) { sqlite3_column_int64 (stmt, 8), units };
      row->ratios[RL_RATE_PARTY_WORK_COVERAGE] =
        (RlRatio) { sqlite3_column_int64 (stmt, 9), units };
      row->ratios[RL_RATE_RED_PROPERTY_COVERAGE] =
        (RlRatio) { sqlite3_column_int64 (stmt, 11), sqlite3_column_int64 (stmt, 10) };
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

gboolean
rl_store_rates_streets (RlStore    *self,
                        GPtrArray  *rows,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, "SELECT id, name FROM streets"
                                                          " ORDER BY name, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlRatesRow *row = g_new0 (RlRatesRow, 1);

      row->scope = RL_SCOPE_STREET;
      row->id = column_text (stmt, 0);
      row->name = column_text (stmt, 1);
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

GPtrArray *
rl_store_gaps (RlStore     *self,
               RlGap        gap,
               const char  *date,
               const char  *street_id,
               const char  *community_id,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rl_gap_row_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (gap < RL_N_GAPS, NULL);

  if (!(stmt = _rl_store_prepare (self, gap_sql[gap], error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, street_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, community_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlGapRow *row = g_new0 (RlGapRow, 1);

      row->collection = sqlite3_column_int (stmt, 0);
      row->id = column_text (stmt, 1);
      row->name = column_text (stmt, 2);
      row->kind = column_text (stmt, 3);
      row->firm_id = column_text (stmt, 4);
      row->firm_name = column_text (stmt, 5);
      row->compound_id = column_text (stmt, 6);
      row->compound_name = column_text (stmt, 7);
      row->community_id = column_text (stmt, 8);
      row->community_name = column_text (stmt, 9);
      row->street_id = column_text (stmt, 10);
      row->street_name = column_text (stmt, 11);
      row->party_members = sqlite3_column_type (stmt, 12) == SQLITE_NULL
                           ? -1 : sqlite3_column_int64 (stmt, 12);
      row->term_end = column_text (stmt, 13);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (self), rc);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

gboolean
rl_store_get_target (RlStore     *self,
                     int          year,
                     const char  *rate,
                     gboolean    *found,
                     double      *target,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, "SELECT target FROM targets"
                                                          " WHERE year = ?1 AND rate = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, rate, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (*found)
    *target = sqlite3_column_double (stmt, 0);
  else if (rc != SQLITE_DONE)
    return _rl_store_set_error (error, _rl_store_get_db (self), rc);
  return TRUE;
}

gboolean
rl_store_put_target (RlStore       *self,
                     int            year,
                     const char    *rate,
                     const double  *target,
                     const char    *source,
                     GError       **error)
{
  gboolean found = FALSE;
  double old_target = 0;

  if (!rl_store_begin (self, error))
    return FALSE;

  if (!rl_store_get_target (self, year, rate, &found, &old_target, error))
    goto fail;

  if ((target == NULL && !found) || (target != NULL && found && *target == old_target))
    {
      rl_store_rollback (self);
      return TRUE;
    }

  if (!write_target (self, year, rate, found ? &old_target : NULL, target, source, error)
      || !rl_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  rl_store_rollback (self);
  return FALSE;
}
