/* rl-cli-package.c: the import and export commands
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-cli.h"
#include "rl-exporter.h"
#include "rl-importer.h"

int
rl_cli_import (const char  *db_path,
               int          argc,
               char       **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *db_option = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check only; write nothing"), NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PACKAGE.json"));
  g_autoptr(RlStore) store = NULL;
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 1,
                     "redledger-cli [--db FILE] import PACKAGE.json [--dry-run]"))
    return RL_CLI_USAGE;

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  report = rl_import_package (store, argv[1], dry_run, NULL, NULL, NULL, &error);
  if (report == NULL)
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  text = rl_import_report_format (report);
  if (rl_import_report_errors (report) > 0)
    {
      g_printerr ("%s", text);
      return RL_CLI_BAD_INPUT;
    }
  g_print ("%s", text);
  return RL_CLI_OK;
}

int
rl_cli_export (const char  *db_path,
               int          argc,
               char       **argv)
{
  g_autofree char *street = NULL;
  g_autofree char *db_option = NULL;
  const GOptionEntry entries[] = {
    { "street", 0, 0, G_OPTION_ARG_STRING, &street, N_("Only this street’s share"), N_("ID") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PACKAGE.json"));
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  guint64 n = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 1,
                     "redledger-cli [--db FILE] export PACKAGE.json [--street ID]"))
    return RL_CLI_USAGE;

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  source = g_path_get_basename (rl_store_get_path (store));
  if (!rl_export_package (store, argv[1], street, source, NULL, &n, &error))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %llu record to %s\n",
                        "Exported %llu records to %s\n", n), (unsigned long long) n, argv[1]);
  return RL_CLI_OK;
}
