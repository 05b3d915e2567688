/* test_phrases.c - unit tests of phrases.c (the sentences the text
 * report and the page share) and fmt_clean_text (). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fixture.h"
#include "fmt.h"
#include "phrases.h"
#include "profile.h"
#include "unit.h"

/* Groups of a hand-made profile: "Hawk" (5 articles, 6 escalation and 1
 * peace hit each), "Dove" (5 articles, 1 and 6), "Even" (1 article, 2
 * and 2), "Mute\t" (1 article, no hit; the tab shows as a space). */
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
      g_autofree char *d = g_strdup_printf ("d%u", k);
      g_autoptr (ArticleScore) hawk = fixture_simple_score (h, "Hawk", 500, 6, 1);
      g_autoptr (ArticleScore) dove = fixture_simple_score (d, "Dove", 500, 1, 6);
      profile_add (p, hawk);
      profile_add (p, dove);
    }
  g_autoptr (ArticleScore) even = fixture_simple_score ("e", "Even", 400, 2, 2);
  g_autoptr (ArticleScore) mute = fixture_simple_score ("m", "Mute\t", 300, 0, 0);
  profile_add (p, even);
  profile_add (p, mute);
  profile_finish (p);
  return p;
}

/* The group called NAME. */
static const ProfileGroup *
group (const Profile *p, const char *name)
{
  for (guint i = 0; i < profile_n_groups (p); i++)
    if (strcmp (profile_group_at (p, i)->name, name) == 0)
      return profile_group_at (p, i);
  CU_FAIL_FATAL ("no such group");
  return NULL;
}

static void
test_dominant (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\nshelling\n",
                                                    "ceasefire\n");
  g_autoptr (Profile) p = make_profile (lex);
  g_autofree char *hawk = phrase_dominant (p, group (p, "Hawk"));
  /* 18 of 21 weighted hits: 85.7%. */
  CU_ASSERT_STRING_EQUAL (hawk, "the dominant frame is escalation (85.7% of "
                          "its lexicon hits)");
  g_autofree char *even = phrase_dominant (p, group (p, "Even"));
  CU_ASSERT_STRING_EQUAL (even, "the dominant frames are escalation and "
                          "peace, tied at 50.0% of its lexicon hits each");
  g_autofree char *mute = phrase_dominant (p, group (p, "Mute\t"));
  CU_ASSERT_STRING_EQUAL (mute, "no lexicon hits, so no dominant frame");
}

static void
test_balance (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\nshelling\n",
                                                    "ceasefire\n");
  g_autoptr (Profile) p = make_profile (lex);
  /* Hawk: ln (30.5 / 5.5) = 1.713; every resample of its five identical
   * articles gives the same, so the interval is that point. */
  g_autofree char *hawk = phrase_balance (p, group (p, "Hawk"), 0);
  CU_ASSERT_STRING_EQUAL (hawk, "escalation vs peace: leans to escalation "
                          "(logit 1.71, 95% interval 1.71 to 1.71)");
  g_autofree char *dove = phrase_balance (p, group (p, "Dove"), 0);
  CU_ASSERT_STRING_EQUAL (dove, "escalation vs peace: leans to peace "
                          "(logit -1.71, 95% interval -1.71 to -1.71)");
  g_autofree char *even = phrase_balance (p, group (p, "Even"), 0);
  CU_ASSERT_STRING_EQUAL (even, "escalation vs peace: logit 0.00 (1 "
                          "article: too few to tell a lean)");
}

static void
test_corpus_and_lexicons (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\nshelling\n",
                                                    "ceasefire\n");
  g_autoptr (Profile) p = make_profile (lex);
  g_autofree char *lexs = phrase_lexicon_summary (p);
  CU_ASSERT_STRING_EQUAL (lexs, "escalation (2 entries) and peace (1 entry)");
  ReportCorpus c = { .source = "in\nbox", .group_by = NULL,
                     .negation_window = 0, .invalid_utf8 = 1,
                     .repeated_lines = 2, .repeat_articles = 2,
                     .skipped = 0 };
  g_autofree char *corpus = phrase_corpus (p, &c);
  CU_ASSERT_STRING_EQUAL (corpus,
    "The corpus, read from in box, has 4 groups (articles grouped by their "
    "\"outlet\"), 12 articles and 5,700 tokens. The lexicons have 2 topics: "
    "escalation (2 entries) and peace (1 entry). While reading, 2 repeated "
    "lines were skipped in 2 articles, 1 invalid UTF-8 sequence was "
    "replaced, and 0 inputs were skipped (unreadable or empty). Negation "
    "was not looked for (negation window 0): every hit counts.");
  /* The articles are named only when some line was skipped, with the
   * closing note's words ("1 repeated line skipped in 1 article"). */
  c.repeated_lines = 1;
  c.repeat_articles = 1;
  g_autofree char *one = phrase_corpus (p, &c);
  CU_ASSERT (strstr (one, "While reading, 1 repeated line was skipped in "
                     "1 article, 1 invalid") != NULL);
  c.repeated_lines = 0;
  c.repeat_articles = 0;
  g_autofree char *none = phrase_corpus (p, &c);
  CU_ASSERT (strstr (none, "While reading, 0 repeated lines were skipped, "
                     "1 invalid") != NULL);
  g_autofree char *neg = phrase_negation (1);
  CU_ASSERT (strstr (neg, "up to 1 token before it") != NULL);
}

