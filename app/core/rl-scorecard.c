/* rl-scorecard.c: the quarterly scorecards (履约考评), scored item by item as
 * domain.md says, and the red/black list
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rl-collection.h"
#include "rl-scorecard.h"
#include "rl-store-scorecard.h"

static const struct
{
  const char *key;
  const char *label;
} flag_info[RL_N_SCORE_FLAGS] = {
  { "no_survey", N_("no survey") },
  { "no_orders", N_("no work orders") },
  { "no_households", N_("no household count") },
  { "no_inspection", N_("no inspection") },
};

static const char *const measure_keys[RL_N_MEASURES] = {
  "satisfaction_rate", "compliance_5341", "complaint_rate", "fee_collection_rate"
};

typedef struct
{
  RlScorecards *cards;
  GHashTable   *by_service;
} Build;

static void
card_free (RlScorecard *card)
{
  g_free (card->service_id);
  g_free (card->firm_id);
  g_free (card->compound_id);
  g_free (card->firm);
  g_free (card->compound);
  g_free (card->veto);
  g_clear_pointer (&card->organizations, g_ptr_array_unref);
  g_clear_pointer (&card->instructors, g_ptr_array_unref);
  g_free (card->inspection_id);
  g_free (card->note);
  g_free (card);
}

static void
unit_row_cb (const RlUnitRow *row,
             gpointer         user_data)
{
  Build *build = user_data;
  RlScorecard *card = g_new0 (RlScorecard, 1);

  card->service_id = g_strdup (row->service_id);
  card->firm_id = g_strdup (row->firm_id);
  card->compound_id = g_strdup (row->compound_id);
  card->firm = g_strdup (row->firm);
  card->compound = g_strdup (row->compound);
  card->staff = row->staff;
  card->party_members = row->party_members;
  card->organizations = g_ptr_array_new_with_free_func (g_free);
  card->instructors = g_ptr_array_new_with_free_func (g_free);
  card->inspection_id = g_strdup (row->inspection_id);
  card->has_score = row->has_score;
  card->score = row->score;
  card->has_measure[RL_MEASURE_FEE_COLLECTION_RATE] = row->inspection_id && row->has_fee_rate;
  card->measures[RL_MEASURE_FEE_COLLECTION_RATE] = row->fee_rate;
  card->veto = g_strdup (row->veto);
  card->note = g_strdup (row->note);

  g_ptr_array_add (build->cards->rows, card);
  g_hash_table_insert (build->by_service, card->service_id, card);
}

static void
organization_cb (const char *service_id,
                 const char *org_id,
                 gpointer    user_data)
{
  Build *build = user_data;
  RlScorecard *card = g_hash_table_lookup (build->by_service, service_id);

  if (card != NULL)
    g_ptr_array_add (card->organizations, g_strdup (org_id));
}

static void
instructor_cb (const char *service_id,
               const char *instructor_id,
               gpointer    user_data)
{
  Build *build = user_data;
  RlScorecard *card = g_hash_table_lookup (build->by_service, service_id);

  if (card != NULL)
    g_ptr_array_add (card->instructors, g_strdup (instructor_id));
}

/* Party members ÷ staff at least the scheme's ratio; a service with no
 * staff figure gets nothing for it. */
static gboolean
member_ratio_met (const RlScheme    *scheme,
                  const RlScorecard *card)
{
  const RlSchemeItem *spec = &scheme->items[RL_ITEM_PARTY_BUILDING];

  return card->staff > 0
         && (double) MAX (card->party_members, 0) / (double) card->staff >= spec->member_ratio;
}

static double
party_points (const RlScheme    *scheme,
              const RlScorecard *card)
{
  const RlSchemeItem *spec = &scheme->items[RL_ITEM_PARTY_BUILDING];
  double points = 0;

  if (card->organizations->len > 0)
    points = spec->organization;
  else if (card->instructors->len > 0)
    points = spec->instructor;
  if (member_ratio_met (scheme, card))
    points += spec->member_ratio_points;
  return points;
}

