/* rl-list-editor.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-list-editor.h"

#define MAX_COLUMNS 4

typedef struct
{
  GtkWidget *box;
  GtkWidget *cells[MAX_COLUMNS];
} Row;

struct _RlListEditor
{
  GtkBox          parent_instance;

  const RlMember *member;
  GPtrArray      *rows;        /* Row */
  gboolean        had_value;   /* loaded from a stored list, even an empty one */

  GtkBox         *rows_box;
  GtkButton      *add_button;
};

G_DEFINE_FINAL_TYPE (RlListEditor, rl_list_editor, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (RlListEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static const char *const *
kind_codes (RlListEditor *self)
{
  return self->member->type == RL_MEMBER_PEOPLE ? rl_people_roles () : self->member->choices;
}

static GtkWidget *
choice_drop_down (const char *const *codes)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (labels, rl_choice_label (codes, codes[i]));

  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
}

static const char *
column_title (RlListEditor *self,
              guint         column)
{
  switch (self->member->type)
    {
    case RL_MEMBER_PEOPLE:
      {
        const char *titles[] = { _("Name"), _("Role"), _("Party member"), _("Cross-post") };
        return titles[column];
      }
    case RL_MEMBER_LINKS:
      return column == 0 ? _("Kind") : _("ID");
    case RL_MEMBER_RATINGS:
      return column == 0 ? _("Item") : _("Rating (1–5)");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Row numbers are part of the accessible labels, so they follow removals. */
static void
label_rows (RlListEditor *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < MAX_COLUMNS && row->cells[c] != NULL; c++)
        {
          /* Translators: the accessible label of a cell in a form's list: "Name, row 2" */
          g_autofree char *label = g_strdup_printf (_("%s, row %u"), column_title (self, c), r + 1);

          gtk_accessible_update_property (GTK_ACCESSIBLE (row->cells[c]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
    }
}

static void
remove_clicked_cb (RlListEditor *self,
                   GtkButton    *button)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      if (gtk_widget_is_ancestor (GTK_WIDGET (button), row->box))
        {
          gtk_box_remove (self->rows_box, row->box);
          g_ptr_array_remove_index (self->rows, r);
          break;
        }
    }

  label_rows (self);
  emit_changed (self);
}

static GtkWidget *
add_entry (RlListEditor *self,
           Row          *row,
           guint         column,
           const char   *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), column_title (self, column));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_hexpand (entry, TRUE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
  row->cells[column] = entry;
  return entry;
}

static GtkWidget *
add_drop_down (RlListEditor      *self,
               Row               *row,
               guint              column,
               const char *const *codes,
               const char        *code)
{
  GtkWidget *drop_down = choice_drop_down (codes);

  for (guint i = 0; code != NULL && codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  row->cells[column] = drop_down;
  return drop_down;
}

static GtkWidget *
add_check (RlListEditor *self,
           Row          *row,
           guint         column,
           gboolean      active)
{
  GtkWidget *check = gtk_check_button_new_with_label (column_title (self, column));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect_object (check, "toggled", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
  row->cells[column] = check;
  return check;
}

/* @a and @b: name and role, kind and id, or item and rating. */
static void
append_row (RlListEditor *self,
            const char   *a,
            const char   *b,
            gboolean      party_member,
            gboolean      cross_post)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *remove;

  row->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  switch (self->member->type)
    {
    case RL_MEMBER_PEOPLE:
      gtk_box_append (GTK_BOX (row->box), add_entry (self, row, 0, a));
      gtk_box_append (GTK_BOX (row->box), add_drop_down (self, row, 1, kind_codes (self), b));
      gtk_box_append (GTK_BOX (row->box), add_check (self, row, 2, party_member));
      gtk_box_append (GTK_BOX (row->box), add_check (self, row, 3, cross_post));
      break;

    case RL_MEMBER_LINKS:
      gtk_box_append (GTK_BOX (row->box), add_drop_down (self, row, 0, kind_codes (self), a));
      gtk_box_append (GTK_BOX (row->box), add_entry (self, row, 1, b));
      break;

    case RL_MEMBER_RATINGS:
    default:
      gtk_box_append (GTK_BOX (row->box), add_entry (self, row, 0, a));
      gtk_box_append (GTK_BOX (row->box), add_entry (self, row, 1, b));
      gtk_editable_set_width_chars (GTK_EDITABLE (row->cells[1]), 6);
      gtk_widget_set_hexpand (row->cells[1], FALSE);
      break;
    }

  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove this row"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this row"),
                                  -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (row->box), remove);

  gtk_box_append (self->rows_box, row->box);
  g_ptr_array_add (self->rows, row);
  label_rows (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RlListEditor *self = RL_LIST_EDITOR (widget);
  Row *row;

  rl_list_editor_add_row (self);
  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  gtk_widget_grab_focus (row->cells[0]);
}

/* The member's mnemonic label focuses the first row, or Add when empty. */
static gboolean
rl_list_editor_mnemonic_activate (GtkWidget *widget,
                                  gboolean   group_cycling)
{
  RlListEditor *self = RL_LIST_EDITOR (widget);

  if (self->rows->len > 0)
    return gtk_widget_grab_focus (((Row *) g_ptr_array_index (self->rows, 0))->cells[0]);
  return gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
rl_list_editor_dispose (GObject *object)
{
  RlListEditor *self = RL_LIST_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_LIST_EDITOR);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rl_list_editor_parent_class)->dispose (object);
}

