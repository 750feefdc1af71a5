/* rl-management-chart.c: chart 3, how the compounds of each community are
 * managed, as stacked bars of counts
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One bar per community: served by a firm at the bottom, self-managed
 * above, the gap (no service at all) on top where it catches the eye; the
 * total over each bar, the count inside each segment tall enough for it.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rl-chart-axis.h"
#include "rl-chart-frame.h"
#include "rl-chart-labels.h"
#include "rl-chart-legend.h"
#include "rl-management-chart.h"

#define BAR_SHARE      0.6   /* of a group's width */
#define MAX_BAR_WIDTH 64.0
#define MIN_HIT        6.0

static const char *const management_labels[RL_N_MANAGEMENT] = {
  NC_("chart", "Served by a firm"),
  NC_("chart", "Self-managed"),
  NC_("chart", "No property service"),
};

static const RlChartStyle management_styles[RL_N_MANAGEMENT] = {
  RL_CHART_STYLE_FIRM_SERVED,
  RL_CHART_STYLE_SELF_MANAGED,
  RL_CHART_STYLE_UNSERVED,
};

/* Counts inside segments: white on the dark blue, dark on the light ones. */
static const RlChartInk management_inks[RL_N_MANAGEMENT] = {
  RL_CHART_INK_BACKGROUND,
  RL_CHART_INK_TEXT,
  RL_CHART_INK_TEXT,
};

typedef struct
{
  RlChartFrame  *frame;
  gboolean       empty;
  RlChartLegend *legend;
  PangoLayout   *axis_title;
  double         axis_title_y;
  RlChartAxis    axis;
  RlChartRect    plot;
  RlChartLabels *labels;
  double         slot;
  double         bar_width;
} Geometry;

static void
group_free (RlManagementGroup *group)
{
  g_free (group->name);
  g_free (group->id);
  g_free (group);
}

static const RlManagementGroup *
get_group (const RlManagementChartData *data,
           guint                        i)
{
  return g_ptr_array_index (data->groups, i);
}

static gint64
group_total (const RlManagementGroup *group)
{
  gint64 total = 0;

  for (guint k = 0; k < RL_N_MANAGEMENT; k++)
    total += group->counts[k];
  return total;
}

static char *
format_compounds (gint64 n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld compound in all",
                                       "%lld compounds in all", n),
                          (long long) n);
}

/* The hovered group's counts, or else the totals of all groups. */
static RlChartLegend *
make_legend (RlChartText                 *text,
             const RlManagementChartData *data,
             const RlChartRect           *body)
{
  RlChartLegendItem items[1 + RL_N_MANAGEMENT] = { { 0, }, };
  g_autofree char *counts[RL_N_MANAGEMENT] = { NULL, };
  g_autofree char *total_text = NULL;
  g_autofree char *widest = NULL;
  const RlManagementGroup *hovered = NULL;
  const char *longest;
  gint64 sums[RL_N_MANAGEMENT] = { 0, }, total = 0;
  double value_width, heading_width;

  if (data->hover >= 0 && (guint) data->hover < data->groups->len)
    hovered = get_group (data, data->hover);
  for (guint i = 0; i < data->groups->len; i++)
    for (guint k = 0; k < RL_N_MANAGEMENT; k++)
      {
        sums[k] += get_group (data, i)->counts[k];
        total += get_group (data, i)->counts[k];
      }

  total_text = format_compounds (hovered ? group_total (hovered) : total);
  items[0].heading = TRUE;
  items[0].key = RL_CHART_KEY_NONE;
  items[0].label = hovered ? hovered->name : _("Total");
  items[0].value = total_text;
  for (guint k = 0; k < RL_N_MANAGEMENT; k++)
    {
      counts[k] = g_strdup_printf ("%lld", (long long) (hovered ? hovered->counts[k] : sums[k]));
      items[1 + k].key = RL_CHART_KEY_BOX;
      items[1 + k].style = management_styles[k];
      items[1 + k].label = g_dpgettext2 (GETTEXT_PACKAGE, "chart", management_labels[k]);
      items[1 + k].value = counts[k];
    }

  /* No group's count is more than the sum of them all. */
  widest = g_strdup_printf ("%lld", (long long) total);
  value_width = rl_chart_text_width (text, RL_CHART_FONT_BOLD, widest);

  /* The heading's room: the longest name (or "Total") and the largest
   * total. */
  longest = _("Total");
  for (guint i = 0; i < data->groups->len; i++)
    if (g_utf8_strlen (get_group (data, i)->name, -1) > g_utf8_strlen (longest, -1))
      longest = get_group (data, i)->name;
  g_free (widest);
  widest = format_compounds (total);
  heading_width = rl_chart_text_width (text, RL_CHART_FONT_BOLD, longest) + RL_CHART_GAP
                  + rl_chart_text_width (text, RL_CHART_FONT_BOLD, widest);

  return rl_chart_legend_new (text, items, 1 + RL_N_MANAGEMENT, value_width, heading_width,
                              body->x, body->y, body->width);
}

