/* input.c - articles from files, directories, manifests, JSON Lines, gzip
 * and standard input (contract: "Input" and the JSON Lines options).
 *
 * An InputReader is a small state machine over its inputs: first the
 * manifest's rows, then the INPUTS arguments.  Each item is a text file (one
 * article), a JSON Lines file (one article a line) or a directory walked
 * recursively.  At most one input file is open at a time and articles are
 * handed out one by one, never accumulated.
 *
 * Decisions taken for this module (see also input.h):
 * - input.c owns the repair of input bytes into valid UTF-8: each invalid
 *   sequence becomes U+FFFD by the "maximal subpart" practice (Unicode
 *   ch. 3, WHATWG; what Python's bytes.decode ('utf-8', 'replace') does).
 *   Replacements are counted and, after each file (a text file, or a whole
 *   JSON Lines file), "FILE: N invalid UTF-8 sequences replaced" goes to
 *   opts->warn.  Valid input takes a fast path (ASCII 16 bytes at a time,
 *   other sequences through g_utf8_validate_len).  NUL bytes are valid
 *   UTF-8 and are kept.
 * - A UTF-8 BOM at the start of a text file is dropped.
 * - Repeated lines: within one article, a line (split at \n) whose content
 *   trimmed of white space (g_unichar_isspace) at both ends is 40 or more
 *   code points long and equals an earlier trimmed line of the same article
 *   is removed with its line break and counted (after the UTF-8 repair).
 * - Front matter: the first line is exactly "---" (trailing white space
 *   allowed); `key: value` lines (keys trimmed and lower-cased, values
 *   trimmed and unquoted once) up to the next "---" line; blank lines and
 *   '#' lines are ignored; empty values are not stored.
 * - Metadata precedence: manifest cells > front matter / JSON fields >
 *   first-level subdirectory name > the input argument's base name (with
 *   .gz and then .txt/.md/.jsonl/.ndjson stripped).
 * - Directories: entries in strcmp order, names starting with '.' skipped,
 *   files *.txt *.md *.jsonl *.ndjson (each also + .gz) taken, symlink
 *   loops cut by remembering (st_dev, st_ino) of visited directories; a
 *   folder more than FRAMING_MAX_DIR_DEPTH levels down is a bad input.
 * - Manifest: RFC 4180 CSV with a header; ids are the path cells as
 *   written; rows naming directories or JSON Lines files are expanded.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* open, dup, opendir, lstat, symlink */
#endif

#include "input.h"

#include "ascii.h"
#include "csv.h"
#include "framing.h"
#include "jsonline.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <zlib.h>

#include "gzahead.h"

/* Trimmed lines shorter than this (in code points) are never removed. */
#define REPEAT_MIN_CHARS 40

/* Read buffer of the line reader and of whole-file reads. */
#define READ_CHUNK (256u * 1024u)

static const char *const text_exts[] = { ".txt", ".md", ".jsonl", ".ndjson", NULL };

/* ------------------------------------------------------------------ */
/* Byte streams: a plain file descriptor or a gzip stream over one.    */

typedef struct {
  int fd;
  gboolean close_fd;
  gzFile gz;        /* NULL for a plain file */
  GzAhead *ahead;   /* inflating gz in a thread of its own, or NULL */
  guint64 raw;      /* on-disk bytes consumed so far */
  char *label;      /* FILE, for messages */
} Stream;

/* How to open a file found in a directory being walked: openat (dir_fd,
 * name), which looks up one name where open (path) would look up every
 * folder of the path again. */
typedef struct {
  int dir_fd;
  const char *name;
} OpenAt;

/* Opens PATH (or standard input when PATH is NULL), or AT when it is not
 * NULL, for reading, as gzip if GZIP, inflated in a thread of its own if
 * also AHEAD; sets errno and returns FALSE on failure. */
static gboolean
stream_open (Stream *s, const char *path, const OpenAt *at, const char *label,
             gboolean gzip, gboolean ahead)
{
  memset (s, 0, sizeof *s);
  if (path == NULL)
    s->fd = STDIN_FILENO;
  else
    {
      s->fd = at != NULL ? openat (at->dir_fd, at->name, O_RDONLY)
                         : open (path, O_RDONLY);
      if (s->fd < 0)
        return FALSE;
      s->close_fd = TRUE;
    }
  if (gzip)
    {
      /* gzdopen takes over the descriptor: dup it so that close rules stay
       * the same for both kinds of stream. */
      int fd2 = dup (s->fd);
      if (fd2 < 0 || (s->gz = gzdopen (fd2, "rb")) == NULL)
        {
          int saved = errno;
          if (fd2 >= 0)
            close (fd2);
          if (s->close_fd)
            close (s->fd);
          errno = saved != 0 ? saved : ENOMEM;
          return FALSE;
        }
      gzbuffer (s->gz, READ_CHUNK);
      if (ahead)
        s->ahead = gz_ahead_new (s->gz);
    }
  s->label = g_strdup (label);
  return TRUE;
}

/* Closes S (a no-op on a closed stream). */
static void
stream_close (Stream *s)
{
  g_clear_pointer (&s->ahead, gz_ahead_free);
  if (s->gz != NULL)
    gzclose (s->gz);
  if (s->close_fd && s->fd >= 0)
    close (s->fd);
  s->gz = NULL;
  s->close_fd = FALSE;
  s->fd = -1;
  g_clear_pointer (&s->label, g_free);
}

/* Sets ERROR for a gzip stream whose last read failed or ended early. */
static void
stream_gz_error (Stream *s, int errnum, GError **error)
{
  if (errnum == Z_ERRNO)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: read error: %s",
                 s->label, g_strerror (errno));
  else if (errnum == Z_BUF_ERROR)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s: truncated gzip data", s->label);
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s: not a valid gzip file", s->label);
}

/* stream_read () of a gzip stream inflated ahead: the same bytes, ends
 * and errors. */
static gssize
stream_read_ahead (Stream *s, char *buf, gsize n, GError **error)
{
  GzAheadStatus st;
  int r = gz_ahead_read (s->ahead, buf, (unsigned) MIN (n, (gsize) G_MAXINT),
                         &st);
  if (st.offset >= 0)
    s->raw = (guint64) st.offset;
  if (st.direct)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a valid gzip file", s->label);
      return -1;
    }
  if (r < 0 || (r == 0 && st.errnum != Z_OK))
    {
      errno = st.sys_errno;
      stream_gz_error (s, st.errnum, error);
      return -1;
    }
  return r;
}

/* Reads up to N bytes into BUF: the count, 0 at a clean end, -1 with ERROR
 * set on a read error or a truncated or corrupt gzip stream. */
