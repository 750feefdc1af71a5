/* rl-chart-view.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-chart.h"

G_BEGIN_DECLS

/* How the view reaches one kind of chart of app/charts: its pure functions,
 * and two of the caller's for hover and tooltips. */
typedef struct
{
  RlChartDrawFunc     draw;
  RlChartLayout    *(*layout)    (double               width,
                                  double               height,
                                  gconstpointer        data);
  const RlChartHit *(*hit)       (const RlChartLayout *layout,
                                  double               x,
                                  double               y);
  /* Tells the data which category the pointer is over (-1: none). */
  void              (*set_hover) (gpointer             data,
                                  int                  category);
  /* The tooltip of a hit: its exact figures; NULL for none. */
  char             *(*describe)  (gconstpointer        data,
                                  const RlChartHit    *hit);
} RlChartKind;

/* Any chart of app/charts on screen: hover shows the exact figure, a click
 * "category-activated", and the chart saves as PNG, PDF or SVG. */
#define RL_TYPE_CHART_VIEW (rl_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (RlChartView, rl_chart_view, RL, CHART_VIEW, GtkWidget)

RlChartView *rl_chart_view_new             (void);
void         rl_chart_view_set_chart       (RlChartView       *self,
                                            const RlChartKind *kind,
                                            gpointer           data,
                                            GDestroyNotify     free_data);
gpointer     rl_chart_view_get_data        (RlChartView       *self);
void         rl_chart_view_set_title       (RlChartView       *self,
                                            const char        *title);
gboolean     rl_chart_view_export          (RlChartView       *self,
                                            const char        *path,
                                            GError           **error);
char        *rl_chart_view_describe_at     (RlChartView       *self,
                                            double             x,
                                            double             y);
gboolean     rl_chart_view_activate_at     (RlChartView       *self,
                                            double             x,
                                            double             y);
const RlChartLayout *rl_chart_view_get_layout (RlChartView    *self);

G_END_DECLS
