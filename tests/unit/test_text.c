/* test_text.c - unit tests of text.c: NFKC text, tokens, folded forms and
 * sentences (contract: "Tokens"). */
#include "text.h"
#include "text-reference.h"
#include "unit.h"

#include <stdio.h>
#include <string.h>

/* The forms of TOKS joined with '|' (newly allocated). */
static char *
forms_joined (const FramingTokens *toks)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < toks->tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (s, '|');
      g_string_append (s, text_token_form (toks, i));
    }
  return g_string_free (s, FALSE);
}

/* The texts of the tokens of TOKS joined with '|' (newly allocated). */
static char *
texts_joined (const FramingTokens *toks)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < toks->tokens->len; i++)
    {
      const FramingToken *t = &g_array_index (toks->tokens, FramingToken, i);
      if (i > 0)
        g_string_append_c (s, '|');
      g_string_append_len (s, toks->text->str + t->start, t->end - t->start);
    }
  return g_string_free (s, FALSE);
}

/* Check that TEXT tokenizes to the folded forms EXPECTED ("a|b|c"). */
static void
check_forms (const char *text, const char *expected)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autofree char *got = forms_joined (toks);
  if (strcmp (got, expected) != 0)
    fprintf (stderr, "\n  '%s': got '%s', expected '%s'\n", text, got,
             expected);
  CU_ASSERT_STRING_EQUAL (got, expected);
}

/* Check the sentences of TOKS: N of them, at the offsets in SE (pairs). */
static void
check_sentences (const FramingTokens *toks, guint n, const guint32 *se)
{
  CU_ASSERT_EQUAL_FATAL (toks->sentences->len, n);
  for (guint i = 0; i < n; i++)
    {
      const FramingSentence *s =
        &g_array_index (toks->sentences, FramingSentence, i);
      if (s->start != se[2 * i] || s->end != se[2 * i + 1])
        fprintf (stderr, "\n  sentence %u: [%u,%u), expected [%u,%u)\n", i,
                 s->start, s->end, se[2 * i], se[2 * i + 1]);
      CU_ASSERT_EQUAL (s->start, se[2 * i]);
      CU_ASSERT_EQUAL (s->end, se[2 * i + 1]);
    }
}

/* Check the sentence index of each token of TOKS against EXPECTED. */
static void
check_token_sentences (const FramingTokens *toks, guint n,
                       const guint32 *expected)
{
  CU_ASSERT_EQUAL_FATAL (toks->tokens->len, n);
  for (guint i = 0; i < n; i++)
    CU_ASSERT_EQUAL (g_array_index (toks->tokens, FramingToken, i).sentence,
                     expected[i]);
}

/* Check the invariants every tokenization must satisfy. */
static void
check_invariants (const FramingTokens *toks)
{
  guint32 prev_end = 0, prev_sentence = 0;
  for (guint i = 0; i < toks->tokens->len; i++)
    {
      const FramingToken *t = &g_array_index (toks->tokens, FramingToken, i);
      CU_ASSERT_FATAL (t->start < t->end && t->end <= toks->text->len);
      CU_ASSERT (t->start >= prev_end);
      CU_ASSERT_FATAL (t->sentence < toks->sentences->len);
      /* Sentence indexes start at 0 and grow by at most one. */
      CU_ASSERT (i == 0 ? t->sentence == 0
                 : (t->sentence == prev_sentence
                    || t->sentence == prev_sentence + 1));
      const FramingSentence *s =
        &g_array_index (toks->sentences, FramingSentence, t->sentence);
      CU_ASSERT (s->start <= t->start && t->end <= s->end);
      CU_ASSERT_EQUAL (toks->forms->str[t->form + t->form_len], '\0');
      CU_ASSERT_EQUAL (strlen (text_token_form (toks, i)), t->form_len);
      /* A short form is zero-padded to FORM_ROOM bytes, inside forms. */
      CU_ASSERT_FATAL (t->form + MAX (t->form_len + 1, FORM_ROOM)
                       <= toks->forms->len);
      for (guint k = t->form_len; k < FORM_ROOM; k++)
        CU_ASSERT_EQUAL (toks->forms->str[t->form + k], '\0');
      CU_ASSERT_EQUAL (t->hash, text_form_hash (text_token_form (toks, i),
                                                t->form_len));
      g_autofree char *f = text_fold (toks->text->str + t->start,
                                      t->end - t->start);
      CU_ASSERT_STRING_EQUAL (f, text_token_form (toks, i));
      prev_end = t->end;
      prev_sentence = t->sentence;
    }
  for (guint i = 0; i < toks->sentences->len; i++)
    {
      const FramingSentence *s =
        &g_array_index (toks->sentences, FramingSentence, i);
      CU_ASSERT (s->start < s->end && s->end <= toks->text->len);
      if (i > 0)
        CU_ASSERT (g_array_index (toks->sentences, FramingSentence, i - 1).end
                   < s->start);
    }
  if (toks->tokens->len > 0)
    CU_ASSERT_EQUAL (g_array_index (toks->tokens, FramingToken,
                                    toks->tokens->len - 1).sentence + 1,
                     toks->sentences->len);
}

/* Plain ASCII words and punctuation. */
static void
test_ascii_words (void)
{
  check_forms ("The quick brown Fox, jumps!", "the|quick|brown|fox|jumps");
  check_forms ("  leading and trailing  ", "leading|and|trailing");
  check_forms ("a_b a/b a+b a@b #tag", "a|b|a|b|a|b|a|b|tag");
}

