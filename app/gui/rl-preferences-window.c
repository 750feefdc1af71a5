/* rl-preferences-window.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An empty entry means the default (shown as its placeholder); a number is
 * a target of the ledger's own. What the user types for one year is kept
 * while another year is shown, and Save writes every year touched.
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-format.h"
#include "rl-preferences-window.h"
#include "rl-store-rates.h"

struct _RlPreferencesWindow
{
  GtkWindow      parent_instance;

  /* Template widgets */
  GtkGrid       *targets_grid;
  GtkSpinButton *year_spin;
  GtkLabel      *message_label;
  GtkWidget     *save_button;

  GtkEntry      *entries[RL_N_RATES];
  GtkLabel      *default_labels[RL_N_RATES];

  RlStore       *store;
  int            year;          /* the year the entries show */
  GHashTable    *typed;         /* year → char ** (RL_N_RATES texts) as typed */
  GHashTable    *stored;        /* year → char ** as the ledger had them */
  RlChangedFunc  done;
  gpointer       done_data;
  gboolean       loading;       /* the entries are being filled */
};

G_DEFINE_FINAL_TYPE (RlPreferencesWindow, rl_preferences_window, GTK_TYPE_WINDOW)

static gboolean
valid_text (const char *text)
{
  double value;

  return text == NULL || text[0] == '\0' || rl_parse_percent (text, &value);
}

static char **
current_texts (RlPreferencesWindow *self)
{
  char **texts = g_new0 (char *, RL_N_RATES + 1);

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    texts[rate] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entries[rate])));
  return texts;
}

/* What the ledger keeps for @year: a number, or "" for the default. */
static char **
read_stored (RlPreferencesWindow  *self,
             int                   year,
             GError              **error)
{
  g_auto(GStrv) texts = g_new0 (char *, RL_N_RATES + 1);

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      gboolean found = FALSE;
      double target = 0;

      if (!rl_store_get_target (self->store, year, rl_rate_key (rate), &found, &target, error))
        return NULL;
      texts[rate] = found ? rl_format_percent_number (target) : g_strdup ("");
    }
  return g_steal_pointer (&texts);
}

static void
show_message (RlPreferencesWindow *self,
              const char          *message)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* Marks the entries that hold no percentage; Save only when every year
 * typed is right. */
static void
validate (RlPreferencesWindow *self)
{
  gboolean valid = TRUE;
  GHashTableIter iter;
  gpointer key, value;
  const char *problem = NULL;

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[rate]));

      if (valid_text (text))
        gtk_widget_remove_css_class (GTK_WIDGET (self->entries[rate]), "error");
      else
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->entries[rate]), "error");
          valid = FALSE;
          problem = _("A target is a percentage from 0 to 100, such as 90 or 87.5");
        }
    }

  g_hash_table_iter_init (&iter, self->typed);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      char **texts = value;

      if (GPOINTER_TO_INT (key) == self->year)
        continue;
      for (RlRate rate = 0; rate < RL_N_RATES; rate++)
        if (!valid_text (texts[rate]))
          {
            valid = FALSE;
            if (problem == NULL)
              problem = _("A target of another year is not a percentage from 0 to 100");
          }
    }

  show_message (self, problem);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.save",
                                 valid && self->store != NULL);
}

static void
show_year (RlPreferencesWindow *self,
           int                  year)
{
  g_autoptr(GError) error = NULL;
  char **texts;

  self->year = year;
  if ((texts = g_hash_table_lookup (self->stored, GINT_TO_POINTER (year))) == NULL)
    {
      if ((texts = read_stored (self, year, &error)) == NULL)
        {
          show_message (self, error->message);
          gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.save", FALSE);
          return;
        }
      g_hash_table_insert (self->stored, GINT_TO_POINTER (year), texts);
    }
  if ((texts = g_hash_table_lookup (self->typed, GINT_TO_POINTER (year))) == NULL)
    texts = g_hash_table_lookup (self->stored, GINT_TO_POINTER (year));

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      double target;
      g_autofree char *placeholder = NULL;
      g_autofree char *percent = NULL;
      g_autofree char *hint = NULL;

      if (rl_rates_default_target (rate, year, &target))
        {
          placeholder = rl_format_percent_number (target);
          percent = rl_format_target (target);
          /* Translators: beside a target entry in Preferences */
          hint = g_strdup_printf (_("Default: %s"), percent);
        }
      else
        {
          placeholder = g_strdup (_("none"));
          hint = g_strdup (_("No default"));
        }
      gtk_entry_set_placeholder_text (self->entries[rate], placeholder);
      gtk_label_set_text (self->default_labels[rate], hint);
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entries[rate]), texts[rate]);
      self->loading = FALSE;
    }
  validate (self);
}

static void
entry_changed_cb (RlPreferencesWindow *self)
{
  if (self->loading)
    return;
  g_hash_table_insert (self->typed, GINT_TO_POINTER (self->year), current_texts (self));
  validate (self);
}

