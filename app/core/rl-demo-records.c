/* rl-demo-records.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building demo records as JSON, and checking and writing them one by one.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>

#include "rl-check.h"
#include "rl-demo-private.h"

#define CHECK_EVERY 4096  /* records between looks at the cancellable */

static const struct
{
  const char *prefix;
  int         width;
} id_formats[RL_N_COLLECTIONS] = {
  { "st", 6 }, { "comm", 6 }, { "comp", 6 }, { "firm", 6 }, { "svc", 6 }, { "oc", 6 },
  { "po", 6 }, { "ins", 6 }, { "sr", 7 }, { "wo", 7 }, { "insp", 6 },
};

void
_rl_demo_format_id (char           *buf,
                    gsize           size,
                    RlCollectionId  collection,
                    guint           index)
{
  g_snprintf (buf, size, "%s-%0*u", id_formats[collection].prefix,
              id_formats[collection].width, index + 1);
}

void
_rl_demo_set_ref (JsonObject     *record,
                  const char     *member,
                  RlCollectionId  collection,
                  guint           index)
{
  char buf[32];

  _rl_demo_format_id (buf, sizeof buf, collection, index);
  json_object_set_string_member (record, member, buf);
}

void
_rl_demo_add_link (JsonArray      *links,
                   const char     *kind,
                   RlCollectionId  collection,
                   guint           index)
{
  JsonObject *link = json_object_new ();

  _rl_demo_set_ref (link, kind, collection, index);
  json_array_add_object_element (links, link);
}

static void
format_day (char    *buf,
            gsize    size,
            guint32  day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buf, size, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

/* Absent optional members are written as null, which the checks take as
 * absent; it lets one JsonObject serve a whole collection. */
void
_rl_demo_set_date (JsonObject *record,
                   const char *member,
                   guint32     day)
{
  char buf[16];

  if (day == 0)
    {
      json_object_set_null_member (record, member);
      return;
    }
  format_day (buf, sizeof buf, day);
  json_object_set_string_member (record, member, buf);
}

/* @minutes counts from the start of julian day 0, China time. */
void
_rl_demo_set_time (JsonObject *record,
                   const char *member,
                   gint64      minutes)
{
  char day[16], buf[40];
  int m;

  if (minutes < 0)
    {
      json_object_set_null_member (record, member);
      return;
    }
  format_day (day, sizeof day, (guint32) (minutes / MINUTES_PER_DAY));
  m = (int) (minutes % MINUTES_PER_DAY);
  g_snprintf (buf, sizeof buf, "%sT%02d:%02d:00+08:00", day, m / 60, m % 60);
  json_object_set_string_member (record, member, buf);
}

void
_rl_demo_set_count (JsonObject *record,
                    const char *member,
                    gint        value)
{
  if (value < 0)
    json_object_set_null_member (record, member);
  else
    json_object_set_int_member (record, member, value);
}

void
_rl_demo_begin_collection (Demo           *self,
                           RlCollectionId  collection)
{
  self->collection = collection;
  self->index = 0;
}

/* Checks and writes one record; a record the checks refuse is a bug here. */
gboolean
_rl_demo_put (Demo        *self,
              JsonObject  *record,
              GError     **error)
{
  RlRow row;
  RlPutResult result;
  gboolean ok;

  _rl_demo_set_ref (record, "id", self->collection, self->index);
  g_ptr_array_set_size (self->problems, 0);
  if (!rl_check_record (rl_collection_get (self->collection), record, self->index, &row,
                        self->problems))
    {
      const RlProblem *problem = NULL;
      g_autofree char *what = NULL;

      for (guint i = 0; i < self->problems->len && problem == NULL; i++)
        if (!((RlProblem *) g_ptr_array_index (self->problems, i))->warning)
          problem = g_ptr_array_index (self->problems, i);
      what = problem ? rl_problem_describe (problem) : g_strdup ("?");
      rl_row_clear (&row);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The demo generator made a record the checks refuse (a bug): %s"), what);
      return FALSE;
    }

  ok = rl_store_put_row (self->store, self->change_set, &row, &result, error);
  rl_row_clear (&row);
  if (!ok)
    return FALSE;

  self->index++;
  self->n_records++;
  if (self->n_records % CHECK_EVERY == 0
      && g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  return TRUE;
}
