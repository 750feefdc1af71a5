/* rl-problem.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>

#include "rl-problem.h"

G_DEFINE_QUARK (rl-check-error-quark, rl_check_error)

RlProblem *
rl_problem_new (int           collection,
                gint64        index,
                const char   *id,
                const char   *member,
                RlCheckError  code,
                const char   *format,
                ...)
{
  RlProblem *problem = g_new0 (RlProblem, 1);
  va_list args;

  problem->collection = collection;
  problem->index = index;
  problem->id = g_strdup (id);
  problem->member = g_strdup (member);
  problem->warning = (code == RL_CHECK_ERROR_UNKNOWN);

  va_start (args, format);
  problem->error = g_error_new_valist (RL_CHECK_ERROR, code, format, args);
  va_end (args);

  return problem;
}

void
rl_problem_free (RlProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->id);
  g_free (problem->member);
  g_clear_error (&problem->error);
  g_free (problem);
}

/* "compounds (小区) “cp3”, record 3, line 42, kind: …" in the user's
 * language; each part is present only when known. */
char *
rl_problem_describe (const RlProblem *problem)
{
  g_autoptr(GString) where = g_string_new (NULL);

  if (problem->collection >= 0)
    {
      const RlCollection *collection = rl_collection_get (problem->collection);

      g_string_append (where, collection->name);
      if (g_strcmp0 (rl_collection_label (collection), collection->name) != 0)
        g_string_append_printf (where, " (%s)", rl_collection_label (collection));
    }
  else
    g_string_append (where, _("package"));

  if (problem->id != NULL && problem->id[0] != '\0')
    g_string_append_printf (where, " “%s”", problem->id);
  if (problem->index >= 0)
    {
      g_string_append (where, _(", "));
      /* Translators: the position of a record in its list, counted from 1 */
      g_string_append_printf (where, _("record %lld"), (long long) problem->index + 1);
    }
  if (problem->line > 0)
    {
      g_string_append (where, _(", "));
      g_string_append_printf (where, _("line %u"), problem->line);
    }
  if (problem->member != NULL)
    {
      g_string_append (where, _(", "));
      g_string_append (where, problem->member);
    }

  /* Translators: where a problem is, then what it is */
  return g_strdup_printf (problem->warning ? _("warning: %s: %s") : _("%s: %s"),
                          where->str, problem->error->message);
}

GPtrArray *
rl_problem_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rl_problem_free);
}

guint
rl_problem_list_count_errors (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    if (!((RlProblem *) g_ptr_array_index (problems, i))->warning)
      n++;

  return n;
}
