/* rl-rates-bar-chart.c: chart 1, the rates of each street or community as
 * grouped bars against their year-end targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One group per street or community, one bar per rate in the rate's own
 * colour, the year-end target a dark bar across each rate's bar. A rate
 * with no denominator has no bar at all, only a "—" where it would stand.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rl-chart-axis.h"
#include "rl-chart-frame.h"
#include "rl-chart-labels.h"
#include "rl-chart-legend.h"
#include "rl-rates-bar-chart.h"

#define GROUP_GAP      0.2   /* of a group's width, between groups */
#define MAX_BAR_WIDTH 48.0
#define MIN_HIT        6.0   /* a bar's hit is never thinner than this */
#define NULL_MARK     "—"

typedef struct
{
  RlChartFrame  *frame;
  gboolean       empty;
  RlChartLegend *legend;
  RlChartAxis    axis;
  RlChartRect    plot;
  RlChartLabels *labels;
  double         slot;         /* a group's width */
  double         bar_width;
  double         bars_offset;  /* from a group's left edge to its first bar */
  gboolean       show_values;  /* the values fit above the bars */
} Geometry;

static void
group_free (RlRatesBarGroup *group)
{
  g_free (group->name);
  g_free (group->id);
  for (guint i = 0; i < RL_CHART_MAX_SERIES; i++)
    rl_chart_value_clear (&group->values[i]);
  g_free (group);
}

static const RlRatesBarGroup *
get_group (const RlRatesBarChartData *data,
           guint                      i)
{
  return g_ptr_array_index (data->groups, i);
}

