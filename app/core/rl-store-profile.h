/* rl-store-profile.h: the queries behind rl-profile.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-profile.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* *profile is NULL when there is no profile of that name. */
gboolean   rl_store_profile_get        (RlStore                  *self,
                                        const char               *name,
                                        RlResponseProfile       **profile,
                                        GError                  **error);
GPtrArray *rl_store_profile_list       (RlStore                  *self,
                                        GError                  **error);
char      *rl_store_profile_in_use     (RlStore                  *self,
                                        GError                  **error);

/* Each in its own transaction and change set; nothing is written when
 * nothing changes. */
gboolean   rl_store_profile_put        (RlStore                  *self,
                                        const RlResponseProfile  *profile,
                                        const char               *source,
                                        GError                  **error);
gboolean   rl_store_profile_set_in_use (RlStore                  *self,
                                        const char               *name,
                                        const char               *source,
                                        GError                  **error);
gboolean   rl_store_profile_delete     (RlStore                  *self,
                                        const char               *name,
                                        const char               *source,
                                        GError                  **error);

G_END_DECLS
