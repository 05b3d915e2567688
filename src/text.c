/* text.c - tokens and sentences of an article (framing(1), TOKENS).
 *
 * text_tokenize() makes the NFKC-normalised text of an article, cuts it
 * into tokens, folds each token's case and finds the sentences, in one
 * pass over the text.  The decisions behind it:
 *
 * - Input is valid UTF-8: input.c has already replaced invalid bytes with
 *   U+FFFD, which is an ordinary separator here.  NUL bytes inside the
 *   given length are separators too.
 * - The text is NFKC-normalised (g_utf8_normalize (G_NORMALIZE_ALL_COMPOSE)
 *   is NFKC) and kept in toks->text, not case-folded, for KWIC display.
 *   Token and sentence offsets are byte offsets into that text.
 * - Fast path: plain ASCII never goes through g_utf8_normalize.  NFKC is
 *   the identity on ASCII, every ASCII character is a starter (canonical
 *   combining class 0) and none is ever the second character of a
 *   canonical composition, so a boundary just before an ASCII character is
 *   a safe place to cut the text.  But a combining mark that follows an
 *   ASCII letter composes with it ("e" U+0301 -> "é"), so each non-ASCII
 *   stretch is normalised together with the one ASCII character before it
 *   (unless that is NUL, which composes with nothing and would end the
 *   string for g_utf8_normalize).  The common punctuation marks of news
 *   text (curly quotes and apostrophe, en and em dash, bullet) are as
 *   safe as ASCII: NFKC leaves them alone and they never compose with
 *   what precedes them, so they stay on the fast path too (a stretch
 *   after one is normalised together with it).  Non-ASCII stretches
 *   separated by short
 *   ASCII gaps are normalised as one segment to keep the number of
 *   g_utf8_normalize calls (and their allocations) low in non-Latin text.
 *   The result is byte-identical to normalising the whole text first; the
 *   unit tests check this against that reference.
 * - A token is a maximal run of letters (L*: Lu Ll Lt Lm Lo), decimal
 *   digits (Nd) and combining marks (Mn Mc Me).  An apostrophe (U+0027 or
 *   U+2019) stays inside the token when the code point just before it is a
 *   letter and the one just after it is a letter: "rock'n'roll" is one
 *   token, "'90s" is "90s", "dogs'" is "dogs", "80's" is "80" "s".  Every
 *   other character separates tokens ("no-fly" -> "no" "fly").
 * - A token's folded form is g_utf8_casefold () of its NFKC text with
 *   U+2019 written as ' (text-fold.c says how it is done without
 *   allocating).
 * - Sentences end at '.', '!', '?' or U+2026 (NFKC turns U+2026 into
 *   "...", so in practice '.'), optionally followed by closing quotes or
 *   brackets (" ' U+201D U+2019 U+00BB U+203A ) ] }), when white space
 *   follows or the text ends and the first character after the white
 *   space is not a lowercase letter; and at a blank line: a line break,
 *   optional white space, another line break.  Line breaks are \n, \r
 *   (\r\n counts as one), U+2028 and U+2029.  White space is
 *   g_unichar_isspace().  "Mr. Smith" ends a sentence after "Mr."; "the
 *   U.S. consulate" does not (the end is pending until the next non-space
 *   character settles it); "3.5" does not (no white space after the dot).
 * - A sentence starts at its first non-space character and ends just past
 *   its end mark and closing quotes, or just past its last non-space
 *   character before a blank line or the end of the text.  Only sentences
 *   that hold a token are listed; token sentence indexes count those.
 * - No allocation per token: forms go into toks->forms, tokens and
 *   sentences into reused GArrays; text_tokenize() resets them.
 * - Speed: runs of ASCII words, most of any English text, are cut 64
 *   bytes at a time with bit masks (text-scan.c), words joined by an
 *   apostrophe between ASCII letters included; everything else takes the
 *   code-point steps here, which define the rules.  The unit tests check
 *   both against a reference written from the rules above.
 *
 * The tokenizer is three files and a private header: this one, the rules
 * (the code-point steps that cut tokens and sentences, the classes of
 * non-ASCII code points, normalisation, the public functions);
 * text-scan.c, the fast scanner; text-fold.c, case folding and form
 * hashes; text-private.h, the ASCII classes, the scanner's state and the
 * helpers the three share inline.
 */
