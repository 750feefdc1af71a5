/* rl-test-util.h: helpers shared by the test programs
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rl-store.h"

G_BEGIN_DECLS

/* A fresh, empty ledger in the test's own temp dir. */
RlStore    *rl_test_new_store   (void);
/* The path of a file in tests/data/. */
char       *rl_test_data_path   (const char *name);
/* A temp file path in the test's own temp dir. */
char       *rl_test_temp_path   (const char *name);
/* A JSON object from text, for hand-made records. */
JsonObject *rl_test_json_object (const char *json);
/* Write @json as a package file and return its path. */
char       *rl_test_write_package (const char *name,
                                   const char *json);

G_END_DECLS
