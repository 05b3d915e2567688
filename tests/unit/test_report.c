/* test_report.c - unit tests of the plain-text report (report.c): layout
 * within 80 columns, the sections, the significance mark, --ascii,
 * "n/a" divergences, shortened group names, and marked examples. */
#include <math.h>
#include <string.h>

#include "lexicon.h"
#include "profile.h"
#include "report.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

#define LONG_NAME "The Extremely Long Name of a Regional Evening Newspaper " \
  "Group Édition"

/* The test lexicon: escalation (3 entries) and peace (2 entries). */
static FramingLexicon *
make_lexicon (void)
{
  return fixture_lexicon ("@description the language of armed conflict\n"
                          "offensive\nmajor offensive\nshelling\n",
                          "ceasefire\npeace talks\n");
}

/* Groups "Alpha" and NAME_B (3 articles each); with EMPTY, a third group
 * "Gamma" with no hits at all. */
static Profile *
make_profile (const FramingLexicon *lex, const char *name_b, gboolean empty)
{
  static const ProfilePair pair = { 0, 1 };
  ProfileOptions opts = { .presence = 3, .resamples = 200,
                          .seed = PROFILE_SEED, .balance = &pair,
                          .n_balance = 1 };
  Profile *p = profile_new (lex, &opts);
  for (guint k = 0; k < 3; k++)
    {
      const guint ha[2] = { 6 + k, 1 }, hb[2] = { 1, 5 + k }, no[2] = { 0, 1 };
      const ScoreEntryCount ea[] = { { 0, 0, 2 + k, 0 }, { 0, 1, 4, 0 },
                                     { 1, 0, 1, 0 } };
      const ScoreEntryCount eb[] = { { 0, 2, 1, 0 }, { 1, 0, 2, 0 },
                                     { 1, 1, 3 + k, 1 } };
      g_autofree char *ida = g_strdup_printf ("alpha/%u.txt", k);
      g_autofree char *idb = g_strdup_printf ("beta/%u.txt", k);
      g_autoptr (ArticleScore) a = fixture_score (ida, "Alpha", 1000, ha, no,
                                               ea, 3);
      g_autoptr (ArticleScore) b = fixture_score (idb, name_b, 800, hb, no,
                                               eb, 3);
      profile_add (p, a);
      profile_add (p, b);
    }
  if (empty)
    {
      const guint zero[2] = { 0, 0 };
      g_autoptr (ArticleScore) c = fixture_score ("gamma/0.txt", "Gamma", 500,
                                               zero, zero, NULL, 0);
      profile_add (p, c);
    }
  profile_finish (p);
  return p;
}

/* Examples: a plain hit for Alpha/escalation, a negated one for the
 * second group's peace. */
static KwicExamples *
make_examples (const char *name_b)
{
  KwicExamples *ex = kwic_examples_new (2);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, "The army launched a major offensive on Monday. "
                 "There were no peace talks, officials said.", -1);
  /* the(0) army(1) launched(2) a(3) major(4) offensive(5) on(6) monday(7)
   * there(8) were(9) no(10) peace(11) talks(12) */
  const MatchHit esc = { 0, 1, 4, 2, FALSE };
  const MatchHit pea = { 1, 1, 11, 2, TRUE };
  kwic_examples_offer (ex, "Alpha", "alpha/0.txt", toks, &esc,
                       "major offensive");
  kwic_examples_offer (ex, name_b, "beta/1.txt", toks, &pea, "peace talks");
  return ex;
}

