/* rl-delete-dialog.c: asks, then deletes one record, or says why not
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-delete-dialog-private.h"
#include "rl-labels.h"
#include "rl-store-edit.h"
#include "rl-store-query.h"

typedef struct
{
  RlStore        *store;
  RlCollectionId  collection;
  char           *id;
  RlChangedFunc   done;
  gpointer        user_data;
} DeleteData;

static void
delete_data_free (gpointer data)
{
  DeleteData *delete = data;

  g_clear_object (&delete->store);
  g_free (delete->id);
  g_free (delete);
}

/* The dialog stays up to say why, with Close as its only button. */
static void
show_refusal (GtkDialog    *dialog,
              const GError *error)
{
  GtkWidget *cancel = gtk_dialog_get_widget_for_response (dialog, GTK_RESPONSE_CANCEL);

  g_object_set (dialog,
                "message-type", GTK_MESSAGE_ERROR,
                "text", _("The record was not deleted"),
                "secondary-text", error->message,
                NULL);
  gtk_widget_set_visible (gtk_dialog_get_widget_for_response (dialog, GTK_RESPONSE_ACCEPT),
                          FALSE);
  gtk_button_set_label (GTK_BUTTON (cancel), _("_Close"));
  gtk_widget_grab_focus (cancel);
}

static void
response_cb (GtkDialog  *dialog,
             int         response,
             DeleteData *delete)
{
  g_autoptr(GError) error = NULL;
  gint64 change_set = 0;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }

  if (!rl_store_delete_record (delete->store, delete->collection, delete->id,
                               _("edit in window"), &change_set, &error))
    {
      show_refusal (dialog, error);
      return;
    }

  g_object_ref (dialog);
  if (delete->done != NULL)
    delete->done (delete->id, delete->user_data);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

GtkWidget *
_rl_delete_dialog_new (GtkWindow      *parent,
                       RlStore        *store,
                       RlCollectionId  collection,
                       const char     *id,
                       RlChangedFunc   done,
                       gpointer        user_data)
{
  g_autoptr(RlRecord) record = NULL;
  g_autofree char *name = NULL;
  g_autofree char *question = NULL;
  DeleteData *delete;
  GtkWidget *dialog, *button;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);
  g_return_val_if_fail (collection < RL_N_COLLECTIONS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  record = rl_store_get_record (store, collection, id, NULL);
  if (record != NULL
      && rl_collection_find_member (rl_collection_get (collection), "name") != NULL)
    name = rl_record_dup_display (record, "name");
  question = rl_record_phrase (collection, RL_PHRASE_DELETE, name != NULL ? name : id);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", question);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("The deletion is kept in the record’s history "
                                              "and can be undone."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  /* Enter should not delete by accident. */
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  delete = g_new0 (DeleteData, 1);
  delete->store = g_object_ref (store);
  delete->collection = collection;
  delete->id = g_strdup (id);
  delete->done = done;
  delete->user_data = user_data;
  g_object_set_data_full (G_OBJECT (dialog), "rl-delete-data", delete, delete_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), delete);

  return dialog;
}

void
rl_delete_dialog_present (GtkWindow      *parent,
                          RlStore        *store,
                          RlCollectionId  collection,
                          const char     *id,
                          RlChangedFunc   done,
                          gpointer        user_data)
{
  GtkWidget *dialog = _rl_delete_dialog_new (parent, store, collection, id, done, user_data);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}
