/* atlas-window-private.h: what the window's files and the tests share.
 *
 * The modes (AtlasFinderMode, AtlasPlanMode, AtlasPresentationMode,
 * AtlasStudyMode) are objects of their own, made and wired in the window's
 * template; the window's other parts are split by subject (atlas-window-views.c,
 * -search.c, -conditions.c, -compare.c, -history.c, -keys.c), which share the
 * fields and helpers here. Nothing outside app/atlas-window*.c and tests/
 * includes it.
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "atlas-body-companion.h"
#include "atlas-compare-panel.h"
#include "atlas-condition-panel.h"
#include "atlas-finder-mode.h"
#include "atlas-finder-panel.h"
#include "atlas-history.h"
#include "atlas-muscle-panel.h"
#include "atlas-pattern-overlay.h"
#include "atlas-plan-mode.h"
#include "atlas-presentation-mode.h"
#include "atlas-search-popover.h"
#include "atlas-study-mode.h"
#include "atlas-window.h"

G_BEGIN_DECLS

struct _AtlasWindow
{
  GtkApplicationWindow  parent_instance;

  AtlasDatabase        *database;
  GSettings            *settings;
  /* Where the focus goes back to when the search closes (weak). */
  GtkWidget            *focus_before_search;

  AtlasBodyView        *body_view;
  GtkWidget            *side_box;
  GtkWidget            *pattern_button;
  /* The side of the views ("anterior", "head"...) where more of the selected
   * muscle's essential zone is drawn, or NULL. */
  const char           *pattern_side;
  AtlasMusclePanel     *panel;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *side_stack;
  AtlasSearchPopover   *search_popover;
  AtlasConditionPanel  *condition_panel;
  AtlasPlanMode        *plan_mode;
  AtlasPlanPanel       *plan_panel;
  AtlasPatternOverlay  *pattern_overlay;
  GtkWidget            *deep_button;
  AdwFlap                *flap;
  AdwToastOverlay        *toast_overlay;
  GtkWidget              *side_panel_button;
  /* The views in one menu, in the toggles' place on a narrow window. */
  GtkWidget              *side_menu_button;
  AtlasBodyCompanion   *companion;
  /* What the patient's screen shows, kept while it is closed. */
  AtlasPresentationState *presentation;
  AtlasPresentationMode  *presentation_mode;

  AtlasFinderMode      *finder_mode;
  AtlasFinderPanel     *finder_panel;
  AtlasStudyMode       *study_mode;
  AtlasStudyPanel      *study_panel;
  /* Side and layer are being set together: show the view once, after both. */
  gboolean              setting_view;

  /* Back and forward through what was viewed; the place is recorded once
   * the changes of one move are done (the idle source). */
  AtlasHistory *history;
  guint         record_source;
  /* The patient information window (weak), and whether its page is the
   * place to record next rather than the side area's. */
  GtkWidget    *topics_window;
  gboolean      record_topic;
  /* The main menu's list of starred muscles. */
  GMenu        *starred_menu;

  /* Two muscles compared (atlas-window-compare.c); the next muscle chosen in
   * the search is the second one while picking. */
  AtlasComparePanel    *compare_panel;
  gboolean              comparing;
  gboolean              picking_compare;
};

/* atlas-window.c and atlas-window-views.c, for the other files. */
void             _atlas_window_close_search   (AtlasWindow     *self);
void             _atlas_window_show_side_page (AtlasWindow     *self,
                                               const char      *name);
const AtlasView *_atlas_window_current_view   (AtlasWindow     *self);
const AtlasView *_atlas_window_find_view      (AtlasWindow     *self,
                                               const char      *side,
                                               AtlasLayer       layer);
void             _atlas_window_show_view      (AtlasWindow     *self,
                                               const AtlasView *view);
void             _atlas_window_choose_muscle  (AtlasWindow     *self,
                                               AtlasMuscle     *muscle);

/* atlas-window-compare.c */
void     _atlas_window_class_init_compare (GtkWidgetClass *widget_class);
void     _atlas_window_init_compare       (AtlasWindow    *self);
/* Compares the muscle on the card with @second; FALSE when there is none or
 * it is @second. */