#include "text-private.h"

#include "ascii.h"
#include "framing.h"

#include <string.h>

/* Non-ASCII stretches closer than this many ASCII bytes share one
 * g_utf8_normalize call, as long as the segment is below SEGMENT_MAX. */
#define MERGE_GAP 32
#define SEGMENT_MAX (64 * 1024)

/* Whether the 3 bytes at P (before END) are a stable mark
 * (stable_mark_class ()). */
static inline gboolean
is_stable_mark (const guchar *p, const guchar *end)
{
  return stable_mark_class (p, end) >= 0;
}

/* The class bits of non-ASCII code point C. */
static guint
class_of (gunichar c)
{
  guint cls = class_of_type (g_unichar_type (c));
  if (cls != 0)
    return cls;
  switch (c)
    {
    case 0x2019: /* right single quotation mark, the curly apostrophe */
      return C_APOS | C_CLOSE;
    case 0x201D: /* right double quotation mark */
    case 0x00BB: /* right-pointing double angle quotation mark */
    case 0x203A: /* single right-pointing angle quotation mark */
      return C_CLOSE;
    case 0x2026: /* horizontal ellipsis */
      return C_END;
    case 0x2028: /* line separator */
    case 0x2029: /* paragraph separator */
      return C_SPACE | C_BREAK;
    default:
      return g_unichar_isspace (c) ? C_SPACE : 0;
    }
}

/* List the open sentence (it starts at sc->sent_start; its end is set
 * when it closes).  Like the tokens, sentences are written straight into
 * toks->sentences, grown ahead; scan_finish() sets the true length. */
static void
sentence_list (Scanner *sc)
{
  GArray *a = sc->toks->sentences;
  if (sc->n_sentences == a->len)
    g_array_set_size (a, MAX (2 * sc->n_sentences, 64u));
  FramingSentence *s = &g_array_index (a, FramingSentence, sc->n_sentences++);
  s->start = sc->sent_start;
  s->end = 0;
  sc->sent_listed = TRUE;
}

/* Record the token that began at sc->tok_start and ends at END.  Tokens
 * are written straight into toks->tokens, grown ahead (doubling) rather
 * than appended one call at a time; scan_finish() sets the true length. */
static void
token_end (Scanner *sc, guint32 end)
{
  FramingTokens *toks = sc->toks;
  if (sc->n_tokens == toks->tokens->len)
    g_array_set_size (toks->tokens, MAX (2 * sc->n_tokens, 1024u));
  FramingToken *t = &g_array_index (toks->tokens, FramingToken,
                                    sc->n_tokens++);
  t->start = sc->tok_start;
  t->end = end;
  t->form = (guint32) toks->forms->len;
  t->sentence = sc->tok_sentence;
  t->hash = text_fold_append (toks->forms, toks->text->str + t->start,
                              end - t->start);
  t->form_len = (guint32) (toks->forms->len - 1 - t->form);
  if (toks->forms->len - t->form < FORM_ROOM)
    {
      /* Zeros up to FORM_ROOM bytes, as the fast path leaves them (text.h);
       * text_fold_append () kept room for them. */
      gsize pad = FORM_ROOM - (toks->forms->len - t->form);
      memset (toks->forms->str + toks->forms->len, 0, pad);
      toks->forms->len += pad;
      reserve_form (toks->forms, 0);
    }
  sc->in_token = FALSE;
  sc->apos = NO_APOS;
}

/* Begin a token at OFF, listing its sentence if this is its first token. */
static void
token_begin (Scanner *sc, guint32 off)
{
  if (!sc->sent_listed)
    sentence_list (sc);
  sc->in_token = TRUE;
  sc->tok_start = off;
  sc->tok_sentence = sc->n_sentences - 1;
  sc->apos = NO_APOS;
}

