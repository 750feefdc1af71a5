/* test-check.c: the record checks, each with its own bad case
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "rl-check.h"
#include "rl-credit-code.h"
#include "rl-test-util.h"
#include "rl-time.h"

/* One valid record per collection, shaped like those in jinghe-2026.json and
 * using every member, so that a bad case is one member changed. Every value
 * is already in its canonical form: checking gives the record back. */
static const char *const valid_records[RL_N_COLLECTIONS] = {
  [RL_COLLECTION_STREETS] =
    "{\"id\": \"street-7-000004\", \"name\": \"径河街道\", \"code\": \"420112001\"}",

  [RL_COLLECTION_COMMUNITIES] =
    "{\"id\": \"comm-7-000005\", \"street_id\": \"street-7-000004\","
    " \"name\": \"径河稻香社区0\", \"code\": \"420112001001\"}",

  [RL_COLLECTION_COMPOUNDS] =
    "{\"id\": \"comp-7-000006\", \"community_id\": \"comm-7-000005\", \"name\": \"祥兰佳苑\","
    " \"kind\": \"village\", \"address\": \"东西湖区730号\", \"class\": \"A\","
    " \"households\": 2696, \"floor_area_m2\": 253052.2, \"self_managed\": false,"
    " \"red_property_since\": \"2026-07-01\"}",

  [RL_COLLECTION_FIRMS] =
    "{\"id\": \"firm-7-000001\", \"name\": \"武汉金盾庭李物业服务有限公司0\","
    " \"credit_code\": \"914201122TH3BJ1XG2\", \"legal_rep\": \"冯丽\","
    " \"phone\": \"027-87275367\", \"staff\": 173, \"party_members\": 2}",

  [RL_COLLECTION_SERVICES] =
    "{\"id\": \"svc-7-000007\", \"firm_id\": \"firm-7-000002\", \"compound_id\": \"comp-7-000006\","
    " \"start\": \"2024-03-01\", \"end\": \"2027-02-28\", \"manager\": \"范平明\","
    " \"staff\": 32, \"party_members\": 11}",

  [RL_COLLECTION_COMMITTEES] =
    "{\"id\": \"oc-7-000183\", \"compound_id\": \"comp-7-000181\", \"kind\": \"management\","
    " \"formed_on\": \"2026-02-15\", \"term_end\": \"2029-09-30\","
    " \"dissolved_on\": \"2026-09-30\","
    " \"members\": ["
    "  {\"name\": \"曾博博\", \"role\": \"director\", \"party_member\": false, \"cross_post\": false},"
    "  {\"name\": \"钟芬芳\", \"role\": \"deputy\", \"party_member\": false, \"cross_post\": false},"
    "  {\"name\": \"毛斌\", \"role\": \"member\", \"party_member\": true, \"cross_post\": true}]}",

  [RL_COLLECTION_PARTY_ORGS] =
    "{\"id\": \"po-7-001029\", \"name\": \"径河街物业企业联合党支部\", \"kind\": \"joint_branch\","
    " \"founded_on\": \"2023-06-01\", \"secretary\": \"许波\", \"members\": 7,"
    " \"dissolved_on\": \"2026-09-01\","
    " \"covers\": [{\"firm\": \"firm-7-000001\"}, {\"service\": \"svc-7-000007\"},"
    "  {\"committee\": \"oc-7-000008\"}, {\"compound\": \"comp-7-000006\"}]}",

  [RL_COLLECTION_INSTRUCTORS] =
    "{\"id\": \"ins-7-000184\", \"name\": \"赵静\", \"start\": \"2026-03-01\","
    " \"end\": \"2026-12-31\","
    " \"assigned\": [{\"firm\": \"firm-7-000001\"}, {\"service\": \"svc-7-000182\"},"
    "  {\"committee\": \"oc-7-000008\"}]}",

  [RL_COLLECTION_SURVEY_RESPONSES] =
    "{\"id\": \"sr-7-000011\", \"compound_id\": \"comp-7-000006\","
    " \"answered_on\": \"2026-03-09\","
    " \"overall\": 4, \"items\": {\"environment\": 4, \"security\": 2}}",

  [RL_COLLECTION_WORK_ORDERS] =
    "{\"id\": \"wo-7-000048\", \"compound_id\": \"comp-7-000006\","
    " \"service_id\": \"svc-7-000007\","
    " \"channel\": \"grid\", \"category\": \"repair\", \"severity\": \"major\","
    " \"received_at\": \"2026-02-15T22:01:00+08:00\","
    " \"arrived_at\": \"2026-02-15T22:03:00+08:00\","
    " \"resolved_at\": \"2026-02-16T02:55:00+08:00\", \"plan_at\": \"2026-02-16T09:00:00+08:00\","
    " \"resident_satisfied\": true}",

  [RL_COLLECTION_INSPECTIONS] =
    "{\"id\": \"insp-7-000051\", \"service_id\": \"svc-7-000007\", \"quarter\": \"2026Q2\","
    " \"score\": 4.3, \"fee_collection_rate\": 0.884, \"veto\": \"abandonment\","
    " \"note\": \"消防通道堵塞\"}",
};

static const char *const valid_credit_codes[] = {
  "914201122TH3BJ1XG2", "91420112D1TJ3Y7LLP", "91420112U49D4H3J9M",
};

/* The valid record of @collection with @member set to the JSON value
 * @value, or removed when @value is NULL. */
static JsonObject *
record_with (RlCollectionId  collection,
             const char     *member,
             const char     *value)
{
  JsonObject *record = rl_test_json_object (valid_records[collection]);

  if (member == NULL)
    return record;

  if (value == NULL)
    json_object_remove_member (record, member);
  else
    {
      g_autoptr(GError) error = NULL;
      JsonNode *node = json_from_string (value, &error);

      g_assert_no_error (error);
      g_assert_nonnull (node);
      json_object_set_member (record, member, node);
    }

  return record;
}

static const char *
record_id (JsonObject *record)
{
  JsonNode *node = json_object_get_member (record, "id");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
check (RlCollectionId  collection,
       JsonObject     *record,
       RlRow          *row,
       GPtrArray      *problems)
{
  return rl_check_record (rl_collection_get (collection), record, 3, row, problems);
}

static void
dump_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = rl_problem_describe (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", text);
    }
}

/* The record passes with no problem at all. */
static void
assert_record_ok (RlCollectionId  collection,
                  JsonObject     *record)
{
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlRow row;
  gboolean ok = check (collection, record, &row, problems);

  dump_problems (problems);
  g_assert_true (ok);
  g_assert_cmpuint (problems->len, ==, 0);
  rl_row_clear (&row);
}

/* The record fails with exactly one problem: @code on @member, an error
 * that names the record. */
static void
assert_record_fails (RlCollectionId  collection,
                     JsonObject     *record,
                     const char     *member,
                     RlCheckError    code)
{
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autofree char *expected_id = g_strdup (record_id (record));
  RlProblem *problem;
  RlRow row;
  gboolean ok = check (collection, record, &row, problems);

  dump_problems (problems);
  g_assert_false (ok);
  g_assert_cmpuint (problems->len, ==, 1);

  problem = g_ptr_array_index (problems, 0);
  g_assert_error (problem->error, RL_CHECK_ERROR, (int) code);
  g_assert_false (problem->warning);
  g_assert_cmpstr (problem->member, ==, member);
  g_assert_cmpint (problem->collection, ==, collection);
  g_assert_cmpint (problem->index, ==, 3);
  if (expected_id != NULL)
    g_strstrip (expected_id);
  g_assert_cmpstr (problem->id, ==, expected_id);

  rl_row_clear (&row);
}

