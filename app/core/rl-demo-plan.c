/* rl-demo-plan.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Planning the demo: who serves and governs what, before anything is written.
 */

#include "rl-config.h"

#include <math.h>

#include "rl-demo-private.h"

#define ORDERS_PER_COMPOUND  50
#define ANSWERS_PER_COMPOUND 25

/* The cases the rates and the scorecard must handle, in every ledger. */
static const Profile forced_profiles[] = {
  { KIND_COMMODITY, CLASS_A, FALSE, REPLACED, TRUE },
  { KIND_OLD, CLASS_C, FALSE, UNSERVED, TRUE },
  { KIND_RESETTLEMENT, CLASS_B, FALSE, SELF_MANAGED, TRUE },
  { KIND_WORK_UNIT, CLASS_C, FALSE, SELF_MANAGED, FALSE },
  { KIND_VILLAGE, CLASS_C, FALSE, UNSERVED, FALSE },
  { KIND_OTHER, CLASS_B, TRUE, SERVED, FALSE },
  { KIND_COMMODITY, CLASS_B, FALSE, ABANDONED, TRUE },
};

void
_rl_demo_plan_places (Demo *self)
{
  guint n_districts = self->size == RL_DEMO_CITY ? _rl_demo_n_districts : 1;
  g_autofree double *weights = NULL;
  g_autofree guint *counts = NULL;
  guint n, next = 0;

  for (guint s = 0; s < self->spec->n_streets; s++)
    {
      Street street = { NULL, s % n_districts, s / n_districts + 1 };
      guint n_communities = _rl_demo_between (self, self->spec->min_communities,
                                              self->spec->max_communities);

      street.name = _rl_demo_unique_name (self, "", 0, _rl_demo_draw_place, "街道");
      g_array_append_val (self->streets, street);
      for (guint k = 0; k < n_communities; k++)
        {
          Community community = { NULL, s, k + 1, 0, 0 };

          community.name = _rl_demo_unique_name (self, "", 0, _rl_demo_draw_place, "社区");
          g_array_append_val (self->communities, community);
        }
    }

  /* Uneven communities, but none empty. */
  n = self->communities->len;
  weights = g_new (double, n);
  counts = g_new (guint, n);
  for (guint k = 0; k < n; k++)
    weights[k] = 0.5 + g_rand_double (self->rand);
  _rl_demo_split (weights, n, self->spec->n_compounds - n, counts);
  for (guint k = 0; k < n; k++)
    {
      COMMUNITY (self, k)->first_compound = next;
      COMMUNITY (self, k)->n_compounds = counts[k] + 1;
      next += counts[k] + 1;
    }
}

static Profile
random_profile (Demo *self)
{
  static const guint kind_weights[] = { 50, 25, 10, 7, 5, 3 };
  static const guint class_weights[][3] = {
    { 40, 45, 15 }, { 5, 35, 60 }, { 10, 50, 40 }, { 0, 30, 70 }, { 0, 10, 90 }, { 10, 40, 50 },
  };
  static const double self_managed_p[] = { 0.02, 0.08, 0.02, 0.35, 0.25, 0.05 };
  static const double unserved_p[] = { 0.02, 0.08, 0.03, 0.05, 0.30, 0.15 };
  static const double no_committee_p[] = { 0.12, 0.30, 0.20, 0.40, 0.60, 0.40 };
  Profile profile = { 0, };
  double u;

  profile.kind = WEIGHTED (self, kind_weights);
  profile.klass = _rl_demo_pick_weighted (self, class_weights[profile.kind], 3);
  profile.empty = _rl_demo_chance (self, 0.02);
  u = g_rand_double (self->rand);
  if ((u -= self_managed_p[profile.kind]) < 0)
    profile.serving = SELF_MANAGED;
  else if ((u -= unserved_p[profile.kind]) < 0)
    profile.serving = UNSERVED;
  else if ((u -= 0.08) < 0)
    profile.serving = REPLACED;
  else if ((u -= 0.015) < 0)
    profile.serving = ABANDONED;
  else
    profile.serving = SERVED;
  profile.committee = !_rl_demo_chance (self, no_committee_p[profile.kind]);
  return profile;
}

