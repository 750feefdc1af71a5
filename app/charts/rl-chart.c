/* rl-chart.c: what every chart shares: values, series, hit rectangles
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rl-chart.h"

/* A hit's corners, counter-clockwise from its origin. */
static void
hit_corners (const RlChartHit *hit,
             double            xs[4],
             double            ys[4])
{
  double c = cos (hit->angle), s = sin (hit->angle);
  const double u[4] = { 0, hit->width, hit->width, 0 };
  const double v[4] = { 0, 0, hit->height, hit->height };

  for (guint i = 0; i < 4; i++)
    {
      xs[i] = hit->x + u[i] * c - v[i] * s;
      ys[i] = hit->y + u[i] * s + v[i] * c;
    }
}

/* Whether the axis (ax, ay) separates the two sets of corners. */
static gboolean
separated_on (double        ax,
              double        ay,
              const double  xa[4],
              const double  ya[4],
              const double  xb[4],
              const double  yb[4])
{
  double min_a = G_MAXDOUBLE, max_a = -G_MAXDOUBLE;
  double min_b = G_MAXDOUBLE, max_b = -G_MAXDOUBLE;

  for (guint i = 0; i < 4; i++)
    {
      double pa = xa[i] * ax + ya[i] * ay;
      double pb = xb[i] * ax + yb[i] * ay;

      min_a = MIN (min_a, pa);
      max_a = MAX (max_a, pa);
      min_b = MIN (min_b, pb);
      max_b = MAX (max_b, pb);
    }
  /* Touching edges do not overlap. */
  return max_a <= min_b + 1e-6 || max_b <= min_a + 1e-6;
}

RlChartLayout *
rl_chart_layout_new (void)
{
  RlChartLayout *layout = g_new0 (RlChartLayout, 1);

  layout->hits = g_array_new (FALSE, TRUE, sizeof (RlChartHit));
  return layout;
}

void
rl_chart_layout_free (RlChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->hits);
  g_free (layout);
}

void
rl_chart_layout_add_hit (RlChartLayout *layout,
                         double         x,
                         double         y,
                         double         width,
                         double         height,
                         int            category,
                         int            series)
{
  RlChartHit hit = { x, y, width, height, 0.0, category, series };

  g_array_append_val (layout->hits, hit);
}

/* The first hit containing the point: the most specific, as the charts add
 * bars before labels before whole columns. NULL when there is none. */
const RlChartHit *
rl_chart_layout_hit (const RlChartLayout *layout,
                     double               x,
                     double               y)
{
  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->hits->len; i++)
    {
      const RlChartHit *hit = &g_array_index (layout->hits, RlChartHit, i);

      if (rl_chart_hit_contains (hit, x, y))
        return hit;
    }
  return NULL;
}

gboolean
rl_chart_hit_contains (const RlChartHit *hit,
                       double            x,
                       double            y)
{
  double c = cos (hit->angle), s = sin (hit->angle);
  double dx = x - hit->x, dy = y - hit->y;
  double u = dx * c + dy * s;
  double v = -dx * s + dy * c;

  return u >= 0 && u < hit->width && v >= 0 && v < hit->height;
}

/* Separating axes: two rectangles overlap unless one of their four edge
 * directions separates them. */
gboolean
rl_chart_hits_overlap (const RlChartHit *a,
                       const RlChartHit *b)
{
  double xa[4], ya[4], xb[4], yb[4];
  const double angles[4] = { a->angle, a->angle + G_PI_2, b->angle, b->angle + G_PI_2 };

  hit_corners (a, xa, ya);
  hit_corners (b, xb, yb);
  for (guint i = 0; i < G_N_ELEMENTS (angles); i++)
    if (separated_on (cos (angles[i]), sin (angles[i]), xa, ya, xb, yb))
      return FALSE;
  return TRUE;
}

void
rl_chart_value_set (RlChartValue *value,
                    double        number,
                    const char   *text,
                    const char   *detail)
{
  rl_chart_value_clear (value);
  value->value = number;
  value->text = g_strdup (text);
  value->detail = g_strdup (detail ? detail : text);
}

void
rl_chart_value_clear (RlChartValue *value)
{
  g_clear_pointer (&value->text, g_free);
  g_clear_pointer (&value->detail, g_free);
  value->value = NAN;
}

void
rl_chart_series_set (RlChartSeries *series,
                     const char    *label,
                     guint          style,
                     double         target)
{
  rl_chart_series_clear (series);
  series->label = g_strdup (label);
  series->style = style;
  series->target = target;
}

void
rl_chart_series_clear (RlChartSeries *series)
{
  g_clear_pointer (&series->label, g_free);
  series->target = NAN;
}

/* What the legend says of a target (0 to 1): "target 90%", "target 87.5%";
 * NULL for none (NAN). */
char *
rl_chart_target_text (double target)
{
  g_autofree char *percent = NULL;
  double tenths = round (target * 1000);

  if (isnan (target))
    return NULL;
  percent = fmod (tenths, 10) == 0 ? g_strdup_printf ("%.0f%%", tenths / 10)
                                   : g_strdup_printf ("%.1f%%", tenths / 10);
  /* TRANSLATORS: in a chart's legend, after a rate's name: its year-end target */
  return g_strdup_printf (C_("chart", "target %s"), percent);
}
