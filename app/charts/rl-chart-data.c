/* rl-chart-data.c: the charts' data, filled from the rates the core
 * computed
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The caller computes the rates (rl_rates_compute) and the targets; these
 * turn them into what a chart draws. Nothing here reads the ledger but
 * rl_chart_data_get_targets(), and that only through the rates API.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "rl-chart-data.h"
#include "rl-chart-style.h"
#include "rl-time.h"

static const RlRatesRow *
find_row (const RlRates *rates,
          const char    *id)
{
  for (guint i = 0; i < rates->streets->len; i++)
    if (g_strcmp0 (((RlRatesRow *) g_ptr_array_index (rates->streets, i))->id, id) == 0)
      return g_ptr_array_index (rates->streets, i);
  for (guint i = 0; i < rates->communities->len; i++)
    if (g_strcmp0 (((RlRatesRow *) g_ptr_array_index (rates->communities, i))->id, id) == 0)
      return g_ptr_array_index (rates->communities, i);
  return NULL;
}

/* The street or community @scope_id names, or the whole ledger. */
static const RlRatesRow *
scope_row (const RlRates *rates,
           RlScope        scope,
           const char    *scope_id)
{
  return scope == RL_SCOPE_LEDGER ? &rates->total : find_row (rates, scope_id);
}

/* Whether @row, a street or a community as @by says, lies in the scope. */
static gboolean
in_scope (const RlRates    *rates,
          const RlRatesRow *row,
          RlScope           by,
          RlScope           scope,
          const char       *scope_id)
{
  const RlRatesRow *community;

  if (scope == RL_SCOPE_LEDGER)
    return TRUE;
  if (by == RL_SCOPE_COMMUNITY)
    return g_strcmp0 (scope == RL_SCOPE_STREET ? row->street_id : row->id, scope_id) == 0;
  if (scope == RL_SCOPE_STREET)
    return g_strcmp0 (row->id, scope_id) == 0;
  community = find_row (rates, scope_id);
  return community != NULL && g_strcmp0 (row->id, community->street_id) == 0;
}

static void
set_value (RlChartValue  *value,
           const RlRatio *ratio)
{
  g_autofree char *text = rl_ratio_format (ratio);
  g_autofree char *detail = NULL;

  if (rl_ratio_has_rate (ratio))
    detail = g_strdup_printf ("%s (%lld/%lld)", text, (long long) ratio->num,
                              (long long) ratio->den);
  rl_chart_value_set (value, rl_ratio_get_rate (ratio), text, detail);
}

static void
set_series (RlChartSeries *series,
            guint          n_shown,
            const RlRate  *shown,
            const double  *targets)
{
  for (guint j = 0; j < n_shown; j++)
    rl_chart_series_set (&series[j], rl_rate_label (shown[j]),
                         RL_CHART_STYLE_COMMITTEE_FORMATION + shown[j],
                         targets ? targets[shown[j]] : NAN);
}

/* Chart 1 shows streets when the ledger has several, else the communities
 * of its one street. */
RlScope
rl_chart_data_default_scope (const RlRates *rates)
{
  return rates->streets->len > 1 ? RL_SCOPE_STREET : RL_SCOPE_COMMUNITY;
}

/* A quarter under the trend chart, on two lines. */
char *
rl_chart_data_quarter_label (int year,
                             int quarter)
{
  /* Each its own literal, for the translators and for format checks. */
  switch (quarter)
    {
    case 1:
      return g_strdup_printf (C_("chart", "Q1\n%d"), year);
    case 2:
      return g_strdup_printf (C_("chart", "Q2\n%d"), year);
    case 3:
      return g_strdup_printf (C_("chart", "Q3\n%d"), year);
    case 4:
    default:
      return g_strdup_printf (C_("chart", "Q4\n%d"), year);
    }
}

/* The quarter's last day, YYYY-MM-DD. */
char *
rl_chart_data_quarter_end (int year,
                           int quarter)
{
  static const char *const ends[] = { "03-31", "06-30", "09-30", "12-31" };

  g_return_val_if_fail (quarter >= 1 && quarter <= 4, NULL);

  return g_strdup_printf ("%04d-%s", year, ends[quarter - 1]);
}

/* The last days of the @n_quarters quarters that ended on or before @date,
 * oldest first: 2026-09-30 and 2026-10-08 both end with 2026-09-30. NULL
 * for a date that is not YYYY-MM-DD. */
char **
rl_chart_data_quarter_ends (const char *date,
                            guint       n_quarters)
{
  GPtrArray *ends;
  GDate day;
  int last, month;

  if (!rl_date_parse (date, &day))
    return NULL;

  /* Quarters counted from year 0, the last one ended on or before @date. */
  month = g_date_get_month (&day);
  last = g_date_get_year (&day) * 4 + (month - 1) / 3;
  if (!(month % 3 == 0 && g_date_is_last_of_month (&day)))
    last--;

  ends = g_ptr_array_new ();
  for (int q = last - (int) n_quarters + 1; q <= last; q++)
    g_ptr_array_add (ends, rl_chart_data_quarter_end (q / 4, q % 4 + 1));
  g_ptr_array_add (ends, NULL);
  return (char **) g_ptr_array_free (ends, FALSE);
}

/* Each rate's year-end target for @year (NAN for none), as set in the
 * ledger or else by default. */
gboolean
rl_chart_data_get_targets (RlStore  *store,
                           int       year,
                           double    targets[RL_N_RATES],
                           GError  **error)
{
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      gboolean has_target = FALSE;
      double target = NAN;

      if (!rl_rates_get_target (store, rate, year, &has_target, &target, error))
        return FALSE;
      targets[rate] = has_target ? target : NAN;
    }
  return TRUE;
}

