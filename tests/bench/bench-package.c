/* bench-package.c: exchange packages at city scale
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a demo ledger (REDLEDGER_BENCH_SIZE: street, district or city;
 * city by default), exports it, imports the package into an empty ledger,
 * and replays the same rows into SQLite alone for comparison. Each step of
 * redledger-cli runs as a child process so that its own peak memory is
 * measured. Prints figures; asserts nothing about time.
 */

#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rl-store.h"

typedef struct
{
  double seconds;
  double peak_mb;
} Measure;

static gboolean
run_cli (Measure *measure,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  struct rusage usage;
  gint64 start;
  const char *arg;
  va_list args;
  pid_t pid;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("REDLEDGER_CLI"));
  va_start (args, measure);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid == 0)
    {
      int devnull = open ("/dev/null", O_WRONLY);

      dup2 (devnull, STDOUT_FILENO);
      execv (argv->pdata[0], (char **) argv->pdata);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;

  measure->seconds = (g_get_monotonic_time () - start) / 1e6;
  measure->peak_mb = usage.ru_maxrss / 1024.0;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static gint64
count_records (RlStore *store)
{
  gint64 n = 0;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    n += rl_store_count (store, c);
  return n;
}

/* The same rows into a fresh ledger with SQLite alone: prepared statements,
 * one transaction, no checks, no audit log. */
static double
replay_with_sqlite (const char *from,
                    const char *to,
                    gint64     *rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) empty = rl_store_open (to, &error);
  sqlite3 *db;
  gint64 start;

  g_assert_no_error (error);
  g_clear_object (&empty);

  g_assert_cmpint (sqlite3_open (to, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                    "PRAGMA cache_size = -262144;", NULL, NULL, NULL);
  {
    g_autofree char *attach = g_strdup_printf ("ATTACH DATABASE '%s' AS src", from);
    g_assert_cmpint (sqlite3_exec (db, attach, NULL, NULL, NULL), ==, SQLITE_OK);
  }

  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  *rows = 0;
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const char *table = rl_collection_get (c)->name;
      g_autofree char *select_sql = g_strdup_printf ("SELECT * FROM src.%s", table);
      sqlite3_stmt *select = NULL, *insert = NULL;
      int n_columns;
      g_autoptr(GString) insert_sql = g_string_new (NULL);

      g_assert_cmpint (sqlite3_prepare_v2 (db, select_sql, -1, &select, NULL), ==, SQLITE_OK);
      /* received_day is generated: leave it out. */
      n_columns = sqlite3_column_count (select);
      g_string_printf (insert_sql, "INSERT INTO main.%s (", table);
      for (int i = 0; i < n_columns; i++)
        if (g_strcmp0 (sqlite3_column_name (select, i), "received_day") != 0)
          g_string_append_printf (insert_sql, "%s\"%s\"", i ? ", " : "",
                                  sqlite3_column_name (select, i));
      g_string_append (insert_sql, ") VALUES (");
      for (int i = 0, k = 0; i < n_columns; i++)
        if (g_strcmp0 (sqlite3_column_name (select, i), "received_day") != 0)
          g_string_append_printf (insert_sql, "%s?%d", k++ ? ", " : "", i + 1);
      g_string_append (insert_sql, ")");
      g_assert_cmpint (sqlite3_prepare_v2 (db, insert_sql->str, -1, &insert, NULL), ==, SQLITE_OK);

      while (sqlite3_step (select) == SQLITE_ROW)
        {
          for (int i = 0; i < n_columns; i++)
            sqlite3_bind_value (insert, i + 1, sqlite3_column_value (select, i));
          g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
          sqlite3_reset (insert);
          (*rows)++;
        }
      sqlite3_finalize (select);
      sqlite3_finalize (insert);
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);

  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int    argc,
      char **argv)
{
  const char *size = g_getenv ("REDLEDGER_BENCH_SIZE");
  g_autofree char *dir = g_dir_make_tmp ("redledger-bench-XXXXXX", NULL);
  g_autofree char *ledger = g_build_filename (dir, "demo.redledger", NULL);
  g_autofree char *package = g_build_filename (dir, "demo.json", NULL);
  g_autofree char *imported = g_build_filename (dir, "imported.redledger", NULL);
  g_autofree char *replayed = g_build_filename (dir, "replayed.redledger", NULL);
  g_autofree char *sample_db = g_build_filename (dir, "sample.redledger", NULL);
  g_autofree char *sample = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data",
                                              "jinghe-2026.json", NULL);
  Measure demo, export, import, sample_import;
  gint64 records = 0, replay_rows = 0;
  double replay_seconds;
  GStatBuf st;

  /* Figures name Chinese records: print them as UTF-8 whatever the locale. */
  if (setlocale (LC_ALL, "") == NULL || !g_get_charset (NULL))
    setlocale (LC_ALL, "C.UTF-8");

  if (size == NULL)
    size = "city";

  g_assert_true (run_cli (&sample_import, "--db", sample_db, "import", sample, NULL));
  g_print ("sample package: imported in %.0f ms wall, start-up included\n",
           sample_import.seconds * 1000);

  g_assert_true (run_cli (&demo, "--db", ledger, "demo", "--size", size, "--seed", "1", NULL));
  {
    g_autoptr(RlStore) store = rl_store_open (ledger, NULL);
    records = count_records (store);
  }
  g_print ("demo (%s): %" G_GINT64_FORMAT " records in %.1f s (%.0f records/s), peak RSS %.0f MB\n",
           size, records, demo.seconds, records / demo.seconds, demo.peak_mb);

  g_assert_true (run_cli (&export, "--db", ledger, "export", package, NULL));
  g_stat (package, &st);
  g_print ("export: %.1f s, %.0f records/s, %.0f MB file, peak RSS %.0f MB\n",
           export.seconds, records / export.seconds, st.st_size / 1e6, export.peak_mb);

  g_assert_true (run_cli (&import, "--db", imported, "import", package, NULL));
  g_print ("import: %.1f s, %.0f records/s, peak RSS %.0f MB\n",
           import.seconds, records / import.seconds, import.peak_mb);

  replay_seconds = replay_with_sqlite (imported, replayed, &replay_rows);
  g_print ("sqlite3 alone (same rows, prepared statements, one transaction, no checks or "
           "audit): %.1f s, %.0f rows/s; the import takes %.2fx as long\n",
           replay_seconds, replay_rows / replay_seconds, import.seconds / replay_seconds);

  for (const char *const *name = (const char *const[]) { ledger, package, imported, replayed,
                                                         sample_db, NULL };
       *name; name++)
    {
      g_autofree char *wal = g_strconcat (*name, "-wal", NULL);
      g_autofree char *shm = g_strconcat (*name, "-shm", NULL);
      g_unlink (*name);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return 0;
}
