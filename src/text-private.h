/* text-private.h - what the three files of the tokenizer share (text.c,
 * the rules; text-scan.c, runs of plain ASCII words; text-fold.c, case
 * folding and hashing of forms); not for the rest of the tree, which
 * uses text.h.
 *
 * The character classes, the scanner's state, the 8-byte (SWAR) word
 * helpers and the hash steps run for every byte or every token, in more
 * than one of those files, so they are static inline here rather than
 * calls across files (bits.h holds the bit helpers that the matcher
 * uses too).  Each file that includes this header and uses ascii_class
 * gets its own copy of that 256-byte table, as with bits.h's form_mask.
 */
#ifndef FRAMING_TEXT_PRIVATE_H
#define FRAMING_TEXT_PRIVATE_H

#include "text.h"

#include <string.h>

#include "bits.h"

G_BEGIN_DECLS

/* ---- Character classes ---------------------------------------------- */

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

/* The class bits (as text.c's class_of () gives them) of the 3 bytes at
 * P (before END) when they are one of the common punctuation marks that
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

/* ---- The scanner's state --------------------------------------------- */

/* Scanner.apos when no apostrophe is pending. */
#define NO_APOS G_MAXUINT32

/* Zero bytes kept past the text being scanned (text.c's append_scan ()
 * keeps them). */
#define TEXT_PAD 64

/* The masks of 64 bytes of text, bit k for byte k (see text-scan.c). */
typedef struct {
  guint64 word;    /* ASCII letters and digits */
  guint64 cont;    /* bytes that may continue a word: ' and non-ASCII */
  guint64 special; /* the continuers, line breaks, end marks, closing quotes */
} BlockMasks;

/* Blocks of 64 bytes whose masks the scanner works out at a time. */
#define WIN_BLOCKS 64

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
  /* the masks of the text from win_base on (see text-scan.c): valid
   * for scans from win_base up to win_limit */
  guint32 win_base, win_limit;
  BlockMasks win[WIN_BLOCKS + 1];
} Scanner;

/* Whether a code point of type T can be part of a token, and how. */
static inline guint
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

/* ---- Hashing forms (text_form_hash ()) -------------------------------- */

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

/* ---- Room for forms --------------------------------------------------- */

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

/* ---- Across the files ------------------------------------------------- */

/* text.c: list the sentence that the word at START (an ASCII letter or
 * digit, outside any token) opens or joins, settling a pending end
 * first; returns its index. */
guint32 text_sentence_for_word (Scanner *sc, guint32 start);

/* text.c: the sentence steps over the ASCII bytes of T from FROM to TO,
 * which follow a word just taken and hold no apostrophe. */
void text_gap_steps (Scanner *sc, const guchar *t, guint32 from, guint32 to);

/* text-scan.c: take the run of plain ASCII words of T that starts at I
 * (an ASCII letter or digit outside any token), at most up to TO; returns
 * where it stopped, I when it took nothing. */
guint32 text_scan_words (Scanner *sc, const guchar *t, guint32 i,
                         guint32 to);

/* text-fold.c: append the folded form of the N bytes of NFKC text S to
 * OUT, then a NUL (counted in OUT->len); returns its text_form_hash ().
 * S must be followed by at least 8 readable bytes. */
guint32 text_fold_append (GString *out, const char *s, gsize n);

G_END_DECLS

#endif /* FRAMING_TEXT_PRIVATE_H */