static void
assert_member_ok (RlCollectionId  collection,
                  const char     *member,
                  const char     *value)
{
  g_autoptr(JsonObject) record = record_with (collection, member, value);

  g_test_message ("%s.%s = %s: accepted", rl_collection_get (collection)->name, member, value);
  assert_record_ok (collection, record);
}

static void
assert_member_fails (RlCollectionId  collection,
                     const char     *member,
                     const char     *value,
                     RlCheckError    code)
{
  g_autoptr(JsonObject) record = record_with (collection, member, value);

  g_test_message ("%s.%s = %s: refused", rl_collection_get (collection)->name, member, value);
  assert_record_fails (collection, record, member, code);
}

/* Checks the record, which must pass, and returns the row (clear it). */
static void
check_ok (RlCollectionId  collection,
          JsonObject     *record,
          RlRow          *row)
{
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  gboolean ok = check (collection, record, row, problems);

  dump_problems (problems);
  g_assert_true (ok);
  g_assert_cmpuint (problems->len, ==, 0);
}

static const char *
row_text (const RlRow *row,
          const char  *member)
{
  int i = rl_collection_member_index (row->collection, member);

  g_assert_cmpint (i, >=, 0);
  return rl_row_get_text (row, i);
}

/* Valid records */

static void
test_valid_record (gconstpointer data)
{
  RlCollectionId collection = GPOINTER_TO_UINT (data);
  g_autoptr(JsonObject) record = record_with (collection, NULL, NULL);
  g_autoptr(JsonObject) back = NULL;
  g_autoptr(JsonNode) record_node = NULL;
  g_autoptr(JsonNode) back_node = NULL;
  RlRow row;

  check_ok (collection, record, &row);
  g_assert_true (row.collection == rl_collection_get (collection));
  g_assert_cmpstr (rl_row_id (&row), ==, record_id (record));

  /* Every member made it into the row, unchanged. */
  back = rl_row_to_json (&row);
  g_assert_cmpuint (json_object_get_size (back), ==, json_object_get_size (record));
  record_node = json_node_init_object (json_node_alloc (), record);
  back_node = json_node_init_object (json_node_alloc (), back);
  if (!json_node_equal (record_node, back_node))
    {
      g_autofree char *a = json_to_string (record_node, FALSE);
      g_autofree char *b = json_to_string (back_node, FALSE);

      g_test_message ("record %s\nrow    %s", a, b);
      g_assert_not_reached ();
    }

  rl_row_clear (&row);
}

static void
test_valid_nested (void)
{
  g_autoptr(JsonObject) committee = record_with (RL_COLLECTION_COMMITTEES, NULL, NULL);
  g_autoptr(JsonObject) org = record_with (RL_COLLECTION_PARTY_ORGS, NULL, NULL);
  g_autoptr(JsonObject) instructor = record_with (RL_COLLECTION_INSTRUCTORS, NULL, NULL);
  g_autoptr(JsonObject) survey = record_with (RL_COLLECTION_SURVEY_RESPONSES, NULL, NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;
  JsonObject *object;
  RlRow row;

  check_ok (RL_COLLECTION_COMMITTEES, committee, &row);
  node = json_from_string (row_text (&row, "members"), NULL);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "曾博博");
  g_assert_cmpstr (json_object_get_string_member (object, "role"), ==, "director");
  object = json_array_get_object_element (array, 2);
  g_assert_true (json_object_get_boolean_member (object, "party_member"));
  g_assert_true (json_object_get_boolean_member (object, "cross_post"));
  g_clear_pointer (&node, json_node_unref);
  rl_row_clear (&row);

  check_ok (RL_COLLECTION_PARTY_ORGS, org, &row);
  node = json_from_string (row_text (&row, "covers"), NULL);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 3),
                                                  "compound"), ==, "comp-7-000006");
  g_clear_pointer (&node, json_node_unref);
  rl_row_clear (&row);

  check_ok (RL_COLLECTION_INSTRUCTORS, instructor, &row);
  node = json_from_string (row_text (&row, "assigned"), NULL);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1),
                                                  "service"), ==, "svc-7-000182");
  g_clear_pointer (&node, json_node_unref);
  rl_row_clear (&row);

  check_ok (RL_COLLECTION_SURVEY_RESPONSES, survey, &row);
  node = json_from_string (row_text (&row, "items"), NULL);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  object = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (object, "environment"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (object, "security"), ==, 2);
  g_clear_pointer (&node, json_node_unref);
  rl_row_clear (&row);
}

/* Optional members may be absent or null. */
static void
test_valid_minimal (void)
{
  static const char *const minimal[] = {
    "{\"id\": \"s\", \"name\": \"径河街道\"}",
    "{\"id\": \"c\", \"street_id\": \"s\", \"name\": \"稻香社区\", \"code\": null}",
    "{\"id\": \"cp\", \"community_id\": \"c\", \"name\": \"稻香苑\", \"kind\": \"old\","
    " \"class\": null, \"households\": null}",
    "{\"id\": \"f\", \"name\": \"物业公司\"}",
    "{\"id\": \"sv\", \"firm_id\": \"f\", \"compound_id\": \"cp\", \"start\": \"2024-01-01\"}",
    "{\"id\": \"oc\", \"compound_id\": \"cp\", \"kind\": \"owners\", \"formed_on\": \"2024-01-01\","
    " \"members\": []}",
    "{\"id\": \"po\", \"name\": \"党支部\", \"kind\": \"branch\", \"founded_on\": \"2021-07-01\"}",
    "{\"id\": \"in\", \"name\": \"赵静\", \"start\": \"2026-09-01\"}",
    "{\"id\": \"sr\", \"compound_id\": \"cp\", \"answered_on\": \"2026-03-09\", \"overall\": 1}",
    "{\"id\": \"wo\", \"compound_id\": \"cp\", \"channel\": \"hotline_12345\","
    " \"category\": \"inquiry\", \"severity\": \"normal\","
    " \"received_at\": \"2026-02-15T22:01:00+08:00\"}",
    "{\"id\": \"i\", \"service_id\": \"sv\", \"quarter\": \"2026Q3\"}",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (minimal) == RL_N_COLLECTIONS);

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      g_autoptr(JsonObject) record = rl_test_json_object (minimal[c]);

      assert_record_ok (c, record);
    }
}

/* Required members */

static void
test_missing_required (void)
{
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *collection = rl_collection_get (c);

      for (guint m = 0; m < collection->n_members; m++)
        {
          const RlMember *member = &collection->members[m];

          if (!member->required)
            continue;
          assert_member_fails (c, member->name, NULL, RL_CHECK_ERROR_MISSING);
          assert_member_fails (c, member->name, "null", RL_CHECK_ERROR_MISSING);
        }
    }
}

static void
test_missing_empty_text (void)
{
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "\"  \"", RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "\"\"", RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_STREETS, "name", "\" \\t\\n \"", RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_COMMUNITIES, "street_id", "\"   \"",
                       RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "kind", "\" \"", RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_SERVICES, "start", "\" \"", RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "\"  \"",
                       RL_CHECK_ERROR_MISSING);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "quarter", "\"  \"", RL_CHECK_ERROR_MISSING);
  /* The full-width space of Chinese input methods is white space too. */
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "\"\u3000\u3000\"", RL_CHECK_ERROR_MISSING);

  /* Empty optional text is the same as none. */
  assert_member_ok (RL_COLLECTION_COMPOUNDS, "address", "\"  \"");
  assert_member_ok (RL_COLLECTION_FIRMS, "credit_code", "\" \"");
}