void
_rl_demo_plan_compounds (Demo *self)
{
  static const guint household_range[][2] = {
    { 300, 3000 }, { 80, 800 }, { 400, 2500 }, { 50, 400 }, { 30, 300 }, { 20, 500 },
  };
  guint32 red_first = _rl_demo_julian (2020, 1, 1);

  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);

      for (guint i = 0; i < community->n_compounds; i++)
        {
          guint c = self->compounds->len;
          Compound compound = { NULL, k, };
          double u = g_rand_double (self->rand);

          compound.profile = c < G_N_ELEMENTS (forced_profiles) ? forced_profiles[c]
                                                                : random_profile (self);
          compound.name = _rl_demo_unique_name (self, "", compound.profile.kind, NULL, "");
          compound.households = compound.profile.empty
                                ? 0
                                : _rl_demo_between (self, household_range[compound.profile.kind][0],
                                                    household_range[compound.profile.kind][1]);
          compound.quality = 1.0 - 0.9 * u * u;
          if (compound.profile.kind == KIND_OLD || compound.profile.kind == KIND_VILLAGE)
            compound.quality *= 0.85;
          if (compound.profile.klass != CLASS_C && (c == 0 || _rl_demo_chance (self, 0.75)))
            compound.red_since = _rl_demo_day_between (self, red_first, self->last_day);
          g_array_append_val (self->compounds, compound);
        }
    }
}

static guint
draw_firm (Demo *self)
{
  return _rl_demo_pick_front (self, self->firms->len, 1.5);
}

static void
add_service (Demo    *self,
             guint    c,
             guint    firm,
             guint32  start,
             guint32  end)
{
  Compound *compound = COMPOUND (self, c);
  Firm *owner = FIRM (self, firm);
  Service service = { firm, c, start, end, -1, -1, FALSE, FALSE };

  if (compound->n_services == 0)
    compound->first_service = self->services->len;
  compound->n_services++;

  if (!_rl_demo_chance (self, 0.02))
    {
      double ratio = _rl_demo_chance (self, 0.35) ? 0.30 + 0.2 * g_rand_double (self->rand)
                                         : 0.25 * g_rand_double (self->rand);

      service.staff = compound->households / 60 + _rl_demo_between (self, 3, 8);
      service.party_members = (gint) (service.staff * ratio);
    }
  if (!owner->has_home)
    {
      owner->has_home = TRUE;
      owner->home_street = COMMUNITY (self, compound->community)->street;
    }
  if (service.staff > 0 && owner->staff >= 0)
    owner->staff += service.staff;
  g_array_append_val (self->services, service);
}

void
_rl_demo_plan_firms_and_services (Demo *self)
{
  guint n_firms = MAX (8, self->spec->n_compounds / 12);
  guint32 start_first = _rl_demo_julian (2010, 1, 1), start_last = _rl_demo_julian (2025, 6, 30);
  guint32 change_first = _rl_demo_julian (2019, 1, 1), leave_first = _rl_demo_julian (2025, 3, 1);
  guint32 change_last = _rl_demo_julian (2026, 6, 30);

  for (guint f = 0; f < n_firms; f++)
    {
      Firm firm = { NULL, 0, FALSE, f < 4 || !_rl_demo_chance (self, 0.03) ? 5 : -1, -1, FALSE };

      firm.name = _rl_demo_unique_name (self, "武汉", 0, _rl_demo_draw_firm_brand,
                                        "物业服务有限公司");
      g_array_append_val (self->firms, firm);
    }

  for (guint c = 0; c < self->compounds->len; c++)
    {
      guint firm = draw_firm (self), other;
      guint32 change;

      switch (COMPOUND (self, c)->profile.serving)
        {
        case SERVED:
          add_service (self, c, firm, _rl_demo_day_between (self, start_first, start_last), 0);
          break;
        case REPLACED:
          change = _rl_demo_day_between (self, change_first, change_last);
          other = draw_firm (self);
          if (other == firm)
            other = (firm + 1 + _rl_demo_pick (self, n_firms - 1)) % n_firms;
          add_service (self, c, firm, change - 365 * _rl_demo_between (self, 3, 10), change);
          add_service (self, c, other, change, 0);
          break;
        case ABANDONED:
          change = _rl_demo_day_between (self, leave_first, change_last);
          add_service (self, c, firm, change - 365 * _rl_demo_between (self, 2, 8), change);
          SERVICE (self, self->services->len - 1)->abandoned = TRUE;
          break;
        case SELF_MANAGED:
        case UNSERVED:
        default:
          break;
        }
    }

  /* Party members as a share of staff; the fixed firms make the cases. */
  for (guint f = 0; f < n_firms; f++)
    {
      Firm *firm = FIRM (self, f);

      if (firm->staff < 0)
        continue;
      firm->staff += _rl_demo_between (self, 0, 30);
      firm->party_members = (gint) (firm->staff * (0.02 + 0.10 * g_rand_double (self->rand)));
      if (f == GAP_FIRM)
        firm->party_members = MAX (firm->party_members, 3);
      else if (f == 2 || f == 3)
        firm->party_members = f - 1;
      else if (_rl_demo_chance (self, 0.3))
        firm->party_members = _rl_demo_pick (self, 3);  /* too few for a branch of its own */
    }
}

