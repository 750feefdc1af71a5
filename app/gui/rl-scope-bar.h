/* rl-scope-bar.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-store.h"

G_BEGIN_DECLS

/* The street and community every page is narrowed to ("changed"). */
#define RL_TYPE_SCOPE_BAR (rl_scope_bar_get_type ())
G_DECLARE_FINAL_TYPE (RlScopeBar, rl_scope_bar, RL, SCOPE_BAR, GtkWidget)

void        rl_scope_bar_set_store        (RlScopeBar *self,
                                           RlStore    *store);
void        rl_scope_bar_reload           (RlScopeBar *self);
const char *rl_scope_bar_get_street_id    (RlScopeBar *self);
const char *rl_scope_bar_get_community_id (RlScopeBar *self);
gboolean    rl_scope_bar_set_scope        (RlScopeBar *self,
                                           const char *street_id,
                                           const char *community_id);

G_END_DECLS
