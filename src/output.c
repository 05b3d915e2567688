/* output.c - output files written atomically; see output.h. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "framing.h"

typedef struct {
  char *final_path;
  char *tmp_path;
  FILE *stream;
} OutputFile;

struct _OutputSet {
  char *dir;
  GPtrArray *files; /* OutputFile* */
};

/* Close (if open) and remove the temporary of F; free F. */
static void
output_file_discard (OutputFile *f)
{
  if (f->stream != NULL)
    fclose (f->stream);
  if (f->tmp_path != NULL)
    g_unlink (f->tmp_path);
  g_free (f->final_path);
  g_free (f->tmp_path);
  g_free (f);
}

OutputSet *
output_set_new (const char *dir, GError **error)
{
  if (g_mkdir_with_parents (dir, 0777) != 0 || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot use as output directory: %s", dir,
                   g_file_test (dir, G_FILE_TEST_EXISTS)
                     && !g_file_test (dir, G_FILE_TEST_IS_DIR)
                     ? "Not a directory" : g_strerror (e));
      return NULL;
    }
  OutputSet *set = g_new0 (OutputSet, 1);
  set->dir = g_strdup (dir);
  set->files = g_ptr_array_new_with_free_func ((GDestroyNotify) output_file_discard);
  return set;
}

FILE *
output_set_add (OutputSet *set, const char *name, GError **error)
{
  g_autofree char *tmpl = g_strdup_printf (".%s.XXXXXX", name);
  g_autofree char *tmp_path = g_build_filename (set->dir, tmpl, NULL);
  int fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666 & ~0022);
  if (fd < 0)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot write: %s", set->dir, g_strerror (e));
      return NULL;
    }
  FILE *stream = fdopen (fd, "w");
  if (stream == NULL)
    g_error ("out of memory opening %s", tmp_path);
  OutputFile *f = g_new0 (OutputFile, 1);
  f->final_path = g_build_filename (set->dir, name, NULL);
  f->tmp_path = g_steal_pointer (&tmp_path);
  f->stream = stream;
  g_ptr_array_add (set->files, f);
  return stream;
}

/* Flush, sync and close F's stream; FALSE and ERROR on failure. */
static gboolean
output_file_finish (OutputFile *f, GError **error)
{
  gboolean ok = fflush (f->stream) == 0 && !ferror (f->stream)
                && fsync (fileno (f->stream)) == 0;
  int e = errno;
  if (fclose (f->stream) != 0 && ok)
    {
      ok = FALSE;
      e = errno;
    }
  f->stream = NULL;
  if (!ok)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                 "%s: write error: %s", f->final_path, g_strerror (e));
  return ok;
}

/* Sync directory DIR so that the renames into it last (best effort: some
 * file systems cannot sync a directory). */
static void
output_sync_dir (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

gboolean
output_set_commit (OutputSet *set, GError **error)
{
  for (guint i = 0; i < set->files->len; i++)
    if (!output_file_finish (g_ptr_array_index (set->files, i), error))
      return FALSE;
  /* Make the temporaries readable as the final files would be. */
  mode_t mask = umask (0);
  umask (mask);
  for (guint i = 0; i < set->files->len; i++)
    {
      OutputFile *f = g_ptr_array_index (set->files, i);
      g_chmod (f->tmp_path, 0666 & ~mask);
      if (g_rename (f->tmp_path, f->final_path) != 0)
        {
          int e = errno;
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                       "%s: cannot rename into place: %s", f->final_path,
                       g_strerror (e));
          return FALSE;
        }
      g_clear_pointer (&f->tmp_path, g_free);
    }
  output_sync_dir (set->dir);
  return TRUE;
}

void
output_set_free (OutputSet *set)
{
  if (set == NULL)
    return;
  g_ptr_array_unref (set->files);
  g_free (set->dir);
  g_free (set);
}

gboolean
output_close_stream (FILE *stream, const char *what, GError **error)
{
  gboolean ok = fflush (stream) == 0 && !ferror (stream);
  int e = errno;
  if (fclose (stream) != 0 && ok)
    {
      ok = FALSE;
      e = errno;
    }
  if (!ok)
    g_set_error (error, FRAMING_ERROR,
                 e == EPIPE ? FRAMING_ERROR_BROKEN_PIPE : FRAMING_ERROR_IO,
                 "%s: write error: %s", what, g_strerror (e));
  return ok;
}
