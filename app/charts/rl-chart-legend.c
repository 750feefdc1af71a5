/* rl-chart-legend.c: a chart's legend, with values for the hovered category
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items sit in a grid of equal cells, each wide enough for the longest
 * label and for @value_width of value: what the hovered category shows
 * changes the text, never the grid, so the plot does not jump as the
 * pointer moves.
 */

#include "rl-config.h"

#include <math.h>

#include "rl-chart-legend.h"

#define KEY_WIDTH   22.0
#define KEY_GAP      (RL_CHART_LEGEND_KEY_ROOM - KEY_WIDTH)
#define VALUE_GAP    6.0
#define COLUMN_GAP  18.0
#define ROW_GAP      4.0

typedef struct
{
  RlChartKey   key;
  guint        style;
  PangoLayout *label;
  PangoLayout *value;
  guint        slot;   /* its first grid cell, row by row */
  guint        span;   /* how many grid cells it takes */
} Cell;

struct _RlChartLegend
{
  double  x;
  double  y;
  double  cell_width;
  double  row_height;
  guint   n_columns;
  guint   n_rows;
  guint   n_cells;
  Cell   *cells;
};

static void
draw_key (cairo_t    *cr,
          const Cell *cell,
          double      x,
          double      cy)
{
  const RlChartColor *color = rl_chart_style_color (cell->style);

  cairo_save (cr);
  switch (cell->key)
    {
    case RL_CHART_KEY_BOX:
      rl_chart_style_set_color (cr, color);
      cairo_rectangle (cr, x + 4, cy - 6, 14, 12);
      cairo_fill (cr);
      break;

    case RL_CHART_KEY_MARKER:
      rl_chart_style_set_color (cr, color);
      cairo_set_line_width (cr, RL_CHART_LINE_WIDTH);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + KEY_WIDTH, cy);
      cairo_stroke (cr);
      rl_chart_style_draw_marker (cr, cell->style, x + KEY_WIDTH / 2, cy, RL_CHART_MARKER_SIZE);
      break;

    case RL_CHART_KEY_TARGET:
      rl_chart_style_set_ink (cr, RL_CHART_INK_TARGET);
      cairo_set_line_width (cr, RL_CHART_TARGET_WIDTH);
      cairo_move_to (cr, x + 2, cy);
      cairo_line_to (cr, x + KEY_WIDTH - 2, cy);
      cairo_stroke (cr);
      break;

    case RL_CHART_KEY_TARGET_DASHED:
      rl_chart_style_set_ink (cr, RL_CHART_INK_TARGET);
      cairo_set_line_width (cr, RL_CHART_TARGET_WIDTH / 1.5);
      rl_chart_style_set_target_dash (cr);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + KEY_WIDTH, cy);
      cairo_stroke (cr);
      break;

    case RL_CHART_KEY_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

static double
span_width (const RlChartLegend *legend,
            guint                span)
{
  return span * legend->cell_width + (span - 1) * COLUMN_GAP;
}

/* Lays out @n_items at (x, y), within @width. A heading takes as many grid
 * cells as @heading_width (its longest text, value included) needs. */
