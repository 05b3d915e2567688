/* text-scan.c - the tokenizer's fast scanner: runs of plain ASCII words,
 * 64 bytes at a time (framing(1), TOKENS, gives the rules; text.c
 * applies them code point by code point and hands such runs here).
 *
 * Most of a news article is ASCII words separated by spaces and
 * punctuation that changes nothing but the sentence's last non-space
 * offset.  text_scan_words () takes such runs with three bit masks per
 * 64 bytes of text (bit k for byte k): the word bytes (ASCII letters and
 * digits), the bytes that may continue a word (an apostrophe or a
 * non-ASCII byte) and the special bytes (any byte that is neither a word
 * byte nor a plain separator: the continuers, line breaks and the end
 * marks and closing quotes of ascii_class).  Words and the gaps between
 * them are then found with bit operations, without a branch per byte.  A
 * gap between two words of one block that holds end marks, closing
 * quotes or line breaks is stepped over byte by byte (text.c's
 * text_gap_steps ()); a continuer hands the text back to the code-point
 * steps, except an apostrophe between two ASCII letters, which joins
 * words into one token here (joined_word ()).
 *
 * The masks are worked out WIN_BLOCKS blocks at a time into the
 * scanner's window (window_fill ()), and a scan from any byte takes the
 * 64 bits from there with two shifts (window_masks ()): a scan that
 * stops at a continuer (a curly quote, an accented letter) and resumes
 * a few bytes on reads the masks it already has rather than working out
 * those of the next 64 bytes again, and the loop that works them out has
 * no branch but its own.  The masks take SSE2 where the compiler has it,
 * AVX2 where the processor has it (checked when the program runs), and
 * a loop over ascii_class otherwise.  TEXT_NO_SSE2 and TEXT_NO_AVX2 build
 * the portable and the SSE2 code on any machine, for the unit tests
 * (test_text_portable, test_text_sse2), which compare every path with a
 * reference written from the rules.
 *
 * Each word's folded form and hash are written here as well, 8 or 16
 * bytes at a time: a word of ASCII letters and digits folds by setting
 * the case bit of each byte.
 */
#include "text-private.h"

#include <string.h>

/* Write the N bytes at P, ASCII letters and digits only, lowercased, and
 * a NUL at O; return text_form_hash () of the form.  text_fold_append ()
 * without its checks for other bytes: P must be followed by at least 8
 * readable bytes and O must have N + 8 bytes of room (whole 8-byte words
 * are read and written).  Setting the case bit 0x20 of every byte
 * lowercases letters and leaves digits (0x30-0x39) as they are. */
static inline guint32
fold_ascii_into (guchar *o, const guchar *p, gsize n)
{
  guint64 h = hash_seed (n);
  gsize i = 0;
  for (; i + 8 <= n; i += 8)
    {
      guint64 w = load8 (p + i) | 0x20 * ONES;
      store8 (o + i, w);
      h = hash_step (h, w);
    }
  if (i < n)
    {
      guint64 w = first_bytes (load8 (p + i) | 0x20 * ONES, n - i);
      store8 (o + i, w);
      h = hash_step (h, w);
    }
  o[n] = '\0';
  return hash_finish (h);
}

#if defined(__SSE2__) && !defined(TEXT_NO_SSE2)
#include <emmintrin.h>

/* The masks of the 16 bytes at P, in the low 16 bits of each field. */
static inline BlockMasks
masks16 (const guchar *p)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
  /* Shifted so that the range is the lowest signed values: a signed
   * compare is then an unsigned range test. */
  __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  __m128i letter = _mm_cmplt_epi8 (
    _mm_add_epi8 (lower, _mm_set1_epi8 ((char) (0x80 - 'a'))),
    _mm_set1_epi8 ((char) (-128 + 26)));
  __m128i digit = _mm_cmplt_epi8 (
    _mm_add_epi8 (v, _mm_set1_epi8 ((char) (0x80 - '0'))),
    _mm_set1_epi8 ((char) (-128 + 10)));
  __m128i apos = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\''));
  __m128i marks = _mm_or_si128 (
    _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')),
                  _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\r'))),
    _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('!')),
                  _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"'))));
  marks = _mm_or_si128 (
    marks,
    _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (')')),
                                _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.'))),
                  _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('?')),
                                /* ] and } */
                                _mm_cmpeq_epi8 (lower, _mm_set1_epi8 ('}')))));
  guint high = (guint) _mm_movemask_epi8 (v);
  guint cont = high | (guint) _mm_movemask_epi8 (apos);
  BlockMasks m = {
    (guint) _mm_movemask_epi8 (_mm_or_si128 (letter, digit)),
    cont,
    cont | (guint) _mm_movemask_epi8 (marks),
  };
  return m;
}

