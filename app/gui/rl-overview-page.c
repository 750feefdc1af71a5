/* rl-overview-page.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures are computed on a thread (rl-overview-figures.c) whenever the
 * date, the scope or the ledger changes, and only while the page is shown:
 * a hidden page just remembers that it is out of date.
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-format.h"
#include "rl-gap-item.h"
#include "rl-gap-workbook.h"
#include "rl-overview-charts.h"
#include "rl-overview-page.h"
#include "rl-time.h"

struct _RlOverviewPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkEntry          *date_entry;
  GtkPopover        *calendar_popover;
  GtkCalendar       *calendar;
  GtkLabel          *scope_label;
  GtkLabel          *compounds_label;
  GtkSpinner        *spinner;
  GtkStack          *content_stack;
  GtkScrolledWindow *scrolled_window;
  GtkWidget         *content_box;
  GtkWidget         *gaps_heading;
  GtkFlowBox        *cards_box;
  GtkBox            *charts_box;
  GtkBox            *gaps_box;
  GtkLabel          *error_label;

  RlRateCard        *cards[RL_N_RATES];
  RlChartView       *rates_chart;
  RlChartView       *trend_chart;
  RlChartView       *management_chart;
  RlGapListView     *gap_lists[RL_N_GAPS];

  RlStore           *store;
  RlOverviewSource  *source;          /* where the threads compute */
  char              *date;
  char              *street_id;
  char              *community_id;
  RlOverviewFigures *figures;
  GCancellable      *cancellable;     /* the computation under way */
  guint              start_id;        /* an idle to start one */
  GPtrArray         *pending[RL_N_GAPS]; /* lists still to show, one a frame */
  guint              gaps_id;         /* the tick callback that shows them */
  gboolean           stale;           /* to compute when next shown */
};