/* End the open sentence at END (at the pending end if there is one). */
static void
sentence_end (Scanner *sc, guint32 end)
{
  if (sc->sent_listed || sc->pending)
    g_array_index (sc->toks->sentences, FramingSentence,
                   sc->n_sentences - 1).end = sc->pending ? sc->pending_end
                                                          : end;
  sc->sent_open = FALSE;
  sc->sent_listed = FALSE;
  sc->mark = FALSE;
  sc->pending = FALSE;
}

/* White space after an end mark: the sentence ends there, unless it is
 * listed, in which case the next non-space character decides
 * (settle_end ()). */
static void
mark_then_space (Scanner *sc)
{
  if (!sc->sent_listed)
    {
      sentence_end (sc, sc->mark_end);
      return;
    }
  sc->pending = TRUE;
  sc->pending_end = sc->mark_end;
  sc->sent_listed = FALSE;
  sc->mark = FALSE;
}

/* The first non-space character after a pending end settles it: a
 * lowercase letter (LOWER) continues the sentence ("the U.S. consulate",
 * "at 5 p.m. on Friday"); anything else ends it. */
static void
settle_end (Scanner *sc, gboolean lower)
{
  if (!lower)
    {
      sentence_end (sc, sc->pending_end);
      return;
    }
  sc->pending = FALSE;
  sc->sent_listed = TRUE;
}

/* Sentence bookkeeping for code point C of class CLS at OFF, N bytes. */
static inline void
step_sentence (Scanner *sc, gunichar c, guint cls, guint32 off, guint n)
{
  if (cls & C_SPACE)
    {
      if (sc->mark)
        mark_then_space (sc);
      if ((cls & C_BREAK) && !(sc->prev_cr && c == '\n')
          && ++sc->breaks >= 2 && sc->sent_open)
        sentence_end (sc, sc->last_end);
      sc->prev_cr = (cls & C_CR) != 0;
      return;
    }
  sc->prev_cr = FALSE;
  sc->breaks = 0;
  if (sc->pending)
    settle_end (sc, g_unichar_islower (c));
  if (!sc->sent_open)
    {
      sc->sent_open = TRUE;
      sc->sent_start = off;
    }
  sc->last_end = off + n;
  if (cls & C_END)
    {
      sc->mark = TRUE;
      sc->mark_end = off + n;
    }
  else if (sc->mark && (cls & C_CLOSE))
    sc->mark_end = off + n;
  else
    sc->mark = FALSE;
}

/* Token bookkeeping for a code point of class CLS at OFF. */
static inline void
step_token (Scanner *sc, guint cls, guint32 off)
{
  if (cls & C_WORD)
    {
      if (!sc->in_token)
        token_begin (sc, off);
      else if (sc->apos != NO_APOS)
        {
          if (cls & C_LETTER)
            sc->apos = NO_APOS; /* letter ' letter: the apostrophe stays */
          else
            {
              token_end (sc, sc->apos);
              token_begin (sc, off);
            }
        }
    }
  else if (sc->in_token)
    {
      if ((cls & C_APOS) && sc->prev_letter && sc->apos == NO_APOS)
        sc->apos = off;
      else
        token_end (sc, sc->apos != NO_APOS ? sc->apos : off);
    }
  sc->prev_letter = (cls & C_LETTER) != 0;
}

/* The sentence a token starting at START opens or joins: listed now if
 * it is not yet. */
guint32
text_sentence_for_word (Scanner *sc, guint32 start)
{
  if (sc->pending)
    {
      guchar b = (guchar) sc->toks->text->str[start];
      settle_end (sc, b >= 'a' && b <= 'z');
    }
  if (!sc->sent_open)
    {
      sc->sent_open = TRUE;
      sc->sent_start = start;
    }
  if (!sc->sent_listed)
    sentence_list (sc);
  return sc->n_sentences - 1;
}

/* The code-point steps over the ASCII bytes from FROM to TO, which follow
 * a word just taken by text_scan_words () and hold no apostrophe: the sentence
 * bookkeeping of each byte (outside a token, step_token () would change
 * nothing that matters). */
