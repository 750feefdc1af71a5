/* rl-store-quarter.h: the queries behind rl-quarter.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-quarter.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* Rows are handed over one at a time; their strings live until the
 * callback returns. Times are Unix seconds, RL_NO_TIME when not recorded. */
typedef struct
{
  const char *id;
  const char *compound_id;
  const char *service_id;     /* given, or else the one active that day; NULL if none */
  const char *category;
  const char *severity;
  gint64      received;
  gint64      arrived;
  gint64      resolved;
  gint64      plan;
} RlOrderRow;

typedef struct
{
  const char *id;
  const char *compound_id;
  int         overall;
} RlAnswerRow;

typedef struct
{
  const char *id;
  const char *firm_id;      /* services */
  const char *compound_id;  /* services */
  gint64      households;   /* compounds; -1 when not given */
} RlPlaceRow;

typedef void (*RlOrderRowFunc)  (const RlOrderRow  *row,
                                 gpointer           user_data);
typedef void (*RlAnswerRowFunc) (const RlAnswerRow *row,
                                 gpointer           user_data);
typedef void (*RlPlaceRowFunc)  (const RlPlaceRow  *row,
                                 gpointer           user_data);

/* The orders received in the quarter; with @attribute, each with the
 * service it belongs to. */
gboolean rl_store_quarter_orders    (RlStore          *self,
                                     const RlQuarter  *quarter,
                                     gboolean          attribute,
                                     RlOrderRowFunc    func,
                                     gpointer          user_data,
                                     GError          **error);
/* The survey answers dated in the quarter. */
gboolean rl_store_quarter_answers   (RlStore          *self,
                                     const RlQuarter  *quarter,
                                     RlAnswerRowFunc   func,
                                     gpointer          user_data,
                                     GError          **error);
/* Every compound with its households, by id. */
gboolean rl_store_quarter_compounds (RlStore          *self,
                                     RlPlaceRowFunc    func,
                                     gpointer          user_data,
                                     GError          **error);
/* Every service with its firm and compound. */
gboolean rl_store_quarter_services  (RlStore          *self,
                                     RlPlaceRowFunc    func,
                                     gpointer          user_data,
                                     GError          **error);

G_END_DECLS
