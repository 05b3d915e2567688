/* test_reportmodel.c - unit tests of reportmodel.c: the ReportModel that
 * the text report and the page render, the sentences of a form, a
 * rate's interval, the splitting of an example sentence around its hit,
 * the ratios between groups, and one model rendered by both renderers. */
#include <math.h>
#include <string.h>

#include "fixture.h"
#include "fmt.h"
#include "html.h"
#include "markup.h"
#include "report.h"
#include "reportmodel.h"
#include "unit.h"

/* Groups "Hawk" (5 articles, 6 escalation and 1 peace hit each), "Even"
 * (1 article, 2 and 2) and "Mute\t" (1 article, no hit). */
static Profile *
make_profile (const FramingLexicon *lex)
{
  static const ProfilePair pair = { 0, 1 };
  ProfileOptions opts = { .presence = 1, .resamples = 200,
                          .seed = PROFILE_SEED, .balance = &pair,
                          .n_balance = 1 };
  Profile *p = profile_new (lex, &opts);
  for (guint k = 0; k < PROFILE_FEW_ARTICLES; k++)
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
  /* What the comparisons and a balance are; a balance pair: no word of
   * a missing one; the groups' dominant frames differ: said per group. */
  CU_ASSERT_EQUAL (m->balance_intro->len, 2);
  CU_ASSERT_PTR_NOT_NULL (group (m, 1)->dominant);
  CU_ASSERT_EQUAL (m->skipped->len, 0);
  /* In name order, the names cleaned. */
  CU_ASSERT_STRING_EQUAL (group (m, 0)->name, "Even");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->name, "Hawk");
  CU_ASSERT_STRING_EQUAL (group (m, 2)->name, "Mute ");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->label, "2. Hawk");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->legend,
                          "Hawk (5 articles, 2,500 tokens)");
  CU_ASSERT_STRING_EQUAL (group (m, 0)->legend,
                          "Even (1 article, 400 tokens)");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->articles, "5");
  CU_ASSERT_TRUE (group (m, 1)->has_hits);
  CU_ASSERT_FALSE (group (m, 2)->has_hits);
  CU_ASSERT_EQUAL (group (m, 1)->balance->len, 1);
  CU_ASSERT_PTR_NULL (group (m, 1)->nearest);
  /* One article, a handful: no interval, and the note names the
   * handfuls. */
  CU_ASSERT_PTR_NULL (group (m, 0)->cells[0].ci_low);
  CU_ASSERT_TRUE (group (m, 0)->few && group (m, 0)->cells[0].few);
  CU_ASSERT_PTR_NOT_NULL (group (m, 1)->cells[0].ci_low);
  CU_ASSERT_FALSE (group (m, 1)->few || group (m, 1)->cells[0].few);
  CU_ASSERT_EQUAL (m->few, PHRASE_FEW_SOME);
  CU_ASSERT_PTR_NOT_NULL_FATAL (m->few_note);
  CU_ASSERT_TRUE (g_str_has_prefix (m->few_note, "Fewer than 5 articles in "
                                    "1. Even and 3. Mute : for them"));
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

/* A form of the report for the tests: ASCII glyphs, names past four
 * columns shortened. */
static const ReportForm form = {
  .ellipsis = "...", .dash = "-", .ge = ">=", .bar = "#",
  .interval_at = "in brackets", .marked = "marked [[so]]",
  .name_columns = 4, .clean = fmt_clean_text,
};

/* An example whose left context is LEFT, hit MATCH and right RIGHT,
 * split into WANT_LEFT, "peace talks" and WANT_RIGHT. */
static void
check_example (const char *left, const char *match, const char *right,
               const char *want_left, const char *want_right)
{
  KwicExample ex = { .id = (char *) "a\tb", .ctx = { (char *) left,
                                                     (char *) match,
                                                     (char *) right } };
  g_auto (ReportExampleText) t = { 0 };
  report_example_text (&ex, &form, &t);
  CU_ASSERT_STRING_EQUAL (t.id, "a b");
  CU_ASSERT_STRING_EQUAL (t.left, want_left);
  CU_ASSERT_STRING_EQUAL (t.match, "peace talks");
  CU_ASSERT_STRING_EQUAL (t.right, want_right);
}

