/* rl-importer.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports an exchange package without ever holding it whole: json-glib's
 * parser hands over each record of a top-level collection as it is read
 * (the array-element signal), the record is checked and written inside one
 * transaction and then dropped from the tree. Checks that need the whole
 * package (references) run in SQL at the end; any error, a dry run or a
 * cancel rolls everything back.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rl-check.h"
#include "rl-importer.h"
#include "rl-row-writer.h"

#define RL_EXCHANGE_FORMAT "redledger-exchange"
#define RL_EXCHANGE_VERSION 1
#define PROGRESS_EVERY 4096
#define RELEASE_CHUNK  (16 << 20)

typedef struct
{
  RlStore              *store;
  RlImportReport       *report;
  GCancellable         *cancellable;
  RlImportProgressFunc  progress;
  gpointer              progress_data;

  const char           *map_base;         /* page-aligned start of the mapping */
  gsize                 released;         /* bytes of it given back to the kernel */
  const char           *data;
  gsize                 length;
  guint                 cursor_line;      /* 1-based line that starts at cursor_offset */
  gsize                 cursor_offset;

  int                   depth;            /* of the value being parsed */
  const RlCollection   *collection;       /* the top-level array being read, if known */
  gint64                index;            /* of the next record in it */
  guint                 record_line;
  guint64               records;

  RlRowWriter          *writer;
  gboolean              touched[RL_N_COLLECTIONS];
  GHashTable           *seen;             /* "collection:id" → first index + 1 */
  GHashTable           *excused;          /* "collection:id" of records with errors */
  GHashTable           *inspections;      /* "service\x1fquarter" → first inspection id */
  GError               *fatal;            /* a store failure */
} Import;

/* Byte offset where a 1-based line starts. The parser only moves forward,
 * so the cursor does too: the whole import scans the file once more. */
static gsize
line_offset (Import *self,
             guint   line)
{
  while (self->cursor_line < line && self->cursor_offset < self->length)
    {
      const char *nl = memchr (self->data + self->cursor_offset, '\n',
                               self->length - self->cursor_offset);

      if (nl == NULL)
        break;
      self->cursor_offset = nl - self->data + 1;
      self->cursor_line++;
    }
  return self->cursor_offset;
}

static gsize
parser_offset (Import     *self,
               JsonParser *parser)
{
  gsize offset = line_offset (self, json_parser_get_current_line (parser));
  guint pos = json_parser_get_current_pos (parser);

  return MIN (offset + (pos > 0 ? pos - 1 : 0), self->length);
}

/* json-glib does not say which member an array belongs to until the array
 * is complete, so read the member name that stands just before its '['. */
static char *
array_member_name (Import     *self,
                   JsonParser *parser)
{
  gssize p = parser_offset (self, parser);
  gssize end;

  while (p > 0 && self->data[p] != '[')
    p--;
  for (p--; p >= 0 && g_ascii_isspace (self->data[p]); p--)
    ;
  if (p < 0 || self->data[p] != ':')
    return NULL;
  for (p--; p >= 0 && g_ascii_isspace (self->data[p]); p--)
    ;
  if (p < 0 || self->data[p] != '"')
    return NULL;
  end = p;
  for (p--; p >= 0 && self->data[p] != '"'; p--)
    if (self->data[p] == '\\' || end - p > 64)
      return NULL;
  if (p < 0)
    return NULL;

  return g_strndup (self->data + p + 1, end - p - 1);
}

static void
add_problem (Import    *self,
             RlProblem *problem)
{
  g_ptr_array_add (self->report->problems, problem);
}

/* Pages of the package already parsed go back to the kernel: a city's
 * package is larger than the memory an import may use. It is a read-only
 * file mapping, so they can always be read again. */
static void
release_parsed (Import *self,
                gsize   offset)
{
  gsize page = sysconf (_SC_PAGESIZE);
  const char *base = self->map_base;
  gsize end = ((self->data - base) + offset) / page * page;

  if (end > self->released + RELEASE_CHUNK)
    {
      madvise ((void *) (base + self->released), end - self->released, MADV_DONTNEED);
      self->released = end;
    }
}

