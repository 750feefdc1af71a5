/* redledger-cli.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same ledger as the desktop program, for scripts and batch work.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "rl-cli.h"

static const struct
{
  const char   *name;
  RlCliCommand  run;
} commands[] = {
  { "import", rl_cli_import },
  { "export", rl_cli_export },
  { "demo", rl_cli_demo },
  { "rates", rl_cli_rates },
  { "scorecard", rl_cli_scorecard },
  { "chart", rl_cli_chart },
};

/* Messages from the build tree when the program is not installed. */
static void
setup_gettext (void)
{
  const char *dir = g_getenv ("REDLEDGER_LOCALEDIR");
  g_autofree char *installed = g_build_filename (RL_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  if (dir == NULL)
    dir = g_file_test (installed, G_FILE_TEST_EXISTS) ? RL_LOCALEDIR : RL_BUILD_LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
rl_cli_error (const GError *error)
{
  g_printerr ("redledger-cli: %s\n", error->message);
}

/* Parses a command's options; the ones left must be exactly n_positional. */
gboolean
rl_cli_parse (GOptionContext  *context,
              int             *argc,
              char          ***argv,
              int              n_positional,
              const char      *usage)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("redledger-cli: %s\n", error->message);
      return FALSE;
    }
  if (*argc - 1 != n_positional)
    {
      g_printerr (_("Usage: %s\n"), usage);
      return FALSE;
    }
  return TRUE;
}

RlStore *
rl_cli_open (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fallback = db_path ? NULL : rl_store_default_path ();
  RlStore *store = rl_store_open (db_path ? db_path : fallback, &error);

  if (store == NULL)
    rl_cli_error (error);
  return store;
}

static void
print_usage (void)
{
  g_printerr ("%s", _("Usage: redledger-cli [--db FILE] COMMAND [OPTIONS]\n"
                      "\n"
                      "Commands:\n"
                      "  import PACKAGE.json [--dry-run]          check and import an exchange package\n"
                      "  export PACKAGE.json [--street ID]         write the ledger or one street\n"
                      "  demo [--size street|district|city] [--seed N]  fill an empty ledger\n"
                      "  rates [--date YYYY-MM-DD] [--json]       the three rates and coverage on a day\n"
                      "  scorecard --quarter YYYYQn [--scheme FILE.json] [--json]  the quarter's scorecards\n"
                      "  chart rates|trend|management -o FILE.png|pdf|svg [--date D | --quarter Q]\n"
                      "        [--scope street|community] [--width W --height H]  draw a chart\n"
                      "\n"
                      "  --version                                print the version\n"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db_path = NULL;
  int first = 1;

  setup_gettext ();

  /* Options before the command belong to all commands. */
  while (first < argc && argv[first][0] == '-')
    {
      if (strcmp (argv[first], "--version") == 0)
        {
          g_print ("redledger-cli %s\n", RL_VERSION);
          return RL_CLI_OK;
        }
      else if (strcmp (argv[first], "--db") == 0 && first + 1 < argc)
        {
          g_free (db_path);
          db_path = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (argv[first] + 5);
          first++;
        }
      else if (strcmp (argv[first], "--help") == 0 || strcmp (argv[first], "-h") == 0)
        {
          print_usage ();
          return RL_CLI_OK;
        }
      else
        {
          g_printerr (_("redledger-cli: unknown option “%s”\n"), argv[first]);
          print_usage ();
          return RL_CLI_USAGE;
        }
    }

  if (first >= argc)
    {
      print_usage ();
      return RL_CLI_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[first], commands[i].name) == 0)
      return commands[i].run (db_path, argc - first, argv + first);

  g_printerr (_("redledger-cli: unknown command “%s”\n"), argv[first]);
  print_usage ();
  return RL_CLI_USAGE;
}
