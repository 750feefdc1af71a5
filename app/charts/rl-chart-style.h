/* rl-chart-style.h: how the charts look: palette, markers, fonts, spacing
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every size is in logical units (CSS pixels): the caller scales the
 * cairo_t for HiDPI screens and for crisp PNG files.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} RlChartColor;

/* The series styles: one per rate, in RlRate order, so a rate keeps its
 * colour and marker on every chart; then the three ways a compound is
 * managed. */
typedef enum
{
  RL_CHART_STYLE_COMMITTEE_FORMATION,
  RL_CHART_STYLE_SERVICE_COVERAGE,
  RL_CHART_STYLE_PARTY_ORG_COVERAGE,
  RL_CHART_STYLE_PARTY_WORK_COVERAGE,
  RL_CHART_STYLE_RED_PROPERTY_COVERAGE,
  RL_CHART_STYLE_FIRM_SERVED,
  RL_CHART_STYLE_SELF_MANAGED,
  RL_CHART_STYLE_UNSERVED,
  RL_CHART_N_STYLES
} RlChartStyle;

/* The colours that are not a series'. */
typedef enum
{
  RL_CHART_INK_BACKGROUND,
  RL_CHART_INK_TITLE,
  RL_CHART_INK_TEXT,
  RL_CHART_INK_MUTED,
  RL_CHART_INK_GRID,
  RL_CHART_INK_AXIS,
  RL_CHART_INK_TARGET,
  RL_CHART_INK_HIGHLIGHT,
  RL_CHART_N_INKS
} RlChartInk;

typedef enum
{
  RL_CHART_MARKER_CIRCLE,
  RL_CHART_MARKER_SQUARE,
  RL_CHART_MARKER_TRIANGLE,
  RL_CHART_MARKER_DIAMOND,
  RL_CHART_MARKER_TRIANGLE_DOWN,
} RlChartMarker;

typedef enum
{
  RL_CHART_FONT_TITLE,   /* the chart's title */
  RL_CHART_FONT_TEXT,    /* legend, category labels, the empty state */
  RL_CHART_FONT_BOLD,    /* the legend's heading */
  RL_CHART_FONT_SMALL,   /* tick labels, values on bars */
  RL_CHART_N_FONTS
} RlChartFont;

/* Han characters in their Simplified Chinese forms whatever the locale;
 * the first family installed wins. */
#define RL_CHART_FONT_FAMILY \
  "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif"

#define RL_CHART_MARGIN        16.0  /* around everything */
#define RL_CHART_GAP            8.0  /* between the title, the legend and the plot */
#define RL_CHART_TICK_GAP       6.0  /* between tick labels and the plot */
#define RL_CHART_HEADROOM      18.0  /* above the top gridline, for values on full bars */
#define RL_CHART_MARKER_SIZE    4.5  /* a point marker's radius */
#define RL_CHART_LINE_WIDTH     2.5  /* a rate's line */
#define RL_CHART_TARGET_WIDTH   2.0  /* a target's line */
#define RL_CHART_MIN_PLOT      40.0  /* the smallest plot height worth drawing */

const RlChartColor *rl_chart_style_color        (RlChartStyle        style);
RlChartMarker       rl_chart_style_marker       (RlChartStyle        style);
const RlChartColor *rl_chart_style_ink          (RlChartInk          ink);
double              rl_chart_style_font_size    (RlChartFont         font);
gboolean            rl_chart_style_font_bold    (RlChartFont         font);

void                rl_chart_style_set_color    (cairo_t            *cr,
                                                 const RlChartColor *color);
void                rl_chart_style_set_ink      (cairo_t            *cr,
                                                 RlChartInk          ink);
void                rl_chart_style_set_target_dash (cairo_t         *cr);
void                rl_chart_style_draw_marker  (cairo_t            *cr,
                                                 RlChartStyle        style,
                                                 double              x,
                                                 double              y,
                                                 double              radius);

G_END_DECLS
