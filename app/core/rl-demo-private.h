/* rl-demo-private.h
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the demo generator's files share: the plan of the ledger, the
 * random draws, the names and the record writer.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rl-collection.h"
#include "rl-demo.h"

G_BEGIN_DECLS

#define MINUTES_PER_DAY 1440

typedef struct
{
  const char *name;
  guint       n_streets;
  guint       min_communities;     /* per street */
  guint       max_communities;
  guint       n_compounds;
} SizeSpec;

typedef struct
{
  const char *name;
  const char *code;
} District;

enum { KIND_COMMODITY, KIND_OLD, KIND_RESETTLEMENT, KIND_WORK_UNIT, KIND_VILLAGE, KIND_OTHER };
enum { CLASS_A, CLASS_B, CLASS_C };

/* How a compound is run. */
typedef enum
{
  SERVED,        /* one firm, since some years */
  REPLACED,      /* a firm's contract ended and another took over */
  ABANDONED,     /* the firm left and nobody took over (弃管) */
  SELF_MANAGED,  /* a property-rights unit or the residents run it */
  UNSERVED,      /* nobody */
} Serving;

typedef struct
{
  guint8   kind;
  guint8   klass;
  gboolean empty;      /* no households (yet) */
  Serving  serving;
  gboolean committee;
} Profile;

/* Firm 1 has Party members but no organization (应建未建); firms 2 and 3
 * have one or two, so they share the first joint branch. */
#define GAP_FIRM 1

typedef struct
{
  char  *name;
  guint  district;
  guint  number;               /* within its district, for the admin code */
} Street;

typedef struct
{
  char  *name;
  guint  street;
  guint  number;               /* within its street */
  guint  first_compound;
  guint  n_compounds;
} Community;

typedef struct
{
  char     *name;
  guint     community;
  Profile   profile;
  guint     households;
  double    quality;           /* 0–1: drives answers, response times, inspections */
  guint32   red_since;         /* julian day, 0 for none */
  guint     first_service;     /* its services are consecutive, oldest first */
  guint     n_services;
  guint     n_orders;
  guint     n_answers;
} Compound;

typedef struct
{
  char     *name;
  guint     home_street;       /* of the first compound it serves */
  gboolean  has_home;
  gint      staff;             /* -1: no figure */
  gint      party_members;
  gboolean  covered;
} Firm;

typedef struct
{
  guint     firm;
  guint     compound;
  guint32   start;
  guint32   end;               /* 0: still serving */
  gint      staff;
  gint      party_members;
  gboolean  abandoned;
  gboolean  covered;
} Service;

typedef struct
{
  guint     compound;
  gboolean  management;
  guint32   formed;
  guint32   term_end;
  guint32   dissolved;         /* 0: active */
  gboolean  covered;
} Committee;

typedef struct
{
  RlStore        *store;
  GCancellable   *cancellable;
  GRand          *rand;
  const SizeSpec *spec;
  RlDemoSize      size;

  gint64          change_set;
  GPtrArray      *problems;
  RlCollectionId  collection;  /* being written */
  guint           index;       /* of the next record in it: also its id number */
  guint64         n_records;

  GHashTable     *names;       /* every name given, to keep them apart */
  GString        *text;        /* scratch for names */
  guint32         first_day;   /* the evidence (answers, orders) spans these */
  guint32         last_day;

  GArray         *streets;
  GArray         *communities;
  GArray         *compounds;
  GArray         *firms;
  GArray         *services;
  GArray         *committees;
} Demo;

#define STREET(self, i)    (&g_array_index ((self)->streets, Street, (i)))
#define COMMUNITY(self, i) (&g_array_index ((self)->communities, Community, (i)))
#define COMPOUND(self, i)  (&g_array_index ((self)->compounds, Compound, (i)))
#define FIRM(self, i)      (&g_array_index ((self)->firms, Firm, (i)))
#define SERVICE(self, i)   (&g_array_index ((self)->services, Service, (i)))
#define COMMITTEE(self, i) (&g_array_index ((self)->committees, Committee, (i)))

/* rl-demo-random.c */

