/* rl-gap-workbook.h: the lists that go with the rates, as .xlsx workbooks
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-rates.h"

G_BEGIN_DECLS

/* Writes one list (@rows of RlGapRow, as rl_rates_gaps() returns them for
 * @date) as a workbook of one sheet at @path. @scope_name names the street
 * or community the list is for; NULL or "" for the whole ledger. The file
 * appears whole or not at all. */
gboolean rl_gap_workbook_write     (const char        *path,
                                    const char        *date,
                                    const char        *scope_name,
                                    RlGap              gap,
                                    GPtrArray         *rows,
                                    GError           **error);

/* Writes every list, one sheet each, in the order of RlGap (domain.md's):
 * @lists[gap] holds the rows of @gap. */
gboolean rl_gap_workbook_write_all (const char        *path,
                                    const char        *date,
                                    const char        *scope_name,
                                    GPtrArray *const   lists[RL_N_GAPS],
                                    GError           **error);

G_END_DECLS
