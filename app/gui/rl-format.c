/* rl-format.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rl-format.h"

char *
rl_format_percent_number (double target)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  /* Two decimals at most: a target is a policy figure, not a measurement. */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", round (target * 10000) / 100);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return g_strdup (buffer);
}

char *
rl_format_target (double target)
{
  g_autofree char *number = rl_format_percent_number (target);

  return g_strconcat (number, "%", NULL);
}

char *
rl_format_count (gint64 n)
{
  return g_strdup_printf ("%'lld", (long long) n);
}

gboolean
rl_parse_percent (const char *text,
                  double     *fraction)
{
  g_autofree char *normal = NULL;
  g_autofree char *stripped = NULL;
  char *end = NULL;
  gsize len;
  double value;

  if (text == NULL)
    return FALSE;
  /* NFKC folds full-width digits, point and percent sign (a Chinese input
   * method's) into ASCII. */
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (normal));
  len = strlen (stripped);
  if (len > 0 && stripped[len - 1] == '%')
    {
      stripped[--len] = '\0';
      g_strchomp (stripped);
    }
  if (stripped[0] == '\0' || !(g_ascii_isdigit (stripped[0]) || stripped[0] == '.'))
    return FALSE;

  value = g_ascii_strtod (stripped, &end);
  if (end == NULL || *end != '\0' || !isfinite (value) || value < 0 || value > 100)
    return FALSE;
  *fraction = value / 100;
  return TRUE;
}
