/* rl-record-dialog-form.c: the record dialog's form, made from the members
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rl-labels.h"
#include "rl-list-editor.h"
#include "rl-problem.h"
#include "rl-record-dialog-private.h"
#include "rl-store-query.h"

static gboolean
is_entry_member (const RlMember *member)
{
  switch (member->type)
    {
    case RL_MEMBER_CHOICE:
    case RL_MEMBER_BOOL:
    case RL_MEMBER_PEOPLE:
    case RL_MEMBER_LINKS:
    case RL_MEMBER_RATINGS:
      return FALSE;
    case RL_MEMBER_ID:
    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    case RL_MEMBER_INT:
    case RL_MEMBER_NUMBER:
    case RL_MEMBER_DATE:
    case RL_MEMBER_TIMESTAMP:
    case RL_MEMBER_QUARTER:
    case RL_MEMBER_CREDIT_CODE:
    default:
      return TRUE;
    }
}

/* An optional choice starts with "—", for no value. */
static guint
choice_offset (const RlMember *member)
{
  return member->required ? 0 : 1;
}

static GtkWidget *
new_entry (RlRecordDialog *self,
           const RlMember *member)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_hexpand (entry, TRUE);

  switch (member->type)
    {
    case RL_MEMBER_DATE:
      /* Translators: the placeholder of a date field; the format itself must stay */
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
      break;
    case RL_MEMBER_TIMESTAMP:
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2026-07-03T08:15:00+08:00");
      break;
    case RL_MEMBER_QUARTER:
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2026Q3");
      break;
    case RL_MEMBER_INT:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
      break;
    case RL_MEMBER_NUMBER:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      break;
    case RL_MEMBER_ID:
      gtk_editable_set_editable (GTK_EDITABLE (entry), self->id == NULL);
      gtk_widget_set_can_focus (entry, self->id == NULL);
      break;
    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    case RL_MEMBER_CREDIT_CODE:
    case RL_MEMBER_CHOICE:
    case RL_MEMBER_BOOL:
    case RL_MEMBER_PEOPLE:
    case RL_MEMBER_LINKS:
    case RL_MEMBER_RATINGS:
    default:
      break;
    }

  g_signal_connect_object (entry, "changed", G_CALLBACK (_rl_record_dialog_form_changed), self,
                           G_CONNECT_SWAPPED);
  return entry;
}

static void
ref_changed_cb (GtkEditable    *entry,
                RlRecordDialog *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    if (self->fields[i].widget == GTK_WIDGET (entry))
      _rl_record_dialog_update_ref (self, &self->fields[i]);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  RlRecordDialog *self)
{
  gtk_check_button_set_inconsistent (check, FALSE);
  _rl_record_dialog_form_changed (self);
}

static GtkWidget *
new_drop_down (RlRecordDialog *self,
               const RlMember *member)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  if (choice_offset (member) > 0)
    gtk_string_list_append (labels, "—");
  for (guint i = 0; member->choices[i] != NULL; i++)
    gtk_string_list_append (labels, rl_choice_label (member->choices, member->choices[i]));

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_START);
  g_signal_connect_object (drop_down, "notify::selected",
                           G_CALLBACK (_rl_record_dialog_form_changed), self, G_CONNECT_SWAPPED);
  return drop_down;
}

