/* rl-exporter.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Streams the ledger out one record at a time: each record becomes a small
 * json-glib tree, is serialized on a line of its own into a buffered file,
 * and is dropped. Only the package's outline is written here.
 */

#include "rl-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "rl-exporter.h"

typedef struct
{
  FILE          *out;
  JsonGenerator *generator;
  GString       *buffer;
  GCancellable  *cancellable;
  guint64        in_collection;
  guint64        total;
} Export;

static gboolean
write_failed (GError **error)
{
  int saved = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("Cannot write the package: %s"), g_strerror (saved));
  return FALSE;
}

static void
append_json (Export   *self,
             JsonNode *node)
{
  json_generator_set_root (self->generator, node);
  json_generator_to_gstring (self->generator, self->buffer);
}

static gboolean
write_row_cb (const RlRow *row,
              gpointer     user_data,
              GError     **error)
{
  Export *self = user_data;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  g_string_truncate (self->buffer, 0);
  g_string_append (self->buffer, self->in_collection ? ",\n  " : "\n  ");
  json_node_take_object (node, rl_row_to_json (row));
  append_json (self, node);
  self->in_collection++;
  self->total++;

  if (fwrite (self->buffer->str, 1, self->buffer->len, self->out) != self->buffer->len)
    return write_failed (error);
  return TRUE;
}

/* "key": value, with the value serialized by json-glib. */
static void
append_member (Export     *self,
               const char *key,
               JsonNode   *value)
{
  g_string_append_printf (self->buffer, " \"%s\": ", key);
  append_json (self, value);
  g_string_append (self->buffer, ",\n");
}

static gboolean
write_header (Export      *self,
              const char  *source,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *exported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autoptr(JsonNode) format = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonNode) version = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonNode) when = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonNode) from = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (format, "redledger-exchange");
  json_node_set_int (version, 1);
  json_node_set_string (when, exported_at);
  json_node_set_string (from, source ? source : "");

  g_string_assign (self->buffer, "{\n");
  append_member (self, "format", format);
  append_member (self, "version", version);
  append_member (self, "exported_at", when);
  append_member (self, "source", from);

  if (fwrite (self->buffer->str, 1, self->buffer->len, self->out) != self->buffer->len)
    return write_failed (error);
  return TRUE;
}

gboolean
rl_export_package (RlStore       *store,
                   const char    *path,
                   const char    *street_id,
                   const char    *source,
                   GCancellable  *cancellable,
                   guint64       *n_records,
                   GError       **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".part-XXXXXX", NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) buffer = g_string_sized_new (4096);
  Export self = { NULL, generator, buffer, cancellable, 0, 0 };
  gboolean ok = TRUE;
  int fd;

  if (street_id != NULL)
    {
      if (!rl_store_has_street (store, street_id))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The ledger has no street with id “%s”"), street_id);
          return FALSE;
        }
      if (!rl_store_select_street (store, street_id, error))
        return FALSE;
    }

  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0600);
  if (fd < 0 || (self.out = fdopen (fd, "w")) == NULL)
    return write_failed (error);
  setvbuf (self.out, NULL, _IOFBF, 1 << 20);

  ok = write_header (&self, source, error);
  for (guint c = 0; ok && c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *collection = rl_collection_get (c);
      g_autofree char *open = g_strdup_printf (" \"%s\": [", collection->name);

      self.in_collection = 0;
      ok = fputs (open, self.out) >= 0 || write_failed (error);
      ok = ok && rl_store_foreach_row (store, c, street_id != NULL, write_row_cb, &self, error);
      ok = ok && (fputs (c + 1 < RL_N_COLLECTIONS ? "\n ],\n" : "\n ]\n}\n", self.out) >= 0
                  || write_failed (error));
    }

  if (fflush (self.out) != 0 && ok)
    ok = write_failed (error);
  if (fclose (self.out) != 0 && ok)
    ok = write_failed (error);

  if (ok && g_rename (tmp_path, path) != 0)
    ok = write_failed (error);
  if (!ok)
    g_unlink (tmp_path);
  else if (n_records != NULL)
    *n_records = self.total;

  return ok;
}
