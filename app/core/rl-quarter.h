/* rl-quarter.h: the quarter's evidence figures (domain.md "Response times:
 * the 5341 rule" and "Quarter figures")
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-profile.h"
#include "rl-rates.h"
#include "rl-store.h"

G_BEGIN_DECLS

#define RL_QUARTER_ERROR (rl_quarter_error_quark ())

typedef enum
{
  RL_QUARTER_ERROR_INVALID,
} RlQuarterError;

/* A calendar quarter in China time. Its period runs from 00:00 (UTC+8) on
 * first_day to 00:00 (UTC+8) on end_day, the next quarter's first day. */
typedef struct
{
  int    year;
  int    number;          /* 1–4 */
  char   name[8];         /* 2026Q3 */
  char   first_day[11];   /* 2026-07-01 */
  char   last_day[11];    /* 2026-09-30 */
  char   end_day[11];     /* 2026-10-01 */
  gint64 end_time;        /* the period's end, Unix seconds */
} RlQuarter;

typedef enum
{
  RL_SEVERITY_NORMAL,
  RL_SEVERITY_MAJOR,
  RL_SEVERITY_COMPLEX,
  RL_N_SEVERITIES
} RlSeverity;

/* The two steps of an order: arrival, then resolution (normal and major
 * orders) or a plan (complex ones). */
typedef enum
{
  RL_STEP_ARRIVAL,
  RL_STEP_RESOLUTION,
  RL_STEP_PLAN,
} RlStep;

typedef enum
{
  RL_STEP_MET,       /* done within its limit (exactly on the limit is within) */
  RL_STEP_LATE,      /* done after its limit */
  RL_STEP_MISSING,   /* no time recorded, and the limit passed before the period ended */
  RL_STEP_OPEN,      /* no time recorded, and the limit had not passed yet */
} RlStepOutcome;

typedef enum
{
  RL_VERDICT_COMPLIANT,
  RL_VERDICT_FAILED,
  RL_VERDICT_LEFT_OUT,
} RlVerdict;

/* A timestamp that is not recorded. */
#define RL_NO_TIME G_MININT64

typedef struct
{
  RlStep        step;
  RlStepOutcome outcome;
  gint64        seconds;   /* taken, from receipt; -1 when not recorded */
  int           limit;     /* minutes */
} RlStepResult;

typedef struct
{
  RlVerdict    verdict;
  RlStepResult steps[2];
} RlOrderVerdict;

/* One order as judged, with the id it has in the ledger. */
typedef struct
{
  const char     *id;          /* owned by the figures */
  gint64          received;    /* Unix seconds */
  RlSeverity      severity;
  RlOrderVerdict  verdict;
} RlJudgedOrder;

typedef struct
{
  gint64 compliant;
  gint64 failed;
  gint64 left_out;
} RlVerdictCounts;

/* The orders a service answers for in the quarter. */
typedef struct
{
  char            *service_id;    /* NULL: orders at a compound no service served that day */
  char            *firm_id;
  char            *compound_id;
  RlVerdictCounts  all;
  RlVerdictCounts  by_severity[RL_N_SEVERITIES];
  GArray          *orders;        /* of RlJudgedOrder, by receipt then id; with records only */
} RlServiceCompliance;

/* One answer behind a satisfaction rate. */
typedef struct
{
  const char *id;                 /* owned by the figures */
  int         overall;
} RlAnswer;

/* A compound's figures for the quarter. */
typedef struct
{
  char      *compound_id;
  gint64     households;          /* -1 when not given */
  gint64     responses;
  gint64     satisfied;           /* overall 4 or 5 */
  gint64     score_sum;           /* of (overall - 1) × 25 */
  gint64     complaints;
  gint64     disputes;
  gint64     disputes_resolved;   /* resolved by the end of the quarter */
  /* With records only; ids are owned by the figures. */
  GArray    *answers;             /* of RlAnswer, by date then id */
  GPtrArray *complaint_ids;       /* each by id (code point) */
  GPtrArray *dispute_ids;
  GPtrArray *unresolved_dispute_ids;
} RlCompoundFigures;

typedef enum
{
  RL_QUARTER_COMPLIANCE = 1 << 0,   /* 5341 verdicts per service */
  RL_QUARTER_COMPOUNDS  = 1 << 1,   /* satisfaction, complaints, disputes per compound */
  RL_QUARTER_RECORDS    = 1 << 2,   /* keep the records behind each figure */
} RlQuarterParts;

typedef struct
{
  RlQuarter            quarter;
  RlResponseProfile   *profile;       /* the limits the verdicts used */
  RlQuarterParts       parts;
  GPtrArray           *services;      /* of RlServiceCompliance, by service id (code point);
                                       * only services with orders in the quarter */
  RlServiceCompliance *unattributed;  /* orders no service answers for */
  GPtrArray           *compounds;     /* of RlCompoundFigures, every compound, by id */
  /* private */
  GHashTable          *service_index;
  GHashTable          *compound_index;
  GStringChunk        *strings;
} RlQuarterFigures;

GQuark                     rl_quarter_error_quark           (void);

gboolean                   rl_quarter_init                  (RlQuarter                *quarter,
                                                             const char               *text,
                                                             GError                  **error);
char                      *rl_quarter_current               (void);

const char                *rl_severity_key                  (RlSeverity                severity);
const char                *rl_severity_label                (RlSeverity                severity);
gboolean                   rl_severity_from_key             (const char               *key,
                                                             RlSeverity               *severity);
const char                *rl_verdict_key                   (RlVerdict                 verdict);
const char                *rl_verdict_label                 (RlVerdict                 verdict);

void                       rl_order_judge                   (const RlResponseProfile  *profile,
                                                             RlSeverity                severity,
                                                             gint64                    received,
                                                             gint64                    arrived,
                                                             gint64                    second,
                                                             gint64                    period_end,
                                                             RlOrderVerdict           *verdict);
char                      *rl_order_verdict_describe        (const RlOrderVerdict     *verdict);

RlRatio                    rl_verdict_counts_ratio          (const RlVerdictCounts    *counts);

gboolean                   rl_compound_figures_satisfaction (const RlCompoundFigures  *figures,
                                                             double                   *rate);
gboolean                   rl_compound_figures_score        (const RlCompoundFigures  *figures,
                                                             double                   *score);
gboolean                   rl_compound_figures_complaints   (const RlCompoundFigures  *figures,
                                                             double                   *rate);
gboolean                   rl_compound_figures_mediation    (const RlCompoundFigures  *figures,
                                                             double                   *rate);

RlQuarterFigures          *rl_quarter_figures_compute       (RlStore                  *store,
                                                             const char               *quarter,
                                                             const RlResponseProfile  *profile,
                                                             RlQuarterParts            parts,
                                                             GError                  **error);
const RlServiceCompliance *rl_quarter_figures_get_service   (const RlQuarterFigures   *figures,
                                                             const char               *service_id);
const RlCompoundFigures   *rl_quarter_figures_get_compound  (const RlQuarterFigures   *figures,
                                                             const char               *compound_id);
void                       rl_quarter_figures_free          (RlQuarterFigures         *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlQuarterFigures, rl_quarter_figures_free)

G_END_DECLS
