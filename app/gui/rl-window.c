/* rl-window.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rl-store-edit.h"
#include "rl-window-private.h"

G_DEFINE_FINAL_TYPE (RlWindow, rl_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

RlRecordPage *
_rl_window_get_visible_page (RlWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->page_stack);

  return RL_IS_RECORD_PAGE (child) ? RL_RECORD_PAGE (child) : NULL;
}

RlRecordPage *
_rl_window_get_page (RlWindow       *self,
                     RlCollectionId  collection)
{
  for (guint i = 0; i < RL_WINDOW_N_PAGES; i++)
    if (rl_record_page_get_collection (self->pages[i]) == collection)
      return self->pages[i];
  return NULL;
}

/* The visible page shows what the search entry and the scope say; the
 * others catch up when they are shown, so a keystroke costs one query. */
static void
sync_page (RlWindow     *self,
           RlRecordPage *page)
{
  if (page == NULL)
    return;
  rl_record_page_set_search (page, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  rl_record_page_set_scope (page, rl_scope_bar_get_street_id (self->scope_bar),
                            rl_scope_bar_get_community_id (self->scope_bar));
}

static void
show_selected (RlWindow *self)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);

  rl_details_pane_set_record (self->details_pane, page ? rl_record_page_get_selected (page) : NULL);
}

static void
visible_page_cb (RlWindow *self)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);

  sync_page (self, page);
  show_selected (self);
  /* The Overview has no record to detail: it takes the whole width. */
  gtk_widget_set_visible (GTK_WIDGET (self->details_pane), page != NULL);
  _rl_window_update_actions (self);
}

static void
page_selected_cb (RlWindow     *self,
                  GParamSpec   *pspec,
                  RlRecordPage *page)
{
  if (page == _rl_window_get_visible_page (self))
    show_selected (self);
}

static void
page_record_changed_cb (RlWindow   *self,
                        const char *id)
{
  _rl_window_ledger_changed (self, id);
}

static void
search_changed_cb (RlWindow *self)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);

  /* The Overview has no list to search: a search typed there finds
   * compounds. */
  if (page == NULL && gtk_stack_get_visible_child (self->page_stack)
                      == GTK_WIDGET (self->overview_page)
      && gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    {
      _rl_window_show_page (self, RL_COLLECTION_COMPOUNDS);
      return;
    }
  sync_page (self, page);
}

/* Escape in the search entry clears it, then goes back to the list. */
static void
stop_search_cb (RlWindow *self)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  sync_page (self, page);
  if (page != NULL)
    gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD);
}

static void
scope_changed_cb (RlWindow *self)
{
  sync_page (self, _rl_window_get_visible_page (self));
  rl_overview_page_set_scope (self->overview_page, rl_scope_bar_get_street_id (self->scope_bar),
                              rl_scope_bar_get_community_id (self->scope_bar));
}

/* A bar of the Overview's chart narrows every page to its street or
 * community. */
static void
overview_scope_cb (RlWindow   *self,
                   const char *street_id,
                   const char *community_id)
{
  rl_scope_bar_set_scope (self->scope_bar, street_id, community_id);
}

