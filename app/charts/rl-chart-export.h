/* rl-chart-export.h: a chart saved as PNG, PDF or SVG
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-chart.h"

G_BEGIN_DECLS

#define RL_CHART_ERROR (rl_chart_error_quark ())

typedef enum
{
  RL_CHART_ERROR_FORMAT,  /* the file name ends in no format we write */
  RL_CHART_ERROR_DRAW,    /* cairo could not draw or encode the chart */
} RlChartError;

typedef enum
{
  RL_CHART_FORMAT_PNG,
  RL_CHART_FORMAT_PDF,
  RL_CHART_FORMAT_SVG,
} RlChartFormat;

/* PNG files are drawn at twice the size asked for, for sharp print. */
#define RL_CHART_PNG_SCALE 2

GQuark   rl_chart_error_quark       (void);

gboolean rl_chart_format_from_path  (const char       *path,
                                     RlChartFormat    *format,
                                     GError          **error);
gboolean rl_chart_export            (const char       *path,
                                     double            width,
                                     double            height,
                                     RlChartDrawFunc   draw,
                                     gconstpointer     data,
                                     GError          **error);

G_END_DECLS
