/* rl-chart-data.h: the charts' data, filled from the rates the core
 * computed
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-management-chart.h"
#include "rl-rates-bar-chart.h"
#include "rl-rates.h"
#include "rl-trend-chart.h"

G_BEGIN_DECLS

/* Quarters in the trend chart. */
#define RL_CHART_TREND_QUARTERS 8

RlScope                rl_chart_data_default_scope (const RlRates   *rates);
char                  *rl_chart_data_quarter_label (int              year,
                                                    int              quarter);
char                  *rl_chart_data_quarter_end   (int              year,
                                                    int              quarter);
char                 **rl_chart_data_quarter_ends  (const char      *date,
                                                    guint            n_quarters);
gboolean               rl_chart_data_get_targets   (RlStore         *store,
                                                    int              year,
                                                    double           targets[RL_N_RATES],
                                                    GError         **error);

RlRatesBarChartData   *rl_chart_data_rates         (const RlRates   *rates,
                                                    RlScope          by,
                                                    RlScope          scope,
                                                    const char      *scope_id,
                                                    const RlRate    *shown,
                                                    guint            n_shown,
                                                    const double     targets[RL_N_RATES]);
RlTrendChartData      *rl_chart_data_trend         (RlRates * const *rates,
                                                    const double   (*targets)[RL_N_RATES],
                                                    guint            n_quarters,
                                                    RlScope          scope,
                                                    const char      *scope_id,
                                                    const RlRate    *shown,
                                                    guint            n_shown);
RlManagementChartData *rl_chart_data_management    (const RlRates   *rates,
                                                    RlScope          by,
                                                    RlScope          scope,
                                                    const char      *scope_id);

G_END_DECLS