static void
test_missing_id (void)
{
  g_autoptr(JsonObject) record = record_with (RL_COLLECTION_STREETS, "id", "\"   \"");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlProblem *problem;
  RlRow row;

  g_assert_false (check (RL_COLLECTION_STREETS, record, &row, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_error (problem->error, RL_CHECK_ERROR, RL_CHECK_ERROR_MISSING);
  g_assert_cmpstr (problem->member, ==, "id");
  rl_row_clear (&row);

  assert_member_fails (RL_COLLECTION_STREETS, "id", NULL, RL_CHECK_ERROR_MISSING);
}

static void
test_trimmed (void)
{
  g_autoptr(JsonObject) record = rl_test_json_object (
    "{\"id\": \" cp-1\\t\", \"community_id\": \"\\ncomm-1 \", \"name\": \" 稻香苑 \","
    " \"kind\": \" old \", \"class\": \"B \", \"address\": \"  东西湖区95号\\r\\n\","
    " \"red_property_since\": \" 2026-07-01 \"}");
  RlRow row;

  check_ok (RL_COLLECTION_COMPOUNDS, record, &row);
  g_assert_cmpstr (rl_row_id (&row), ==, "cp-1");
  g_assert_cmpstr (row_text (&row, "community_id"), ==, "comm-1");
  g_assert_cmpstr (row_text (&row, "name"), ==, "稻香苑");
  g_assert_cmpstr (row_text (&row, "kind"), ==, "old");
  g_assert_cmpstr (row_text (&row, "class"), ==, "B");
  g_assert_cmpstr (row_text (&row, "address"), ==, "东西湖区95号");
  g_assert_cmpstr (row_text (&row, "red_property_since"), ==, "2026-07-01");
  rl_row_clear (&row);

  {
    g_autoptr(JsonObject) committee = rl_test_json_object (
      "{\"id\": \"oc\", \"compound_id\": \"cp\", \"kind\": \"owners\","
      " \"formed_on\": \"2024-01-01\","
      " \"members\": [{\"name\": \" 姚玲明 \", \"role\": \" director\"}]}");
    g_autoptr(JsonNode) node = NULL;
    JsonObject *person;

    check_ok (RL_COLLECTION_COMMITTEES, committee, &row);
    node = json_from_string (row_text (&row, "members"), NULL);
    person = json_array_get_object_element (json_node_get_array (node), 0);
    g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "姚玲明");
    g_assert_cmpstr (json_object_get_string_member (person, "role"), ==, "director");
    rl_row_clear (&row);
  }
}

/* Types */

static void
test_type_text (void)
{
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "12", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "true", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "[\"稻香苑\"]", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "name", "{\"zh\": \"稻香苑\"}",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "address", "730", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "community_id", "5", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "kind", "1", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_SERVICES, "start", "20240301", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "1771164060",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "quarter", "20263", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "914201122", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_FIRMS, "phone", "2787275367", RL_CHECK_ERROR_TYPE);
}

static void
test_type_int (void)
{
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "households", "\"12\"", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "households", "12.5", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "households", "true", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "households", "[12]", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_FIRMS, "staff", "\"173\"", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_PARTY_ORGS, "members", "7.5", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "overall", "\"4\"", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "overall", "4.5", RL_CHECK_ERROR_TYPE);
}

static void
test_type_number (void)
{
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "floor_area_m2", "\"253052.2\"",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "floor_area_m2", "false", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "score", "\"8.5\"", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "\"88%\"",
                       RL_CHECK_ERROR_TYPE);

  /* A whole number is a number. */
  assert_member_ok (RL_COLLECTION_COMPOUNDS, "floor_area_m2", "253052");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "score", "8");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "1");
}

static void
test_type_bool (void)
{
  g_autoptr(JsonObject) record = NULL;

  assert_member_fails (RL_COLLECTION_COMPOUNDS, "self_managed", "\"false\"",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "self_managed", "0", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "resident_satisfied", "1",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "resident_satisfied", "\"yes\"",
                       RL_CHECK_ERROR_TYPE);

  /* A committee member's flags, reported at the person. */
  record = record_with (RL_COLLECTION_COMMITTEES, "members",
                        "[{\"name\": \"崔子\", \"role\": \"deputy\", \"party_member\": \"yes\"}]");
  assert_record_fails (RL_COLLECTION_COMMITTEES, record, "members[0]", RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_COMMITTEES, "members",
                        "[{\"name\": \"崔子\", \"role\": \"deputy\", \"cross_post\": 1}]");
  assert_record_fails (RL_COLLECTION_COMMITTEES, record, "members[0]", RL_CHECK_ERROR_TYPE);
}

static void
test_type_lists (void)
{
  g_autoptr(JsonObject) record = NULL;

  assert_member_fails (RL_COLLECTION_COMMITTEES, "members", "\"曾博博\"", RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_PARTY_ORGS, "covers", "{\"firm\": \"f\"}",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_INSTRUCTORS, "assigned", "\"firm-7-000001\"",
                       RL_CHECK_ERROR_TYPE);
  assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "items", "[4, 2]", RL_CHECK_ERROR_TYPE);

  /* Elements: reported at their position. */
  record = record_with (RL_COLLECTION_PARTY_ORGS, "covers",
                        "[{\"firm\": \"f\", \"service\": \"s\"}]");
  assert_record_fails (RL_COLLECTION_PARTY_ORGS, record, "covers[0]", RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_PARTY_ORGS, "covers", "[{\"firm\": \"f\"}, {\"firm\": 3}]");
  assert_record_fails (RL_COLLECTION_PARTY_ORGS, record, "covers[1]", RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_INSTRUCTORS, "assigned", "[\"firm-7-000001\"]");
  assert_record_fails (RL_COLLECTION_INSTRUCTORS, record, "assigned[0]", RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_COMMITTEES, "members", "[\"曾博博\"]");
  assert_record_fails (RL_COLLECTION_COMMITTEES, record, "members[0]", RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_COMMITTEES, "members",
                        "[{\"name\": \"曾博博\", \"role\": \"director\"}, {\"role\": \"member\"}]");
  assert_record_fails (RL_COLLECTION_COMMITTEES, record, "members[1]", RL_CHECK_ERROR_MISSING);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_SURVEY_RESPONSES, "items", "{\"security\": \"4\"}");
  assert_record_fails (RL_COLLECTION_SURVEY_RESPONSES, record, "items.security",
                       RL_CHECK_ERROR_TYPE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_SURVEY_RESPONSES, "items", "{\"security\": 3.5}");
  assert_record_fails (RL_COLLECTION_SURVEY_RESPONSES, record, "items.security",
                       RL_CHECK_ERROR_TYPE);
}

/* Ranges */

static void
test_range_int (void)
{
  assert_member_fails (RL_COLLECTION_COMPOUNDS, "households", "-1", RL_CHECK_ERROR_RANGE);
  assert_member_ok (RL_COLLECTION_COMPOUNDS, "households", "0");
  assert_member_fails (RL_COLLECTION_FIRMS, "staff", "-5", RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_SERVICES, "staff", "-1", RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_PARTY_ORGS, "members", "-1", RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_FIRMS, "party_members", "-1", RL_CHECK_ERROR_RANGE);
}

static void
test_range_number (void)
{
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "1.4",
                       RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "-0.01",
                       RL_CHECK_ERROR_RANGE);
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "0");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "fee_collection_rate", "1.0");

  assert_member_fails (RL_COLLECTION_INSPECTIONS, "score", "10.5", RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_INSPECTIONS, "score", "-1", RL_CHECK_ERROR_RANGE);
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "score", "10");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "score", "0");

  assert_member_fails (RL_COLLECTION_COMPOUNDS, "floor_area_m2", "-0.5", RL_CHECK_ERROR_RANGE);
}