static void
year_changed_cb (RlPreferencesWindow *self)
{
  int year = gtk_spin_button_get_value_as_int (self->year_spin);

  if (year != self->year && self->store != NULL)
    show_year (self, year);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlPreferencesWindow *self = RL_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!_rl_preferences_window_save (self, &error))
    {
      show_message (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
restore_defaults_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RlPreferencesWindow *self = RL_PREFERENCES_WINDOW (widget);

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    gtk_editable_set_text (GTK_EDITABLE (self->entries[rate]), "");
}

/* One row per rate: its name, the entry, "%", and the default. */
static void
add_rows (RlPreferencesWindow *self)
{
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      GtkWidget *label = gtk_label_new (rl_rate_label (rate));
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *percent = gtk_label_new ("%");
      GtkWidget *hint = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1);
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rl_rate_label (rate), -1);
      gtk_widget_set_halign (entry, GTK_ALIGN_START);
      g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_widget_add_css_class (hint, "dim-label");

      gtk_grid_attach (self->targets_grid, label, 0, rate + 1, 1, 1);
      gtk_grid_attach (self->targets_grid, entry, 1, rate + 1, 1, 1);
      gtk_grid_attach (self->targets_grid, percent, 2, rate + 1, 1, 1);
      gtk_grid_attach (self->targets_grid, hint, 3, rate + 1, 1, 1);
      self->entries[rate] = GTK_ENTRY (entry);
      self->default_labels[rate] = GTK_LABEL (hint);
    }
}

static void
rl_preferences_window_dispose (GObject *object)
{
  RlPreferencesWindow *self = RL_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->typed, g_hash_table_unref);
  g_clear_pointer (&self->stored, g_hash_table_unref);

  G_OBJECT_CLASS (rl_preferences_window_parent_class)->dispose (object);
}

static void
rl_preferences_window_class_init (RlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/"
                                               "rl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RlPreferencesWindow, targets_grid);
  gtk_widget_class_bind_template_child (widget_class, RlPreferencesWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, RlPreferencesWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, RlPreferencesWindow, save_button);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);

  gtk_widget_class_install_action (widget_class, "preferences.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "preferences.restore-defaults", NULL,
                                   restore_defaults_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rl_preferences_window_init (RlPreferencesWindow *self)
{
  self->typed = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);
  self->stored = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_rows (self);
}

RlPreferencesWindow *
_rl_preferences_window_new (GtkWindow     *parent,
                            RlStore       *store,
                            int            year,
                            RlChangedFunc  done,
                            gpointer       user_data)
{
  RlPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  self = g_object_new (RL_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->done = done;
  self->done_data = user_data;

  year = CLAMP (year, 2000, 2100);
  show_year (self, year);
  g_signal_handlers_block_by_func (self->year_spin, G_CALLBACK (year_changed_cb), self);
  gtk_spin_button_set_value (self->year_spin, year);
  g_signal_handlers_unblock_by_func (self->year_spin, G_CALLBACK (year_changed_cb), self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->entries[0]));
  return self;
}

void
rl_preferences_window_present (GtkWindow     *parent,
                               RlStore       *store,
                               int            year,
                               RlChangedFunc  done,
                               gpointer       user_data)
{
  RlPreferencesWindow *self = _rl_preferences_window_new (parent, store, year, done, user_data);

  if (self != NULL)
    gtk_window_present (GTK_WINDOW (self));
}

GtkEditable *
_rl_preferences_window_get_entry (RlPreferencesWindow *self,
                                  RlRate               rate)
{
  g_return_val_if_fail (RL_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (rate < RL_N_RATES, NULL);

  return GTK_EDITABLE (self->entries[rate]);
}

GtkSpinButton *
_rl_preferences_window_get_year (RlPreferencesWindow *self)
{
  g_return_val_if_fail (RL_IS_PREFERENCES_WINDOW (self), NULL);

  return self->year_spin;
}

gboolean
_rl_preferences_window_can_save (RlPreferencesWindow *self)
{
  g_return_val_if_fail (RL_IS_PREFERENCES_WINDOW (self), FALSE);

  return gtk_widget_get_sensitive (self->save_button);
}

/* What Save does: writes every target typed that differs from what the
 * ledger has, each a change set in the audit log; runs the done callback
 * when anything was written. */
gboolean
_rl_preferences_window_save (RlPreferencesWindow  *self,
                             GError              **error)
{
  GHashTableIter iter;
  gpointer key, value;
  gboolean changed = FALSE;

  g_return_val_if_fail (RL_IS_PREFERENCES_WINDOW (self), FALSE);

  g_hash_table_iter_init (&iter, self->typed);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int year = GPOINTER_TO_INT (key);
      char **texts = value;
      char **stored = g_hash_table_lookup (self->stored, key);

      for (RlRate rate = 0; rate < RL_N_RATES; rate++)
        {
          double target;
          gboolean ok;

          if (stored != NULL && g_strcmp0 (stored[rate], texts[rate]) == 0)
            continue;
          if (texts[rate][0] == '\0')
            ok = rl_rates_reset_target (self->store, rate, year, NULL, error);
          else if (rl_parse_percent (texts[rate], &target))
            ok = rl_rates_set_target (self->store, rate, year, target, NULL, error);
          else
            {
              g_set_error (error, RL_RATES_ERROR, RL_RATES_ERROR_INVALID_TARGET,
                           _("The target for %s in %d is not a percentage from 0 to 100: “%s”"),
                           rl_rate_label (rate), year, texts[rate]);
              ok = FALSE;
            }
          if (!ok)
            return FALSE;
          changed = TRUE;
          /* Saved: the ledger has it now. */
          if (stored != NULL)
            {
              g_free (stored[rate]);
              stored[rate] = g_strdup (texts[rate]);
            }
        }
    }

  if (changed && self->done != NULL)
    self->done (NULL, self->done_data);
  return TRUE;
}