/* Item by item as domain.md says, with its rules for missing evidence. */
static void
score_card (RlScorecards *cards,
            RlScorecard  *card)
{
  const RlScheme *scheme = cards->scheme;
  const RlCompoundFigures *compound =
    rl_quarter_figures_get_compound (cards->figures, card->compound_id);
  double *measures = card->measures;
  gboolean *has = card->has_measure;
  double items[RL_N_ITEMS] = { 0, };
  RlRatio ratio = { 0, 0 };

  card->compound_figures = compound;
  card->compliance = rl_quarter_figures_get_service (cards->figures, card->service_id);

  has[RL_MEASURE_SATISFACTION_RATE] =
    compound != NULL
    && rl_compound_figures_satisfaction (compound, &measures[RL_MEASURE_SATISFACTION_RATE]);
  if (has[RL_MEASURE_SATISFACTION_RATE])
    items[RL_ITEM_SATISFACTION] = rl_scheme_linear_points (scheme, RL_ITEM_SATISFACTION,
                                                           measures[RL_MEASURE_SATISFACTION_RATE]);
  else
    card->flags |= RL_SCORE_FLAG_NO_SURVEY;

  if (card->compliance != NULL)
    ratio = rl_verdict_counts_ratio (&card->compliance->all);
  has[RL_MEASURE_COMPLIANCE_5341] = ratio.den > 0;
  if (ratio.den > 0)
    {
      measures[RL_MEASURE_COMPLIANCE_5341] = rl_ratio_get_rate (&ratio);
      items[RL_ITEM_RESPONSE_5341] = rl_scheme_linear_points (scheme, RL_ITEM_RESPONSE_5341,
                                                              measures[RL_MEASURE_COMPLIANCE_5341]);
    }
  else
    {
      items[RL_ITEM_RESPONSE_5341] = scheme->items[RL_ITEM_RESPONSE_5341].points;
      card->flags |= RL_SCORE_FLAG_NO_ORDERS;
    }

  has[RL_MEASURE_COMPLAINT_RATE] =
    compound != NULL
    && rl_compound_figures_complaints (compound, &measures[RL_MEASURE_COMPLAINT_RATE]);
  if (has[RL_MEASURE_COMPLAINT_RATE])
    items[RL_ITEM_COMPLAINTS] = rl_scheme_linear_points (scheme, RL_ITEM_COMPLAINTS,
                                                         measures[RL_MEASURE_COMPLAINT_RATE]);
  else
    card->flags |= RL_SCORE_FLAG_NO_HOUSEHOLDS;

  items[RL_ITEM_PARTY_BUILDING] = party_points (scheme, card);

  /* An inspection missing only its rate or its score gives 0 for that
   * item alone, with no flag. */
  if (card->inspection_id == NULL)
    card->flags |= RL_SCORE_FLAG_NO_INSPECTION;
  if (has[RL_MEASURE_FEE_COLLECTION_RATE])
    items[RL_ITEM_FEE_COLLECTION] =
      rl_scheme_linear_points (scheme, RL_ITEM_FEE_COLLECTION,
                               measures[RL_MEASURE_FEE_COLLECTION_RATE]);
  if (card->inspection_id != NULL && card->has_score)
    items[RL_ITEM_INSPECTION] = rl_scheme_inspection_points (scheme, card->score);

  /* Added in cli.md's order from 0, as the district's own figures are. */
  card->total = 0;
  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    if (scheme->items[item].present)
      {
        card->items[item] = items[item];
        card->total += items[item];
      }

  card->list = rl_scheme_list_for (scheme, card->total, card->veto != NULL,
                                   has[RL_MEASURE_SATISFACTION_RATE],
                                   measures[RL_MEASURE_SATISFACTION_RATE]);
}

/* By total, highest first; ties by firm name, then compound name (code
 * point), then service id so that the order never depends on the ledger's. */
static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const RlScorecard *ca = *(RlScorecard * const *) a;
  const RlScorecard *cb = *(RlScorecard * const *) b;
  int cmp;

  if (ca->total != cb->total)
    return ca->total > cb->total ? -1 : 1;
  if ((cmp = strcmp (ca->firm, cb->firm)) != 0)
    return cmp;
  if ((cmp = strcmp (ca->compound, cb->compound)) != 0)
    return cmp;
  return strcmp (ca->service_id, cb->service_id);
}

static char *
format_percent (double rate)
{
  return g_strdup_printf ("%.1f%%", rate * 100);
}