static void
details_activated_cb (RlWindow   *self,
                      guint       collection,
                      const char *id)
{
  RlRecordPage *page = _rl_window_get_page (self, collection);

  if (page == NULL)
    return;
  _rl_window_show_page (self, collection);
  if (rl_record_page_select (page, id))
    return;
  /* Hidden by the search, the filter or the scope: show everything. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  rl_record_page_set_filter (page, RL_LIST_FILTER_NONE);
  sync_page (self, page);
  if (rl_record_page_select (page, id))
    return;
  rl_scope_bar_set_scope (self->scope_bar, NULL, NULL);
  rl_record_page_select (page, id);
}

void
_rl_window_show_page (RlWindow       *self,
                      RlCollectionId  collection)
{
  RlRecordPage *page = _rl_window_get_page (self, collection);

  if (page != NULL)
    gtk_stack_set_visible_child (self->page_stack, GTK_WIDGET (page));
}

static void
update_title (RlWindow *self)
{
  g_autofree char *basename = NULL;
  g_autofree char *dirname = NULL;
  g_autofree char *title = NULL;
  const char *path;
  char *dot;

  if (self->store == NULL)
    {
      gtk_label_set_text (self->title_label, _("Red Ledger"));
      gtk_label_set_text (self->subtitle_label, _("No ledger open"));
      gtk_window_set_title (GTK_WINDOW (self), _("Red Ledger"));
      return;
    }

  path = rl_store_get_path (self->store);
  basename = g_filename_display_basename (path);
  if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
    *dot = '\0';
  dirname = g_path_get_dirname (path);
  if (g_str_has_prefix (dirname, g_get_home_dir ()))
    {
      char *short_dir = g_strconcat ("~", dirname + strlen (g_get_home_dir ()), NULL);

      g_free (dirname);
      dirname = short_dir;
    }

  gtk_label_set_text (self->title_label, basename);
  gtk_label_set_text (self->subtitle_label, dirname);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), path);
  /* Translators: the window's title, the ledger's name first */
  title = g_strdup_printf (_("%s — Red Ledger"), basename);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Reads everything again after the ledger changed; keeps the visible
 * page's record selected, or selects @select_id. */
void
_rl_window_reload (RlWindow   *self,
                   const char *select_id)
{
  RlRecordPage *page = _rl_window_get_visible_page (self);
  g_autofree char *keep_id = NULL;

  if (select_id == NULL && page != NULL && rl_record_page_get_selected (page) != NULL)
    keep_id = g_strdup (rl_record_get_id (rl_record_page_get_selected (page)));

  rl_scope_bar_reload (self->scope_bar);
  for (guint i = 0; i < RL_WINDOW_N_PAGES; i++)
    rl_record_page_refresh (self->pages[i]);
  rl_overview_page_refresh (self->overview_page);
  if (page != NULL)
    rl_record_page_select (page, select_id ? select_id : keep_id);
  show_selected (self);

  if (self->busy != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "busy");
  else if (self->store != NULL && rl_store_count (self->store, RL_COLLECTION_COMPOUNDS) > 0)
    gtk_stack_set_visible_child_name (self->main_stack, "ledger");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  _rl_window_update_actions (self);
}

/* A dialog changed the ledger: its change set can be undone from here. */
void
_rl_window_ledger_changed (RlWindow   *self,
                           const char *id)
{
  gint64 change_set;

  if (self->store == NULL)
    return;
  change_set = rl_store_last_change_set (self->store);
  if (change_set > self->seen_change_set)
    g_array_append_val (self->undo_stack, change_set);
  self->seen_change_set = change_set;
  _rl_window_reload (self, id);
}

void
_rl_window_update_actions (RlWindow *self)
{
  gboolean ready = self->store != NULL && self->busy == NULL;
  gboolean has_page = ready && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                          "ledger") == 0;
  gboolean has_records = has_page && _rl_window_get_visible_page (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", self->busy == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-demo", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ready && self->undo_stack->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-record", has_records);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history", has_records);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", ready);
}

static gboolean
rl_window_close_request (GtkWindow *window)
{
  RlWindow *self = RL_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (rl_window_parent_class)->close_request (window);
}