/* The report of P and EX as a string. */
static char *
write_report (const Profile *p, const KwicExamples *ex, gboolean ascii,
              guint skipped)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_ptr_array_add (names, (char *) "broken.txt: no tokens");
  ReportCorpus corpus = { .source = "examples/manifest.csv",
                          .title = "Example\tcorpus", .group_by = "outlet", .negation_window = 3,
                          .invalid_utf8 = 2, .repeated_lines = 1,
                          .repeat_articles = 1,
                          .skipped = skipped,
                          .skipped_names = skipped > 0 ? names : NULL };
  ReportOptions opts = { .ascii = ascii, .top_terms = 5 };
  g_autoptr (ReportModel) model = report_model_new (p, ex, &corpus, &opts);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (report_write (f, model, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FALSE (ferror (f));
  fclose (f);
  return buf;
}

/* A fixture: lexicon, profile, examples and both reports. */
typedef struct {
  FramingLexicon *lex;
  Profile *p;
  KwicExamples *ex;
  char *text;
} Fixture;

static void
fixture_init (Fixture *fx, const char *name_b, gboolean empty, gboolean ascii)
{
  fx->lex = make_lexicon ();
  fx->p = make_profile (fx->lex, name_b, empty);
  fx->ex = make_examples (name_b);
  fx->text = write_report (fx->p, fx->ex, ascii, 1);
}

static void
fixture_clear (Fixture *fx)
{
  g_free (fx->text);
  kwic_examples_free (fx->ex);
  profile_free (fx->p);
  lexicon_free (fx->lex);
}

/* Whether a numbered heading ("N. Title" over a line of dashes) starts
 * at LINE. */
static gboolean
is_heading (const char *line)
{
  const char *nl = strchr (line, '\n');
  return g_ascii_isdigit (line[0]) && nl != NULL && nl[1] == '-';
}

/* The text of section HEADING, up to the next numbered heading. */
static char *
section (const char *text, const char *heading)
{
  const char *s = strstr (text, heading);
  if (s == NULL)
    return g_strdup ("");
  const char *e = strchr (s, '\n');
  while ((e = strstr (e, "\n\n")) != NULL && !is_heading (e + 2))
    e++;
  return e != NULL ? g_strndup (s, e + 1 - s) : g_strdup (s);
}

/* TEXT with each line break and the indentation after it as one space,
 * to look for wrapped prose. */
static char *
flatten (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strchug (parts[i]);
  return g_strjoinv (" ", parts);
}

/* Every line of TEXT holds at most 80 code points; none ends in a space. */
static void
assert_width (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      CU_ASSERT_TRUE (g_utf8_validate (lines[i], -1, NULL));
      glong n = g_utf8_strlen (lines[i], -1);
      if (n > 80)
        fprintf (stderr, "\nline %u too long (%ld): %s\n", i + 1, n,
                 lines[i]);
      CU_ASSERT_TRUE (n <= 80);
      CU_ASSERT_TRUE (*lines[i] == '\0'
                      || lines[i][strlen (lines[i]) - 1] != ' ');
    }
}

static const char *const headings[] = {
  "Framing report: Example corpus\n==============================\n",
  "\n1. The corpus\n-------------\n\n",
  "\n2. Profiles by topic\n--------------------\n\n",
  "\n3. Shares of the frames\n-----------------------\n\n",
  "\n4. How the groups differ\n------------------------\n\n",
  "\n5. How different the groups are\n-------------------------------\n\n",
  "\n6. Distinguishing entries\n-------------------------\n\n",
  "\n7. Example sentences\n--------------------\n\n",
  "\n8. How to read this\n-------------------\n\n",
  NULL
};

/* Each line fits 80 columns, Unicode and ASCII, long names included. */
static void
test_width (void)
{
  for (int ascii = 0; ascii < 2; ascii++)
    {
      Fixture fx;
      fixture_init (&fx, LONG_NAME, TRUE, ascii);
      if (g_getenv ("REPORT_DUMP") != NULL) /* to look at the report */
        fputs (fx.text, stderr);
      assert_width (fx.text);
      fixture_clear (&fx);
    }
}