static char *
explain_party (const RlScheme    *scheme,
               const RlScorecard *card)
{
  const RlSchemeItem *spec = &scheme->items[RL_ITEM_PARTY_BUILDING];
  g_autofree char *cover = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *threshold = format_percent (spec->member_ratio);

  if (card->organizations->len > 0)
    cover = g_strdup_printf (_("covered by the Party organization %s: %g points"),
                             (const char *) g_ptr_array_index (card->organizations, 0),
                             spec->organization);
  else if (card->instructors->len > 0)
    cover = g_strdup_printf (_("no Party organization, instructor %s assigned: %g points"),
                             (const char *) g_ptr_array_index (card->instructors, 0),
                             spec->instructor);
  else
    cover = g_strdup (_("no Party organization and no instructor: 0 points"));

  if (card->staff <= 0)
    ratio = g_strdup (_("no staff figure: no points for Party members"));
  else
    {
      g_autofree char *share = format_percent ((double) MAX (card->party_members, 0)
                                               / (double) card->staff);

      ratio = g_strdup_printf (member_ratio_met (scheme, card)
                               ? _("%lld Party members of %lld staff (%s, at least %s): %g more "
                                   "points")
                               : _("%lld Party members of %lld staff (%s, under %s): no more "
                                   "points"),
                               (long long) MAX (card->party_members, 0), (long long) card->staff,
                               share, threshold, spec->member_ratio_points);
    }
  /* Translators: two parts of an explanation */
  return g_strdup_printf (_("%s; %s"), cover, ratio);
}

/* Public API */

const char *
rl_score_flag_key (RlScoreFlags flag)
{
  for (guint i = 0; i < RL_N_SCORE_FLAGS; i++)
    if (flag == 1u << i)
      return flag_info[i].key;
  g_return_val_if_reached (NULL);
}

const char *
rl_score_flag_label (RlScoreFlags flag)
{
  for (guint i = 0; i < RL_N_SCORE_FLAGS; i++)
    if (flag == 1u << i)
      return _(flag_info[i].label);
  g_return_val_if_reached (NULL);
}

const char *
rl_measure_key (RlMeasure measure)
{
  g_return_val_if_fail (measure < RL_N_MEASURES, NULL);

  return measure_keys[measure];
}

/* The scorecards of every service active on the last day of @quarter,
 * ranked, under @scheme (NULL: the default) with the verdicts of @profile
 * (NULL: the ledger's own). */
RlScorecards *
rl_scorecards_compute (RlStore                  *store,
                       const char               *quarter,
                       RlScheme                 *scheme,
                       const RlResponseProfile  *profile,
                       GError                  **error)
{
  g_autoptr(RlScorecards) cards = NULL;
  g_autoptr(GHashTable) by_service = NULL;
  Build build;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  cards = g_new0 (RlScorecards, 1);
  cards->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) card_free);
  if (!(cards->figures = rl_quarter_figures_compute (store, quarter, profile,
                                                     RL_QUARTER_COMPLIANCE
                                                     | RL_QUARTER_COMPOUNDS
                                                     | RL_QUARTER_RECORDS, error)))
    return NULL;
  cards->quarter = cards->figures->quarter;
  cards->scheme = scheme ? rl_scheme_ref (scheme) : rl_scheme_new_default ();

  by_service = g_hash_table_new (g_str_hash, g_str_equal);
  build.cards = cards;
  build.by_service = by_service;
  if (!rl_store_scorecard_units (store, &cards->quarter, unit_row_cb, &build, error)
      || !rl_store_scorecard_organizations (store, &cards->quarter, organization_cb, &build,
                                            error)
      || !rl_store_scorecard_instructors (store, &cards->quarter, instructor_cb, &build, error))
    return NULL;

  for (guint i = 0; i < cards->rows->len; i++)
    score_card (cards, g_ptr_array_index (cards->rows, i));
  g_ptr_array_sort (cards->rows, compare_cards);
  for (guint i = 0; i < cards->rows->len; i++)
    ((RlScorecard *) g_ptr_array_index (cards->rows, i))->rank = i + 1;

  return g_steal_pointer (&cards);
}

void
rl_scorecards_free (RlScorecards *scorecards)
{
  if (scorecards == NULL)
    return;
  g_clear_pointer (&scorecards->rows, g_ptr_array_unref);
  g_clear_pointer (&scorecards->figures, rl_quarter_figures_free);
  g_clear_pointer (&scorecards->scheme, rl_scheme_unref);
  g_free (scorecards);
}

/* How @card got its points for @item, in a sentence for people; the
 * records themselves are in the card. */
