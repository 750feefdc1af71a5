/* rl-row-writer.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-row-writer.h"

#define BATCH_ROWS 512
#define N_BATCHES  8

typedef struct
{
  guint  n;
  gboolean last;             /* the end: the thread stops */
  RlRow  rows[BATCH_ROWS];
  gint64 index[BATCH_ROWS];
  guint  line[BATCH_ROWS];
} Batch;

struct _RlRowWriter
{
  RlStore        *store;
  gint64          change_set;
  RlImportReport *report;       /* counts: written by the thread until finish */
  GPtrArray      *problems;     /* the thread's own, merged at finish */
  gboolean        touched[RL_N_COLLECTIONS];
  GError         *fatal;

  GAsyncQueue    *empty;
  GAsyncQueue    *full;
  Batch          *filling;      /* the pushing thread's */
  Batch          *pool;
  GThread        *thread;
};

static void
write_row (RlRowWriter *self,
           const RlRow *row,
           gint64       index,
           guint        line)
{
  RlCollectionId cid = rl_collection_index (row->collection);
  g_autoptr(GError) error = NULL;
  RlPutResult result;

  if (rl_store_put_row (self->store, self->change_set, row, &result, &error))
    {
      self->touched[cid] = TRUE;
      if (result == RL_PUT_ADDED)
        self->report->added[cid]++;
      else if (result == RL_PUT_UPDATED)
        self->report->updated[cid]++;
      else
        self->report->unchanged[cid]++;
    }
  else if (g_error_matches (error, RL_STORE_ERROR, RL_STORE_ERROR_CONSTRAINT)
           && cid == RL_COLLECTION_INSPECTIONS)
    {
      /* The only constraint a checked row can break is the one inspection
       * per service and quarter, against another id already in the ledger. */
      RlProblem *problem = rl_problem_new (cid, index, rl_row_id (row), "quarter",
                                           RL_CHECK_ERROR_DUPLICATE,
                                           _("the ledger already has another inspection of "
                                             "service “%s” for %s"),
                                           rl_row_get_text (row, 1), rl_row_get_text (row, 2));
      problem->line = line;
      g_ptr_array_add (self->problems, problem);
    }
  else
    self->fatal = g_steal_pointer (&error);
}

static gpointer
writer_thread (gpointer data)
{
  RlRowWriter *self = data;

  for (;;)
    {
      Batch *batch = g_async_queue_pop (self->full);
      gboolean last = batch->last;

      for (guint i = 0; i < batch->n && self->fatal == NULL; i++)
        write_row (self, &batch->rows[i], batch->index[i], batch->line[i]);
      g_async_queue_push (self->empty, batch);
      if (last)
        return NULL;
    }
}

RlRowWriter *
rl_row_writer_new (RlStore        *store,
                   gint64          change_set,
                   RlImportReport *report)
{
  RlRowWriter *self = g_new0 (RlRowWriter, 1);

  self->store = store;
  self->change_set = change_set;
  self->report = report;
  self->problems = rl_problem_list_new ();
  self->empty = g_async_queue_new ();
  self->full = g_async_queue_new ();
  self->pool = g_new0 (Batch, N_BATCHES);
  for (guint i = 1; i < N_BATCHES; i++)
    g_async_queue_push (self->empty, &self->pool[i]);
  self->filling = &self->pool[0];
  self->thread = g_thread_new ("rl-row-writer", writer_thread, self);

  return self;
}

/* A written batch, emptied here rather than on the writer's thread: memory
 * goes back to the allocator arena it came from, without lock contention. */
static Batch *
take_empty (RlRowWriter *self)
{
  Batch *batch = g_async_queue_pop (self->empty);

  for (guint i = 0; i < batch->n; i++)
    rl_row_clear (&batch->rows[i]);
  batch->n = 0;
  return batch;
}

/* Takes the row's values; @row is left empty. */
void
rl_row_writer_push (RlRowWriter *self,
                    RlRow       *row,
                    gint64       index,
                    guint        line)
{
  Batch *batch = self->filling;

  batch->rows[batch->n] = *row;
  batch->index[batch->n] = index;
  batch->line[batch->n] = line;
  batch->n++;
  rl_row_init (row, row->collection);

  if (batch->n == BATCH_ROWS)
    {
      g_async_queue_push (self->full, batch);
      self->filling = take_empty (self);
    }
}

/* Writes what is left, stops the thread and frees the writer. Its problems
 * join the report; @touched gets the collections written to. */
gboolean
rl_row_writer_finish (RlRowWriter  *self,
                      gboolean     *touched,
                      GError      **error)
{
  gboolean ok;

  self->filling->last = TRUE;
  g_async_queue_push (self->full, self->filling);
  g_thread_join (self->thread);
  for (guint i = 0; i < N_BATCHES; i++)
    for (guint k = 0; k < self->pool[i].n; k++)
      rl_row_clear (&self->pool[i].rows[k]);

  for (guint i = 0; i < self->problems->len; i++)
    g_ptr_array_add (self->report->problems, g_steal_pointer (&self->problems->pdata[i]));
  memcpy (touched, self->touched, sizeof self->touched);

  ok = self->fatal == NULL;
  if (!ok)
    g_propagate_error (error, self->fatal);

  g_ptr_array_set_free_func (self->problems, NULL);
  g_ptr_array_unref (self->problems);
  g_async_queue_unref (self->empty);
  g_async_queue_unref (self->full);
  g_free (self->pool);
  g_free (self);

  return ok;
}
