/* rl-overview-figures.h: everything the Overview shows for a date and a
 * scope, computed on a thread with its own connection
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  char                  *date;
  int                    year;
  RlScope                scope;
  char                  *scope_id;      /* NULL for the whole ledger */
  char                  *scope_name;    /* NULL for the whole ledger */
  RlRates               *rates;         /* every street and community on the date */
  const RlRatesRow      *row;           /* the scope's, in rates */
  gboolean               has_target[RL_N_RATES];
  double                 target[RL_N_RATES];

  /* The three charts, each for the scope; the groups of charts 1 and 3
   * are streets or communities as bars_by says. Taken by the views. */
  RlScope                bars_by;
  RlRatesBarChartData   *bars;
  RlTrendChartData      *trend;
  RlManagementChartData *management;

  /* The lists, RlGapRow each; taken by the views. */
  GPtrArray             *gaps[RL_N_GAPS];
} RlOverviewFigures;

/* A connection for the threads, shared by one page's requests. */
typedef struct _RlOverviewSource RlOverviewSource;

RlOverviewSource  *rl_overview_source_new             (const char          *path);
RlOverviewSource  *rl_overview_source_ref             (RlOverviewSource    *source);
void               rl_overview_source_unref           (RlOverviewSource    *source);

RlOverviewFigures *rl_overview_figures_compute        (RlStore             *store,
                                                       const char          *date,
                                                       const char          *street_id,
                                                       const char          *community_id,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
void               rl_overview_figures_compute_async  (RlOverviewSource    *source,
                                                       const char          *date,
                                                       const char          *street_id,
                                                       const char          *community_id,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
RlOverviewFigures *rl_overview_figures_compute_finish (GAsyncResult        *result,
                                                       GError             **error);
void               rl_overview_figures_free           (RlOverviewFigures   *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlOverviewFigures, rl_overview_figures_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlOverviewSource, rl_overview_source_unref)

G_END_DECLS
