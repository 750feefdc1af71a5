/* rl-store-edit.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rl-problem.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Edits from a window: one record at a time, each its own transaction and
 * change set in the audit log, so that the last one can be undone. */

/* Checks @record like an import does (rl_check_record, and that every id it
 * names exists) and saves it: added or updated. On a bad record returns
 * FALSE with RL_STORE_ERROR_INVALID and the problems in @problems. On
 * success *change_set (may be NULL) is the change set written, or 0 when
 * nothing changed. */
gboolean rl_store_save_record   (RlStore        *store,
                                 RlCollectionId  collection,
                                 JsonObject     *record,
                                 const char     *source,
                                 GPtrArray      *problems,
                                 gint64         *change_set,
                                 GError        **error);

/* Deletes a record nothing depends on; RL_STORE_ERROR_IN_USE, with a
 * message naming what depends on it, otherwise. */
gboolean rl_store_delete_record (RlStore        *store,
                                 RlCollectionId  collection,
                                 const char     *id,
                                 const char     *source,
                                 gint64         *change_set,
                                 GError        **error);

/* Reverts a change set (an edit, a delete, or an import): added records
 * are removed, deleted ones restored, changed members set back. The revert
 * is a change set of its own, so it shows in History too. */
gboolean rl_store_undo          (RlStore        *store,
                                 gint64          change_set,
                                 const char     *source,
                                 GError        **error);

/* The newest change set, 0 when there is none. */
gint64   rl_store_last_change_set (RlStore      *store);

G_END_DECLS
