/* rl-store-private.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rl-store.h"

G_BEGIN_DECLS

/* "RLDG": marks a SQLite file as a Red Ledger ledger. */
#define RL_STORE_APPLICATION_ID 0x524C4447

/* Each entry migrates a ledger from user_version i to i + 1. */
extern const char *const _rl_store_migrations[];
extern const guint _rl_store_n_migrations;

/* A list member kept as JSON in its record, and mirrored by triggers into a
 * link table (one column per kind of target) that figures and checks query. */
typedef struct
{
  RlCollectionId owner;
  const char    *member;      /* "covers" */
  const char    *table;       /* "party_org_covers" */
  const char    *owner_column;
} RlLinkTable;

extern const RlLinkTable _rl_store_link_tables[];
extern const guint _rl_store_n_link_tables;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gboolean      _rl_store_set_error (GError             **error,
                                   sqlite3             *db,
                                   int                  rc);
sqlite3      *_rl_store_get_db    (RlStore             *self);
sqlite3_stmt *_rl_store_prepare   (RlStore             *self,
                                   const char          *sql,
                                   GError             **error);
void          _rl_store_read_row  (sqlite3_stmt        *stmt,
                                   const RlCollection  *collection,
                                   RlRow               *row);

G_END_DECLS
