/* atlas-read.c
 *
 * Copyright 2026 The Trigger Point Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* realpath() and O_CLOEXEC are POSIX, outside strict C17. */
#define _XOPEN_SOURCE 700

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atlas-read.h"

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

static void
set_too_large (GError **error,
               goffset  size,
               gsize    limit)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               "it is %" G_GINT64_FORMAT " bytes, more than the limit of %u MiB for this kind of "
               "file",
               (gint64) size, (guint) (limit / ATLAS_READ_MIB));
}

static GBytes *
read_bounded (int      fd,
              gsize    expected,
              gsize    limit,
              GError **error)
{
  /* One byte more than allowed tells a file that grew past the limit. */
  gsize capacity = MIN (expected, limit) + 1;
  char *buffer = g_malloc (capacity);
  gsize length = 0;

  while (length < capacity)
    {
      gssize n = read (fd, buffer + length, capacity - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno);
          g_free (buffer);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
      /* The file grew since fstat(): read on, but never past the limit. */
      if (length == capacity && capacity <= limit)
        {
          capacity = MIN (capacity * 2, limit + 1);
          buffer = g_realloc (buffer, capacity);
        }
    }

  if (length > limit)
    {
      set_too_large (error, length, limit);
      g_free (buffer);
      return NULL;
    }
  return g_bytes_new_take (buffer, length);
}

GBytes *
atlas_read_file (GFile   *file,
                 gsize    limit,
                 GError **error)
{
  g_autofree char *path = NULL;
  GBytes *bytes;
  struct stat info;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The bundled data is part of the program. */
  if (g_file_has_uri_scheme (file, "resource"))
    {
      bytes = g_file_load_bytes (file, NULL, NULL, error);
      if (bytes != NULL && g_bytes_get_size (bytes) > limit)
        {
          set_too_large (error, g_bytes_get_size (bytes), limit);
          g_clear_pointer (&bytes, g_bytes_unref);
        }
      return bytes;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "only files on this computer can be read");
      return NULL;
    }

  /* O_NONBLOCK: opening a FIFO must not wait for a writer before fstat()
   * can tell what it is. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  if (fstat (fd, &info) != 0)
    {
      set_errno_error (error, errno);
      bytes = NULL;
    }
  else if (S_ISDIR (info.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           "it is a folder, not a file");
      bytes = NULL;
    }
  else if (!S_ISREG (info.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           "it is not a regular file (a device, pipe or socket)");
      bytes = NULL;
    }
  else if ((guint64) info.st_size > limit)
    {
      set_too_large (error, info.st_size, limit);
      bytes = NULL;
    }
  else
    bytes = read_bounded (fd, info.st_size, limit, error);

  close (fd);
  return bytes;
}

static gboolean
has_parent_component (const char *relative)
{
  g_auto (GStrv) parts = g_strsplit (relative, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], ".."))
        return TRUE;
    }
  return FALSE;
}

GFile *
atlas_read_resolve_inside (GFile       *folder,
                           const char  *relative,
                           GError     **error)
{
  g_autofree char *folder_path = NULL;
  g_autofree char *real_folder = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *real = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  if (*relative == '\0' || g_path_is_absolute (relative) || *relative == '\\')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           "it must be a path relative to the folder of the data file");
      return NULL;
    }
  if (has_parent_component (relative))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           "it must lie inside the folder of the data file, without “..”");
      return NULL;
    }

  if (g_file_has_uri_scheme (folder, "resource"))
    return g_file_resolve_relative_path (folder, relative);

  folder_path = g_file_get_path (folder);
  if (folder_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "only files on this computer can be read");
      return NULL;
    }

  /* Symbolic links are followed to where they really lead, which must still be
   * inside the (equally resolved) folder. */
  real_folder = realpath (folder_path, NULL);
  joined = g_build_filename (folder_path, relative, NULL);
  real = realpath (joined, NULL);
  if (real_folder == NULL || real == NULL)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  prefix = g_str_has_suffix (real_folder, "/") ? g_strdup (real_folder)
                                                : g_strconcat (real_folder, "/", NULL);
  if (!g_str_has_prefix (real, prefix))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           "it leads outside the folder of the data file (a symbolic link?)");
      return NULL;
    }

  return g_file_new_for_path (real);
}
