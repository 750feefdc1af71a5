/* rl-chart-labels.h: category labels under a plot that never overlap
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart-text.h"

G_BEGIN_DECLS

typedef enum
{
  RL_CHART_LABELS_HORIZONTAL,  /* one line (or the label's own lines) each */
  RL_CHART_LABELS_WRAPPED,     /* wrapped to the category's width, at any character */
  RL_CHART_LABELS_ROTATED,     /* at 45°, ending under the category; every step-th one */
} RlChartLabelsMode;

typedef struct _RlChartLabels RlChartLabels;

RlChartLabels     *rl_chart_labels_new        (RlChartText        *text,
                                               const char * const *names,
                                               guint               n_names,
                                               double              first_center,
                                               double              slot_width,
                                               double              left_limit,
                                               double              max_height);
void               rl_chart_labels_free       (RlChartLabels      *labels);
RlChartLabelsMode  rl_chart_labels_get_mode   (const RlChartLabels *labels);
guint              rl_chart_labels_get_step   (const RlChartLabels *labels);
double             rl_chart_labels_get_height (const RlChartLabels *labels);
void               rl_chart_labels_set_top    (RlChartLabels      *labels,
                                               double              top);
void               rl_chart_labels_add_hits   (const RlChartLabels *labels,
                                               RlChartLayout      *layout);
void               rl_chart_labels_draw       (const RlChartLabels *labels,
                                               cairo_t            *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlChartLabels, rl_chart_labels_free)

G_END_DECLS
