/* reportmodel.h - the report of a comparison as data: one report, two
 * renderers.
 *
 * The program builds one ReportModel from the finished profile, the
 * examples and the corpus description (report_model_new ()), and hands
 * it to the text report (report.c) and to the page (html.c).  The model
 * holds everything the two say alike: the sections in order, every name
 * cleaned and every number formatted, per group and topic, the groups'
 * labels and lists, the examples cut to REPORT_EXAMPLES, and the
 * sentences built from phrases.h.  What the two forms write differently
 * is a ReportForm, one per renderer: its glyphs, how it marks a hit, how
 * it cleans corpus text; report_prose_init () builds from it the
 * sentences that depend on it, report_interval () and
 * report_example_text () the interval of a rate and the split example.
 * A renderer only lays out what it is given: the text wraps it at 80
 * columns, the page escapes it.
 */
#ifndef FRAMING_REPORTMODEL_H
#define FRAMING_REPORTMODEL_H

#include <glib.h>

#include "kwic.h"
#include "pairs.h"
#include "phrases.h"
#include "profile.h"

G_BEGIN_DECLS

#define REPORT_ALPHA 0.05        /* adjusted p below which a row is marked */
#define REPORT_ALPHA_TEXT "0.05" /* REPORT_ALPHA as the reports write it */
#define REPORT_CONTEXT 160   /* code points kept each side of an example hit */
#define REPORT_EXAMPLES 2    /* example sentences per group and topic */
#define REPORT_GROUPS_MAX 50 /* more groups: those with the most articles
                                are shown (the tables have them all) */
#define REPORT_MATRIX_MAX 24 /* more groups: nearest and farthest only */
#define REPORT_PAIRS_MAX 6   /* more groups: the ratios in pairs.csv only */
#define REPORT_CONCENTRATED 0.5 /* a share of a group's hits of a topic
                                   above which five articles, or one
                                   cluster, are said to hold them */
/* The rates of a profile table and their intervals share one number of
 * decimals: enough for the smallest nonzero rate to show
 * REPORT_RATE_DIGITS significant digits, from REPORT_RATE_DECIMALS_MIN
 * to REPORT_RATE_DECIMALS_MAX (fmt_table_decimals ()). */
/* Articles listed per group under its name (the first by id). */
#define REPORT_HEADLINES 5
/* Days between the first and last article's date beyond which the
 * reports warn that the articles may not report the same event. */
#define REPORT_SPAN_DAYS 7
#define REPORT_RATE_DIGITS 2
#define REPORT_RATE_DECIMALS_MIN 1
#define REPORT_RATE_DECIMALS_MAX 3

/* The sections of the reports, in order. */
typedef enum {
  REPORT_SECTION_CORPUS,
  REPORT_SECTION_CHART, /* the page only */
  REPORT_SECTION_PROFILES,
  REPORT_SECTION_SHARES,
  REPORT_SECTION_BALANCE,
  REPORT_SECTION_DISTANCES,
  REPORT_SECTION_TERMS,
  REPORT_SECTION_EXAMPLES,
  REPORT_SECTION_READING,
  REPORT_N_SECTIONS
} ReportSection;

/* Section S's anchor on the page ("corpus") and title ("The corpus"):
 * static strings. */
const char *report_section_id (ReportSection s);
const char *report_section_title (ReportSection s);

/* The columns of the tables, in order: a profile table's, then a table
 * of distinguishing entries'. */
typedef enum {
  REPORT_COLUMN_GROUP,
  REPORT_COLUMN_ARTICLES,
  REPORT_COLUMN_RATE,
  REPORT_COLUMN_INTERVAL, /* the page only: the text has it beside the rate */
  REPORT_COLUMN_SHARE,
  REPORT_COLUMN_PRESENT,
  REPORT_COLUMN_Z,
  REPORT_COLUMN_ENTRY,    /* the page only: the text has the topic there */
  REPORT_COLUMN_HITS,
  REPORT_COLUMN_TERM_RATE,
  REPORT_COLUMN_TERM_Z,
  REPORT_N_COLUMNS
} ReportColumn;

/* The heading of column C ("Per 1000 tokens"): a static string. */
const char *report_column_title (ReportColumn c);