static GtkWidget *
new_field_widget (RlRecordDialog *self,
                  RlFormField    *field)
{
  const RlMember *member = field->member;
  GtkWidget *widget;

  switch (member->type)
    {
    case RL_MEMBER_CHOICE:
      return new_drop_down (self, member);

    case RL_MEMBER_BOOL:
      widget = gtk_check_button_new ();
      gtk_check_button_set_inconsistent (GTK_CHECK_BUTTON (widget), TRUE);
      g_signal_connect_object (widget, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      return widget;

    case RL_MEMBER_PEOPLE:
    case RL_MEMBER_LINKS:
    case RL_MEMBER_RATINGS:
      widget = rl_list_editor_new (member);
      gtk_widget_set_hexpand (widget, TRUE);
      g_signal_connect_object (widget, "changed", G_CALLBACK (_rl_record_dialog_form_changed),
                               self, G_CONNECT_SWAPPED);
      return widget;

    case RL_MEMBER_ID:
    case RL_MEMBER_TEXT:
    case RL_MEMBER_REF:
    case RL_MEMBER_INT:
    case RL_MEMBER_NUMBER:
    case RL_MEMBER_DATE:
    case RL_MEMBER_TIMESTAMP:
    case RL_MEMBER_QUARTER:
    case RL_MEMBER_CREDIT_CODE:
    default:
      widget = new_entry (self, member);
      if (member->type == RL_MEMBER_REF)
        g_signal_connect_object (widget, "changed", G_CALLBACK (ref_changed_cb), self, 0);
      return widget;
    }
}

void
_rl_record_dialog_build_form (RlRecordDialog *self)
{
  const RlCollection *collection = self->collection;
  int top = 0;

  self->n_fields = collection->n_members;
  for (guint i = 0; i < collection->n_members; i++)
    {
      RlFormField *field = &self->fields[i];
      g_autofree char *title = NULL;
      GtkWidget *holder;

      field->member = &collection->members[i];
      field->widget = new_field_widget (self, field);
      holder = field->widget;

      field->label = gtk_label_new_with_mnemonic (rl_member_label (collection,
                                                                   field->member->name));
      gtk_label_set_mnemonic_widget (GTK_LABEL (field->label), field->widget);
      gtk_label_set_xalign (GTK_LABEL (field->label), 1.0);
      gtk_widget_set_valign (field->label, is_entry_member (field->member)
                                           || field->member->type == RL_MEMBER_CHOICE
                                           ? GTK_ALIGN_CENTER : GTK_ALIGN_START);
      title = rl_strip_mnemonic (gtk_label_get_label (GTK_LABEL (field->label)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);

      if (field->member->type == RL_MEMBER_REF)
        {
          holder = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          field->ref_name = gtk_label_new (NULL);
          gtk_label_set_ellipsize (GTK_LABEL (field->ref_name), PANGO_ELLIPSIZE_END);
          gtk_label_set_width_chars (GTK_LABEL (field->ref_name), 16);
          gtk_label_set_xalign (GTK_LABEL (field->ref_name), 0.0);
          gtk_widget_add_css_class (field->ref_name, "dim-label");
          gtk_box_append (GTK_BOX (holder), field->widget);
          gtk_box_append (GTK_BOX (holder), field->ref_name);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (field->widget),
                                          GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                          field->ref_name, NULL,
                                          -1);
        }

      field->problem = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (field->problem), TRUE);
      gtk_label_set_xalign (GTK_LABEL (field->problem), 0.0);
      gtk_label_set_selectable (GTK_LABEL (field->problem), TRUE);
      gtk_widget_set_visible (field->problem, FALSE);
      gtk_widget_add_css_class (field->problem, "error");
      gtk_widget_add_css_class (field->problem, "caption");

      gtk_grid_attach (self->form_grid, field->label, 0, top, 1, 1);
      gtk_grid_attach (self->form_grid, holder, 1, top, 1, 1);
      gtk_grid_attach (self->form_grid, field->problem, 1, top + 1, 1, 1);
      top += 2;
    }
}

void
_rl_record_dialog_clear_form (RlRecordDialog *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    g_clear_pointer (&self->fields[i].odd_code, g_free);
}

static void
load_choice (RlFormField   *field,
             const RlValue *value)
{
  const RlMember *member = field->member;
  GtkDropDown *drop_down = GTK_DROP_DOWN (field->widget);
  guint offset = choice_offset (member);

  if (value->type != RL_VALUE_TEXT)
    {
      gtk_drop_down_set_selected (drop_down, 0);
      return;
    }

  for (guint k = 0; member->choices[k] != NULL; k++)
    if (g_strcmp0 (member->choices[k], value->text) == 0)
      {
        gtk_drop_down_set_selected (drop_down, k + offset);
        return;
      }

  /* A code this program does not know: keep it selectable as it is. */
  field->odd_code = g_strdup (value->text);
  gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)), value->text);
  gtk_drop_down_set_selected (drop_down,
                              g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)) - 1);
}

static char *
entry_text (const RlMember *member,
            const RlValue  *value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (value->type)
    {
    case RL_VALUE_INT:
      return g_strdup_printf ("%lld", (long long) value->i);
    case RL_VALUE_REAL:
      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", value->d));
    case RL_VALUE_TEXT:
      return g_strdup (value->text);
    case RL_VALUE_NULL:
    default:
      return g_strdup ("");
    }
}

