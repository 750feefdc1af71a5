/* rl-gap-item.h: one row of a gap list as the Overview shows it
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rl-rates.h"

G_BEGIN_DECLS

#define RL_TYPE_GAP_ITEM (rl_gap_item_get_type ())
G_DECLARE_FINAL_TYPE (RlGapItem, rl_gap_item, RL, GAP_ITEM, GObject)

/* Takes @row. */
RlGapItem      *rl_gap_item_new            (RlGapRow  *row);
const RlGapRow *rl_gap_item_get_row        (RlGapItem *self);
RlCollectionId  rl_gap_item_get_collection (RlGapItem *self);
const char     *rl_gap_item_get_id         (RlGapItem *self);

G_END_DECLS
