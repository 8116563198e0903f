/* atlas-diagram-texture.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full render of a detailed body diagram at 4K costs tens of milliseconds,
 * so it happens once per view and size; hover and selection draw on top.
 *
 * The picture goes into the frame as a cairo node that draws the rendered
 * surface, kept from frame to frame: GTK 4.8's cairo renderer converts a
 * GdkMemoryTexture pixel by pixel on every frame, and an unchanged node lets
 * both renderers skip it (the cairo renderer by damage, the GL renderer by its
 * texture cache, which is keyed by node).
 */

/* mmap's MAP_ANONYMOUS is not in strict C17. */
#define _DEFAULT_SOURCE

#include "config.h"

#include <librsvg/rsvg.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <sys/mman.h>

#include <adwaita.h>

#include "atlas-diagram.h"
#include "atlas-diagram-style.h"
#include "atlas-diagram-texture.h"

/* One render, possibly in a worker thread. The thread reads only what the job
 * holds: the SVG bytes and the handle are its own references, and the view is
 * a key compared on the main thread, never read. */
typedef struct {
  gatomicrefcount ref;
  GMutex lock;
  GCond cond;
  gboolean done;

  GBytes *svg;
  RsvgHandle *handle;
  /* The CSS for the style and size (atlas_diagram_style_stylesheet()), or
   * NULL; a lent handle was made with it. */
  char                 *stylesheet;
  const AtlasView *view;
  gboolean prefetch;
  int width;
  int height;
  cairo_rectangle_int_t part;
  cairo_surface_t *surface;
  char *error;
} RenderJob;

struct _AtlasDiagramTexture {
  GObject parent_instance;

  const AtlasView *handle_view;
  RsvgHandle *handle;
  /* The CSS the handle was made with: it changes with the size. */
  char            *handle_stylesheet;
  /* While a job runs, the handle is lent to it. */
  RenderJob *job;

  const AtlasView *view;
  int width;
  int height;
  /* Zoomed in, only part of the picture is rendered: this part. */
  cairo_rectangle_int_t area;
  cairo_surface_t *surface;
  guint serial;
  /* Rendered ahead at a guessed size: not to be scaled into place. */
  gboolean prefetched;

  /* The last nodes appended, reused while nothing about them changes. */
  GskRenderNode *node;
  graphene_rect_t node_bounds;
  gboolean node_faded;
  gboolean exact;

  /* The size asked for while a scaled picture is shown, and the timer that
   * renders it once it has stopped changing. */
  const AtlasView *wanted_view;
  int wanted_width;
  int wanted_height;
  cairo_rectangle_int_t wanted_area;
  guint settle_id;
  gboolean settle_armed;

  guint render_count;
  /* The desktop's style the picture and the handle were made for. */
  AtlasDiagramStyle style;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AtlasDiagramTexture, atlas_diagram_texture, G_TYPE_OBJECT)

typedef struct {
  void *data;
  gsize size;
} Mapping;

static void
unmap (gpointer user_data)
{
  Mapping *mapping = user_data;

  munmap (mapping->data, mapping->size);
  g_free (mapping);
}

static const cairo_user_data_key_t mapping_key;
static const cairo_user_data_key_t picture_key;

/* A picture of a few to a few tens of MiB, in pages of its own: freed, it
 * goes back to the system at once, where malloc would keep the heap (and a
 * worker thread's arena) resident after the view is left. */
static cairo_surface_t *
picture_surface_new (int width,
                     int height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  Mapping *mapping;
  cairo_surface_t *surface;
  void *data;

  data = mmap (NULL, (gsize) stride * height, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stride <= 0 || data == MAP_FAILED)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  /* Fresh anonymous pages are zero: transparent, as cairo's own would be. */
  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, width, height, stride);
  mapping = g_new (Mapping, 1);
  *mapping = (Mapping) { data, (gsize) stride * height };
  cairo_surface_set_user_data (surface, &mapping_key, mapping, unmap);
  return surface;
}

/* Cairo records a painted surface as a copy-on-write snapshot, and copies it
 * whole when the surface is freed first. A node drawing @picture (its
 * recording surface is @cr's target) keeps it alive instead. */
static void
keep_picture_alive (cairo_t         *cr,
                    cairo_surface_t *picture)
{
  cairo_surface_set_user_data (cairo_get_target (cr), &picture_key,
                               cairo_surface_reference (picture),
                               (cairo_destroy_func_t) cairo_surface_destroy);
}

