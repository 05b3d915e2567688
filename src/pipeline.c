/* pipeline.c - one run over a corpus; see pipeline.h. */
#include "pipeline.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "framing.h"

/* How many skipped inputs the report names. */
#define SKIPPED_NAMED 20

void
pipeline_say (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "framing: %s\n", msg);
}

void
pipeline_result_free (PipelineResult *result)
{
  if (result == NULL)
    return;
  if (result->scores != NULL)
    g_ptr_array_unref (result->scores);
  g_ptr_array_unref (result->skipped);
  g_free (result);
}

/* Record a skipped input; FALSE when --strict makes it fatal. */
static gboolean
skip_input (const PipelineConfig *config, PipelineResult *result,
            const char *message, gboolean empty)
{
  if (empty)
    result->empty_articles++;
  else
    result->bad_inputs++;
  if (result->skipped->len < SKIPPED_NAMED)
    g_ptr_array_add (result->skipped, g_strdup (message));
  if (config->strict || !config->quiet)
    pipeline_say ("%s%s", message, config->strict ? "" : "; skipped");
  return !config->strict;
}

/* Offer each topic's first hit in the article as an example (a negated
 * one too: the report marks it, which shows readers what negation does). */
static void
offer_examples (const PipelineConfig *config, const ArticleScore *score,
                const FramingTokens *toks, const GArray *hits)
{
  guint n_topics = config->lexicon->topics->len;
  g_autofree gboolean *offered = g_new0 (gboolean, n_topics);
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *hit = &g_array_index (hits, MatchHit, i);
      if (offered[hit->topic])
        continue;
      offered[hit->topic] = TRUE;
      const LexTopic *topic = g_ptr_array_index (config->lexicon->topics, hit->topic);
      const LexEntry *entry = g_ptr_array_index (topic->entries, hit->entry);
      kwic_examples_offer (config->examples, score->group, score->id, toks,
                           hit, entry->spelling);
    }
}

/* Map SCORE's group through the --group-map, if any. */
static void
map_group (const PipelineConfig *config, ArticleScore *score)
{
  if (config->group_map == NULL)
    return;
  const char *to = g_hash_table_lookup (config->group_map, score->group);
  if (to != NULL)
    {
      g_free (score->group);
      score->group = g_strdup (to);
    }
}

/* Score one article and pass it on; FALSE when the run must stop. */
static gboolean
take_article (const PipelineConfig *config, Scorer *scorer,
              const FramingArticle *article, PipelineResult *result)
{
  result->invalid_utf8 += article->invalid_utf8;
  if (article->repeated_lines > 0)
    {
      result->repeated_lines += article->repeated_lines;
      result->articles_with_repeats++;
    }
  g_autoptr (ArticleScore) score = scorer_score (scorer, article);
  if (score == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("%s: empty article (no tokens)",
                                              article->where);
      return skip_input (config, result, msg, TRUE);
    }
  map_group (config, score);
  score->seq = result->articles++;
  result->tokens += score->tokens;
  const FramingTokens *toks = scorer_tokens (scorer);
  const GArray *hits = scorer_hits (scorer);
  if (config->profile != NULL)
    profile_add (config->profile, score);
  if (config->examples != NULL)
    offer_examples (config, score, toks, hits);
  if (config->on_article != NULL)
    config->on_article (score, toks, hits, config->user_data);
  if (config->keep_scores)
    g_ptr_array_add (result->scores, g_steal_pointer (&score));
  return TRUE;
}

PipelineResult *
pipeline_run (const PipelineConfig *config)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Scorer) scorer = scorer_new (config->lexicon, config->language,
                                          config->window, config->group_by,
                                          &error);
  g_autoptr (InputReader) reader = scorer == NULL ? NULL
    : input_reader_new (config->input, config->inputs, config->n_inputs, &error);
  if (reader == NULL)
    {
      pipeline_say ("%s", error->message);
      return NULL;
    }

  g_autoptr (PipelineResult) result = g_new0 (PipelineResult, 1);
  result->skipped = g_ptr_array_new_with_free_func (g_free);
  if (config->keep_scores)
    result->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) article_score_free);
  for (;;)
    {
      g_autoptr (GError) item_error = NULL;
      g_autoptr (FramingArticle) article = NULL;
      InputStatus status = input_reader_next (reader, &article, &item_error);
      if (status == INPUT_DONE)
        break;
      gboolean go_on = status == INPUT_BAD
        ? skip_input (config, result, item_error->message, FALSE)
        : take_article (config, scorer, article, result);
      if (!go_on)
        return NULL;
    }
  if (config->keep_scores)
    g_ptr_array_sort (result->scores, article_score_compare);
  return g_steal_pointer (&result);
}

/* Whether FIELDS is the header row "from,to". */
static gboolean
is_map_header (GPtrArray *fields)
{
  return fields->len == 2 && g_ascii_strcasecmp (fields->pdata[0], "from") == 0
         && g_ascii_strcasecmp (fields->pdata[1], "to") == 0;
}

GHashTable *
pipeline_load_group_map (const char *path, GError **error)
{
  FILE *f = fopen (path, "r");
  if (f == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot open: %s", path, g_strerror (e));
      return NULL;
    }
  g_autoptr (GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                      g_free, g_free);
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint line = 1, start = 1;
  int rc;
  while ((rc = csv_read_record (f, &line, fields, &start)) == 1)
    {
      if (start == 1 && is_map_header (fields))
        continue;
      if (fields->len != 2 || !g_utf8_validate (fields->pdata[0], -1, NULL)
          || !g_utf8_validate (fields->pdata[1], -1, NULL))
        break;
      g_hash_table_insert (map, g_strdup (fields->pdata[0]),
                           g_strdup (fields->pdata[1]));
    }
  fclose (f);
  if (rc != 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   rc < 0 ? "%s:%u: unterminated quoted field"
                          : "%s:%u: expected two cells, from,to (valid UTF-8)",
                   path, start);
      return NULL;
    }
  return g_steal_pointer (&map);
}
