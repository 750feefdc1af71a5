/* test-charts.c: the three charts, their layout, labels, empty state,
 * export and the chart command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are drawn for the district's sample ledger at 800 × 450 and
 * compared with the reference images in tests/data/charts/ within a
 * tolerance (fonts may be smoothed a little differently from machine to
 * machine). After a deliberate change to how charts look, redraw the
 * references with tests/make-chart-references.sh and look at them.
 */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rl-chart-axis.h"
#include "rl-chart-data.h"
#include "rl-chart-export.h"
#include "rl-chart-style.h"
#include "rl-importer.h"
#include "rl-test-util.h"

#define WIDTH  800
#define HEIGHT 450
#define DATE   "2026-09-30"

/* A pixel differs when a channel is off by more than this; an image
 * differs when more than this share of its pixels do. */
#define PIXEL_TOLERANCE 40
#define IMAGE_TOLERANCE 0.005

static const RlRate all_rates[] = {
  RL_RATE_COMMITTEE_FORMATION,
  RL_RATE_SERVICE_COVERAGE,
  RL_RATE_PARTY_ORG_COVERAGE,
  RL_RATE_PARTY_WORK_COVERAGE,
  RL_RATE_RED_PROPERTY_COVERAGE,
};

typedef struct
{
  RlStore *store;
} Fixture;

typedef RlChartLayout *(*LayoutFunc) (double        width,
                                      double        height,
                                      gconstpointer data);

static gboolean chinese = FALSE;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = rl_test_new_store ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

/* Ledgers and chart data */

static void
import_path (RlStore    *store,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RlImportReport) report = NULL;

  report = rl_import_package (store, path, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);
  g_assert_true (report->written);
}

static void
import_sample (RlStore *store)
{
  g_autofree char *path = rl_test_data_path ("jinghe-2026.json");

  import_path (store, path);
}

static RlRates *
rates_on (RlStore    *store,
          const char *date)
{
  g_autoptr(GError) error = NULL;
  RlRates *rates = rl_rates_compute (store, date, &error);

  g_assert_no_error (error);
  return rates;
}

static RlRatesBarChartData *
rates_chart (RlStore *store)
{
  g_autoptr(RlRates) rates = rates_on (store, DATE);
  g_autoptr(GError) error = NULL;
  double targets[RL_N_RATES];

  rl_chart_data_get_targets (store, 2026, targets, &error);
  g_assert_no_error (error);
  return rl_chart_data_rates (rates, rl_chart_data_default_scope (rates), RL_SCOPE_LEDGER, NULL,
                              all_rates, G_N_ELEMENTS (all_rates), targets);
}

static RlTrendChartData *
trend_chart (RlStore *store)
{
  g_auto(GStrv) ends = rl_chart_data_quarter_ends (DATE, RL_CHART_TREND_QUARTERS);
  RlRates *rates[RL_CHART_TREND_QUARTERS];
  double targets[RL_CHART_TREND_QUARTERS][RL_N_RATES];
  RlTrendChartData *data;

  for (guint q = 0; q < RL_CHART_TREND_QUARTERS; q++)
    {
      g_autoptr(GError) error = NULL;

      rates[q] = rates_on (store, ends[q]);
      rl_chart_data_get_targets (store, atoi (ends[q]), targets[q], &error);
      g_assert_no_error (error);
    }
  data = rl_chart_data_trend (rates, (const double (*)[RL_N_RATES]) targets,
                              RL_CHART_TREND_QUARTERS, RL_SCOPE_LEDGER, NULL, all_rates,
                              G_N_ELEMENTS (all_rates));
  for (guint q = 0; q < RL_CHART_TREND_QUARTERS; q++)
    rl_rates_free (rates[q]);
  return data;
}

static RlManagementChartData *
management_chart (RlStore *store)
{
  g_autoptr(RlRates) rates = rates_on (store, DATE);

  return rl_chart_data_management (rates, RL_SCOPE_COMMUNITY, RL_SCOPE_LEDGER, NULL);
}