/* Every section heading is there, in order, with its underline. */
static void
test_headings (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", FALSE, FALSE);
  const char *at = fx.text;
  CU_ASSERT_TRUE (g_str_has_prefix (fx.text, headings[0]));
  for (guint i = 0; headings[i] != NULL; i++)
    {
      const char *h = strstr (at, headings[i]);
      CU_ASSERT_PTR_NOT_NULL (h);
      if (h != NULL)
        at = h;
    }
  /* No two blank lines in a row. */
  CU_ASSERT_PTR_NULL (strstr (fx.text, "\n\n\n"));
  fixture_clear (&fx);
}

/* The corpus paragraph counts what was read, with singulars right. */
static void
test_corpus (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", FALSE, FALSE);
  g_autofree char *s = section (fx.text, "1. The corpus");
  g_autofree char *joined = flatten (s);
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "examples/manifest.csv, has 2 "
                                  "groups"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "\"outlet\""));
  /* 3 * 1000 + 3 * 800 tokens */
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "6 articles and 5,400 tokens"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "escalation (3 entries) and "
                                  "peace (2 entries)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "1 repeated line was skipped "
                                  "in 1 article"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "2 invalid UTF-8 sequences were "
                                  "replaced"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "1 input was skipped"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "up to 3 tokens"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "Skipped inputs:\n  - broken.txt: no "
                                  "tokens\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "  1  Alpha (3 articles, 3,000 "
                                  "tokens)\n  2  Beta (3 articles, 2,400 "
                                  "tokens)\n"));
  fixture_clear (&fx);
}

/* The row of GROUP in the Nth profile table of S, or NULL. */
static char *
table_row (const char *s, guint n, const char *group)
{
  const char *t = s;
  for (guint i = 0; i <= n; i++)
    {
      t = strstr (t, "\nGroup ");
      if (t == NULL)
        return NULL;
      t++;
    }
  g_autofree char *prefix = g_strconcat ("\n", group, " ", NULL);
  const char *row = strstr (t, prefix);
  if (row == NULL)
    return NULL;
  row++;
  return g_strndup (row, strchr (row, '\n') - row);
}

/* The mark "*" follows exactly the rows whose adjusted p is below 0.05,
 * whatever their z, in groups that are not a handful of articles (the
 * fixture's groups of 3 are counted as PROFILE_FEW_ARTICLES). */
static void
test_mark (void)
{
  Fixture fx;
  fx.lex = make_lexicon ();
  fx.p = make_profile (fx.lex, "Beta", FALSE);
  fx.ex = NULL;
  ProfileGroup *a = g_ptr_array_index (fx.p->groups, 0);
  ProfileGroup *b = g_ptr_array_index (fx.p->groups, 1);
  a->articles = b->articles = PROFILE_FEW_ARTICLES;
  for (guint t = 0; t < 2; t++)
    a->topics[t].p_adj = b->topics[t].p_adj = NAN; /* no test: no mark */
  a->topics[0].z = 1.96;
  a->topics[0].p_adj = 0.0499;  /* marked: below the bound */
  b->topics[0].z = -2.5;
  b->topics[0].p_adj = 0.01;    /* marked: the sign does not matter */
  a->topics[1].z = 9.5;
  a->topics[1].p_adj = 0.05;    /* not marked: the bound itself */
  b->topics[1].z = -1.2;
  fx.text = write_report (fx.p, NULL, FALSE, 0);
  g_autofree char *s = section (fx.text, "2. Profiles by topic");
  g_autofree char *a0 = table_row (s, 0, "Alpha");
  g_autofree char *b0 = table_row (s, 0, "Beta");
  g_autofree char *a1 = table_row (s, 1, "Alpha");
  g_autofree char *b1 = table_row (s, 1, "Beta");
  CU_ASSERT_PTR_NOT_NULL_FATAL (a0);
  CU_ASSERT_PTR_NOT_NULL_FATAL (b1);
  CU_ASSERT_TRUE (g_str_has_suffix (a0, " +1.96 *"));
  CU_ASSERT_TRUE (g_str_has_suffix (b0, " -2.50 *"));
  CU_ASSERT_TRUE (g_str_has_suffix (a1, " +9.50"));
  CU_ASSERT_TRUE (g_str_has_suffix (b1, " -1.20"));
  /* Exactly two marked rows in all the tables, and the note under them. */
  guint marks = 0;
  for (const char *m = s; (m = strstr (m, " *\n")) != NULL; m++)
    marks++;
  CU_ASSERT_EQUAL (marks, 2);
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\n* marks a rate that differs"));
  /* Alpha: 3 articles, pooled (6+7+8)/3000 -> 7.0 per 1000; share 21/24
   * = 87.5%; present: all 3 articles have >= 3 hits -> 100%. */
  CU_ASSERT_PTR_NOT_NULL (strstr (a0, "Alpha                       5  7.0 ("));
  CU_ASSERT_PTR_NOT_NULL (strstr (a0, "–"));
  CU_ASSERT_PTR_NOT_NULL (strstr (a0, " 87.5%     100%"));
  CU_ASSERT_PTR_NULL (strstr (fx.text, "fewer than 5 articles"));
  fixture_clear (&fx);
}

