/* rl-chart-frame.c: a chart's background, title and empty state
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include "rl-chart-frame.h"

struct _RlChartFrame
{
  double       width;
  double       height;
  PangoLayout *title;
  RlChartRect  body;
};

/* The title on one line (shortened with an ellipsis when the chart is
 * narrow), and the body under it for the legend and the plot. */
RlChartFrame *
rl_chart_frame_new (RlChartText *text,
                    double       width,
                    double       height,
                    const char  *title)
{
  RlChartFrame *frame = g_new0 (RlChartFrame, 1);
  double inner = MAX (width - 2 * RL_CHART_MARGIN, 1.0);
  RlChartRect extents;

  frame->width = width;
  frame->height = height;
  frame->title = rl_chart_text_layout (text, RL_CHART_FONT_TITLE, title);
  pango_layout_set_width (frame->title, (int) (inner * PANGO_SCALE));
  pango_layout_set_ellipsize (frame->title, PANGO_ELLIPSIZE_END);
  rl_chart_text_extents (frame->title, &extents);

  frame->body.x = RL_CHART_MARGIN;
  frame->body.y = RL_CHART_MARGIN + (title && *title ? extents.height + RL_CHART_GAP : 0);
  frame->body.width = inner;
  frame->body.height = MAX (height - RL_CHART_MARGIN - frame->body.y, 0.0);
  return frame;
}

void
rl_chart_frame_free (RlChartFrame *frame)
{
  if (frame == NULL)
    return;
  g_clear_object (&frame->title);
  g_free (frame);
}

void
rl_chart_frame_get_body (const RlChartFrame *frame,
                         RlChartRect        *body)
{
  *body = frame->body;
}

void
rl_chart_frame_draw (const RlChartFrame *frame,
                     cairo_t            *cr)
{
  RlChartRect extents;

  rl_chart_style_set_ink (cr, RL_CHART_INK_BACKGROUND);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_fill (cr);

  rl_chart_text_extents (frame->title, &extents);
  rl_chart_text_draw (cr, frame->title, RL_CHART_MARGIN - extents.x, RL_CHART_MARGIN - extents.y,
                      rl_chart_style_ink (RL_CHART_INK_TITLE));
}

/* No data is said in words in the middle of the body, inside a faint
 * outline of where the plot would be: never an empty axis that reads as
 * 0%. */
void
rl_chart_frame_draw_empty (const RlChartFrame *frame,
                           cairo_t            *cr,
                           RlChartText        *text,
                           const char         *message)
{
  g_autoptr(PangoLayout) layout = rl_chart_text_layout (text, RL_CHART_FONT_TEXT, message);
  const RlChartRect *body = &frame->body;
  RlChartRect extents;

  pango_layout_set_width (layout, (int) (MAX (body->width - 2 * RL_CHART_MARGIN, 1.0)
                                         * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  rl_chart_text_extents (layout, &extents);

  cairo_save (cr);
  rl_chart_style_set_ink (cr, RL_CHART_INK_GRID);
  cairo_set_line_width (cr, 1.0);
  rl_chart_style_set_target_dash (cr);
  cairo_rectangle (cr, body->x + 0.5, body->y + 0.5, body->width - 1, body->height - 1);
  cairo_stroke (cr);
  cairo_restore (cr);

  rl_chart_text_draw (cr, layout, body->x + RL_CHART_MARGIN,
                      body->y + (body->height - extents.height) / 2 - extents.y,
                      rl_chart_style_ink (RL_CHART_INK_MUTED));
}