/* One group's numbers for one topic, formatted ('.' decimals). */
typedef struct {
  char *per_1k;    /* "12.3", "0.29": the topic's decimals */
  char *ci_low;    /* "9.8", NULL when there is no interval (n/a, or
                      a group of few articles) */
  char *ci_high;   /* "15.1", NULL with ci_low */
  char *share;     /* "45.3%" */
  double fraction; /* the share as a bar's length, in [0, 1] (0 when
                      there is no share) */
  char *present;   /* "80%" */
  char *z;         /* "+2.10" */
  gboolean marked; /* p_adj below REPORT_ALPHA (never for a few group) */
  gboolean few;    /* the group has fewer than PROFILE_FEW_ARTICLES
                      articles: no interval, no mark */
} ReportCell;

/* A row of a distinguishing-entries table. */
typedef struct {
  char *spelling;  /* cleaned */
  char *hits;      /* "1,234" */
  char *per_1k;    /* "0.12" */
  char *z;         /* "+3.40" */
  gboolean marked; /* its p_adj below REPORT_ALPHA */
} ReportTermRow;

/* A topic: its name and title cleaned, its description cleaned or NULL. */
typedef struct {
  char *name;
  char *title;       /* phrase_topic_title () */
  char *description;
  int decimals;      /* of its table's rates and intervals (the
                        REPORT_RATE_DIGITS rule) */
} ReportTopic;

/* A group and everything the reports say about it. */
typedef struct {
  char *name;          /* cleaned */
  guint number;        /* its place among all groups from 1 (name order,
                          as in the tables) */
  char *label;         /* "2. NAME": the number and the name */
  char *legend;        /* "NAME (1,234 articles, 3,456 tokens)" */
  GPtrArray *headlines; /* char*: its first REPORT_HEADLINES articles,
                           phrase_headline (), then phrase_headlines_more
                           () when it has more; empty when not known */
  char *articles;      /* "1,234" */
  gboolean few;        /* fewer than PROFILE_FEW_ARTICLES articles: its
                          numbers describe its articles only */
  gboolean has_hits;   /* some lexicon hit (else no shares) */
  GPtrArray *compare;  /* char*: per topic on which it is first or last of
                          the groups, phrase_compare_topic () ending in
                          '.', or phrase_compare_none alone */
  char *dominant;      /* phrase_dominant (), as a sentence ending in '.',
                          or NULL when every group has the same
                          (ReportModel.balance_intro says it once) */
  GPtrArray *balance;  /* char*: phrase_balance () per pair (may be empty) */
  char *nearest;       /* phrase_nearest (), only beyond REPORT_MATRIX_MAX
                          groups, else NULL */
  ReportCell *cells;   /* one per topic */
  GPtrArray **terms;   /* per topic, ReportTermRow*; empty: none */
  char **terms_title;  /* per topic, the topic's name, or "NAME: none"
                          (phrase_no_terms) */
  GPtrArray **examples; /* per topic, up to REPORT_EXAMPLES KwicExample*
                           borrowed from the examples; empty: no hit */
  char **examples_title; /* per topic, its name, or "NAME: no hit"
                            (phrase_no_example) */
} ReportGroup;

/* How the report is to be made. */
typedef struct {
  gboolean ascii;  /* --ascii: the text report's bars and marks in plain
                      ASCII (the page has no ASCII form) */
  guint top_terms; /* distinguishing entries per group and topic (5) */
  const Pairs *pairs; /* the ratios between the groups (pairs_new () of
                         the profile; read while the model is made), or
                         NULL: the report shows none */
  gboolean reading_pages; /* articles.html and worksheet.html are written
                             beside the page, which links to them */
} ReportOptions;

/* ---- the ratios between groups: a part after the profile tables ---- */

/* The columns of a table of ratios, in order. */
typedef enum {
  REPORT_PAIR_COLUMN_A,
  REPORT_PAIR_COLUMN_B,
  REPORT_PAIR_COLUMN_RATIO,
  REPORT_PAIR_COLUMN_INTERVAL, /* the page only: the text has it beside
                                  the ratio */
  REPORT_PAIR_COLUMN_DIFFERENCE,
  REPORT_N_PAIR_COLUMNS
} ReportPairColumn;

/* The heading of column C ("Ratio"): a static string. */
const char *report_pair_column_title (ReportPairColumn c);

/* Groups A and B compared on one topic, formatted: the ratios of a
 * topic's table all with the same decimals, enough for two significant
 * digits of the smallest of them. */
typedef struct {
  char *a;          /* A's name, cleaned */
  char *b;          /* B's */
  char *ratio;      /* "1.25", or NULL: undefined (B's rate is 0) */
  char *low;        /* "0.61", or NULL: no interval */
  char *high;       /* "2.70", or NULL with LOW set: no upper bound */
  char *difference; /* "+2.3": A's rate minus B's per 1000 tokens */
} ReportPairRow;

