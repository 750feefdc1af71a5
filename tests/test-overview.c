/* test-overview.c: the Overview page and the Preferences window on the
 * district's sample ledger
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the real window under Xvfb; the figures are computed on a thread,
 * so the tests wait (iterating the main context, with a deadline) until the
 * page shows the date and scope asked for. The expected figures are the
 * district's own files and the core's lists, never the page's.
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rl-gap-item.h"
#include "rl-importer.h"
#include "rl-preferences-window.h"
#include "rl-test-util.h"
#include "rl-window-private.h"

#define DEADLINE_SECONDS 30

typedef struct
{
  char           *path;
  RlWindow       *window;
  RlOverviewPage *page;
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

static char **system_mime_dirs;

static gboolean
in_chinese (void)
{
  return g_strcmp0 (_("Showing %s of %s"), "显示 %s / %s") == 0;
}

/* The figures shown are for @date, in the scope of @scope_id (NULL: the
 * whole ledger), and nothing is being computed. */
static gboolean
shows (RlOverviewPage *page,
       const char     *date,
       const char     *scope_id)
{
  const RlOverviewFigures *figures = rl_overview_page_get_figures (page);

  return !rl_overview_page_get_busy (page) && figures != NULL
         && g_strcmp0 (figures->date, date) == 0 && g_strcmp0 (figures->scope_id, scope_id) == 0;
}

static void
show_overview (Fixture    *fixture,
               const char *date)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", "overview"));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
  g_assert_true (rl_overview_page_set_date (fixture->page, date));
  WAIT_UNTIL (shows (fixture->page, date, NULL));
}

/* The row of @scope_id (NULL: "total") in a `rates --json` file. */
static JsonObject *
expected_row (const char *file,
              const char *scope_id)
{
  g_autofree char *path = rl_test_data_path (file);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *communities;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  if (scope_id == NULL)
    return json_object_ref (json_object_get_object_member (root, "total"));
  communities = json_object_get_array_member (root, "communities");
  for (guint i = 0; i < json_array_get_length (communities); i++)
    {
      JsonObject *row = json_array_get_object_element (communities, i);

      if (g_strcmp0 (json_object_get_string_member (row, "id"), scope_id) == 0)
        return json_object_ref (row);
    }
  g_error ("no community %s in %s", scope_id, file);
}

/* The cards show the file's figures: "66.7%" and "8 / 12 …", worked out here
 * from the counts, half up on the exact fraction as cli.md says. */
static void
assert_cards (RlOverviewPage *page,
              JsonObject     *expected)
{
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      RlRateCard *card = rl_overview_page_get_card (page, rate);
      JsonObject *ratio = json_object_get_object_member (expected, rl_rate_key (rate));
      gint64 num = json_object_get_int_member (ratio, "num");
      gint64 den = json_object_get_int_member (ratio, "den");
      g_autofree char *value = NULL;
      g_autofree char *counts = g_strdup_printf ("%lld / %lld ", (long long) num,
                                                 (long long) den);

      if (den == 0)
        value = g_strdup ("—");
      else
        {
          gint64 tenths = (num * 2000 + den) / (2 * den);

          value = g_strdup_printf ("%lld.%lld%%", (long long) (tenths / 10),
                                   (long long) (tenths % 10));
        }
      g_assert_cmpstr (rl_rate_card_get_value_text (card), ==, value);
      g_assert_true (g_str_has_prefix (rl_rate_card_get_counts_text (card), counts));
    }
}

/* Every gap list holds what the core lists for the date and scope. */
static void
assert_gap_counts (Fixture    *fixture,
                   const char *date,
                   RlScope     scope,
                   const char *scope_id)
{
  RlStore *store = rl_window_get_store (fixture->window);

  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = rl_rates_gaps (store, gap, date, scope, scope_id, &error);
      GListModel *items = rl_gap_list_view_get_items (rl_overview_page_get_gap_list (fixture->page,
                                                                                     gap));

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (items), ==, rows->len);
      for (guint i = 0; i < rows->len; i++)
        {
          g_autoptr(RlGapItem) item = g_list_model_get_item (items, i);
          const RlGapRow *row = g_ptr_array_index (rows, i);

          g_assert_cmpstr (rl_gap_item_get_id (item), ==, row->id);
        }
    }
}