static void
test_example_spacing (void)
{
  /* Punctuation stays glued to the hit. */
  check_example ("The army prepares an offensive;", "peace talks",
                 " fail.", "The army prepares an offensive;", " fail.");
  check_example ("The army: ", " peace talks ", ", then", "The army: ",
                 ", then");
  /* A control character is cleaned away, and no space is left alone. */
  check_example ("\x01 ", "peace talks", "", "", "");
  check_example ("Talks, ", "peace talks", "\x02 \x03", "Talks, ", "");
}

/* Context past REPORT_CONTEXT code points is cut at a space, with the
 * form's ellipsis. */
static void
test_example_context (void)
{
  g_autoptr (GString) far = g_string_new (NULL);
  for (guint k = 0; k < REPORT_CONTEXT; k++)
    g_string_append (far, "ab ");
  KwicExample ex = { .id = (char *) "a", .ctx = { far->str, "hit",
                                                  far->str } };
  g_auto (ReportExampleText) t = { 0 };
  report_example_text (&ex, &form, &t);
  CU_ASSERT_TRUE (g_str_has_prefix (t.left, "... ab "));
  CU_ASSERT_TRUE (g_str_has_suffix (t.left, " ab "));
  CU_ASSERT_TRUE (g_utf8_strlen (t.left, -1) <= REPORT_CONTEXT + 4);
  CU_ASSERT_TRUE (g_str_has_prefix (t.right, "ab ab"));
  CU_ASSERT_TRUE (g_str_has_suffix (t.right, "ab..."));
  CU_ASSERT_TRUE (g_utf8_strlen (t.right, -1) <= REPORT_CONTEXT + 3);
}

/* The sentences of a form: its glyphs and marks in them, names that
 * its tables shorten said so, the items of "How to read this". */
static void
test_prose (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  ReportCorpus corpus = { .negation_window = 3 };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  g_auto (ReportProse) prose = { 0 };
  report_prose_init (&prose, m, &form);
  /* "Mute " takes five columns */
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.legend_intro, "shortened"));
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.profiles_intro, "in brackets"));
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.mark_note, "dealing out articles"));
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.shares_intro, "each # is 2%"));
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.divergence_intro, "Jensen-Shannon"));
  CU_ASSERT_PTR_NOT_NULL (strstr (prose.examples_intro, "marked [[so]]."));
  CU_ASSERT_EQUAL_FATAL (prose.reading->len, 6);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (prose.reading, 0),
                          phrase_reading_words);
  CU_ASSERT_PTR_NOT_NULL (strstr (g_ptr_array_index (prose.reading, 2),
                                  "no evidence on its own"));
  CU_ASSERT_PTR_NOT_NULL (strstr (g_ptr_array_index (prose.reading, 3),
                                  "within 3 tokens"));
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (prose.reading, 5),
                          phrase_reading_examples);
  /* A form that never shortens names does not say it does. */
  ReportForm page = form;
  page.name_columns = 0;
  g_auto (ReportProse) wide = { 0 };
  report_prose_init (&wide, m, &page);
  CU_ASSERT_PTR_NULL (strstr (wide.legend_intro, "shortened"));
}

/* A rate's interval in the form's dash, or "n/a" for one article. */
static void
test_interval (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  ReportCorpus corpus = { 0 };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  const ReportCell *hawk = &group (m, 1)->cells[0];
  g_autofree char *one = report_interval (&group (m, 0)->cells[0], &form);
  g_autofree char *two = report_interval (hawk, &form);
  g_autofree char *want = g_strconcat (hawk->ci_low, "-", hawk->ci_high,
                                       NULL);
  /* One article is a handful: no interval at all, not even "n/a". */
  CU_ASSERT_STRING_EQUAL (one, "");
  CU_ASSERT_STRING_EQUAL (two, want);
  /* A group large enough with no interval (one unit to resample). */
  ReportCell none = { .per_1k = (char *) "1.0" };
  g_autofree char *na = report_interval (&none, &form);
  CU_ASSERT_STRING_EQUAL (na, "n/a");
}

