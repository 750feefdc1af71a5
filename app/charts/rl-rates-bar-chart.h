/* rl-rates-bar-chart.h: chart 1, the rates of each street or community as
 * grouped bars against their year-end targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char         *name;                         /* in full: labels may be shortened */
  char         *id;                           /* the street's or community's, for the caller */
  RlChartValue  values[RL_CHART_MAX_SERIES];  /* one per series */
} RlRatesBarGroup;

typedef struct
{
  char          *title;
  guint          n_series;
  RlChartSeries  series[RL_CHART_MAX_SERIES];  /* the rates shown, with their targets */
  GPtrArray     *groups;                       /* of RlRatesBarGroup, in order */
  int            hover;                        /* the group under the pointer, or -1 */
} RlRatesBarChartData;

RlRatesBarChartData *rl_rates_bar_chart_data_new       (void);
void                 rl_rates_bar_chart_data_free      (RlRatesBarChartData       *data);
RlRatesBarGroup     *rl_rates_bar_chart_data_add_group (RlRatesBarChartData       *data,
                                                        const char                *name,
                                                        const char                *id);

void                 rl_rates_bar_chart_draw           (cairo_t                   *cr,
                                                        double                     width,
                                                        double                     height,
                                                        const RlRatesBarChartData *data);
RlChartLayout       *rl_rates_bar_chart_layout         (double                     width,
                                                        double                     height,
                                                        const RlRatesBarChartData *data);
const RlChartHit    *rl_rates_bar_chart_hit            (const RlChartLayout       *layout,
                                                        double                     x,
                                                        double                     y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlRatesBarChartData, rl_rates_bar_chart_data_free)

G_END_DECLS
