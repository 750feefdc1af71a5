/* rl-import-dialog.c: dry run, report, then import with progress and Cancel
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-import-dialog-private.h"
#include "rl-importer.h"

/* One run of the importer, on a worker thread with its own connection:
 * SQLite connections must not be shared with the window's thread. */
typedef struct
{
  char         *db_path;
  char         *package_path;
  gboolean      dry_run;
  gboolean      cancel_on_progress;
  GMainContext *context;
  GTask        *task;           /* not a reference: the job is the task's data */
  GWeakRef      dialog;         /* only ever dereferenced in the main thread */

  GMutex        mutex;          /* guards what follows */
  guint64       records;
  double        fraction;
  gboolean      pending;        /* an update is on its way to the main thread */
} Job;

struct _RlImportDialog
{
  GtkWindow       parent_instance;

  RlStore        *store;
  GFile          *file;
  RlChangedFunc   done;
  gpointer        done_data;

  GtkFileChooserNative *chooser;
  GCancellable   *cancellable;
  GTask          *task;         /* the run under way, or NULL; not a reference */
  RlImportReport *report;
  gboolean        imported;
  gboolean        can_import;
  gboolean        cancel_on_progress;
  gboolean        disposed;

  GtkLabel       *file_label;
  GtkLabel       *status_label;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkTextView    *report_view;
};

G_DEFINE_FINAL_TYPE (RlImportDialog, rl_import_dialog, GTK_TYPE_WINDOW)

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->package_path);
  g_main_context_unref (job->context);
  g_weak_ref_clear (&job->dialog);
  g_mutex_clear (&job->mutex);
  g_free (job);
}

static void
update_actions (RlImportDialog *self)
{
  gboolean busy = self->task != NULL;

  /* Only a clean dry run, not yet imported, opens the way. */
  self->can_import = !busy && !self->imported && self->report != NULL && self->report->dry_run
                     && rl_import_report_errors (self->report) == 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", self->can_import);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.copy", self->report != NULL);
  gtk_widget_set_visible (self->progress_box, busy);
}

static void
set_status (RlImportDialog *self,
            const char     *status)
{
  gtk_label_set_text (self->status_label, status);
}

/* Runs in the main thread; several progress reports may fold into one. */
static gboolean
apply_progress (gpointer data)
{
  GTask *task = data;
  Job *job = g_task_get_task_data (task);
  g_autoptr(RlImportDialog) self = g_weak_ref_get (&job->dialog);
  g_autofree char *text = NULL;
  guint64 records;
  double fraction;

  g_mutex_lock (&job->mutex);
  records = job->records;
  fraction = job->fraction;
  job->pending = FALSE;
  g_mutex_unlock (&job->mutex);

  if (self == NULL || self->disposed || self->task != task)
    return G_SOURCE_REMOVE;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu record read",
                                       "%llu records read", records),
                          (unsigned long long) records);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_progress_bar_set_text (self->progress_bar, text);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker thread. */
static void
progress_cb (guint64  records,
             guint64  bytes_done,
             guint64  bytes_total,
             gpointer user_data)
{
  Job *job = user_data;
  gboolean schedule;

  if (job->cancel_on_progress)
    g_cancellable_cancel (g_task_get_cancellable (job->task));

  g_mutex_lock (&job->mutex);
  job->records = records;
  job->fraction = bytes_total > 0 ? (double) bytes_done / (double) bytes_total : 0.0;
  schedule = !job->pending;
  job->pending = TRUE;
  g_mutex_unlock (&job->mutex);

  if (schedule)
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, apply_progress,
                                g_object_ref (job->task), g_object_unref);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RlImportReport *report;

  store = rl_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  report = rl_import_package (store, job->package_path, job->dry_run, cancellable,
                              progress_cb, job, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) rl_import_report_free);
}

static guint64
report_records (RlImportReport *report)
{
  guint64 n = 0;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    n += report->added[c] + report->updated[c] + report->unchanged[c];
  return n;
}

static void
show_report (RlImportDialog *self)
{
  g_autofree char *text = rl_import_report_format (self->report);
  guint errors = rl_import_report_errors (self->report);
  g_autofree char *status = NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->report_view), text, -1);

  if (errors > 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The package has %u error. Nothing can be imported "
                                           "until it is fixed; the report lists it.",
                                           "The package has %u errors. Nothing can be imported "
                                           "until they are fixed; the report lists them.",
                                           errors),
                              errors);
  else if (self->report->dry_run)
    {
      guint64 n = report_records (self->report);

      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The package is valid: %llu record. Nothing has "
                                             "been written yet; Import writes it to the ledger.",
                                             "The package is valid: %llu records. Nothing has "
                                             "been written yet; Import writes them to the ledger.",
                                             n),
                                (unsigned long long) n);
    }
  else
    status = g_strdup (_("Imported. The report shows what changed."));

  set_status (self, status);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(RlImportDialog) self = g_weak_ref_get (&job->dialog);
  g_autoptr(GError) error = NULL;
  RlImportReport *report;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (self == NULL || self->disposed)
    {
      g_clear_pointer (&report, rl_import_report_free);
      return;
    }
  if (self->task == G_TASK (result))
    self->task = NULL;
  g_clear_object (&self->cancellable);

  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, job->dry_run ? _("The check was cancelled.")
                                       : _("The import was cancelled: the ledger is unchanged."));
      else
        set_status (self, error->message);
      update_actions (self);
      return;
    }

  g_clear_pointer (&self->report, rl_import_report_free);
  self->report = report;
  self->imported = report->written;
  show_report (self);
  update_actions (self);

  if (report->written && self->done != NULL)
    self->done (NULL, self->done_data);
}