/* Chart 1: @shown's rates of each street or community (@by) in the scope,
 * with @targets (indexed by RlRate; NULL for none). */
RlRatesBarChartData *
rl_chart_data_rates (const RlRates *rates,
                     RlScope        by,
                     RlScope        scope,
                     const char    *scope_id,
                     const RlRate  *shown,
                     guint          n_shown,
                     const double   targets[RL_N_RATES])
{
  RlRatesBarChartData *data = rl_rates_bar_chart_data_new ();
  const GPtrArray *rows = by == RL_SCOPE_STREET ? rates->streets : rates->communities;
  const RlRatesRow *where = scope_row (rates, scope, scope_id);

  g_return_val_if_fail (by == RL_SCOPE_STREET || by == RL_SCOPE_COMMUNITY, data);
  g_return_val_if_fail (n_shown <= RL_CHART_MAX_SERIES, data);

  data->n_series = n_shown;
  set_series (data->series, n_shown, shown, targets);
  for (guint i = 0; i < rows->len; i++)
    {
      const RlRatesRow *row = g_ptr_array_index (rows, i);
      RlRatesBarGroup *group;

      if (!in_scope (rates, row, by, scope, scope_id))
        continue;
      group = rl_rates_bar_chart_data_add_group (data, row->name, row->id);
      for (guint j = 0; j < n_shown; j++)
        set_value (&group->values[j], &row->ratios[shown[j]]);
    }

  if (scope != RL_SCOPE_LEDGER && where != NULL)
    data->title = by == RL_SCOPE_COMMUNITY && scope == RL_SCOPE_STREET
                  ? g_strdup_printf (_("Rates by community in %1$s on %2$s"), where->name,
                                     rates->date)
                  : g_strdup_printf (_("Rates of %1$s on %2$s"), where->name, rates->date);
  else if (by == RL_SCOPE_STREET)
    data->title = g_strdup_printf (_("Rates by street on %s"), rates->date);
  else
    data->title = g_strdup_printf (_("Rates by community on %s"), rates->date);
  return data;
}

/* Chart 2: @shown's rates of the scope at @n_quarters quarter ends, @rates
 * and @targets (indexed by RlRate) one per quarter, oldest first. */
RlTrendChartData *
rl_chart_data_trend (RlRates * const *rates,
                     const double   (*targets)[RL_N_RATES],
                     guint            n_quarters,
                     RlScope          scope,
                     const char      *scope_id,
                     const RlRate    *shown,
                     guint            n_shown)
{
  RlTrendChartData *data = rl_trend_chart_data_new ();
  const RlRatesRow *where = NULL;

  g_return_val_if_fail (n_shown <= RL_CHART_MAX_SERIES, data);

  data->n_series = n_shown;
  set_series (data->series, n_shown, shown, NULL);
  for (guint q = 0; q < n_quarters; q++)
    {
      const RlRatesRow *row = scope_row (rates[q], scope, scope_id);
      g_autofree char *label = NULL;
      RlTrendPoint *point;
      GDate day;

      if (!rl_date_parse (rates[q]->date, &day))
        g_return_val_if_reached (data);
      label = rl_chart_data_quarter_label (g_date_get_year (&day),
                                           (g_date_get_month (&day) - 1) / 3 + 1);
      point = rl_trend_chart_data_add_point (data, label, rates[q]->date);
      for (guint j = 0; j < n_shown; j++)
        {
          point->targets[j] = targets ? targets[q][shown[j]] : NAN;
          /* A street or community not there yet has no rates. */
          if (row != NULL)
            set_value (&point->values[j], &row->ratios[shown[j]]);
        }
      if (row != NULL)
        where = row;
    }

  if (scope != RL_SCOPE_LEDGER && where != NULL)
    data->title = g_strdup_printf (_("%s: rates at the end of each quarter"), where->name);
  else
    data->title = g_strdup (_("Rates at the end of each quarter"));
  return data;
}

/* Chart 3: how the compounds of each street or community (@by) in the
 * scope are managed. */
RlManagementChartData *
rl_chart_data_management (const RlRates *rates,
                          RlScope        by,
                          RlScope        scope,
                          const char    *scope_id)
{
  RlManagementChartData *data = rl_management_chart_data_new ();
  const GPtrArray *rows = by == RL_SCOPE_STREET ? rates->streets : rates->communities;
  const RlRatesRow *where = scope_row (rates, scope, scope_id);

  g_return_val_if_fail (by == RL_SCOPE_STREET || by == RL_SCOPE_COMMUNITY, data);

  for (guint i = 0; i < rows->len; i++)
    {
      const RlRatesRow *row = g_ptr_array_index (rows, i);
      RlManagementGroup *group;

      if (!in_scope (rates, row, by, scope, scope_id))
        continue;
      group = rl_management_chart_data_add_group (data, row->name, row->id);
      group->counts[RL_MANAGEMENT_FIRM_SERVED] = row->firm_served;
      group->counts[RL_MANAGEMENT_SELF_MANAGED] = row->self_managed;
      group->counts[RL_MANAGEMENT_UNSERVED] = row->unserved;
    }

  if (scope != RL_SCOPE_LEDGER && where != NULL)
    data->title = by == RL_SCOPE_COMMUNITY && scope == RL_SCOPE_STREET
                  ? g_strdup_printf (_("How compounds are managed in the communities of %1$s "
                                       "on %2$s"), where->name, rates->date)
                  : g_strdup_printf (_("How compounds are managed in %1$s on %2$s"),
                                     where->name, rates->date);
  else if (by == RL_SCOPE_STREET)
    data->title = g_strdup_printf (_("How compounds are managed, by street, on %s"),
                                   rates->date);
  else
    data->title = g_strdup_printf (_("How compounds are managed, by community, on %s"),
                                   rates->date);
  return data;
}