static void
add_committee (Demo      *self,
               Committee *committee)
{
  committee->term_end = _rl_demo_add_years (committee->formed, committee->management ? 2 : 5);
  g_array_append_val (self->committees, *committee);
}

void
_rl_demo_plan_committees (Demo *self)
{
  guint32 old_first = _rl_demo_julian (2016, 1, 1), old_last = _rl_demo_julian (2021, 6, 30);
  guint32 recent_first = _rl_demo_julian (2021, 10, 1);
  guint32 managed_first = _rl_demo_julian (2024, 7, 1);
  guint32 formed_last = _rl_demo_julian (2026, 6, 30);

  guint k = 0;

  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      Committee committee = { c, };
      gboolean overdue, dissolved;

      if (!compound->profile.committee)
        continue;
      k++;

      /* The first compound's interim 物管会 gave way to an elected 业委会;
       * the second's committee has outlived its term (换届 overdue). */
      committee.management = k == 1 || _rl_demo_chance (self, 0.08)
                             || (compound->profile.kind != KIND_COMMODITY
                                 && _rl_demo_chance (self, 0.35));
      overdue = k == 2 || (k > 2 && _rl_demo_chance (self, 0.10));
      dissolved = k == 1 || (k > 2 && _rl_demo_chance (self, 0.06));
      if (overdue)
        committee.management = FALSE;
      if (overdue)
        committee.formed = _rl_demo_day_between (self, old_first, old_last);
      else if (committee.management)
        committee.formed = _rl_demo_day_between (self, managed_first, formed_last);
      else
        committee.formed = _rl_demo_day_between (self, recent_first, formed_last);
      if (dissolved)
        committee.dissolved = _rl_demo_day_between (self, committee.formed + 30, self->last_day);
      add_committee (self, &committee);

      if (dissolved && (k == 1 || _rl_demo_chance (self, 0.7)))
        {
          Committee successor = { c, FALSE, };

          successor.formed = committee.dissolved + _rl_demo_between (self, 0, 60);
          successor.formed = MIN (successor.formed, self->last_day);
          add_committee (self, &successor);
        }
    }
}

/* The figures follow households: more orders where more people live, and
 * relatively more where the compound is run badly. */
void
_rl_demo_plan_evidence (Demo *self)
{
  guint n = self->compounds->len;
  g_autofree double *weights = g_new (double, n);
  g_autofree guint *counts = g_new (guint, n);

  for (guint c = 0; c < n; c++)
    {
      const Compound *compound = COMPOUND (self, c);

      weights[c] = sqrt (compound->households) * (1.5 - compound->quality);
    }
  _rl_demo_split (weights, n, (guint64) ORDERS_PER_COMPOUND * n, counts);
  for (guint c = 0; c < n; c++)
    COMPOUND (self, c)->n_orders = counts[c];

  /* A few compounds have no survey at all. */
  for (guint c = 0; c < n; c++)
    weights[c] = c == 4 || _rl_demo_chance (self, 0.03) ? 0 : sqrt (COMPOUND (self, c)->households);
  _rl_demo_split (weights, n, (guint64) ANSWERS_PER_COMPOUND * n, counts);
  for (guint c = 0; c < n; c++)
    COMPOUND (self, c)->n_answers = counts[c];
}