/* A handful of articles (fewer than PROFILE_FEW_ARTICLES) is never
 * marked and has no interval, whatever its p; the report says once that
 * it describes these articles, not the outlets, and has no word of
 * intervals or marks when every group is so small. */
static void
test_few (void)
{
  Fixture fx;
  fx.lex = make_lexicon ();
  fx.p = make_profile (fx.lex, "Beta", FALSE);
  fx.ex = NULL;
  ProfileGroup *a = g_ptr_array_index (fx.p->groups, 0);
  ProfileGroup *b = g_ptr_array_index (fx.p->groups, 1);
  CU_ASSERT_EQUAL_FATAL (a->articles, 3);
  a->topics[0].p_adj = b->topics[0].p_adj = 0.001;
  fx.text = write_report (fx.p, NULL, FALSE, 0);
  g_autofree char *s = section (fx.text, "2. Profiles by topic");
  g_autofree char *a0 = table_row (s, 0, "Alpha");
  CU_ASSERT_PTR_NOT_NULL_FATAL (a0);
  CU_ASSERT_PTR_NULL (strstr (s, " *\n"));
  CU_ASSERT_PTR_NULL (strstr (a0, "("));
  CU_ASSERT_PTR_NOT_NULL (strstr (a0, "Alpha                       3  7.0  "));
  CU_ASSERT_PTR_NULL (strstr (s, "95%"));
  CU_ASSERT_PTR_NULL (strstr (s, "interval"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "Nothing is marked"));
  g_autofree char *flat = flatten (fx.text);
  CU_ASSERT_PTR_NOT_NULL (strstr (flat, "Every group here has fewer than 5 "
                                  "articles."));
  CU_ASSERT_PTR_NOT_NULL (strstr (flat, "describes these articles, not the "
                                  "outlets"));
  g_free (fx.text);

  /* One group large enough: the other alone is named as few. */
  a->articles = PROFILE_FEW_ARTICLES;
  fx.text = write_report (fx.p, NULL, FALSE, 0);
  g_autofree char *flat2 = flatten (fx.text);
  CU_ASSERT_PTR_NOT_NULL (strstr (flat2, "Fewer than 5 articles in 2. Beta: "
                                  "for them this report describes those "
                                  "articles, not the outlets"));
  g_autofree char *s2 = section (fx.text, "2. Profiles by topic");
  g_autofree char *a2 = table_row (s2, 0, "Alpha");
  g_autofree char *b2 = table_row (s2, 0, "Beta");
  CU_ASSERT_TRUE (g_str_has_suffix (a2, " *"));
  CU_ASSERT_FALSE (g_str_has_suffix (b2, " *"));
  CU_ASSERT_PTR_NOT_NULL (strstr (a2, "–"));
  CU_ASSERT_PTR_NULL (strstr (b2, "("));
  fixture_clear (&fx);
}

