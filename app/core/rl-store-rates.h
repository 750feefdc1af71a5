/* rl-store-rates.h: the queries behind rl-rates.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-rates.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Adds one RlRatesRow per community (counts only), by name then id. */
gboolean   rl_store_rates_by_community (RlStore     *self,
                                        const char  *date,
                                        GPtrArray   *rows,
                                        GError     **error);
/* Adds one empty RlRatesRow per street, by name then id. */
gboolean   rl_store_rates_streets      (RlStore     *self,
                                        GPtrArray   *rows,
                                        GError     **error);
/* At most one of street_id and community_id; neither is the whole ledger. */
GPtrArray *rl_store_gaps               (RlStore     *self,
                                        RlGap        gap,
                                        const char  *date,
                                        const char  *street_id,
                                        const char  *community_id,
                                        GError     **error);

gboolean   rl_store_get_target         (RlStore     *self,
                                        int          year,
                                        const char  *rate,
                                        gboolean    *found,
                                        double      *target,
                                        GError     **error);
/* Stores @target (or removes the stored one when @target is NULL) in its
 * own transaction and change set; nothing is written when nothing changes. */
gboolean   rl_store_put_target         (RlStore      *self,
                                        int           year,
                                        const char   *rate,
                                        const double *target,
                                        const char   *source,
                                        GError      **error);

G_END_DECLS
