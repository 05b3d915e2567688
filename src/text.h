/* text.h - tokens and sentences of an article (framing(1), TOKENS).
 *
 * text_tokenize() turns valid UTF-8 into the NFKC-normalised text, its
 * tokens (maximal runs of letters (L*), decimal digits (Nd) and combining
 * marks (M*), with an apostrophe ' or U+2019 kept inside a token when it
 * stands between two letters) and its sentences.  Each token carries its
 * case-folded form, in which U+2019 is written as '.
 *
 * Plain ASCII stretches take a fast path with no Unicode normalisation;
 * the result is byte-identical to normalising the whole text first.
 * toks->forms keeps at least 15 bytes of room past the last form's NUL,
 * so that a short form can be read 8 bytes at a time, and each form takes
 * at least FORM_ROOM bytes there: one of fewer bytes is followed by zeros
 * up to its FORM_ROOM-th byte, so that the first FORM_ROOM bytes at a
 * form's offset are the form, zero-padded, with no masking.
 */
#ifndef FRAMING_TEXT_H
#define FRAMING_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

/* The bytes each form takes in FramingTokens.forms at least (see above). */
#define FORM_ROOM 16

typedef struct {
  guint32 start;    /* byte offset of the token in FramingTokens.text */
  guint32 end;      /* byte offset just past the token */
  guint32 form;     /* byte offset of the folded form in FramingTokens.forms */
  guint32 form_len; /* its length in bytes (the form is also NUL-terminated) */
  guint32 sentence; /* index into FramingTokens.sentences */
  guint32 hash;     /* text_form_hash () of the folded form */
} FramingToken;

typedef struct {
  guint32 start; /* byte offset of the sentence's first character in text */
  guint32 end;   /* byte offset just past its end mark (or last character) */
} FramingSentence;

typedef struct {
  GString *text;       /* NFKC text the offsets refer to (not case-folded) */
  GString *forms;      /* folded token forms, each followed by a NUL */
  GArray *tokens;      /* FramingToken, in text order */
  GArray *sentences;   /* FramingSentence, in text order; only sentences
                          that hold at least one token are listed */
} FramingTokens;

/* A reusable token buffer.  Free with text_tokens_free(); NULL is a no-op. */
FramingTokens *text_tokens_new (void);
void text_tokens_free (FramingTokens *toks);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FramingTokens, text_tokens_free)

/* Tokenise LEN bytes of valid UTF-8 (LEN < 0: NUL-terminated) into TOKS,
 * replacing what TOKS held.  Never fails on valid UTF-8.  The offsets
 * are 32-bit: the NFKC text must stay below 4 GiB, as it does for any
 * LEN below 390,000,000 (NFKC makes UTF-8 at most 11 times longer); a
 * longer text is a programming error (an assertion fails). */
void text_tokenize (FramingTokens *toks, const char *utf8, gssize len);

/* The folded form of token I (NUL-terminated, valid until the next
 * text_tokenize() or text_tokens_free() on TOKS). */
static inline const char *
text_token_form (const FramingTokens *toks, guint i)
{
  return toks->forms->str + g_array_index (toks->tokens, FramingToken, i).form;
}

/* A 32-bit hash of the LEN bytes at FORM, for hash tables keyed by folded
 * forms (each token carries the hash of its form; computing it costs the
 * tokenizer one multiplication per 8 bytes). */
guint32 text_form_hash (const char *form, gsize len);

/* Fold one word the way tokens are folded (NFKC, case folding, U+2019 as
 * ').  Returns a newly allocated string. */
char *text_fold (const char *utf8, gssize len);

G_END_DECLS

#endif /* FRAMING_TEXT_H */
