/* bench-rates.c: the three rates and their lists at city scale
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a demo ledger (REDLEDGER_BENCH_SIZE: street, district or city; city
 * by default): how long all the rates of one date take, for the whole
 * ledger, every street and every community; the eight quarter-ends of a
 * trend chart; and each list that goes with the rates. Prints figures;
 * asserts nothing about time.
 */

#include <glib/gstdio.h>
#include <locale.h>

#include "rl-demo.h"
#include "rl-rates.h"

#define RUNS 5

static const char *const quarter_ends[] = {
  "2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30",
  "2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30",
};

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The first run (a fresh connection, statements not yet prepared) and the
 * best of the next RUNS. */
static void
bench_rates (RlStore *store)
{
  g_autoptr(RlRates) rates = NULL;
  g_autoptr(GError) error = NULL;
  double first, best = G_MAXDOUBLE;
  gint64 start;

  start = g_get_monotonic_time ();
  rates = rl_rates_compute (store, "2026-09-30", &error);
  first = ms_since (start);
  g_assert_no_error (error);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RlRates) again = NULL;

      start = g_get_monotonic_time ();
      again = rl_rates_compute (store, "2026-09-30", &error);
      best = MIN (best, ms_since (start));
      g_assert_no_error (error);
    }

  g_print ("all rates on 2026-09-30 (%lld compounds, %u streets, %u communities): "
           "first %.1f ms, best of %d %.1f ms\n",
           (long long) rates->total.compounds, rates->streets->len, rates->communities->len,
           first, RUNS, best);
  g_print ("  whole ledger: committees %.1f%%, service %.1f%%, party org %.1f%%, "
           "party work %.1f%%, red property %.1f%% (%lld units)\n",
           100 * rl_ratio_get_rate (&rates->total.ratios[RL_RATE_COMMITTEE_FORMATION]),
           100 * rl_ratio_get_rate (&rates->total.ratios[RL_RATE_SERVICE_COVERAGE]),
           100 * rl_ratio_get_rate (&rates->total.ratios[RL_RATE_PARTY_ORG_COVERAGE]),
           100 * rl_ratio_get_rate (&rates->total.ratios[RL_RATE_PARTY_WORK_COVERAGE]),
           100 * rl_ratio_get_rate (&rates->total.ratios[RL_RATE_RED_PROPERTY_COVERAGE]),
           (long long) rates->total.ratios[RL_RATE_PARTY_ORG_COVERAGE].den);
}

static void
bench_trend (RlStore *store)
{
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < G_N_ELEMENTS (quarter_ends); i++)
        {
          g_autoptr(RlRates) rates = rl_rates_compute (store, quarter_ends[i], &error);

          g_assert_no_error (error);
        }
      best = MIN (best, ms_since (start));
    }

  g_print ("trend of %u quarter-ends (%s to %s), every street and community: "
           "best of %d %.1f ms\n",
           (guint) G_N_ELEMENTS (quarter_ends), quarter_ends[0],
           quarter_ends[G_N_ELEMENTS (quarter_ends) - 1], RUNS, best);
}

static void
bench_gap (RlStore    *store,
           RlGap       gap,
           RlScope     scope,
           const char *scope_id)
{
  static const char *const names[RL_N_GAPS] = {
    "no committee", "no service", "must build", "term overdue", "uncovered units",
  };
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE;
  guint n = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) rows = rl_rates_gaps (store, gap, "2026-09-30", scope, scope_id,
                                                 &error);

      best = MIN (best, ms_since (start));
      g_assert_no_error (error);
      n = rows->len;
    }

  g_print ("  %-16s %-10s %6u rows in %6.1f ms\n", names[gap],
           scope == RL_SCOPE_LEDGER ? "ledger" : "one street", n, best);
}

int
main (int    argc,
      char **argv)
{
  const char *size_name = g_getenv ("REDLEDGER_BENCH_SIZE");
  g_autofree char *dir = g_dir_make_tmp ("redledger-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rates.redledger", NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(RlRates) rates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *street = NULL;
  RlDemoSize size = RL_DEMO_CITY;
  gint64 start;

  if (setlocale (LC_ALL, "") == NULL || !g_get_charset (NULL))
    setlocale (LC_ALL, "C.UTF-8");

  if (size_name != NULL && !rl_demo_parse_size (size_name, &size))
    g_error ("unknown REDLEDGER_BENCH_SIZE “%s”", size_name);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (rl_demo_generate (store, size, 1, NULL, NULL, &error));
  g_print ("demo ledger (%s) made in %.1f s\n", size_name ? size_name : "city",
           ms_since (start) / 1000);

  /* A fresh connection, as the program has after opening a ledger. */
  g_clear_object (&store);
  store = rl_store_open (path, &error);
  g_assert_no_error (error);

  bench_rates (store);
  bench_trend (store);

  rates = rl_rates_compute (store, "2026-09-30", &error);
  g_assert_no_error (error);
  street = g_strdup (((RlRatesRow *) g_ptr_array_index (rates->streets, 0))->id);
  g_print ("lists on 2026-09-30 (best of %d):\n", RUNS);
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    {
      bench_gap (store, gap, RL_SCOPE_LEDGER, NULL);
      bench_gap (store, gap, RL_SCOPE_STREET, street);
    }

  g_clear_object (&store);
  for (const char *const *suffix = (const char *const[]) { "", "-wal", "-shm", NULL };
       *suffix != NULL; suffix++)
    {
      g_autofree char *file = g_strconcat (path, *suffix, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
  return 0;
}