static gssize
stream_read (Stream *s, char *buf, gsize n, GError **error)
{
  if (s->gz == NULL)
    {
      for (;;)
        {
          ssize_t r = read (s->fd, buf, n);
          if (r >= 0)
            {
              s->raw += (guint64) r;
              return r;
            }
          if (errno != EINTR)
            {
              g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                           "%s: read error: %s", s->label, g_strerror (errno));
              return -1;
            }
        }
    }
  if (s->ahead != NULL)
    return stream_read_ahead (s, buf, n, error);
  /* gzread passes non-gzip data through: refuse it for a .gz name. */
  if (gzdirect (s->gz))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a valid gzip file", s->label);
      return -1;
    }
  int r = gzread (s->gz, buf, (unsigned) MIN (n, (gsize) G_MAXINT));
  z_off_t off = gzoffset (s->gz);
  if (off >= 0)
    s->raw = (guint64) off;
  int errnum = Z_OK;
  if (r < 0)
    {
      gzerror (s->gz, &errnum);
      stream_gz_error (s, errnum, error);
      return -1;
    }
  if (r == 0)
    {
      /* A clean end, or an end in the middle of a member (Z_BUF_ERROR). */
      gzerror (s->gz, &errnum);
      if (errnum != Z_OK)
        {
          stream_gz_error (s, errnum, error);
          return -1;
        }
    }
  return r;
}

/* The size of S when it is a plain file (its bytes as they are when it
 * is opened), else -1. */
static gint64
stream_size (const Stream *s)
{
  struct stat st;
  if (s->gz != NULL || fstat (s->fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size < 0 || (guint64) st.st_size > FRAMING_MAX_ARTICLE_BYTES)
    return -1;
  return (gint64) st.st_size;
}

/* Reads the rest of S into OUT; fails past FRAMING_MAX_ARTICLE_BYTES.  A
 * plain file is read into a buffer of its size in one read, and its end
 * is not read again (the file is taken as it was when it was opened);
 * anything else in chunks of READ_CHUNK up to the end. */
static gboolean
stream_read_all (Stream *s, GString *out, GError **error)
{
  gint64 size = stream_size (s);
  for (gsize chunk = size >= 0 ? (gsize) size + 1 : READ_CHUNK;;)
    {
      gsize old = out->len;
      g_string_set_size (out, old + chunk);
      gssize r = stream_read (s, out->str + old, chunk, error);
      /* After a short read, the next one (most often the end) uses the
       * room left. */
      chunk = r > 0 && (gsize) r < chunk ? chunk - (gsize) r : READ_CHUNK;
      g_string_set_size (out, old + (r > 0 ? (gsize) r : 0));
      if (r < 0)
        return FALSE;
      if (r == 0 || (old == 0 && size > 0 && out->len == (gsize) size))
        return TRUE;
      if (out->len > FRAMING_MAX_ARTICLE_BYTES)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                       "%s: article larger than 64 MiB", s->label);
          return FALSE;
        }
    }
}

/* ------------------------------------------------------------------ */
/* UTF-8 repair.                                                       */

/* Length of the longest valid prefix of an invalid sequence at S (END
 * bounds it), following the "maximal subpart" practice; at least 1. */
static gsize
utf8_bad_prefix (const guchar *s, const guchar *end)
{
  guchar c = s[0];
  guchar lo = 0x80, hi = 0xBF;
  gsize need;
  if (c >= 0xC2 && c <= 0xDF)
    need = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      need = 3;
      if (c == 0xE0)
        lo = 0xA0;          /* no overlongs */
      else if (c == 0xED)
        hi = 0x9F;          /* no surrogates */
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      need = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;          /* nothing above U+10FFFF */
    }
  else
    return 1;               /* 80..C1, F5..FF: never a lead byte */
  gsize i = 1;
  for (; i < need && s + i < end; i++)
    {
      guchar b = s[i];
      if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
        break;
    }
  return i;                 /* i == need cannot happen: it was invalid */
}

/* Length of the valid UTF-8 sequence at S, or 0 when it is invalid. */
static gsize
utf8_valid_len (const guchar *s, const guchar *end)
{
  guchar c = s[0];
  if (c < 0x80)
    return 1;
  gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if ((gsize) (end - s) < n)
    return 0;
  /* The usual ones, checked here: a 2-byte sequence (accented Latin) and
   * one of the General Punctuation block (curly quotes, dashes), which
   * can be neither overlong nor a surrogate. */
  if (c >= 0xC2 && c <= 0xDF)
    return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c == 0xE2 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
    return 3;
  if (g_utf8_validate_len ((const char *) s, n, NULL))
    return n;
  return 0;
}

/* g_utf8_validate_len () with a fast path for ASCII, and NUL bytes taken
 * as valid: TRUE when the LEN bytes at S are valid UTF-8; else *STOP is
 * the first invalid sequence. */
static gboolean
utf8_validate_fast (const char *s, gsize len, const char **stop)
{
  const guchar *p = (const guchar *) s, *end = p + len;
  for (;;)
    {
      p = ascii_end (p, end);
      if (p == end)
        break;
      gsize n = utf8_valid_len (p, end);
      if (n == 0)
        break;
      p += n;
    }
  *stop = (const char *) p;
  return p == end;
}

/* Copies LEN bytes of S into OUT with each invalid sequence replaced by
 * U+FFFD; returns the number of replacements. */
static guint
utf8_repair_into (const char *s, gsize len, GString *out)
{
  const guchar *p = (const guchar *) s, *end = p + len;
  guint bad = 0;
  while (p < end)
    {
      const char *stop;
      /* Long valid runs go through the fast validator. */
      utf8_validate_fast ((const char *) p, (gsize) (end - p), &stop);
      g_string_append_len (out, (const char *) p, stop - (const char *) p);
      p = (const guchar *) stop;
      if (p >= end)
        break;
      p += utf8_bad_prefix (p, end);
      g_string_append (out, "\xEF\xBF\xBD");
      bad++;
    }
  return bad;
}

/* Makes BUF valid UTF-8 in place; returns the number of replacements. */
static guint
utf8_fix (GString *buf)
{
  const char *stop;
  if (utf8_validate_fast (buf->str, buf->len, &stop))
    return 0;
  gsize done = (gsize) (stop - buf->str);
  GString *out = g_string_sized_new (buf->len + 16);
  g_string_append_len (out, buf->str, done);
  guint bad = utf8_repair_into (buf->str + done, buf->len - done, out);
  g_string_truncate (buf, 0);
  g_string_append_len (buf, out->str, out->len);
  g_string_free (out, TRUE);
  return bad;
}