/* The masks of the 64 bytes at P. */
static inline BlockMasks
block_masks (const guchar *p)
{
  BlockMasks m = { 0, 0, 0 };
  for (guint k = 0; k < 64; k += 16)
    {
      BlockMasks q = masks16 (p + k);
      m.word |= q.word << k;
      m.cont |= q.cont << k;
      m.special |= q.special << k;
    }
  return m;
}
#else
/* The masks of the 64 bytes at P, byte by byte from ascii_class. */
static inline BlockMasks
block_masks (const guchar *p)
{
  BlockMasks m = { 0, 0, 0 };
  for (guint k = 0; k < 64; k++)
    {
      guint cls = ascii_class[p[k]];
      guint64 bit = G_GUINT64_CONSTANT (1) << k;
      if (cls & C_WORD)
        m.word |= bit;
      else if (p[k] >= 0x80 || p[k] == '\'')
        m.cont |= bit, m.special |= bit;
      else if (cls != 0 && cls != C_SPACE)
        m.special |= bit;
    }
  return m;
}
#endif

/* The masks of the N blocks of 64 bytes at P into OUT, as block_masks ()
 * has them. */
static void
blocks_masks (BlockMasks *out, const guchar *p, guint n)
{
  for (guint k = 0; k < n; k++)
    out[k] = block_masks (p + 64 * k);
}

/* Where the processor has AVX2 (checked when the program runs, as the
 * program is built for every x86-64), the masks are worked out 32 bytes
 * at a time: the same operations as masks16 (), on 32 bytes.  The unit
 * tests run with and without it (TEXT_NO_AVX2). */
#if defined(__SSE2__) && !defined(TEXT_NO_SSE2) && !defined(TEXT_NO_AVX2) \
    && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define TEXT_AVX2 1
#include <immintrin.h>

/* The masks of the 32 bytes at P, in the low 32 bits of each field. */
__attribute__ ((__target__ ("avx2"))) static inline BlockMasks
masks32_avx2 (const guchar *p)
{
  __m256i v = _mm256_loadu_si256 ((const __m256i *) (const void *) p);
  __m256i lower = _mm256_or_si256 (v, _mm256_set1_epi8 (0x20));
  __m256i letter = _mm256_cmpgt_epi8 (
    _mm256_set1_epi8 ((char) (-128 + 26)),
    _mm256_add_epi8 (lower, _mm256_set1_epi8 ((char) (0x80 - 'a'))));
  __m256i digit = _mm256_cmpgt_epi8 (
    _mm256_set1_epi8 ((char) (-128 + 10)),
    _mm256_add_epi8 (v, _mm256_set1_epi8 ((char) (0x80 - '0'))));
  __m256i apos = _mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('\''));
  __m256i marks = _mm256_or_si256 (
    _mm256_or_si256 (_mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('\n')),
                     _mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('\r'))),
    _mm256_or_si256 (_mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('!')),
                     _mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('"'))));
  marks = _mm256_or_si256 (
    marks,
    _mm256_or_si256 (
      _mm256_or_si256 (_mm256_cmpeq_epi8 (v, _mm256_set1_epi8 (')')),
                       _mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('.'))),
      _mm256_or_si256 (_mm256_cmpeq_epi8 (v, _mm256_set1_epi8 ('?')),
                       /* ] and } */
                       _mm256_cmpeq_epi8 (lower, _mm256_set1_epi8 ('}')))));
  guint64 high = (guint32) _mm256_movemask_epi8 (v);
  guint64 cont = high | (guint32) _mm256_movemask_epi8 (apos);
  BlockMasks m = {
    (guint32) _mm256_movemask_epi8 (_mm256_or_si256 (letter, digit)),
    cont,
    cont | (guint32) _mm256_movemask_epi8 (marks),
  };
  return m;
}

