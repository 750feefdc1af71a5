/* rl-gap-workbook.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each list becomes a sheet: a title row saying when, where, which list and
 * how many, a header row, then one row per record. libxlsxwriter keeps the
 * workbook in memory and writes it all at workbook_close(), so that is where
 * its errors are checked. It writes to a temporary file beside the target,
 * renamed into place once whole.
 */

#include "rl-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "rl-gap-workbook.h"

#define TITLE_ROW      0
#define HEADER_ROW     1
#define FIRST_ROW      2
#define MIN_WIDTH      8
#define MAX_WIDTH      60
#define FILTER_BUTTON  2    /* the header's drop-down arrow takes about two characters */
#define SHEET_NAME_MAX 31
#define PAPER_A4       9
#define MAX_COLUMNS    7

/* COLUMN_END is 0 so that a list's columns end where its initializer does. */
typedef enum
{
  COLUMN_END,
  COLUMN_UNIT,
  COLUMN_FIRM,
  COLUMN_COMPOUND,
  COLUMN_KIND,
  COLUMN_COMMUNITY,
  COLUMN_STREET,
  COLUMN_PARTY_MEMBERS,
  COLUMN_TERM_END,
  COLUMN_ID,
  N_COLUMNS
} Column;

typedef struct
{
  lxw_workbook *workbook;
  lxw_format   *title;
  lxw_format   *header;
  lxw_format   *date;
  lxw_format   *count;
  GHashTable   *sheet_names;   /* case-folded: Excel ignores case */
} Book;

static const char *const column_titles[N_COLUMNS] = {
  [COLUMN_UNIT] = N_("Unit"),
  [COLUMN_FIRM] = N_("Firm"),
  [COLUMN_COMPOUND] = N_("Compound"),
  [COLUMN_KIND] = N_("Kind"),
  [COLUMN_COMMUNITY] = N_("Community"),
  [COLUMN_STREET] = N_("Street"),
  [COLUMN_PARTY_MEMBERS] = N_("Party members"),
  [COLUMN_TERM_END] = N_("Term ends"),
  [COLUMN_ID] = N_("ID"),
};

/* What a place list shows, then the list's own figure, then the id that
 * finds the record in the program. */
static const struct
{
  const char *sheet;
  Column      columns[MAX_COLUMNS + 1];
} gap_sheets[RL_N_GAPS] = {
  [RL_GAP_NO_COMMITTEE] = {
    /* Translators: a sheet's name: at most 31 characters, none of []:*?/\ */
    NC_("sheet", "No committee"),
    { COLUMN_COMPOUND, COLUMN_KIND, COLUMN_COMMUNITY, COLUMN_STREET, COLUMN_ID },
  },
  [RL_GAP_NO_SERVICE] = {
    NC_("sheet", "No service"),
    { COLUMN_COMPOUND, COLUMN_KIND, COLUMN_COMMUNITY, COLUMN_STREET, COLUMN_ID },
  },
  [RL_GAP_MUST_BUILD] = {
    NC_("sheet", "Must build"),
    { COLUMN_UNIT, COLUMN_FIRM, COLUMN_COMPOUND, COLUMN_COMMUNITY, COLUMN_STREET,
      COLUMN_PARTY_MEMBERS, COLUMN_ID },
  },
  [RL_GAP_TERM_OVERDUE] = {
    NC_("sheet", "Term overdue"),
    { COLUMN_COMPOUND, COLUMN_KIND, COLUMN_COMMUNITY, COLUMN_STREET, COLUMN_TERM_END,
      COLUMN_ID },
  },
  [RL_GAP_UNCOVERED] = {
    NC_("sheet", "Uncovered"),
    { COLUMN_UNIT, COLUMN_FIRM, COLUMN_COMPOUND, COLUMN_COMMUNITY, COLUMN_STREET, COLUMN_ID },
  },
};