/* Whether every non-ASCII character of TEXT occurs in ALLOWED. */
static gboolean
non_ascii_within (const char *text, const char *allowed)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x80 && g_utf8_strchr (allowed, -1, c) == NULL)
        {
          fprintf (stderr, "\nunexpected U+%04X\n", c);
          return FALSE;
        }
    }
  return TRUE;
}

/* --ascii: bars of '#', no Unicode but in names and example text. */
static void
test_ascii (void)
{
  const char *name = "Beta — Öffentlich";
  Fixture fx;
  fixture_init (&fx, name, TRUE, TRUE);
  /* Groups large enough for intervals and marks (and their glyphs). */
  for (guint i = 0; i < fx.p->groups->len; i++)
    ((ProfileGroup *) g_ptr_array_index (fx.p->groups, i))->articles
      = PROFILE_FEW_ARTICLES;
  g_free (fx.text);
  fx.text = write_report (fx.p, fx.ex, TRUE, 1);
  CU_ASSERT_TRUE (non_ascii_within (fx.text, name));
  CU_ASSERT_PTR_NOT_NULL (strstr (fx.text, "#####"));
  CU_ASSERT_PTR_NOT_NULL (strstr (fx.text, "* marks a rate that differs"));
  CU_ASSERT_PTR_NOT_NULL (strstr (fx.text, "Jensen-Shannon"));
  CU_ASSERT_PTR_NULL (strstr (fx.text, "█"));
  fixture_clear (&fx);

  /* The Unicode report does use block characters for the same profile. */
  fixture_init (&fx, name, TRUE, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (fx.text, "█"));
  CU_ASSERT_PTR_NULL (strstr (fx.text, "#####"));
  fixture_clear (&fx);
}

/* A bar is 50 cells for 100%: Alpha's escalation share 87.5% is 43.75
 * cells (43 full and 6 eighths), its peace share 12.5% is 6.25 cells. */
static void
test_bars (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", TRUE, FALSE);
  g_autofree char *s = section (fx.text, "3. Shares of the frames");
  GString *esc = g_string_new ("\n   escalation ");
  for (int i = 0; i < 43; i++)
    g_string_append (esc, "█");
  g_string_append (esc, "▊        87.5%\n");
  CU_ASSERT_PTR_NOT_NULL (strstr (s, esc->str));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\n   peace      ██████▎"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "3. Gamma\n   no lexicon hits\n"));
  g_string_free (esc, TRUE);
  fixture_clear (&fx);

  fixture_init (&fx, "Beta", TRUE, TRUE);
  g_autofree char *t = section (fx.text, "3. Shares of the frames");
  /* 43.75 cells round to 44 '#'. */
  g_autofree char *hashes = g_strnfill (44, '#');
  g_autofree char *want = g_strconcat ("\n   escalation ", hashes,
                                       "        87.5%\n", NULL);
  CU_ASSERT_PTR_NOT_NULL (strstr (t, want));
  fixture_clear (&fx);
}

/* A group with no hits: n/a in the divergence matrix, 0 elsewhere on the
 * diagonal, and "no lexicon hits" as its frame. */
static void
test_divergence_nan (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", TRUE, FALSE);
  CU_ASSERT_TRUE (isnan (profile_distance (fx.p, 0, 2)));
  g_autofree char *s = section (fx.text, "5. How different the groups are");
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\n                        1      2"
                                  "      3\n"));
  char want[128];
  char jsd[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (jsd, sizeof jsd, "%.3f", profile_distance (fx.p, 0, 1));
  g_snprintf (want, sizeof want, "\n1 Alpha             0.000  %s    n/a\n",
              jsd);
  CU_ASSERT_PTR_NOT_NULL (strstr (s, want));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\n3 Gamma               n/a    n/a"
                                  "    n/a\n"));
  g_autofree char *d = section (fx.text, "4. How the groups differ");
  CU_ASSERT_PTR_NOT_NULL (strstr (d, "3. Gamma: no lexicon hits"));
  fixture_clear (&fx);
}

