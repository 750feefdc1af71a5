/* rl-store-quarter.c: the queries behind the quarter figures
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-store-private.h"
#include "rl-store-quarter.h"

/* ?1 is the quarter's first day and ?2 the next quarter's: received_day is
 * the order's China-time day, indexed, so a quarter is one index range.
 * The rows are then read in rowid order (the IN list is sorted), not in
 * the index's: the pages come one after the other instead of at random,
 * which on a city ledger halves the time. */
#define ORDER_COLUMNS(service)                                                        \
  "SELECT w.id, w.compound_id, " service ", w.category, w.severity,"                 \
  " unixepoch (w.received_at), unixepoch (w.arrived_at), unixepoch (w.resolved_at),"  \
  " unixepoch (w.plan_at)"                                                            \
  " FROM work_orders w WHERE w.rowid IN (SELECT rowid FROM work_orders"               \
  "  WHERE received_day >= ?1 AND received_day < ?2)"

/* An order belongs to the service it names, or else to the one active at
 * its compound on the day it was received: the most recently started, and
 * of two started the same day the greater id. The services_compound index
 * (compound_id, start) finds it with one probe. */
static const char orders_attributed_sql[] =
  ORDER_COLUMNS ("coalesce (w.service_id, (SELECT s.id FROM services s"
                 " WHERE s.compound_id = w.compound_id AND s.start <= w.received_day"
                 " AND (s.\"end\" IS NULL OR s.\"end\" > w.received_day)"
                 " ORDER BY s.start DESC, s.id DESC LIMIT 1))");

static const char orders_sql[] = ORDER_COLUMNS ("w.service_id");

static gint64
column_time (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL
         ? RL_NO_TIME : sqlite3_column_int64 (stmt, column);
}

static gboolean
finish (RlStore  *self,
        int       rc,
        GError  **error)
{
  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

gboolean
rl_store_quarter_orders (RlStore          *self,
                         const RlQuarter  *quarter,
                         gboolean          attribute,
                         RlOrderRowFunc    func,
                         gpointer          user_data,
                         GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, attribute ? orders_attributed_sql : orders_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter->first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quarter->end_day, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlOrderRow row = {
        (const char *) sqlite3_column_text (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        (const char *) sqlite3_column_text (stmt, 2),
        (const char *) sqlite3_column_text (stmt, 3),
        (const char *) sqlite3_column_text (stmt, 4),
        column_time (stmt, 5),
        column_time (stmt, 6),
        column_time (stmt, 7),
        column_time (stmt, 8),
      };

      func (&row, user_data);
    }

  return finish (self, rc, error);
}

gboolean
rl_store_quarter_answers (RlStore          *self,
                          const RlQuarter  *quarter,
                          RlAnswerRowFunc   func,
                          gpointer          user_data,
                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT id, compound_id, overall FROM survey_responses"
                             " WHERE answered_on >= ?1 AND answered_on < ?2"
                             " ORDER BY compound_id, answered_on, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter->first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quarter->end_day, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlAnswerRow row = {
        (const char *) sqlite3_column_text (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        sqlite3_column_int (stmt, 2),
      };

      func (&row, user_data);
    }

  return finish (self, rc, error);
}

gboolean
rl_store_quarter_compounds (RlStore          *self,
                            RlPlaceRowFunc    func,
                            gpointer          user_data,
                            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT id, households FROM compounds ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlPlaceRow row = {
        (const char *) sqlite3_column_text (stmt, 0),
        NULL,
        NULL,
        sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 1),
      };

      func (&row, user_data);
    }

  return finish (self, rc, error);
}

gboolean
rl_store_quarter_services (RlStore          *self,
                           RlPlaceRowFunc    func,
                           gpointer          user_data,
                           GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT id, firm_id, compound_id FROM services", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RlPlaceRow row = {
        (const char *) sqlite3_column_text (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        (const char *) sqlite3_column_text (stmt, 2),
        -1,
      };

      func (&row, user_data);
    }

  return finish (self, rc, error);
}
