/* rl-demo.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-store.h"

G_BEGIN_DECLS

typedef enum
{
  RL_DEMO_STREET,    /* one street: a few communities, ~60 compounds */
  RL_DEMO_DISTRICT,  /* ~12 streets, ~1,500 compounds */
  RL_DEMO_CITY,      /* ~20,000 compounds, 1,000,000 work orders, 500,000 answers */
} RlDemoSize;

gboolean rl_demo_parse_size (const char  *text,
                             RlDemoSize  *size);
gboolean rl_demo_generate   (RlStore      *store,
                             RlDemoSize    size,
                             guint32       seed,
                             GCancellable *cancellable,
                             guint64      *n_records,
                             GError      **error);

G_END_DECLS
