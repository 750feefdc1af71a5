/* rl-rates.c: the three rates (三率), coverage, their lists and targets
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rl-rates.h"
#include "rl-store-rates.h"
#include "rl-time.h"

G_DEFINE_QUARK (rl-rates-error-quark, rl_rates_error)

/* The keys are the member names of `rates --json` (cli.md) and of the
 * targets table. */
static const struct
{
  const char *key;
  const char *label;
} rate_info[RL_N_RATES] = {
  { "committee_formation", N_("Committee formation rate") },
  { "service_coverage", N_("Property service coverage") },
  { "party_org_coverage", N_("Party organization coverage") },
  { "party_work_coverage", N_("Party work coverage") },
  { "red_property_coverage", N_("Red property coverage") },
};

static const char *const gap_labels[RL_N_GAPS] = {
  N_("Compounds with no committee"),
  N_("Compounds with no property service"),
  N_("Party organizations still to be built"),
  N_("Committees overdue for re-election"),
  N_("Units with no Party organization or instructor"),
};

static void
row_clear (RlRatesRow *row)
{
  g_clear_pointer (&row->id, g_free);
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->street_id, g_free);
}

static void
row_add (RlRatesRow       *sum,
         const RlRatesRow *row)
{
  sum->compounds += row->compounds;
  sum->firm_served += row->firm_served;
  sum->self_managed += row->self_managed;
  sum->unserved += row->unserved;
  for (guint i = 0; i < RL_N_RATES; i++)
    {
      sum->ratios[i].num += row->ratios[i].num;
      sum->ratios[i].den += row->ratios[i].den;
    }
}

static gboolean
is_date_form (const char *text)
{
  static const char form[] = "dddd-dd-dd";

  if (text == NULL || strlen (text) != strlen (form))
    return FALSE;
  for (guint i = 0; form[i] != '\0'; i++)
    if (form[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != form[i])
      return FALSE;
  return TRUE;
}

const char *
rl_rate_key (RlRate rate)
{
  g_return_val_if_fail (rate < RL_N_RATES, NULL);

  return rate_info[rate].key;
}

const char *
rl_rate_label (RlRate rate)
{
  g_return_val_if_fail (rate < RL_N_RATES, NULL);

  return _(rate_info[rate].label);
}

gboolean
rl_rate_from_key (const char *key,
                  RlRate     *rate)
{
  for (guint i = 0; i < RL_N_RATES; i++)
    if (g_strcmp0 (key, rate_info[i].key) == 0)
      {
        *rate = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rl_ratio_has_rate (const RlRatio *ratio)
{
  return ratio->den != 0;
}

/* The rate in tenths of a percent, rounded half up on the exact fraction
 * (so 1/16 is 6.3%); -1 when there is no denominator. */
gint64
rl_ratio_tenths (const RlRatio *ratio)
{
  if (!rl_ratio_has_rate (ratio))
    return -1;
  return (ratio->num * 2000 + ratio->den) / (2 * ratio->den);
}

/* "66.7%", or "—" when there is no denominator: the one way every screen,
 * chart and table shows a rate. */
char *
rl_ratio_format (const RlRatio *ratio)
{
  gint64 tenths = rl_ratio_tenths (ratio);

  if (tenths < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%lld.%lld%%", (long long) (tenths / 10), (long long) (tenths % 10));
}

/* NAN when there is no denominator. Both counts are far below 2^53, so the
 * quotient is the correctly rounded one any other program computes. */
double
rl_ratio_get_rate (const RlRatio *ratio)
{
  return ratio->den != 0 ? (double) ratio->num / (double) ratio->den : NAN;
}

/* Today's calendar date in China time, whatever the machine's zone. */
char *
rl_rates_today (void)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (8 * 60 * 60);
  g_autoptr(GDateTime) now = g_date_time_new_now (china);

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
rl_rates_check_date (const char  *date,
                     GError     **error)
{
  if (!is_date_form (date))
    {
      g_set_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_DATE,
                   _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-09-30"),
                   date ? date : "");
      return FALSE;
    }
  if (!rl_date_parse (date, NULL))
    {
      g_set_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_DATE,
                   _("“%s” is not a day of the calendar: check the month and the day"), date);
      return FALSE;
    }
  return TRUE;
}

/* Every community in one query; streets and the whole ledger are sums of
 * their communities (every compound is in exactly one). */
RlRates *
rl_rates_compute (RlStore     *store,
                  const char  *date,
                  GError     **error)
{
  g_autoptr(RlRates) result = NULL;
  g_autoptr(GHashTable) streets = NULL;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  if (!rl_rates_check_date (date, error))
    return NULL;

  result = g_new0 (RlRates, 1);
  result->date = g_strdup (date);
  result->total.scope = RL_SCOPE_LEDGER;
  result->total.name = g_strdup ("");
  result->streets = g_ptr_array_new_with_free_func ((GDestroyNotify) rl_rates_row_free);
  result->communities = g_ptr_array_new_with_free_func ((GDestroyNotify) rl_rates_row_free);

  if (!rl_store_rates_streets (store, result->streets, error)
      || !rl_store_rates_by_community (store, date, result->communities, error))
    return NULL;

  streets = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < result->streets->len; i++)
    {
      RlRatesRow *street = g_ptr_array_index (result->streets, i);

      g_hash_table_insert (streets, street->id, street);
    }

  for (guint i = 0; i < result->communities->len; i++)
    {
      const RlRatesRow *community = g_ptr_array_index (result->communities, i);
      RlRatesRow *street = g_hash_table_lookup (streets, community->street_id);

      row_add (&result->total, community);
      if (street != NULL)
        row_add (street, community);
    }

  return g_steal_pointer (&result);
}

void
rl_rates_row_free (RlRatesRow *row)
{
  row_clear (row);
  g_free (row);
}

void
rl_rates_free (RlRates *rates)
{
  if (rates == NULL)
    return;
  g_free (rates->date);
  row_clear (&rates->total);
  g_clear_pointer (&rates->streets, g_ptr_array_unref);
  g_clear_pointer (&rates->communities, g_ptr_array_unref);
  g_free (rates);
}

const char *
rl_gap_label (RlGap gap)
{
  g_return_val_if_fail (gap < RL_N_GAPS, NULL);

  return _(gap_labels[gap]);
}

/* The rows of one list on @date, for the whole ledger or the street or
 * community @scope_id. */
GPtrArray *
rl_rates_gaps (RlStore     *store,
               RlGap        gap,
               const char  *date,
               RlScope      scope,
               const char  *scope_id,
               GError     **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), NULL);
  g_return_val_if_fail (gap < RL_N_GAPS, NULL);
  g_return_val_if_fail (scope == RL_SCOPE_LEDGER || scope_id != NULL, NULL);

  if (!rl_rates_check_date (date, error))
    return NULL;

  return rl_store_gaps (store, gap, date,
                        scope == RL_SCOPE_STREET ? scope_id : NULL,
                        scope == RL_SCOPE_COMMUNITY ? scope_id : NULL,
                        error);
}

