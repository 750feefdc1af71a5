/* rl-store-scorecard.h: the queries behind rl-scorecard.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-quarter.h"
#include "rl-store.h"

G_BEGIN_DECLS

/* A service active on the quarter's last day, with its inspection of the
 * quarter. Strings live until the callback returns. */
typedef struct
{
  const char *service_id;
  const char *firm_id;
  const char *compound_id;
  const char *firm;
  const char *compound;
  gint64      staff;           /* -1 when not given */
  gint64      party_members;   /* -1 when not given */
  const char *inspection_id;   /* NULL: no inspection */
  gboolean    has_score;
  double      score;
  gboolean    has_fee_rate;
  double      fee_rate;
  const char *veto;
  const char *note;
} RlUnitRow;

typedef void (*RlUnitRowFunc) (const RlUnitRow *row,
                               gpointer         user_data);
/* A service and a record linked to it (an organization, an instructor). */
typedef void (*RlLinkRowFunc) (const char      *service_id,
                               const char      *other_id,
                               gpointer         user_data);

gboolean rl_store_scorecard_units         (RlStore          *self,
                                           const RlQuarter  *quarter,
                                           RlUnitRowFunc     func,
                                           gpointer          user_data,
                                           GError          **error);
/* Active on the quarter's last day, covering the service or its firm. */
gboolean rl_store_scorecard_organizations (RlStore          *self,
                                           const RlQuarter  *quarter,
                                           RlLinkRowFunc     func,
                                           gpointer          user_data,
                                           GError          **error);
gboolean rl_store_scorecard_instructors   (RlStore          *self,
                                           const RlQuarter  *quarter,
                                           RlLinkRowFunc     func,
                                           gpointer          user_data,
                                           GError          **error);

G_END_DECLS
