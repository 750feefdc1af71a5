/* rl-scheme.c: reading and checking scoring schemes; points and lists
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "rl-core-resources.h"
#include "rl-scheme.h"

G_DEFINE_QUARK (rl-scheme-error-quark, rl_scheme_error)

#define FORMAT_NAME "redledger-scheme"
#define FORMAT_VERSION 1
#define DEFAULT_RESOURCE "/org/redledger/RedLedger/core/schemes/default.json"
/* Points are decimals people type: 33.3 + 33.3 + 33.4 must make 100. */
#define POINTS_EPSILON 1e-9

typedef enum
{
  KIND_LINEAR,
  KIND_PARTY,
  KIND_INSPECTION,
} ItemKind;

/* The keys are the names a scheme file uses and the members of
 * `scorecard --json`. */
static const struct
{
  const char *key;
  const char *label;
  ItemKind    kind;
  gboolean    higher_is_better;
  double      max_measure;       /* linear items: the largest measure there is */
} item_info[RL_N_ITEMS] = {
  { "satisfaction", N_("Satisfaction"), KIND_LINEAR, TRUE, 1 },
  { "response_5341", N_("5341 response"), KIND_LINEAR, TRUE, 1 },
  { "complaints", N_("Complaints"), KIND_LINEAR, FALSE, HUGE_VAL },
  { "party_building", N_("Party building"), KIND_PARTY, TRUE, 0 },
  { "fee_collection", N_("Fee collection"), KIND_LINEAR, TRUE, 1 },
  { "inspection", N_("Inspection"), KIND_INSPECTION, TRUE, 0 },
};

static const char *const list_keys[RL_N_SCORE_LISTS] = { "none", "red", "warning", "black" };
static const char *const list_labels[RL_N_SCORE_LISTS] = {
  N_("none"), N_("red list"), N_("warning list"), N_("black list")
};

static const char *const top_members[] = {
  "format", "version", "name", "description", "items", "lists", NULL
};
static const char *const linear_members[] = { "item", "points", "full_at", "zero_at", NULL };
static const char *const party_members[] = {
  "item", "points", "organization", "instructor", "member_ratio", "member_ratio_points", NULL
};
static const char *const inspection_members[] = { "item", "points", NULL };
static const char *const lists_members[] = { "black", "warning", "red", NULL };
static const char *const black_members[] = { "below", "veto", NULL };
static const char *const warning_members[] = { "below", NULL };
static const char *const red_members[] = { "from", "satisfaction_rate_from", NULL };

static void
scheme_clear (RlScheme *scheme)
{
  g_free (scheme->name);
  g_free (scheme->description);
  g_free (scheme->json);
}

/* @where says which part of the scheme is wrong, for the messages. */
static gboolean
check_members (JsonObject         *object,
               const char *const  *allowed,
               const char         *where,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      {
        g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_UNKNOWN_MEMBER,
                     _("%s: there is no member “%s” in a scheme (a typo?)"), where,
                     (const char *) l->data);
        return FALSE;
      }
  return TRUE;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* FALSE with an error when the member is missing (and @required) or not a
 * number; *found says whether it was there. */
static gboolean
get_number (JsonObject  *object,
            const char  *member,
            const char  *where,
            gboolean     required,
            double      *value,
            gboolean    *found,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *found = node != NULL && !JSON_NODE_HOLDS_NULL (node);
  if (!*found)
    {
      if (required)
        g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_MISSING,
                     _("%s: the number “%s” is missing"), where, member);
      return !required;
    }
  if (!is_number (node))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_TYPE,
                   _("%s: “%s” must be a number"), where, member);
      return FALSE;
    }
  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
require_number (JsonObject  *object,
                const char  *member,
                const char  *where,
                double      *value,
                GError     **error)
{
  gboolean found;

  return get_number (object, member, where, TRUE, value, &found, error);
}