/* A valid UTF-8 copy of the NUL-terminated S, counting into *BAD. */
static char *
utf8_dup (const char *s, guint *bad)
{
  if (g_utf8_validate (s, -1, NULL))
    return g_strdup (s);
  GString *out = g_string_new (NULL);
  *bad += utf8_repair_into (s, strlen (s), out);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* Small string helpers.                                               */

/* Whether the ASCII byte C is white space (as g_unichar_isspace says:
 * \t \n \f \r and space). */
static inline gboolean
ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Whether the code point at S is white space (g_unichar_isspace), with
 * no decoding for ASCII. */
static inline gboolean
space_at (const char *s)
{
  if ((guchar) *s < 0x80)
    return ascii_space (*s);
  return g_unichar_isspace (g_utf8_get_char (s));
}

/* trim_span () of a span that may begin or end with white space. */
static void
trim_span_slow (const char **start, const char **end)
{
  const char *s = *start, *e = *end;
  while (s < e && space_at (s))
    s = g_utf8_next_char (s);
  while (e > s)
    {
      const char *prev = (guchar) e[-1] < 0x80 ? e - 1
                         : g_utf8_find_prev_char (s, e);
      if (prev == NULL || !space_at (prev))
        break;
      e = prev;
    }
  *start = s;
  *end = e;
}

/* Moves *START and *END inward past white space (g_unichar_isspace).
 * A span that begins and ends with ASCII other than white space, as
 * nearly every line of text does, is left as it is at once. */
static inline void
trim_span (const char **start, const char **end)
{
  const char *s = *start, *e = *end;
  if (s < e && (guchar) *s < 0x80 && !ascii_space (*s)
      && (guchar) e[-1] < 0x80 && !ascii_space (e[-1]))
    return;
  trim_span_slow (start, end);
}

/* A trimmed copy of the LEN bytes at S. */
static char *
trim_dup (const char *s, gsize len)
{
  const char *a = s, *b = s + len;
  trim_span (&a, &b);
  return g_strndup (a, (gsize) (b - a));
}

/* Whether NAME ends with SUFFIX. */
static gboolean
ends_with (const char *name, const char *suffix)
{
  return g_str_has_suffix (name, suffix);
}

/* Whether NAME ends with .gz. */
static gboolean
is_gzip_name (const char *name)
{
  return ends_with (name, ".gz");
}

/* Whether NAME (without a .gz) ends with one of the taken extensions. */
static gboolean
is_taken_name (const char *name)
{
  g_autofree char *base = g_strdup (name);
  if (is_gzip_name (base))
    base[strlen (base) - 3] = '\0';
  for (guint i = 0; text_exts[i] != NULL; i++)
    if (ends_with (base, text_exts[i]))
      return TRUE;
  return FALSE;
}

/* Whether NAME is JSON Lines by its name. */
static gboolean
is_jsonl_name (const char *name)
{
  return ends_with (name, ".jsonl") || ends_with (name, ".ndjson")
         || ends_with (name, ".jsonl.gz") || ends_with (name, ".ndjson.gz");
}

/* The outlet given by PATH's base name: .gz, then .txt/.md/.jsonl/.ndjson
 * stripped; NULL for "-", "/", "." and "..". */
static char *
base_outlet (const char *path)
{
  if (strcmp (path, "-") == 0)
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  if (strcmp (base, "/") == 0 || strcmp (base, ".") == 0
      || strcmp (base, "..") == 0)
    return NULL;
  gsize n = strlen (base);
  if (n > 3 && is_gzip_name (base))
    base[n -= 3] = '\0';
  for (guint i = 0; text_exts[i] != NULL; i++)
    {
      gsize e = strlen (text_exts[i]);
      if (n > e && ends_with (base, text_exts[i]))
        {
          base[n - e] = '\0';
          break;
        }
    }
  return g_steal_pointer (&base);
}

/* PREFIX and NAME joined by one '/'. */
static char *
path_join (const char *prefix, const char *name)
{
  if (g_str_has_suffix (prefix, "/"))
    return g_strconcat (prefix, name, NULL);
  return g_strconcat (prefix, "/", name, NULL);
}

/* A new metadata table (owned keys and values). */
static GHashTable *
meta_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Sets metadata KEY (lower-cased here) to VALUE. */
static void
meta_set (GHashTable *meta, const char *key, const char *value)
{
  g_hash_table_replace (meta, g_utf8_strdown (key, -1), g_strdup (value));
}

/* ------------------------------------------------------------------ */
/* Repeated lines.                                                     */

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

/* Removes repeated long lines from BUF (valid UTF-8) in place; returns how
 * many were removed.  Kept lines are compacted towards the start, and the
 * seen-set points into the compacted copy, which is never overwritten. */
static guint
remove_repeated_lines (GString *buf)
{
  SeenLine local[SEEN_LOCAL];
  memset (local, 0, sizeof local);
  SeenSet by_ends = { local, SEEN_LOCAL, 0, FALSE };
  SeenSet by_hash = { NULL, 0, 0, FALSE };
  guint removed = 0;
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
  return removed;
}

/* What json-glib's parse error MESSAGE says, without its own prefix
 * ("<data>:LINE:COLUMN: Parse error: " and "scanner: "): the column goes
 * to *COLUMN.  A message of another shape is returned whole, *COLUMN 0. */
const char *
input_json_error_detail (const char *message, guint *column)
{
  *column = 0;
  const char *p = message;
  if (!g_str_has_prefix (p, "<data>:"))
    return message;
  p += strlen ("<data>:");
  char *end;
  g_ascii_strtoull (p, &end, 10); /* the line: always 1 here */
  if (end == p || *end != ':')
    return message;
  p = end + 1;
  guint64 col = g_ascii_strtoull (p, &end, 10);
  if (end == p || col == 0 || col > G_MAXUINT || !g_str_has_prefix (end, ": "))
    return message;
  p = end + 2;
  if (g_str_has_prefix (p, "Parse error: "))
    p += strlen ("Parse error: ");
  if (g_str_has_prefix (p, "scanner: "))
    p += strlen ("scanner: ");
  *column = (guint) col;
  return p;
}

/* ------------------------------------------------------------------ */
/* Front matter.                                                       */

/* Whether the LEN bytes at S are "---" followed only by white space. */
static gboolean
is_fence (const char *s, gsize len)
{
  const char *a = s, *b = s + len;
  if (len < 3 || memcmp (s, "---", 3) != 0)
    return FALSE;
  a += 3;
  trim_span (&a, &b);
  return a == b;
}

/* Removes one pair of matching surrounding quotes from V in place. */
static void
unquote (char *v)
{
  gsize n = strlen (v);
  if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0])
    {
      memmove (v, v + 1, n - 2);
      v[n - 2] = '\0';
    }
}

/* Parses one front matter line (LINENO of WHERE) into META. */
static gboolean
front_matter_line (const char *s, gsize len, const char *where, guint lineno,
                   GHashTable *meta, GError **error)
{
  const char *a = s, *b = s + len;
  trim_span (&a, &b);
  if (a == b || *a == '#')
    return TRUE;
  const char *colon = memchr (a, ':', (gsize) (b - a));
  g_autofree char *key = colon != NULL ? trim_dup (a, (gsize) (colon - a)) : NULL;
  if (key == NULL || *key == '\0')
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: expected 'key: value' in front matter", where, lineno);
      return FALSE;
    }
  g_autofree char *value = trim_dup (colon + 1, (gsize) (b - colon - 1));
  unquote (value);
  if (*value != '\0')
    meta_set (meta, key, value);
  return TRUE;
}

/* Splits front matter off TEXT: *BODY is the offset of the body and *META
 * the keys (NULL without front matter). */
