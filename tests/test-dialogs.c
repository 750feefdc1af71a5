/* test-dialogs.c: the window's dialogs, driven through their own code paths
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rl-delete-dialog-private.h"
#include "rl-export-dialog-private.h"
#include "rl-history-dialog-private.h"
#include "rl-history-item.h"
#include "rl-import-dialog-private.h"
#include "rl-importer.h"
#include "rl-labels.h"
#include "rl-list-editor.h"
#include "rl-record-dialog-private.h"
#include "rl-store-edit.h"
#include "rl-store-query.h"
#include "rl-test-util.h"

#define COMPOUND "comp-7-000006"       /* 祥兰佳苑: 2,696 households, has a service */
#define COMMITTEE "oc-7-000008"        /* its owners' committee, 7 members */
#define WAIT_MS 60000

typedef struct
{
  RlStore *store;
  guint    n_done;
  char    *done_id;
} Fixture;

static void
import_sample (RlStore *store)
{
  g_autofree char *path = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = rl_import_package (store, path, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->written);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = rl_test_new_store ();
  if (GPOINTER_TO_INT (data))
    import_sample (fixture->store);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->done_id, g_free);
}

static void
done_cb (const char *id,
         gpointer    user_data)
{
  Fixture *fixture = user_data;

  fixture->n_done++;
  g_free (fixture->done_id);
  fixture->done_id = g_strdup (id);
}

static gint64
compound_households (RlStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlRecord) record = rl_store_get_record (store, RL_COLLECTION_COMPOUNDS, COMPOUND,
                                                    &error);
  int slot = rl_collection_member_index (rl_collection_get (RL_COLLECTION_COMPOUNDS),
                                         "households");

  g_assert_no_error (error);
  g_assert_cmpint (rl_record_get_row (record)->values[slot].type, ==, RL_VALUE_INT);
  return rl_record_get_row (record)->values[slot].i;
}