void
text_gap_steps (Scanner *sc, const guchar *t, guint32 from, guint32 to)
{
  sc->last_end = from;
  sc->mark = FALSE;
  sc->breaks = 0;
  sc->prev_cr = FALSE;
  for (guint32 k = from; k < to; k++)
    step_sentence (sc, t[k], ascii_class[t[k]], k, 1);
}

/* Run the scanner over toks->text from byte FROM to the end. */
static void
scan (Scanner *sc, gsize from)
{
  const guchar *t = (const guchar *) sc->toks->text->str;
  guint32 i = (guint32) from, to = (guint32) sc->toks->text->len;
  while (i < to)
    {
      guchar b = t[i];
      if (b < 0x80)
        {
          guint cls = ascii_class[b];
          if ((cls & C_WORD) && !sc->in_token)
            {
              guint32 e = text_scan_words (sc, t, i, to);
              if (e != i)
                {
                  i = e;
                  continue;
                }
            }
          /* Inside a token, a run of ASCII letters and digits changes
           * nothing but the last non-space offset and prev_letter. */
          if ((cls & C_WORD) && sc->in_token && sc->apos == NO_APOS)
            {
              i = word_run_end (t, i + 1, to) - 1;
              cls = ascii_class[t[i]];
              sc->prev_cr = FALSE;
              sc->breaks = 0;
              sc->mark = FALSE;
              sc->last_end = i + 1;
              sc->prev_letter = (cls & C_LETTER) != 0;
              i++;
              continue;
            }
          step_sentence (sc, b, cls, i, 1);
          step_token (sc, cls, i);
          i++;
        }
      else
        {
          int mark = stable_mark_class (t + i, t + to);
          gunichar c = mark >= 0 ? 0x2000u + (t[i + 2] & 0x3Fu)
                                 : g_utf8_get_char ((const char *) t + i);
          guint n = (guint) g_utf8_skip[b];
          guint cls = mark >= 0 ? (guint) mark : class_of (c);
          step_sentence (sc, c, cls, i, n);
          step_token (sc, cls, i);
          i += n;
        }
    }
}

/* Append N bytes of already-normalised text S to toks->text and scan them. */
static void
append_scan (Scanner *sc, const char *s, gsize n)
{
  GString *text = sc->toks->text;
  gsize from = text->len;
  if (n == 0)
    return;
  /* Offsets are 32-bit, so the normalised text must stay below 4 GiB.
   * No input the program accepts comes near: NFKC makes UTF-8 at most
   * 11 times longer (U+FDFA, 3 bytes, becomes 33), an invalid byte
   * becomes a U+FFFD of 3 bytes that NFKC keeps, and an article is read
   * only up to FRAMING_MAX_ARTICLE_BYTES (64 MiB), so its text stays
   * under 1 GiB; lexicon lines (FRAMING_MAX_LEXICON_LINE) and gold
   * sentences (GOLD_MAX_LINE_BYTES) are shorter still.  A longer text
   * is a caller's error (text.h). */
  g_assert (n <= G_MAXUINT32 - from);
  g_string_append_len (text, s, (gssize) n);
  /* text_scan_words () reads 64 bytes at a time, text_fold_append () 8:
   * keep TEXT_PAD zeros past the text. */
  if (text->len + TEXT_PAD >= text->allocated_len)
    {
      g_string_set_size (text, text->len + TEXT_PAD);
      g_string_truncate (text, text->len - TEXT_PAD);
    }
  memset (text->str + text->len, 0, TEXT_PAD);
  sc->win_base = sc->win_limit = 0; /* the text past the old end changed */
  scan (sc, from);
}

/* Normalise the N bytes at S (no NUL inside), append and scan them. */
static void
normalize_append_scan (Scanner *sc, const char *s, gsize n)
{
  g_autofree char *nf = g_utf8_normalize (s, (gssize) n,
                                          G_NORMALIZE_ALL_COMPOSE);
  if (nf == NULL)
    {
      /* Not valid UTF-8 after all: repair it rather than lose it. */
      g_autofree char *valid = g_utf8_make_valid (s, (gssize) n);
      nf = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
    }
  append_scan (sc, nf, strlen (nf));
}

