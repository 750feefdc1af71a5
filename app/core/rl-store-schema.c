/* rl-store-schema.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-store-private.h"

/* Foreign keys are deferred: a package may name a record that comes later in
 * it. The importer reports dangling references itself before COMMIT; the
 * declared keys are the safety net. */
#define REF(table) " REFERENCES " table "(id) DEFERRABLE INITIALLY DEFERRED"

static const char schema_1[] =
  "CREATE TABLE ledger_info (key TEXT PRIMARY KEY NOT NULL, value TEXT);"

  "CREATE TABLE streets (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, code TEXT);"

  "CREATE TABLE communities ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  street_id TEXT NOT NULL" REF ("streets") ","
  "  name TEXT NOT NULL, code TEXT);"
  "CREATE INDEX communities_street ON communities (street_id);"

  "CREATE TABLE compounds ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  community_id TEXT NOT NULL" REF ("communities") ","
  "  name TEXT NOT NULL, kind TEXT NOT NULL, address TEXT, class TEXT,"
  "  households INTEGER, floor_area_m2 REAL, self_managed INTEGER,"
  "  red_property_since TEXT);"
  "CREATE INDEX compounds_community ON compounds (community_id);"

  "CREATE TABLE firms ("
  "  id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, credit_code TEXT,"
  "  legal_rep TEXT, phone TEXT, staff INTEGER, party_members INTEGER);"

  "CREATE TABLE services ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  firm_id TEXT NOT NULL" REF ("firms") ","
  "  compound_id TEXT NOT NULL" REF ("compounds") ","
  "  start TEXT NOT NULL, \"end\" TEXT, manager TEXT, staff INTEGER, party_members INTEGER);"
  "CREATE INDEX services_compound ON services (compound_id, start);"
  "CREATE INDEX services_firm ON services (firm_id);"

  "CREATE TABLE committees ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  compound_id TEXT NOT NULL" REF ("compounds") ","
  "  kind TEXT NOT NULL, formed_on TEXT NOT NULL, term_end TEXT, dissolved_on TEXT,"
  "  members TEXT);"
  "CREATE INDEX committees_compound ON committees (compound_id);"

  "CREATE TABLE party_orgs ("
  "  id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,"
  "  founded_on TEXT NOT NULL, secretary TEXT, members INTEGER, dissolved_on TEXT,"
  "  covers TEXT);"

  "CREATE TABLE party_org_covers ("
  "  org_id TEXT NOT NULL REFERENCES party_orgs (id) ON DELETE CASCADE,"
  "  firm_id TEXT" REF ("firms") ","
  "  service_id TEXT" REF ("services") ","
  "  committee_id TEXT" REF ("committees") ","
  "  compound_id TEXT" REF ("compounds") ");"
  "CREATE INDEX party_org_covers_org ON party_org_covers (org_id);"
  "CREATE INDEX party_org_covers_firm ON party_org_covers (firm_id) WHERE firm_id IS NOT NULL;"
  "CREATE INDEX party_org_covers_service ON party_org_covers (service_id)"
  "  WHERE service_id IS NOT NULL;"
  "CREATE INDEX party_org_covers_committee ON party_org_covers (committee_id)"
  "  WHERE committee_id IS NOT NULL;"
  "CREATE INDEX party_org_covers_compound ON party_org_covers (compound_id)"
  "  WHERE compound_id IS NOT NULL;"
  "CREATE TRIGGER party_orgs_covers_insert AFTER INSERT ON party_orgs BEGIN"
  "  INSERT INTO party_org_covers (org_id, firm_id, service_id, committee_id, compound_id)"
  "  SELECT NEW.id, l.value ->> '$.firm', l.value ->> '$.service',"
  "         l.value ->> '$.committee', l.value ->> '$.compound'"
  "  FROM json_each (NEW.covers) AS l;"
  "END;"
  "CREATE TRIGGER party_orgs_covers_update AFTER UPDATE OF covers ON party_orgs BEGIN"
  "  DELETE FROM party_org_covers WHERE org_id = OLD.id;"
  "  INSERT INTO party_org_covers (org_id, firm_id, service_id, committee_id, compound_id)"
  "  SELECT NEW.id, l.value ->> '$.firm', l.value ->> '$.service',"
  "         l.value ->> '$.committee', l.value ->> '$.compound'"
  "  FROM json_each (NEW.covers) AS l;"
  "END;"

  "CREATE TABLE instructors ("
  "  id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, start TEXT NOT NULL, \"end\" TEXT,"
  "  assigned TEXT);"

  "CREATE TABLE instructor_assignments ("
  "  instructor_id TEXT NOT NULL REFERENCES instructors (id) ON DELETE CASCADE,"
  "  firm_id TEXT" REF ("firms") ","
  "  service_id TEXT" REF ("services") ","
  "  committee_id TEXT" REF ("committees") ");"
  "CREATE INDEX instructor_assignments_instructor ON instructor_assignments (instructor_id);"
  "CREATE INDEX instructor_assignments_firm ON instructor_assignments (firm_id)"
  "  WHERE firm_id IS NOT NULL;"
  "CREATE INDEX instructor_assignments_service ON instructor_assignments (service_id)"
  "  WHERE service_id IS NOT NULL;"
  "CREATE INDEX instructor_assignments_committee ON instructor_assignments (committee_id)"
  "  WHERE committee_id IS NOT NULL;"
  "CREATE TRIGGER instructors_assigned_insert AFTER INSERT ON instructors BEGIN"
  "  INSERT INTO instructor_assignments (instructor_id, firm_id, service_id, committee_id)"
  "  SELECT NEW.id, l.value ->> '$.firm', l.value ->> '$.service', l.value ->> '$.committee'"
  "  FROM json_each (NEW.assigned) AS l;"
  "END;"
  "CREATE TRIGGER instructors_assigned_update AFTER UPDATE OF assigned ON instructors BEGIN"
  "  DELETE FROM instructor_assignments WHERE instructor_id = OLD.id;"
  "  INSERT INTO instructor_assignments (instructor_id, firm_id, service_id, committee_id)"
  "  SELECT NEW.id, l.value ->> '$.firm', l.value ->> '$.service', l.value ->> '$.committee'"
  "  FROM json_each (NEW.assigned) AS l;"
  "END;"

  /* answered_on is already a China-time calendar date. */
  "CREATE TABLE survey_responses ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  compound_id TEXT NOT NULL" REF ("compounds") ","
  "  answered_on TEXT NOT NULL, overall INTEGER NOT NULL, items TEXT);"
  "CREATE INDEX survey_responses_compound ON survey_responses (compound_id, answered_on);"

  /* received_day: the order's calendar day in China time (UTC+8), which
   * decides its quarter; indexed for the quarter figures. */
  "CREATE TABLE work_orders ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  compound_id TEXT NOT NULL" REF ("compounds") ","
  "  service_id TEXT" REF ("services") ","
  "  channel TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL,"
  "  received_at TEXT NOT NULL, arrived_at TEXT, resolved_at TEXT, plan_at TEXT,"
  "  resident_satisfied INTEGER,"
  "  received_day TEXT GENERATED ALWAYS AS (date (received_at, '+8 hours')) STORED);"
  "CREATE INDEX work_orders_compound ON work_orders (compound_id, received_day);"
  "CREATE INDEX work_orders_service ON work_orders (service_id, received_day)"
  "  WHERE service_id IS NOT NULL;"
  "CREATE INDEX work_orders_received ON work_orders (received_day);"

  "CREATE TABLE inspections ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  service_id TEXT NOT NULL" REF ("services") ","
  "  quarter TEXT NOT NULL, score REAL, fee_collection_rate REAL, veto TEXT, note TEXT);"
  "CREATE UNIQUE INDEX inspections_service_quarter ON inspections (service_id, quarter);"
  "CREATE INDEX inspections_quarter ON inspections (quarter);"

  /* The audit log: one change set per import or edit, one entry per added
   * record or changed member. */
  "CREATE TABLE change_sets ("
  "  id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, source TEXT NOT NULL);"
  "CREATE TABLE audit_log ("
  "  id INTEGER PRIMARY KEY,"
  "  change_set INTEGER NOT NULL REFERENCES change_sets (id),"
  "  collection TEXT NOT NULL, record_id TEXT NOT NULL, member TEXT,"
  "  old_value TEXT, new_value TEXT);"
  "CREATE INDEX audit_log_record ON audit_log (collection, record_id);";

