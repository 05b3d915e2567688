/* output.c - output files written atomically, and write errors told;
 * see output.h. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "framing.h"

/* ---- Temporaries removed on a fatal signal ---------------------------
 *
 * A run killed by SIGINT (^C), SIGTERM or SIGHUP removes the temporaries
 * it has not renamed into place, then dies of the signal as it would
 * have.  The handler may run on any thread at any moment, so it reads
 * only this table: each path is copied into a slot of its own, never
 * reused and kept to the end (a run writes a dozen files at most), and
 * a slot is switched on or off by one store to its flag.  Past
 * CLEANUP_SLOTS files, temporaries are left as before. */

#define CLEANUP_SLOTS 64

static char *cleanup_paths[CLEANUP_SLOTS];
static volatile sig_atomic_t cleanup_on[CLEANUP_SLOTS];
static guint cleanup_used; /* slots taken (main thread only) */

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };

/* The handler: unlink () and raise () are async-signal-safe. */
static void
cleanup_on_signal (int sig)
{
  for (guint i = 0; i < CLEANUP_SLOTS; i++)
    if (cleanup_on[i])
      unlink (cleanup_paths[i]);
  /* SA_RESETHAND has put back the default action. */
  raise (sig);
}

/* Install the handler for the signals whose action is still the default
 * (an ignored SIGHUP, under nohup, stays ignored). */
static void
cleanup_install (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    {
      struct sigaction old;
      if (sigaction (cleanup_signals[i], NULL, &old) != 0
          || old.sa_handler != SIG_DFL)
        continue;
      struct sigaction sa;
      memset (&sa, 0, sizeof sa);
      sa.sa_handler = cleanup_on_signal;
      sa.sa_flags = SA_RESETHAND;
      sigemptyset (&sa.sa_mask);
      sigaction (cleanup_signals[i], &sa, NULL);
    }
  g_once_init_leave (&done, 1);
}

/* Publish PATH for the handler; the slot, or -1 when none is left. */
static int
cleanup_add (const char *path)
{
  if (cleanup_used == CLEANUP_SLOTS)
    return -1;
  cleanup_paths[cleanup_used] = g_strdup (path);
  cleanup_on[cleanup_used] = 1;
  return (int) cleanup_used++;
}

/* Withdraw slot SLOT (-1: none); its copy of the path stays allocated,
 * as the handler may be reading it. */
static void
cleanup_remove (int slot)
{
  if (slot >= 0)
    cleanup_on[slot] = 0;
}

typedef struct {
  char *final_path;
  char *tmp_path;
  FILE *stream;
  int cleanup_slot;   /* see cleanup_add (), or -1 */
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
  cleanup_remove (f->cleanup_slot);
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
  cleanup_install ();
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
  f->cleanup_slot = cleanup_add (f->tmp_path);
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
      cleanup_remove (f->cleanup_slot);
      f->cleanup_slot = -1;
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

/* Set ERROR for a write that failed with errno E: WHAT (or nothing)
 * and "write error: WHY"; a closed pipe is FRAMING_ERROR_BROKEN_PIPE. */
static void
set_write_error (GError **error, const char *what, int e)
{
  g_set_error (error, FRAMING_ERROR,
               e == EPIPE ? FRAMING_ERROR_BROKEN_PIPE : FRAMING_ERROR_IO,
               "%s%swrite error: %s", what != NULL ? what : "",
               what != NULL ? ": " : "", g_strerror (e));
}

gboolean
output_check_stream (FILE *stream, GError **error)
{
  if (fflush (stream) == 0 && !ferror (stream))
    return TRUE;
  set_write_error (error, NULL, errno);
  return FALSE;
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
    set_write_error (error, what, e);
  return ok;
}
