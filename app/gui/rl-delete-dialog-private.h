/* rl-delete-dialog-private.h: for tests
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-dialogs.h"

G_BEGIN_DECLS

/* The question, not yet presented: a GtkMessageDialog whose
 * GTK_RESPONSE_ACCEPT deletes. A refusal keeps it open, its
 * "secondary-text" the reason. */
GtkWidget *_rl_delete_dialog_new (GtkWindow      *parent,
                                  RlStore        *store,
                                  RlCollectionId  collection,
                                  const char     *id,
                                  RlChangedFunc   done,
                                  gpointer        user_data);

G_END_DECLS
