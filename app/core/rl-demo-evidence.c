/* rl-demo-evidence.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the demo's evidence: survey answers, work orders, inspections.
 */

#include "rl-config.h"

#include <math.h>

#include "rl-demo-private.h"

static const char *const channels[] = { "hotline_12345", "phone", "walk_in", "online", "grid" };
static const guint channel_weights[] = { 35, 25, 10, 15, 15 };
static const char *const categories[] = { "repair", "complaint", "dispute", "inquiry" };
static const char *const severities[] = { "normal", "major", "complex" };
static const guint severity_weights[] = { 80, 15, 5 };
static const char *const safety_notes[] = {
  "电梯困人致一名居民受伤，项目部未及时处置",
  "消防通道长期堵塞，发生电动车起火",
  "地下车库积水致车辆受损，应急预案未启动",
};
static const char *const illegal_notes[] = {
  "擅自挪用公共收益，被区住建局立案查处",
  "违规收取停车费，经查属实",
  "未经业主大会同意擅自提高物业费标准",
};
static const char *const abandonment_note = "合同期内擅自撤场，小区一度无人管理";
static const char *const low_score_note = "检查发现问题较多，已下发整改通知书，限期整改";

static guint
rating (Demo   *self,
        double  quality)
{
  double p[5];
  double u = g_rand_double (self->rand);

  /* Skewed to 4 and 5; a well-run compound is mostly 5. */
  p[0] = 0.06 * (1 - quality) + 0.01;
  p[1] = 0.10 * (1 - quality) + 0.02;
  p[2] = 0.18 * (1 - quality) + 0.05;
  p[3] = 0.35;
  for (guint i = 0; i < 4; i++)
    {
      if (u < p[i])
        return i + 1;
      u -= p[i];
    }
  return 5;
}