RlChartLegend *
rl_chart_legend_new (RlChartText             *text,
                     const RlChartLegendItem *items,
                     guint                    n_items,
                     double                   value_width,
                     double                   heading_width,
                     double                   x,
                     double                   y,
                     double                   width)
{
  RlChartLegend *legend = g_new0 (RlChartLegend, 1);
  double label_width = 0.0, room;

  legend->x = x;
  legend->y = y;
  legend->n_cells = n_items;
  legend->cells = g_new0 (Cell, n_items);
  legend->row_height = MAX (rl_chart_text_line_height (text, RL_CHART_FONT_TEXT),
                            rl_chart_text_line_height (text, RL_CHART_FONT_BOLD)) + ROW_GAP;

  for (guint i = 0; i < n_items; i++)
    {
      Cell *cell = &legend->cells[i];
      RlChartFont font;
      RlChartRect extents;

      cell->key = items[i].key;
      cell->style = items[i].style;
      /* A heading with no key is a name: in bold. */
      font = items[i].heading && items[i].key == RL_CHART_KEY_NONE ? RL_CHART_FONT_BOLD
                                                                    : RL_CHART_FONT_TEXT;
      cell->label = rl_chart_text_layout (text, font, items[i].label);
      if (items[i].value != NULL)
        cell->value = rl_chart_text_layout (text, RL_CHART_FONT_BOLD, items[i].value);
      if (!items[i].heading)
        {
          rl_chart_text_extents (cell->label, &extents);
          label_width = MAX (label_width, extents.width);
        }
    }

  legend->cell_width = KEY_WIDTH + KEY_GAP + label_width
                       + (value_width > 0 ? VALUE_GAP + value_width : 0);
  legend->cell_width = MIN (legend->cell_width, width);
  legend->n_columns = MAX (1, (guint) ((width + COLUMN_GAP) / (legend->cell_width + COLUMN_GAP)));

  for (guint i = 0, slot = 0; i < n_items; i++)
    {
      Cell *cell = &legend->cells[i];

      cell->span = 1;
      if (items[i].heading)
        cell->span = CLAMP ((guint) ceil ((heading_width + COLUMN_GAP)
                                          / (legend->cell_width + COLUMN_GAP)),
                            1, legend->n_columns);
      /* A cell never straddles two rows. */
      if (slot % legend->n_columns + cell->span > legend->n_columns)
        slot += legend->n_columns - slot % legend->n_columns;
      cell->slot = slot;
      slot += cell->span;
      legend->n_rows = slot / legend->n_columns + (slot % legend->n_columns != 0);
    }

  /* Whatever does not fit its cell ends in an ellipsis: first the label,
   * keeping the value whole, then the value. */
  for (guint i = 0; i < n_items; i++)
    {
      Cell *cell = &legend->cells[i];
      RlChartRect label, value = { 0, };

      room = span_width (legend, cell->span)
             - (cell->key != RL_CHART_KEY_NONE ? KEY_WIDTH + KEY_GAP : 0);

      rl_chart_text_extents (cell->label, &label);
      if (cell->value != NULL)
        rl_chart_text_extents (cell->value, &value);
      if (cell->value != NULL && value.width > room)
        {
          pango_layout_set_width (cell->value, (int) (room / 2 * PANGO_SCALE));
          pango_layout_set_ellipsize (cell->value, PANGO_ELLIPSIZE_END);
          rl_chart_text_extents (cell->value, &value);
        }
      if (label.width + (cell->value ? VALUE_GAP + value.width : 0) > room)
        {
          double fit = room - (cell->value ? VALUE_GAP + value.width : 0);

          pango_layout_set_width (cell->label, (int) (MAX (fit, 1.0) * PANGO_SCALE));
          pango_layout_set_ellipsize (cell->label, PANGO_ELLIPSIZE_END);
        }
    }
  return legend;
}

void
rl_chart_legend_free (RlChartLegend *legend)
{
  if (legend == NULL)
    return;
  for (guint i = 0; i < legend->n_cells; i++)
    {
      g_clear_object (&legend->cells[i].label);
      g_clear_object (&legend->cells[i].value);
    }
  g_free (legend->cells);
  g_free (legend);
}

double
rl_chart_legend_get_height (const RlChartLegend *legend)
{
  return legend->n_rows * legend->row_height;
}

void
rl_chart_legend_draw (const RlChartLegend *legend,
                      cairo_t             *cr)
{
  for (guint i = 0; i < legend->n_cells; i++)
    {
      const Cell *cell = &legend->cells[i];
      double x = legend->x + (cell->slot % legend->n_columns) * (legend->cell_width + COLUMN_GAP);
      double y = legend->y + (cell->slot / legend->n_columns) * legend->row_height;
      double cy = y + (legend->row_height - ROW_GAP) / 2;
      RlChartRect label, value;

      draw_key (cr, cell, x, cy);
      if (cell->key != RL_CHART_KEY_NONE)
        x += KEY_WIDTH + KEY_GAP;

      rl_chart_text_extents (cell->label, &label);
      rl_chart_text_draw (cr, cell->label, x - label.x, cy - label.height / 2 - label.y,
                          rl_chart_style_ink (RL_CHART_INK_TEXT));
      if (cell->value == NULL)
        continue;
      rl_chart_text_extents (cell->value, &value);
      rl_chart_text_draw (cr, cell->value, x + label.width + VALUE_GAP - value.x,
                          cy - value.height / 2 - value.y,
                          rl_chart_style_ink (RL_CHART_INK_TEXT));
    }
}
