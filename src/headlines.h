/* headlines.h - which articles a comparison read, for its reports: per
 * group the first few articles in table order (by id, then input order)
 * with their titles, dates and outlets, and the span of the corpus's
 * dates.
 *
 * A reader looking at a report of five articles must be able to see
 * which five (framing-report(5), THE REPORT).  Memory is bounded: at most
 * PER_GROUP articles are kept a group, whatever the corpus; the span
 * keeps two dates.  Articles may be added in any order (the scoring
 * threads hand them over in none): what is kept is the same.
 */
#ifndef FRAMING_HEADLINES_H
#define FRAMING_HEADLINES_H

#include <glib.h>

#include "score.h"
#include "selection.h"

G_BEGIN_DECLS

/* One article as the reports list it.  Strings as the article gave them
 * (not cleaned); "" when absent. */
typedef struct {
  char *id;
  char *title;
  char *date;     /* the date field as written */
  char *cluster;  /* the article's cluster (its outlet, unless the groups
                     are the outlets), or NULL */
  guint64 seq;    /* input order, for ties of id */
} Headline;

typedef struct _Headlines Headlines;

/* A collection keeping the first PER_GROUP (at least 1) articles of
 * each group. */
Headlines *headlines_new (guint per_group);
void headlines_free (Headlines *h);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Headlines, headlines_free)

/* Note the article of SCORE (its id, group, title, date and cluster are
 * copied).  Not thread-safe: the pipeline's on_article callback, which
 * runs one at a time, may call it. */
void headlines_add (Headlines *h, const ArticleScore *score);

/* The kept articles of GROUP, Headline*, by id then input order; NULL
 * when the group has none.  Valid until H is freed. */
const GPtrArray *headlines_group (const Headlines *h, const char *group);

/* The span of the articles' dates (the date field read by
 * selection_parse_date ()): FALSE when no article had a readable date;
 * else the first and last into FIRST and LAST.  *UNDATED (may be NULL)
 * is the number of articles without a readable date. */
gboolean headlines_span (const Headlines *h, SelectionDate *first,
                         SelectionDate *last, guint *undated);

/* Days from FIRST to LAST (LAST not before FIRST). */
guint headlines_days (const SelectionDate *first, const SelectionDate *last);

G_END_DECLS

#endif /* FRAMING_HEADLINES_H */
