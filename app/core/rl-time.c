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

/* Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static int
two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

/* The canonical form, YYYY-MM-DDTHH:MM:SS±HH:MM, read without GDateTime:
 * an import meets millions of them. */
gboolean
rl_timestamp_to_unix (const char *text,
                      gint64     *unix_time)
{
  int hour, minute, second, off_h, off_m;
  g_autofree char *day = NULL;
  GDate date;

  if (text == NULL || strlen (text) != 25 || text[10] != 'T' || text[13] != ':'
      || text[16] != ':' || (text[19] != '+' && text[19] != '-') || text[22] != ':'
      || !all_digits (text + 11, 2) || !all_digits (text + 14, 2) || !all_digits (text + 17, 2)
      || !all_digits (text + 20, 2) || !all_digits (text + 23, 2))
    return FALSE;

  day = g_strndup (text, 10);
  hour = two_digits (text + 11);
  minute = two_digits (text + 14);
  second = two_digits (text + 17);
  off_h = two_digits (text + 20);
  off_m = two_digits (text + 23);
  if (!rl_date_parse (day, &date) || hour > 23 || minute > 59 || second > 59
      || off_h > 14 || off_m > 59)
    return FALSE;

  if (unix_time != NULL)
    {
      gint64 offset = (off_h * 3600 + off_m * 60) * (text[19] == '-' ? -1 : 1);

      *unix_time = days_from_civil (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date)) * 86400
                   + hour * 3600 + minute * 60 + second - offset;
    }
  return TRUE;
}

/* Any ISO 8601 time with an offset, as YYYY-MM-DDTHH:MM:SS±HH:MM. */
char *
rl_timestamp_canonical (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;
  char *canonical;

  if (rl_timestamp_to_unix (text, NULL))
    return g_strdup (text);

  if ((dt = rl_timestamp_parse (text)) == NULL)
    return NULL;
  canonical = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");

  /* Offsets on Earth run from -12:00 to +14:00; anything else is a typo. */
  if (!rl_timestamp_to_unix (canonical, NULL))
    g_clear_pointer (&canonical, g_free);
  return canonical;
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
