/* phrases.h - the sentences of the text report and the HTML page about
 * a corpus and its profile, as plain text (names cleaned with
 * fmt_clean_text (); the page escapes them, the report wraps them).  Every
 * sentence of the reports, those of the page alone too, is written here,
 * once; the ReportModel (reportmodel.h) puts them together.  The
 * functions return newly allocated strings, the constants are static. */
#ifndef FRAMING_PHRASES_H
#define FRAMING_PHRASES_H

#include <glib.h>

#include "headlines.h"
#include "profile.h"
#include "provenance.h"

G_BEGIN_DECLS

/* How many of a report's groups are a handful of articles
 * (profile_group_few ()): the sentences about intervals and marks
 * depend on it. */
typedef enum {
  PHRASE_FEW_NONE, /* every group has PROFILE_FEW_ARTICLES or more */
  PHRASE_FEW_SOME, /* some have fewer */
  PHRASE_FEW_ALL   /* every group has fewer */
} PhraseFew;

/* What the reports say about the reading of the corpus. */
typedef struct {
  const char *source;       /* what was read, e.g. "examples/manifest.csv" */
  const char *title;        /* the report's title (--title, or the
                               corpus's folder name), or NULL: the
                               source names the report */
  const char *group_by;     /* the grouping field, e.g. "outlet" */
  const char *cluster_by;   /* the cluster field, e.g. "outlet", or NULL:
                               every article a cluster of its own */
  guint negation_window;
  guint64 invalid_utf8;     /* invalid UTF-8 sequences replaced */
  guint64 repeated_lines;   /* repeated lines skipped */
  guint repeat_articles;    /* the articles they were skipped in */
  guint skipped;            /* inputs skipped (bad or empty) */
  const GPtrArray *skipped_names; /* char*: "WHERE: why" of the first
                                     skipped inputs (may be shorter than
                                     skipped), or NULL */
  const Provenance *provenance;   /* what the run was made of, its
                                     lexicons hashed (the closing
                                     paragraph), or NULL: none */
  const char *const *where; /* the --where filters as given
                               (NULL-terminated), or NULL */
  guint left_out;           /* articles the filters left out */
  const char *period;       /* --period ("year"...), or NULL */
  guint undated;            /* articles left out of the periods */
  const Headlines *headlines; /* the articles read, per group, and their
                                 dates, or NULL: not known (a merge of
                                 counts files) */
} ReportCorpus;

/* The corpus paragraph: groups, articles, tokens, lexicons, what reading
 * skipped or repaired, phrase_selection () and phrase_negation (). */
char *phrase_corpus (const Profile *p, const ReportCorpus *c);

/* The corpus of a table without a profile (score, kwic): "The corpus,
 * read from SOURCE, has 12 articles and 3,456 tokens, scored against 4
 * topics." */
char *phrase_scored_corpus (guint64 articles, guint64 tokens,
                            const char *source, guint topics);

/* What the --where filters of C kept and left out: "Only the articles
 * matching --where bias=left were compared; 12 articles were left out. ",
 * then with a period how many had no readable date: "Grouped by the year
 * of their date, 3 articles without a readable date were left out. ";
 * "" when neither applies. */
char *phrase_selection (const ReportCorpus *c);

/* How negation was counted with window WINDOW (0: not at all). */
char *phrase_negation (guint window);

/* "escalation (86 entries), peace (72 entries) and aid (40 entries)". */
char *phrase_lexicon_summary (const Profile *p);

/* "the dominant frame is escalation (45.3% of its lexicon hits)", or the
 * tied topics, or "no lexicon hits, so no dominant frame". */
char *phrase_dominant (const Profile *p, const ProfileGroup *g);

/* How a group stands out on topic TOPIC among the groups: it uses its
 * words MOST often of all (else least often), HITS hits at RATE per 1000
 * tokens, where the OTHERS other groups have from HITS_LO to HITS_HI hits
 * and rates from RATE_LO to RATE_HI (formatted alike).  "uses casualties
 * words most: 10 hits, 19.80 per 1000 tokens; the others 0 to 1 hits,
 * 0.00 to 2.02 per 1000", "uses no peace words; the other 5 hits, ...". */
char *phrase_compare_topic (const char *topic, gboolean most, guint64 hits,
                            const char *rate, guint others, guint64 hits_lo,
                            guint64 hits_hi, const char *rate_lo,
                            const char *rate_hi);

