/* rl-chart-axis.c: the value axis, with ticks at round numbers
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <math.h>

#include "rl-chart-axis.h"

/* A rate is never above 100%, and a chart that starts at 0 and ends at 100%
 * shows how far there is still to go: the scale never zooms in. */
void
rl_chart_axis_init_percent (RlChartAxis *axis)
{
  axis->max = 1.0;
  axis->step = 0.2;
  axis->n_steps = 5;
  axis->percent = TRUE;
}

/* 1, 2 or 5 times a power of ten, at least @rough; never below 1, as
 * counts are whole. */
double
rl_chart_axis_nice_step (double rough)
{
  double magnitude, fraction;

  if (!(rough > 1.0))
    return 1.0;
  magnitude = pow (10.0, floor (log10 (rough)));
  fraction = rough / magnitude;
  if (fraction <= 1.0)
    return magnitude;
  if (fraction <= 2.0)
    return 2.0 * magnitude;
  if (fraction <= 5.0)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

/* Counts from 0 up to a round number at or above @max_value, in at most
 * @max_steps steps. */
void
rl_chart_axis_init_count (RlChartAxis *axis,
                          double       max_value,
                          guint        max_steps)
{
  max_steps = MAX (max_steps, 1);
  axis->step = rl_chart_axis_nice_step (max_value / max_steps);
  axis->n_steps = MAX (1, (guint) ceil (max_value / axis->step - 1e-9));
  axis->max = axis->n_steps * axis->step;
  axis->percent = FALSE;
}

char *
rl_chart_axis_tick_text (const RlChartAxis *axis,
                         guint              tick)
{
  double value = tick * axis->step;

  if (axis->percent)
    return g_strdup_printf ("%.0f%%", value * 100.0);
  return g_strdup_printf ("%.0f", value);
}

/* The widest tick label: the room left of the plot. */
double
rl_chart_axis_label_width (const RlChartAxis *axis,
                           RlChartText       *text)
{
  double width = 0.0;

  for (guint i = 0; i <= axis->n_steps; i++)
    {
      g_autofree char *label = rl_chart_axis_tick_text (axis, i);

      width = MAX (width, rl_chart_text_width (text, RL_CHART_FONT_SMALL, label));
    }
  return width;
}

double
rl_chart_axis_y (const RlChartAxis *axis,
                 const RlChartRect *plot,
                 double             value)
{
  double fraction = CLAMP (value / axis->max, 0.0, 1.0);

  return plot->y + plot->height * (1.0 - fraction);
}

/* Gridlines across the plot, tick labels right-aligned left of it, and the
 * baseline, drawn under the data. */
void
rl_chart_axis_draw (const RlChartAxis *axis,
                    cairo_t           *cr,
                    RlChartText       *text,
                    const RlChartRect *plot)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i <= axis->n_steps; i++)
    {
      g_autofree char *label = rl_chart_axis_tick_text (axis, i);
      g_autoptr(PangoLayout) layout = rl_chart_text_layout (text, RL_CHART_FONT_SMALL, label);
      double y = rl_chart_axis_y (axis, plot, i * axis->step);
      RlChartRect extents;

      /* Half-pixel lines fall on whole device pixels at any integer scale. */
      y = floor (y) + 0.5;
      if (i > 0)
        {
          rl_chart_style_set_ink (cr, RL_CHART_INK_GRID);
          cairo_move_to (cr, plot->x, y);
          cairo_line_to (cr, plot->x + plot->width, y);
          cairo_stroke (cr);
        }

      rl_chart_text_extents (layout, &extents);
      rl_chart_text_draw (cr, layout,
                          plot->x - RL_CHART_TICK_GAP - extents.width - extents.x,
                          y - extents.height / 2 - extents.y,
                          rl_chart_style_ink (RL_CHART_INK_MUTED));
    }

  rl_chart_style_set_ink (cr, RL_CHART_INK_AXIS);
  cairo_move_to (cr, plot->x, floor (plot->y + plot->height) + 0.5);
  cairo_line_to (cr, plot->x + plot->width, floor (plot->y + plot->height) + 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}