/* blocks_masks () with AVX2. */
__attribute__ ((__target__ ("avx2"))) static void
blocks_masks_avx2 (BlockMasks *out, const guchar *p, guint n)
{
  for (guint k = 0; k < n; k++)
    {
      BlockMasks a = masks32_avx2 (p + 64 * k);
      BlockMasks b = masks32_avx2 (p + 64 * k + 32);
      out[k] = (BlockMasks) { a.word | b.word << 32, a.cont | b.cont << 32,
                              a.special | b.special << 32 };
    }
}
#endif

/* Fill sc->win with the masks of the text T from I on (TO: its end),
 * as far as WIN_BLOCKS + 1 blocks or one block past TO: the bits past TO
 * say "special" and "continuer", not "word", so that a scan that reaches
 * the end stops there.  TEXT_PAD zero bytes past TO make the last block
 * readable. */
static void
window_fill (Scanner *sc, const guchar *t, guint32 i, guint32 to)
{
  guint n = MIN ((guint) WIN_BLOCKS + 1, (to - i + 63) / 64 + 1);
  guint in_text = MIN (n, (to - i + 63) / 64); /* blocks that start before TO */
#ifdef TEXT_AVX2
  if (__builtin_cpu_supports ("avx2"))
    blocks_masks_avx2 (sc->win, t + i, in_text);
  else
#endif
    blocks_masks (sc->win, t + i, in_text);
  guint32 left = to - i - 64 * (in_text - 1); /* bytes of the last in TO */
  if (left < 64)
    {
      guint64 past = ~G_GUINT64_CONSTANT (0) << left;
      sc->win[in_text - 1].word &= ~past;
      sc->win[in_text - 1].cont |= past;
      sc->win[in_text - 1].special |= past;
    }
  if (in_text < n)
    sc->win[in_text] = (BlockMasks) { 0, ~G_GUINT64_CONSTANT (0),
                                      ~G_GUINT64_CONSTANT (0) };
  sc->win_base = i;
  sc->win_limit = i + 64 * (n - 1);
}

/* Bits D.. D + 63 of the window's masks A (D < 64 * WIN_BLOCKS), the
 * next block's first bits shifted in (nothing when D is a multiple of
 * 64: the shift by 63 - R and then 1 keeps every count in range). */
static inline guint64
window_bits (const guint64 *a, guint d)
{
  guint q = d / 64, r = d % 64;
  return (a[3 * q] >> r) | ((a[3 * (q + 1)] << (63 - r)) << 1);
}

/* The masks of the 64 bytes of the text T from I on (TO: its end),
 * from the window, filled again when I is past what it covers.  Scans
 * only go forward within one call of text.c's append_scan (), which
 * empties the window. */
static inline BlockMasks
window_masks (Scanner *sc, const guchar *t, guint32 i, guint32 to)
{
  if (i >= sc->win_limit || i < sc->win_base)
    window_fill (sc, t, i, to);
  G_STATIC_ASSERT (sizeof (BlockMasks) == 3 * sizeof (guint64));
  const guint64 *a = (const guint64 *) (void *) sc->win;
  guint d = i - sc->win_base;
  BlockMasks m = { window_bits (a, d), window_bits (a + 1, d),
                   window_bits (a + 2, d) };
  return m;
}

/* The bits of positions FROM (< 64) and up. */
static inline guint64
bits_from (guint from)
{
  return ~G_GUINT64_CONSTANT (0) << from;
}

/* Write the folded form of the N <= 16 bytes at P (ASCII letters and
 * digits) at O as two 8-byte words, zero past the form; return its
 * text_form_hash ().  P must be followed by 16 readable bytes.  For
 * N < FORM_ROOM the zeros hold the form's NUL and pad it to FORM_ROOM
 * bytes, so nothing else is written, and there is no branch on N. */
