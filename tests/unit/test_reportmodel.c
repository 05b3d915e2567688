/* test_reportmodel.c - unit tests of reportmodel.c: the ReportModel that
 * the text report and the page render, and the splitting of an example
 * sentence around its hit. */
#include <string.h>

#include "fixture.h"
#include "fmt.h"
#include "reportmodel.h"
#include "unit.h"

/* Groups "Hawk" (3 articles, 6 escalation and 1 peace hit each), "Even"
 * (1 article, 2 and 2) and "Mute\t" (1 article, no hit). */
static Profile *
make_profile (const FramingLexicon *lex)
{
  static const ProfilePair pair = { 0, 1 };
  ProfileOptions opts = { .presence = 1, .resamples = 200,
                          .seed = PROFILE_SEED, .balance = &pair,
                          .n_balance = 1 };
  Profile *p = profile_new (lex, &opts);
  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *h = g_strdup_printf ("h%u", k);
      g_autoptr (ArticleScore) hawk = fixture_simple_score (h, "Hawk", 500,
                                                            6, 1);
      profile_add (p, hawk);
    }
  g_autoptr (ArticleScore) even = fixture_simple_score ("e", "Even", 400,
                                                        2, 2);
  g_autoptr (ArticleScore) mute = fixture_simple_score ("m", "Mute\t", 300,
                                                        0, 0);
  profile_add (p, even);
  profile_add (p, mute);
  profile_finish (p);
  return p;
}

/* Group I of MODEL. */
#define group report_model_group

static void
test_free_null (void)
{
  report_model_free (NULL);
  CU_PASS ("report_model_free (NULL) is a no-op");
}

static void
test_groups (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\nshelling\n",
                                                    "ceasefire\n");
  g_autoptr (Profile) p = make_profile (lex);
  ReportCorpus corpus = { .source = "x.csv", .group_by = "outlet" };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  CU_ASSERT_EQUAL_FATAL (m->groups->len, 3);
  CU_ASSERT_EQUAL (m->topics->len, 2);
  CU_ASSERT_FALSE (m->has_examples);
  CU_ASSERT_TRUE (m->has_balance);
  CU_ASSERT_EQUAL (m->skipped->len, 0);
  /* In name order, the names cleaned. */
  CU_ASSERT_STRING_EQUAL (group (m, 0)->name, "Even");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->name, "Hawk");
  CU_ASSERT_STRING_EQUAL (group (m, 2)->name, "Mute ");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->label, "2. Hawk");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->legend,
                          "Hawk (3 articles, 1,500 tokens)");
  CU_ASSERT_STRING_EQUAL (group (m, 0)->legend,
                          "Even (1 article, 400 tokens)");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->articles, "3");
  CU_ASSERT_TRUE (group (m, 1)->has_hits);
  CU_ASSERT_FALSE (group (m, 2)->has_hits);
  CU_ASSERT_EQUAL (group (m, 1)->balance->len, 1);
  CU_ASSERT_PTR_NULL (group (m, 1)->nearest);
  /* One article: no interval. */
  CU_ASSERT_PTR_NULL (group (m, 0)->cells[0].ci_low);
  CU_ASSERT_PTR_NOT_NULL (group (m, 1)->cells[0].ci_low);
  /* 6 hits in 500 tokens: 12 per 1000. */
  CU_ASSERT_STRING_EQUAL (group (m, 1)->cells[0].per_1k, "12.0");
  /* No hit, no entry; no text, no example. */
  CU_ASSERT_EQUAL (group (m, 2)->terms[0]->len, 0);
  CU_ASSERT_STRING_EQUAL (group (m, 2)->terms_title[0], "escalation: none");
  CU_ASSERT_EQUAL (group (m, 1)->examples[0]->len, 0);
  CU_ASSERT_STRING_EQUAL (group (m, 1)->examples_title[0],
                          "escalation: no hit");
  /* Three groups: the whole matrix, zeros on the diagonal. */
  CU_ASSERT_PTR_NOT_NULL_FATAL (m->jsd);
  CU_ASSERT_STRING_EQUAL (m->jsd[4], "0.000");
}

/* An example whose left context is LEFT, hit MATCH and right RIGHT. */
static void
check_example (const char *left, const char *match, const char *right,
               const char *want_left, gboolean before, gboolean after)
{
  KwicExample ex = { .id = (char *) "a", .ctx = { (char *) left,
                                                  (char *) match,
                                                  (char *) right } };
  g_auto (ReportExampleText) t = { 0 };
  report_example_text (&ex, fmt_clean_text, "...", &t);
  CU_ASSERT_STRING_EQUAL (t.left, want_left);
  CU_ASSERT_STRING_EQUAL (t.match, "peace talks");
  CU_ASSERT_EQUAL (t.space_before, before);
  CU_ASSERT_EQUAL (t.space_after, after);
}

static void
test_example_spacing (void)
{
  /* Punctuation stays glued to the hit. */
  check_example ("The army prepares an offensive;", "peace talks",
                 " fail.", "The army prepares an offensive;", FALSE, TRUE);
  check_example ("The army: ", " peace talks ", ", then", "The army:",
                 TRUE, FALSE);
  /* A control character is cleaned away, and no space is left alone. */
  check_example ("\x01 ", "peace talks", "", "", FALSE, FALSE);
}

static const UnitCase cases[] = {
  { "free_null", test_free_null },
  { "groups", test_groups },
  { "example_spacing", test_example_spacing },
  { NULL, NULL },
};

UNIT_MAIN ("reportmodel", cases)
