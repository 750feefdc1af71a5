/* rl-store-query.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-record.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* The filters that matter to the people keeping the ledger (issue 4). */
typedef enum
{
  RL_LIST_FILTER_NONE,
  RL_LIST_FILTER_NO_COMMITTEE,   /* compounds with no active committee */
  RL_LIST_FILTER_NO_SERVICE,     /* compounds with no active service, not self-managed */
  RL_LIST_FILTER_NOT_RED,        /* compounds where red-property work has not begun */
  RL_LIST_FILTER_TERM_OVERDUE,   /* active committees past their term (换届 overdue) */
  RL_LIST_FILTER_MUST_BUILD,     /* firms with 3+ Party members and no organization */
} RlListFilter;

/* Which records a list shows, and in what order. */
typedef struct
{
  RlCollectionId  collection;
  const char     *search;        /* part of a name, address, code…; NULL for all */
  const char     *street_id;     /* scope; NULL for the whole ledger */
  const char     *community_id;
  RlListFilter    filter;
  const char     *sort_member;   /* a member of the collection; NULL: as added */
  gboolean        descending;
  const char     *today;         /* YYYY-MM-DD the filters judge by */
} RlListQuery;

GArray    *rl_store_list_ids      (RlStore            *store,
                                   const RlListQuery  *query,
                                   GError            **error);
GPtrArray *rl_store_load_records  (RlStore            *store,
                                   RlCollectionId      collection,
                                   const gint64       *rowids,
                                   guint               n_rowids,
                                   GError            **error);
RlRecord  *rl_store_get_record    (RlStore            *store,
                                   RlCollectionId      collection,
                                   const char         *id,
                                   GError            **error);
gboolean   rl_list_filter_applies (RlListFilter        filter,
                                   RlCollectionId      collection);
const char *rl_list_extra_title   (RlCollectionId      collection,
                                   guint               index);

G_END_DECLS
