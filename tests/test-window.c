/* test-window.c: the desktop window on the district's sample ledger
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the real window under Xvfb and drives it through its actions,
 * widgets and models; waits on conditions, never on time or pixels.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "rl-importer.h"
#include "rl-labels.h"
#include "rl-store-edit.h"
#include "rl-test-util.h"
#include "rl-window-private.h"

#define DEADLINE_SECONDS 30

typedef struct
{
  char     *path;
  RlWindow *window;
} Fixture;

static gboolean
keep_waking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @cond holds; fails the test at the deadline. */
#define WAIT_UNTIL(cond)                                                          \
  G_STMT_START                                                                    \
  {                                                                               \
    gint64 deadline_ = g_get_monotonic_time () + DEADLINE_SECONDS * G_USEC_PER_SEC; \
    guint waker_ = g_timeout_add (10, keep_waking, NULL);                         \
    while (!(cond) && g_get_monotonic_time () < deadline_)                        \
      g_main_context_iteration (NULL, TRUE);                                      \
    g_source_remove (waker_);                                                     \
    if (!(cond))                                                                  \
      g_error ("timed out waiting for %s", #cond);                                \
  }                                                                               \
  G_STMT_END

/* Helpers */

/* The system's shared-mime-info, from before the tests isolated it. */
static char **system_mime_dirs;

/* The isolated test dirs have no shared-mime-info: without it gdk-pixbuf
 * cannot tell an SVG icon (the spinner's) for what it is. */
static void
use_system_mime_dirs (void)
{
  g_content_type_set_mime_dirs ((const char * const *) system_mime_dirs);
}

/* One number from SQL on the ledger file: the test's own reading of what
 * the window should show. */
static gint64
count_sql (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
text_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* A widget the template of @widget (of @type) names. */
static gpointer
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static RlRecordPage *
show_page (Fixture    *fixture,
           const char *name)
{
  RlRecordPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", name));
  page = _rl_window_get_visible_page (fixture->window);
  g_assert_nonnull (page);
  g_assert_cmpstr (rl_collection_get (rl_record_page_get_collection (page))->name, ==, name);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

/* What the view shows: the rows of its selection model. */
static guint
shown_rows (RlRecordPage *page)
{
  GtkColumnView *view = child_of (page, RL_TYPE_RECORD_PAGE, "column_view");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static const char *
count_text (RlRecordPage *page)
{
  return gtk_label_get_text (child_of (page, RL_TYPE_RECORD_PAGE, "count_label"));
}

static char *
expected_count (guint shown,
                guint total)
{
  g_autofree char *a = g_strdup_printf ("%'u", shown);
  g_autofree char *b = g_strdup_printf ("%'u", total);

  return g_strdup_printf (_("Showing %s of %s"), a, b);
}

static RlRecord *
first_record (RlRecordPage *page)
{
  return g_list_model_get_item (G_LIST_MODEL (rl_record_page_get_list (page)), 0);
}

static gboolean
in_chinese (void)
{
  return g_strcmp0 (_("Showing %s of %s"), "显示 %s / %s") == 0;
}

/* Fixture: the sample package imported into a fresh ledger, in a window */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autofree char *package = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlImportReport) report = NULL;

  use_system_mime_dirs ();
  report = rl_import_package (store, package, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->written);
  fixture->path = g_strdup (rl_store_get_path (store));
  g_clear_object (&store);

  fixture->window = g_object_ref_sink (g_object_new (RL_TYPE_WINDOW, NULL));
  g_assert_true (rl_window_open_ledger (fixture->window, fixture->path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_free (fixture->path);
}

/* Tests */

static const struct
{
  const char *page;
  guint       rows;
} sample_pages[] = {
  { "compounds", 12 }, { "firms", 3 }, { "services", 12 },
  { "committees", 9 }, { "party_orgs", 12 }, { "instructors", 1 },
};

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->main_stack), ==, "ledger");

  for (guint i = 0; i < G_N_ELEMENTS (sample_pages); i++)
    {
      RlRecordPage *page = show_page (fixture, sample_pages[i].page);
      g_autofree char *expected = expected_count (sample_pages[i].rows, sample_pages[i].rows);

      g_assert_cmpuint (shown_rows (page), ==, sample_pages[i].rows);
      g_assert_cmpuint (rl_record_list_get_total (rl_record_page_get_list (page)), ==,
                        sample_pages[i].rows);
      g_assert_cmpstr (count_text (page), ==, expected);
    }

  /* Under zh_CN the pages are named in Chinese. */
  if (in_chinese ())
    {
      GtkStackPage *page = gtk_stack_get_page (fixture->window->page_stack,
                                               GTK_WIDGET (fixture->window->pages[0]));

      g_assert_cmpstr (gtk_stack_page_get_title (page), ==, "小区");
      g_assert_cmpstr (count_text (fixture->window->pages[5]), ==, "显示 1 / 1");
    }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  g_autofree char *expected = NULL;
  g_autoptr(RlRecord) first = NULL;
  g_autofree char *name = NULL;
  guint n;

  /* Five compounds have 苑 in their names; no address or id has it. */
  n = (guint) count_sql (fixture->path,
                         "SELECT count(*) FROM compounds WHERE name LIKE '%苑%'");
  g_assert_cmpuint (n, ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "苑");
  WAIT_UNTIL (shown_rows (page) == n);

  expected = expected_count (n, 12);
  g_assert_cmpstr (count_text (page), ==, expected);
  if (in_chinese ())
    g_assert_cmpstr (count_text (page), ==, "显示 5 / 12");
  first = first_record (page);
  name = rl_record_dup_display (first, "name");
  g_assert_nonnull (strstr (name, "苑"));

  /* The search follows to the next page shown: a service by its compound. */
  page = show_page (fixture, "services");
  g_assert_cmpuint (shown_rows (page), ==,
                    count_sql (fixture->path,
                               "SELECT count(*) FROM services s JOIN compounds c"
                               " ON c.id = s.compound_id WHERE c.name LIKE '%苑%'"));

  /* Escape clears it. */
  g_signal_emit_by_name (fixture->window->search_entry, "stop-search");
  WAIT_UNTIL (shown_rows (page) == 12);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  GtkDropDown *filter = child_of (page, RL_TYPE_RECORD_PAGE, "filter_dropdown");
  g_autofree char *expected = NULL;
  gint64 n;

  /* Compounds with no committee active today (China time). */
  n = count_sql (fixture->path,
                 "SELECT count(*) FROM compounds c WHERE NOT EXISTS (SELECT 1 FROM committees k"
                 " WHERE k.compound_id = c.id AND k.formed_on <= date ('now', '+8 hours')"
                 " AND (k.dissolved_on IS NULL OR k.dissolved_on > date ('now', '+8 hours')))");
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (n, <, 12);

  /* "All records", then the compound filters in order. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (filter)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (filter)), ==, 4);
  gtk_drop_down_set_selected (filter, 1);
  WAIT_UNTIL (shown_rows (page) == (guint) n);
  expected = expected_count ((guint) n, 12);
  g_assert_cmpstr (count_text (page), ==, expected);

  /* Services have no filters to choose from. */
  page = show_page (fixture, "services");
  filter = child_of (page, RL_TYPE_RECORD_PAGE, "filter_dropdown");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (filter)));

  /* Committees past their term: the sample has one overdue 换届. */
  page = show_page (fixture, "committees");
  rl_record_page_set_filter (page, RL_LIST_FILTER_TERM_OVERDUE);
  n = count_sql (fixture->path,
                 "SELECT count(*) FROM committees k WHERE k.term_end <= date ('now', '+8 hours')"
                 " AND k.formed_on <= date ('now', '+8 hours')"
                 " AND (k.dissolved_on IS NULL OR k.dissolved_on > date ('now', '+8 hours'))");
  g_assert_cmpint (n, >=, 1);
  WAIT_UNTIL (shown_rows (page) == (guint) n);
}

