/* rl-overview-page.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-chart-view.h"
#include "rl-gap-list-view.h"
#include "rl-overview-figures.h"
#include "rl-rate-card.h"

G_BEGIN_DECLS

/* The window's first page: where the scope stands against this year's
 * targets on a day, the charts, and who is the gap. Gap rows lead to their
 * records ("record-activated"); a bar asks for a narrower scope
 * ("scope-activated"). */
#define RL_TYPE_OVERVIEW_PAGE (rl_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (RlOverviewPage, rl_overview_page, RL, OVERVIEW_PAGE, GtkWidget)

void                     rl_overview_page_set_store    (RlOverviewPage *self,
                                                        RlStore        *store);
void                     rl_overview_page_set_scope    (RlOverviewPage *self,
                                                        const char     *street_id,
                                                        const char     *community_id);
gboolean                 rl_overview_page_set_date     (RlOverviewPage *self,
                                                        const char     *date);
const char              *rl_overview_page_get_date     (RlOverviewPage *self);
void                     rl_overview_page_refresh      (RlOverviewPage *self);
gboolean                 rl_overview_page_get_busy     (RlOverviewPage *self);
const RlOverviewFigures *rl_overview_page_get_figures  (RlOverviewPage *self);
RlRateCard              *rl_overview_page_get_card     (RlOverviewPage *self,
                                                        RlRate          rate);
void                     rl_overview_page_scroll_to    (RlOverviewPage *self,
                                                        guint           section);
RlChartView             *rl_overview_page_get_chart    (RlOverviewPage *self,
                                                        guint           chart);
RlGapListView           *rl_overview_page_get_gap_list (RlOverviewPage *self,
                                                        RlGap           gap);

G_END_DECLS
