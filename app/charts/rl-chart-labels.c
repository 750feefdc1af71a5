/* rl-chart-labels.c: category labels under a plot that never overlap
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels are measured first, then placed in the first way that fits them
 * all: on one line; wrapped at any character to the width of their
 * category (Chinese has no spaces to wrap at); turned 45°, every step-th
 * one when even that is too dense. What does not fit is shortened with an
 * ellipsis; the full name is the caller's to show on hover, found by the
 * hit's category.
 */

#include "rl-config.h"

#include <math.h>
#include <string.h>

#include "rl-chart-labels.h"

#define PAD          4.0   /* between neighbouring labels, and under the axis */
#define TICK         4.0   /* a category's tick under the axis */
#define MAX_LINES    3
#define WRAP_MIN_EM  3.5   /* narrower categories would wrap after every character or two */
#define SIN45        (G_SQRT2 / 2)
#define ANGLE        (-G_PI / 4)

struct _RlChartLabels
{
  RlChartLabelsMode  mode;
  guint              n;
  guint              step;
  double             first_center;
  double             slot;
  double             height;
  double             top;
  PangoLayout      **layouts;  /* NULL for a label not shown */
  RlChartRect       *extents;
};

static double
center_of (const RlChartLabels *labels,
           guint                i)
{
  return labels->first_center + i * labels->slot;
}

static void
clear_layouts (RlChartLabels *labels)
{
  for (guint i = 0; i < labels->n; i++)
    g_clear_object (&labels->layouts[i]);
}

static guint
count_lines (const char *name)
{
  guint lines = 1;

  for (const char *p = name; *p != '\0'; p++)
    lines += *p == '\n';
  return lines;
}

/* Every label on its own lines within its category. */
static gboolean
try_horizontal (RlChartLabels      *labels,
                RlChartText        *text,
                const char * const *names,
                double              width)
{
  for (guint i = 0; i < labels->n; i++)
    {
      PangoLayout *layout = rl_chart_text_layout (text, RL_CHART_FONT_TEXT, names[i]);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      labels->layouts[i] = layout;
      rl_chart_text_extents (layout, &labels->extents[i]);
      if (labels->extents[i].width > width)
        return FALSE;
      labels->height = MAX (labels->height, labels->extents[i].height);
    }
  return TRUE;
}

/* Wrapped to @width in at most @max_lines lines; when @shorten, longer
 * ones end in an ellipsis instead of failing. */
static gboolean
try_wrapped (RlChartLabels      *labels,
             RlChartText        *text,
             const char * const *names,
             double              width,
             int                 max_lines,
             gboolean            shorten)
{
  for (guint i = 0; i < labels->n; i++)
    {
      PangoLayout *layout = rl_chart_text_layout (text, RL_CHART_FONT_TEXT, names[i]);

      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      if (shorten)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      labels->layouts[i] = layout;
      if (pango_layout_get_line_count (layout) > max_lines)
        return FALSE;
      rl_chart_text_extents (layout, &labels->extents[i]);
      labels->height = MAX (labels->height, labels->extents[i].height);
    }
  return TRUE;
}

/* At 45°, each ending under its category. Neighbours are slot × sin 45°
 * apart across the text, so a label shows only every step-th category when
 * that is less than a line; each is as long as the room below the plot and
 * the room left of its category allow. Returns whether any label had to be
 * shortened for want of room below. */