/* @n communities with long names, some longer than others, and made-up
 * rates: the second of every seven has none. */
static RlRatesBarChartData *
many_communities (guint n,
                  guint n_series)
{
  static const char *const stems[] = {
    "径河街道稻香社区居民委员会", "将军路街道海景北社区", "东山街道鑫海家园社区居委会",
    "吴家山街道七雄路第二社区", "走马岭街道汇通大道东社区居民委员会",
  };
  RlRatesBarChartData *data = rl_rates_bar_chart_data_new ();

  data->title = g_strdup ("各社区三率及覆盖率");
  data->n_series = n_series;
  for (guint j = 0; j < n_series; j++)
    rl_chart_series_set (&data->series[j], rl_rate_label (j), j, 1.0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%u", stems[i % G_N_ELEMENTS (stems)], i);
      g_autofree char *id = g_strdup_printf ("comm-%u", i);
      RlRatesBarGroup *group = rl_rates_bar_chart_data_add_group (data, name, id);

      for (guint j = 0; j < n_series; j++)
        {
          RlRatio ratio = { (i * 7 + j * 3) % 10, i % 7 == 1 ? 0 : 9 };
          g_autofree char *text = rl_ratio_format (&ratio);

          rl_chart_value_set (&group->values[j], rl_ratio_get_rate (&ratio), text, NULL);
        }
    }
  return data;
}

/* Images */

static cairo_surface_t *
render (RlChartDrawFunc draw,
        gconstpointer   data,
        int             width,
        int             height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw (cr, width, height, data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *row = cairo_image_surface_get_data (surface)
                      + y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) row)[x];
}

static int
channel_distance (guint32 a,
                  guint32 b)
{
  int distance = 0;

  for (int shift = 0; shift < 32; shift += 8)
    distance = MAX (distance, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return distance;
}

static guint32
color_pixel (const RlChartColor *color)
{
  return 0xff000000u | (guint32) round (color->red * 255) << 16
         | (guint32) round (color->green * 255) << 8 | (guint32) round (color->blue * 255);
}

/* Pixels of @rect in @color, or near it. */
static guint
count_color (cairo_surface_t    *surface,
             const RlChartRect  *rect,
             const RlChartColor *color)
{
  guint32 wanted = color_pixel (color);
  guint n = 0;

  for (int y = (int) ceil (rect->y); y < (int) floor (rect->y + rect->height); y++)
    for (int x = (int) ceil (rect->x); x < (int) floor (rect->x + rect->width); x++)
      n += channel_distance (pixel_at (surface, x, y), wanted) <= 24;
  return n;
}

static guint
count_ink (cairo_surface_t   *surface,
           const RlChartRect *rect)
{
  guint n = 0;

  for (int y = (int) ceil (rect->y); y < (int) floor (rect->y + rect->height); y++)
    for (int x = (int) ceil (rect->x); x < (int) floor (rect->x + rect->width); x++)
      n += channel_distance (pixel_at (surface, x, y), 0xffffffffu) > 64;
  return n;
}

/* Compares with tests/data/charts/NAME.png, or writes it there when
 * REDLEDGER_WRITE_CHART_REFERENCES names the folder (make-chart-
 * references.sh). A failing image is kept in the build folder to look at. */
static void
assert_reference (cairo_surface_t *actual,
                  const char      *name)
{
  const char *write_to = g_getenv ("REDLEDGER_WRITE_CHART_REFERENCES");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  cairo_surface_t *expected;
  int width, height;
  guint differing = 0;

  if (!chinese)
    {
      g_test_skip ("the references are in Chinese: the zh_CN.UTF-8 locale is not installed");
      return;
    }

  if (write_to != NULL)
    {
      g_autofree char *out = g_build_filename (write_to, file, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (actual, out), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", out);
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "data", "charts", file, NULL);
  expected = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);

  width = cairo_image_surface_get_width (actual);
  height = cairo_image_surface_get_height (actual);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      differing += channel_distance (pixel_at (actual, x, y), pixel_at (expected, x, y))
                   > PIXEL_TOLERANCE;
  cairo_surface_destroy (expected);

  if (differing > IMAGE_TOLERANCE * width * height)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "charts-actual", NULL);
      g_autofree char *out = g_build_filename (dir, file, NULL);

      g_mkdir_with_parents (dir, 0755);
      cairo_surface_write_to_png (actual, out);
      g_test_message ("%u of %d pixels differ from %s; the chart drawn is %s", differing,
                      width * height, path, out);
    }
  g_assert_cmpuint (differing, <=, IMAGE_TOLERANCE * width * height);
}

