/* rl-gap-list-view.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-rates.h"

G_BEGIN_DECLS

/* One list that goes with the rates, with its count; a row leads to its
 * record ("record-activated"), and the list saves as a workbook. */
#define RL_TYPE_GAP_LIST_VIEW (rl_gap_list_view_get_type ())
G_DECLARE_FINAL_TYPE (RlGapListView, rl_gap_list_view, RL, GAP_LIST_VIEW, GtkWidget)

RlGapListView *rl_gap_list_view_new      (RlGap          gap);
RlGap          rl_gap_list_view_get_gap  (RlGapListView *self);
void           rl_gap_list_view_set_rows (RlGapListView *self,
                                          const char    *date,
                                          const char    *scope_name,
                                          GPtrArray     *rows);
GListModel    *rl_gap_list_view_get_items (RlGapListView *self);
void           rl_gap_list_view_activate_row (RlGapListView *self,
                                              guint          position);
gboolean       rl_gap_list_view_save     (RlGapListView *self,
                                          const char    *path,
                                          GError       **error);

G_END_DECLS
