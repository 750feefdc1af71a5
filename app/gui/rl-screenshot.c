/* rl-screenshot.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK renders the window to a texture itself: no window manager or screen
 * grabber is needed under Xvfb, and the picture is exactly what GTK drew.
 */

#include "rl-config.h"

#include <glib/gstdio.h>

#include "rl-screenshot.h"
#include "rl-window-private.h"

/* Frames to wait after showing a page: enough for lists to fill in. */
#define SETTLE_FRAMES 12

/* The Overview is shot first, at its cards, its charts and its lists;
 * then the record pages. */
#define N_OVERVIEW_SHOTS 3
#define N_SHOTS (N_OVERVIEW_SHOTS + RL_WINDOW_N_PAGES)

static const char *const overview_sections[N_OVERVIEW_SHOTS] = { "", "-charts", "-lists" };

typedef struct
{
  RlWindow *window;
  char     *dir;
  guint     shot;     /* the Overview's sections, then pages[shot - N_OVERVIEW_SHOTS] */
  guint     frames;
} Shooter;

static void
shooter_free (gpointer data)
{
  Shooter *shooter = data;

  g_free (shooter->dir);
  g_free (shooter);
}

static gboolean
save_png (GtkWidget   *widget,
          const char  *path)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The window draws itself and its children's last render nodes. */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

static void
select_first (RlRecordPage *page)
{
  RlRecordList *list = rl_record_page_get_list (page);
  g_autoptr(RlRecord) first = NULL;

  if (list != NULL && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
    {
      first = g_list_model_get_item (G_LIST_MODEL (list), 0);
      rl_record_page_select (page, rl_record_get_id (first));
    }
}

/* "01-overview-charts.png", "02-compounds.png"… */
static char *
shot_name (Shooter *shooter)
{
  RlRecordPage *page;

  if (shooter->shot < N_OVERVIEW_SHOTS)
    return g_strdup_printf ("01-overview%s.png", overview_sections[shooter->shot]);
  page = shooter->window->pages[shooter->shot - N_OVERVIEW_SHOTS];
  return g_strdup_printf ("%02u-%s.png", shooter->shot - N_OVERVIEW_SHOTS + 2,
                          rl_collection_get (rl_record_page_get_collection (page))->name);
}

static void
show_page (Shooter *shooter)
{
  RlRecordPage *page;
  const char *name;

  shooter->frames = 0;
  if (shooter->shot < N_OVERVIEW_SHOTS)
    {
      if (!gtk_widget_activate_action (GTK_WIDGET (shooter->window), "win.show-page", "s",
                                       "overview"))
        g_printerr ("redledger: the overview could not be shown\n");
      return;
    }
  page = shooter->window->pages[shooter->shot - N_OVERVIEW_SHOTS];
  name = rl_collection_get (rl_record_page_get_collection (page))->name;

  /* As Alt+1…6 would: the window's own action, under the application. */
  if (!gtk_widget_activate_action (GTK_WIDGET (shooter->window), "win.show-page", "s", name)
      || _rl_window_get_visible_page (shooter->window) != page)
    g_printerr ("redledger: the page %s could not be shown\n", name);
  select_first (page);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Shooter *shooter = user_data;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  gtk_widget_queue_draw (widget);
  /* The Overview's figures come from a thread; then it scrolls. */
  if (shooter->shot < N_OVERVIEW_SHOTS)
    {
      if (rl_overview_page_get_busy (shooter->window->overview_page))
        shooter->frames = 0;
      else if (shooter->frames == SETTLE_FRAMES / 2)
        rl_overview_page_scroll_to (shooter->window->overview_page, shooter->shot);
    }
  if (++shooter->frames < SETTLE_FRAMES)
    return G_SOURCE_CONTINUE;

  name = shot_name (shooter);
  path = g_build_filename (shooter->dir, name, NULL);
  if (save_png (widget, path))
    g_print ("%s\n", path);
  else
    g_printerr ("redledger: could not save %s\n", path);

  if (++shooter->shot < N_SHOTS)
    {
      show_page (shooter);
      return G_SOURCE_CONTINUE;
    }
  /* Not from within the frame clock's own signal. */
  g_idle_add_once ((GSourceOnceFunc) (void (*) (void)) gtk_window_destroy, widget);
  return G_SOURCE_REMOVE;
}

void
rl_screenshot_start (RlWindow   *window,
                     const char *dir)
{
  Shooter *shooter = g_new0 (Shooter, 1);

  g_mkdir_with_parents (dir, 0755);
  shooter->window = window;
  shooter->dir = g_strdup (dir);

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  show_page (shooter);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, shooter, shooter_free);
}