static void
assert_png (const char *path,
            int         width,
            int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width * RL_CHART_PNG_SCALE);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height * RL_CHART_PNG_SCALE);
  cairo_surface_destroy (image);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* Binary streams have NULs: compare bytes, not strings. */
  g_assert_cmpuint (length, >, 10);
  g_assert_cmpint (memcmp (contents, "%PDF-", 5), ==, 0);
  while (length > 0 && g_ascii_isspace (contents[length - 1]))
    length--;
  g_assert_cmpint (memcmp (contents + length - 5, "%%EOF", 5), ==, 0);
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  char **root = user_data;

  if (*root == NULL)
    *root = g_strdup (element);
}

static void
assert_svg (const char *path)
{
  static const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, G_MARKUP_IGNORE_QUALIFIED, &root, NULL);
  g_markup_parse_context_parse (context, contents, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (root, ==, "svg");
}

/* Label boxes: none overlaps another, none is cut by the chart's edge or
 * reaches into the plot. Returns how many there are. */
static guint
assert_labels_clear (const RlChartLayout *layout,
                     double               width,
                     double               height)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; i < layout->hits->len; i++)
    {
      RlChartHit *hit = &g_array_index (layout->hits, RlChartHit, i);

      if (hit->series == RL_CHART_HIT_LABEL)
        g_ptr_array_add (labels, hit);
    }

  for (guint i = 0; i < labels->len; i++)
    {
      const RlChartHit *a = labels->pdata[i];
      double c = cos (a->angle), s = sin (a->angle);
      const double u[] = { 0, a->width, a->width, 0 }, v[] = { 0, 0, a->height, a->height };

      for (guint k = 0; k < 4; k++)
        {
          double x = a->x + u[k] * c - v[k] * s, y = a->y + u[k] * s + v[k] * c;

          g_assert_cmpfloat (x, >=, 0);
          g_assert_cmpfloat (x, <=, width);
          g_assert_cmpfloat (y, >=, layout->plot.y + layout->plot.height);
          g_assert_cmpfloat (y, <=, height);
        }
      for (guint j = i + 1; j < labels->len; j++)
        {
          const RlChartHit *b = labels->pdata[j];

          if (rl_chart_hits_overlap (a, b))
            g_error ("the labels of categories %d and %d overlap", a->category, b->category);
        }
    }
  return labels->len;
}

static const RlChartHit *
find_hit (const RlChartLayout *layout,
          int                  category,
          int                  series)
{
  for (guint i = 0; i < layout->hits->len; i++)
    {
      const RlChartHit *hit = &g_array_index (layout->hits, RlChartHit, i);

      if (hit->category == category && hit->series == series)
        return hit;
    }
  return NULL;
}

/* Tests: the sample ledger against the references */

