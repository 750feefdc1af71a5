/* rl-profile.h: response profiles, the time limits a work order is judged
 * by (the 5341 rule and the ones districts publish instead)
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rl-store.h"

G_BEGIN_DECLS

#define RL_PROFILE_ERROR (rl_profile_error_quark ())

typedef enum
{
  RL_PROFILE_ERROR_INVALID,     /* a name or limit the ledger cannot keep */
  RL_PROFILE_ERROR_NOT_FOUND,   /* no profile of that name */
  RL_PROFILE_ERROR_IN_USE,      /* the ledger's figures use it: not deleted */
} RlProfileError;

/* The four limits, in minutes after the order was received. */
typedef enum
{
  RL_LIMIT_ARRIVE,          /* the firm is on site */
  RL_LIMIT_NORMAL,          /* a normal order is resolved */
  RL_LIMIT_MAJOR,           /* a major order is resolved */
  RL_LIMIT_COMPLEX_PLAN,    /* a complex order has a plan */
  RL_N_LIMITS
} RlLimit;

/* The name of the profile domain.md defines, which every new ledger has. */
#define RL_PROFILE_DEFAULT_NAME "5341"

/* Limits are whole minutes, 1 to RL_PROFILE_MAX_MINUTES. */
#define RL_PROFILE_MAX_MINUTES (366 * 24 * 60)

typedef struct
{
  char *name;
  int   minutes[RL_N_LIMITS];
} RlResponseProfile;

GQuark             rl_profile_error_quark         (void);

const char        *rl_limit_key                   (RlLimit                   limit);
const char        *rl_limit_label                 (RlLimit                   limit);

RlResponseProfile *rl_response_profile_new        (const char               *name,
                                                   int                       arrive,
                                                   int                       normal,
                                                   int                       major,
                                                   int                       complex_plan);
RlResponseProfile *rl_response_profile_new_default (void);
RlResponseProfile *rl_response_profile_copy       (const RlResponseProfile  *profile);
void               rl_response_profile_free       (RlResponseProfile        *profile);
gboolean           rl_response_profile_equal      (const RlResponseProfile  *a,
                                                   const RlResponseProfile  *b);
gboolean           rl_response_profile_check      (const RlResponseProfile  *profile,
                                                   GError                  **error);
char              *rl_response_profile_describe   (const RlResponseProfile  *profile);

/* In the ledger. */
RlResponseProfile *rl_response_profile_get        (RlStore                  *store,
                                                   const char               *name,
                                                   GError                  **error);
GPtrArray         *rl_response_profile_list       (RlStore                  *store,
                                                   GError                  **error);
char              *rl_response_profile_get_in_use (RlStore                  *store,
                                                   GError                  **error);
gboolean           rl_response_profile_save       (RlStore                  *store,
                                                   const RlResponseProfile  *profile,
                                                   const char               *source,
                                                   GError                  **error);
gboolean           rl_response_profile_use        (RlStore                  *store,
                                                   const char               *name,
                                                   const char               *source,
                                                   GError                  **error);
gboolean           rl_response_profile_delete     (RlStore                  *store,
                                                   const char               *name,
                                                   const char               *source,
                                                   GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlResponseProfile, rl_response_profile_free)

G_END_DECLS
