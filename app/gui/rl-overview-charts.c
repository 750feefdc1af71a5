/* rl-overview-charts.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tooltip gives the exact figures of what the pointer is over: a bar or a
 * point alone, or all of a category when over its label or its column.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rl-format.h"
#include "rl-management-chart.h"
#include "rl-overview-charts.h"
#include "rl-rates-bar-chart.h"
#include "rl-trend-chart.h"

/* "Committee formation rate: 75.0% (3/4), target 100%" */
static void
append_value (GString             *text,
              const RlChartSeries *series,
              const RlChartValue  *value,
              double               target)
{
  const char *figure = value->detail ? value->detail : "—";

  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (!isnan (target))
    {
      g_autofree char *percent = rl_format_target (target);

      /* Translators: a chart's tooltip line: a rate, its figure "75.0% (3/4)"
       * and the year-end target */
      g_string_append_printf (text, _("%1$s: %2$s, target %3$s"), series->label, figure,
                              percent);
    }
  else
    {
      /* Translators: a chart's tooltip line: a rate and its figure */
      g_string_append_printf (text, _("%1$s: %2$s"), series->label, figure);
    }
}

static void
rates_set_hover (gpointer data,
                 int      category)
{
  ((RlRatesBarChartData *) data)->hover = category;
}

static char *
rates_describe (gconstpointer     data,
                const RlChartHit *hit)
{
  const RlRatesBarChartData *chart = data;
  const RlRatesBarGroup *group;
  g_autoptr(GString) text = g_string_new (NULL);

  if (hit->category < 0 || (guint) hit->category >= chart->groups->len)
    return NULL;
  group = g_ptr_array_index (chart->groups, hit->category);
  for (guint j = 0; j < chart->n_series; j++)
    if (hit->series < 0 || (guint) hit->series == j)
      append_value (text, &chart->series[j], &group->values[j], chart->series[j].target);
  g_string_prepend_c (text, '\n');
  g_string_prepend (text, group->name);
  g_string_append_c (text, '\n');
  g_string_append (text, _("Click to show only this one"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
trend_set_hover (gpointer data,
                 int      category)
{
  ((RlTrendChartData *) data)->hover = category;
}

static char *
trend_describe (gconstpointer     data,
                const RlChartHit *hit)
{
  const RlTrendChartData *chart = data;
  const RlTrendPoint *point;
  g_autoptr(GString) text = g_string_new (NULL);

  if (hit->category < 0 || (guint) hit->category >= chart->points->len)
    return NULL;
  point = g_ptr_array_index (chart->points, hit->category);
  for (guint j = 0; j < chart->n_series; j++)
    if (hit->series < 0 || (guint) hit->series == j)
      append_value (text, &chart->series[j], &point->values[j], point->targets[j]);
  g_string_prepend_c (text, '\n');
  g_string_prepend (text, point->date);
  g_string_append_c (text, '\n');
  g_string_append (text, _("Click to see the figures on this day"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
management_set_hover (gpointer data,
                      int      category)
{
  ((RlManagementChartData *) data)->hover = category;
}

static char *
management_describe (gconstpointer     data,
                     const RlChartHit *hit)
{
  const RlManagementChartData *chart = data;
  const RlManagementGroup *group;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 total = 0;

  if (hit->category < 0 || (guint) hit->category >= chart->groups->len)
    return NULL;
  group = g_ptr_array_index (chart->groups, hit->category);
  for (RlManagement m = 0; m < RL_N_MANAGEMENT; m++)
    total += group->counts[m];

  g_string_append (text, group->name);
  for (RlManagement m = 0; m < RL_N_MANAGEMENT; m++)
    if (hit->series < 0 || (guint) hit->series == m)
      {
        g_autofree char *count = rl_format_count (group->counts[m]);
        g_autofree char *all = rl_format_count (total);

        g_string_append_c (text, '\n');
        /* Translators: a tooltip line of the management chart: how a
         * number of compounds of all the community's are managed,
         * "物业企业服务：3 / 4 个小区" */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%1$s: %2$s of %3$s compound",
                                                   "%1$s: %2$s of %3$s compounds",
                                                   (gulong) MIN (total, G_MAXLONG)),
                                rl_management_label (m), count, all);
      }
  g_string_append_c (text, '\n');
  g_string_append (text, _("Click to show only this one"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const RlChartKind rl_overview_rates_chart = {
  .draw = (RlChartDrawFunc) rl_rates_bar_chart_draw,
  .layout = (RlChartLayout *(*) (double, double, gconstpointer)) rl_rates_bar_chart_layout,
  .hit = rl_rates_bar_chart_hit,
  .set_hover = rates_set_hover,
  .describe = rates_describe,
};

const RlChartKind rl_overview_trend_chart = {
  .draw = (RlChartDrawFunc) rl_trend_chart_draw,
  .layout = (RlChartLayout *(*) (double, double, gconstpointer)) rl_trend_chart_layout,
  .hit = rl_trend_chart_hit,
  .set_hover = trend_set_hover,
  .describe = trend_describe,
};

const RlChartKind rl_overview_management_chart = {
  .draw = (RlChartDrawFunc) rl_management_chart_draw,
  .layout = (RlChartLayout *(*) (double, double, gconstpointer)) rl_management_chart_layout,
  .hit = rl_management_chart_hit,
  .set_hover = management_set_hover,
  .describe = management_describe,
};
