/* rl-preferences-window.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-dialogs.h"
#include "rl-rates.h"

G_BEGIN_DECLS

/* The year-end targets, per year and rate, kept in the ledger. */
#define RL_TYPE_PREFERENCES_WINDOW (rl_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (RlPreferencesWindow, rl_preferences_window, RL, PREFERENCES_WINDOW,
                      GtkWindow)

/* Shows the targets of @year; @done runs (with a NULL id) after Save
 * changed the ledger. */
void                 rl_preferences_window_present (GtkWindow           *parent,
                                                    RlStore             *store,
                                                    int                  year,
                                                    RlChangedFunc        done,
                                                    gpointer             user_data);

/* For tests. */
RlPreferencesWindow *_rl_preferences_window_new    (GtkWindow           *parent,
                                                    RlStore             *store,
                                                    int                  year,
                                                    RlChangedFunc        done,
                                                    gpointer             user_data);
GtkEditable         *_rl_preferences_window_get_entry (RlPreferencesWindow *self,
                                                       RlRate               rate);
GtkSpinButton       *_rl_preferences_window_get_year  (RlPreferencesWindow *self);
gboolean             _rl_preferences_window_can_save  (RlPreferencesWindow *self);
gboolean             _rl_preferences_window_save      (RlPreferencesWindow *self,
                                                       GError             **error);

G_END_DECLS
