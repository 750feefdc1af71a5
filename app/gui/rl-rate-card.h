/* rl-rate-card.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rl-rates.h"

G_BEGIN_DECLS

/* One rate of the Overview: the percentage, its counts, the year-end target
 * and how far off it is. */
#define RL_TYPE_RATE_CARD (rl_rate_card_get_type ())
G_DECLARE_FINAL_TYPE (RlRateCard, rl_rate_card, RL, RATE_CARD, GtkWidget)

RlRateCard *rl_rate_card_new          (RlRate         rate);
RlRate      rl_rate_card_get_rate     (RlRateCard    *self);
void        rl_rate_card_set_figures  (RlRateCard    *self,
                                       const RlRatio *ratio,
                                       int            year,
                                       gboolean       has_target,
                                       double         target);
void        rl_rate_card_clear        (RlRateCard    *self);
const char *rl_rate_card_get_value_text  (RlRateCard *self);
const char *rl_rate_card_get_counts_text (RlRateCard *self);
const char *rl_rate_card_get_target_text (RlRateCard *self);
const char *rl_rate_card_get_gap_text    (RlRateCard *self);

G_END_DECLS