static void
start_run (RlImportDialog *self,
           gboolean        dry_run)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (self->task == NULL && self->file != NULL);

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (rl_store_get_path (self->store));
  job->package_path = g_file_get_path (self->file);
  job->dry_run = dry_run;
  job->cancel_on_progress = self->cancel_on_progress;
  job->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->dialog, self);
  g_mutex_init (&job->mutex);
  self->cancel_on_progress = FALSE;

  self->cancellable = g_cancellable_new ();
  /* The task does not keep the dialog: destroying it cancels the run. */
  task = g_task_new (NULL, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, job, job_free);
  job->task = task;
  self->task = task;

  set_status (self, dry_run ? _("Checking the package; nothing is written…")
                            : _("Importing…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  update_actions (self);

  g_task_run_in_thread (task, import_thread);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  start_run (RL_IMPORT_DIALOG (widget), FALSE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlImportDialog *self = RL_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *text = _rl_import_dialog_dup_report_text (RL_IMPORT_DIALOG (widget));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

/* Closing the window while a run is under way cancels it: an import
 * nobody watches should not finish unseen. */
static gboolean
rl_import_dialog_close_request (GtkWindow *window)
{
  RlImportDialog *self = RL_IMPORT_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (rl_import_dialog_parent_class)->close_request (window);
}

static void
rl_import_dialog_dispose (GObject *object)
{
  RlImportDialog *self = RL_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->report, rl_import_report_free);

  G_OBJECT_CLASS (rl_import_dialog_parent_class)->dispose (object);
}

static void
rl_import_dialog_class_init (RlImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rl_import_dialog_dispose;
  window_class->close_request = rl_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RlImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, RlImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, RlImportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, RlImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RlImportDialog, report_view);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rl_import_dialog_init (RlImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     RlImportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  _rl_import_dialog_check_file (self, file);
}

static void
choose_package (RlImportDialog *self,
                GtkWindow      *parent)
{
  g_autoptr(GtkFileFilter) packages = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (packages, _("Exchange packages (*.json)"));
  gtk_file_filter_add_pattern (packages, "*.json");
  gtk_file_filter_add_mime_type (packages, "application/json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a Package to Import"), parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Check"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), packages);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

RlImportDialog *
_rl_import_dialog_new (GtkWindow     *parent,
                       RlStore       *store,
                       RlChangedFunc  done,
                       gpointer       user_data)
{
  RlImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  self = g_object_new (RL_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->done = done;
  self->done_data = user_data;

  return self;
}

void
_rl_import_dialog_check_file (RlImportDialog *self,
                              GFile          *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (RL_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->task == NULL);

  g_set_object (&self->file, file);
  g_clear_pointer (&self->report, rl_import_report_free);
  self->imported = FALSE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->report_view), "", -1);

  name = g_file_get_parse_name (file);
  gtk_label_set_text (self->file_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), name);
  start_run (self, TRUE);
}

static gboolean
wake_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
_rl_import_dialog_wait (RlImportDialog *self,
                        guint           timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout;

  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), FALSE);

  timeout = g_timeout_add (timeout_ms, wake_cb, &timed_out);
  while (self->task != NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return self->task == NULL;
}

gboolean
_rl_import_dialog_is_busy (RlImportDialog *self)
{
  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), FALSE);

  return self->task != NULL;
}

gboolean
_rl_import_dialog_can_import (RlImportDialog *self)
{
  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

RlImportReport *
_rl_import_dialog_get_report (RlImportDialog *self)
{
  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), NULL);

  return self->report;
}

char *
_rl_import_dialog_dup_report_text (RlImportDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->report_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

const char *
_rl_import_dialog_get_status (RlImportDialog *self)
{
  g_return_val_if_fail (RL_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->status_label);
}

void
_rl_import_dialog_cancel_on_progress (RlImportDialog *self)
{
  g_return_if_fail (RL_IS_IMPORT_DIALOG (self));

  self->cancel_on_progress = TRUE;
}

void
rl_import_dialog_present (GtkWindow      *parent,
                          RlStore        *store,
                          GFile          *file,
                          RlChangedFunc   done,
                          gpointer        user_data)
{
  RlImportDialog *self = _rl_import_dialog_new (parent, store, done, user_data);

  if (self == NULL)
    return;

  if (file == NULL)
    {
      choose_package (self, parent);
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  _rl_import_dialog_check_file (self, file);
}
