/* bench-lists.c: the pages' lists at city scale
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a demo ledger (REDLEDGER_BENCH_SIZE, city by default): how long a
 * page's list takes to show its first rows, to re-filter on a search
 * keystroke, to apply a filter and a sort, and to scroll through pages.
 * Prints figures; asserts nothing about time.
 */

#include <glib/gstdio.h>
#include <locale.h>

#include "rl-demo.h"
#include "rl-record-list.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* What a view does when it first shows: the count and the first screen. */
static void
touch_first_rows (RlRecordList *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < MIN (n, 40); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
}

static void
bench_collection (RlStore        *store,
                  RlCollectionId  collection,
                  const char     *search)
{
  const char *name = rl_collection_get (collection)->name;
  g_autoptr(RlRecordList) list = NULL;
  gint64 start;
  double open_ms, search_ms, clear_ms, sort_ms, scroll_ms;
  guint n, pages = 0;

  start = g_get_monotonic_time ();
  list = rl_record_list_new (store, collection);
  touch_first_rows (list);
  open_ms = ms_since (start);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));

  /* One keystroke more of a search, then clearing it. */
  start = g_get_monotonic_time ();
  rl_record_list_set_search (list, search);
  touch_first_rows (list);
  search_ms = ms_since (start);
  start = g_get_monotonic_time ();
  rl_record_list_set_search (list, NULL);
  touch_first_rows (list);
  clear_ms = ms_since (start);

  start = g_get_monotonic_time ();
  rl_record_list_set_sort (list, "name", TRUE);
  touch_first_rows (list);
  sort_ms = ms_since (start);
  rl_record_list_set_sort (list, NULL, FALSE);

  /* Scrolling: one item from each of the first hundred pages. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n && pages < 100; i += 256, pages++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  scroll_ms = pages ? ms_since (start) / pages : 0;

  g_print ("%-12s %8u rows: open %6.1f ms, search \"%s\" %6.1f ms, clear %6.1f ms, "
           "sort %6.1f ms, %5.2f ms per new page\n",
           name, n, open_ms, search, search_ms, clear_ms, sort_ms, scroll_ms);
}

static void
bench_filter (RlStore        *store,
              RlCollectionId  collection,
              RlListFilter    filter,
              const char     *what)
{
  g_autoptr(RlRecordList) list = rl_record_list_new (store, collection);
  gint64 start = g_get_monotonic_time ();

  rl_record_list_set_filter (list, filter);
  touch_first_rows (list);
  g_print ("filter %-28s %6u rows in %6.1f ms\n", what,
           g_list_model_get_n_items (G_LIST_MODEL (list)), ms_since (start));
}

int
main (int    argc,
      char **argv)
{
  const char *size_name = g_getenv ("REDLEDGER_BENCH_SIZE");
  g_autofree char *dir = g_dir_make_tmp ("redledger-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lists.redledger", NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RlDemoSize size = RL_DEMO_CITY;
  gint64 start;

  /* Figures name Chinese records: print them as UTF-8 whatever the locale. */
  if (setlocale (LC_ALL, "") == NULL || !g_get_charset (NULL))
    setlocale (LC_ALL, "C.UTF-8");

  if (size_name != NULL && !rl_demo_parse_size (size_name, &size))
    g_error ("unknown REDLEDGER_BENCH_SIZE “%s”", size_name);

  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (rl_demo_generate (store, size, 1, NULL, NULL, &error));
  g_print ("demo ledger made in %.1f s\n", ms_since (start) / 1000);

  bench_collection (store, RL_COLLECTION_COMPOUNDS, "花园");
  bench_collection (store, RL_COLLECTION_FIRMS, "物业");
  bench_collection (store, RL_COLLECTION_SERVICES, "花园");
  bench_collection (store, RL_COLLECTION_COMMITTEES, "花园");
  bench_collection (store, RL_COLLECTION_PARTY_ORGS, "支部");
  bench_collection (store, RL_COLLECTION_INSTRUCTORS, "王");
  bench_collection (store, RL_COLLECTION_WORK_ORDERS, "花园");
  bench_filter (store, RL_COLLECTION_COMPOUNDS, RL_LIST_FILTER_NO_COMMITTEE, "compounds, no committee");
  bench_filter (store, RL_COLLECTION_COMPOUNDS, RL_LIST_FILTER_NO_SERVICE, "compounds, no service");
  bench_filter (store, RL_COLLECTION_COMPOUNDS, RL_LIST_FILTER_NOT_RED, "compounds, not red");
  bench_filter (store, RL_COLLECTION_COMMITTEES, RL_LIST_FILTER_TERM_OVERDUE, "committees, term overdue");
  bench_filter (store, RL_COLLECTION_FIRMS, RL_LIST_FILTER_MUST_BUILD, "firms, must build");

  g_clear_object (&store);
  for (const char *const *suffix = (const char *const[]) { "", "-wal", "-shm", NULL }; *suffix; suffix++)
    {
      g_autofree char *file = g_strconcat (path, *suffix, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
  return 0;
}
