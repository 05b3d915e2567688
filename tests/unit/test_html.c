/* test_html.c - unit tests of report.html (html.c): well-formed, every
 * piece of corpus text escaped (outlets, ids, sentences, skipped inputs,
 * the source), hits in <mark> and negated hits marked, the significance
 * mark, "n/a" intervals, the inlined chart, the same wording as
 * report.txt, deterministic output. */
#include <math.h>
#include <string.h>

#include "html.h"
#include "lexicon.h"
#include "markup.h"
#include "profile.h"
#include "report.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

#define HOSTILE "<script>alert(1)</script> & \"Co\""
#define SOURCE "<i>stories</i>/manifest.csv & co"
#define SKIPPED "<img src=x onerror=alert(1)>.txt: no tokens"
/* A command line with markup in it, as the reports show it. */
#define COMMAND "framing compare -o '<b>out</b>' 'a&b'"
static const char *const hostile_argv[] = { "/usr/bin/framing", "compare",
                                            "-o", "<b>out</b>", "a&b",
                                            NULL };

/* One hand-made article score: TOKENS tokens, ESC escalation hits (entry
 * "offensive") and PEACE peace hits (entry "ceasefire"), weight 1. */
static ArticleScore *
make_score (const char *id, const char *group, guint tokens, guint esc,
            guint peace)
{
  return fixture_simple_score (id, group, tokens, esc, peace);
}

/* The test lexicon: escalation (3 entries) and peace (2 entries). */
static FramingLexicon *
make_lexicon (void)
{
  return fixture_lexicon ("@description words of <war> & strife\n"
                          "offensive\nmajor offensive\nshelling\n",
                          "ceasefire\npeace talks\n");
}

/* "Alpha": two articles of 1000 tokens, with 30 escalation hits each and
 * 2 and 3 peace hits (escalation share 60 / 65 = 92.3%).  HOSTILE: one
 * article of 1000 tokens, 3 escalation and 30 peace hits (peace share
 * 30 / 33 = 90.9%; balance logit ln (3.5 / 30.5) = -2.165, no interval).
 * Balance escalation:peace. */
static Profile *
make_profile (const FramingLexicon *lex)
{
  static const ProfilePair pair = { 0, 1 };
  ProfileOptions opts = { .presence = 3, .resamples = 200,
                          .seed = PROFILE_SEED, .balance = &pair,
                          .n_balance = 1 };
  Profile *p = profile_new (lex, &opts);
  g_autoptr (ArticleScore) a1 = make_score ("alpha/1.txt", "Alpha", 1000, 30,
                                            2);
  g_autoptr (ArticleScore) a2 = make_score ("alpha/2.txt", "Alpha", 1000, 30,
                                            3);
  g_autoptr (ArticleScore) b = make_score ("h/1.txt", HOSTILE, 1000, 3, 30);
  profile_add (p, a1);
  profile_add (p, a2);
  profile_add (p, b);
  profile_finish (p);
  return p;
}

/* Examples with markup in the text and the id: a plain escalation hit
 * for Alpha, a negated peace hit for HOSTILE. */
static KwicExamples *
make_examples (void)
{
  KwicExamples *ex = kwic_examples_new (2);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "The army & <b>co</b> launched a major offensive. "
                 "There were no peace talks, officials said.", -1);
  /* the(0) army(1) b(2) co(3) b(4) launched(5) a(6) major(7)
   * offensive(8) there(9) were(10) no(11) peace(12) talks(13) */
  const MatchHit esc = { 0, 1, 7, 2, FALSE };
  const MatchHit pea = { 1, 1, 12, 2, TRUE };
  kwic_examples_offer (ex, "Alpha", "alpha/<u>1</u>.txt", toks, &esc,
                       "major offensive");
  kwic_examples_offer (ex, HOSTILE, "h/1.txt", toks, &pea, "peace talks");
  return ex;
}

/* The corpus description used by both reports. */
static ReportCorpus
make_corpus (GPtrArray *names)
{
  g_ptr_array_add (names, (char *) SKIPPED);
  return (ReportCorpus) { .source = SOURCE, .group_by = "outlet",
                          .negation_window = 3, .invalid_utf8 = 0,
                          .repeated_lines = 1, .repeat_articles = 1,
                          .skipped = 1,
                          .skipped_names = names };
}

