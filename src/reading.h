/* reading.h - the articles of a comparison kept for reading: their text
 * and hits, for articles.html and worksheet.html (readpage.h;
 * framing-report(5), THE ARTICLES PAGE).
 *
 * A ReadingSet is offered every scored article (reading_set_collect ()
 * is a PipelineArticleFunc) and keeps, per group, the first PER_GROUP
 * articles in input order (ArticleScore.seq), and of those the first
 * TOTAL in input order: the same articles whatever the order of the
 * offers, so that the pages are the same for every -j.  An article's
 * text is kept up to TEXT_MAX bytes (cut at a sentence end), with the
 * hits that lie in it as byte offsets; memory is bounded by TOTAL and
 * TEXT_MAX whatever the corpus.
 */
#ifndef FRAMING_READING_H
#define FRAMING_READING_H

#include <glib.h>

#include "match.h"
#include "score.h"
#include "text.h"

G_BEGIN_DECLS

#define READING_PER_GROUP 20   /* articles shown per group */
#define READING_TOTAL 200      /* articles shown in all */
#define READING_TEXT_MAX 30000 /* bytes of an article's text shown */

typedef struct {
  guint32 start;    /* byte offset of the hit's first token in the text */
  guint32 end;      /* byte offset just past its last token */
  guint topic;      /* index into the lexicon's topics */
  gboolean negated;
} ReadingHit;

typedef struct {
  char *id;
  char *group;
  char *title;          /* "" when absent */
  char *date;           /* "" when absent */
  guint64 seq;          /* place in input order */
  char *text;           /* the NFKC text the tokenizer saw, cut to
                           TEXT_MAX bytes at most (NUL-terminated) */
  gsize len;            /* its length in bytes */
  guint tokens;         /* the article's tokens, all of them */
  guint tokens_shown;   /* the tokens within text (tokens unless cut) */
  guint repeated_lines; /* repeated lines the reader skipped */
  guint n_topics;
  ScoreCount *counts;   /* per topic, the whole article's counts */
  GArray *hits;         /* ReadingHit, in text order (topic order at one
                           token), those within text only */
} ReadingArticle;

typedef struct _ReadingSet ReadingSet;

/* A set keeping up to PER_GROUP articles per group and TOTAL in all,
 * TEXT_MAX bytes of each text at most (TEXT_MAX > 0). */
ReadingSet *reading_set_new (guint per_group, guint total, gsize text_max);
void reading_set_free (ReadingSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadingSet, reading_set_free)

/* Offer the article SCORE, whose tokens are TOKS and hits HITS (MatchHit);
 * it is copied if kept.  Not thread-safe: the pipeline calls it under
 * its lock. */
void reading_set_offer (ReadingSet *set, const ArticleScore *score,
                        const FramingTokens *toks, const GArray *hits);

/* reading_set_offer () as a PipelineArticleFunc, USER_DATA the set. */
void reading_set_collect (const ArticleScore *score,
                          const FramingTokens *toks, const GArray *hits,
                          gpointer user_data);

/* The kept articles of GROUP in input order: a new array of
 * ReadingArticle* borrowed from SET (valid while SET is), empty when
 * none was kept. */
GPtrArray *reading_set_articles (const ReadingSet *set, const char *group);

/* How many articles SET keeps in all, and its caps. */
guint reading_set_size (const ReadingSet *set);
guint reading_set_per_group (const ReadingSet *set);
guint reading_set_total (const ReadingSet *set);

G_END_DECLS

#endif /* FRAMING_READING_H */