/* Every ASCII character: a token character exactly when it is a letter or
 * a digit (or ' between letters), white space exactly when
 * g_unichar_isspace () says so. */
static void
test_ascii_classes (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  for (int c = 1; c < 128; c++)
    {
      char s[8] = { 'x', (char) c, 'y', '\0' };
      text_tokenize (toks, s, -1);
      guint want = (g_ascii_isalnum (c) || c == '\'') ? 1 : 2;
      CU_ASSERT_EQUAL (toks->tokens->len, want);
      /* "x.CY": the dot ends a sentence only if C is white space (and
       * the next word does not begin with a lowercase letter). */
      char t[8] = { 'x', '.', (char) c, 'Y', '\0' };
      text_tokenize (toks, t, -1);
      CU_ASSERT_EQUAL (toks->sentences->len,
                       g_unichar_isspace ((gunichar) c) ? 2u : 1u);
    }
}

/* Straight and curly apostrophes: kept only between two letters. */
static void
test_apostrophes (void)
{
  check_forms ("rock'n'roll", "rock'n'roll");
  check_forms ("Russia\u2019s", "russia's");
  check_forms ("Russia's NATO\u2019S", "russia's|nato's");
  check_forms ("isn't can\u2019t", "isn't|can't");
  check_forms ("'90s", "90s");                            /* leading */
  check_forms ("\u2018tis \u2019tis", "tis|tis");
  check_forms ("dogs' bowls", "dogs|bowls");              /* trailing */
  check_forms ("dogs\u2019 bowls", "dogs|bowls");
  check_forms ("80's", "80|s");                           /* digit before */
  check_forms ("a'1", "a|1");                             /* digit after */
  check_forms ("o''clock don\u2019't", "o|clock|don|t");  /* two in a row */
  check_forms ("end'", "end");
  check_forms ("'", "");
  /* The code point before is a combining mark, not a letter (x + acute
   * has no precomposed form, so NFKC keeps the mark). */
  check_forms ("x\u0301's", "x\u0301|s");

  /* The text keeps U+2019; the token spans its three bytes. */
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "Russia\u2019s war", -1);
  CU_ASSERT_EQUAL_FATAL (toks->tokens->len, 2);
  const FramingToken *t = &g_array_index (toks->tokens, FramingToken, 0);
  CU_ASSERT_EQUAL (t->start, 0);
  CU_ASSERT_EQUAL (t->end, 10); /* 6 + 3 + 1 bytes */
  CU_ASSERT_EQUAL (t->form_len, 8);
  g_autofree char *texts = texts_joined (toks);
  CU_ASSERT_STRING_EQUAL (texts, "Russia\u2019s|war");
}

/* Hyphens, dashes and other punctuation separate tokens. */
static void
test_hyphens_and_separators (void)
{
  check_forms ("no-fly zone", "no|fly|zone");
  check_forms ("Feb. 14, 2023", "feb|14|2023");
  check_forms ("state\u2011of\u2011the\u2011art", "state|of|the|art");
  check_forms ("war\u2014peace war\u2013peace", "war|peace|war|peace");
  check_forms ("1,000.50 3.5% 2022-23", "1|000|50|3|5|2022|23");
  check_forms ("\u00abguillemets\u00bb \u201cquotes\u201d",
               "guillemets|quotes");
}

/* NFKC: ligatures, full-width letters, superscripts, NBSP, ellipsis. */
static void
test_nfkc (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "\ufb01nance \uff2e\uff21\uff34\uff2f km\u00b2"
                 "\u00a0H\u2082O wait\u2026", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "finance NATO km2 H2O wait...");
  g_autofree char *forms = forms_joined (toks);
  CU_ASSERT_STRING_EQUAL (forms, "finance|nato|km2|h2o|wait");
  g_autofree char *texts = texts_joined (toks);
  CU_ASSERT_STRING_EQUAL (texts, "finance|NATO|km2|H2O|wait");
  check_invariants (toks);
  check_forms ("\u00b2", "2");          /* a superscript becomes a digit */
  check_forms ("\u2460 \u2474", "1|1"); /* circled and parenthesised 1 */
  check_forms ("\uff11\uff12\uff13", "123"); /* full-width digits */
}

/* Full case folding: German sharp s, Turkish dotted I, Greek sigma. */
static void
test_case_folding (void)
{
  /* CaseFolding.txt: 00DF; F; 0073 0073 and 1E9E; F; 0073 0073. */
  check_forms ("Stra\u00dfe STRASSE GRO\u1e9eE", "strasse|strasse|grosse");
  /* 0130; F; 0069 0307: i + combining dot above (a mark: one token). */
  check_forms ("\u0130stanbul", "i\u0307stanbul");
  /* Dotless i has no folding; 03C2; C; 03C3 (final sigma). */
  check_forms ("\u0131 \u039f\u0394\u039f\u03a3 \u03bf\u03b4\u03bf\u03c2",
               "\u0131|\u03bf\u03b4\u03bf\u03c3|\u03bf\u03b4\u03bf\u03c3");
  check_forms ("\u00c9LAN \u00c0 \u0106", "\u00e9lan|\u00e0|\u0107");

  /* A decomposed I + U+0307 composes to U+0130 in the text. */
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "I\u0307stanbul", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "\u0130stanbul");
  CU_ASSERT_EQUAL_FATAL (toks->tokens->len, 1);
  CU_ASSERT_STRING_EQUAL (text_token_form (toks, 0), "i\u0307stanbul");
  CU_ASSERT_EQUAL (g_array_index (toks->tokens, FramingToken, 0).end, 9);
}

