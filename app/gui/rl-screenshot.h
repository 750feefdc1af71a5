/* rl-screenshot.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-window.h"

G_BEGIN_DECLS

/* Sizes @window for a 1366×768 screen, then shows each page in turn with
 * its first record selected and saves it as DIR/NN-PAGE.png, rendered by
 * GTK itself; closes the window when done. For build-aux/screenshots. */
void rl_screenshot_start (RlWindow   *window,
                          const char *dir);

G_END_DECLS
