/* rl-row.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rl-row.h"

void
rl_row_init (RlRow              *row,
             const RlCollection *collection)
{
  g_assert (collection->n_members <= RL_ROW_MAX_MEMBERS);

  memset (row, 0, sizeof *row);
  row->collection = collection;
}

void
rl_row_clear (RlRow *row)
{
  for (guint i = 0; i < RL_ROW_MAX_MEMBERS; i++)
    rl_row_set_null (row, i);
}

void
rl_row_set_null (RlRow *row,
                 guint  member)
{
  RlValue *value = &row->values[member];

  g_clear_pointer (&value->text, g_free);
  value->type = RL_VALUE_NULL;
  value->i = 0;
  value->d = 0;
}

void
rl_row_take_text (RlRow *row,
                  guint  member,
                  char  *text)
{
  rl_row_set_null (row, member);
  if (text == NULL)
    return;
  row->values[member].type = RL_VALUE_TEXT;
  row->values[member].text = text;
}

void
rl_row_set_int (RlRow  *row,
                guint   member,
                gint64  value)
{
  rl_row_set_null (row, member);
  row->values[member].type = RL_VALUE_INT;
  row->values[member].i = value;
}

void
rl_row_set_real (RlRow  *row,
                 guint   member,
                 double  value)
{
  rl_row_set_null (row, member);
  row->values[member].type = RL_VALUE_REAL;
  row->values[member].d = value;
}

const char *
rl_row_get_text (const RlRow *row,
                 guint        member)
{
  return row->values[member].type == RL_VALUE_TEXT ? row->values[member].text : NULL;
}

const char *
rl_row_id (const RlRow *row)
{
  return rl_row_get_text (row, 0);
}

gboolean
rl_value_equal (const RlValue *a,
                const RlValue *b)
{
  if (a->type != b->type)
    return FALSE;

  switch (a->type)
    {
    case RL_VALUE_NULL:
      return TRUE;
    case RL_VALUE_INT:
      return a->i == b->i;
    case RL_VALUE_REAL:
      return a->d == b->d;
    case RL_VALUE_TEXT:
      return g_strcmp0 (a->text, b->text) == 0;
    default:
      g_assert_not_reached ();
    }
}

/* How a value reads in the audit log: NULL for none. */
char *
rl_value_to_string (const RlValue *value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (value->type)
    {
    case RL_VALUE_NULL:
      return NULL;
    case RL_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->i);
    case RL_VALUE_REAL:
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, value->d));
    case RL_VALUE_TEXT:
      return g_strdup (value->text);
    default:
      g_assert_not_reached ();
    }
}

/* The exchange form of a row: absent members are left out. */
JsonObject *
rl_row_to_json (const RlRow *row)
{
  JsonObject *object = json_object_new ();
  const RlCollection *collection = row->collection;

  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlMember *member = &collection->members[i];
      const RlValue *value = &row->values[i];

      if (value->type == RL_VALUE_NULL)
        continue;

      switch (member->type)
        {
        case RL_MEMBER_BOOL:
          json_object_set_boolean_member (object, member->name, value->i != 0);
          break;
        case RL_MEMBER_INT:
          json_object_set_int_member (object, member->name, value->i);
          break;
        case RL_MEMBER_NUMBER:
          json_object_set_double_member (object, member->name,
                                         value->type == RL_VALUE_INT ? (double) value->i
                                                                     : value->d);
          break;
        case RL_MEMBER_PEOPLE:
        case RL_MEMBER_LINKS:
        case RL_MEMBER_RATINGS:
          json_object_set_member (object, member->name, json_from_string (value->text, NULL));
          break;
        case RL_MEMBER_ID:
        case RL_MEMBER_TEXT:
        case RL_MEMBER_REF:
        case RL_MEMBER_CHOICE:
        case RL_MEMBER_DATE:
        case RL_MEMBER_TIMESTAMP:
        case RL_MEMBER_QUARTER:
        case RL_MEMBER_CREDIT_CODE:
        default:
          json_object_set_string_member (object, member->name, value->text);
          break;
        }
    }

  return object;
}
