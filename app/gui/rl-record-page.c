/* rl-record-page.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view never sorts or filters: GtkSortListModel and GtkFilterListModel
 * would load every row. The column view's sorter is only listened to, and
 * the list runs the ORDER BY in SQL; see rl-record-page-columns.c.
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-dialogs.h"
#include "rl-record-page-private.h"

#define MAX_FILTERS 8

struct _RlRecordPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkDropDown        *filter_dropdown;
  GtkLabel           *filter_label;
  GtkLabel           *count_label;
  GtkStack           *view_stack;
  GtkLabel           *empty_label;

  RlCollectionId      collection;
  RlStore            *store;
  RlRecordList       *list;
  GtkSingleSelection *selection;
  RlListFilter        filters[MAX_FILTERS];
  guint               n_filters;

  /* What the list shows, kept for a new store. */
  char               *search;
  char               *street_id;
  char               *community_id;

  /* Set by the column sorters while the view's sorter is asked. */
  const char         *probed_member;
  gboolean            probed;
  GObject            *dummies[2];   /* two: a sorter finds an item equal to itself */
};

G_DEFINE_FINAL_TYPE (RlRecordPage, rl_record_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COLLECTION_NAME,
  PROP_SELECTED,
  N_PROPS
};

enum
{
  RECORD_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct
{
  RlListFilter  filter;
  const char   *label;
} filter_labels[] = {
  { RL_LIST_FILTER_NONE, N_("All records") },
  { RL_LIST_FILTER_NO_COMMITTEE, N_("No committee") },
  { RL_LIST_FILTER_NO_SERVICE, N_("No property service") },
  { RL_LIST_FILTER_NOT_RED, N_("Red property not begun") },
  { RL_LIST_FILTER_TERM_OVERDUE, N_("Past their term") },
  { RL_LIST_FILTER_MUST_BUILD, N_("3 or more Party members, no organization") },
};

static char *
format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

static void
update_count (RlRecordPage *self)
{
  guint shown = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint total = self->list ? rl_record_list_get_total (self->list) : 0;
  const GError *error = self->list ? rl_record_list_get_error (self->list) : NULL;
  g_autofree char *n_shown = format_count (shown);
  g_autofree char *n_total = format_count (total);
  g_autofree char *text = NULL;

  /* Translators: the records a page shows of all it has, "显示 37 / 1,204" */
  text = g_strdup_printf (_("Showing %s of %s"), n_shown, n_total);
  gtk_label_set_text (self->count_label, text);

  if (error != NULL)
    gtk_label_set_text (self->empty_label, error->message);
  else if (total == 0)
    gtk_label_set_text (self->empty_label, _("There are no records here yet. Add one with Add."));
  else
    gtk_label_set_text (self->empty_label,
                        _("No records match the search, the scope and the filter."));
  gtk_stack_set_visible_child_name (self->view_stack, shown > 0 ? "list" : "empty");
}

static void
update_actions (RlRecordPage *self)
{
  gboolean selected = rl_record_page_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.history", selected);
}

static void
list_count_cb (RlRecordPage *self)
{
  update_count (self);
}

static void
selection_changed_cb (RlRecordPage *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
sort_probe (const char *member,
            gpointer    user_data)
{
  RlRecordPage *self = user_data;

  self->probed_member = member;
  self->probed = TRUE;
}

static void
sorter_changed_cb (GtkSorter       *sorter,
                   GtkSorterChange  change,
                   RlRecordPage    *self)
{
  GtkOrdering order;

  self->probed = FALSE;
  self->probed_member = NULL;
  /* Only the primary column is asked, as its sorter never answers "equal";
   * the view turns its answer round when that column sorts descending. */
  order = gtk_sorter_compare (sorter, self->dummies[0], self->dummies[1]);
  if (self->list != NULL)
    rl_record_list_set_sort (self->list, self->probed ? self->probed_member : NULL,
                             self->probed && order == GTK_ORDERING_LARGER);
}

static void
filter_selected_cb (RlRecordPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  if (self->list != NULL && selected < self->n_filters)
    rl_record_list_set_filter (self->list, self->filters[selected]);
}

static void
record_changed_cb (const char *id,
                   gpointer    user_data)
{
  RlRecordPage *self = user_data;

  g_signal_emit (self, signals[RECORD_CHANGED], 0, id);
}

static void
activate_cb (RlRecordPage *self,
             guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "page.edit", NULL);
}

static GtkWindow *
get_parent (RlRecordPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RlRecordPage *self = RL_RECORD_PAGE (widget);

  if (self->store != NULL)
    rl_record_dialog_present (get_parent (self), self->store, self->collection, NULL,
                              record_changed_cb, self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlRecordPage *self = RL_RECORD_PAGE (widget);
  RlRecord *record = rl_record_page_get_selected (self);

  if (record != NULL)
    rl_record_dialog_present (get_parent (self), self->store, self->collection,
                              rl_record_get_id (record), record_changed_cb, self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RlRecordPage *self = RL_RECORD_PAGE (widget);
  RlRecord *record = rl_record_page_get_selected (self);

  if (record != NULL)
    rl_delete_dialog_present (get_parent (self), self->store, self->collection,
                              rl_record_get_id (record), record_changed_cb, self);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RlRecordPage *self = RL_RECORD_PAGE (widget);
  RlRecord *record = rl_record_page_get_selected (self);

  if (record != NULL)
    rl_history_dialog_present (get_parent (self), self->store, self->collection,
                               rl_record_get_id (record));
}

static void
setup_filters (RlRecordPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  self->n_filters = 0;
  for (guint i = 0; i < G_N_ELEMENTS (filter_labels) && self->n_filters < MAX_FILTERS; i++)
    {
      if (!rl_list_filter_applies (filter_labels[i].filter, self->collection))
        continue;
      self->filters[self->n_filters++] = filter_labels[i].filter;
      gtk_string_list_append (labels, _(filter_labels[i].label));
    }
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));
  /* "All records" alone is no choice. */
  gtk_widget_set_visible (GTK_WIDGET (self->filter_dropdown), self->n_filters > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_label), self->n_filters > 1);
}

