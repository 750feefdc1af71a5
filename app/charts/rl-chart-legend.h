/* rl-chart-legend.h: a chart's legend, with values for the hovered category
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart-text.h"

G_BEGIN_DECLS

/* A key and the gap after it, before an item's label. */
#define RL_CHART_LEGEND_KEY_ROOM 28.0

typedef enum
{
  RL_CHART_KEY_NONE,           /* text only */
  RL_CHART_KEY_BOX,            /* a filled square, for bars */
  RL_CHART_KEY_MARKER,         /* a line through a marker, for a rate's line */
  RL_CHART_KEY_TARGET,         /* a short dark bar, for a target across bars */
  RL_CHART_KEY_TARGET_DASHED,  /* a dashed dark line, for a target line */
} RlChartKey;

typedef struct
{
  RlChartKey  key;
  guint       style;    /* an RlChartStyle, for the box and the marker */
  const char *label;
  const char *value;    /* after the label, in bold; NULL for none */
  gboolean    heading;  /* the first cell: shortened to fit rather than measured (bold
                         * when it has no key) */
} RlChartLegendItem;

typedef struct _RlChartLegend RlChartLegend;

RlChartLegend *rl_chart_legend_new        (RlChartText             *text,
                                           const RlChartLegendItem *items,
                                           guint                    n_items,
                                           double                   value_width,
                                           double                   heading_width,
                                           double                   x,
                                           double                   y,
                                           double                   width);
void           rl_chart_legend_free       (RlChartLegend           *legend);
double         rl_chart_legend_get_height (const RlChartLegend     *legend);
void           rl_chart_legend_draw       (const RlChartLegend     *legend,
                                           cairo_t                 *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlChartLegend, rl_chart_legend_free)

G_END_DECLS