static gboolean
check_range (double       value,
             double       min,
             double       max,
             const char  *member,
             const char  *where,
             GError     **error)
{
  if (value >= min && value <= max)
    return TRUE;
  if (isinf (max))
    g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_RANGE,
                 _("%s: “%s” must be %g or more, not %g"), where, member, min, value);
  else
    g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_RANGE,
                 _("%s: “%s” must be from %g to %g, not %g"), where, member, min, max, value);
  return FALSE;
}

static gboolean
read_linear (RlItem         item,
             JsonObject    *object,
             RlSchemeItem  *spec,
             const char    *where,
             GError       **error)
{
  double max = item_info[item].max_measure;

  if (!check_members (object, linear_members, where, error)
      || !require_number (object, "full_at", where, &spec->full_at, error)
      || !require_number (object, "zero_at", where, &spec->zero_at, error)
      || !check_range (spec->full_at, 0, max, "full_at", where, error)
      || !check_range (spec->zero_at, 0, max, "zero_at", where, error))
    return FALSE;

  if (item_info[item].higher_is_better && !(spec->zero_at < spec->full_at))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_ORDER,
                   _("%s: “zero_at” (%g) must be below “full_at” (%g): a higher measure "
                     "earns more points"), where, spec->zero_at, spec->full_at);
      return FALSE;
    }
  if (!item_info[item].higher_is_better && !(spec->full_at < spec->zero_at))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_ORDER,
                   _("%s: “full_at” (%g) must be below “zero_at” (%g): a lower measure "
                     "earns more points"), where, spec->full_at, spec->zero_at);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_party (JsonObject    *object,
            RlSchemeItem  *spec,
            const char    *where,
            GError       **error)
{
  if (!check_members (object, party_members, where, error)
      || !require_number (object, "organization", where, &spec->organization, error)
      || !require_number (object, "instructor", where, &spec->instructor, error)
      || !require_number (object, "member_ratio", where, &spec->member_ratio, error)
      || !require_number (object, "member_ratio_points", where, &spec->member_ratio_points,
                          error)
      || !check_range (spec->organization, 0, spec->points, "organization", where, error)
      || !check_range (spec->instructor, 0, spec->organization, "instructor", where, error)
      || !check_range (spec->member_ratio, 0, 1, "member_ratio", where, error)
      || !check_range (spec->member_ratio_points, 0, spec->points, "member_ratio_points",
                       where, error))
    return FALSE;

  if (fabs (spec->organization + spec->member_ratio_points - spec->points) > POINTS_EPSILON)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_POINTS,
                   _("%s: “organization” (%g) and “member_ratio_points” (%g) must add up to "
                     "the item’s points (%g)"),
                   where, spec->organization, spec->member_ratio_points, spec->points);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_item (RlScheme    *scheme,
           JsonNode    *node,
           guint        index,
           GError     **error)
{
  g_autofree char *where = NULL;
  JsonObject *object;
  JsonNode *key_node;
  const char *key;
  RlSchemeItem *spec;
  RlItem item;

  /* Translators: where a scheme is wrong; %u counts from 1 */
  where = g_strdup_printf (_("Item %u"), index + 1);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_TYPE,
                   _("%s: an item must be an object, such as {\"item\": \"satisfaction\", "
                     "\"points\": 30, …}"), where);
      return FALSE;
    }
  object = json_node_get_object (node);
  key_node = json_object_get_member (object, "item");
  if (key_node == NULL || JSON_NODE_TYPE (key_node) != JSON_NODE_VALUE
      || json_node_get_value_type (key_node) != G_TYPE_STRING)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_MISSING,
                   _("%s: the item’s name “item” is missing"), where);
      return FALSE;
    }
  key = json_node_get_string (key_node);
  if (!rl_item_from_key (key, &item))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_UNKNOWN_ITEM,
                   _("%s: there is no item “%s”; the items are satisfaction, response_5341, "
                     "complaints, party_building, fee_collection and inspection"), where, key);
      return FALSE;
    }
  spec = &scheme->items[item];
  if (spec->present)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_DUPLICATE_ITEM,
                   _("%s: the item “%s” is in the scheme twice"), where, key);
      return FALSE;
    }

  g_free (where);
  /* Translators: where a scheme is wrong; %s is an item's name */
  where = g_strdup_printf (_("Item “%s”"), key);
  spec->present = TRUE;
  if (!require_number (object, "points", where, &spec->points, error))
    return FALSE;
  if (!(spec->points > 0 && spec->points <= RL_SCHEME_TOTAL))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_RANGE,
                   _("%s: “points” must be more than 0 and at most %g, not %g"),
                   where, RL_SCHEME_TOTAL, spec->points);
      return FALSE;
    }

  switch (item_info[item].kind)
    {
    case KIND_LINEAR:
      return read_linear (item, object, spec, where, error);
    case KIND_PARTY:
      return read_party (object, spec, where, error);
    case KIND_INSPECTION:
    default:
      return check_members (object, inspection_members, where, error);
    }
}

