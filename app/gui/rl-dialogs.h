/* rl-dialogs.h: the window's dialogs, one call each
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each call presents a dialog over @parent and returns at once; the dialog
 * keeps its own reference to @store. @done (may be NULL) runs after the
 * ledger changed, with the id of the record saved or deleted (NULL after
 * an import), so the window can refresh its lists and select the record.
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-store.h"

G_BEGIN_DECLS

typedef void (*RlChangedFunc) (const char *id,
                               gpointer    user_data);

/* Add (@id NULL) or edit a record: a form made from the collection's
 * members, checked as the user types (rl_check_record); Save only when valid. */
void rl_record_dialog_present (GtkWindow      *parent,
                               RlStore        *store,
                               RlCollectionId  collection,
                               const char     *id,
                               RlChangedFunc   done,
                               gpointer        user_data);

/* Asks first; refused with the reason when other records depend on it. */
void rl_delete_dialog_present (GtkWindow      *parent,
                               RlStore        *store,
                               RlCollectionId  collection,
                               const char     *id,
                               RlChangedFunc   done,
                               gpointer        user_data);

/* A record's audit log: when, who, through what, member, old → new. */
void rl_history_dialog_present (GtkWindow      *parent,
                                RlStore        *store,
                                RlCollectionId  collection,
                                const char     *id);

/* Choose a package (or @file), see the dry-run report, confirm, import
 * with progress and Cancel on a thread with its own connection. */
void rl_import_dialog_present (GtkWindow      *parent,
                               RlStore        *store,
                               GFile          *file,
                               RlChangedFunc   done,
                               gpointer        user_data);

/* Export the whole ledger or one street, with progress. */
void rl_export_dialog_present (GtkWindow      *parent,
                               RlStore        *store);

G_END_DECLS
