/* rl-rates.h: the three rates (三率), coverage, the lists that go with them,
 * and the year-end targets (domain.md)
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-collection.h"
#include "rl-store.h"

G_BEGIN_DECLS

#define RL_RATES_ERROR (rl_rates_error_quark ())

typedef enum
{
  RL_RATES_ERROR_INVALID_DATE,
  RL_RATES_ERROR_INVALID_TARGET,
} RlRatesError;

/* In the order cli.md prints them. */
typedef enum
{
  RL_RATE_COMMITTEE_FORMATION,
  RL_RATE_SERVICE_COVERAGE,
  RL_RATE_PARTY_ORG_COVERAGE,
  RL_RATE_PARTY_WORK_COVERAGE,
  RL_RATE_RED_PROPERTY_COVERAGE,
  RL_N_RATES
} RlRate;

/* A rate as its two counts: a rate with no denominator is undefined (shown
 * as "—"), never 0% or 100%. */
typedef struct
{
  gint64 num;
  gint64 den;
} RlRatio;

typedef enum
{
  RL_SCOPE_LEDGER,
  RL_SCOPE_STREET,
  RL_SCOPE_COMMUNITY,
} RlScope;

/* The figures of one scope on one date. */
typedef struct
{
  RlScope  scope;
  char    *id;            /* NULL for the whole ledger */
  char    *name;          /* "" for the whole ledger */
  char    *street_id;     /* a community's street; NULL otherwise */
  gint64   compounds;
  RlRatio  ratios[RL_N_RATES];
  /* Service coverage split for charts; the three add up to compounds. A
   * self-managed compound that also has a firm counts as firm-served. */
  gint64   firm_served;
  gint64   self_managed;
  gint64   unserved;
} RlRatesRow;

typedef struct
{
  char       *date;          /* YYYY-MM-DD */
  RlRatesRow  total;
  GPtrArray  *streets;       /* of RlRatesRow, by name (code point), then id */
  GPtrArray  *communities;   /* of RlRatesRow, by name (code point), then id */
} RlRates;

/* The lists that go with the rates. */
typedef enum
{
  RL_GAP_NO_COMMITTEE,     /* compounds with no active committee */
  RL_GAP_NO_SERVICE,       /* compounds with no active service, not self-managed */
  RL_GAP_MUST_BUILD,       /* 应建尽建: firms and services with 3+ Party members, no own
                            * organization */
  RL_GAP_TERM_OVERDUE,     /* active committees whose term has ended (换届 overdue) */
  RL_GAP_UNCOVERED,        /* services and committees with no organization and no instructor */
  RL_N_GAPS
} RlGap;

/* One row of a list: enough to show it and to open the record. */
typedef struct
{
  RlCollectionId  collection;     /* what id names: compounds, firms, services or committees */
  char           *id;
  char           *name;           /* compound or firm: its name; service: its firm's;
                                   * committee: its compound's */
  char           *kind;           /* the compound's or committee's kind code, or NULL */
  char           *firm_id;        /* firms and services */
  char           *firm_name;
  char           *compound_id;    /* everything but firms */
  char           *compound_name;
  char           *community_id;
  char           *community_name;
  char           *street_id;
  char           *street_name;
  gint64          party_members;  /* -1 when not given */
  char           *term_end;       /* committees, or NULL */
} RlGapRow;

GQuark      rl_rates_error_quark    (void);

const char *rl_rate_key             (RlRate        rate);
const char *rl_rate_label           (RlRate        rate);
gboolean    rl_rate_from_key        (const char   *key,
                                     RlRate       *rate);

gboolean    rl_ratio_has_rate       (const RlRatio *ratio);
gint64      rl_ratio_tenths         (const RlRatio *ratio);
char       *rl_ratio_format         (const RlRatio *ratio);
double      rl_ratio_get_rate       (const RlRatio *ratio);

char       *rl_rates_today          (void);
gboolean    rl_rates_check_date     (const char   *date,
                                     GError      **error);

RlRates    *rl_rates_compute        (RlStore      *store,
                                     const char   *date,
                                     GError      **error);
void        rl_rates_free           (RlRates      *rates);
void        rl_rates_row_free       (RlRatesRow   *row);

const char *rl_gap_label            (RlGap         gap);
GPtrArray  *rl_rates_gaps           (RlStore      *store,
                                     RlGap         gap,
                                     const char   *date,
                                     RlScope       scope,
                                     const char   *scope_id,
                                     GError      **error);
void        rl_gap_row_free         (RlGapRow     *row);

gboolean    rl_rates_default_target (RlRate        rate,
                                     int           year,
                                     double       *target);
gboolean    rl_rates_get_target     (RlStore      *store,
                                     RlRate        rate,
                                     int           year,
                                     gboolean     *has_target,
                                     double       *target,
                                     GError      **error);
gboolean    rl_rates_set_target     (RlStore      *store,
                                     RlRate        rate,
                                     int           year,
                                     double        target,
                                     const char   *source,
                                     GError      **error);
gboolean    rl_rates_reset_target   (RlStore      *store,
                                     RlRate        rate,
                                     int           year,
                                     const char   *source,
                                     GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlRates, rl_rates_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlGapRow, rl_gap_row_free)

G_END_DECLS
