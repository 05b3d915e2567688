/* repeats.c - removal of repeated long lines from an article.
 *
 * Within one article, a line (split at \n) whose content trimmed of white
 * space (g_unichar_isspace) at both ends is REPEAT_MIN_CHARS (40) or more
 * code points long and equals an earlier trimmed line of the same article
 * is removed with its line break and counted (after the UTF-8 repair).
 * The lines kept are found again through two small hash sets (by a key of
 * their ends, then by a hash of the whole line), all in this file so that
 * the per-line hashing stays inlined.  The same line hash keys a whole
 * article's text (repeats_text_key ()), for telling duplicates.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "ascii.h"

#include <string.h>

/* One lane step of line_hash (): mix the 8 bytes at P into H. */
static inline guint64
line_mix (guint64 h, const char *p)
{
  guint64 w;
  memcpy (&w, p, 8);
  h = (h ^ w) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  return h ^ (h >> 32);
}

/* A 64-bit hash of the LEN bytes at S (NUL bytes included): four
 * independent lanes of 8 bytes, so that the multiplications overlap.
 * The lanes are separate scalars: as an array, compilers turn them into
 * vector code that emulates 64-bit multiplication, several times slower. */
static guint64
line_hash (const char *s, gsize len)
{
  const guint64 k = G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  guint64 h0 = len, h1 = ~len, h2 = len * k;
  guint64 h3 = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  gsize i = 0;
  for (; i + 32 <= len; i += 32)
    {
      h0 = line_mix (h0, s + i);
      h1 = line_mix (h1, s + i + 8);
      h2 = line_mix (h2, s + i + 16);
      h3 = line_mix (h3, s + i + 24);
    }
  /* Up to three more whole words, then the last bytes. */
  if (i + 8 <= len)
    {
      h0 = line_mix (h0, s + i);
      i += 8;
    }
  if (i + 8 <= len)
    {
      h1 = line_mix (h1, s + i);
      i += 8;
    }
  if (i + 8 <= len)
    {
      h2 = line_mix (h2, s + i);
      i += 8;
    }
  guint64 tail = 0;
  memcpy (&tail, s + i, len - i);
  guint64 x = (h0 ^ tail) * k;
  x ^= h1 * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
  x ^= (h2 << 21 | h2 >> 43) ^ (h3 << 43 | h3 >> 21);
  x *= k;
  return x ^ (x >> 29);
}

/* The long lines kept so far in one text, in two open-addressing sets of
 * their keys and places (byte offsets into the text).  Hashing every
 * long line would cost a pass over nearly all the text, for the few
 * lines that repeat; so a line is first keyed by its length and its first
 * and last 8 bytes (ends_key ()), which a repeat shares.  A line whose
 * ends key no earlier line has is kept at once, in the set by ends.  The
 * first time another line has the same ends key, both go to the set by
 * full hash (line_hash ()), where equal lines are found as before.  Each
 * line is hashed at most once, so hostile text (many lines with the same
 * ends) costs no more than hashing it all, and the set by ends holds one
 * line per key, so its probes stay short. */
typedef struct {
  guint64 hash;      /* ends_key () or line_hash (), as the set is */
  gsize off;         /* 0: a free slot; else 1 + the line's offset */
  gsize len;
  gboolean hashed;   /* by ends: the line is in the set by hash too */
} SeenLine;

typedef struct {
  SeenLine *slots;
  gsize n_slots;  /* a power of two */
  gsize n;
  gboolean heap;  /* slots were allocated (else they are the caller's) */
} SeenSet;

/* Slots a set starts with, on the stack: enough for most articles. */
#define SEEN_LOCAL 64

/* The ends key of the LEN >= 8 bytes at S. */
static inline guint64
ends_key (const char *s, gsize len)
{
  guint64 first, last;
  memcpy (&first, s, 8);
  memcpy (&last, s + len - 8, 8);
  guint64 x = (first ^ len) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd)
              ^ last * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
  return x ^ (x >> 29);
}

