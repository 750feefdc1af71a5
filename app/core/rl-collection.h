/* rl-collection.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one member of a record holds. The same table drives the checks,
 * the SQL columns and the exchange format, so they cannot drift apart. */
typedef enum
{
  RL_MEMBER_ID,           /* the record's own id: 1–64 characters */
  RL_MEMBER_TEXT,         /* a string, trimmed */
  RL_MEMBER_REF,          /* the id of a record in `ref` */
  RL_MEMBER_CHOICE,       /* one of `choices` */
  RL_MEMBER_INT,          /* an integer in [min, max] */
  RL_MEMBER_NUMBER,       /* a number in [min, max] */
  RL_MEMBER_BOOL,
  RL_MEMBER_DATE,         /* YYYY-MM-DD */
  RL_MEMBER_TIMESTAMP,    /* ISO 8601 with an offset */
  RL_MEMBER_QUARTER,      /* 2026Q3 */
  RL_MEMBER_CREDIT_CODE,  /* GB 32100-2015 unified social credit code */
  RL_MEMBER_PEOPLE,       /* committee members: [{name, role, party_member, cross_post}] */
  RL_MEMBER_LINKS,        /* [{"firm": id}, …]: kinds listed in `choices` */
  RL_MEMBER_RATINGS,      /* {item: 1–5} */
} RlMemberType;

typedef struct
{
  const char        *name;         /* member in JSON, column in SQL */
  RlMemberType       type;
  gboolean           required;
  const char        *ref;          /* REF: the collection it names */
  const char *const *choices;      /* CHOICE and LINKS */
  double             min;
  double             max;
  const char        *not_before;   /* must not be earlier than this member */
  gboolean           not_before_warns; /* …but only warn: the record is never active */
  const char        *at_most;      /* must not be larger than this member */
} RlMember;

typedef struct
{
  const char     *name;            /* "compounds": the collection and its table */
  const char     *label;           /* translatable, for people: "compounds" → 小区 */
  const RlMember *members;         /* members[0] is the id */
  guint           n_members;
} RlCollection;

typedef enum
{
  RL_COLLECTION_STREETS,
  RL_COLLECTION_COMMUNITIES,
  RL_COLLECTION_COMPOUNDS,
  RL_COLLECTION_FIRMS,
  RL_COLLECTION_SERVICES,
  RL_COLLECTION_COMMITTEES,
  RL_COLLECTION_PARTY_ORGS,
  RL_COLLECTION_INSTRUCTORS,
  RL_COLLECTION_SURVEY_RESPONSES,
  RL_COLLECTION_WORK_ORDERS,
  RL_COLLECTION_INSPECTIONS,
  RL_N_COLLECTIONS
} RlCollectionId;

const RlCollection *rl_collection_get         (RlCollectionId      id);
const RlCollection *rl_collection_lookup      (const char         *name);
RlCollectionId      rl_collection_index       (const RlCollection *collection);
const RlMember     *rl_collection_find_member (const RlCollection *collection,
                                               const char         *member);
int                 rl_collection_member_index (const RlCollection *collection,
                                               const char         *member);
const char         *rl_collection_label       (const RlCollection *collection);
const char         *rl_choice_label           (const char *const  *choices,
                                               const char         *code);
const char *const  *rl_people_roles           (void);

G_END_DECLS
