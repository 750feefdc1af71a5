/* rl-scope-bar.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-record-list.h"
#include "rl-scope-bar.h"

struct _RlScopeBar
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkDropDown *street_dropdown;
  GtkDropDown *community_dropdown;

  RlStore     *store;
  GPtrArray   *street_ids;      /* beside the dropdowns' items; [0] is NULL: all */
  GPtrArray   *community_ids;
  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (RlScopeBar, rl_scope_bar, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
selected_id (GtkDropDown *dropdown,
             GPtrArray   *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return ids != NULL && selected < ids->len ? g_ptr_array_index (ids, selected) : NULL;
}

static guint
find_id (GPtrArray  *ids,
         const char *id)
{
  for (guint i = 1; id != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;
  return 0;
}

/* Names and ids of @collection's records in the scope, after the "all" item. */
static void
fill (RlScopeBar     *self,
      GtkDropDown    *dropdown,
      GPtrArray      *ids,
      RlCollectionId  collection,
      const char     *street_id,
      const char     *all_label,
      const char     *keep_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (ids, 0);
  g_ptr_array_add (ids, NULL);
  gtk_string_list_append (names, all_label);

  if (self->store != NULL)
    {
      g_autoptr(RlRecordList) list = rl_record_list_new (self->store, collection);
      guint n;

      rl_record_list_set_scope (list, street_id, NULL);
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RlRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
          g_autofree char *name = rl_record_dup_display (record, "name");

          g_ptr_array_add (ids, g_strdup (rl_record_get_id (record)));
          gtk_string_list_append (names, name ? name : rl_record_get_id (record));
        }
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, find_id (ids, keep_id));
  self->filling = FALSE;
}

static void
fill_communities (RlScopeBar *self,
                  const char *keep_id)
{
  fill (self, self->community_dropdown, self->community_ids, RL_COLLECTION_COMMUNITIES,
        selected_id (self->street_dropdown, self->street_ids), _("All communities"), keep_id);
}

static void
street_selected_cb (RlScopeBar *self)
{
  if (self->filling)
    return;
  fill_communities (self, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
community_selected_cb (RlScopeBar *self)
{
  if (!self->filling)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
rl_scope_bar_dispose (GObject *object)
{
  RlScopeBar *self = RL_SCOPE_BAR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_SCOPE_BAR);
  /* Children the template does not name are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->street_ids, g_ptr_array_unref);
  g_clear_pointer (&self->community_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (rl_scope_bar_parent_class)->dispose (object);
}

static void
rl_scope_bar_class_init (RlScopeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_scope_bar_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-scope-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RlScopeBar, street_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RlScopeBar, community_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, street_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, community_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rl_scope_bar_init (RlScopeBar *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  self->street_ids = g_ptr_array_new_with_free_func (g_free);
  self->community_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Type to find a community among a district's hundreds. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->street_dropdown, expression);
  gtk_drop_down_set_expression (self->community_dropdown, expression);

  rl_scope_bar_set_store (self, NULL);
}

/* Reads the streets and communities of @store; the scope is then the
 * whole ledger. */
void
rl_scope_bar_set_store (RlScopeBar *self,
                        RlStore    *store)
{
  g_return_if_fail (RL_IS_SCOPE_BAR (self));

  g_set_object (&self->store, store);
  fill (self, self->street_dropdown, self->street_ids, RL_COLLECTION_STREETS, NULL,
        _("All streets"), NULL);
  fill_communities (self, NULL);
}

/* Reads the streets and communities again, keeping the scope when it is
 * still there; "changed" when it is not. */
void
rl_scope_bar_reload (RlScopeBar *self)
{
  g_autofree char *street_id = NULL;
  g_autofree char *community_id = NULL;

  g_return_if_fail (RL_IS_SCOPE_BAR (self));

  street_id = g_strdup (rl_scope_bar_get_street_id (self));
  community_id = g_strdup (rl_scope_bar_get_community_id (self));
  fill (self, self->street_dropdown, self->street_ids, RL_COLLECTION_STREETS, NULL,
        _("All streets"), street_id);
  fill_communities (self, community_id);
  if (g_strcmp0 (street_id, rl_scope_bar_get_street_id (self)) != 0
      || g_strcmp0 (community_id, rl_scope_bar_get_community_id (self)) != 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* The street chosen; NULL for all streets. */
const char *
rl_scope_bar_get_street_id (RlScopeBar *self)
{
  g_return_val_if_fail (RL_IS_SCOPE_BAR (self), NULL);

  return selected_id (self->street_dropdown, self->street_ids);
}

/* The community chosen; NULL for all communities. */
const char *
rl_scope_bar_get_community_id (RlScopeBar *self)
{
  g_return_val_if_fail (RL_IS_SCOPE_BAR (self), NULL);

  return selected_id (self->community_dropdown, self->community_ids);
}

/* Chooses a street and a community (either NULL for all); FALSE when the
 * ledger has no such street (the scope is left as it was) or the street no
 * such community (the whole street is chosen). */
gboolean
rl_scope_bar_set_scope (RlScopeBar *self,
                        const char *street_id,
                        const char *community_id)
{
  guint street;
  guint community;

  g_return_val_if_fail (RL_IS_SCOPE_BAR (self), FALSE);

  street = find_id (self->street_ids, street_id);
  if (street_id != NULL && street == 0)
    return FALSE;

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->street_dropdown, street);
  self->filling = FALSE;
  fill_communities (self, NULL);
  community = find_id (self->community_ids, community_id);
  if (community_id != NULL && community == 0)
    {
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->community_dropdown, community);
  self->filling = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
