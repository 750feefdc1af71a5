/* rl-collection.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-collection.h"

#define N_MEMBERS(a) G_N_ELEMENTS (a)
#define COUNT_MAX 1e9

static const char *const compound_kinds[] = {
  "commodity", "old", "resettlement", "work_unit", "village", "other", NULL
};
static const char *const compound_classes[] = { "A", "B", "C", NULL };
static const char *const committee_kinds[] = { "owners", "management", NULL };
static const char *const org_kinds[] = {
  "branch", "general_branch", "committee", "joint_branch", "functional", NULL
};
static const char *const org_cover_kinds[] = { "firm", "service", "committee", "compound", NULL };
static const char *const instructor_kinds[] = { "firm", "service", "committee", NULL };
static const char *const people_roles[] = { "director", "deputy", "member", NULL };
static const char *const channels[] = {
  "hotline_12345", "phone", "walk_in", "online", "grid", NULL
};
static const char *const categories[] = { "repair", "complaint", "dispute", "inquiry", NULL };
static const char *const severities[] = { "normal", "major", "complex", NULL };
static const char *const vetoes[] = {
  "safety_accident", "illegal_conduct", "abandonment", NULL
};

/* What people read for each code, in the same order as the codes. */
static const char *const compound_kind_labels[] = {
  N_("commodity housing"), N_("old residential area"), N_("resettlement housing"),
  N_("work-unit housing"), N_("village"), N_("other"), NULL
};
static const char *const compound_class_labels[] = { N_("class A"), N_("class B"), N_("class C"), NULL };
static const char *const committee_kind_labels[] = {
  N_("owners’ committee"), N_("property management committee"), NULL
};
static const char *const org_kind_labels[] = {
  N_("Party branch"), N_("general Party branch"), N_("Party committee"), N_("joint Party branch"),
  N_("functional Party organization"), NULL
};
static const char *const link_kind_labels[] = { N_("firm"), N_("service"), N_("committee"), N_("compound"), NULL };
static const char *const channel_labels[] = {
  N_("12345 hotline"), N_("phone"), N_("walk-in"), N_("online"), N_("grid worker"), NULL
};
static const char *const category_labels[] = { N_("repair"), N_("complaint"), N_("dispute"), N_("inquiry"), NULL };
static const char *const severity_labels[] = { N_("normal"), N_("major"), N_("complex"), NULL };
static const char *const veto_labels[] = {
  N_("safety accident"), N_("illegal conduct"), N_("abandonment"), NULL
};
static const char *const role_labels[] = { N_("director"), N_("deputy director"), N_("member"), NULL };

static const struct
{
  const char *const *codes;
  const char *const *labels;
} choice_labels[] = {
  { compound_kinds, compound_kind_labels },
  { people_roles, role_labels },
  { compound_classes, compound_class_labels },
  { committee_kinds, committee_kind_labels },
  { org_kinds, org_kind_labels },
  { org_cover_kinds, link_kind_labels },
  { instructor_kinds, link_kind_labels },
  { channels, channel_labels },
  { categories, category_labels },
  { severities, severity_labels },
  { vetoes, veto_labels },
};

static const RlMember street_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "code", RL_MEMBER_TEXT },
};

static const RlMember community_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "street_id", RL_MEMBER_REF, TRUE, "streets" },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "code", RL_MEMBER_TEXT },
};

static const RlMember compound_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "community_id", RL_MEMBER_REF, TRUE, "communities" },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "kind", RL_MEMBER_CHOICE, TRUE, NULL, compound_kinds },
  { "address", RL_MEMBER_TEXT },
  { "class", RL_MEMBER_CHOICE, FALSE, NULL, compound_classes },
  { "households", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX },
  { "floor_area_m2", RL_MEMBER_NUMBER, FALSE, NULL, NULL, 0, 1e12 },
  { "self_managed", RL_MEMBER_BOOL },
  { "red_property_since", RL_MEMBER_DATE },
};

static const RlMember firm_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "credit_code", RL_MEMBER_CREDIT_CODE },
  { "legal_rep", RL_MEMBER_TEXT },
  { "phone", RL_MEMBER_TEXT },
  { "staff", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX },
  { "party_members", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX, .at_most = "staff" },
};

static const RlMember service_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "firm_id", RL_MEMBER_REF, TRUE, "firms" },
  { "compound_id", RL_MEMBER_REF, TRUE, "compounds" },
  { "start", RL_MEMBER_DATE, TRUE },
  { "end", RL_MEMBER_DATE, .not_before = "start" },
  { "manager", RL_MEMBER_TEXT },
  { "staff", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX },
  { "party_members", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX, .at_most = "staff" },
};

/* term_end is not checked against formed_on: a committee entered after its
 * term ran out is the "换届 overdue" case the district looks for. */
static const RlMember committee_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "compound_id", RL_MEMBER_REF, TRUE, "compounds" },
  { "kind", RL_MEMBER_CHOICE, TRUE, NULL, committee_kinds },
  { "formed_on", RL_MEMBER_DATE, TRUE },
  { "term_end", RL_MEMBER_DATE },
  { "dissolved_on", RL_MEMBER_DATE, .not_before = "formed_on" },
  { "members", RL_MEMBER_PEOPLE },
};

