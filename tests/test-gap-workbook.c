/* test-gap-workbook.c: the lists that go with the rates, as workbooks
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workbooks are read back with openpyxl, as another program would read
 * them: a missing openpyxl fails the tests (build-aux/dev installs
 * python3-openpyxl), it does not skip them.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rl-gap-workbook.h"
#include "rl-importer.h"
#include "rl-rates.h"
#include "rl-test-util.h"

#define DATE      "2026-09-30"
#define STREET_ID "street-7-000004"
#define STREET    "径河街道"

typedef struct
{
  RlStore   *store;
  GPtrArray *lists[RL_N_GAPS];
} Fixture;

/* What the district reads, in Chinese. */
static const struct
{
  const char *sheet;
  const char *label;
  const char *header;
} expected[RL_N_GAPS] = {
  [RL_GAP_NO_COMMITTEE] = { "无业委会小区", "未组建业委会/物管会的小区",
                            "小区|类型|社区|街道|编号" },
  [RL_GAP_NO_SERVICE] = { "无物业服务小区", "物业服务未覆盖的小区",
                          "小区|类型|社区|街道|编号" },
  [RL_GAP_MUST_BUILD] = { "应建未建党组织", "应建未建党组织的企业和项目",
                          "单位类型|物业服务企业|小区|社区|街道|党员人数|编号" },
  [RL_GAP_TERM_OVERDUE] = { "逾期未换届", "逾期未换届的业委会/物管会",
                            "小区|类型|社区|街道|任期届满|编号" },
  [RL_GAP_UNCOVERED] = { "党的工作未覆盖", "党的工作未覆盖的单位",
                         "单位类型|物业服务企业|小区|社区|街道|编号" },
};

/* Prints the workbook as JSON: its properties, and for each sheet what a
 * reader sees (cells with their type) and how it prints. */
static const char read_script[] =
  "import datetime, json, sys\n"
  "try:\n"
  "    import openpyxl\n"
  "except ImportError:\n"
  "    sys.exit('openpyxl is missing: install python3-openpyxl (build-aux/dev does)')\n"
  "from openpyxl.utils import get_column_letter\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "def cell(c):\n"
  "    v = c.value\n"
  "    if isinstance(v, datetime.datetime):\n"
  "        kind, v = 'date', v.strftime('%Y-%m-%d')\n"
  "    elif isinstance(v, bool):\n"
  "        kind = 'bool'\n"
  "    elif isinstance(v, (int, float)):\n"
  "        kind, v = 'number', ('%d' % v if v == int(v) else repr(v))\n"
  "    elif isinstance(v, str):\n"
  "        kind = 'text'\n"
  "    else:\n"
  "        kind, v = 'empty', ''\n"
  "    return {'kind': kind, 'value': v, 'format': c.number_format}\n"
  "sheets = []\n"
  "for ws in wb.worksheets:\n"
  "    rows = [[cell(c) for c in r] for r in ws.iter_rows(max_col=ws.max_column)]\n"
  "    footer = ws.oddFooter.center.text or ''\n"
  "    sheets.append({\n"
  "        'name': ws.title,\n"
  "        'rows': rows,\n"
  "        'freeze': ws.freeze_panes or '',\n"
  "        'filter': ws.auto_filter.ref or '',\n"
  "        'orientation': ws.page_setup.orientation or '',\n"
  "        'paper': int(ws.page_setup.paperSize or 0),\n"
  "        'title_rows': ws.print_title_rows or '',\n"
  "        'footer': footer,\n"
  "        'widths': [ws.column_dimensions[get_column_letter(i)].width\n"
  "                   for i in range(1, ws.max_column + 1)],\n"
  "    })\n"
  "p = wb.properties\n"
  "print(json.dumps({'title': p.title or '', 'subject': p.subject or '',\n"
  "                  'creator': p.creator or '', 'created': p.created is not None,\n"
  "                  'sheets': sheets}))\n";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *sample = rl_test_data_path ("jinghe-2026.json");
  g_autoptr(RlImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean street = GPOINTER_TO_INT (data);

  fixture->store = rl_test_new_store ();
  report = rl_import_package (fixture->store, sample, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rl_import_report_errors (report), ==, 0);

  for (guint gap = 0; gap < RL_N_GAPS; gap++)
    {
      fixture->lists[gap] = rl_rates_gaps (fixture->store, gap, DATE,
                                           street ? RL_SCOPE_STREET : RL_SCOPE_LEDGER,
                                           street ? STREET_ID : NULL, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint gap = 0; gap < RL_N_GAPS; gap++)
    g_clear_pointer (&fixture->lists[gap], g_ptr_array_unref);
  g_clear_object (&fixture->store);
}

/* Reading back */

/* Debian's python3-openpyxl is installed for Debian's interpreter; a
 * python3 found earlier on PATH (pyenv, a venv) may not see it. */
static const char *
python (void)
{
  return g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3"
                                                                       : "python3";
}

static JsonObject *
read_workbook (const char *path)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, python (), "-c", read_script, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    g_error ("reading %s with openpyxl failed:\n%s", path, err);

  return rl_test_json_object (out);
}