/* The centre of the first hit of @category that is a bar (@series ≥ 0). */
static gboolean
find_bar (RlChartView *view,
          int          category,
          double      *x,
          double      *y)
{
  const RlChartLayout *layout = rl_chart_view_get_layout (view);

  for (guint i = 0; layout != NULL && i < layout->hits->len; i++)
    {
      const RlChartHit *hit = &g_array_index (layout->hits, RlChartHit, i);

      if (hit->category == category && hit->series >= 0 && hit->angle == 0)
        {
          *x = hit->x + hit->width / 2;
          *y = hit->y + hit->height / 2;
          return TRUE;
        }
    }
  return FALSE;
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

  g_content_type_set_mime_dirs ((const char * const *) system_mime_dirs);
  report = rl_import_package (store, package, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->written);
  fixture->path = g_strdup (rl_store_get_path (store));
  g_clear_object (&store);

  fixture->window = g_object_ref_sink (g_object_new (RL_TYPE_WINDOW, NULL));
  g_assert_true (rl_window_open_ledger (fixture->window, fixture->path, &error));
  g_assert_no_error (error);
  fixture->page = fixture->window->overview_page;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 768);
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

/* The first page, on the sample's published date. */
static void
test_cards (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonObject) expected = expected_row ("jinghe-2026.rates-2026-09-30.json", NULL);
  RlRateCard *committees;
  g_autofree char *target = NULL;
  g_autofree char *short_by = NULL;

  /* The Overview comes first, with the whole width. */
  g_assert_true (gtk_stack_get_visible_child (fixture->window->page_stack)
                 == GTK_WIDGET (fixture->page));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->details_pane)));

  show_overview (fixture, "2026-09-30");
  assert_cards (fixture->page, expected);
  committees = rl_overview_page_get_card (fixture->page, RL_RATE_COMMITTEE_FORMATION);
  g_assert_cmpstr (rl_rate_card_get_value_text (committees), ==, "66.7%");
  g_assert_true (g_str_has_prefix (rl_rate_card_get_counts_text (committees), "8 / 12 "));
  g_assert_cmpstr (rl_rate_card_get_value_text (rl_overview_page_get_card (
                     fixture->page, RL_RATE_RED_PROPERTY_COVERAGE)), ==, "75.0%");

  /* The default target for 2026, and how far off: 100 − 66.7. */
  target = g_strdup_printf (_("%d target: %s"), 2026, "100%");
  g_assert_cmpstr (rl_rate_card_get_target_text (committees), ==, target);
  short_by = g_strdup_printf (_("%s percentage points short"), "33.3");
  g_assert_cmpstr (rl_rate_card_get_gap_text (committees), ==, short_by);
  if (in_chinese ())
    {
      g_assert_cmpstr (rl_rate_card_get_gap_text (committees), ==, "差 33.3 个百分点");
      g_assert_true (g_str_has_suffix (rl_rate_card_get_counts_text (committees), "个小区"));
    }
  /* Party work coverage has no default target. */
  g_clear_pointer (&target, g_free);
  target = g_strdup_printf (_("No target for %d"), 2026);
  g_assert_cmpstr (rl_rate_card_get_target_text (rl_overview_page_get_card (
                     fixture->page, RL_RATE_PARTY_WORK_COVERAGE)), ==, target);

  assert_gap_counts (fixture, "2026-09-30", RL_SCOPE_LEDGER, NULL);
  /* The sample has an overdue 换届 and compounds with no committee. */
  g_assert_cmpuint (g_list_model_get_n_items (rl_gap_list_view_get_items (
                      rl_overview_page_get_gap_list (fixture->page, RL_GAP_NO_COMMITTEE))),
                    ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (rl_gap_list_view_get_items (
                      rl_overview_page_get_gap_list (fixture->page, RL_GAP_TERM_OVERDUE))),
                    >=, 1);
}

