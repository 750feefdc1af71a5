/* rl-labels.h: what people read for collections and members
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-collection.h"

G_BEGIN_DECLS

/* The translated label of a member, with a mnemonic ("_Households",
 * "户数(_H)"); the member's own name when it has none. */
const char *rl_member_label (const RlCollection *collection,
                             const char         *member);

/* The same label without its mnemonic, for titles and accessible labels. */
char       *rl_member_title (const RlCollection *collection,
                             const char         *member);

/* A mnemonic label without its mnemonic: "户数(_H)" → "户数". */
char       *rl_strip_mnemonic (const char *label);

typedef enum
{
  RL_PHRASE_ADD,        /* "New compound" */
  RL_PHRASE_EDIT,       /* "Edit compound “%s”" */
  RL_PHRASE_DELETE,     /* "Delete compound “%s”?" */
  RL_PHRASE_HISTORY,    /* "History of compound “%s”" */
} RlPhrase;

/* A whole translated sentence about one record of @collection, with its
 * name in place of %s (none for RL_PHRASE_ADD). */
char       *rl_record_phrase (RlCollectionId  collection,
                              RlPhrase        phrase,
                              const char     *name);

G_END_DECLS
