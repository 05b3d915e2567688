/* test_kwic.c - hits in context, the bounded example sets and the kwic
 * table, which tells a failed write. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "framing.h"
#include "kwic.h"
#include "lexicon.h"
#include "stem.h"
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

/* A lexicon of two topics, "war" (offensive, troops) and "calm" (peace). */
static FramingLexicon *
two_topics (FramingStemmer *st)
{
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_topic_free);
  static const char *const files[][2] = {
    { "war.lex", "offensive\ntroops\n" }, { "calm.lex", "peace\n" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      LexTopic *topic = lexicon_parse_topic (files[i][0], files[i][1],
                                             strlen (files[i][1]), st, NULL);
      CU_ASSERT_PTR_NOT_NULL_FATAL (topic);
      g_ptr_array_add (lex->topics, topic);
    }
  return lex;
}

/* What kwic_table_write () writes, as a string. */
static char *
table_text (KwicTable *table, gboolean csv)
{
  FILE *f = tmpfile ();
  CU_ASSERT_PTR_NOT_NULL_FATAL (f);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (kwic_table_write (table, f, csv, &error));
  CU_ASSERT_PTR_NULL (error);
  long n = ftell (f);
  rewind (f);
  char *s = g_malloc0 ((gsize) n + 1);
  CU_ASSERT_EQUAL (fread (s, 1, (size_t) n, f), (size_t) n);
  fclose (f);
  return s;
}

/* The table keeps the selected hits and writes them sorted by group, id,
 * article and token, whatever order the articles came in. */
static void
test_table (void)
{
  g_autoptr (FramingStemmer) st = stem_new ("english", NULL);
  g_autoptr (FramingLexicon) lex = two_topics (st);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  MatchHit h[] = { { 0, 1, 0, 1, FALSE }, { 0, 0, 6, 1, TRUE },
                   { 1, 0, 11, 1, FALSE } };
  g_array_append_vals (hits, h, G_N_ELEMENTS (h));
  ArticleScore b = { .id = "b1", .group = "Bugle", .seq = 0 };
  ArticleScore a = { .id = "a1", .group = "Alpha", .seq = 1 };

  g_autoptr (KwicTable) all = kwic_table_new (lex, NULL, NULL, 0);
  kwic_table_add (all, &b, toks, hits);
  kwic_table_add (all, &a, toks, hits);
  g_autofree char *csv = table_text (all, TRUE);
  CU_ASSERT_STRING_EQUAL (csv,
    "group,id,topic,entry,marker,negated,left,match,right\n"
    "Alpha,a1,war,troops,stem,0,,Troops, massed.\n"
    "Alpha,a1,war,offensive,stem,1,He said: the major ,offensive, began at dawn!\n"
    "Alpha,a1,calm,peace,stem,0,Then ,peace,.\n"
    "Bugle,b1,war,troops,stem,0,,Troops, massed.\n"
    "Bugle,b1,war,offensive,stem,1,He said: the major ,offensive, began at dawn!\n"
    "Bugle,b1,calm,peace,stem,0,Then ,peace,.\n");

  char *groups[] = { "Bugle", NULL }, *topics[] = { "calm", NULL };
  g_autoptr (KwicTable) some = kwic_table_new (lex, groups, topics, 4);
  kwic_table_add (some, &a, toks, hits);
  kwic_table_add (some, &b, toks, hits);
  g_autofree char *txt = table_text (some, FALSE);
  /* Width 4: "Then " is cut to "... ", "." is padded to 4. */
  CU_ASSERT_STRING_EQUAL (txt, "... [peace].     calm | Bugle | b1\n");
}

/* A table written to a full disk, as text or CSV: FALSE and an error
 * that says why, for the caller to name the stream. */
static void
test_table_write_error (void)
{
  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return; /* no /dev/full here */
  g_autoptr (FramingStemmer) st = stem_new ("english", NULL);
  g_autoptr (FramingLexicon) lex = two_topics (st);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  MatchHit h = { 1, 0, 11, 1, FALSE };
  g_array_append_val (hits, h);
  ArticleScore a = { .id = "a1", .group = "Alpha", .seq = 0 };
  g_autoptr (KwicTable) table = kwic_table_new (lex, NULL, NULL, 0);
  kwic_table_add (table, &a, toks, hits);
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));
  for (int csv = 0; csv <= 1; csv++)
    {
      g_autoptr (GError) error = NULL;
      CU_ASSERT_FALSE (kwic_table_write (table, full, csv, &error));
      CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
      CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
      clearerr (full);
    }
  fclose (full);
}

static const UnitCase cases[] = {
  { "context: whole sentence", test_context_whole_sentence },
  { "context: sentence bounds", test_context_sentence_bounds },
  { "context: width", test_context_width },
  { "examples: bounded and ordered", test_examples_bounded_and_ordered },
  { "examples: cap zero", test_examples_cap_zero },
  { "the kwic table", test_table },
  { "a table that cannot be written", test_table_write_error },
  { NULL, NULL }
};

UNIT_MAIN ("kwic", cases)
