/* fuzz_tokenize.c - fuzz target: tokens and sentences (text_tokenize) of
 * any UTF-8 text, NUL bytes included, checking the offsets it promises
 * and, for text with no NUL, that they are those of the reference
 * tokenizer of the unit tests (tests/unit/text-reference.h). */
#include "fuzz.h"

#include <stdio.h>
#include <string.h>

#include "text.h"
#include "../unit/text-reference.h"

/* Checks the invariants of text.h on TOKS. */
static void
check_tokens (const FramingTokens *toks)
{
  guint32 prev_end = 0;
  for (guint i = 0; i < toks->tokens->len; i++)
    {
      const FramingToken *t = &g_array_index (toks->tokens, FramingToken, i);
      g_assert (t->start >= prev_end && t->start < t->end);
      g_assert (t->end <= toks->text->len);
      g_assert (t->form + t->form_len < toks->forms->len);
      g_assert (toks->forms->str[t->form + t->form_len] == '\0');
      g_assert (strlen (text_token_form (toks, i)) == t->form_len);
      g_assert (t->sentence < toks->sentences->len);
      const FramingSentence *s = &g_array_index (toks->sentences,
                                                 FramingSentence, t->sentence);
      g_assert (s->start <= t->start && t->end <= s->end);
      prev_end = t->end;
    }
  for (guint i = 0; i < toks->sentences->len; i++)
    {
      const FramingSentence *s = &g_array_index (toks->sentences,
                                                 FramingSentence, i);
      g_assert (s->start < s->end && s->end <= toks->text->len);
      if (i > 0)
        g_assert (g_array_index (toks->sentences, FramingSentence,
                                 i - 1).end <= s->start);
    }
}

/* Tokenizes the repaired input twice and checks the result. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* text_tokenize takes valid UTF-8 in which NUL bytes may stand: repair
   * the bytes (which turns NULs into U+FFFD), then make each 0x01 a NUL. */
  g_autofree char *text = g_utf8_make_valid ((const char *) data,
                                             (gssize) size);
  gsize len = strlen (text);
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\x01')
      *p = '\0';
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, (gssize) len);
  check_tokens (toks);
  if (strlen (text) == len)
    {
      /* No NUL: the reference sees the whole text too. */
      g_autofree char *why = text_reference_check (text, toks);
      if (why != NULL)
        {
          fprintf (stderr, "fuzz_tokenize: %s\n", why);
          g_assert_not_reached ();
        }
    }
  /* Tokenizing the text again gives the same tokens. */
  guint n = toks->tokens->len;
  text_tokenize (toks, text, (gssize) len);
  g_assert (toks->tokens->len == n);
  g_free (text_fold (text, -1));
  return 0;
}
