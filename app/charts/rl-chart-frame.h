/* rl-chart-frame.h: a chart's background, title and empty state
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart-text.h"

G_BEGIN_DECLS

typedef struct _RlChartFrame RlChartFrame;

RlChartFrame *rl_chart_frame_new        (RlChartText        *text,
                                         double              width,
                                         double              height,
                                         const char         *title);
void          rl_chart_frame_free       (RlChartFrame       *frame);
void          rl_chart_frame_get_body   (const RlChartFrame *frame,
                                         RlChartRect        *body);
void          rl_chart_frame_draw       (const RlChartFrame *frame,
                                         cairo_t            *cr);
void          rl_chart_frame_draw_empty (const RlChartFrame *frame,
                                         cairo_t            *cr,
                                         RlChartText        *text,
                                         const char         *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlChartFrame, rl_chart_frame_free)

G_END_DECLS
