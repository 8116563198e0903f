/* atlas-plan-recent.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-plan-recent.h"

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  g_autoptr (GDateTime) ta = gtk_recent_info_get_modified (a);
  g_autoptr (GDateTime) tb = gtk_recent_info_get_modified (b);

  return g_date_time_compare (tb, ta);
}

void
atlas_plan_recent_add (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

GMenuModel *
atlas_plan_recent_build_menu (void)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GMenu *menu = g_menu_new ();
  guint n = 0;

  /* Newest first, plans only, and only those still there. */
  items = g_list_sort (items, (GCompareFunc) compare_recent);
  for (GList *l = items; l != NULL && n < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr (GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".plan") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target_value (item, "plan.open-recent",
                                               g_variant_new_string (uri));
      g_menu_append_item (menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return G_MENU_MODEL (menu);
}