/* The part on the ratios between groups. */
typedef struct {
  char *elsewhere;  /* phrase_pairs_elsewhere () beyond REPORT_PAIRS_MAX
                       groups, else NULL */
  GPtrArray **rows; /* per topic, ReportPairRow* by A then B; NULL
                       beyond REPORT_PAIRS_MAX groups */
} ReportPairs;

/* The report of a comparison, built once and rendered as text
 * (report.c) and as a page (html.c).  Strings are plain text, cleaned
 * with fmt_clean_text (); the renderers wrap or escape them. */
typedef struct {
  const Profile *profile; /* borrowed, for the page's chart only */
  char *source;           /* the corpus's source (phrase_no_source when
                             it was not named) */
  char *title;            /* phrase_report_title () of the corpus's
                             title, or of its source when it has none */
  char *name;             /* the corpus's title, or its source: what the
                             chart's subtitle names */
  char *group_by;         /* the grouping field, or NULL */
  char *cluster_by;       /* the cluster field, or NULL: the articles */
  gboolean ascii;         /* ReportOptions.ascii */
  char *corpus;           /* phrase_corpus () */
  char *span;             /* phrase_span (), after the corpus paragraph,
                             or NULL when no article had a date */
  guint headlines;        /* articles listed per group (0: none known) */
  PhraseFew few;          /* how many groups are a handful of articles */
  char *few_note;         /* phrase_few_note (), after the corpus
                             paragraph, or NULL when no group is few */
  GPtrArray *skipped;     /* char*: the skipped inputs named, cleaned,
                             then "and N more" if some are not named */
  guint presence;         /* hits for a topic to be present */
  GPtrArray *balance_intro; /* char*, the paragraphs before the groups'
                               comparisons: phrase_compare_intro,
                               phrase_balance_intro (), phrase_no_balance
                               when no pair was asked for, and
                               phrase_same_dominant () when every group
                               has the same dominant frame */
  guint top_terms;        /* distinguishing entries per group and topic */
  char *terms_intro;      /* phrase_terms_intro () */
  char *concentrated_intro; /* phrase_concentrated_intro () */
  GPtrArray *concentrated; /* char*: phrase_concentrated () per group and
                              topic (in that order) whose five articles
                              with the most hits (in a group of more than
                              ten), or whose one cluster (among two or
                              more units), hold more than
                              REPORT_CONCENTRATED of its weighted hits;
                              may be empty */
  gboolean has_examples;  /* FALSE for a merge of counts (no text) */
  guint negation_window;
  GPtrArray *topics;      /* ReportTopic*, in lexicon order */
  guint *shown;           /* per group shown, its index in the profile
                             (report_model_profile_group ()) */
  guint n_shown;          /* every group, or the REPORT_GROUPS_MAX with
                             the most articles (ties by name) */
  char *left_out;         /* phrase_groups_left_out (), after the corpus
                             paragraph, or NULL when every group is shown */
  GPtrArray *groups;      /* ReportGroup*, the groups shown in name
                             order, each numbered by its place among all
                             groups (as in the tables) */
  char **jsd;             /* jsd[i * n + j] between the groups shown as
                             "0.012", or NULL beyond REPORT_MATRIX_MAX */
  ReportPairs *pairs;     /* the ratios between groups, or NULL: none to
                             show (fewer than two groups, or up to
                             REPORT_PAIRS_MAX and no ReportOptions.pairs) */
  char *provenance;       /* the closing paragraph, phrase_provenance (),
                             or NULL when the corpus gave no provenance */
  gboolean reading_pages; /* ReportOptions.reading_pages */
  char **command;         /* the words of the run's command line,
                             phrase_command_words (), shown after it, or
                             NULL with it */
} ReportModel;

/* The model of PROFILE (finished), EXAMPLES (may be NULL) and CORPUS,
 * made as OPTS say.  PROFILE and EXAMPLES are borrowed and must outlive
 * the model; everything else is copied. */
ReportModel *report_model_new (const Profile *profile,
                               const KwicExamples *examples,
                               const ReportCorpus *corpus,
                               const ReportOptions *opts);
/* Free MODEL; NULL is a no-op. */
void report_model_free (ReportModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReportModel, report_model_free)