/* What the dominant frame and a balance are, said before the
 * comparisons of the groups; the word on intervals only unless FEW is
 * PHRASE_FEW_ALL. */
char *phrase_balance_intro (PhraseFew few);

/* Said once, instead of each group's dominant frame, when TOPIC has the
 * largest share in every group (TIED: in some, tied with another): the
 * shares alone tell them not apart. */
char *phrase_same_dominant (const char *topic, gboolean tied);

/* Balance pair K of group G: "escalation vs peace: leans to escalation
 * (logit 1.23, 95% interval 0.80 to 1.70)", "no clear lean", or, for a
 * group of fewer than PROFILE_FEW_ARTICLES articles, the logit of these
 * articles alone with no lean told. */
char *phrase_balance (const Profile *p, const ProfileGroup *g, guint k);

/* Group AMONG[I] of P and the groups of AMONG (N profile indexes) most
 * and least like it by JSD, each numbered by its place in P from 1:
 * "NAME: most alike 3. X (0.012), least alike 7. Y (0.230)", or "NAME:
 * n/a" when no other group can be compared. */
char *phrase_nearest (const Profile *p, const guint *among, guint n,
                      guint i);

/* The note of a report that shows SHOWN of N_GROUPS groups, leaving out
 * the others' ARTICLES articles: how many, which are shown, and that the
 * tables have them all. */
char *phrase_groups_left_out (guint n_groups, guint shown, guint64 articles);

/* ---- the fixed sentences of the reports ---- */

/* The report's title, and its subtitle. */
extern const char phrase_title[];
/* "Framing report: NAME", the title of a report on NAME (cleaned by the
 * caller). */
char *phrase_report_title (const char *name);
extern const char phrase_lead[];
/* What the corpus is called when its source was not named. */
extern const char phrase_no_source[];
/* Said for a group with no lexicon hit instead of its share bars. */
extern const char phrase_no_hits[];
/* The label of an example whose hit is negated. */
extern const char phrase_negated[];
/* Said after a topic's name when no entry of it stands out for a group,
 * and when a group has no example of it. */
extern const char phrase_no_terms[];
extern const char phrase_no_example[];
/* Said instead of the group list when no article was read. */
extern const char phrase_no_articles[];
/* The label above the skipped inputs. */
extern const char phrase_skipped_inputs[];
/* What the comparisons of the groups are (the paragraph before them). */
extern const char phrase_compare_intro[];
/* Said of a group that is neither first nor last on any topic. */
extern const char phrase_compare_none[];
/* Said when no balance pair applies. */
extern const char phrase_no_balance[];
/* Said instead of a matrix of more than REPORT_MATRIX_MAX groups. */
extern const char phrase_too_many_groups[];
/* Said instead of examples when the comparison has no text. */
extern const char phrase_no_examples[];
/* The fixed items of "How to read this", in order around the z and the
 * negation items (phrase_reading_z (), phrase_reading_negation ()). */
extern const char phrase_reading_words[];
extern const char phrase_reading_sees[];
extern const char phrase_reading_examples[];
/* The page's own: the chart's caption, and the footer. */
extern const char phrase_chart_caption[];
extern const char phrase_page_footer[];

/* ---- sentences with a value or a glyph in them (newly allocated) ---- */

/* "The groups, numbered as in the tables below:", saying so when SHORTENED
 * names are cut in the tables, and that each has its first ARTICLES
 * articles listed (0: none is), with their OUTLETS. */
char *phrase_legend_intro (gboolean shortened, guint articles,
                           gboolean outlets);

/* An article in the list of a group: "2023-02-13: TITLE (OUTLET, ID)",
 * "no date" and "no title" for those missing, OUTLET left out when
 * NULL.  Strings cleaned by the caller. */
char *phrase_headline (const char *date, const char *title,
                       const char *outlet, const char *id);

/* "and 12 more articles", after the list of a group. */
char *phrase_headlines_more (guint64 n);

/* The dates of the corpus, FIRST to LAST (ISO 8601), DAYS apart, with a
 * warning when DAYS is above WITHIN: "The articles are dated from
 * 2022-04-05 to 2023-02-14, 315 days apart: ..."; UNDATED articles had
 * no readable date. */