G_STATIC_ASSERT (FORM_ROOM == 16);
static inline guint32
fold_short (guchar *o, const guchar *p, guint n)
{
  guint64 w0 = (load8 (p) | 0x20 * ONES) & form_mask[n][0];
  guint64 w1 = (load8 (p + 8) | 0x20 * ONES) & form_mask[n][1];
  store8 (o, w0);
  store8 (o + 8, w1);
  return hash_short (w0, w1);
}

/* fold_short () for a word of N >= FORM_ROOM bytes, which needs a NUL
 * after its last byte: O must have room for N + 8 bytes. */
static inline guint32
fold_word (guchar *o, const guchar *p, guint n)
{
  if (G_UNLIKELY (n > 16))
    return fold_ascii_into (o, p, n);
  guint32 hash = fold_short (o, p, n);
  o[n] = '\0';
  return hash;
}

/* What text_scan_words () writes, in locals while it runs: the form bytes are
 * stored through a char pointer, which as far as the compiler knows may
 * change any field of the Scanner or of toks, so those fields would be
 * reloaded after every token. */
typedef struct {
  FramingToken *tok;     /* where the next token goes */
  FramingToken *tok_end; /* the end of the room for tokens */
  guchar *forms;         /* toks->forms->str */
  guint32 form_at;       /* where the next form goes in it */
  guint32 forms_room;    /* its allocated length */
  guint32 sentence;      /* the sentence of the next token, when listed */
  guint32 last_word_end; /* just past the last word taken */
} Out;

/* Room in OUT for N more bytes of forms. */
static inline void
out_reserve_forms (Out *out, FramingTokens *toks, gsize n)
{
  if (out->forms_room - out->form_at < n)
    {
      toks->forms->len = out->form_at;
      reserve_form (toks->forms, n);
      out->forms = (guchar *) toks->forms->str;
      out->forms_room = (guint32) toks->forms->allocated_len;
    }
}

/* Room in OUT for the tokens and forms of one block of 64 bytes: at most
 * 32 words, each taking MAX (its length + 1, FORM_ROOM) bytes of forms,
 * and 24 bytes written past the last. */
#define FORMS_BLOCK (32 * FORM_ROOM + 64 + 24)
static inline void
out_reserve_block (Out *out, FramingTokens *toks)
{
  if (out->tok_end - out->tok < 32)
    {
      FramingToken *base = (FramingToken *) (void *) toks->tokens->data;
      gsize n = (gsize) (out->tok - base);
      g_array_set_size (toks->tokens, MAX (2 * toks->tokens->len, 1024u));
      base = (FramingToken *) (void *) toks->tokens->data;
      out->tok = base + n;
      out->tok_end = base + toks->tokens->len;
    }
  out_reserve_forms (out, toks, FORMS_BLOCK);
}

/* Record the token of the N word bytes at START in OUT (inlined into both
 * of its loops).  The fields are written every other one on each side of
 * the form's bytes: written in order, four at a time, compilers build them
 * in a vector register first, which takes twice the instructions of
 * storing them one by one. */
ALWAYS_INLINE static inline void
out_word (Out *out, const guchar *t, guint32 start, guint n)
{
  FramingToken *tok = out->tok++;
  tok->start = start;
  tok->form = out->form_at;
  tok->sentence = out->sentence;
  guint32 hash;
  guint room = FORM_ROOM;
  if (G_LIKELY (n < FORM_ROOM))
    hash = fold_short (out->forms + out->form_at, t + start, n);
  else
    {
      hash = fold_word (out->forms + out->form_at, t + start, n);
      room = n + 1;
    }
  tok->end = start + n;
  tok->form_len = n;
  tok->hash = hash;
  out->form_at += room;
  out->last_word_end = start + n;
}

/* The bits of positions below TO (<= 64). */
static inline guint64
bits_below (guint to)
{
  return to == 64 ? ~G_GUINT64_CONSTANT (0) : ~bits_from (to);
}

/* The length of the apostrophe at T + K (before TO) that may join two
 * words: 1 for ', 3 for U+2019; 0 for anything else. */
