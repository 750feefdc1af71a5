/* main.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop window of the ledger: `redledger [FILE]`.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rl-application.h"

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

int
main (int    argc,
      char **argv)
{
  g_autoptr(RlApplication) app = NULL;

  setup_gettext ();
  g_set_application_name (_("Red Ledger"));

  app = rl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
