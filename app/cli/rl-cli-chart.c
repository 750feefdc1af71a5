/* rl-cli-chart.c: the chart command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts of the Overview page, drawn by the same functions, into a
 * PNG, PDF or SVG file.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rl-chart-data.h"
#include "rl-chart-export.h"
#include "rl-cli.h"
#include "rl-time.h"

#define USAGE "redledger-cli [--db FILE] chart rates|trend|management " \
              "[--date YYYY-MM-DD | --quarter YYYYQN] [--scope street|community] " \
              "-o FILE.png|pdf|svg [--width W --height H]"

#define MIN_SIZE 100
#define MAX_SIZE 10000

static const RlRate all_rates[] = {
  RL_RATE_COMMITTEE_FORMATION,
  RL_RATE_SERVICE_COVERAGE,
  RL_RATE_PARTY_ORG_COVERAGE,
  RL_RATE_PARTY_WORK_COVERAGE,
  RL_RATE_RED_PROPERTY_COVERAGE,
};

typedef enum
{
  CHART_RATES,
  CHART_TREND,
  CHART_MANAGEMENT,
} Chart;

static const char *const chart_names[] = { "rates", "trend", "management" };

typedef struct
{
  Chart       chart;
  const char *date;
  gboolean    has_scope;
  RlScope     by;
  const char *output;
  double      width;
  double      height;
} Request;

static gboolean
export (const Request    *request,
        RlChartDrawFunc   draw,
        gconstpointer     data,
        GError          **error)
{
  return rl_chart_export (request->output, request->width, request->height, draw, data, error);
}

static gboolean
draw_rates (RlStore        *store,
            const Request  *request,
            GError        **error)
{
  g_autoptr(RlRates) rates = NULL;
  g_autoptr(RlRatesBarChartData) data = NULL;
  double targets[RL_N_RATES];

  if (!(rates = rl_rates_compute (store, request->date, error))
      || !rl_chart_data_get_targets (store, atoi (request->date), targets, error))
    return FALSE;
  data = rl_chart_data_rates (rates,
                              request->has_scope ? request->by
                                                 : rl_chart_data_default_scope (rates),
                              RL_SCOPE_LEDGER, NULL, all_rates, G_N_ELEMENTS (all_rates),
                              targets);
  return export (request, (RlChartDrawFunc) rl_rates_bar_chart_draw, data, error);
}

static gboolean
draw_trend (RlStore        *store,
            const Request  *request,
            GError        **error)
{
  g_auto(GStrv) ends = rl_chart_data_quarter_ends (request->date, RL_CHART_TREND_QUARTERS);
  RlRates *rates[RL_CHART_TREND_QUARTERS] = { NULL, };
  double targets[RL_CHART_TREND_QUARTERS][RL_N_RATES];
  g_autoptr(RlTrendChartData) data = NULL;
  gboolean ok = TRUE;

  for (guint q = 0; ok && q < RL_CHART_TREND_QUARTERS; q++)
    ok = (rates[q] = rl_rates_compute (store, ends[q], error)) != NULL
         && rl_chart_data_get_targets (store, atoi (ends[q]), targets[q], error);
  if (ok)
    {
      data = rl_chart_data_trend (rates, (const double (*)[RL_N_RATES]) targets,
                                  RL_CHART_TREND_QUARTERS, RL_SCOPE_LEDGER, NULL, all_rates,
                                  G_N_ELEMENTS (all_rates));
      ok = export (request, (RlChartDrawFunc) rl_trend_chart_draw, data, error);
    }
  for (guint q = 0; q < RL_CHART_TREND_QUARTERS; q++)
    g_clear_pointer (&rates[q], rl_rates_free);
  return ok;
}

static gboolean
draw_management (RlStore        *store,
                 const Request  *request,
                 GError        **error)
{
  g_autoptr(RlRates) rates = NULL;
  g_autoptr(RlManagementChartData) data = NULL;

  if (!(rates = rl_rates_compute (store, request->date, error)))
    return FALSE;
  data = rl_chart_data_management (rates, request->has_scope ? request->by : RL_SCOPE_COMMUNITY,
                                   RL_SCOPE_LEDGER, NULL);
  return export (request, (RlChartDrawFunc) rl_management_chart_draw, data, error);
}

int
rl_cli_chart (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autofree char *date = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *output = NULL;
  g_autofree char *db_option = NULL;
  int width = 800, height = 450;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The day the figures are for (default: today in China time)"), N_("YYYY-MM-DD") },
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter,
      N_("The figures on the quarter’s last day"), N_("YYYYQN") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope,
      N_("One bar per street or per community (rates, management)"), N_("street|community") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .png, .pdf or .svg"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default: 800)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default: 450)"),
      N_("H") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter_end = NULL;
  Request request = { 0, };
  RlChartFormat format;
  gboolean known = FALSE, ok = FALSE;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 1, USAGE))
    return RL_CLI_USAGE;

  for (guint i = 0; i < G_N_ELEMENTS (chart_names); i++)
    if (strcmp (argv[1], chart_names[i]) == 0)
      {
        request.chart = i;
        known = TRUE;
      }
  if (!known)
    {
      g_printerr (_("redledger-cli: unknown chart “%s”: use rates, trend or management\n"),
                  argv[1]);
      return RL_CLI_USAGE;
    }
  if (output == NULL)
    {
      g_printerr (_("redledger-cli: say where to write the chart with -o FILE\n"));
      g_printerr (_("Usage: %s\n"), USAGE);
      return RL_CLI_USAGE;
    }
  if (date != NULL && quarter != NULL)
    {
      g_printerr (_("redledger-cli: give --date or --quarter, not both\n"));
      return RL_CLI_USAGE;
    }
  if (scope != NULL)
    {
      request.has_scope = TRUE;
      if (strcmp (scope, "street") == 0)
        request.by = RL_SCOPE_STREET;
      else if (strcmp (scope, "community") == 0)
        request.by = RL_SCOPE_COMMUNITY;
      else
        {
          g_printerr (_("redledger-cli: unknown scope “%s”: use street or community\n"), scope);
          return RL_CLI_USAGE;
        }
      if (request.chart == CHART_TREND)
        {
          g_printerr (_("redledger-cli: the trend chart is for the whole ledger and takes no "
                        "--scope\n"));
          return RL_CLI_USAGE;
        }
    }

  /* Bad input is refused before the ledger is opened: nothing is created
   * or written. */
  if (!rl_chart_format_from_path (output, &format, &error))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }
  if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE)
    {
      g_printerr (_("redledger-cli: the chart must be %d to %d pixels wide and high, not "
                    "%d × %d\n"), MIN_SIZE, MAX_SIZE, width, height);
      return RL_CLI_BAD_INPUT;
    }
  if (quarter != NULL)
    {
      int year, q;

      if (!rl_quarter_parse (quarter, &year, &q))
        {
          g_printerr (_("redledger-cli: “%s” is not a quarter: write it as YYYYQN, for "
                        "example 2026Q3\n"), quarter);
          return RL_CLI_BAD_INPUT;
        }
      quarter_end = rl_chart_data_quarter_end (year, q);
      if (!rl_rates_check_date (quarter_end, &error))
        {
          rl_cli_error (error);
          return RL_CLI_BAD_INPUT;
        }
      request.date = quarter_end;
    }
  else if (date == NULL)
    request.date = date = rl_rates_today ();
  else if (!rl_rates_check_date (date, &error))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }
  else
    request.date = date;
  request.output = output;
  request.width = width;
  request.height = height;

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  switch (request.chart)
    {
    case CHART_RATES:
      ok = draw_rates (store, &request, &error);
      break;
    case CHART_TREND:
      ok = draw_trend (store, &request, &error);
      break;
    case CHART_MANAGEMENT:
    default:
      ok = draw_management (store, &request, &error);
      break;
    }
  if (!ok)
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }
  return RL_CLI_OK;
}