gboolean
_rl_demo_write_survey_responses (Demo    *self,
                                 GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint span = self->last_day - self->first_day + 1;

  _rl_demo_begin_collection (self, RL_COLLECTION_SURVEY_RESPONSES);
  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);

      _rl_demo_set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, c);
      for (guint i = 0; i < compound->n_answers; i++)
        {
          guint overall = rating (self, compound->quality);

          _rl_demo_set_date (record, "answered_on", self->first_day + _rl_demo_pick (self, span));
          json_object_set_int_member (record, "overall", overall);
          if (_rl_demo_chance (self, 0.3))
            {
              JsonObject *items = json_object_new ();
              int environment = (int) overall + (int) _rl_demo_pick (self, 3) - 1;
              int security = (int) overall + (int) _rl_demo_pick (self, 3) - 1;

              json_object_set_int_member (items, "environment", CLAMP (environment, 1, 5));
              json_object_set_int_member (items, "security", CLAMP (security, 1, 5));
              json_object_set_object_member (record, "items", items);
            }
          else
            json_object_set_null_member (record, "items");
          if (!_rl_demo_put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The service active at the compound on @day (the newest, if several). */
static gint
service_on (Demo          *self,
            const Compound *compound,
            guint32        day)
{
  for (guint i = compound->n_services; i > 0; i--)
    {
      guint s = compound->first_service + i - 1;
      const Service *service = SERVICE (self, s);

      if (service->start <= day && (service->end == 0 || service->end > day))
        return (gint) s;
    }
  return -1;
}

/* Minutes to the second step of the 5341 rule: within the limit when @on_time. */
static gint64
second_step (Demo     *self,
             guint     severity,
             gboolean  on_time)
{
  static const guint limits[][3] = { { 15, 30, 60 }, { 60, 240, 300 }, { 600, 1440, 2000 } };
  const guint *l = limits[severity];

  return on_time ? _rl_demo_between (self, l[0], l[1]) : _rl_demo_between (self, l[1] + 1, l[2]);
}

gboolean
_rl_demo_write_work_orders (Demo    *self,
                            GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint span = self->last_day - self->first_day + 1;
  gint64 end_of_data = (gint64) (self->last_day + 1) * MINUTES_PER_DAY;

  _rl_demo_begin_collection (self, RL_COLLECTION_WORK_ORDERS);
  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      double q = compound->quality;
      guint category_weights[] = { 55, (guint) (10 + 25 * (1 - q)), 7, 20 };

      _rl_demo_set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, c);
      for (guint i = 0; i < compound->n_orders; i++)
        {
          guint32 day = self->first_day + _rl_demo_pick (self, span);
          guint minute = _rl_demo_chance (self, 0.08) ? _rl_demo_pick (self, MINUTES_PER_DAY)
                                             : _rl_demo_between (self, 7 * 60, 22 * 60 - 1);
          gint64 received = (gint64) day * MINUTES_PER_DAY + minute;
          gint64 arrived = -1, resolved = -1, plan = -1;
          guint severity = WEIGHTED (self, severity_weights);
          gint service = service_on (self, compound, day);
          gboolean open = day + 2 >= self->last_day && _rl_demo_chance (self, 0.5);

          if (service >= 0 && _rl_demo_chance (self, 0.5))
            _rl_demo_set_ref (record, "service_id", RL_COLLECTION_SERVICES, service);
          else
            json_object_set_null_member (record, "service_id");
          json_object_set_string_member (record, "channel",
                                         channels[WEIGHTED (self, channel_weights)]);
          json_object_set_string_member (record, "category",
                                         categories[WEIGHTED (self, category_weights)]);
          json_object_set_string_member (record, "severity", severities[severity]);

          /* Usually there within minutes; now and then a time was never recorded. */
          if (!_rl_demo_chance (self, 0.015) && !(open && _rl_demo_chance (self, 0.3)))
            arrived = received + (_rl_demo_chance (self, 0.55 + 0.43 * q)
                                  ? _rl_demo_between (self, 1, 5)
                                  : _rl_demo_chance (self, 0.8) ? _rl_demo_between (self, 6, 10)
                                  : _rl_demo_between (self, 11, 45));
          if (!open && !_rl_demo_chance (self, 0.02))
            {
              gint64 step = received + second_step (self, severity,
                                                    _rl_demo_chance (self, 0.6 + 0.38 * q));

              if (arrived >= 0)
                step = MAX (step, arrived + 5);
              if (severity == 2)
                {
                  plan = step;
                  if (_rl_demo_chance (self, 0.6))
                    resolved = plan + _rl_demo_between (self, MINUTES_PER_DAY,
                                                        10 * MINUTES_PER_DAY);
                  if (resolved >= end_of_data)
                    resolved = -1;
                }
              else
                resolved = step;
            }
          _rl_demo_set_time (record, "received_at", received);
          _rl_demo_set_time (record, "arrived_at", arrived);
          _rl_demo_set_time (record, "resolved_at", resolved);
          _rl_demo_set_time (record, "plan_at", plan);
          if (resolved >= 0 && _rl_demo_chance (self, 0.6))
            json_object_set_boolean_member (record, "resident_satisfied",
                                            _rl_demo_chance (self, 0.6 + 0.35 * q));
          else
            json_object_set_null_member (record, "resident_satisfied");
          if (!_rl_demo_put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
_rl_demo_write_inspections (Demo    *self,
                            GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint32 quarter_end[7];
  gboolean forced_veto = FALSE;

  /* 2025Q1 … 2026Q3, by their last days. */
  for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
    quarter_end[i] = _rl_demo_julian (2025 + (i + 1) / 4, (i + 1) % 4 * 3 + 1, 1) - 1;

  _rl_demo_begin_collection (self, RL_COLLECTION_INSPECTIONS);
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);
      double q = COMPOUND (self, service->compound)->quality;
      gint last = -1;

      for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
        if (service->start <= quarter_end[i]
            && (service->end == 0 || service->end > quarter_end[i]))
          last = (gint) i;

      for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
        {
          char quarter[8];
          const char *veto = NULL, *note = NULL;
          double score, rate;

          if (service->start > quarter_end[i]
              || (service->end != 0 && service->end <= quarter_end[i])
              || _rl_demo_chance (self, 0.06))
            continue;

          g_snprintf (quarter, sizeof quarter, "%uQ%u", 2025 + i / 4, i % 4 + 1);
          _rl_demo_set_ref (record, "service_id", RL_COLLECTION_SERVICES, s);
          json_object_set_string_member (record, "quarter", quarter);

          /* The firm that walked out is vetoed in its last quarter; elsewhere
           * a veto is rare, and there is always one in the demo. */
          if (service->abandoned && (gint) i == last
              && (!forced_veto || _rl_demo_chance (self, 0.6)))
            veto = "abandonment", note = abandonment_note;
          else if (_rl_demo_chance (self, 0.004) || (!forced_veto && s > 0 && i == 5))
            veto = _rl_demo_chance (self, 0.5) ? "safety_accident" : "illegal_conduct";
          if (veto != NULL && note == NULL)
            note = g_str_equal (veto, "safety_accident") ? ONE_OF (self, safety_notes)
                                                         : ONE_OF (self, illegal_notes);
          forced_veto = forced_veto || veto != NULL;

          /* CLAMP evaluates its argument more than once: draw first. */
          score = 10 * (0.35 + 0.6 * q + 0.3 * (g_rand_double (self->rand) - 0.5));
          score = CLAMP (score, 0, veto != NULL ? 5.5 : 10);
          rate = 0.6 + 0.38 * q + 0.12 * (g_rand_double (self->rand) - 0.5);
          rate = CLAMP (rate, 0.6, 1.0);
          if (note == NULL && score < 6 && _rl_demo_chance (self, 0.5))
            note = low_score_note;

          if (_rl_demo_chance (self, 0.01))
            json_object_set_null_member (record, "score");
          else
            json_object_set_double_member (record, "score", round (score * 10) / 10);
          if (_rl_demo_chance (self, 0.01))
            json_object_set_null_member (record, "fee_collection_rate");
          else
            json_object_set_double_member (record, "fee_collection_rate",
                                           round (rate * 1000) / 1000);
          if (veto != NULL)
            json_object_set_string_member (record, "veto", veto);
          else
            json_object_set_null_member (record, "veto");
          if (note != NULL)
            json_object_set_string_member (record, "note", note);
          else
            json_object_set_null_member (record, "note");
          if (!_rl_demo_put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}
