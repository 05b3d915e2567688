/* framing.c - the project's GError domain with the error of a failed
 * write, and its lock for short critical sections. */
#include "framing.h"

#include <errno.h>

G_DEFINE_QUARK (framing-error-quark, framing_error)

gboolean
framing_write_error (GError **error, int errnum)
{
  if (errnum == 0)
    errnum = EIO;
  g_set_error (error, FRAMING_ERROR,
               errnum == EPIPE ? FRAMING_ERROR_BROKEN_PIPE : FRAMING_ERROR_IO,
               "write error: %s", g_strerror (errnum));
  return FALSE;
}

gboolean
framing_flush (FILE *out, GError **error)
{
  if (fflush (out) == 0 && !ferror (out))
    return TRUE;
  /* errno is the flush's, or else that of the stream's last failed write
   * (a stream drops the bytes it could not write, so the flush may find
   * nothing to write and succeed): the writers make no call that sets
   * errno between their writes and this. */
  return framing_write_error (error, errno);
}

/* Tries at the lock before framing_mutex_lock () sleeps on it: each
 * followed by a pause of tens of cycles, a few microseconds in all, long
 * enough for the holder to finish, short enough not to waste a core when
 * the holder is descheduled (more threads than cores). */
#define LOCK_SPINS 500

void
framing_mutex_lock (GMutex *mutex)
{
  for (guint i = 0; i < LOCK_SPINS; i++)
    {
      if (g_mutex_trylock (mutex))
        return;
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
      __builtin_ia32_pause (); /* spin politely (and let a sibling run) */
#endif
    }
  g_mutex_lock (mutex);
}

gboolean
framing_fail_at (GError **error, int code, const char *file, guint line,
                 const char *format, va_list ap)
{
  g_autofree char *message = g_strdup_vprintf (format, ap);
  g_set_error (error, FRAMING_ERROR, code, "%s:%u: %s", file, line, message);
  return FALSE;
}
