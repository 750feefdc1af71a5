/* rl-trend-chart.h: chart 2, the rates at each quarter end as lines, with
 * their targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char         *label;                         /* the quarter: "Q3\n2026" */
  char         *date;                          /* its last day, for the caller */
  RlChartValue  values[RL_CHART_MAX_SERIES];   /* one per series */
  double        targets[RL_CHART_MAX_SERIES];  /* that year's target, NAN for none */
} RlTrendPoint;

typedef struct
{
  char          *title;
  guint          n_series;
  RlChartSeries  series[RL_CHART_MAX_SERIES];  /* the rates shown; targets are per point */
  GPtrArray     *points;                       /* of RlTrendPoint, oldest first */
  int            hover;                        /* the point under the pointer, or -1 */
} RlTrendChartData;

RlTrendChartData *rl_trend_chart_data_new       (void);
void              rl_trend_chart_data_free      (RlTrendChartData       *data);
RlTrendPoint     *rl_trend_chart_data_add_point (RlTrendChartData       *data,
                                                 const char             *label,
                                                 const char             *date);

void              rl_trend_chart_draw           (cairo_t                *cr,
                                                 double                  width,
                                                 double                  height,
                                                 const RlTrendChartData *data);
RlChartLayout    *rl_trend_chart_layout         (double                  width,
                                                 double                  height,
                                                 const RlTrendChartData *data);
const RlChartHit *rl_trend_chart_hit            (const RlChartLayout    *layout,
                                                 double                  x,
                                                 double                  y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlTrendChartData, rl_trend_chart_data_free)

G_END_DECLS