/* OUT's contents, closed, as a string (newly allocated). */
static char *
close_memstream (FILE *out, char **buf)
{
  fclose (out);
  return *buf;
}

/* MODEL rendered as text (TEXT) or as the page. */
static char *
render (const ReportModel *model, gboolean text)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (text ? report_write (out, model, &error)
                  : html_write (out, model, &error));
  CU_ASSERT_PTR_NULL (error);
  return close_memstream (out, &buf);
}

/* One model, two renderers: the cells with no interval (the two groups
 * of one article, two topics each) have the rate alone in both, the
 * others the model's interval; the model comes out of a rendering as it
 * went in. */
static void
test_two_renderers (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  ReportCorpus corpus = { .source = "x.csv" };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  g_autofree char *text = render (m, TRUE);
  g_autofree char *page = render (m, FALSE);
  CU_ASSERT_EQUAL (markup_occurrences (text, "(n/a)"), 0);
  for (guint i = 0; i < 3; i += 2)
    for (guint t = 0; t < 2; t++)
      {
        const ReportCell *c = &group (m, i)->cells[t];
        g_autofree char *row = g_strdup_printf (
            "<td>%s</td>\n<td class=\"num\">1</td><td class=\"num\">%s</td>"
            "<td class=\"num\"></td>", group (m, i)->name, c->per_1k);
        g_autofree char *line = g_strdup_printf ("  1  %s   ", c->per_1k);
        CU_ASSERT_PTR_NOT_NULL (strstr (page, row));
        CU_ASSERT_PTR_NOT_NULL (strstr (text, line));
      }
  const ReportCell *hawk = &group (m, 1)->cells[0];
  g_autofree char *in_text = g_strdup_printf ("%s (%s–%s)", hawk->per_1k,
                                              hawk->ci_low, hawk->ci_high);
  g_autofree char *in_page = g_strdup_printf ("<td class=\"num\">%s–%s</td>",
                                              hawk->ci_low, hawk->ci_high);
  CU_ASSERT_EQUAL (markup_occurrences (text, in_text), 1);
  CU_ASSERT_EQUAL (markup_occurrences (page, in_page), 1);
  /* The same sentences and labels in both. */
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "Hawk (5 articles, 2,500 tokens)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (page, "Hawk (5 articles, 2,500 tokens)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "Fewer than 5 articles in 1. Even"));
  CU_ASSERT_PTR_NOT_NULL (strstr (page, m->few_note));
  CU_ASSERT_PTR_NOT_NULL (strstr (page, group (m, 1)->dominant));
  g_autofree char *again = render (m, TRUE);
  CU_ASSERT_STRING_EQUAL (text, again);
}

/* The ratios between Even (5 escalation and 5 peace per 1000, one
 * article), Hawk (12 and 2) and Mute (none): Even/Hawk 5/12 and 5/2
 * with two significant digits of the smallest, the others undefined
 * (Mute's rate is 0); no interval, since Even and Mute have one article
 * each; differences with one decimal.  None without pairs. */