char *phrase_span (const char *first, const char *last, guint days,
                   guint within, guint undated);

/* What the profile columns mean; the interval stands WHERE ("in
 * brackets", "beside it"); PRESENCE is the hits for a topic to count;
 * CLUSTER_BY the cluster field (NULL: articles alone); FEW says which
 * groups have no interval (with PHRASE_FEW_ALL no word of intervals). */
char *phrase_profiles_intro (guint presence, const char *where,
                             const char *cluster_by, PhraseFew few);

/* The note on the '*' mark, with clusters CLUSTER_BY (NULL: articles);
 * with FEW, which groups cannot be marked. */
char *phrase_mark_note (const char *cluster_by, PhraseFew few);

/* What a handful of articles can and cannot show, said once near the
 * top of the reports: every group (FEW is PHRASE_FEW_ALL) or the groups
 * LABELS ("2. CGTN and 5. RT", FEW is PHRASE_FEW_SOME) have fewer than
 * PROFILE_FEW_ARTICLES articles; GROUP_BY is the grouping field (NULL:
 * outlet).  NULL with PHRASE_FEW_NONE. */
char *phrase_few_note (PhraseFew few, const char *labels,
                       const char *group_by);

/* What the page's chart shows; whiskers are mentioned unless FEW is
 * PHRASE_FEW_ALL. */
char *phrase_chart_intro (PhraseFew few);

/* What the share bars are; CELL, when not NULL, is the glyph of 2%. */
char *phrase_shares_intro (const char *cell);

/* What the divergence matrix is, DASH joining Jensen and Shannon. */
char *phrase_divergence_intro (const char *dash);

/* What the distinguishing entries are: up to TOP per group and topic
 * among N_GROUPS groups. */
char *phrase_terms_intro (guint top, guint n_groups);

/* The lead-in of the notes on concentrated hits, with clusters
 * CLUSTER_BY (NULL: none). */
char *phrase_concentrated_intro (const char *cluster_by);

/* One note on group GROUP's hits of topic TOPIC (names cleaned): with
 * TOP_ARTICLES > 0, that that many of its ARTICLES hold SHARE of them;
 * with CLUSTER not NULL, that one CLUSTER_BY, CLUSTER, holds
 * CLUSTER_SHARE.  "left, peace: 5 of its 1,063 articles hold 52.0% of
 * the weighted hits, and one outlet, CNN, holds 61.0%." */
char *phrase_concentrated (const char *group, const char *topic,
                           guint top_articles, guint articles, double share,
                           const char *cluster_by, const char *cluster,
                           double cluster_share);

/* What the examples are; MARKED shows a marked hit ("marked [[like
 * this]]"); STRUCK, when not NULL, a negated one. */
char *phrase_examples_intro (const char *marked, const char *struck);

/* 'Topic "NAME" (N entries)' of topic T, the name cleaned. */
char *phrase_topic_title (const Profile *p, guint t);

/* The item on the intervals: RESAMPLES draws of CLUSTER_BY's units
 * (NULL: the articles); with PHRASE_FEW_ALL instead what a handful of
 * articles can and cannot show. */
char *phrase_reading_uncertainty (guint resamples, const char *cluster_by,
                                  PhraseFew few);

/* The item on z and the stars, with N_GROUPS groups (no word of stars
 * when FEW is PHRASE_FEW_ALL: nothing can be marked). */
char *phrase_reading_z (guint n_groups, PhraseFew few);

/* The item on negation with window WINDOW (0: not looked for). */
char *phrase_reading_negation (guint window);

/* "NAME (1,234 articles, 3,456 tokens)": a group in the list of groups. */
char *phrase_group_legend (const char *name, guint64 articles,
                           guint64 tokens);

/* "and N more" skipped inputs. */
char *phrase_skipped_more (guint n);

/* The closing paragraph of the reports: the version of framing, the
 * lexicon files by name with the first PROVENANCE_SHORT_HASH digits of
 * their SHA-256, the bootstrap's resamples and seed.  Not the time nor
 * the working directory, so that a report made again is the same. */
char *phrase_provenance (const Provenance *p);

/* The words of ARGV as a shell command, NULL-terminated (free with
 * g_strfreev ()): the program by its base name, each argument quoted for
 * the shell (g_shell_quote ()) unless it is made only of letters, digits
 * and @%+=:,./_-; then cleaned as fmt_clean_text () cleans text, so that
 * no control character reaches the report.  Joined by spaces, they are
 * the command line. */