static gboolean
read_items (RlScheme    *scheme,
            JsonObject  *root,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, "items");
  JsonArray *items;
  double sum = 0;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
      || json_array_get_length (items = json_node_get_array (node)) == 0)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_MISSING,
                   _("The scheme needs “items”: a list of the items scored and their points"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (!read_item (scheme, json_array_get_element (items, i), i, error))
      return FALSE;

  for (RlItem item = 0; item < RL_N_ITEMS; item++)
    if (scheme->items[item].present)
      sum += scheme->items[item].points;
  if (fabs (sum - RL_SCHEME_TOTAL) > POINTS_EPSILON)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_POINTS,
                   _("The items’ points add up to %g: they must add up to %g"),
                   sum, RL_SCHEME_TOTAL);
      return FALSE;
    }
  return TRUE;
}

/* A list's object, or NULL when the scheme has none (@error unset) or it
 * is not an object (@error set). */
static JsonObject *
get_list (JsonObject         *lists,
          const char         *key,
          const char *const  *allowed,
          const char         *where,
          GError            **error)
{
  JsonNode *node = json_object_get_member (lists, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_TYPE,
                   _("%s: a list’s rule must be an object, such as {\"below\": 60}"), where);
      return NULL;
    }
  if (!check_members (json_node_get_object (node), allowed, where, error))
    return NULL;
  return json_node_get_object (node);
}

static gboolean
read_lists (RlScheme    *scheme,
            JsonObject  *root,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, "lists");
  /* Translators: where a scheme is wrong; %s is black, warning or red */
  g_autofree char *black_where = g_strdup_printf (_("List “%s”"), "black");
  g_autofree char *warning_where = g_strdup_printf (_("List “%s”"), "warning");
  g_autofree char *red_where = g_strdup_printf (_("List “%s”"), "red");
  JsonObject *lists, *black, *warning, *red;
  GError *local_error = NULL;
  gboolean found;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_MISSING,
                   _("The scheme needs “lists”: the rules of the black, warning and red lists"));
      return FALSE;
    }
  lists = json_node_get_object (node);
  if (!check_members (lists, lists_members, _("Lists"), error))
    return FALSE;

  /* Without a rule a list stays empty. */
  scheme->black_below = 0;
  scheme->black_on_veto = FALSE;
  scheme->red_from = HUGE_VAL;
  scheme->red_min_satisfaction = NAN;

  if ((black = get_list (lists, "black", black_members, black_where, &local_error)) != NULL)
    {
      JsonNode *veto = json_object_get_member (black, "veto");

      if (!get_number (black, "below", black_where, FALSE, &scheme->black_below, &found, error))
        return FALSE;
      if (veto != NULL && (JSON_NODE_TYPE (veto) != JSON_NODE_VALUE
                           || json_node_get_value_type (veto) != G_TYPE_BOOLEAN))
        {
          g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_TYPE,
                       _("%s: “%s” must be true or false"), black_where, "veto");
          return FALSE;
        }
      scheme->black_on_veto = veto == NULL || json_node_get_boolean (veto);
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  scheme->warning_below = scheme->black_below;

  if ((warning = get_list (lists, "warning", warning_members, warning_where,
                           &local_error)) != NULL)
    {
      if (!require_number (warning, "below", warning_where, &scheme->warning_below, error))
        return FALSE;
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if ((red = get_list (lists, "red", red_members, red_where, &local_error)) != NULL)
    {
      if (!require_number (red, "from", red_where, &scheme->red_from, error)
          || !get_number (red, "satisfaction_rate_from", red_where, FALSE,
                          &scheme->red_min_satisfaction, &found, error)
          || (found && !check_range (scheme->red_min_satisfaction, 0, 1,
                                     "satisfaction_rate_from", red_where, error)))
        return FALSE;
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!check_range (scheme->black_below, 0, RL_SCHEME_TOTAL, "below", black_where, error)
      || !check_range (scheme->warning_below, 0, RL_SCHEME_TOTAL, "below", warning_where, error)
      || (!isinf (scheme->red_from)
          && !check_range (scheme->red_from, 0, RL_SCHEME_TOTAL, "from", red_where, error)))
    return FALSE;

  if (scheme->warning_below < scheme->black_below || scheme->red_from < scheme->warning_below)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_LISTS,
                   _("The lists overlap: the black list must end (%g) before the warning list "
                     "does (%g), and that before the red list begins (%g)"),
                   scheme->black_below, scheme->warning_below, scheme->red_from);
      return FALSE;
    }
  return TRUE;
}

