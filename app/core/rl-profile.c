/* rl-profile.c: response profiles (the 5341 rule and its local variants)
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-profile.h"
#include "rl-store-profile.h"

G_DEFINE_QUARK (rl-profile-error-quark, rl_profile_error)

#define NAME_MAX_CHARS 64

/* The keys are the columns of response_profiles and the members its audit
 * entries name. */
static const struct
{
  const char *key;
  const char *label;
  int         fallback;
} limit_info[RL_N_LIMITS] = {
  { "arrive_minutes", N_("Arrival"), 5 },
  { "normal_minutes", N_("Normal order resolved"), 30 },
  { "major_minutes", N_("Major order resolved"), 240 },
  { "complex_minutes", N_("Complex order plan"), 1440 },
};

const char *
rl_limit_key (RlLimit limit)
{
  g_return_val_if_fail (limit < RL_N_LIMITS, NULL);

  return limit_info[limit].key;
}

const char *
rl_limit_label (RlLimit limit)
{
  g_return_val_if_fail (limit < RL_N_LIMITS, NULL);

  return _(limit_info[limit].label);
}

RlResponseProfile *
rl_response_profile_new (const char *name,
                         int         arrive,
                         int         normal,
                         int         major,
                         int         complex_plan)
{
  RlResponseProfile *profile = g_new0 (RlResponseProfile, 1);

  profile->name = g_strdup (name);
  profile->minutes[RL_LIMIT_ARRIVE] = arrive;
  profile->minutes[RL_LIMIT_NORMAL] = normal;
  profile->minutes[RL_LIMIT_MAJOR] = major;
  profile->minutes[RL_LIMIT_COMPLEX_PLAN] = complex_plan;
  return profile;
}

/* domain.md's 5341 rule: 5 minutes to arrive; then 30, 240 or 1440. */
RlResponseProfile *
rl_response_profile_new_default (void)
{
  return rl_response_profile_new (RL_PROFILE_DEFAULT_NAME,
                                  limit_info[RL_LIMIT_ARRIVE].fallback,
                                  limit_info[RL_LIMIT_NORMAL].fallback,
                                  limit_info[RL_LIMIT_MAJOR].fallback,
                                  limit_info[RL_LIMIT_COMPLEX_PLAN].fallback);
}

RlResponseProfile *
rl_response_profile_copy (const RlResponseProfile *profile)
{
  RlResponseProfile *copy;

  g_return_val_if_fail (profile != NULL, NULL);

  copy = g_memdup2 (profile, sizeof *profile);
  copy->name = g_strdup (profile->name);
  return copy;
}

void
rl_response_profile_free (RlResponseProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->name);
  g_free (profile);
}

gboolean
rl_response_profile_equal (const RlResponseProfile *a,
                           const RlResponseProfile *b)
{
  if (g_strcmp0 (a->name, b->name) != 0)
    return FALSE;
  for (guint i = 0; i < RL_N_LIMITS; i++)
    if (a->minutes[i] != b->minutes[i])
      return FALSE;
  return TRUE;
}

gboolean
rl_response_profile_check (const RlResponseProfile  *profile,
                           GError                  **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (profile != NULL, FALSE);

  if (profile->name == NULL || *(trimmed = g_strstrip (g_strdup (profile->name))) == '\0')
    {
      g_set_error_literal (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_INVALID,
                           _("A response profile needs a name"));
      return FALSE;
    }
  if (!g_utf8_validate (profile->name, -1, NULL)
      || g_utf8_strlen (profile->name, -1) > NAME_MAX_CHARS
      || strcmp (trimmed, profile->name) != 0)
    {
      g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_INVALID,
                   _("“%s” cannot name a response profile: use 1 to %d characters, with no "
                     "spaces at either end"), profile->name, NAME_MAX_CHARS);
      return FALSE;
    }
  for (RlLimit limit = 0; limit < RL_N_LIMITS; limit++)
    if (profile->minutes[limit] < 1 || profile->minutes[limit] > RL_PROFILE_MAX_MINUTES)
      {
        g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_INVALID,
                     _("Response profile “%s”: the limit “%s” must be a whole number of "
                       "minutes from 1 to %d, not %d"),
                     profile->name, rl_limit_label (limit), RL_PROFILE_MAX_MINUTES,
                     profile->minutes[limit]);
        return FALSE;
      }
  return TRUE;
}

/* For headers of figures and workbooks: which rule the figures used. */
char *
rl_response_profile_describe (const RlResponseProfile *profile)
{
  g_return_val_if_fail (profile != NULL, NULL);

  /* Translators: a response profile's name and its four limits in minutes */
  return g_strdup_printf (_("%s (arrival %d min; normal orders resolved in %d min, major in %d "
                            "min; complex orders planned in %d min)"),
                          profile->name,
                          profile->minutes[RL_LIMIT_ARRIVE], profile->minutes[RL_LIMIT_NORMAL],
                          profile->minutes[RL_LIMIT_MAJOR],
                          profile->minutes[RL_LIMIT_COMPLEX_PLAN]);
}

/* The profile of that name, or with a NULL @name the one the ledger's
 * figures use. */
RlResponseProfile *
rl_response_profile_get (RlStore     *store,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *in_use = NULL;
  RlResponseProfile *profile;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  if (name == NULL)
    {
      if (!(in_use = rl_store_profile_in_use (store, error)))
        return NULL;
      name = in_use;
    }

  if (!rl_store_profile_get (store, name, &profile, error))
    return NULL;
  if (profile == NULL)
    g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND,
                 _("The ledger has no response profile “%s”"), name);
  return profile;
}

/* Every profile in the ledger, by name (code point). */
GPtrArray *
rl_response_profile_list (RlStore  *store,
                          GError  **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  return rl_store_profile_list (store, error);
}

char *
rl_response_profile_get_in_use (RlStore  *store,
                                GError  **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  return rl_store_profile_in_use (store, error);
}

/* Adds the profile, or changes the limits of the one of that name: one
 * change set in the audit log; nothing is written when nothing changes. */
gboolean
rl_response_profile_save (RlStore                  *store,
                          const RlResponseProfile  *profile,
                          const char               *source,
                          GError                  **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  if (!rl_response_profile_check (profile, error))
    return FALSE;

  /* Translators: the source of a change in the audit log */
  return rl_store_profile_put (store, profile, source ? source : _("response profiles"), error);
}

/* Makes the ledger's figures use the profile @name from now on. */
gboolean
rl_response_profile_use (RlStore     *store,
                         const char  *name,
                         const char  *source,
                         GError     **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return rl_store_profile_set_in_use (store, name, source ? source : _("response profiles"),
                                      error);
}

/* The profile in use is never deleted: the figures need one. */
gboolean
rl_response_profile_delete (RlStore     *store,
                            const char  *name,
                            const char  *source,
                            GError     **error)
{
  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return rl_store_profile_delete (store, name, source ? source : _("response profiles"), error);
}