static void
test_range_survey (void)
{
  g_autoptr(JsonObject) record = NULL;

  assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "overall", "0", RL_CHECK_ERROR_RANGE);
  assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "overall", "6", RL_CHECK_ERROR_RANGE);
  assert_member_ok (RL_COLLECTION_SURVEY_RESPONSES, "overall", "1");
  assert_member_ok (RL_COLLECTION_SURVEY_RESPONSES, "overall", "5");

  record = record_with (RL_COLLECTION_SURVEY_RESPONSES, "items",
                        "{\"environment\": 5, \"security\": 0}");
  assert_record_fails (RL_COLLECTION_SURVEY_RESPONSES, record, "items.security",
                       RL_CHECK_ERROR_RANGE);
  g_clear_pointer (&record, json_object_unref);

  record = record_with (RL_COLLECTION_SURVEY_RESPONSES, "items", "{\"environment\": 6}");
  assert_record_fails (RL_COLLECTION_SURVEY_RESPONSES, record, "items.environment",
                       RL_CHECK_ERROR_RANGE);
  g_clear_pointer (&record, json_object_unref);

  assert_member_ok (RL_COLLECTION_SURVEY_RESPONSES, "items", "{\"environment\": 1, \"fees\": 5}");
}

/* Lists of choices */

typedef struct
{
  RlCollectionId  collection;
  const char     *member;
  const char     *value;
  const char     *reported;   /* the member the problem names */
} ChoiceCase;

static void
test_choice (void)
{
  static const ChoiceCase cases[] = {
    { RL_COLLECTION_COMPOUNDS, "kind", "\"castle\"", "kind" },
    { RL_COLLECTION_COMPOUNDS, "kind", "\"Commodity\"", "kind" },
    { RL_COLLECTION_COMPOUNDS, "class", "\"D\"", "class" },
    { RL_COLLECTION_COMPOUNDS, "class", "\"a\"", "class" },
    { RL_COLLECTION_COMMITTEES, "kind", "\"tenants\"", "kind" },
    { RL_COLLECTION_PARTY_ORGS, "kind", "\"cell\"", "kind" },
    { RL_COLLECTION_WORK_ORDERS, "channel", "\"wechat\"", "channel" },
    { RL_COLLECTION_WORK_ORDERS, "category", "\"praise\"", "category" },
    { RL_COLLECTION_WORK_ORDERS, "severity", "\"urgent\"", "severity" },
    { RL_COLLECTION_INSPECTIONS, "veto", "\"fire\"", "veto" },
    { RL_COLLECTION_COMMITTEES, "members",
      "[{\"name\": \"崔子\", \"role\": \"chair\"}]", "members[0]" },
    { RL_COLLECTION_COMMITTEES, "members",
      "[{\"name\": \"崔子\", \"role\": \"deputy\"}, {\"name\": \"余文英\"}]", "members[1]" },
    { RL_COLLECTION_PARTY_ORGS, "covers", "[{\"street\": \"x\"}]", "covers[0]" },
    { RL_COLLECTION_PARTY_ORGS, "covers",
      "[{\"firm\": \"firm-7-000001\"}, {\"community\": \"x\"}]", "covers[1]" },
    /* Instructors are assigned to firms, services and committees only. */
    { RL_COLLECTION_INSTRUCTORS, "assigned", "[{\"compound\": \"comp-7-000006\"}]",
      "assigned[0]" },
    { RL_COLLECTION_INSTRUCTORS, "assigned", "[{\"street\": \"x\"}]", "assigned[0]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonObject) record = record_with (cases[i].collection, cases[i].member,
                                                  cases[i].value);

      g_test_message ("%s.%s = %s", rl_collection_get (cases[i].collection)->name,
                      cases[i].member, cases[i].value);
      assert_record_fails (cases[i].collection, record, cases[i].reported,
                           RL_CHECK_ERROR_CHOICE);
    }

  /* Every listed choice is accepted. */
  {
    static const char *const kinds[] = {
      "commodity", "old", "resettlement", "work_unit", "village", "other"
    };

    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        g_autofree char *value = g_strdup_printf ("\"%s\"", kinds[i]);

        assert_member_ok (RL_COLLECTION_COMPOUNDS, "kind", value);
      }
  }
  assert_member_ok (RL_COLLECTION_COMMITTEES, "kind", "\"owners\"");
  assert_member_ok (RL_COLLECTION_PARTY_ORGS, "kind", "\"general_branch\"");
  assert_member_ok (RL_COLLECTION_PARTY_ORGS, "kind", "\"functional\"");
  assert_member_ok (RL_COLLECTION_WORK_ORDERS, "channel", "\"walk_in\"");
  assert_member_ok (RL_COLLECTION_WORK_ORDERS, "category", "\"complaint\"");
  assert_member_ok (RL_COLLECTION_WORK_ORDERS, "severity", "\"complex\"");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "veto", "\"safety_accident\"");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "veto", "\"illegal_conduct\"");
}

/* Dates, timestamps, quarters */

static void
test_date_bad (void)
{
  static const char *const bad[] = {
    "\"2026-02-30\"", "\"2026-2-3\"", "\"yesterday\"", "\"2026-13-01\"", "\"2026-00-10\"",
    "\"2026/02/03\"", "\"2026-02-03T00:00:00+08:00\"", "\"20260203\"", "\"2026-02-29\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assert_member_fails (RL_COLLECTION_SERVICES, "start", bad[i], RL_CHECK_ERROR_DATE);
      assert_member_fails (RL_COLLECTION_COMPOUNDS, "red_property_since", bad[i],
                           RL_CHECK_ERROR_DATE);
      assert_member_fails (RL_COLLECTION_COMMITTEES, "formed_on", bad[i], RL_CHECK_ERROR_DATE);
      assert_member_fails (RL_COLLECTION_SURVEY_RESPONSES, "answered_on", bad[i],
                           RL_CHECK_ERROR_DATE);
    }

  assert_member_ok (RL_COLLECTION_COMPOUNDS, "red_property_since", "\"2024-02-29\"");
}

static void
test_timestamp_no_offset (void)
{
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "\"2026-07-03T08:15:00\"",
                       RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "arrived_at", "\"2026-07-03T08:15:00\"",
                       RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "\"2026-07-03\"",
                       RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "\"2026-07-03 08:15:00+08:00\"",
                       RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at", "\"yesterday\"",
                       RL_CHECK_ERROR_DATE);
}

static void
test_timestamp_bad_day (void)
{
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at",
                       "\"2026-02-30T08:15:00+08:00\"", RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "resolved_at",
                       "\"2026-02-29T08:15:00+08:00\"", RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "plan_at",
                       "\"2026-2-16T09:00:00+08:00\"", RL_CHECK_ERROR_DATE);
  assert_member_fails (RL_COLLECTION_WORK_ORDERS, "received_at",
                       "\"2026-02-15T25:01:00+08:00\"", RL_CHECK_ERROR_DATE);
}

static void
assert_canonical_form (const char *text)
{
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                                       "[+-][0-9]{2}:[0-9]{2}$", text, 0, 0));
}

