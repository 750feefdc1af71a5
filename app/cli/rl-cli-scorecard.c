/* rl-cli-scorecard.c: the scorecard command
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rl-cli.h"
#include "rl-collection.h"
#include "rl-scorecard.h"

static void
add_double_or_null (JsonBuilder *builder,
                    const char  *member,
                    gboolean     has,
                    double       value)
{
  json_builder_set_member_name (builder, member);
  if (has)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_card (JsonBuilder       *builder,
          const RlScheme    *scheme,
          const RlScorecard *card)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rank");
  json_builder_add_int_value (builder, card->rank);
  add_string (builder, "service_id", card->service_id);
  add_string (builder, "firm_id", card->firm_id);
  add_string (builder, "compound_id", card->compound_id);
  add_string (builder, "firm", card->firm);
  add_string (builder, "compound", card->compound);
  add_double_or_null (builder, "total", TRUE, card->total);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_object (builder);
  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    if (scheme->items[item].present)
      add_double_or_null (builder, rl_item_key (item), TRUE, card->items[item]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "measures");
  json_builder_begin_object (builder);
  for (RlMeasure measure = 0; measure < RL_N_MEASURES; measure++)
    add_double_or_null (builder, rl_measure_key (measure), card->has_measure[measure],
                        card->measures[measure]);
  json_builder_end_object (builder);

  add_string (builder, "veto", card->veto);
  add_string (builder, "list", rl_score_list_key (card->list));
  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < RL_N_SCORE_FLAGS; i++)
    if (card->flags & (1u << i))
      json_builder_add_string_value (builder, rl_score_flag_key (1u << i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* cli.md's layout, one-space indent as in the district's sample files. */
static void
print_json (const RlScorecards *cards)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "quarter");
  json_builder_add_string_value (builder, cards->quarter.name);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cards->rows->len; i++)
    add_card (builder, cards->scheme, g_ptr_array_index (cards->rows, i));
  json_builder_end_array (builder);
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

static char *
card_notes (const RlScorecard *card)
{
  const char *const *vetoes =
    rl_collection_find_member (rl_collection_get (RL_COLLECTION_INSPECTIONS), "veto")->choices;
  g_autoptr(GString) notes = g_string_new (NULL);

  if (card->veto != NULL)
    /* Translators: a scorecard's veto (一票否决) and its kind */
    g_string_append_printf (notes, _("veto: %s"), rl_choice_label (vetoes, card->veto));
  for (guint i = 0; i < RL_N_SCORE_FLAGS; i++)
    if (card->flags & (1u << i))
      {
        if (notes->len > 0)
          /* Translators: between the notes of a scorecard */
          g_string_append (notes, _(", "));
        g_string_append (notes, rl_score_flag_label (1u << i));
      }
  return g_string_free (g_steal_pointer (&notes), FALSE);
}

/* One line of cells: rank, firm, compound, total, the scheme's items,
 * list, notes. */
static GPtrArray *
card_line (const RlScheme    *scheme,
           const RlScorecard *card)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup_printf ("%u", card->rank));
  g_ptr_array_add (cells, g_strdup (card->firm));
  g_ptr_array_add (cells, g_strdup (card->compound));
  g_ptr_array_add (cells, g_strdup_printf ("%.2f", card->total));
  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    if (scheme->items[item].present)
      g_ptr_array_add (cells, g_strdup_printf ("%.2f", card->items[item]));
  g_ptr_array_add (cells, g_strdup (card->list == RL_SCORE_LIST_NONE
                                    ? "—" : rl_score_list_label (card->list)));
  g_ptr_array_add (cells, card_notes (card));
  return cells;
}

static GPtrArray *
header_line (const RlScheme *scheme)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Rank")));
  g_ptr_array_add (cells, g_strdup (_("Firm")));
  g_ptr_array_add (cells, g_strdup (_("Compound")));
  g_ptr_array_add (cells, g_strdup (C_("scorecard", "Total")));
  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    if (scheme->items[item].present)
      g_ptr_array_add (cells, g_strdup (rl_item_label (item)));
  g_ptr_array_add (cells, g_strdup (_("List")));
  g_ptr_array_add (cells, g_strdup (_("Notes")));
  return cells;
}

