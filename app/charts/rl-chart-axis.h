/* rl-chart-axis.h: the value axis, with ticks at round numbers
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart-text.h"

G_BEGIN_DECLS

typedef struct
{
  double   max;      /* the value at the top of the plot */
  double   step;     /* between ticks */
  guint    n_steps;  /* max / step */
  gboolean percent;  /* values are fractions, ticks read 0%…100% */
} RlChartAxis;

void    rl_chart_axis_init_percent (RlChartAxis       *axis);
void    rl_chart_axis_init_count   (RlChartAxis       *axis,
                                    double             max_value,
                                    guint              max_steps);
double  rl_chart_axis_nice_step    (double             rough);
char   *rl_chart_axis_tick_text    (const RlChartAxis *axis,
                                    guint              tick);
double  rl_chart_axis_label_width  (const RlChartAxis *axis,
                                    RlChartText       *text);
double  rl_chart_axis_y            (const RlChartAxis *axis,
                                    const RlChartRect *plot,
                                    double             value);
void    rl_chart_axis_draw         (const RlChartAxis *axis,
                                    cairo_t           *cr,
                                    RlChartText       *text,
                                    const RlChartRect *plot);

G_END_DECLS
