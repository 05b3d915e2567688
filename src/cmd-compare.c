/* cmd-compare.c - framing compare, part of the program (not libframing):
 * per-group framing profiles of the articles, or of merged counts files
 * (--from-counts), written as the text report on standard output, one
 * table as CSV (--csv), the chart alone (--chart), or every table, the
 * reports and the chart into a folder, all or nothing (-o); see
 * framing(1).
 */
#include "config.h"

#include "chart.h"
#include "cli.h"
#include "html.h"
#include "kwic.h"
#include "output.h"
#include "profile.h"
#include "report.h"
#include "tables.h"

/* Example sentences the reports show per group and topic. */
#define EXAMPLES_PER_TOPIC 2

/* Everything a comparison writes. */
typedef struct {
  const PipelineResult *result;
  const TablesLayout *layout;   /* of the articles table */
  const FramingLexicon *lexicon;
  const Profile *profile;
  const KwicExamples *examples;
  const char *source;
  const char *group_by;   /* what the groups are made of */
} Comparison;

/* The corpus of C as the reports describe it. */
static ReportCorpus
report_corpus (const Comparison *c)
{
  return (ReportCorpus) {
    .source = c->source, .group_by = c->group_by,
    .negation_window = (guint) opt.negation_window,
    .invalid_utf8 = c->result->invalid_utf8,
    .repeated_lines = c->result->repeated_lines,
    .skipped = c->result->bad_inputs + c->result->empty_articles,
    .skipped_names = c->result->skipped,
    .where = opt.where != NULL ? (const char *const *) opt.where : NULL,
    .left_out = c->result->left_out,
    .period = opt.period, .undated = c->result->undated,
  };
}

/* The report model of C, built once for report.txt and report.html. */
static ReportModel *
report_model (const Comparison *c)
{
  ReportCorpus corpus = report_corpus (c);
  ReportOptions ropts = { .ascii = opt.ascii, .top_terms = 5 };
  return report_model_new (c->profile, c->examples, &corpus, &ropts);
}

/* Write the chart of C (chart.svg) to OUT; FALSE and ERROR if that
 * failed. */
static gboolean
write_chart (FILE *out, const Comparison *c, GError **error)
{
  ChartOptions copts = { .source = c->source, .group_by = c->group_by };
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

/* Write every table and the report into -o DIR, all or nothing. */
static int
write_output_dir (const Comparison *c, const char *dir)
{
  g_autoptr (GError) error = NULL;
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
                         c->profile, c->layout, &error))
        return dir_write_failed (out, dir, name, error);
    }
  g_autoptr (ReportModel) model = report_model (c);
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

/* framing compare: per-group framing profiles. */
int
cmd_compare (void)
{
  if (opt.csv_table != NULL && !tables_known (opt.csv_table))
    return usage_error ("compare", "unknown table '%s' (articles, profiles, terms, "
                        "distances or balance)", opt.csv_table);
  if (opt.from_counts && (opt.inputs == NULL || opt.inputs[0] == NULL))
    return usage_error ("compare", "--from-counts needs the counts files to merge");
  if (opt.from_counts && (opt.where != NULL || opt.period != NULL
                          || opt.keep != NULL))
    return usage_error ("compare", "--where, --period and --keep cannot go "
                        "with --from-counts (counts files keep no metadata)");

  g_auto (CommandRun) run = { 0 };
  int rc = run_prepare (&run, "compare");
  if (rc != 0)
    return rc;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (ProfilePair));
  if ((rc = parse_balance (run.lexicon, pairs)) != 0)
    return rc;
  ProfileOptions popts = {
    .presence = (guint) opt.presence, .resamples = PROFILE_RESAMPLES,
    .seed = PROFILE_SEED, .balance = (const ProfilePair *) pairs->data,
    .n_balance = pairs->len,
    .jobs = opt.jobs > 0 ? (guint) opt.jobs : g_get_num_processors (),
  };
  g_autoptr (Profile) profile = profile_new (run.lexicon, &popts);
  /* Counts files keep no text, so a merge has no example sentences. */
  g_autoptr (KwicExamples) examples = opt.from_counts ? NULL
    : kwic_examples_new (EXAMPLES_PER_TOPIC);
  run.config.profile = profile;
  run.config.examples = examples;
  /* The per-article rows go only into -o's articles.csv and --csv articles. */
  run.config.keep_scores = opt.output_dir != NULL
                           || g_strcmp0 (opt.csv_table, "articles") == 0;
  g_autoptr (PipelineResult) result = opt.from_counts ? run_merge_counts (&run)
                                                      : run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  profile_finish (profile);

  g_autofree char *source = run_describe_source (&run);
  TablesLayout layout = pipeline_layout (&run.config, result);
  Comparison c = { result, &layout, run.lexicon, profile, examples, source,
                   run_group_label (&run) };
  if (opt.output_dir != NULL && (rc = write_output_dir (&c, opt.output_dir)) != 0)
    return rc;
  if (opt.chart != NULL && (rc = write_chart_file (&c, opt.chart)) != 0)
    return rc;
  if (opt.csv_table != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!tables_write (stdout, opt.csv_table, result->articles_table,
                         run.lexicon, profile, &layout, &error))
        return write_failed (stdout, NULL, error);
    }
  else if (opt.output_dir == NULL && opt.chart == NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (ReportModel) model = report_model (&c);
      if (!report_write (stdout, model, &error))
        return write_failed (stdout, NULL, error);
    }
  return finish_stdout (EXIT_SUCCESS);
}
