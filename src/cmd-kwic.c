/* cmd-kwic.c - framing kwic, part of the program (not libframing): every
 * lexicon hit of the articles in its sentence (keyword in context), as
 * aligned text or CSV on standard output, or as a workbook (--xlsx); see
 * framing(1).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fmt.h"
#include "kwic.h"
#include "output.h"
#include "phrases.h"

/* Where the table is whole when the workbook cuts it. */
static const char whole[] = "the output of kwic --csv";

/* Write TABLE, the hits of RUN (RESULT), as a workbook to FILE,
 * atomically; the exit status. */
static int
kwic_workbook (KwicTable *table, const CommandRun *run,
               const PipelineResult *result, const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source = run_describe_source (run);
  g_autofree char *corpus = phrase_scored_corpus (result->articles,
                                                  result->tokens, source,
                                                  run->lexicon->topics->len);
  g_auto (GStrv) options = run_about_options (run);
  XlsxAbout about = { corpus, run->lexicon, (const char *const *) options,
                      whole, run_created () };
  g_autoptr (Xlsx) wb = xlsx_new (&about, &error);
  if (wb == NULL)
    return fail (error);
  g_autoptr (Sink) sheet = xlsx_sheet (wb, "kwic");
  kwic_table_emit (table, sheet);
  sink_finish (sheet, NULL);
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *name = g_path_get_basename (file);
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  FILE *out = set != NULL ? output_set_add (set, name, &error) : NULL;
  if (out == NULL)
    return fail (error);
  if (!xlsx_write (wb, out, &error))
    return run_xlsx_failed (file, error);
  if (!output_set_commit (set, &error))
    return fail (error);
  run_note_cuts (wb, file, whole);
  return EXIT_SUCCESS;
}

/* What a kwic run gathers from its articles. */
typedef struct {
  KwicTable *table;
  GHashTable *groups;  /* every group seen, as a set */
} KwicRun;

/* Hand the hits of one scored article to the kwic table, and note its
 * group (the pipeline calls this one article at a time). */
static void
kwic_collect (const ArticleScore *score, const FramingTokens *toks,
              const GArray *hits, gpointer user_data)
{
  KwicRun *k = user_data;
  kwic_table_add (k->table, score, toks, hits);
  if (!g_hash_table_contains (k->groups, score->group))
    g_hash_table_add (k->groups, g_strdup (score->group));
}

/* Byte order of the strings *A and *B.  For qsort. */
static int
name_compare (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Whether every --group names a group of the articles; else say which
 * does not, and list the groups there are, in byte order. */
static gboolean
check_groups (GHashTable *groups)
{
  for (char **g = opt.groups; g != NULL && *g != NULL; g++)
    {
      if (g_hash_table_contains (groups, *g))
        continue;
      g_autofree const char **names = (const char **)
        g_hash_table_get_keys_as_array (groups, NULL);
      qsort (names, g_hash_table_size (groups), sizeof *names,
             name_compare);
      g_autofree char *joined = g_strjoinv (", ", (char **) names);
      /* names come from the corpus: no control character reaches the
       * terminal */
      g_autofree char *list = fmt_clean_text (joined);
      g_autofree char *name = fmt_clean_text (*g);
      say ("kwic: no group '%s'; the groups are: %s", name, list);
      return FALSE;
    }
  return TRUE;
}

/* framing kwic: every lexicon hit in its context. */
int
cmd_kwic (void)
{
  if (opt.csv && opt.xlsx != NULL)
    return usage_error ("kwic", "--csv and --xlsx cannot go together");
  g_auto (CommandRun) run = { 0 };
  int rc = run_prepare (&run, "kwic");
  if (rc != 0)
    return rc;
  for (char **t = opt.topics; t != NULL && *t != NULL; t++)
    if (lexicon_find_topic (run.lexicon, *t) < 0)
      return usage_error ("kwic", "unknown topic '%s'", *t);
  g_autoptr (KwicTable) table = kwic_table_new (run.lexicon, opt.groups,
                                                opt.topics, (guint) opt.width);
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash,
                                                        g_str_equal, g_free,
                                                        NULL);
  KwicRun k = { table, groups };
  run.config.on_article = kwic_collect;
  run.config.user_data = &k;
  g_autoptr (PipelineResult) result = run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  if (!check_groups (groups))
    return EXIT_FAILURE;
  if (opt.xlsx != NULL)
    return kwic_workbook (table, &run, result, opt.xlsx);
  g_autoptr (GError) error = NULL;
  if (!kwic_table_write (table, stdout, opt.csv, &error))
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}
