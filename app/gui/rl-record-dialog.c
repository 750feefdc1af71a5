/* rl-record-dialog.c: add or edit one record, checked as the user types
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-check.h"
#include "rl-labels.h"
#include "rl-record-dialog-private.h"
#include "rl-store-edit.h"
#include "rl-store-query.h"

G_DEFINE_FINAL_TYPE (RlRecordDialog, rl_record_dialog, GTK_TYPE_WINDOW)

static void
show_message (RlRecordDialog *self,
              const char     *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && *message);
}

/* Runs the checks on what the form holds; problems are shown once the
 * user has typed something, so a new record does not open all in red. */
static void
refresh (RlRecordDialog *self)
{
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autoptr(JsonObject) record = _rl_record_dialog_read_form (self);
  RlRow row;
  gboolean valid;

  valid = rl_check_record (self->collection, record, -1, &row, problems);
  rl_row_clear (&row);

  if (!self->pristine)
    _rl_record_dialog_show_problems (self, problems);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.save", valid);
}

void
_rl_record_dialog_form_changed (RlRecordDialog *self)
{
  if (self->loading)
    return;

  self->pristine = FALSE;
  refresh (self);
}

static char *
display_name (RlRecord *record)
{
  if (rl_collection_find_member (rl_record_get_collection (record), "name") != NULL)
    {
      char *name = rl_record_dup_display (record, "name");

      if (name != NULL)
        return name;
    }
  return g_strdup (rl_record_get_id (record));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlRecordDialog *self = RL_RECORD_DIALOG (widget);
  g_autoptr(JsonObject) record = _rl_record_dialog_read_form (self);
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gint64 change_set = 0;

  if (!rl_store_save_record (self->store, rl_collection_index (self->collection), record,
                             _("edit in window"), problems, &change_set, &error))
    {
      if (g_error_matches (error, RL_STORE_ERROR, RL_STORE_ERROR_INVALID))
        {
          self->pristine = FALSE;
          _rl_record_dialog_show_problems (self, problems);
          if (problems->len == 0)
            show_message (self, error->message);
          /* Nothing in the form changed, so it stays refused until it does. */
          gtk_widget_action_set_enabled (widget, "record.save", FALSE);
        }
      else
        show_message (self, error->message);
      return;
    }

  id = g_strstrip (g_strdup (json_object_get_string_member_with_default (record, "id", "")));

  g_object_ref (self);
  if (change_set != 0 && self->done != NULL)
    self->done (id, self->done_data);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
rl_record_dialog_dispose (GObject *object)
{
  RlRecordDialog *self = RL_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_RECORD_DIALOG);
  _rl_record_dialog_clear_form (self);
  self->n_fields = 0;
  g_clear_object (&self->store);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (rl_record_dialog_parent_class)->dispose (object);
}

static void
rl_record_dialog_class_init (RlRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_record_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RlRecordDialog, form_grid);
  gtk_widget_class_bind_template_child (widget_class, RlRecordDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RlRecordDialog, save_button);

  gtk_widget_class_install_action (widget_class, "record.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rl_record_dialog_init (RlRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RlRecordDialog *
_rl_record_dialog_new (GtkWindow      *parent,
                       RlStore        *store,
                       RlCollectionId  collection,
                       const char     *id,
                       RlChangedFunc   done,
                       gpointer        user_data)
{
  RlRecordDialog *self;
  g_autoptr(RlRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);
  g_return_val_if_fail (collection < RL_N_COLLECTIONS, NULL);

  self = g_object_new (RL_TYPE_RECORD_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->collection = rl_collection_get (collection);
  self->id = g_strdup (id);
  self->done = done;
  self->done_data = user_data;
  self->pristine = TRUE;

  _rl_record_dialog_build_form (self);

  if (id == NULL)
    title = rl_record_phrase (collection, RL_PHRASE_ADD, NULL);
  else if ((record = rl_store_get_record (store, collection, id, &error)) != NULL)
    {
      g_autofree char *name = display_name (record);

      title = rl_record_phrase (collection, RL_PHRASE_EDIT, name);
      _rl_record_dialog_load_form (self, rl_record_get_row (record));
      self->pristine = FALSE;
    }
  else
    {
      title = rl_record_phrase (collection, RL_PHRASE_EDIT, id);
      show_message (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->form_grid), FALSE);
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  refresh (self);
  if (record == NULL && id != NULL)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.save", FALSE);

  /* The id is fixed once a record exists: start on the member after it. */
  if (self->n_fields > 1)
    gtk_window_set_focus (GTK_WINDOW (self), self->fields[id == NULL ? 0 : 1].widget);

  return self;
}

GtkWidget *
_rl_record_dialog_get_form_widget (RlRecordDialog *self,
                                   const char     *member)
{
  g_return_val_if_fail (RL_IS_RECORD_DIALOG (self), NULL);

  for (guint i = 0; i < self->n_fields; i++)
    if (g_strcmp0 (self->fields[i].member->name, member) == 0)
      return self->fields[i].widget;

  return NULL;
}

GtkWidget *
_rl_record_dialog_get_problem_label (RlRecordDialog *self,
                                     const char     *member)
{
  g_return_val_if_fail (RL_IS_RECORD_DIALOG (self), NULL);

  for (guint i = 0; i < self->n_fields; i++)
    if (g_strcmp0 (self->fields[i].member->name, member) == 0)
      return self->fields[i].problem;

  return NULL;
}

GtkWidget *
_rl_record_dialog_get_save_button (RlRecordDialog *self)
{
  g_return_val_if_fail (RL_IS_RECORD_DIALOG (self), NULL);

  return GTK_WIDGET (self->save_button);
}

const char *
_rl_record_dialog_get_message (RlRecordDialog *self)
{
  g_return_val_if_fail (RL_IS_RECORD_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_text (self->message_label) : NULL;
}

void
rl_record_dialog_present (GtkWindow      *parent,
                          RlStore        *store,
                          RlCollectionId  collection,
                          const char     *id,
                          RlChangedFunc   done,
                          gpointer        user_data)
{
  RlRecordDialog *self = _rl_record_dialog_new (parent, store, collection, id, done, user_data);

  if (self != NULL)
    gtk_window_present (GTK_WINDOW (self));
}
