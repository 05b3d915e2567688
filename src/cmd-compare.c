/* cmd-compare.c - framing compare, part of the program (not libframing):
 * per-group framing profiles of the articles, or of merged counts files
 * (--from-counts), written as the text report on standard output, one
 * table as CSV (--csv), the chart alone (--chart), the tables as a
 * workbook alone (--xlsx), or every table (CSV, the workbook and
 * datapackage.json), the reports and the chart into a folder, all or
 * nothing (-o); see framing(1).
 */
#include "config.h"

#include <string.h>

#include "chart.h"
#include "cli.h"
#include "headlines.h"
#include "phrases.h"
#include "html.h"
#include "kwic.h"
#include "output.h"
#include "pairs.h"
#include "profile.h"
#include "provenance.h"
#include "reading.h"
#include "readpage.h"
#include "report.h"
#include "tables.h"

/* Example sentences the reports show per group and topic. */
#define EXAMPLES_PER_TOPIC 2

/* What each scored article is offered to: the reports' lists of
 * articles and the articles pages' texts (either may be NULL). */
typedef struct {
  Headlines *headlines;
  ReadingSet *reading;
} Collectors;

/* Offer one scored article to the COLLECTORS (user_data; the pipeline
 * calls this one article at a time). */
static void
collect_article (const ArticleScore *score, const FramingTokens *toks,
                 const GArray *hits, gpointer user_data)
{
  Collectors *c = user_data;
  if (c->headlines != NULL)
    headlines_add (c->headlines, score);
  if (c->reading != NULL)
    reading_set_collect (score, toks, hits, c->reading);
}

/* Everything a comparison writes. */
typedef struct {
  const PipelineResult *result;
  const TablesLayout *layout;   /* of the articles table */
  const FramingLexicon *lexicon;
  const Profile *profile;
  const Pairs *pairs;     /* the ratios between groups, or NULL when
                             neither a table nor the report shows them */
  const KwicExamples *examples;
  const ReadingSet *reading;    /* the articles kept for articles.html and
                                   worksheet.html, or NULL: no text */
  const Headlines *headlines; /* the articles read, or NULL */
  const char *source;
  const char *title;      /* of the reports and the chart (run_title ()) */
  const char *group_by;   /* what the groups are made of */
  Provenance *provenance; /* what the run was made of (run.json) */
} Comparison;

/* The corpus of C as the reports describe it. */
static ReportCorpus
report_corpus (const Comparison *c)
{
  return (ReportCorpus) {
    .source = c->source, .title = c->title, .group_by = c->group_by,
    .cluster_by = cluster_by (),
    .negation_window = (guint) opt.negation_window,
    .invalid_utf8 = c->result->invalid_utf8,
    .repeated_lines = c->result->repeated_lines,
    .repeat_articles = c->result->articles_with_repeats,
    .skipped = c->result->bad_inputs + c->result->empty_articles,
    .skipped_names = c->result->skipped,
    .where = opt.where != NULL ? (const char *const *) opt.where : NULL,
    .left_out = c->result->left_out,
    .period = opt.period, .undated = c->result->undated,
    .provenance = c->provenance, .headlines = c->headlines,
  };
}

/* The report model of C, built once for report.txt and report.html;
 * WITH_PAGES: the page links to articles.html and worksheet.html. */
static ReportModel *
report_model (const Comparison *c, gboolean with_pages)
{
  ReportCorpus corpus = report_corpus (c);
  ReportOptions ropts = { .ascii = opt.ascii, .top_terms = 5,
                          .pairs = c->pairs, .reading_pages = with_pages };
  return report_model_new (c->profile, c->examples, &corpus, &ropts);
}

/* Write the chart of C (chart.svg) to OUT; FALSE and ERROR if that
 * failed. */
static gboolean
write_chart (FILE *out, const Comparison *c, GError **error)
{
  ChartOptions copts = { .source = c->title, .group_by = c->group_by };
  return chart_write (out, c->profile, &copts, error);
}

/* Report ERROR of the writer that failed on OUT, file NAME of DIR, and
 * return the failure status (write_failed ()). */
static int
dir_write_failed (FILE *out, const char *dir, const char *name,
                  const GError *error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  return write_failed (out, path, error);
}