static void
test_rates_reference (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RlRatesBarChartData) chart = NULL;
  g_autoptr(RlChartLayout) layout = NULL;
  cairo_surface_t *image;

  import_sample (fixture->store);
  chart = rates_chart (fixture->store);
  /* One street: its three communities, all five rates. */
  g_assert_cmpuint (chart->groups->len, ==, 3);
  g_assert_cmpuint (chart->n_series, ==, 5);

  image = render ((RlChartDrawFunc) rl_rates_bar_chart_draw, chart, WIDTH, HEIGHT);
  assert_reference (image, "rates");
  cairo_surface_destroy (image);

  layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, chart);
  g_assert_cmpuint (assert_labels_clear (layout, WIDTH, HEIGHT), ==, 3);

  /* Hovered: the legend shows the second community's figures. */
  chart->hover = 1;
  image = render ((RlChartDrawFunc) rl_rates_bar_chart_draw, chart, WIDTH, HEIGHT);
  assert_reference (image, "rates-hover");
  cairo_surface_destroy (image);
}

static void
test_trend_reference (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RlTrendChartData) chart = NULL;
  g_autoptr(RlChartLayout) layout = NULL;
  const RlTrendPoint *last;
  cairo_surface_t *image;

  import_sample (fixture->store);
  chart = trend_chart (fixture->store);
  g_assert_cmpuint (chart->points->len, ==, RL_CHART_TREND_QUARTERS);
  last = g_ptr_array_index (chart->points, RL_CHART_TREND_QUARTERS - 1);
  g_assert_cmpstr (last->date, ==, DATE);
  g_assert_true (last->targets[RL_RATE_COMMITTEE_FORMATION] == 1.0);
  g_assert_true (isnan (last->targets[RL_RATE_PARTY_WORK_COVERAGE]));

  image = render ((RlChartDrawFunc) rl_trend_chart_draw, chart, WIDTH, HEIGHT);
  assert_reference (image, "trend");
  cairo_surface_destroy (image);

  layout = rl_trend_chart_layout (WIDTH, HEIGHT, chart);
  g_assert_cmpuint (assert_labels_clear (layout, WIDTH, HEIGHT), ==, RL_CHART_TREND_QUARTERS);
  g_assert_nonnull (find_hit (layout, 7, RL_RATE_RED_PROPERTY_COVERAGE));
}

static void
test_management_reference (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RlManagementChartData) chart = NULL;
  g_autoptr(RlChartLayout) layout = NULL;
  gint64 total = 0;
  cairo_surface_t *image;

  import_sample (fixture->store);
  chart = management_chart (fixture->store);
  g_assert_cmpuint (chart->groups->len, ==, 3);
  for (guint i = 0; i < chart->groups->len; i++)
    for (guint k = 0; k < RL_N_MANAGEMENT; k++)
      total += ((RlManagementGroup *) chart->groups->pdata[i])->counts[k];
  g_assert_cmpint (total, ==, 12);

  image = render ((RlChartDrawFunc) rl_management_chart_draw, chart, WIDTH, HEIGHT);
  assert_reference (image, "management");
  cairo_surface_destroy (image);

  layout = rl_management_chart_layout (WIDTH, HEIGHT, chart);
  g_assert_cmpuint (assert_labels_clear (layout, WIDTH, HEIGHT), ==, 3);
}

/* Tests: what the charts draw */

