/* rl-window-private.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-details-pane.h"
#include "rl-overview-page.h"
#include "rl-record-page.h"
#include "rl-scope-bar.h"
#include "rl-window.h"

G_BEGIN_DECLS

#define RL_WINDOW_N_PAGES 6

struct _RlWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkSearchEntry       *search_entry;
  GtkStack             *main_stack;      /* "ledger", "empty", "busy" */
  GtkStack             *page_stack;
  RlScopeBar           *scope_bar;
  RlDetailsPane        *details_pane;
  RlOverviewPage       *overview_page;
  RlRecordPage         *pages[RL_WINDOW_N_PAGES];

  RlStore              *store;
  GSettings            *settings;
  GArray               *undo_stack;      /* gint64 change sets made in this window */
  gint64                seen_change_set; /* the newest one when last looked */
  GCancellable         *busy;            /* the demo ledger being made */
};

/* rl-window.c */
RlRecordPage *_rl_window_get_page         (RlWindow       *self,
                                           RlCollectionId  collection);
RlRecordPage *_rl_window_get_visible_page (RlWindow       *self);
void          _rl_window_show_page        (RlWindow       *self,
                                           RlCollectionId  collection);
void          _rl_window_reload           (RlWindow       *self,
                                           const char     *select_id);
void          _rl_window_ledger_changed   (RlWindow       *self,
                                           const char     *id);
void          _rl_window_update_actions   (RlWindow       *self);

/* rl-window-actions.c */
void          _rl_window_class_init_actions (GtkWidgetClass *widget_class);
void          _rl_window_changed_cb       (const char     *id,
                                           gpointer        user_data);

G_END_DECLS