static void
test_timestamp_canonical (void)
{
  g_autoptr(JsonObject) record = NULL;
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(GDateTime) got = NULL;
  RlRow row;

  /* +08:00 is kept as it is; surrounding space goes. */
  record = record_with (RL_COLLECTION_WORK_ORDERS, "received_at",
                        "\" 2026-02-15T22:01:00+08:00 \"");
  check_ok (RL_COLLECTION_WORK_ORDERS, record, &row);
  g_assert_cmpstr (row_text (&row, "received_at"), ==, "2026-02-15T22:01:00+08:00");
  rl_row_clear (&row);
  g_clear_pointer (&record, json_object_unref);

  /* Z is accepted and written with an explicit offset, the same instant. */
  record = record_with (RL_COLLECTION_WORK_ORDERS, "received_at", "\"2026-02-15T14:01:00Z\"");
  check_ok (RL_COLLECTION_WORK_ORDERS, record, &row);
  g_test_message ("Z → %s", row_text (&row, "received_at"));
  assert_canonical_form (row_text (&row, "received_at"));
  g_assert_cmpstr (row_text (&row, "received_at"), ==, "2026-02-15T14:01:00+00:00");
  expected = rl_timestamp_parse ("2026-02-15T22:01:00+08:00");
  got = rl_timestamp_parse (row_text (&row, "received_at"));
  g_assert_nonnull (got);
  g_assert_true (g_date_time_equal (expected, got));
  rl_row_clear (&row);
  g_clear_pointer (&record, json_object_unref);

  /* Another offset is kept, not converted. */
  record = record_with (RL_COLLECTION_WORK_ORDERS, "plan_at", "\"2026-02-16T02:00:00+01:00\"");
  check_ok (RL_COLLECTION_WORK_ORDERS, record, &row);
  g_assert_cmpstr (row_text (&row, "plan_at"), ==, "2026-02-16T02:00:00+01:00");
  rl_row_clear (&row);

  /* The helpers themselves. */
  {
    g_autofree char *a = rl_timestamp_canonical ("2026-07-03T08:15:00+08:00");
    g_autofree char *b = rl_timestamp_canonical ("2026-07-03T00:15:00Z");
    g_autofree char *c = rl_timestamp_canonical ("2026-07-03T08:15:00");

    g_assert_cmpstr (a, ==, "2026-07-03T08:15:00+08:00");
    g_assert_nonnull (b);
    assert_canonical_form (b);
    g_assert_null (c);
  }
}

static void
test_quarter_bad (void)
{
  static const char *const bad[] = {
    "\"2026Q5\"", "\"2026-Q3\"", "\"2026Q0\"", "\"26Q3\"", "\"Q3 2026\"", "\"2026Q\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_member_fails (RL_COLLECTION_INSPECTIONS, "quarter", bad[i], RL_CHECK_ERROR_DATE);

  assert_member_ok (RL_COLLECTION_INSPECTIONS, "quarter", "\"2026Q1\"");
  assert_member_ok (RL_COLLECTION_INSPECTIONS, "quarter", "\"2026Q4\"");
}

/* End before start */

static void
test_order_service (void)
{
  assert_member_fails (RL_COLLECTION_SERVICES, "end", "\"2024-02-29\"", RL_CHECK_ERROR_ORDER);
  assert_member_fails (RL_COLLECTION_SERVICES, "end", "\"2019-12-31\"", RL_CHECK_ERROR_ORDER);
  assert_member_ok (RL_COLLECTION_SERVICES, "end", "\"2024-03-01\"");
}

static void
test_order_committee (void)
{
  assert_member_fails (RL_COLLECTION_COMMITTEES, "dissolved_on", "\"2026-02-14\"",
                       RL_CHECK_ERROR_ORDER);
  assert_member_ok (RL_COLLECTION_COMMITTEES, "dissolved_on", "\"2026-02-15\"");
}

/* An overdue term (term_end before formed_on) is real data, not an error. */
static void
test_order_committee_term (void)
{
  g_autoptr(JsonObject) record = rl_test_json_object (
    "{\"id\": \"oc-7-000089\", \"compound_id\": \"comp-7-000087\", \"kind\": \"owners\","
    " \"formed_on\": \"2019-04-01\", \"term_end\": \"2018-03-31\"}");

  assert_record_ok (RL_COLLECTION_COMMITTEES, record);
}

static void
test_order_party_org (void)
{
  assert_member_fails (RL_COLLECTION_PARTY_ORGS, "dissolved_on", "\"2023-05-31\"",
                       RL_CHECK_ERROR_ORDER);
  assert_member_ok (RL_COLLECTION_PARTY_ORGS, "dissolved_on", "\"2023-06-01\"");
}

/* The district's own sample has an instructor whose assignment ends before
 * it starts: reported, but only as a warning. */
static void
test_order_instructor (void)
{
  g_autoptr(JsonObject) record = rl_test_json_object (
    "{\"id\": \"ins-7-000184\", \"name\": \"赵静\", \"start\": \"2026-09-01\","
    " \"end\": \"2026-06-30\", \"assigned\": [{\"service\": \"svc-7-000182\"}]}");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlProblem *problem;
  RlRow row;

  g_assert_true (check (RL_COLLECTION_INSTRUCTORS, record, &row, problems));
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (rl_problem_list_count_errors (problems), ==, 0);
  problem = g_ptr_array_index (problems, 0);
  g_assert_true (problem->warning);
  g_assert_error (problem->error, RL_CHECK_ERROR, RL_CHECK_ERROR_ORDER);
  g_assert_cmpstr (problem->member, ==, "end");
  g_assert_cmpstr (problem->id, ==, "ins-7-000184");
  /* The record is kept as it is. */
  g_assert_cmpstr (row_text (&row, "end"), ==, "2026-06-30");
  rl_row_clear (&row);

  assert_member_ok (RL_COLLECTION_INSTRUCTORS, "end", "\"2026-03-01\"");
}

static void
test_order_work_order (void)
{
  static const char *const times[] = { "arrived_at", "resolved_at", "plan_at" };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      assert_member_fails (RL_COLLECTION_WORK_ORDERS, times[i], "\"2026-02-15T22:00:59+08:00\"",
                           RL_CHECK_ERROR_ORDER);
      assert_member_fails (RL_COLLECTION_WORK_ORDERS, times[i], "\"2026-01-01T00:00:00+08:00\"",
                           RL_CHECK_ERROR_ORDER);
      /* The same instant is fine. */
      assert_member_ok (RL_COLLECTION_WORK_ORDERS, times[i], "\"2026-02-15T22:01:00+08:00\"");
      assert_member_ok (RL_COLLECTION_WORK_ORDERS, times[i], "\"2026-02-15T14:01:00Z\"");
    }
}

