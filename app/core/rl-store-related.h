/* rl-store-related.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-store-query.h"

G_BEGIN_DECLS

/* The records a record's details show beside it. */
typedef enum
{
  RL_RELATION_SERVICES,      /* a compound's or a firm's services */
  RL_RELATION_FIRMS,         /* a service's firm */
  RL_RELATION_COMPOUNDS,     /* a service's or a committee's compound */
  RL_RELATION_COMMITTEES,    /* a compound's committees */
  RL_RELATION_PARTY_ORGS,    /* the organizations covering it, itself or through its parts */
  RL_RELATION_INSTRUCTORS,   /* the instructors assigned to it, itself or through its parts */
  RL_RELATION_COVERED,       /* what an organization covers, an instructor is assigned to */
  RL_N_RELATIONS
} RlRelation;

gboolean   rl_relation_applies (RlRelation       relation,
                                RlCollectionId   collection);
GPtrArray *rl_store_related    (RlStore         *store,
                                RlCollectionId   collection,
                                const char      *id,
                                RlRelation       relation,
                                GError         **error);

G_END_DECLS
