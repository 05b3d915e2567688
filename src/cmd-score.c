/* cmd-score.c - framing score, part of the program (not libframing): the
 * articles table, one row per article and topic, on standard output or
 * as DIR/articles.csv with framing.xlsx and datapackage.json beside it
 * (-o); or with --counts the counts file that
 * `framing compare --from-counts` merges; see framing(1).
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "counts.h"
#include "output.h"
#include "phrases.h"
#include "tables.h"

/* The articles table, written to -o DIR. */
static const char *const score_tables[] = { "articles", NULL };

/* Write the workbook of RUN's articles (RESULT, laid out by LAYOUT) to
 * OUT, DIR/framing.xlsx; 0 or the failure status. */
static int
score_workbook (FILE *out, const CommandRun *run, const PipelineResult *result,
                const TablesLayout *layout)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source = run_describe_source (run);
  g_autofree char *corpus = phrase_scored_corpus (result->articles,
                                                  result->tokens, source,
                                                  run->lexicon->topics->len);
  g_auto (GStrv) options = run_about_options (run);
  static const char whole[] = "articles.csv beside it";
  XlsxAbout about = { corpus, run->lexicon, (const char *const *) options,
                      whole, run_created () };
  g_autoptr (Xlsx) wb = xlsx_new (&about, &error);
  g_autofree char *path = g_build_filename (opt.output_dir, "framing.xlsx",
                                            NULL);
  if (wb == NULL
      || !tables_write_sheets (wb, score_tables, result->articles_table,
                               run->lexicon, NULL, NULL, layout, &error))
    return fail (error);
  if (!xlsx_write (wb, out, &error))
    return run_xlsx_failed (path, error);
  run_note_cuts (wb, path, whole);
  return 0;
}

/* framing score --counts: the counts file on standard output, or as
 * DIR/counts.csv with -o. */
static int
score_counts (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OutputSet) set = NULL;
  FILE *out = stdout;
  if (opt.output_dir != NULL)
    {
      set = output_set_new (opt.output_dir, &error);
      out = set != NULL ? output_set_add (set, "counts.csv", &error) : NULL;
      if (out == NULL)
        return fail (error);
    }
  CountsSettings settings = { run->lexicon, language (),
                              (guint) opt.negation_window, group_by (),
                              cluster_by () };
  g_autoptr (CountsWriter) counts = counts_writer_new (out, &settings);
  run->config.counts = counts;
  /* A shard with no article is no failure: its counts add nothing. */
  g_autoptr (PipelineResult) result = pipeline_run (&run->config, &error);
  if (result == NULL)
    return fail (error);
  run_notes (result);
  if (!pipeline_write_counts_end (&run->config, result, &error))
    {
      g_autofree char *path = set != NULL
        ? g_build_filename (opt.output_dir, "counts.csv", NULL) : NULL;
      return write_failed (out, path, error);
    }
  if (set == NULL)
    return finish_stdout (EXIT_SUCCESS);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* framing score: one row per article and topic. */
int
cmd_score (void)
{
  if (opt.csv_table != NULL && strcmp (opt.csv_table, "articles") != 0)
    return usage_error ("score", "framing score prints only the articles table, not '%s'",
                        opt.csv_table);
  if (opt.counts && opt.csv_table != NULL)
    return usage_error ("score", "--counts and --csv cannot go together");
  if (opt.counts && (opt.keep != NULL || opt.wide))
    return usage_error ("score", "--keep and --wide lay out the articles table, "
                        "not --counts");

  g_auto (CommandRun) run = { 0 };
  int rc = run_prepare (&run, "score");
  if (rc != 0)
    return rc;
  if (opt.counts)
    return score_counts (&run);
  run.config.keep_scores = TRUE;
  g_autoptr (PipelineResult) result = run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;

  g_autoptr (GError) error = NULL;
  TablesLayout layout = pipeline_layout (&run.config, result);
  if (opt.output_dir == NULL)
    {
      if (!tables_write (stdout, "articles", result->articles_table,
                         run.lexicon, NULL, NULL, &layout, &error))
        return write_failed (stdout, NULL, error);
      return finish_stdout (EXIT_SUCCESS);
    }
  g_autoptr (OutputSet) set = output_set_new (opt.output_dir, &error);
  FILE *out = set != NULL ? output_set_add (set, "articles.csv", &error) : NULL;
  if (out == NULL)
    return fail (error);
  if (!tables_write (out, "articles", result->articles_table, run.lexicon,
                     NULL, NULL, &layout, &error))
    {
      g_autofree char *path = g_build_filename (opt.output_dir, "articles.csv",
                                                NULL);
      return write_failed (out, path, error);
    }
  if ((out = output_set_add (set, "framing.xlsx", &error)) == NULL)
    return fail (error);
  if ((rc = score_workbook (out, &run, result, &layout)) != 0)
    return rc;
  if ((out = output_set_add (set, "datapackage.json", &error)) == NULL)
    return fail (error);
  if (!tables_write_datapackage (out, "framing-score", score_tables,
                                 run.lexicon, &layout, &error))
    {
      g_autofree char *path = g_build_filename (opt.output_dir,
                                                "datapackage.json", NULL);
      return write_failed (out, path, error);
    }
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

