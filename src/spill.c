/* spill.c - records written out in key order with bounded memory; see
 * spill.h.
 *
 * The batch in memory is an arena of bytes and an index of records.  When
 * the arena passes the budget, the index is sorted and the batch is
 * appended to the temporary file as one run: records [u32 key length]
 * [u32 data length][key][data], sorted.  spill_foreach() merges the runs
 * and the sorted batch with a linear scan for the smallest key (runs are
 * few: one per budget's worth of records), reading each run through its
 * own buffer with pread(), so the file is never read whole.  Ties between
 * equal keys go to the earlier run, and within a batch to the earlier
 * record, which keeps the order of spill_add() calls.
 */
#include "spill.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "framing.h"

/* Read buffer per run while merging. */
#define RUN_BUFFER (64u * 1024u)

typedef struct {
  gsize off;      /* of the key in the arena */
  guint32 key_len;
  guint32 len;
  guint64 order;  /* spill_add() order, for ties */
} Record;

typedef struct {
  guint64 start;  /* byte range of the run in the file */
  guint64 end;
} SortedRun;

struct _Spill {
  gsize budget;
  GByteArray *arena;
  GArray *index;   /* Record */
  gboolean sorted; /* the index is in key order */
  guint64 count;
  int fd;          /* the temporary file, or -1 */
  guint64 file_len;
  GArray *runs;    /* SortedRun */
  int error;       /* errno of a failed run write, or 0 */
};

/* One source of the merge: a run read through a buffer, or the batch. */
typedef struct {
  const SortedRun *run; /* NULL: the batch in memory */
  guint64 pos;          /* next byte of the run to read */
  guint8 *buf;
  gsize buf_cap, buf_pos, buf_len;
  guint next;           /* next record of the batch */
  const guint8 *key;    /* the current record, or NULL at the end */
  guint32 key_len, len;
  const guint8 *data;
} Source;

Spill *
spill_new (gsize budget)
{
  Spill *spill = g_new0 (Spill, 1);
  spill->budget = budget > 0 ? budget : SPILL_DEFAULT_BUDGET;
  spill->arena = g_byte_array_new ();
  spill->index = g_array_new (FALSE, FALSE, sizeof (Record));
  spill->runs = g_array_new (FALSE, FALSE, sizeof (SortedRun));
  spill->fd = -1;
  return spill;
}

void
spill_free (Spill *spill)
{
  if (spill == NULL)
    return;
  g_byte_array_unref (spill->arena);
  g_array_unref (spill->index);
  g_array_unref (spill->runs);
  if (spill->fd >= 0)
    close (spill->fd);
  g_free (spill);
}

guint64
spill_count (const Spill *spill)
{
  return spill->count;
}

/* Order of two records of SPILL's batch: by key bytes, then add order. */
static gint
record_compare (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Spill *spill = user_data;
  const Record *x = a, *y = b;
  const guint8 *base = spill->arena->data;
  int c = memcmp (base + x->off, base + y->off, MIN (x->key_len, y->key_len));
  if (c == 0)
    c = (x->key_len > y->key_len) - (x->key_len < y->key_len);
  if (c == 0)
    c = (x->order > y->order) - (x->order < y->order);
  return c;
}

/* Sort the batch by key, once. */
static void
sort_batch (Spill *spill)
{
  if (!spill->sorted)
    g_array_sort_with_data (spill->index, record_compare, spill);
  spill->sorted = TRUE;
}

/* Write N bytes at P to the end of the temporary file. */
static gboolean
file_append (Spill *spill, const void *p, gsize n)
{
  const guint8 *b = p;
  while (n > 0)
    {
      ssize_t w = write (spill->fd, b, n);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        return FALSE;
      b += w;
      n -= (gsize) w;
      spill->file_len += (guint64) w;
    }
  return TRUE;
}

/* Open the anonymous temporary file (removed at once, so it never
 * outlives the process). */
static gboolean
file_open (Spill *spill)
{
  g_autofree char *path = NULL;
  spill->fd = g_file_open_tmp ("framing-XXXXXX", &path, NULL);
  if (spill->fd < 0)
    return FALSE;
  g_unlink (path);
  return TRUE;
}

/* Write the batch to the temporary file as one sorted run and empty it. */
static void
flush_batch (Spill *spill)
{
  if (spill->error == 0 && spill->fd < 0 && !file_open (spill))
    spill->error = errno != 0 ? errno : EIO;
  sort_batch (spill);
  SortedRun run = { spill->file_len, 0 };
  GByteArray *out = g_byte_array_sized_new (RUN_BUFFER + 1024);
  for (guint i = 0; i < spill->index->len && spill->error == 0; i++)
    {
      const Record *r = &g_array_index (spill->index, Record, i);
      guint32 head[2] = { r->key_len, r->len };
      g_byte_array_append (out, (const guint8 *) head, sizeof head);
      g_byte_array_append (out, spill->arena->data + r->off, r->key_len + r->len);
      if (out->len >= RUN_BUFFER || i + 1 == spill->index->len)
        {
          if (!file_append (spill, out->data, out->len))
            spill->error = errno != 0 ? errno : EIO;
          g_byte_array_set_size (out, 0);
        }
    }
  g_byte_array_unref (out);
  run.end = spill->file_len;
  g_array_append_val (spill->runs, run);
  g_byte_array_set_size (spill->arena, 0);
  g_array_set_size (spill->index, 0);
  spill->sorted = FALSE;
}