static void
rl_window_constructed (GObject *object)
{
  RlWindow *self = RL_WINDOW (object);

  G_OBJECT_CLASS (rl_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
rl_window_dispose (GObject *object)
{
  RlWindow *self = RL_WINDOW (object);

  if (self->busy != NULL)
    g_cancellable_cancel (self->busy);
  /* The window's child is a template child too: GtkWindow must not find it
   * gone when it lets go of it. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_WINDOW);
  g_clear_object (&self->busy);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rl_window_parent_class)->dispose (object);
}

static void
rl_window_finalize (GObject *object)
{
  RlWindow *self = RL_WINDOW (object);

  g_array_unref (self->undo_stack);

  G_OBJECT_CLASS (rl_window_parent_class)->finalize (object);
}

static void
rl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RlWindow *self = RL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RlWindow *self = RL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_window_class_init (RlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rl_window_constructed;
  object_class->dispose = rl_window_dispose;
  object_class->finalize = rl_window_finalize;
  object_class->get_property = rl_window_get_property;
  object_class->set_property = rl_window_set_property;
  window_class->close_request = rl_window_close_request;

  /* Where the last ledger and the window's size are kept; may be NULL. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RL_TYPE_RECORD_PAGE);
  g_type_ensure (RL_TYPE_SCOPE_BAR);
  g_type_ensure (RL_TYPE_DETAILS_PANE);
  g_type_ensure (RL_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RlWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, scope_bar);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, details_pane);
  gtk_widget_class_bind_template_child (widget_class, RlWindow, overview_page);
  gtk_widget_class_bind_template_child_full (widget_class, "compounds_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "firms_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "services_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "committees_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "party_orgs_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[4]));
  gtk_widget_class_bind_template_child_full (widget_class, "instructors_page", FALSE,
                                             G_STRUCT_OFFSET (RlWindow, pages[5]));
  gtk_widget_class_bind_template_callback (widget_class, visible_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_scope_cb);

  _rl_window_class_init_actions (widget_class);
}

static void
rl_window_init (RlWindow *self)
{
  self->undo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < RL_WINDOW_N_PAGES; i++)
    {
      g_signal_connect_object (self->pages[i], "notify::selected",
                               G_CALLBACK (page_selected_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->pages[i], "record-changed",
                               G_CALLBACK (page_record_changed_cb), self, G_CONNECT_SWAPPED);
    }
  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  update_title (self);
  visible_page_cb (self);
  _rl_window_reload (self, NULL);
}

RlWindow *
rl_window_new (RlApplication *application)
{
  return g_object_new (RL_TYPE_WINDOW,
                       "application", application,
                       "settings", rl_application_get_settings (application),
                       NULL);
}

/* Opens the ledger at @path in the window and remembers it; on failure the
 * window keeps the ledger it had. */
gboolean
rl_window_open_ledger (RlWindow    *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(RlStore) store = NULL;

  g_return_val_if_fail (RL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->busy != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("Wait until the demo ledger is made, then open another"));
      return FALSE;
    }
  if ((store = rl_store_open (path, error)) == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_array_set_size (self->undo_stack, 0);
  self->seen_change_set = rl_store_last_change_set (store);

  /* A new ledger is shown whole: no search, scope or filter. The pages let
   * go of their lists first, so that resetting them reads nothing. */
  for (guint i = 0; i < RL_WINDOW_N_PAGES; i++)
    {
      rl_record_page_set_store (self->pages[i], NULL);
      rl_record_page_set_search (self->pages[i], NULL);
      rl_record_page_set_scope (self->pages[i], NULL, NULL);
      rl_record_page_set_filter (self->pages[i], RL_LIST_FILTER_NONE);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  rl_scope_bar_set_store (self->scope_bar, store);
  rl_details_pane_set_store (self->details_pane, store);
  rl_overview_page_set_scope (self->overview_page, NULL, NULL);
  rl_overview_page_set_store (self->overview_page, store);
  for (guint i = 0; i < RL_WINDOW_N_PAGES; i++)
    rl_record_page_set_store (self->pages[i], store);
  update_title (self);
  _rl_window_reload (self, NULL);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-ledger", rl_store_get_path (store));
  return TRUE;
}

/* The ledger open in the window; NULL when none is. */
RlStore *
rl_window_get_store (RlWindow *self)
{
  g_return_val_if_fail (RL_IS_WINDOW (self), NULL);

  return self->store;
}

/* Tells the user, over the window, that @message: because of @error. */
void
rl_window_show_error (RlWindow     *self,
                      const char   *message,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (RL_IS_WINDOW (self));

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);
  if (error != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