static JsonObject *
sheet_at (JsonObject *book,
          guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (book, "sheets"), index);
}

static JsonArray *
sheet_row (JsonObject *sheet,
           guint       index)
{
  return json_array_get_array_element (json_object_get_array_member (sheet, "rows"), index);
}

static JsonObject *
sheet_cell (JsonObject *sheet,
            guint       row,
            guint       column)
{
  return json_array_get_object_element (sheet_row (sheet, row), column);
}

static const char *
cell_value (JsonObject *sheet,
            guint       row,
            guint       column)
{
  return json_object_get_string_member (sheet_cell (sheet, row, column), "value");
}

/* The header row's texts, joined by "|". */
static char *
header_text (JsonObject *sheet)
{
  JsonArray *header = sheet_row (sheet, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) texts = NULL;

  for (guint c = 0; c < json_array_get_length (header); c++)
    g_strv_builder_add (builder, cell_value (sheet, 1, c));
  texts = g_strv_builder_end (builder);
  return g_strjoinv ("|", texts);
}

static int
column_of (JsonObject *sheet,
           const char *header)
{
  JsonArray *row = sheet_row (sheet, 1);

  for (guint c = 0; c < json_array_get_length (row); c++)
    if (g_strcmp0 (cell_value (sheet, 1, c), header) == 0)
      return c;
  g_error ("no column “%s”", header);
  return -1;
}

/* The same estimate as the writer's: two units for a CJK character. */
static double
estimated_width (const char *text)
{
  double width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

/* One sheet against the core's list it was written from. */
static void
assert_sheet (JsonObject *sheet,
              RlGap       gap,
              GPtrArray  *rows,
              const char *scope)
{
  JsonArray *table = json_object_get_array_member (sheet, "rows");
  JsonArray *widths = json_object_get_array_member (sheet, "widths");
  g_autofree char *title = g_strdup_printf ("截至 %s · %s · %s · 共 %u 个", DATE, scope,
                                            expected[gap].label, rows->len);
  g_autofree char *header = header_text (sheet);
  guint n_columns = json_array_get_length (sheet_row (sheet, 1));
  g_autofree char *filter = g_strdup_printf ("A2:%c%u", 'A' + n_columns - 1, rows->len + 2);
  int id_column = column_of (sheet, "编号");

  g_assert_cmpstr (json_object_get_string_member (sheet, "name"), ==, expected[gap].sheet);
  g_assert_cmpstr (cell_value (sheet, 0, 0), ==, title);
  g_assert_cmpstr (header, ==, expected[gap].header);

  /* One row per record, in the core's order. */
  g_assert_cmpuint (json_array_get_length (table), ==, rows->len + 2);
  for (guint i = 0; i < rows->len; i++)
    {
      const RlGapRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (cell_value (sheet, i + 2, id_column), ==, row->id);
      if (row->street_name != NULL)
        g_assert_cmpstr (cell_value (sheet, i + 2, column_of (sheet, "街道")), ==,
                         row->street_name);
    }

  g_assert_cmpstr (json_object_get_string_member (sheet, "freeze"), ==, "A3");
  g_assert_cmpstr (json_object_get_string_member (sheet, "filter"), ==, filter);
  g_assert_cmpstr (json_object_get_string_member (sheet, "orientation"), ==, "landscape");
  g_assert_cmpint (json_object_get_int_member (sheet, "paper"), ==, 9);
  g_assert_nonnull (strstr (json_object_get_string_member (sheet, "title_rows"), "1:"));
  g_assert_nonnull (strstr (json_object_get_string_member (sheet, "footer"), "&P"));
  g_assert_nonnull (strstr (json_object_get_string_member (sheet, "footer"), "&N"));

  /* Every header and cell fits its column, within the clamp. */
  for (guint c = 0; c < n_columns; c++)
    {
      double width = json_array_get_double_element (widths, c);

      g_assert_cmpfloat (width, >=, 8);
      g_assert_cmpfloat (width, <=, 61);
      for (guint r = 1; r < json_array_get_length (table); r++)
        g_assert_cmpfloat (width, >=, MIN (estimated_width (cell_value (sheet, r, c)), 60));
    }
}

/* Tests */

static void
test_each_list (Fixture       *fixture,
                gconstpointer  data)
{
  for (guint gap = 0; gap < RL_N_GAPS; gap++)
    {
      g_autofree char *name = g_strdup_printf ("list-%u.xlsx", gap);
      g_autofree char *path = rl_test_temp_path (name);
      g_autoptr(JsonObject) book = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (rl_gap_workbook_write (path, DATE, NULL, gap, fixture->lists[gap], &error));
      g_assert_no_error (error);

      book = read_workbook (path);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (book, "sheets")),
                        ==, 1);
      assert_sheet (sheet_at (book, 0), gap, fixture->lists[gap], "全部街道");

      g_assert_cmpstr (json_object_get_string_member (book, "creator"), ==, "Red Ledger");
      g_assert_cmpstr (json_object_get_string_member (book, "subject"), ==, expected[gap].label);
      g_assert_nonnull (strstr (json_object_get_string_member (book, "title"), DATE));
      g_assert_true (json_object_get_boolean_member (book, "created"));
    }
}