gboolean _atlas_window_compare_with       (AtlasWindow    *self,
                                           AtlasMuscle    *second,
                                           AtlasSide       second_side);

/* atlas-window-conditions.c */
void _atlas_window_class_init_conditions (GtkWidgetClass *widget_class);
void _atlas_window_init_conditions       (AtlasWindow    *self);

/* atlas-window-history.c: back and forward, and the starred muscles. */
void _atlas_window_class_init_history (GtkWidgetClass *widget_class);
void _atlas_window_init_history (AtlasWindow *self);
/* After the database is set (from constructed). */
void _atlas_window_init_starred_menu (AtlasWindow *self);
void _atlas_window_dispose_history (AtlasWindow *self);
/* Opens the patient information at @topic_id (the first page when NULL),
 * in the one window of it that this window has. */
void _atlas_window_show_topic (AtlasWindow *self,
                               const char  *topic_id);

/* atlas-window-keys.c: F6 and Ctrl+Tab move between the diagram, the side
 * panel and the header bar; toasts. */
void _atlas_window_class_init_keys (GtkWidgetClass *widget_class);
void _atlas_window_init_keys (AtlasWindow *self);

/* atlas-window-search.c */
void _atlas_window_class_init_search (GtkWidgetClass *widget_class);
void _atlas_window_init_search       (AtlasWindow    *self);

/* atlas-window-views.c */
void _atlas_window_class_init_views (GtkWidgetClass *widget_class);
/* After the database is set (from constructed). */
void _atlas_window_init_views       (AtlasWindow    *self);
/* Shows the view that the side and layer settings name. */
void _atlas_window_update_view      (AtlasWindow    *self);
/* Offers the view where more of the selected muscle's pattern shows. */
void _atlas_window_update_pattern_button (AtlasWindow *self);

/* For the tests: the window's parts. */
static inline GtkWidget *
atlas_window_get_pattern_button (AtlasWindow *self)
{
  return self->pattern_button;
}

static inline AtlasMusclePanel *
atlas_window_get_muscle_panel (AtlasWindow *self)
{
  return self->panel;
}

static inline GtkEditable *
atlas_window_get_search_entry (AtlasWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

static inline AtlasSearchPopover *
atlas_window_get_search_popover (AtlasWindow *self)
{
  return self->search_popover;
}

static inline AtlasConditionPanel *
atlas_window_get_condition_panel (AtlasWindow *self)
{
  return self->condition_panel;
}

static inline AtlasPatternOverlay *
atlas_window_get_pattern_overlay (AtlasWindow *self)
{
  return self->pattern_overlay;
}

/* What the patient's screen ("win.present") shows. */
static inline AtlasPresentationState *
atlas_window_get_presentation_state (AtlasWindow *self)
{
  return self->presentation;
}

/* The other side of the body beside the diagram ("win.side-by-side"). */
static inline AtlasBodyCompanion *
atlas_window_get_companion (AtlasWindow *self)
{
  return self->companion;
}

static inline AtlasStudyPanel *
atlas_window_get_study_panel (AtlasWindow *self)
{
  return self->study_panel;
}

static inline AtlasFinderPanel *
atlas_window_get_finder_panel (AtlasWindow *self)
{
  return self->finder_panel;
}

/* The pain finder ("win.finder"). */
static inline AtlasFinderMode *
atlas_window_get_finder (AtlasWindow *self)
{
  return self->finder_mode;
}

static inline AtlasPainMap *
atlas_window_get_pain_map (AtlasWindow *self)
{
  return atlas_finder_mode_get_pain_map (self->finder_mode);
}

static inline AtlasHistory *
atlas_window_get_history (AtlasWindow *self)
{
  return self->history;
}

static inline AtlasComparePanel *
atlas_window_get_compare_panel (AtlasWindow *self)
{
  return self->compare_panel;
}

static inline AtlasPlanPanel *
atlas_window_get_plan_panel (AtlasWindow *self)
{
  return self->plan_panel;
}

G_END_DECLS
