/* rl-quarter.c: the quarter's evidence figures: 5341 verdicts per service;
 * satisfaction, complaints and disputes per compound
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rl-quarter.h"
#include "rl-store-quarter.h"
#include "rl-time.h"

G_DEFINE_QUARK (rl-quarter-error-quark, rl_quarter_error)

#define CHINA_OFFSET (8 * 60 * 60)

static const char *const severity_keys[RL_N_SEVERITIES] = { "normal", "major", "complex" };
static const char *const severity_labels[RL_N_SEVERITIES] = {
  N_("normal"), N_("major"), N_("complex")
};
static const char *const verdict_keys[] = { "compliant", "failed", "left_out" };
static const char *const verdict_labels[] = {
  N_("compliant"), N_("failed"), N_("left out")
};

/* One pass over the quarter's rows fills the figures. */
typedef struct
{
  RlQuarterFigures *figures;
  gboolean          records;
} Scan;

static RlServiceCompliance *
service_new (const char *service_id,
             gboolean    records)
{
  RlServiceCompliance *service = g_new0 (RlServiceCompliance, 1);

  service->service_id = g_strdup (service_id);
  if (records)
    service->orders = g_array_new (FALSE, FALSE, sizeof (RlJudgedOrder));
  return service;
}

static void
service_free (RlServiceCompliance *service)
{
  g_free (service->service_id);
  g_free (service->firm_id);
  g_free (service->compound_id);
  g_clear_pointer (&service->orders, g_array_unref);
  g_free (service);
}

static RlCompoundFigures *
compound_new (const char *compound_id,
              gint64      households,
              gboolean    records)
{
  RlCompoundFigures *compound = g_new0 (RlCompoundFigures, 1);

  compound->compound_id = g_strdup (compound_id);
  compound->households = households;
  if (records)
    {
      compound->answers = g_array_new (FALSE, FALSE, sizeof (RlAnswer));
      compound->complaint_ids = g_ptr_array_new ();
      compound->dispute_ids = g_ptr_array_new ();
      compound->unresolved_dispute_ids = g_ptr_array_new ();
    }
  return compound;
}

static void
compound_free (RlCompoundFigures *compound)
{
  g_free (compound->compound_id);
  g_clear_pointer (&compound->answers, g_array_unref);
  g_clear_pointer (&compound->complaint_ids, g_ptr_array_unref);
  g_clear_pointer (&compound->dispute_ids, g_ptr_array_unref);
  g_clear_pointer (&compound->unresolved_dispute_ids, g_ptr_array_unref);
  g_free (compound);
}

static void
count_verdict (RlVerdictCounts *counts,
               RlVerdict        verdict)
{
  switch (verdict)
    {
    case RL_VERDICT_COMPLIANT:
      counts->compliant++;
      break;
    case RL_VERDICT_FAILED:
      counts->failed++;
      break;
    case RL_VERDICT_LEFT_OUT:
    default:
      counts->left_out++;
      break;
    }
}

static void
judge_row (Scan             *scan,
           const RlOrderRow *row)
{
  RlQuarterFigures *figures = scan->figures;
  RlServiceCompliance *service;
  RlJudgedOrder order;

  /* The checks admit no other severity. */
  if (!rl_severity_from_key (row->severity, &order.severity))
    return;

  rl_order_judge (figures->profile, order.severity, row->received, row->arrived,
                  order.severity == RL_SEVERITY_COMPLEX ? row->plan : row->resolved,
                  figures->quarter.end_time, &order.verdict);

  if (row->service_id == NULL)
    service = figures->unattributed;
  else if (!(service = g_hash_table_lookup (figures->service_index, row->service_id)))
    {
      service = service_new (row->service_id, scan->records);
      g_hash_table_insert (figures->service_index, service->service_id, service);
      g_ptr_array_add (figures->services, service);
    }

  count_verdict (&service->all, order.verdict.verdict);
  count_verdict (&service->by_severity[order.severity], order.verdict.verdict);
  if (scan->records)
    {
      order.id = g_string_chunk_insert (figures->strings, row->id);
      order.received = row->received;
      g_array_append_val (service->orders, order);
    }
}

