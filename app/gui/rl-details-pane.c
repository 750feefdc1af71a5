/* rl-details-pane.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-details-pane.h"
#include "rl-labels.h"
#include "rl-record-describe.h"
#include "rl-record-list.h"

struct _RlDetailsPane
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkListBox   *members_list;
  GtkBox       *related_box;

  GtkSizeGroup *member_names;   /* the members' labels, one column */
  RlStore      *store;
  RlRecord     *record;
  GPtrArray    *related[RL_N_RELATIONS];
};

G_DEFINE_FINAL_TYPE (RlDetailsPane, rl_details_pane, GTK_TYPE_WIDGET)

enum
{
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A reference shows the name of what it names, from the list's extras. */
static const struct
{
  RlCollectionId  collection;
  const char     *member;
  guint           extra;
} ref_names[] = {
  { RL_COLLECTION_COMPOUNDS, "community_id", 0 },
  { RL_COLLECTION_SERVICES, "firm_id", 0 },
  { RL_COLLECTION_SERVICES, "compound_id", 1 },
  { RL_COLLECTION_COMMITTEES, "compound_id", 0 },
};

static const char *
relation_title (RlRelation     relation,
                RlCollectionId collection)
{
  switch (relation)
    {
    case RL_RELATION_SERVICES:
      return _("Services");
    case RL_RELATION_FIRMS:
      return _("Property firm");
    case RL_RELATION_COMPOUNDS:
      return _("Compound");
    case RL_RELATION_COMMITTEES:
      return _("Committees");
    case RL_RELATION_PARTY_ORGS:
      return _("Covering Party organizations");
    case RL_RELATION_INSTRUCTORS:
      return _("Party-building instructors");
    case RL_RELATION_COVERED:
      return collection == RL_COLLECTION_INSTRUCTORS ? _("Assigned to") : _("Covers");
    case RL_N_RELATIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle,
          gboolean    activatable)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), label);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (box, "rl-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), activatable);
  return row;
}

/* A member as a row: its label and its value, side by side. */
static GtkWidget *
make_member_row (RlDetailsPane *self,
                 const char    *title,
                 const char    *value)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (value ? value : "—");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_yalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 12);
  gtk_size_group_add_widget (self->member_names, name);
  gtk_widget_add_css_class (name, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "rl-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* A screen reader reads "户数 2,696" as one. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name, NULL, -1);
  return row;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  RlDetailsPane *self)
{
  RlRecord *record = g_object_get_data (G_OBJECT (row), "rl-record");

  if (record != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0,
                   (guint) rl_collection_index (rl_record_get_collection (record)),
                   rl_record_get_id (record));
}

/* A heading and a list of rows under it; returns the list. */
static GtkListBox *
add_section (RlDetailsPane *self,
             const char    *title)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "rl-section-title");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "rl-boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  gtk_box_append (self->related_box, heading);
  gtk_box_append (self->related_box, list);
  return GTK_LIST_BOX (list);
}

