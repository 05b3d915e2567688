/* reading.c - the articles kept for reading; see reading.h.
 *
 * The set is one array of the articles kept, sorted by input order.  An
 * article belongs in it when fewer than PER_GROUP articles of its group
 * come before it in input order, and fewer than TOTAL of those that so
 * belong come before it.  Offers come in any order (one per scoring
 * thread, under the pipeline's lock), and the array always holds exactly
 * the articles that belong among those offered so far:
 * - an article after the last of a full set cannot belong;
 * - one with PER_GROUP kept articles of its group before it cannot
 *   either (any article of its group before it that is not kept lies
 *   after the set's last, so it would not be kept);
 * - one that belongs goes in, and pushes out either the last of its
 *   group, now its group's PER_GROUP + 1-th, or the set's last, now the
 *   TOTAL + 1-th.
 * A rejection costs a comparison or a walk over at most TOTAL articles,
 * and only articles kept are copied.
 */
#include "reading.h"

#include <string.h>

struct _ReadingSet {
  guint per_group;
  guint total;
  gsize text_max;
  GPtrArray *kept; /* ReadingArticle*, by seq */
};

/* Free one article. */
static void
reading_article_free (ReadingArticle *a)
{
  g_free (a->id);
  g_free (a->group);
  g_free (a->title);
  g_free (a->date);
  g_free (a->text);
  g_free (a->counts);
  g_array_unref (a->hits);
  g_free (a);
}

ReadingSet *
reading_set_new (guint per_group, guint total, gsize text_max)
{
  g_return_val_if_fail (text_max > 0, NULL);
  ReadingSet *set = g_new0 (ReadingSet, 1);
  set->per_group = per_group;
  set->total = total;
  set->text_max = text_max;
  set->kept = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                              reading_article_free);
  return set;
}

void
reading_set_free (ReadingSet *set)
{
  if (set == NULL)
    return;
  g_ptr_array_unref (set->kept);
  g_free (set);
}

/* Where TOKS's text is cut to at most MAX bytes: the end of the last
 * sentence that fits, else of the last token that fits, else the last
 * character boundary. */
static gsize
cut_at (const FramingTokens *toks, gsize max)
{
  if (toks->text->len <= max)
    return toks->text->len;
  for (guint i = toks->sentences->len; i > 0; i--)
    {
      const FramingSentence *s = &g_array_index (toks->sentences,
                                                 FramingSentence, i - 1);
      if (s->end <= max)
        return s->end;
    }
  for (guint i = toks->tokens->len; i > 0; i--)
    {
      const FramingToken *t = &g_array_index (toks->tokens, FramingToken,
                                              i - 1);
      if (t->end <= max)
        return t->end;
    }
  const char *end = g_utf8_find_prev_char (toks->text->str,
                                           toks->text->str + max + 1);
  return end != NULL ? (gsize) (end - toks->text->str) : 0;
}

/* A copy of SCORE's article, its text cut to the set's TEXT_MAX bytes. */
static ReadingArticle *
article_copy (const ReadingSet *set, const ArticleScore *score,
              const FramingTokens *toks, const GArray *hits)
{
  ReadingArticle *a = g_new0 (ReadingArticle, 1);
  a->id = g_strdup (score->id);
  a->group = g_strdup (score->group);
  a->title = g_strdup (score->title != NULL ? score->title : "");
  a->date = g_strdup (score->date != NULL ? score->date : "");
  a->seq = score->seq;
  a->len = cut_at (toks, set->text_max);
  a->text = g_strndup (toks->text->str, a->len);
  a->tokens = score->tokens;
  a->repeated_lines = score->repeated_lines;
  a->n_topics = score->n_topics;
  a->counts = g_new (ScoreCount, score->n_topics);
  memcpy (a->counts, score->topics, sizeof (ScoreCount) * score->n_topics);
  for (guint i = 0; i < toks->tokens->len; i++)
    if (g_array_index (toks->tokens, FramingToken, i).end <= a->len)
      a->tokens_shown = i + 1;
  a->hits = g_array_new (FALSE, FALSE, sizeof (ReadingHit));
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      const FramingToken *first = &g_array_index (toks->tokens, FramingToken,
                                                  h->first);
      const FramingToken *last = &g_array_index (toks->tokens, FramingToken,
                                                 h->first + h->n_tokens - 1);
      if (last->end > a->len)
        continue;
      ReadingHit rh = { first->start, last->end, h->topic, h->negated };
      g_array_append_val (a->hits, rh);
    }
  return a;
}

/* The kept articles of GROUP before input position SEQ. */
static guint
group_before (const ReadingSet *set, const char *group, guint64 seq)
{
  guint n = 0;
  for (guint i = 0; i < set->kept->len; i++)
    {
      const ReadingArticle *a = g_ptr_array_index (set->kept, i);
      if (a->seq >= seq)
        break;
      if (strcmp (a->group, group) == 0)
        n++;
    }
  return n;
}

/* Push out the last of GROUP if it has more than PER_GROUP articles
 * kept, else the set's last if the set has more than TOTAL. */
static void
trim (ReadingSet *set, const char *group)
{
  guint n = 0, last = 0;
  for (guint i = 0; i < set->kept->len; i++)
    if (strcmp (((ReadingArticle *) g_ptr_array_index (set->kept, i))->group,
                group) == 0)
      {
        n++;
        last = i;
      }
  if (n > set->per_group)
    g_ptr_array_remove_index (set->kept, last);
  else if (set->kept->len > set->total)
    g_ptr_array_remove_index (set->kept, set->kept->len - 1);
}

void
reading_set_offer (ReadingSet *set, const ArticleScore *score,
                   const FramingTokens *toks, const GArray *hits)
{
  if (set->per_group == 0 || set->total == 0)
    return;
  GPtrArray *kept = set->kept;
  if (kept->len >= set->total
      && score->seq > ((ReadingArticle *) g_ptr_array_index
                       (kept, kept->len - 1))->seq)
    return;
  if (group_before (set, score->group, score->seq) >= set->per_group)
    return;
  guint at = kept->len;
  while (at > 0 && ((ReadingArticle *) g_ptr_array_index (kept, at - 1))->seq
                   > score->seq)
    at--;
  g_ptr_array_insert (kept, (gint) at, article_copy (set, score, toks, hits));
  trim (set, score->group);
}

void
reading_set_collect (const ArticleScore *score, const FramingTokens *toks,
                     const GArray *hits, gpointer user_data)
{
  reading_set_offer (user_data, score, toks, hits);
}

GPtrArray *
reading_set_articles (const ReadingSet *set, const char *group)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < set->kept->len; i++)
    {
      ReadingArticle *a = g_ptr_array_index (set->kept, i);
      if (strcmp (a->group, group) == 0)
        g_ptr_array_add (out, a);
    }
  return out;
}

guint
reading_set_size (const ReadingSet *set)
{
  return set->kept->len;
}

guint
reading_set_per_group (const ReadingSet *set)
{
  return set->per_group;
}

guint
reading_set_total (const ReadingSet *set)
{
  return set->total;
}