static void
test_pairs_part (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  ReportCorpus corpus = { 0 };
  ReportOptions none = { .top_terms = 5 };
  g_autoptr (ReportModel) without = report_model_new (p, NULL, &corpus, &none);
  CU_ASSERT_PTR_NULL (without->pairs);
  ReportOptions opts = { .top_terms = 5, .pairs = pairs };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  CU_ASSERT_PTR_NOT_NULL_FATAL (m->pairs);
  CU_ASSERT_PTR_NULL (m->pairs->elsewhere);
  CU_ASSERT_PTR_NOT_NULL_FATAL (m->pairs->rows);
  const GPtrArray *esc = m->pairs->rows[0], *peace = m->pairs->rows[1];
  CU_ASSERT_EQUAL_FATAL (esc->len, 3);
  const ReportPairRow *eh = g_ptr_array_index (esc, 0);
  const ReportPairRow *hm = g_ptr_array_index (esc, 2);
  CU_ASSERT_STRING_EQUAL (eh->a, "Even");
  CU_ASSERT_STRING_EQUAL (eh->b, "Hawk");
  CU_ASSERT_STRING_EQUAL (eh->ratio, "0.42");
  CU_ASSERT_PTR_NULL (eh->low);
  CU_ASSERT_STRING_EQUAL (eh->difference, "-7.0");
  CU_ASSERT_STRING_EQUAL (hm->b, "Mute ");
  CU_ASSERT_PTR_NULL (hm->ratio);
  CU_ASSERT_STRING_EQUAL (hm->difference, "+12.0");
  CU_ASSERT_STRING_EQUAL (((const ReportPairRow *) g_ptr_array_index
                           (peace, 0))->ratio, "2.5");
  g_autofree char *r1 = report_pair_ratio (eh, &form);
  g_autofree char *r2 = report_pair_ratio (hm, &form);
  CU_ASSERT_STRING_EQUAL (r1, "0.42 (n/a)");
  CU_ASSERT_STRING_EQUAL (r2, "n/a");
  g_autofree char *intro = report_pairs_intro (m, &form);
  CU_ASSERT_PTR_NOT_NULL (strstr (intro, "in brackets"));
  CU_ASSERT_PTR_NOT_NULL (strstr (intro, ">= X"));
}

/* A ratio's interval in the form's glyphs: bounded, unbounded above,
 * none. */
static void
test_pair_interval (void)
{
  ReportPairRow both = { .ratio = (char *) "1.25", .low = (char *) "0.61",
                         .high = (char *) "2.70" };
  ReportPairRow open = { .ratio = (char *) "3.0", .low = (char *) "1.3" };
  ReportPairRow none = { .ratio = (char *) "3.0" };
  g_autofree char *a = report_pair_ratio (&both, &form);
  g_autofree char *b = report_pair_ratio (&open, &form);
  g_autofree char *c = report_pair_interval (&none, &form);
  g_autofree char *d = report_pair_interval (&open, &form);
  CU_ASSERT_STRING_EQUAL (a, "1.25 (0.61-2.70)");
  CU_ASSERT_STRING_EQUAL (b, "3.0 (>= 1.3)");
  CU_ASSERT_STRING_EQUAL (c, "n/a");
  CU_ASSERT_STRING_EQUAL (d, ">= 1.3");
}

/* The decimals of a topic's ratios: two significant digits of the
 * smallest ratio or bound above 0 (0 and infinite bounds aside), the
 * same on every row, from 0 to 4. */
static void
test_pair_decimals (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  /* enough articles each for intervals to be shown (profile_group_few) */
  for (guint i = 0; i < profile_n_groups (p); i++)
    ((ProfileGroup *) g_ptr_array_index (p->groups, i))->articles = PROFILE_FEW_ARTICLES;
  PairsTopic t1[2] = {
    { .ratio = 0.034, .ratio_low = 0.0, .ratio_high = 0.5 },
    { .ratio = 12.4, .ratio_low = 10.2, .ratio_high = 15.0 },
  };
  PairsTopic t2[2] = {
    { .ratio = 3.14159, .ratio_low = 2.0, .ratio_high = INFINITY },
    { .ratio = 0.00001, .ratio_low = NAN, .ratio_high = NAN },
  };
  PairsTopic t3[2] = {
    { .ratio = 12.4, .ratio_low = 10.6, .ratio_high = 15.0 },
    { .ratio = NAN, .ratio_low = NAN, .ratio_high = NAN },
  };
  PairsPair list[3] = { { 0, 1, t1 }, { 0, 2, t2 }, { 1, 2, t3 } };
  Pairs pairs = { p, 3, 3, 3, list };
  ReportCorpus corpus = { 0 };
  ReportOptions opts = { .top_terms = 5, .pairs = &pairs };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  const ReportPairRow *row[2][3];
  for (guint t = 0; t < 2; t++)
    for (guint k = 0; k < 3; k++)
      row[t][k] = g_ptr_array_index (m->pairs->rows[t], k);
  /* escalation: 0.034 the smallest, three decimals */
  CU_ASSERT_STRING_EQUAL (row[0][0]->ratio, "0.034");
  CU_ASSERT_STRING_EQUAL (row[0][0]->low, "0.000");
  CU_ASSERT_STRING_EQUAL (row[0][1]->ratio, "3.142");
  CU_ASSERT_STRING_EQUAL (row[0][1]->low, "2.000");
  CU_ASSERT_PTR_NULL (row[0][1]->high);
  CU_ASSERT_STRING_EQUAL (row[0][2]->high, "15.000");
  /* peace: 0.00001 at most four decimals; 10.2 alone would give none */
  CU_ASSERT_STRING_EQUAL (row[1][0]->ratio, "12.4000");
  CU_ASSERT_STRING_EQUAL (row[1][1]->ratio, "0.0000");
  CU_ASSERT_PTR_NULL (row[1][2]->ratio);
  PairsPair alone[1] = { { 0, 1, t3 } };
  Pairs big = { p, 3, 2, 1, alone };
  opts.pairs = &big;
  g_autoptr (ReportModel) m2 = report_model_new (p, NULL, &corpus, &opts);
  const ReportPairRow *r = g_ptr_array_index (m2->pairs->rows[0], 0);
  CU_ASSERT_STRING_EQUAL (r->ratio, "12");
  CU_ASSERT_STRING_EQUAL (r->low, "11");
}

