/* counts.h - counts files: the per-article, per-entry counts that
 * `framing score --counts` writes and `framing compare --from-counts`
 * merges (framing-report(5), COUNTS FILES, describes the format).
 *
 * A counts file holds everything a comparison needs but the text: per
 * article its id, group, cluster, text key (for telling duplicates across
 * files), title, date, tokens, per topic hits, negated and
 * weighted (exact, "%.17g") and per entry hits and negated; then what was
 * skipped and the corpus totals.  Its first row names the format version,
 * a fingerprint of the lexicons (topics, entries, words and weights), the
 * language, the negation window, the grouping and the cluster fields, so that counts
 * made under other settings are refused rather than mixed.
 */
#ifndef FRAMING_COUNTS_H
#define FRAMING_COUNTS_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "score.h"

G_BEGIN_DECLS

#define COUNTS_MAGIC "framing-counts"
#define COUNTS_VERSION 2

/* The settings a counts file was made under. */
typedef struct {
  const FramingLexicon *lexicon;
  const char *language;
  guint window;
  const char *group_by;
  const char *cluster_by; /* NULL: every article a cluster of its own */
} CountsSettings;

/* What a counts file says about the corpus beside its articles. */
typedef struct {
  guint64 articles;
  guint64 invalid_utf8;
  guint64 repeated_lines;
  guint articles_with_repeats;
  guint bad_inputs;
  guint empty_articles;
  GPtrArray *skipped;  /* char*: messages of the first skipped inputs */
} CountsTotals;

/* The lexicons' fingerprint: 64-bit FNV-1a over every topic's name and
 * every entry's spelling, weight and match keys, in lexicon order. */
guint64 counts_fingerprint (const FramingLexicon *lexicon);

typedef struct _CountsWriter CountsWriter;

/* A writer to OUT (not owned) that writes the first row at once. */
CountsWriter *counts_writer_new (FILE *out, const CountsSettings *settings);
void counts_writer_free (CountsWriter *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CountsWriter, counts_writer_free)

/* One article's rows. */
void counts_writer_article (CountsWriter *writer, const ArticleScore *score);

/* The closing rows: the skipped inputs and the totals; flushes OUT.
 * FALSE and ERROR ("write error: why", for the caller to name OUT:
 * framing.h) when this or any earlier write to OUT failed. */
gboolean counts_writer_finish (CountsWriter *writer, const CountsTotals *totals,
                               GError **error);

/* Called for each article of a counts file, in file order; takes SCORE
 * over (its seq is 0). */
typedef void (*CountsArticleFunc) (ArticleScore *score, gpointer user_data);

/* Read the counts file PATH ("-": standard input), which must have been
 * made under SETTINGS: each article goes to FUNC, and TOTALS (skipped
 * set to a new array) gets the file's totals.  FALSE and ERROR ("PATH:
 * why" or "PATH:LINE: why") for a file that cannot be read, is not a
 * counts file, was made under other settings, or is cut short. */
gboolean counts_read (const char *path, const CountsSettings *settings,
                      CountsArticleFunc func, gpointer user_data,
                      CountsTotals *totals, GError **error);

G_END_DECLS

#endif /* FRAMING_COUNTS_H */
