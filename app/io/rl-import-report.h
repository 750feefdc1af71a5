/* rl-import-report.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-collection.h"
#include "rl-problem.h"

G_BEGIN_DECLS

/* What an import did, or on a dry run would do, per collection. */
typedef struct
{
  guint64    added[RL_N_COLLECTIONS];
  guint64    updated[RL_N_COLLECTIONS];
  guint64    unchanged[RL_N_COLLECTIONS];
  GPtrArray *problems;      /* RlProblem: errors and warnings, in the order found */
  gboolean   dry_run;
  gboolean   written;       /* committed to the ledger */
} RlImportReport;

RlImportReport *rl_import_report_new    (void);
void            rl_import_report_free   (RlImportReport *report);
guint           rl_import_report_errors (RlImportReport *report);
char           *rl_import_report_format (RlImportReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlImportReport, rl_import_report_free)

G_END_DECLS
