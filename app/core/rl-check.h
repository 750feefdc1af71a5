/* rl-check.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rl-problem.h"
#include "rl-row.h"

G_BEGIN_DECLS

/* The one set of record checks: the package importer, the edit forms and the
 * CSV importer all build a JsonObject and call this. References to other
 * records are checked by the store, which knows what exists. */
gboolean rl_check_record (const RlCollection *collection,
                          JsonObject         *record,
                          gint64              index,
                          RlRow              *row,
                          GPtrArray          *problems);

G_END_DECLS
