/* rl-cli-demo.c: the demo command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-cli.h"

int
rl_cli_demo (const char  *db_path,
             int          argc,
             char       **argv)
{
  g_printerr ("demo: coming in the next commit\n");
  return RL_CLI_USAGE;
}