static void
rl_record_page_constructed (GObject *object)
{
  RlRecordPage *self = RL_RECORD_PAGE (object);
  const char *label = rl_collection_label (rl_collection_get (self->collection));

  G_OBJECT_CLASS (rl_record_page_parent_class)->constructed (object);

  _rl_record_page_add_columns (self->column_view, self->collection, sort_probe, self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, 0);
  setup_filters (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  update_actions (self);
  update_count (self);
}

static void
rl_record_page_dispose (GObject *object)
{
  RlRecordPage *self = RL_RECORD_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_RECORD_PAGE);
  /* Children the template does not name are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_object (&self->dummies[0]);
  g_clear_object (&self->dummies[1]);

  G_OBJECT_CLASS (rl_record_page_parent_class)->dispose (object);
}

static void
rl_record_page_finalize (GObject *object)
{
  RlRecordPage *self = RL_RECORD_PAGE (object);

  g_free (self->search);
  g_free (self->street_id);
  g_free (self->community_id);

  G_OBJECT_CLASS (rl_record_page_parent_class)->finalize (object);
}

static void
rl_record_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RlRecordPage *self = RL_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_COLLECTION_NAME:
      g_value_set_string (value, rl_collection_get (self->collection)->name);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, rl_record_page_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_record_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RlRecordPage *self = RL_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_COLLECTION_NAME:
      {
        const RlCollection *collection = rl_collection_lookup (g_value_get_string (value));

        g_return_if_fail (collection != NULL);
        self->collection = rl_collection_index (collection);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_record_page_class_init (RlRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rl_record_page_constructed;
  object_class->dispose = rl_record_page_dispose;
  object_class->finalize = rl_record_page_finalize;
  object_class->get_property = rl_record_page_get_property;
  object_class->set_property = rl_record_page_set_property;

  properties[PROP_COLLECTION_NAME] =
    g_param_spec_string ("collection-name", NULL, NULL, "compounds",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, RL_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The ledger changed through one of the page's dialogs: the id of the
   * record saved or deleted. */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RlRecordPage, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_selected_cb);

  gtk_widget_class_install_action (widget_class, "page.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "page.history", NULL, history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "page.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "page.delete", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
rl_record_page_init (RlRecordPage *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  self->dummies[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->dummies[1] = g_object_new (G_TYPE_OBJECT, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

RlCollectionId
rl_record_page_get_collection (RlRecordPage *self)
{
  g_return_val_if_fail (RL_IS_RECORD_PAGE (self), 0);

  return self->collection;
}

/* The page's list; NULL until it has a store. */
RlRecordList *
rl_record_page_get_list (RlRecordPage *self)
{
  g_return_val_if_fail (RL_IS_RECORD_PAGE (self), NULL);

  return self->list;
}

void
rl_record_page_set_store (RlRecordPage *self,
                          RlStore      *store)
{
  g_autoptr(RlRecordList) list = NULL;

  g_return_if_fail (RL_IS_RECORD_PAGE (self));
  g_return_if_fail (store == NULL || RL_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* The old list goes first, so that nothing below reads it again. */
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);
  /* A new ledger starts unsorted, as its records were added. */
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);

  if (store != NULL)
    {
      guint filter = gtk_drop_down_get_selected (self->filter_dropdown);

      list = rl_record_list_new (store, self->collection);
      rl_record_list_set_search (list, self->search);
      rl_record_list_set_scope (list, self->street_id, self->community_id);
      if (filter < self->n_filters)
        rl_record_list_set_filter (list, self->filters[filter]);
      g_signal_connect_object (list, "notify::n-items", G_CALLBACK (list_count_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::total", G_CALLBACK (list_count_cb), self,
                               G_CONNECT_SWAPPED);
    }
  self->list = g_steal_pointer (&list);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  update_actions (self);
  update_count (self);
}

void
rl_record_page_set_search (RlRecordPage *self,
                           const char   *search)
{
  g_return_if_fail (RL_IS_RECORD_PAGE (self));

  g_free (self->search);
  self->search = g_strdup (search);
  if (self->list != NULL)
    rl_record_list_set_search (self->list, search);
}

void
rl_record_page_set_scope (RlRecordPage *self,
                          const char   *street_id,
                          const char   *community_id)
{
  g_return_if_fail (RL_IS_RECORD_PAGE (self));

  g_free (self->street_id);
  self->street_id = g_strdup (street_id);
  g_free (self->community_id);
  self->community_id = g_strdup (community_id);
  if (self->list != NULL)
    rl_record_list_set_scope (self->list, street_id, community_id);
}

/* Shows the records @filter lets through; a filter of another collection
 * shows them all. */
void
rl_record_page_set_filter (RlRecordPage *self,
                           RlListFilter  filter)
{
  g_return_if_fail (RL_IS_RECORD_PAGE (self));

  for (guint i = 0; i < self->n_filters; i++)
    if (self->filters[i] == filter)
      {
        gtk_drop_down_set_selected (self->filter_dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (self->filter_dropdown, 0);
}

/* Reads the list again after the ledger changed. */
void
rl_record_page_refresh (RlRecordPage *self)
{
  g_return_if_fail (RL_IS_RECORD_PAGE (self));

  if (self->list != NULL)
    rl_record_list_refresh (self->list);
  update_count (self);
}

RlRecord *
rl_record_page_get_selected (RlRecordPage *self)
{
  RlRecord *record;

  g_return_val_if_fail (RL_IS_RECORD_PAGE (self), NULL);

  record = gtk_single_selection_get_selected_item (self->selection);
  /* A record deleted since the list was read is an empty placeholder. */
  return record != NULL && rl_record_get_id (record) != NULL ? record : NULL;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* Selects the record @id and scrolls to it; FALSE when the list, as it is
 * searched, scoped and filtered, does not show it. */
gboolean
rl_record_page_select (RlRecordPage *self,
                       const char   *id)
{
  GtkWidget *list_view;
  int position;

  g_return_val_if_fail (RL_IS_RECORD_PAGE (self), FALSE);

  if (self->list == NULL || id == NULL || (position = rl_record_list_find (self->list, id)) < 0)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, (guint) position);
  /* GTK 4.8 has no gtk_column_view_scroll_to (): its list view can. */
  if ((list_view = find_list_view (GTK_WIDGET (self->column_view))) != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", (guint) position);
  return TRUE;
}
