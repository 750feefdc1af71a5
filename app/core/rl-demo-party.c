/* rl-demo-party.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the demo's Party organizations and instructors.
 */

#include "rl-config.h"

#include "rl-demo-private.h"

static const char *const numerals[] = {
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
};

typedef struct
{
  guint32 founded_first;
  guint32 founded_last;
} OrgPlan;

static void
cover (Demo           *self,
       JsonArray      *covers,
       RlCollectionId  collection,
       guint           index,
       gboolean        active)
{
  static const char *const kinds[RL_N_COLLECTIONS] = {
    [RL_COLLECTION_COMPOUNDS] = "compound", [RL_COLLECTION_FIRMS] = "firm",
    [RL_COLLECTION_SERVICES] = "service", [RL_COLLECTION_COMMITTEES] = "committee",
  };

  _rl_demo_add_link (covers, kinds[collection], collection, index);
  if (!active)
    return;
  if (collection == RL_COLLECTION_FIRMS)
    FIRM (self, index)->covered = TRUE;
  else if (collection == RL_COLLECTION_SERVICES)
    SERVICE (self, index)->covered = TRUE;
  else if (collection == RL_COLLECTION_COMMITTEES)
    COMMITTEE (self, index)->covered = TRUE;
}

/* Writes one organization; @covers is taken. A few are dissolved. */
static gboolean
put_org (Demo        *self,
         JsonObject  *record,
         const char  *name,
         const char  *kind,
         guint        members,
         guint32      founded,
         guint32      dissolved,
         JsonArray   *covers,
         GError     **error)
{
  json_object_set_string_member (record, "name", name);
  json_object_set_string_member (record, "kind", kind);
  _rl_demo_set_date (record, "founded_on", founded);
  json_object_set_string_member (record, "secretary", _rl_demo_person (self));
  json_object_set_int_member (record, "members", members);
  _rl_demo_set_date (record, "dissolved_on", dissolved);
  json_object_set_array_member (record, "covers", covers);
  return _rl_demo_put (self, record, error);
}

static guint32
maybe_dissolved (Demo    *self,
                 guint32  founded)
{
  return _rl_demo_chance (self, 0.04) ? _rl_demo_day_between (self, founded, self->last_day) : 0;
}

static gboolean
write_firm_orgs (Demo        *self,
                 JsonObject  *record,
                 OrgPlan     *plan,
                 GError     **error)
{
  g_autofree guint *joint = g_new0 (guint, self->streets->len);
  GArray *small = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = TRUE;

  /* Firms with three or more Party members should have their own (应建尽建). */
  for (guint f = 0; f < self->firms->len && ok; f++)
    {
      const Firm *firm = FIRM (self, f);
      g_autofree char *name = NULL;
      const char *kind;
      guint32 founded, dissolved;

      if (firm->party_members < 3 || f == GAP_FIRM || (f > 3 && _rl_demo_chance (self, 0.25)))
        {
          if (firm->party_members >= 0 && firm->party_members < 3)
            g_array_append_val (small, f);
          continue;
        }
      kind = firm->party_members >= 100 ? "committee"
             : firm->party_members >= 50 ? "general_branch" : "branch";
      name = g_strconcat (firm->name, firm->party_members >= 100 ? "党委"
                          : firm->party_members >= 50 ? "党总支" : "党支部", NULL);
      founded = _rl_demo_day_between (self, plan->founded_first, plan->founded_last);
      dissolved = f > 3 ? maybe_dissolved (self, founded) : 0;
      {
        JsonArray *covers = json_array_new ();

        cover (self, covers, RL_COLLECTION_FIRMS, f, dissolved == 0);
        ok = put_org (self, record, name, kind, firm->party_members, founded, dissolved,
                      covers, error);
      }
    }

  /* Firms with fewer than three share a joint branch, a few firms each. */
  for (guint i = 0; i < small->len && ok; )
    {
      guint n = _rl_demo_between (self, 2, 5);
      guint first = g_array_index (small, guint, i);
      guint street = FIRM (self, first)->home_street;
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint members = 0;
      guint32 founded;

      n = MIN (n, small->len - i);
      if (i > 0 && _rl_demo_chance (self, 0.3))
        {
          i += n;
          continue;
        }
      joint[street]++;
      if (joint[street] == 1)
        name = g_strdup_printf ("%s物业服务企业联合党支部", STREET (self, street)->name);
      else if (joint[street] <= G_N_ELEMENTS (numerals))
        name = g_strdup_printf ("%s物业服务企业第%s联合党支部", STREET (self, street)->name,
                                numerals[joint[street] - 1]);
      else
        name = g_strdup_printf ("%s物业服务企业第%u联合党支部", STREET (self, street)->name,
                                joint[street]);
      covers = json_array_new ();
      for (guint k = i; k < i + n; k++)
        {
          guint f = g_array_index (small, guint, k);

          cover (self, covers, RL_COLLECTION_FIRMS, f, TRUE);
          members += FIRM (self, f)->party_members;
        }
      founded = _rl_demo_day_between (self, plan->founded_first, plan->founded_last);
      ok = put_org (self, record, name, "joint_branch", MAX (members, 3), founded, 0, covers,
                    error);
      i += n;
    }

  g_array_unref (small);
  return ok;
}