/* Times compare as instants, not as text. */
static void
test_order_offsets (void)
{
  static const char *const later[] = {
    /* 10:00+08:00 is 02:00Z: 02:01Z is a minute later, though it reads earlier. */
    "{\"arrived_at\": \"2026-07-03T02:01:00Z\"}",
    "{\"resolved_at\": \"2026-07-03T03:01:00+01:00\"}",
    "{\"plan_at\": \"2026-07-02T21:00:00-05:00\"}",
  };
  static const char *const earlier[] = {
    "{\"arrived_at\": \"2026-07-03T01:59:00Z\"}",
    /* Reads later as text, but is an hour earlier. */
    "{\"resolved_at\": \"2026-07-03T10:30:00+09:00\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (later) + G_N_ELEMENTS (earlier); i++)
    {
      gboolean is_later = i < G_N_ELEMENTS (later);
      const char *text = is_later ? later[i] : earlier[i - G_N_ELEMENTS (later)];
      g_autoptr(JsonObject) times = rl_test_json_object (text);
      g_autoptr(JsonObject) record = rl_test_json_object (
        "{\"id\": \"wo-1\", \"compound_id\": \"cp\", \"channel\": \"phone\","
        " \"category\": \"repair\", \"severity\": \"normal\","
        " \"received_at\": \"2026-07-03T10:00:00+08:00\"}");
      g_autoptr(GList) names = json_object_get_members (times);
      const char *member = names->data;

      json_object_set_string_member (record, member,
                                     json_object_get_string_member (times, member));
      g_test_message ("%s %s", member, json_object_get_string_member (times, member));
      if (is_later)
        assert_record_ok (RL_COLLECTION_WORK_ORDERS, record);
      else
        assert_record_fails (RL_COLLECTION_WORK_ORDERS, record, member, RL_CHECK_ERROR_ORDER);
    }
}

/* No place on Earth is at +15:00: such a time is a typo, refused as a bad
 * time rather than compared as some other instant. */
static void
test_order_offset_beyond_14 (void)
{
  g_autoptr(JsonObject) record = rl_test_json_object (
    "{\"id\": \"wo-15\", \"compound_id\": \"cp\", \"channel\": \"phone\","
    " \"category\": \"repair\", \"severity\": \"normal\","
    " \"received_at\": \"2026-07-03T10:00:00+08:00\","
    " \"arrived_at\": \"2026-07-03T18:00:00+15:00\"}");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  gboolean ok;
  RlRow row;

  ok = check (RL_COLLECTION_WORK_ORDERS, record, &row, problems);
  rl_row_clear (&row);
  dump_problems (problems);

  g_assert_false (ok);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_error (((RlProblem *) g_ptr_array_index (problems, 0))->error,
                  RL_CHECK_ERROR, RL_CHECK_ERROR_DATE);
  g_assert_cmpstr (((RlProblem *) g_ptr_array_index (problems, 0))->member, ==, "arrived_at");
}

/* Credit codes */

static void
test_credit_code_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_credit_codes); i++)
    {
      g_autofree char *value = g_strdup_printf ("\"%s\"", valid_credit_codes[i]);
      g_autoptr(JsonObject) record = record_with (RL_COLLECTION_FIRMS, "credit_code", value);
      RlRow row;

      g_assert_cmpint (rl_credit_code_check (valid_credit_codes[i]), ==, RL_CREDIT_CODE_OK);
      check_ok (RL_COLLECTION_FIRMS, record, &row);
      g_assert_cmpstr (row_text (&row, "credit_code"), ==, valid_credit_codes[i]);
      rl_row_clear (&row);
    }
}

static void
test_credit_code_check (void)
{
  g_autoptr(JsonObject) record = record_with (RL_COLLECTION_FIRMS, "credit_code",
                                              "\"91420112MA4KX0L71A\"");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlRow row;

  g_assert_cmpint (rl_credit_code_check ("91420112MA4KX0L71A"), ==, RL_CREDIT_CODE_BAD_CHECK);
  assert_record_fails (RL_COLLECTION_FIRMS, record, "credit_code", RL_CHECK_ERROR_CREDIT_CODE);

  /* The message says which check character was expected. */
  g_assert_false (check (RL_COLLECTION_FIRMS, record, &row, problems));
  {
    RlProblem *problem = g_ptr_array_index (problems, 0);
    char expected[2] = { rl_credit_code_check_char ("91420112MA4KX0L71A"), '\0' };

    g_assert_cmpint (expected[0], !=, 'A');
    g_assert_nonnull (strstr (problem->error->message, "91420112MA4KX0L71A"));
    g_assert_nonnull (strstr (problem->error->message, expected));
  }
  rl_row_clear (&row);

  /* One character changed in a valid code. */
  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "\"914201122TH3BJ1XG3\"",
                       RL_CHECK_ERROR_CREDIT_CODE);
  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "\"914201122TH3BJ1YG2\"",
                       RL_CHECK_ERROR_CREDIT_CODE);
}

static void
test_credit_code_length (void)
{
  g_assert_cmpint (rl_credit_code_check ("914201122TH3BJ1XG"), ==, RL_CREDIT_CODE_BAD_LENGTH);
  g_assert_cmpint (rl_credit_code_check ("914201122TH3BJ1XG22"), ==, RL_CREDIT_CODE_BAD_LENGTH);
  g_assert_cmpint (rl_credit_code_check (""), ==, RL_CREDIT_CODE_BAD_LENGTH);
  g_assert_cmpint (rl_credit_code_check (NULL), ==, RL_CREDIT_CODE_BAD_LENGTH);

  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "\"914201122TH3BJ1XG\"",
                       RL_CHECK_ERROR_CREDIT_CODE);
  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "\"914201122TH3BJ1XG22\"",
                       RL_CHECK_ERROR_CREDIT_CODE);
  assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", "\"91420112 2TH3BJ1XG2\"",
                       RL_CHECK_ERROR_CREDIT_CODE);
}

static void
test_credit_code_character (void)
{
  /* GB 32100-2015 leaves out I, O, S, V and Z. */
  static const char *const bad[] = {
    "914201122TH3BJ1IG2", "91420112O1TJ3Y7LLP", "91420112U49D4H3S9M",
    "91420112U49D4H3V9M", "91420112U49D4H3Z9M", "91420112U49D4H3-9M",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *value = g_strdup_printf ("\"%s\"", bad[i]);

      g_assert_cmpint (rl_credit_code_check (bad[i]), ==, RL_CREDIT_CODE_BAD_CHARACTER);
      assert_member_fails (RL_COLLECTION_FIRMS, "credit_code", value, RL_CHECK_ERROR_CREDIT_CODE);
    }
}

static void
test_credit_code_lowercase (void)
{
  g_autoptr(JsonObject) record = record_with (RL_COLLECTION_FIRMS, "credit_code",
                                              "\" 91420112d1tj3y7llp \"");
  RlRow row;

  check_ok (RL_COLLECTION_FIRMS, record, &row);
  g_assert_cmpstr (row_text (&row, "credit_code"), ==, "91420112D1TJ3Y7LLP");
  rl_row_clear (&row);
}

static void
test_credit_code_check_char (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_credit_codes); i++)
    {
      g_autofree char *first17 = g_strndup (valid_credit_codes[i], 17);

      g_assert_cmpint (rl_credit_code_check_char (first17), ==, valid_credit_codes[i][17]);
      /* Only the first 17 characters count. */
      g_assert_cmpint (rl_credit_code_check_char (valid_credit_codes[i]), ==,
                       valid_credit_codes[i][17]);
    }

  /* The example of GB 32100-2015 itself. */
  g_assert_cmpint (rl_credit_code_check_char ("91350100M000100Y4"), ==, '3');
  g_assert_cmpint (rl_credit_code_check ("91350100M000100Y43"), ==, RL_CREDIT_CODE_OK);
}

/* Party members and staff */

static void
test_too_many (void)
{
  g_autoptr(JsonObject) record = NULL;

  record = rl_test_json_object ("{\"id\": \"f2\", \"name\": \"物业公司\","
                                " \"staff\": 5, \"party_members\": 9}");
  assert_record_fails (RL_COLLECTION_FIRMS, record, "party_members", RL_CHECK_ERROR_TOO_MANY);
  g_clear_pointer (&record, json_object_unref);

  record = rl_test_json_object ("{\"id\": \"s2\", \"firm_id\": \"f\", \"compound_id\": \"cp\","
                                " \"start\": \"2024-01-01\", \"staff\": 5, \"party_members\": 6}");
  assert_record_fails (RL_COLLECTION_SERVICES, record, "party_members", RL_CHECK_ERROR_TOO_MANY);
  g_clear_pointer (&record, json_object_unref);

  /* Equal is fine: everyone may be a Party member. */
  assert_member_ok (RL_COLLECTION_FIRMS, "party_members", "173");
  assert_member_ok (RL_COLLECTION_SERVICES, "party_members", "32");
  assert_member_fails (RL_COLLECTION_FIRMS, "party_members", "174", RL_CHECK_ERROR_TOO_MANY);
  assert_member_fails (RL_COLLECTION_SERVICES, "party_members", "33", RL_CHECK_ERROR_TOO_MANY);

  /* Without staff there is nothing to compare with. */
  assert_member_ok (RL_COLLECTION_FIRMS, "staff", NULL);
  assert_member_ok (RL_COLLECTION_SERVICES, "staff", NULL);
  assert_member_ok (RL_COLLECTION_FIRMS, "staff", "null");
}

