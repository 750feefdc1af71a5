/* rl-overview-charts.h: the Overview's three charts as an RlChartView
 * shows them: hover and tooltips
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart-view.h"

G_BEGIN_DECLS

/* RlRatesBarChartData, RlTrendChartData and RlManagementChartData. */
extern const RlChartKind rl_overview_rates_chart;
extern const RlChartKind rl_overview_trend_chart;
extern const RlChartKind rl_overview_management_chart;

G_END_DECLS
