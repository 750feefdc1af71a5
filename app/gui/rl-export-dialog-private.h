/* rl-export-dialog-private.h: for tests
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-dialogs.h"

G_BEGIN_DECLS

#define RL_TYPE_EXPORT_DIALOG (rl_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RlExportDialog, rl_export_dialog, RL, EXPORT_DIALOG, GtkWindow)

RlExportDialog *_rl_export_dialog_new        (GtkWindow      *parent,
                                              RlStore        *store);
/* The scope drop-down's choices: 0 is the whole ledger, then the streets. */
GtkDropDown    *_rl_export_dialog_get_scope  (RlExportDialog *self);
/* Exports the chosen scope to @file, as choosing it does. */
void            _rl_export_dialog_export_to  (RlExportDialog *self,
                                              GFile          *file);
/* Iterates the default main context until the export ends, or
 * @timeout_ms passed (then returns FALSE). */
gboolean        _rl_export_dialog_wait       (RlExportDialog *self,
                                              guint           timeout_ms);
const char     *_rl_export_dialog_get_result (RlExportDialog *self);

G_END_DECLS
