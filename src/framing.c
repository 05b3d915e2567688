/* framing.c - the project's GError domain, and its lock for short
 * critical sections. */
#include "framing.h"

G_DEFINE_QUARK (framing-error-quark, framing_error)

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