/* Combining marks: a decomposed é is composed in the text, one token. */
static void
test_combining_marks (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "cafe\u0301 e\u0301t\u00e9 \u0301x", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str,
                          "caf\u00e9 \u00e9t\u00e9 \u0301x");
  g_autofree char *forms = forms_joined (toks);
  /* A mark with no base is still a token character. */
  CU_ASSERT_STRING_EQUAL (forms, "caf\u00e9|\u00e9t\u00e9|\u0301x");
  CU_ASSERT_EQUAL (g_array_index (toks->tokens, FramingToken, 0).end, 5);
  /* Two marks reordered and composed: a + dot below + circumflex. */
  text_tokenize (toks, "a\u0302\u0323", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "\u1ead");
  check_forms ("\u0939\u093f\u0928\u094d\u0926\u0940", /* Hindi, Mc/Mn */
               "\u0939\u093f\u0928\u094d\u0926\u0940");
}

/* U+FFFD and NUL bytes separate tokens; NUL stays in the text. */
static void
test_separators_fffd_nul (void)
{
  check_forms ("war\ufffdpeace", "war|peace");
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  static const char with_nul[] = "war\0peace\0\u0301b";
  text_tokenize (toks, with_nul, sizeof with_nul - 1);
  CU_ASSERT_EQUAL (toks->text->len, sizeof with_nul - 1);
  CU_ASSERT (memcmp (toks->text->str, with_nul, sizeof with_nul - 1) == 0);
  g_autofree char *forms = forms_joined (toks);
  CU_ASSERT_STRING_EQUAL (forms, "war|peace|\u0301b");
  check_invariants (toks);
  /* A NUL between two non-ASCII stretches must not cut the text short. */
  static const char nul_between[] = "\u00e9 \0 \u00e9";
  text_tokenize (toks, nul_between, sizeof nul_between - 1);
  CU_ASSERT_EQUAL (toks->text->len, sizeof nul_between - 1);
  CU_ASSERT (memcmp (toks->text->str, nul_between, sizeof nul_between - 1)
             == 0);
  CU_ASSERT_EQUAL (toks->tokens->len, 2);
}

/* Digits are tokens; a dot between digits ends nothing. */
static void
test_digits (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "It rose 3.5 percent in 2023, to 1,200.", -1);
  g_autofree char *forms = forms_joined (toks);
  CU_ASSERT_STRING_EQUAL (forms, "it|rose|3|5|percent|in|2023|to|1|200");
  static const guint32 se[] = { 0, 38 };
  check_sentences (toks, 1, se);
  check_forms ("\u0663\u0664 \u0968", "\u0663\u0664|\u0968"); /* Nd */
}

/* Sentence ends: marks, closing quotes, "!?" runs, ellipsis. */
static void
test_sentence_ends (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  /* "He said "stop."" is 15 bytes; "Then he left." starts at 16. */
  text_tokenize (toks, "He said \"stop.\" Then he left.", -1);
  static const guint32 se1[] = { 0, 15, 16, 29 };
  check_sentences (toks, 2, se1);
  static const guint32 ts1[] = { 0, 0, 0, 1, 1, 1 };
  check_token_sentences (toks, 6, ts1);

  text_tokenize (toks, "What?! No way!? Yes.", -1);
  static const guint32 se2[] = { 0, 6, 7, 15, 16, 20 };
  check_sentences (toks, 3, se2);

  /* U+2026 becomes "..." (NFKC) and ends the sentence. */
  text_tokenize (toks, "Wait\u2026 What?", -1);
  static const guint32 se3[] = { 0, 7, 8, 13 };
  check_sentences (toks, 2, se3);

  /* Brackets and curly / angle quotes close a sentence too. */
  text_tokenize (toks, "(It ended.) Next \u201cone!\u201d \u00abNon.\u00bb"
                 " Oui", -1);
  /* "(It ended.)" 0-11; "Next “one!”" 12-27 (“ and ” are 3 bytes);
   * "«Non.»" 28-36 (« and » are 2 bytes); "Oui" 37-40. */
  static const guint32 se4[] = { 0, 11, 12, 27, 28, 36, 37, 40 };
  check_sentences (toks, 4, se4);

  /* No white space after the mark: no end. */
  text_tokenize (toks, "Really?Yes. A.b \"x.\"y", -1);
  static const guint32 se5[] = { 0, 11, 12, 21 };
  check_sentences (toks, 2, se5);

  /* A lowercase letter after the white space: no end ("U.S. troops",
   * "p.m. on"), whatever the path the scanner takes (ASCII words, a
   * curly quote, a non-ASCII letter). */
  text_tokenize (toks, "The U.S. consulate was hit. Four died.", -1);
  static const guint32 se7[] = { 0, 27, 28, 38 };
  check_sentences (toks, 2, se7);
  text_tokenize (toks, "At 5 p.m. \u00e9t\u00e9 ended. \u00c9t\u00e9 began.", -1);
  static const guint32 se8[] = { 0, 22, 23, 35 };
  check_sentences (toks, 2, se8);
  text_tokenize (toks, "Stop. \u201cNow.\u201d Go.\n\nthen", -1);
  static const guint32 se9[] = { 0, 5, 6, 16, 17, 20, 22, 26 };
  check_sentences (toks, 4, se9);

  /* "Mr." followed by a space and a capital ends a sentence. */
  text_tokenize (toks, "Mr. Smith came.", -1);
  static const guint32 se6[] = { 0, 3, 4, 15 };
  check_sentences (toks, 2, se6);
}

