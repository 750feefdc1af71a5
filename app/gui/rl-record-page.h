/* rl-record-page.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-record-list.h"

G_BEGIN_DECLS

/* One page of the window: the records of one collection in a column view
 * over an RlRecordList, with its filter, count and the buttons that edit. */
#define RL_TYPE_RECORD_PAGE (rl_record_page_get_type ())
G_DECLARE_FINAL_TYPE (RlRecordPage, rl_record_page, RL, RECORD_PAGE, GtkWidget)

RlCollectionId  rl_record_page_get_collection (RlRecordPage *self);
RlRecordList   *rl_record_page_get_list       (RlRecordPage *self);
void            rl_record_page_set_store      (RlRecordPage *self,
                                               RlStore      *store);
void            rl_record_page_set_search     (RlRecordPage *self,
                                               const char   *search);
void            rl_record_page_set_scope      (RlRecordPage *self,
                                               const char   *street_id,
                                               const char   *community_id);
void            rl_record_page_set_filter     (RlRecordPage *self,
                                               RlListFilter  filter);
void            rl_record_page_refresh        (RlRecordPage *self);
RlRecord       *rl_record_page_get_selected   (RlRecordPage *self);
gboolean        rl_record_page_select         (RlRecordPage *self,
                                               const char   *id);

G_END_DECLS