/* No compounds: the title and a sentence, never an axis at 0%. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = NULL;
  RlChartRect middle = { WIDTH / 4.0, HEIGHT / 3.0, WIDTH / 2.0, HEIGHT / 3.0 };

  /* A ledger with nothing at all, then one with streets and communities
   * but no compounds. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(RlRatesBarChartData) rates = rates_chart (fixture->store);
      g_autoptr(RlTrendChartData) trend = trend_chart (fixture->store);
      g_autoptr(RlManagementChartData) management = management_chart (fixture->store);
      struct
      {
        RlChartDrawFunc  draw;
        LayoutFunc       layout;
        gconstpointer    data;
      } charts[] = {
        { (RlChartDrawFunc) rl_rates_bar_chart_draw, (LayoutFunc) rl_rates_bar_chart_layout,
          rates },
        { (RlChartDrawFunc) rl_trend_chart_draw, (LayoutFunc) rl_trend_chart_layout, trend },
        { (RlChartDrawFunc) rl_management_chart_draw, (LayoutFunc) rl_management_chart_layout,
          management },
      };

      for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
        {
          cairo_surface_t *image = render (charts[i].draw, charts[i].data, WIDTH, HEIGHT);
          g_autoptr(RlChartLayout) layout = charts[i].layout (WIDTH, HEIGHT, charts[i].data);

          g_assert_cmpuint (count_ink (image, &middle), >, 50);
          g_assert_cmpuint (layout->hits->len, ==, 0);
          if (round == 1 && i == 0)
            assert_reference (image, "empty");
          cairo_surface_destroy (image);
        }

      if (round == 0)
        {
          path = rl_test_write_package ("streets.json",
                                        "{\"format\": \"redledger-exchange\", \"version\": 1,"
                                        " \"streets\": [{\"id\": \"st1\", \"name\": \"径河街道\"}],"
                                        " \"communities\": [{\"id\": \"cm1\", \"street_id\":"
                                        " \"st1\", \"name\": \"稻香社区\"}]}");
          import_path (fixture->store, path);
        }
    }
}

/* A rate with no denominator has no bar, not even a sliver, and no value. */
static void
test_null_rate (void)
{
  g_autoptr(RlRatesBarChartData) chart = many_communities (3, 3);
  g_autoptr(RlChartLayout) layout = NULL;
  const RlChartColor *color = rl_chart_style_color (1);
  const RlChartHit *empty, *full;
  RlChartRect column;
  cairo_surface_t *image;

  /* many_communities() gives the second community no denominators. */
  g_assert_true (isnan (((RlRatesBarGroup *) chart->groups->pdata[1])->values[1].value));
  g_assert_cmpfloat (((RlRatesBarGroup *) chart->groups->pdata[2])->values[1].value, >, 0.5);

  image = render ((RlChartDrawFunc) rl_rates_bar_chart_draw, chart, WIDTH, HEIGHT);
  layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, chart);
  empty = find_hit (layout, 1, 1);
  full = find_hit (layout, 2, 1);
  g_assert_nonnull (empty);
  g_assert_nonnull (full);

  /* The whole column from the top of the plot to the baseline. */
  column = (RlChartRect) { empty->x, layout->plot.y, empty->width, layout->plot.height };
  g_assert_cmpuint (count_color (image, &column, color), ==, 0);
  g_assert_cmpuint (count_ink (image, &column), >, 0);  /* the "—" */
  column.x = full->x;
  g_assert_cmpuint (count_color (image, &column, color), >, 100);
  cairo_surface_destroy (image);
}

static void
test_hit (void)
{
  g_autoptr(RlRatesBarChartData) chart = many_communities (4, 3);
  g_autoptr(RlChartLayout) layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, chart);
  const RlChartHit *bar = find_hit (layout, 2, 1);
  const RlChartHit *label = find_hit (layout, 3, RL_CHART_HIT_LABEL);
  const RlChartHit *hit;
  double baseline = layout->plot.y + layout->plot.height;

  g_assert_nonnull (bar);
  g_assert_nonnull (label);

  /* Inside a bar: that bar. */
  hit = rl_rates_bar_chart_hit (layout, bar->x + bar->width / 2, bar->y + bar->height / 2);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->category, ==, 2);
  g_assert_cmpint (hit->series, ==, 1);

  /* Over the bar but above it: its group, no bar. */
  hit = rl_rates_bar_chart_hit (layout, bar->x + bar->width / 2, bar->y - 5);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->category, ==, 2);
  g_assert_cmpint (hit->series, ==, RL_CHART_HIT_CATEGORY);

  /* A label: its category, for the full name. */
  hit = rl_rates_bar_chart_hit (layout, label->x + label->width / 2,
                                label->y + label->height / 2);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->category, ==, 3);
  g_assert_cmpint (hit->series, ==, RL_CHART_HIT_LABEL);
  g_assert_cmpfloat (label->y, >, baseline);

  /* The title, the margins, outside the chart: nothing. */
  g_assert_null (rl_rates_bar_chart_hit (layout, 30, 20));
  g_assert_null (rl_rates_bar_chart_hit (layout, 2, HEIGHT / 2.0));
  g_assert_null (rl_rates_bar_chart_hit (layout, WIDTH + 10, HEIGHT / 2.0));
  g_assert_null (rl_rates_bar_chart_hit (layout, WIDTH / 2.0, HEIGHT - 1));
}

