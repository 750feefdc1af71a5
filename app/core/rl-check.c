/* rl-check.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-check.h"
#include "rl-credit-code.h"
#include "rl-time.h"

#define ID_MAX_CHARS 64


typedef struct
{
  const RlCollection *collection;
  gint64              index;
  const char         *id;
  GPtrArray          *problems;
  guint               n_errors;
} Checker;

static void
report (Checker      *checker,
        const char   *member,
        RlCheckError  code,
        gboolean      warning,
        const char   *message)
{
  RlProblem *problem = rl_problem_new (rl_collection_index (checker->collection),
                                       checker->index, checker->id, member,
                                       code, "%s", message);

  problem->warning = warning;
  if (!warning)
    checker->n_errors++;
  g_ptr_array_add (checker->problems, problem);
}

#define REPORT(member, code, ...) \
  G_STMT_START { \
    g_autofree char *_msg = g_strdup_printf (__VA_ARGS__); \
    report (checker, (member), (code), FALSE, _msg); \
  } G_STMT_END

static char *
choices_text (const char *const *choices)
{
  return g_strjoinv (", ", (char **) choices);
}

static gboolean
is_choice (const char *const *choices,
           const char        *value)
{
  return g_strv_contains (choices, value);
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
node_is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
node_is_bool (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

/* Trims Unicode white space too: the full-width space (U+3000) of Chinese
 * input methods is as empty as an ASCII one. */
static char *
trimmed (JsonNode *node)
{
  const char *text = json_node_get_string (node);
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static void
check_people (Checker    *checker,
              const char *name,
              JsonNode   *node,
              RlRow      *row,
              guint       slot)
{
  g_autoptr(JsonArray) people = json_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      REPORT (name, RL_CHECK_ERROR_TYPE, _("must be a list of people"));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s[%u]", name, i);
      JsonObject *person, *out;
      JsonNode *member;
      g_autofree char *person_name = NULL;
      g_autofree char *role = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          REPORT (where, RL_CHECK_ERROR_TYPE, _("must be an object with name and role"));
          continue;
        }
      person = json_node_get_object (element);

      member = json_object_get_member (person, "name");
      if (member == NULL || JSON_NODE_HOLDS_NULL (member))
        {
          REPORT (where, RL_CHECK_ERROR_MISSING, _("the person’s name is missing"));
          continue;
        }
      if (!node_is_string (member) || (person_name = trimmed (member))[0] == '\0')
        {
          REPORT (where, RL_CHECK_ERROR_MISSING, _("the person’s name is empty"));
          continue;
        }

      member = json_object_get_member (person, "role");
      if (member == NULL || !node_is_string (member)
          || !is_choice (rl_people_roles (), (role = trimmed (member))))
        {
          g_autofree char *list = choices_text (rl_people_roles ());
          REPORT (where, RL_CHECK_ERROR_CHOICE, _("role must be one of: %s"), list);
          continue;
        }

      out = json_object_new ();
      json_object_set_string_member (out, "name", person_name);
      json_object_set_string_member (out, "role", role);
      for (guint k = 0; k < 2; k++)
        {
          const char *flag = k == 0 ? "party_member" : "cross_post";

          member = json_object_get_member (person, flag);
          if (member == NULL || JSON_NODE_HOLDS_NULL (member))
            continue;
          if (!node_is_bool (member))
            REPORT (where, RL_CHECK_ERROR_TYPE, _("%s must be true or false"), flag);
          else
            json_object_set_boolean_member (out, flag, json_node_get_boolean (member));
        }
      json_array_add_object_element (people, out);
    }

  {
    g_autoptr(JsonNode) root = json_node_init_array (json_node_alloc (), people);
    rl_row_take_text (row, slot, json_to_string (root, FALSE));
  }
}

static void
check_links (Checker        *checker,
             const RlMember *spec,
             JsonNode       *node,
             RlRow          *row,
             guint           slot)
{
  g_autoptr(JsonArray) links = json_array_new ();
  g_autofree char *kinds = choices_text (spec->choices);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      REPORT (spec->name, RL_CHECK_ERROR_TYPE, _("must be a list like [{\"firm\": \"id\"}]"));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s[%u]", spec->name, i);
      g_autoptr(GList) names = NULL;
      JsonObject *link, *out;
      JsonNode *target;
      const char *kind;
      g_autofree char *target_id = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element)
          || json_object_get_size (json_node_get_object (element)) != 1)
        {
          REPORT (where, RL_CHECK_ERROR_TYPE,
                  _("must name exactly one record, as {\"%s\": id}"), spec->choices[0]);
          continue;
        }
      link = json_node_get_object (element);
      names = json_object_get_members (link);
      kind = names->data;
      if (!is_choice (spec->choices, kind))
        {
          REPORT (where, RL_CHECK_ERROR_CHOICE, _("“%s” is not one of: %s"), kind, kinds);
          continue;
        }
      target = json_object_get_member (link, kind);
      if (!node_is_string (target) || (target_id = trimmed (target))[0] == '\0')
        {
          REPORT (where, RL_CHECK_ERROR_TYPE, _("the id it names must be non-empty text"));
          continue;
        }

      out = json_object_new ();
      json_object_set_string_member (out, kind, target_id);
      json_array_add_object_element (links, out);
    }

  {
    g_autoptr(JsonNode) root = json_node_init_array (json_node_alloc (), links);
    rl_row_take_text (row, slot, json_to_string (root, FALSE));
  }
}