/* The page (or, with TEXT, report.txt) of P and EX as a string. */
static char *
write_page (const Profile *p, const KwicExamples *ex, gboolean text)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  ReportCorpus corpus = make_corpus (names);
  g_autoptr (Provenance) prov = fixture_provenance (p->lexicon,
                                                    hostile_argv);
  corpus.provenance = prov;
  ReportOptions opts = { .ascii = FALSE, .top_terms = 5 };
  g_autoptr (ReportModel) model = report_model_new (p, ex, &corpus, &opts);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (text ? report_write (f, model, &error)
                  : html_write (f, model, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FALSE (ferror (f));
  fclose (f);
  return buf;
}

/* Well-formed, and every hostile string is text, never markup. */
static void
test_escaping (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (KwicExamples) ex = make_examples ();
  g_autofree char *html = write_page (p, ex, FALSE);
  g_autoptr (GError) error = NULL;
  g_autoptr (MarkupDoc) doc = markup_parse (html, &error);
  if (error != NULL)
    fprintf (stderr, "\n%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (doc->elements, 0), "html");
  for (const char *const *tag = (const char *const[]) { "script", "b", "i",
                                                        "u", "img", NULL };
       *tag != NULL; tag++)
    CU_ASSERT_EQUAL (markup_count (doc, *tag), 0);
  CU_ASSERT_PTR_NULL (strstr (html, "<script"));
  CU_ASSERT_PTR_NULL (strstr (html, "<img"));
  /* the reader sees each string as it was */
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, HOSTILE));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, SOURCE));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, SKIPPED));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, "[alpha/<u>1</u>.txt]"));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, "The army & <b>co</b> "
                                  "launched a major offensive."));
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, "words of <war> & "
                                  "strife"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<title>Framing report: "
                                  "&lt;i&gt;stories&lt;/i&gt;/manifest.csv "
                                  "&amp; co</title>"));
  /* The page ends with the provenance and the command line, escaped. */
  CU_ASSERT_PTR_NOT_NULL (strstr (doc->text->str, COMMAND));
  const char *made = strstr (html, "<p>Made by framing ");
  CU_ASSERT_PTR_NOT_NULL_FATAL (made);
  CU_ASSERT_TRUE (g_str_has_suffix (made, "The command line:</p>\n"
                                    "<p><code>framing compare -o "
                                    "&#39;&lt;b&gt;out&lt;/b&gt;&#39; "
                                    "&#39;a&amp;b&#39;</code></p>\n"
                                    "</footer>\n</body>\n</html>\n"));
}

/* The hit is in <mark>, punctuation glued to it as written; a negated
 * hit is labelled and struck through. */
static void
test_marks (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (KwicExamples) ex = make_examples ();
  g_autofree char *html = write_page (p, ex, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<p class=\"ex\"><span class=\"id\">"
                                  "[alpha/&lt;u&gt;1&lt;/u&gt;.txt]</span> "
                                  "The army &amp; &lt;b&gt;co&lt;/b&gt; "
                                  "launched a <mark>major offensive</mark>."
                                  "</p>"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<p class=\"ex\"><span class=\"id\">"
                                  "[h/1.txt]</span> <em class=\"neglabel\">"
                                  "(negated)</em> There were no <mark "
                                  "class=\"negated\">peace talks</mark>, "
                                  "officials said.</p>"));
  /* Alpha has no peace example, the other group no escalation one */
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<h4>peace: no hit</h4>"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<h4>escalation: no hit</h4>"));
}

/* One significance mark per adjusted p < 0.05; no interval for the
 * one-article group (a handful); the same dominant frame and balance as
 * report.txt. */