static gboolean
front_matter_parse (const GString *text, const char *where, gsize *body,
                    GHashTable **meta, GError **error)
{
  const char *s = text->str, *end = s + text->len;
  const char *nl = memchr (s, '\n', text->len);
  *body = 0;
  *meta = NULL;
  if (!is_fence (s, (gsize) ((nl != NULL ? nl : end) - s)))
    return TRUE;
  g_autoptr (GHashTable) m = meta_new ();
  guint lineno = 1;
  while (nl != NULL)
    {
      const char *line = nl + 1;
      lineno++;
      nl = memchr (line, '\n', (gsize) (end - line));
      gsize len = (gsize) ((nl != NULL ? nl : end) - line);
      if (is_fence (line, len))
        {
          *body = nl != NULL ? (gsize) (nl + 1 - s) : text->len;
          *meta = g_steal_pointer (&m);
          return TRUE;
        }
      if (!front_matter_line (line, len, where, lineno, m, error))
        return FALSE;
    }
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s:1: unterminated front matter", where);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The reader.                                                         */

/* An entry of a directory: its name and its readdir () type (DT_UNKNOWN
 * where the system does not say). */
typedef struct {
  unsigned char type;
  char name[];
} DirEntry;

typedef struct {
  char *fs;              /* directory path to open */
  int fd;                /* the directory, open, or -1 */
  char *id;              /* same path as ids show it */
  char *subdir;          /* first-level subdirectory name, or NULL */
  GPtrArray *names;      /* DirEntry, in strcmp order of their names */
  guint next;
} DirFrame;

typedef struct {
  Stream s;
  char *fs;              /* FILE for messages and where */
  char *id;              /* FILE for FILE:LINE ids */
  char *subdir;
  char *buf;
  gsize pos, end;
  gboolean eof;
  GString *line;
  guint lineno;
  guint bad_utf8;        /* replacements in the whole file */
} Jsonl;

typedef struct {
  FILE *f;
  char *path;            /* as given */
  char *dir;             /* folder the rows' paths are relative to, or NULL */
  char **cols;           /* header names, trimmed and lower-cased */
  guint n_cols;
  guint path_col;
  gboolean has_outlet;
  guint line;            /* physical line about to be read */
  guint bad_utf8;
  gboolean done;
} Manifest;

struct _InputReader {
  InputOptions opts;
  char **inputs;
  guint n_inputs, next_input;
  Manifest *manifest;
  /* The current top-level item (a manifest row or an argument). */
  char *base;            /* base-name outlet, or NULL */
  GHashTable *row_meta;  /* manifest row's metadata, or NULL */
  /* The metadata of the last text file with none of its own: shared by
   * the articles of one folder (read-only, reference-counted). */
  GHashTable *plain_meta;
  char *plain_outlet;
  GPtrArray *frames;     /* directory walk, a stack of DirFrame */
  GHashTable *visited;   /* "dev:ino" of directories walked */
  Jsonl *jsonl;          /* the open JSON Lines file, or NULL */
  JsonParser *parser;
  JsonLine *jsonline;    /* the fast path for flat objects */
  guint64 bytes_done;    /* bytes of finished files */
  guint64 bytes_cur;     /* bytes of the open file */
};

/* Frees one article. */
void
article_free (FramingArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->id);
  g_free (article->where);
  if (article->meta != NULL)
    g_hash_table_unref (article->meta); /* perhaps shared: see plain_meta () */
  g_free (article->text);
  g_free (article);
}

/* The value of metadata KEY, or NULL. */
const char *
article_meta (const FramingArticle *article, const char *key)
{
  g_return_val_if_fail (article != NULL && key != NULL, NULL);
  return article->meta != NULL ? g_hash_table_lookup (article->meta, key) : NULL;
}

/* Sends a warning through the options' callback. */
static void
reader_warn (InputReader *r, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static void
reader_warn (InputReader *r, const char *fmt, ...)
{
  if (r->opts.warn == NULL)
    return;
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  r->opts.warn (msg, r->opts.warn_data);
}

/* Warns about the replacements in FILE, if any. */
static void
reader_warn_utf8 (InputReader *r, const char *file, guint n)
{
  if (n > 0)
    reader_warn (r, "%s: %u invalid UTF-8 sequences replaced", file, n);
}

/* The metadata of an article with none of its own (no front matter, no
 * manifest row): its outlet, OUTLET (NULL: none).  The articles of one
 * folder share one table. */
static GHashTable *
plain_meta (InputReader *r, const char *outlet)
{
  if (r->plain_meta == NULL || g_strcmp0 (r->plain_outlet, outlet) != 0)
    {
      g_clear_pointer (&r->plain_meta, g_hash_table_unref);
      g_free (r->plain_outlet);
      r->plain_meta = meta_new ();
      if (outlet != NULL)
        g_hash_table_insert (r->plain_meta, g_strdup ("outlet"),
                             g_strdup (outlet));
      r->plain_outlet = g_strdup (outlet);
    }
  return g_hash_table_ref (r->plain_meta);
}

/* Completes OWN (an article's own metadata, may be NULL) with the lower
 * precedence levels and overrides it with the manifest row. */
static GHashTable *
reader_meta (InputReader *r, GHashTable *own, const char *subdir)
{
  if (own == NULL && r->row_meta == NULL)
    return plain_meta (r, subdir != NULL ? subdir : r->base);
  GHashTable *meta = own != NULL ? own : meta_new ();
  if (r->row_meta != NULL)
    {
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, r->row_meta);
      while (g_hash_table_iter_next (&it, &k, &v))
        g_hash_table_replace (meta, g_strdup (k), g_strdup (v));
    }
  if (!g_hash_table_contains (meta, "outlet"))
    {
      const char *outlet = subdir != NULL ? subdir : r->base;
      if (outlet != NULL)
        g_hash_table_insert (meta, g_strdup ("outlet"), g_strdup (outlet));
    }
  return meta;
}

/* A new article that takes TEXT over. */
static FramingArticle *
article_new (const char *id, const char *where, GHashTable *meta, GString *text,
             guint bad_utf8, guint repeated)
{
  FramingArticle *a = g_new0 (FramingArticle, 1);
  a->id = g_strdup (id);
  a->where = g_strdup (where);
  a->meta = meta;
  a->len = text->len;
  a->text = g_string_free (text, FALSE);
  a->invalid_utf8 = bad_utf8;
  a->repeated_lines = repeated;
  return a;
}

/* The article of a text file whose bytes are RAW (taken over). */
static InputStatus
text_article (InputReader *r, GString *raw, const char *id, const char *where,
              const char *subdir, FramingArticle **article, GError **error)
{
  g_autoptr (GString) text = raw;
  if (text->len >= 3 && memcmp (text->str, "\xEF\xBB\xBF", 3) == 0)
    g_string_erase (text, 0, 3);
  guint bad = utf8_fix (text);
  reader_warn_utf8 (r, where, bad);
  gsize body;
  GHashTable *fm;
  if (!front_matter_parse (text, where, &body, &fm, error))
    return INPUT_BAD;
  g_string_erase (text, 0, (gssize) body);
  guint repeated = remove_repeated_lines (text);
  *article = article_new (id, where, reader_meta (r, fm, subdir),
                          g_steal_pointer (&text), bad, repeated);
  return INPUT_ARTICLE;
}