static gboolean
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write the workbook “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_lxw_error (GError     **error,
               const char  *path,
               lxw_error    code)
{
  g_autofree char *display = g_filename_display_name (path);
  const char *reason;

  switch (code)
    {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      reason = _("out of memory");
      break;

    case LXW_ERROR_CREATING_XLSX_FILE:
      reason = _("the file cannot be created");
      break;

    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      reason = _("the temporary files cannot be written or read back");
      break;

    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      reason = _("the workbook cannot be compressed into the file");
      break;

    default:
      reason = lxw_strerror (code);
      break;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Cannot write the workbook “%s”: %s"), display, reason);
  return FALSE;
}

/* Column widths are in characters of the default font: a CJK character is
 * about two of them, a Latin letter or digit one. */
static guint
text_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static const char *
kind_label (const RlGapRow *row)
{
  const RlMember *member;

  if (row->kind == NULL)
    return NULL;
  member = rl_collection_find_member (rl_collection_get (row->collection), "kind");
  return member != NULL ? rl_choice_label (member->choices, row->kind) : row->kind;
}

static const char *
unit_label (const RlGapRow *row)
{
  switch (row->collection)
    {
    case RL_COLLECTION_FIRMS:
      return _("Property firm");

    case RL_COLLECTION_SERVICES:
      return _("Property service");

    case RL_COLLECTION_COMMITTEES:
      return row->kind != NULL ? kind_label (row)
                               : rl_collection_label (rl_collection_get (row->collection));

    default:
      return rl_collection_label (rl_collection_get (row->collection));
    }
}

static const char *
cell_text (const RlGapRow *row,
           Column          column)
{
  switch (column)
    {
    case COLUMN_UNIT:
      return unit_label (row);

    case COLUMN_FIRM:
      return row->firm_name;

    case COLUMN_COMPOUND:
      return row->compound_name;

    case COLUMN_KIND:
      return kind_label (row);

    case COLUMN_COMMUNITY:
      return row->community_name;

    case COLUMN_STREET:
      return row->street_name;

    case COLUMN_ID:
      return row->id;

    case COLUMN_END:
    case COLUMN_PARTY_MEMBERS:
    case COLUMN_TERM_END:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static gboolean
parse_date (const char   *text,
            lxw_datetime *datetime)
{
  int year, month, day;
  char rest;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3)
    return FALSE;
  /* Excel has no days before 1900. */
  if (year < 1900 || month < 1 || month > 12 || day < 1
      || day > g_date_get_days_in_month (month, year))
    return FALSE;

  *datetime = (lxw_datetime) { year, month, day, 0, 0, 0 };
  return TRUE;
}

/* Writes one cell and returns how wide it is. */
static guint
write_cell (Book           *self,
            lxw_worksheet  *sheet,
            lxw_row_t       r,
            lxw_col_t       c,
            Column          column,
            const RlGapRow *row)
{
  const char *text;
  lxw_datetime datetime;
  char digits[24];

  switch (column)
    {
    case COLUMN_PARTY_MEMBERS:
      if (row->party_members < 0)
        return 0;
      worksheet_write_number (sheet, r, c, (double) row->party_members, self->count);
      return g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, row->party_members);

    case COLUMN_TERM_END:
      if (parse_date (row->term_end, &datetime))
        worksheet_write_datetime (sheet, r, c, &datetime, self->date);
      else if (row->term_end != NULL)
        worksheet_write_string (sheet, r, c, row->term_end, NULL);
      return text_width (row->term_end);

    default:
      text = cell_text (row, column);
      if (text == NULL || *text == '\0')
        return 0;
      worksheet_write_string (sheet, r, c, text, NULL);
      return text_width (text);
    }
}

static char *
title_text (const char *date,
            const char *scope_name,
            RlGap       gap,
            guint       n_rows)
{
  const char *scope = scope_name != NULL && *scope_name != '\0' ? scope_name : _("All streets");

  /* Translators: as-of date · street or community · list · number of rows */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "As of %s · %s · %s · %u entry",
                                       "As of %s · %s · %s · %u entries", n_rows),
                          date, scope, rl_gap_label (gap), n_rows);
}

/* Excel's rules: at most 31 characters, none of []:*?/\, no apostrophe at
 * either end, no two alike ignoring case. A translation that breaks them
 * still names a sheet. */
static char *
sheet_name (Book  *self,
            RlGap  gap)
{
  const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "sheet", gap_sheets[gap].sheet);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *candidate, *folded;
  guint length = 0;

  for (const char *p = label; *p != '\0' && length < SHEET_NAME_MAX; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, c < 0x80 && strchr ("[]:*?/\\", (int) c) ? '-' : c);
      length++;
    }
  while (name->len > 0 && name->str[0] == '\'')
    g_string_erase (name, 0, 1);
  while (name->len > 0 && name->str[name->len - 1] == '\'')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, gap_sheets[gap].sheet);

  base = g_string_free (g_steal_pointer (&name), FALSE);
  candidate = g_strdup (base);
  folded = g_utf8_casefold (candidate, -1);
  for (guint i = 2; g_hash_table_contains (self->sheet_names, folded); i++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", i);
      glong room = SHEET_NAME_MAX - (glong) strlen (suffix);
      g_autofree char *head = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1), room));

      g_free (candidate);
      g_free (folded);
      candidate = g_strconcat (head, suffix, NULL);
      folded = g_utf8_casefold (candidate, -1);
    }
  g_hash_table_add (self->sheet_names, folded);
  return candidate;
}