static void
rl_list_editor_class_init (RlListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_list_editor_dispose;
  widget_class->mnemonic_activate = rl_list_editor_mnemonic_activate;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-list-editor.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "rows", FALSE,
                                             G_STRUCT_OFFSET (RlListEditor, rows_box));
  gtk_widget_class_bind_template_child (widget_class, RlListEditor, add_button);
  gtk_widget_class_install_action (widget_class, "list-editor.add", NULL, add_action);
}

static void
rl_list_editor_init (RlListEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new_with_free_func (g_free);
}

GtkWidget *
rl_list_editor_new (const RlMember *member)
{
  RlListEditor *self;

  g_return_val_if_fail (member->type == RL_MEMBER_PEOPLE
                        || member->type == RL_MEMBER_LINKS
                        || member->type == RL_MEMBER_RATINGS, NULL);

  self = g_object_new (RL_TYPE_LIST_EDITOR, NULL);
  self->member = member;
  if (member->type == RL_MEMBER_PEOPLE)
    gtk_button_set_label (self->add_button, _("A_dd Person"));

  return GTK_WIDGET (self);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* @json: the stored value (a checked list, or object of ratings), or NULL. */
void
rl_list_editor_load (RlListEditor *self,
                     const char   *json)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (RL_IS_LIST_EDITOR (self));

  while (self->rows->len > 0)
    {
      gtk_box_remove (self->rows_box, ((Row *) g_ptr_array_index (self->rows, 0))->box);
      g_ptr_array_remove_index (self->rows, 0);
    }

  self->had_value = json != NULL;
  if (json == NULL || (node = json_from_string (json, NULL)) == NULL)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node) && self->member->type == RL_MEMBER_RATINGS)
    {
      JsonObjectIter iter;
      const char *item;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &item, &value))
        {
          g_autofree char *rating = g_strdup_printf ("%lld", (long long) json_node_get_int (value));
          append_row (self, item, rating, FALSE, FALSE);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *element = json_array_get_object_element (array, i);

          if (element == NULL)
            continue;
          if (self->member->type == RL_MEMBER_PEOPLE)
            append_row (self, string_member (element, "name"), string_member (element, "role"),
                        json_object_get_boolean_member_with_default (element, "party_member",
                                                                     FALSE),
                        json_object_get_boolean_member_with_default (element, "cross_post",
                                                                     FALSE));
          else if (json_object_get_size (element) == 1)
            {
              g_autoptr(GList) names = json_object_get_members (element);

              append_row (self, names->data, string_member (element, names->data), FALSE, FALSE);
            }
        }
    }
}

static const char *
selected_code (RlListEditor *self,
               GtkWidget    *drop_down)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));

  return selected < g_strv_length ((char **) kind_codes (self)) ? kind_codes (self)[selected] : "";
}

static const char *
cell_text (Row  *row,
           guint column)
{
  return gtk_editable_get_text (GTK_EDITABLE (row->cells[column]));
}

static gboolean
cell_active (Row  *row,
             guint column)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (row->cells[column]));
}

/* Cells are passed on as typed: the checks report what is wrong with them. */
static JsonNode *
rating_node (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  JsonNode *node = json_node_alloc ();
  gint64 value;

  if (stripped[0] == '\0')
    return json_node_init_null (node);
  if (g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &value, NULL))
    return json_node_init_int (node, value);
  return json_node_init_string (node, stripped);
}

/* The member as the checks take it; NULL when the list is empty and was
 * empty (absent) before, so that an untouched record stays unchanged. */
JsonNode *
rl_list_editor_dup_value (RlListEditor *self)
{
  JsonNode *node;

  g_return_val_if_fail (RL_IS_LIST_EDITOR (self), NULL);

  if (self->rows->len == 0 && !self->had_value)
    return NULL;

  if (self->member->type == RL_MEMBER_RATINGS)
    {
      JsonObject *ratings = json_object_new ();

      for (guint r = 0; r < self->rows->len; r++)
        {
          Row *row = g_ptr_array_index (self->rows, r);
          g_autofree char *item = g_strstrip (g_strdup (cell_text (row, 0)));

          if (item[0] != '\0')
            json_object_set_member (ratings, item, rating_node (cell_text (row, 1)));
        }
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (node, ratings);
      return node;
    }
  else
    {
      JsonArray *list = json_array_new ();

      for (guint r = 0; r < self->rows->len; r++)
        {
          Row *row = g_ptr_array_index (self->rows, r);
          JsonObject *element = json_object_new ();

          if (self->member->type == RL_MEMBER_PEOPLE)
            {
              json_object_set_string_member (element, "name", cell_text (row, 0));
              json_object_set_string_member (element, "role", selected_code (self, row->cells[1]));
              json_object_set_boolean_member (element, "party_member", cell_active (row, 2));
              json_object_set_boolean_member (element, "cross_post", cell_active (row, 3));
            }
          else
            json_object_set_string_member (element, selected_code (self, row->cells[0]),
                                           cell_text (row, 1));
          json_array_add_object_element (list, element);
        }
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, list);
      return node;
    }
}

guint
rl_list_editor_get_n_rows (RlListEditor *self)
{
  g_return_val_if_fail (RL_IS_LIST_EDITOR (self), 0);

  return self->rows->len;
}

void
rl_list_editor_add_row (RlListEditor *self)
{
  g_return_if_fail (RL_IS_LIST_EDITOR (self));

  append_row (self, NULL, NULL, FALSE, FALSE);
  emit_changed (self);
}

GtkWidget *
rl_list_editor_get_row_widget (RlListEditor *self,
                               guint         row,
                               guint         column)
{
  g_return_val_if_fail (RL_IS_LIST_EDITOR (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < MAX_COLUMNS, NULL);

  return ((Row *) g_ptr_array_index (self->rows, row))->cells[column];
}