static void
geometry_init (Geometry                    *g,
               RlChartText                 *text,
               double                       width,
               double                       height,
               const RlManagementChartData *data)
{
  g_autofree const char **names = NULL;
  RlChartRect body, extents;
  double top, left, largest = 0;
  guint n = data->groups->len;

  *g = (Geometry) { 0, };
  g->frame = rl_chart_frame_new (text, width, height, data->title);
  rl_chart_frame_get_body (g->frame, &body);
  for (guint i = 0; i < n; i++)
    largest = MAX (largest, group_total (get_group (data, i)));
  g->empty = largest <= 0;
  if (g->empty)
    return;

  g->legend = make_legend (text, data, &body);
  top = body.y + rl_chart_legend_get_height (g->legend) + RL_CHART_GAP;

  /* The axis's unit over its tick labels, on a line of its own. */
  g->axis_title = rl_chart_text_layout (text, RL_CHART_FONT_SMALL, C_("chart", "Compounds"));
  rl_chart_text_extents (g->axis_title, &extents);
  g->axis_title_y = top;
  top += extents.height;

  rl_chart_axis_init_count (&g->axis, largest, 5);
  left = body.x + rl_chart_axis_label_width (&g->axis, text) + RL_CHART_TICK_GAP;
  g->plot.x = left;
  g->plot.width = MAX (body.x + body.width - left, 1.0);
  g->slot = g->plot.width / n;
  g->bar_width = MIN (g->slot * BAR_SHARE, MAX_BAR_WIDTH);

  names = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    names[i] = get_group (data, i)->name;
  g->labels = rl_chart_labels_new (text, names, n, left + g->slot / 2, g->slot, body.x,
                                   MAX ((body.y + body.height - top) * 0.3, 20.0));

  g->plot.y = top + RL_CHART_HEADROOM;
  g->plot.height = MAX (body.y + body.height - rl_chart_labels_get_height (g->labels)
                        - g->plot.y, RL_CHART_MIN_PLOT);
  rl_chart_labels_set_top (g->labels, g->plot.y + g->plot.height);
}

static void
geometry_clear (Geometry *g)
{
  g_clear_pointer (&g->frame, rl_chart_frame_free);
  g_clear_pointer (&g->legend, rl_chart_legend_free);
  g_clear_object (&g->axis_title);
  g_clear_pointer (&g->labels, rl_chart_labels_free);
}

static double
bar_x (const Geometry *g,
       guint           i)
{
  return g->plot.x + i * g->slot + (g->slot - g->bar_width) / 2;
}

/* Segment @k of group @i, from @y (its top) down @h. */
static void
segment_rect (const Geometry              *g,
              const RlManagementChartData *data,
              guint                        i,
              guint                        k,
              double                      *y,
              double                      *h)
{
  const RlManagementGroup *group = get_group (data, i);
  gint64 below = 0;

  for (guint m = 0; m < k; m++)
    below += group->counts[m];
  *y = rl_chart_axis_y (&g->axis, &g->plot, below + group->counts[k]);
  *h = rl_chart_axis_y (&g->axis, &g->plot, below) - *y;
}

static void
draw_bars (const Geometry              *g,
           cairo_t                     *cr,
           RlChartText                 *text,
           const RlManagementChartData *data)
{
  double width = g->bar_width >= 4 ? g->bar_width - 1 : g->bar_width;

  for (guint k = 0; k < RL_N_MANAGEMENT; k++)
    {
      rl_chart_style_set_color (cr, rl_chart_style_color (management_styles[k]));
      for (guint i = 0; i < data->groups->len; i++)
        {
          double y, h;

          if (get_group (data, i)->counts[k] == 0)
            continue;
          segment_rect (g, data, i, k, &y, &h);
          /* A white hairline between segments. */
          cairo_rectangle (cr, bar_x (g, i), y + (h > 3 ? 1 : 0), width, h > 3 ? h - 1 : h);
        }
      cairo_fill (cr);
    }

  for (guint i = 0; i < data->groups->len; i++)
    {
      const RlManagementGroup *group = get_group (data, i);
      g_autofree char *total = g_strdup_printf ("%lld", (long long) group_total (group));
      g_autoptr(PangoLayout) layout = rl_chart_text_layout (text, RL_CHART_FONT_BOLD, total);
      RlChartRect extents;

      rl_chart_text_extents (layout, &extents);
      if (extents.width <= g->slot - 2)
        rl_chart_text_draw (cr, layout, bar_x (g, i) + (width - extents.width) / 2 - extents.x,
                            rl_chart_axis_y (&g->axis, &g->plot, group_total (group)) - 2
                            - extents.height - extents.y,
                            rl_chart_style_ink (RL_CHART_INK_TEXT));

      for (guint k = 0; k < RL_N_MANAGEMENT; k++)
        {
          g_autofree char *count = NULL;
          g_autoptr(PangoLayout) inside = NULL;
          double y, h;

          if (group->counts[k] == 0)
            continue;
          count = g_strdup_printf ("%lld", (long long) group->counts[k]);
          inside = rl_chart_text_layout (text, RL_CHART_FONT_SMALL, count);
          rl_chart_text_extents (inside, &extents);
          segment_rect (g, data, i, k, &y, &h);
          if (extents.width + 4 <= width && extents.height + 2 <= h)
            rl_chart_text_draw (cr, inside, bar_x (g, i) + (width - extents.width) / 2 - extents.x,
                                y + (h - extents.height) / 2 - extents.y + 0.5,
                                rl_chart_style_ink (management_inks[k]));
        }
    }
}

