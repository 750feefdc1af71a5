/* rl-trend-chart.c: chart 2, the rates at each quarter end as lines, with
 * their targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One solid line per rate through a marker at each quarter's end, in the
 * rate's colour and marker; each year's target a dashed dark line, stepping
 * where a new year's target starts. A quarter with no denominator breaks
 * the line: there is no point to join.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rl-chart-axis.h"
#include "rl-chart-frame.h"
#include "rl-chart-labels.h"
#include "rl-chart-legend.h"
#include "rl-trend-chart.h"

#define POINT_HIT (2 * RL_CHART_MARKER_SIZE + 6)

typedef struct
{
  RlChartFrame  *frame;
  gboolean       empty;
  RlChartLegend *legend;
  RlChartAxis    axis;
  RlChartRect    plot;
  RlChartLabels *labels;
  double         slot;
} Geometry;

static void
point_free (RlTrendPoint *point)
{
  g_free (point->label);
  g_free (point->date);
  for (guint i = 0; i < RL_CHART_MAX_SERIES; i++)
    rl_chart_value_clear (&point->values[i]);
  g_free (point);
}

static const RlTrendPoint *
get_point (const RlTrendChartData *data,
           guint                   i)
{
  return g_ptr_array_index (data->points, i);
}

static gboolean
is_empty (const RlTrendChartData *data)
{
  for (guint i = 0; i < data->points->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      if (!isnan (get_point (data, i)->values[j].value))
        return FALSE;
  return TRUE;
}

/* The hovered quarter and its values, or else the target key and the
 * latest quarter's targets. */
static RlChartLegend *
make_legend (RlChartText            *text,
             const RlTrendChartData *data,
             const RlChartRect      *body)
{
  RlChartLegendItem items[1 + RL_CHART_MAX_SERIES] = { { 0, }, };
  g_autofree char *targets[RL_CHART_MAX_SERIES] = { NULL, };
  g_autofree char *heading = NULL;
  const RlTrendPoint *hovered = NULL, *last = get_point (data, data->points->len - 1);
  const char *longest = "";
  double value_width, heading_width;

  if (data->hover >= 0 && (guint) data->hover < data->points->len)
    {
      hovered = get_point (data, data->hover);
      heading = g_strdelimit (g_strdup (hovered->label), "\n", ' ');
    }

  items[0].heading = TRUE;
  items[0].key = hovered ? RL_CHART_KEY_NONE : RL_CHART_KEY_TARGET_DASHED;
  items[0].label = hovered ? heading : C_("chart", "Target");
  for (guint j = 0; j < data->n_series; j++)
    {
      targets[j] = rl_chart_target_text (last->targets[j]);
      items[1 + j].key = RL_CHART_KEY_MARKER;
      items[1 + j].style = data->series[j].style;
      items[1 + j].label = data->series[j].label;
      items[1 + j].value = hovered ? hovered->values[j].detail : targets[j];

      if (targets[j] && g_utf8_strlen (targets[j], -1) > g_utf8_strlen (longest, -1))
        longest = targets[j];
      for (guint i = 0; i < data->points->len; i++)
        {
          const char *detail = get_point (data, i)->values[j].detail;

          if (detail && g_utf8_strlen (detail, -1) > g_utf8_strlen (longest, -1))
            longest = detail;
        }
    }

  value_width = rl_chart_text_width (text, RL_CHART_FONT_BOLD, longest);

  /* The heading's room: the longest quarter, or the target's key. */
  longest = "";
  for (guint i = 0; i < data->points->len; i++)
    if (g_utf8_strlen (get_point (data, i)->label, -1) > g_utf8_strlen (longest, -1))
      longest = get_point (data, i)->label;
  heading_width = MAX (rl_chart_text_width (text, RL_CHART_FONT_BOLD, longest),
                       RL_CHART_LEGEND_KEY_ROOM
                       + rl_chart_text_width (text, RL_CHART_FONT_TEXT, C_("chart", "Target")));

  return rl_chart_legend_new (text, items, 1 + data->n_series, value_width, heading_width,
                              body->x, body->y, body->width);
}

static void
geometry_init (Geometry               *g,
               RlChartText            *text,
               double                  width,
               double                  height,
               const RlTrendChartData *data)
{
  g_autofree const char **names = NULL;
  RlChartRect body;
  double top, left;
  guint n = data->points->len;

  *g = (Geometry) { 0, };
  g->frame = rl_chart_frame_new (text, width, height, data->title);
  rl_chart_frame_get_body (g->frame, &body);
  g->empty = is_empty (data);
  if (g->empty)
    return;

  g->legend = make_legend (text, data, &body);
  top = body.y + rl_chart_legend_get_height (g->legend) + RL_CHART_GAP;

  rl_chart_axis_init_percent (&g->axis);
  left = body.x + rl_chart_axis_label_width (&g->axis, text) + RL_CHART_TICK_GAP;
  g->plot.x = left;
  g->plot.width = MAX (body.x + body.width - left, 1.0);
  g->slot = g->plot.width / n;

  names = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    names[i] = get_point (data, i)->label;
  g->labels = rl_chart_labels_new (text, names, n, left + g->slot / 2, g->slot, body.x,
                                   MAX ((body.y + body.height - top) * 0.3, 20.0));

  g->plot.y = top + RL_CHART_HEADROOM;
  g->plot.height = MAX (body.y + body.height - rl_chart_labels_get_height (g->labels)
                        - g->plot.y, RL_CHART_MIN_PLOT);
  rl_chart_labels_set_top (g->labels, g->plot.y + g->plot.height);
}

