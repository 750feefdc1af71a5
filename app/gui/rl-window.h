/* rl-window.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-application.h"
#include "rl-store.h"

G_BEGIN_DECLS

#define RL_TYPE_WINDOW (rl_window_get_type ())
G_DECLARE_FINAL_TYPE (RlWindow, rl_window, RL, WINDOW, GtkApplicationWindow)

RlWindow *rl_window_new         (RlApplication *application);
gboolean  rl_window_open_ledger (RlWindow      *self,
                                 const char    *path,
                                 GError       **error);
RlStore  *rl_window_get_store   (RlWindow      *self);
void      rl_window_show_error  (RlWindow      *self,
                                 const char    *message,
                                 const GError  *error);

G_END_DECLS
