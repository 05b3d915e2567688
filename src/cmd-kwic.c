/* cmd-kwic.c - framing kwic, part of the program (not libframing): every
 * lexicon hit of the articles in its sentence (keyword in context), as
 * aligned text or CSV, on standard output; see framing(1).
 */
#include "config.h"

#include "cli.h"
#include "kwic.h"

/* Hand the hits of one scored article to the kwic table. */
static void
kwic_collect (const ArticleScore *score, const FramingTokens *toks,
              const GArray *hits, gpointer user_data)
{
  kwic_table_add (user_data, score, toks, hits);
}

/* framing kwic: every lexicon hit in its context. */
int
cmd_kwic (void)
{
  g_auto (CommandRun) run = { 0 };
  int rc = run_prepare (&run, "kwic");
  if (rc != 0)
    return rc;
  for (char **t = opt.topics; t != NULL && *t != NULL; t++)
    if (lexicon_find_topic (run.lexicon, *t) < 0)
      return usage_error ("kwic", "unknown topic '%s'", *t);
  g_autoptr (KwicTable) table = kwic_table_new (run.lexicon, opt.groups,
                                                opt.topics, (guint) opt.width);
  run.config.on_article = kwic_collect;
  run.config.user_data = table;
  g_autoptr (PipelineResult) result = run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  g_autoptr (GError) error = NULL;
  if (!kwic_table_write (table, stdout, opt.csv, &error))
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}
