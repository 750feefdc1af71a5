/* rl-list-editor.h: rows of a record's nested list, with add and remove
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "rl-collection.h"

G_BEGIN_DECLS

/* Edits an RL_MEMBER_PEOPLE (name, role, Party member, cross-post),
 * RL_MEMBER_LINKS (kind and id) or RL_MEMBER_RATINGS (item and rating)
 * member. Emits "changed" whenever a row is added, removed or edited. */
#define RL_TYPE_LIST_EDITOR (rl_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (RlListEditor, rl_list_editor, RL, LIST_EDITOR, GtkBox)

GtkWidget *rl_list_editor_new       (const RlMember *member);
void       rl_list_editor_load      (RlListEditor   *self,
                                     const char     *json);
JsonNode  *rl_list_editor_dup_value (RlListEditor   *self);
guint      rl_list_editor_get_n_rows (RlListEditor  *self);
void       rl_list_editor_add_row   (RlListEditor   *self);
GtkWidget *rl_list_editor_get_row_widget (RlListEditor *self,
                                          guint         row,
                                          guint         column);

G_END_DECLS