static void
check_ratings (Checker    *checker,
               const char *name,
               JsonNode   *node,
               RlRow      *row,
               guint       slot)
{
  g_autoptr(JsonObject) ratings = json_object_new ();
  JsonObjectIter iter;
  const char *item;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      REPORT (name, RL_CHECK_ERROR_TYPE, _("must be an object of ratings like {\"security\": 4}"));
      return;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &item, &value))
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", name, item);

      if (JSON_NODE_HOLDS_NULL (value))
        continue;
      if (!node_is_int (value))
        REPORT (where, RL_CHECK_ERROR_TYPE, _("must be a whole number from 1 to 5"));
      else if (json_node_get_int (value) < 1 || json_node_get_int (value) > 5)
        REPORT (where, RL_CHECK_ERROR_RANGE, _("%lld is outside 1–5"),
                (long long) json_node_get_int (value));
      else
        json_object_set_int_member (ratings, item, json_node_get_int (value));
    }

  {
    g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), ratings);
    rl_row_take_text (row, slot, json_to_string (root, FALSE));
  }
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", value));
}

/* Checks one member and stores its value in the row; returns FALSE when the
 * value is unusable (so cross-member checks skip it). */
static gboolean
check_member (Checker        *checker,
              const RlMember *spec,
              guint           slot,
              JsonNode       *node,
              RlRow          *row)
{
  const char *name = spec->name;
  g_autofree char *text = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (spec->required)
        REPORT (name, RL_CHECK_ERROR_MISSING, _("is missing"));
      return FALSE;
    }

  switch (spec->type)
    {
    case RL_MEMBER_ID:
    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    case RL_MEMBER_CHOICE:
    case RL_MEMBER_DATE:
    case RL_MEMBER_TIMESTAMP:
    case RL_MEMBER_QUARTER:
    case RL_MEMBER_CREDIT_CODE:
      if (!node_is_string (node))
        {
          REPORT (name, RL_CHECK_ERROR_TYPE, _("must be text"));
          return FALSE;
        }
      text = trimmed (node);
      if (text[0] == '\0')
        {
          if (spec->required)
            REPORT (name, RL_CHECK_ERROR_MISSING, _("is empty"));
          return FALSE;
        }
      break;

    case RL_MEMBER_INT:
      if (!node_is_int (node))
        {
          REPORT (name, RL_CHECK_ERROR_TYPE, _("must be a whole number"));
          return FALSE;
        }
      if (json_node_get_int (node) < spec->min || json_node_get_int (node) > spec->max)
        {
          g_autofree char *lo = format_number (spec->min);
          g_autofree char *hi = format_number (spec->max);
          REPORT (name, RL_CHECK_ERROR_RANGE, _("%lld is outside %s–%s"),
                  (long long) json_node_get_int (node), lo, hi);
          return FALSE;
        }
      rl_row_set_int (row, slot, json_node_get_int (node));
      return TRUE;

    case RL_MEMBER_NUMBER:
      if (!node_is_number (node))
        {
          REPORT (name, RL_CHECK_ERROR_TYPE, _("must be a number"));
          return FALSE;
        }
      {
        double value = json_node_get_double (node);

        if (!(value >= spec->min && value <= spec->max))
          {
            g_autofree char *shown = format_number (value);
            g_autofree char *lo = format_number (spec->min);
            g_autofree char *hi = format_number (spec->max);
            REPORT (name, RL_CHECK_ERROR_RANGE, _("%s is outside %s–%s"), shown, lo, hi);
            return FALSE;
          }
        rl_row_set_real (row, slot, value);
      }
      return TRUE;

    case RL_MEMBER_BOOL:
      if (!node_is_bool (node))
        {
          REPORT (name, RL_CHECK_ERROR_TYPE, _("must be true or false"));
          return FALSE;
        }
      rl_row_set_int (row, slot, json_node_get_boolean (node));
      return TRUE;

    case RL_MEMBER_PEOPLE:
      check_people (checker, name, node, row, slot);
      return TRUE;

    case RL_MEMBER_LINKS:
      check_links (checker, spec, node, row, slot);
      return TRUE;

    case RL_MEMBER_RATINGS:
      check_ratings (checker, name, node, row, slot);
      return TRUE;

    default:
      g_assert_not_reached ();
    }

  /* Text-like members, trimmed and non-empty from here on. */
  switch (spec->type)
    {
    case RL_MEMBER_ID:
      if (g_utf8_strlen (text, -1) > ID_MAX_CHARS)
        {
          REPORT (name, RL_CHECK_ERROR_RANGE, _("is longer than %d characters"), ID_MAX_CHARS);
          return FALSE;
        }
      break;

    case RL_MEMBER_CHOICE:
      if (!is_choice (spec->choices, text))
        {
          g_autofree char *list = choices_text (spec->choices);
          REPORT (name, RL_CHECK_ERROR_CHOICE, _("“%s” is not one of: %s"), text, list);
          return FALSE;
        }
      break;

    case RL_MEMBER_DATE:
      if (!rl_date_parse (text, NULL))
        {
          REPORT (name, RL_CHECK_ERROR_DATE, _("“%s” is not a date (YYYY-MM-DD)"), text);
          return FALSE;
        }
      break;

    case RL_MEMBER_TIMESTAMP:
      {
        char *canonical = rl_timestamp_canonical (text);

        if (canonical == NULL)
          {
            REPORT (name, RL_CHECK_ERROR_DATE,
                    _("“%s” is not a time with its offset, like 2026-07-03T08:15:00+08:00"),
                    text);
            return FALSE;
          }
        g_free (text);
        text = canonical;
      }
      break;

    case RL_MEMBER_QUARTER:
      if (!rl_quarter_parse (text, NULL, NULL))
        {
          REPORT (name, RL_CHECK_ERROR_DATE, _("“%s” is not a quarter like 2026Q3"), text);
          return FALSE;
        }
      break;

    case RL_MEMBER_CREDIT_CODE:
      {
        char *upper = g_ascii_strup (text, -1);

        g_free (text);
        text = upper;
        switch (rl_credit_code_check (text))
          {
          case RL_CREDIT_CODE_BAD_LENGTH:
            REPORT (name, RL_CHECK_ERROR_CREDIT_CODE,
                    _("“%s” is not 18 characters long (GB 32100-2015)"), text);
            return FALSE;
          case RL_CREDIT_CODE_BAD_CHARACTER:
            REPORT (name, RL_CHECK_ERROR_CREDIT_CODE,
                    _("“%s” has a character a credit code cannot have (GB 32100-2015)"), text);
            return FALSE;
          case RL_CREDIT_CODE_BAD_CHECK:
            REPORT (name, RL_CHECK_ERROR_CREDIT_CODE,
                    _("“%s” fails the GB 32100-2015 check character (expected %c)"),
                    text, rl_credit_code_check_char (text));
            return FALSE;
          case RL_CREDIT_CODE_OK:
          default:
            break;
          }
      }
      break;

    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    default:
      break;
    }

  rl_row_take_text (row, slot, g_steal_pointer (&text));
  return TRUE;
}

