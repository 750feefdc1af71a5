/* rl-chart-view.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view only draws what the chart's own draw function paints, and asks
 * the chart's layout where things are: the screen, PNG, PDF and SVG show
 * the same picture.
 */

#include "rl-config.h"

#include <glib/gi18n.h>

#include "rl-chart-export.h"
#include "rl-chart-view.h"

/* Exports are never smaller than this, whatever the window's size. */
#define MIN_EXPORT_WIDTH  960
#define MIN_EXPORT_HEIGHT 540

struct _RlChartView
{
  GtkWidget          parent_instance;

  GtkWidget         *overlay;
  GtkDrawingArea    *area;
  GtkWidget         *context_menu;

  const RlChartKind *kind;
  gpointer           data;
  GDestroyNotify     free_data;
  RlChartLayout     *layout;      /* for the size it was made for */
  int                layout_width;
  int                layout_height;
  int                hover;
  char              *title;
};

G_DEFINE_FINAL_TYPE (RlChartView, rl_chart_view, GTK_TYPE_WIDGET)

enum
{
  CATEGORY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *format;
  const char *name;
  const char *pattern;
} formats[] = {
  { "png", N_("PNG images"), "*.png" },
  { "pdf", N_("PDF documents"), "*.pdf" },
  { "svg", N_("SVG drawings"), "*.svg" },
};

static void
invalidate_layout (RlChartView *self)
{
  g_clear_pointer (&self->layout, rl_chart_layout_free);
}

static const RlChartLayout *
ensure_layout (RlChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->area));
  int height = gtk_widget_get_height (GTK_WIDGET (self->area));

  if (self->kind == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout == NULL || width != self->layout_width || height != self->layout_height)
    {
      invalidate_layout (self);
      self->layout = self->kind->layout (width, height, self->data);
      self->layout_width = width;
      self->layout_height = height;
    }
  return self->layout;
}

static const RlChartHit *
hit_at (RlChartView *self,
        double       x,
        double       y)
{
  const RlChartLayout *layout = ensure_layout (self);

  if (layout == NULL)
    return NULL;
  return self->kind->hit ? self->kind->hit (layout, x, y) : rl_chart_layout_hit (layout, x, y);
}

static void
set_hover (RlChartView *self,
           int          category)
{
  if (category == self->hover)
    return;
  self->hover = category;
  if (self->kind != NULL && self->kind->set_hover != NULL)
    {
      self->kind->set_hover (self->data, category);
      /* The legend shows the hovered category's figures: the layout may move. */
      invalidate_layout (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  RlChartView *self = user_data;

  if (self->kind != NULL)
    self->kind->draw (cr, width, height, self->data);
}

static void
motion_cb (RlChartView *self,
           double       x,
           double       y)
{
  const RlChartHit *hit = hit_at (self, x, y);
  /* Read before set_hover: a new hover lays the chart out again, which
   * frees the hit. */
  int category = hit != NULL ? hit->category : -1;

  set_hover (self, category);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area), category >= 0 ? "pointer" : NULL);
}

static void
leave_cb (RlChartView *self)
{
  set_hover (self, -1);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area), NULL);
}

static gboolean
query_tooltip_cb (RlChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode || (text = rl_chart_view_describe_at (self, x, y)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
released_cb (RlChartView     *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  if (n_press == 1)
    rl_chart_view_activate_at (self, x, y);
}

static void
context_pressed_cb (RlChartView     *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->area), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
show_error (RlChartView  *self,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                   _("The chart could not be saved"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  RlChartView     *self)
{
  const char *format = g_object_get_data (G_OBJECT (native), "format");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *suffix = g_strconcat (".", format, NULL);

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      path = file ? g_file_get_path (file) : NULL;
      if (path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Only files on this computer can be written"));
      else if (!g_str_has_suffix (path, suffix))
        {
          char *with_suffix = g_strconcat (path, suffix, NULL);

          g_free (path);
          path = with_suffix;
        }
      if (path == NULL || !rl_chart_view_export (self, path, &error))
        show_error (self, error);
    }
  g_object_unref (native);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RlChartView *self = RL_CHART_VIEW (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].format, format) == 0)
      break;
  if (i == G_N_ELEMENTS (formats) || self->kind == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Save the Chart"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _(formats[i].name));
  gtk_file_filter_add_pattern (filter, formats[i].pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  name = g_strdup_printf ("%s.%s", self->title ? self->title : _("Chart"), formats[i].format);
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_object_set_data (G_OBJECT (native), "format", (gpointer) formats[i].format);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static GMenuModel *
make_menu (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("Save as _PNG…"), "chart.save::png");
  g_menu_append (menu, _("Save as P_DF…"), "chart.save::pdf");
  g_menu_append (menu, _("Save as _SVG…"), "chart.save::svg");
  return G_MENU_MODEL (menu);
}

static void
rl_chart_view_dispose (GObject *object)
{
  RlChartView *self = RL_CHART_VIEW (object);

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  invalidate_layout (self);
  if (self->free_data != NULL)
    g_clear_pointer (&self->data, self->free_data);
  self->kind = NULL;

  G_OBJECT_CLASS (rl_chart_view_parent_class)->dispose (object);
}

static void
rl_chart_view_finalize (GObject *object)
{
  RlChartView *self = RL_CHART_VIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (rl_chart_view_parent_class)->finalize (object);
}

static void
rl_chart_view_class_init (RlChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rl_chart_view_dispose;
  object_class->finalize = rl_chart_view_finalize;

  /* A click on a category (a group, a quarter, a community): its index in
   * the data, and the series clicked or RL_CHART_HIT_LABEL/_CATEGORY. */
  signals[CATEGORY_ACTIVATED] =
    g_signal_new ("category-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "chart.save", "s", save_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rl-chart-view");
}

static void
rl_chart_view_init (RlChartView *self)
{
  g_autoptr(GMenuModel) menu = make_menu ();
  GtkEventController *motion;
  GtkGesture *click;
  GtkWidget *button;

  self->hover = -1;

  self->area = g_object_new (GTK_TYPE_DRAWING_AREA,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                             "hexpand", TRUE,
                             NULL);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  g_signal_connect_object (self->area, "resize", G_CALLBACK (invalidate_layout), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->area), TRUE);
  g_signal_connect_object (self->area, "query-tooltip", G_CALLBACK (query_tooltip_cb), self,
                           G_CONNECT_SWAPPED);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->area), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (click));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (context_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (click));

  button = g_object_new (GTK_TYPE_MENU_BUTTON,
                         "icon-name", "document-save-as-symbolic",
                         "menu-model", menu,
                         "halign", GTK_ALIGN_END,
                         "valign", GTK_ALIGN_START,
                         "margin-top", 8,
                         "margin-end", 8,
                         "tooltip-text", _("Save the chart as PNG, PDF or SVG"),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save the chart"), -1);

  self->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->area));
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), button);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->context_menu = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
}

