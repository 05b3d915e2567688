/* score.h - per-article counts (docs/DESIGN.md, "The numbers").
 *
 * A Scorer turns one article into its token count and, per topic, hits,
 * negated hits and weighted hits, plus the per-entry counts that later
 * stages (terms, shard merge) need.  A Scorer owns a stemmer and scratch
 * buffers and belongs to one thread; the lexicon is shared read-only.
 */
#ifndef FRAMING_SCORE_H
#define FRAMING_SCORE_H

#include <glib.h>

#include "input.h"
#include "lexicon.h"
#include "match.h"
#include "stem.h"
#include "text.h"

G_BEGIN_DECLS

typedef struct {
  guint hits;      /* hits not negated */
  guint negated;   /* negated hits */
  double weighted; /* sum of the weights of the (not negated) hits */
} ScoreCount;

typedef struct {
  guint topic;   /* topic index */
  guint entry;   /* entry index within the topic */
  guint hits;    /* not negated */
  guint negated;
} ScoreEntryCount;

typedef struct {
  char *id;
  char *group;   /* value of the group-by field, or "(none)" */
  char *cluster; /* value of the cluster field (scorer_set_cluster_by ()),
                    or NULL: the article is a cluster of its own */
  char *title;   /* "" when absent */
  char *date;    /* "" when absent */
  guint64 seq;   /* position in input order, to keep sorting stable */
  guint64 text_key; /* the article's FramingArticle.text_key */
  guint tokens;
  guint repeated_lines; /* repeated lines the reader skipped in it */
  guint n_topics;
  ScoreCount *topics;   /* n_topics */
  GArray *entries;      /* ScoreEntryCount, by topic then entry */
} ArticleScore;

void article_score_free (ArticleScore *score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ArticleScore, article_score_free)

/* per_1k = 1000 * weighted / tokens (0 when tokens is 0). */
double score_per_1k (double weighted, guint64 tokens);

/* Order of the tables: by group, then id, then input order (byte order
 * of the UTF-8 strings, whatever the locale).  For g_ptr_array_sort. */
gint article_score_compare (gconstpointer a, gconstpointer b);

typedef struct _Scorer Scorer;

/* A scorer for LEXICON (borrowed; it must outlive the scorer) with a
 * stemmer for LANGUAGE, negation window WINDOW, grouping by metadata
 * field GROUP_BY, looking word forms up in CACHE (borrowed; shared by
 * the scorers of a run; NULL: the scorer makes its own).  NULL and ERROR
 * for an unknown language. */
Scorer *scorer_new (const FramingLexicon *lexicon, const char *language,
                    guint window, const char *group_by, MatchCache *cache,
                    GError **error);
void scorer_free (Scorer *scorer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scorer, scorer_free)

/* Take the articles' clusters from metadata field FIELD (copied); NULL,
 * the default, makes every article a cluster of its own.  An article
 * without the field is a cluster of its own too. */
void scorer_set_cluster_by (Scorer *scorer, const char *field);

/* Score ARTICLE.  Returns NULL when it has no tokens. */
ArticleScore *scorer_score (Scorer *scorer, const FramingArticle *article);

/* The scorer's stemmer (for callers that stem lexicon words alike). */
FramingStemmer *scorer_stemmer (Scorer *scorer);

/* The scorer's tokens and hits of the last article scored. */
const FramingTokens *scorer_tokens (const Scorer *scorer);
const GArray *scorer_hits (const Scorer *scorer);

G_END_DECLS

#endif /* FRAMING_SCORE_H */
