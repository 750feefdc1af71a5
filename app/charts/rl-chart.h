/* rl-chart.h: what every chart shares: values, series, hit rectangles
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart is three pure functions of a plain data struct the caller fills:
 * _draw() paints it on any cairo_t (a widget, PNG, PDF, SVG), _layout()
 * returns where its bars, points and labels are, and _hit() finds what is
 * under the pointer. None of them reads the ledger or keeps state.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* One series per rate at most. */
#define RL_CHART_MAX_SERIES 5

/* What a hit that is not a bar, a point or a segment stands for. */
enum
{
  RL_CHART_HIT_LABEL = -1,     /* a category's label under the plot */
  RL_CHART_HIT_CATEGORY = -2,  /* anywhere in a category's column of the plot */
};

typedef void (*RlChartDrawFunc) (cairo_t       *cr,
                                 double         width,
                                 double         height,
                                 gconstpointer  data);

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RlChartRect;

/* A rectangle of width × height whose top-left corner is (x, y), turned by
 * angle radians about that corner (labels drawn at 45°; 0 for the rest). */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
  double angle;
  int    category;  /* the group, quarter or community: its index in the data */
  int    series;    /* the series or segment, or RL_CHART_HIT_LABEL or _CATEGORY */
} RlChartHit;

typedef struct
{
  RlChartRect  plot;  /* the area inside the axes; all zero for the empty state */
  GArray      *hits;  /* of RlChartHit: bars and points, then labels, then columns */
} RlChartLayout;

/* One rate of one category, formatted by whoever filled the data. */
typedef struct
{
  double  value;   /* 0 to 1; NAN when the rate has no denominator */
  char   *text;    /* "75.0%", or "—" */
  char   *detail;  /* for the legend on hover: "75.0% (9/12)", or "—" */
} RlChartValue;

typedef struct
{
  char   *label;   /* the rate's name, for the legend */
  guint   style;   /* an RlChartStyle: the rate, so it keeps its colour */
  double  target;  /* 0 to 1, NAN for none (the bar chart's; the trend has its own) */
} RlChartSeries;

RlChartLayout    *rl_chart_layout_new     (void);
void              rl_chart_layout_free    (RlChartLayout      *layout);
void              rl_chart_layout_add_hit (RlChartLayout      *layout,
                                           double              x,
                                           double              y,
                                           double              width,
                                           double              height,
                                           int                 category,
                                           int                 series);
const RlChartHit *rl_chart_layout_hit     (const RlChartLayout *layout,
                                           double              x,
                                           double              y);

gboolean          rl_chart_hit_contains   (const RlChartHit   *hit,
                                           double              x,
                                           double              y);
gboolean          rl_chart_hits_overlap   (const RlChartHit   *a,
                                           const RlChartHit   *b);

void              rl_chart_value_set      (RlChartValue       *value,
                                           double              number,
                                           const char         *text,
                                           const char         *detail);
void              rl_chart_value_clear    (RlChartValue       *value);
void              rl_chart_series_set     (RlChartSeries      *series,
                                           const char         *label,
                                           guint               style,
                                           double              target);
void              rl_chart_series_clear   (RlChartSeries      *series);
char             *rl_chart_target_text    (double              target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlChartLayout, rl_chart_layout_free)

G_END_DECLS