static gboolean
trim_heap (gpointer user_data)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  *(guint *) user_data = 0;
  return G_SOURCE_REMOVE;
}

/* A render (librsvg's temporary surfaces) and the GTK work of a new view or
 * selection leave freed heap that glibc keeps resident; once the frame is
 * done, it is handed back, so that leaving a view really frees its memory. */
static void
queue_trim (void)
{
  static guint trim_id;

  if (trim_id == 0)
    trim_id = g_timeout_add_full (G_PRIORITY_LOW, 200, trim_heap, &trim_id, NULL);
}

static RenderJob *
render_job_ref (RenderJob *job)
{
  g_atomic_ref_count_inc (&job->ref);
  return job;
}

static void
render_job_unref (RenderJob *job)
{
  if (!g_atomic_ref_count_dec (&job->ref))
    return;

  g_bytes_unref (job->svg);
  g_clear_object (&job->handle);
  g_free (job->stylesheet);
  g_clear_pointer (&job->surface, cairo_surface_destroy);
  g_free (job->error);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

/* Runs on either thread. */
static void
render_job_run (RenderJob *job)
{
  g_autoptr (GError) error = NULL;
  RsvgRectangle viewport;
  cairo_t *cr;

  if (job->handle == NULL)
    job->handle = atlas_diagram_style_new_handle (job->svg, job->stylesheet, &error);

  if (job->handle != NULL)
    {
      viewport = (RsvgRectangle) { -job->part.x, -job->part.y, job->width, job->height };
      job->surface = picture_surface_new (job->part.width, job->part.height);
      cr = cairo_create (job->surface);
      rsvg_handle_render_document (job->handle, cr, &viewport, &error);
      cairo_destroy (cr);
      cairo_surface_flush (job->surface);
    }
  if (error != NULL)
    job->error = g_strdup (error->message);

  g_mutex_lock (&job->lock);
  job->done = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->lock);
}

static void
clear_picture (AtlasDiagramTexture *self)
{
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  self->view = NULL;
}

/* Takes a finished job's handle back and its picture in. */
static void
install_job (AtlasDiagramTexture *self,
             RenderJob           *job)
{
  if (job->error != NULL)
    g_warning ("Cannot render view %s: %s", job->view->id, job->error);

  g_clear_object (&self->handle);
  self->handle = g_steal_pointer (&job->handle);
  self->handle_view = job->view;
  g_free (self->handle_stylesheet);
  self->handle_stylesheet = g_strdup (job->stylesheet);
  if (job->surface == NULL)
    return;

  clear_picture (self);
  self->surface = g_steal_pointer (&job->surface);
  self->view = job->view;
  self->width = job->width;
  self->height = job->height;
  self->area = job->part;
  self->prefetched = job->prefetch;
  self->serial++;
  self->render_count++;
  queue_trim ();
}