/* A pending end (an end mark, closing quotes, white space) is settled by
 * the first non-space character after it: only a lowercase letter
 * continues the sentence. */
static void
test_lowercase_after_end (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  /* A digit is not a lowercase letter. */
  text_tokenize (toks, "Prices rose. 5 people left.", -1);
  static const guint32 se1[] = { 0, 12, 13, 27 };
  check_sentences (toks, 2, se1);

  /* After ? and ! as after a dot. */
  text_tokenize (toks, "Why? because it rained! and then", -1);
  static const guint32 se2[] = { 0, 32 };
  check_sentences (toks, 1, se2);

  /* After closing quotes: the quote belongs to the mark. */
  text_tokenize (toks, "\"Stop.\" he said. Then", -1);
  static const guint32 se3[] = { 0, 16, 17, 21 };
  check_sentences (toks, 2, se3);
  static const guint32 ts3[] = { 0, 0, 0, 1 };
  check_token_sentences (toks, 4, ts3);

  /* One line break is white space like any other... */
  text_tokenize (toks, "the U.S.\ntroops left", -1);
  static const guint32 se4[] = { 0, 20 };
  check_sentences (toks, 1, se4);
  /* ...but a blank line ends the sentence, at its end mark, whatever
   * follows. */
  text_tokenize (toks, "It ends.\n\nthen more", -1);
  static const guint32 se5[] = { 0, 8, 10, 19 };
  check_sentences (toks, 2, se5);

  /* An ellipsis after a word is an end mark like the others. */
  text_tokenize (toks, "OK... then he left. Next", -1);
  static const guint32 se6[] = { 0, 19, 20, 24 };
  check_sentences (toks, 2, se6);
  /* A mark with no token before it ends a sentence that is not listed:
   * the lowercase word starts the next one. */
  text_tokenize (toks, "... and so on.", -1);
  static const guint32 se7[] = { 4, 14 };
  check_sentences (toks, 1, se7);

  /* An opening bracket, quote or apostrophe is not a letter: the
   * sentence ends even when a lowercase word follows it. */
  text_tokenize (toks, "He left. (the end)", -1);
  static const guint32 se8[] = { 0, 8, 9, 18 };
  check_sentences (toks, 2, se8);
  text_tokenize (toks, "He left. \u201cthe end\u201d", -1);
  static const guint32 se9[] = { 0, 8, 9, 22 };
  check_sentences (toks, 2, se9);
  text_tokenize (toks, "In the U.S. 'til now", -1);
  static const guint32 se10[] = { 0, 11, 12, 20 };
  check_sentences (toks, 2, se10);
  g_autofree char *forms = forms_joined (toks);
  CU_ASSERT_STRING_EQUAL (forms, "in|the|u|s|til|now");

  /* Lowercase letters of other scripts continue it too; capitals end it. */
  text_tokenize (toks, "\u0422.\u0435. \u044d\u0442\u043e. \u0414\u0430",
                 -1);
  static const guint32 se11[] = { 0, 14, 15, 19 };
  check_sentences (toks, 2, se11);

  /* A pending end at the end of the text is the end. */
  text_tokenize (toks, "Hello U.S.  ", -1);
  static const guint32 se12[] = { 0, 10 };
  check_sentences (toks, 1, se12);
}

/* The end marks are . ! ? and U+2026 after NFKC, and white space is what
 * NFKC makes of it: a full-width full stop ends a sentence, an
 * ideographic one does not; a no-break space counts as a space. */
static void
test_end_marks_and_spaces (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "End\uff0e Next", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "End. Next");
  static const guint32 se1[] = { 0, 4, 5, 9 };
  check_sentences (toks, 2, se1);

  text_tokenize (toks, "End\u3002 Next", -1);
  static const guint32 se2[] = { 0, 11 };
  check_sentences (toks, 1, se2);

  text_tokenize (toks, "Mr.\u00a0Smith", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "Mr. Smith");
  static const guint32 se3[] = { 0, 3, 4, 9 };
  check_sentences (toks, 2, se3);

  /* Several closing quotes and brackets after one mark. */
  text_tokenize (toks, "(\u201cStop.\u201d) Next", -1);
  static const guint32 se4[] = { 0, 13, 14, 18 };
  check_sentences (toks, 2, se4);
  /* A closing quote with no mark before it ends nothing. */
  text_tokenize (toks, "\"Stop\" Next", -1);
  static const guint32 se5[] = { 0, 11 };
  check_sentences (toks, 1, se5);
  /* A mark at the very end, with closing quotes. */
  text_tokenize (toks, "He said \"go!\"", -1);
  static const guint32 se6[] = { 0, 13 };
  check_sentences (toks, 1, se6);
}

/* Which characters are apostrophes: ' and U+2019, after NFKC (so a
 * full-width ' is one); U+02BC is a letter, so it stays inside a token
 * anywhere; U+2018 and the prime separate. */