static gboolean
write_service_and_street_orgs (Demo        *self,
                               JsonObject  *record,
                               OrgPlan     *plan,
                               GError     **error)
{
  /* Projects of firms without an organization may have their own branch. */
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint32 founded, dissolved;

      if (service->party_members < 3 || service->end != 0
          || FIRM (self, service->firm)->covered || service->firm == GAP_FIRM
          || !_rl_demo_chance (self, 0.5))
        continue;
      name = g_strdup_printf ("%s物业项目党支部", COMPOUND (self, service->compound)->name);
      founded = _rl_demo_day_between (self, plan->founded_first, plan->founded_last);
      founded = MAX (founded, service->start);
      dissolved = maybe_dissolved (self, founded);
      covers = json_array_new ();
      cover (self, covers, RL_COLLECTION_SERVICES, s, dissolved == 0);
      if (!put_org (self, record, name, "branch", service->party_members, founded, dissolved,
                    covers, error))
        return FALSE;
    }

  /* A street's property-industry general branch gathers some of its firms. */
  for (guint st = 0; st < self->streets->len; st++)
    {
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint members = 0, n = 0;

      if (st > 0 && !_rl_demo_chance (self, 0.5))
        continue;
      covers = json_array_new ();
      for (guint f = 0; f < self->firms->len && n < 6; f++)
        {
          const Firm *firm = FIRM (self, f);

          if (f == GAP_FIRM || !firm->has_home || firm->home_street != st
              || !(n == 0 || _rl_demo_chance (self, 0.5)))
            continue;
          cover (self, covers, RL_COLLECTION_FIRMS, f, TRUE);
          members += MAX (firm->party_members, 0);
          n++;
        }
      name = g_strdup_printf ("%s物业行业党总支", STREET (self, st)->name);
      if (!put_org (self, record, name, "general_branch", members + _rl_demo_between (self, 3, 12),
                    _rl_demo_day_between (self, plan->founded_first, plan->founded_last), 0, covers,
                    error))
        return FALSE;
    }

  return TRUE;
}

static JsonArray *
compound_links (const Community *community,
                const guint32   *chosen)
{
  JsonArray *links = json_array_new ();

  for (guint i = 0; i < community->n_compounds; i++)
    if (chosen[i])
      _rl_demo_add_link (links, "compound", RL_COLLECTION_COMPOUNDS, community->first_compound + i);
  return links;
}

static gboolean
write_community_orgs (Demo        *self,
                      JsonObject  *record,
                      OrgPlan     *plan,
                      GError     **error)
{
  guint32 old_first = _rl_demo_julian (2014, 1, 1), old_last = _rl_demo_julian (2018, 12, 31);

  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);
      g_autofree char *name = NULL;
      guint32 founded = _rl_demo_day_between (self, plan->founded_first, plan->founded_last);
      guint32 *chosen;

      if (k > 0 && !_rl_demo_chance (self, 0.35))
        continue;
      chosen = g_new0 (guint32, community->n_compounds);
      for (guint i = 0; i < community->n_compounds; i++)
        chosen[i] = i == 0 || _rl_demo_chance (self, 0.5);

      /* The branch a community Party committee grew out of, dissolved on
       * the day the committee was founded. */
      if (k == 0 || _rl_demo_chance (self, 0.3))
        {
          g_autofree char *old_name = g_strdup_printf ("%s党支部", community->name);

          if (!put_org (self, record, old_name, "branch", _rl_demo_between (self, 15, 45),
                        _rl_demo_day_between (self, old_first, MIN (old_last, founded)), founded,
                        compound_links (community, chosen), error))
            {
              g_free (chosen);
              return FALSE;
            }
        }

      name = g_strdup_printf ("%s党委", community->name);
      if (!put_org (self, record, name, "committee", _rl_demo_between (self, 60, 320), founded, 0,
                    compound_links (community, chosen), error))
        {
          g_free (chosen);
          return FALSE;
        }
      g_free (chosen);
    }

  return TRUE;
}

