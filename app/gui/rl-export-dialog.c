/* rl-export-dialog.c: the whole ledger or one street, to a package file
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-export-dialog-private.h"
#include "rl-exporter.h"
#include "rl-record-list.h"

typedef struct
{
  char    *db_path;
  char    *package_path;
  char    *street_id;     /* NULL: the whole ledger */
  char    *source;
  guint64  n_records;
  GWeakRef dialog;        /* only ever dereferenced in the main thread */
} Job;

struct _RlExportDialog
{
  GtkWindow      parent_instance;

  RlStore       *store;
  GPtrArray     *street_ids;   /* parallel to the scope list after its first item */
  GtkFileChooserNative *chooser;
  GCancellable  *cancellable;
  GTask         *task;         /* the export under way, or NULL; not a reference */
  gboolean       disposed;

  GtkDropDown   *scope_drop_down;
  GtkWidget     *progress_box;
  GtkLabel      *result_label;
};

G_DEFINE_FINAL_TYPE (RlExportDialog, rl_export_dialog, GTK_TYPE_WINDOW)

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->package_path);
  g_free (job->street_id);
  g_free (job->source);
  g_weak_ref_clear (&job->dialog);
  g_free (job);
}

static void
update_actions (RlExportDialog *self)
{
  gboolean busy = self->task != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.run", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_drop_down), !busy);
  gtk_widget_set_visible (self->progress_box, busy);
}

/* Streets are few; a district has a handful, a city a few hundred. */
static void
load_streets (RlExportDialog *self)
{
  g_autoptr(RlRecordList) streets = rl_record_list_new (self->store, RL_COLLECTION_STREETS);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;

  rl_record_list_set_sort (streets, "name", FALSE);
  gtk_string_list_append (labels, _("The whole ledger"));

  n = g_list_model_get_n_items (G_LIST_MODEL (streets));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RlRecord) street = g_list_model_get_item (G_LIST_MODEL (streets), i);
      g_autofree char *name = rl_record_dup_display (street, "name");

      gtk_string_list_append (labels, name != NULL ? name : rl_record_get_id (street));
      g_ptr_array_add (self->street_ids, g_strdup (rl_record_get_id (street)));
    }

  gtk_drop_down_set_model (self->scope_drop_down, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->scope_drop_down, 0);
}

static const char *
selected_street (RlExportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->scope_drop_down);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->street_ids->len)
    return NULL;
  return g_ptr_array_index (self->street_ids, selected - 1);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = rl_store_open (job->db_path, &error);
  if (store == NULL
      || !rl_export_package (store, job->package_path, job->street_id, job->source,
                             cancellable, &job->n_records, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(RlExportDialog) self = g_weak_ref_get (&job->dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (self == NULL || self->disposed)
    return;
  if (self->task == G_TASK (result))
    self->task = NULL;
  g_clear_object (&self->cancellable);

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        text = g_strdup (_("The export was cancelled; no file was written."));
      else
        /* Translators: the reason follows */
        text = g_strdup_printf (_("The export failed: %s"), error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
    }
  else
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Exported %llu record to %s.",
                                           "Exported %llu records to %s.", job->n_records),
                              (unsigned long long) job->n_records, job->package_path);
      gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "success");
    }

  gtk_label_set_text (self->result_label, text);
  update_actions (self);
}

static void
start_export (RlExportDialog *self,
              GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (self->task == NULL);

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (rl_store_get_path (self->store));
  job->package_path = g_file_get_path (file);
  job->street_id = g_strdup (selected_street (self));
  job->source = g_path_get_basename (job->db_path);
  g_weak_ref_init (&job->dialog, self);

  self->cancellable = g_cancellable_new ();
  /* The task does not keep the dialog: destroying it cancels the export. */
  task = g_task_new (NULL, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, job_free);
  self->task = task;

  gtk_label_set_text (self->result_label, "");
  update_actions (self);
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     RlExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    start_export (self, file);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RlExportDialog *self = RL_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) packages = gtk_file_filter_new ();
  g_autofree char *suggested = NULL;
  GtkStringObject *scope = gtk_drop_down_get_selected_item (self->scope_drop_down);

  if (self->chooser != NULL || self->task != NULL)
    return;

  gtk_file_filter_set_name (packages, _("Exchange packages (*.json)"));
  gtk_file_filter_add_pattern (packages, "*.json");

  self->chooser = gtk_file_chooser_native_new (_("Export to"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), packages);
  /* The street's own name makes a file name people recognise. */
  suggested = g_strdup_printf ("%s.json", selected_street (self) != NULL && scope != NULL
                                          ? gtk_string_object_get_string (scope) : "redledger");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlExportDialog *self = RL_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
rl_export_dialog_dispose (GObject *object)
{
  RlExportDialog *self = RL_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->street_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (rl_export_dialog_parent_class)->dispose (object);
}

static void
rl_export_dialog_class_init (RlExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RlExportDialog, scope_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RlExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, RlExportDialog, result_label);

  gtk_widget_class_install_action (widget_class, "export.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rl_export_dialog_init (RlExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->street_ids = g_ptr_array_new_with_free_func (g_free);
  update_actions (self);
}

RlExportDialog *
_rl_export_dialog_new (GtkWindow *parent,
                       RlStore   *store)
{
  RlExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  self = g_object_new (RL_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  load_streets (self);

  return self;
}

GtkDropDown *
_rl_export_dialog_get_scope (RlExportDialog *self)
{
  g_return_val_if_fail (RL_IS_EXPORT_DIALOG (self), NULL);

  return self->scope_drop_down;
}

void
_rl_export_dialog_export_to (RlExportDialog *self,
                             GFile          *file)
{
  g_return_if_fail (RL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  start_export (self, file);
}

static gboolean
wake_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
_rl_export_dialog_wait (RlExportDialog *self,
                        guint           timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout;

  g_return_val_if_fail (RL_IS_EXPORT_DIALOG (self), FALSE);

  timeout = g_timeout_add (timeout_ms, wake_cb, &timed_out);
  while (self->task != NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return self->task == NULL;
}

const char *
_rl_export_dialog_get_result (RlExportDialog *self)
{
  g_return_val_if_fail (RL_IS_EXPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->result_label);
}

void
rl_export_dialog_present (GtkWindow *parent,
                          RlStore   *store)
{
  RlExportDialog *self = _rl_export_dialog_new (parent, store);

  if (self != NULL)
    gtk_window_present (GTK_WINDOW (self));
}