/* Beyond REPORT_PAIRS_MAX groups no table, where to find it; one group
 * no part at all. */
static void
test_pairs_elsewhere (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  ProfileOptions popts = { .presence = 1, .resamples = 0,
                           .seed = PROFILE_SEED };
  g_autoptr (Profile) many = profile_new (lex, &popts);
  g_autoptr (Profile) one = profile_new (lex, &popts);
  for (guint k = 0; k <= REPORT_PAIRS_MAX; k++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", k);
      g_autoptr (ArticleScore) s = fixture_simple_score (id, id, 100, k, 1);
      profile_add (many, s);
      if (k == 0)
        profile_add (one, s);
    }
  profile_finish (many);
  profile_finish (one);
  ReportCorpus corpus = { 0 };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (many, NULL, &corpus, &opts);
  CU_ASSERT_PTR_NOT_NULL_FATAL (m->pairs);
  CU_ASSERT_PTR_NULL (m->pairs->rows);
  CU_ASSERT_PTR_NOT_NULL (strstr (m->pairs->elsewhere, "With 7 groups"));
  CU_ASSERT_PTR_NOT_NULL (strstr (m->pairs->elsewhere, "pairs.csv"));
  CU_ASSERT_PTR_NULL (strstr (m->pairs->elsewhere, "more than"));
  g_autoptr (Pairs) pairs = pairs_new (one, 0);
  opts.pairs = pairs;
  g_autoptr (ReportModel) m1 = report_model_new (one, NULL, &corpus, &opts);
  CU_ASSERT_PTR_NULL (m1->pairs);
  g_autofree char *capped = phrase_pairs_elsewhere (60, 50);
  CU_ASSERT_PTR_NOT_NULL (strstr (capped, "With more than 50 groups"));
}

/* The ratios rendered: the same cells in the text and on the page. */
static void
test_pairs_rendered (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  ReportCorpus corpus = { .source = "x.csv" };
  ReportOptions opts = { .top_terms = 5, .pairs = pairs };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  g_autofree char *text = render (m, TRUE);
  g_autofree char *page = render (m, FALSE);
  CU_ASSERT_EQUAL (markup_occurrences (text, phrase_pairs_title), 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "Even                 Hawk           "
                                  "       0.42 (n/a)                   -7.0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (page, "<td>Even</td>\n<td>Hawk</td>\n"
                                  "<td class=\"num\">0.42</td>\n"
                                  "<td class=\"num\">n/a</td>\n"
                                  "<td class=\"num\">-7.0</td>"));
  CU_ASSERT_EQUAL (markup_occurrences (page, "<table class=\"pairs\">"), 2);
  /* the part comes after the profile tables, before the shares */
  const char *part = strstr (text, phrase_pairs_title);
  CU_ASSERT_TRUE (part != NULL && part > strstr (text, "* marks")
                  && part < strstr (text, "Shares of the frames\n---"));
}