char *
rl_scorecard_explain_item (const RlScorecards *scorecards,
                           const RlScorecard  *card,
                           RlItem              item)
{
  const RlScheme *scheme;
  const RlResponseProfile *profile;
  double points, full;

  g_return_val_if_fail (scorecards != NULL && card != NULL, NULL);
  g_return_val_if_fail (item < RL_N_ITEMS, NULL);

  scheme = scorecards->scheme;
  profile = scorecards->figures->profile;
  points = card->items[item];
  full = scheme->items[item].points;
  if (!scheme->items[item].present)
    return g_strdup (_("not in this scheme"));

  switch (item)
    {
    case RL_ITEM_SATISFACTION:
      if (card->flags & RL_SCORE_FLAG_NO_SURVEY)
        return g_strdup_printf (_("no survey answer in %s: 0 points"), scorecards->quarter.name);
      else
        {
          g_autofree char *rate =
            format_percent (card->measures[RL_MEASURE_SATISFACTION_RATE]);

          return g_strdup_printf (_("%lld of %lld answers rate 4 or 5 (%s): %.2f of %g points"),
                                  (long long) card->compound_figures->satisfied,
                                  (long long) card->compound_figures->responses, rate,
                                  points, full);
        }

    case RL_ITEM_RESPONSE_5341:
      if (card->flags & RL_SCORE_FLAG_NO_ORDERS)
        return g_strdup_printf (_("no work order counted in %s: all %g points"),
                                scorecards->quarter.name, full);
      else
        {
          const RlVerdictCounts *all = &card->compliance->all;
          g_autofree char *rate = format_percent (card->measures[RL_MEASURE_COMPLIANCE_5341]);

          return g_strdup_printf (_("%lld of %lld orders met rule %s (%s), %lld left out: "
                                    "%.2f of %g points"),
                                  (long long) all->compliant,
                                  (long long) (all->compliant + all->failed), profile->name,
                                  rate, (long long) all->left_out, points, full);
        }

    case RL_ITEM_COMPLAINTS:
      if (card->flags & RL_SCORE_FLAG_NO_HOUSEHOLDS)
        return g_strdup (_("the compound has no household count: 0 points"));
      return g_strdup_printf (_("%lld complaints for %lld households (%.2f per 100): %.2f of %g "
                                "points"),
                              (long long) card->compound_figures->complaints,
                              (long long) card->compound_figures->households,
                              card->measures[RL_MEASURE_COMPLAINT_RATE], points, full);

    case RL_ITEM_PARTY_BUILDING:
      return explain_party (scheme, card);

    case RL_ITEM_FEE_COLLECTION:
      if (card->inspection_id == NULL)
        return g_strdup_printf (_("no inspection in %s: 0 points"), scorecards->quarter.name);
      if (!card->has_measure[RL_MEASURE_FEE_COLLECTION_RATE])
        return g_strdup_printf (_("inspection %s has no fee collection rate: 0 points"),
                                card->inspection_id);
      else
        {
          g_autofree char *rate =
            format_percent (card->measures[RL_MEASURE_FEE_COLLECTION_RATE]);

          return g_strdup_printf (_("fee collection rate %s (inspection %s): %.2f of %g points"),
                                  rate, card->inspection_id, points, full);
        }

    case RL_ITEM_INSPECTION:
      if (card->inspection_id == NULL)
        return g_strdup_printf (_("no inspection in %s: 0 points"), scorecards->quarter.name);
      if (!card->has_score)
        return g_strdup_printf (_("inspection %s has no score: 0 points"), card->inspection_id);
      return g_strdup_printf (_("inspection %s scored %g of 10: %.2f of %g points"),
                              card->inspection_id, card->score, points, full);

    case RL_N_ITEMS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Why @card is on its list, in words ("" for none). */
char *
rl_scorecard_list_reason (const RlScorecards *scorecards,
                          const RlScorecard  *card)
{
  const RlScheme *scheme;
  const char *const *vetoes =
    rl_collection_find_member (rl_collection_get (RL_COLLECTION_INSPECTIONS), "veto")->choices;

  g_return_val_if_fail (scorecards != NULL && card != NULL, NULL);

  scheme = scorecards->scheme;
  switch (card->list)
    {
    case RL_SCORE_LIST_BLACK:
      if (card->veto != NULL && scheme->black_on_veto)
        return g_strdup_printf (_("veto: %s"), rl_choice_label (vetoes, card->veto));
      return g_strdup_printf (_("total %.2f is under %g"), card->total, scheme->black_below);
    case RL_SCORE_LIST_WARNING:
      return g_strdup_printf (_("total %.2f is under %g"), card->total, scheme->warning_below);
    case RL_SCORE_LIST_RED:
      if (isnan (scheme->red_min_satisfaction))
        return g_strdup_printf (_("total %.2f is %g or more"), card->total, scheme->red_from);
      else
        {
          g_autofree char *rate =
            format_percent (card->measures[RL_MEASURE_SATISFACTION_RATE]);

          return g_strdup_printf (_("total %.2f is %g or more, satisfaction rate %s"),
                                  card->total, scheme->red_from, rate);
        }
    case RL_SCORE_LIST_NONE:
    case RL_N_SCORE_LISTS:
    default:
      return g_strdup ("");
    }
}