/* Nothing to draw: no groups, or no group with a rate. */
static gboolean
is_empty (const RlRatesBarChartData *data)
{
  for (guint i = 0; i < data->groups->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      if (!isnan (get_group (data, i)->values[j].value))
        return FALSE;
  return TRUE;
}

/* The legend's cells: the hovered group's name and values, or else the
 * target key and the targets. */
static RlChartLegend *
make_legend (RlChartText               *text,
             const RlRatesBarChartData *data,
             const RlChartRect         *body)
{
  RlChartLegendItem items[1 + RL_CHART_MAX_SERIES] = { { 0, }, };
  g_autofree char *targets[RL_CHART_MAX_SERIES] = { NULL, };
  const RlRatesBarGroup *hovered = NULL;
  const char *longest = "";
  double value_width = 0, heading_width;

  if (data->hover >= 0 && (guint) data->hover < data->groups->len)
    hovered = get_group (data, data->hover);

  items[0].heading = TRUE;
  items[0].key = hovered ? RL_CHART_KEY_NONE : RL_CHART_KEY_TARGET;
  items[0].label = hovered ? hovered->name : C_("chart", "Year-end target");
  for (guint j = 0; j < data->n_series; j++)
    {
      targets[j] = rl_chart_target_text (data->series[j].target);
      items[1 + j].key = RL_CHART_KEY_BOX;
      items[1 + j].style = data->series[j].style;
      items[1 + j].label = data->series[j].label;
      items[1 + j].value = hovered ? hovered->values[j].detail : targets[j];

      /* Room for the longest value any group may show. */
      if (targets[j] && g_utf8_strlen (targets[j], -1) > g_utf8_strlen (longest, -1))
        longest = targets[j];
      for (guint i = 0; i < data->groups->len; i++)
        {
          const char *detail = get_group (data, i)->values[j].detail;

          if (detail && g_utf8_strlen (detail, -1) > g_utf8_strlen (longest, -1))
            longest = detail;
        }
    }
  value_width = rl_chart_text_width (text, RL_CHART_FONT_BOLD, longest);

  /* The heading's room: the longest name, or the target's key. */
  longest = "";
  for (guint i = 0; i < data->groups->len; i++)
    if (g_utf8_strlen (get_group (data, i)->name, -1) > g_utf8_strlen (longest, -1))
      longest = get_group (data, i)->name;
  heading_width = MAX (rl_chart_text_width (text, RL_CHART_FONT_BOLD, longest),
                       RL_CHART_LEGEND_KEY_ROOM
                       + rl_chart_text_width (text, RL_CHART_FONT_TEXT,
                                              C_("chart", "Year-end target")));

  return rl_chart_legend_new (text, items, 1 + data->n_series, value_width, heading_width,
                              body->x, body->y, body->width);
}

/* Whether every value fits over its bar; narrow bars are not measured. */
static gboolean
values_fit (RlChartText               *text,
            const RlRatesBarChartData *data,
            double                     bar_width)
{
  if (bar_width < 3 * rl_chart_style_font_size (RL_CHART_FONT_SMALL))
    return FALSE;
  for (guint i = 0; i < data->groups->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        const RlChartValue *value = &get_group (data, i)->values[j];

        if (!isnan (value->value)
            && rl_chart_text_width (text, RL_CHART_FONT_SMALL, value->text) > bar_width)
          return FALSE;
      }
  return TRUE;
}

static void
geometry_init (Geometry                  *g,
               RlChartText               *text,
               double                     width,
               double                     height,
               const RlRatesBarChartData *data)
{
  g_autofree const char **names = NULL;
  RlChartRect body;
  double top, inner, left;
  guint n = data->groups->len;

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

  inner = g->slot * (1 - GROUP_GAP);
  g->bar_width = MIN (inner / data->n_series, MAX_BAR_WIDTH);
  g->bars_offset = (g->slot - g->bar_width * data->n_series) / 2;
  g->show_values = values_fit (text, data, g->bar_width);

  names = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    names[i] = get_group (data, i)->name;
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
bar_x (const Geometry *g,
       guint           group,
       guint           series)
{
  return g->plot.x + group * g->slot + g->bars_offset + series * g->bar_width;
}

/* Bars a pixel apart when there is room for it. */
static double
bar_drawn_width (const Geometry *g)
{
  return g->bar_width >= 4 ? g->bar_width - 1 : g->bar_width;
}

static void
draw_bars (const Geometry            *g,
           cairo_t                   *cr,
           const RlRatesBarChartData *data)
{
  double baseline = g->plot.y + g->plot.height;

  for (guint j = 0; j < data->n_series; j++)
    {
      rl_chart_style_set_color (cr, rl_chart_style_color (data->series[j].style));
      for (guint i = 0; i < data->groups->len; i++)
        {
          double value = get_group (data, i)->values[j].value;
          double top;

          if (isnan (value))
            continue;
          /* A real 0% is a sliver on the baseline, unlike a missing rate. */
          top = MIN (rl_chart_axis_y (&g->axis, &g->plot, value), baseline - 1.5);
          cairo_rectangle (cr, bar_x (g, i, j), top, bar_drawn_width (g), baseline - top);
        }
      cairo_fill (cr);
    }
}

/* A dark bar across each rate's bar at its target, a little wider than
 * the bar: a bar that reaches it looks capped, one that falls short has
 * the gap showing under it. */
static void
draw_targets (const Geometry            *g,
              cairo_t                   *cr,
              const RlRatesBarChartData *data)
{
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  rl_chart_style_set_ink (cr, RL_CHART_INK_TARGET);
  cairo_set_line_width (cr, RL_CHART_TARGET_WIDTH);
  for (guint j = 0; j < data->n_series; j++)
    {
      double target = data->series[j].target;
      double y;

      if (isnan (target))
        continue;
      y = rl_chart_axis_y (&g->axis, &g->plot, target);
      for (guint i = 0; i < data->groups->len; i++)
        {
          double x = bar_x (g, i, j);

          cairo_move_to (cr, x - 1, y);
          cairo_line_to (cr, x + bar_drawn_width (g) + 1, y);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* "—" where a rate with no denominator would stand: never a bar of 0. */
static void
draw_nulls (const Geometry            *g,
            cairo_t                   *cr,
            RlChartText               *text,
            const RlRatesBarChartData *data)
{
  g_autoptr(PangoLayout) mark = rl_chart_text_layout (text, RL_CHART_FONT_TEXT, NULL_MARK);
  double baseline = g->plot.y + g->plot.height;
  RlChartRect extents;

  rl_chart_text_extents (mark, &extents);
  cairo_save (cr);
  for (guint i = 0; i < data->groups->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        double x = bar_x (g, i, j);

        if (!isnan (get_group (data, i)->values[j].value))
          continue;
        if (extents.width <= g->bar_width)
          {
            rl_chart_text_draw (cr, mark, x + (g->bar_width - extents.width) / 2 - extents.x,
                                baseline - 4 - extents.height - extents.y,
                                rl_chart_style_ink (RL_CHART_INK_MUTED));
          }
        else
          {
            rl_chart_style_set_ink (cr, RL_CHART_INK_MUTED);
            cairo_set_line_width (cr, 1.5);
            cairo_move_to (cr, x + g->bar_width * 0.15, baseline - 4 - extents.height / 2);
            cairo_line_to (cr, x + g->bar_width * 0.85, baseline - 4 - extents.height / 2);
            cairo_stroke (cr);
          }
      }
  cairo_restore (cr);
}

/* Each value over its bar, and over the target bar when that would cross
 * the text. */
static void
draw_values (const Geometry            *g,
             cairo_t                   *cr,
             RlChartText               *text,
             const RlRatesBarChartData *data)
{
  for (guint i = 0; i < data->groups->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        const RlChartValue *value = &get_group (data, i)->values[j];
        g_autoptr(PangoLayout) layout = NULL;
        double target = data->series[j].target;
        double bottom;
        RlChartRect extents;

        if (isnan (value->value))
          continue;
        layout = rl_chart_text_layout (text, RL_CHART_FONT_SMALL, value->text);
        rl_chart_text_extents (layout, &extents);
        bottom = rl_chart_axis_y (&g->axis, &g->plot, value->value) - 2;
        if (!isnan (target))
          {
            double target_y = rl_chart_axis_y (&g->axis, &g->plot, target);

            if (target_y < bottom + 4 && target_y > bottom - extents.height - 2)
              bottom = target_y - RL_CHART_TARGET_WIDTH - 1;
          }
        rl_chart_text_draw (cr, layout,
                            bar_x (g, i, j) + (bar_drawn_width (g) - extents.width) / 2
                            - extents.x,
                            bottom - extents.height - extents.y,
                            rl_chart_style_ink (RL_CHART_INK_TEXT));
      }
}

static void
add_hits (const Geometry            *g,
          RlChartLayout             *layout,
          const RlRatesBarChartData *data)
{
  double baseline = g->plot.y + g->plot.height;

  layout->plot = g->plot;
  for (guint i = 0; i < data->groups->len; i++)
    for (guint j = 0; j < data->n_series; j++)
      {
        double value = get_group (data, i)->values[j].value;
        double top = isnan (value) ? baseline - 20
                                   : rl_chart_axis_y (&g->axis, &g->plot, value);

        top = MIN (top, baseline - MIN_HIT);
        rl_chart_layout_add_hit (layout, bar_x (g, i, j), top, g->bar_width, baseline - top,
                                 i, j);
      }
  rl_chart_labels_add_hits (g->labels, layout);
  for (guint i = 0; i < data->groups->len; i++)
    rl_chart_layout_add_hit (layout, g->plot.x + i * g->slot, g->plot.y, g->slot,
                             g->plot.height, i, RL_CHART_HIT_CATEGORY);
}

RlRatesBarChartData *
rl_rates_bar_chart_data_new (void)
{
  RlRatesBarChartData *data = g_new0 (RlRatesBarChartData, 1);

  data->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  data->hover = -1;
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    data->series[j].target = NAN;
  return data;
}

void
rl_rates_bar_chart_data_free (RlRatesBarChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    rl_chart_series_clear (&data->series[j]);
  g_ptr_array_unref (data->groups);
  g_free (data);
}

/* A new group at the end, every value missing until set. */
RlRatesBarGroup *
rl_rates_bar_chart_data_add_group (RlRatesBarChartData *data,
                                   const char          *name,
                                   const char          *id)
{
  RlRatesBarGroup *group = g_new0 (RlRatesBarGroup, 1);

  group->name = g_strdup (name);
  group->id = g_strdup (id);
  for (guint j = 0; j < RL_CHART_MAX_SERIES; j++)
    group->values[j].value = NAN;
  g_ptr_array_add (data->groups, group);
  return group;
}

void
rl_rates_bar_chart_draw (cairo_t                   *cr,
                         double                     width,
                         double                     height,
                         const RlRatesBarChartData *data)
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
  if (data->hover >= 0 && (guint) data->hover < data->groups->len)
    {
      rl_chart_style_set_ink (cr, RL_CHART_INK_HIGHLIGHT);
      cairo_rectangle (cr, g.plot.x + data->hover * g.slot, g.plot.y - RL_CHART_HEADROOM,
                       g.slot, g.plot.height + RL_CHART_HEADROOM);
      cairo_fill (cr);
    }
  rl_chart_axis_draw (&g.axis, cr, text, &g.plot);
  draw_bars (&g, cr, data);
  draw_targets (&g, cr, data);
  draw_nulls (&g, cr, text, data);
  if (g.show_values)
    draw_values (&g, cr, text, data);
  rl_chart_labels_draw (g.labels, cr);

out:
  cairo_restore (cr);
  geometry_clear (&g);
}

/* Where the bars, labels and groups are, for hover and clicks. */
RlChartLayout *
rl_rates_bar_chart_layout (double                     width,
                           double                     height,
                           const RlRatesBarChartData *data)
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

/* The bar (or missing rate), label or group at (x, y), or NULL. */
const RlChartHit *
rl_rates_bar_chart_hit (const RlChartLayout *layout,
                        double               x,
                        double               y)
{
  return rl_chart_layout_hit (layout, x, y);
}