void
rl_gap_row_free (RlGapRow *row)
{
  g_free (row->id);
  g_free (row->name);
  g_free (row->kind);
  g_free (row->firm_id);
  g_free (row->firm_name);
  g_free (row->compound_id);
  g_free (row->compound_name);
  g_free (row->community_id);
  g_free (row->community_name);
  g_free (row->street_id);
  g_free (row->street_name);
  g_free (row->term_end);
  g_free (row);
}

/* The year-end targets of domain.md; FALSE when there is none. */
gboolean
rl_rates_default_target (RlRate  rate,
                         int     year,
                         double *target)
{
  g_return_val_if_fail (rate < RL_N_RATES, FALSE);

  switch (rate)
    {
    case RL_RATE_RED_PROPERTY_COVERAGE:
      if (year < 2020)
        return FALSE;
      *target = year == 2020 ? 0.5 : year == 2021 ? 0.7 : 1.0;
      return TRUE;
    case RL_RATE_COMMITTEE_FORMATION:
    case RL_RATE_SERVICE_COVERAGE:
    case RL_RATE_PARTY_ORG_COVERAGE:
      if (year < 2022)
        return FALSE;
      *target = 1.0;
      return TRUE;
    case RL_RATE_PARTY_WORK_COVERAGE:
    case RL_N_RATES:
    default:
      return FALSE;
    }
}

/* The target the ledger keeps for the year, or else the default. */
gboolean
rl_rates_get_target (RlStore   *store,
                     RlRate     rate,
                     int        year,
                     gboolean  *has_target,
                     double    *target,
                     GError   **error)
{
  gboolean found = FALSE;
  double stored = 0;

  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (rate < RL_N_RATES, FALSE);

  if (!rl_store_get_target (store, year, rate_info[rate].key, &found, &stored, error))
    return FALSE;

  if (found)
    *target = stored;
  else
    found = rl_rates_default_target (rate, year, target);
  *has_target = found;
  return TRUE;
}

/* Keeps @target (0 to 1) for the year; @source names the change in the
 * audit log, as an import's file name does. */
gboolean
rl_rates_set_target (RlStore     *store,
                     RlRate       rate,
                     int          year,
                     double       target,
                     const char  *source,
                     GError     **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (rate < RL_N_RATES, FALSE);

  if (!isfinite (target) || target < 0 || target > 1)
    {
      g_set_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_TARGET,
                   _("The target for %s in %d must be between 0 and 1 (0%% to 100%%), not %g"),
                   _(rate_info[rate].label), year, target);
      return FALSE;
    }

  /* Translators: the source of a change in the audit log */
  return rl_store_put_target (store, year, rate_info[rate].key, &target,
                              source ? source : _("year-end targets"), error);
}

/* Forgets the target kept for the year: the default applies again. */
gboolean
rl_rates_reset_target (RlStore     *store,
                       RlRate       rate,
                       int          year,
                       const char  *source,
                       GError     **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (rate < RL_N_RATES, FALSE);

  return rl_store_put_target (store, year, rate_info[rate].key, NULL,
                              source ? source : _("year-end targets"), error);
}
