/* rl-import-dialog-private.h: for tests
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-dialogs.h"
#include "rl-import-report.h"

G_BEGIN_DECLS

#define RL_TYPE_IMPORT_DIALOG (rl_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RlImportDialog, rl_import_dialog, RL, IMPORT_DIALOG, GtkWindow)

/* The dialog without a file chooser and not yet presented. */
RlImportDialog *_rl_import_dialog_new          (GtkWindow      *parent,
                                                RlStore        *store,
                                                RlChangedFunc   done,
                                                gpointer        user_data);
/* Starts the dry run of @file, as choosing it does. */
void            _rl_import_dialog_check_file   (RlImportDialog *self,
                                                GFile          *file);
/* Iterates the default main context until no run is under way, or
 * @timeout_ms passed (then returns FALSE). */
gboolean        _rl_import_dialog_wait         (RlImportDialog *self,
                                                guint           timeout_ms);
gboolean        _rl_import_dialog_is_busy      (RlImportDialog *self);
gboolean        _rl_import_dialog_can_import   (RlImportDialog *self);
/* The last report, from the dry run or the import; NULL before one. */
RlImportReport *_rl_import_dialog_get_report   (RlImportDialog *self);
char           *_rl_import_dialog_dup_report_text (RlImportDialog *self);
const char     *_rl_import_dialog_get_status   (RlImportDialog *self);
/* Makes the next run cancel itself from its first progress report, from
 * the importing thread: a cancel that always comes before the commit. */
void            _rl_import_dialog_cancel_on_progress (RlImportDialog *self);

G_END_DECLS