static void
test_apostrophe_kinds (void)
{
  check_forms ("l\u2019\u00e9t\u00e9 d\u2019Italie",
               "l'\u00e9t\u00e9|d'italie");
  check_forms ("don\uff07t", "don't");
  check_forms ("don\u02bct \u02bcok", "don\u02bct|\u02bcok");
  check_forms ("don\u2018t don\u2032t", "don|t|don|t");
  /* The code point after it must be a letter: a combining mark is not. */
  check_forms ("a'\u0301", "a|\u0301");
  /* A decomposed letter composes first, and then is a letter. */
  check_forms ("e\u0301'x", "\u00e9'x");
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "don\uff07t", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "don't");
}

/* Hyphens and dashes of every kind separate tokens, as do the soft
 * hyphen and the minus sign; NFKC turns a small hyphen-minus into -. */
static void
test_hyphen_kinds (void)
{
  check_forms ("well\u2010known", "well|known");
  check_forms ("co\u00adoperate", "co|operate");
  check_forms ("\u22125 a\ufe63b", "5|a|b");
  check_forms ("peace-\nkeeping", "peace|keeping");
  check_forms ("pro-Kremlin anti-war", "pro|kremlin|anti|war");
}

/* Numbers: runs of digits and letters are one token; NFKC makes letters
 * of Roman numerals and digits of vulgar fractions. */
static void
test_numbers (void)
{
  check_forms ("1st 2nd 10% $1.5bn", "1st|2nd|10|1|5bn");
  check_forms ("\u2163 \u216b", "iv|xii");
  check_forms ("\u00bc", "1|4");
}

/* Blank lines end sentences, single line breaks do not; CRLF counts. */
static void
test_blank_lines (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "Title line\nnext line\n\nBody text", -1);
  static const guint32 se1[] = { 0, 20, 22, 31 };
  check_sentences (toks, 2, se1);

  text_tokenize (toks, "A\n \t \nB", -1);
  static const guint32 se2[] = { 0, 1, 6, 7 };
  check_sentences (toks, 2, se2);

  text_tokenize (toks, "A\r\n\r\nB", -1);
  static const guint32 se3[] = { 0, 1, 5, 6 };
  check_sentences (toks, 2, se3);

  text_tokenize (toks, "A\r\nB \r\n", -1); /* one line break: one sentence */
  static const guint32 se4[] = { 0, 4 };
  check_sentences (toks, 1, se4);

  text_tokenize (toks, "A\r\rB", -1); /* two lone CRs: two line breaks */
  static const guint32 se5[] = { 0, 1, 3, 4 };
  check_sentences (toks, 2, se5);

  text_tokenize (toks, "A\u2029\u2029B", -1); /* paragraph separators */
  static const guint32 se6[] = { 0, 1, 7, 8 };
  check_sentences (toks, 2, se6);
}

/* Offsets of sentences: no-token sentences are not listed. */
static void
test_sentence_offsets (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "  ... !!! Hello world.  Bye   ", -1);
  /* "..." and "!!!" are sentences without tokens; "Hello world." is
   * 10-22, "Bye" 24-27 (ends at its last non-space character). */
  static const guint32 se[] = { 10, 22, 24, 27 };
  check_sentences (toks, 2, se);
  static const guint32 ts[] = { 0, 0, 1 };
  check_token_sentences (toks, 3, ts);
  check_invariants (toks);

  /* A sentence starts at its first non-space character, even if it is
   * not a token character. */
  text_tokenize (toks, "\n\"'90s music,\" he said.\n\n-- End", -1);
  static const guint32 se2[] = { 1, 23, 25, 31 };
  check_sentences (toks, 2, se2);
}

/* Token offsets point at the right bytes of the NFKC text. */
static void
test_token_offsets (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  const char *s = "\u201cNATO\u2019s\u201d \ufb01ght, na\u00efve -- 12\u00bd!";
  text_tokenize (toks, s, -1);
  /* NFKC: ﬁ -> fi, ½ -> 1⁄2 (fraction slash separates). */
  CU_ASSERT_STRING_EQUAL (toks->text->str,
                          "\u201cNATO\u2019s\u201d fight, na\u00efve -- "
                          "121\u20442!");
  g_autofree char *texts = texts_joined (toks);
  CU_ASSERT_STRING_EQUAL (texts, "NATO\u2019s|fight|na\u00efve|121|2");
  const FramingToken *t = &g_array_index (toks->tokens, FramingToken, 0);
  CU_ASSERT_EQUAL (t->start, 3);
  CU_ASSERT_EQUAL (t->end, 11);
  t = &g_array_index (toks->tokens, FramingToken, 1);
  CU_ASSERT_EQUAL (t->start, 15);
  CU_ASSERT_EQUAL (t->end, 20);
  CU_ASSERT_EQUAL (t->form_len, 5);
  check_invariants (toks);
}

/* One FramingTokens reused for two texts holds only the second. */
static void
test_reuse (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  GString *big = g_string_new (NULL);
  for (int i = 0; i < 2000; i++)
    g_string_append (big, "Ein gro\u00dfer Satz. ");
  text_tokenize (toks, big->str, (gssize) big->len);
  CU_ASSERT_EQUAL (toks->tokens->len, 6000);
  CU_ASSERT_EQUAL (toks->sentences->len, 2000);
  g_string_free (big, TRUE);

  text_tokenize (toks, "Short one", -1);
  CU_ASSERT_STRING_EQUAL (toks->text->str, "Short one");
  CU_ASSERT_EQUAL (toks->text->len, 9);
  g_autofree char *forms = forms_joined (toks);
  CU_ASSERT_STRING_EQUAL (forms, "short|one");
  /* "short" and "one", each zero-padded to FORM_ROOM bytes */
  CU_ASSERT_EQUAL (toks->forms->len, 2 * FORM_ROOM);
  static const guint32 se[] = { 0, 9 };
  check_sentences (toks, 1, se);
}