static void
test_nearest (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\nshelling\n",
                                                    "ceasefire\n");
  g_autoptr (Profile) p = make_profile (lex);
  /* Groups by name: Dove(1) Even(2) Hawk(3) Mute(4).  Dove's shares are
   * 1/7 and 6/7: Even (1/2, 1/2) is nearer than Hawk (6/7, 1/7); Mute has
   * no hits, so no distance. */
  const guint all[] = { 0, 1, 2, 3 };
  g_autofree char *dove = phrase_nearest (p, all, 4, 0);
  CU_ASSERT (g_str_has_prefix (dove, "Dove: most alike 2. Even ("));
  CU_ASSERT (strstr (dove, "least alike 3. Hawk (") != NULL);
  g_autofree char *mute = phrase_nearest (p, all, 4, 3);
  CU_ASSERT_STRING_EQUAL (mute, "Mute : n/a");
  /* among some groups only, each numbered by its place among all */
  const guint some[] = { 0, 2, 3 };
  g_autofree char *two = phrase_nearest (p, some, 3, 0);
  CU_ASSERT (g_str_has_prefix (two, "Dove: most alike 3. Hawk ("));
  CU_ASSERT (strstr (two, "least alike 3. Hawk (") != NULL);
}

/* The note of a report that leaves groups out counts them and their
 * articles. */
static void
test_groups_left_out (void)
{
  g_autofree char *s = phrase_groups_left_out (1200, 50, 1);
  CU_ASSERT (strstr (s, "There are 1,200 groups; this report shows the 50 "
                     "with the most articles") != NULL);
  CU_ASSERT (strstr (s, "It leaves out 1,150 groups with 1 article in all")
             != NULL);
  g_autofree char *t = phrase_groups_left_out (52, 50, 3456);
  CU_ASSERT (strstr (t, "leaves out 2 groups with 3,456 articles") != NULL);
}

/* The command line as a shell would take it again, and nothing that
 * could disturb a terminal. */
static void
test_command_line (void)
{
  static const char *const argv[] = { "/opt/bin/framing", "compare", "-o",
                                      "out dir", "it's", "", "a\nb",
                                      "-L", "lex/x.lex", "--balance=a:b",
                                      "$HOME", NULL };
  g_auto (GStrv) words = phrase_command_words (argv);
  g_autofree char *cmd = g_strjoinv (" ", words);
  CU_ASSERT_STRING_EQUAL (cmd, "framing compare -o 'out dir' 'it'\\''s' '' "
                          "'a b' -L lex/x.lex --balance=a:b '$HOME'");
  CU_ASSERT_EQUAL (g_strv_length (words), 11);
  CU_ASSERT_STRING_EQUAL (words[3], "'out dir'");
  static const char *const alone[] = { "framing", NULL };
  g_auto (GStrv) one = phrase_command_words (alone);
  CU_ASSERT_STRING_EQUAL (one[0], "framing");
  CU_ASSERT_PTR_NULL (one[1]);
}

/* The closing paragraph: version, lexicons with short hashes, seed and
 * resamples; never the time or the working directory. */
static void
test_provenance (void)
{
  g_autoptr (FramingLexicon) lex = fixture_lexicon ("attack\n",
                                                    "ceasefire\n");
  static const char *const argv[] = { "framing", "compare", NULL };
  g_autoptr (Provenance) p = fixture_provenance (lex, argv);
  g_autofree char *esc = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                        "escalation", -1);
  g_autofree char *pea = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                        "peace", -1);
  g_autofree char *text = phrase_provenance (p);
  g_autofree char *want = g_strdup_printf (
      "Made by framing %s. The lexicon files, each with the first 8 digits "
      "of its SHA-256: escalation.lex %.8s and peace.lex %.8s. The "
      "intervals come from 200 bootstrap resamples with the seed "
      "0x6672616d696e6721. The run.json that framing compare -o writes has "
      "the whole record, with the inputs' hashes. The command line:",
      PACKAGE_VERSION, esc, pea);
  CU_ASSERT_STRING_EQUAL (text, want);
  CU_ASSERT_PTR_NULL (strstr (text, provenance_working_directory (p)));
  CU_ASSERT_PTR_NULL (strstr (text, provenance_started (p)));
}

static void
test_clean_text (void)
{
  g_autofree char *a = fmt_clean_text ("a\tb\x01" "c\xc2\x85" "d\xe2\x80\xa8" "e");
  CU_ASSERT_STRING_EQUAL (a, "a b c d e");
  g_autofree char *b = fmt_clean_text ("caf\xc3\xa9 \xff!");
  CU_ASSERT_STRING_EQUAL (b, "caf\xc3\xa9 \xef\xbf\xbd!");
  g_autofree char *c = fmt_clean_text (NULL);
  CU_ASSERT_STRING_EQUAL (c, "");
}