/* A long group name is shortened with "…" in the tables and given in
 * full in the numbered legend. */
static void
test_long_name (void)
{
  Fixture fx;
  fixture_init (&fx, LONG_NAME, FALSE, FALSE);
  g_autofree char *corpus = section (fx.text, "1. The corpus");
  g_autofree char *joined = flatten (corpus);
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "2  " LONG_NAME " (3 articles"));
  CU_ASSERT_PTR_NOT_NULL (strstr (joined, "long names are shortened"));
  g_autofree char *s = section (fx.text, "2. Profiles by topic");
  /* 19 columns of the name, then the ellipsis: 20 in all. */
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\nThe Extremely Long…         3  "));
  CU_ASSERT_PTR_NULL (strstr (s, "Newspaper"));
  fixture_clear (&fx);

  fixture_init (&fx, "Beta", FALSE, FALSE);
  CU_ASSERT_PTR_NULL (strstr (fx.text, "long names are shortened"));
  fixture_clear (&fx);
}

/* The columns LINE takes on a terminal (wide characters count 2). */
static guint
columns (const char *line)
{
  guint w = 0;
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    w += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return w;
}

/* TEXT without its white space. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* A name of wide characters longer than a line is broken across lines in
 * the prose, counting two columns a character: no line takes more than
 * 80 columns, no line of prose more than 78, and no character is lost. */
static void
test_wide_name (void)
{
  GString *name = g_string_new (NULL);
  for (int i = 0; i < 12; i++)
    g_string_append (name, "\u4e2d\u6587\u65b0\u95fb"); /* 48 wide: 96 columns */
  Fixture fx;
  fixture_init (&fx, name->str, FALSE, FALSE);
  g_auto (GStrv) lines = g_strsplit (fx.text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (columns (lines[i]) > 80)
        fprintf (stderr, "\nline %u takes %u columns: %s\n", i + 1,
                 columns (lines[i]), lines[i]);
      CU_ASSERT_TRUE (columns (lines[i]) <= 80);
    }
  g_autofree char *corpus = section (fx.text, "1. The corpus");
  g_auto (GStrv) prose = g_strsplit (corpus, "\n", -1);
  for (guint i = 0; prose[i] != NULL; i++)
    CU_ASSERT_TRUE (columns (prose[i]) <= 78);
  g_autofree char *squeezed = squeeze (corpus);
  CU_ASSERT_PTR_NOT_NULL (strstr (squeezed, name->str));
  fixture_clear (&fx);
  g_string_free (name, TRUE);
}

/* Examples mark the hit [[...]], flag negated hits, name the article. */
static void
test_examples (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", FALSE, FALSE);
  g_autofree char *s = section (fx.text, "7. Example sentences");
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "1. Alpha, escalation\n   "
                                  "[alpha/0.txt] The army launched a "
                                  "[[major offensive]] on Monday.\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "1. Alpha, peace: no hit\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "2. Beta, peace\n   [beta/1.txt] "
                                  "(negated) There were no [[peace talks]], "
                                  "officials said.\n"));
  CU_ASSERT_PTR_NULL (strstr (s, "(negated) The army"));
  fixture_clear (&fx);
}

/* Balance: the lean follows the interval; the dominant frame is the
 * largest share. */
