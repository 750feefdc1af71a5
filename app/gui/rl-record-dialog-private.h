/* rl-record-dialog-private.h: shared by the record dialog's files and tests
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "rl-dialogs.h"
#include "rl-row.h"

G_BEGIN_DECLS

/* One member's row in the form. */
typedef struct
{
  const RlMember *member;
  GtkWidget      *label;      /* mnemonic label */
  GtkWidget      *widget;     /* entry, drop-down, check button or list editor */
  GtkWidget      *ref_name;   /* REF: the name of the record it names */
  GtkWidget      *problem;    /* what is wrong with it, under the field */
  char           *odd_code;   /* CHOICE: a stored code not in the list (a newer program's) */
} RlFormField;

#define RL_TYPE_RECORD_DIALOG (rl_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RlRecordDialog, rl_record_dialog, RL, RECORD_DIALOG, GtkWindow)

struct _RlRecordDialog
{
  GtkWindow           parent_instance;

  RlStore            *store;
  const RlCollection *collection;
  char               *id;          /* NULL while adding */
  RlChangedFunc       done;
  gpointer            done_data;

  RlFormField         fields[RL_ROW_MAX_MEMBERS];
  guint               n_fields;
  guint               loading : 1;
  guint               pristine : 1;  /* a new record nobody has typed into yet */

  GtkGrid            *form_grid;
  GtkLabel           *message_label;
  GtkButton          *save_button;
};

/* rl-record-dialog-form.c */
void        _rl_record_dialog_build_form     (RlRecordDialog *self);
void        _rl_record_dialog_clear_form     (RlRecordDialog *self);
void        _rl_record_dialog_load_form      (RlRecordDialog *self,
                                              const RlRow    *row);
JsonObject *_rl_record_dialog_read_form      (RlRecordDialog *self);
void        _rl_record_dialog_update_ref     (RlRecordDialog *self,
                                              RlFormField    *field);
void        _rl_record_dialog_show_problems  (RlRecordDialog *self,
                                              GPtrArray      *problems);

/* rl-record-dialog.c */
void        _rl_record_dialog_form_changed   (RlRecordDialog *self);

/* For tests: the dialog without presenting it, and its parts. */
RlRecordDialog *_rl_record_dialog_new        (GtkWindow      *parent,
                                              RlStore        *store,
                                              RlCollectionId  collection,
                                              const char     *id,
                                              RlChangedFunc   done,
                                              gpointer        user_data);
GtkWidget  *_rl_record_dialog_get_form_widget   (RlRecordDialog *self,
                                                 const char     *member);
GtkWidget  *_rl_record_dialog_get_problem_label (RlRecordDialog *self,
                                                 const char     *member);
GtkWidget  *_rl_record_dialog_get_save_button   (RlRecordDialog *self);
const char *_rl_record_dialog_get_message       (RlRecordDialog *self);

G_END_DECLS