/* Long Chinese names never overlap, however many: they wrap, turn and
 * shorten, and dense ones show every few categories. */
static void
test_labels (void)
{
  const guint counts[] = { 1, 3, 6, 12, 25, 60, 200 };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    for (guint width = 400; width <= 1600; width += 600)
      {
        g_autoptr(RlRatesBarChartData) chart = many_communities (counts[i], 3);
        g_autoptr(RlChartLayout) layout = rl_rates_bar_chart_layout (width, HEIGHT, chart);
        guint shown = assert_labels_clear (layout, width, HEIGHT);

        g_test_message ("%u communities at %u px: %u labels", counts[i], width, shown);
        g_assert_cmpuint (shown, >, 0);
        g_assert_cmpuint (shown, <=, counts[i]);
        /* Every group can still be hovered for its full name. */
        for (guint k = 0; k < counts[i]; k++)
          g_assert_nonnull (find_hit (layout, k, RL_CHART_HIT_CATEGORY));
      }

  {
    g_autoptr(RlRatesBarChartData) chart = many_communities (60, 3);
    g_autoptr(RlChartLayout) layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, chart);
    cairo_surface_t *image = render ((RlChartDrawFunc) rl_rates_bar_chart_draw, chart,
                                     WIDTH, HEIGHT);

    g_assert_cmpuint (assert_labels_clear (layout, WIDTH, HEIGHT), >=, 10);
    assert_reference (image, "rates-60");
    cairo_surface_destroy (image);
  }
}

/* Drawing at twice the size on a surface scaled by 2 (a HiDPI screen,
 * a PNG file) puts everything where the layout says, twice as far. */
static void
test_hidpi (void)
{
  g_autoptr(RlRatesBarChartData) chart = many_communities (5, 3);
  g_autoptr(RlChartLayout) layout = rl_rates_bar_chart_layout (WIDTH, HEIGHT, chart);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * WIDTH,
                                                         2 * HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const RlChartHit *bar = find_hit (layout, 2, 0);
  RlChartRect inside;

  cairo_scale (cr, 2, 2);
  rl_rates_bar_chart_draw (cr, WIDTH, HEIGHT, chart);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  inside = (RlChartRect) { 2 * bar->x + 4, 2 * bar->y + 4, 2 * bar->width - 8,
                           2 * bar->height - 8 };
  g_assert_cmpuint (count_color (surface, &inside, rl_chart_style_color (0)), ==,
                    (guint) (floor (inside.x + inside.width) - ceil (inside.x))
                    * (guint) (floor (inside.y + inside.height) - ceil (inside.y)));
  cairo_surface_destroy (surface);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RlRatesBarChartData) chart = NULL;
  g_autofree char *png = rl_test_temp_path ("chart.png");
  g_autofree char *pdf = rl_test_temp_path ("chart.PDF");
  g_autofree char *svg = rl_test_temp_path ("chart.svg");
  g_autofree char *jpeg = rl_test_temp_path ("chart.jpeg");
  g_autofree char *nowhere = rl_test_temp_path ("no/such/folder/chart.svg");
  g_autoptr(GError) error = NULL;

  import_sample (fixture->store);
  chart = rates_chart (fixture->store);
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  g_assert_true (rl_chart_export (png, WIDTH, HEIGHT, (RlChartDrawFunc) rl_rates_bar_chart_draw,
                                  chart, &error));
  g_assert_no_error (error);
  assert_png (png, WIDTH, HEIGHT);

  g_assert_true (rl_chart_export (pdf, WIDTH, HEIGHT, (RlChartDrawFunc) rl_rates_bar_chart_draw,
                                  chart, &error));
  g_assert_no_error (error);
  assert_pdf (pdf);

  g_assert_true (rl_chart_export (svg, WIDTH, HEIGHT, (RlChartDrawFunc) rl_rates_bar_chart_draw,
                                  chart, &error));
  g_assert_no_error (error);
  assert_svg (svg);

  g_assert_false (rl_chart_export (jpeg, WIDTH, HEIGHT,
                                   (RlChartDrawFunc) rl_rates_bar_chart_draw, chart, &error));
  g_assert_error (error, RL_CHART_ERROR, RL_CHART_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".svg"));
  g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (rl_chart_export (nowhere, WIDTH, HEIGHT,
                                   (RlChartDrawFunc) rl_rates_bar_chart_draw, chart, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "chart.svg"));
}

