/* rl-importer.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-import-report.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Called now and then from the importing thread. */
typedef void (*RlImportProgressFunc) (guint64  records,
                                      guint64  bytes_done,
                                      guint64  bytes_total,
                                      gpointer user_data);

/* Checks and imports a package in one transaction. Returns the report; it
 * lists every problem, and the ledger is written only when there are no
 * errors and this is not a dry run (report->written). NULL with @error set
 * when the file cannot be read, the ledger fails, or @cancellable fires:
 * the ledger is then unchanged too. */
RlImportReport *rl_import_package      (RlStore              *store,
                                        const char           *path,
                                        gboolean              dry_run,
                                        GCancellable         *cancellable,
                                        RlImportProgressFunc  progress,
                                        gpointer              progress_data,
                                        GError              **error);

G_END_DECLS
