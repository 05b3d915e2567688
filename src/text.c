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
 * - A token's folded form is g_utf8_casefold() of its NFKC text with
 *   U+2019 written as '.  GLib's case folding is per code point, so it is
 *   done here code point by code point without allocating: ASCII through a
 *   table, other code points through g_unichar_tolower() except for the
 *   few whose full case folding differs from it (ß -> ss, İ -> i + U+0307,
 *   ligatures, Greek iota subscripts, Cherokee...).  Those are collected
 *   once, lazily and thread-safely, by asking g_utf8_casefold() about every
 *   code point that can be part of a token except Lo (uncased letters, for
 *   which CaseFolding.txt has no entry); the unit tests compare the result
 *   with g_utf8_casefold() for every such code point, Lo included.
 *   GLib 2.74 agrees with Unicode full case folding (CaseFolding.txt, C+F)
 *   everywhere but Cherokee: like CaseFolding.txt it folds the small
 *   letters to the capitals, but it also lowercases the capitals
 *   U+13A0-U+13F5 (CaseFolding.txt leaves them), so the two cases of a
 *   Cherokee letter fold differently.  We keep GLib's behaviour; it does
 *   not matter for the languages libstemmer handles.
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
 *   bytes at a time with bit masks (scan_words ()), words joined by an
 *   apostrophe between ASCII letters included; everything else takes the
 *   code-point steps, which define the rules.  The unit tests check both
 *   against a reference written from the rules above.
 */
#include "text.h"

#include "ascii.h"
#include "bits.h"
#include "framing.h"

#include <string.h>

/* Character classes of the scanner (bits). */
enum {
  C_LETTER = 1 << 0,  /* L*: a token character that may hold an apostrophe */
  C_OTHERW = 1 << 1,  /* Nd, M*: a token character that is not a letter */
  C_APOS = 1 << 2,    /* ' or U+2019 */
  C_SPACE = 1 << 3,   /* g_unichar_isspace () */
  C_BREAK = 1 << 4,   /* a line break (also C_SPACE) */
  C_CR = 1 << 5,      /* \r, so that \r\n counts as one line break */
  C_END = 1 << 6,     /* a sentence end mark: . ! ? U+2026 */
  C_CLOSE = 1 << 7    /* a closing quote or bracket */
};
#define C_WORD (C_LETTER | C_OTHERW)

#define L C_LETTER
#define D C_OTHERW
#define S C_SPACE
/* Classes of the ASCII characters; the space bits agree with
 * g_unichar_isspace () (\t \n \f \r and space; not \v).  Bytes from
 * 0x80 up are 0, so a loop over ASCII word bytes stops at them. */