/* Group I (from 0) and topic T of MODEL. */
static inline const ReportGroup *
report_model_group (const ReportModel *model, guint i)
{
  return g_ptr_array_index (model->groups, i);
}

static inline const ReportTopic *
report_model_topic (const ReportModel *model, guint t)
{
  return g_ptr_array_index (model->topics, t);
}

/* The profile's group that MODEL shows as its group I. */
static inline const ProfileGroup *
report_model_profile_group (const ReportModel *model, guint i)
{
  return profile_group_at (model->profile, model->shown[i]);
}

/* ---- the two forms: the text (report.c) and the page (html.c) ---- */

/* What a form of the report writes its own way.  Each renderer has its
 * form; the model and its sentences are the same for both. */
typedef struct {
  const char *ellipsis;    /* where text was cut: "…" or "..." */
  const char *dash;        /* in ranges and in Jensen–Shannon: "–" or "-" */
  const char *ge;          /* "≥" or ">=" */
  const char *bar;         /* the glyph of 2% of a share bar, or NULL when
                              the form's bars have none */
  const char *interval_at; /* where a rate's interval stands in the
                              tables: "in brackets" */
  const char *marked;      /* a marked hit, in the form's own markup:
                              "marked [[like this]]" */
  const char *struck;      /* a negated hit so shown, or NULL when the
                              form shows them as any other */
  guint name_columns;      /* the tables' name column, past which names
                              are shortened; 0: never shortened */
  char *(*clean) (const char *s); /* the form's cleaning of corpus text
                                     (newly allocated) */
} ReportForm;

/* The sentences of a model that read differently in each form: glyphs
 * in them, or words about the form's layout.  Strings, newly allocated,
 * are plain text but for examples_intro, which is in the form's markup. */
typedef struct {
  char *legend_intro;     /* phrase_legend_intro (), or phrase_no_articles
                             when there is no group */
  char *profiles_intro;   /* phrase_profiles_intro () */
  char *mark_note;        /* phrase_mark_note () */
  char *shares_intro;     /* phrase_shares_intro () */
  char *divergence_intro; /* phrase_divergence_intro () */
  char *examples_intro;   /* phrase_examples_intro () */
  char *chart_intro;      /* phrase_chart_intro () (the page's) */
  GPtrArray *reading;     /* char*: the items of "How to read this" */
} ReportProse;

/* Fill PROSE with the sentences of MODEL as FORM writes them; free them
 * with report_prose_clear (). */
void report_prose_init (ReportProse *prose, const ReportModel *model,
                        const ReportForm *form);
void report_prose_clear (ReportProse *prose);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportProse, report_prose_clear)

/* The 95% interval of CELL as FORM writes it, "9.8–15.1", "n/a" when
 * there is none (a group of one resampling unit), or "" for a group of
 * few articles (the renderers show its rate alone).  Newly allocated. */
char *report_interval (const ReportCell *cell, const ReportForm *form);

/* The lead-in of the ratios between groups as FORM writes it
 * (phrase_pairs_intro ()).  Newly allocated. */
char *report_pairs_intro (const ReportModel *model, const ReportForm *form);

/* The ratio of ROW with its interval as FORM writes it: "1.25
 * (0.61–2.70)", "3.0 (≥ 1.3)" with no upper bound, "1.25 (n/a)" with no
 * interval, "n/a" when undefined.  Newly allocated. */
char *report_pair_ratio (const ReportPairRow *row, const ReportForm *form);

/* The interval of ROW alone, "0.61–2.70", "≥ 1.3" or "n/a".  Newly
 * allocated. */
char *report_pair_interval (const ReportPairRow *row, const ReportForm *form);

/* An example sentence split for marking: its article's id, the hit, and
 * the context each side, cut to REPORT_CONTEXT code points at a space
 * with the form's ellipsis; a space between a context and the hit ends
 * LEFT or starts RIGHT only where the sentence had one (punctuation
 * stays glued to the hit).  All cleaned as the form cleans corpus text,
 * so that LEFT MATCH RIGHT, written one after the other, is the
 * sentence. */
typedef struct {
  char *id;
  char *left;
  char *match;
  char *right;
} ReportExampleText;

/* EX split as FORM writes it.  Free the strings with
 * report_example_text_clear (). */
void report_example_text (const KwicExample *ex, const ReportForm *form,
                          ReportExampleText *out);
void report_example_text_clear (ReportExampleText *t);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportExampleText, report_example_text_clear)

G_END_DECLS

#endif /* FRAMING_REPORTMODEL_H */