static void
note_progress (Import     *self,
               JsonParser *parser)
{
  gsize offset;

  if (self->records % PROGRESS_EVERY != 0)
    return;

  offset = parser_offset (self, parser);
  release_parsed (self, offset);
  if (self->progress != NULL)
    self->progress (self->records, offset, self->length, self->progress_data);
}

static gboolean
is_cancelled (Import *self)
{
  return g_cancellable_is_cancelled (self->cancellable);
}

/* A second inspection of one service for one quarter, in the package. The
 * raw members are used so that a record with other errors is still caught. */
static void
check_inspection_pair (Import     *self,
                       JsonObject *record,
                       const char *id)
{
  JsonNode *service = json_object_get_member (record, "service_id");
  JsonNode *quarter = json_object_get_member (record, "quarter");
  g_autofree char *service_id = NULL;
  g_autofree char *quarter_text = NULL;
  g_autofree char *key = NULL;
  const char *first;

  if (service == NULL || quarter == NULL
      || json_node_get_value_type (service) != G_TYPE_STRING
      || json_node_get_value_type (quarter) != G_TYPE_STRING)
    return;

  service_id = g_strstrip (g_strdup (json_node_get_string (service)));
  quarter_text = g_strstrip (g_strdup (json_node_get_string (quarter)));
  key = g_strdup_printf ("%s\x1f%s", service_id, quarter_text);
  first = g_hash_table_lookup (self->inspections, key);
  if (first == NULL)
    {
      g_hash_table_insert (self->inspections, g_steal_pointer (&key), g_strdup (id ? id : ""));
      return;
    }

  add_problem (self, rl_problem_new (RL_COLLECTION_INSPECTIONS, self->index, id, "quarter",
                                     RL_CHECK_ERROR_DUPLICATE,
                                     _("a second inspection of service “%s” for %s (the first "
                                       "is “%s”)"),
                                     service_id, quarter_text, first));
}

static void
import_record (Import   *self,
               JsonNode *node)
{
  const RlCollection *collection = self->collection;
  RlCollectionId cid = rl_collection_index (collection);
  GPtrArray *problems = self->report->problems;
  guint first_problem = problems->len;
  g_autofree char *key = NULL;
  gboolean valid, duplicate = FALSE;
  JsonObject *record;
  RlRow row;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      RlProblem *problem = rl_problem_new (cid, self->index, NULL, NULL, RL_CHECK_ERROR_TYPE,
                                           _("each record must be an object"));
      problem->line = self->record_line;
      add_problem (self, problem);
      return;
    }
  record = json_node_get_object (node);

  valid = rl_check_record (collection, record, self->index, &row, problems);

  if (rl_row_id (&row) != NULL)
    {
      gpointer first;

      key = rl_store_excuse_key (cid, rl_row_id (&row));
      if ((first = g_hash_table_lookup (self->seen, key)) != NULL)
        {
          duplicate = TRUE;
          add_problem (self, rl_problem_new (cid, self->index, rl_row_id (&row), "id",
                                             RL_CHECK_ERROR_DUPLICATE,
                                             _("“%s” appears twice (first as record %d)"),
                                             rl_row_id (&row), GPOINTER_TO_INT (first)));
        }
      else if (valid)
        g_hash_table_insert (self->seen, g_steal_pointer (&key), GINT_TO_POINTER (self->index + 1));
      else
        g_hash_table_insert (self->seen, g_strdup (key), GINT_TO_POINTER (self->index + 1));
    }

  if (cid == RL_COLLECTION_INSPECTIONS)
    check_inspection_pair (self, record, rl_row_id (&row));

  for (guint i = first_problem; i < problems->len; i++)
    ((RlProblem *) g_ptr_array_index (problems, i))->line = self->record_line;

  if (!valid && key != NULL && !duplicate)
    g_hash_table_add (self->excused, g_steal_pointer (&key));

  if (valid && !duplicate && !is_cancelled (self))
    rl_row_writer_push (self->writer, &row, self->index, self->record_line);

  rl_row_clear (&row);
}

