/* gzahead.c - a gzip stream decompressed ahead of its reader; see
 * gzahead.h.
 *
 * A ring of AHEAD_CHUNKS chunks of AHEAD_CHUNK bytes: the inflating
 * thread fills the chunk at `filled` while the ring has room, the reader
 * copies out of the chunk at `taken`; one mutex and one condition guard
 * the two counters.  The thread's last chunk carries the end of the
 * stream or its error (its length is 0 or -1), after which it stops; the
 * reader keeps returning that end.
 */
#include "gzahead.h"

#include <errno.h>
#include <string.h>

#define AHEAD_CHUNKS 8
#define AHEAD_CHUNK (256u * 1024u)

typedef struct {
  char *data;
  int len;              /* bytes in data; 0: the end; -1: an error */
  GzAheadStatus status; /* as of after this chunk */
} Chunk;

struct _GzAhead {
  gzFile gz;
  GThread *thread;
  GMutex lock;
  GCond cond;
  Chunk chunks[AHEAD_CHUNKS];
  guint64 filled;       /* chunks the thread has filled */
  guint64 taken;        /* chunks the reader has used up */
  unsigned pos;         /* bytes read from the chunk at taken */
  gboolean stop;        /* set by gz_ahead_free () */
};

/* Fill C with the next bytes of GZ, as the reader's own gzread () would
 * have; FALSE when C ends the stream. */
static gboolean
inflate_chunk (gzFile gz, Chunk *c)
{
  memset (&c->status, 0, sizeof c->status);
  if (gzdirect (gz))
    {
      c->status.direct = TRUE;
      c->len = -1;
      return FALSE;
    }
  errno = 0;
  c->len = gzread (gz, c->data, AHEAD_CHUNK);
  c->status.offset = gzoffset (gz);
  if (c->len > 0)
    return TRUE;
  gzerror (gz, &c->status.errnum);
  c->status.sys_errno = errno;
  return FALSE;
}

/* The inflating thread. */
static gpointer
ahead_main (gpointer data)
{
  GzAhead *a = data;
  for (;;)
    {
      g_mutex_lock (&a->lock);
      while (!a->stop && a->filled - a->taken == AHEAD_CHUNKS)
        g_cond_wait (&a->cond, &a->lock);
      gboolean stop = a->stop;
      Chunk *c = &a->chunks[a->filled % AHEAD_CHUNKS];
      g_mutex_unlock (&a->lock);
      if (stop)
        return NULL;
      /* The chunk is the thread's until `filled` moves past it. */
      gboolean more = inflate_chunk (a->gz, c);
      g_mutex_lock (&a->lock);
      a->filled++;
      g_cond_broadcast (&a->cond);
      g_mutex_unlock (&a->lock);
      if (!more)
        return NULL;
    }
}

GzAhead *
gz_ahead_new (gzFile gz)
{
  GzAhead *a = g_new0 (GzAhead, 1);
  a->gz = gz;
  g_mutex_init (&a->lock);
  g_cond_init (&a->cond);
  for (guint i = 0; i < AHEAD_CHUNKS; i++)
    a->chunks[i].data = g_malloc (AHEAD_CHUNK);
  a->thread = g_thread_new ("framing-gunzip", ahead_main, a);
  return a;
}

int
gz_ahead_read (GzAhead *a, char *buf, unsigned n, GzAheadStatus *status)
{
  g_mutex_lock (&a->lock);
  while (a->filled == a->taken)
    g_cond_wait (&a->cond, &a->lock);
  g_mutex_unlock (&a->lock);
  /* The chunk at taken is the reader's until `taken` moves past it. */
  Chunk *c = &a->chunks[a->taken % AHEAD_CHUNKS];
  *status = c->status;
  if (c->len <= 0)
    return c->len; /* the end, for this call and every later one */
  unsigned k = MIN (n, (unsigned) c->len - a->pos);
  memcpy (buf, c->data + a->pos, k);
  a->pos += k;
  if (a->pos == (unsigned) c->len)
    {
      a->pos = 0;
      g_mutex_lock (&a->lock);
      a->taken++;
      g_cond_broadcast (&a->cond);
      g_mutex_unlock (&a->lock);
    }
  return (int) k;
}

void
gz_ahead_free (GzAhead *a)
{
  if (a == NULL)
    return;
  g_mutex_lock (&a->lock);
  a->stop = TRUE;
  g_cond_broadcast (&a->cond);
  g_mutex_unlock (&a->lock);
  g_thread_join (a->thread);
  for (guint i = 0; i < AHEAD_CHUNKS; i++)
    g_free (a->chunks[i].data);
  g_mutex_clear (&a->lock);
  g_cond_clear (&a->cond);
  g_free (a);
}