static void
tally_row (Scan             *scan,
           const RlOrderRow *row)
{
  RlQuarterFigures *figures = scan->figures;
  RlCompoundFigures *compound = g_hash_table_lookup (figures->compound_index, row->compound_id);
  gboolean complaint = strcmp (row->category, "complaint") == 0;
  gboolean dispute = strcmp (row->category, "dispute") == 0;
  gboolean resolved;
  const char *id;

  if (compound == NULL || (!complaint && !dispute))
    return;

  /* "Resolved by the end of Q": a resolution at the end itself counts. */
  resolved = row->resolved != RL_NO_TIME && row->resolved <= figures->quarter.end_time;
  if (complaint)
    compound->complaints++;
  else
    {
      compound->disputes++;
      compound->disputes_resolved += resolved;
    }
  if (!scan->records)
    return;

  id = g_string_chunk_insert (figures->strings, row->id);
  if (complaint)
    g_ptr_array_add (compound->complaint_ids, (gpointer) id);
  else
    {
      g_ptr_array_add (compound->dispute_ids, (gpointer) id);
      if (!resolved)
        g_ptr_array_add (compound->unresolved_dispute_ids, (gpointer) id);
    }
}

static void
order_row_cb (const RlOrderRow *row,
              gpointer          user_data)
{
  Scan *scan = user_data;

  if (scan->figures->parts & RL_QUARTER_COMPLIANCE)
    judge_row (scan, row);
  if (scan->figures->parts & RL_QUARTER_COMPOUNDS)
    tally_row (scan, row);
}

static void
answer_row_cb (const RlAnswerRow *row,
               gpointer           user_data)
{
  Scan *scan = user_data;
  RlCompoundFigures *compound = g_hash_table_lookup (scan->figures->compound_index,
                                                     row->compound_id);

  if (compound == NULL)
    return;
  compound->responses++;
  compound->satisfied += row->overall >= 4;
  compound->score_sum += (row->overall - 1) * 25;
  if (scan->records)
    {
      RlAnswer answer = { g_string_chunk_insert (scan->figures->strings, row->id), row->overall };

      g_array_append_val (compound->answers, answer);
    }
}

static void
compound_row_cb (const RlPlaceRow *row,
                 gpointer          user_data)
{
  Scan *scan = user_data;
  RlCompoundFigures *compound = compound_new (row->id, row->households, scan->records);

  g_ptr_array_add (scan->figures->compounds, compound);
  g_hash_table_insert (scan->figures->compound_index, compound->compound_id, compound);
}

static void
service_row_cb (const RlPlaceRow *row,
                gpointer          user_data)
{
  Scan *scan = user_data;
  RlServiceCompliance *service = g_hash_table_lookup (scan->figures->service_index, row->id);

  if (service == NULL)
    return;
  service->firm_id = g_strdup (row->firm_id);
  service->compound_id = g_strdup (row->compound_id);
}

static int
compare_services (gconstpointer a,
                  gconstpointer b)
{
  const RlServiceCompliance *sa = *(RlServiceCompliance * const *) a;
  const RlServiceCompliance *sb = *(RlServiceCompliance * const *) b;

  return strcmp (sa->service_id, sb->service_id);
}

