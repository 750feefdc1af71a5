/* rl-window-actions.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "rl-demo.h"
#include "rl-dialogs.h"
#include "rl-preferences-window.h"
#include "rl-store-edit.h"
#include "rl-window-private.h"

/* A dialog's done callback: the ledger changed. */
void
_rl_window_changed_cb (const char *id,
                       gpointer    user_data)
{
  _rl_window_ledger_changed (RL_WINDOW (user_data), id);
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  RlWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      path = file ? g_file_get_path (file) : NULL;
      if (path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Only ledgers on this computer can be opened"));
      if (path == NULL || !rl_window_open_ledger (self, path, &error))
        rl_window_show_error (self, _("The ledger could not be opened"), error);
    }
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);
  GtkFileChooserNative *native;
  GtkFileFilter *filter;

  native = gtk_file_chooser_native_new (_("Open a Ledger"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Ledgers"));
  gtk_file_filter_add_pattern (filter, "*.redledger");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  if (self->store != NULL)
    {
      g_autoptr(GFile) current = g_file_new_for_path (rl_store_get_path (self->store));
      g_autoptr(GFile) folder = g_file_get_parent (current);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);

  if (self->store != NULL)
    rl_import_dialog_present (GTK_WINDOW (self), self->store, NULL, _rl_window_changed_cb, self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);

  if (self->store != NULL)
    rl_export_dialog_present (GTK_WINDOW (self), self->store);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Undoes the newest change made in this window that is not undone yet. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 change_set;

  if (self->store == NULL || self->undo_stack->len == 0)
    return;

  change_set = g_array_index (self->undo_stack, gint64, self->undo_stack->len - 1);
  if (!rl_store_undo (self->store, change_set, _("undo in window"), &error))
    rl_window_show_error (self, _("The change could not be undone"), error);
  else
    g_array_set_size (self->undo_stack, self->undo_stack->len - 1);
  self->seen_change_set = rl_store_last_change_set (self->store);
  _rl_window_reload (self, NULL);
}

static void
page_action (RlWindow   *self,
             const char *page_action_name)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);

  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (page), page_action_name, NULL);
}

static void
add_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  page_action (RL_WINDOW (widget), "page.add");
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  page_action (RL_WINDOW (widget), "page.history");
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  const RlCollection *collection = rl_collection_lookup (name);

  if (g_strcmp0 (name, "overview") == 0)
    gtk_stack_set_visible_child (self->page_stack, GTK_WIDGET (self->overview_page));
  else if (collection != NULL)
    _rl_window_show_page (self, rl_collection_index (collection));
}

/* Targets are not undone with Ctrl+Z (undo reverts records); their changes
 * are in the audit log all the same. */
static void
preferences_saved_cb (const char *id,
                      gpointer    user_data)
{
  RlWindow *self = RL_WINDOW (user_data);

  if (self->store != NULL)
    self->seen_change_set = rl_store_last_change_set (self->store);
  _rl_window_reload (self, NULL);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);
  const char *date = rl_overview_page_get_date (self->overview_page);
  g_autofree char *today = rl_rates_today ();

  /* The year the Overview shows. */
  if (self->store != NULL)
    rl_preferences_window_present (GTK_WINDOW (self), self->store,
                                   atoi (date != NULL ? date : today),
                                   preferences_saved_cb, self);
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = NULL;
  guint64 n_records = 0;

  /* A connection of its own: the window's stays with the main thread. */
  if ((store = rl_store_open (path, &error)) == NULL
      || !rl_demo_generate (store, RL_DEMO_STREET, 1, cancellable, &n_records, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
demo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  RlWindow *self = RL_WINDOW (object);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->busy);
  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rl_window_show_error (self, _("The demo ledger could not be made"), error);
  if (self->store != NULL)
    self->seen_change_set = rl_store_last_change_set (self->store);
  _rl_window_reload (self, NULL);
}

static void
create_demo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RlWindow *self = RL_WINDOW (widget);
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL || self->busy != NULL)
    return;

  self->busy = g_cancellable_new ();
  task = g_task_new (self, self->busy, demo_done_cb, NULL);
  g_task_set_source_tag (task, create_demo_action);
  g_task_set_task_data (task, g_strdup (rl_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, demo_thread);
  _rl_window_reload (self, NULL);
}

void
_rl_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct
  {
    const char *page;
    guint       key;
  } pages[] = {
    { "compounds", GDK_KEY_1 }, { "firms", GDK_KEY_2 }, { "services", GDK_KEY_3 },
    { "committees", GDK_KEY_4 }, { "party_orgs", GDK_KEY_5 }, { "instructors", GDK_KEY_6 },
  };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.add-record", NULL, add_record_action);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.create-demo", NULL, create_demo_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add-record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "win.history", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_ALT_MASK,
                                       "win.show-page", "s", "overview");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, pages[i].key, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i].page);
}