static void
add_none_row (GtkListBox *list,
              const char *text)
{
  GtkWidget *row = make_row (text, NULL, FALSE);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static void
show_relation (RlDetailsPane *self,
               RlRelation     relation,
               const char    *today)
{
  RlCollectionId collection = rl_collection_index (rl_record_get_collection (self->record));
  GtkListBox *list = add_section (self, relation_title (relation, collection));
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  records = rl_store_related (self->store, collection, rl_record_get_id (self->record),
                              relation, &error);
  if (records == NULL)
    {
      add_none_row (list, error->message);
      return;
    }
  self->related[relation] = records;
  if (records->len == 0)
    add_none_row (list, _("None"));

  for (guint i = 0; i < records->len; i++)
    {
      RlRecord *record = g_ptr_array_index (records, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      rl_record_describe (record, collection, today, &title, &subtitle);
      /* What an organization covers may be of any kind: say which (a
       * committee's kind says it already). */
      if (relation == RL_RELATION_COVERED
          && rl_collection_index (rl_record_get_collection (record)) != RL_COLLECTION_COMMITTEES)
        {
          const RlCollection *kind = rl_record_get_collection (record);
          g_autofree char *with_kind = g_strdup_printf ("%s · %s", rl_collection_label (kind),
                                                        subtitle);
          g_free (subtitle);
          subtitle = g_steal_pointer (&with_kind);
        }
      row = make_row (title, subtitle, TRUE);
      gtk_widget_set_tooltip_text (row, _("Show this record (Enter)"));
      g_object_set_data_full (G_OBJECT (row), "rl-record", g_object_ref (record), g_object_unref);
      gtk_list_box_append (list, row);
    }
}

static void
show_people (RlDetailsPane *self)
{
  GtkListBox *list = add_section (self, _("Committee members"));
  g_autoptr(GPtrArray) people = rl_committee_people (self->record);

  if (people->len == 0)
    add_none_row (list, _("None"));
  for (guint i = 0; i < people->len; i++)
    {
      RlPerson *person = g_ptr_array_index (people, i);

      gtk_list_box_append (list, make_row (person->name, person->details, FALSE));
    }
}

static char *
dup_member_value (RlRecord       *record,
                  const RlMember *member)
{
  RlCollectionId collection = rl_collection_index (rl_record_get_collection (record));

  for (guint i = 0; i < G_N_ELEMENTS (ref_names); i++)
    {
      const char *name;

      if (ref_names[i].collection != collection
          || g_strcmp0 (ref_names[i].member, member->name) != 0)
        continue;
      name = rl_record_get_extra (record, ref_names[i].extra);
      if (name != NULL && name[0] != '\0')
        return g_strdup (name);
    }
  return rl_record_dup_display (record, member->name);
}

static void
show_members (RlDetailsPane *self)
{
  const RlCollection *collection = rl_record_get_collection (self->record);

  for (guint i = 0; i < collection->n_members; i++)
    {
      const RlMember *member = &collection->members[i];
      g_autofree char *title = NULL;
      g_autofree char *value = NULL;

      /* Lists of people and links are sections of their own. */
      if (member->type == RL_MEMBER_PEOPLE || member->type == RL_MEMBER_LINKS)
        continue;
      title = rl_member_title (collection, member->name);
      value = dup_member_value (self->record, member);
      gtk_list_box_append (self->members_list, make_member_row (self, title, value));
    }
  /* A compound's street comes with its community. */
  if (rl_collection_index (collection) == RL_COLLECTION_COMPOUNDS)
    gtk_list_box_insert (self->members_list,
                         make_member_row (self, rl_list_extra_title (RL_COLLECTION_COMPOUNDS, 1),
                                          rl_record_get_extra (self->record, 1)),
                         2);
}

static void
clear_related (RlDetailsPane *self)
{
  for (guint i = 0; i < RL_N_RELATIONS; i++)
    g_clear_pointer (&self->related[i], g_ptr_array_unref);
}

static void
rebuild (RlDetailsPane *self)
{
  RlCollectionId collection;
  g_autofree char *today = rl_today_in_china ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  clear_related (self);
  clear_box (GTK_WIDGET (self->members_list));
  clear_box (GTK_WIDGET (self->related_box));

  if (self->record == NULL || self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  collection = rl_collection_index (rl_record_get_collection (self->record));
  rl_record_describe (self->record, RL_N_COLLECTIONS, today, &title, &subtitle);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle[0] != '\0');

  show_members (self);
  if (collection == RL_COLLECTION_COMMITTEES)
    show_people (self);
  for (guint i = 0; i < RL_N_RELATIONS; i++)
    if (rl_relation_applies (i, collection))
      show_relation (self, i, today);

  gtk_stack_set_visible_child_name (self->stack, "record");
}

static void
rl_details_pane_dispose (GObject *object)
{
  RlDetailsPane *self = RL_DETAILS_PANE (object);
  GtkWidget *child;

  clear_related (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_DETAILS_PANE);
  /* Children the template does not name are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_object (&self->member_names);

  G_OBJECT_CLASS (rl_details_pane_parent_class)->dispose (object);
}

static void
rl_details_pane_class_init (RlDetailsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_details_pane_dispose;

  /* A related record was chosen: its collection (an RlCollectionId) and id. */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-details-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, RlDetailsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, RlDetailsPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, RlDetailsPane, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RlDetailsPane, members_list);
  gtk_widget_class_bind_template_child (widget_class, RlDetailsPane, related_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rl-details-pane");
}

static void
rl_details_pane_init (RlDetailsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->member_names = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
}

void
rl_details_pane_set_store (RlDetailsPane *self,
                           RlStore       *store)
{
  g_return_if_fail (RL_IS_DETAILS_PANE (self));

  g_set_object (&self->store, store);
  g_clear_object (&self->record);
  rebuild (self);
}

/* Shows @record (NULL: nothing), reading its related records again. */
void
rl_details_pane_set_record (RlDetailsPane *self,
                            RlRecord      *record)
{
  g_return_if_fail (RL_IS_DETAILS_PANE (self));
  g_return_if_fail (record == NULL || RL_IS_RECORD (record));

  g_set_object (&self->record, record);
  rebuild (self);
}

RlRecord *
rl_details_pane_get_record (RlDetailsPane *self)
{
  g_return_val_if_fail (RL_IS_DETAILS_PANE (self), NULL);

  return self->record;
}

/* The records shown for @relation; NULL when the record has none of that
 * kind of relation. */
const GPtrArray *
rl_details_pane_get_related (RlDetailsPane *self,
                             RlRelation     relation)
{
  g_return_val_if_fail (RL_IS_DETAILS_PANE (self), NULL);
  g_return_val_if_fail (relation < RL_N_RELATIONS, NULL);

  return self->related[relation];
}
