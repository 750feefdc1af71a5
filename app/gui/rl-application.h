/* rl-application.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RL_APPLICATION_ID "org.redledger.RedLedger"

#define RL_TYPE_APPLICATION (rl_application_get_type ())
G_DECLARE_FINAL_TYPE (RlApplication, rl_application, RL, APPLICATION, GtkApplication)

RlApplication *rl_application_new      (void);
GSettings     *rl_application_get_settings (RlApplication *self);

GSettings     *rl_settings_new         (void);

G_END_DECLS