RlChartView *
rl_chart_view_new (void)
{
  return g_object_new (RL_TYPE_CHART_VIEW, NULL);
}

/* Shows @data (taken; @free_data frees it) drawn as @kind says; NULL @kind
 * shows nothing. */
void
rl_chart_view_set_chart (RlChartView       *self,
                         const RlChartKind *kind,
                         gpointer           data,
                         GDestroyNotify     free_data)
{
  g_return_if_fail (RL_IS_CHART_VIEW (self));

  invalidate_layout (self);
  if (self->free_data != NULL && self->data != NULL)
    self->free_data (self->data);
  self->kind = kind;
  self->data = data;
  self->free_data = free_data;
  /* What the pointer was over is another chart's. */
  self->hover = -1;
  if (kind != NULL && kind->set_hover != NULL)
    kind->set_hover (data, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

gpointer
rl_chart_view_get_data (RlChartView *self)
{
  g_return_val_if_fail (RL_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/* What the chart is called: for the screen reader and a saved file's name. */
void
rl_chart_view_set_title (RlChartView *self,
                         const char  *title)
{
  g_return_if_fail (RL_IS_CHART_VIEW (self));

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title ? title : "", -1);
}

/* Saves the chart as it is drawn now, no hover, at least 960×540; the
 * format follows the file's extension. */
gboolean
rl_chart_view_export (RlChartView  *self,
                      const char   *path,
                      GError      **error)
{
  int width, height, hover;
  gboolean ok;

  g_return_val_if_fail (RL_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (self->kind != NULL, FALSE);

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self->area)), MIN_EXPORT_WIDTH);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self->area)), MIN_EXPORT_HEIGHT);
  hover = self->hover;
  set_hover (self, -1);
  ok = rl_chart_export (path, width, height, self->kind->draw, self->data, error);
  set_hover (self, hover);
  return ok;
}

/* The tooltip at (@x, @y) of the drawing; NULL when nothing is there. */
char *
rl_chart_view_describe_at (RlChartView *self,
                           double       x,
                           double       y)
{
  const RlChartHit *hit;

  g_return_val_if_fail (RL_IS_CHART_VIEW (self), NULL);

  if (self->kind == NULL || self->kind->describe == NULL || (hit = hit_at (self, x, y)) == NULL)
    return NULL;
  return self->kind->describe (self->data, hit);
}

/* What a click at (@x, @y) does: "category-activated" when it is on a
 * category; FALSE when nothing is there. */
gboolean
rl_chart_view_activate_at (RlChartView *self,
                           double       x,
                           double       y)
{
  const RlChartHit *hit;
  int category, series;

  g_return_val_if_fail (RL_IS_CHART_VIEW (self), FALSE);

  if ((hit = hit_at (self, x, y)) == NULL || hit->category < 0)
    return FALSE;
  /* The handler may change the data, and the layout with it. */
  category = hit->category;
  series = hit->series;
  g_signal_emit (self, signals[CATEGORY_ACTIVATED], 0, category, series);
  return TRUE;
}

/* Where the chart's bars, points and labels are at its size now; NULL
 * before it has a size. */
const RlChartLayout *
rl_chart_view_get_layout (RlChartView *self)
{
  g_return_val_if_fail (RL_IS_CHART_VIEW (self), NULL);

  return ensure_layout (self);
}