static gint64
timestamp_unix (const char *canonical)
{
  gint64 unix_time = 0;

  rl_timestamp_to_unix (canonical, &unix_time);
  return unix_time;
}

/* end ≥ start, times ≥ received_at, Party members ≤ staff. */
static void
check_relations (Checker     *checker,
                 const RlRow *row,
                 gboolean    *usable)
{
  const RlCollection *collection = checker->collection;

  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlMember *spec = &collection->members[i];
      int other;

      if (!usable[i] || row->values[i].type == RL_VALUE_NULL)
        continue;

      if (spec->not_before != NULL
          && (other = rl_collection_member_index (collection, spec->not_before)) >= 0
          && usable[other] && row->values[other].type == RL_VALUE_TEXT)
        {
          const char *value = row->values[i].text;
          const char *limit = row->values[other].text;
          gboolean before = spec->type == RL_MEMBER_TIMESTAMP
                            ? timestamp_unix (value) < timestamp_unix (limit)
                            : strcmp (value, limit) < 0;

          if (before && spec->not_before_warns)
            {
              g_autofree char *msg =
                g_strdup_printf (_("%s %s is before %s %s: the record is never active"),
                                 spec->name, value, spec->not_before, limit);
              report (checker, spec->name, RL_CHECK_ERROR_ORDER, TRUE, msg);
            }
          else if (before)
            REPORT (spec->name, RL_CHECK_ERROR_ORDER, _("%s %s is before %s %s"),
                    spec->name, value, spec->not_before, limit);
        }

      if (spec->at_most != NULL
          && (other = rl_collection_member_index (collection, spec->at_most)) >= 0
          && usable[other] && row->values[other].type == RL_VALUE_INT
          && row->values[i].i > row->values[other].i)
        REPORT (spec->name, RL_CHECK_ERROR_TOO_MANY,
                _("%s (%lld) is more than %s (%lld)"),
                spec->name, (long long) row->values[i].i, spec->at_most,
                (long long) row->values[other].i);
    }
}

gboolean
rl_check_record (const RlCollection *collection,
                 JsonObject         *record,
                 gint64              index,
                 RlRow              *row,
                 GPtrArray          *problems)
{
  Checker checker = { collection, index, NULL, problems, 0 };
  gboolean usable[RL_ROW_MAX_MEMBERS] = { FALSE, };
  JsonNode *id_node = json_object_get_member (record, "id");
  g_autofree char *id = NULL;

  rl_row_init (row, collection);

  if (id_node != NULL && node_is_string (id_node))
    id = trimmed (id_node);
  checker.id = id;

  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlMember *spec = &collection->members[i];

      usable[i] = check_member (&checker, spec, i,
                                json_object_get_member (record, spec->name), row);
    }

  check_relations (&checker, row, usable);

  return checker.n_errors == 0;
}