/* Collects the running job if it is done, or when @wait, once it is. */
static gboolean
collect_job (AtlasDiagramTexture *self,
             gboolean             wait)
{
  RenderJob *job = self->job;

  if (job == NULL)
    return FALSE;

  g_mutex_lock (&job->lock);
  while (wait && !job->done)
    g_cond_wait (&job->cond, &job->lock);
  g_mutex_unlock (&job->lock);
  if (!job->done)
    return FALSE;

  self->job = NULL;
  install_job (self, job);
  render_job_unref (job);
  return TRUE;
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  render_job_run (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
job_finished (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AtlasDiagramTexture *self = ATLAS_DIAGRAM_TEXTURE (source);

  /* A snapshot that could not wait may already have collected it. */
  if (self->job == g_task_get_task_data (G_TASK (result)) && collect_job (self, FALSE))
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Half a screen more on every side, so panning a little renders nothing. */
static cairo_rectangle_int_t
with_margin (const cairo_rectangle_int_t *area,
             int                          width,
             int                          height)
{
  int x0 = MAX (0, area->x - area->width / 2);
  int y0 = MAX (0, area->y - area->height / 2);
  int x1 = MIN (width, area->x + area->width + area->width / 2);
  int y1 = MIN (height, area->y + area->height + area->height / 2);

  return (cairo_rectangle_int_t) { x0, y0, x1 - x0, y1 - y0 };
}

static RenderJob *
new_job (AtlasDiagramTexture         *self,
         const AtlasView             *view,
         int                          width,
         int                          height,
         const cairo_rectangle_int_t *area)
{
  RenderJob *job = g_new0 (RenderJob, 1);
  double     scale;

  g_atomic_ref_count_init (&job->ref);
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  job->svg = g_bytes_ref (atlas_diagram_get_bytes (view->diagram));
  /* The whole picture's width sets the scale, even for a zoomed-in part. */
  scale = width / atlas_diagram_get_width (view->diagram);
  job->stylesheet = atlas_diagram_style_stylesheet (self->style, scale);
  /* A handle is styled once: librsvg 2.54 layers a second stylesheet over
   * the first rather than replacing it. */
  if (self->handle_view == view && g_strcmp0 (self->handle_stylesheet, job->stylesheet) == 0)
    job->handle = g_steal_pointer (&self->handle);
  job->view = view;
  job->width = width;
  job->height = height;
  job->part = with_margin (area, width, height);
  return job;
}

static void
start_job (AtlasDiagramTexture         *self,
           const AtlasView             *view,
           int                          width,
           int                          height,
           const cairo_rectangle_int_t *area)
{
  g_autoptr (GTask) task = NULL;

  collect_job (self, TRUE);
  self->job = new_job (self, view, width, height, area);
  task = g_task_new (self, NULL, job_finished, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, render_job_ref (self->job), (GDestroyNotify) render_job_unref);
  g_task_run_in_thread (task, job_thread);
}

static void
render_now (AtlasDiagramTexture         *self,
            const AtlasView             *view,
            int                          width,
            int                          height,
            const cairo_rectangle_int_t *area)
{
  RenderJob *job;

  collect_job (self, TRUE);
  job = new_job (self, view, width, height, area);
  render_job_run (job);
  install_job (self, job);
  render_job_unref (job);
}

/* The whole picture's size in device pixels at @scale widget units per
 * document unit. */
static void
picture_size (const AtlasView *view,
              double           scale,
              int              scale_factor,
              int             *width,
              int             *height)
{
  *width = (int) ceil (atlas_diagram_get_width (view->diagram) * scale) * scale_factor;
  *height = (int) ceil (atlas_diagram_get_height (view->diagram) * scale) * scale_factor;
}

void
atlas_diagram_texture_prefetch (AtlasDiagramTexture *self,
                                const AtlasView     *view,
                                int                  scale_factor,
                                double               scale)
{
  int width, height;

  g_return_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self));

  if (view == NULL || scale <= 0)
    return;
  picture_size (view, scale, scale_factor, &width, &height);
  if (width <= 0 || height <= 0)
    return;
  if (self->job != NULL && self->job->view == view && self->job->width == width &&
      self->job->height == height)
    return;
  /* A job for another view is not waited for: it is no longer wanted. */
  if (self->job != NULL && self->job->view != view)
    g_clear_pointer (&self->job, render_job_unref);
  start_job (self, view, width, height, &(cairo_rectangle_int_t) { 0, 0, width, height });
  self->job->prefetch = TRUE;
}

static void
cancel_settle (AtlasDiagramTexture *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_armed = FALSE;
  self->wanted_view = NULL;
}

void
atlas_diagram_texture_invalidate (AtlasDiagramTexture *self)
{
  g_return_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self));

  /* A running job finishes on its own; its result is dropped. */
  g_clear_pointer (&self->job, render_job_unref);
  cancel_settle (self);
  clear_picture (self);
  /* The handle may belong to a database that is going away. */
  g_clear_object (&self->handle);
  g_clear_pointer (&self->handle_stylesheet, g_free);
  self->handle_view = NULL;
}

