/* rl-chart-style.c: how the charts look: palette, markers, fonts, spacing
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <math.h>

#include "rl-chart-style.h"

#define RGB(hex) { ((hex) >> 16) / 255.0, (((hex) >> 8) & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Okabe and Ito's colour-blind-safe palette, without its vermillion and
 * red-orange: the program's red means the Party theme and the red list, so
 * no series may look like it. The markers tell the lines apart in grey
 * print too. */
static const struct
{
  RlChartColor  color;
  RlChartMarker marker;
} series_styles[RL_CHART_N_STYLES] = {
  [RL_CHART_STYLE_COMMITTEE_FORMATION] = { RGB (0x0072B2), RL_CHART_MARKER_CIRCLE },
  [RL_CHART_STYLE_SERVICE_COVERAGE] = { RGB (0xE69F00), RL_CHART_MARKER_SQUARE },
  [RL_CHART_STYLE_PARTY_ORG_COVERAGE] = { RGB (0x009E73), RL_CHART_MARKER_TRIANGLE },
  [RL_CHART_STYLE_PARTY_WORK_COVERAGE] = { RGB (0xCC79A7), RL_CHART_MARKER_DIAMOND },
  [RL_CHART_STYLE_RED_PROPERTY_COVERAGE] = { RGB (0x56B4E9), RL_CHART_MARKER_TRIANGLE_DOWN },
  /* Served in two shades of blue; the gap in orange, the pair every
   * kind of colour vision tells apart. */
  [RL_CHART_STYLE_FIRM_SERVED] = { RGB (0x0072B2), RL_CHART_MARKER_SQUARE },
  [RL_CHART_STYLE_SELF_MANAGED] = { RGB (0x56B4E9), RL_CHART_MARKER_SQUARE },
  [RL_CHART_STYLE_UNSERVED] = { RGB (0xE69F00), RL_CHART_MARKER_SQUARE },
};

static const RlChartColor inks[RL_CHART_N_INKS] = {
  [RL_CHART_INK_BACKGROUND] = RGB (0xFFFFFF),
  [RL_CHART_INK_TITLE] = RGB (0x8C1C13),
  [RL_CHART_INK_TEXT] = RGB (0x1F2328),
  [RL_CHART_INK_MUTED] = RGB (0x5F6368),
  [RL_CHART_INK_GRID] = RGB (0xE3E3E3),
  [RL_CHART_INK_AXIS] = RGB (0x8A8F95),
  [RL_CHART_INK_TARGET] = RGB (0x333333),
  [RL_CHART_INK_HIGHLIGHT] = RGB (0xF7ECEA),
};

static const struct
{
  double   size;
  gboolean bold;
} fonts[RL_CHART_N_FONTS] = {
  [RL_CHART_FONT_TITLE] = { 16.0, TRUE },
  [RL_CHART_FONT_TEXT] = { 12.0, FALSE },
  [RL_CHART_FONT_BOLD] = { 12.0, TRUE },
  [RL_CHART_FONT_SMALL] = { 11.0, FALSE },
};

const RlChartColor *
rl_chart_style_color (RlChartStyle style)
{
  g_return_val_if_fail (style < RL_CHART_N_STYLES, &inks[RL_CHART_INK_TEXT]);

  return &series_styles[style].color;
}

RlChartMarker
rl_chart_style_marker (RlChartStyle style)
{
  g_return_val_if_fail (style < RL_CHART_N_STYLES, RL_CHART_MARKER_CIRCLE);

  return series_styles[style].marker;
}

const RlChartColor *
rl_chart_style_ink (RlChartInk ink)
{
  g_return_val_if_fail (ink < RL_CHART_N_INKS, &inks[RL_CHART_INK_TEXT]);

  return &inks[ink];
}

double
rl_chart_style_font_size (RlChartFont font)
{
  g_return_val_if_fail (font < RL_CHART_N_FONTS, 12.0);

  return fonts[font].size;
}

gboolean
rl_chart_style_font_bold (RlChartFont font)
{
  g_return_val_if_fail (font < RL_CHART_N_FONTS, FALSE);

  return fonts[font].bold;
}

void
rl_chart_style_set_color (cairo_t            *cr,
                          const RlChartColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

void
rl_chart_style_set_ink (cairo_t    *cr,
                        RlChartInk  ink)
{
  rl_chart_style_set_color (cr, rl_chart_style_ink (ink));
}

/* Only targets are dashed: the rates' own lines are solid, told apart by
 * colour and marker. */
void
rl_chart_style_set_target_dash (cairo_t *cr)
{
  static const double dash[] = { 6.0, 4.0 };

  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.0);
}

/* The marker filled with the series' colour and ringed in white, so it
 * stands out where lines cross. */
void
rl_chart_style_draw_marker (cairo_t      *cr,
                            RlChartStyle  style,
                            double        x,
                            double        y,
                            double        radius)
{
  double r = radius;

  cairo_new_path (cr);
  switch (rl_chart_style_marker (style))
    {
    case RL_CHART_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0.0, 2 * G_PI);
      break;

    case RL_CHART_MARKER_SQUARE:
      r *= 0.9;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case RL_CHART_MARKER_TRIANGLE:
      r *= 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      break;

    case RL_CHART_MARKER_DIAMOND:
      r *= 1.25;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;

    case RL_CHART_MARKER_TRIANGLE_DOWN:
    default:
      r *= 1.2;
      cairo_move_to (cr, x, y + r);
      cairo_line_to (cr, x + r * 0.866, y - r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y - r * 0.5);
      cairo_close_path (cr);
      break;
    }

  rl_chart_style_set_color (cr, rl_chart_style_color (style));
  cairo_fill_preserve (cr);
  rl_chart_style_set_ink (cr, RL_CHART_INK_BACKGROUND);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}