/* Tests: the pieces */

static void
test_quarter_ends (void)
{
  struct
  {
    const char *date;
    const char *first;
    const char *last;
  } cases[] = {
    { "2026-09-30", "2024-12-31", "2026-09-30" },
    { "2026-10-08", "2024-12-31", "2026-09-30" },  /* Q4 has not ended yet */
    { "2026-09-29", "2024-09-30", "2026-06-30" },
    { "2026-01-01", "2024-03-31", "2025-12-31" },
    { "2024-12-31", "2023-03-31", "2024-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) ends = rl_chart_data_quarter_ends (cases[i].date, 8);

      g_assert_cmpuint (g_strv_length (ends), ==, 8);
      g_assert_cmpstr (ends[0], ==, cases[i].first);
      g_assert_cmpstr (ends[7], ==, cases[i].last);
    }
  g_assert_null (rl_chart_data_quarter_ends ("2026-02-30", 8));
}

static void
test_ticks (void)
{
  struct
  {
    double max;
    double top;
    double step;
  } cases[] = {
    { 0.5, 1, 1 }, { 4, 4, 1 }, { 7, 8, 2 }, { 12, 15, 5 }, { 23, 25, 5 }, { 48, 50, 10 },
    { 180, 200, 50 }, { 1234, 1500, 500 },
  };
  RlChartAxis axis;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      rl_chart_axis_init_count (&axis, cases[i].max, 5);
      g_assert_cmpfloat (axis.max, ==, cases[i].top);
      g_assert_cmpfloat (axis.step, ==, cases[i].step);
      g_assert_cmpuint (axis.n_steps, <=, 5);
    }
  rl_chart_axis_init_percent (&axis);
  g_assert_cmpfloat (axis.max, ==, 1.0);
  g_assert_cmpuint (axis.n_steps, ==, 5);
}

