/* rl-overview-figures.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK here: the figures are computed on a thread, from a connection of
 * the thread's own, and handed to the page whole.
 */

#include "rl-config.h"

#include <stdlib.h>
#include <string.h>

#include "rl-overview-figures.h"

/* The connection the threads compute on: one for all of a page's requests,
 * taken in turn, so that a city ledger's page cache is filled once, not
 * once a request. */
struct _RlOverviewSource
{
  GMutex   lock;
  char    *path;
  RlStore *store;   /* opened by the first request */
};

typedef struct
{
  RlOverviewSource *source;
  char             *date;
  char             *street_id;
  char             *community_id;
} Job;

static void
source_clear (RlOverviewSource *source)
{
  g_mutex_clear (&source->lock);
  g_free (source->path);
  g_clear_object (&source->store);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  rl_overview_source_unref (job->source);
  g_free (job->date);
  g_free (job->street_id);
  g_free (job->community_id);
  g_free (job);
}

static const RlRatesRow *
find_row (const GPtrArray *rows,
          const char      *id)
{
  for (guint i = 0; id != NULL && i < rows->len; i++)
    {
      const RlRatesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->id, id) == 0)
        return row;
    }
  return NULL;
}

/* Which scope the street and community chosen make, and its row. */
static void
choose_scope (RlOverviewFigures *figures,
              const char        *street_id,
              const char        *community_id)
{
  const RlRates *rates = figures->rates;
  const RlRatesRow *row;

  if (community_id != NULL && (row = find_row (rates->communities, community_id)) != NULL)
    {
      const RlRatesRow *street = find_row (rates->streets, row->street_id);

      figures->scope = RL_SCOPE_COMMUNITY;
      figures->row = row;
      figures->scope_name = street != NULL
        ? g_strdup_printf ("%s · %s", street->name, row->name) : g_strdup (row->name);
    }
  else if (street_id != NULL && (row = find_row (rates->streets, street_id)) != NULL)
    {
      figures->scope = RL_SCOPE_STREET;
      figures->row = row;
      figures->scope_name = g_strdup (row->name);
    }
  else
    {
      figures->scope = RL_SCOPE_LEDGER;
      figures->row = &rates->total;
    }
  figures->scope_id = g_strdup (figures->row->id);
}

static gboolean
get_targets (RlStore   *store,
             int        year,
             gboolean  *has_target,
             double    *target,
             GError   **error)
{
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    if (!rl_rates_get_target (store, rate, year, &has_target[rate], &target[rate], error))
      return FALSE;
  return TRUE;
}

static const RlRate all_rates[RL_N_RATES] = {
  RL_RATE_COMMITTEE_FORMATION, RL_RATE_SERVICE_COVERAGE, RL_RATE_PARTY_ORG_COVERAGE,
  RL_RATE_PARTY_WORK_COVERAGE, RL_RATE_RED_PROPERTY_COVERAGE,
};

/* Charts 1 and 3 go one level down from the scope: the streets of the
 * ledger (or the communities of its only street; a city's thousand
 * communities make no chart), the communities of a street, the community
 * itself. */
static gboolean
make_charts (RlOverviewFigures  *figures,
             RlStore            *store,
             GCancellable       *cancellable,
             GError            **error)
{
  g_auto(GStrv) ends = rl_chart_data_quarter_ends (figures->date, RL_CHART_TREND_QUARTERS);
  RlRates *at[RL_CHART_TREND_QUARTERS] = { NULL, };
  double targets[RL_CHART_TREND_QUARTERS][RL_N_RATES];
  double year_targets[RL_N_RATES];
  gboolean ok = TRUE;
  guint n = ends ? g_strv_length (ends) : 0;

  if (!rl_chart_data_get_targets (store, figures->year, year_targets, error))
    return FALSE;
  figures->bars_by = figures->scope == RL_SCOPE_LEDGER
                     ? rl_chart_data_default_scope (figures->rates) : RL_SCOPE_COMMUNITY;
  figures->bars = rl_chart_data_rates (figures->rates, figures->bars_by, figures->scope,
                                       figures->scope_id, all_rates, RL_N_RATES, year_targets);
  figures->management = rl_chart_data_management (figures->rates, figures->bars_by,
                                                  figures->scope, figures->scope_id);

  for (guint q = 0; ok && q < n; q++)
    {
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
           && rl_chart_data_get_targets (store, atoi (ends[q]), targets[q], error);
      /* The date may be a quarter end itself. */
      if (ok && g_strcmp0 (ends[q], figures->date) != 0)
        ok = (at[q] = rl_rates_compute (store, ends[q], error)) != NULL;
    }
  if (ok)
    {
      RlRates *rates[RL_CHART_TREND_QUARTERS];

      for (guint q = 0; q < n; q++)
        rates[q] = at[q] != NULL ? at[q] : figures->rates;
      figures->trend = rl_chart_data_trend (rates, (const double (*)[RL_N_RATES]) targets, n,
                                            figures->scope, figures->scope_id, all_rates,
                                            RL_N_RATES);
    }
  for (guint q = 0; q < n; q++)
    g_clear_pointer (&at[q], rl_rates_free);
  return ok;
}

