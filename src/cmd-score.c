/* cmd-score.c - framing score, part of the program (not libframing): the
 * articles table, one row per article and topic, on standard output or
 * as DIR/articles.csv (-o); or with --counts the counts file that
 * `framing compare --from-counts` merges; see framing(1).
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "counts.h"
#include "output.h"
#include "tables.h"

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
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

