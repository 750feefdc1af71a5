/* rl-details-pane.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-store-related.h"

G_BEGIN_DECLS

/* The selected record's members, and its related records as rows that
 * lead to them ("record-activated"). */
#define RL_TYPE_DETAILS_PANE (rl_details_pane_get_type ())
G_DECLARE_FINAL_TYPE (RlDetailsPane, rl_details_pane, RL, DETAILS_PANE, GtkWidget)

void             rl_details_pane_set_store   (RlDetailsPane *self,
                                              RlStore       *store);
void             rl_details_pane_set_record  (RlDetailsPane *self,
                                              RlRecord      *record);
RlRecord        *rl_details_pane_get_record  (RlDetailsPane *self);
const GPtrArray *rl_details_pane_get_related (RlDetailsPane *self,
                                              RlRelation     relation);

G_END_DECLS
