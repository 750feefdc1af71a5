/* rl-cli.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-store.h"

G_BEGIN_DECLS

/* Exit status of every command (cli.md). */
enum
{
  RL_CLI_OK = 0,
  RL_CLI_BAD_INPUT = 1,
  RL_CLI_USAGE = 2,
};

/* A command gets its own arguments (argv[0] is the command's name) and
 * the ledger path from --db. */
typedef int (*RlCliCommand) (const char *db_path,
                             int         argc,
                             char      **argv);

int       rl_cli_import (const char *db_path, int argc, char **argv);
int       rl_cli_export (const char *db_path, int argc, char **argv);
int       rl_cli_demo   (const char *db_path, int argc, char **argv);
int       rl_cli_rates  (const char *db_path, int argc, char **argv);
int       rl_cli_scorecard (const char *db_path, int argc, char **argv);
int       rl_cli_chart  (const char *db_path, int argc, char **argv);

gboolean  rl_cli_parse  (GOptionContext  *context,
                         int             *argc,
                         char          ***argv,
                         int              n_positional,
                         const char      *usage);
RlStore  *rl_cli_open   (const char      *db_path);
void      rl_cli_error  (const GError    *error);

G_END_DECLS
