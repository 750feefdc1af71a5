/* rl-time.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   rl_date_parse            (const char *text,
                                     GDate      *date);
char      *rl_timestamp_canonical   (const char *text);
gboolean   rl_timestamp_to_unix     (const char *text,
                                     gint64     *unix_time);
GDateTime *rl_timestamp_parse       (const char *text);
gboolean   rl_quarter_parse         (const char *text,
                                     int        *year,
                                     int        *quarter);

G_END_DECLS
