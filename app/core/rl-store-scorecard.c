/* rl-store-scorecard.c: the units assessed, their inspections and the
 * Party organizations and instructors behind their party-building points
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-store-private.h"
#include "rl-store-scorecard.h"

/* ?1 is the quarter's last day: a dated thing is active on it when
 * start <= D < end, as in the rates. */
#define ACTIVE(start, end) " " start " <= ?1 AND (" end " IS NULL OR " end " > ?1)"

static const char units_sql[] =
  "SELECT s.id, s.firm_id, s.compound_id, f.name, c.name, s.staff, s.party_members,"
  " i.id, i.score, i.fee_collection_rate, i.veto, i.note"
  " FROM services s JOIN firms f ON f.id = s.firm_id JOIN compounds c ON c.id = s.compound_id"
  " LEFT JOIN inspections i ON i.service_id = s.id AND i.quarter = ?2"
  " WHERE" ACTIVE ("s.start", "s.\"end\"");

/* Through the service itself or its firm, as the coverage rates count. */
static const char organizations_sql[] =
  "SELECT s.id, l.org_id FROM services s"
  " JOIN party_org_covers l ON l.service_id = s.id JOIN party_orgs o ON o.id = l.org_id"
  " WHERE" ACTIVE ("s.start", "s.\"end\"") " AND" ACTIVE ("o.founded_on", "o.dissolved_on")
  " UNION"
  " SELECT s.id, l.org_id FROM services s"
  " JOIN party_org_covers l ON l.firm_id = s.firm_id JOIN party_orgs o ON o.id = l.org_id"
  " WHERE" ACTIVE ("s.start", "s.\"end\"") " AND" ACTIVE ("o.founded_on", "o.dissolved_on")
  " ORDER BY 1, 2";

static const char instructors_sql[] =
  "SELECT s.id, a.instructor_id FROM services s"
  " JOIN instructor_assignments a ON a.service_id = s.id"
  " JOIN instructors i ON i.id = a.instructor_id"
  " WHERE" ACTIVE ("s.start", "s.\"end\"") " AND" ACTIVE ("i.start", "i.\"end\"")
  " UNION"
  " SELECT s.id, a.instructor_id FROM services s"
  " JOIN instructor_assignments a ON a.firm_id = s.firm_id"
  " JOIN instructors i ON i.id = a.instructor_id"
  " WHERE" ACTIVE ("s.start", "s.\"end\"") " AND" ACTIVE ("i.start", "i.\"end\"")
  " ORDER BY 1, 2";

static gint64
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL
         ? -1 : sqlite3_column_int64 (stmt, column);
}

gboolean
rl_store_scorecard_units (RlStore          *self,
                          const RlQuarter  *quarter,
                          RlUnitRowFunc     func,
                          gpointer          user_data,
                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, units_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter->last_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quarter->name, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlUnitRow row = {
        .service_id = (const char *) sqlite3_column_text (stmt, 0),
        .firm_id = (const char *) sqlite3_column_text (stmt, 1),
        .compound_id = (const char *) sqlite3_column_text (stmt, 2),
        .firm = (const char *) sqlite3_column_text (stmt, 3),
        .compound = (const char *) sqlite3_column_text (stmt, 4),
        .staff = column_count (stmt, 5),
        .party_members = column_count (stmt, 6),
        .inspection_id = (const char *) sqlite3_column_text (stmt, 7),
        .has_score = sqlite3_column_type (stmt, 8) != SQLITE_NULL,
        .score = sqlite3_column_double (stmt, 8),
        .has_fee_rate = sqlite3_column_type (stmt, 9) != SQLITE_NULL,
        .fee_rate = sqlite3_column_double (stmt, 9),
        .veto = (const char *) sqlite3_column_text (stmt, 10),
        .note = (const char *) sqlite3_column_text (stmt, 11),
      };

      func (&row, user_data);
    }

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

static gboolean
links (RlStore          *self,
       const char       *sql,
       const RlQuarter  *quarter,
       RlLinkRowFunc     func,
       gpointer          user_data,
       GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = _rl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter->last_day, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func ((const char *) sqlite3_column_text (stmt, 0),
          (const char *) sqlite3_column_text (stmt, 1), user_data);

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

gboolean
rl_store_scorecard_organizations (RlStore          *self,
                                  const RlQuarter  *quarter,
                                  RlLinkRowFunc     func,
                                  gpointer          user_data,
                                  GError          **error)
{
  return links (self, organizations_sql, quarter, func, user_data, error);
}

gboolean
rl_store_scorecard_instructors (RlStore          *self,
                                const RlQuarter  *quarter,
                                RlLinkRowFunc     func,
                                gpointer          user_data,
                                GError          **error)
{
  return links (self, instructors_sql, quarter, func, user_data, error);
}
