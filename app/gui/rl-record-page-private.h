/* rl-record-page-private.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-record-page.h"

G_BEGIN_DECLS

/* Told which member the column view's primary sort column stands for. */
typedef void (*RlSortProbe) (const char *member,
                             gpointer    user_data);

/* Adds the columns of @collection, from a small table per collection; each
 * sortable column gets a sorter that only calls @probe (see
 * rl-record-page.c for why). */
void _rl_record_page_add_columns (GtkColumnView  *view,
                                  RlCollectionId  collection,
                                  RlSortProbe     probe,
                                  gpointer        user_data);

G_END_DECLS
