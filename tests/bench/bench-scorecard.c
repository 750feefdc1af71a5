/* bench-scorecard.c: the quarter figures and scorecards at city scale
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a demo ledger (REDLEDGER_BENCH_SIZE: street, district or city; city
 * by default): how long 5341 compliance of every service in a quarter
 * takes (issue 6: under 1 s), the compounds' satisfaction, complaint and
 * dispute figures, and every scorecard of a quarter with the records
 * behind them (issue 7: under 2 s). Prints figures; asserts nothing about
 * time.
 */

#include <glib/gstdio.h>
#include <locale.h>

#include "rl-demo.h"
#include "rl-quarter.h"
#include "rl-scorecard.h"

#define RUNS 5
#define QUARTER "2026Q3"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The first run (a fresh connection, statements not yet prepared, pages
 * not yet cached) and the best of the next RUNS. */
static void
bench_figures (RlStore        *store,
               const char     *what,
               RlQuarterParts  parts)
{
  g_autoptr(RlQuarterFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  double first, best = G_MAXDOUBLE;
  gint64 start;
  RlVerdictCounts all = { 0, };

  start = g_get_monotonic_time ();
  figures = rl_quarter_figures_compute (store, QUARTER, NULL, parts, &error);
  first = ms_since (start);
  g_assert_no_error (error);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RlQuarterFigures) again = NULL;

      start = g_get_monotonic_time ();
      again = rl_quarter_figures_compute (store, QUARTER, NULL, parts, &error);
      best = MIN (best, ms_since (start));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < figures->services->len; i++)
    {
      const RlServiceCompliance *service = g_ptr_array_index (figures->services, i);

      all.compliant += service->all.compliant;
      all.failed += service->all.failed;
      all.left_out += service->all.left_out;
    }
  g_print ("%s, %s: first %.1f ms, best of %d %.1f ms\n", what, QUARTER, first, RUNS, best);
  if (parts & RL_QUARTER_COMPLIANCE)
    g_print ("  %u services with orders; %lld compliant, %lld failed, %lld left out, "
             "%lld with no service (rule %s)\n",
             figures->services->len, (long long) all.compliant, (long long) all.failed,
             (long long) all.left_out,
             (long long) (figures->unattributed->all.compliant + figures->unattributed->all.failed
                          + figures->unattributed->all.left_out),
             figures->profile->name);
  if (parts & RL_QUARTER_COMPOUNDS)
    g_print ("  %u compounds\n", figures->compounds->len);
}

static void
bench_scorecards (RlStore *store)
{
  g_autoptr(RlScorecards) cards = NULL;
  g_autoptr(GError) error = NULL;
  double first, best = G_MAXDOUBLE;
  guint counts[RL_N_SCORE_LISTS] = { 0, };
  gint64 start;

  start = g_get_monotonic_time ();
  cards = rl_scorecards_compute (store, QUARTER, NULL, NULL, &error);
  first = ms_since (start);
  g_assert_no_error (error);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RlScorecards) again = NULL;

      start = g_get_monotonic_time ();
      again = rl_scorecards_compute (store, QUARTER, NULL, NULL, &error);
      best = MIN (best, ms_since (start));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < cards->rows->len; i++)
    counts[((RlScorecard *) g_ptr_array_index (cards->rows, i))->list]++;
  g_print ("all scorecards of %s, with their records (%u services): first %.1f ms, "
           "best of %d %.1f ms\n", QUARTER, cards->rows->len, first, RUNS, best);
  g_print ("  red %u, warning %u, black %u, none %u\n", counts[RL_SCORE_LIST_RED],
           counts[RL_SCORE_LIST_WARNING], counts[RL_SCORE_LIST_BLACK],
           counts[RL_SCORE_LIST_NONE]);
}

int
main (int    argc,
      char **argv)
{
  const char *size_name = g_getenv ("REDLEDGER_BENCH_SIZE");
  g_autofree char *dir = g_dir_make_tmp ("redledger-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "scorecard.redledger", NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
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

  bench_figures (store, "5341 compliance of every service", RL_QUARTER_COMPLIANCE);
  bench_figures (store, "satisfaction, complaints and disputes of every compound",
                 RL_QUARTER_COMPOUNDS);
  bench_scorecards (store);

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