static void
test_scope (Fixture       *fixture,
            gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  RlScopeBar *bar = fixture->window->scope_bar;
  GtkDropDown *street = child_of (bar, RL_TYPE_SCOPE_BAR, "street_dropdown");
  GtkDropDown *community = child_of (bar, RL_TYPE_SCOPE_BAR, "community_dropdown");
  GListModel *communities = gtk_drop_down_get_model (community);
  g_autofree char *expected = NULL;
  guint found = G_MAXUINT;

  /* "All streets" and the sample's one street; "All communities" and its three. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (street)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (communities), ==, 4);

  for (guint i = 0; i < g_list_model_get_n_items (communities); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (communities, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), "径河海景北社区1") == 0)
        found = i;
    }
  g_assert_cmpuint (found, !=, G_MAXUINT);
  gtk_drop_down_set_selected (community, found);
  g_assert_cmpstr (rl_scope_bar_get_community_id (bar), ==,
                   "comm-7-000350");

  WAIT_UNTIL (shown_rows (page) == 4);
  expected = expected_count (4, 12);
  g_assert_cmpstr (count_text (page), ==, expected);

  /* Every page is in the same scope. */
  page = show_page (fixture, "services");
  g_assert_cmpuint (shown_rows (page), ==,
                    count_sql (fixture->path,
                               "SELECT count(*) FROM services s JOIN compounds c"
                               " ON c.id = s.compound_id WHERE c.community_id = 'comm-7-000350'"));

  /* Choosing the street again shows the whole street. */
  gtk_drop_down_set_selected (street, 1);
  WAIT_UNTIL (shown_rows (page) == 12);
  g_assert_null (rl_scope_bar_get_community_id (bar));
  g_assert_cmpstr (rl_scope_bar_get_street_id (bar), ==,
                   "street-7-000004");
}

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  return NULL;
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  GtkColumnView *view = child_of (page, RL_TYPE_RECORD_PAGE, "column_view");
  g_autofree char *households = rl_member_title (rl_collection_get (RL_COLLECTION_COMPOUNDS),
                                                 "households");
  g_autofree char *largest = text_sql (fixture->path,
                                       "SELECT id FROM compounds ORDER BY households DESC LIMIT 1");
  g_autofree char *smallest = text_sql (fixture->path,
                                        "SELECT id FROM compounds ORDER BY households ASC LIMIT 1");
  GtkColumnViewColumn *column = find_column (view, households);
  GtkSingleSelection *selection;
  RlRecord *record;

  g_assert_nonnull (column);
  record = first_record (page);
  g_assert_cmpstr (rl_record_get_id (record), ==, "comp-7-000006");   /* as added */
  g_object_unref (record);

  gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
  record = first_record (page);
  g_assert_cmpstr (rl_record_get_id (record), ==, largest);
  g_object_unref (record);

  gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
  record = first_record (page);
  g_assert_cmpstr (rl_record_get_id (record), ==, smallest);
  g_object_unref (record);

  /* No sort column: as added again; the view itself never reorders. */
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  record = first_record (page);
  g_assert_cmpstr (rl_record_get_id (record), ==, "comp-7-000006");
  g_object_unref (record);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  g_assert_true (gtk_single_selection_get_model (selection)
                 == G_LIST_MODEL (rl_record_page_get_list (page)));
}