static void
interrupt_cb (GCancellable *cancellable,
              RlStore      *store)
{
  rl_store_interrupt (store);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  RlOverviewSource *source = job->source;
  g_autoptr(GError) error = NULL;
  RlOverviewFigures *figures = NULL;
  gulong handler = 0;

  /* A request superseded while it waited for the connection is dropped. */
  g_mutex_lock (&source->lock);
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_mutex_unlock (&source->lock);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A connection of its own: the window's stays with the main thread. */
  if (source->store == NULL && (source->store = rl_store_open (source->path, &error)) == NULL)
    {
      g_mutex_unlock (&source->lock);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A newer date or scope stops the query under way at once. */
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (interrupt_cb), source->store,
                                     NULL);
  figures = rl_overview_figures_compute (source->store, job->date, job->street_id,
                                         job->community_id, cancellable, &error);
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);
  g_mutex_unlock (&source->lock);

  if (figures == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, figures, (GDestroyNotify) rl_overview_figures_free);
}

/* The figures for @date in the scope of the street or community (both NULL
 * for the whole ledger; an id the ledger does not have is the whole
 * ledger). */
RlOverviewFigures *
rl_overview_figures_compute (RlStore       *store,
                             const char    *date,
                             const char    *street_id,
                             const char    *community_id,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(RlOverviewFigures) figures = NULL;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  if (!rl_rates_check_date (date, error))
    return NULL;

  figures = g_new0 (RlOverviewFigures, 1);
  figures->date = g_strdup (date);
  figures->year = atoi (date);
  if ((figures->rates = rl_rates_compute (store, date, error)) == NULL)
    return NULL;
  choose_scope (figures, street_id, community_id);
  if (!get_targets (store, figures->year, figures->has_target, figures->target, error))
    return NULL;

  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      figures->gaps[gap] = rl_rates_gaps (store, gap, date, figures->scope, figures->scope_id,
                                          error);
      if (figures->gaps[gap] == NULL)
        return NULL;
    }

  if (!make_charts (figures, store, cancellable, error))
    return NULL;
  return g_steal_pointer (&figures);
}

/* Where the figures of the ledger at @path are computed. */
RlOverviewSource *
rl_overview_source_new (const char *path)
{
  RlOverviewSource *source = g_atomic_rc_box_new0 (RlOverviewSource);

  g_mutex_init (&source->lock);
  source->path = g_strdup (path);
  return source;
}

RlOverviewSource *
rl_overview_source_ref (RlOverviewSource *source)
{
  return g_atomic_rc_box_acquire (source);
}

void
rl_overview_source_unref (RlOverviewSource *source)
{
  g_atomic_rc_box_release_full (source, (GDestroyNotify) source_clear);
}

void
rl_overview_figures_compute_async (RlOverviewSource    *source,
                                   const char          *date,
                                   const char          *street_id,
                                   const char          *community_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (source != NULL);
  g_return_if_fail (date != NULL);

  job = g_new0 (Job, 1);
  job->source = rl_overview_source_ref (source);
  job->date = g_strdup (date);
  job->street_id = g_strdup (street_id);
  job->community_id = g_strdup (community_id);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rl_overview_figures_compute_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, compute_thread);
}

RlOverviewFigures *
rl_overview_figures_compute_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
rl_overview_figures_free (RlOverviewFigures *figures)
{
  if (figures == NULL)
    return;
  g_free (figures->date);
  g_free (figures->scope_id);
  g_free (figures->scope_name);
  g_clear_pointer (&figures->rates, rl_rates_free);
  g_clear_pointer (&figures->bars, rl_rates_bar_chart_data_free);
  g_clear_pointer (&figures->trend, rl_trend_chart_data_free);
  g_clear_pointer (&figures->management, rl_management_chart_data_free);
  for (guint i = 0; i < RL_N_GAPS; i++)
    g_clear_pointer (&figures->gaps[i], g_ptr_array_unref);
  g_free (figures);
}