static void
test_balance (void)
{
  Fixture fx;
  fx.lex = make_lexicon ();
  fx.p = make_profile (fx.lex, "Beta", TRUE);
  fx.ex = NULL;
  ProfileGroup *a = g_ptr_array_index (fx.p->groups, 0);
  ProfileGroup *b = g_ptr_array_index (fx.p->groups, 1);
  ProfileGroup *c = g_ptr_array_index (fx.p->groups, 2);
  a->balance[0] = (ProfileBalance) { 1.234, 0.8, 1.7 };
  b->balance[0] = (ProfileBalance) { -0.5, -1.0, -0.01 };
  c->balance[0] = (ProfileBalance) { 0.0, -0.3, 0.3 };
  guint c_articles = c->articles;
  a->articles = b->articles = c->articles = PROFILE_FEW_ARTICLES;
  fx.text = write_report (fx.p, NULL, FALSE, 0);
  g_autofree char *d = section (fx.text, "4. How the groups differ");
  g_autofree char *s = flatten (d);
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "1. Alpha: the dominant frame is "
                                  "escalation (87.5% of its lexicon "
                                  "hits). - uses escalation words most"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "escalation vs peace: leans to "
                                  "escalation (logit 1.23, 95% interval "
                                  "0.80 to 1.70) "));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "2. Beta: the dominant frame is peace"));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "escalation vs peace: leans to peace "
                                  "(logit -0.50, 95% interval -1.00 to "
                                  "-0.01) "));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "escalation vs peace: no clear lean "
                                  "(logit 0.00, 95% interval -0.30 to "
                                  "0.30) "));
  /* A handful of articles has no interval: no lean is told, whatever the
   * logit. */
  c->articles = PROFILE_FEW_ARTICLES - 1;
  c->balance[0] = (ProfileBalance) { 2.0, 2.0, 2.0 };
  g_autofree char *one = write_report (fx.p, NULL, FALSE, 0);
  g_autofree char *one_d = section (one, "4. How the groups differ");
  g_autofree char *one_s = flatten (one_d);
  CU_ASSERT_PTR_NOT_NULL (strstr (one_s, "escalation vs peace: logit 2.00 "
                                  "(4 articles: too few to tell a lean)"));
  c->articles = c_articles;
  fixture_clear (&fx);
}

/* Distinguishing entries: only z > 0 with hits, largest z first, at most
 * top_terms. */
static void
test_terms (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", FALSE, FALSE);
  g_autofree char *s = section (fx.text, "6. Distinguishing entries");
  ProfileGroup *a = g_ptr_array_index (fx.p->groups, 0);
  /* Alpha used "offensive" and "major offensive", Beta only "shelling":
   * Alpha's z is positive for the first two, negative for shelling. */
  CU_ASSERT_TRUE (profile_group_term (fx.p, a, 0, 0)->z > 0 && profile_group_term (fx.p, a, 0, 1)->z > 0);
  CU_ASSERT_TRUE (profile_group_term (fx.p, a, 0, 2)->z < 0);
  const char *alpha = strstr (s, "1. Alpha\n");
  const char *beta = strstr (s, "2. Beta\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL (alpha);
  CU_ASSERT_PTR_NOT_NULL_FATAL (beta);
  g_autofree char *as = g_strndup (alpha, beta - alpha);
  const char *first = profile_group_term (fx.p, a, 0, 0)->z > profile_group_term (fx.p, a, 0, 1)->z ? "offensive"
                      : "major offensive";
  g_autofree char *want = g_strdup_printf ("hits  per 1000       z\n     %s ",
                                           first);
  CU_ASSERT_PTR_NOT_NULL (strstr (as, want));
  CU_ASSERT_PTR_NULL (strstr (as, "shelling"));
  CU_ASSERT_PTR_NOT_NULL (strstr (beta, "shelling"));
  CU_ASSERT_PTR_NOT_NULL (strstr (as, "   peace: none\n"));
  fixture_clear (&fx);
}

/* More than 24 groups: per group the most and least alike, no matrix. */
static void
test_many_groups (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  static const ProfilePair pair = { 0, 1 };
  ProfileOptions opts = { .presence = 3, .resamples = 50,
                          .seed = PROFILE_SEED, .balance = &pair,
                          .n_balance = 1 };
  g_autoptr (Profile) p = profile_new (lex, &opts);
  for (guint k = 0; k < 25; k++)
    {
      /* group k has k escalation hits and 24 - k peace hits */
      const guint hits[2] = { k, 24 - k }, no[2] = { 0, 0 };
      g_autofree char *id = g_strdup_printf ("%02u.txt", k);
      g_autofree char *group = g_strdup_printf ("Group %02u", k);
      g_autoptr (ArticleScore) a = fixture_score (id, group, 1000, hits, no,
                                               NULL, 0);
      profile_add (p, a);
    }
  profile_finish (p);
  g_autofree char *text = write_report (p, NULL, FALSE, 0);
  assert_width (text);
  g_autofree char *s = section (text, "5. How different the groups are");
  CU_ASSERT_PTR_NULL (strstr (s, "0.000  "));
  /* Group 00 (all peace) is most like Group 01 and least like Group 24
   * (all escalation). */
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "\n1. Group 00: most alike 2. Group 01 "
                                  "("));
  CU_ASSERT_PTR_NOT_NULL (strstr (s, "least alike 25. Group 24 (1.000)\n"));
}