static gboolean
has_record (const GPtrArray *records,
            const char      *id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (rl_record_get_id (g_ptr_array_index (records, i)), id) == 0)
      return TRUE;
  return FALSE;
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  RlDetailsPane *pane = fixture->window->details_pane;
  const GPtrArray *services;
  const GPtrArray *orgs;
  RlRecord *shown;

  /* 祥兰佳苑: one service, an organization of that service and one of its own. */
  g_assert_true (rl_record_page_select (page, "comp-7-000006"));
  WAIT_UNTIL (rl_details_pane_get_record (pane) != NULL);
  shown = rl_details_pane_get_record (pane);
  g_assert_cmpstr (rl_record_get_id (shown), ==, "comp-7-000006");

  services = rl_details_pane_get_related (pane, RL_RELATION_SERVICES);
  g_assert_nonnull (services);
  g_assert_cmpuint (services->len, ==,
                    count_sql (fixture->path,
                               "SELECT count(*) FROM services"
                               " WHERE compound_id = 'comp-7-000006'"));
  g_assert_true (has_record (services, "svc-7-000007"));
  /* With its firm's name. */
  g_assert_cmpstr (rl_record_get_extra (g_ptr_array_index (services, 0), 0), !=, "");

  orgs = rl_details_pane_get_related (pane, RL_RELATION_PARTY_ORGS);
  g_assert_true (has_record (orgs, "po-7-000009"));   /* covers the service */
  g_assert_true (has_record (orgs, "po-7-000010"));   /* covers the compound */
  g_assert_nonnull (rl_details_pane_get_related (pane, RL_RELATION_COMMITTEES));
  g_assert_nonnull (rl_details_pane_get_related (pane, RL_RELATION_INSTRUCTORS));
  g_assert_null (rl_details_pane_get_related (pane, RL_RELATION_COVERED));

  /* A related row leads to its record, on its own page. */
  g_signal_emit_by_name (pane, "record-activated", (guint) RL_COLLECTION_SERVICES,
                         "svc-7-000007");
  page = _rl_window_get_visible_page (fixture->window);
  g_assert_cmpint (rl_record_page_get_collection (page), ==, RL_COLLECTION_SERVICES);
  g_assert_cmpstr (rl_record_get_id (rl_record_page_get_selected (page)), ==, "svc-7-000007");
  g_assert_cmpstr (rl_record_get_id (rl_details_pane_get_record (pane)), ==, "svc-7-000007");
  g_assert_true (has_record (rl_details_pane_get_related (pane, RL_RELATION_FIRMS),
                             "firm-7-000002"));

  /* …even when the search hides it. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "no such name");
  WAIT_UNTIL (shown_rows (page) == 0);
  g_signal_emit_by_name (pane, "record-activated", (guint) RL_COLLECTION_COMPOUNDS,
                         "comp-7-000087");
  page = _rl_window_get_visible_page (fixture->window);
  g_assert_cmpstr (rl_record_get_id (rl_record_page_get_selected (page)), ==, "comp-7-000087");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->window->search_entry)), ==, "");
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  RlRecordPage *page = show_page (fixture, "compounds");
  RlStore *store = rl_window_get_store (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autoptr(RlRecord) record = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *households = NULL;
  RlAuditEntry *last;
  gint64 change_set = 0;

  g_assert_true (rl_record_page_select (page, "comp-7-000006"));
  record = rl_store_get_record (store, RL_COLLECTION_COMPOUNDS, "comp-7-000006", &error);
  g_assert_no_error (error);

  /* What the record dialog does when the user fixes a household count,
   * then tells the window. */
  json = rl_row_to_json (rl_record_get_row (record));
  json_object_set_int_member (json, "households", 2700);
  g_assert_true (rl_store_save_record (store, RL_COLLECTION_COMPOUNDS, json, "test", problems,
                                       &change_set, &error));
  g_assert_no_error (error);
  g_assert_cmpint (change_set, >, 0);
  _rl_window_changed_cb ("comp-7-000006", fixture->window);
  g_assert_cmpuint (fixture->window->undo_stack->len, ==, 1);

  /* The list and the details show the change, the record still selected. */
  households = rl_record_dup_display (rl_record_page_get_selected (page), "households");
  g_assert_cmpstr (households, ==, "2,700");
  g_clear_pointer (&households, g_free);
  households = rl_record_dup_display (rl_details_pane_get_record (fixture->window->details_pane),
                                      "households");
  g_assert_cmpstr (households, ==, "2,700");
  g_clear_pointer (&households, g_free);

  /* Ctrl+Z */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (fixture->window->undo_stack->len, ==, 0);
  households = rl_record_dup_display (rl_record_page_get_selected (page), "households");
  g_assert_cmpstr (households, ==, "2,696");
  g_clear_pointer (&households, g_free);
  g_clear_object (&record);
  record = rl_store_get_record (store, RL_COLLECTION_COMPOUNDS, "comp-7-000006", &error);
  g_assert_no_error (error);
  households = rl_record_dup_display (record, "households");
  g_assert_cmpstr (households, ==, "2,696");

  /* The undo is in the record's history, said to come from the window. */
  history = rl_store_history (store, "compounds", "comp-7-000006", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 3);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (last->source, ==, _("undo in window"));
  g_assert_cmpstr (last->member, ==, "households");
  g_assert_cmpstr (last->new_value, ==, "2696");

  /* Nothing more of this window's to undo. */
  change_set = rl_store_last_change_set (store);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (rl_store_last_change_set (store), ==, change_set);
}

