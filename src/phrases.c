/* phrases.c - the sentences of the text report, the HTML page, the
 * articles page and the worksheet; see phrases.h.
 *
 * It is longer than the other files (about 1,000 lines) on purpose:
 * every sentence the reports say is here and nowhere else, so that a
 * reader (or a translator) finds them together and none is written
 * twice.  The functions are short, one sentence or paragraph each, in
 * the order the reports use them.
 */
#include "config.h"

#include "phrases.h"

#include <math.h>
#include <string.h>

#include "fmt.h"
#include "reportmodel.h"

/* "escalation (86 entries), peace (72 entries) and aid (40 entries)". */
char *
phrase_lexicon_summary (const Profile *p)
{
  GString *s = g_string_new (NULL);
  for (guint t = 0; t < profile_n_topics (p); t++)
    {
      const LexTopic *topic = profile_topic (p, t);
      g_autofree char *name = fmt_clean_text (topic->name);
      g_autofree char *n = fmt_count_noun (topic->entries->len, "entry",
                                       "entries");
      if (t > 0)
        g_string_append (s, t + 1 == profile_n_topics (p) ? " and " : ", ");
      g_string_append_printf (s, "%s (%s)", name, n);
    }
  return g_string_free (s, FALSE);
}

/* "the dominant frame is escalation (45.3% of its lexicon hits)", or the
 * tied topics, or "no lexicon hits".  Newly allocated. */
char *
phrase_dominant (const Profile *p, const ProfileGroup *g)
{
  if (profile_group_weighted (p, g) <= 0)
    return g_strdup ("no lexicon hits, so no dominant frame");
  double best = 0;
  guint n_best = 0;
  for (guint t = 0; t < profile_n_topics (p); t++)
    best = MAX (best, g->topics[t].share);
  GString *names = g_string_new (NULL);
  for (guint t = 0; t < profile_n_topics (p); t++)
    if (g->topics[t].share == best)
      {
        g_autofree char *name = fmt_clean_text (profile_topic (p, t)->name);
        if (n_best++ > 0)
          g_string_append (names, " and ");
        g_string_append (names, name);
      }
  g_autofree char *pct = fmt_percent (best, 1);
  g_autofree char *list = g_string_free (names, FALSE);
  if (n_best > 1)
    return g_strdup_printf ("the dominant frames are %s, tied at %s of its "
                            "lexicon hits each", list, pct);
  return g_strdup_printf ("the dominant frame is %s (%s of its lexicon "
                          "hits)", list, pct);
}

/* "N hits" or "N to M hits" (newly allocated). */
static char *
hits_range (guint64 lo, guint64 hi)
{
  char a[32], b[32];
  fmt_count (a, lo);
  fmt_count (b, hi);
  return lo == hi ? g_strdup_printf ("%s %s", a, hi == 1 ? "hit" : "hits")
    : g_strdup_printf ("%s to %s hits", a, b);
}

char *
phrase_compare_topic (const char *topic, gboolean most, guint64 hits,
                      const char *rate, guint others, guint64 hits_lo,
                      guint64 hits_hi, const char *rate_lo,
                      const char *rate_hi)
{
  const char *the = others == 1 ? "the other" : "the others";
  g_autofree char *name = fmt_clean_text (topic);
  g_autofree char *mine = hits_range (hits, hits);
  g_autofree char *theirs = hits_range (hits_lo, hits_hi);
  g_autofree char *rates = strcmp (rate_lo, rate_hi) == 0
    ? g_strdup (rate_lo) : g_strdup_printf ("%s to %s", rate_lo, rate_hi);
  if (!most && hits == 0)
    return g_strdup_printf ("uses no %s words; %s %s, %s per 1000",
                            name, the, theirs, rates);
  return g_strdup_printf ("uses %s words %s: %s, %s per 1000 tokens; %s "
                          "%s, %s per 1000", name, most ? "most" : "least",
                          mine, rate, the, theirs, rates);
}

char *
phrase_balance_intro (PhraseFew few)
{
  return g_strdup_printf (
      "The dominant frame is the topic with the largest share of a group's "
      "lexicon hits. A balance weighs two topics against each other: its "
      "logit is ln((A + 0.5) / (B + 0.5)) of their weighted hits, above 0 "
      "when the group uses more words of A, below 0 when it uses more of "
      "B.%s", few == PHRASE_FEW_ALL ? "" : " The group leans to one side "
      "only when the whole 95% interval is on that side of 0.");
}

char *
phrase_same_dominant (const char *topic, gboolean tied)
{
  g_autofree char *name = fmt_clean_text (topic);
  return g_strdup_printf ("Every group has the largest share of its lexicon "
                          "hits in %s%s, so the dominant frame does not "
                          "tell these groups apart and is not repeated "
                          "for each.", name, tied ? " (some tied with "
                          "another topic)" : "");
}

/* "escalation vs peace: leans to escalation (logit 1.23, 95% interval
 * 0.80 to 1.70)".  Newly allocated. */