void
_rl_record_dialog_load_form (RlRecordDialog *self,
                             const RlRow    *row)
{
  self->loading = TRUE;

  for (guint i = 0; i < self->n_fields; i++)
    {
      RlFormField *field = &self->fields[i];
      const RlValue *value = &row->values[i];

      switch (field->member->type)
        {
        case RL_MEMBER_CHOICE:
          load_choice (field, value);
          break;

        case RL_MEMBER_BOOL:
          gtk_check_button_set_active (GTK_CHECK_BUTTON (field->widget),
                                       value->type == RL_VALUE_INT && value->i != 0);
          gtk_check_button_set_inconsistent (GTK_CHECK_BUTTON (field->widget),
                                             value->type == RL_VALUE_NULL);
          break;

        case RL_MEMBER_PEOPLE:
        case RL_MEMBER_LINKS:
        case RL_MEMBER_RATINGS:
          rl_list_editor_load (RL_LIST_EDITOR (field->widget),
                               value->type == RL_VALUE_TEXT ? value->text : NULL);
          break;

        case RL_MEMBER_ID:
        case RL_MEMBER_TEXT:
        case RL_MEMBER_REF:
        case RL_MEMBER_INT:
        case RL_MEMBER_NUMBER:
        case RL_MEMBER_DATE:
        case RL_MEMBER_TIMESTAMP:
        case RL_MEMBER_QUARTER:
        case RL_MEMBER_CREDIT_CODE:
        default:
          {
            g_autofree char *text = entry_text (field->member, value);
            gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
          }
          break;
        }
    }

  self->loading = FALSE;
}

/* Numbers are passed on as typed when they do not parse, so that the checks
 * say what is wrong with them, in their own words. */
static void
read_entry (RlFormField *field,
            JsonObject  *record)
{
  const char *name = field->member->name;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->widget));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  /* Blank text members go to the checks, which know which may be empty. */
  if (text[0] == '\0' || (stripped[0] == '\0' && field->member->type != RL_MEMBER_TEXT))
    return;

  if (field->member->type == RL_MEMBER_INT)
    {
      gint64 value;

      if (g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &value, NULL))
        {
          json_object_set_int_member (record, name, value);
          return;
        }
    }
  else if (field->member->type == RL_MEMBER_NUMBER)
    {
      char *end = NULL;
      double value = g_ascii_strtod (stripped, &end);

      if (end != NULL && *end == '\0' && isfinite (value))
        {
          json_object_set_double_member (record, name, value);
          return;
        }
    }

  json_object_set_string_member (record, name, text);
}

JsonObject *
_rl_record_dialog_read_form (RlRecordDialog *self)
{
  JsonObject *record = json_object_new ();

  for (guint i = 0; i < self->n_fields; i++)
    {
      RlFormField *field = &self->fields[i];
      const RlMember *member = field->member;

      switch (member->type)
        {
        case RL_MEMBER_CHOICE:
          {
            guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));
            guint offset = choice_offset (member);
            guint n_choices = g_strv_length ((char **) member->choices);

            if (selected == GTK_INVALID_LIST_POSITION || selected < offset)
              break;
            if (selected - offset < n_choices)
              json_object_set_string_member (record, member->name,
                                             member->choices[selected - offset]);
            else if (field->odd_code != NULL)
              json_object_set_string_member (record, member->name, field->odd_code);
          }
          break;

        case RL_MEMBER_BOOL:
          {
            GtkCheckButton *check = GTK_CHECK_BUTTON (field->widget);

            if (!gtk_check_button_get_inconsistent (check))
              json_object_set_boolean_member (record, member->name,
                                              gtk_check_button_get_active (check));
          }
          break;

        case RL_MEMBER_PEOPLE:
        case RL_MEMBER_LINKS:
        case RL_MEMBER_RATINGS:
          {
            JsonNode *node = rl_list_editor_dup_value (RL_LIST_EDITOR (field->widget));

            if (node != NULL)
              json_object_set_member (record, member->name, node);
          }
          break;

        case RL_MEMBER_ID:
          if (self->id != NULL)
            {
              json_object_set_string_member (record, member->name, self->id);
              break;
            }
          G_GNUC_FALLTHROUGH;
        case RL_MEMBER_TEXT:
        case RL_MEMBER_REF:
        case RL_MEMBER_INT:
        case RL_MEMBER_NUMBER:
        case RL_MEMBER_DATE:
        case RL_MEMBER_TIMESTAMP:
        case RL_MEMBER_QUARTER:
        case RL_MEMBER_CREDIT_CODE:
        default:
          read_entry (field, record);
          break;
        }
    }

  return record;
}

