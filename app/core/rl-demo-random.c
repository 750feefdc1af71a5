/* rl-demo-random.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Random draws and calendar helpers for the demo: GRand only, so a seed gives
 * the same ledger everywhere.
 */

#include "rl-config.h"

#include <math.h>

#include "rl-demo-private.h"

guint
_rl_demo_pick (Demo  *self,
               guint  n)
{
  return g_rand_int_range (self->rand, 0, (gint32) n);
}

guint
_rl_demo_between (Demo  *self,
                  guint  lo,
                  guint  hi)
{
  return g_rand_int_range (self->rand, (gint32) lo, (gint32) hi + 1);
}

gboolean
_rl_demo_chance (Demo   *self,
                 double  p)
{
  return g_rand_double (self->rand) < p;
}

guint
_rl_demo_pick_weighted (Demo        *self,
                        const guint *weights,
                        guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = _rl_demo_pick (self, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

/* Index into a list, more often near its front. */
guint
_rl_demo_pick_front (Demo   *self,
                     guint   n,
                     double  bias)
{
  guint i = (guint) (n * pow (g_rand_double (self->rand), bias));

  return MIN (i, n - 1);
}

guint32
_rl_demo_julian (int year,
                 int month,
                 int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

guint32
_rl_demo_add_years (guint32 day,
                    guint   years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_years (&date, years);
  return g_date_get_julian (&date);
}

guint32
_rl_demo_day_between (Demo    *self,
                      guint32  first,
                      guint32  last)
{
  return first >= last ? first : _rl_demo_between (self, first, last);
}

/* Splits @total over @n shares in proportion to @weights, exactly. */
void
_rl_demo_split (const double *weights,
                guint         n,
                guint64       total,
                guint        *out)
{
  double sum = 0, cum = 0;
  guint64 given = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  for (guint i = 0; i < n; i++)
    {
      guint64 upto;

      cum += weights[i];
      upto = i + 1 == n || sum <= 0 ? (sum > 0 ? total : 0) : (guint64) llround (total * cum / sum);
      upto = MAX (upto, given);
      out[i] = (guint) (upto - given);
      given = upto;
    }
}
