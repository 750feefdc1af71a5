/* rl-labels.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rl-labels.h"

typedef struct
{
  const char *collection;  /* NULL: any collection */
  const char *member;
  const char *label;
} MemberLabel;

/* Collection-specific entries come first: a Party organization's "members"
 * is a count, a committee's is a list of people. */
static const MemberLabel labels[] = {
  { "committees", "members", N_("Committee _members") },
  { "party_orgs", "members", N_("Party _members") },
  { "instructors", "name", N_("_Name") },
  { "compounds", "kind", N_("Compound _type") },
  { "committees", "kind", N_("Committee _type") },
  { "party_orgs", "kind", N_("Organization _type") },
  { "firms", "staff", N_("_Staff") },
  { "firms", "party_members", N_("_Party members among staff") },
  { NULL, "id", N_("_ID") },
  { NULL, "name", N_("_Name") },
  { NULL, "code", N_("Administrative _code") },
  { NULL, "street_id", N_("_Street") },
  { NULL, "community_id", N_("_Community") },
  { NULL, "compound_id", N_("C_ompound") },
  { NULL, "firm_id", N_("_Firm") },
  { NULL, "service_id", N_("Se_rvice") },
  { NULL, "kind", N_("_Type") },
  { NULL, "address", N_("_Address") },
  { NULL, "class", N_("C_lass") },
  { NULL, "households", N_("_Households") },
  { NULL, "floor_area_m2", N_("_Floor area (m²)") },
  { NULL, "self_managed", N_("Self-_managed") },
  { NULL, "red_property_since", N_("_Red property since") },
  { NULL, "credit_code", N_("_Credit code") },
  { NULL, "legal_rep", N_("_Legal representative") },
  { NULL, "phone", N_("_Phone") },
  { NULL, "staff", N_("_Staff") },
  { NULL, "party_members", N_("_Party members") },
  { NULL, "start", N_("_Start") },
  { NULL, "end", N_("_End") },
  { NULL, "manager", N_("_Manager") },
  { NULL, "formed_on", N_("_Formed on") },
  { NULL, "term_end", N_("_Term ends") },
  { NULL, "dissolved_on", N_("_Dissolved on") },
  { NULL, "founded_on", N_("_Founded on") },
  { NULL, "secretary", N_("_Secretary") },
  { NULL, "covers", N_("C_overs") },
  { NULL, "assigned", N_("_Assigned to") },
  { NULL, "answered_on", N_("_Answered on") },
  { NULL, "overall", N_("_Overall rating") },
  { NULL, "items", N_("_Item ratings") },
  { NULL, "channel", N_("C_hannel") },
  { NULL, "category", N_("Ca_tegory") },
  { NULL, "severity", N_("Se_verity") },
  { NULL, "received_at", N_("_Received at") },
  { NULL, "arrived_at", N_("Arri_ved at") },
  { NULL, "resolved_at", N_("Reso_lved at") },
  { NULL, "plan_at", N_("_Planned for") },
  { NULL, "resident_satisfied", N_("Resident _satisfied") },
  { NULL, "quarter", N_("_Quarter") },
  { NULL, "score", N_("_Score") },
  { NULL, "fee_collection_rate", N_("_Fee collection rate") },
  { NULL, "veto", N_("_Veto") },
  { NULL, "note", N_("_Note") },
};

/* Whole sentences, one per collection: Chinese puts the measure word and
 * the record's kind where English does, but neither may be glued. */
static const char *const phrases[RL_N_COLLECTIONS][4] = {
  { N_("New street"), N_("Edit street “%s”"), N_("Delete street “%s”?"),
    N_("History of street “%s”") },
  { N_("New community"), N_("Edit community “%s”"), N_("Delete community “%s”?"),
    N_("History of community “%s”") },
  { N_("New compound"), N_("Edit compound “%s”"), N_("Delete compound “%s”?"),
    N_("History of compound “%s”") },
  { N_("New firm"), N_("Edit firm “%s”"), N_("Delete firm “%s”?"),
    N_("History of firm “%s”") },
  { N_("New service"), N_("Edit service “%s”"), N_("Delete service “%s”?"),
    N_("History of service “%s”") },
  { N_("New committee"), N_("Edit committee “%s”"), N_("Delete committee “%s”?"),
    N_("History of committee “%s”") },
  { N_("New Party organization"), N_("Edit Party organization “%s”"),
    N_("Delete Party organization “%s”?"), N_("History of Party organization “%s”") },
  { N_("New instructor"), N_("Edit instructor “%s”"), N_("Delete instructor “%s”?"),
    N_("History of instructor “%s”") },
  { N_("New survey response"), N_("Edit survey response “%s”"),
    N_("Delete survey response “%s”?"), N_("History of survey response “%s”") },
  { N_("New work order"), N_("Edit work order “%s”"), N_("Delete work order “%s”?"),
    N_("History of work order “%s”") },
  { N_("New inspection"), N_("Edit inspection “%s”"), N_("Delete inspection “%s”?"),
    N_("History of inspection “%s”") },
};

char *
rl_record_phrase (RlCollectionId  collection,
                  RlPhrase        phrase,
                  const char     *name)
{
  g_return_val_if_fail (collection < RL_N_COLLECTIONS, NULL);

  if (phrase == RL_PHRASE_ADD)
    return g_strdup (_(phrases[collection][phrase]));

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_(phrases[collection][phrase]), name);
#pragma GCC diagnostic pop
}

const char *
rl_member_label (const RlCollection *collection,
                 const char         *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (labels[i].collection != NULL
          && (collection == NULL || strcmp (labels[i].collection, collection->name) != 0))
        continue;
      if (strcmp (labels[i].member, member) == 0)
        return _(labels[i].label);
    }

  return member;
}

char *
rl_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      /* The CJK convention puts the key in brackets after the text: 户数(_H) */
      if (p[0] == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')')
        {
          p += 3;
          continue;
        }
      if (p[0] == '_' && p[1] != '_')
        continue;
      if (p[0] == '_')
        p++;
      g_string_append_c (out, *p);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

char *
rl_member_title (const RlCollection *collection,
                 const char         *member)
{
  return rl_strip_mnemonic (rl_member_label (collection, member));
}
