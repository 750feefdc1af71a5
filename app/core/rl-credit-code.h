/* rl-credit-code.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RL_CREDIT_CODE_OK,
  RL_CREDIT_CODE_BAD_LENGTH,
  RL_CREDIT_CODE_BAD_CHARACTER,
  RL_CREDIT_CODE_BAD_CHECK,
} RlCreditCodeResult;

RlCreditCodeResult rl_credit_code_check      (const char *code);
char               rl_credit_code_check_char (const char *first17);

G_END_DECLS