static gboolean
write_functional_orgs (Demo        *self,
                       JsonObject  *record,
                       OrgPlan     *plan,
                       GError     **error)
{
  gboolean first = TRUE;

  /* 红色物业 in a compound: one branch for the committee and the project. */
  for (guint k = 0; k < self->committees->len; k++)
    {
      const Committee *committee = COMMITTEE (self, k);
      const Compound *compound = COMPOUND (self, committee->compound);
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint32 founded;

      if (committee->dissolved != 0 || !(first || _rl_demo_chance (self, 0.10)))
        continue;
      first = FALSE;
      name = g_strdup_printf ("%s红色物业功能型党支部", compound->name);
      covers = json_array_new ();
      cover (self, covers, RL_COLLECTION_COMPOUNDS, committee->compound, TRUE);
      cover (self, covers, RL_COLLECTION_COMMITTEES, k, TRUE);
      for (guint s = compound->first_service; s < compound->first_service + compound->n_services;
           s++)
        if (SERVICE (self, s)->end == 0)
          cover (self, covers, RL_COLLECTION_SERVICES, s, TRUE);
      founded = _rl_demo_day_between (self, plan->founded_first, self->last_day);
      founded = MAX (founded, committee->formed);
      if (!put_org (self, record, name, "functional", _rl_demo_between (self, 3, 15), founded, 0,
                    covers, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rl_demo_write_party_orgs (Demo    *self,
                           GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  OrgPlan plan = { _rl_demo_julian (2016, 1, 1), _rl_demo_julian (2025, 12, 31) };

  _rl_demo_begin_collection (self, RL_COLLECTION_PARTY_ORGS);
  return write_firm_orgs (self, record, &plan, error)
         && write_service_and_street_orgs (self, record, &plan, error)
         && write_community_orgs (self, record, &plan, error)
         && write_functional_orgs (self, record, &plan, error);
}

/* An instructor goes where there is no organization: a few tries at an
 * uncovered unit, else any. The first three go to a firm, a service and a
 * committee, the first of each that is uncovered. */
static void
assign (Demo      *self,
        JsonArray *assigned,
        guint      instructor,
        guint      slot)
{
  guint kind = instructor < 3 && slot == 0 ? instructor : _rl_demo_pick (self, 3);
  guint n = kind == 0 ? self->firms->len : kind == 1 ? self->services->len
                                                     : self->committees->len;
  guint unit = 0;

  if (n == 0)
    return;
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      gboolean covered;

      unit = instructor < 3 && slot == 0 ? attempt : _rl_demo_pick (self, n);
      unit = MIN (unit, n - 1);
      if (kind == 0)
        covered = FIRM (self, unit)->covered;
      else if (kind == 1)
        covered = SERVICE (self, unit)->covered || FIRM (self, SERVICE (self, unit)->firm)->covered;
      else
        covered = COMMITTEE (self, unit)->covered;
      if (!covered)
        break;
    }
  {
    const char *name = kind == 0 ? "firm" : kind == 1 ? "service" : "committee";
    RlCollectionId collection = kind == 0 ? RL_COLLECTION_FIRMS
                                : kind == 1 ? RL_COLLECTION_SERVICES : RL_COLLECTION_COMMITTEES;
    char id[32];

    /* Once is enough. */
    _rl_demo_format_id (id, sizeof id, collection, unit);
    for (guint i = 0; i < json_array_get_length (assigned); i++)
      {
        JsonObject *link = json_array_get_object_element (assigned, i);

        if (g_strcmp0 (json_object_get_string_member_with_default (link, name, NULL), id) == 0)
          return;
      }
    _rl_demo_add_link (assigned, name, collection, unit);
  }
}

gboolean
_rl_demo_write_instructors (Demo    *self,
                            GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint n = MAX (3, self->spec->n_compounds / 40);
  guint32 first = _rl_demo_julian (2021, 1, 1), last = _rl_demo_julian (2025, 12, 31);

  _rl_demo_begin_collection (self, RL_COLLECTION_INSTRUCTORS);
  for (guint i = 0; i < n; i++)
    {
      JsonArray *assigned = json_array_new ();
      guint32 start = _rl_demo_day_between (self, first, last);
      guint n_units = _rl_demo_between (self, 1, 3);

      json_object_set_string_member (record, "name", _rl_demo_person (self));
      _rl_demo_set_date (record, "start", start);
      _rl_demo_set_date (record, "end",
                         i > 0 && _rl_demo_chance (self, 0.15)
                         ? _rl_demo_day_between (self, start + 180, self->last_day) : 0);
      for (guint slot = 0; slot < n_units; slot++)
        assign (self, assigned, i, slot);
      json_object_set_array_member (record, "assigned", assigned);
      if (!_rl_demo_put (self, record, error))
        return FALSE;
    }

  return TRUE;
}
