/* rl-gap-list-view.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-format.h"
#include "rl-gap-item.h"
#include "rl-gap-list-view.h"
#include "rl-gap-workbook.h"

/* A list shows this many rows at most, and scrolls for more; a column view
 * has no natural height of its own to go by. */
#define MAX_ROWS      8
#define ROW_HEIGHT   37
#define HEADER_HEIGHT 34

struct _RlGapListView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkLabel            *title_label;
  GtkLabel            *count_label;
  GtkWidget           *save_button;
  GtkStack            *view_stack;
  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *compound_column;
  GtkColumnViewColumn *party_members_column;
  GtkColumnViewColumn *term_end_column;
  GtkColumnViewColumn *community_column;
  GtkColumnViewColumn *street_column;

  RlGap                gap;
  GListStore          *items;
  char                *date;
  char                *scope_name;
};

G_DEFINE_FINAL_TYPE (RlGapListView, rl_gap_list_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_GAP,
  N_PROPS
};

enum
{
  RECORD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_count (RlGapListView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *count = rl_format_count (n);

  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_size_request (GTK_WIDGET (self->scroller), -1,
                               HEADER_HEIGHT + MIN (n, MAX_ROWS) * ROW_HEIGHT);
  gtk_stack_set_visible_child_name (self->view_stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gap.save", n > 0 && self->date != NULL);
}

/* The columns that say something for the list's rows. */
static void
setup_columns (RlGapListView *self)
{
  gboolean compounds = self->gap == RL_GAP_NO_COMMITTEE || self->gap == RL_GAP_NO_SERVICE
                       || self->gap == RL_GAP_TERM_OVERDUE;

  if (compounds)
    gtk_column_view_column_set_title (self->name_column, _("Compound"));
  else if (self->gap == RL_GAP_MUST_BUILD)
    gtk_column_view_column_set_title (self->name_column, _("Firm"));
  gtk_column_view_column_set_visible (self->compound_column, !compounds);
  gtk_column_view_column_set_visible (self->party_members_column,
                                      self->gap == RL_GAP_MUST_BUILD);
  gtk_column_view_column_set_visible (self->term_end_column, self->gap == RL_GAP_TERM_OVERDUE);
}

/* Signal factories: a builder factory parses its XML for every cell, and
 * a list view keeps a couple of hundred rows, which made each new list
 * cost a fifth of a second. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), g_str_equal (user_data, "party-members") ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  if (g_str_equal (user_data, "party-members") || g_str_equal (user_data, "term-end"))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (list_item), user_data, &text, NULL);
  gtk_label_set_text (GTK_LABEL (label), text);
  /* The whole name, when the column cuts it short. */
  gtk_widget_set_tooltip_text (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static void
set_factory (GtkColumnViewColumn *column,
             const char          *property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) property);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) property);
  gtk_column_view_column_set_factory (column, factory);
  g_object_unref (factory);
}

static void
activate_cb (RlGapListView *self,
             guint          position)
{
  rl_gap_list_view_activate_row (self, position);
}

static void
show_error (RlGapListView *self,
            const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                   _("The workbook could not be saved"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  RlGapListView   *self)
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
                     _("Only files on this computer can be written"));
      else if (!g_str_has_suffix (path, ".xlsx"))
        {
          char *with_suffix = g_strconcat (path, ".xlsx", NULL);

          g_free (path);
          path = with_suffix;
        }
      if (path == NULL || !rl_gap_list_view_save (self, path, &error))
        show_error (self, error);
    }
  g_object_unref (native);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Save the List as a Workbook"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  /* Translators: the file name a gap list is saved under: the list, then
   * the date; no slashes */
  name = g_strdup_printf (_("%s %s.xlsx"), rl_gap_label (self->gap), self->date);
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
rl_gap_list_view_constructed (GObject *object)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (object);

  G_OBJECT_CLASS (rl_gap_list_view_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, rl_gap_label (self->gap));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rl_gap_label (self->gap), -1);
  setup_columns (self);
  update_count (self);
}

static void
rl_gap_list_view_dispose (GObject *object)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_GAP_LIST_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (rl_gap_list_view_parent_class)->dispose (object);
}

static void
rl_gap_list_view_finalize (GObject *object)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (object);

  g_free (self->date);
  g_free (self->scope_name);

  G_OBJECT_CLASS (rl_gap_list_view_parent_class)->finalize (object);
}

