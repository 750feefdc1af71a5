/* rl-cli-demo.c: the demo command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-cli.h"
#include "rl-demo.h"

int
rl_cli_demo (const char  *db_path,
             int          argc,
             char       **argv)
{
  g_autofree char *size_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *db_option = NULL;
  const GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size_text,
      N_("How much to generate: street, district or city (default: street)"), N_("SIZE") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Random seed; the same seed gives the same ledger (default: 1)"), N_("N") },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  RlDemoSize size = RL_DEMO_STREET;
  guint64 seed = 1;
  guint64 n = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 0,
                     "redledger-cli [--db FILE] demo [--size street|district|city] [--seed N]"))
    return RL_CLI_USAGE;

  if (size_text != NULL && !rl_demo_parse_size (size_text, &size))
    {
      g_printerr (_("redledger-cli: unknown size “%s”: use street, district or city\n"),
                  size_text);
      return RL_CLI_USAGE;
    }
  if (seed_text != NULL
      && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed, NULL))
    {
      g_printerr (_("redledger-cli: the seed “%s” is not a whole number from 0 to %u\n"),
                  seed_text, G_MAXUINT32);
      return RL_CLI_USAGE;
    }

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  if (!rl_demo_generate (store, size, (guint32) seed, NULL, &n, &error))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  /* Digits grouped as the locale does (1,234 in English and Chinese). */
  count = g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
  /* Translators: the size is the word given to --size (street, district, city) */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Generated %s record (%s size, seed %u)\n",
                        "Generated %s records (%s size, seed %u)\n", n),
           count, size_text ? size_text : "street", (guint) seed);
  return RL_CLI_OK;
}