static void
geometry_clear (Geometry *g)
{
  g_clear_pointer (&g->frame, rl_chart_frame_free);
  g_clear_pointer (&g->legend, rl_chart_legend_free);
  g_clear_pointer (&g->labels, rl_chart_labels_free);
}

static double
point_x (const Geometry *g,
         guint           i)
{
  return g->plot.x + (i + 0.5) * g->slot;
}

static gboolean
has_target (const RlTrendChartData *data,
            guint                   i,
            double                  target)
{
  for (guint j = 0; j < data->n_series; j++)
    if (get_point (data, i)->targets[j] == target)
      return TRUE;
  return FALSE;
}

/* Each target level once, across the run of quarters that have it, so
 * rates sharing a target share its line. */
static void
draw_targets (const Geometry         *g,
              cairo_t                *cr,
              const RlTrendChartData *data)
{
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < data->points->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        double target = get_point (data, i)->targets[j];
        gboolean seen = isnan (target);

        for (guint k = 0; k < levels->len && !seen; k++)
          seen = g_array_index (levels, double, k) == target;
        if (!seen)
          g_array_append_val (levels, target);
      }

  cairo_save (cr);
  rl_chart_style_set_ink (cr, RL_CHART_INK_TARGET);
  cairo_set_line_width (cr, RL_CHART_TARGET_WIDTH / 1.5);
  rl_chart_style_set_target_dash (cr);
  for (guint k = 0; k < levels->len; k++)
    {
      double target = g_array_index (levels, double, k);
      double y = rl_chart_axis_y (&g->axis, &g->plot, target);
      guint i = 0;

      while (i < data->points->len)
        {
          guint end;

          if (!has_target (data, i, target))
            {
              i++;
              continue;
            }
          for (end = i; end < data->points->len && has_target (data, end, target); end++)
            ;
          cairo_move_to (cr, g->plot.x + i * g->slot, y);
          cairo_line_to (cr, g->plot.x + end * g->slot, y);
          i = end;
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static double
value_at (const RlTrendChartData *data,
          guint                   i,
          guint                   j)
{
  return get_point (data, i)->values[j].value;
}

/* Where series @j stands among the series with the same value at point
 * @i, and how many there are. */
static guint
rank_at_point (const RlTrendChartData *data,
               guint                   i,
               guint                   j,
               guint                  *n_same)
{
  guint rank = 0;

  *n_same = 0;
  for (guint k = 0; k < data->n_series; k++)
    if (value_at (data, i, k) == value_at (data, i, j))
      {
        rank += k < j;
        (*n_same)++;
      }
  return rank;
}

/* The same for the segment from point @i to the next: the series whose
 * segments lie on top of each other. */
static guint
rank_on_segment (const RlTrendChartData *data,
                 guint                   i,
                 guint                   j,
                 guint                  *n_same)
{
  guint rank = 0;

  *n_same = 0;
  for (guint k = 0; k < data->n_series; k++)
    if (value_at (data, i, k) == value_at (data, i, j)
        && value_at (data, i + 1, k) == value_at (data, i + 1, j))
      {
        rank += k < j;
        (*n_same)++;
      }
  return rank;
}

/* Markers of equal values side by side, centred on the quarter, so none
 * hides another. */
static double
marker_x (const Geometry         *g,
          const RlTrendChartData *data,
          guint                   i,
          guint                   j)
{
  guint n_same, rank = rank_at_point (data, i, j, &n_same);

  return point_x (g, i) + (rank - (n_same - 1) / 2.0) * (2 * RL_CHART_MARKER_SIZE + 2);
}

/* A segment other rates share is drawn in turns of their colours, dashes
 * of each one after the other, so the rates under it still show. */
static void
draw_lines (const Geometry         *g,
            cairo_t                *cr,
            const RlTrendChartData *data)
{
  const double dash = 8.0;

  cairo_save (cr);
  cairo_set_line_width (cr, RL_CHART_LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint j = 0; j < data->n_series; j++)
    {
      rl_chart_style_set_color (cr, rl_chart_style_color (data->series[j].style));
      for (guint i = 0; i + 1 < data->points->len; i++)
        {
          double from = value_at (data, i, j), to = value_at (data, i + 1, j);
          guint n_same, rank;

          if (isnan (from) || isnan (to))
            continue;
          rank = rank_on_segment (data, i, j, &n_same);
          if (n_same > 1)
            {
              double pattern[] = { dash, dash * (n_same - 1) };

              cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
              cairo_set_dash (cr, pattern, G_N_ELEMENTS (pattern), -rank * dash);
            }
          cairo_move_to (cr, point_x (g, i), rl_chart_axis_y (&g->axis, &g->plot, from));
          cairo_line_to (cr, point_x (g, i + 1), rl_chart_axis_y (&g->axis, &g->plot, to));
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        }
    }

  for (guint j = 0; j < data->n_series; j++)
    for (guint i = 0; i < data->points->len; i++)
      {
        double value = value_at (data, i, j);

        if (!isnan (value))
          rl_chart_style_draw_marker (cr, data->series[j].style, marker_x (g, data, i, j),
                                      rl_chart_axis_y (&g->axis, &g->plot, value),
                                      RL_CHART_MARKER_SIZE);
      }
  cairo_restore (cr);
}

static void
add_hits (const Geometry         *g,
          RlChartLayout          *layout,
          const RlTrendChartData *data)
{
  layout->plot = g->plot;
  for (guint i = 0; i < data->points->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        double value = get_point (data, i)->values[j].value;

        if (!isnan (value))
          rl_chart_layout_add_hit (layout, marker_x (g, data, i, j) - POINT_HIT / 2,
                                   rl_chart_axis_y (&g->axis, &g->plot, value) - POINT_HIT / 2,
                                   POINT_HIT, POINT_HIT, i, j);
      }
  rl_chart_labels_add_hits (g->labels, layout);
  for (guint i = 0; i < data->points->len; i++)
    rl_chart_layout_add_hit (layout, g->plot.x + i * g->slot, g->plot.y, g->slot,
                             g->plot.height, i, RL_CHART_HIT_CATEGORY);
}

RlTrendChartData *
rl_trend_chart_data_new (void)
{
  RlTrendChartData *data = g_new0 (RlTrendChartData, 1);

  data->points = g_ptr_array_new_with_free_func ((GDestroyNotify) point_free);
  data->hover = -1;
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    data->series[j].target = NAN;
  return data;
}

void
rl_trend_chart_data_free (RlTrendChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    rl_chart_series_clear (&data->series[j]);
  g_ptr_array_unref (data->points);
  g_free (data);
}

/* A new point at the end (the newest), every value and target missing
 * until set. */
RlTrendPoint *
rl_trend_chart_data_add_point (RlTrendChartData *data,
                               const char       *label,
                               const char       *date)
{
  RlTrendPoint *point = g_new0 (RlTrendPoint, 1);

  point->label = g_strdup (label);
  point->date = g_strdup (date);
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    {
      point->values[j].value = NAN;
      point->targets[j] = NAN;
    }
  g_ptr_array_add (data->points, point);
  return point;
}

void
rl_trend_chart_draw (cairo_t                *cr,
                     double                  width,
                     double                  height,
                     const RlTrendChartData *data)
{
  g_autoptr(RlChartText) text = NULL;
  Geometry g;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (data->n_series <= RL_CHART_MAX_SERIES);

  text = rl_chart_text_new (cr);
  geometry_init (&g, text, width, height, data);
  cairo_save (cr);
  rl_chart_frame_draw (g.frame, cr);
  if (g.empty)
    {
      rl_chart_frame_draw_empty (g.frame, cr, text, C_("chart", "No compounds in this scope"));
      goto out;
    }

  rl_chart_legend_draw (g.legend, cr);
  if (data->hover >= 0 && (guint) data->hover < data->points->len)
    {
      rl_chart_style_set_ink (cr, RL_CHART_INK_HIGHLIGHT);
      cairo_rectangle (cr, g.plot.x + data->hover * g.slot, g.plot.y - RL_CHART_HEADROOM,
                       g.slot, g.plot.height + RL_CHART_HEADROOM);
      cairo_fill (cr);
    }
  rl_chart_axis_draw (&g.axis, cr, text, &g.plot);
  draw_targets (&g, cr, data);
  draw_lines (&g, cr, data);
  rl_chart_labels_draw (g.labels, cr);

out:
  cairo_restore (cr);
  geometry_clear (&g);
}

RlChartLayout *
rl_trend_chart_layout (double                  width,
                       double                  height,
                       const RlTrendChartData *data)
{
  g_autoptr(RlChartText) text = rl_chart_text_new (NULL);
  RlChartLayout *layout = rl_chart_layout_new ();
  Geometry g;

  g_return_val_if_fail (data != NULL, layout);

  geometry_init (&g, text, width, height, data);
  if (!g.empty)
    add_hits (&g, layout, data);
  geometry_clear (&g);
  return layout;
}

/* The point, label or quarter at (x, y), or NULL. */
const RlChartHit *
rl_trend_chart_hit (const RlChartLayout *layout,
                    double               x,
                    double               y)
{
  return rl_chart_layout_hit (layout, x, y);
}