static void
rl_gap_list_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_GAP:
      g_value_set_uint (value, self->gap);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_gap_list_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RlGapListView *self = RL_GAP_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_GAP:
      self->gap = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_gap_list_view_class_init (RlGapListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rl_gap_list_view_constructed;
  object_class->dispose = rl_gap_list_view_dispose;
  object_class->finalize = rl_gap_list_view_finalize;
  object_class->get_property = rl_gap_list_view_get_property;
  object_class->set_property = rl_gap_list_view_set_property;

  /* An RlGap. */
  properties[PROP_GAP] =
    g_param_spec_uint ("gap", NULL, NULL, 0, RL_N_GAPS - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A row was activated: the collection and id of its record. */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  g_type_ensure (RL_TYPE_GAP_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-gap-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, title_label);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, save_button);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, name_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, kind_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, compound_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, party_members_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, term_end_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, community_column);
  gtk_widget_class_bind_template_child (widget_class, RlGapListView, street_column);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "gap.save", NULL, save_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rl-gap-list-view");
}

static void
rl_gap_list_view_init (RlGapListView *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The item's properties (RlGapItem) each column shows. */
  set_factory (self->name_column, "name");
  set_factory (self->kind_column, "kind");
  set_factory (self->compound_column, "compound");
  set_factory (self->party_members_column, "party-members");
  set_factory (self->term_end_column, "term-end");
  set_factory (self->community_column, "community");
  set_factory (self->street_column, "street");

  self->items = g_list_store_new (RL_TYPE_GAP_ITEM);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

RlGapListView *
rl_gap_list_view_new (RlGap gap)
{
  g_return_val_if_fail (gap < RL_N_GAPS, NULL);

  return g_object_new (RL_TYPE_GAP_LIST_VIEW, "gap", (guint) gap, NULL);
}

RlGap
rl_gap_list_view_get_gap (RlGapListView *self)
{
  g_return_val_if_fail (RL_IS_GAP_LIST_VIEW (self), 0);

  return self->gap;
}

static gboolean
row_equal (const RlGapRow *a,
           const RlGapRow *b)
{
  return a->collection == b->collection && g_strcmp0 (a->id, b->id) == 0
         && g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->kind, b->kind) == 0
         && g_strcmp0 (a->compound_name, b->compound_name) == 0
         && g_strcmp0 (a->community_name, b->community_name) == 0
         && g_strcmp0 (a->street_name, b->street_name) == 0
         && a->party_members == b->party_members && g_strcmp0 (a->term_end, b->term_end) == 0;
}

static gboolean
same_rows (RlGapListView   *self,
           const GPtrArray *rows)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  if ((rows ? rows->len : 0) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RlGapItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (!row_equal (rl_gap_item_get_row (item), g_ptr_array_index (rows, i)))
        return FALSE;
    }
  return TRUE;
}

/* Shows @rows (RlGapRow, taken; NULL for none) of the list on @date, for the
 * street or community @scope_name (NULL for the whole ledger). */
void
rl_gap_list_view_set_rows (RlGapListView *self,
                           const char    *date,
                           const char    *scope_name,
                           GPtrArray     *rows)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) owned = rows;

  g_return_if_fail (RL_IS_GAP_LIST_VIEW (self));

  g_free (self->date);
  self->date = g_strdup (date);
  g_free (self->scope_name);
  self->scope_name = g_strdup (scope_name);

  /* A new list costs GTK 4.8's column view a couple of hundred row widgets
   * to make: the same rows again (another date, a target saved) keep the
   * ones shown. */
  if (same_rows (self, owned))
    {
      update_count (self);
      return;
    }

  if (owned != NULL)
    {
      /* The items take the rows over. */
      g_ptr_array_set_free_func (owned, NULL);
      for (guint i = 0; i < owned->len; i++)
        g_ptr_array_add (items, rl_gap_item_new (g_ptr_array_index (owned, i)));
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  update_count (self);
}

/* RlGapItem, in the list's order. */
GListModel *
rl_gap_list_view_get_items (RlGapListView *self)
{
  g_return_val_if_fail (RL_IS_GAP_LIST_VIEW (self), NULL);

  return G_LIST_MODEL (self->items);
}

/* What a click on the row at @position does: "record-activated". */
void
rl_gap_list_view_activate_row (RlGapListView *self,
                               guint          position)
{
  g_autoptr(RlGapItem) item = NULL;

  g_return_if_fail (RL_IS_GAP_LIST_VIEW (self));

  if ((item = g_list_model_get_item (G_LIST_MODEL (self->items), position)) != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0,
                   (guint) rl_gap_item_get_collection (item), rl_gap_item_get_id (item));
}

/* Writes the list as a workbook at @path. */
gboolean
rl_gap_list_view_save (RlGapListView  *self,
                       const char     *path,
                       GError        **error)
{
  guint n;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (RL_IS_GAP_LIST_VIEW (self), FALSE);
  g_return_val_if_fail (self->date != NULL, FALSE);

  /* The items keep their rows; the array only lends them. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  rows = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RlGapItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      g_ptr_array_add (rows, (gpointer) rl_gap_item_get_row (item));
    }
  return rl_gap_workbook_write (path, self->date, self->scope_name, self->gap, rows, error);
}