/* The first byte at or after P (before END) that is neither ASCII nor
 * a stable mark (is_stable_mark), or END. */
static const guchar *
ascii_run_end (const guchar *p, const guchar *end)
{
  for (;;)
    {
      p = ascii_end (p, end);
      if (!is_stable_mark (p, end))
        return p;
      p += 3;
    }
}

/* The end of the segment to normalise whose first non-ASCII byte is at Q:
 * the end of its non-ASCII stretch, extended over short ASCII gaps (with
 * no NUL) to the following stretches.  Always END or an ASCII byte. */
static const guchar *
segment_end (const guchar *q, const guchar *end)
{
  const guchar *r = q;
  for (;;)
    {
      while (r < end && *r >= 0x80)
        r++;
      const guchar *s = r;
      while (s < end && *s < 0x80 && *s != '\0' && s - r < MERGE_GAP)
        s++;
      if (s == end || *s < 0x80 || r - q >= SEGMENT_MAX)
        return r;
      r = s;
    }
}

/* Reset TOKS to hold nothing, with room for a text of about N bytes. */
static void
tokens_reset (FramingTokens *toks, gsize n)
{
  if (toks->text->allocated_len <= n + TEXT_PAD)
    g_string_set_size (toks->text, n + TEXT_PAD); /* NFKC rarely grows text */
  g_string_truncate (toks->text, 0);
  g_string_truncate (toks->forms, 0);
  reserve_form (toks->forms, 0);
  g_array_set_size (toks->tokens, 0);
  g_array_set_size (toks->sentences, 0);
}

/* Close the last token and sentence at the end of the text. */
static void
scan_finish (Scanner *sc)
{
  guint32 len = (guint32) sc->toks->text->len;
  if (sc->in_token)
    token_end (sc, sc->apos != NO_APOS ? sc->apos : len);
  if (sc->sent_open)
    sentence_end (sc, sc->mark ? sc->mark_end : sc->last_end);
  g_array_set_size (sc->toks->tokens, sc->n_tokens);
  g_array_set_size (sc->toks->sentences, sc->n_sentences);
}

FramingTokens *
text_tokens_new (void)
{
  FramingTokens *toks = g_new0 (FramingTokens, 1);
  toks->text = g_string_sized_new (4096);
  toks->forms = g_string_sized_new (4096);
  toks->tokens = g_array_sized_new (FALSE, FALSE, sizeof (FramingToken), 1024);
  toks->sentences = g_array_sized_new (FALSE, FALSE,
                                       sizeof (FramingSentence), 64);
  return toks;
}

void
text_tokens_free (FramingTokens *toks)
{
  if (toks == NULL)
    return;
  g_string_free (toks->text, TRUE);
  g_string_free (toks->forms, TRUE);
  g_array_unref (toks->tokens);
  g_array_unref (toks->sentences);
  g_free (toks);
}

void
text_tokenize (FramingTokens *toks, const char *utf8, gssize len)
{
  g_return_if_fail (toks != NULL);
  g_return_if_fail (utf8 != NULL || len == 0);
  gsize n = len < 0 ? strlen (utf8) : (gsize) len;
  tokens_reset (toks, n);
  const guchar *p = (const guchar *) utf8, *end = p + n;
  Scanner sc = { .toks = toks, .apos = NO_APOS };
  while (p < end)
    {
      const guchar *q = ascii_run_end (p, end);
      if (q == end)
        {
          append_scan (&sc, (const char *) p, (gsize) (end - p));
          break;
        }
      /* q > p except at the very start: a segment ends before ASCII or
       * a stable mark.  The character before q (ASCII, or a stable mark
       * of 3 bytes) goes with the segment, as a following combining mark
       * may compose with it. */
      const guchar *seg = q;
      if (q > p && q[-1] != '\0')
        seg = q[-1] < 0x80 ? q - 1 : q - 3;
      append_scan (&sc, (const char *) p, (gsize) (seg - p));
      const guchar *r = segment_end (q, end);
      normalize_append_scan (&sc, (const char *) seg, (gsize) (r - seg));
      p = r;
    }
  scan_finish (&sc);
}
