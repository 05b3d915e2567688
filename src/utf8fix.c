/* utf8fix.c - repair of input bytes into valid UTF-8, and the decoding
 * of UTF-16 into it.
 *
 * Each invalid sequence becomes U+FFFD by the "maximal subpart" practice
 * (Unicode ch. 3, WHATWG; what Python's bytes.decode ('utf-8', 'replace')
 * does).  Replacements are counted; the reader turns the count of each
 * file (a text file, or a whole JSON Lines file) into the warning "FILE:
 * N invalid UTF-8 sequences replaced".  Valid input takes a fast path
 * (ASCII 16 bytes at a time, other sequences through
 * g_utf8_validate_len), kept in this file so that it stays inlined.  NUL
 * bytes are valid UTF-8 and are kept.
 *
 * UTF-16 (a file that begins with the byte order mark FF FE or FE FF, as
 * Windows Notepad saves "Unicode") is decoded here too, in pieces of any
 * size: a lone surrogate and a last odd byte become U+FFFD, counted as
 * invalid UTF-16 sequences.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "ascii.h"

#include <string.h>

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
guint
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
char *
utf8_dup (const char *s, guint *bad)
{
  if (g_utf8_validate (s, -1, NULL))
    return g_strdup (s);
  GString *out = g_string_new (NULL);
  *bad += utf8_repair_into (s, strlen (s), out);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* UTF-16                                                              */

/* The byte order mark of UTF-16 at the start of the LEN bytes at S:
 * UTF16_LE or UTF16_BE (two bytes long), else UTF16_NONE.  A UTF-32
 * little-endian mark (FF FE 00 00) is no UTF-16 mark. */
Utf16Order
utf16_bom (const char *s, gsize len)
{
  const guchar *p = (const guchar *) s;
  if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE)
    return len >= 4 && p[2] == 0 && p[3] == 0 ? UTF16_NONE : UTF16_LE;
  if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF)
    return UTF16_BE;
  return UTF16_NONE;
}

/* The code unit at P in ORDER. */
static inline guint
utf16_unit (const guchar *p, Utf16Order order)
{
  return order == UTF16_BE ? (guint) p[0] << 8 | p[1]
                           : (guint) p[1] << 8 | p[0];
}

/* Appends the UTF-8 of code point C to OUT. */
static inline void
append_unichar (GString *out, gunichar c)
{
  if (c < 0x80)
    g_string_append_c (out, (char) c);
  else
    g_string_append_unichar (out, c);
}

/* Decodes the whole units of the LEN bytes at S into OUT; returns how
 * many bytes it took (a unit or a pair cut at the end is left), and
 * counts the lone surrogates into *BAD. */
static gsize
utf16_decode_units (Utf16Order order, const guchar *s, gsize len, GString *out,
                    guint *bad)
{
  gsize i = 0;
  while (i + 2 <= len)
    {
      guint u = utf16_unit (s + i, order);
      if (u < 0xD800 || u > 0xDFFF)
        {
          append_unichar (out, u);
          i += 2;
        }
      else if (u >= 0xDC00)
        {
          append_unichar (out, 0xFFFD);         /* a low surrogate alone */
          (*bad)++;
          i += 2;
        }
      else if (i + 4 > len)
        break;                                  /* its pair is cut */
      else
        {
          guint v = utf16_unit (s + i + 2, order);
          if (v >= 0xDC00 && v <= 0xDFFF)
            {
              append_unichar (out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
              i += 4;
            }
          else
            {
              append_unichar (out, 0xFFFD);     /* a high surrogate alone */
              (*bad)++;
              i += 2;
            }
        }
    }
  return i;
}

/* Appends to OUT the UTF-8 of the LEN bytes of UTF-16 at S (no byte order
 * mark), which follow those of the earlier calls on D; at the END of the
 * text, a unit or pair cut short becomes U+FFFD.  Returns the number of
 * invalid sequences replaced. */
guint
utf16_decode (Utf16Decoder *d, const char *s, gsize len, gboolean end,
              GString *out)
{
  guint bad = 0;
  const guchar *p = (const guchar *) s;
  g_autofree guchar *joined = NULL;
  if (d->n_pend > 0)
    {
      /* The bytes left by the last call come first. */
      joined = g_malloc (d->n_pend + len);
      memcpy (joined, d->pend, d->n_pend);
      if (len > 0)
        memcpy (joined + d->n_pend, s, len);
      len += d->n_pend;
      p = joined;
      d->n_pend = 0;
    }
  gsize used = utf16_decode_units (d->order, p, len, out, &bad);
  gsize left = len - used;
  if (end && left > 0)
    {
      /* A high surrogate without its pair, and an odd last byte. */
      if (left >= 2)
        {
          append_unichar (out, 0xFFFD);
          bad++;
        }
      if (left % 2 == 1)
        {
          append_unichar (out, 0xFFFD);
          bad++;
        }
      left = 0;
    }
  memcpy (d->pend, p + used, left);      /* at most 3 bytes */
  d->n_pend = (guint) left;
  return bad;
}

/* The name of ORDER for messages. */
const char *
utf16_order_name (Utf16Order order)
{
  return order == UTF16_BE ? "big endian" : "little endian";
}