static void
test_date (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(JsonObject) expected = expected_row ("jinghe-2026.rates-2026-06-30.json", NULL);
  GtkWidget *entry;

  show_overview (fixture, "2026-09-30");

  /* A new date is computed on a thread: the page says so meanwhile. */
  g_assert_true (rl_overview_page_set_date (fixture->page, "2026-06-30"));
  g_assert_true (rl_overview_page_get_busy (fixture->page));
  WAIT_UNTIL (shows (fixture->page, "2026-06-30", NULL));
  assert_cards (fixture->page, expected);
  g_assert_cmpstr (rl_rate_card_get_value_text (rl_overview_page_get_card (
                     fixture->page, RL_RATE_RED_PROPERTY_COVERAGE)), ==, "25.0%");
  assert_gap_counts (fixture, "2026-06-30", RL_SCOPE_LEDGER, NULL);

  /* A day that is not in the calendar is refused where it is typed, and
   * the figures stay. */
  g_assert_false (rl_overview_page_set_date (fixture->page, "2026-02-30"));
  entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                     RL_TYPE_OVERVIEW_PAGE, "date_entry"));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (rl_overview_page_get_busy (fixture->page));
  g_assert_cmpstr (rl_overview_page_get_date (fixture->page), ==, "2026-06-30");

  /* The trend's quarter ends at 2026-06-30 and the seven before it. */
  {
    RlTrendChartData *trend = rl_chart_view_get_data (rl_overview_page_get_chart (fixture->page,
                                                                                  1));
    const RlTrendPoint *last;

    g_assert_nonnull (trend);
    g_assert_cmpuint (trend->points->len, ==, 8);
    last = g_ptr_array_index (trend->points, 7);
    g_assert_cmpstr (last->date, ==, "2026-06-30");
    g_assert_cmpstr (((RlTrendPoint *) g_ptr_array_index (trend->points, 0))->date, ==,
                     "2024-09-30");
    g_assert_cmpfloat (last->values[RL_RATE_RED_PROPERTY_COVERAGE].value, ==, 0.25);
  }
}

static void
test_scope (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonObject) expected = expected_row ("jinghe-2026.rates-2026-09-30.json",
                                                 "comm-7-000350");
  RlScopeBar *bar = fixture->window->scope_bar;
  GtkDropDown *community = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (bar),
                                                                         RL_TYPE_SCOPE_BAR,
                                                                         "community_dropdown"));
  GListModel *names = gtk_drop_down_get_model (community);

  show_overview (fixture, "2026-09-30");

  /* As the user does: the community by its name in the sidebar. */
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (names, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), "径河海景北社区1") == 0)
        gtk_drop_down_set_selected (community, i);
    }
  g_assert_cmpstr (rl_scope_bar_get_community_id (bar), ==, "comm-7-000350");
  WAIT_UNTIL (shows (fixture->page, "2026-09-30", "comm-7-000350"));

  g_assert_cmpint (rl_overview_page_get_figures (fixture->page)->scope, ==, RL_SCOPE_COMMUNITY);
  assert_cards (fixture->page, expected);
  g_assert_cmpstr (rl_rate_card_get_value_text (rl_overview_page_get_card (
                     fixture->page, RL_RATE_COMMITTEE_FORMATION)), ==, "75.0%");
  assert_gap_counts (fixture, "2026-09-30", RL_SCOPE_COMMUNITY, "comm-7-000350");

  /* Back to the whole ledger. */
  rl_scope_bar_set_scope (bar, NULL, NULL);
  WAIT_UNTIL (shows (fixture->page, "2026-09-30", NULL));
}

