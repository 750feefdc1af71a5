/* rl-row-writer.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-import-report.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Writes checked rows into the store on a thread of its own, so that
 * parsing and checking the next records overlaps with SQLite's work. Rows
 * travel in batches from a fixed pool: a fast parser waits, it never fills
 * memory. The store must not be used by anyone else until finish. */
typedef struct _RlRowWriter RlRowWriter;

RlRowWriter *rl_row_writer_new    (RlStore        *store,
                                   gint64          change_set,
                                   RlImportReport *report);
void         rl_row_writer_push   (RlRowWriter    *self,
                                   RlRow          *row,
                                   gint64          index,
                                   guint           line);
gboolean     rl_row_writer_finish (RlRowWriter    *self,
                                   gboolean       *touched,
                                   GError        **error);

G_END_DECLS