/* Year-end targets the user changed; a (year, rate) not here has the
 * default of domain.md (rl-rates.c). */
static const char schema_2[] =
  "CREATE TABLE targets (year INTEGER NOT NULL, rate TEXT NOT NULL, target REAL NOT NULL,"
  "  PRIMARY KEY (year, rate));";

/* Response profiles (rl-profile.c): the time limits of the 5341 rule and
 * the ones districts publish instead; ledger_info's response_profile names
 * the one the figures use. Idempotent, so a ledger a test winds back to an
 * older version upgrades again. */
static const char schema_3[] =
  "CREATE TABLE IF NOT EXISTS response_profiles (name TEXT PRIMARY KEY NOT NULL,"
  "  arrive_minutes INTEGER NOT NULL, normal_minutes INTEGER NOT NULL,"
  "  major_minutes INTEGER NOT NULL, complex_minutes INTEGER NOT NULL);"
  "INSERT OR IGNORE INTO response_profiles VALUES ('5341', 5, 30, 240, 1440);"
  "INSERT OR IGNORE INTO ledger_info (key, value) VALUES ('response_profile', '5341');";

const char *const _rl_store_migrations[] = {
  schema_1,
  schema_2,
  schema_3,
};
const guint _rl_store_n_migrations = G_N_ELEMENTS (_rl_store_migrations);

const RlLinkTable _rl_store_link_tables[] = {
  { RL_COLLECTION_PARTY_ORGS, "covers", "party_org_covers", "org_id" },
  { RL_COLLECTION_INSTRUCTORS, "assigned", "instructor_assignments", "instructor_id" },
};
const guint _rl_store_n_link_tables = G_N_ELEMENTS (_rl_store_link_tables);