static char *
get_text (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strstrip (g_strdup (json_node_get_string (node)));
}

static gboolean
read_scheme (RlScheme    *scheme,
             JsonNode    *root_node,
             GError     **error)
{
  JsonObject *root;
  JsonNode *version;

  if (!JSON_NODE_HOLDS_OBJECT (root_node)
      || g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root_node),
                                                                 "format", NULL),
                    FORMAT_NAME) != 0)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_FORMAT,
                   _("This is not a scoring scheme: a scheme is a JSON object with \"format\": "
                     "\"%s\""), FORMAT_NAME);
      return FALSE;
    }
  root = json_node_get_object (root_node);
  version = json_object_get_member (root, "version");
  if (version == NULL || JSON_NODE_TYPE (version) != JSON_NODE_VALUE
      || json_node_get_value_type (version) != G_TYPE_INT64
      || json_node_get_int (version) != FORMAT_VERSION)
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_FORMAT,
                   _("This scheme is not of version %d, the one this program reads"),
                   FORMAT_VERSION);
      return FALSE;
    }
  if (!check_members (root, top_members, _("Scheme"), error))
    return FALSE;

  scheme->name = get_text (root, "name");
  if (scheme->name == NULL || *scheme->name == '\0')
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_MISSING,
                   _("The scheme needs a “name”, shown with the scores it gives"));
      return FALSE;
    }
  scheme->description = get_text (root, "description");

  return read_items (scheme, root, error) && read_lists (scheme, root, error);
}

/* Public API */

const char *
rl_item_key (RlItem item)
{
  g_return_val_if_fail (item < RL_N_ITEMS, NULL);

  return item_info[item].key;
}

const char *
rl_item_label (RlItem item)
{
  g_return_val_if_fail (item < RL_N_ITEMS, NULL);

  return _(item_info[item].label);
}

