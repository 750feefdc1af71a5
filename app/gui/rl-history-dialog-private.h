/* rl-history-dialog-private.h: for tests
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-dialogs.h"

G_BEGIN_DECLS

#define RL_TYPE_HISTORY_DIALOG (rl_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RlHistoryDialog, rl_history_dialog, RL, HISTORY_DIALOG, GtkWindow)

RlHistoryDialog *_rl_history_dialog_new       (GtkWindow       *parent,
                                               RlStore         *store,
                                               RlCollectionId   collection,
                                               const char      *id);
/* RlHistoryItem, newest first. */
GListModel      *_rl_history_dialog_get_items (RlHistoryDialog *self);
/* What Copy All puts on the clipboard. */
char            *_rl_history_dialog_dup_text  (RlHistoryDialog *self);

G_END_DECLS
