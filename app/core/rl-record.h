/* rl-record.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rl-row.h"

G_BEGIN_DECLS

#define RL_RECORD_MAX_EXTRAS 3

/* One record as lists and forms show it: its row, plus a few names from
 * related records (a compound's community and street) for display. */
#define RL_TYPE_RECORD (rl_record_get_type ())
G_DECLARE_FINAL_TYPE (RlRecord, rl_record, RL, RECORD, GObject)

RlRecord           *rl_record_new          (const RlRow  *row,
                                            const char  **extras);
const RlCollection *rl_record_get_collection (RlRecord   *self);
const RlRow        *rl_record_get_row      (RlRecord     *self);
const char         *rl_record_get_id       (RlRecord     *self);
const char         *rl_record_get_extra    (RlRecord     *self,
                                            guint         index);
char               *rl_record_dup_display  (RlRecord     *self,
                                            const char   *member);

char               *rl_value_display       (const RlMember *member,
                                            const RlValue  *value);

G_END_DECLS
