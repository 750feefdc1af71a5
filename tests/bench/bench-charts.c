/* bench-charts.c: drawing a 200-bar chart
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rates chart with 200 bars (40 streets × 5 rates, then 200
 * communities × 1 rate) drawn at 1600 × 900 on an image surface, as a
 * window repaints it on hover, and its layout, as a window computes it on
 * resize. The target is a frame: under 16 ms. Prints figures; asserts
 * nothing about time.
 */

#include <locale.h>
#include <math.h>

#include "rl-chart-data.h"

#define RUNS   50
#define WIDTH  1600
#define HEIGHT 900

static const char *const stems[] = {
  "径河街道稻香社区", "将军路街道海景北社区", "东山街道鑫海家园社区", "吴家山街道七雄路第二社区",
  "走马岭街道汇通大道东社区居民委员会",
};

static RlRatesBarChartData *
make_chart (guint n_groups,
            guint n_series)
{
  RlRatesBarChartData *data = rl_rates_bar_chart_data_new ();

  data->title = g_strdup ("各社区三率及覆盖率");
  data->n_series = n_series;
  for (guint j = 0; j < n_series; j++)
    rl_chart_series_set (&data->series[j], rl_rate_label (j), j, j == 3 ? NAN : 1.0);

  for (guint i = 0; i < n_groups; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%u", stems[i % G_N_ELEMENTS (stems)], i);
      RlRatesBarGroup *group = rl_rates_bar_chart_data_add_group (data, name, name);

      for (guint j = 0; j < n_series; j++)
        {
          RlRatio ratio = { (i * 7 + j * 5) % 23, i % 17 == 5 ? 0 : 22 };
          g_autofree char *text = rl_ratio_format (&ratio);

          rl_chart_value_set (&group->values[j], rl_ratio_get_rate (&ratio), text, NULL);
        }
    }
  return data;
}

static void
bench (const char *what,
       guint       n_groups,
       guint       n_series)
{
  g_autoptr(RlRatesBarChartData) data = make_chart (n_groups, n_series);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double total = 0, worst = 0, layout_total = 0, layout_worst = 0, first;
  cairo_t *cold = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  /* The first drawing loads the fonts and fills the glyph caches: once
   * per program, so it is reported on its own. */
  rl_rates_bar_chart_draw (cold, WIDTH, HEIGHT, data);
  cairo_surface_flush (surface);
  first = (g_get_monotonic_time () - start) / 1000.0;
  cairo_destroy (cold);

  for (guint run = 0; run < RUNS; run++)
    {
      cairo_t *cr = cairo_create (surface);
      double ms;
      RlChartLayout *layout;

      /* The hover moves, as it does on screen. */
      data->hover = run % n_groups;
      start = g_get_monotonic_time ();
      rl_rates_bar_chart_draw (cr, WIDTH, HEIGHT, data);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      total += ms;
      worst = MAX (worst, ms);

      start = g_get_monotonic_time ();
      layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      rl_chart_layout_free (layout);
      layout_total += ms;
      layout_worst = MAX (layout_worst, ms);
    }
  cairo_surface_destroy (surface);

  g_print ("%s (%u bars) at %d×%d: first draw %.2f ms; then %d runs: draw mean %.2f ms, "
           "worst %.2f ms; layout mean %.2f ms, worst %.2f ms (target: draw < 16 ms)\n",
           what, n_groups * n_series, WIDTH, HEIGHT, first, RUNS, total / RUNS, worst,
           layout_total / RUNS, layout_worst);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  bench ("rates chart, 40 streets × 5 rates", 40, 5);
  bench ("rates chart, 200 communities × 1 rate", 200, 1);
  return 0;
}
