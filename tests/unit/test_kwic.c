/* test_kwic.c - hits in context and the bounded example sets. */
#include <string.h>

#include "kwic.h"
#include "unit.h"

static const char *text =
  "Troops massed.  He said: the major\noffensive began at dawn!\n\nThen peace.";
/* Tokens: troops(0) massed(1) | he(2) said(3) the(4) major(5)
 * offensive(6) began(7) at(8) dawn(9) | then(10) peace(11). */

/* A hit of N tokens from FIRST, for TOPIC. */
static MatchHit
hit_at (guint topic, guint first, guint n)
{
  MatchHit h = { topic, 0, first, n, FALSE };
  return h;
}

/* The whole sentence around a two-token hit; white space collapsed. */
static void
test_context_whole_sentence (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  CU_ASSERT_EQUAL_FATAL (toks->tokens->len, 12);
  MatchHit h = hit_at (0, 5, 2);
  KwicContext c = { 0 };
  kwic_context (toks, &h, 0, &c);
  CU_ASSERT_STRING_EQUAL (c.left, "He said: the ");
  CU_ASSERT_STRING_EQUAL (c.match, "major offensive");
  CU_ASSERT_STRING_EQUAL (c.right, " began at dawn!");
  kwic_context_clear (&c);
}

/* Context stops at sentence ends on both sides. */
static void
test_context_sentence_bounds (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  MatchHit h = hit_at (0, 11, 1);
  KwicContext c = { 0 };
  kwic_context (toks, &h, 0, &c);
  CU_ASSERT_STRING_EQUAL (c.left, "Then ");
  CU_ASSERT_STRING_EQUAL (c.match, "peace");
  CU_ASSERT_STRING_EQUAL (c.right, ".");
  kwic_context_clear (&c);
  h = hit_at (0, 0, 1);
  kwic_context (toks, &h, 0, &c);
  CU_ASSERT_STRING_EQUAL (c.left, "");
  CU_ASSERT_STRING_EQUAL (c.right, " massed.");
  kwic_context_clear (&c);
}

/* A width cuts each side to that many code points, marked with "...". */
static void
test_context_width (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  MatchHit h = hit_at (0, 5, 2);
  KwicContext c = { 0 };
  kwic_context (toks, &h, 8, &c);
  CU_ASSERT_STRING_EQUAL (c.left, "... the ");
  CU_ASSERT_STRING_EQUAL (c.right, " bega...");
  CU_ASSERT_EQUAL (g_utf8_strlen (c.left, -1), 8);
  kwic_context_clear (&c);
  /* Multibyte text is cut at code points, not bytes. */
  g_autoptr (FramingTokens) t2 = text_tokens_new ();
  text_tokenize (t2, "Ça s’est passé près de Kyiv, dit-on.", -1);
  /* ça s'est passé près de kyiv: kyiv is token 5 */
  h = hit_at (0, 5, 1);
  kwic_context (t2, &h, 10, &c);
  CU_ASSERT_STRING_EQUAL (c.match, "Kyiv");
  /* "Ça s’est passé près de " is 23 code points: the last 7 are kept. */
  CU_ASSERT_STRING_EQUAL (c.left, "...rès de ");
  CU_ASSERT_TRUE (g_utf8_validate (c.left, -1, NULL));
  CU_ASSERT_EQUAL (g_utf8_strlen (c.left, -1), 10);
  kwic_context_clear (&c);
}

/* The examples kept are the CAP smallest by (id, token), whatever the
 * order they were offered in; an offer made twice counts once. */
static void
test_examples_bounded_and_ordered (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  MatchHit h6 = hit_at (1, 6, 1), h11 = hit_at (1, 11, 1), h0 = hit_at (1, 0, 1);
  const char *orders[2][4] = { { "b", "c", "a", "a" }, { "a", "a", "c", "b" } };
  const MatchHit *hits[2][4] = { { &h6, &h6, &h11, &h6 }, { &h6, &h11, &h6, &h6 } };
  for (int round = 0; round < 2; round++)
    {
      g_autoptr (KwicExamples) ex = kwic_examples_new (2);
      for (int i = 0; i < 4; i++)
        kwic_examples_offer (ex, "G", orders[round][i], toks, hits[round][i], "offensive");
      kwic_examples_offer (ex, "H", "z", toks, &h0, "troops");
      const GPtrArray *got = kwic_examples_get (ex, "G", 1);
      CU_ASSERT_PTR_NOT_NULL_FATAL (got);
      CU_ASSERT_EQUAL_FATAL (got->len, 2);
      const KwicExample *e0 = g_ptr_array_index (got, 0);
      const KwicExample *e1 = g_ptr_array_index (got, 1);
      CU_ASSERT_STRING_EQUAL (e0->id, "a");
      CU_ASSERT_EQUAL (e0->first, 6);
      CU_ASSERT_STRING_EQUAL (e1->id, "a");
      CU_ASSERT_EQUAL (e1->first, 11);
      CU_ASSERT_STRING_EQUAL (e0->ctx.match, "offensive");
      CU_ASSERT_STRING_EQUAL (e0->entry, "offensive");
      CU_ASSERT_PTR_NULL (kwic_examples_get (ex, "G", 0));
      CU_ASSERT_EQUAL (kwic_examples_get (ex, "H", 1)->len, 1);
    }
}

/* A cap of 0 keeps nothing. */
static void
test_examples_cap_zero (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  MatchHit h = hit_at (0, 6, 1);
  g_autoptr (KwicExamples) ex = kwic_examples_new (0);
  kwic_examples_offer (ex, "G", "a", toks, &h, "offensive");
  CU_ASSERT_PTR_NULL (kwic_examples_get (ex, "G", 0));
}

static const UnitCase cases[] = {
  { "context: whole sentence", test_context_whole_sentence },
  { "context: sentence bounds", test_context_sentence_bounds },
  { "context: width", test_context_width },
  { "examples: bounded and ordered", test_examples_bounded_and_ordered },
  { "examples: cap zero", test_examples_cap_zero },
  { NULL, NULL }
};

UNIT_MAIN ("kwic", cases)
