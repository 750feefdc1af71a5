/* rl-row.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rl-collection.h"

G_BEGIN_DECLS

#define RL_ROW_MAX_MEMBERS 12

typedef enum
{
  RL_VALUE_NULL,
  RL_VALUE_INT,     /* integers and booleans */
  RL_VALUE_REAL,
  RL_VALUE_TEXT,    /* text, dates, canonical timestamps, nested lists as JSON */
} RlValueType;

typedef struct
{
  RlValueType  type;
  gint64       i;
  double       d;
  char        *text;
} RlValue;

/* A checked record, one value per member of its collection, in the
 * collection's member order: what the store writes and reads back. */
typedef struct
{
  const RlCollection *collection;
  RlValue             values[RL_ROW_MAX_MEMBERS];
} RlRow;

void        rl_row_init       (RlRow              *row,
                               const RlCollection *collection);
void        rl_row_clear      (RlRow              *row);
void        rl_row_set_null   (RlRow              *row,
                               guint               member);
void        rl_row_take_text  (RlRow              *row,
                               guint               member,
                               char               *text);
void        rl_row_set_int    (RlRow              *row,
                               guint               member,
                               gint64              value);
void        rl_row_set_real   (RlRow              *row,
                               guint               member,
                               double              value);
const char *rl_row_get_text   (const RlRow        *row,
                               guint               member);
const char *rl_row_id         (const RlRow        *row);
JsonObject *rl_row_to_json    (const RlRow        *row);

gboolean    rl_value_equal    (const RlValue      *a,
                               const RlValue      *b);
char       *rl_value_to_string (const RlValue     *value);

G_END_DECLS