static const RlMember party_org_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "kind", RL_MEMBER_CHOICE, TRUE, NULL, org_kinds },
  { "founded_on", RL_MEMBER_DATE, TRUE },
  { "secretary", RL_MEMBER_TEXT },
  { "members", RL_MEMBER_INT, FALSE, NULL, NULL, 0, COUNT_MAX },
  { "dissolved_on", RL_MEMBER_DATE, .not_before = "founded_on" },
  { "covers", RL_MEMBER_LINKS, FALSE, NULL, org_cover_kinds },
};

/* An assignment that ends before it starts is never active; the district's
 * own sample has one, so it is a warning rather than an error. */
static const RlMember instructor_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "name", RL_MEMBER_TEXT, TRUE },
  { "start", RL_MEMBER_DATE, TRUE },
  { "end", RL_MEMBER_DATE, .not_before = "start", .not_before_warns = TRUE },
  { "assigned", RL_MEMBER_LINKS, FALSE, NULL, instructor_kinds },
};

static const RlMember survey_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "compound_id", RL_MEMBER_REF, TRUE, "compounds" },
  { "answered_on", RL_MEMBER_DATE, TRUE },
  { "overall", RL_MEMBER_INT, TRUE, NULL, NULL, 1, 5 },
  { "items", RL_MEMBER_RATINGS },
};

static const RlMember work_order_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "compound_id", RL_MEMBER_REF, TRUE, "compounds" },
  { "service_id", RL_MEMBER_REF, FALSE, "services" },
  { "channel", RL_MEMBER_CHOICE, TRUE, NULL, channels },
  { "category", RL_MEMBER_CHOICE, TRUE, NULL, categories },
  { "severity", RL_MEMBER_CHOICE, TRUE, NULL, severities },
  { "received_at", RL_MEMBER_TIMESTAMP, TRUE },
  { "arrived_at", RL_MEMBER_TIMESTAMP, .not_before = "received_at" },
  { "resolved_at", RL_MEMBER_TIMESTAMP, .not_before = "received_at" },
  { "plan_at", RL_MEMBER_TIMESTAMP, .not_before = "received_at" },
  { "resident_satisfied", RL_MEMBER_BOOL },
};

static const RlMember inspection_members[] = {
  { "id", RL_MEMBER_ID, TRUE },
  { "service_id", RL_MEMBER_REF, TRUE, "services" },
  { "quarter", RL_MEMBER_QUARTER, TRUE },
  { "score", RL_MEMBER_NUMBER, FALSE, NULL, NULL, 0, 10 },
  { "fee_collection_rate", RL_MEMBER_NUMBER, FALSE, NULL, NULL, 0, 1 },
  { "veto", RL_MEMBER_CHOICE, FALSE, NULL, vetoes },
  { "note", RL_MEMBER_TEXT },
};

/* In dependency order: a collection only names collections before it, so
 * export writes and the demo generator fills them in this order. */
static const RlCollection collections[RL_N_COLLECTIONS] = {
  { "streets", N_("streets"), street_members, N_MEMBERS (street_members) },
  { "communities", N_("communities"), community_members, N_MEMBERS (community_members) },
  { "compounds", N_("compounds"), compound_members, N_MEMBERS (compound_members) },
  { "firms", N_("firms"), firm_members, N_MEMBERS (firm_members) },
  { "services", N_("services"), service_members, N_MEMBERS (service_members) },
  { "committees", N_("committees"), committee_members, N_MEMBERS (committee_members) },
  { "party_orgs", N_("party organizations"), party_org_members, N_MEMBERS (party_org_members) },
  { "instructors", N_("instructors"), instructor_members, N_MEMBERS (instructor_members) },
  { "survey_responses", N_("survey responses"), survey_members, N_MEMBERS (survey_members) },
  { "work_orders", N_("work orders"), work_order_members, N_MEMBERS (work_order_members) },
  { "inspections", N_("inspections"), inspection_members, N_MEMBERS (inspection_members) },
};

const RlCollection *
rl_collection_get (RlCollectionId id)
{
  g_return_val_if_fail (id < RL_N_COLLECTIONS, NULL);

  return &collections[id];
}

const RlCollection *
rl_collection_lookup (const char *name)
{
  for (guint i = 0; i < RL_N_COLLECTIONS; i++)
    if (g_strcmp0 (collections[i].name, name) == 0)
      return &collections[i];

  return NULL;
}

RlCollectionId
rl_collection_index (const RlCollection *collection)
{
  return (RlCollectionId) (collection - collections);
}

int
rl_collection_member_index (const RlCollection *collection,
                            const char         *member)
{
  for (guint i = 0; i < collection->n_members; i++)
    if (strcmp (collection->members[i].name, member) == 0)
      return (int) i;

  return -1;
}

const RlMember *
rl_collection_find_member (const RlCollection *collection,
                           const char         *member)
{
  int i = rl_collection_member_index (collection, member);

  return i < 0 ? NULL : &collection->members[i];
}

const char *
rl_collection_label (const RlCollection *collection)
{
  return g_dgettext (GETTEXT_PACKAGE, collection->label);
}

/* The translated label of one of a member's codes; the code itself when
 * it has none (it came from a newer program). */
const char *
rl_choice_label (const char *const *choices,
                 const char        *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (choice_labels); i++)
    {
      if (choice_labels[i].codes != choices)
        continue;
      for (guint k = 0; choices[k] != NULL; k++)
        if (g_strcmp0 (choices[k], code) == 0)
          return g_dgettext (GETTEXT_PACKAGE, choice_labels[i].labels[k]);
    }
  return code;
}

const char *const *
rl_people_roles (void)
{
  return people_roles;
}