/* Empty text and text without tokens. */
static void
test_empty (void)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "word", -1);
  text_tokenize (toks, "", -1);
  CU_ASSERT_EQUAL (toks->text->len, 0);
  CU_ASSERT_EQUAL (toks->tokens->len, 0);
  CU_ASSERT_EQUAL (toks->sentences->len, 0);
  text_tokenize (toks, NULL, 0);
  CU_ASSERT_EQUAL (toks->tokens->len, 0);
  text_tokenize (toks, " ... -- !!\n\n\u201c\u201d \u2014 ", -1);
  CU_ASSERT_EQUAL (toks->tokens->len, 0);
  CU_ASSERT_EQUAL (toks->sentences->len, 0);
  CU_ASSERT_STRING_EQUAL (toks->text->str,
                          " ... -- !!\n\n\u201c\u201d \u2014 ");
  text_tokens_free (NULL);
}

/* text_fold folds a lexicon word exactly as a token's form. */
static void
test_fold (void)
{
  static const char *const cases[][2] = {
    { "Kiev", "kiev" }, { "\uff2b\uff49\uff45\uff56", "kiev" },
    { "Russia\u2019s", "russia's" }, { "\ufb01nance", "finance" },
    { "Stra\u00dfe", "strasse" }, { "\u0130", "i\u0307" },
    { "CAFE\u0301", "caf\u00e9" }, { "escalat", "escalat" }, { "", "" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *f = text_fold (cases[i][0], -1);
      CU_ASSERT_STRING_EQUAL (f, cases[i][1]);
    }
  g_autofree char *part = text_fold ("ABCDEF", 3);
  CU_ASSERT_STRING_EQUAL (part, "abc");
}

/* For every code point that can be in a token, text_fold () equals
 * g_utf8_casefold () of its NFKC form (with U+2019 as '). */
static void
test_fold_every_code_point (void)
{
  guint bad = 0;
  for (gunichar c = 1; c <= 0x10FFFF; c++)
    {
      switch (g_unichar_type (c))
        {
        case G_UNICODE_UPPERCASE_LETTER: case G_UNICODE_LOWERCASE_LETTER:
        case G_UNICODE_TITLECASE_LETTER: case G_UNICODE_MODIFIER_LETTER:
        case G_UNICODE_OTHER_LETTER: case G_UNICODE_DECIMAL_NUMBER:
        case G_UNICODE_NON_SPACING_MARK: case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;
        default:
          continue;
        }
      char u[8];
      int n = g_unichar_to_utf8 (c, u);
      u[n] = '\0';
      g_autofree char *nf = g_utf8_normalize (u, n, G_NORMALIZE_ALL_COMPOSE);
      g_autofree char *want = g_utf8_casefold (nf, -1);
      g_autofree char *got = text_fold (u, n);
      if (strcmp (want, got) != 0 && bad++ < 5)
        fprintf (stderr, "\n  U+%04X: fold differs\n", c);
    }
  CU_ASSERT_EQUAL (bad, 0);
}

/* Pieces the random strings are made of. */
static const char *const pieces[] = {
  "a", "e", "Z", "i", "I", "7", " ", " ", "\n", "\r\n", ".", "!", "?", "'",
  "\"", ")", "-", ",", "\u2019", "\u201c", "\u201d", "\u00bb",
  "\u0301", "\u0308", "\u0323", "\u0302", "\u0307", "\ufb01", "\ufb03",
  "\uff21", "\uff4b", "\uff11", "\u00b2", "\u2082", "\u2026", "\u00a0",
  "\u4e2d", "\u6587", "\u1100", "\u1161", "\u11a8", "\uac00", "\u00df",
  "\u0130", "\u00e9", "\u01c5", "\u03a3", "\u03c2", "\u0345", "\ufffd",
  "\u0915", "\u093f", "\u094d", "\u2460", "\u00bd", "\u2028",
  "e\u0301", "the quick brown fox jumps over the lazy dog. ",
  "\t", ";", "(", "]", "}", "\u203a", "\u2029", "Internationalization",
  "escalations, ", "Ceasefire: ", "2022 ",
  "Russia\u2019s offensive, they said. ",
  /* the marks that stay on the fast path, next to combining marks */
  "\u2018", "\u2013", "\u2014", "\u2022", "\u201cQuoted\u0301\u201d ",
  "\u2014\u0308",
};

/* text_tokenize () agrees with the reference tokenizer on S. */
static void
reference_check (const char *s, const FramingTokens *toks)
{
  g_autofree char *why = text_reference_check (s, toks);
  if (why != NULL)
    {
      g_autofree char *shown = g_strescape (s, NULL);
      fprintf (stderr, "\n  \"%s\": %s\n", shown, why);
    }
  CU_ASSERT_PTR_NULL (why);
}

/* The ASCII fast path gives exactly what normalising the whole text first
 * gives, on pseudo-random strings (fixed seed). */
static void
test_fast_path_equivalence (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20230213);
  g_autoptr (FramingTokens) fast = text_tokens_new ();
  g_autoptr (FramingTokens) whole = text_tokens_new ();
  GString *s = g_string_new (NULL);
  for (int round = 0; round < 603; round++)
    {
      g_string_truncate (s, 0);
      /* Mostly short strings, some longer, and three of over 64 KiB to
       * cross the fast path's largest normalisation segment. */
      int len = round >= 600 ? 40000
                : g_rand_int_range (rand, 0, round < 500 ? 30 : 300);
      for (int i = 0; i < len; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0,
                                                     G_N_ELEMENTS (pieces))]);
      text_tokenize (fast, s->str, (gssize) s->len);
      reference_check (s->str, fast);
      check_invariants (fast);
      /* Tokenizing the normalised text gives the same everything. */
      text_tokenize (whole, fast->text->str, (gssize) fast->text->len);
      CU_ASSERT_STRING_EQUAL (whole->text->str, fast->text->str);
      CU_ASSERT_EQUAL_FATAL (whole->tokens->len, fast->tokens->len);
      CU_ASSERT (memcmp (whole->tokens->data, fast->tokens->data,
                         fast->tokens->len * sizeof (FramingToken)) == 0);
      CU_ASSERT_EQUAL_FATAL (whole->sentences->len, fast->sentences->len);
      CU_ASSERT (memcmp (whole->sentences->data, fast->sentences->data,
                         fast->sentences->len * sizeof (FramingSentence))
                 == 0);
      CU_ASSERT_EQUAL (whole->forms->len, fast->forms->len);
      CU_ASSERT (memcmp (whole->forms->str, fast->forms->str,
                         fast->forms->len) == 0);
    }
  g_string_free (s, TRUE);
}

