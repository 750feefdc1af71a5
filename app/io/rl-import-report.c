/* rl-import-report.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>

#include "rl-import-report.h"

RlImportReport *
rl_import_report_new (void)
{
  RlImportReport *report = g_new0 (RlImportReport, 1);

  report->problems = rl_problem_list_new ();
  return report;
}

void
rl_import_report_free (RlImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->problems);
  g_free (report);
}

guint
rl_import_report_errors (RlImportReport *report)
{
  return rl_problem_list_count_errors (report->problems);
}

/* The report as people read it: one line per collection, then every
 * problem on a line of its own. */
char *
rl_import_report_format (RlImportReport *report)
{
  GString *out = g_string_new (NULL);
  guint errors = rl_import_report_errors (report);

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *collection = rl_collection_get (c);

      if (report->added[c] + report->updated[c] + report->unchanged[c] == 0)
        continue;
      /* Translators: a collection's name, then counts of records */
      g_string_append_printf (out, _("%s: %llu added, %llu updated, %llu unchanged\n"),
                              rl_collection_label (collection),
                              (unsigned long long) report->added[c],
                              (unsigned long long) report->updated[c],
                              (unsigned long long) report->unchanged[c]);
    }

  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = rl_problem_describe (g_ptr_array_index (report->problems, i));

      g_string_append_printf (out, "%s\n", line);
    }

  if (errors > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "%u error: nothing was imported.\n",
                                              "%u errors: nothing was imported.\n", errors),
                            errors);
  else if (report->dry_run)
    g_string_append (out, _("Dry run: the package is valid; nothing was written.\n"));
  else if (report->written)
    g_string_append (out, _("Imported.\n"));

  return g_string_free (out, FALSE);
}
