/* rl-store-profile.c: response profiles in the ledger
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "rl-store-private.h"
#include "rl-store-profile.h"

/* The columns in RlLimit's order (rl_limit_key names them too). */
#define LIMIT_COLUMNS "arrive_minutes, normal_minutes, major_minutes, complex_minutes"

/* ledger_info's key for the profile the figures use; absent means the
 * default (a ledger made before profiles existed has the 5341 row too). */
#define IN_USE_KEY "response_profile"

static gboolean
step_done (RlStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  return rc == SQLITE_DONE ? TRUE : _rl_store_set_error (error, _rl_store_get_db (self), rc);
}

static RlResponseProfile *
read_profile (sqlite3_stmt *stmt)
{
  RlResponseProfile *profile = g_new0 (RlResponseProfile, 1);

  profile->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  for (guint i = 0; i < RL_N_LIMITS; i++)
    profile->minutes[i] = sqlite3_column_int (stmt, 1 + i);
  return profile;
}

/* The whole record, as the audit log keeps an added or deleted one. */
static char *
profile_json (const RlResponseProfile *profile)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, profile->name);
  for (RlLimit limit = 0; limit < RL_N_LIMITS; limit++)
    {
      json_builder_set_member_name (builder, rl_limit_key (limit));
      json_builder_add_int_value (builder, profile->minutes[limit]);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static gboolean
audit (RlStore     *self,
       gint64       change_set,
       const char  *collection,
       const char  *record_id,
       const char  *member,
       const char  *old_value,
       const char  *new_value,
       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "INSERT INTO audit_log (change_set, collection, record_id, member,"
                             " old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, change_set);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, member, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, old_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, new_value, -1, SQLITE_STATIC);
  return step_done (self, stmt, error);
}

gboolean
rl_store_profile_get (RlStore             *self,
                      const char          *name,
                      RlResponseProfile  **profile,
                      GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT name, " LIMIT_COLUMNS " FROM response_profiles"
                             " WHERE name = ?1", error);
  int rc;

  *profile = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *profile = read_profile (stmt);
  else if (rc != SQLITE_DONE)
    return _rl_store_set_error (error, _rl_store_get_db (self), rc);
  return TRUE;
}

GPtrArray *
rl_store_profile_list (RlStore  *self,
                       GError  **error)
{
  g_autoptr(GPtrArray) profiles =
    g_ptr_array_new_with_free_func ((GDestroyNotify) rl_response_profile_free);
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT name, " LIMIT_COLUMNS " FROM response_profiles"
                             " ORDER BY name", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (profiles, read_profile (stmt));
  if (rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (self), rc);
      return NULL;
    }
  return g_steal_pointer (&profiles);
}

char *
rl_store_profile_in_use (RlStore  *self,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    _rl_store_prepare (self, "SELECT value FROM ledger_info WHERE key = '" IN_USE_KEY "'",
                       error);
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _rl_store_set_error (error, _rl_store_get_db (self), rc);
      return NULL;
    }
  return g_strdup (RL_PROFILE_DEFAULT_NAME);
}