static gboolean
contains (const cairo_rectangle_int_t *outer,
          const cairo_rectangle_int_t *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

static gboolean
is_exact (AtlasDiagramTexture         *self,
          const AtlasView             *view,
          int                          width,
          int                          height,
          const cairo_rectangle_int_t *area)
{
  return self->surface != NULL && self->view == view && self->width == width &&
         self->height == height && contains (&self->area, area);
}

/* Whether the picture held, scaled to @width x @height, covers @area: then
 * it can stand in until the size settles. */
static gboolean
can_scale (AtlasDiagramTexture         *self,
           const AtlasView             *view,
           int                          width,
           int                          height,
           const cairo_rectangle_int_t *area)
{
  double kx, ky;

  if (self->surface == NULL || self->view != view || self->prefetched)
    return FALSE;

  kx = width / (double) self->width;
  ky = height / (double) self->height;
  /* A pixel of slack: the edges round differently at each size. */
  return self->area.x * kx <= area->x + 1 && self->area.y * ky <= area->y + 1 &&
         (self->area.x + self->area.width) * kx >= area->x + area->width - 1 &&
         (self->area.y + self->area.height) * ky >= area->y + area->height - 1;
}

/* The size has not changed for a while; the next frame tells whether it has
 * stopped (one more frame at the same size), and only then is it rendered.
 * On a slow machine frames may come further apart than the delay. */
static gboolean
settle_timeout (gpointer user_data)
{
  AtlasDiagramTexture *self = user_data;

  self->settle_id = 0;
  self->settle_armed = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
want_size (AtlasDiagramTexture         *self,
           const AtlasView             *view,
           int                          width,
           int                          height,
           const cairo_rectangle_int_t *area)
{
  gboolean same = self->wanted_view == view && self->wanted_width == width &&
                  self->wanted_height == height && contains (&self->wanted_area, area);

  /* The picture being rendered in the background is the one wanted. */
  if (self->settle_id == 0 && !self->settle_armed && self->job != NULL &&
      self->job->view == view && self->job->width == width && self->job->height == height &&
      contains (&self->job->part, area))
    return;
  if (same && self->settle_armed)
    {
      self->settle_armed = FALSE;
      start_job (self, view, width, height, &self->wanted_area);
      return;
    }
  if (same && self->settle_id != 0)
    return;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_armed = FALSE;
  self->wanted_view = view;
  self->wanted_width = width;
  self->wanted_height = height;
  self->wanted_area = *area;
  self->settle_id = g_timeout_add (ATLAS_DIAGRAM_SETTLE_MS, settle_timeout, self);
  g_source_set_name_by_id (self->settle_id, "[trigger-atlas] diagram settle");
}

static GskRenderNode *
picture_node (AtlasDiagramTexture   *self,
              const graphene_rect_t *bounds,
              gboolean               faded)
{
  cairo_surface_t *source = self->surface;
  GskRenderNode *node;
  cairo_t *cr;

  if (self->node != NULL && self->node_faded == faded &&
      graphene_rect_equal (&self->node_bounds, bounds))
    return self->node;

  node = gsk_cairo_node_new (bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, bounds->origin.x, bounds->origin.y);
  cairo_scale (cr, bounds->size.width / cairo_image_surface_get_width (source),
               bounds->size.height / cairo_image_surface_get_height (source));
  cairo_set_source_surface (cr, source, 0, 0);
  /* Scaled only for a moment, while the size changes: fast beats fine. */
  if (!self->exact)
    cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  /* Washed out only where the figure is, so the theme's background stays as
   * it was. Done as the node is drawn (only where the frame is damaged)
   * rather than kept as a second picture. */
  if (faded)
    {
      cairo_set_operator (cr, CAIRO_OPERATOR_ATOP);
      double wash[4];

      /* Towards the background: white would light a dark figure up. */
      atlas_diagram_style_get_wash (self->style, wash);
      cairo_set_source_rgba (cr, wash[0], wash[1], wash[2], wash[3]);
      cairo_paint (cr);
    }
  keep_picture_alive (cr, source);
  cairo_destroy (cr);

  g_clear_pointer (&self->node, gsk_render_node_unref);
  self->node = node;
  self->node_bounds = *bounds;
  self->node_faded = faded;
  return node;
}

gboolean
atlas_diagram_texture_snapshot (AtlasDiagramTexture *self,
                                GtkSnapshot         *snapshot,
                                const AtlasView     *view,
                                int                  widget_width,
                                int                  widget_height,
                                int                  scale_factor,
                                double               scale,
                                double               x,
                                double               y,
                                gboolean             faded)
{
  int sf = scale_factor;
  int width, height;
  cairo_rectangle_int_t area;
  graphene_rect_t bounds;
  double kx, ky;

  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), FALSE);

  if (view == NULL)
    return FALSE;

  picture_size (view, scale, sf, &width, &height);
  /* Zoomed in, only what the widget shows is rendered (in device pixels of
   * the whole picture); fitted, that is the whole picture. */
  area.x = CLAMP ((int) floor (-x * sf), 0, width);
  area.y = CLAMP ((int) floor (-y * sf), 0, height);
  area.width = CLAMP ((int) ceil ((widget_width - x) * sf), 0, width) - area.x;
  area.height = CLAMP ((int) ceil ((widget_height - y) * sf), 0, height) - area.y;
  if (width <= 0 || height <= 0 || area.width <= 0 || area.height <= 0)
    return FALSE;

  /* The first picture of a view may be on its way from a worker. */
  collect_job (self, self->job != NULL && self->job->view == view && self->view != view);

  self->exact = is_exact (self, view, width, height, &area);
  if (!self->exact && !can_scale (self, view, width, height, &area))
    {
      cancel_settle (self);
      render_now (self, view, width, height, &area);
      self->exact = is_exact (self, view, width, height, &area);
    }
  if (self->surface == NULL || self->view != view)
    return FALSE;

  self->prefetched = FALSE;
  if (self->exact)
    cancel_settle (self);
  else
    want_size (self, view, width, height, &area);

  kx = width / (double) self->width / sf;
  ky = height / (double) self->height / sf;
  bounds = GRAPHENE_RECT_INIT (x + self->area.x * kx, y + self->area.y * ky,
                               self->area.width * kx, self->area.height * ky);
  if (self->exact)
    {
      /* On whole device pixels, the picture is copied, not resampled. */
      bounds.origin.x = floor (bounds.origin.x * sf + 0.5) / sf;
      bounds.origin.y = floor (bounds.origin.y * sf + 0.5) / sf;
    }
  gtk_snapshot_append_node (snapshot, picture_node (self, &bounds, faded));
  return TRUE;
}