static void
object_start_cb (JsonParser *parser,
                 Import     *self)
{
  self->depth++;
  if (self->depth == 3 && self->collection != NULL)
    self->record_line = json_parser_get_current_line (parser);
}

static void
object_end_cb (JsonParser *parser,
               JsonObject *object,
               Import     *self)
{
  self->depth--;
}

static void
array_start_cb (JsonParser *parser,
                Import     *self)
{
  self->depth++;
  if (self->depth == 2)
    {
      g_autofree char *name = array_member_name (self, parser);

      self->collection = name ? rl_collection_lookup (name) : NULL;
      self->index = 0;
    }
  else if (self->depth == 3 && self->collection != NULL)
    self->record_line = json_parser_get_current_line (parser);
}

static void
array_end_cb (JsonParser *parser,
              JsonArray  *array,
              Import     *self)
{
  if (self->depth == 2)
    self->collection = NULL;
  self->depth--;
}

static void
array_element_cb (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  Import     *self)
{
  guint last;

  if (self->depth != 2)
    return;

  last = json_array_get_length (array) - 1;
  if (self->collection != NULL)
    {
      import_record (self, json_array_get_element (array, last));
      self->index++;
      self->records++;
      note_progress (self, parser);
    }
  /* Done with it: the tree never holds more than one record. */
  json_array_remove_element (array, last);
}

static void
package_problem (Import       *self,
                 RlCheckError  code,
                 const char   *member,
                 const char   *message)
{
  RlProblem *problem = rl_problem_new (-1, -1, NULL, member, code, "%s", message);

  add_problem (self, problem);
}

static gboolean
is_known_top_level (const char *name)
{
  static const char *const known[] = { "format", "version", "exported_at", "source", NULL };

  return g_strv_contains (known, name) || rl_collection_lookup (name) != NULL;
}

/* The package's own members: format, version, and what each holds. Read
 * after parsing, when the collections are empty arrays. */
static void
check_header (Import     *self,
              JsonObject *root)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gboolean have_format = FALSE, have_version = FALSE;

  json_object_iter_init (&iter, root);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (strcmp (name, "format") == 0)
        {
          have_format = TRUE;
          if (json_node_get_value_type (node) != G_TYPE_STRING
              || g_strcmp0 (json_node_get_string (node), RL_EXCHANGE_FORMAT) != 0)
            package_problem (self, RL_CHECK_ERROR_FORMAT, "format",
                             _("this is not a Red Ledger exchange package (format must be "
                               "“redledger-exchange”)"));
        }
      else if (strcmp (name, "version") == 0)
        {
          have_version = TRUE;
          if (json_node_get_value_type (node) != G_TYPE_INT64)
            package_problem (self, RL_CHECK_ERROR_TYPE, "version", _("must be a whole number"));
          else if (json_node_get_int (node) > RL_EXCHANGE_VERSION || json_node_get_int (node) < 1)
            {
              g_autofree char *message =
                g_strdup_printf (_("the package is version %lld, but this program reads "
                                   "versions up to %d; please update Red Ledger"),
                                 (long long) json_node_get_int (node), RL_EXCHANGE_VERSION);
              package_problem (self, RL_CHECK_ERROR_FORMAT, "version", message);
            }
        }
      else if (rl_collection_lookup (name) != NULL)
        {
          if (!JSON_NODE_HOLDS_ARRAY (node) && !JSON_NODE_HOLDS_NULL (node))
            package_problem (self, RL_CHECK_ERROR_TYPE, name, _("must be a list of records"));
        }
      else if (!is_known_top_level (name))
        {
          g_autofree char *message = g_strdup_printf (_("unknown member “%s” was ignored"), name);
          package_problem (self, RL_CHECK_ERROR_UNKNOWN, NULL, message);
        }
    }

  if (!have_format)
    package_problem (self, RL_CHECK_ERROR_MISSING, "format", _("is missing"));
  if (!have_version)
    package_problem (self, RL_CHECK_ERROR_MISSING, "version", _("is missing"));
}

