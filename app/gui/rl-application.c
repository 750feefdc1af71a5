/* rl-application.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-application.h"
#include "rl-screenshot.h"
#include "rl-store.h"
#include "rl-window.h"

struct _RlApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  char           *screenshot_dir;
};

G_DEFINE_FINAL_TYPE (RlApplication, rl_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  /* For build-aux/screenshots: a PNG of each page into DIR, then quit. */
  { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL, NULL, NULL },
  { NULL }
};

static RlWindow *
get_window (RlApplication *self,
            gboolean      *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    window = GTK_WINDOW (rl_window_new (self));
  return RL_WINDOW (window);
}

/* The ledger opened last, else the default one; a ledger that fails shows
 * its error over the window, which then offers to open another. */
static void
open_initial_ledger (RlApplication *self,
                     RlWindow      *window)
{
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-ledger");

  if (last != NULL && last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR)
      && rl_window_open_ledger (window, last, &error))
    return;
  if (error != NULL)
    rl_window_show_error (window, _("The ledger could not be opened"), error);
  g_clear_error (&error);

  path = rl_store_default_path ();
  if (g_strcmp0 (path, last) != 0 && !rl_window_open_ledger (window, path, &error))
    rl_window_show_error (window, _("The ledger could not be opened"), error);
}

static void
present (RlApplication *self,
         RlWindow      *window)
{
  if (self->screenshot_dir != NULL)
    rl_screenshot_start (window, self->screenshot_dir);
  gtk_window_present (GTK_WINDOW (window));
}

static void
rl_application_activate (GApplication *app)
{
  RlApplication *self = RL_APPLICATION (app);
  gboolean created;
  RlWindow *window = get_window (self, &created);

  if (created)
    open_initial_ledger (self, window);
  present (self, window);
}

static void
rl_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RlApplication *self = RL_APPLICATION (app);
  g_autofree char *path = g_file_get_path (files[0]);
  g_autoptr(GError) error = NULL;
  gboolean created;
  RlWindow *window = get_window (self, &created);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Only ledgers on this computer can be opened"));
  if (path == NULL || !rl_window_open_ledger (window, path, &error))
    {
      if (created)
        open_initial_ledger (self, window);
      rl_window_show_error (window, _("The ledger could not be opened"), error);
    }
  present (self, window);
}

static int
rl_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  RlApplication *self = RL_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("redledger %s\n", RL_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_dir))
    {
      /* A run of its own, beside any window the user has open. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  return -1;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  /* Closing the windows lets them save their size first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *authors[] = { "The Red Ledger authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Red Ledger"),
                         "logo-icon-name", RL_APPLICATION_ID,
                         "version", RL_VERSION,
                         "comments", _("The ledger of Party-building-led property management "
                                       "for street offices"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© 2026 The Red Ledger authors"),
                         "authors", authors,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
rl_application_startup (GApplication *app)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (rl_application_parent_class)->startup (app);

  gtk_css_provider_load_from_resource (css, "/org/redledger/RedLedger/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_icon_name (RL_APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
rl_application_finalize (GObject *object)
{
  RlApplication *self = RL_APPLICATION (object);

  g_clear_object (&self->settings);
  g_free (self->screenshot_dir);

  G_OBJECT_CLASS (rl_application_parent_class)->finalize (object);
}

static void
rl_application_class_init (RlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rl_application_finalize;
  app_class->startup = rl_application_startup;
  app_class->activate = rl_application_activate;
  app_class->open = rl_application_open;
  app_class->handle_local_options = rl_application_handle_local_options;
}

static void
rl_application_init (RlApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[LEDGER]"));
  self->settings = rl_settings_new ();
}

/* The settings of the program: its installed schema, else the one compiled
 * in the build tree (build-aux/dev run); NULL without either, and the
 * program then just forgets. */
GSettings *
rl_settings_new (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) built = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, RL_APPLICATION_ID, TRUE);
  if (schema == NULL
      && (built = g_settings_schema_source_new_from_directory (RL_BUILD_SCHEMADIR, installed,
                                                               FALSE, NULL)) != NULL)
    schema = g_settings_schema_source_lookup (built, RL_APPLICATION_ID, FALSE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

GSettings *
rl_application_get_settings (RlApplication *self)
{
  g_return_val_if_fail (RL_IS_APPLICATION (self), NULL);

  return self->settings;
}

RlApplication *
rl_application_new (void)
{
  return g_object_new (RL_TYPE_APPLICATION,
                       "application-id", RL_APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