/* Write only the chart of C to FILE (--chart), atomically. */
static int
write_chart_file (const Comparison *c, const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *name = g_path_get_basename (file);
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  FILE *out = set != NULL ? output_set_add (set, name, &error) : NULL;
  if (out == NULL)
    return fail (error);
  if (!write_chart (out, c, &error))
    return dir_write_failed (out, dir, name, error);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Add articles.html and worksheet.html of C and MODEL to SET, the
 * files of -o DIR; 0 or the failure status. */
static int
write_reading_pages (OutputSet *set, const Comparison *c,
                     const ReportModel *model, const char *dir)
{
  g_autoptr (GError) error = NULL;
  FILE *out = output_set_add (set, "articles.html", &error);
  if (out == NULL)
    return fail (error);
  if (!readpage_articles_write (out, model, c->reading, &error))
    return dir_write_failed (out, dir, "articles.html", error);
  if ((out = output_set_add (set, "worksheet.html", &error)) == NULL)
    return fail (error);
  if (!readpage_worksheet_write (out, model, c->reading, &error))
    return dir_write_failed (out, dir, "worksheet.html", error);
  return 0;
}

/* Where the tables of a workbook written with -o are whole. */
static const char whole_in_dir[] = "the CSV files beside it";
/* And of one written with --xlsx. */
static const char whole_by_csv[] = "compare --csv TABLE";

/* The workbook of C's tables, its About sheet saying that the tables
 * are whole in WHOLE; NULL and ERROR when it cannot be made or the
 * articles cannot be read back. */
static Xlsx *
make_workbook (const Comparison *c, const char *whole, GError **error)
{
  ReportCorpus corpus = report_corpus (c);
  g_autofree char *paragraph = phrase_corpus (c->profile, &corpus);
  g_auto (GStrv) options = provenance_pairs (c->provenance);
  XlsxAbout about = { paragraph, c->lexicon, (const char *const *) options,
                      whole, run_created () };
  g_autoptr (Xlsx) wb = xlsx_new (&about, error);
  if (wb == NULL
      || !tables_write_sheets (wb, tables_names, c->result->articles_table,
                               c->lexicon, c->profile, c->pairs, c->layout,
                               error))
    return NULL;
  return g_steal_pointer (&wb);
}

/* Write C's workbook to OUT, file NAME of DIR, and tell what it cut;
 * 0 or the failure status. */
static int
write_workbook (FILE *out, const Comparison *c, const char *dir,
                const char *name, const char *whole)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Xlsx) wb = make_workbook (c, whole, &error);
  if (wb == NULL)
    return fail (error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  if (!xlsx_write (wb, out, &error))
    return run_xlsx_failed (path, error);
  run_note_cuts (wb, path, whole);
  return 0;
}