G_DEFINE_FINAL_TYPE (RlOverviewPage, rl_overview_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum
{
  RECORD_ACTIVATED,
  SCOPE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_compute (RlOverviewPage *self);

/* The spinner turns while figures are computed or lists still shown. */
static void
update_busy (RlOverviewPage *self)
{
  gboolean busy = rl_overview_page_get_busy (self);

  if (gtk_widget_get_visible (GTK_WIDGET (self->spinner)) == busy)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
drop_pending (RlOverviewPage *self)
{
  if (self->gaps_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->gaps_id);
  self->gaps_id = 0;
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    g_clear_pointer (&self->pending[gap], g_ptr_array_unref);
}

/* One list a frame: GTK 4.8 makes a couple of hundred row widgets for a
 * new list, and five at once would hold the window up for a moment. */
static gboolean
show_gaps_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (widget);

  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    if (self->pending[gap] != NULL)
      {
        rl_gap_list_view_set_rows (self->gap_lists[gap], self->figures->date,
                                   self->figures->scope_name,
                                   g_steal_pointer (&self->pending[gap]));
        return G_SOURCE_CONTINUE;
      }
  self->gaps_id = 0;
  update_busy (self);
  return G_SOURCE_REMOVE;
}

static void
show_scope (RlOverviewPage *self)
{
  const RlOverviewFigures *figures = self->figures;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  if (figures == NULL)
    {
      gtk_label_set_text (self->scope_label, "");
      gtk_label_set_text (self->compounds_label, "");
      return;
    }
  gtk_label_set_text (self->scope_label,
                      figures->scope_name ? figures->scope_name : _("Whole ledger"));
  count = rl_format_count (figures->row->compounds);
  /* Translators: under the Overview's scope, "12 个小区" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s compound", "%s compounds",
                                       (gulong) MIN (figures->row->compounds, G_MAXLONG)),
                          count);
  gtk_label_set_text (self->compounds_label, text);
}

/* The view takes @data over. */
static void
show_chart (RlChartView       *view,
            const RlChartKind *kind,
            gpointer           data,
            const char        *title,
            GDestroyNotify     free_data)
{
  rl_chart_view_set_title (view, title);
  rl_chart_view_set_chart (view, kind, data, free_data);
}

static void
show_figures (RlOverviewPage    *self,
              RlOverviewFigures *figures)
{
  g_clear_pointer (&self->figures, rl_overview_figures_free);
  self->figures = figures;

  show_scope (self);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    rl_rate_card_set_figures (self->cards[rate], &figures->row->ratios[rate], figures->year,
                              figures->has_target[rate], figures->target[rate]);
  show_chart (self->rates_chart, &rl_overview_rates_chart, figures->bars, figures->bars->title,
              (GDestroyNotify) rl_rates_bar_chart_data_free);
  show_chart (self->trend_chart, &rl_overview_trend_chart, figures->trend,
              figures->trend->title, (GDestroyNotify) rl_trend_chart_data_free);
  show_chart (self->management_chart, &rl_overview_management_chart, figures->management,
              figures->management->title, (GDestroyNotify) rl_management_chart_data_free);
  figures->bars = NULL;
  figures->trend = NULL;
  figures->management = NULL;
  /* The views take the lists over, one at a time. */
  drop_pending (self);
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    self->pending[gap] = g_steal_pointer (&figures->gaps[gap]);
  self->gaps_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_gaps_cb, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.save-lists", TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, "figures");
}

static void
clear_figures (RlOverviewPage *self)
{
  drop_pending (self);
  g_clear_pointer (&self->figures, rl_overview_figures_free);
  show_scope (self);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    rl_rate_card_clear (self->cards[rate]);
  rl_chart_view_set_chart (self->rates_chart, NULL, NULL, NULL);
  rl_chart_view_set_chart (self->trend_chart, NULL, NULL, NULL);
  rl_chart_view_set_chart (self->management_chart, NULL, NULL, NULL);
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    rl_gap_list_view_set_rows (self->gap_lists[gap], NULL, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.save-lists", FALSE);
}

static void
compute_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RlOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RlOverviewFigures *figures = rl_overview_figures_compute_finish (result, &error);

  /* A newer computation took this one's place, or the page is gone. */
  if (self->cancellable == NULL || g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    {
      g_clear_pointer (&figures, rl_overview_figures_free);
      return;
    }
  g_clear_object (&self->cancellable);

  if (figures == NULL)
    {
      clear_figures (self);
      gtk_label_set_text (self->error_label, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
    }
  else
    show_figures (self, figures);
  update_busy (self);
}

static gboolean
start_compute_cb (gpointer user_data)
{
  RlOverviewPage *self = user_data;

  self->start_id = 0;
  self->cancellable = g_cancellable_new ();
  rl_overview_figures_compute_async (self->source, self->date,
                                     self->street_id, self->community_id, self->cancellable,
                                     compute_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Computes the figures again, from the main loop: a new ledger sets the
 * store, the scope and reloads in one go, and is computed once. */
static void
start_compute (RlOverviewPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || self->date == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->start_id, g_source_remove);
      self->stale = self->store != NULL && self->date != NULL;
      if (!self->stale)
        clear_figures (self);
      update_busy (self);
      return;
    }

  self->stale = FALSE;
  if (self->start_id == 0)
    self->start_id = g_idle_add_full (G_PRIORITY_DEFAULT, start_compute_cb, self, NULL);
  update_busy (self);
}

static void
date_changed_cb (RlOverviewPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;

  if (!rl_rates_check_date (text, &error))
    {
      gtk_entry_set_icon_from_icon_name (self->date_entry, GTK_ENTRY_ICON_SECONDARY,
                                         "dialog-warning-symbolic");
      gtk_entry_set_icon_tooltip_text (self->date_entry, GTK_ENTRY_ICON_SECONDARY,
                                       error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      return;
    }

  gtk_entry_set_icon_from_icon_name (self->date_entry, GTK_ENTRY_ICON_SECONDARY, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->date_entry),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (g_strcmp0 (text, self->date) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (text);
  start_compute (self);
}

static void
calendar_day_selected_cb (RlOverviewPage *self)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (when, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
  gtk_popover_popdown (self->calendar_popover);
}

static void
calendar_shown_cb (RlOverviewPage *self)
{
  GDate day;
  g_autoptr(GDateTime) when = NULL;

  g_date_clear (&day, 1);
  if (self->date == NULL || !rl_date_parse (self->date, &day))
    return;
  when = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                g_date_get_day (&day), 12, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, G_CALLBACK (calendar_day_selected_cb), self);
  gtk_calendar_select_day (self->calendar, when);
  g_signal_handlers_unblock_by_func (self->calendar, G_CALLBACK (calendar_day_selected_cb), self);
}

/* Narrows the scope to the community @id, in its street. */
static void
activate_community (RlOverviewPage *self,
                    const char     *id)
{
  const GPtrArray *communities = self->figures->rates->communities;

  for (guint i = 0; i < communities->len; i++)
    {
      const RlRatesRow *row = g_ptr_array_index (communities, i);

      if (g_strcmp0 (row->id, id) == 0)
        {
          g_signal_emit (self, signals[SCOPE_ACTIVATED], 0, row->street_id, row->id);
          return;
        }
    }
}

static void
rates_activated_cb (RlOverviewPage *self,
                    int             category,
                    int             series)
{
  const RlRatesBarChartData *data = rl_chart_view_get_data (self->rates_chart);
  const RlRatesBarGroup *group;

  if (data == NULL || self->figures == NULL || category < 0
      || (guint) category >= data->groups->len)
    return;
  group = g_ptr_array_index (data->groups, category);
  if (self->figures->bars_by == RL_SCOPE_STREET)
    g_signal_emit (self, signals[SCOPE_ACTIVATED], 0, group->id, NULL);
  else
    activate_community (self, group->id);
}

/* A quarter shows the figures at its end. */
static void
trend_activated_cb (RlOverviewPage *self,
                    int             category,
                    int             series)
{
  const RlTrendChartData *data = rl_chart_view_get_data (self->trend_chart);
  const RlTrendPoint *point;

  if (data == NULL || category < 0 || (guint) category >= data->points->len)
    return;
  point = g_ptr_array_index (data->points, category);
  rl_overview_page_set_date (self, point->date);
}

static void
management_activated_cb (RlOverviewPage *self,
                         int             category,
                         int             series)
{
  const RlManagementChartData *data = rl_chart_view_get_data (self->management_chart);
  const RlManagementGroup *group;

  if (data == NULL || self->figures == NULL || category < 0
      || (guint) category >= data->groups->len)
    return;
  group = g_ptr_array_index (data->groups, category);
  if (self->figures->bars_by == RL_SCOPE_STREET)
    g_signal_emit (self, signals[SCOPE_ACTIVATED], 0, group->id, NULL);
  else
    activate_community (self, group->id);
}

static void
gap_activated_cb (RlOverviewPage *self,
                  guint           collection,
                  const char     *id)
{
  g_signal_emit (self, signals[RECORD_ACTIVATED], 0, collection, id);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (widget);
  g_autofree char *today = rl_rates_today ();

  rl_overview_page_set_date (self, today);
  gtk_popover_popdown (self->calendar_popover);
}

static void
show_error (RlOverviewPage *self,
            const char     *message,
            const GError   *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every list as one workbook, a sheet each; the views lend their rows. */
static gboolean
save_lists (RlOverviewPage  *self,
            const char      *path,
            GError         **error)
{
  GPtrArray *lists[RL_N_GAPS];
  gboolean ok;

  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    {
      GListModel *items = rl_gap_list_view_get_items (self->gap_lists[gap]);
      guint n = g_list_model_get_n_items (items);

      lists[gap] = g_ptr_array_sized_new (n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RlGapItem) item = g_list_model_get_item (items, i);

          g_ptr_array_add (lists[gap], (gpointer) rl_gap_item_get_row (item));
        }
    }
  ok = rl_gap_workbook_write_all (path, self->figures->date, self->figures->scope_name, lists,
                                  error);
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    g_ptr_array_unref (lists[gap]);
  return ok;
}

static void
save_lists_response_cb (GtkNativeDialog *native,
                        int              response,
                        RlOverviewPage  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->figures != NULL)
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
      if (path == NULL || !save_lists (self, path, &error))
        show_error (self, _("The workbook could not be saved"), error);
    }
  g_object_unref (native);
  g_object_unref (self);
}

static void
save_lists_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;

  if (self->figures == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Save the Lists as a Workbook"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  /* Translators: the file name all the gap lists are saved under, with the
   * date; no slashes */
  name = g_strdup_printf (_("Gap lists %s.xlsx"), self->figures->date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect (native, "response", G_CALLBACK (save_lists_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
rl_overview_page_map (GtkWidget *widget)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (rl_overview_page_parent_class)->map (widget);

  if (self->stale)
    start_compute (self);
}

static void
rl_overview_page_dispose (GObject *object)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->start_id, g_source_remove);
  drop_pending (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->figures, rl_overview_figures_free);
  g_clear_pointer (&self->source, rl_overview_source_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rl_overview_page_parent_class)->dispose (object);
}

static void
rl_overview_page_finalize (GObject *object)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (object);

  g_free (self->date);
  g_free (self->street_id);
  g_free (self->community_id);

  G_OBJECT_CLASS (rl_overview_page_parent_class)->finalize (object);
}

static void
rl_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RlOverviewPage *self = RL_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, rl_overview_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_overview_page_class_init (RlOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_overview_page_dispose;
  object_class->finalize = rl_overview_page_finalize;
  object_class->get_property = rl_overview_page_get_property;
  widget_class->map = rl_overview_page_map;

  /* The figures are being computed. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A gap row was activated: the collection and id of its record. */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
  /* A bar asks for the scope of its street (community NULL) or community. */
  signals[SCOPE_ACTIVATED] =
    g_signal_new ("scope-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, scope_label);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, compounds_label);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, gaps_heading);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, gaps_box);
  gtk_widget_class_bind_template_child (widget_class, RlOverviewPage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "overview.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "overview.save-lists", NULL, save_lists_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rl-overview-page");
}

static RlChartView *
add_chart (RlOverviewPage *self,
           int             height,
           GCallback       activated)
{
  RlChartView *view = rl_chart_view_new ();

  gtk_widget_set_size_request (GTK_WIDGET (view), -1, height);
  g_signal_connect_object (view, "category-activated", activated, self, G_CONNECT_SWAPPED);
  gtk_box_append (self->charts_box, GTK_WIDGET (view));
  return view;
}

static void
rl_overview_page_init (RlOverviewPage *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autofree char *today = rl_rates_today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      self->cards[rate] = rl_rate_card_new (rate);
      gtk_flow_box_append (self->cards_box, GTK_WIDGET (self->cards[rate]));
      /* Cards are read, not chosen: no stop for Tab. */
      gtk_widget_set_focusable (gtk_widget_get_parent (GTK_WIDGET (self->cards[rate])), FALSE);
    }
  self->rates_chart = add_chart (self, 380, G_CALLBACK (rates_activated_cb));
  self->trend_chart = add_chart (self, 340, G_CALLBACK (trend_activated_cb));
  self->management_chart = add_chart (self, 360, G_CALLBACK (management_activated_cb));
  for (RlGap gap = 0; gap < RL_N_GAPS; gap++)
    {
      self->gap_lists[gap] = rl_gap_list_view_new (gap);
      g_signal_connect_object (self->gap_lists[gap], "record-activated",
                               G_CALLBACK (gap_activated_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->gaps_box, GTK_WIDGET (self->gap_lists[gap]));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.save-lists", FALSE);

  /* Nothing to compute yet: no store. */
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

void
rl_overview_page_set_store (RlOverviewPage *self,
                            RlStore        *store)
{
  g_return_if_fail (RL_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (store == NULL || RL_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  g_clear_pointer (&self->source, rl_overview_source_unref);
  if (store != NULL)
    self->source = rl_overview_source_new (rl_store_get_path (store));
  clear_figures (self);
  start_compute (self);
}

/* The street and community the figures are for (NULL for all). */
void
rl_overview_page_set_scope (RlOverviewPage *self,
                            const char     *street_id,
                            const char     *community_id)
{
  g_return_if_fail (RL_IS_OVERVIEW_PAGE (self));

  if (g_strcmp0 (street_id, self->street_id) == 0
      && g_strcmp0 (community_id, self->community_id) == 0)
    return;
  g_free (self->street_id);
  self->street_id = g_strdup (street_id);
  g_free (self->community_id);
  self->community_id = g_strdup (community_id);
  start_compute (self);
}

/* As if the user typed @date; FALSE when it is no date. */
gboolean
rl_overview_page_set_date (RlOverviewPage *self,
                           const char     *date)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date ? date : "");
  return rl_rates_check_date (date, NULL);
}

/* The day the figures are for (the last valid one typed). */
const char *
rl_overview_page_get_date (RlOverviewPage *self)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), NULL);

  return self->date;
}

/* Computes again: the ledger changed. */
void
rl_overview_page_refresh (RlOverviewPage *self)
{
  g_return_if_fail (RL_IS_OVERVIEW_PAGE (self));

  start_compute (self);
}

gboolean
rl_overview_page_get_busy (RlOverviewPage *self)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), FALSE);

  return self->cancellable != NULL || self->start_id != 0 || self->gaps_id != 0;
}

/* What the page shows; NULL before the first figures. The gap lists have
 * gone to their views. */
const RlOverviewFigures *
rl_overview_page_get_figures (RlOverviewPage *self)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), NULL);

  return self->figures;
}