static gboolean
add_sheet (Book        *self,
           const char  *path,
           const char  *date,
           const char  *scope_name,
           RlGap        gap,
           GPtrArray   *rows,
           GError     **error)
{
  const Column *columns = gap_sheets[gap].columns;
  g_autofree char *name = sheet_name (self, gap);
  g_autofree char *title = title_text (date, scope_name, gap, rows->len);
  g_autofree char *footer = NULL;
  guint widths[MAX_COLUMNS] = { 0, };
  lxw_worksheet *sheet = NULL;
  lxw_col_t n_columns = 0;

  if (workbook_validate_sheet_name (self->workbook, name) == LXW_NO_ERROR)
    sheet = workbook_add_worksheet (self->workbook, name);
  if (sheet == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot write the workbook “%s”: “%s” cannot name a sheet"), display, name);
      return FALSE;
    }

  worksheet_write_string (sheet, TITLE_ROW, 0, title, self->title);
  for (; n_columns < MAX_COLUMNS && columns[n_columns] != COLUMN_END; n_columns++)
    {
      const char *header = _(column_titles[columns[n_columns]]);

      worksheet_write_string (sheet, HEADER_ROW, n_columns, header, self->header);
      widths[n_columns] = text_width (header) + FILTER_BUTTON;
    }

  for (guint i = 0; i < rows->len; i++)
    for (lxw_col_t c = 0; c < n_columns; c++)
      {
        guint width = write_cell (self, sheet, FIRST_ROW + i, c, columns[c],
                                  g_ptr_array_index (rows, i));

        widths[c] = MAX (widths[c], width);
      }

  for (lxw_col_t c = 0; c < n_columns; c++)
    worksheet_set_column (sheet, c, c, CLAMP (widths[c] + 1, MIN_WIDTH, MAX_WIDTH), NULL);
  worksheet_freeze_panes (sheet, FIRST_ROW, 0);
  worksheet_autofilter (sheet, HEADER_ROW, 0, HEADER_ROW + rows->len, n_columns - 1);

  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, TITLE_ROW, HEADER_ROW);
  /* Translators: a page's footer: keep &P (page) and &N (pages), add no & */
  footer = g_strconcat ("&C", _("Page &P of &N"), NULL);
  worksheet_set_footer (sheet, footer);

  return TRUE;
}

static void
make_formats (Book *self)
{
  self->title = workbook_add_format (self->workbook);
  format_set_bold (self->title);
  format_set_font_size (self->title, 14);

  self->header = workbook_add_format (self->workbook);
  format_set_bold (self->header);
  format_set_bg_color (self->header, 0xD9D9D9);
  format_set_bottom (self->header, LXW_BORDER_THIN);

  self->date = workbook_add_format (self->workbook);
  format_set_num_format (self->date, "yyyy-mm-dd");
  format_set_align (self->date, LXW_ALIGN_LEFT);

  self->count = workbook_add_format (self->workbook);
  format_set_num_format (self->count, "0");
}

static gboolean
write_workbook (const char        *path,
                const char        *date,
                const char        *scope_name,
                GPtrArray *const  *lists,
                const char        *title,
                const char        *subject,
                GError           **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".part-XXXXXX", NULL);
  g_autofree char *doc_title = g_strdup (title);
  g_autofree char *doc_subject = g_strdup (subject);
  char author[] = "Red Ledger";
  lxw_workbook_options options = { .tmpdir = (char *) g_get_tmp_dir () };
  lxw_doc_properties properties = {
    .title = doc_title,
    .subject = doc_subject,
    .author = author,
    .created = time (NULL),
  };
  Book self = { NULL, };
  gboolean ok = TRUE;
  lxw_error code;
  int fd;

  /* Made here, not by libxlsxwriter, to find a free name and to learn at once
   * when the folder cannot be written. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0666);
  if (fd < 0)
    return set_io_error (error, path, errno);
  close (fd);

  self.workbook = workbook_new_opt (tmp_path, &options);
  if (self.workbook == NULL)
    {
      g_unlink (tmp_path);
      return set_lxw_error (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
    }
  self.sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  make_formats (&self);
  workbook_set_properties (self.workbook, &properties);

  for (guint gap = 0; ok && gap < RL_N_GAPS; gap++)
    if (lists[gap] != NULL)
      ok = add_sheet (&self, path, date, scope_name, gap, lists[gap], error);

  /* Frees the workbook, even when it fails. */
  code = workbook_close (self.workbook);
  if (ok && code != LXW_NO_ERROR)
    ok = set_lxw_error (error, path, code);
  if (ok && g_rename (tmp_path, path) != 0)
    ok = set_io_error (error, path, errno);
  if (!ok)
    g_unlink (tmp_path);

  g_hash_table_unref (self.sheet_names);
  return ok;
}

gboolean
rl_gap_workbook_write (const char  *path,
                       const char  *date,
                       const char  *scope_name,
                       RlGap        gap,
                       GPtrArray   *rows,
                       GError     **error)
{
  GPtrArray *lists[RL_N_GAPS] = { NULL, };
  g_autofree char *title = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (gap < RL_N_GAPS, FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lists[gap] = rows;
  title = title_text (date, scope_name, gap, rows->len);
  return write_workbook (path, date, scope_name, lists, title, rl_gap_label (gap), error);
}

gboolean
rl_gap_workbook_write_all (const char        *path,
                           const char        *date,
                           const char        *scope_name,
                           GPtrArray *const   lists[RL_N_GAPS],
                           GError           **error)
{
  const char *scope = scope_name != NULL && *scope_name != '\0' ? scope_name : _("All streets");
  g_autofree char *title = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (lists != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint gap = 0; gap < RL_N_GAPS; gap++)
    g_return_val_if_fail (lists[gap] != NULL, FALSE);

  /* Translators: a workbook's title: as-of date, then street or community */
  title = g_strdup_printf (_("The lists that go with the rates, as of %s · %s"), date, scope);
  return write_workbook (path, date, scope_name, lists, title,
                         _("The lists that go with the rates"), error);
}