char *
phrase_balance (const Profile *p, const ProfileGroup *g, guint k)
{
  const ProfilePair *pair = &p->opts.balance[k];
  const ProfileBalance *b = &g->balance[k];
  g_autofree char *a = fmt_clean_text (profile_topic (p, pair->a)->name);
  g_autofree char *bn = fmt_clean_text (profile_topic (p, pair->b)->name);
  char l[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];
  char hi[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *lean = NULL;
  if (profile_group_few (g))
    {
      g_autofree char *arts = fmt_count_noun (g->articles, "article",
                                              "articles");
      return g_strdup_printf ("%s vs %s: logit %s (%s: too few to tell a "
                              "lean)", a, bn,
                              fmt_fixed (l, b->logit, 2, FALSE), arts);
    }
  if (isfinite (b->ci_low) && b->ci_low > 0)
    lean = g_strconcat ("leans to ", a, NULL);
  else if (isfinite (b->ci_high) && b->ci_high < 0)
    lean = g_strconcat ("leans to ", bn, NULL);
  else
    lean = g_strdup ("no clear lean");
  return g_strdup_printf ("%s vs %s: %s (logit %s, 95%% interval %s to %s)",
                          a, bn, lean, fmt_fixed (l, b->logit, 2, FALSE),
                          fmt_fixed (lo, b->ci_low, 2, FALSE),
                          fmt_fixed (hi, b->ci_high, 2, FALSE));
}

char *
phrase_negation (guint window)
{
  if (window == 0)
    return g_strdup ("Negation was not looked for (negation window 0): "
                     "every hit counts.");
  g_autofree char *win = fmt_count_noun (window, "token", "tokens");
  return g_strdup_printf ("A hit counts as negated, and is left out of the "
                          "counts, when \"no\", \"not\", \"never\" or a "
                          "similar word or phrase stands up to %s before it "
                          "in the same clause.", win);
}

/* "N repeated lines were skipped in M articles", as the closing note on
 * standard error says it ("in M articles" left out when none was). */
static char *
phrase_repeats (const ReportCorpus *c)
{
  g_autofree char *lines = fmt_count_noun (c->repeated_lines, "repeated line",
                                           "repeated lines");
  if (c->repeated_lines == 0 || c->repeat_articles == 0)
    return g_strdup_printf ("%s %s skipped", lines,
                            fmt_was (c->repeated_lines));
  g_autofree char *arts = fmt_count_noun (c->repeat_articles, "article",
                                          "articles");
  return g_strdup_printf ("%s %s skipped in %s", lines,
                          fmt_was (c->repeated_lines), arts);
}

char *
phrase_scored_corpus (guint64 articles, guint64 tokens, const char *source,
                      guint topics)
{
  g_autofree char *src = fmt_clean_text (source != NULL ? source
                                         : phrase_no_source);
  g_autofree char *arts = fmt_count_noun (articles, "article", "articles");
  g_autofree char *toks = fmt_count_noun (tokens, "token", "tokens");
  g_autofree char *tops = fmt_count_noun (topics, "topic", "topics");
  return g_strdup_printf ("The corpus, read from %s, has %s and %s, scored "
                          "against %s.", src, arts, toks, tops);
}

char *
phrase_corpus (const Profile *p, const ReportCorpus *c)
{
  guint64 articles = 0, tokens = 0;
  for (guint i = 0; i < profile_n_groups (p); i++)
    {
      articles += profile_group_at (p, i)->articles;
      tokens += profile_group_at (p, i)->tokens;
    }
  g_autofree char *source = fmt_clean_text (c->source != NULL ? c->source
                                            : phrase_no_source);
  g_autofree char *by = fmt_clean_text (c->group_by != NULL ? c->group_by
                                    : "outlet");
  g_autofree char *groups = fmt_count_noun (profile_n_groups (p), "group", "groups");
  g_autofree char *arts = fmt_count_noun (articles, "article", "articles");
  g_autofree char *toks = fmt_count_noun (tokens, "token", "tokens");
  g_autofree char *topics = fmt_count_noun (profile_n_topics (p), "topic", "topics");
  g_autofree char *lex = phrase_lexicon_summary (p);
  g_autofree char *rep = phrase_repeats (c);
  g_autofree char *bad = fmt_count_noun (c->invalid_utf8,
                                     "invalid UTF-8 sequence",
                                     "invalid UTF-8 sequences");
  g_autofree char *skip = fmt_count_noun (c->skipped, "input", "inputs");
  g_autofree char *sel = phrase_selection (c);
  g_autofree char *neg = phrase_negation (c->negation_window);
  return g_strdup_printf (
      "The corpus, read from %s, has %s (articles grouped by their \"%s\"), "
      "%s and %s. The lexicons have %s: %s. While reading, %s, "
      "%s %s replaced, and %s %s "
      "skipped (unreadable or empty). %s%s",
      source, groups, by, arts, toks, topics, lex, rep,
      bad, fmt_was (c->invalid_utf8), skip,
      fmt_was (c->skipped), sel, neg);
}

char *
phrase_selection (const ReportCorpus *c)
{
  g_autoptr (GString) s = g_string_new (NULL);
  for (guint i = 0; c->where != NULL && c->where[i] != NULL; i++)
    {
      g_autofree char *w = fmt_clean_text (c->where[i]);
      g_string_append (s, i == 0 ? "Only the articles matching "
                          : c->where[i + 1] != NULL ? ", " : " and ");
      g_string_append_printf (s, "--where %s", w);
    }
  if (s->len > 0)
    {
      g_autofree char *out = fmt_count_noun (c->left_out, "article", "articles");
      g_string_append_printf (s, " were compared; %s %s left out. ", out,
                              fmt_was (c->left_out));
    }
  if (c->period != NULL)
    {
      g_autofree char *period = fmt_clean_text (c->period);
      g_autofree char *n = fmt_count_noun (c->undated, "article", "articles");
      g_string_append_printf (s, "Grouped by the %s of their \"date\", %s "
                              "without a readable date %s left out. ",
                              period, n, fmt_was (c->undated));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
phrase_nearest (const Profile *p, const guint *among, guint n, guint i)
{
  guint near = i, far = i;
  double dn = NAN, df = NAN;
  for (guint j = 0; j < n; j++)
    {
      double d = profile_distance (p, among[i], among[j]);
      if (j == i || isnan (d))
        continue;
      if (near == i || d < dn)
        near = j, dn = d;
      if (far == i || d > df)
        far = j, df = d;
    }
  g_autofree char *name = fmt_clean_text (profile_group_at (p, among[i])->name);
  if (near == i)
    return g_strdup_printf ("%s: n/a", name);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *nn = fmt_clean_text (profile_group_at (p, among[near])->name);
  g_autofree char *fn = fmt_clean_text (profile_group_at (p, among[far])->name);
  return g_strdup_printf ("%s: most alike %u. %s (%s), least alike %u. %s "
                          "(%s)", name, among[near] + 1, nn,
                          fmt_fixed (a, dn, 3, FALSE), among[far] + 1, fn,
                          fmt_fixed (b, df, 3, FALSE));
}

char *
phrase_groups_left_out (guint n_groups, guint shown, guint64 articles)
{
  char a[32], b[32], c[32];
  g_autofree char *left = fmt_count_noun (n_groups - shown, "group", "groups");
  return g_strdup_printf (
      "There are %s groups; this report shows the %s with the most "
      "articles, and compares them with each other only. It leaves out "
      "%s with %s %s in all; the tables (profiles.csv, terms.csv, "
      "distances.csv, balance.csv) have every group.",
      fmt_count (a, n_groups), fmt_count (b, shown), left,
      fmt_count (c, articles), articles == 1 ? "article" : "articles");
}

/* ---- the fixed sentences of the reports ---- */

const char phrase_title[] = "Framing report";

char *
phrase_report_title (const char *name)
{
  return g_strconcat (phrase_title, ": ", name, NULL);
}

const char phrase_lead[] =
  "How the groups of a corpus frame the same story, measured by counting "
  "the words of topic lexicons.";

const char phrase_no_source[] = "the input";

const char phrase_no_hits[] = "no lexicon hits";

const char phrase_negated[] = "(negated)";

const char phrase_no_terms[] = "none";

const char phrase_no_example[] = "no hit";

const char phrase_no_articles[] =
  "No article was read, so there is nothing to compare.";

const char phrase_skipped_inputs[] = "Skipped inputs:";

const char phrase_compare_intro[] =
  "Per group, the topics whose words it uses most often, or least often, "
  "of all the groups: per 1000 tokens, so that long and short articles "
  "compare fairly, with the hits behind the rates and those of the other "
  "groups. A topic on which a group is neither first nor last, or tied, "
  "is not listed.";

const char phrase_compare_none[] =
  "first or last on no topic: on each, some other group uses its words "
  "more often and some less.";

const char phrase_no_balance[] =
  "No balance pair was asked for (--balance A:B), and the lexicons do not "
  "have both \"escalation\" and \"peace\".";

const char phrase_too_many_groups[] =
  "There are too many groups for a readable matrix (the whole of it is "
  "the table distances.csv: framing compare --csv distances). Here, per "
  "group, the group whose mix is most alike and the one least alike.";

const char phrase_no_examples[] =
  "No example sentences: this comparison was merged from counts files "
  "(framing score --counts), which keep the numbers but not the text. Run "
  "framing kwic on the articles to see the hits in their sentences.";

const char phrase_reading_words[] =
  "The counts measure word choice: how often a group's articles use the "
  "words listed for each topic. They do not say whether an article is "
  "true, fair or well meant, nor what its writer intended. The word lists "
  "were chosen by people; other lists would give other numbers.";

/* What varies from one resample or shuffle to the next, with clusters
 * CLUSTER_BY (NULL: the articles), as "whole outlets": the units. */
static char *
units_phrase (const char *cluster_by)
{
  if (cluster_by == NULL)
    return g_strdup ("articles");
  g_autofree char *field = fmt_clean_text (cluster_by);
  if (strcmp (cluster_by, "outlet") == 0)
    return g_strdup ("whole outlets (all of an outlet's articles together)");
  return g_strdup_printf ("articles a \"%s\" at a time (all the articles "
                          "with one value together)", field);
}

/* The reading item on the intervals: RESAMPLES draws of CLUSTER_BY's
 * units (NULL: the articles); with every group a handful of articles,
 * what such a handful can and cannot show instead. */
char *
phrase_reading_uncertainty (guint resamples, const char *cluster_by,
                            PhraseFew few)
{
  if (few == PHRASE_FEW_ALL)
    return g_strdup_printf (
        "These are a handful of articles, fewer than %d per group. They "
        "show what these articles say; they cannot show how their sources "
        "usually write, since the next articles may say something else. "
        "Before saying anything about the sources, collect more articles: "
        "at least %d from each, better 20 or more, about the same events.",
        PROFILE_FEW_ARTICLES, PROFILE_FEW_ARTICLES);
  g_autofree char *units = units_phrase (cluster_by);
  g_autofree char *tail = few == PHRASE_FEW_SOME ? g_strdup_printf (
      " A group of fewer than %d articles has no interval at all: its "
      "numbers describe those articles only.", PROFILE_FEW_ARTICLES)
    : g_strdup ("");
  return g_strdup_printf (
      "Every number comes with uncertainty. The 95%% interval is the range "
      "in which the rate would most likely fall if the same sources had "
      "published a different set of articles of the same kind; it is "
      "computed by drawing the group's %s again at random %u times. A "
      "group with few of them has a wide interval: read its numbers as "
      "rough.%s", units, resamples, tail);
}

const char phrase_reading_sees[] =
  "The tool sees only the words of the text. It does not see images, "
  "where a story is placed, how large its headline is, what a story "
  "leaves out, or whose words are quoted: a word counts the same in a "
  "quotation as in the writer's own voice.";

const char phrase_reading_examples[] =
  "Read the example sentences and the articles themselves before drawing "
  "conclusions.";

const char phrase_chart_caption[] =
  "The same picture is in chart.svg beside this page; hold the pointer "
  "over a bar to see its numbers.";

const char phrase_page_footer[] =
  "Written by framing compare. The same numbers are in report.txt and in "
  "the CSV tables beside this page; framing-report(5) explains each of "
  "them.";

/* ---- sentences with a value or a glyph in them ---- */

/* The lead-in of the group list. */
char *
phrase_legend_intro (gboolean shortened, guint articles, gboolean outlets)
{
  g_autofree char *list = articles == 0 ? g_strdup ("")
    : g_strdup_printf (", each with its articles (the first %u by id): "
                       "date, title, then %sid", articles,
                       outlets ? "outlet and " : "");
  return g_strconcat ("The groups, numbered as in the tables below",
                      shortened ? " (long names are shortened in the "
                      "tables)" : "", list, ":", NULL);
}

/* An article in the list of a group. */
char *
phrase_headline (const char *date, const char *title, const char *outlet,
                 const char *id)
{
  return g_strdup_printf ("%s: %s (%s%s%s)", *date != '\0' ? date
                          : "no date", *title != '\0' ? title : "no title",
                          outlet != NULL ? outlet : "",
                          outlet != NULL ? ", " : "", id);
}

/* The articles of a group not listed. */
char *
phrase_headlines_more (guint64 n)
{
  g_autofree char *more = fmt_count_noun (n, "more article",
                                          "more articles");
  return g_strconcat ("and ", more, NULL);
}

/* The dates of the corpus. */
char *
phrase_span (const char *first, const char *last, guint days, guint within,
             guint undated)
{
  g_autoptr (GString) s = g_string_new (NULL);
  if (days == 0)
    g_string_append_printf (s, "The articles are all dated %s.", first);
  else if (days <= within)
    g_string_append_printf (s, "The articles are dated from %s to %s.",
                            first, last);
  else
    g_string_append_printf (s, "The articles are dated from %s to %s, %u "
                            "days apart: articles so far apart may not "
                            "report the same event, and their words may "
                            "differ for that reason alone.", first, last,
                            days);
  if (undated > 0)
    {
      g_autofree char *n = fmt_count_noun (undated, "article", "articles");
      g_string_append_printf (s, " %s %s no readable date.", n,
                              undated == 1 ? "has" : "have");
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* What the page's chart shows. */
char *
phrase_chart_intro (PhraseFew few)
{
  g_autofree char *whisker = few == PHRASE_FEW_ALL ? g_strdup ("")
    : g_strdup_printf (" The whisker on a bar is its 95%% interval; a group "
                       "of fewer than %d articles has none.",
                       PROFILE_FEW_ARTICLES);
  return g_strdup_printf (
      "How often each group uses each topic's words, per 1000 tokens: the "
      "\"Per 1000 tokens\" column of the tables below, drawn as bars.%s "
      "Bars of the same topic stand side by side, so compare heights "
      "within a cluster.", whisker);
}

/* What the outlets (GROUP_BY NULL or "outlet") or other groups stand
 * for, in the note on a handful of articles: [0] "how the outlets that
 * published them usually write", [1] "not the outlets". */
static void
few_sources (const char *group_by, char **usual, char **not_whole)
{
  if (group_by == NULL || strcmp (group_by, "outlet") == 0)
    {
      *usual = g_strdup ("how the outlets that published them usually "
                         "write");
      *not_whole = g_strdup ("not the outlets");
      return;
    }
  g_autofree char *by = fmt_clean_text (group_by);
  *usual = g_strdup_printf ("how articles of the same \"%s\" usually read",
                            by);
  *not_whole = g_strdup_printf ("not every article of their \"%s\"", by);
}

char *
phrase_few_note (PhraseFew few, const char *labels, const char *group_by)
{
  if (few == PHRASE_FEW_NONE)
    return NULL;
  g_autofree char *usual = NULL, *not_whole = NULL;
  few_sources (group_by, &usual, &not_whole);
  if (few == PHRASE_FEW_SOME)
    return g_strdup_printf (
        "Fewer than %d articles in %s: for them this report describes "
        "those articles, %s, and gives them no interval and no mark.",
        PROFILE_FEW_ARTICLES, labels, not_whole);
  return g_strdup_printf (
      "Every group here has fewer than %d articles. A handful of articles "
      "shows what these articles say, and the example sentences below let "
      "you check it; it cannot show %s, because their next articles may "
      "say something else. So this report describes these articles, %s: "
      "it gives no intervals and marks no difference as more than chance. "
      "To compare the sources themselves, collect at least %d articles "
      "from each, better 20 or more, about the same events.",
      PROFILE_FEW_ARTICLES, usual, not_whole, PROFILE_FEW_ARTICLES);
}

/* What the columns of a profile table mean. */
char *
phrase_profiles_intro (guint presence, const char *where,
                       const char *cluster_by, PhraseFew few)
{
  g_autofree char *hits = fmt_count_noun (presence, "hit", "hits");
  g_autofree char *units = units_phrase (cluster_by);
  g_autofree char *interval = few == PHRASE_FEW_ALL ? g_strdup ("")
    : g_strdup_printf (", with its 95%% interval %s from resampling the "
                       "group's %s (%sn/a when there is only one to "
                       "resample)", where, units, few == PHRASE_FEW_SOME
                       ? "none for a group of fewer than "
                         G_STRINGIFY (PROFILE_FEW_ARTICLES) " articles, "
                       : "");
  return g_strdup_printf (
      "One table per topic. \"Per 1000 tokens\" is how often the topic's "
      "words occur: weighted hits per 1000 words of the group's "
      "articles%s. \"Share\" is the topic's part of "
      "all the group's lexicon hits. \"Present\" is the part of the group's "
      "articles with at least %s of the topic. \"z\" describes how the "
      "group's rate differs from that of all the other groups together: "
      "above 0 the group uses the topic's words more, below 0 less.",
      interval, hits);
}

/* The note below the profile tables. */
char *
phrase_mark_note (const char *cluster_by, PhraseFew few)
{
  if (few == PHRASE_FEW_ALL)
    return g_strdup ("Nothing is marked: a handful of articles cannot show "
                     "whether a difference is more than chance.");
  g_autofree char *units = units_phrase (cluster_by);
  g_autofree char *tail = few == PHRASE_FEW_SOME ? g_strdup_printf (
      " A group of fewer than %d articles is never marked.",
      PROFILE_FEW_ARTICLES) : g_strdup ("");
  return g_strdup_printf ("* marks a rate that differs from the other "
                          "groups' by more than dealing out %s to the groups "
                          "at random would give (p below %s after the "
                          "Benjamini-Hochberg correction across every group "
                          "and topic).%s", units, REPORT_ALPHA_TEXT, tail);
}

/* The lead-in of the share bars. */
char *
phrase_shares_intro (const char *cell)
{
  g_autofree char *each = cell != NULL
      ? g_strdup_printf ("; each %s is 2%%", cell) : g_strdup ("");
  return g_strdup_printf ("Each group's lexicon hits split by topic (the "
                          "\"Share\" column above). A full bar is 100%%%s.",
                          each);
}

/* The lead-in of the divergence matrix. */
char *
phrase_divergence_intro (const char *dash)
{
  return g_strdup_printf (
      "How different the groups' mixes of frames are: the Jensen%sShannon "
      "divergence of their shares, from 0 (the same mix of frames) to 1 "
      "(nothing in common). Rows and columns are the numbered groups; "
      "\"n/a\" means that a group has no lexicon hits.", dash);
}

/* The lead-in of the distinguishing entries. */
char *
phrase_terms_intro (guint top, guint n_groups)
{
  return g_strdup_printf (
      "Per group and topic, up to %u lexicon entries that the group uses "
      "more often than the other groups together, those with the largest "
      "z first, with their hits and their rate per 1000 tokens. As in the "
      "tables, only a z of about 2 or more is a clear difference.%s", top,
      n_groups < 2 ? " With one group there is nothing to compare "
      "with, so no entry stands out." : " * marks an entry whose rate "
      "differs from the other groups' by more than dealing out the same "
      "units at random would give, as for the topics (p below "
      REPORT_ALPHA_TEXT " after the Benjamini-Hochberg correction across "
      "the rows of terms.csv that have a p).");
}

/* The lead-in of the notes on concentrated hits. */
char *
phrase_concentrated_intro (const char *cluster_by)
{
  g_autofree char *field = cluster_by != NULL ? fmt_clean_text (cluster_by)
                                              : NULL;
  g_autofree char *one = field != NULL
      ? g_strdup_printf (", or one %s,", field) : g_strdup ("");
  return g_strdup_printf (
      "Where five articles%s hold more than half of a group's weighted hits "
      "of a topic, its rate says more about them than about the group:",
      one);
}

/* A note on concentrated hits. */
char *
phrase_concentrated (const char *group, const char *topic, guint top_articles,
                     guint articles, double share, const char *cluster_by,
                     const char *cluster, double cluster_share)
{
  GString *s = g_string_new (NULL);
  g_string_printf (s, "%s, %s: ", group, topic);
  if (top_articles > 0)
    {
      char nb[32];
      g_autofree char *pct = fmt_percent (share, 1);
      g_string_append_printf (s, "%u of its %s articles hold %s of the "
                              "weighted hits", top_articles,
                              fmt_count (nb, articles), pct);
    }
  if (cluster != NULL)
    {
      g_autofree char *field = fmt_clean_text (cluster_by != NULL
                                               ? cluster_by : "cluster");
      g_autofree char *pct = fmt_percent (cluster_share, 1);
      g_string_append_printf (s, top_articles > 0 ? ", and one %s, %s, holds %s"
                              : "one %s, %s, holds %s of the weighted hits",
                              field, cluster, pct);
    }
  g_string_append_c (s, '.');
  return g_string_free (s, FALSE);
}

/* The lead-in of the example sentences. */
char *
phrase_examples_intro (const char *marked, const char *struck)
{
  g_autofree char *tail = struck != NULL
      ? g_strconcat ("; it is ", struck, NULL) : g_strdup ("");
  return g_strdup_printf ("Up to two sentences per group and topic, each "
                          "after the id of its article, with the lexicon "
                          "hit %s. \"(negated)\" marks a hit that a "
                          "negation word before it kept out of the "
                          "counts%s.", marked, tail);
}

/* The title of a profile table. */
char *
phrase_topic_title (const Profile *p, guint t)
{
  const LexTopic *topic = profile_topic (p, t);
  g_autofree char *name = fmt_clean_text (topic->name);
  g_autofree char *entries = fmt_count_noun (topic->entries->len, "entry",
                                             "entries");
  return g_strdup_printf ("Topic \"%s\" (%s)", name, entries);
}

/* The reading item on z and the stars. */
char *
phrase_reading_z (guint n_groups, PhraseFew few)
{
  return g_strdup_printf (
      "z (the log-odds score of Monroe and colleagues) describes which way "
      "and how far one group differs from all the others together. It "
      "counts every word as a separate draw, so on a large corpus it is "
      "large for almost any difference: it is no evidence on its own.%s%s",
      few == PHRASE_FEW_ALL ? "" : " The stars come from a test that moves "
      "whole articles, or whole outlets, between the groups instead, and "
      "allows for testing every group and topic at once.", n_groups < 2
      ? " With one group, z is always 0 and nothing is marked." : "");
}

/* The reading item on negation. */
char *
phrase_reading_negation (guint window)
{
  if (window == 0)
    return g_strdup ("Negation was not looked for in this run: \"no "
                     "offensive\" counts as \"offensive\".");
  return g_strdup_printf (
      "Negation is handled roughly: a hit is left out only when a "
      "negation word or phrase (\"no\", \"refused to\") stands within %u "
      "tokens before it in the same clause. So \"no sign that the army is "
      "preparing for peace\" does not count \"peace\", but irony, "
      "reported speech and double negatives are not recognised.", window);
}

/* A group in the list of groups. */
char *
phrase_group_legend (const char *name, guint64 articles, guint64 tokens)
{
  g_autofree char *arts = fmt_count_noun (articles, "article", "articles");
  g_autofree char *toks = fmt_count_noun (tokens, "token", "tokens");
  return g_strdup_printf ("%s (%s, %s)", name, arts, toks);
}

/* The count of skipped inputs not named. */
char *
phrase_skipped_more (guint n)
{
  return g_strdup_printf ("and %u more", n);
}

/* ---- how the report was made ---- */

char *
phrase_provenance (const Provenance *p)
{
  const GPtrArray *files = provenance_lexicon_files (p);
  GString *lex = g_string_new (NULL);
  for (guint i = 0; i < files->len; i++)
    {
      const ProvenanceFile *f = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (f->path);
      g_autofree char *name = fmt_clean_text (base);
      if (i > 0)
        g_string_append (lex, i + 1 == files->len ? " and " : ", ");
      g_string_append_printf (lex, "%s %.*s", name, PROVENANCE_SHORT_HASH,
                              f->sha256 != NULL ? f->sha256 : "unknown");
    }
  g_autofree char *list = g_string_free (lex, FALSE);
  g_autofree char *resamples = fmt_count_noun (provenance_resamples (p),
                                               "bootstrap resample",
                                               "bootstrap resamples");
  return g_strdup_printf (
      "Made by framing %s. The lexicon file%s, each with the first %u "
      "digits of its SHA-256: %s. The intervals come from %s with the seed "
      "0x%016" G_GINT64_MODIFIER "x. The run.json that framing compare -o "
      "writes has the whole record, with the inputs' hashes. The command "
      "line:", PACKAGE_VERSION, files->len == 1 ? "" : "s",
      PROVENANCE_SHORT_HASH, list, resamples, provenance_seed (p));
}

/* Whether S can stand in a shell command unquoted. */
static gboolean
shell_plain (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isalnum (*s) && strchr ("@%+=:,./_-", *s) == NULL)
      return FALSE;
  return TRUE;
}

char **
phrase_command_words (const char *const *argv)
{
  guint n = argv != NULL ? g_strv_length ((char **) argv) : 0;
  char **words = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *arg = i == 0 ? g_path_get_basename (argv[i])
                                    : g_strdup (argv[i]);
      g_autofree char *quoted = shell_plain (arg) ? g_strdup (arg)
                                                  : g_shell_quote (arg);
      words[i] = fmt_clean_text (quoted);
    }
  return words;
}

/* ---- the ratios between groups ---- */

const char phrase_pairs_title[] = "Ratios between the groups";

/* What the tables of ratios say. */
char *
phrase_pairs_intro (const char *where, const char *cluster_by, const char *ge)
{
  g_autofree char *units = units_phrase (cluster_by);
  return g_strdup_printf (
      "One table per topic, one row per two groups A and B. \"Ratio\" is "
      "how many times A's rate of the topic is B's (1: the same rate, 2: "
      "twice as often), with its 95%% interval %s from resampling each "
      "group's %s on their own: n/a when B's rate is 0, or when either "
      "group has only one to resample. An interval written %s X has no "
      "upper bound: too many resamples of B had no hit of the topic. A "
      "uses the topic's words more than B only when the whole interval is "
      "above 1, less only when it is below 1. \"Difference\" is A's rate "
      "minus B's, per 1000 tokens.", where, units, ge);
}

/* Where the ratios are when there are too many groups to show them. */
char *
phrase_pairs_elsewhere (guint n_groups, guint max_paired)
{
  g_autofree char *cap = n_groups > max_paired
      ? g_strdup_printf (" With more than %u groups, it holds only the pairs "
                         "among the %u groups with the most articles.",
                         max_paired, max_paired)
      : g_strdup ("");
  return g_strdup_printf (
      "With %u groups, the ratios of every topic's rates between every two "
      "groups are too many to show here. They are in the table pairs.csv "
      "(framing compare -o, or --csv pairs), with their 95%% intervals and "
      "the differences of the rates.%s", n_groups, cap);
}

/* ---- the pages of the articles and the worksheet ---- */

const char phrase_pages_intro[] =
  "Two more pages come with this report, in the same folder:";
const char phrase_pages_articles[] =
  "every article in full, each counted word marked in its topic's colour "
  "and named";
const char phrase_pages_worksheet[] =
  "a worksheet to print for the class: the headlines, a grid to predict "
  "the chart, space for two quoted sentences, and questions";

const char phrase_articles_title[] = "The articles, word by word";
const char phrase_articles_lead[] =
  "Every article read, side by side, with each word that the lexicons "
  "counted marked in its topic's colour and followed by the topic's name. "
  "Which words did each one choose for the same events?";
const char phrase_articles_legend[] = "How the words are marked";
const char phrase_articles_legend_topic[] =
  "a word counted for this topic (its colour, and its name after it)";
const char phrase_articles_legend_negated[] =
  "a negated word, struck through and named \"negated\": \"no\", \"not\" "
  "or a similar word stands before it in its clause, so it was not "
  "counted";
const char phrase_articles_legend_skipped[] =
  "a grey note: lines that the reader skipped because they repeat an "
  "earlier line of the same article (a caption or a sign-up box printed "
  "twice); they are not shown and were not counted";
const char phrase_articles_back[] = "Back to the report (report.html)";
const char phrase_articles_negated[] = "negated";
const char phrase_articles_untitled[] = "(no title)";

const char *
phrase_group_word (const char *group_by, gboolean plural)
{
  if (group_by == NULL || strcmp (group_by, "outlet") == 0)
    return plural ? "outlets" : "outlet";
  return plural ? "groups" : "group";
}

char *
phrase_articles_left_out (guint shown, guint all, guint per_group,
                          guint total)
{
  char a[32], b[32];
  g_autofree char *why = g_strdup_printf (
      "the page shows the first %s articles of each group and %s in all, "
      "in the order they were read", fmt_count (a, per_group),
      fmt_count (b, total));
  if (shown == 0)
    {
      g_autofree char *n = fmt_count_noun (all, "article", "articles");
      return g_strdup_printf ("Its %s %s not shown: %s.", n,
                              all == 1 ? "is" : "are", why);
    }
  g_autofree char *n = fmt_count_noun (all - shown, "more article",
                                       "more articles");
  return g_strdup_printf ("%s of this group %s not shown: %s.", n,
                          all - shown == 1 ? "is" : "are", why);
}

char *
phrase_article_cut (guint words)
{
  g_autofree char *n = fmt_count_noun (words, "word", "words");
  return g_strdup_printf ("The rest of this article (%s) is not shown.", n);
}

char *
phrase_article_repeats (guint lines)
{
  g_autofree char *n = fmt_count_noun (lines, "repeated line",
                                       "repeated lines");
  return g_strdup_printf ("%s %s skipped in this article: %s not shown "
                          "here and %s not counted.", n, fmt_was (lines),
                          lines == 1 ? "it is" : "they are",
                          fmt_was (lines));
}

char *
phrase_article_counts (guint tokens, const char *const *names,
                       const ScoreCount *counts, guint n_topics)
{
  g_autofree char *words = fmt_count_noun (tokens, "word", "words");
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "%s.", words);
  guint64 negated = 0;
  guint listed = 0;
  char b[32];
  for (guint t = 0; t < n_topics; t++)
    {
      negated += counts[t].negated;
      if (counts[t].hits == 0)
        continue;
      g_string_append (s, listed++ == 0 ? " Counted: " : ", ");
      g_string_append_printf (s, "%s %s", names[t],
                              fmt_count (b, counts[t].hits));
    }
  if (listed > 0)
    g_string_append_c (s, '.');
  else if (negated == 0)
    g_string_append (s, " No word of the lexicons.");
  if (negated > 0)
    g_string_append_printf (s, " Negated, not counted: %s.",
                            fmt_count (b, negated));
  return g_string_free (s, FALSE);
}

char *
phrase_worksheet_title (guint n, const char *group_by)
{
  char b[32];
  return g_strdup_printf ("Worksheet: one story, %s %s", fmt_count (b, n),
                          phrase_group_word (group_by, n != 1));
}

const char phrase_worksheet_name[] = "Name";
const char phrase_worksheet_date[] = "Date";
const char phrase_worksheet_headlines[] = "The headlines";
const char phrase_worksheet_headlines_intro[] =
  "Read the headlines side by side. Which words differ for the same "
  "event? Which would make you read on?";
const char phrase_worksheet_predict[] = "Your prediction";
const char phrase_worksheet_guess[] = "guess";
const char phrase_worksheet_chart[] = "chart";
const char phrase_worksheet_topic[] = "Topic";
const char phrase_worksheet_quotes[] = "Two sentences";
const char phrase_worksheet_quotes_intro[] =
  "From the articles page, copy two sentences that frame the story in "
  "different ways, and say where each comes from. Underline the counted "
  "word. Is it the writer's own choice, or a quotation of someone else?";
const char phrase_worksheet_quote[] = "Sentence";
const char phrase_worksheet_source[] = "From (outlet) and topic:";
const char phrase_worksheet_questions_title[] = "Questions";
const char phrase_worksheet_no_headline[] = "(no headline)";

const char *const phrase_worksheet_questions[] = {
  "Why did one outlet's escalation rate exceed another's? Which sentences "
  "carried it? Were they about the same events described in other words, "
  "or about events that the other did not report?",
  "Which words set each outlet apart? Would you have chosen other words "
  "to report the same facts?",
  "Find a negated word (\"there was no ceasefire\"). Is leaving it out of "
  "the count right? What does it still tell the reader?",
  "What does the tool not see? The pictures, where the story was placed "
  "and how big its headline was, what an article leaves out, and whose "
  "words are quoted. Pick one article and find something that matters but "
  "that no count shows.",
  "The word lists were made by people. Which word would you add to a "
  "topic, or take out? What would change?",
  "If an outlet has a wide whisker, what would you need to be more sure?",
  NULL
};

char *
phrase_worksheet_predict_intro (guint n, const char *group_by)
{
  char b[32], c[32];
  return g_strdup_printf (
      "Before you see the chart: for each topic, rank the %s %s from 1 "
      "(uses the topic's words most) to %s (least), in the boxes marked "
      "\"%s\". When the chart is shown, write its ranking in the boxes "
      "marked \"%s\". Where were you wrong, and why?", fmt_count (b, n),
      phrase_group_word (group_by, n != 1), fmt_count (c, n),
      phrase_worksheet_guess, phrase_worksheet_chart);
}

char *
phrase_worksheet_more (guint n)
{
  char b[32];
  return g_strdup_printf ("and %s more", fmt_count (b, n));
}