/* Put LINE in SET's slots (it is not there; there is room). */
static void
seen_place (SeenSet *set, SeenLine line)
{
  gsize i = (gsize) line.hash & (set->n_slots - 1);
  while (set->slots[i].off != 0)
    i = (i + 1) & (set->n_slots - 1);
  set->slots[i] = line;
}

/* Double the slots of SET. */
static void
seen_grow (SeenSet *set)
{
  SeenSet bigger = { g_new0 (SeenLine, MAX (64, 2 * set->n_slots)),
                     MAX (64, 2 * set->n_slots), set->n, TRUE };
  for (gsize i = 0; i < set->n_slots; i++)
    if (set->slots[i].off != 0)
      seen_place (&bigger, set->slots[i]);
  if (set->heap)
    g_free (set->slots);
  *set = bigger;
}

/* Add LINE to SET, growing it first if it is half full. */
static inline void
seen_add (SeenSet *set, SeenLine line)
{
  if (G_UNLIKELY (2 * (set->n + 1) > set->n_slots))
    seen_grow (set);
  seen_place (set, line);
  set->n++;
}

/* The line of SET with key HASH and length LEN, or NULL. */
static SeenLine *
seen_find_key (SeenSet *set, guint64 hash, gsize len)
{
  if (set->slots != NULL)
    for (gsize i = (gsize) hash & (set->n_slots - 1); set->slots[i].off != 0;
         i = (i + 1) & (set->n_slots - 1))
      if (set->slots[i].hash == hash && set->slots[i].len == len)
        return &set->slots[i];
  return NULL;
}

/* Whether the LEN bytes at S are a line of the set by hash SET (lines at
 * offsets into BASE); if not, add them as the line at offset OFF. */
static gboolean
seen_check_add (SeenSet *set, const char *base, const char *s, gsize len,
                gsize off)
{
  guint64 hash = line_hash (s, len);
  if (set->slots != NULL)
    for (gsize i = (gsize) hash & (set->n_slots - 1); set->slots[i].off != 0;
         i = (i + 1) & (set->n_slots - 1))
      {
        const SeenLine *l = &set->slots[i];
        if (l->hash == hash && l->len == len
            && memcmp (base + l->off - 1, s, len) == 0)
          return TRUE;
      }
  seen_add (set, (SeenLine) { hash, off + 1, len, FALSE });
  return FALSE;
}

/* Whether the long line of LEN bytes at S repeats a line kept before (in
 * the sets BY_ENDS and BY_HASH, lines at offsets into BASE); if not, it
 * is recorded as the line at offset OFF. */
static gboolean
seen_line (SeenSet *by_ends, SeenSet *by_hash, const char *base,
           const char *s, gsize len, gsize off)
{
  guint64 key = ends_key (s, len);
  SeenLine *same_ends = seen_find_key (by_ends, key, len);
  if (same_ends == NULL)
    {
      seen_add (by_ends, (SeenLine) { key, off + 1, len, FALSE });
      return FALSE;
    }
  if (!same_ends->hashed)
    {
      const char *first = base + same_ends->off - 1;
      seen_add (by_hash, (SeenLine) { line_hash (first, len), same_ends->off,
                                      len, FALSE });
      same_ends->hashed = TRUE;
    }
  return seen_check_add (by_hash, base, s, len, off);
}

/* Number of code points in the valid UTF-8 span S..E, up to LIMIT. */
static gsize
count_chars (const char *s, const char *e, gsize limit)
{
  gsize n = 0;
  for (; s < e && n < limit; s++)
    if (((guchar) *s & 0xC0) != 0x80)
      n++;
  return n;
}

/* Whether the valid UTF-8 span A..B holds REPEAT_MIN_CHARS code points or
 * more.  A code point takes at most 4 bytes, and an ASCII one 1: spans
 * that are longer, or all ASCII, need no counting. */
