/* rl-record.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "rl-record.h"

struct _RlRecord
{
  GObject  parent_instance;
  RlRow    row;
  char    *extras[RL_RECORD_MAX_EXTRAS];
};

G_DEFINE_FINAL_TYPE (RlRecord, rl_record, G_TYPE_OBJECT)

static void
rl_record_finalize (GObject *object)
{
  RlRecord *self = RL_RECORD (object);

  rl_row_clear (&self->row);
  for (guint i = 0; i < RL_RECORD_MAX_EXTRAS; i++)
    g_free (self->extras[i]);

  G_OBJECT_CLASS (rl_record_parent_class)->finalize (object);
}

static void
rl_record_class_init (RlRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rl_record_finalize;
}

static void
rl_record_init (RlRecord *self)
{
}

/* Takes a copy of @row; @extras is NULL-terminated, or NULL. */
RlRecord *
rl_record_new (const RlRow  *row,
               const char  **extras)
{
  RlRecord *self = g_object_new (RL_TYPE_RECORD, NULL);

  rl_row_init (&self->row, row->collection);
  for (guint i = 0; i < row->collection->n_members; i++)
    {
      const RlValue *value = &row->values[i];

      if (value->type == RL_VALUE_TEXT)
        rl_row_take_text (&self->row, i, g_strdup (value->text));
      else if (value->type == RL_VALUE_INT)
        rl_row_set_int (&self->row, i, value->i);
      else if (value->type == RL_VALUE_REAL)
        rl_row_set_real (&self->row, i, value->d);
    }
  for (guint i = 0; extras != NULL && extras[i] != NULL && i < RL_RECORD_MAX_EXTRAS; i++)
    self->extras[i] = g_strdup (extras[i]);

  return self;
}

const RlCollection *
rl_record_get_collection (RlRecord *self)
{
  g_return_val_if_fail (RL_IS_RECORD (self), NULL);

  return self->row.collection;
}

const RlRow *
rl_record_get_row (RlRecord *self)
{
  g_return_val_if_fail (RL_IS_RECORD (self), NULL);

  return &self->row;
}

const char *
rl_record_get_id (RlRecord *self)
{
  g_return_val_if_fail (RL_IS_RECORD (self), NULL);

  return rl_row_id (&self->row);
}

const char *
rl_record_get_extra (RlRecord *self,
                     guint     index)
{
  g_return_val_if_fail (RL_IS_RECORD (self), NULL);
  g_return_val_if_fail (index < RL_RECORD_MAX_EXTRAS, NULL);

  return self->extras[index];
}

/* A value as a person reads it: codes become labels, booleans 是/否,
 * lists a count. NULL for an empty value. */
char *
rl_value_display (const RlMember *member,
                  const RlValue  *value)
{
  if (value->type == RL_VALUE_NULL)
    return NULL;

  switch (member->type)
    {
    case RL_MEMBER_BOOL:
      return g_strdup (value->i ? _("Yes") : _("No"));
    case RL_MEMBER_INT:
      return g_strdup_printf ("%'lld", (long long) value->i);
    case RL_MEMBER_NUMBER:
      return g_strdup_printf ("%'.2f", value->type == RL_VALUE_REAL ? value->d : (double) value->i);
    case RL_MEMBER_CHOICE:
      return g_strdup (rl_choice_label (member->choices, value->text));
    case RL_MEMBER_PEOPLE:
    case RL_MEMBER_LINKS:
    case RL_MEMBER_RATINGS:
      {
        g_autoptr(JsonNode) node = json_from_string (value->text, NULL);
        guint n = 0;

        if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
          n = json_array_get_length (json_node_get_array (node));
        else if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
          n = json_object_get_size (json_node_get_object (node));
        return g_strdup_printf ("%u", n);
      }
    case RL_MEMBER_ID:
    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    case RL_MEMBER_DATE:
    case RL_MEMBER_TIMESTAMP:
    case RL_MEMBER_QUARTER:
    case RL_MEMBER_CREDIT_CODE:
    default:
      return g_strdup (value->text);
    }
}

char *
rl_record_dup_display (RlRecord   *self,
                       const char *member)
{
  int i;

  g_return_val_if_fail (RL_IS_RECORD (self), NULL);

  i = rl_collection_member_index (self->row.collection, member);
  if (i < 0)
    return NULL;
  return rl_value_display (&self->row.collection->members[i], &self->row.values[i]);
}