static void
print_table (const RlScorecards *cards)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *profile = rl_response_profile_describe (cards->figures->profile);
  g_autofree guint *widths = NULL;
  guint counts[RL_N_SCORE_LISTS] = { 0, };
  guint n_columns;

  g_ptr_array_add (lines, header_line (cards->scheme));
  for (guint i = 0; i < cards->rows->len; i++)
    {
      const RlScorecard *card = g_ptr_array_index (cards->rows, i);

      g_ptr_array_add (lines, card_line (cards->scheme, card));
      counts[card->list]++;
    }

  n_columns = ((GPtrArray *) g_ptr_array_index (lines, 0))->len;
  widths = g_new0 (guint, n_columns);
  for (guint i = 0; i < lines->len; i++)
    {
      GPtrArray *cells = g_ptr_array_index (lines, i);

      for (guint c = 0; c < n_columns; c++)
        widths[c] = MAX (widths[c], text_width (g_ptr_array_index (cells, c)));
    }

  g_string_append_printf (out, _("Scorecards of %s (services active on %s)\n"),
                          cards->quarter.name, cards->quarter.last_day);
  g_string_append_printf (out, _("Scheme: %s\n"), cards->scheme->name);
  g_string_append_printf (out, _("Response rule: %s\n"), profile);
  g_string_append_printf (out, _("Red list %u, warning list %u, black list %u, others %u\n\n"),
                          counts[RL_SCORE_LIST_RED], counts[RL_SCORE_LIST_WARNING],
                          counts[RL_SCORE_LIST_BLACK], counts[RL_SCORE_LIST_NONE]);

  if (cards->rows->len == 0)
    {
      g_string_append_printf (out, _("No service was active on %s.\n"), cards->quarter.last_day);
      g_print ("%s", out->str);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      GPtrArray *cells = g_ptr_array_index (lines, i);
      gsize start = out->len;

      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = g_ptr_array_index (cells, c);
          guint pad = widths[c] - text_width (cell);
          /* Names, list and notes left-aligned; rank and points right-aligned. */
          gboolean left = c == 1 || c == 2 || c + 2 >= n_columns;

          if (c > 0)
            g_string_append (out, "  ");
          if (!left)
            for (guint k = 0; k < pad; k++)
              g_string_append_c (out, ' ');
          g_string_append (out, cell);
          if (left && c + 1 < n_columns)
            for (guint k = 0; k < pad; k++)
              g_string_append_c (out, ' ');
        }
      /* A row with no notes ends with the list. */
      while (out->len > start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }
  g_print ("%s", out->str);
}

int
rl_cli_scorecard (const char  *db_path,
                  int          argc,
                  char       **argv)
{
  g_autofree char *quarter = NULL;
  g_autofree char *scheme_path = NULL;
  g_autofree char *db_option = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter,
      N_("The quarter to score, for example 2026Q3"), N_("YYYYQn") },
    { "scheme", 0, 0, G_OPTION_ARG_FILENAME, &scheme_path,
      N_("A scoring scheme (default: the one in domain.md)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, N_("The ledger file"), N_("FILE") },
    { NULL }
  };
  const char *usage = "redledger-cli [--db FILE] scorecard --quarter YYYYQn [--scheme FILE.json] "
                      "[--json]";
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(RlStore) store = NULL;
  g_autoptr(RlScheme) scheme = NULL;
  g_autoptr(RlScorecards) cards = NULL;
  g_autoptr(GError) error = NULL;
  RlQuarter parsed;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rl_cli_parse (context, &argc, &argv, 0, usage))
    return RL_CLI_USAGE;
  if (quarter == NULL)
    {
      g_printerr (_("Usage: %s\n"), usage);
      return RL_CLI_USAGE;
    }

  /* Checked before the ledger is opened: bad input creates no file. */
  if (!rl_quarter_init (&parsed, quarter, &error)
      || (scheme_path != NULL && !(scheme = rl_scheme_new_from_file (scheme_path, &error))))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  if (!(store = rl_cli_open (db_option ? db_option : db_path)))
    return RL_CLI_BAD_INPUT;

  if (!(cards = rl_scorecards_compute (store, quarter, scheme, NULL, &error)))
    {
      rl_cli_error (error);
      return RL_CLI_BAD_INPUT;
    }

  if (json)
    print_json (cards);
  else
    print_table (cards);
  return RL_CLI_OK;
}
