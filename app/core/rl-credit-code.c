/* rl-credit-code.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rl-credit-code.h"

/* GB 32100-2015: 18 characters from this alphabet (no I, O, S, V, Z); the
 * last is a check character, mod 31 over weights 3^i mod 31. */
static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

static int
value_of (char c)
{
  const char *p = c ? strchr (alphabet, c) : NULL;

  return p ? (int) (p - alphabet) : -1;
}

char
rl_credit_code_check_char (const char *first17)
{
  int sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += value_of (first17[i]) * weights[i];

  return alphabet[(31 - sum % 31) % 31];
}

RlCreditCodeResult
rl_credit_code_check (const char *code)
{
  if (code == NULL || strlen (code) != 18)
    return RL_CREDIT_CODE_BAD_LENGTH;

  for (guint i = 0; i < 18; i++)
    if (value_of (code[i]) < 0)
      return RL_CREDIT_CODE_BAD_CHARACTER;

  if (rl_credit_code_check_char (code) != code[17])
    return RL_CREDIT_CODE_BAD_CHECK;

  return RL_CREDIT_CODE_OK;
}