static void
add_hits (const Geometry              *g,
          RlChartLayout               *layout,
          const RlManagementChartData *data)
{
  layout->plot = g->plot;
  for (guint i = 0; i < data->groups->len; i++)
    for (guint k = 0; k < RL_N_MANAGEMENT; k++)
      {
        double y, h;

        if (get_group (data, i)->counts[k] == 0)
          continue;
        segment_rect (g, data, i, k, &y, &h);
        rl_chart_layout_add_hit (layout, bar_x (g, i), y, g->bar_width, MAX (h, MIN_HIT), i, k);
      }
  rl_chart_labels_add_hits (g->labels, layout);
  for (guint i = 0; i < data->groups->len; i++)
    rl_chart_layout_add_hit (layout, g->plot.x + i * g->slot, g->plot.y, g->slot,
                             g->plot.height, i, RL_CHART_HIT_CATEGORY);
}

RlManagementChartData *
rl_management_chart_data_new (void)
{
  RlManagementChartData *data = g_new0 (RlManagementChartData, 1);

  data->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  data->hover = -1;
  return data;
}

void
rl_management_chart_data_free (RlManagementChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_ptr_array_unref (data->groups);
  g_free (data);
}

RlManagementGroup *
rl_management_chart_data_add_group (RlManagementChartData *data,
                                    const char            *name,
                                    const char            *id)
{
  RlManagementGroup *group = g_new0 (RlManagementGroup, 1);

  group->name = g_strdup (name);
  group->id = g_strdup (id);
  g_ptr_array_add (data->groups, group);
  return group;
}

/* The segment's name, as the legend shows it. */
const char *
rl_management_label (RlManagement management)
{
  g_return_val_if_fail (management < RL_N_MANAGEMENT, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "chart", management_labels[management]);
}

void
rl_management_chart_draw (cairo_t                     *cr,
                          double                       width,
                          double                       height,
                          const RlManagementChartData *data)
{
  g_autoptr(RlChartText) text = NULL;
  Geometry g;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  text = rl_chart_text_new (cr);
  geometry_init (&g, text, width, height, data);
  cairo_save (cr);
  rl_chart_frame_draw (g.frame, cr);
  if (g.empty)
    {
      rl_chart_frame_draw_empty (g.frame, cr, text, C_("chart", "No compounds in this scope"));
      goto out;
    }

  rl_chart_legend_draw (g.legend, cr);
  if (data->hover >= 0 && (guint) data->hover < data->groups->len)
    {
      rl_chart_style_set_ink (cr, RL_CHART_INK_HIGHLIGHT);
      cairo_rectangle (cr, g.plot.x + data->hover * g.slot, g.plot.y - RL_CHART_HEADROOM,
                       g.slot, g.plot.height + RL_CHART_HEADROOM);
      cairo_fill (cr);
    }
  rl_chart_text_draw (cr, g.axis_title, RL_CHART_MARGIN, g.axis_title_y,
                      rl_chart_style_ink (RL_CHART_INK_MUTED));
  rl_chart_axis_draw (&g.axis, cr, text, &g.plot);
  draw_bars (&g, cr, text, data);
  rl_chart_labels_draw (g.labels, cr);

out:
  cairo_restore (cr);
  geometry_clear (&g);
}

RlChartLayout *
rl_management_chart_layout (double                       width,
                            double                       height,
                            const RlManagementChartData *data)
{
  g_autoptr(RlChartText) text = rl_chart_text_new (NULL);
  RlChartLayout *layout = rl_chart_layout_new ();
  Geometry g;

  g_return_val_if_fail (data != NULL, layout);

  geometry_init (&g, text, width, height, data);
  if (!g.empty)
    add_hits (&g, layout, data);
  geometry_clear (&g);
  return layout;
}

/* The segment, label or group at (x, y), or NULL. */
const RlChartHit *
rl_management_chart_hit (const RlChartLayout *layout,
                         double               x,
                         double               y)
{
  return rl_chart_layout_hit (layout, x, y);
}
