/* dupes.c - what the reader has seen, to tell an article met twice: a set
 * of 64-bit keys (a file's device and inode, a hash of an article's
 * text), each with the name it was first met under.
 *
 * Memory stays small whatever the corpus: a key and the offset of its
 * name take 16 bytes in an open-addressing table kept at most half full,
 * and the names themselves go, once they pass NAMES_IN_MEMORY bytes, to
 * an unlinked temporary file (as spill.c's runs do), from which the one
 * name a duplicate's note needs is read back with pread ().  If no such
 * file can be had, the names stay in memory.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* Bytes of names kept in memory before they go to the temporary file. */
#define NAMES_IN_MEMORY (1024u * 1024u)

typedef struct {
  guint64 key;   /* 0: a free slot */
  guint64 name;  /* offset of the name in the log */
} DupSlot;

struct _Dupes {
  DupSlot *slots;
  gsize n_slots;     /* a power of two */
  gsize n;
  GString *names;    /* names not written out, NUL-terminated, from
                        offset 'written' on */
  guint64 written;   /* bytes of names in the file */
  int fd;            /* the temporary file, or -1 */
  gboolean no_file;  /* it could not be made or written: names stay here */
};

/* A new empty set. */
Dupes *
dupes_new (void)
{
  Dupes *d = g_new0 (Dupes, 1);
  d->n_slots = 1024;
  d->slots = g_new0 (DupSlot, d->n_slots);
  d->names = g_string_new (NULL);
  d->fd = -1;
  return d;
}

/* Frees D (NULL is a no-op). */
void
dupes_free (Dupes *d)
{
  if (d == NULL)
    return;
  if (d->fd >= 0)
    close (d->fd);
  g_string_free (d->names, TRUE);
  g_free (d->slots);
  g_free (d);
}

/* Writes the names kept in memory to the temporary file (made on first
 * use); on failure they stay in memory for good. */
static void
names_write_out (Dupes *d)
{
  if (d->fd < 0)
    {
      g_autofree char *path = NULL;
      d->fd = g_file_open_tmp ("framing-names-XXXXXX", &path, NULL);
      if (d->fd < 0)
        {
          d->no_file = TRUE;
          return;
        }
      g_unlink (path);
    }
  const char *p = d->names->str;
  gsize left = d->names->len;
  while (left > 0)
    {
      ssize_t w = pwrite (d->fd, p, left, (off_t) d->written);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        {
          d->no_file = TRUE;  /* the part written stays valid */
          g_string_erase (d->names, 0, (gssize) (p - d->names->str));
          return;
        }
      p += w;
      left -= (gsize) w;
      d->written += (guint64) w;
    }
  g_string_truncate (d->names, 0);
}

/* Adds NAME to the log; its offset. */
static guint64
names_add (Dupes *d, const char *name)
{
  guint64 off = d->written + d->names->len;
  g_string_append_len (d->names, name, (gssize) strlen (name) + 1);
  if (d->names->len >= NAMES_IN_MEMORY && !d->no_file)
    names_write_out (d);
  return off;
}

/* The name at offset OFF of the log (newly allocated). */
static char *
names_get (Dupes *d, guint64 off)
{
  if (off >= d->written)
    return g_strdup (d->names->str + (off - d->written));
  GString *name = g_string_new (NULL);
  char buf[256];
  for (;;)
    {
      ssize_t n = pread (d->fd, buf, sizeof buf, (off_t) off);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;   /* cannot happen: the whole name was written */
      char *nul = memchr (buf, '\0', (gsize) n);
      g_string_append_len (name, buf, nul != NULL ? nul - buf : n);
      if (nul != NULL)
        break;
      off += (guint64) n;
    }
  return g_string_free (name, FALSE);
}

/* Puts SLOT into the slots of D (there is room). */
static void
slot_place (DupSlot *slots, gsize n_slots, DupSlot slot)
{
  gsize i = (gsize) (slot.key ^ (slot.key >> 32)) & (n_slots - 1);
  while (slots[i].key != 0)
    i = (i + 1) & (n_slots - 1);
  slots[i] = slot;
}

/* Doubles the slots of D. */
static void
dupes_grow (Dupes *d)
{
  gsize n = d->n_slots * 2;
  DupSlot *slots = g_new0 (DupSlot, n);
  for (gsize i = 0; i < d->n_slots; i++)
    if (d->slots[i].key != 0)
      slot_place (slots, n, d->slots[i]);
  g_free (d->slots);
  d->slots = slots;
  d->n_slots = n;
}

/* The name KEY was first met under (newly allocated), or NULL when it is
 * new: it is then added with NAME. */
char *
dupes_check (Dupes *d, guint64 key, const char *name)
{
  if (key == 0)
    key = 1;                            /* 0 marks a free slot */
  for (gsize i = (gsize) (key ^ (key >> 32)) & (d->n_slots - 1);
       d->slots[i].key != 0; i = (i + 1) & (d->n_slots - 1))
    if (d->slots[i].key == key)
      return names_get (d, d->slots[i].name);
  if (2 * (d->n + 1) > d->n_slots)
    dupes_grow (d);
  slot_place (d->slots, d->n_slots, (DupSlot) { key, names_add (d, name) });
  d->n++;
  return NULL;
}