static void
test_open_bad (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *bad = rl_test_write_package ("not-a-ledger.redledger", "hello, world\n");
  g_autoptr(GError) error = NULL;
  RlStore *store = rl_window_get_store (fixture->window);
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (fixture->window)));

  g_assert_false (rl_window_open_ledger (fixture->window, bad, &error));
  g_assert_error (error, RL_STORE_ERROR, RL_STORE_ERROR_NOT_A_LEDGER);
  g_assert_true (rl_window_get_store (fixture->window) == store);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, title);
  g_assert_cmpuint (shown_rows (fixture->window->pages[0]), ==, 12);
}

/* A new ledger offers a demo ledger, made on a thread. */
static void
test_empty_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autofree char *path = g_strdup (rl_store_get_path (store));
  RlWindow *window;

  use_system_mime_dirs ();
  g_clear_object (&store);
  window = g_object_ref_sink (g_object_new (RL_TYPE_WINDOW, NULL));
  g_assert_true (rl_window_open_ledger (window, path, &error));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-demo", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "busy");
  WAIT_UNTIL (window->busy == NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "ledger");
  g_assert_cmpuint (shown_rows (window->pages[0]), ==,
                    count_sql (path, "SELECT count(*) FROM compounds"));
  g_assert_cmpuint (shown_rows (window->pages[0]), >, 0);
  /* The demo is not this window's edit: nothing to undo. */
  g_assert_cmpuint (window->undo_stack->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The shortcuts window (Ctrl+?) that GtkApplication loads on its own. */
static void
test_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/org/redledger/RedLedger/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir;

  /* The tests read the window in Chinese when the locale is there. */
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  /* No accessibility bus under Xvfb. */
  g_setenv ("GTK_A11Y", "none", TRUE);

  {
    const char * const *dirs = g_get_system_data_dirs ();

    system_mime_dirs = g_new0 (char *, g_strv_length ((char **) dirs) + 1);
    for (guint i = 0; dirs[i] != NULL; i++)
      system_mime_dirs[i] = g_build_filename (dirs[i], "mime", NULL);
  }
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display: run under Xvfb (build-aux/dev test)\n");
      return 0;
    }
  localedir = g_getenv ("REDLEDGER_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : RL_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add ("/gui/window/pages", Fixture, NULL, fixture_setup, test_pages, fixture_teardown);
  g_test_add ("/gui/window/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/gui/window/filter", Fixture, NULL, fixture_setup, test_filter, fixture_teardown);
  g_test_add ("/gui/window/scope", Fixture, NULL, fixture_setup, test_scope, fixture_teardown);
  g_test_add ("/gui/window/sort", Fixture, NULL, fixture_setup, test_sort, fixture_teardown);
  g_test_add ("/gui/window/details", Fixture, NULL, fixture_setup, test_details, fixture_teardown);
  g_test_add ("/gui/window/undo", Fixture, NULL, fixture_setup, test_undo, fixture_teardown);
  g_test_add ("/gui/window/open-bad", Fixture, NULL, fixture_setup, test_open_bad,
              fixture_teardown);
  g_test_add_func ("/gui/window/empty-demo", test_empty_demo);
  g_test_add_func ("/gui/window/shortcuts", test_shortcuts);

  return g_test_run ();
}
