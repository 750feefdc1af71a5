/* rl-rate-card.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "rl-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rl-format.h"
#include "rl-rate-card.h"

struct _RlRateCard
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkLabel  *value_label;
  GtkLabel  *counts_label;
  GtkLabel  *target_label;
  GtkLabel  *gap_label;

  RlRate     rate;
};

G_DEFINE_FINAL_TYPE (RlRateCard, rl_rate_card, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const state_classes[] = { "rl-met", "rl-short", "rl-no-target" };

static void
set_state (RlRateCard *self,
           const char *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), state_classes[i]);
  if (state != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), state);
}

/* What the rate counts, after its two numbers. */
static char *
format_counts (RlRate         rate,
               const RlRatio *ratio)
{
  g_autofree char *num = rl_format_count (ratio->num);
  g_autofree char *den = rl_format_count (ratio->den);
  gulong n = (gulong) MIN (ratio->den, G_MAXLONG);

  switch (rate)
    {
    case RL_RATE_PARTY_ORG_COVERAGE:
    case RL_RATE_PARTY_WORK_COVERAGE:
      /* Translators: a rate's counts on the Overview, "16 / 19 个单位"; the
       * units are the services and committees */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s / %s unit", "%s / %s units", n),
                              num, den);
    case RL_RATE_RED_PROPERTY_COVERAGE:
      /* Translators: a rate's counts on the Overview, "6 / 8 个A、B类小区" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s / %s class A or B compound",
                                           "%s / %s class A or B compounds", n),
                              num, den);
    case RL_RATE_COMMITTEE_FORMATION:
    case RL_RATE_SERVICE_COVERAGE:
    case RL_N_RATES:
    default:
      /* Translators: a rate's counts on the Overview, "8 / 12 个小区" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s / %s compound",
                                           "%s / %s compounds", n),
                              num, den);
    }
}

static void
rl_rate_card_constructed (GObject *object)
{
  RlRateCard *self = RL_RATE_CARD (object);

  G_OBJECT_CLASS (rl_rate_card_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, rl_rate_label (self->rate));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), rl_rate_label (self->rate));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rl_rate_label (self->rate), -1);
  rl_rate_card_clear (self);
}

static void
rl_rate_card_dispose (GObject *object)
{
  RlRateCard *self = RL_RATE_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RL_TYPE_RATE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rl_rate_card_parent_class)->dispose (object);
}

static void
rl_rate_card_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RlRateCard *self = RL_RATE_CARD (object);

  switch (prop_id)
    {
    case PROP_RATE:
      g_value_set_uint (value, self->rate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_rate_card_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RlRateCard *self = RL_RATE_CARD (object);

  switch (prop_id)
    {
    case PROP_RATE:
      self->rate = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rl_rate_card_class_init (RlRateCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rl_rate_card_constructed;
  object_class->dispose = rl_rate_card_dispose;
  object_class->get_property = rl_rate_card_get_property;
  object_class->set_property = rl_rate_card_set_property;

  /* An RlRate. */
  properties[PROP_RATE] =
    g_param_spec_uint ("rate", NULL, NULL, 0, RL_N_RATES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/redledger/RedLedger/ui/rl-rate-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RlRateCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, RlRateCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, RlRateCard, counts_label);
  gtk_widget_class_bind_template_child (widget_class, RlRateCard, target_label);
  gtk_widget_class_bind_template_child (widget_class, RlRateCard, gap_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rl-rate-card");
}

static void
rl_rate_card_init (RlRateCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RlRateCard *
rl_rate_card_new (RlRate rate)
{
  g_return_val_if_fail (rate < RL_N_RATES, NULL);

  return g_object_new (RL_TYPE_RATE_CARD, "rate", (guint) rate, NULL);
}

RlRate
rl_rate_card_get_rate (RlRateCard *self)
{
  g_return_val_if_fail (RL_IS_RATE_CARD (self), 0);

  return self->rate;
}

/* Shows @ratio against the target for @year: how many percentage points
 * short, counted on the figures as shown, so that "66.7%" and "100%" read
 * "33.3 points short". */
void
rl_rate_card_set_figures (RlRateCard    *self,
                          const RlRatio *ratio,
                          int            year,
                          gboolean       has_target,
                          double         target)
{
  g_autofree char *value = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *gap_text = NULL;
  gint64 tenths;

  g_return_if_fail (RL_IS_RATE_CARD (self));
  g_return_if_fail (ratio != NULL);

  value = rl_ratio_format (ratio);
  counts = format_counts (self->rate, ratio);
  tenths = rl_ratio_tenths (ratio);

  if (has_target)
    {
      g_autofree char *percent = rl_format_target (target);

      /* Translators: a rate card's year-end target, "2026 年目标 100%" */
      target_text = g_strdup_printf (_("%d target: %s"), year, percent);
    }
  else
    {
      /* Translators: a rate card with no target for the year */
      target_text = g_strdup_printf (_("No target for %d"), year);
    }

  if (tenths < 0)
    {
      gap_text = g_strdup (_("Nothing to count"));
      set_state (self, "rl-no-target");
    }
  else if (!has_target)
    {
      gap_text = g_strdup ("");
      set_state (self, "rl-no-target");
    }
  else if ((double) ratio->num >= target * (double) ratio->den - 1e-9)
    {
      gap_text = g_strdup (_("Target met"));
      set_state (self, "rl-met");
    }
  else
    {
      gint64 short_by = MAX (1, (gint64) llround (target * 1000) - tenths);
      g_autofree char *points = g_strdup_printf ("%lld.%lld", (long long) (short_by / 10),
                                                 (long long) (short_by % 10));

      /* Translators: how far a rate is below its target, "差 12.5 个百分点" */
      gap_text = g_strdup_printf (_("%s percentage points short"), points);
      set_state (self, "rl-short");
    }

  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->counts_label, counts);
  gtk_label_set_text (self->target_label, target_text);
  gtk_label_set_text (self->gap_label, gap_text);
  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), gap_text[0] != '\0');
}

/* Nothing computed yet. */
void
rl_rate_card_clear (RlRateCard *self)
{
  g_return_if_fail (RL_IS_RATE_CARD (self));

  gtk_label_set_text (self->value_label, "—");
  gtk_label_set_text (self->counts_label, "");
  gtk_label_set_text (self->target_label, "");
  gtk_label_set_text (self->gap_label, "");
  set_state (self, NULL);
}

const char *
rl_rate_card_get_value_text (RlRateCard *self)
{
  g_return_val_if_fail (RL_IS_RATE_CARD (self), NULL);

  return gtk_label_get_text (self->value_label);
}

const char *
rl_rate_card_get_counts_text (RlRateCard *self)
{
  g_return_val_if_fail (RL_IS_RATE_CARD (self), NULL);

  return gtk_label_get_text (self->counts_label);
}

const char *
rl_rate_card_get_target_text (RlRateCard *self)
{
  g_return_val_if_fail (RL_IS_RATE_CARD (self), NULL);

  return gtk_label_get_text (self->target_label);
}

const char *
rl_rate_card_get_gap_text (RlRateCard *self)
{
  g_return_val_if_fail (RL_IS_RATE_CARD (self), NULL);

  return gtk_label_get_text (self->gap_label);
}