/* Reads the text file FS (NULL: standard input) as one article. */
static InputStatus
text_file (InputReader *r, const char *fs, const OpenAt *at, const char *id,
           const char *where, const char *subdir, const char *open_prefix,
           FramingArticle **article, GError **error)
{
  Stream s;
  if (!stream_open (&s, fs, at, where, fs != NULL && is_gzip_name (fs), FALSE))
    {
      if (open_prefix != NULL)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open: %s", where, g_strerror (errno));
      return INPUT_BAD;
    }
  GString *raw = g_string_new (NULL);
  gboolean ok = stream_read_all (&s, raw, error);
  r->bytes_done += s.raw;
  stream_close (&s);
  if (!ok)
    {
      g_string_free (raw, TRUE);
      return INPUT_BAD;
    }
  return text_article (r, raw, id, where, subdir, article, error);
}

/* ------------------------------------------------------------------ */
/* JSON Lines.                                                         */

/* Closes the open JSON Lines file, with its UTF-8 warning. */
static void
jsonl_close (InputReader *r)
{
  Jsonl *j = r->jsonl;
  if (j == NULL)
    return;
  reader_warn_utf8 (r, j->fs, j->bad_utf8);
  r->bytes_done += j->s.raw;
  r->bytes_cur = 0;
  stream_close (&j->s);
  g_free (j->fs);
  g_free (j->id);
  g_free (j->subdir);
  g_free (j->buf);
  g_string_free (j->line, TRUE);
  g_free (j);
  r->jsonl = NULL;
}

/* Opens FS (NULL: standard input; AT: as there) as the current JSON
 * Lines file. */
static gboolean
jsonl_open (InputReader *r, const char *fs, const OpenAt *at, const char *id,
            const char *where, const char *subdir)
{
  Jsonl *j = g_new0 (Jsonl, 1);
  if (!stream_open (&j->s, fs, at, where, fs != NULL && is_gzip_name (fs),
                    r->opts.inflate_ahead))
    {
      int saved = errno;
      g_free (j);
      errno = saved;
      return FALSE;
    }
  j->fs = g_strdup (where);
  j->id = g_strdup (id);
  j->subdir = g_strdup (subdir);
  j->buf = g_malloc (READ_CHUNK);
  j->line = g_string_sized_new (4096);
  r->jsonl = j;
  return TRUE;
}

/* Reads the next line into j->line: TRUE with *TOO_LONG telling whether it
 * was cut, FALSE at the end (ERROR set on a read failure). */
static gboolean
jsonl_read_line (InputReader *r, gboolean *too_long, GError **error)
{
  Jsonl *j = r->jsonl;
  gboolean any = FALSE;
  g_string_truncate (j->line, 0);
  *too_long = FALSE;
  for (;;)
    {
      if (j->pos == j->end)
        {
          if (j->eof)
            return any;
          gssize n = stream_read (&j->s, j->buf, READ_CHUNK, error);
          r->bytes_cur = j->s.raw;
          if (n <= 0)
            {
              j->eof = TRUE;
              if (n < 0)
                return FALSE;   /* a partial last line is dropped */
              return any;
            }
          j->pos = 0;
          j->end = (gsize) n;
        }
      any = TRUE;
      char *start = j->buf + j->pos;
      char *nl = memchr (start, '\n', j->end - j->pos);
      gsize n = (gsize) ((nl != NULL ? nl : j->buf + j->end) - start);
      if (!*too_long && j->line->len + n > FRAMING_MAX_ARTICLE_BYTES)
        {
          *too_long = TRUE;
          g_string_truncate (j->line, 0);
        }
      if (!*too_long)
        g_string_append_len (j->line, start, n);
      j->pos += n + (nl != NULL);
      if (nl != NULL)
        return TRUE;
    }
}

/* Whether LINE holds only JSON white space. */
static gboolean
is_blank (const GString *line)
{
  for (gsize i = 0; i < line->len; i++)
    if (memchr (" \t\r\f\v", line->str[i], 5) == NULL)
      return FALSE;
  return TRUE;
}

/* The string value of member NAME of OBJ, or NULL. */
static const char *
member_string (JsonObject *obj, const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The first of NAMES present in OBJ as a string, and its name. */
static const char *
member_first_string (JsonObject *obj, const char *const *names, const char **which)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *v = member_string (obj, names[i]);
      if (v != NULL)
        {
          *which = names[i];
          return v;
        }
    }
  return NULL;
}

/* The article's id from OBJ: a string or an integer, or NULL. */
static char *
json_id (InputReader *r, JsonObject *obj, guint *bad)
{
  const char *field = r->opts.id_field != NULL ? r->opts.id_field : "id";
  JsonNode *node = json_object_get_member (obj, field);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  GType t = json_node_get_value_type (node);
  if (t == G_TYPE_STRING && *json_node_get_string (node) != '\0')
    return utf8_dup (json_node_get_string (node), bad);
  if (t == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

/* Metadata from OBJ's string members but TEXT_FIELD, with outlet and
 * title resolved. */
static GHashTable *
json_meta (InputReader *r, JsonObject *obj, const char *text_field, guint *bad)
{
  GHashTable *meta = meta_new ();
  JsonObjectIter it;
  const char *name;
  JsonNode *node;
  json_object_iter_init (&it, obj);
  while (json_object_iter_next (&it, &name, &node))
    {
      if (strcmp (name, text_field) == 0 || !JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      g_autofree char *key = utf8_dup (name, bad);
      g_hash_table_replace (meta, g_utf8_strdown (key, -1),
                            utf8_dup (json_node_get_string (node), bad));
    }
  static const char *const outlet_names[] = { "outlet", "source", NULL };
  const char *one[] = { r->opts.outlet_field, NULL };
  const char *which;
  const char *outlet = member_first_string (obj, r->opts.outlet_field != NULL
                                            ? one : outlet_names, &which);
  if (outlet != NULL)
    g_hash_table_replace (meta, g_strdup ("outlet"), utf8_dup (outlet, bad));
  const char *title = member_string (obj, r->opts.title_field != NULL
                                     ? r->opts.title_field : "title");
  if (title != NULL)
    g_hash_table_replace (meta, g_strdup ("title"), utf8_dup (title, bad));
  return meta;
}

/* Sets ERROR for a JSON object without a text field. */
static void
json_no_text (InputReader *r, const char *where, GError **error)
{
  g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
               "%s: no text field (tried %s)", where,
               r->opts.text_field != NULL ? r->opts.text_field
                                          : "text, content, body");
}

/* Whether the JSON text S (LEN bytes) nests arrays and objects no deeper
 * than FRAMING_MAX_JSON_DEPTH; brackets inside strings do not count. */
gboolean
input_json_depth_ok (const char *s, gsize len)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];
      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > FRAMING_MAX_JSON_DEPTH)
        return FALSE;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* The first of NAMES that is a string member of JL, and its name. */