/* Chart 1: hovering a bar tells its figure; clicking it narrows the scope. */
static void
test_chart_narrows (Fixture       *fixture,
                    gconstpointer  data)
{
  RlChartView *view = rl_overview_page_get_chart (fixture->page, 0);
  const RlRatesBarChartData *chart;
  const RlRatesBarGroup *group;
  g_autoptr(JsonObject) expected = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *group_id = NULL;
  double x = 0, y = 0;

  show_overview (fixture, "2026-09-30");
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (view)) > 0
              && rl_chart_view_get_layout (view) != NULL);

  /* The sample's one street: the bars are its three communities. */
  chart = rl_chart_view_get_data (view);
  g_assert_cmpint (rl_overview_page_get_figures (fixture->page)->bars_by, ==,
                   RL_SCOPE_COMMUNITY);
  g_assert_cmpuint (chart->groups->len, ==, 3);
  group = g_ptr_array_index (chart->groups, 1);
  group_id = g_strdup (group->id);
  expected = expected_row ("jinghe-2026.rates-2026-09-30.json", group_id);

  g_assert_true (find_bar (view, 1, &x, &y));
  tooltip = rl_chart_view_describe_at (view, x, y);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, group->name));
  g_assert_nonnull (strstr (tooltip, group->values[0].text));

  g_assert_true (rl_chart_view_activate_at (view, x, y));
  g_assert_cmpstr (rl_scope_bar_get_community_id (fixture->window->scope_bar), ==, group_id);
  g_assert_cmpstr (rl_scope_bar_get_street_id (fixture->window->scope_bar), ==,
                   "street-7-000004");
  WAIT_UNTIL (shows (fixture->page, "2026-09-30", group_id));
  assert_cards (fixture->page, expected);

  /* The other pages are in the same scope. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", "compounds"));
  WAIT_UNTIL (g_list_model_get_n_items (G_LIST_MODEL (rl_record_page_get_list (
                fixture->window->pages[0]))) == 4);
}

/* Every chart saves as PNG, PDF and SVG. */
static void
test_chart_export (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *const suffixes[] = { "png", "pdf", "svg" };

  show_overview (fixture, "2026-09-30");
  for (guint c = 0; c < 3; c++)
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *name = g_strdup_printf ("chart-%u.%s", c, suffixes[i]);
        g_autofree char *path = rl_test_temp_path (name);
        g_autoptr(GError) error = NULL;
        g_autofree char *contents = NULL;
        gsize length = 0;

        g_assert_true (rl_chart_view_export (rl_overview_page_get_chart (fixture->page, c), path,
                                             &error));
        g_assert_no_error (error);
        g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
        g_assert_cmpuint (length, >, 100);
        if (i == 0)
          g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
        else if (i == 1)
          g_assert_true (g_str_has_prefix (contents, "%PDF"));
        else
          g_assert_nonnull (strstr (contents, "<svg"));
      }
}

/* A gap row opens its record, on its own page. */
static void
test_gap_row (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    RlGap       gap;
    const char *page;
  } cases[] = {
    { RL_GAP_NO_COMMITTEE, "compounds" },
    { RL_GAP_TERM_OVERDUE, "committees" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      RlGapListView *list;
      g_autoptr(RlGapItem) item = NULL;
      RlRecordPage *page;

      show_overview (fixture, "2026-09-30");
      list = rl_overview_page_get_gap_list (fixture->page, cases[c].gap);
      item = g_list_model_get_item (rl_gap_list_view_get_items (list), 0);
      g_assert_nonnull (item);

      rl_gap_list_view_activate_row (list, 0);
      page = _rl_window_get_visible_page (fixture->window);
      g_assert_nonnull (page);
      g_assert_cmpstr (rl_collection_get (rl_record_page_get_collection (page))->name, ==,
                       cases[c].page);
      g_assert_nonnull (rl_record_page_get_selected (page));
      g_assert_cmpstr (rl_record_get_id (rl_record_page_get_selected (page)), ==,
                       rl_gap_item_get_id (item));
      /* The details pane is back, showing the record. */
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->details_pane)));
      g_assert_cmpstr (rl_record_get_id (rl_details_pane_get_record (
                         fixture->window->details_pane)), ==, rl_gap_item_get_id (item));
    }
}