void
_rl_record_dialog_update_ref (RlRecordDialog *self,
                              RlFormField    *field)
{
  const RlCollection *target = rl_collection_lookup (field->member->ref);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->widget));
  g_autofree char *id = g_strstrip (g_strdup (text));
  g_autoptr(RlRecord) record = NULL;
  g_autofree char *name = NULL;

  if (target == NULL || id[0] == '\0')
    {
      gtk_label_set_text (GTK_LABEL (field->ref_name), "");
      return;
    }

  record = rl_store_get_record (self->store, rl_collection_index (target), id, NULL);
  if (record == NULL)
    {
      /* Translators: shown beside a field naming a record by its id */
      gtk_label_set_text (GTK_LABEL (field->ref_name), _("not in the ledger"));
      return;
    }

  if (rl_collection_find_member (target, "name") != NULL)
    name = rl_record_dup_display (record, "name");
  gtk_label_set_text (GTK_LABEL (field->ref_name), name != NULL ? name : "✓");
  gtk_widget_set_tooltip_text (field->ref_name, name);
}

/* "members[2]" and "items.security" are problems of "members" and "items". */
static RlFormField *
field_for_problem (RlRecordDialog *self,
                   const char     *member,
                   const char    **detail)
{
  *detail = NULL;
  if (member == NULL)
    return NULL;

  for (guint i = 0; i < self->n_fields; i++)
    {
      const char *name = self->fields[i].member->name;
      gsize len = strlen (name);

      if (strncmp (member, name, len) == 0
          && (member[len] == '\0' || member[len] == '[' || member[len] == '.'))
        {
          *detail = member[len] != '\0' ? member + len : NULL;
          return &self->fields[i];
        }
    }

  return NULL;
}

static char *
problem_text (const RlProblem *problem,
              const char      *detail)
{
  const char *message = problem->error->message;
  guint64 row;

  if (detail == NULL)
    return problem->warning ? g_strdup_printf (_("warning: %s"), message) : g_strdup (message);

  if (detail[0] == '[')
    {
      g_autofree char *digits = g_strndup (detail + 1, strcspn (detail + 1, "]"));

      if (g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT - 1, &row, NULL))
        /* Translators: a problem with one row of a list in a form:
         * "row 3: the person’s name is empty" */
        return g_strdup_printf (_("row %u: %s"), (guint) row + 1, message);
    }

  return g_strdup_printf ("%s: %s", detail + 1, message);
}

void
_rl_record_dialog_show_problems (RlRecordDialog *self,
                                 GPtrArray      *problems)
{
  g_autoptr(GString) unplaced = g_string_new (NULL);
  GString *texts[RL_ROW_MAX_MEMBERS] = { NULL, };

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const RlProblem *problem = g_ptr_array_index (problems, i);
      const char *detail;
      RlFormField *field = field_for_problem (self, problem->member, &detail);
      g_autofree char *text = NULL;

      if (field == NULL)
        {
          g_autofree char *described = rl_problem_describe (problem);

          if (unplaced->len > 0)
            g_string_append_c (unplaced, '\n');
          g_string_append (unplaced, described);
          continue;
        }

      text = problem_text (problem, detail);
      if (texts[field - self->fields] == NULL)
        texts[field - self->fields] = g_string_new (text);
      else
        g_string_append_printf (texts[field - self->fields], "\n%s", text);
    }

  for (guint i = 0; i < self->n_fields; i++)
    {
      RlFormField *field = &self->fields[i];

      gtk_label_set_text (GTK_LABEL (field->problem), texts[i] != NULL ? texts[i]->str : "");
      gtk_widget_set_visible (field->problem, texts[i] != NULL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   texts[i] != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                                    : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      if (texts[i] != NULL)
        g_string_free (texts[i], TRUE);
    }

  gtk_label_set_text (self->message_label, unplaced->str);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), unplaced->len > 0);
}