/* The figures are typed: term ends are dates, Party members numbers. */
static void
test_typed_cells (Fixture       *fixture,
                  gconstpointer  data)
{
  GPtrArray *overdue = fixture->lists[RL_GAP_TERM_OVERDUE];
  GPtrArray *must_build = fixture->lists[RL_GAP_MUST_BUILD];
  g_autofree char *overdue_path = rl_test_temp_path ("overdue.xlsx");
  g_autofree char *must_path = rl_test_temp_path ("must-build.xlsx");
  g_autoptr(JsonObject) overdue_book = NULL, must_book = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *sheet;
  int column;

  g_assert_cmpuint (overdue->len, >, 0);
  g_assert_cmpuint (must_build->len, >, 0);
  g_assert_true (rl_gap_workbook_write (overdue_path, DATE, STREET, RL_GAP_TERM_OVERDUE,
                                        overdue, &error));
  g_assert_no_error (error);
  g_assert_true (rl_gap_workbook_write (must_path, DATE, STREET, RL_GAP_MUST_BUILD, must_build,
                                        &error));
  g_assert_no_error (error);

  overdue_book = read_workbook (overdue_path);
  sheet = sheet_at (overdue_book, 0);
  column = column_of (sheet, "任期届满");
  for (guint i = 0; i < overdue->len; i++)
    {
      const RlGapRow *row = g_ptr_array_index (overdue, i);
      JsonObject *cell = sheet_cell (sheet, i + 2, column);

      g_assert_cmpstr (json_object_get_string_member (cell, "kind"), ==, "date");
      g_assert_cmpstr (json_object_get_string_member (cell, "value"), ==, row->term_end);
      g_assert_cmpstr (json_object_get_string_member (cell, "format"), ==, "yyyy-mm-dd");
    }
  /* The committee's kind in words, not its code. */
  g_assert_cmpstr (cell_value (sheet, 2, column_of (sheet, "类型")), ==, "业主委员会");

  must_book = read_workbook (must_path);
  sheet = sheet_at (must_book, 0);
  column = column_of (sheet, "党员人数");
  for (guint i = 0; i < must_build->len; i++)
    {
      const RlGapRow *row = g_ptr_array_index (must_build, i);
      JsonObject *cell = sheet_cell (sheet, i + 2, column);
      g_autofree char *members = g_strdup_printf ("%" G_GINT64_FORMAT, row->party_members);

      g_assert_cmpstr (json_object_get_string_member (cell, "kind"), ==, "number");
      g_assert_cmpstr (json_object_get_string_member (cell, "value"), ==, members);
      g_assert_cmpstr (cell_value (sheet, i + 2, column_of (sheet, "单位类型")), ==,
                       row->collection == RL_COLLECTION_FIRMS ? "物业服务企业" : "项目部");
    }
  g_assert_true (g_str_has_prefix (cell_value (sheet, 0, 0), "截至 " DATE " · " STREET " · "));
}