static void
set_text (RlRecordDialog *dialog,
          const char     *member,
          const char     *text)
{
  GtkWidget *entry = _rl_record_dialog_get_form_widget (dialog, member);

  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static gboolean
can_save (RlRecordDialog *dialog)
{
  return gtk_widget_get_sensitive (_rl_record_dialog_get_save_button (dialog));
}

static const char *
problem_shown (RlRecordDialog *dialog,
               const char     *member)
{
  GtkWidget *label = _rl_record_dialog_get_problem_label (dialog, member);

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Record dialog */

static void
test_record_edit_save_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  RlRecordDialog *dialog;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  RlAuditEntry *last;
  GtkWidget *id_entry, *households;

  g_assert_cmpint (compound_households (fixture->store), ==, 2696);

  dialog = g_object_ref_sink (_rl_record_dialog_new (NULL, fixture->store,
                                                     RL_COLLECTION_COMPOUNDS, COMPOUND,
                                                     done_cb, fixture));
  id_entry = _rl_record_dialog_get_form_widget (dialog, "id");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (id_entry)), ==, COMPOUND);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (id_entry)));
  households = _rl_record_dialog_get_form_widget (dialog, "households");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (households)), ==, "2696");

  set_text (dialog, "households", "-5");
  g_assert_false (can_save (dialog));
  set_text (dialog, "households", "2700");
  g_assert_true (can_save (dialog));
  g_assert_null (problem_shown (dialog, "households"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL);
  g_assert_null (_rl_record_dialog_get_message (dialog));
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpstr (fixture->done_id, ==, COMPOUND);
  g_object_unref (dialog);

  g_assert_cmpint (compound_households (fixture->store), ==, 2700);

  history = rl_store_history (fixture->store, "compounds", COMPOUND, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 2);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (last->member, ==, "households");
  g_assert_cmpstr (last->old_value, ==, "2696");
  g_assert_cmpstr (last->new_value, ==, "2700");
  g_assert_cmpint (last->change_set, ==, rl_store_last_change_set (fixture->store));

  /* The History dialog shows it on top. */
  {
    RlHistoryDialog *history_dialog =
      g_object_ref_sink (_rl_history_dialog_new (NULL, fixture->store,
                                                 RL_COLLECTION_COMPOUNDS, COMPOUND));
    GListModel *items = _rl_history_dialog_get_items (history_dialog);
    g_autoptr(RlHistoryItem) top = g_list_model_get_item (items, 0);
    g_autofree char *title = rl_member_title (rl_collection_get (RL_COLLECTION_COMPOUNDS),
                                              "households");
    g_autofree char *text = _rl_history_dialog_dup_text (history_dialog);

    g_assert_cmpuint (g_list_model_get_n_items (items), ==, history->len);
    g_assert_cmpstr (rl_history_item_get_member (top), ==, title);
    g_assert_nonnull (strstr (rl_history_item_get_change (top), "2696"));
    g_assert_nonnull (strstr (rl_history_item_get_change (top), "2700"));
    g_assert_nonnull (strstr (text, "2700"));
    gtk_window_destroy (GTK_WINDOW (history_dialog));
    g_object_unref (history_dialog);
  }

  g_assert_true (rl_store_undo (fixture->store, rl_store_last_change_set (fixture->store),
                                "test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (compound_households (fixture->store), ==, 2696);
}

static void
test_record_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RlRecordDialog) dialog =
    g_object_ref_sink (_rl_record_dialog_new (NULL, fixture->store, RL_COLLECTION_COMPOUNDS,
                                              COMPOUND, done_cb, fixture));
  gint64 audit = rl_store_audit_count (fixture->store);

  g_assert_true (can_save (dialog));

  set_text (dialog, "households", "-5");
  g_assert_false (can_save (dialog));
  g_assert_nonnull (problem_shown (dialog, "households"));
  g_assert_nonnull (strstr (problem_shown (dialog, "households"), "-5"));

  set_text (dialog, "households", "12.5");
  g_assert_false (can_save (dialog));
  g_assert_nonnull (problem_shown (dialog, "households"));

  set_text (dialog, "households", "2696");
  set_text (dialog, "red_property_since", "2026-02-30");
  g_assert_false (can_save (dialog));
  g_assert_null (problem_shown (dialog, "households"));
  g_assert_nonnull (strstr (problem_shown (dialog, "red_property_since"), "2026-02-30"));

  /* Saving is refused, not just disabled: nothing reaches the store. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL);
  g_assert_cmpuint (fixture->n_done, ==, 0);

  /* A reference to nothing passes the checks; the store refuses it. */
  set_text (dialog, "red_property_since", "2026-07-01");
  set_text (dialog, "community_id", "comm-nowhere");
  g_assert_true (can_save (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL);
  g_assert_cmpuint (fixture->n_done, ==, 0);
  g_assert_nonnull (problem_shown (dialog, "community_id"));
  g_assert_nonnull (strstr (problem_shown (dialog, "community_id"), "comm-nowhere"));
  g_assert_false (can_save (dialog));

  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);
  g_assert_cmpint (compound_households (fixture->store), ==, 2696);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_record_add (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RlRecordDialog) dialog =
    g_object_ref_sink (_rl_record_dialog_new (NULL, fixture->store, RL_COLLECTION_COMPOUNDS,
                                              NULL, done_cb, fixture));
  g_autoptr(RlRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *id_entry = _rl_record_dialog_get_form_widget (dialog, "id");

  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (id_entry)));
  g_assert_false (can_save (dialog));
  /* Nothing typed yet: the form does not open in red. */
  g_assert_null (problem_shown (dialog, "name"));

  set_text (dialog, "id", "comp-new-1");
  g_assert_nonnull (problem_shown (dialog, "name"));
  set_text (dialog, "community_id", "comm-7-000005");
  set_text (dialog, "name", "稻香苑");
  set_text (dialog, "households", "120");
  g_assert_null (problem_shown (dialog, "name"));
  g_assert_true (can_save (dialog));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL);
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpstr (fixture->done_id, ==, "comp-new-1");

  record = rl_store_get_record (fixture->store, RL_COLLECTION_COMPOUNDS, "comp-new-1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rl_row_get_text (rl_record_get_row (record), 2), ==, "稻香苑");
}

