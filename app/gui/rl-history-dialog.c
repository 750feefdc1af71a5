/* rl-history-dialog.c: a record's audit log, newest first
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-history-dialog-private.h"
#include "rl-history-item.h"
#include "rl-labels.h"
#include "rl-store-query.h"

struct _RlHistoryDialog
{
  GtkWindow       parent_instance;

  GListStore     *items;

  GtkStack       *stack;        /* the window's child */
  GtkLabel       *empty_label;
  GtkWidget      *copy_button;
  GtkColumnView  *column_view;
};

G_DEFINE_FINAL_TYPE (RlHistoryDialog, rl_history_dialog, GTK_TYPE_WINDOW)

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *text = _rl_history_dialog_dup_text (RL_HISTORY_DIALOG (widget));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
rl_history_dialog_dispose (GObject *object)
{
  RlHistoryDialog *self = RL_HISTORY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_HISTORY_DIALOG);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (rl_history_dialog_parent_class)->dispose (object);
}

static void
rl_history_dialog_class_init (RlHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_history_dialog_dispose;

  g_type_ensure (RL_TYPE_HISTORY_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RlHistoryDialog, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RlHistoryDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, RlHistoryDialog, column_view);

  gtk_widget_class_install_action (widget_class, "history.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "history.copy", NULL);
}

static void
rl_history_dialog_init (RlHistoryDialog *self)
{
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound: GTK 4.8's gtk_widget_dispose_template() unparents a bound
   * direct child of the window first, then trips over its bound children. */
  self->stack = GTK_STACK (gtk_window_get_child (GTK_WINDOW (self)));

  self->items = g_list_store_new (RL_TYPE_HISTORY_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* Otherwise the first selectable cell takes the focus, all selected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->copy_button);
}

static void
load (RlHistoryDialog *self,
      RlStore         *store,
      RlCollectionId   collection,
      const char      *id)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  entries = rl_store_history (store, rl_collection_get (collection)->name, id, &error);
  if (entries == NULL)
    {
      gtk_label_set_text (self->empty_label, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.copy", FALSE);
      return;
    }

  /* The store lists them as written; people want the latest on top. */
  for (guint i = entries->len; i > 0; i--)
    g_ptr_array_add (items, rl_history_item_new (g_ptr_array_index (entries, i - 1)));
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);

  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.copy", items->len > 0);
}

RlHistoryDialog *
_rl_history_dialog_new (GtkWindow      *parent,
                        RlStore        *store,
                        RlCollectionId  collection,
                        const char     *id)
{
  RlHistoryDialog *self;
  g_autoptr(RlRecord) record = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);
  g_return_val_if_fail (collection < RL_N_COLLECTIONS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (RL_TYPE_HISTORY_DIALOG,
                       "transient-for", parent,
                       NULL);

  /* A deleted record still has a history, just no name to show. */
  record = rl_store_get_record (store, collection, id, NULL);
  if (record != NULL
      && rl_collection_find_member (rl_collection_get (collection), "name") != NULL)
    name = rl_record_dup_display (record, "name");
  title = rl_record_phrase (collection, RL_PHRASE_HISTORY, name != NULL ? name : id);
  gtk_window_set_title (GTK_WINDOW (self), title);

  load (self, store, collection, id);

  return self;
}

GListModel *
_rl_history_dialog_get_items (RlHistoryDialog *self)
{
  g_return_val_if_fail (RL_IS_HISTORY_DIALOG (self), NULL);

  return G_LIST_MODEL (self->items);
}

char *
_rl_history_dialog_dup_text (RlHistoryDialog *self)
{
  GString *text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (RL_IS_HISTORY_DIALOG (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RlHistoryItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      g_string_append_printf (text, "%s\t%s\t%s\t%s\t%s\n",
                              rl_history_item_get_when (item),
                              rl_history_item_get_user (item),
                              rl_history_item_get_source (item),
                              rl_history_item_get_member (item),
                              rl_history_item_get_change (item));
    }

  return g_string_free (text, FALSE);
}

void
rl_history_dialog_present (GtkWindow      *parent,
                           RlStore        *store,
                           RlCollectionId  collection,
                           const char     *id)
{
  RlHistoryDialog *self = _rl_history_dialog_new (parent, store, collection, id);

  if (self != NULL)
    gtk_window_present (GTK_WINDOW (self));
}