static void
parse_error_problem (Import       *self,
                     const GError *error)
{
  package_problem (self, RL_CHECK_ERROR_SYNTAX, NULL, error->message);
}

RlImportReport *
rl_import_package (RlStore              *store,
                   const char           *path,
                   gboolean              dry_run,
                   GCancellable         *cancellable,
                   RlImportProgressFunc  progress,
                   gpointer              progress_data,
                   GError              **error)
{
  g_autoptr(RlImportReport) report = rl_import_report_new ();
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *source = NULL;
  Import self = { 0, };
  gint64 change_set;
  gboolean parsed;
  guint errors;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;

  self.store = store;
  self.report = report;
  self.cancellable = cancellable;
  self.progress = progress;
  self.progress_data = progress_data;
  self.data = g_mapped_file_get_contents (mapped);
  self.map_base = self.data;
  self.length = g_mapped_file_get_length (mapped);
  self.cursor_line = 1;
  self.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.excused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.inspections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  report->dry_run = dry_run;

  /* The exchange format has no BOM, but Windows editors add one. */
  if (self.length >= 3 && memcmp (self.data, "\xEF\xBB\xBF", 3) == 0)
    {
      self.data += 3;
      self.length -= 3;
    }

  /* Translators: the source of a change in the audit log */
  source = g_strdup_printf (_("import of %s"), basename);
  if (!rl_store_begin_bulk (store, error)
      || (change_set = rl_store_add_change_set (store, source, error)) < 0)
    {
      rl_store_rollback (store);
      g_clear_pointer (&self.seen, g_hash_table_unref);
      g_clear_pointer (&self.excused, g_hash_table_unref);
      g_clear_pointer (&self.inspections, g_hash_table_unref);
      return NULL;
    }

  parser = json_parser_new ();
  g_signal_connect (parser, "object-start", G_CALLBACK (object_start_cb), &self);
  g_signal_connect (parser, "object-end", G_CALLBACK (object_end_cb), &self);
  g_signal_connect (parser, "array-start", G_CALLBACK (array_start_cb), &self);
  g_signal_connect (parser, "array-end", G_CALLBACK (array_end_cb), &self);
  g_signal_connect (parser, "array-element", G_CALLBACK (array_element_cb), &self);

  self.writer = rl_row_writer_new (store, change_set, report);
  parsed = json_parser_load_from_data (parser, self.data, self.length, &parse_error);
  rl_row_writer_finish (g_steal_pointer (&self.writer), self.touched, &self.fatal);
  if (!parsed)
    parse_error_problem (&self, parse_error);
  else if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    package_problem (&self, RL_CHECK_ERROR_FORMAT, NULL,
                     _("this is not a Red Ledger exchange package (it is not a JSON object)"));
  else
    check_header (&self, json_node_get_object (json_parser_get_root (parser)));

  if (self.fatal == NULL && parsed && !is_cancelled (&self))
    rl_store_check_references (store, self.touched, self.excused, report->problems,
                               &self.fatal);

  if (self.progress != NULL)
    self.progress (self.records, self.length, self.length, self.progress_data);

  g_clear_pointer (&self.seen, g_hash_table_unref);
  g_clear_pointer (&self.excused, g_hash_table_unref);
  g_clear_pointer (&self.inspections, g_hash_table_unref);

  errors = rl_import_report_errors (report);
  if (self.fatal != NULL || is_cancelled (&self) || errors > 0 || dry_run)
    {
      rl_store_rollback (store);
      if (self.fatal != NULL)
        {
          g_propagate_error (error, self.fatal);
          return NULL;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      return g_steal_pointer (&report);
    }

  if (!rl_store_commit (store, error))
    {
      rl_store_rollback (store);
      return NULL;
    }
  report->written = TRUE;

  return g_steal_pointer (&report);
}
