/* rl-demo-registry.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the demo's streets, communities, compounds, firms, services and committees.
 */

#include "rl-config.h"

#include <math.h>

#include "rl-credit-code.h"
#include "rl-demo-private.h"

static const char *const compound_kinds[] = {
  "commodity", "old", "resettlement", "work_unit", "village", "other",
};
static const char *const classes[] = { "A", "B", "C" };

gboolean
_rl_demo_write_places (Demo    *self,
                       GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  char code[32];

  _rl_demo_begin_collection (self, RL_COLLECTION_STREETS);
  for (guint s = 0; s < self->streets->len; s++)
    {
      const Street *street = STREET (self, s);

      json_object_set_string_member (record, "name", street->name);
      g_snprintf (code, sizeof code, "%s%03u", _rl_demo_districts[street->district].code,
                  street->number);
      json_object_set_string_member (record, "code", code);
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  _rl_demo_begin_collection (self, RL_COLLECTION_COMMUNITIES);
  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);
      const Street *street = STREET (self, community->street);

      _rl_demo_set_ref (record, "street_id", RL_COLLECTION_STREETS, community->street);
      json_object_set_string_member (record, "name", community->name);
      g_snprintf (code, sizeof code, "%s%03u%03u", _rl_demo_districts[street->district].code,
                  street->number, community->number);
      json_object_set_string_member (record, "code", code);
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rl_demo_write_compounds (Demo    *self,
                          GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  GString *address = g_string_new (NULL);
  gboolean ok = TRUE;

  _rl_demo_begin_collection (self, RL_COLLECTION_COMPOUNDS);
  for (guint c = 0; c < self->compounds->len && ok; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      const Community *community = COMMUNITY (self, compound->community);
      const Street *street = STREET (self, community->street);
      double area;

      _rl_demo_set_ref (record, "community_id", RL_COLLECTION_COMMUNITIES, compound->community);
      json_object_set_string_member (record, "name", compound->name);
      json_object_set_string_member (record, "kind", compound_kinds[compound->profile.kind]);

      g_string_assign (address, _rl_demo_districts[street->district].name);
      _rl_demo_draw_road (self, address);
      g_string_append_printf (address, "%u号", _rl_demo_between (self, 1, 999));
      json_object_set_string_member (record, "address", address->str);

      json_object_set_string_member (record, "class", classes[compound->profile.klass]);
      json_object_set_int_member (record, "households", compound->households);
      /* An empty compound is a new estate not yet handed over: built, not lived in. */
      if (compound->households > 0)
        area = compound->households * (60 + 80 * g_rand_double (self->rand));
      else
        area = 20000 + 60000 * g_rand_double (self->rand);
      json_object_set_double_member (record, "floor_area_m2", round (area * 10) / 10);
      json_object_set_boolean_member (record, "self_managed",
                                      compound->profile.serving == SELF_MANAGED);
      _rl_demo_set_date (record, "red_property_since", compound->red_since);
      ok = _rl_demo_put (self, record, error);
    }

  g_string_free (address, TRUE);
  return ok;
}

static void
set_phone (Demo       *self,
           JsonObject *record)
{
  char phone[16];

  g_snprintf (phone, sizeof phone, "027-8%07u", _rl_demo_pick (self, 10000000));
  json_object_set_string_member (record, "phone", phone);
}

gboolean
_rl_demo_write_firms (Demo    *self,
                      GError **error)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  g_autoptr(JsonObject) record = json_object_new ();
  char code[19] = "9142011";

  _rl_demo_begin_collection (self, RL_COLLECTION_FIRMS);
  for (guint f = 0; f < self->firms->len; f++)
    {
      const Firm *firm = FIRM (self, f);

      json_object_set_string_member (record, "name", firm->name);
      /* 91 (enterprise) 420112 (a Wuhan district), then random; GB 32100-2015. */
      for (guint i = 7; i < 17; i++)
        code[i] = alphabet[_rl_demo_pick (self, sizeof alphabet - 1)];
      code[17] = rl_credit_code_check_char (code);
      json_object_set_string_member (record, "credit_code", code);
      json_object_set_string_member (record, "legal_rep", _rl_demo_person (self));
      set_phone (self, record);
      _rl_demo_set_count (record, "staff", firm->staff);
      _rl_demo_set_count (record, "party_members", firm->party_members);
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rl_demo_write_services (Demo    *self,
                         GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();

  _rl_demo_begin_collection (self, RL_COLLECTION_SERVICES);
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);

      _rl_demo_set_ref (record, "firm_id", RL_COLLECTION_FIRMS, service->firm);
      _rl_demo_set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, service->compound);
      _rl_demo_set_date (record, "start", service->start);
      _rl_demo_set_date (record, "end", service->end);
      json_object_set_string_member (record, "manager", _rl_demo_person (self));
      _rl_demo_set_count (record, "staff", service->staff);
      _rl_demo_set_count (record, "party_members", service->party_members);
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

static JsonArray *
committee_members (Demo *self)
{
  JsonArray *people = json_array_new ();
  guint n = 3 + 2 * _rl_demo_pick (self, 4);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = json_object_new ();
      const char *role = i == 0 ? "director" : i == 1 || (i == 2 && n >= 7) ? "deputy" : "member";

      json_object_set_string_member (member, "name", _rl_demo_person (self));
      json_object_set_string_member (member, "role", role);
      json_object_set_boolean_member (member, "party_member",
                                      _rl_demo_chance (self, i == 0 ? 0.7 : 0.4));
      json_object_set_boolean_member (member, "cross_post",
                                      _rl_demo_chance (self, i == 0 ? 0.5 : 0.2));
      json_array_add_object_element (people, member);
    }
  return people;
}

gboolean
_rl_demo_write_committees (Demo    *self,
                           GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();

  _rl_demo_begin_collection (self, RL_COLLECTION_COMMITTEES);
  for (guint k = 0; k < self->committees->len; k++)
    {
      const Committee *committee = COMMITTEE (self, k);

      _rl_demo_set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, committee->compound);
      json_object_set_string_member (record, "kind", committee->management ? "management"
                                                                           : "owners");
      _rl_demo_set_date (record, "formed_on", committee->formed);
      _rl_demo_set_date (record, "term_end", committee->term_end);
      _rl_demo_set_date (record, "dissolved_on", committee->dissolved);
      json_object_set_array_member (record, "members", committee_members (self));
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  return TRUE;
}
