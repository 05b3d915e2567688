/* score.c - per-article counts; see score.h. */
#include "score.h"

#include <string.h>

#include "match.h"
#include "text.h"

struct _Scorer {
  const FramingLexicon *lexicon;
  FramingStemmer *stemmer;
  Matcher *matcher;  /* with its cache of forms */
  FramingTokens *toks;
  GArray *hits;      /* MatchHit of the last article */
  guint window;
  char *group_by;
  char *cluster_by;  /* NULL: every article a cluster of its own */
  /* Where each lexicon entry's count is in the article being scored:
   * entry E of topic T is number first_entry[T] + E; its count is
   * entries[at[number] - 1] when seen[number] is the article's stamp. */
  guint *first_entry;
  guint32 *seen;
  guint32 *at;
  guint32 stamp;
};

void
article_score_free (ArticleScore *score)
{
  if (score == NULL)
    return;
  g_free (score->id);
  g_free (score->group);
  g_free (score->cluster);
  g_free (score->title);
  g_free (score->date);
  g_free (score->topics);
  if (score->entries != NULL)
    g_array_unref (score->entries);
  g_free (score);
}

double
score_per_1k (double weighted, guint64 tokens)
{
  return tokens == 0 ? 0.0 : 1000.0 * weighted / (double) tokens;
}

gint
article_score_compare (gconstpointer a, gconstpointer b)
{
  const ArticleScore *x = *(ArticleScore *const *) a;
  const ArticleScore *y = *(ArticleScore *const *) b;
  int c = strcmp (x->group, y->group);
  if (c == 0)
    c = strcmp (x->id, y->id);
  if (c == 0)
    c = (x->seq > y->seq) - (x->seq < y->seq);
  return c;
}

Scorer *
scorer_new (const FramingLexicon *lexicon, const char *language,
            guint window, const char *group_by, MatchCache *cache,
            GError **error)
{
  FramingStemmer *stemmer = stem_new (language, error);
  if (stemmer == NULL)
    return NULL;
  Scorer *scorer = g_new0 (Scorer, 1);
  scorer->lexicon = lexicon;
  scorer->stemmer = stemmer;
  scorer->matcher = matcher_new (lexicon, stemmer, cache);
  scorer->toks = text_tokens_new ();
  scorer->hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  scorer->window = window;
  scorer->group_by = g_strdup (group_by);
  const guint nt = lexicon->topics->len;
  scorer->first_entry = g_new (guint, nt + 1);
  scorer->first_entry[0] = 0;
  for (guint t = 0; t < nt; t++)
    {
      const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
      scorer->first_entry[t + 1] = scorer->first_entry[t] + topic->entries->len;
    }
  scorer->seen = g_new0 (guint32, MAX (scorer->first_entry[nt], 1));
  scorer->at = g_new0 (guint32, MAX (scorer->first_entry[nt], 1));
  return scorer;
}

void
scorer_free (Scorer *scorer)
{
  if (scorer == NULL)
    return;
  matcher_free (scorer->matcher);
  stem_free (scorer->stemmer);
  text_tokens_free (scorer->toks);
  g_array_unref (scorer->hits);
  g_free (scorer->group_by);
  g_free (scorer->cluster_by);
  g_free (scorer->first_entry);
  g_free (scorer->seen);
  g_free (scorer->at);
  g_free (scorer);
}

FramingStemmer *
scorer_stemmer (Scorer *scorer)
{
  return scorer->stemmer;
}

const FramingTokens *
scorer_tokens (const Scorer *scorer)
{
  return scorer->toks;
}

const GArray *
scorer_hits (const Scorer *scorer)
{
  return scorer->hits;
}

/* Compare entry counts by topic, then entry. */
static gint
entry_count_compare (gconstpointer a, gconstpointer b)
{
  const ScoreEntryCount *x = a, *y = b;
  if (x->topic != y->topic)
    return x->topic < y->topic ? -1 : 1;
  return (x->entry > y->entry) - (x->entry < y->entry);
}

/* Add HIT to the per-topic and per-entry counts of SCORE, the article
 * SCORER scores now. */
static void
count_hit (Scorer *scorer, ArticleScore *score, const MatchHit *hit)
{
  const FramingLexicon *lexicon = scorer->lexicon;
  const LexTopic *topic = g_ptr_array_index (lexicon->topics, hit->topic);
  const LexEntry *entry = g_ptr_array_index (topic->entries, hit->entry);
  ScoreCount *c = &score->topics[hit->topic];
  if (hit->negated)
    c->negated++;
  else
    {
      c->hits++;
      c->weighted += entry->weight;
    }

  guint number = scorer->first_entry[hit->topic] + hit->entry;
  if (scorer->seen[number] != scorer->stamp)
    {
      ScoreEntryCount ec = { hit->topic, hit->entry, 0, 0 };
      g_array_append_val (score->entries, ec);
      scorer->seen[number] = scorer->stamp;
      scorer->at[number] = score->entries->len;
    }
  ScoreEntryCount *ec = &g_array_index (score->entries, ScoreEntryCount,
                                        scorer->at[number] - 1);
  if (hit->negated)
    ec->negated++;
  else
    ec->hits++;
}

void
scorer_set_cluster_by (Scorer *scorer, const char *field)
{
  g_return_if_fail (scorer != NULL);
  g_free (scorer->cluster_by);
  scorer->cluster_by = g_strdup (field);
}

ArticleScore *
scorer_score (Scorer *scorer, const FramingArticle *article)
{
  text_tokenize (scorer->toks, article->text, (gssize) article->len);
  if (scorer->toks->tokens->len == 0)
    return NULL;
  matcher_run (scorer->matcher, scorer->toks, scorer->window, scorer->hits);

  ArticleScore *score = g_new0 (ArticleScore, 1);
  score->id = g_strdup (article->id);
  score->group = g_strdup (article_meta_or (article, scorer->group_by, "(none)"));
  const char *cluster = scorer->cluster_by != NULL
    ? article_meta_or (article, scorer->cluster_by, NULL) : NULL;
  score->cluster = g_strdup (cluster);
  score->text_key = article->text_key;
  score->title = g_strdup (article_meta_or (article, "title", ""));
  score->date = g_strdup (article_meta_or (article, "date", ""));
  score->tokens = scorer->toks->tokens->len;
  score->repeated_lines = article->repeated_lines;
  score->n_topics = scorer->lexicon->topics->len;
  score->topics = g_new0 (ScoreCount, score->n_topics);
  score->entries = g_array_new (FALSE, FALSE, sizeof (ScoreEntryCount));

  if (++scorer->stamp == 0)
    {
      /* Once in 2^32 articles: no stamp may be left from before. */
      memset (scorer->seen, 0, scorer->first_entry[score->n_topics]
                               * sizeof *scorer->seen);
      scorer->stamp = 1;
    }
  for (guint i = 0; i < scorer->hits->len; i++)
    count_hit (scorer, score, &g_array_index (scorer->hits, MatchHit, i));
  g_array_sort (score->entries, entry_count_compare);
  return score;
}
