/* rl-exporter.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-store.h"

G_BEGIN_DECLS

/* Writes the whole ledger, or one street's share of it (@street_id), as an
 * exchange package at @path. The file appears whole or not at all. */
gboolean rl_export_package (RlStore       *store,
                            const char    *path,
                            const char    *street_id,
                            const char    *source,
                            GCancellable  *cancellable,
                            guint64       *n_records,
                            GError       **error);

G_END_DECLS
