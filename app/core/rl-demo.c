/* rl-demo.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A made-up but plausible ledger, for trying the program and for
 * benchmarks. Every record is built as JSON and goes through the import
 * checks (rl_check_record), so the demo can never hold what a package could
 * not; everything is one transaction. Who serves and governs which compound
 * is planned first, so each collection only names records written before it.
 * The first few compounds, firms and committees are given fixed profiles so
 * that even the smallest ledger has every case the figures must handle.
 *
 * This file holds the sizes, the public API and the order of the work; the
 * rl-demo-*.c files plan, name and write.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>

#include "rl-demo.h"
#include "rl-demo-private.h"
#include "rl-problem.h"

static const SizeSpec sizes[] = {
  [RL_DEMO_STREET] = { "street", 1, 4, 4, 60 },
  [RL_DEMO_DISTRICT] = { "district", 12, 6, 10, 1500 },
  [RL_DEMO_CITY] = { "city", 60, 8, 12, 20000 },
};

static void
clear_named (gpointer data)
{
  /* Every planned struct starts with its name. */
  g_free (*(char **) data);
}

static void
demo_clear (Demo *self)
{
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);
  g_clear_pointer (&self->streets, g_array_unref);
  g_clear_pointer (&self->communities, g_array_unref);
  g_clear_pointer (&self->compounds, g_array_unref);
  g_clear_pointer (&self->firms, g_array_unref);
  g_clear_pointer (&self->services, g_array_unref);
  g_clear_pointer (&self->committees, g_array_unref);
}

static GArray *
named_array (gsize element_size)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear_named);
  return array;
}

static gint64
count_records (RlStore *store)
{
  gint64 n = 0;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      gint64 count = rl_store_count (store, c);

      n += MAX (count, 0);
    }
  return n;
}

gboolean
rl_demo_parse_size (const char *text,
                    RlDemoSize *size)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_ascii_strcasecmp (text, sizes[i].name) == 0)
      {
        if (size != NULL)
          *size = (RlDemoSize) i;
        return TRUE;
      }

  return FALSE;
}

/* Fills an empty ledger in one transaction: on any error, or when
 * @cancellable fires, nothing is written. */
gboolean
rl_demo_generate (RlStore       *store,
                  RlDemoSize     size,
                  guint32        seed,
                  GCancellable  *cancellable,
                  guint64       *n_records,
                  GError       **error)
{
  Demo self = { 0, };
  gint64 existing;
  gboolean ok;

  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (size <= RL_DEMO_CITY, FALSE);

  /* Made-up ids would update real records that happen to share them. */
  existing = count_records (store);
  if (existing > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The ledger already holds %lld record; "
                                "the demo only fills an empty ledger",
                                "The ledger already holds %lld records; "
                                "the demo only fills an empty ledger", existing),
                   (long long) existing);
      return FALSE;
    }

  self.store = store;
  self.cancellable = cancellable;
  self.rand = g_rand_new_with_seed (seed);
  self.spec = &sizes[size];
  self.size = size;
  self.problems = rl_problem_list_new ();
  self.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.text = g_string_new (NULL);
  self.first_day = _rl_demo_julian (2025, 1, 1);
  self.last_day = _rl_demo_julian (2026, 9, 30);
  self.streets = named_array (sizeof (Street));
  self.communities = named_array (sizeof (Community));
  self.compounds = named_array (sizeof (Compound));
  self.firms = named_array (sizeof (Firm));
  self.services = g_array_new (FALSE, TRUE, sizeof (Service));
  self.committees = g_array_new (FALSE, TRUE, sizeof (Committee));

  _rl_demo_plan_places (&self);
  _rl_demo_plan_compounds (&self);
  _rl_demo_plan_firms_and_services (&self);
  _rl_demo_plan_committees (&self);
  _rl_demo_plan_evidence (&self);

  ok = rl_store_begin (store, error)
       && (self.change_set = rl_store_add_change_set (store, "demo", error)) >= 0
       && _rl_demo_write_places (&self, error)
       && _rl_demo_write_compounds (&self, error)
       && _rl_demo_write_firms (&self, error)
       && _rl_demo_write_services (&self, error)
       && _rl_demo_write_committees (&self, error)
       && _rl_demo_write_party_orgs (&self, error)
       && _rl_demo_write_instructors (&self, error)
       && _rl_demo_write_survey_responses (&self, error)
       && _rl_demo_write_work_orders (&self, error)
       && _rl_demo_write_inspections (&self, error)
       && !g_cancellable_set_error_if_cancelled (cancellable, error)
       && rl_store_commit (store, error);
  if (!ok)
    rl_store_rollback (store);
  else if (n_records != NULL)
    *n_records = self.n_records;

  demo_clear (&self);
  return ok;
}