/* Ids */

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

static void
test_id_length (void)
{
  struct { const char *unit; guint n; gboolean ok; } cases[] = {
    { "a", 64, TRUE },
    { "a", 65, FALSE },
    { "稻", 64, TRUE },   /* 192 bytes, 64 characters */
    { "稻", 65, FALSE },
    { "é", 64, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = repeat (cases[i].unit, cases[i].n);
      g_autofree char *value = g_strdup_printf ("\"%s\"", id);
      g_autofree char *padded = g_strdup_printf ("\"  %s \"", id);

      g_test_message ("id of %u × %s", cases[i].n, cases[i].unit);
      if (cases[i].ok)
        {
          assert_member_ok (RL_COLLECTION_STREETS, "id", value);
          /* Surrounding space does not count. */
          assert_member_ok (RL_COLLECTION_STREETS, "id", padded);
        }
      else
        {
          assert_member_fails (RL_COLLECTION_STREETS, "id", value, RL_CHECK_ERROR_RANGE);
          assert_member_fails (RL_COLLECTION_WORK_ORDERS, "id", value, RL_CHECK_ERROR_RANGE);
        }
    }

  assert_member_fails (RL_COLLECTION_STREETS, "id", "42", RL_CHECK_ERROR_TYPE);
  assert_member_ok (RL_COLLECTION_STREETS, "id", "\"x\"");
}

/* Reporting */

static const RlProblem *
find_problem (GPtrArray    *problems,
              const char   *member,
              RlCheckError  code)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const RlProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->member, member) == 0
          && g_error_matches (problem->error, RL_CHECK_ERROR, code))
        return problem;
    }
  return NULL;
}

static void
test_several_errors (void)
{
  static const struct { const char *member; RlCheckError code; } expected[] = {
    { "name", RL_CHECK_ERROR_MISSING },
    { "kind", RL_CHECK_ERROR_CHOICE },
    { "class", RL_CHECK_ERROR_CHOICE },
    { "households", RL_CHECK_ERROR_RANGE },
    { "floor_area_m2", RL_CHECK_ERROR_TYPE },
    { "self_managed", RL_CHECK_ERROR_TYPE },
    { "red_property_since", RL_CHECK_ERROR_DATE },
    { "community_id", RL_CHECK_ERROR_MISSING },
  };
  g_autoptr(JsonObject) record = rl_test_json_object (
    "{\"id\": \"cp3\", \"name\": \" \", \"kind\": \"castle\", \"class\": \"D\","
    " \"households\": -1, \"floor_area_m2\": \"big\", \"self_managed\": \"no\","
    " \"red_property_since\": \"2026-02-30\", \"address\": \"东西湖区95号\"}");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  RlRow row;

  g_assert_false (check (RL_COLLECTION_COMPOUNDS, record, &row, problems));
  dump_problems (problems);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (rl_problem_list_count_errors (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RlProblem *problem = find_problem (problems, expected[i].member, expected[i].code);

      g_test_message ("expecting %s", expected[i].member);
      g_assert_nonnull (problem);
      g_assert_cmpstr (problem->id, ==, "cp3");
      g_assert_cmpint (problem->collection, ==, RL_COLLECTION_COMPOUNDS);
    }
  /* The good member is still read. */
  g_assert_cmpstr (row_text (&row, "address"), ==, "东西湖区95号");
  rl_row_clear (&row);

  /* A bad order and a bad count together, in a service. */
  {
    g_autoptr(JsonObject) service = rl_test_json_object (
      "{\"id\": \"s1\", \"firm_id\": \"f1\", \"compound_id\": \"cp1\", \"start\": \"2026-07-01\","
      " \"end\": \"2026-06-30\", \"staff\": 3, \"party_members\": 4, \"manager\": 5}");
    g_autoptr(GPtrArray) more = rl_problem_list_new ();

    g_assert_false (check (RL_COLLECTION_SERVICES, service, &row, more));
    dump_problems (more);
    g_assert_cmpuint (more->len, ==, 3);
    g_assert_nonnull (find_problem (more, "end", RL_CHECK_ERROR_ORDER));
    g_assert_nonnull (find_problem (more, "party_members", RL_CHECK_ERROR_TOO_MANY));
    g_assert_nonnull (find_problem (more, "manager", RL_CHECK_ERROR_TYPE));
    rl_row_clear (&row);
  }
}

static void
test_describe (void)
{
  g_autoptr(JsonObject) record = record_with (RL_COLLECTION_COMPOUNDS, "kind", "\"castle\"");
  g_autoptr(GPtrArray) problems = rl_problem_list_new ();
  g_autofree char *text = NULL;
  RlProblem *problem;
  RlRow row;

  g_assert_false (check (RL_COLLECTION_COMPOUNDS, record, &row, problems));
  rl_row_clear (&row);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->id, ==, "comp-7-000006");
  g_assert_cmpstr (problem->member, ==, "kind");

  text = rl_problem_describe (problem);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "compounds"));
  g_assert_nonnull (strstr (text, "comp-7-000006"));
  g_assert_nonnull (strstr (text, "kind"));
  g_assert_nonnull (strstr (text, "castle"));
  /* Records are counted from 1 for people. */
  g_assert_nonnull (strstr (text, "4"));

  /* A warning says so. */
  {
    g_autoptr(JsonObject) instructor = record_with (RL_COLLECTION_INSTRUCTORS, "end",
                                                    "\"2026-01-01\"");
    g_autoptr(GPtrArray) warnings = rl_problem_list_new ();
    g_autofree char *warning = NULL;

    g_assert_true (check (RL_COLLECTION_INSTRUCTORS, instructor, &row, warnings));
    rl_row_clear (&row);
    g_assert_cmpuint (warnings->len, ==, 1);
    warning = rl_problem_describe (g_ptr_array_index (warnings, 0));
    g_test_message ("%s", warning);
    g_assert_nonnull (strstr (warning, "instructors"));
    g_assert_nonnull (strstr (warning, "ins-7-000184"));
    g_assert_nonnull (strstr (warning, "end"));
    g_assert_cmpstr (text, !=, warning);
  }

  /* Every bad case names its collection, id and member when described. */
  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      const RlCollection *collection = rl_collection_get (c);

      for (guint m = 1; m < collection->n_members; m++)
        {
          const char *name = collection->members[m].name;
          g_autoptr(JsonObject) bad = record_with (c, name, "[[]]");
          g_autoptr(GPtrArray) list = rl_problem_list_new ();
          g_autofree char *described = NULL;

          g_assert_false (check (c, bad, &row, list));
          rl_row_clear (&row);
          g_assert_cmpuint (list->len, >=, 1);
          problem = g_ptr_array_index (list, 0);
          g_assert_cmpstr (problem->id, ==, record_id (bad));
          g_assert_true (g_str_has_prefix (problem->member, name));
          described = rl_problem_describe (problem);
          g_assert_nonnull (strstr (described, collection->name));
          g_assert_nonnull (strstr (described, record_id (bad)));
          g_assert_nonnull (strstr (described, name));
        }
    }
}

