/* rl-history-item.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-history-item.h"
#include "rl-labels.h"

struct _RlHistoryItem
{
  GObject  parent_instance;

  char    *when;
  char    *user;
  char    *source;
  char    *member;
  char    *change;
};

G_DEFINE_FINAL_TYPE (RlHistoryItem, rl_history_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WHEN,
  PROP_USER,
  PROP_SOURCE,
  PROP_MEMBER,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rl_history_item_finalize (GObject *object)
{
  RlHistoryItem *self = RL_HISTORY_ITEM (object);

  g_free (self->when);
  g_free (self->user);
  g_free (self->source);
  g_free (self->member);
  g_free (self->change);

  G_OBJECT_CLASS (rl_history_item_parent_class)->finalize (object);
}

static void
rl_history_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RlHistoryItem *self = RL_HISTORY_ITEM (object);

  switch (prop_id)
    {
    case PROP_WHEN:
      g_value_set_string (value, self->when);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_CHANGE:
      g_value_set_string (value, self->change);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_history_item_class_init (RlHistoryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rl_history_item_finalize;
  object_class->get_property = rl_history_item_get_property;

  properties[PROP_WHEN] =
    g_param_spec_string ("when", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGE] =
    g_param_spec_string ("change", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rl_history_item_init (RlHistoryItem *self)
{
}

static char *
format_when (const char *at)
{
  g_autoptr(GDateTime) when = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;

  if (when == NULL)
    return g_strdup (at != NULL ? at : "");

  /* Translators: how History shows when a change was made (strftime format) */
  return g_date_time_format (when, _("%Y-%m-%d %H:%M:%S"));
}

/* Codes read as their labels, as everywhere else in the window. */
static const char *
value_text (const RlMember *member,
            const char     *value)
{
  if (value == NULL || value[0] == '\0')
    return "—";
  if (member != NULL && member->type == RL_MEMBER_CHOICE)
    return rl_choice_label (member->choices, value);
  return value;
}

RlHistoryItem *
rl_history_item_new (const RlAuditEntry *entry)
{
  RlHistoryItem *self = g_object_new (RL_TYPE_HISTORY_ITEM, NULL);
  const RlCollection *collection = rl_collection_lookup (entry->collection);
  const RlMember *member = NULL;

  if (collection != NULL && entry->member != NULL)
    member = rl_collection_find_member (collection, entry->member);

  self->when = format_when (entry->at);
  self->user = g_strdup (entry->user);
  self->source = g_strdup (entry->source);

  if (entry->member == NULL)
    {
      /* A whole record: added, or (its old value kept) deleted. */
      gboolean deleted = entry->new_value == NULL && entry->old_value != NULL;

      self->member = g_strdup (deleted ? _("deleted") : _("added"));
      self->change = g_strdup ("");
    }
  else
    {
      self->member = collection != NULL ? rl_member_title (collection, entry->member)
                                        : g_strdup (entry->member);
      /* Translators: a member's old and new value in History */
      self->change = g_strdup_printf (_("%s → %s"), value_text (member, entry->old_value),
                                      value_text (member, entry->new_value));
    }

  return self;
}

const char *
rl_history_item_get_when (RlHistoryItem *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_ITEM (self), NULL);

  return self->when;
}

const char *
rl_history_item_get_user (RlHistoryItem *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_ITEM (self), NULL);

  return self->user;
}

const char *
rl_history_item_get_source (RlHistoryItem *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_ITEM (self), NULL);

  return self->source;
}

const char *
rl_history_item_get_member (RlHistoryItem *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_ITEM (self), NULL);

  return self->member;
}

const char *
rl_history_item_get_change (RlHistoryItem *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_ITEM (self), NULL);

  return self->change;
}
