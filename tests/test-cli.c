/* test-cli.c: redledger-cli as a script runs it
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "rl-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs redledger-cli with @args (NULL-terminated) in @locale. */
static void
run_cli (Run        *run,
         const char *locale,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("REDLEDGER_CLI"));
  va_start (args, locale);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "C.UTF-8", "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "redledger-cli 0.1.0\n");
}

static void
test_usage_errors (void)
{
  g_auto(Run) none = { 0, };
  g_auto(Run) unknown = { 0, };
  g_auto(Run) missing_arg = { 0, };
  g_auto(Run) bad_option = { 0, };
  g_autofree char *db = rl_test_temp_path ("usage.redledger");

  run_cli (&none, "C.UTF-8", NULL);
  g_assert_cmpint (none.status, ==, 2);

  run_cli (&unknown, "C.UTF-8", "--db", db, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&missing_arg, "C.UTF-8", "--db", db, "import", NULL);
  g_assert_cmpint (missing_arg.status, ==, 2);

  run_cli (&bad_option, "C.UTF-8", "--db", db, "import", "x.json", "--frob", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
}

static void
test_import_export (void)
{
  g_autofree char *db = rl_test_temp_path ("cli.redledger");
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autofree char *out = rl_test_temp_path ("out.json");
  g_auto(Run) dry = { 0, };
  g_auto(Run) import = { 0, };
  g_auto(Run) export = { 0, };
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  run_cli (&dry, "C.UTF-8", "--db", db, "import", sample, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "692 added"));
  g_assert_nonnull (strstr (dry.out, "Dry run"));

  run_cli (&import, "C.UTF-8", "--db", db, "import", sample, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "work orders: 250 added"));

  run_cli (&export, "C.UTF-8", "export", out, "--db", db, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  store = rl_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_WORK_ORDERS), ==, 250);
}

static void
test_bad_package (void)
{
  g_autofree char *db = rl_test_temp_path ("bad.redledger");
  g_autofree char *bad = rl_test_data_path ("bad-package.json");
  g_auto(Run) run = { 0, };
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  run_cli (&run, "C.UTF-8", "--db", db, "import", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* Errors on standard error, every one, each naming its record. */
  for (const char *const *id = (const char *const[]) { "cm2", "cp2", "cp3", "cp1", "f1", "f2", "s1",
                                                       "oc1", "r1", "w1", "i2", NULL };
       *id != NULL; id++)
    {
      g_autofree char *quoted = g_strdup_printf ("“%s”", *id);
      g_assert_nonnull (strstr (run.err, quoted));
    }
  g_assert_nonnull (strstr (run.err, "12 errors"));

  store = rl_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rl_store_count (store, RL_COLLECTION_STREETS), ==, 0);
}

static void
test_not_a_ledger (void)
{
  g_autofree char *db = rl_test_write_package ("notes.txt", "these are my notes\n");
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0, };

  run_cli (&run, "C.UTF-8", "--db", db, "import", sample, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "not a Red Ledger"));
  g_file_get_contents (db, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, "these are my notes\n");
}

/* Under zh_CN the messages are Chinese. */
static void
test_chinese (void)
{
  g_autofree char *db = rl_test_temp_path ("zh.redledger");
  g_autofree char *bad = rl_test_data_path ("bad-package.json");
  g_auto(Run) run = { 0, };

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed (build-aux/dev installs it)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  run_cli (&run, "zh_CN.UTF-8", "--db", db, "import", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "小区"));
  g_assert_nonnull (strstr (run.err, "未导入"));
  g_assert_null (strstr (run.err, "is not one of"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/import-export", test_import_export);
  g_test_add_func ("/cli/bad-package", test_bad_package);
  g_test_add_func ("/cli/not-a-ledger", test_not_a_ledger);
  g_test_add_func ("/cli/chinese", test_chinese);

  return g_test_run ();
}
