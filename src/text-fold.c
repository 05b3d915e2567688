/* text-fold.c - the folded form of a token and its hash (framing(1),
 * TOKENS): text_fold_append () for the tokenizer, text_fold () for a
 * lexicon word, text_form_hash ().
 *
 * A token's folded form is g_utf8_casefold () of its NFKC text with
 * U+2019 written as '.  GLib's case folding is per code point, so it is
 * done here code point by code point without allocating: ASCII 8 bytes
 * at a time (SWAR), other code points through g_unichar_tolower ()
 * except for the few whose full case folding differs from it (ß -> ss,
 * İ -> i + U+0307, ligatures, Greek iota subscripts, Cherokee...).
 * Those are collected once, lazily and thread-safely, by asking
 * g_utf8_casefold () about every code point that can be part of a token
 * except Lo (uncased letters, for which CaseFolding.txt has no entry);
 * the unit tests compare the result with g_utf8_casefold () for every
 * such code point, Lo included.
 *
 * GLib 2.74 agrees with Unicode full case folding (CaseFolding.txt, C+F)
 * everywhere but Cherokee: like CaseFolding.txt it folds the small
 * letters to the capitals, but it also lowercases the capitals
 * U+13A0-U+13F5 (CaseFolding.txt leaves them), so the two cases of a
 * Cherokee letter fold differently.  We keep GLib's behaviour; it does
 * not matter for the languages libstemmer handles.
 *
 * The words of plain ASCII runs are folded in text-scan.c, by the same
 * rule with fewer checks; the hash steps both use are in text-private.h.
 */
#include "text-private.h"

#include <string.h>

/* A code point whose case folding is not g_unichar_tolower (). */
typedef struct {
  gunichar c;
  guint8 len;
  char fold[15]; /* UTF-8, NUL-terminated */
} FoldException;

static GArray *fold_exceptions; /* FoldException, sorted; set once */

/* The last code point that has case: none above the Supplementary
 * Multilingual Plane has any (test_fold_every_code_point checks every
 * code point against g_utf8_casefold ()).  Looking only this far makes
 * the table eight times quicker to build, which is most of the start-up
 * of a run on a few articles. */
#define LAST_CASED 0x1FFFF

/* Collect the code points whose full case folding is not their lowercase. */
static GArray *
fold_exceptions_build (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (FoldException));
  for (gunichar c = 0x80; c <= LAST_CASED; c++)
    {
      GUnicodeType t = g_unichar_type (c);
      if (class_of_type (t) == 0 || t == G_UNICODE_OTHER_LETTER)
        continue;
      char in[8], low[8];
      int n = g_unichar_to_utf8 (c, in);
      int nl = g_unichar_to_utf8 (g_unichar_tolower (c), low);
      g_autofree char *f = g_utf8_casefold (in, n);
      size_t nf = strlen (f);
      if (nf == (size_t) nl && memcmp (f, low, nl) == 0)
        continue;
      FoldException e = { .c = c, .len = (guint8) nf };
      g_assert (nf < sizeof e.fold);
      memcpy (e.fold, f, nf);
      g_array_append_val (a, e);
    }
  return a;
}

/* The exception table, built on first use (thread-safe). */
static const GArray *
fold_exceptions_get (void)
{
  if (g_once_init_enter (&fold_exceptions))
    g_once_init_leave (&fold_exceptions, fold_exceptions_build ());
  return fold_exceptions;
}