char **phrase_command_words (const char *const *argv);

/* ---- the ratios between groups (after the profile tables) ---- */

/* The title of the part. */
extern const char phrase_pairs_title[];

/* What the tables of ratios say: the interval stands WHERE ("in
 * brackets"), resampling CLUSTER_BY's units (NULL: the articles), GE the
 * form's glyph before an interval with no upper bound. */
char *phrase_pairs_intro (const char *where, const char *cluster_by,
                          const char *ge);

/* Said instead of the tables with N_GROUPS groups, more than the report
 * shows: where the ratios are, and, beyond MAX_PAIRED groups, that the
 * table pairs only the MAX_PAIRED with the most articles. */
char *phrase_pairs_elsewhere (guint n_groups, guint max_paired);

/* ---- the pages of the articles (articles.html) and the worksheet
 * (worksheet.html), and the report page's link to them ---- */

/* The report page's paragraph on the two other pages, and what each is
 * (each item follows the page's file name). */
extern const char phrase_pages_intro[];
extern const char phrase_pages_articles[];
extern const char phrase_pages_worksheet[];

/* articles.html: its title, lead, the legend's heading and items, the
 * link back to the report, the label of a struck (negated) word and
 * what stands for an article with no title. */
extern const char phrase_articles_title[];
extern const char phrase_articles_lead[];
extern const char phrase_articles_legend[];
extern const char phrase_articles_legend_topic[];
extern const char phrase_articles_legend_negated[];
extern const char phrase_articles_legend_skipped[];
extern const char phrase_articles_back[];
extern const char phrase_articles_negated[];
extern const char phrase_articles_untitled[];

/* "outlet"/"outlets" when GROUP_BY is "outlet" or NULL, else
 * "group"/"groups" (static strings). */
const char *phrase_group_word (const char *group_by, gboolean plural);

/* "3 more articles of this group are not shown: the page shows the
 * first 20 articles of each group and 200 in all, in the order they
 * were read.", or "Its 5 articles are not shown: ..." when SHOWN is 0
 * (SHOWN < ALL). */
char *phrase_articles_left_out (guint shown, guint all, guint per_group,
                                guint total);

/* "The rest of this article (1,234 words) is not shown." */
char *phrase_article_cut (guint words);

/* "2 repeated lines were skipped in this article: they are not shown
 * here and were not counted." */
char *phrase_article_repeats (guint lines);

/* An article's counts: "812 words. Counted: escalation 12, peace 3.
 * Negated, not counted: 2." or "812 words. No word of the lexicons."
 * NAMES are the N_TOPICS topics' names (cleaned), COUNTS the article's
 * per topic. */
char *phrase_article_counts (guint tokens, const char *const *names,
                             const ScoreCount *counts, guint n_topics);

/* worksheet.html: its title for N groups of GROUP_BY ("Worksheet: one
 * story, 5 outlets"). */
char *phrase_worksheet_title (guint n, const char *group_by);
/* What each part of the worksheet is, in order. */
extern const char phrase_worksheet_name[];
extern const char phrase_worksheet_date[];
extern const char phrase_worksheet_headlines[];
extern const char phrase_worksheet_headlines_intro[];
extern const char phrase_worksheet_predict[];
extern const char phrase_worksheet_guess[];
extern const char phrase_worksheet_chart[];
extern const char phrase_worksheet_topic[];
extern const char phrase_worksheet_quotes[];
extern const char phrase_worksheet_quotes_intro[];
extern const char phrase_worksheet_quote[];
extern const char phrase_worksheet_source[];
extern const char phrase_worksheet_questions_title[];
extern const char phrase_worksheet_no_headline[];
/* The discussion questions of framing-classroom(7), NULL-terminated. */
extern const char *const phrase_worksheet_questions[];

/* "Before you see the chart: for each topic, rank the 5 outlets from 1
 * ..." for N groups of GROUP_BY. */
char *phrase_worksheet_predict_intro (guint n, const char *group_by);

/* "and 3 more" headlines, or groups left out of the worksheet. */
char *phrase_worksheet_more (guint n);

G_END_DECLS

#endif /* FRAMING_PHRASES_H */
