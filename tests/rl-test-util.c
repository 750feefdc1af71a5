/* rl-test-util.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "rl-test-util.h"

RlStore *
rl_test_new_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rl_test_temp_path ("ledger.redledger");
  RlStore *store;

  g_unlink (path);
  store = rl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

char *
rl_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

char *
rl_test_temp_path (const char *name)
{
  /* G_TEST_OPTION_ISOLATE_DIRS points the user dirs at a per-test temp dir. */
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

JsonObject *
rl_test_json_object (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

char *
rl_test_write_package (const char *name,
                       const char *json)
{
  g_autoptr(GError) error = NULL;
  char *path = rl_test_temp_path (name);

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  return path;
}