static gboolean
long_line (const char *a, const char *b)
{
  gsize n = (gsize) (b - a);
  if (n >= 4 * REPEAT_MIN_CHARS)
    return TRUE;
  if (n < REPEAT_MIN_CHARS)
    return FALSE;
  if (ascii_end ((const guchar *) a, (const guchar *) b) == (const guchar *) b)
    return TRUE;
  return count_chars (a, b, REPEAT_MIN_CHARS) >= REPEAT_MIN_CHARS;
}

/* Folds the line of LEN bytes at S (trimmed, not empty) into the text
 * key KEY. */
static inline guint64
text_key_line (guint64 key, const char *s, gsize len)
{
  key = (key + line_hash (s, len)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return key ^ (key >> 31);
}

/* A text key of lines: 0 stays for no line at all. */
static inline guint64
text_key_end (guint64 key, gboolean any)
{
  return any && key == 0 ? 1 : key;
}

/* Removes repeated long lines from BUF (valid UTF-8) in place; returns how
 * many were removed.  Kept lines are compacted towards the start, and the
 * seen-set points into the compacted copy, which is never overwritten.
 * With KEY, also sets *KEY to repeats_text_key () of what is kept, in the
 * same pass (KEY is a constant NULL or not where this is inlined). */
static inline guint
remove_lines (GString *buf, guint64 *key)
{
  SeenLine local[SEEN_LOCAL];
  memset (local, 0, sizeof local);
  SeenSet by_ends = { local, SEEN_LOCAL, 0, FALSE };
  SeenSet by_hash = { NULL, 0, 0, FALSE };
  guint removed = 0;
  guint64 k = 0;
  gboolean any = FALSE;
  char *src = buf->str, *end = buf->str + buf->len, *dst = buf->str;
  while (src < end)
    {
      char *nl = memchr (src, '\n', (gsize) (end - src));
      char *line_end = nl != NULL ? nl + 1 : end;
      const char *a = src, *b = nl != NULL ? nl : end;
      gboolean drop = FALSE;
      if ((gsize) (b - a) >= REPEAT_MIN_CHARS)
        {
          trim_span (&a, &b);
          /* The kept copy of this line will start at dst + (a - src). */
          if (long_line (a, b))
            drop = seen_line (&by_ends, &by_hash, buf->str, a, (gsize) (b - a),
                              (gsize) (dst + (a - src) - buf->str));
        }
      else if (key != NULL)
        trim_span (&a, &b);
      if (key != NULL && !drop && a < b)
        {
          k = text_key_line (k, a, (gsize) (b - a));
          any = TRUE;
        }
      gsize n = (gsize) (line_end - src);
      if (drop)
        removed++;
      else
        {
          if (dst != src)
            memmove (dst, src, n);
          dst += n;
        }
      src = line_end;
    }
  if (by_ends.heap)
    g_free (by_ends.slots);
  g_free (by_hash.slots);
  g_string_truncate (buf, (gsize) (dst - buf->str));
  if (key != NULL)
    *key = text_key_end (k, any);
  return removed;
}

/* Removes repeated long lines from BUF (valid UTF-8) in place; returns how
 * many were removed. */
guint
repeats_remove (GString *buf)
{
  return remove_lines (buf, NULL);
}

/* repeats_remove () that also sets *KEY to repeats_text_key () of the
 * text left, in the same pass over its lines. */
guint
repeats_remove_keyed (GString *buf, guint64 *key)
{
  return remove_lines (buf, key);
}

/* A key of the text of an article, for telling the same text under two
 * names: the hashes of its lines (line_hash () of each, trimmed of white
 * space; blank lines left out) folded in order.  0 for a text of blank
 * lines. */
guint64
repeats_text_key (const char *s, gsize len)
{
  const char *p = s, *end = s + len;
  guint64 key = 0;
  gboolean any = FALSE;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *a = p, *b = nl != NULL ? nl : end;
      p = nl != NULL ? nl + 1 : end;
      trim_span (&a, &b);
      if (a == b)
        continue;
      key = text_key_line (key, a, (gsize) (b - a));
      any = TRUE;
    }
  return text_key_end (key, any);
}