/* The same profile gives the same bytes. */
/* With the provenance of its run, the report ends with it: the
 * paragraph, then the command line indented, within 80 columns; a
 * model without one has no such ending. */
static void
test_provenance (void)
{
  g_autoptr (FramingLexicon) lex = make_lexicon ();
  g_autoptr (Profile) p = make_profile (lex, "Beta", FALSE);
  static const char *const argv[] = {
    "/usr/local/bin/framing", "compare", "-L", "lexicons", "--balance",
    "escalation:peace", "-o", "reports of the week", "articles/2024",
    NULL };
  g_autoptr (Provenance) prov = fixture_provenance (lex, argv);
  ReportCorpus corpus = { .source = "x.csv", .provenance = prov };
  ReportOptions opts = { .top_terms = 5 };
  g_autoptr (ReportModel) model = report_model_new (p, NULL, &corpus, &opts);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (report_write (f, model, &error));
  fclose (f);
  g_autofree char *text = buf;
  assert_width (text);
  const char *made = strstr (text, "\n\nMade by framing ");
  CU_ASSERT_PTR_NOT_NULL_FATAL (made);
  /* A quoted argument is never broken over two lines. */
  CU_ASSERT_TRUE (g_str_has_suffix (made, "The command line:\n"
                                    "  framing compare -L lexicons --balance "
                                    "escalation:peace -o\n"
                                    "    'reports of the week' "
                                    "articles/2024\n"));
  /* The reading list is over before it. */
  CU_ASSERT_PTR_NOT_NULL (g_strstr_len (text, made - text, "How to read"));

  Fixture fx;
  fixture_init (&fx, "Beta", FALSE, FALSE);
  CU_ASSERT_PTR_NULL (strstr (fx.text, "Made by framing"));
  fixture_clear (&fx);
}

static void
test_deterministic (void)
{
  Fixture fx;
  fixture_init (&fx, "Beta", TRUE, FALSE);
  g_autofree char *again = write_report (fx.p, fx.ex, FALSE, 1);
  CU_ASSERT_STRING_EQUAL (fx.text, again);
  fixture_clear (&fx);
}

static const UnitCase cases[] = {
  { "every line fits 80 columns", test_width },
  { "every section heading", test_headings },
  { "corpus paragraph", test_corpus },
  { "significance mark where the adjusted p < 0.05", test_mark },
  { "no mark, no interval for a handful of articles", test_few },
  { "ascii output", test_ascii },
  { "bars in eighths and in #", test_bars },
  { "n/a divergence for a group with no hits", test_divergence_nan },
  { "long group names shortened with a legend", test_long_name },
  { "names of wide characters wrapped by columns", test_wide_name },
  { "examples marked and negated", test_examples },
  { "dominant frame and balance", test_balance },
  { "distinguishing entries", test_terms },
  { "many groups: nearest and farthest", test_many_groups },
  { "closing paragraph of provenance", test_provenance },
  { "deterministic", test_deterministic },
  { NULL, NULL }
};

UNIT_MAIN ("report", cases)