/* One number of decimals per table, for every row and interval: enough
 * to tell 0.29 from 0.30 in one table, one decimal in the other. */
static void
test_decimals (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  ProfileOptions opts = { .presence = 1, .resamples = 50,
                          .seed = PROFILE_SEED };
  g_autoptr (Profile) p = profile_new (lex, &opts);
  for (guint k = 0; k < PROFILE_FEW_ARTICLES; k++)
    {
      g_autofree char *a = g_strdup_printf ("a%u", k);
      g_autofree char *b = g_strdup_printf ("b%u", k);
      /* escalation: 3 in 10000 (0.30), 29 in 100000 (0.29); peace: 12
       * in 1000 (12.0) and 35 in 1000 (35.0) */
      g_autoptr (ArticleScore) sa = fixture_simple_score (a, "A", 10000, 3,
                                                          120);
      g_autoptr (ArticleScore) sb = fixture_simple_score (b, "B", 100000, 29,
                                                          3500);
      profile_add (p, sa);
      profile_add (p, sb);
    }
  profile_finish (p);
  ReportCorpus corpus = { 0 };
  ReportOptions ropts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &ropts);
  CU_ASSERT_EQUAL (report_model_topic (m, 0)->decimals, 2);
  CU_ASSERT_EQUAL (report_model_topic (m, 1)->decimals, 1);
  CU_ASSERT_STRING_EQUAL (group (m, 0)->cells[0].per_1k, "0.30");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->cells[0].per_1k, "0.29");
  CU_ASSERT_STRING_EQUAL (group (m, 0)->cells[0].ci_low, "0.30");
  CU_ASSERT_STRING_EQUAL (group (m, 0)->cells[1].per_1k, "12.0");
  CU_ASSERT_STRING_EQUAL (group (m, 1)->cells[1].per_1k, "35.0");
}

/* A model of groups NAMES (N of them), each of PROFILE_FEW_ARTICLES
 * articles of 1000 tokens with ESC[i] escalation and PEACE[i] peace hits
 * each. */
static ReportModel *
model_of (Profile **p, const FramingLexicon *lex, const char *const *names,
          const guint *esc, const guint *peace, guint n)
{
  ProfileOptions opts = { .presence = 1, .resamples = 10,
                          .seed = PROFILE_SEED };
  *p = profile_new (lex, &opts);
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < PROFILE_FEW_ARTICLES; k++)
      {
        g_autofree char *id = g_strdup_printf ("%s%u", names[i], k);
        g_autoptr (ArticleScore) s = fixture_simple_score (id, names[i],
                                                           1000, esc[i],
                                                           peace[i]);
        profile_add (*p, s);
      }
  profile_finish (*p);
  ReportCorpus corpus = { 0 };
  ReportOptions opts2 = { .top_terms = 5 };
  return report_model_new (*p, NULL, &corpus, &opts2);
}

/* Item K of group I's comparisons. */
#define compared(m, i, k) \
  ((const char *) g_ptr_array_index (group (m, i)->compare, k))

/* Each group against the others, topic by topic: first (most), last
 * (least, "no" words when none), neither, ties, two groups. */
