/* rl-scheme.h: the scoring scheme of the quarterly scorecard (履约考评), read
 * from a JSON file (docs/schemes.md)
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RL_SCHEME_ERROR (rl_scheme_error_quark ())

typedef enum
{
  RL_SCHEME_ERROR_SYNTAX,          /* not JSON */
  RL_SCHEME_ERROR_FORMAT,          /* not a scheme, or a newer version */
  RL_SCHEME_ERROR_MISSING,         /* a required member is missing */
  RL_SCHEME_ERROR_TYPE,            /* a member of the wrong kind */
  RL_SCHEME_ERROR_UNKNOWN_MEMBER,  /* a member the format does not have (a typo?) */
  RL_SCHEME_ERROR_UNKNOWN_ITEM,
  RL_SCHEME_ERROR_DUPLICATE_ITEM,
  RL_SCHEME_ERROR_POINTS,          /* the points do not add up to 100 */
  RL_SCHEME_ERROR_ORDER,           /* zero_at and full_at the wrong way round */
  RL_SCHEME_ERROR_RANGE,           /* a number outside what it can be */
  RL_SCHEME_ERROR_LISTS,           /* list thresholds out of order */
} RlSchemeError;

/* The items domain.md defines, in the order cli.md prints them. */
typedef enum
{
  RL_ITEM_SATISFACTION,
  RL_ITEM_RESPONSE_5341,
  RL_ITEM_COMPLAINTS,
  RL_ITEM_PARTY_BUILDING,
  RL_ITEM_FEE_COLLECTION,
  RL_ITEM_INSPECTION,
  RL_N_ITEMS
} RlItem;

/* The total a scheme's points add up to. */
#define RL_SCHEME_TOTAL 100.0

typedef struct
{
  gboolean present;
  double   points;
  /* satisfaction, response_5341, complaints, fee_collection: linear from
   * zero_at (no points) to full_at (all of them). */
  double   full_at;
  double   zero_at;
  /* party_building */
  double   organization;         /* a Party organization covers the service */
  double   instructor;           /* else an instructor does */
  double   member_ratio;         /* Party members ÷ staff at least this… */
  double   member_ratio_points;  /* …earns these on top */
} RlSchemeItem;

typedef struct
{
  char         *name;
  char         *description;       /* or NULL */
  char         *json;              /* the scheme as read, to keep with scores */
  RlSchemeItem  items[RL_N_ITEMS];
  double        black_below;       /* black list under this total… */
  gboolean      black_on_veto;     /* …and on any veto */
  double        warning_below;     /* warning list from black_below to this */
  double        red_from;          /* red list from this total… */
  double        red_min_satisfaction;  /* …with at least this satisfaction rate, or NAN */
} RlScheme;

/* A unit's place on the quarter's list (榜单). */
typedef enum
{
  RL_SCORE_LIST_NONE,
  RL_SCORE_LIST_RED,
  RL_SCORE_LIST_WARNING,
  RL_SCORE_LIST_BLACK,
  RL_N_SCORE_LISTS
} RlScoreList;

GQuark       rl_scheme_error_quark       (void);

const char  *rl_item_key                 (RlItem          item);
const char  *rl_item_label               (RlItem          item);
gboolean     rl_item_from_key            (const char     *key,
                                          RlItem         *item);
gboolean     rl_item_higher_is_better    (RlItem          item);

const char  *rl_score_list_key           (RlScoreList     list);
const char  *rl_score_list_label         (RlScoreList     list);

RlScheme    *rl_scheme_new_default       (void);
RlScheme    *rl_scheme_new_from_data     (const char     *data,
                                          gssize          length,
                                          GError        **error);
RlScheme    *rl_scheme_new_from_file     (const char     *path,
                                          GError        **error);
RlScheme    *rl_scheme_ref               (RlScheme       *scheme);
void         rl_scheme_unref             (RlScheme       *scheme);

double       rl_scheme_linear_points     (const RlScheme *scheme,
                                          RlItem          item,
                                          double          measure);
double       rl_scheme_inspection_points (const RlScheme *scheme,
                                          double          score);
RlScoreList  rl_scheme_list_for          (const RlScheme *scheme,
                                          double          total,
                                          gboolean        veto,
                                          gboolean        has_satisfaction,
                                          double          satisfaction_rate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlScheme, rl_scheme_unref)

G_END_DECLS
