/* rl-record-list.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-record-list.h"

#define PAGE_SIZE 256
#define MAX_PAGES 8

typedef struct
{
  guint      first;     /* position of the page's first item */
  GPtrArray *records;
} Page;

struct _RlRecordList
{
  GObject         parent_instance;

  RlStore        *store;
  RlCollectionId  collection;
  char           *search;
  char           *street_id;
  char           *community_id;
  RlListFilter    filter;
  char           *sort_member;
  gboolean        descending;

  GArray         *rowids;     /* what the list shows, in order */
  GQueue          pages;      /* most recently used first */
  guint           total;      /* records in the collection, for "37 / 1,204" */
  GError         *error;      /* of the last query, for the view to show */
};

static void rl_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RlRecordList, rl_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rl_record_list_model_init))

enum
{
  PROP_0,
  PROP_N_ITEMS,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->records);
  g_free (page);
}

static void
drop_pages (RlRecordList *self)
{
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
}

static GType
get_item_type (GListModel *model)
{
  return RL_TYPE_RECORD;
}

static guint
get_n_items (GListModel *model)
{
  RlRecordList *self = RL_RECORD_LIST (model);

  return self->rowids ? self->rowids->len : 0;
}

static Page *
find_page (RlRecordList *self,
           guint         position)
{
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    {
      Page *page = l->data;

      if (position >= page->first && position < page->first + page->records->len)
        {
          /* Most recently used first: scrolling back is free. */
          g_queue_unlink (&self->pages, l);
          g_queue_push_head_link (&self->pages, l);
          return page;
        }
    }
  return NULL;
}

static Page *
load_page (RlRecordList *self,
           guint         position)
{
  guint first = position - position % PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->rowids->len - first);
  g_autoptr(GError) error = NULL;
  GPtrArray *records;
  Page *page;

  records = rl_store_load_records (self->store, self->collection,
                                   &g_array_index (self->rowids, gint64, first), n, &error);
  if (records == NULL)
    {
      g_warning ("Cannot load records: %s", error->message);
      return NULL;
    }

  page = g_new0 (Page, 1);
  page->first = first;
  page->records = records;
  g_queue_push_head (&self->pages, page);
  while (g_queue_get_length (&self->pages) > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RlRecordList *self = RL_RECORD_LIST (model);
  Page *page;

  if (self->rowids == NULL || position >= self->rowids->len)
    return NULL;

  if ((page = find_page (self, position)) == NULL
      && (page = load_page (self, position)) == NULL)
    return NULL;

  return g_object_ref (g_ptr_array_index (page->records, position - page->first));
}

static void
rl_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
rl_record_list_finalize (GObject *object)
{
  RlRecordList *self = RL_RECORD_LIST (object);

  drop_pages (self);
  g_clear_pointer (&self->rowids, g_array_unref);
  g_clear_object (&self->store);
  g_free (self->search);
  g_free (self->street_id);
  g_free (self->community_id);
  g_free (self->sort_member);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (rl_record_list_parent_class)->finalize (object);
}