static int
compare_orders (gconstpointer a,
                gconstpointer b)
{
  const RlJudgedOrder *oa = a;
  const RlJudgedOrder *ob = b;

  if (oa->received != ob->received)
    return oa->received < ob->received ? -1 : 1;
  return strcmp (oa->id, ob->id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
sort_records (RlQuarterFigures *figures)
{
  if (figures->unattributed->orders != NULL)
    g_array_sort (figures->unattributed->orders, compare_orders);
  for (guint i = 0; i < figures->services->len; i++)
    {
      RlServiceCompliance *service = g_ptr_array_index (figures->services, i);

      g_array_sort (service->orders, compare_orders);
    }
  for (guint i = 0; i < figures->compounds->len; i++)
    {
      RlCompoundFigures *compound = g_ptr_array_index (figures->compounds, i);

      g_ptr_array_sort (compound->complaint_ids, compare_ids);
      g_ptr_array_sort (compound->dispute_ids, compare_ids);
      g_ptr_array_sort (compound->unresolved_dispute_ids, compare_ids);
    }
}

/* The time a step took, as people say it: "12 min", "5 min 30 s". */
static char *
format_minutes (gint64 seconds)
{
  if (seconds % 60 == 0)
    /* Translators: a duration in minutes */
    return g_strdup_printf (_("%lld min"), (long long) (seconds / 60));
  /* Translators: a duration in minutes and seconds */
  return g_strdup_printf (_("%lld min %lld s"), (long long) (seconds / 60),
                          (long long) (seconds % 60));
}

static char *
describe_step (const RlStepResult *result)
{
  g_autofree char *minutes = result->seconds >= 0 ? format_minutes (result->seconds) : NULL;

  switch (result->outcome)
    {
    case RL_STEP_MET:
      /* Translators: a work order's step; %s is the time taken, %d the limit in minutes */
      return g_strdup_printf (result->step == RL_STEP_ARRIVAL
                              ? _("arrived in %s, within %d min")
                              : result->step == RL_STEP_PLAN
                              ? _("plan given in %s, within %d min")
                              : _("resolved in %s, within %d min"),
                              minutes, result->limit);
    case RL_STEP_LATE:
      return g_strdup_printf (result->step == RL_STEP_ARRIVAL
                              ? _("arrived in %s, over the %d min limit")
                              : result->step == RL_STEP_PLAN
                              ? _("plan given in %s, over the %d min limit")
                              : _("resolved in %s, over the %d min limit"),
                              minutes, result->limit);
    case RL_STEP_MISSING:
      return g_strdup_printf (result->step == RL_STEP_ARRIVAL
                              ? _("no arrival recorded, and the %d min limit passed before the "
                                  "quarter ended")
                              : result->step == RL_STEP_PLAN
                              ? _("no plan recorded, and the %d min limit passed before the "
                                  "quarter ended")
                              : _("not resolved, and the %d min limit passed before the quarter "
                                  "ended"),
                              result->limit);
    case RL_STEP_OPEN:
    default:
      return g_strdup_printf (result->step == RL_STEP_ARRIVAL
                              ? _("no arrival yet when the quarter ended, within the %d min limit")
                              : result->step == RL_STEP_PLAN
                              ? _("no plan yet when the quarter ended, within the %d min limit")
                              : _("not resolved yet when the quarter ended, within the %d min "
                                  "limit"),
                              result->limit);
    }
}

/* Public API */

gboolean
rl_quarter_init (RlQuarter   *quarter,
                 const char  *text,
                 GError     **error)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (CHINA_OFFSET);
  g_autoptr(GDateTime) end = NULL;
  int year, number, end_year, end_month;
  GDate last;

  g_return_val_if_fail (quarter != NULL, FALSE);

  if (!rl_quarter_parse (text, &year, &number) || year < 1 || year > 9998)
    {
      g_set_error (error, RL_QUARTER_ERROR, RL_QUARTER_ERROR_INVALID,
                   _("“%s” is not a quarter: write it as YYYYQn, for example 2026Q3"),
                   text ? text : "");
      return FALSE;
    }

  end_year = number == 4 ? year + 1 : year;
  end_month = number == 4 ? 1 : 3 * number + 1;
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 1, end_month, end_year);
  g_date_subtract_days (&last, 1);

  memset (quarter, 0, sizeof *quarter);
  quarter->year = year;
  quarter->number = number;
  g_snprintf (quarter->name, sizeof quarter->name, "%04dQ%d", year, number);
  g_snprintf (quarter->first_day, sizeof quarter->first_day, "%04d-%02d-01",
              year, 3 * number - 2);
  g_snprintf (quarter->last_day, sizeof quarter->last_day, "%04d-%02d-%02d",
              g_date_get_year (&last), g_date_get_month (&last), g_date_get_day (&last));
  g_snprintf (quarter->end_day, sizeof quarter->end_day, "%04d-%02d-01", end_year, end_month);
  end = g_date_time_new (china, end_year, end_month, 1, 0, 0, 0);
  quarter->end_time = g_date_time_to_unix (end);
  return TRUE;
}

/* The quarter of today in China time, whatever the machine's zone. */
char *
rl_quarter_current (void)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (CHINA_OFFSET);
  g_autoptr(GDateTime) now = g_date_time_new_now (china);

  return g_strdup_printf ("%04dQ%d", g_date_time_get_year (now),
                          (g_date_time_get_month (now) + 2) / 3);
}

const char *
rl_severity_key (RlSeverity severity)
{
  g_return_val_if_fail (severity < RL_N_SEVERITIES, NULL);

  return severity_keys[severity];
}

const char *
rl_severity_label (RlSeverity severity)
{
  g_return_val_if_fail (severity < RL_N_SEVERITIES, NULL);

  return _(severity_labels[severity]);
}

gboolean
rl_severity_from_key (const char *key,
                      RlSeverity *severity)
{
  for (guint i = 0; i < RL_N_SEVERITIES; i++)
    if (g_strcmp0 (key, severity_keys[i]) == 0)
      {
        *severity = i;
        return TRUE;
      }
  return FALSE;
}

const char *
rl_verdict_key (RlVerdict verdict)
{
  g_return_val_if_fail (verdict <= RL_VERDICT_LEFT_OUT, NULL);

  return verdict_keys[verdict];
}