static const JsonLineMember *
fast_first_string (const JsonLine *jl, const char *const *names, const char **which)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const JsonLineMember *m = jsonline_find (jl, names[i]);
      if (m != NULL && m->is_string)
        {
          *which = names[i];
          return m;
        }
    }
  return NULL;
}

/* json_meta() for a line of the fast path: its strings are valid UTF-8
 * and its names ASCII, unique without case. */
static GHashTable *
fast_meta (InputReader *r, const JsonLine *jl, const char *text_field)
{
  GHashTable *meta = meta_new ();
  for (guint i = 0; i < jsonline_n_members (jl); i++)
    {
      const JsonLineMember *m = jsonline_member (jl, i);
      if (m->is_string && strcmp (m->name, text_field) != 0)
        g_hash_table_replace (meta, g_ascii_strdown (m->name, -1), g_strdup (m->value));
    }
  static const char *const outlet_names[] = { "outlet", "source", NULL };
  const char *one[] = { r->opts.outlet_field, NULL };
  const char *which;
  const JsonLineMember *outlet = fast_first_string (jl, r->opts.outlet_field != NULL
                                                    ? one : outlet_names, &which);
  if (outlet != NULL)
    g_hash_table_replace (meta, g_strdup ("outlet"), g_strdup (outlet->value));
  const JsonLineMember *title = jsonline_find (jl, r->opts.title_field != NULL
                                               ? r->opts.title_field : "title");
  if (title != NULL && title->is_string)
    g_hash_table_replace (meta, g_strdup ("title"), g_strdup (title->value));
  return meta;
}

/* json_article() for a flat object (jsonline.h), with the same results;
 * INPUT_DONE when the line needs json-glib (or its id is a number, whose
 * reading json-glib decides). */
static InputStatus
json_article_fast (InputReader *r, const char *where, guint bad,
                   FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  JsonLine *jl = r->jsonline;
  if (!jsonline_parse (jl, j->line->str, j->line->len))
    return INPUT_DONE;
  const JsonLineMember *idm = jsonline_find (jl, r->opts.id_field != NULL
                                             ? r->opts.id_field : "id");
  if (idm != NULL && idm->is_number)
    return INPUT_DONE;
  static const char *const text_names[] = { "text", "content", "body", NULL };
  const char *one[] = { r->opts.text_field, NULL };
  const char *text_field = NULL;
  const JsonLineMember *text = fast_first_string (jl, r->opts.text_field != NULL
                                                  ? one : text_names, &text_field);
  if (text == NULL)
    {
      json_no_text (r, where, error);
      return INPUT_BAD;
    }
  GString *body = g_string_new_len (text->value, (gssize) text->value_len);
  GHashTable *meta = fast_meta (r, jl, text_field);
  g_autofree char *id = idm != NULL && idm->is_string && *idm->value != '\0'
                        ? g_strdup (idm->value)
                        : g_strdup_printf ("%s:%u", j->id, j->lineno);
  guint repeated = remove_repeated_lines (body);
  *article = article_new (id, where, reader_meta (r, meta, j->subdir), body,
                          bad, repeated);
  return INPUT_ARTICLE;
}

/* The article of the JSON line in j->line (valid UTF-8), WHERE = FILE:LINE. */
static InputStatus
json_article (InputReader *r, const char *where, guint bad,
              FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  g_autoptr (GError) perr = NULL;
  InputStatus fast = json_article_fast (r, where, bad, article, error);
  if (fast != INPUT_DONE)
    return fast;
  if (!input_json_depth_ok (j->line->str, j->line->len))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s: JSON nested deeper than %u levels", where,
                   FRAMING_MAX_JSON_DEPTH);
      return INPUT_BAD;
    }
  if (!json_parser_load_from_data (r->parser, j->line->str, (gssize) j->line->len, &perr))
    {
      guint column = 0;
      const char *detail = input_json_error_detail (perr->message, &column);
      if (column > 0)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                     "%s: bad JSON at column %u: %s", where, column, detail);
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                     "%s: bad JSON: %s", where, detail);
      return INPUT_BAD;
    }
  JsonNode *root = json_parser_get_root (r->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: not a JSON object", where);
      return INPUT_BAD;
    }
  JsonObject *obj = json_node_get_object (root);
  static const char *const text_names[] = { "text", "content", "body", NULL };
  const char *one[] = { r->opts.text_field, NULL };
  const char *text_field = NULL;
  const char *text = member_first_string (obj, r->opts.text_field != NULL
                                          ? one : text_names, &text_field);
  if (text == NULL)
    {
      json_no_text (r, where, error);
      return INPUT_BAD;
    }
  GString *body = g_string_new (text);
  bad += utf8_fix (body);       /* json-glib may yield bad escapes */
  GHashTable *meta = json_meta (r, obj, text_field, &bad);
  g_autofree char *id = json_id (r, obj, &bad);
  g_autofree char *fallback = g_strdup_printf ("%s:%u", j->id, j->lineno);
  guint repeated = remove_repeated_lines (body);
  *article = article_new (id != NULL ? id : fallback, where,
                          reader_meta (r, meta, j->subdir), body, bad, repeated);
  return INPUT_ARTICLE;
}

/* The next article of the open JSON Lines file; INPUT_DONE (and the file
 * closed) at its end. */
static InputStatus
jsonl_next (InputReader *r, FramingArticle **article, GError **error)
{
  Jsonl *j = r->jsonl;
  for (;;)
    {
      gboolean too_long;
      g_autoptr (GError) rerr = NULL;
      if (!jsonl_read_line (r, &too_long, &rerr))
        {
          jsonl_close (r);
          if (rerr == NULL)
            return INPUT_DONE;
          g_propagate_error (error, g_steal_pointer (&rerr));
          return INPUT_BAD;
        }
      j->lineno++;
      if (too_long)
        {
          g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                       "%s:%u: line longer than 64 MiB", j->fs, j->lineno);
          return INPUT_BAD;
        }
      if (j->lineno == 1 && j->line->len >= 3
          && memcmp (j->line->str, "\xEF\xBB\xBF", 3) == 0)
        g_string_erase (j->line, 0, 3);     /* a BOM */
      if (is_blank (j->line))
        continue;
      guint bad = utf8_fix (j->line);
      g_autofree char *where = g_strdup_printf ("%s:%u", j->fs, j->lineno);
      InputStatus st = json_article (r, where, bad, article, error);
      /* The article's count also holds replacements in its fields. */
      j->bad_utf8 += st == INPUT_ARTICLE ? (*article)->invalid_utf8 : bad;
      return st;
    }
}

/* ------------------------------------------------------------------ */
/* Files and directories.                                              */

/* Starts on the file FS (opened as AT says when AT is not NULL): a JSON
 * Lines file is opened (INPUT_DONE), a text file read (INPUT_ARTICLE or
 * INPUT_BAD).  OPEN_PREFIX, for a manifest row, is "MANIFEST:LINE". */