static gboolean
place_rotated (RlChartLabels      *labels,
               RlChartText        *text,
               const char * const *names,
               double              left_limit,
               double              max_height)
{
  double line = rl_chart_text_line_height (text, RL_CHART_FONT_TEXT);
  double thickest = line;
  gboolean shortened = FALSE;

  for (guint i = 0; i < labels->n; i++)
    thickest = MAX (thickest, count_lines (names[i]) * line);
  labels->step = MAX (1, (guint) ceil ((thickest / SIN45 + PAD) / labels->slot));
  labels->height = 0;

  for (guint i = 0; i < labels->n; i += labels->step)
    {
      PangoLayout *layout = rl_chart_text_layout (text, RL_CHART_FONT_TEXT, names[i]);
      double h = count_lines (names[i]) * line;
      double below = (max_height - PAD) / SIN45 - h;
      double left = (center_of (labels, i) - left_limit) / SIN45 - h / 2;
      RlChartRect *extents = &labels->extents[i];

      labels->layouts[i] = layout;
      rl_chart_text_extents (layout, extents);
      if (MIN (below, left) < rl_chart_style_font_size (RL_CHART_FONT_TEXT))
        {
          /* Not even one character: the name is left to the hover. */
          shortened |= below < left;
          g_clear_object (&labels->layouts[i]);
          continue;
        }
      if (extents->width > MIN (below, left))
        {
          shortened |= extents->width > below;
          pango_layout_set_width (layout, (int) (MIN (below, left) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          rl_chart_text_extents (layout, extents);
        }
      labels->height = MAX (labels->height, (extents->width + extents->height) * SIN45 + PAD);
    }
  return shortened;
}

/* Where label @i's box is: its top-left corner, turned by the angle of the
 * mode about that corner. */
static void
label_box (const RlChartLabels *labels,
           guint                i,
           RlChartHit          *hit)
{
  const RlChartRect *e = &labels->extents[i];
  double cx = center_of (labels, i);

  hit->width = e->width;
  hit->height = e->height;
  hit->category = i;
  hit->series = RL_CHART_HIT_LABEL;
  if (labels->mode == RL_CHART_LABELS_ROTATED)
    {
      /* The box's right end, halfway up, sits under the category: the
       * anchor, low enough that the box's top corner clears the axis. */
      double ax = cx, ay = labels->top + PAD + e->height / 2 * SIN45;
      double u = -e->width, v = -e->height / 2;

      hit->angle = ANGLE;
      hit->x = ax + u * cos (ANGLE) - v * sin (ANGLE);
      hit->y = ay + u * sin (ANGLE) + v * cos (ANGLE);
    }
  else
    {
      hit->angle = 0;
      hit->x = cx - e->width / 2;
      hit->y = labels->top + PAD;
    }
}

/* Lays out @n_names labels for categories @slot_width apart, the first
 * centred at @first_center, using at most @max_height under the plot and
 * nothing left of @left_limit. */
RlChartLabels *
rl_chart_labels_new (RlChartText        *text,
                     const char * const *names,
                     guint               n_names,
                     double              first_center,
                     double              slot_width,
                     double              left_limit,
                     double              max_height)
{
  RlChartLabels *labels = g_new0 (RlChartLabels, 1);
  double em = rl_chart_style_font_size (RL_CHART_FONT_TEXT);
  double line = rl_chart_text_line_height (text, RL_CHART_FONT_TEXT);
  double width = slot_width - PAD;
  int max_lines = CLAMP ((int) ((max_height - PAD) / line), 1, MAX_LINES);

  labels->n = n_names;
  labels->step = 1;
  labels->first_center = first_center;
  labels->slot = slot_width;
  labels->layouts = g_new0 (PangoLayout *, n_names);
  labels->extents = g_new0 (RlChartRect, n_names);

  /* Narrow categories skip straight to turning: measuring every label
   * first would be wasted. */
  labels->mode = RL_CHART_LABELS_HORIZONTAL;
  if (width >= em && try_horizontal (labels, text, names, width))
    goto done;
  clear_layouts (labels);
  labels->height = 0;

  labels->mode = RL_CHART_LABELS_WRAPPED;
  if (width >= WRAP_MIN_EM * em && max_lines >= 2
      && try_wrapped (labels, text, names, width, max_lines, FALSE))
    goto done;
  clear_layouts (labels);
  labels->height = 0;

  labels->mode = RL_CHART_LABELS_ROTATED;
  if (!place_rotated (labels, text, names, left_limit, max_height))
    goto done;

  /* Too long even at 45°: shortened lines wrapped to the category's width
   * are easier to read, and keep more of each name when they hold more
   * characters than the slanted room does. */
  if (width >= WRAP_MIN_EM * em && max_lines >= 2
      && floor (width / em) * max_lines > ((max_height - PAD) / SIN45 - line) / em)
    {
      clear_layouts (labels);
      labels->height = 0;
      labels->step = 1;
      labels->mode = RL_CHART_LABELS_WRAPPED;
      try_wrapped (labels, text, names, width, max_lines, TRUE);
    }

done:
  if (labels->mode != RL_CHART_LABELS_ROTATED)
    labels->height += PAD;
  labels->height += TICK;
  return labels;
}

void
rl_chart_labels_free (RlChartLabels *labels)
{
  if (labels == NULL)
    return;
  clear_layouts (labels);
  g_free (labels->layouts);
  g_free (labels->extents);
  g_free (labels);
}

RlChartLabelsMode
rl_chart_labels_get_mode (const RlChartLabels *labels)
{
  return labels->mode;
}

guint
rl_chart_labels_get_step (const RlChartLabels *labels)
{
  return labels->step;
}

/* The band under the plot the labels take. */
double
rl_chart_labels_get_height (const RlChartLabels *labels)
{
  return labels->height;
}

/* The plot's bottom edge, once the band's height has decided it. */
void
rl_chart_labels_set_top (RlChartLabels *labels,
                         double         top)
{
  labels->top = top + TICK;
}

void
rl_chart_labels_add_hits (const RlChartLabels *labels,
                          RlChartLayout       *layout)
{
  for (guint i = 0; i < labels->n; i++)
    if (labels->layouts[i] != NULL && labels->extents[i].width > 0)
      {
        RlChartHit hit;

        label_box (labels, i, &hit);
        g_array_append_val (layout->hits, hit);
      }
}

void
rl_chart_labels_draw (const RlChartLabels *labels,
                      cairo_t             *cr)
{
  const RlChartColor *ink = rl_chart_style_ink (RL_CHART_INK_TEXT);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  rl_chart_style_set_ink (cr, RL_CHART_INK_AXIS);
  for (guint i = 0; i < labels->n; i += labels->step)
    {
      double x = floor (center_of (labels, i)) + 0.5;

      cairo_move_to (cr, x, labels->top - TICK);
      cairo_line_to (cr, x, labels->top);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < labels->n; i++)
    {
      const RlChartRect *e = &labels->extents[i];
      RlChartHit box;

      if (labels->layouts[i] == NULL)
        continue;
      label_box (labels, i, &box);
      cairo_save (cr);
      cairo_translate (cr, box.x, box.y);
      cairo_rotate (cr, box.angle);
      rl_chart_text_draw (cr, labels->layouts[i], -e->x, -e->y, ink);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}