static void
rl_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RlRecordList *self = RL_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, get_n_items (G_LIST_MODEL (self)));
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_record_list_class_init (RlRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rl_record_list_finalize;
  object_class->get_property = rl_record_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rl_record_list_init (RlRecordList *self)
{
  g_queue_init (&self->pages);
}

/* The calendar day in China (UTC+8), which the filters judge by. */
char *
rl_today_in_china (void)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (8 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (china);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Runs the query again. When only the query changed (@rows_changed FALSE),
 * the rows both lists share at the start and at the end keep their items,
 * and one items-changed covers just the middle: a view then rebuilds only
 * what really changed, and nothing at all when the search or filter leaves
 * the same rows. After an edit every row may read differently, so the
 * whole list changes. */
static void
requery (RlRecordList *self,
         gboolean      rows_changed)
{
  g_autofree char *today = rl_today_in_china ();
  RlListQuery query = {
    self->collection, self->search, self->street_id, self->community_id,
    self->filter, self->sort_member, self->descending, today,
  };
  g_autoptr(GArray) old = g_steal_pointer (&self->rowids);
  guint old_n = old ? old->len : 0;
  guint old_total = self->total;
  guint prefix = 0, suffix = 0, new_n;
  GArray *rowids;

  g_clear_error (&self->error);
  rowids = rl_store_list_ids (self->store, &query, &self->error);
  drop_pages (self);
  self->rowids = rowids ? rowids : g_array_new (FALSE, FALSE, sizeof (gint64));
  /* The collection's size changes with the ledger, not with a search: no
   * count(*) over a million orders on every keystroke. */
  if (rows_changed || old == NULL)
    self->total = MAX (0, rl_store_count (self->store, self->collection));
  new_n = self->rowids->len;

  if (!rows_changed && old != NULL)
    {
      guint shortest = MIN (old_n, new_n);

      while (prefix < shortest
             && g_array_index (old, gint64, prefix) == g_array_index (self->rowids, gint64, prefix))
        prefix++;
      while (suffix < shortest - prefix
             && g_array_index (old, gint64, old_n - 1 - suffix)
                == g_array_index (self->rowids, gint64, new_n - 1 - suffix))
        suffix++;
    }

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix,
                                new_n - prefix - suffix);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (old_total != self->total)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

/* Reads the list again after the ledger changed: every row may differ. */
void
rl_record_list_refresh (RlRecordList *self)
{
  g_return_if_fail (RL_IS_RECORD_LIST (self));

  requery (self, TRUE);
}

RlRecordList *
rl_record_list_new (RlStore        *store,
                    RlCollectionId  collection)
{
  RlRecordList *self = g_object_new (RL_TYPE_RECORD_LIST, NULL);

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->collection = collection;
  rl_record_list_refresh (self);
  return self;
}

RlStore *
rl_record_list_get_store (RlRecordList *self)
{
  return self->store;
}

RlCollectionId
rl_record_list_get_collection (RlRecordList *self)
{
  return self->collection;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
rl_record_list_set_search (RlRecordList *self,
                           const char   *search)
{
  if (set_string (&self->search, search))
    requery (self, FALSE);
}

void
rl_record_list_set_scope (RlRecordList *self,
                          const char   *street_id,
                          const char   *community_id)
{
  gboolean changed = set_string (&self->street_id, street_id);

  changed |= set_string (&self->community_id, community_id);
  if (changed)
    requery (self, FALSE);
}

void
rl_record_list_set_filter (RlRecordList *self,
                           RlListFilter  filter)
{
  if (!rl_list_filter_applies (filter, self->collection))
    filter = RL_LIST_FILTER_NONE;
  if (self->filter == filter)
    return;
  self->filter = filter;
  requery (self, FALSE);
}

void
rl_record_list_set_sort (RlRecordList *self,
                         const char   *member,
                         gboolean      descending)
{
  gboolean changed = set_string (&self->sort_member, member);

  if (self->descending != descending)
    {
      self->descending = descending;
      changed = TRUE;
    }
  if (changed)
    requery (self, FALSE);
}

guint
rl_record_list_get_total (RlRecordList *self)
{
  return self->total;
}

const GError *
rl_record_list_get_error (RlRecordList *self)
{
  return self->error;
}

/* The position of the record with @id, or -1. Loads pages as it goes, so
 * it is meant for lists a person scrolls, not for city-wide lookups. */
int
rl_record_list_find (RlRecordList *self,
                     const char   *id)
{
  guint n = get_n_items (G_LIST_MODEL (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RlRecord) record = get_item (G_LIST_MODEL (self), i);

      if (record != NULL && g_strcmp0 (rl_record_get_id (record), id) == 0)
        return (int) i;
    }
  return -1;
}