static InputStatus
file_start (InputReader *r, const char *fs, const OpenAt *at, const char *id,
            const char *subdir, const char *open_prefix,
            FramingArticle **article, GError **error)
{
  if (!r->opts.jsonl && !is_jsonl_name (fs))
    return text_file (r, fs, at, id, fs, subdir, open_prefix, article, error);
  if (jsonl_open (r, fs, at, id, fs, subdir))
    return INPUT_DONE;
  if (open_prefix != NULL)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                 "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                 fs, g_strerror (errno));
  return INPUT_BAD;
}

/* Frees a directory frame. */
static void
dir_frame_free (gpointer p)
{
  DirFrame *f = p;
  if (f->fd >= 0)
    close (f->fd);
  g_free (f->fs);
  g_free (f->id);
  g_free (f->subdir);
  g_ptr_array_unref (f->names);
  g_free (f);
}

/* strcmp order of names for a GPtrArray of DirEntry. */
static gint
name_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(const DirEntry *const *) a)->name,
                 (*(const DirEntry *const *) b)->name);
}

/* A new DirEntry for directory entry E. */
static DirEntry *
dir_entry_new (const struct dirent *e)
{
  gsize len = strlen (e->d_name);
  DirEntry *d = g_malloc (sizeof *d + len + 1);
#ifdef DT_REG
  d->type = e->d_type;
#else
  d->type = 0;
#endif
  memcpy (d->name, e->d_name, len + 1);
  return d;
}

/* Pushes the directory FS (already stat'ed as ST) onto the walk, unless it
 * was walked before; its entries are read at once and it is closed. */
static gboolean
dir_push (InputReader *r, const char *fs, const char *id, const char *subdir,
          const struct stat *st, const char *open_prefix, GError **error)
{
  char *key = g_strdup_printf ("%ju:%ju", (uintmax_t) st->st_dev, (uintmax_t) st->st_ino);
  if (!g_hash_table_add (r->visited, key))
    return TRUE;                        /* a symlink loop: skipped */
  DIR *d = opendir (fs);
  if (d == NULL)
    {
      if (open_prefix != NULL)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open directory: %s", fs, g_strerror (errno));
      return FALSE;
    }
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    if (e->d_name[0] != '.')
      g_ptr_array_add (names, dir_entry_new (e));
  closedir (d);
  g_ptr_array_sort (names, name_cmp);
  DirFrame *f = g_new0 (DirFrame, 1);
  f->fs = g_strdup (fs);
  /* Its files are opened relative to it (-1 if it cannot be had, as when
   * out of descriptors: they are then opened by their paths). */
  f->fd = open (fs, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  f->id = g_strdup (id);
  f->subdir = g_strdup (subdir);
  f->names = names;
  g_ptr_array_add (r->frames, f);
  return TRUE;
}

/* One step of the directory walk: INPUT_DONE when nothing came of it. */
static InputStatus
walk_next (InputReader *r, FramingArticle **article, GError **error)
{
  DirFrame *f = g_ptr_array_index (r->frames, r->frames->len - 1);
  if (f->next >= f->names->len)
    {
      g_ptr_array_remove_index (r->frames, r->frames->len - 1);
      return INPUT_DONE;
    }
  const DirEntry *entry = g_ptr_array_index (f->names, f->next++);
  const char *name = entry->name;
  g_autofree char *fs = path_join (f->fs, name);
  g_autofree char *id = path_join (f->id, name);
  /* The root's children name the subdirectory of everything below them. */
  const char *subdir = r->frames->len == 1 ? name : f->subdir;
#ifdef DT_REG
  /* A regular file (not a link to one) needs no stat: open tells. */
  if (entry->type == DT_REG)
    {
      OpenAt at = { f->fd, name };
      return is_taken_name (name)
             ? file_start (r, fs, f->fd >= 0 ? &at : NULL, id, f->subdir,
                           NULL, article, error)
             : INPUT_DONE;
    }
#endif
  struct stat st;
  if (stat (fs, &st) != 0)
    {
      /* A path too long to open may hide articles: say so. */
      if (!is_taken_name (name) && errno != ENAMETOOLONG)
        return INPUT_DONE;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   fs, g_strerror (errno));
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode) && r->frames->len > FRAMING_MAX_DIR_DEPTH)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_LIMIT,
                   "%s: folders nested deeper than %u levels", fs,
                   FRAMING_MAX_DIR_DEPTH);
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode))
    return dir_push (r, fs, id, subdir, &st, NULL, error) ? INPUT_DONE : INPUT_BAD;
  if (!S_ISREG (st.st_mode) || !is_taken_name (name))
    return INPUT_DONE;
  return file_start (r, fs, NULL, id, f->subdir, NULL, article, error);
}

/* Starts on one top-level path (FS, shown as ID): a directory, a JSON
 * Lines file or a text file.  OPEN_PREFIX as for file_start. */
static InputStatus
top_start (InputReader *r, const char *fs, const char *id, const char *open_prefix,
           FramingArticle **article, GError **error)
{
  struct stat st;
  if (stat (fs, &st) != 0)
    {
      if (open_prefix != NULL)
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: cannot open '%s': %s", open_prefix, id, g_strerror (errno));
      else
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                     fs, g_strerror (errno));
      return INPUT_BAD;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_hash_table_remove_all (r->visited);
      return dir_push (r, fs, id, NULL, &st, open_prefix, error) ? INPUT_DONE : INPUT_BAD;
    }
  return file_start (r, fs, NULL, id, NULL, open_prefix, article, error);
}

/* Forgets the current top-level item's metadata. */
static void
reader_clear_item (InputReader *r)
{
  g_clear_pointer (&r->base, g_free);
  g_clear_pointer (&r->row_meta, g_hash_table_destroy);
}

/* Starts on the next INPUTS argument. */
static InputStatus
argument_next (InputReader *r, FramingArticle **article, GError **error)
{
  const char *arg = r->inputs[r->next_input++];
  reader_clear_item (r);
  if (strcmp (arg, "-") != 0)
    {
      r->base = base_outlet (arg);
      return top_start (r, arg, arg, NULL, article, error);
    }
  if (r->opts.jsonl)
    {
      jsonl_open (r, NULL, NULL, "-", "-", NULL); /* cannot fail on stdin */
      return INPUT_DONE;
    }
  return text_file (r, NULL, NULL, "-", "-", NULL, NULL, article, error);
}

/* ------------------------------------------------------------------ */
/* The manifest.                                                       */

/* Frees the manifest state. */
static void
manifest_free (Manifest *m)
{
  if (m == NULL)
    return;
  if (m->f != NULL)
    fclose (m->f);
  g_free (m->path);
  g_free (m->dir);
  g_strfreev (m->cols);
  g_free (m);
}

/* Makes every field of FIELDS valid UTF-8, counting replacements. */
static void
csv_fix_utf8 (Manifest *m, GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      char *v = g_ptr_array_index (fields, i);
      guint bad = 0;
      char *fixed = utf8_dup (v, &bad);
      m->bad_utf8 += bad;
      g_free (v);
      fields->pdata[i] = fixed;
    }
}

