/* rl-chart-export.c: a chart saved as PNG, PDF or SVG
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart is drawn by the same function as on screen into cairo's image,
 * PDF or SVG surface, encoded in memory, then written in one go: a failure
 * leaves no half-written file behind, and the error says what the system
 * said.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "rl-chart-export.h"

G_DEFINE_QUARK (rl-chart-error-quark, rl_chart_error)

static const struct
{
  const char    *suffix;
  RlChartFormat  format;
} suffixes[] = {
  { ".png", RL_CHART_FORMAT_PNG },
  { ".pdf", RL_CHART_FORMAT_PDF },
  { ".svg", RL_CHART_FORMAT_SVG },
};

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *bytes,
           unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, RL_CHART_ERROR, RL_CHART_ERROR_DRAW,
               _("The chart could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* Draws into @surface and finishes it; the stream surfaces write to their
 * closure as they finish. */
static gboolean
draw_on (cairo_surface_t  *surface,
         double            scale,
         double            width,
         double            height,
         RlChartDrawFunc   draw,
         gconstpointer     data,
         GError          **error)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  draw (cr, width, height, data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_flush (surface);
      status = cairo_surface_status (surface);
    }
  return check_status (status, error);
}

static GByteArray *
render (RlChartFormat     format,
        double            width,
        double            height,
        RlChartDrawFunc   draw,
        gconstpointer     data,
        GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  gboolean ok;

  switch (format)
    {
    case RL_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (width * RL_CHART_PNG_SCALE),
                                            (int) ceil (height * RL_CHART_PNG_SCALE));
      ok = draw_on (surface, RL_CHART_PNG_SCALE, width, height, draw, data, error)
           && check_status (cairo_surface_write_to_png_stream (surface, append_cb, bytes), error);
      cairo_surface_destroy (surface);
      break;

    case RL_CHART_FORMAT_PDF:
      /* One logical unit to the point: an 800 × 450 chart is a page of that
       * many points, its text and lines vectors. */
      surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Red Ledger");
      ok = draw_on (surface, 1.0, width, height, draw, data, error);
      cairo_surface_finish (surface);
      ok = ok && check_status (cairo_surface_status (surface), error);
      cairo_surface_destroy (surface);
      break;

    case RL_CHART_FORMAT_SVG:
    default:
      surface = cairo_svg_surface_create_for_stream (append_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      ok = draw_on (surface, 1.0, width, height, draw, data, error);
      cairo_surface_finish (surface);
      ok = ok && check_status (cairo_surface_status (surface), error);
      cairo_surface_destroy (surface);
      break;
    }

  return ok ? g_steal_pointer (&bytes) : NULL;
}

/* The format a file name asks for, by its ending (in any case). */
gboolean
rl_chart_format_from_path (const char     *path,
                           RlChartFormat  *format,
                           GError        **error)
{
  g_autofree char *lower = g_ascii_strdown (path ? path : "", -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }

  g_set_error (error, RL_CHART_ERROR, RL_CHART_ERROR_FORMAT,
               _("“%s” is not a file name a chart can be saved as: end it in .png, .pdf or "
                 ".svg"), path ? path : "");
  return FALSE;
}

/* Draws a chart with @draw (rl_rates_bar_chart_draw and the others, cast
 * to RlChartDrawFunc) at @width × @height logical units into @path, as
 * PNG, PDF or SVG by its ending. Errors are RL_CHART_ERROR, or
 * G_IO_ERROR when the file cannot be written. */
gboolean
rl_chart_export (const char       *path,
                 double            width,
                 double            height,
                 RlChartDrawFunc   draw,
                 gconstpointer     data,
                 GError          **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  RlChartFormat format;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rl_chart_format_from_path (path, &format, error))
    return FALSE;
  if (!(bytes = render (format, width, height, draw, data, error)))
    return FALSE;

  /* Written beside and renamed into place: an old file stays whole until
   * the new one is. */
  file = g_file_new_for_path (path);
  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      g_prefix_error (error, _("The chart was not saved: "));
      return FALSE;
    }
  return TRUE;
}