static void
test_record_people (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlRecordDialog) dialog =
    g_object_ref_sink (_rl_record_dialog_new (NULL, fixture->store, RL_COLLECTION_COMMITTEES,
                                              COMMITTEE, done_cb, fixture));
  RlListEditor *people = RL_LIST_EDITOR (_rl_record_dialog_get_form_widget (dialog, "members"));
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  RlAuditEntry *last;
  GtkWidget *name;

  g_assert_cmpuint (rl_list_editor_get_n_rows (people), ==, 7);
  g_assert_true (can_save (dialog));

  gtk_widget_activate_action (GTK_WIDGET (people), "list-editor.add", NULL);
  g_assert_cmpuint (rl_list_editor_get_n_rows (people), ==, 8);
  g_assert_false (can_save (dialog));
  g_assert_nonnull (problem_shown (dialog, "members"));

  name = rl_list_editor_get_row_widget (people, 7, 0);
  gtk_editable_set_text (GTK_EDITABLE (name), "王芳");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (rl_list_editor_get_row_widget (people, 7, 2)),
                               TRUE);
  g_assert_true (can_save (dialog));
  g_assert_null (problem_shown (dialog, "members"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL);
  g_assert_cmpuint (fixture->n_done, ==, 1);

  history = rl_store_history (fixture->store, "committees", COMMITTEE, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (last->member, ==, "members");
  g_assert_nonnull (strstr (last->new_value, "王芳"));
}

/* Delete dialog */

static void
test_delete_in_use (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog = g_object_ref_sink (_rl_delete_dialog_new (NULL, fixture->store,
                                                                RL_COLLECTION_COMPOUNDS,
                                                                COMPOUND, done_cb, fixture));
  g_autoptr(RlRecord) record = NULL;
  g_autofree char *question = NULL;
  g_autofree char *reason = NULL;
  GtkWidget *button;
  gint64 audit = rl_store_audit_count (fixture->store);

  g_object_get (dialog, "text", &question, NULL);
  g_assert_nonnull (strstr (question, "祥兰佳苑"));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_object_get (dialog, "secondary-text", &reason, NULL);
  g_assert_nonnull (reason);
  g_assert_cmpstr (reason, !=, "");
  button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_cmpuint (fixture->n_done, ==, 0);

  record = rl_store_get_record (fixture->store, RL_COLLECTION_COMPOUNDS, COMPOUND, NULL);
  g_assert_nonnull (record);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
test_delete_free (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RlRecordDialog) add =
    g_object_ref_sink (_rl_record_dialog_new (NULL, fixture->store, RL_COLLECTION_STREETS, NULL,
                                              NULL, NULL));
  g_autoptr(RlRecord) record = NULL;
  GtkWidget *dialog;

  set_text (add, "id", "street-lonely");
  set_text (add, "name", "孤街道");
  gtk_widget_activate_action (GTK_WIDGET (add), "record.save", NULL);

  dialog = g_object_ref_sink (_rl_delete_dialog_new (NULL, fixture->store, RL_COLLECTION_STREETS,
                                                     "street-lonely", done_cb, fixture));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpstr (fixture->done_id, ==, "street-lonely");
  record = rl_store_get_record (fixture->store, RL_COLLECTION_STREETS, "street-lonely", NULL);
  g_assert_null (record);
  g_object_unref (dialog);

  /* Its History still tells: added, then deleted, the latest on top. */
  {
    RlHistoryDialog *history =
      g_object_ref_sink (_rl_history_dialog_new (NULL, fixture->store, RL_COLLECTION_STREETS,
                                                 "street-lonely"));
    GListModel *items = _rl_history_dialog_get_items (history);
    g_autoptr(RlHistoryItem) top = g_list_model_get_item (items, 0);
    g_autoptr(RlHistoryItem) first = g_list_model_get_item (items, 1);

    g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
    g_assert_cmpstr (rl_history_item_get_member (top), ==, _("deleted"));
    g_assert_cmpstr (rl_history_item_get_member (first), ==, _("added"));
    gtk_window_destroy (GTK_WINDOW (history));
    g_object_unref (history);
  }
}

/* Import dialog */

static RlImportDialog *
check_package (Fixture    *fixture,
               const char *name)
{
  RlImportDialog *dialog = g_object_ref_sink (_rl_import_dialog_new (NULL, fixture->store,
                                                                     done_cb, fixture));
  g_autofree char *path = rl_test_data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _rl_import_dialog_check_file (dialog, file);
  g_assert_true (_rl_import_dialog_is_busy (dialog));
  g_assert_false (_rl_import_dialog_can_import (dialog));
  g_assert_true (_rl_import_dialog_wait (dialog, WAIT_MS));
  g_assert_nonnull (_rl_import_dialog_get_report (dialog));
  g_assert_true (_rl_import_dialog_get_report (dialog)->dry_run);

  return dialog;
}

static void
test_import_bad_package (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RlImportDialog) dialog = check_package (fixture, "bad-package.json");
  g_autofree char *text = _rl_import_dialog_dup_report_text (dialog);

  g_assert_cmpuint (rl_import_report_errors (_rl_import_dialog_get_report (dialog)), ==, 12);
  g_assert_false (_rl_import_dialog_can_import (dialog));
  g_assert_nonnull (strstr (text, "castle"));
  g_assert_nonnull (strstr (text, "2026-02-30"));
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==, 0);

  /* Import is refused even when asked for directly. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_false (_rl_import_dialog_is_busy (dialog));
  g_assert_cmpuint (fixture->n_done, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import_sample (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportDialog) dialog = check_package (fixture, "jinghe-2026.json");
  RlImportReport *report = _rl_import_dialog_get_report (dialog);

  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_cmpuint (report->added[RL_COLLECTION_COMPOUNDS], >, 0);
  g_assert_true (_rl_import_dialog_can_import (dialog));
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_true (_rl_import_dialog_is_busy (dialog));
  g_assert_true (_rl_import_dialog_wait (dialog, WAIT_MS));

  report = _rl_import_dialog_get_report (dialog);
  g_assert_true (report->written);
  g_assert_false (_rl_import_dialog_can_import (dialog));
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_null (fixture->done_id);
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==,
                   report->added[RL_COLLECTION_COMPOUNDS]);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlImportDialog) dialog = check_package (fixture, "jinghe-2026.json");
  gint64 audit = rl_store_audit_count (fixture->store);

  _rl_import_dialog_cancel_on_progress (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_true (_rl_import_dialog_wait (dialog, WAIT_MS));

  g_assert_cmpuint (fixture->n_done, ==, 0);
  g_assert_cmpint (rl_store_count (fixture->store, RL_COLLECTION_COMPOUNDS), ==, 0);
  g_assert_cmpint (rl_store_audit_count (fixture->store), ==, audit);
  /* The dry run still stands: Import can be asked for again. */
  g_assert_true (_rl_import_dialog_get_report (dialog)->dry_run);
  g_assert_true (_rl_import_dialog_can_import (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Export dialog */

static void
test_export_street (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RlExportDialog) dialog = g_object_ref_sink (_rl_export_dialog_new (NULL,
                                                                               fixture->store));
  GtkDropDown *scope = _rl_export_dialog_get_scope (dialog);
  g_autofree char *path = rl_test_temp_path ("street.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RlStore) copy = NULL;
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (scope)), ==,
                    1 + rl_store_count (fixture->store, RL_COLLECTION_STREETS));
  gtk_drop_down_set_selected (scope, 1);

  _rl_export_dialog_export_to (dialog, file);
  g_assert_true (_rl_export_dialog_wait (dialog, WAIT_MS));
  g_assert_nonnull (strstr (_rl_export_dialog_get_result (dialog), path));

  /* The street's package imports on its own. */
  {
    g_autofree char *copy_path = rl_test_temp_path ("copy.redledger");

    copy = rl_store_open (copy_path, &error);
    g_assert_no_error (error);
  }
  report = rl_import_package (copy, path, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_cmpint (rl_store_count (copy, RL_COLLECTION_STREETS), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  /* In Chinese when the locale is there, as people use it. */
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  /* No accessibility bus under Xvfb. */
  g_setenv ("GTK_A11Y", "none", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!gtk_init_check ())
    {
      g_test_message ("no display: run under Xvfb (build-aux/dev test)");
      return 77;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REDLEDGER_LOCALEDIR") != NULL
                                   ? g_getenv ("REDLEDGER_LOCALEDIR") : RL_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#define ADD(path, func, sample) \
  g_test_add (path, Fixture, GINT_TO_POINTER (sample), fixture_setup, func, fixture_teardown)

  ADD ("/gui/record-dialog/edit-save-undo", test_record_edit_save_undo, TRUE);
  ADD ("/gui/record-dialog/refused", test_record_refused, TRUE);
  ADD ("/gui/record-dialog/add", test_record_add, TRUE);
  ADD ("/gui/record-dialog/people", test_record_people, TRUE);
  ADD ("/gui/delete-dialog/in-use", test_delete_in_use, TRUE);
  ADD ("/gui/delete-dialog/free", test_delete_free, TRUE);
  ADD ("/gui/import-dialog/bad-package", test_import_bad_package, FALSE);
  ADD ("/gui/import-dialog/import", test_import_sample, FALSE);
  ADD ("/gui/import-dialog/cancel", test_import_cancel, FALSE);
  ADD ("/gui/export-dialog/street", test_export_street, TRUE);

  return g_test_run ();
}
