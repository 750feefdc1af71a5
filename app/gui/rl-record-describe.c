/* rl-record-describe.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rl-record-describe.h"

static const char *
text_of (RlRecord   *record,
         const char *member)
{
  const RlRow *row = rl_record_get_row (record);
  int i = rl_collection_member_index (row->collection, member);

  return i < 0 ? NULL : rl_row_get_text (row, (guint) i);
}

static const char *
extra_of (RlRecord *record,
          guint     index)
{
  const char *extra = rl_record_get_extra (record, index);

  return extra != NULL && extra[0] != '\0' ? extra : NULL;
}

/* Parts of a subtitle, the empty ones left out. */
static void
add_part (GPtrArray  *parts,
          const char *part)
{
  if (part != NULL && part[0] != '\0')
    g_ptr_array_add (parts, g_strdup (part));
}

static void
add_period (GPtrArray  *parts,
            const char *start,
            const char *end,
            const char *today)
{
  if (start != NULL && end != NULL)
    /* Translators: a period of dates, "2024-03-01 至 2026-02-28" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s to %s"), start, end));
  else if (start != NULL)
    /* Translators: a period with no end yet, "2024-03-01 起" */
    g_ptr_array_add (parts, g_strdup_printf (_("since %s"), start));
  if (end != NULL && today != NULL && g_strcmp0 (end, today) <= 0)
    add_part (parts, _("ended"));
}

static guint
count_people (RlRecord *record)
{
  g_autoptr(GPtrArray) people = rl_committee_people (record);

  return people->len;
}

void
rl_record_describe (RlRecord        *record,
                    RlCollectionId   context,
                    const char      *today,
                    char           **title,
                    char           **subtitle)
{
  RlCollectionId collection = rl_collection_index (rl_record_get_collection (record));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = rl_record_dup_display (record, "kind");
  const char *name = text_of (record, "name");

  switch (collection)
    {
    case RL_COLLECTION_COMPOUNDS:
      add_part (parts, extra_of (record, 0));
      add_part (parts, extra_of (record, 1));
      break;
    case RL_COLLECTION_FIRMS:
      add_part (parts, text_of (record, "credit_code"));
      break;
    case RL_COLLECTION_SERVICES:
      /* Seen from its firm, a service is its compound; else its firm. */
      name = extra_of (record, context == RL_COLLECTION_FIRMS ? 1 : 0);
      if (context == RL_N_COLLECTIONS)
        add_part (parts, extra_of (record, 1));
      add_period (parts, text_of (record, "start"), text_of (record, "end"), today);
      add_part (parts, text_of (record, "manager"));
      break;
    case RL_COLLECTION_COMMITTEES:
      {
        guint n = count_people (record);
        const char *dissolved = text_of (record, "dissolved_on");

        /* Seen from its compound, a committee is its kind; else its compound. */
        if (context == RL_COLLECTION_COMPOUNDS)
          name = kind;
        else
          {
            name = extra_of (record, 0);
            add_part (parts, kind);
          }
        add_part (parts, text_of (record, "formed_on"));
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member",
                                                              "%u members", n), n));
        if (text_of (record, "term_end") != NULL)
          /* Translators: when a committee's term runs out */
          g_ptr_array_add (parts, g_strdup_printf (_("term ends %s"),
                                                   text_of (record, "term_end")));
        if (dissolved != NULL && today != NULL && g_strcmp0 (dissolved, today) <= 0)
          add_part (parts, _("dissolved"));
      }
      break;
    case RL_COLLECTION_PARTY_ORGS:
      {
        const char *dissolved = text_of (record, "dissolved_on");

        add_part (parts, kind);
        add_part (parts, text_of (record, "secretary"));
        if (dissolved != NULL && today != NULL && g_strcmp0 (dissolved, today) <= 0)
          add_part (parts, _("dissolved"));
      }
      break;
    case RL_COLLECTION_INSTRUCTORS:
      add_period (parts, text_of (record, "start"), text_of (record, "end"), today);
      break;
    case RL_COLLECTION_STREETS:
    case RL_COLLECTION_COMMUNITIES:
    case RL_COLLECTION_SURVEY_RESPONSES:
    case RL_COLLECTION_WORK_ORDERS:
    case RL_COLLECTION_INSPECTIONS:
    case RL_N_COLLECTIONS:
    default:
      break;
    }

  g_ptr_array_add (parts, NULL);
  *title = g_strdup (name != NULL ? name : rl_record_get_id (record));
  /* The parts are names, dates and counts, not pieces of a sentence. */
  *subtitle = g_strjoinv (" · ", (char **) parts->pdata);
}

void
rl_person_free (RlPerson *person)
{
  g_free (person->name);
  g_free (person->details);
  g_free (person);
}

GPtrArray *
rl_committee_people (RlRecord *committee)
{
  GPtrArray *people = g_ptr_array_new_with_free_func ((GDestroyNotify) rl_person_free);
  const char *json = text_of (committee, "members");
  g_autoptr(JsonNode) node = json ? json_from_string (json, NULL) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return people;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      const char *role;
      RlPerson *person;

      if (object == NULL)
        continue;
      role = json_object_get_string_member_with_default (object, "role", NULL);
      if (role != NULL)
        g_ptr_array_add (parts, (char *) rl_choice_label (rl_people_roles (), role));
      if (json_object_get_boolean_member_with_default (object, "party_member", FALSE))
        g_ptr_array_add (parts, _("Party member"));
      if (json_object_get_boolean_member_with_default (object, "cross_post", FALSE))
        /* Translators: 交叉任职, a member who also holds a post in the
         * community's Party organization or the property firm */
        g_ptr_array_add (parts, _("cross-post"));
      g_ptr_array_add (parts, NULL);

      person = g_new0 (RlPerson, 1);
      person->name = g_strdup (json_object_get_string_member_with_default (object, "name", ""));
      person->details = g_strjoinv (" · ", (char **) parts->pdata);
      g_ptr_array_add (people, person);
    }
  return people;
}
