/* rl-cli-rates.c: the rates command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rl-cli.h"
#include "rl-rates.h"

#define N_COLUMNS (2 + RL_N_RATES)

static void
add_row (JsonBuilder      *builder,
         const RlRatesRow *row)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  if (row->id != NULL)
    json_builder_add_string_value (builder, row->id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, row->name);
  json_builder_set_member_name (builder, "compounds");
  json_builder_add_int_value (builder, row->compounds);

  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    {
      const RlRatio *ratio = &row->ratios[rate];

      json_builder_set_member_name (builder, rl_rate_key (rate));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "num");
      json_builder_add_int_value (builder, ratio->num);
      json_builder_set_member_name (builder, "den");
      json_builder_add_int_value (builder, ratio->den);
      json_builder_set_member_name (builder, "rate");
      if (rl_ratio_has_rate (ratio))
        json_builder_add_double_value (builder, rl_ratio_get_rate (ratio));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
}

static void
add_rows (JsonBuilder     *builder,
          const char      *member,
          const GPtrArray *rows)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    add_row (builder, g_ptr_array_index (rows, i));
  json_builder_end_array (builder);
}

/* cli.md's layout, one-space indent as in the district's sample files. */
static void
print_json (const RlRates *rates)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, rates->date);
  json_builder_set_member_name (builder, "total");
  add_row (builder, &rates->total);
  add_rows (builder, "streets", rates->streets);
  add_rows (builder, "communities", rates->communities);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_indent_char (generator, ' ');
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Columns as a terminal shows them: Chinese characters take two. */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_iszerowidth (c))
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

/* A table line: NULL cells[1…] is a section title on its own. */
static char **
table_line (const char       *name,
            const RlRatesRow *row)
{
  char **cells = g_new0 (char *, N_COLUMNS + 1);

  cells[0] = g_strdup (name);
  if (row == NULL)
    return cells;
  cells[1] = g_strdup_printf ("%lld", (long long) row->compounds);
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    cells[2 + rate] = rl_ratio_format (&row->ratios[rate]);
  return cells;
}

static void
add_section (GPtrArray       *lines,
             const char      *title,
             const GPtrArray *rows)
{
  if (rows->len == 0)
    return;
  g_ptr_array_add (lines, table_line ("", NULL));
  g_ptr_array_add (lines, table_line (title, NULL));
  for (guint i = 0; i < rows->len; i++)
    {
      const RlRatesRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (lines, table_line (row->name, row));
    }
}

static void
print_table (const RlRates *rates)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) out = g_string_new (NULL);
  guint widths[N_COLUMNS] = { 0, };
  char **header;

  header = table_line (_("Name"), NULL);
  header[1] = g_strdup (_("Compounds"));
  for (RlRate rate = 0; rate < RL_N_RATES; rate++)
    header[2 + rate] = g_strdup (rl_rate_label (rate));
  g_ptr_array_add (lines, header);
  g_ptr_array_add (lines, table_line (_("Total"), &rates->total));
  add_section (lines, _("Streets"), rates->streets);
  add_section (lines, _("Communities"), rates->communities);

  for (guint i = 0; i < lines->len; i++)
    {
      char **cells = g_ptr_array_index (lines, i);

      /* Section titles may run into the number columns. */
      if (cells[1] != NULL)
        for (guint c = 0; c < N_COLUMNS; c++)
          widths[c] = MAX (widths[c], text_width (cells[c]));
    }

  g_string_append_printf (out, _("The three rates and coverage on %s (China time)\n\n"),
                          rates->date);
  for (guint i = 0; i < lines->len; i++)
    {
      char **cells = g_ptr_array_index (lines, i);

      g_string_append (out, cells[0]);
      for (guint c = 1; c < N_COLUMNS && cells[c] != NULL; c++)
        {
          guint pad = 2 + widths[c] - text_width (cells[c]);

          /* The name column is left-aligned, the figures right-aligned. */
          if (c == 1)
            pad += widths[0] - text_width (cells[0]);

          for (guint k = 0; k < pad; k++)
            g_string_append_c (out, ' ');
          g_string_append (out, cells[c]);
        }
      g_string_append_c (out, '\n');
    }
  g_print ("%s", out->str);
}

int
rl_cli_rates (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autofree char *date = NULL;
  g_autofree char *db_option = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The day the figures are for (default: today in China time)"), N_("YYYY-MM-DD") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(RlRates) rates = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 0,
                     "redledger-cli [--db FILE] rates [--date YYYY-MM-DD] [--json]"))
    return RL_CLI_USAGE;

  /* Checked before the ledger is opened: a bad date creates no file. */
  if (date == NULL)
    date = rl_rates_today ();
  else if (!rl_rates_check_date (date, &error))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  if (!(rates = rl_rates_compute (store, date, &error)))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  if (json)
    print_json (rates);
  else
    print_table (rates);
  return RL_CLI_OK;
}