const char *
rl_verdict_label (RlVerdict verdict)
{
  g_return_val_if_fail (verdict <= RL_VERDICT_LEFT_OUT, NULL);

  return _(verdict_labels[verdict]);
}

static void
judge_step (RlStepResult *result,
            RlStep        step,
            int           limit,
            gint64        received,
            gint64        done,
            gint64        period_end)
{
  gint64 allowed = (gint64) limit * 60;

  result->step = step;
  result->limit = limit;
  if (done != RL_NO_TIME)
    {
      result->seconds = done - received;
      result->outcome = result->seconds <= allowed ? RL_STEP_MET : RL_STEP_LATE;
    }
  else
    {
      /* A limit ending exactly at the period's end has not passed yet: the
       * step could still have been done on time. */
      result->seconds = -1;
      result->outcome = received + allowed < period_end ? RL_STEP_MISSING : RL_STEP_OPEN;
    }
}

/* The 5341 rule (or @profile's limits) for one order, as of @period_end;
 * times are Unix seconds, RL_NO_TIME when not recorded, and @second is the
 * resolution of a normal or major order and the plan of a complex one.
 * An order with a late or missing step has failed even if its other step
 * is still open: it can no longer comply. */
void
rl_order_judge (const RlResponseProfile *profile,
                RlSeverity               severity,
                gint64                   received,
                gint64                   arrived,
                gint64                   second,
                gint64                   period_end,
                RlOrderVerdict          *verdict)
{
  static const RlLimit second_limits[RL_N_SEVERITIES] = {
    RL_LIMIT_NORMAL, RL_LIMIT_MAJOR, RL_LIMIT_COMPLEX_PLAN
  };
  gboolean failed = FALSE, open = FALSE;

  g_return_if_fail (profile != NULL);
  g_return_if_fail (severity < RL_N_SEVERITIES);
  g_return_if_fail (verdict != NULL);

  judge_step (&verdict->steps[0], RL_STEP_ARRIVAL, profile->minutes[RL_LIMIT_ARRIVE],
              received, arrived, period_end);
  judge_step (&verdict->steps[1],
              severity == RL_SEVERITY_COMPLEX ? RL_STEP_PLAN : RL_STEP_RESOLUTION,
              profile->minutes[second_limits[severity]], received, second, period_end);

  for (guint i = 0; i < G_N_ELEMENTS (verdict->steps); i++)
    {
      failed |= verdict->steps[i].outcome == RL_STEP_LATE
                || verdict->steps[i].outcome == RL_STEP_MISSING;
      open |= verdict->steps[i].outcome == RL_STEP_OPEN;
    }
  verdict->verdict = failed ? RL_VERDICT_FAILED : open ? RL_VERDICT_LEFT_OUT : RL_VERDICT_COMPLIANT;
}

/* Why an order has its verdict, in words: the failed steps of a failed
 * order, the open ones of an order left out, both steps of a compliant one. */
char *
rl_order_verdict_describe (const RlOrderVerdict *verdict)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_return_val_if_fail (verdict != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (verdict->steps); i++)
    {
      const RlStepResult *step = &verdict->steps[i];
      gboolean shown;

      switch (verdict->verdict)
        {
        case RL_VERDICT_FAILED:
          shown = step->outcome == RL_STEP_LATE || step->outcome == RL_STEP_MISSING;
          break;
        case RL_VERDICT_LEFT_OUT:
          shown = step->outcome == RL_STEP_OPEN;
          break;
        case RL_VERDICT_COMPLIANT:
        default:
          shown = TRUE;
          break;
        }
      if (!shown)
        continue;
      if (first == NULL)
        first = describe_step (step);
      else
        second = describe_step (step);
    }

  if (second == NULL)
    return g_steal_pointer (&first);
  /* Translators: two reasons for a work order's verdict */
  return g_strdup_printf (_("%s; %s"), first, second);
}

RlRatio
rl_verdict_counts_ratio (const RlVerdictCounts *counts)
{
  return (RlRatio) { counts->compliant, counts->compliant + counts->failed };
}

/* Each of these is FALSE when the figure is undefined (no denominator). */
gboolean
rl_compound_figures_satisfaction (const RlCompoundFigures *figures,
                                  double                  *rate)
{
  if (figures->responses == 0)
    return FALSE;
  *rate = (double) figures->satisfied / (double) figures->responses;
  return TRUE;
}

