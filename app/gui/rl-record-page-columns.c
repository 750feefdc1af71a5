/* rl-record-page-columns.c: which columns each page shows
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-labels.h"
#include "rl-record-page-private.h"

/* A column shows a member, or (extra > 0) the list's display extra
 * extra - 1: a name from a related record. */
typedef struct
{
  const char *member;
  guint       extra;
  gboolean    expand;
} Column;

#define EXTRA(i) { NULL, (i) + 1, FALSE }
#define EXTRA_WIDE(i) { NULL, (i) + 1, TRUE }
#define WIDE(m) { (m), 0, TRUE }
#define PLAIN(m) { (m), 0, FALSE }

static const Column compound_columns[] = {
  WIDE ("name"), EXTRA (0), EXTRA (1), PLAIN ("kind"), PLAIN ("class"),
  PLAIN ("households"), PLAIN ("red_property_since"),
};
static const Column firm_columns[] = {
  WIDE ("name"), PLAIN ("credit_code"), PLAIN ("legal_rep"), PLAIN ("phone"),
  PLAIN ("staff"), PLAIN ("party_members"),
};
static const Column service_columns[] = {
  EXTRA_WIDE (0), EXTRA_WIDE (1), PLAIN ("manager"), PLAIN ("start"), PLAIN ("end"),
  PLAIN ("staff"), PLAIN ("party_members"),
};
static const Column committee_columns[] = {
  EXTRA_WIDE (0), PLAIN ("kind"), PLAIN ("formed_on"), PLAIN ("term_end"),
  PLAIN ("dissolved_on"), PLAIN ("members"),
};
static const Column party_org_columns[] = {
  WIDE ("name"), PLAIN ("kind"), PLAIN ("secretary"), PLAIN ("members"),
  PLAIN ("founded_on"), PLAIN ("dissolved_on"),
};
static const Column instructor_columns[] = {
  WIDE ("name"), PLAIN ("start"), PLAIN ("end"), PLAIN ("assigned"),
};

static const struct
{
  RlCollectionId  collection;
  const Column   *columns;
  guint           n_columns;
} tables[] = {
  { RL_COLLECTION_COMPOUNDS, compound_columns, G_N_ELEMENTS (compound_columns) },
  { RL_COLLECTION_FIRMS, firm_columns, G_N_ELEMENTS (firm_columns) },
  { RL_COLLECTION_SERVICES, service_columns, G_N_ELEMENTS (service_columns) },
  { RL_COLLECTION_COMMITTEES, committee_columns, G_N_ELEMENTS (committee_columns) },
  { RL_COLLECTION_PARTY_ORGS, party_org_columns, G_N_ELEMENTS (party_org_columns) },
  { RL_COLLECTION_INSTRUCTORS, instructor_columns, G_N_ELEMENTS (instructor_columns) },
};

typedef struct
{
  const Column       *column;
  const RlMember     *member;
  RlSortProbe         probe;
  gpointer            user_data;
} ColumnData;

static gboolean
is_numeric (const RlMember *member)
{
  return member != NULL && (member->type == RL_MEMBER_INT || member->type == RL_MEMBER_NUMBER
                            || member->type == RL_MEMBER_PEOPLE || member->type == RL_MEMBER_LINKS);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_xalign (GTK_LABEL (label), is_numeric (data->member) ? 1.0 : 0.0);
  if (is_numeric (data->member))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         ColumnData               *data)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  RlRecord *record = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (data->column->extra > 0)
    text = g_strdup (rl_record_get_extra (record, data->column->extra - 1));
  else
    text = rl_record_dup_display (record, data->column->member);

  gtk_label_set_text (label, text ? text : "");
  /* The full text when the column is too narrow for it. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

/* GTK 4.8 cannot tell which column a view sorts by: each column's sorter
 * tells the page instead, and never says two rows are equal, so that the
 * view's sorter asks only its primary column. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;

  data->probe (data->column->member, data->user_data);
  return GTK_ORDERING_SMALLER;
}

static gboolean
is_sortable (const RlMember *member)
{
  return member != NULL && member->type != RL_MEMBER_PEOPLE && member->type != RL_MEMBER_LINKS
         && member->type != RL_MEMBER_RATINGS;
}

static void
add_column (GtkColumnView      *view,
            const RlCollection *collection,
            const Column       *column,
            RlSortProbe         probe,
            gpointer            user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autofree char *title = NULL;
  ColumnData *data = g_rc_box_new0 (ColumnData);

  data->column = column;
  data->member = column->member ? rl_collection_find_member (collection, column->member) : NULL;
  data->probe = probe;
  data->user_data = user_data;

  if (column->extra > 0)
    title = g_strdup (rl_list_extra_title (rl_collection_index (collection), column->extra - 1));
  else
    title = rl_member_title (collection, column->member);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), data);
  /* Shared by the factory and the sorter, which go with the column. */
  g_object_set_data_full (G_OBJECT (factory), "rl-column-data", data, g_rc_box_release);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column->expand);
  if (is_sortable (data->member))
    {
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_compare,
                                                                 g_rc_box_acquire (data),
                                                                 g_rc_box_release);

      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
    }
  gtk_column_view_append_column (view, view_column);
}

void
_rl_record_page_add_columns (GtkColumnView  *view,
                             RlCollectionId  collection,
                             RlSortProbe     probe,
                             gpointer        user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (tables[i].collection != collection)
        continue;
      for (guint k = 0; k < tables[i].n_columns; k++)
        add_column (view, rl_collection_get (collection), &tables[i].columns[k], probe, user_data);
      return;
    }
  g_return_if_reached ();
}