/* Every ASCII byte at every place in and around the 8-byte words the
 * tokenizer reads at a time: a run of mixed-case letters and digits with
 * byte B at position P splits there exactly when B is not a letter or
 * digit (an apostrophe between letters stays), and forms and hashes
 * agree with text_fold () and text_form_hash (). */
static void
test_word_runs_every_byte (void)
{
  static const char run[] = "AbCdEfGh1jKlMnOpQr5tUvWxYz";
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  for (guint b = 1; b < 0x80; b++)
    for (guint p = 0; p < sizeof run - 1; p++)
      {
        char s[sizeof run];
        memcpy (s, run, sizeof run);
        s[p] = (char) b;
        text_tokenize (toks, s, -1);
        check_invariants (toks);
        gboolean word = g_ascii_isalnum (b);
        gboolean apos = b == '\'' && p > 0 && p < sizeof run - 2
                        && g_ascii_isalpha (run[p - 1])
                        && g_ascii_isalpha (run[p + 1]);
        guint expect = word || apos ? 1 : (p == 0 || p == sizeof run - 2) ? 1 : 2;
        CU_ASSERT_EQUAL (toks->tokens->len, expect);
      }
  /* A form's hash depends on its bytes and length only. */
  CU_ASSERT_EQUAL (text_form_hash ("escalation", 10),
                   text_form_hash ("escalations", 10));
  CU_ASSERT_NOT_EQUAL (text_form_hash ("escalation", 10),
                       text_form_hash ("escalations", 11));
  CU_ASSERT_NOT_EQUAL (text_form_hash ("a", 1), text_form_hash ("b", 1));
}

/* Runs of words of every length from 1 to 70 bytes (across the 64-byte
 * blocks and 16-byte forms of the ASCII fast path) separated by every
 * ASCII byte that is no letter or digit, and by a few longer separators,
 * starting at every offset of an 8-byte word: tokens, forms, hashes and
 * sentences as the reference gives them. */
static void
test_word_blocks (void)
{
  static const char *const long_seps[] = {
    ", ", ". ", "  ", " \n\n ", "\u2019", "\u00e9", "\u2014", "\u201d. ",
    "' ", " '", "\r\n", ".\"",
  };
  static const char letters[] = "aBcDeFgH1jKlMnOpQrStUvWxYz0123456789";
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  GString *s = g_string_new (NULL);
  guint seps = 0;
  for (guint b = 1; b < 0x80 + G_N_ELEMENTS (long_seps); b++)
    {
      char one[2] = { (char) b, '\0' };
      const char *sep = b < 0x80 ? one : long_seps[b - 0x80];
      if (b < 0x80 && g_ascii_isalnum (b))
        continue;
      seps++;
      for (guint len = 1; len <= 70; len += len < 20 ? 1 : 7)
        for (guint shift = 0; shift < 8; shift++)
          {
            g_string_truncate (s, 0);
            g_string_append_len (s, "        ", shift);
            for (guint w = 0; s->len < 300; w++)
              {
                for (guint k = 0; k < len; k++)
                  g_string_append_c (s, letters[(w + k) % (sizeof letters - 1)]);
                g_string_append (s, sep);
              }
            text_tokenize (toks, s->str, (gssize) s->len);
            reference_check (s->str, toks);
            check_invariants (toks);
          }
    }
  CU_ASSERT_EQUAL (seps, 128 - 62 - 1 + G_N_ELEMENTS (long_seps));
  g_string_free (s, TRUE);
}

/* Long texts (4 to 13 KB) of ASCII words with plain separators, end
 * marks, line breaks and the curly quotes and dashes that stay on the
 * fast path: the masks the scanner works out ahead, 4 KB at a time, are
 * taken again wherever a scan stops and resumes and wherever a word
 * straddles the end of what they cover.  Tokens, forms, hashes and
 * sentences as the reference gives them. */
