/* text-reference.h - a reference tokenizer, written from the rules of
 * text.c's header (the contract's "Tokens") rather than as text.c's state
 * machine and fast paths, for test_text and the tokenize fuzz target.
 *
 * text_reference_check (S, TOKS) normalises the whole NUL-terminated text
 * S at once, cuts its tokens code point by code point, folds each with
 * g_utf8_casefold (), cuts the sentences, and compares all of it with
 * what text_tokenize () put in TOKS.  It returns NULL when they agree,
 * else a newly allocated description of the first difference.
 */
#ifndef FRAMING_TEXT_REFERENCE_H
#define FRAMING_TEXT_REFERENCE_H

#include <glib.h>
#include <string.h>

#include "text.h"

#define TEXT_REF_IS_LETTER(c) (g_unichar_isalpha (c))
#define TEXT_REF_IS_WORD(c) (g_unichar_isalpha (c) || g_unichar_ismark (c) \
                             || g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER)
#define TEXT_REF_IS_APOS(c) ((c) == '\'' || (c) == 0x2019)
#define TEXT_REF_IS_SPACE(c) (g_unichar_isspace (c))
#define TEXT_REF_IS_BREAK(c) ((c) == '\n' || (c) == '\r' || (c) == 0x2028 \
                              || (c) == 0x2029)
#define TEXT_REF_IS_END(c) ((c) == '.' || (c) == '!' || (c) == '?' \
                            || (c) == 0x2026)
#define TEXT_REF_IS_CLOSE(c) ((c) == '"' || (c) == '\'' || (c) == ')' \
                              || (c) == ']' || (c) == '}' || (c) == 0x201D \
                              || (c) == 0x2019 || (c) == 0xBB \
                              || (c) == 0x203A)

/* Whether a token character stands between the last cut before I and I. */
static inline gboolean
text_reference_has_token (const gunichar *cp, const gboolean *cut, glong i)
{
  for (glong k = i; k >= 0; k--)
    {
      if (TEXT_REF_IS_WORD (cp[k]))
        return TRUE;
      if (cut[k])
        return FALSE;
    }
  return FALSE;
}

/* The sentences: cut the text just after each end mark and the closing
 * quotes that follow it when white space or the end of the text follows
 * and the next non-space character is not a lowercase letter,
 * and at the start of each run of white space holding two line breaks
 * (\r\n counting as one); trim each piece of white space; list the
 * pieces that hold a token.  CP: the N code points, at byte offsets OFF
 * (OFF[N] the end). */
