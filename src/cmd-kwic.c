/* cmd-kwic.c - framing kwic, part of the program (not libframing): every
 * lexicon hit of the articles in its sentence (keyword in context), as
 * aligned text or CSV, on standard output; see framing(1).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fmt.h"
#include "kwic.h"

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
  g_autoptr (GError) error = NULL;
  if (!kwic_table_write (table, stdout, opt.csv, &error))
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}