/* The parsers */

static void
test_date_parse (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (rl_date_parse ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  g_assert_false (rl_date_parse ("2026-02-29", NULL));
  g_assert_false (rl_date_parse ("2100-02-29", NULL));
  g_assert_true (rl_date_parse ("2000-02-29", NULL));
  g_assert_true (rl_date_parse ("2026-12-31", NULL));
  g_assert_true (rl_date_parse ("2026-01-01", NULL));
  g_assert_false (rl_date_parse ("2026-02-30", NULL));
  g_assert_false (rl_date_parse ("2026-04-31", NULL));
  g_assert_false (rl_date_parse ("2026-13-01", NULL));
  g_assert_false (rl_date_parse ("2026-00-01", NULL));
  g_assert_false (rl_date_parse ("2026-01-00", NULL));
  g_assert_false (rl_date_parse ("0000-01-01", NULL));
  g_assert_false (rl_date_parse ("2026-2-3", NULL));
  g_assert_false (rl_date_parse ("2026-02-03 ", NULL));
  g_assert_false (rl_date_parse ("2026-02-3x", NULL));
  g_assert_false (rl_date_parse ("+026-02-03", NULL));
  g_assert_false (rl_date_parse ("yesterday", NULL));
  g_assert_false (rl_date_parse ("", NULL));
  g_assert_false (rl_date_parse (NULL, NULL));
}

static void
test_quarter_parse (void)
{
  int year = 0, quarter = 0;

  g_assert_true (rl_quarter_parse ("2026Q3", &year, &quarter));
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (quarter, ==, 3);
  g_assert_true (rl_quarter_parse ("2025Q1", &year, &quarter));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 1);
  g_assert_true (rl_quarter_parse ("2026Q4", NULL, NULL));

  g_assert_false (rl_quarter_parse ("2026Q5", NULL, NULL));
  g_assert_false (rl_quarter_parse ("2026Q0", NULL, NULL));
  g_assert_false (rl_quarter_parse ("2026-Q3", NULL, NULL));
  g_assert_false (rl_quarter_parse ("2026Q3 ", NULL, NULL));
  g_assert_false (rl_quarter_parse ("26Q3", NULL, NULL));
  g_assert_false (rl_quarter_parse ("2026 3", NULL, NULL));
  g_assert_false (rl_quarter_parse ("", NULL, NULL));
  g_assert_false (rl_quarter_parse (NULL, NULL, NULL));
}

/* The fast reading of canonical times agrees with GLib's. */
static void
test_timestamp_to_unix (void)
{
  static const char *const times[] = {
    "2026-07-03T08:15:00+08:00", "2026-07-03T00:15:00+00:00", "2026-07-02T19:15:00-05:00",
    "2024-02-29T23:59:59+08:00", "2026-01-01T00:00:00+14:00", "2025-12-31T23:59:59-12:00",
    "1970-01-01T00:00:00+00:00", "1969-12-31T23:00:00+00:00", "2000-03-01T00:00:00+05:30",
    "2100-03-01T12:00:00+08:00", "0001-01-01T00:00:00+00:00",
  };
  static const char *const refused[] = {
    "2026-07-03T08:15:00Z", "2026-07-03T08:15:00", "2026-07-03T08:15:00+0800",
    "2026-02-30T08:15:00+08:00", "2026-07-03T24:00:00+08:00", "2026-07-03T08:60:00+08:00",
    "2026-07-03 08:15:00+08:00", "2026-07-03T08:15:00.5+08:00", "", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GDateTime) dt = rl_timestamp_parse (times[i]);
      g_autofree char *canonical = rl_timestamp_canonical (times[i]);
      gint64 unix_time = 0;

      g_test_message ("%s", times[i]);
      g_assert_nonnull (dt);
      g_assert_true (rl_timestamp_to_unix (times[i], &unix_time));
      g_assert_cmpint (unix_time, ==, g_date_time_to_unix (dt));
      g_assert_cmpstr (canonical, ==, times[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_false (rl_timestamp_to_unix (refused[i], NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      g_autofree char *path = g_strdup_printf ("/core/check/valid/%s",
                                               rl_collection_get (c)->name);

      g_test_add_data_func (path, GUINT_TO_POINTER (c), test_valid_record);
    }
  g_test_add_func ("/core/check/valid/nested", test_valid_nested);
  g_test_add_func ("/core/check/valid/minimal", test_valid_minimal);

  g_test_add_func ("/core/check/missing/required", test_missing_required);
  g_test_add_func ("/core/check/missing/empty-text", test_missing_empty_text);
  g_test_add_func ("/core/check/missing/id", test_missing_id);
  g_test_add_func ("/core/check/trimmed", test_trimmed);

  g_test_add_func ("/core/check/type/text", test_type_text);
  g_test_add_func ("/core/check/type/int", test_type_int);
  g_test_add_func ("/core/check/type/number", test_type_number);
  g_test_add_func ("/core/check/type/bool", test_type_bool);
  g_test_add_func ("/core/check/type/lists", test_type_lists);

  g_test_add_func ("/core/check/range/int", test_range_int);
  g_test_add_func ("/core/check/range/number", test_range_number);
  g_test_add_func ("/core/check/range/survey", test_range_survey);

  g_test_add_func ("/core/check/choice", test_choice);

  g_test_add_func ("/core/check/date/bad", test_date_bad);
  g_test_add_func ("/core/check/timestamp/no-offset", test_timestamp_no_offset);
  g_test_add_func ("/core/check/timestamp/bad-day", test_timestamp_bad_day);
  g_test_add_func ("/core/check/timestamp/canonical", test_timestamp_canonical);
  g_test_add_func ("/core/check/quarter/bad", test_quarter_bad);

  g_test_add_func ("/core/check/order/service", test_order_service);
  g_test_add_func ("/core/check/order/committee", test_order_committee);
  g_test_add_func ("/core/check/order/committee-term", test_order_committee_term);
  g_test_add_func ("/core/check/order/party-org", test_order_party_org);
  g_test_add_func ("/core/check/order/instructor-warns", test_order_instructor);
  g_test_add_func ("/core/check/order/work-order", test_order_work_order);
  g_test_add_func ("/core/check/order/offsets", test_order_offsets);
  g_test_add_func ("/core/check/order/offset-beyond-14", test_order_offset_beyond_14);

  g_test_add_func ("/core/check/credit-code/valid", test_credit_code_valid);
  g_test_add_func ("/core/check/credit-code/check", test_credit_code_check);
  g_test_add_func ("/core/check/credit-code/length", test_credit_code_length);
  g_test_add_func ("/core/check/credit-code/character", test_credit_code_character);
  g_test_add_func ("/core/check/credit-code/lowercase", test_credit_code_lowercase);
  g_test_add_func ("/core/check/credit-code/check-char", test_credit_code_check_char);

  g_test_add_func ("/core/check/too-many", test_too_many);
  g_test_add_func ("/core/check/id-length", test_id_length);
  g_test_add_func ("/core/check/several-errors", test_several_errors);
  g_test_add_func ("/core/check/describe", test_describe);

  g_test_add_func ("/core/check/parse/date", test_date_parse);
  g_test_add_func ("/core/check/parse/quarter", test_quarter_parse);
  g_test_add_func ("/core/check/parse/timestamp", test_timestamp_to_unix);

  return g_test_run ();
}