static gboolean
write_profile (RlStore                  *self,
               const RlResponseProfile  *old,
               const RlResponseProfile  *profile,
               const char               *source,
               GError                  **error)
{
  g_autoptr(sqlite3_stmt) write = NULL;
  gint64 change_set;

  if ((change_set = rl_store_add_change_set (self, source, error)) < 0)
    return FALSE;

  write = _rl_store_prepare (self, "INSERT INTO response_profiles (name, " LIMIT_COLUMNS ")"
                                   " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO UPDATE"
                                   " SET arrive_minutes = ?2, normal_minutes = ?3,"
                                   " major_minutes = ?4, complex_minutes = ?5", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_text (write, 1, profile->name, -1, SQLITE_STATIC);
  for (guint i = 0; i < RL_N_LIMITS; i++)
    sqlite3_bind_int (write, 2 + i, profile->minutes[i]);
  if (!step_done (self, write, error))
    return FALSE;

  if (old == NULL)
    {
      g_autofree char *json = profile_json (profile);

      return audit (self, change_set, "response_profiles", profile->name, NULL, NULL, json,
                    error);
    }

  for (RlLimit limit = 0; limit < RL_N_LIMITS; limit++)
    if (old->minutes[limit] != profile->minutes[limit])
      {
        char old_text[16], new_text[16];

        g_snprintf (old_text, sizeof old_text, "%d", old->minutes[limit]);
        g_snprintf (new_text, sizeof new_text, "%d", profile->minutes[limit]);
        if (!audit (self, change_set, "response_profiles", profile->name, rl_limit_key (limit),
                    old_text, new_text, error))
          return FALSE;
      }
  return TRUE;
}

gboolean
rl_store_profile_put (RlStore                  *self,
                      const RlResponseProfile  *profile,
                      const char               *source,
                      GError                  **error)
{
  g_autoptr(RlResponseProfile) old = NULL;

  if (!rl_store_begin (self, error))
    return FALSE;

  if (!rl_store_profile_get (self, profile->name, &old, error))
    goto fail;
  if (old != NULL && rl_response_profile_equal (old, profile))
    {
      rl_store_rollback (self);
      return TRUE;
    }
  if (!write_profile (self, old, profile, source, error) || !rl_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  rl_store_rollback (self);
  return FALSE;
}

gboolean
rl_store_profile_set_in_use (RlStore     *self,
                             const char  *name,
                             const char  *source,
                             GError     **error)
{
  g_autoptr(RlResponseProfile) profile = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autofree char *old = NULL;
  gint64 change_set;

  if (!rl_store_begin (self, error))
    return FALSE;

  if (!rl_store_profile_get (self, name, &profile, error)
      || !(old = rl_store_profile_in_use (self, error)))
    goto fail;
  if (profile == NULL)
    {
      g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND,
                   _("The ledger has no response profile “%s”"), name);
      goto fail;
    }
  if (g_strcmp0 (old, name) == 0)
    {
      rl_store_rollback (self);
      return TRUE;
    }

  if ((change_set = rl_store_add_change_set (self, source, error)) < 0
      || !(write = _rl_store_prepare (self, "INSERT INTO ledger_info (key, value)"
                                            " VALUES ('" IN_USE_KEY "', ?1)"
                                            " ON CONFLICT (key) DO UPDATE SET value = ?1",
                                      error)))
    goto fail;
  sqlite3_bind_text (write, 1, name, -1, SQLITE_STATIC);
  if (!step_done (self, write, error)
      || !audit (self, change_set, "ledger_info", IN_USE_KEY, "value", old, name, error)
      || !rl_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  rl_store_rollback (self);
  return FALSE;
}

gboolean
rl_store_profile_delete (RlStore     *self,
                         const char  *name,
                         const char  *source,
                         GError     **error)
{
  g_autoptr(RlResponseProfile) profile = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autofree char *in_use = NULL;
  g_autofree char *json = NULL;
  gint64 change_set;

  if (!rl_store_begin (self, error))
    return FALSE;

  if (!rl_store_profile_get (self, name, &profile, error)
      || !(in_use = rl_store_profile_in_use (self, error)))
    goto fail;
  if (profile == NULL)
    {
      g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_NOT_FOUND,
                   _("The ledger has no response profile “%s”"), name);
      goto fail;
    }
  if (g_strcmp0 (in_use, name) == 0)
    {
      g_set_error (error, RL_PROFILE_ERROR, RL_PROFILE_ERROR_IN_USE,
                   _("Response profile “%s” is the one the ledger’s figures use: choose "
                     "another one first"), name);
      goto fail;
    }

  json = profile_json (profile);
  if ((change_set = rl_store_add_change_set (self, source, error)) < 0
      || !(write = _rl_store_prepare (self, "DELETE FROM response_profiles WHERE name = ?1",
                                      error)))
    goto fail;
  sqlite3_bind_text (write, 1, name, -1, SQLITE_STATIC);
  if (!step_done (self, write, error)
      || !audit (self, change_set, "response_profiles", name, NULL, json, NULL, error)
      || !rl_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  rl_store_rollback (self);
  return FALSE;
}
