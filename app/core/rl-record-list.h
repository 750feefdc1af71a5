/* rl-record-list.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-store-query.h"

G_BEGIN_DECLS

/* A lazy GListModel of one collection's records: one ordered query for the
 * row ids when the search, scope, filter or sort changes, then rows loaded
 * a page at a time as the view asks for them. Sorting and filtering run in
 * SQL; a GtkSortListModel over it would load every row. */
#define RL_TYPE_RECORD_LIST (rl_record_list_get_type ())
G_DECLARE_FINAL_TYPE (RlRecordList, rl_record_list, RL, RECORD_LIST, GObject)

RlRecordList   *rl_record_list_new              (RlStore        *store,
                                                 RlCollectionId  collection);
RlStore        *rl_record_list_get_store        (RlRecordList   *self);
RlCollectionId  rl_record_list_get_collection   (RlRecordList   *self);
void            rl_record_list_set_search       (RlRecordList   *self,
                                                 const char     *search);
void            rl_record_list_set_scope        (RlRecordList   *self,
                                                 const char     *street_id,
                                                 const char     *community_id);
void            rl_record_list_set_filter       (RlRecordList   *self,
                                                 RlListFilter    filter);
void            rl_record_list_set_sort         (RlRecordList   *self,
                                                 const char     *member,
                                                 gboolean        descending);
void            rl_record_list_refresh          (RlRecordList   *self);
guint           rl_record_list_get_total        (RlRecordList   *self);
int             rl_record_list_find             (RlRecordList   *self,
                                                 const char     *id);
const GError   *rl_record_list_get_error        (RlRecordList   *self);

char           *rl_today_in_china               (void);

G_END_DECLS
