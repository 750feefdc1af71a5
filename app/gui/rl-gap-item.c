/* rl-gap-item.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-gap-item.h"

struct _RlGapItem
{
  GObject   parent_instance;

  RlGapRow *row;
  char     *kind;
  char     *party_members;
};

G_DEFINE_FINAL_TYPE (RlGapItem, rl_gap_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_COMPOUND,
  PROP_PARTY_MEMBERS,
  PROP_TERM_END,
  PROP_COMMUNITY,
  PROP_STREET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
choice_label (RlCollectionId  collection,
              const char     *code)
{
  const RlMember *member = rl_collection_find_member (rl_collection_get (collection), "kind");

  if (code == NULL || member == NULL)
    return "";
  return rl_choice_label (member->choices, code);
}

/* What kind of unit the row is: a compound's or committee's kind, or
 * "firm" and "service" for the must-build and uncovered lists. */
static char *
describe_kind (const RlGapRow *row)
{
  switch (row->collection)
    {
    case RL_COLLECTION_FIRMS:
      return g_strdup (_("Firm"));
    case RL_COLLECTION_SERVICES:
      return g_strdup (_("Property service"));
    case RL_COLLECTION_COMPOUNDS:
    case RL_COLLECTION_COMMITTEES:
      return g_strdup (choice_label (row->collection, row->kind));
    case RL_COLLECTION_STREETS:
    case RL_COLLECTION_COMMUNITIES:
    case RL_COLLECTION_PARTY_ORGS:
    case RL_COLLECTION_INSTRUCTORS:
    case RL_COLLECTION_SURVEY_RESPONSES:
    case RL_COLLECTION_WORK_ORDERS:
    case RL_COLLECTION_INSPECTIONS:
    case RL_N_COLLECTIONS:
    default:
      return g_strdup ("");
    }
}

static const char *
or_empty (const char *text)
{
  return text ? text : "";
}

static void
rl_gap_item_finalize (GObject *object)
{
  RlGapItem *self = RL_GAP_ITEM (object);

  g_clear_pointer (&self->row, rl_gap_row_free);
  g_free (self->kind);
  g_free (self->party_members);

  G_OBJECT_CLASS (rl_gap_item_parent_class)->finalize (object);
}

static void
rl_gap_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RlGapItem *self = RL_GAP_ITEM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, or_empty (self->row->name));
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_COMPOUND:
      g_value_set_string (value, or_empty (self->row->compound_name));
      break;
    case PROP_PARTY_MEMBERS:
      g_value_set_string (value, self->party_members);
      break;
    case PROP_TERM_END:
      g_value_set_string (value, or_empty (self->row->term_end));
      break;
    case PROP_COMMUNITY:
      g_value_set_string (value, or_empty (self->row->community_name));
      break;
    case PROP_STREET:
      g_value_set_string (value, or_empty (self->row->street_name));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_gap_item_class_init (RlGapItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rl_gap_item_finalize;
  object_class->get_property = rl_gap_item_get_property;

  /* Everything is text, as the columns show it. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPOUND] =
    g_param_spec_string ("compound", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY_MEMBERS] =
    g_param_spec_string ("party-members", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TERM_END] =
    g_param_spec_string ("term-end", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMUNITY] =
    g_param_spec_string ("community", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STREET] =
    g_param_spec_string ("street", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rl_gap_item_init (RlGapItem *self)
{
}

RlGapItem *
rl_gap_item_new (RlGapRow *row)
{
  RlGapItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (RL_TYPE_GAP_ITEM, NULL);
  self->row = row;
  self->kind = describe_kind (row);
  self->party_members = row->party_members >= 0
    ? g_strdup_printf ("%'lld", (long long) row->party_members) : g_strdup ("");
  return self;
}

const RlGapRow *
rl_gap_item_get_row (RlGapItem *self)
{
  g_return_val_if_fail (RL_IS_GAP_ITEM (self), NULL);

  return self->row;
}

RlCollectionId
rl_gap_item_get_collection (RlGapItem *self)
{
  g_return_val_if_fail (RL_IS_GAP_ITEM (self), 0);

  return self->row->collection;
}

const char *
rl_gap_item_get_id (RlGapItem *self)
{
  g_return_val_if_fail (RL_IS_GAP_ITEM (self), NULL);

  return self->row->id;
}