guint    _rl_demo_pick          (Demo         *self,
                                 guint         n);
guint    _rl_demo_between       (Demo         *self,
                                 guint         lo,
                                 guint         hi);
gboolean _rl_demo_chance        (Demo         *self,
                                 double        p);
guint    _rl_demo_pick_weighted (Demo         *self,
                                 const guint  *weights,
                                 guint         n);
guint    _rl_demo_pick_front    (Demo         *self,
                                 guint         n,
                                 double        bias);
guint32  _rl_demo_julian        (int           year,
                                 int           month,
                                 int           day);
guint32  _rl_demo_add_years     (guint32       day,
                                 guint         years);
guint32  _rl_demo_day_between   (Demo         *self,
                                 guint32       first,
                                 guint32       last);
void     _rl_demo_split         (const double *weights,
                                 guint         n,
                                 guint64       total,
                                 guint        *out);

#define ONE_OF(self, list) ((list)[_rl_demo_pick ((self), G_N_ELEMENTS (list))])
#define WEIGHTED(self, w) _rl_demo_pick_weighted ((self), (w), G_N_ELEMENTS (w))

/* rl-demo-names.c */

/* Wuhan's districts; a street or district ledger lies in the first. */
extern const District _rl_demo_districts[];
extern const guint _rl_demo_n_districts;

const char *_rl_demo_person           (Demo        *self);
void        _rl_demo_draw_place       (Demo        *self,
                                       GString     *out);
void        _rl_demo_draw_firm_brand  (Demo        *self,
                                       GString     *out);
void        _rl_demo_draw_road        (Demo        *self,
                                       GString     *out);
char       *_rl_demo_unique_name      (Demo        *self,
                                       const char  *prefix,
                                       guint        kind,
                                       void       (*draw) (Demo *, GString *),
                                       const char  *suffix);

/* rl-demo-records.c */

void     _rl_demo_format_id        (char            *buf,
                                    gsize            size,
                                    RlCollectionId   collection,
                                    guint            index);
void     _rl_demo_set_ref          (JsonObject      *record,
                                    const char      *member,
                                    RlCollectionId   collection,
                                    guint            index);
void     _rl_demo_add_link         (JsonArray       *links,
                                    const char      *kind,
                                    RlCollectionId   collection,
                                    guint            index);
void     _rl_demo_set_date         (JsonObject      *record,
                                    const char      *member,
                                    guint32          day);
void     _rl_demo_set_time         (JsonObject      *record,
                                    const char      *member,
                                    gint64           minutes);
void     _rl_demo_set_count        (JsonObject      *record,
                                    const char      *member,
                                    gint             value);
void     _rl_demo_begin_collection (Demo            *self,
                                    RlCollectionId   collection);
gboolean _rl_demo_put              (Demo            *self,
                                    JsonObject      *record,
                                    GError         **error);

/* rl-demo-plan.c */

void _rl_demo_plan_places             (Demo *self);
void _rl_demo_plan_compounds          (Demo *self);
void _rl_demo_plan_firms_and_services (Demo *self);
void _rl_demo_plan_committees         (Demo *self);
void _rl_demo_plan_evidence           (Demo *self);

/* rl-demo-registry.c */

gboolean _rl_demo_write_places     (Demo    *self,
                                    GError **error);
gboolean _rl_demo_write_compounds  (Demo    *self,
                                    GError **error);
gboolean _rl_demo_write_firms      (Demo    *self,
                                    GError **error);
gboolean _rl_demo_write_services   (Demo    *self,
                                    GError **error);
gboolean _rl_demo_write_committees (Demo    *self,
                                    GError **error);

/* rl-demo-party.c */

gboolean _rl_demo_write_party_orgs  (Demo    *self,
                                     GError **error);
gboolean _rl_demo_write_instructors (Demo    *self,
                                     GError **error);

/* rl-demo-evidence.c */

gboolean _rl_demo_write_survey_responses (Demo    *self,
                                          GError **error);
gboolean _rl_demo_write_work_orders      (Demo    *self,
                                          GError **error);
gboolean _rl_demo_write_inspections      (Demo    *self,
                                          GError **error);

G_END_DECLS
