/* rl-scorecard.h: the quarterly scorecards (履约考评) and the red/black list
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-quarter.h"
#include "rl-scheme.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Missing evidence, in the order cli.md prints the flags. */
typedef enum
{
  RL_SCORE_FLAG_NO_SURVEY     = 1 << 0,   /* no answer: satisfaction 0 */
  RL_SCORE_FLAG_NO_ORDERS     = 1 << 1,   /* no order counted: response_5341 full */
  RL_SCORE_FLAG_NO_HOUSEHOLDS = 1 << 2,   /* no complaint rate: complaints 0 */
  RL_SCORE_FLAG_NO_INSPECTION = 1 << 3,   /* fee_collection and inspection 0 */
} RlScoreFlags;

#define RL_N_SCORE_FLAGS 4

/* The measures of cli.md, in its order. */
typedef enum
{
  RL_MEASURE_SATISFACTION_RATE,
  RL_MEASURE_COMPLIANCE_5341,
  RL_MEASURE_COMPLAINT_RATE,
  RL_MEASURE_FEE_COLLECTION_RATE,
  RL_N_MEASURES
} RlMeasure;

/* One assessed unit: a service active on the quarter's last day. */
typedef struct
{
  guint         rank;              /* 1 for the highest total */
  char         *service_id;
  char         *firm_id;
  char         *compound_id;
  char         *firm;
  char         *compound;
  double        total;             /* full precision */
  double        items[RL_N_ITEMS]; /* 0 for items the scheme does not have */
  gboolean      has_measure[RL_N_MEASURES];
  double        measures[RL_N_MEASURES];
  char         *veto;              /* the inspection's veto code, or NULL */
  RlScoreList   list;
  RlScoreFlags  flags;

  /* The records behind the points. */
  const RlCompoundFigures   *compound_figures;  /* satisfaction and complaints */
  const RlServiceCompliance *compliance;        /* response_5341; NULL: no orders */
  GPtrArray    *organizations;     /* ids of the Party organizations covering the service */
  GPtrArray    *instructors;       /* ids of the instructors assigned to it */
  gint64        staff;             /* -1 when not given */
  gint64        party_members;     /* -1 when not given */
  char         *inspection_id;     /* fee_collection and inspection; NULL: none */
  gboolean      has_score;
  double        score;
  char         *note;
} RlScorecard;

typedef struct
{
  RlQuarter         quarter;
  RlScheme         *scheme;
  RlQuarterFigures *figures;    /* owns the records the scorecards point to */
  GPtrArray        *rows;       /* of RlScorecard, by rank */
} RlScorecards;

const char   *rl_score_flag_key         (RlScoreFlags              flag);
const char   *rl_score_flag_label       (RlScoreFlags              flag);
const char   *rl_measure_key            (RlMeasure                 measure);

RlScorecards *rl_scorecards_compute     (RlStore                  *store,
                                         const char               *quarter,
                                         RlScheme                 *scheme,
                                         const RlResponseProfile  *profile,
                                         GError                  **error);
void          rl_scorecards_free        (RlScorecards             *scorecards);

char         *rl_scorecard_explain_item (const RlScorecards       *scorecards,
                                         const RlScorecard        *card,
                                         RlItem                    item);
char         *rl_scorecard_list_reason  (const RlScorecards       *scorecards,
                                         const RlScorecard        *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlScorecards, rl_scorecards_free)

G_END_DECLS
