/* rl-format.h: rates, targets and counts as people read them
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-rates.h"

G_BEGIN_DECLS

/* The rate in tenths of a percent, rounded half up on the exact fraction
 * (1/16 is 63, as `redledger-cli rates` and an official by hand write it);
 * -1 when there is no denominator. */
/* "66.7%"; "—" when there is no denominator. */
/* A target (0 to 1) as a percentage with no more decimals than it has:
 * "90%", "87.5%". */
char     *rl_format_target    (double         target);
/* The same number without the sign, for an entry: "90", "87.5". */
char     *rl_format_percent_number (double    target);
/* A count with the locale's thousands separators: "20,000". */
char     *rl_format_count     (gint64         n);
/* A percentage as typed: "90", "90%", "87.5", full-width "９０％"; FALSE
 * unless it is a number from 0 to 100. */
gboolean  rl_parse_percent    (const char    *text,
                               double        *fraction);

G_END_DECLS