RlRateCard *
rl_overview_page_get_card (RlOverviewPage *self,
                           RlRate          rate)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (rate < RL_N_RATES, NULL);

  return self->cards[rate];
}

/* Scrolls to the cards (0), the charts (1) or the lists (2). */
void
rl_overview_page_scroll_to (RlOverviewPage *self,
                            guint           section)
{
  GtkAdjustment *adjustment;
  GtkWidget *target;
  graphene_point_t point;

  g_return_if_fail (RL_IS_OVERVIEW_PAGE (self));

  target = section == 0 ? GTK_WIDGET (self->cards_box)
           : section == 1 ? GTK_WIDGET (self->charts_box) : self->gaps_heading;
  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  if (gtk_widget_compute_point (target, self->content_box, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, section == 0 ? 0 : point.y - 12);
}

/* 0: rates by street or community, 1: the trend, 2: how compounds are
 * managed. */
RlChartView *
rl_overview_page_get_chart (RlOverviewPage *self,
                            guint           chart)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (chart < 3, NULL);

  return chart == 0 ? self->rates_chart : chart == 1 ? self->trend_chart
                                                     : self->management_chart;
}

RlGapListView *
rl_overview_page_get_gap_list (RlOverviewPage *self,
                               RlGap           gap)
{
  g_return_val_if_fail (RL_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (gap < RL_N_GAPS, NULL);

  return self->gap_lists[gap];
}