static void
test_tables (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  /* three articles give no test a small p: mark one cell by hand, in a
   * group counted as large enough to be marked */
  ProfileGroup *alpha = NULL;
  for (guint i = 0; i < p->groups->len; i++)
    if (strcmp (((ProfileGroup *) g_ptr_array_index (p->groups, i))->name,
                "Alpha") == 0)
      alpha = g_ptr_array_index (p->groups, i);
  CU_ASSERT_PTR_NOT_NULL_FATAL (alpha);
  alpha->topics[1].p_adj = 0.01;
  alpha->articles = PROFILE_FEW_ARTICLES;
  g_autofree char *html = write_page (p, NULL, FALSE);
  g_autofree char *wrapped = write_page (p, NULL, TRUE);
  /* report.txt wraps its lines: join them */
  g_autoptr (GRegex) ws = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (ws, wrapped, -1, 0, " ",
                                                   0, NULL);
  guint marked = 0;
  for (guint i = 0; i < p->groups->len; i++)
    for (guint t = 0; t < 2; t++)
      {
        const ProfileGroup *g = g_ptr_array_index (p->groups, i);
        marked += g->topics[t].p_adj < 0.05;
      }
  CU_ASSERT_TRUE (marked > 0);
  CU_ASSERT_EQUAL (markup_occurrences (html, "<td class=\"num sig\">"),
                   marked);
  CU_ASSERT_EQUAL (markup_occurrences (html, "&#160;*</td>"), marked);
  /* the one-article group: no interval in either table */
  CU_ASSERT_EQUAL (markup_occurrences (html, "<td class=\"num\"></td>"),
                   2);
  CU_ASSERT_EQUAL (markup_occurrences (html, "<th class=\"num\">95% "
                                       "interval</th>"), 2);
  static const char *const same[] = {
    "the dominant frame is escalation (92.3% of its lexicon hits)",
    "the dominant frame is peace (90.9% of its lexicon hits)",
    "logit -2.16 (1 article: too few to tell a lean)",
  };
  for (guint k = 0; k < G_N_ELEMENTS (same); k++)
    {
      CU_ASSERT_PTR_NOT_NULL (strstr (html, same[k]));
      CU_ASSERT_PTR_NOT_NULL (strstr (text, same[k]));
    }
}

/* Self-contained: the chart inlined once, no script, no link, no XML
 * declaration inside; print rules present. */
static void
test_self_contained (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  g_autofree char *html = write_page (p, NULL, FALSE);
  CU_ASSERT_TRUE (g_str_has_prefix (html, "<!DOCTYPE html>\n<html "));
  CU_ASSERT_TRUE (g_str_has_suffix (html, "</html>\n"));
  CU_ASSERT_EQUAL (markup_occurrences (html, "<svg xmlns=\"http://www.w3.org"
                                       "/2000/svg\""), 1);
  CU_ASSERT_PTR_NULL (strstr (html, "<?xml"));
  CU_ASSERT_PTR_NULL (strstr (html, "<link"));
  CU_ASSERT_PTR_NULL (strstr (html, "https:"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "@media print{"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "@page{"));
  g_autoptr (GError) error = NULL;
  g_autoptr (MarkupDoc) doc = markup_parse (html, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_EQUAL (markup_count (doc, "svg"), 1);
  CU_ASSERT_EQUAL (markup_count (doc, "script"), 0);
  CU_ASSERT_EQUAL (markup_count (doc, "h2"), 9);
}

/* report.txt and the page of the model DATA, written to OUT. */
static gboolean
text_of (FILE *out, gconstpointer data, GError **error)
{
  return report_write (out, data, error);
}

static gboolean
page_of (FILE *out, gconstpointer data, GError **error)
{
  return html_write (out, data, error);
}

/* A full disk: both renderers of one model say so through their error,
 * not by a stream left for the caller to check. */
static void
test_write_error (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  ReportCorpus corpus = make_corpus (names);
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) model = report_model_new (p, NULL, &corpus, &opts);
  fixture_check_full_disk (text_of, model);
  fixture_check_full_disk (page_of, model);
}

/* Same input, same bytes. */
static void
test_deterministic (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex);
  g_autoptr (Profile) q = make_profile (lex);
  g_autoptr (KwicExamples) ex = make_examples ();
  g_autofree char *a = write_page (p, ex, FALSE);
  g_autofree char *b = write_page (q, ex, FALSE);
  CU_ASSERT_STRING_EQUAL (a, b);
}

static const UnitCase cases[] = {
  { "escaping", test_escaping },
  { "marks", test_marks },
  { "tables", test_tables },
  { "self-contained", test_self_contained },
  { "deterministic", test_deterministic },
  { "write error", test_write_error },
  { NULL, NULL }
};

UNIT_MAIN ("html", cases)