gboolean
rl_compound_figures_score (const RlCompoundFigures *figures,
                           double                  *score)
{
  if (figures->responses == 0)
    return FALSE;
  *score = (double) figures->score_sum / (double) figures->responses;
  return TRUE;
}

/* Complaints per 100 households, computed as the district's own figures
 * are (complaints ÷ households × 100), so the doubles agree to the bit. */
gboolean
rl_compound_figures_complaints (const RlCompoundFigures *figures,
                                double                  *rate)
{
  if (figures->households <= 0)
    return FALSE;
  *rate = (double) figures->complaints / (double) figures->households * 100;
  return TRUE;
}

gboolean
rl_compound_figures_mediation (const RlCompoundFigures *figures,
                               double                  *rate)
{
  if (figures->disputes == 0)
    return FALSE;
  *rate = (double) figures->disputes_resolved / (double) figures->disputes;
  return TRUE;
}

/* The figures of @quarter ("2026Q3") that @parts asks for. Verdicts use
 * @profile, or the ledger's own when it is NULL. One pass over the
 * quarter's orders serves both the services and the compounds. */
RlQuarterFigures *
rl_quarter_figures_compute (RlStore                  *store,
                            const char               *quarter,
                            const RlResponseProfile  *profile,
                            RlQuarterParts            parts,
                            GError                  **error)
{
  g_autoptr(RlQuarterFigures) figures = NULL;
  Scan scan;

  g_return_val_if_fail (RL_IS_STORE (store), NULL);

  figures = g_new0 (RlQuarterFigures, 1);
  if (!rl_quarter_init (&figures->quarter, quarter, error))
    return NULL;
  if (profile != NULL)
    figures->profile = rl_response_profile_copy (profile);
  else if (!(figures->profile = rl_response_profile_get (store, NULL, error)))
    return NULL;

  figures->parts = parts;
  figures->services = g_ptr_array_new_with_free_func ((GDestroyNotify) service_free);
  figures->compounds = g_ptr_array_new_with_free_func ((GDestroyNotify) compound_free);
  figures->service_index = g_hash_table_new (g_str_hash, g_str_equal);
  figures->compound_index = g_hash_table_new (g_str_hash, g_str_equal);
  figures->strings = g_string_chunk_new (64 * 1024);
  scan.figures = figures;
  scan.records = (parts & RL_QUARTER_RECORDS) != 0;
  figures->unattributed = service_new (NULL, scan.records);

  if ((parts & RL_QUARTER_COMPOUNDS)
      && (!rl_store_quarter_compounds (store, compound_row_cb, &scan, error)
          || !rl_store_quarter_answers (store, &figures->quarter, answer_row_cb, &scan, error)))
    return NULL;

  if ((parts & (RL_QUARTER_COMPLIANCE | RL_QUARTER_COMPOUNDS))
      && !rl_store_quarter_orders (store, &figures->quarter, (parts & RL_QUARTER_COMPLIANCE) != 0,
                                   order_row_cb, &scan, error))
    return NULL;

  if ((parts & RL_QUARTER_COMPLIANCE)
      && !rl_store_quarter_services (store, service_row_cb, &scan, error))
    return NULL;

  g_ptr_array_sort (figures->services, compare_services);
  if (scan.records)
    sort_records (figures);
  return g_steal_pointer (&figures);
}

/* NULL when the service has no orders in the quarter. */
const RlServiceCompliance *
rl_quarter_figures_get_service (const RlQuarterFigures *figures,
                                const char             *service_id)
{
  g_return_val_if_fail (figures != NULL, NULL);

  return g_hash_table_lookup (figures->service_index, service_id);
}

/* NULL when the compound is not in the ledger. */
const RlCompoundFigures *
rl_quarter_figures_get_compound (const RlQuarterFigures *figures,
                                 const char             *compound_id)
{
  g_return_val_if_fail (figures != NULL, NULL);

  return g_hash_table_lookup (figures->compound_index, compound_id);
}

void
rl_quarter_figures_free (RlQuarterFigures *figures)
{
  if (figures == NULL)
    return;
  rl_response_profile_free (figures->profile);
  g_clear_pointer (&figures->service_index, g_hash_table_unref);
  g_clear_pointer (&figures->compound_index, g_hash_table_unref);
  g_clear_pointer (&figures->services, g_ptr_array_unref);
  g_clear_pointer (&figures->compounds, g_ptr_array_unref);
  g_clear_pointer (&figures->unattributed, service_free);
  if (figures->strings != NULL)
    g_string_chunk_free (figures->strings);
  g_free (figures);
}
