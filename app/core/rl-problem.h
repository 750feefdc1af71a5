/* rl-problem.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-collection.h"

G_BEGIN_DECLS

#define RL_CHECK_ERROR (rl_check_error_quark ())

typedef enum
{
  RL_CHECK_ERROR_SYNTAX,        /* malformed JSON */
  RL_CHECK_ERROR_FORMAT,        /* not an exchange package, or a newer version */
  RL_CHECK_ERROR_MISSING,       /* a required member is absent or empty */
  RL_CHECK_ERROR_TYPE,          /* a member of the wrong JSON type */
  RL_CHECK_ERROR_RANGE,         /* a number outside its range */
  RL_CHECK_ERROR_CHOICE,        /* a value not in its list */
  RL_CHECK_ERROR_DATE,          /* not a date, timestamp or quarter */
  RL_CHECK_ERROR_ORDER,         /* an end before its start */
  RL_CHECK_ERROR_CREDIT_CODE,   /* GB 32100-2015 */
  RL_CHECK_ERROR_TOO_MANY,      /* Party members above staff */
  RL_CHECK_ERROR_REFERENCE,     /* names a record that does not exist */
  RL_CHECK_ERROR_DUPLICATE,     /* an id twice, or a second inspection */
  RL_CHECK_ERROR_UNKNOWN,       /* an unknown top-level member (a warning) */
} RlCheckError;

/* One thing wrong with a record (or the package), and where it is. */
typedef struct
{
  int       collection;   /* an RlCollectionId, or -1 for the package itself */
  gint64    index;        /* 0-based position in its collection, -1 when not known */
  char     *id;           /* the record's id when it has one */
  char     *member;       /* the member at fault, or NULL */
  guint     line;         /* 1-based line in the file, 0 when not known */
  guint     column;
  gboolean  warning;      /* reported, but does not stop the import */
  GError   *error;        /* RL_CHECK_ERROR; the message says what is wrong */
} RlProblem;

GQuark     rl_check_error_quark (void);

RlProblem *rl_problem_new       (int           collection,
                                 gint64        index,
                                 const char   *id,
                                 const char   *member,
                                 RlCheckError  code,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (6, 7);
void       rl_problem_free      (RlProblem   *problem);
char      *rl_problem_describe  (const RlProblem *problem);
GPtrArray *rl_problem_list_new  (void);
guint      rl_problem_list_count_errors (GPtrArray *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlProblem, rl_problem_free)

G_END_DECLS
