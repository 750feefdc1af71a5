/* rl-chart-text.c: the charts' text, measured and drawn with Pango
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Pango context per drawing (what pango_cairo_create_layout() would make
 * for every string), with fixed font options: no hinting of metrics and no
 * rounding of glyph positions, so text measures the same on a screen, an
 * image, a PDF or an SVG, at any scale, and the layout step (which measures
 * on a scratch surface) puts every box exactly where drawing puts the text.
 */

#include "rl-config.h"

#include "rl-chart-text.h"

struct _RlChartText
{
  PangoContext         *context;
  PangoFontDescription *fonts[RL_CHART_N_FONTS];
  double                line_heights[RL_CHART_N_FONTS];
};

/* A context for @cr, or for measuring only when @cr is NULL. */
RlChartText *
rl_chart_text_new (cairo_t *cr)
{
  RlChartText *text = g_new0 (RlChartText, 1);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_surface_t *scratch = NULL;

  if (cr == NULL)
    {
      scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cr = cairo_create (scratch);
    }

  text->context = pango_cairo_create_context (cr);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (text->context, options);
  pango_cairo_context_set_resolution (text->context, 96.0);
  pango_context_set_round_glyph_positions (text->context, FALSE);
  pango_context_set_language (text->context, pango_language_from_string ("zh-cn"));
  pango_context_set_base_dir (text->context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);

  if (scratch != NULL)
    {
      cairo_destroy (cr);
      cairo_surface_destroy (scratch);
    }

  for (guint i = 0; i < RL_CHART_N_FONTS; i++)
    {
      PangoFontDescription *font = pango_font_description_from_string (RL_CHART_FONT_FAMILY);

      pango_font_description_set_absolute_size (font,
                                                rl_chart_style_font_size (i) * PANGO_SCALE);
      pango_font_description_set_weight (font, rl_chart_style_font_bold (i)
                                               ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      text->fonts[i] = font;
      text->line_heights[i] = -1.0;
    }
  return text;
}

void
rl_chart_text_free (RlChartText *text)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < RL_CHART_N_FONTS; i++)
    pango_font_description_free (text->fonts[i]);
  g_object_unref (text->context);
  g_free (text);
}

/* A new layout of @str (NULL is ""). */
PangoLayout *
rl_chart_text_layout (RlChartText *text,
                      RlChartFont  font,
                      const char  *str)
{
  PangoLayout *layout = pango_layout_new (text->context);

  pango_layout_set_font_description (layout, text->fonts[font]);
  pango_layout_set_text (layout, str ? str : "", -1);
  return layout;
}

double
rl_chart_text_width (RlChartText *text,
                     RlChartFont  font,
                     const char  *str)
{
  g_autoptr(PangoLayout) layout = rl_chart_text_layout (text, font, str);
  RlChartRect extents;

  rl_chart_text_extents (layout, &extents);
  return extents.width;
}

/* The height of one line of @font, measured once. */
double
rl_chart_text_line_height (RlChartText *text,
                           RlChartFont  font)
{
  if (text->line_heights[font] < 0)
    {
      g_autoptr(PangoLayout) layout = rl_chart_text_layout (text, font, "国0");
      RlChartRect extents;

      rl_chart_text_extents (layout, &extents);
      text->line_heights[font] = extents.height;
    }
  return text->line_heights[font];
}

/* The logical box of @layout, relative to where it is drawn. */
void
rl_chart_text_extents (PangoLayout *layout,
                       RlChartRect *extents)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  extents->x = (double) logical.x / PANGO_SCALE;
  extents->y = (double) logical.y / PANGO_SCALE;
  extents->width = (double) logical.width / PANGO_SCALE;
  extents->height = (double) logical.height / PANGO_SCALE;
}

/* Draws @layout with its top-left corner at (x, y). */
void
rl_chart_text_draw (cairo_t            *cr,
                    PangoLayout        *layout,
                    double              x,
                    double              y,
                    const RlChartColor *color)
{
  rl_chart_style_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