static void
test_compare (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n", "truce\n");
  g_autoptr (Profile) p = make_profile (lex);
  ReportCorpus corpus = { 0 };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) m = report_model_new (p, NULL, &corpus, &opts);
  /* Even (5.0 and 5.0 per 1000), Hawk (12.0, 2.0), Mute (none). */
  CU_ASSERT_EQUAL_FATAL (group (m, 1)->compare->len, 1);
  CU_ASSERT_STRING_EQUAL (compared (m, 1, 0), "uses escalation words most: "
                          "30 hits, 12.0 per 1000 tokens; the others 0 to 2 "
                          "hits, 0.0 to 5.0 per 1000.");
  CU_ASSERT_EQUAL_FATAL (group (m, 0)->compare->len, 1);
  CU_ASSERT_STRING_EQUAL (compared (m, 0, 0), "uses peace words most: 2 "
                          "hits, 5.0 per 1000 tokens; the others 0 to 5 "
                          "hits, 0.0 to 2.0 per 1000.");
  CU_ASSERT_EQUAL_FATAL (group (m, 2)->compare->len, 2);
  CU_ASSERT_STRING_EQUAL (compared (m, 2, 0), "uses no escalation words; "
                          "the others 2 to 30 hits, 5.0 to 12.0 per 1000.");

  /* B ties A at the top of escalation: neither is first; C is last on
   * both; A is first on nothing and last on nothing but peace. */
  static const char *const names[] = { "A", "B", "C" };
  static const guint esc[] = { 8, 8, 2 }, peace[] = { 1, 3, 0 };
  g_autoptr (Profile) p3 = NULL;
  g_autoptr (ReportModel) m3 = model_of (&p3, lex, names, esc, peace, 3);
  CU_ASSERT_EQUAL_FATAL (group (m3, 0)->compare->len, 1);
  CU_ASSERT_STRING_EQUAL (compared (m3, 0, 0), phrase_compare_none);
  CU_ASSERT_EQUAL_FATAL (group (m3, 1)->compare->len, 1);
  CU_ASSERT_TRUE (g_str_has_prefix (compared (m3, 1, 0), "uses peace words "
                                    "most: 15 hits, 3.0 per 1000 tokens;"));
  CU_ASSERT_EQUAL_FATAL (group (m3, 2)->compare->len, 2);
  CU_ASSERT_STRING_EQUAL (compared (m3, 2, 0), "uses escalation words "
                          "least: 10 hits, 2.0 per 1000 tokens; the others "
                          "40 hits, 8.0 per 1000.");
  /* Escalation is every group's largest share: said once, not each. */
  CU_ASSERT_PTR_NULL (group (m3, 0)->dominant);
  const char *last = g_ptr_array_index (m3->balance_intro,
                                        m3->balance_intro->len - 1);
  CU_ASSERT_STRING_EQUAL (last, "Every group has the largest share of its "
                          "lexicon hits in escalation, so the dominant frame "
                          "does not tell these groups apart and is not "
                          "repeated for each.");

  /* Two groups: "the other", and the one behind is last. */
  static const guint esc2[] = { 8, 2 }, peace2[] = { 8, 1 };
  g_autoptr (Profile) p2 = NULL;
  g_autoptr (ReportModel) m2 = model_of (&p2, lex, names, esc2, peace2, 2);
  CU_ASSERT_EQUAL_FATAL (group (m2, 1)->compare->len, 2);
  CU_ASSERT_STRING_EQUAL (compared (m2, 1, 1), "uses peace words least: 5 "
                          "hits, 1.0 per 1000 tokens; the other 40 hits, 8.0 "
                          "per 1000.");
  /* A's escalation and peace are tied as its largest share, B's is
   * escalation: still every group's, said once, with the tie. */
  CU_ASSERT_PTR_NULL (group (m2, 0)->dominant);
  const char *tied = g_ptr_array_index (m2->balance_intro,
                                        m2->balance_intro->len - 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (tied, "in escalation (some tied with "
                                  "another topic)"));
  /* Peace leads in A, escalation in B: each group's own is said. */
  static const guint esc4[] = { 1, 8 }, peace4[] = { 8, 1 };
  g_autoptr (Profile) p4 = NULL;
  g_autoptr (ReportModel) m4 = model_of (&p4, lex, names, esc4, peace4, 2);
  CU_ASSERT_PTR_NOT_NULL (group (m4, 0)->dominant);
  CU_ASSERT_PTR_NOT_NULL (group (m4, 1)->dominant);
}

static const UnitCase cases[] = {
  { "free_null", test_free_null },
  { "groups", test_groups },
  { "example_spacing", test_example_spacing },
  { "example_context", test_example_context },
  { "prose", test_prose },
  { "interval", test_interval },
  { "decimals", test_decimals },
  { "compare", test_compare },
  { "two renderers", test_two_renderers },
  { "pairs part", test_pairs_part },
  { "pair interval", test_pair_interval },
  { "pair decimals", test_pair_decimals },
  { "pairs elsewhere", test_pairs_elsewhere },
  { "pairs rendered", test_pairs_rendered },
  { NULL, NULL },
};

UNIT_MAIN ("reportmodel", cases)
