/* rl-store.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rl-row.h"

G_BEGIN_DECLS

#define RL_STORE_ERROR (rl_store_error_quark ())

typedef enum
{
  RL_STORE_ERROR_NOT_A_LEDGER,
  RL_STORE_ERROR_NEWER_SCHEMA,
  RL_STORE_ERROR_CORRUPT,
  RL_STORE_ERROR_CONSTRAINT,
  RL_STORE_ERROR_BUSY,
  RL_STORE_ERROR_INVALID,       /* a record the checks refuse: see its problems */
  RL_STORE_ERROR_IN_USE,        /* other records depend on it */
  RL_STORE_ERROR_FAILED,
} RlStoreError;

typedef enum
{
  RL_PUT_ADDED,
  RL_PUT_UPDATED,
  RL_PUT_UNCHANGED,
} RlPutResult;

/* One entry of a record's history (the audit log). */
typedef struct
{
  gint64  change_set;
  char   *at;          /* ISO 8601, local time with offset */
  char   *user;
  char   *source;      /* "import of jinghe-2026.json", "demo", a window… */
  char   *collection;
  char   *record_id;
  char   *member;      /* NULL: the record was added */
  char   *old_value;
  char   *new_value;
} RlAuditEntry;

typedef gboolean (*RlRowFunc) (const RlRow *row,
                               gpointer     user_data,
                               GError     **error);

#define RL_TYPE_STORE (rl_store_get_type ())
G_DECLARE_FINAL_TYPE (RlStore, rl_store, RL, STORE, GObject)

GQuark      rl_store_error_quark       (void);

RlStore    *rl_store_open              (const char         *path,
                                        GError            **error);
const char *rl_store_get_path          (RlStore            *self);
int         rl_store_schema_version    (void);

gboolean    rl_store_begin             (RlStore            *self,
                                        GError            **error);
gboolean    rl_store_begin_bulk        (RlStore            *self,
                                        GError            **error);
gboolean    rl_store_commit            (RlStore            *self,
                                        GError            **error);
void        rl_store_rollback          (RlStore            *self);
void        rl_store_interrupt         (RlStore            *self);

gint64      rl_store_add_change_set    (RlStore            *self,
                                        const char         *source,
                                        GError            **error);
gboolean    rl_store_put_row           (RlStore            *self,
                                        gint64              change_set,
                                        const RlRow        *row,
                                        RlPutResult        *result,
                                        GError            **error);
gboolean    rl_store_check_references  (RlStore            *self,
                                        const gboolean     *touched,
                                        GHashTable         *excused,
                                        GPtrArray          *problems,
                                        GError            **error);

gint64      rl_store_count             (RlStore            *self,
                                        RlCollectionId      collection);
gboolean    rl_store_has_street        (RlStore            *self,
                                        const char         *street_id);
gboolean    rl_store_select_street     (RlStore            *self,
                                        const char         *street_id,
                                        GError            **error);
gboolean    rl_store_foreach_row       (RlStore            *self,
                                        RlCollectionId      collection,
                                        gboolean            selected_only,
                                        RlRowFunc           func,
                                        gpointer            user_data,
                                        GError            **error);

GPtrArray  *rl_store_history           (RlStore            *self,
                                        const char         *collection,
                                        const char         *record_id,
                                        GError            **error);
gint64      rl_store_audit_count       (RlStore            *self);
void        rl_audit_entry_free        (RlAuditEntry       *entry);

char       *rl_store_default_path      (void);
char       *rl_store_excuse_key        (RlCollectionId      collection,
                                        const char         *id);

G_END_DECLS