/* Write only the workbook of C to FILE (--xlsx), atomically. */
static int
write_xlsx_file (const Comparison *c, const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *name = g_path_get_basename (file);
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  FILE *out = set != NULL ? output_set_add (set, name, &error) : NULL;
  if (out == NULL)
    return fail (error);
  int rc = write_workbook (out, c, dir, name, whole_by_csv);
  if (rc != 0)
    return rc;
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Write every table and the report into -o DIR, all or nothing. */
static int
write_output_dir (const Comparison *c, const char *dir)
{
  g_autoptr (GError) error = NULL;
  int rc;
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  if (set == NULL)
    return fail (error);
  for (const char *const *t = tables_names; *t != NULL; t++)
    {
      g_autofree char *name = g_strconcat (*t, ".csv", NULL);
      FILE *out = output_set_add (set, name, &error);
      if (out == NULL)
        return fail (error);
      if (!tables_write (out, *t, c->result->articles_table, c->lexicon,
                         c->profile, c->pairs, c->layout, &error))
        return dir_write_failed (out, dir, name, error);
    }
  g_autoptr (ReportModel) model = report_model (c, c->reading != NULL);
  FILE *out = output_set_add (set, "report.txt", &error);
  if (out == NULL)
    return fail (error);
  if (!report_write (out, model, &error))
    return dir_write_failed (out, dir, "report.txt", error);
  if ((out = output_set_add (set, "chart.svg", &error)) == NULL)
    return fail (error);
  if (!write_chart (out, c, &error))
    return dir_write_failed (out, dir, "chart.svg", error);
  if ((out = output_set_add (set, "report.html", &error)) == NULL)
    return fail (error);
  if (!html_write (out, model, &error))
    return dir_write_failed (out, dir, "report.html", error);
  if (c->reading != NULL && (rc = write_reading_pages (set, c, model, dir)) != 0)
    return rc;
  if ((out = output_set_add (set, "run.json", &error)) == NULL)
    return fail (error);
  if (!provenance_write (c->provenance, out, &error))
    return dir_write_failed (out, dir, "run.json", error);
  if ((out = output_set_add (set, "framing.xlsx", &error)) == NULL)
    return fail (error);
  if ((rc = write_workbook (out, c, dir, "framing.xlsx", whole_in_dir)) != 0)
    return rc;
  if ((out = output_set_add (set, "datapackage.json", &error)) == NULL)
    return fail (error);
  if (!tables_write_datapackage (out, "framing-compare", tables_names,
                                 c->lexicon, c->layout, &error))
    return dir_write_failed (out, dir, "datapackage.json", error);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Parse the --balance pairs (default escalation:peace when both topics
 * exist) into PAIRS; returns 0 or the usage status. */
static int
parse_balance (const FramingLexicon *lexicon, GArray *pairs)
{
  if (opt.balance == NULL || opt.balance[0] == NULL)
    {
      int a = lexicon_find_topic (lexicon, "escalation");
      int b = lexicon_find_topic (lexicon, "peace");
      if (a >= 0 && b >= 0)
        g_array_append_val (pairs, ((ProfilePair) { (guint) a, (guint) b }));
      return 0;
    }
  for (char **p = opt.balance; *p != NULL; p++)
    {
      g_auto (GStrv) parts = g_strsplit (*p, ":", -1);
      int a = g_strv_length (parts) == 2 ? lexicon_find_topic (lexicon, parts[0]) : -1;
      int b = a >= 0 ? lexicon_find_topic (lexicon, parts[1]) : -1;
      if (a < 0 || b < 0 || a == b)
        return usage_error ("compare", "bad value for --balance: '%s' (two different "
                            "topics of the lexicons, as A:B)", *p);
      g_array_append_val (pairs, ((ProfilePair) { (guint) a, (guint) b }));
    }
  return 0;
}

/* Most bootstrap resamples --resamples takes. */
#define MAX_RESAMPLES 100000

/* The --seed and --resamples values into POPTS; returns 0 or the usage
 * status. */
static int
parse_bootstrap (ProfileOptions *popts)
{
  popts->seed = PROFILE_SEED;
  popts->resamples = PROFILE_RESAMPLES;
  guint64 seed;
  if (opt.seed != NULL)
    {
      if (!g_ascii_string_to_unsigned (opt.seed, 10, 0, G_MAXUINT64, &seed, NULL))
        return usage_error ("compare", "bad value for --seed: '%s' (a whole number "
                            "from 0 to %" G_GUINT64_FORMAT ")", opt.seed, G_MAXUINT64);
      popts->seed = seed;
    }
  if (opt.resamples != -1)
    {
      if (opt.resamples < 0 || opt.resamples > MAX_RESAMPLES)
        return usage_error ("compare", "bad value for --resamples: %d (a whole number "
                            "from 0 to %d)", opt.resamples, MAX_RESAMPLES);
      popts->resamples = (guint) opt.resamples;
    }
  return 0;
}

/* The balance PAIRS of LEXICON as "A:B", NULL-terminated. */
static char **
balance_names (const FramingLexicon *lexicon, const GArray *pairs)
{
  char **names = g_new0 (char *, pairs->len + 1);
  for (guint k = 0; k < pairs->len; k++)
    {
      const ProfilePair *pair = &g_array_index (pairs, ProfilePair, k);
      names[k] = g_strconcat (((LexTopic *) g_ptr_array_index
                               (lexicon->topics, pair->a))->name, ":",
                              ((LexTopic *) g_ptr_array_index
                               (lexicon->topics, pair->b))->name, NULL);
    }
  return names;
}

/* Tell PROV what RUN reads and every option of it that changes the
 * numbers (-j does not: every -j gives the same), the bootstrap of POPTS,
 * and let it see the
 * files read when WITH_FILES (for run.json).  FALSE and ERROR when a
 * lexicon file cannot be hashed. */
static gboolean
record_run (Provenance *prov, CommandRun *run, const GArray *pairs,
            const ProfileOptions *popts, gboolean with_files, GError **error)
{
  guint n_lex = opt.lexicons != NULL ? g_strv_length (opt.lexicons) : 0;
  provenance_set_language (prov, language ());
  if (!provenance_set_lexicons (prov, (const char *const *) opt.lexicons,
                                n_lex, run->lexicon, error))
    return FALSE;
  provenance_set_manifest (prov, run->input.manifest, run->example != NULL);
  for (char **in = opt.inputs; in != NULL && *in != NULL; in++)
    provenance_add_input (prov, *in);
  g_auto (GStrv) balance = balance_names (run->lexicon, pairs);
  provenance_option_string (prov, "group_by", group_by ());
  provenance_option_string (prov, "cluster", cluster_by () != NULL
                            ? cluster_by () : "article");
  provenance_option_file (prov, "group_map", opt.group_map);
  provenance_option_strv (prov, "where", (const char *const *) opt.where);
  provenance_option_string (prov, "period", opt.period);
  provenance_option_int (prov, "negation_window", opt.negation_window);
  provenance_option_int (prov, "presence", opt.presence);
  provenance_option_strv (prov, "balance", (const char *const *) balance);
  provenance_option_bool (prov, "from_counts", opt.from_counts);
  provenance_option_bool (prov, "jsonl", opt.jsonl);
  provenance_option_string (prov, "text_field", opt.text_field);
  provenance_option_string (prov, "outlet_field", opt.outlet_field);
  provenance_option_string (prov, "id_field", opt.id_field);
  provenance_option_string (prov, "title_field", opt.title_field);
  provenance_set_bootstrap (prov, popts->seed, popts->resamples);
  if (with_files)
    {
      run->input.on_file = provenance_note_file;
      run->input.on_file_data = prov;
    }
  return TRUE;
}

/* The ratios between the groups of PROFILE, when pairs.csv is written
 * (-o, --csv pairs) or the report shows them (2 to REPORT_PAIRS_MAX
 * groups); else NULL.  Beyond PAIRS_MAX_GROUPS groups the table holds
 * the pairs among the largest only, and a note says so. */
static Pairs *
compare_pairs (const Profile *profile)
{
  const guint n = profile_n_groups (profile);
  gboolean table = opt.output_dir != NULL || opt.xlsx != NULL
                   || g_strcmp0 (opt.csv_table, "pairs") == 0;
  gboolean report = (opt.output_dir != NULL
                     || (opt.csv_table == NULL && opt.chart == NULL
                         && opt.xlsx == NULL))
                    && n >= 2 && n <= REPORT_PAIRS_MAX;
  if (!table && !report)
    return NULL;
  if (table && n > PAIRS_MAX_GROUPS && !opt.quiet)
    say ("note: %u groups: the pairs table holds the pairs among the %u "
         "with the most articles only", n, PAIRS_MAX_GROUPS);
  return pairs_new (profile, PAIRS_MAX_GROUPS);
}

/* Beyond PROFILE_ALL_PAIRS groups, say what distances.csv and terms.csv
 * hold when either is written. */
static void
note_many_groups (const Profile *profile)
{
  const guint n = profile_n_groups (profile);
  gboolean table = opt.output_dir != NULL || opt.xlsx != NULL
                   || g_strcmp0 (opt.csv_table, "distances") == 0
                   || g_strcmp0 (opt.csv_table, "terms") == 0;
  if (table && n > PROFILE_ALL_PAIRS && !opt.quiet)
    say ("note: %u groups: the distances table holds each group's %u "
         "nearest, and the terms table each group's entries with hits",
         n, NEAREST_K);
}

/* Say that the articles, grouped by LABEL, made one group only: the
 * common mistake of a folder of files without an outlet each. */
static void
warn_one_group (const char *label)
{
  if (strcmp (label, "outlet") == 0)
    say ("warning: only one group: nothing to compare; put each outlet's "
         "articles in a folder of its own, or use -m");
  else
    say ("warning: only one group: every article has the same \"%s\", so "
         "there is nothing to compare", label);
}

/* framing compare: per-group framing profiles. */
int
cmd_compare (void)
{
  if (opt.csv_table != NULL && !tables_known (opt.csv_table))
    return usage_error ("compare", "unknown table '%s' (articles, profiles, terms, "
                        "distances, balance or pairs)", opt.csv_table);
  if (opt.from_counts && (opt.inputs == NULL || opt.inputs[0] == NULL))
    return usage_error ("compare", "--from-counts needs the counts files to merge");
  if (opt.from_counts && (opt.where != NULL || opt.period != NULL
                          || opt.keep != NULL))
    return usage_error ("compare", "--where, --period and --keep cannot go "
                        "with --from-counts (counts files keep no metadata)");

  /* What the run is made of, from its start, for run.json and the
   * report's closing paragraph (--csv and --chart alone have neither). */
  g_autoptr (Provenance) prov = NULL;
  if (opt.output_dir != NULL || opt.xlsx != NULL
      || (opt.csv_table == NULL && opt.chart == NULL))
    {
      g_autoptr (GError) error = NULL;
      if ((prov = provenance_new (program_argv, &error)) == NULL)
        return fail (error);
    }
  g_auto (CommandRun) run = { 0 };
  int rc = run_prepare (&run, "compare");
  if (rc != 0)
    return rc;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (ProfilePair));
  if ((rc = parse_balance (run.lexicon, pairs)) != 0)
    return rc;
  ProfileOptions popts = {
    .keep_resampled = PAIRS_MAX_GROUPS,
    .presence = (guint) opt.presence,
    .balance = (const ProfilePair *) pairs->data, .n_balance = pairs->len,
    .jobs = opt.jobs > 0 ? (guint) opt.jobs : g_get_num_processors (),
  };
  if ((rc = parse_bootstrap (&popts)) != 0)
    return rc;
  if (prov != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!record_run (prov, &run, pairs, &popts, opt.output_dir != NULL,
                       &error))
        return fail (error);
    }
  g_autoptr (Profile) profile = profile_new (run.lexicon, &popts);
  /* Counts files keep no text, so a merge has no example sentences. */
  g_autoptr (KwicExamples) examples = opt.from_counts ? NULL
    : kwic_examples_new (EXAMPLES_PER_TOPIC);
  /* The articles pages need the text too, and only -o writes them. */
  g_autoptr (ReadingSet) reading = opt.from_counts || opt.output_dir == NULL
    ? NULL : reading_set_new (READING_PER_GROUP, READING_TOTAL,
                              READING_TEXT_MAX);
  run.config.profile = profile;
  run.config.examples = examples;
  /* The articles the reports list; counts files keep no titles. */
  g_autoptr (Headlines) headlines = opt.from_counts ? NULL
    : headlines_new (REPORT_HEADLINES);
  Collectors collectors = { headlines, reading };
  if (headlines != NULL || reading != NULL)
    {
      run.config.on_article = collect_article;
      run.config.user_data = &collectors;
    }
  /* The per-article rows go only into -o's articles.csv and --csv articles. */
  run.config.keep_scores = opt.output_dir != NULL || opt.xlsx != NULL
                           || g_strcmp0 (opt.csv_table, "articles") == 0;
  g_autoptr (PipelineResult) result = opt.from_counts ? run_merge_counts (&run)
                                                      : run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  profile_finish (profile);
  g_autoptr (Pairs) ratios = compare_pairs (profile);
  note_many_groups (profile);
  if (profile_n_groups (profile) == 1 && !opt.quiet)
    warn_one_group (run_group_label (&run));

  g_autofree char *source = run_describe_source (&run);
  g_autofree char *title = run_title (&run);
  TablesLayout layout = pipeline_layout (&run.config, result);
  Comparison c = { result, &layout, run.lexicon, profile, ratios, examples,
                   reading, headlines, source, title, run_group_label (&run),
                   prov };
  if (opt.output_dir != NULL && (rc = write_output_dir (&c, opt.output_dir)) != 0)
    return rc;
  if (opt.chart != NULL && (rc = write_chart_file (&c, opt.chart)) != 0)
    return rc;
  if (opt.xlsx != NULL && (rc = write_xlsx_file (&c, opt.xlsx)) != 0)
    return rc;
  if (opt.csv_table != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!tables_write (stdout, opt.csv_table, result->articles_table,
                         run.lexicon, profile, ratios, &layout, &error))
        return write_failed (stdout, NULL, error);
    }
  else if (opt.output_dir == NULL && opt.chart == NULL && opt.xlsx == NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (ReportModel) model = report_model (&c, FALSE);
      if (!report_write (stdout, model, &error))
        return write_failed (stdout, NULL, error);
    }
  return finish_stdout (EXIT_SUCCESS);
}