/* The notes on concentrated hits: articles, a cluster, or both. */
static void
test_concentrated (void)
{
  g_autofree char *both = phrase_concentrated ("left", "peace", 5, 1063, 0.52,
                                               "outlet", "CNN", 0.61);
  CU_ASSERT_STRING_EQUAL (both, "left, peace: 5 of its 1,063 articles hold "
                          "52.0% of the weighted hits, and one outlet, CNN, "
                          "holds 61.0%.");
  g_autofree char *few = phrase_concentrated ("g", "aid", 3, 40, 1.0, NULL,
                                              NULL, NAN);
  CU_ASSERT_STRING_EQUAL (few, "g, aid: 3 of its 40 articles hold 100.0% of "
                          "the weighted hits.");
  g_autofree char *one = phrase_concentrated ("g", "aid", 0, 40, 0.2, "story",
                                              "s1", 0.75);
  CU_ASSERT_STRING_EQUAL (one, "g, aid: one story, s1, holds 75.0% of the "
                          "weighted hits.");
  g_autofree char *intro = phrase_concentrated_intro (NULL);
  CU_ASSERT_PTR_NULL (strstr (intro, "one"));
}

/* A group against the others on one topic, in plain words. */
static void
test_compare_topic (void)
{
  g_autofree char *most = phrase_compare_topic ("casualties", TRUE, 10,
                                                "19.80", 4, 0, 1, "0.00",
                                                "2.02");
  CU_ASSERT_STRING_EQUAL (most, "uses casualties words most: 10 hits, 19.80 "
                          "per 1000 tokens; the others 0 to 1 hits, 0.00 to "
                          "2.02 per 1000");
  g_autofree char *least = phrase_compare_topic ("aid", FALSE, 1, "1.6", 1,
                                                 4, 4, "7.3", "7.3");
  CU_ASSERT_STRING_EQUAL (least, "uses aid words least: 1 hit, 1.6 per 1000 "
                          "tokens; the other 4 hits, 7.3 per 1000");
  g_autofree char *none = phrase_compare_topic ("peace\tmaker", FALSE, 0,
                                                "0.0", 2, 1, 1, "0.9",
                                                "1.2");
  CU_ASSERT_STRING_EQUAL (none, "uses no peace maker words; the others 1 "
                          "hit, 0.9 to 1.2 per 1000");
  g_autofree char *same = phrase_same_dominant ("escalation", FALSE);
  CU_ASSERT_TRUE (g_str_has_prefix (same, "Every group has the largest "
                                    "share of its lexicon hits in "
                                    "escalation, so"));
  g_autofree char *all = phrase_balance_intro (PHRASE_FEW_ALL);
  g_autofree char *some = phrase_balance_intro (PHRASE_FEW_SOME);
  CU_ASSERT_PTR_NULL (strstr (all, "interval"));
  CU_ASSERT_PTR_NOT_NULL (strstr (some, "95% interval"));
}

/* The list of a group's articles and the span of the corpus's dates:
 * a warning only beyond the days allowed. */
static void
test_headlines_and_span (void)
{
  g_autofree char *full = phrase_headline ("2023-02-13", "NATO says", "CGTN",
                                           "000.txt");
  CU_ASSERT_STRING_EQUAL (full, "2023-02-13: NATO says (CGTN, 000.txt)");
  g_autofree char *bare = phrase_headline ("", "", NULL, "a.txt");
  CU_ASSERT_STRING_EQUAL (bare, "no date: no title (a.txt)");
  g_autofree char *more = phrase_headlines_more (1234);
  CU_ASSERT_STRING_EQUAL (more, "and 1,234 more articles");
  g_autofree char *far = phrase_span ("2022-04-05", "2023-02-14", 315, 7, 0);
  CU_ASSERT_STRING_EQUAL (far, "The articles are dated from 2022-04-05 to "
                          "2023-02-14, 315 days apart: articles so far apart "
                          "may not report the same event, and their words "
                          "may differ for that reason alone.");
  g_autofree char *near = phrase_span ("2023-02-13", "2023-02-20", 7, 7, 1);
  CU_ASSERT_STRING_EQUAL (near, "The articles are dated from 2023-02-13 to "
                          "2023-02-20. 1 article has no readable date.");
  g_autofree char *one = phrase_span ("2023-02-13", "2023-02-13", 0, 7, 2);
  CU_ASSERT_STRING_EQUAL (one, "The articles are all dated 2023-02-13. 2 "
                          "articles have no readable date.");
}

static const UnitCase cases[] = {
  { "concentrated hits", test_concentrated },
  { "dominant frame", test_dominant },
  { "balance", test_balance },
  { "corpus paragraph and lexicons", test_corpus_and_lexicons },
  { "nearest groups", test_nearest },
  { "groups left out", test_groups_left_out },
  { "a group against the others", test_compare_topic },
  { "articles and their dates", test_headlines_and_span },
  { "fmt_clean_text", test_clean_text },
  { "command line", test_command_line },
  { "provenance paragraph", test_provenance },
  { NULL, NULL },
};

UNIT_MAIN ("phrases", cases)
