/* rl-record-describe.h: a record in a line or two, for rows and titles
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-record.h"

G_BEGIN_DECLS

/* One member of a committee as a row reads it. */
typedef struct
{
  char *name;
  char *details;   /* role, Party member, cross-post */
} RlPerson;

/* What a person reads for @record in a row of another record's details
 * (@context is that record's collection; RL_N_COLLECTIONS for the record's
 * own title): a service seen from its firm is named by its compound.
 * @today (YYYY-MM-DD) tells what has ended. */
void       rl_record_describe  (RlRecord        *record,
                                RlCollectionId   context,
                                const char      *today,
                                char           **title,
                                char           **subtitle);

/* A committee's members, in the order the record gives them. */
GPtrArray *rl_committee_people (RlRecord        *committee);
void       rl_person_free      (RlPerson        *person);

G_END_DECLS
