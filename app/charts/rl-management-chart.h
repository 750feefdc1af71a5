/* rl-management-chart.h: chart 3, how the compounds of each community are
 * managed, as stacked bars of counts
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rl-chart.h"

G_BEGIN_DECLS

/* The segments, bottom to top. */
typedef enum
{
  RL_MANAGEMENT_FIRM_SERVED,   /* a property firm's service is active */
  RL_MANAGEMENT_SELF_MANAGED,  /* no firm, managed by the owners or a unit */
  RL_MANAGEMENT_UNSERVED,      /* neither: the gap */
  RL_N_MANAGEMENT
} RlManagement;

typedef struct
{
  char   *name;                     /* in full: labels may be shortened */
  char   *id;                       /* the community's or street's, for the caller */
  gint64  counts[RL_N_MANAGEMENT];  /* compounds */
} RlManagementGroup;

typedef struct
{
  char      *title;
  GPtrArray *groups;  /* of RlManagementGroup, in order */
  int        hover;   /* the group under the pointer, or -1 */
} RlManagementChartData;

RlManagementChartData *rl_management_chart_data_new       (void);
void                   rl_management_chart_data_free      (RlManagementChartData       *data);
RlManagementGroup     *rl_management_chart_data_add_group (RlManagementChartData       *data,
                                                           const char                  *name,
                                                           const char                  *id);
const char            *rl_management_label                (RlManagement                 management);

void                   rl_management_chart_draw           (cairo_t                     *cr,
                                                           double                       width,
                                                           double                       height,
                                                           const RlManagementChartData *data);
RlChartLayout         *rl_management_chart_layout         (double                       width,
                                                           double                       height,
                                                           const RlManagementChartData *data);
const RlChartHit      *rl_management_chart_hit            (const RlChartLayout         *layout,
                                                           double                       x,
                                                           double                       y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RlManagementChartData, rl_management_chart_data_free)

G_END_DECLS