static const guint8 ascii_class[256] = {
  ['\t'] = S, ['\n'] = S | C_BREAK, ['\f'] = S, ['\r'] = S | C_BREAK | C_CR,
  [' '] = S, ['!'] = C_END, ['"'] = C_CLOSE, ['\''] = C_APOS | C_CLOSE,
  [')'] = C_CLOSE, ['.'] = C_END, ['?'] = C_END, [']'] = C_CLOSE,
  ['}'] = C_CLOSE,
  ['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D,
  ['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
  ['A'] = L, ['B'] = L, ['C'] = L, ['D'] = L, ['E'] = L, ['F'] = L, ['G'] = L,
  ['H'] = L, ['I'] = L, ['J'] = L, ['K'] = L, ['L'] = L, ['M'] = L, ['N'] = L,
  ['O'] = L, ['P'] = L, ['Q'] = L, ['R'] = L, ['S'] = L, ['T'] = L, ['U'] = L,
  ['V'] = L, ['W'] = L, ['X'] = L, ['Y'] = L, ['Z'] = L,
  ['a'] = L, ['b'] = L, ['c'] = L, ['d'] = L, ['e'] = L, ['f'] = L, ['g'] = L,
  ['h'] = L, ['i'] = L, ['j'] = L, ['k'] = L, ['l'] = L, ['m'] = L, ['n'] = L,
  ['o'] = L, ['p'] = L, ['q'] = L, ['r'] = L, ['s'] = L, ['t'] = L, ['u'] = L,
  ['v'] = L, ['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
};
#undef L
#undef D
#undef S

/* The class bits (as class_of () gives them) of the 3 bytes at P
 * (before END) when they are one of the common punctuation marks that
 * NFKC leaves alone and that never combine with what comes before them
 * (canonical combining class 0, NFKC_QC Yes): en and em dash, the curly
 * quotes and apostrophe, the bullet; else -1.  A cut just before one is
 * as safe as a cut just before ASCII, and the scanner steps over them
 * with no look-up in GLib's tables. */
static inline int
stable_mark_class (const guchar *p, const guchar *end)
{
  if (end - p < 3 || p[0] != 0xE2 || p[1] != 0x80)
    return -1;
  switch (p[2])
    {
    case 0x93: case 0x94:             /* U+2013 U+2014 dashes */
    case 0x98: case 0x9C:             /* U+2018 U+201C opening quotes */
    case 0xA2:                        /* U+2022 bullet */
      return 0;
    case 0x99:                        /* U+2019 */
      return C_APOS | C_CLOSE;
    case 0x9D:                        /* U+201D */
      return C_CLOSE;
    default:
      return -1;
    }
}

/* Whether the 3 bytes at P (before END) are a stable mark (above). */
static inline gboolean
is_stable_mark (const guchar *p, const guchar *end)
{
  return stable_mark_class (p, end) >= 0;
}

/* Non-ASCII stretches closer than this many ASCII bytes share one
 * g_utf8_normalize call, as long as the segment is below SEGMENT_MAX. */
#define MERGE_GAP 32
#define SEGMENT_MAX (64 * 1024)

#define NO_APOS G_MAXUINT32

/* Zero bytes kept past the text being scanned (see append_scan ()). */
#define TEXT_PAD 64

/* The masks of 64 bytes of text, bit k for byte k (see "Runs of plain
 * ASCII words" below). */
typedef struct {
  guint64 word;    /* ASCII letters and digits */
  guint64 cont;    /* bytes that may continue a word: ' and non-ASCII */
  guint64 special; /* the continuers, line breaks, end marks, closing quotes */
} BlockMasks;

/* Blocks of 64 bytes whose masks the scanner works out at a time. */
#define WIN_BLOCKS 64

/* A code point whose case folding is not g_unichar_tolower (). */
typedef struct {
  gunichar c;
  guint8 len;
  char fold[15]; /* UTF-8, NUL-terminated */
} FoldException;

/* The scanner's state between chunks of text. */
typedef struct {
  FramingTokens *toks;
  /* tokens */
  gboolean in_token;
  gboolean prev_letter; /* the previous code point was a letter */
  guint32 tok_start;
  guint32 apos;         /* offset of an apostrophe after a letter, or NO_APOS */
  guint32 tok_sentence;
  guint n_tokens;       /* tokens found; toks->tokens->len is the room */
  /* sentences */
  gboolean sent_open;   /* a non-space character was seen since the last end */
  gboolean sent_listed; /* the open sentence is in toks->sentences */
  guint n_sentences;    /* sentences listed; toks->sentences->len is the room */
  guint32 sent_start;
  guint32 last_end;     /* just past the last non-space character */
  gboolean mark;        /* after an end mark and optional closing quotes */
  guint32 mark_end;     /* just past them */
  gboolean pending;     /* white space followed a mark: the listed sentence
                           ends at pending_end unless a lowercase letter
                           comes next (then sent_listed is FALSE until the
                           next non-space character settles it) */
  guint32 pending_end;
  guint breaks;         /* line breaks since the last non-space character */
  gboolean prev_cr;
  /* the masks of the text from win_base on (see "Runs of plain ASCII
   * words" below): valid for scans from win_base up to win_limit */
  guint32 win_base, win_limit;
  BlockMasks win[WIN_BLOCKS + 1];
} Scanner;

static GArray *fold_exceptions; /* FoldException, sorted; set once */

/* Whether a code point of type T can be part of a token, and how. */
static guint
class_of_type (GUnicodeType t)
{
  switch (t)
    {
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
      return C_LETTER;
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return C_OTHERW;
    default:
      return 0;
    }
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

/* ---- Eight bytes at a time (SWAR) ---------------------------------- */

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Store W at P, byte k from bits 8k..8k+7. */
static inline void
store8 (guchar *p, guint64 w)
{
  w = GUINT64_TO_LE (w);
  memcpy (p, &w, 8);
}

/* W with only its first N bytes (N < 8) kept, the others zero. */
static inline guint64
first_bytes (guint64 w, gsize n)
{
  return w & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1);
}

/* The index of the first byte whose high bit is set in M (M != 0). */
static inline guint
first_high_byte (guint64 m)
{
  return framing_lowest_bit (m) / 8;
}

/* The high bit of each byte of X (all bytes below 0x80) that lies in
 * [LO, HI]: adding 0x80 - LO sets it when the byte is >= LO, adding
 * 0x7F - HI when it is > HI; no byte carries into the next. */
static inline guint64
bytes_in_range (guint64 x, guchar lo, guchar hi)
{
  return (x + (0x80u - lo) * ONES) & ~(x + (0x7Fu - hi) * ONES) & HIGHS;
}

/* The high bit of each byte of W that is an ASCII letter or digit. */
static inline guint64
word_bytes (guint64 w)
{
  guint64 x = w & ~HIGHS;
  guint64 alnum = bytes_in_range (x | 0x20 * ONES, 'a', 'z')
                  | bytes_in_range (x, '0', '9');
  return alnum & ~w;
}

/* W with its ASCII capitals lowercased (other bytes unchanged). */
static inline guint64
lower8 (guint64 w)
{
  guint64 upper = bytes_in_range (w & ~HIGHS, 'A', 'Z') & ~w;
  return w | (upper >> 2); /* 0x80 >> 2 is 0x20, the case bit */
}

/* The index of the first byte at or after I (before TO) of T that is not
 * an ASCII letter or digit, or TO. */
static inline guint32
word_run_end (const guchar *t, guint32 i, guint32 to)
{
  for (; i + 8 <= to; i += 8)
    {
      guint64 stop = ~word_bytes (load8 (t + i)) & HIGHS;
      if (stop != 0)
        return i + first_high_byte (stop);
    }
  while (i < to && (ascii_class[t[i]] & C_WORD))
    i++;
  return i;
}

/* One step of text_form_hash over the 8-byte chunk W (forms longer than
 * 16 bytes). */
static inline guint64
hash_step (guint64 h, guint64 w)
{
  h = (h ^ w) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return h ^ (h >> 32);
}

/* The seed of text_form_hash for a form of LEN bytes. */
static inline guint64
hash_seed (gsize len)
{
  return G_GUINT64_CONSTANT (0x2545F4914F6CDD1D) ^ len;
}

/* The end of text_form_hash: mix every bit into the low 32. */
static inline guint32
hash_finish (guint64 h)
{
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  h ^= h >> 32;
  return (guint32) h;
}

/* text_form_hash of a form of up to 16 bytes given as its two 8-byte
 * words, zero past its end (forms hold no NUL, so the words tell the
 * length).  Two independent multiplications rather than a chain: the
 * tokenizer computes this for every token, and the cache's slot_index ()
 * multiplies again, so the high half only needs folding into the low. */
static inline guint32
hash_short (guint64 w0, guint64 w1)
{
  guint64 h = w0 * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
              ^ w1 * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  return (guint32) (h ^ (h >> 32));
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

/* ---- Folding --------------------------------------------------------- */

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

/* Make room in OUT for N more bytes, a NUL and 15 bytes of slack (the
 * chunked copies write whole 8-byte words, and text.h promises 15 bytes
 * past the last form's NUL). */
static inline void
reserve_form (GString *out, gsize n)
{
  gsize old = out->len;
  if (old + n + 16 > out->allocated_len)
    {
      g_string_set_size (out, old + n + 16); /* grow, then take it back */
      g_string_truncate (out, old);
    }
}

/* Append the folded form of the N bytes of NFKC text S to OUT, then a NUL
 * (counted in OUT->len); return text_form_hash () of the form.  S must be
 * followed by at least 8 readable bytes (tokens_reset () sees to that):
 * the last chunk is read whole and masked.  Plain ASCII is lowercased 8
 * bytes at a time; anything else takes the slow path. */
static guint32
fold_append (GString *out, const char *s, gsize n)
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
  t->hash = fold_append (toks->forms, toks->text->str + t->start,
                         end - t->start);
  t->form_len = (guint32) (toks->forms->len - 1 - t->form);
  if (toks->forms->len - t->form < FORM_ROOM)
    {
      /* Zeros up to FORM_ROOM bytes, as the fast path leaves them (text.h);
       * fold_append () kept room for them. */
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

/* Write the N bytes at P, ASCII letters and digits only, lowercased, and
 * a NUL at O; return text_form_hash () of the form.  fold_append ()
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

/* ---- Runs of plain ASCII words, 64 bytes at a time ------------------
 *
 * Most of a news article is ASCII words separated by spaces and
 * punctuation that changes nothing but the sentence's last non-space
 * offset.  scan_words () takes such runs with three bit masks per 64
 * bytes of text (bit k for byte k): the word bytes (ASCII letters and
 * digits), the bytes that may continue a word (an apostrophe or a
 * non-ASCII byte) and the special bytes (any byte that is neither a word
 * byte nor a plain separator: the continuers, line breaks and the end
 * marks and closing quotes of ascii_class).  Words and the gaps between
 * them are then found with bit operations, without a branch per byte.  A
 * gap between two words of one block that holds end marks, closing
 * quotes or line breaks is stepped over byte by byte (gap_steps ()); a
 * continuer hands the text back to the code-point steps.
 *
 * The masks are worked out WIN_BLOCKS blocks at a time into the
 * scanner's window (window_fill ()), and a scan from any byte takes the
 * 64 bits from there with two shifts (window_masks ()): a scan that
 * stops at a continuer (a curly quote, an accented letter) and resumes
 * a few bytes on reads the masks it already has rather than working out
 * those of the next 64 bytes again, and the loop that works them out has
 * no branch but its own. */

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
 * only go forward within one append_scan () call, which empties the
 * window. */
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

/* What scan_words () writes, in locals while it runs: the form bytes are
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

/* The sentence a token starting at START opens or joins: listed now if
 * it is not yet. */
static guint32
list_sentence (Scanner *sc, guint32 start)
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
 * a word just taken by scan_words () and hold no apostrophe: the sentence
 * bookkeeping of each byte (outside a token, step_token () would change
 * nothing that matters). */
static void
gap_steps (Scanner *sc, const guchar *t, guint32 from, guint32 to)
{
  sc->last_end = from;
  sc->mark = FALSE;
  sc->breaks = 0;
  sc->prev_cr = FALSE;
  for (guint32 k = from; k < to; k++)
    step_sentence (sc, t[k], ascii_class[t[k]], k, 1);
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
    out->sentence = list_sentence (sc, start);
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
    out->sentence = list_sentence (sc, i + framing_lowest_bit (starts));
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

/* scan_words ()'s loop over blocks, from I (a word's start) to at most
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
            out->sentence = list_sentence (sc, i + pos);
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
              gap_steps (sc, t, i + end, i + next);
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
static guint32
scan_words (Scanner *sc, const guchar *t, guint32 i, guint32 to)
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
              guint32 e = scan_words (sc, t, i, to);
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
  if (n > G_MAXUINT32 - from)
    g_error ("text_tokenize: normalised text longer than 4 GiB");
  g_string_append_len (text, s, (gssize) n);
  /* scan_words () reads 64 bytes at a time, fold_append () 8: keep
   * TEXT_PAD zeros past the text. */
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
  g_autofree char *padded = g_malloc0 (nf_len + 8); /* fold_append reads 8 */
  memcpy (padded, nf, nf_len);
  GString *out = g_string_sized_new (nf_len + 16);
  fold_append (out, padded, nf_len);
  g_string_truncate (out, out->len - 1); /* the NUL that ends every form */
  return g_string_free (out, FALSE);
}