static void
test_format (void)
{
  const struct
  {
    RlRatio     ratio;
    const char *text;
  } cases[] = {
    { { 1, 16 }, "6.3%" }, { { 2, 3 }, "66.7%" }, { { 12, 12 }, "100.0%" }, { { 0, 5 }, "0.0%" },
    { { 0, 0 }, "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rl_ratio_format (&cases[i].ratio);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Tests: the chart command */

typedef struct
{
  int   status;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("REDLEDGER_CLI"));
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
test_cli (void)
{
  g_autofree char *db = NULL;
  const char *const names[] = { "rates", "trend", "management" };

  {
    g_autoptr(RlStore) store = rl_test_new_store ();

    import_sample (store);
    db = g_strdup (rl_store_get_path (store));
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (const char *const *suffix = (const char *const[]) { "png", "pdf", "svg", NULL };
         *suffix != NULL; suffix++)
      {
        g_autofree char *file = g_strdup_printf ("%s.%s", names[i], *suffix);
        g_autofree char *path = rl_test_temp_path (file);
        g_auto(Run) run = { 0, };

        run_cli (&run, "--db", db, "chart", names[i], "--date", DATE, "-o", path, NULL);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_cmpint (run.status, ==, 0);
        if (g_str_equal (*suffix, "png"))
          assert_png (path, WIDTH, HEIGHT);
        else if (g_str_equal (*suffix, "pdf"))
          assert_pdf (path);
        else
          assert_svg (path);
      }

  {
    g_autofree char *path = rl_test_temp_path ("wide.png");
    g_auto(Run) quarter = { 0, };
    g_auto(Run) scope = { 0, };

    run_cli (&quarter, "--db", db, "chart", "trend", "--quarter", "2026Q3", "--width", "1200",
             "--height", "500", "-o", path, NULL);
    g_assert_cmpint (quarter.status, ==, 0);
    assert_png (path, 1200, 500);
    run_cli (&scope, "--db", db, "chart", "management", "--scope", "street", "-o", path, NULL);
    g_assert_cmpint (scope.status, ==, 0);
  }

  /* Bad input: 1, with what is wrong; usage: 2. Nothing is written. */
  {
    g_autofree char *jpeg = rl_test_temp_path ("chart.jpeg");
    g_autofree char *png = rl_test_temp_path ("never.png");
    g_auto(Run) extension = { 0, };
    g_auto(Run) chart = { 0, };
    g_auto(Run) date = { 0, };
    g_auto(Run) quarter = { 0, };
    g_auto(Run) both = { 0, };
    g_auto(Run) no_output = { 0, };
    g_auto(Run) scope = { 0, };
    g_auto(Run) size = { 0, };

    run_cli (&extension, "--db", db, "chart", "rates", "-o", jpeg, NULL);
    g_assert_cmpint (extension.status, ==, 1);
    g_assert_nonnull (strstr (extension.err, "chart.jpeg"));
    g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));

    run_cli (&chart, "--db", db, "chart", "pie", "-o", png, NULL);
    g_assert_cmpint (chart.status, ==, 2);
    g_assert_nonnull (strstr (chart.err, "pie"));

    run_cli (&date, "--db", db, "chart", "rates", "--date", "2026-02-30", "-o", png, NULL);
    g_assert_cmpint (date.status, ==, 1);
    run_cli (&quarter, "--db", db, "chart", "trend", "--quarter", "2026Q5", "-o", png, NULL);
    g_assert_cmpint (quarter.status, ==, 1);
    g_assert_nonnull (strstr (quarter.err, "2026Q5"));
    run_cli (&size, "--db", db, "chart", "rates", "--width", "20", "-o", png, NULL);
    g_assert_cmpint (size.status, ==, 1);
    run_cli (&both, "--db", db, "chart", "rates", "--date", DATE, "--quarter", "2026Q3",
             "-o", png, NULL);
    g_assert_cmpint (both.status, ==, 2);
    run_cli (&no_output, "--db", db, "chart", "rates", NULL);
    g_assert_cmpint (no_output.status, ==, 2);
    run_cli (&scope, "--db", db, "chart", "rates", "--scope", "district", "-o", png, NULL);
    g_assert_cmpint (scope.status, ==, 2);
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* The references are drawn in Chinese, as the district reads them. */
  chinese = setlocale (LC_ALL, "zh_CN.UTF-8") != NULL;
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REDLEDGER_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/charts/rates/reference", test_rates_reference);
  ADD ("/charts/trend/reference", test_trend_reference);
  ADD ("/charts/management/reference", test_management_reference);
  ADD ("/charts/empty", test_empty);
  g_test_add_func ("/charts/rates/null-rate", test_null_rate);
  g_test_add_func ("/charts/rates/hit", test_hit);
  g_test_add_func ("/charts/labels/no-overlap", test_labels);
  g_test_add_func ("/charts/hidpi", test_hidpi);
  ADD ("/charts/export", test_export);
  g_test_add_func ("/charts/data/quarter-ends", test_quarter_ends);
  g_test_add_func ("/charts/data/format", test_format);
  g_test_add_func ("/charts/axis/ticks", test_ticks);
  g_test_add_func ("/charts/cli", test_cli);
#undef ADD

  return g_test_run ();
}