/* Append the case folding of non-ASCII code point C to OUT. */
static void
fold_append_unichar (GString *out, gunichar c)
{
  if (c == 0x2019)
    {
      g_string_append_c (out, '\'');
      return;
    }
  const GArray *ex = fold_exceptions_get ();
  guint lo = 0, hi = ex->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const FoldException *e = &g_array_index (ex, FoldException, mid);
      if (e->c == c)
        {
          g_string_append_len (out, e->fold, e->len);
          return;
        }
      if (e->c < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_string_append_unichar (out, g_unichar_tolower (c));
}

/* The lowercase of ASCII byte C (any other byte unchanged). */
static inline guchar
lower_ascii (guchar c)
{
  return (guchar) (c + (((guint) c - 'A' < 26u) << 5));
}

/* W with its ASCII capitals lowercased (other bytes unchanged). */
static inline guint64
lower8 (guint64 w)
{
  guint64 upper = bytes_in_range (w & ~HIGHS, 'A', 'Z') & ~w;
  return w | (upper >> 2); /* 0x80 >> 2 is 0x20, the case bit */
}

guint32
text_form_hash (const char *form, gsize len)
{
  const guchar *p = (const guchar *) form;
  if (len <= 16)
    {
      guchar w[16] = { 0 };
      memcpy (w, p, len);
      return hash_short (load8 (w), load8 (w + 8));
    }
  guint64 h = hash_seed (len);
  gsize i = 0;
  for (; i + 8 <= len; i += 8)
    h = hash_step (h, load8 (p + i));
  if (i < len)
    {
      guchar last[8] = { 0 };
      memcpy (last, p + i, len - i);
      h = hash_step (h, load8 (last));
    }
  return hash_finish (h);
}

/* Append the folding of the N bytes at P (which hold a non-ASCII code
 * point) to OUT, code point by code point. */
static void
fold_append_slow (GString *out, const guchar *p, gsize n)
{
  const guchar *end = p + n;
  while (p < end)
    {
      if (*p < 0x80)
        g_string_append_c (out, (char) lower_ascii (*p++));
      else
        {
          fold_append_unichar (out, g_utf8_get_char ((const char *) p));
          p = (const guchar *) g_utf8_next_char (p);
        }
    }
}

/* Append the folded form of the N bytes of NFKC text S to OUT, then a NUL
 * (counted in OUT->len); return text_form_hash () of the form.  S must be
 * followed by at least 8 readable bytes (text.c's TEXT_PAD sees to that):
 * the last chunk is read whole and masked.  Plain ASCII is lowercased 8
 * bytes at a time; anything else takes the slow path. */
guint32
text_fold_append (GString *out, const char *s, gsize n)
{
  const guchar *p = (const guchar *) s;
  gsize old = out->len;
  reserve_form (out, n);
  guchar *o = (guchar *) out->str + old;
  guint64 any = 0;
  gsize i = 0;
  for (; i + 8 <= n; i += 8)
    {
      guint64 w = load8 (p + i);
      any |= w;
      store8 (o + i, lower8 (w));
    }
  if (i < n)
    {
      guint64 w = first_bytes (load8 (p + i), n - i);
      any |= w;
      store8 (o + i, lower8 (w));
    }
  if (!(any & HIGHS))
    {
      o[n] = '\0';
      out->len = old + n + 1;
      return text_form_hash ((const char *) o, n);
    }
  out->str[old] = '\0';
  fold_append_slow (out, p, n);
  gsize len = out->len - old;
  g_string_append_c (out, '\0');
  reserve_form (out, 0);
  return text_form_hash (out->str + old, len);
}

char *
text_fold (const char *utf8, gssize len)
{
  g_return_val_if_fail (utf8 != NULL || len == 0, NULL);
  gsize n = len < 0 ? strlen (utf8) : (gsize) len;
  g_autofree char *nf = g_utf8_normalize (utf8 != NULL ? utf8 : "",
                                          (gssize) n, G_NORMALIZE_ALL_COMPOSE);
  if (nf == NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (utf8, (gssize) n);
      nf = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
    }
  gsize nf_len = strlen (nf);
  g_autofree char *padded = g_malloc0 (nf_len + 8); /* read 8 at a time */
  memcpy (padded, nf, nf_len);
  GString *out = g_string_sized_new (nf_len + 16);
  text_fold_append (out, padded, nf_len);
  g_string_truncate (out, out->len - 1); /* the NUL that ends every form */
  return g_string_free (out, FALSE);
}