gboolean
atlas_diagram_texture_is_exact (AtlasDiagramTexture *self)
{
  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), FALSE);
  return self->exact;
}

/* The selected muscle keeps its full colour on the washed-out figure: the
 * picture is painted again inside the muscle's outline. */
void
atlas_diagram_texture_paint_shape (AtlasDiagramTexture *self,
                                   const AtlasView     *view,
                                   cairo_t             *cr,
                                   const char          *shape)
{
  double kx, ky;

  g_return_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self));

  if (self->surface == NULL || self->view != view)
    return;

  kx = self->width / atlas_diagram_get_width (view->diagram);
  ky = self->height / atlas_diagram_get_height (view->diagram);
  cairo_save (cr);
  cairo_new_path (cr);
  if (atlas_diagram_append_path (view->diagram, shape, cr))
    {
      cairo_clip (cr);
      cairo_scale (cr, 1.0 / kx, 1.0 / ky);
      cairo_set_source_surface (cr, self->surface, self->area.x, self->area.y);
      cairo_paint (cr);
      keep_picture_alive (cr, self->surface);
    }
  cairo_restore (cr);
}

guint
atlas_diagram_texture_get_serial (AtlasDiagramTexture *self)
{
  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), 0);
  return self->serial;
}

guint
atlas_diagram_texture_get_render_count (AtlasDiagramTexture *self)
{
  g_return_val_if_fail (ATLAS_IS_DIAGRAM_TEXTURE (self), 0);
  return self->render_count;
}

static void
atlas_diagram_texture_dispose (GObject *object)
{
  atlas_diagram_texture_invalidate (ATLAS_DIAGRAM_TEXTURE (object));

  G_OBJECT_CLASS (atlas_diagram_texture_parent_class)->dispose (object);
}

static void
atlas_diagram_texture_class_init (AtlasDiagramTextureClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = atlas_diagram_texture_dispose;

  /* A picture rendered in the background is ready to be drawn. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* The desktop turned dark or high contrast: the picture is made again. */
static void
on_style_changed (AtlasDiagramTexture *self)
{
  AtlasDiagramStyle style = atlas_diagram_style_get ();

  if (style == self->style)
    return;
  self->style = style;
  atlas_diagram_texture_invalidate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
atlas_diagram_texture_init (AtlasDiagramTexture *self)
{
  AdwStyleManager *manager;

  self->style = atlas_diagram_style_get ();
  if (!adw_is_initialized ())
    return;
  manager = adw_style_manager_get_default ();
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed),
                           self, G_CONNECT_SWAPPED);
}

AtlasDiagramTexture *
atlas_diagram_texture_new (void)
{
  return g_object_new (ATLAS_TYPE_DIAGRAM_TEXTURE, NULL);
}