/* Skips a UTF-8 BOM at the start of the manifest. */
static void
manifest_skip_bom (Manifest *m)
{
  unsigned char bom[3];
  if (fread (bom, 1, 3, m->f) == 3 && memcmp (bom, "\xEF\xBB\xBF", 3) == 0)
    return;
  rewind (m->f);
}

/* Reads the manifest's header row. */
static gboolean
manifest_header (Manifest *m, GError **error)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int rc = csv_read_record (m->f, &m->line, fields, &start);
  if (rc < 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: unterminated quoted field", m->path, start);
      return FALSE;
    }
  csv_fix_utf8 (m, fields);
  m->n_cols = fields->len;
  m->cols = g_new0 (char *, fields->len + 1);
  gboolean has_path = FALSE;
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      g_autofree char *t = trim_dup (v, strlen (v));
      m->cols[i] = g_utf8_strdown (t, -1);
      if (strcmp (m->cols[i], "path") == 0 && !has_path)
        {
          m->path_col = i;
          has_path = TRUE;
        }
      if (strcmp (m->cols[i], "outlet") == 0)
        m->has_outlet = TRUE;
    }
  if (!has_path)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: no 'path' column", m->path);
      return FALSE;
    }
  return TRUE;
}

/* Opens the manifest PATH and reads its header. */
static Manifest *
manifest_open (const char *path, GError **error)
{
  Manifest *m = g_new0 (Manifest, 1);
  m->path = g_strdup (path);
  m->line = 1;
  m->f = fopen (path, "rb");
  struct stat st;
  if (m->f != NULL && fstat (fileno (m->f), &st) == 0 && S_ISDIR (st.st_mode))
    {
      fclose (m->f);            /* a directory reads as an empty file */
      m->f = NULL;
      errno = EISDIR;
    }
  if (m->f == NULL)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   path, g_strerror (errno));
      manifest_free (m);
      return NULL;
    }
  char *dir = g_path_get_dirname (path);
  if (strcmp (dir, ".") == 0 && !g_str_has_prefix (path, "./"))
    g_free (dir);               /* rows' paths are used as written */
  else
    m->dir = dir;
  manifest_skip_bom (m);
  if (!manifest_header (m, error))
    {
      manifest_free (m);
      return NULL;
    }
  return m;
}

/* The metadata of one manifest row (non-empty cells but the path). */
static GHashTable *
manifest_row_meta (Manifest *m, GPtrArray *fields)
{
  GHashTable *meta = meta_new ();
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      if (i == m->path_col || *m->cols[i] == '\0')
        continue;
      g_autofree char *t = trim_dup (v, strlen (v));
      if (*t == '\0')
        continue;
      g_hash_table_replace (meta, g_strdup (m->cols[i]), g_strdup (t));
      if (!m->has_outlet && strcmp (m->cols[i], "source") == 0)
        g_hash_table_replace (meta, g_strdup ("outlet"), g_strdup (t));
    }
  return meta;
}

/* Ends the manifest: its UTF-8 warning, and the file closed. */
static void
manifest_finish (InputReader *r)
{
  Manifest *m = r->manifest;
  reader_warn_utf8 (r, m->path, m->bad_utf8);
  m->bad_utf8 = 0;
  fclose (m->f);
  m->f = NULL;
  m->done = TRUE;
}

/* Starts on the next manifest row. */
static InputStatus
manifest_next (InputReader *r, FramingArticle **article, GError **error)
{
  Manifest *m = r->manifest;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int rc = csv_read_record (m->f, &m->line, fields, &start);
  reader_clear_item (r);
  if (rc <= 0)
    {
      manifest_finish (r);
      if (rc == 0)
        return INPUT_DONE;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: unterminated quoted field", m->path, start);
      return INPUT_BAD;
    }
  csv_fix_utf8 (m, fields);
  if (fields->len != m->n_cols)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: expected %u fields, found %u", m->path, start,
                   m->n_cols, fields->len);
      return INPUT_BAD;
    }
  const char *cell = g_ptr_array_index (fields, m->path_col);
  if (*cell == '\0')
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: empty path", m->path, start);
      return INPUT_BAD;
    }
  g_autofree char *fs = m->dir == NULL || g_path_is_absolute (cell)
                        ? g_strdup (cell) : g_build_filename (m->dir, cell, NULL);
  g_autofree char *prefix = g_strdup_printf ("%s:%u", m->path, start);
  r->base = base_outlet (cell);
  r->row_meta = manifest_row_meta (m, fields);
  return top_start (r, fs, cell, prefix, article, error);
}

/* ------------------------------------------------------------------ */
/* Public interface.                                                   */

/* A reader over the manifest's rows and then INPUTS. */
InputReader *
input_reader_new (const InputOptions *opts, const char *const *inputs,
                  guint n_inputs, GError **error)
{
  g_return_val_if_fail (opts != NULL, NULL);
  g_return_val_if_fail (inputs != NULL || n_inputs == 0, NULL);
  Manifest *m = NULL;
  if (opts->manifest != NULL && (m = manifest_open (opts->manifest, error)) == NULL)
    return NULL;
  InputReader *r = g_new0 (InputReader, 1);
  r->opts = *opts;
  r->manifest = m;
  r->inputs = g_new0 (char *, n_inputs + 1);
  for (guint i = 0; i < n_inputs; i++)
    r->inputs[i] = g_strdup (inputs[i]);
  r->n_inputs = n_inputs;
  r->frames = g_ptr_array_new_with_free_func (dir_frame_free);
  r->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->parser = json_parser_new_immutable ();
  r->jsonline = jsonline_new ();
  return r;
}

/* Frees READER (NULL is a no-op). */
void
input_reader_free (InputReader *reader)
{
  if (reader == NULL)
    return;
  jsonl_close (reader);
  manifest_free (reader->manifest);
  reader_clear_item (reader);
  g_strfreev (reader->inputs);
  g_ptr_array_unref (reader->frames);
  g_hash_table_destroy (reader->visited);
  g_clear_pointer (&reader->plain_meta, g_hash_table_unref);
  g_free (reader->plain_outlet);
  g_object_unref (reader->parser);
  jsonline_free (reader->jsonline);
  g_free (reader);
}

/* The next article, a bad item, or the end. */
InputStatus
input_reader_next (InputReader *reader, FramingArticle **article, GError **error)
{
  g_return_val_if_fail (reader != NULL && article != NULL, INPUT_DONE);
  *article = NULL;
  for (;;)
    {
      InputStatus st;
      if (reader->jsonl != NULL)
        st = jsonl_next (reader, article, error);
      else if (reader->frames->len > 0)
        st = walk_next (reader, article, error);
      else if (reader->manifest != NULL && !reader->manifest->done)
        st = manifest_next (reader, article, error);
      else if (reader->next_input < reader->n_inputs)
        st = argument_next (reader, article, error);
      else
        {
          reader_clear_item (reader);
          return INPUT_DONE;
        }
      if (st != INPUT_DONE)
        return st;
    }
}

/* Bytes read so far from input files. */
guint64
input_reader_bytes (const InputReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);
  return reader->bytes_done + reader->bytes_cur;
}