/* A street's lists, every one in one workbook, in domain.md's order. */
static void
test_all_lists (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = rl_test_temp_path ("all.xlsx");
  g_autoptr(JsonObject) book = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rl_gap_workbook_write_all (path, DATE, STREET, fixture->lists, &error));
  g_assert_no_error (error);

  book = read_workbook (path);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (book, "sheets")),
                    ==, RL_N_GAPS);
  for (guint gap = 0; gap < RL_N_GAPS; gap++)
    assert_sheet (sheet_at (book, gap), gap, fixture->lists[gap], STREET);

  g_assert_cmpstr (json_object_get_string_member (book, "creator"), ==, "Red Ledger");
  g_assert_cmpstr (json_object_get_string_member (book, "title"), ==,
                   "三率问题清单（截至 " DATE " · " STREET "）");
}

/* An empty list still has its title and header, and a filter on them. */
static void
test_empty_list (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *path = rl_test_temp_path ("empty.xlsx");
  g_autoptr(JsonObject) book = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_assert_true (rl_gap_workbook_write (path, DATE, "", RL_GAP_NO_SERVICE, rows, &error));
  g_assert_no_error (error);

  book = read_workbook (path);
  assert_sheet (sheet_at (book, 0), RL_GAP_NO_SERVICE, rows, "全部街道");
}

static void
assert_no_part_files (const char *dir_path,
                      const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, prefix));
}

/* A failed write says why and leaves nothing, not even its temporary file. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *directory = rl_test_temp_path ("a-folder.xlsx");
  g_autoptr(GError) error = NULL;

  g_assert_false (rl_gap_workbook_write ("/nonexistent-dir/out.xlsx", DATE, NULL,
                                         RL_GAP_NO_COMMITTEE, fixture->lists[RL_GAP_NO_COMMITTEE],
                                         &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/out.xlsx"));
  g_assert_false (g_file_test ("/nonexistent-dir/out.xlsx", G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The workbook is made, then cannot take the place of a folder. */
  g_assert_cmpint (g_mkdir_with_parents (directory, 0700), ==, 0);
  g_assert_false (rl_gap_workbook_write_all (directory, DATE, NULL, fixture->lists, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (directory, G_FILE_TEST_IS_DIR));
  assert_no_part_files (g_get_user_cache_dir (), "a-folder.xlsx.part");
}

/* LibreOffice opens and prints the workbook: only where it is installed,
 * since it is far too big to install for a test. */
static void
test_libreoffice (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *path = rl_test_temp_path ("print.xlsx");
  g_autofree char *pdf = rl_test_temp_path ("print.pdf");
  g_autofree char *profile = NULL;
  g_autofree char *profile_option = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  if (office == NULL)
    office = g_find_program_in_path ("soffice");
  if (office == NULL)
    {
      g_test_skip ("LibreOffice is not installed");
      return;
    }

  g_assert_true (rl_gap_workbook_write_all (path, DATE, NULL, fixture->lists, &error));
  g_assert_no_error (error);
  /* A profile of its own, so that a LibreOffice already running is not
   * asked instead. */
  profile = g_filename_to_uri (g_get_user_config_dir (), NULL, &error);
  g_assert_no_error (error);
  profile_option = g_strconcat ("-env:UserInstallation=", profile, "/libreoffice", NULL);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              &error, office, profile_option, "--headless", "--convert-to", "pdf",
                              "--outdir", g_get_user_cache_dir (), path, NULL);
  g_assert_no_error (error);
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);

  g_file_get_contents (pdf, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("REDLEDGER_LOCALEDIR");

  /* Sheet names and headers are in the user's language: the district's. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    g_error ("the zh_CN.UTF-8 locale is not installed (build-aux/dev generates it)");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : RL_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func, street) \
  g_test_add (path, Fixture, GINT_TO_POINTER (street), fixture_setup, func, fixture_teardown)

  ADD ("/io/gap-workbook/each-list", test_each_list, FALSE);
  ADD ("/io/gap-workbook/typed-cells", test_typed_cells, FALSE);
  ADD ("/io/gap-workbook/all-lists", test_all_lists, TRUE);
  g_test_add_func ("/io/gap-workbook/empty-list", test_empty_list);
  ADD ("/io/gap-workbook/unwritable", test_unwritable, FALSE);
  ADD ("/io/gap-workbook/libreoffice", test_libreoffice, FALSE);

  return g_test_run ();
}
