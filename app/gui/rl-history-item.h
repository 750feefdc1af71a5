/* rl-history-item.h: one audit log entry as the History dialog shows it
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rl-store.h"

G_BEGIN_DECLS

#define RL_TYPE_HISTORY_ITEM (rl_history_item_get_type ())
G_DECLARE_FINAL_TYPE (RlHistoryItem, rl_history_item, RL, HISTORY_ITEM, GObject)

RlHistoryItem *rl_history_item_new        (const RlAuditEntry *entry);
const char    *rl_history_item_get_when   (RlHistoryItem      *self);
const char    *rl_history_item_get_user   (RlHistoryItem      *self);
const char    *rl_history_item_get_source (RlHistoryItem      *self);
const char    *rl_history_item_get_member (RlHistoryItem      *self);
const char    *rl_history_item_get_change (RlHistoryItem      *self);

G_END_DECLS