static inline guint
apostrophe_at (const guchar *t, guint32 k, guint32 to)
{
  if (t[k] == '\'')
    return 1;
  return stable_mark_class (t + k, t + to) == (C_APOS | C_CLOSE) ? 3 : 0;
}

/* The token of ASCII words joined by apostrophes that starts at START
 * (an ASCII letter or digit, outside any token) and whose first word ends
 * at K, where a continuer is: when each apostrophe stands between two
 * ASCII letters (framing(1), TOKENS, keeps it inside the token) and the token
 * ends at an ASCII byte that is neither a word byte nor an apostrophe,
 * it is recorded in OUT (its form with ' for U+2019, lowercased) and
 * its end returned; else 0, with nothing recorded, and the code-point
 * steps take the text from START. */
static guint32
joined_word (Scanner *sc, Out *out, const guchar *t, guint32 start, guint32 k,
             guint32 to)
{
  gsize form_len = k - start;
  gboolean joined = FALSE;
  for (;; joined = TRUE)
    {
      guint n = apostrophe_at (t, k, to);
      if (n == 0)
        break;
      if (!(ascii_class[t[k - 1]] & C_LETTER) || k + n >= to
          || !(ascii_class[t[k + n]] & C_LETTER))
        return 0;
      guint32 e = word_run_end (t, k + n, to);
      form_len += 1 + (e - (k + n));
      k = e;
    }
  if (!joined || k == to || t[k] >= 0x80)
    return 0; /* no apostrophe, or the token may go on */
  if (!sc->sent_listed)
    out->sentence = text_sentence_for_word (sc, start);
  out_reserve_forms (out, sc->toks, form_len + FORMS_BLOCK);
  guchar *o = out->forms + out->form_at;
  gsize w = 0;
  for (guint32 j = start; j < k;)
    {
      guint n = ascii_class[t[j]] & C_WORD ? 0 : apostrophe_at (t, j, to);
      o[w++] = n != 0 ? '\'' : (guchar) (t[j] | 0x20);
      j += n != 0 ? n : 1;
    }
  memset (o + w, 0, FORM_ROOM); /* the NUL, and zeros up to FORM_ROOM */
  FramingToken *tok = out->tok++;
  tok->start = start;
  tok->end = k;
  tok->form = out->form_at;
  tok->form_len = (guint32) form_len;
  tok->sentence = out->sentence;
  tok->hash = text_form_hash ((const char *) o, form_len);
  out->form_at += (guint32) MAX (form_len + 1, FORM_ROOM);
  out->last_word_end = k;
  return k;
}

/* The words of the block at I (word bytes WORD) from POS, a word's start,
 * when no special byte follows POS in the block: every gap is plain
 * separators, so each word is taken with no check but whether it reaches
 * the block's last byte (it may go on in the next block).  Returns the
 * start of such a word, or 64. */
static inline guint
clean_words (Scanner *sc, Out *out, const guchar *t, guint32 i, guint64 word,
             guint pos)
{
  guint64 from = bits_from (pos);
  guint64 starts = word & ~(word << 1) & from;
  guint64 ends = word & ~(word >> 1) & from; /* each word's last byte */
  if (starts != 0 && !sc->sent_listed)
    out->sentence = text_sentence_for_word (sc,
                                            i + framing_lowest_bit (starts));
  for (; starts != 0; starts &= starts - 1, ends &= ends - 1)
    {
      guint start = framing_lowest_bit (starts);
      guint last = framing_lowest_bit (ends);
      if (last == 63)
        return start;
      out_word (out, t, i + start, last + 1 - start);
    }
  return 64;
}

/* text_scan_words ()'s loop over blocks, from I (a word's start) to at most
 * TO; returns where it stopped. */