gboolean
rl_item_from_key (const char *key,
                  RlItem     *item)
{
  for (guint i = 0; i < RL_N_ITEMS; i++)
    if (g_strcmp0 (key, item_info[i].key) == 0)
      {
        *item = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rl_item_higher_is_better (RlItem item)
{
  g_return_val_if_fail (item < RL_N_ITEMS, TRUE);

  return item_info[item].higher_is_better;
}

const char *
rl_score_list_key (RlScoreList list)
{
  g_return_val_if_fail (list < RL_N_SCORE_LISTS, NULL);

  return list_keys[list];
}

const char *
rl_score_list_label (RlScoreList list)
{
  g_return_val_if_fail (list < RL_N_SCORE_LISTS, NULL);

  return _(list_labels[list]);
}

/* The scheme of domain.md, compiled into the program. */
RlScheme *
rl_scheme_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RlScheme *scheme;
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (rl_core_get_resource (), DEFAULT_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The default scheme is missing: %s", error->message);
  data = g_bytes_get_data (bytes, &size);
  if (!(scheme = rl_scheme_new_from_data (data, size, &error)))
    g_error ("The default scheme is broken: %s", error->message);
  return scheme;
}

RlScheme *
rl_scheme_new_from_data (const char  *data,
                         gssize       length,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RlScheme) scheme = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  /* A UTF-8 byte-order mark, as Windows editors write one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_SYNTAX,
                   _("The scheme is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  scheme = g_atomic_rc_box_new0 (RlScheme);
  scheme->json = g_strndup (data, length);
  if (!read_scheme (scheme, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&scheme);
}

RlScheme *
rl_scheme_new_from_file (const char  *path,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *display = NULL;
  RlScheme *scheme;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, RL_SCHEME_ERROR, RL_SCHEME_ERROR_SYNTAX,
                   _("Cannot read the scheme “%s”: %s"), display, local_error->message);
      return NULL;
    }
  if (!(scheme = rl_scheme_new_from_data (data, length, error)))
    g_prefix_error (error, _("Scheme “%s”: "), display);
  return scheme;
}

RlScheme *
rl_scheme_ref (RlScheme *scheme)
{
  g_return_val_if_fail (scheme != NULL, NULL);

  return g_atomic_rc_box_acquire (scheme);
}

void
rl_scheme_unref (RlScheme *scheme)
{
  if (scheme != NULL)
    g_atomic_rc_box_release_full (scheme, (GDestroyNotify) scheme_clear);
}

/* Points of a linear item: none up to zero_at, all from full_at on, and
 * in between in proportion, computed as points × ((m − zero) ÷ (full −
 * zero)) so the doubles are the district's own to the bit. */
double
rl_scheme_linear_points (const RlScheme *scheme,
                         RlItem          item,
                         double          measure)
{
  const RlSchemeItem *spec;

  g_return_val_if_fail (scheme != NULL, 0);
  g_return_val_if_fail (item < RL_N_ITEMS && item_info[item].kind == KIND_LINEAR, 0);

  spec = &scheme->items[item];
  if (item_info[item].higher_is_better ? measure >= spec->full_at : measure <= spec->full_at)
    return spec->points;
  if (item_info[item].higher_is_better ? measure <= spec->zero_at : measure >= spec->zero_at)
    return 0;
  return spec->points * ((measure - spec->zero_at) / (spec->full_at - spec->zero_at));
}

/* The inspection score (0–10) scaled to the item's points: with the
 * default 10 points, the score itself. */
double
rl_scheme_inspection_points (const RlScheme *scheme,
                             double          score)
{
  g_return_val_if_fail (scheme != NULL, 0);

  return CLAMP (score, 0, 10) * (scheme->items[RL_ITEM_INSPECTION].points / 10);
}

/* domain.md's lists: black on a veto or under black_below; warning under
 * warning_below; red from red_from with the satisfaction rate required
 * (none known is not enough); otherwise none. */
RlScoreList
rl_scheme_list_for (const RlScheme *scheme,
                    double          total,
                    gboolean        veto,
                    gboolean        has_satisfaction,
                    double          satisfaction_rate)
{
  g_return_val_if_fail (scheme != NULL, RL_SCORE_LIST_NONE);

  if ((veto && scheme->black_on_veto) || total < scheme->black_below)
    return RL_SCORE_LIST_BLACK;
  if (total < scheme->warning_below)
    return RL_SCORE_LIST_WARNING;
  if (total >= scheme->red_from
      && (isnan (scheme->red_min_satisfaction)
          || (has_satisfaction && satisfaction_rate >= scheme->red_min_satisfaction)))
    return RL_SCORE_LIST_RED;
  return RL_SCORE_LIST_NONE;
}