void
spill_add (Spill *spill, const void *key, gsize key_len, const void *data,
           gsize len)
{
  g_return_if_fail (key_len <= G_MAXUINT32 && len <= G_MAXUINT32);
  Record r = { spill->arena->len, (guint32) key_len, (guint32) len,
               spill->count++ };
  g_byte_array_append (spill->arena, key, (guint) key_len);
  g_byte_array_append (spill->arena, data, (guint) len);
  g_array_append_val (spill->index, r);
  spill->sorted = FALSE;
  if (spill->arena->len + spill->index->len * sizeof (Record) >= spill->budget)
    flush_batch (spill);
}

/* Read the run's next record header and bytes into S's buffer; FALSE on
 * a read error. */
static gboolean
source_fill (Spill *spill, Source *s, gsize need)
{
  if (s->buf_len - s->buf_pos >= need)
    return TRUE;
  memmove (s->buf, s->buf + s->buf_pos, s->buf_len - s->buf_pos);
  s->buf_len -= s->buf_pos;
  s->buf_pos = 0;
  if (need > s->buf_cap)
    {
      s->buf_cap = need;
      s->buf = g_realloc (s->buf, s->buf_cap);
    }
  while (s->buf_len < need)
    {
      gsize want = (gsize) MIN ((guint64) (s->buf_cap - s->buf_len),
                                s->run->end - s->pos);
      ssize_t r = pread (spill->fd, s->buf + s->buf_len, want, (off_t) s->pos);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        return FALSE;
      s->buf_len += (gsize) r;
      s->pos += (guint64) r;
    }
  return TRUE;
}

/* Move S to its next record (key NULL at the end); FALSE on a read error. */
static gboolean
source_next (Spill *spill, Source *s)
{
  if (s->run == NULL)
    {
      if (s->next >= spill->index->len)
        {
          s->key = NULL;
          return TRUE;
        }
      const Record *r = &g_array_index (spill->index, Record, s->next++);
      s->key = spill->arena->data + r->off;
      s->key_len = r->key_len;
      s->len = r->len;
      s->data = s->key + r->key_len;
      return TRUE;
    }
  if (s->buf_len == s->buf_pos && s->pos == s->run->end)
    {
      s->key = NULL;
      return TRUE;
    }
  guint32 head[2];
  if (!source_fill (spill, s, sizeof head))
    return FALSE;
  memcpy (head, s->buf + s->buf_pos, sizeof head);
  s->buf_pos += sizeof head;
  if (!source_fill (spill, s, (gsize) head[0] + head[1]))
    return FALSE;
  s->key = s->buf + s->buf_pos;
  s->key_len = head[0];
  s->len = head[1];
  s->data = s->key + head[0];
  s->buf_pos += (gsize) head[0] + head[1];
  return TRUE;
}

/* Whether A's current key comes before B's (memcmp, then length). */
static gboolean
source_before (const Source *a, const Source *b)
{
  int c = memcmp (a->key, b->key, MIN (a->key_len, b->key_len));
  if (c == 0)
    c = (a->key_len > b->key_len) - (a->key_len < b->key_len);
  return c < 0;
}

/* Merge SOURCES (N of them, each on its first record), handing each
 * payload to FUNC.  FALSE with *STOPPED set when FUNC said stop (and set
 * ERROR), or with it unset when a run could not be read back. */
static gboolean
merge (Spill *spill, Source *sources, guint n, SpillFunc func,
       gpointer data, gboolean *stopped, GError **error)
{
  for (;;)
    {
      Source *min = NULL;
      for (guint i = 0; i < n; i++)
        if (sources[i].key != NULL && (min == NULL || source_before (&sources[i], min)))
          min = &sources[i];
      if (min == NULL)
        return TRUE;
      if (!func (min->data, min->len, data, error))
        {
          *stopped = TRUE;
          return FALSE;
        }
      if (!source_next (spill, min))
        return FALSE;
    }
}

gboolean
spill_foreach (Spill *spill, SpillFunc func, gpointer data, GError **error)
{
  sort_batch (spill);
  guint n = spill->runs->len + 1;
  g_autofree Source *sources = g_new0 (Source, n);
  gboolean ok = spill->error == 0;
  for (guint i = 0; i < n && ok; i++)
    {
      Source *s = &sources[i];
      if (i < spill->runs->len)
        {
          s->run = &g_array_index (spill->runs, SortedRun, i);
          s->pos = s->run->start;
          s->buf_cap = RUN_BUFFER;
          s->buf = g_malloc (s->buf_cap);
        }
      ok = source_next (spill, s);
    }
  gboolean stopped = FALSE;
  if (ok)
    ok = merge (spill, sources, n, func, data, &stopped, error);
  int e = spill->error != 0 ? spill->error : errno;
  for (guint i = 0; i < n; i++)
    g_free (sources[i].buf);
  if (!ok && !stopped)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                 "temporary file of the articles table: %s",
                 e != 0 ? g_strerror (e) : "short read");
  return ok;
}

/* spill_write ()'s SpillFunc: write the payload to the stream DATA. */
static gboolean
write_payload (const void *payload, gsize len, gpointer data, GError **error)
{
  FILE *out = data;
  if (len > 0 && fwrite (payload, 1, len, out) != len)
    return framing_write_error (error, errno != 0 ? errno : EIO);
  return TRUE;
}

gboolean
spill_write (Spill *spill, FILE *out, GError **error)
{
  return spill_foreach (spill, write_payload, out, error);
}