static void
test_word_windows (void)
{
  static const char *const seps[] = {
    " ", " ", " ", ", ", ". ", "\n\n", "\u2019", " \u2014 ", "'s ", "\"",
    "\u201d ", "\r\n", "\u00e9", "-",
  };
  static const char letters[] = "aBcDeFgH1jKlMnOpQrStUvWxYz0123456789";
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261206);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  GString *s = g_string_new (NULL);
  for (guint round = 0; round < 48; round++)
    {
      /* Every fourth text has plain spaces only: no scan stops at all. */
      guint n_seps = round % 4 == 0 ? 1 : G_N_ELEMENTS (seps);
      gsize target = 4000 + 190 * round;
      g_string_truncate (s, 0);
      while (s->len < target)
        {
          guint len = (guint) g_rand_int_range (rand, 1, round % 8 == 1 ? 90 : 14);
          for (guint k = 0; k < len; k++)
            g_string_append_c (s, letters[g_rand_int_range (rand, 0,
                                                            sizeof letters - 1)]);
          g_string_append (s, seps[g_rand_int_range (rand, 0, (gint32) n_seps)]);
        }
      text_tokenize (toks, s->str, (gssize) s->len);
      reference_check (s->str, toks);
      check_invariants (toks);
      CU_ASSERT (toks->tokens->len > s->len / 100);
    }
  g_string_free (s, TRUE);
}

/* The seed articles: invariants, and facts checked by hand. */
static void
test_seeds (void)
{
  static const char *const names[] = {
    "000_f57aa7b7dcca77b1.txt", "001_d51376cf106bc642.txt",
    "002_b4b2ce16cedb27a1.txt", "003_9067a968db128dd5.txt",
    "004_b107ec7767d0bf66.txt",
  };
  /* Token counts cross-checked with an independent Python implementation
   * (unicodedata NFKC, then regex runs of \p{L}\p{Nd}\p{M} joined by an
   * apostrophe between two letters). */
  static const guint counts[] = { 665, 1101, 410, 504, 505 };
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (SHARED_DIR "/seeds",
                                                names[i], NULL);
      g_autofree char *data = NULL;
      gsize len;
      if (!g_file_get_contents (path, &data, &len, NULL))
        return; /* the seeds are not here: nothing to check */
      text_tokenize (toks, data, (gssize) len);
      check_invariants (toks);
      CU_ASSERT_EQUAL (toks->tokens->len, counts[i]);
      if (i != 0)
        continue;
      /* The title, line 2: 13 tokens, counted by hand. */
      g_autofree char *title = forms_joined (toks);
      CU_ASSERT (g_str_has_prefix (title, "download|nato|says|russian|"
                                   "offensive|has|begun|as|putin|shows|no|"
                                   "sign|of|peace|cgtn|nato's|"));
      /* A paragraph counted by hand: 11 + 20 + 6 = 37 tokens in three
       * sentences ("...logistics." "...battlefield." "...he said."). */
      const char *para = "\"It is clear that we are in a race of logistics."
        " Key capabilities like ammunition, fuel, and spare parts must reach"
        " Ukraine before Russia can seize the initiative on the battlefield."
        " Speed will save lives,\" he said.";
      const char *at = strstr (toks->text->str, para);
      CU_ASSERT_FATAL (at != NULL);
      guint32 a = (guint32) (at - toks->text->str);
      guint32 b = a + (guint32) strlen (para);
      guint n = 0, first = G_MAXUINT, last = 0;
      for (guint k = 0; k < toks->tokens->len; k++)
        {
          const FramingToken *t =
            &g_array_index (toks->tokens, FramingToken, k);
          if (t->start >= a && t->end <= b)
            {
              n++;
              first = MIN (first, t->sentence);
              last = MAX (last, t->sentence);
            }
        }
      CU_ASSERT_EQUAL (n, 37);
      CU_ASSERT_EQUAL (last - first + 1, 3);
      const FramingSentence *s =
        &g_array_index (toks->sentences, FramingSentence, first);
      CU_ASSERT_EQUAL (s->start, a); /* at the opening quote */
      s = &g_array_index (toks->sentences, FramingSentence, last);
      CU_ASSERT_EQUAL (s->end, b);
    }
}

static const UnitCase cases[] = {
  { "ascii words", test_ascii_words },
  { "ascii classes", test_ascii_classes },
  { "apostrophes", test_apostrophes },
  { "hyphens and separators", test_hyphens_and_separators },
  { "nfkc", test_nfkc },
  { "case folding", test_case_folding },
  { "combining marks", test_combining_marks },
  { "fffd and nul separate", test_separators_fffd_nul },
  { "digits", test_digits },
  { "sentence ends", test_sentence_ends },
  { "lowercase after an end", test_lowercase_after_end },
  { "end marks and spaces", test_end_marks_and_spaces },
  { "apostrophe kinds", test_apostrophe_kinds },
  { "hyphen kinds", test_hyphen_kinds },
  { "numbers", test_numbers },
  { "blank lines", test_blank_lines },
  { "sentence offsets", test_sentence_offsets },
  { "token offsets", test_token_offsets },
  { "reuse", test_reuse },
  { "empty", test_empty },
  { "text_fold", test_fold },
  { "fold every code point", test_fold_every_code_point },
  { "fast path equals whole-text nfkc", test_fast_path_equivalence },
  { "ascii word runs, every byte", test_word_runs_every_byte },
  { "word blocks", test_word_blocks },
  { "word windows", test_word_windows },
  { "seed articles", test_seeds },
  { NULL, NULL },
};

UNIT_MAIN ("text", cases)