static inline guint32
scan_blocks (Scanner *sc, Out *out, const guchar *t, guint32 i, guint32 to)
{
  gboolean in_gap = FALSE; /* I is in a gap after a word, not at a word */
  while (i < to)
    {
      BlockMasks m = window_masks (sc, t, i, to);
      out_reserve_block (out, sc->toks);
      guint pos = 0; /* a word's start in the block */
      if (in_gap)
        {
          guint next = m.word != 0 ? framing_lowest_bit (m.word) : 64;
          guint64 bad = m.special & bits_below (next);
          if (bad != 0)
            return i + framing_lowest_bit (bad);
          if (next == 64)
            {
              i += 64;
              continue;
            }
          pos = next;
        }
      if ((m.special & bits_from (pos)) == 0)
        {
          /* No special byte in the rest of the block, as in about half
           * the blocks of news text. */
          pos = clean_words (sc, out, t, i, m.word, pos);
          if (pos == 64)
            {
              in_gap = TRUE;
              i += 64;
              continue;
            }
        }
      for (;;)
        {
          guint64 after = ~m.word & bits_from (pos);
          if (after == 0 && pos > 0)
            break; /* the word may go on in the next block */
          if (after == 0)
            return i + pos; /* a word of 64 bytes */
          if ((m.cont >> framing_lowest_bit (after)) & 1)
            {
              /* A continuer: an apostrophe between ASCII letters joins
               * words into one token ("don't", "Russia’s"); anything else
               * goes to the code-point steps. */
              guint32 e = joined_word (sc, out, t, i + pos,
                                       i + framing_lowest_bit (after), to);
              if (e == 0)
                return i + pos;
              i = e;
              in_gap = TRUE;
              goto next_block;
            }
          guint end = framing_lowest_bit (after);
          if (!sc->sent_listed)
            out->sentence = text_sentence_for_word (sc, i + pos);
          out_word (out, t, i + pos, end - pos);
          guint64 rest = m.word & bits_from (end);
          guint next = rest != 0 ? framing_lowest_bit (rest) : 64;
          guint64 bad = m.special & bits_from (end) & bits_below (next);
          if (bad != 0)
            {
              /* End marks, closing quotes and line breaks between two
               * words of the block are stepped over here. */
              if (next == 64 || (m.cont & bad) != 0)
                return i + framing_lowest_bit (bad);
              text_gap_steps (sc, t, i + end, i + next);
            }
          if (next == 64)
            {
              pos = 64;
              break;
            }
          pos = next;
        }
      in_gap = pos == 64;
      i += in_gap ? 64 : pos;
    next_block:;
    }
  return i;
}

/* The common case of running text: from I, an ASCII letter or digit
 * outside any token, take words of ASCII letters and digits that end at
 * an ASCII byte other than an apostrophe (so each is a whole token), or
 * such words joined by apostrophes between letters (joined_word ()), and
 * the ASCII separators between them, for as long as that lasts.  Return
 * where it stopped, with the scanner as the code-point steps would leave
 * it: at a special byte it did not step over, at the start of a word that
 * may go on (an apostrophe, a non-ASCII byte or the end of the text so
 * far follows it) or is 64 bytes or longer, or at I when it took nothing.
 * toks->text must have 64 readable bytes past TO. */
guint32
text_scan_words (Scanner *sc, const guchar *t, guint32 i, guint32 to)
{
  FramingTokens *toks = sc->toks;
  FramingToken *tokens = (FramingToken *) (void *) toks->tokens->data;
  guchar *forms = (guchar *) toks->forms->str;
  Out out = { tokens + sc->n_tokens, tokens + toks->tokens->len, forms,
              (guint32) toks->forms->len, (guint32) toks->forms->allocated_len,
              sc->n_sentences - 1, i };
  guint32 stop = scan_blocks (sc, &out, t, i, to);
  guint n_tokens = (guint) (out.tok - (FramingToken *) (void *) toks->tokens->data);
  if (n_tokens == sc->n_tokens)
    return i;
  sc->n_tokens = n_tokens;
  toks->forms->len = out.form_at;
  /* Just past the last non-space byte before STOP: after the last word,
   * there are only plain separators. */
  guint32 last = stop;
  while (last > out.last_word_end && (ascii_class[t[last - 1]] & C_SPACE))
    last--;
  sc->last_end = last;
  sc->mark = FALSE;
  sc->breaks = 0;
  sc->prev_cr = FALSE;
  sc->prev_letter = FALSE;
  return stop;
}