/* A list saves as a workbook (the io layer's; here: that a file is
 * written, an .xlsx being a zip). */
static void
test_gap_workbook (Fixture       *fixture,
                   gconstpointer  data)
{
  RlGapListView *list;
  g_autofree char *path = rl_test_temp_path ("no-committee.xlsx");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  show_overview (fixture, "2026-09-30");
  list = rl_overview_page_get_gap_list (fixture->page, RL_GAP_NO_COMMITTEE);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_template_child (
                   GTK_WIDGET (list), RL_TYPE_GAP_LIST_VIEW, "save_button"))));
  g_assert_true (rl_gap_list_view_save (list, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
}

/* The Overview has no list to search: typing there finds compounds. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  RlRecordPage *page;

  show_overview (fixture, "2026-09-30");
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->search_entry), "苑");
  WAIT_UNTIL (_rl_window_get_visible_page (fixture->window) != NULL);
  page = _rl_window_get_visible_page (fixture->window);
  g_assert_cmpint (rl_record_page_get_collection (page), ==, RL_COLLECTION_COMPOUNDS);
  WAIT_UNTIL (g_list_model_get_n_items (G_LIST_MODEL (rl_record_page_get_list (page))) == 5);
}

static RlPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RL_IS_PREFERENCES_WINDOW (window))
        return RL_PREFERENCES_WINDOW (window);
    }
  return NULL;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  RlRateCard *card = rl_overview_page_get_card (fixture->page, RL_RATE_COMMITTEE_FORMATION);
  RlPreferencesWindow *preferences;
  GtkEditable *entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(RlStore) reopened = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *target = NULL;
  g_autofree char *short_by = NULL;
  gboolean has_target = FALSE;
  double value = 0;
  guint undo_depth;

  show_overview (fixture, "2026-09-30");

  /* Ctrl+, opens the targets of the year shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences",
                                             NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (_rl_preferences_window_get_year (
                     preferences)), ==, 2026);
  entry = _rl_preferences_window_get_entry (preferences, RL_RATE_COMMITTEE_FORMATION);
  /* Nothing kept yet: the default is the placeholder. */
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, "100");

  /* A refused value disables Save. */
  gtk_editable_set_text (entry, "120");
  g_assert_false (_rl_preferences_window_can_save (preferences));
  gtk_editable_set_text (entry, "90");
  g_assert_true (_rl_preferences_window_can_save (preferences));

  undo_depth = fixture->window->undo_stack->len;
  g_assert_true (_rl_preferences_window_save (preferences, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* The card follows: 66.7% against 90%. */
  target = g_strdup_printf (_("%d target: %s"), 2026, "90%");
  WAIT_UNTIL (!rl_overview_page_get_busy (fixture->page)
              && g_strcmp0 (rl_rate_card_get_target_text (card), target) == 0);
  short_by = g_strdup_printf (_("%s percentage points short"), "23.3");
  g_assert_cmpstr (rl_rate_card_get_gap_text (card), ==, short_by);
  /* Targets are not undone with Ctrl+Z. */
  g_assert_cmpuint (fixture->window->undo_stack->len, ==, undo_depth);

  /* Kept in the ledger, and in its audit log. */
  reopened = rl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (rl_rates_get_target (reopened, RL_RATE_COMMITTEE_FORMATION, 2026, &has_target,
                                      &value, &error));
  g_assert_true (has_target);
  g_assert_cmpfloat (value, ==, 0.9);
  history = rl_store_history (reopened, "targets", "2026/committee_formation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((RlAuditEntry *) g_ptr_array_index (history, 0))->new_value, ==, "0.9");

  /* Opened again, Preferences shows the ledger's own target. */
  rl_preferences_window_present (GTK_WINDOW (fixture->window),
                                 rl_window_get_store (fixture->window), 2026, NULL, NULL);
  preferences = find_preferences ();
  entry = _rl_preferences_window_get_entry (preferences, RL_RATE_COMMITTEE_FORMATION);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "90");

  /* Restore Defaults empties the year's entries; saved, the default is
   * back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences),
                                             "preferences.restore-defaults", NULL));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (_rl_preferences_window_save (preferences, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_true (rl_rates_get_target (reopened, RL_RATE_COMMITTEE_FORMATION, 2026, &has_target,
                                      &value, &error));
  g_assert_cmpfloat (value, ==, 1.0);
}

/* What the user may type for a target. */
static void
test_preferences_input (void)
{
  g_autoptr(RlStore) store = rl_test_new_store ();
  g_autoptr(GError) error = NULL;
  RlPreferencesWindow *preferences =
    g_object_ref_sink (_rl_preferences_window_new (NULL, store, 2021, NULL, NULL));
  GtkEditable *red = _rl_preferences_window_get_entry (preferences,
                                                       RL_RATE_RED_PROPERTY_COVERAGE);
  gboolean has_target;
  double value;

  /* 2021's default red property target is 70%. */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (red)), ==, "70");

  /* A Chinese input method's full-width digits and percent sign. */
  gtk_editable_set_text (red, "８７.５％");
  g_assert_true (_rl_preferences_window_can_save (preferences));
  gtk_editable_set_text (red, "abc");
  g_assert_false (_rl_preferences_window_can_save (preferences));
  gtk_editable_set_text (red, "87.5%");
  g_assert_true (_rl_preferences_window_can_save (preferences));

  /* Another year keeps what was typed for this one. */
  gtk_spin_button_set_value (_rl_preferences_window_get_year (preferences), 2022);
  g_assert_cmpstr (gtk_editable_get_text (red), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (red)), ==, "100");
  gtk_spin_button_set_value (_rl_preferences_window_get_year (preferences), 2021);
  g_assert_cmpstr (gtk_editable_get_text (red), ==, "87.5%");

  g_assert_true (_rl_preferences_window_save (preferences, &error));
  g_assert_no_error (error);
  g_assert_true (rl_rates_get_target (store, RL_RATE_RED_PROPERTY_COVERAGE, 2021, &has_target,
                                      &value, &error));
  g_assert_cmpfloat (value, ==, 0.875);
  /* Saving again writes nothing more. */
  {
    gint64 audits = rl_store_audit_count (store);

    g_assert_true (_rl_preferences_window_save (preferences, &error));
    g_assert_cmpint (rl_store_audit_count (store), ==, audits);
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_object_unref (preferences);
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

    /* The isolated test dirs have no shared-mime-info for the spinner's SVG. */
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

  g_test_add ("/gui/overview/cards", Fixture, NULL, fixture_setup, test_cards,
              fixture_teardown);
  g_test_add ("/gui/overview/date", Fixture, NULL, fixture_setup, test_date, fixture_teardown);
  g_test_add ("/gui/overview/scope", Fixture, NULL, fixture_setup, test_scope,
              fixture_teardown);
  g_test_add ("/gui/overview/chart-narrows", Fixture, NULL, fixture_setup, test_chart_narrows,
              fixture_teardown);
  g_test_add ("/gui/overview/chart-export", Fixture, NULL, fixture_setup, test_chart_export,
              fixture_teardown);
  g_test_add ("/gui/overview/gap-row", Fixture, NULL, fixture_setup, test_gap_row,
              fixture_teardown);
  g_test_add ("/gui/overview/gap-workbook", Fixture, NULL, fixture_setup, test_gap_workbook,
              fixture_teardown);
  g_test_add ("/gui/overview/search", Fixture, NULL, fixture_setup, test_search,
              fixture_teardown);
  g_test_add ("/gui/preferences/targets", Fixture, NULL, fixture_setup, test_preferences,
              fixture_teardown);
  g_test_add_func ("/gui/preferences/input", test_preferences_input);

  return g_test_run ();
}
