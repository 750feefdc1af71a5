/* rl-time.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rl-time.h"

static gboolean
all_digits (const char *text,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Exactly YYYY-MM-DD and a real calendar day: 2026-02-30 is refused. */
gboolean
rl_date_parse (const char *text,
               GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-'
      || !all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return FALSE;

  y = g_ascii_strtoll (text, NULL, 10);
  m = g_ascii_strtoll (text + 5, NULL, 10);
  d = g_ascii_strtoll (text + 8, NULL, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* ISO 8601 with a date, a time and an explicit offset; a bare local time
 * would mean different instants on different machines. */
GDateTime *
rl_timestamp_parse (const char *text)
{
  const char *t;

  if (text == NULL || strlen (text) < 16 || text[10] != 'T')
    return NULL;
  {
    g_autofree char *day = g_strndup (text, 10);

    if (!rl_date_parse (day, NULL))
      return NULL;
  }

  /* An offset is Z or ±HH:MM after the time. */
  t = text + 11;
  if (strchr (t, 'Z') == NULL && strchr (t, '+') == NULL && strchr (t, '-') == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

char *
rl_timestamp_canonical (const char *text)
{
  g_autoptr(GDateTime) dt = rl_timestamp_parse (text);

  if (dt == NULL)
    return NULL;

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

gboolean
rl_quarter_parse (const char *text,
                  int        *year,
                  int        *quarter)
{
  if (text == NULL || strlen (text) != 6 || !all_digits (text, 4) || text[4] != 'Q'
      || text[5] < '1' || text[5] > '4')
    return FALSE;

  if (year != NULL)
    *year = g_ascii_strtoll (text, NULL, 10);
  if (quarter != NULL)
    *quarter = text[5] - '0';
  return TRUE;
}
