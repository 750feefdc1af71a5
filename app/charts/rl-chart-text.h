/* rl-chart-text.h: the charts' text, measured and drawn with Pango
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rl-chart.h"
#include "rl-chart-style.h"

G_BEGIN_DECLS

typedef struct _RlChartText RlChartText;

RlChartText *rl_chart_text_new     (cairo_t            *cr);
void         rl_chart_text_free    (RlChartText        *text);
PangoLayout *rl_chart_text_layout  (RlChartText        *text,
                                    RlChartFont         font,
                                    const char         *str);
double       rl_chart_text_width   (RlChartText        *text,
                                    RlChartFont         font,
                                    const char         *str);
double       rl_chart_text_line_height (RlChartText    *text,
                                    RlChartFont         font);
void         rl_chart_text_extents (PangoLayout        *layout,
                                    RlChartRect        *extents);
void         rl_chart_text_draw    (cairo_t            *cr,
                                    PangoLayout        *layout,
                                    double              x,
                                    double              y,
                                    const RlChartColor *color);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlChartText, rl_chart_text_free)

G_END_DECLS