static inline char *
text_reference_sentences (const FramingTokens *toks, const gunichar *cp,
                          const guint32 *off, glong n)
{
  g_autofree gboolean *cut = g_new0 (gboolean, n + 1);
  /* Blank lines first: a piece after one starts afresh. */
  for (glong i = 0; i < n;)
    {
      if (!TEXT_REF_IS_SPACE (cp[i]))
        {
          i++;
          continue;
        }
      glong j = i;
      guint breaks = 0;
      for (; j < n && TEXT_REF_IS_SPACE (cp[j]); j++)
        if (TEXT_REF_IS_BREAK (cp[j])
            && !(cp[j] == '\n' && j > i && cp[j - 1] == '\r'))
          breaks++;
      if (breaks >= 2)
        cut[i] = TRUE;
      i = j;
    }
  for (glong i = 0; i < n; i++)
    if (TEXT_REF_IS_END (cp[i]))
      {
        glong j = i + 1;
        while (j < n && TEXT_REF_IS_CLOSE (cp[j]))
          j++;
        glong k = j;
        while (k < n && TEXT_REF_IS_SPACE (cp[k]))
          k++;
        /* A lowercase letter next continues the sentence ("U.S. troops"),
         * unless it is not listed yet (no token since the last cut). */
        if (j == n || (TEXT_REF_IS_SPACE (cp[j])
                       && (k == n || !g_unichar_islower (cp[k])
                           || !text_reference_has_token (cp, cut, i))))
          cut[j] = TRUE;
      }
  guint listed = 0, k = 0;
  for (glong a = 0; a < n;)
    {
      glong b = a + 1;
      while (b < n && !cut[b])
        b++;
      glong s = a, e = b;
      while (s < e && TEXT_REF_IS_SPACE (cp[s]))
        s++;
      while (e > s && TEXT_REF_IS_SPACE (cp[e - 1]))
        e--;
      gboolean holds = FALSE;
      for (; k < toks->tokens->len; k++)
        {
          const FramingToken *t =
            &g_array_index (toks->tokens, FramingToken, k);
          if (t->start >= off[b])
            break;
          if (t->start < off[s] || t->end > off[e] || t->sentence != listed)
            return g_strdup_printf ("token %u (%u-%u) is in sentence %u, "
                                    "expected %u (%u-%u)", k, t->start,
                                    t->end, t->sentence, listed, off[s],
                                    off[e]);
          holds = TRUE;
        }
      if (holds)
        {
          if (listed >= toks->sentences->len)
            return g_strdup_printf ("%u sentences, expected more",
                                    toks->sentences->len);
          const FramingSentence *got =
            &g_array_index (toks->sentences, FramingSentence, listed);
          if (got->start != off[s] || got->end != off[e])
            return g_strdup_printf ("sentence %u is %u-%u, expected %u-%u",
                                    listed, got->start, got->end, off[s],
                                    off[e]);
          listed++;
        }
      a = b;
    }
  if (listed != toks->sentences->len)
    return g_strdup_printf ("%u sentences, expected %u",
                            toks->sentences->len, listed);
  return NULL;
}

static inline char *
text_reference_check (const char *s, const FramingTokens *toks)
{
  g_autofree char *nf = g_utf8_normalize (s, -1, G_NORMALIZE_ALL_COMPOSE);
  if (nf == NULL || strcmp (toks->text->str, nf) != 0)
    return g_strdup ("the text is not the NFKC normalisation of the input");
  glong n = g_utf8_strlen (nf, -1);
  g_autofree gunichar *cp = g_new (gunichar, n + 1);
  g_autofree guint32 *off = g_new (guint32, n + 1);
  const char *p = nf;
  for (glong i = 0; i <= n; i++)
    {
      cp[i] = i < n ? g_utf8_get_char (p) : 0;
      off[i] = (guint32) (p - nf);
      if (i < n)
        p = g_utf8_next_char (p);
    }
  guint k = 0;
  for (glong i = 0; i < n;)
    {
      if (!TEXT_REF_IS_WORD (cp[i]))
        {
          i++;
          continue;
        }
      glong j = i + 1;
      while (j < n && (TEXT_REF_IS_WORD (cp[j])
                       || (TEXT_REF_IS_APOS (cp[j])
                           && TEXT_REF_IS_LETTER (cp[j - 1]) && j + 1 < n
                           && TEXT_REF_IS_LETTER (cp[j + 1]))))
        j++;
      if (k >= toks->tokens->len)
        return g_strdup_printf ("%u tokens, expected more",
                                toks->tokens->len);
      const FramingToken *t = &g_array_index (toks->tokens, FramingToken, k);
      if (t->start != off[i] || t->end != off[j])
        return g_strdup_printf ("token %u is %u-%u, expected %u-%u", k,
                                t->start, t->end, off[i], off[j]);
      g_autofree char *f = g_utf8_casefold (nf + off[i], off[j] - off[i]);
      g_auto (GStrv) parts = g_strsplit (f, "\u2019", -1);
      g_autofree char *want = g_strjoinv ("'", parts);
      if (strcmp (text_token_form (toks, k), want) != 0)
        return g_strdup_printf ("token %u folds to '%s', expected '%s'", k,
                                text_token_form (toks, k), want);
      k++;
      i = j;
    }
  if (k != toks->tokens->len)
    return g_strdup_printf ("%u tokens, expected %u", toks->tokens->len, k);
  return text_reference_sentences (toks, cp, off, n);
}

#endif /* FRAMING_TEXT_REFERENCE_H */
