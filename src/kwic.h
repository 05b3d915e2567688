/* kwic.h - lexicon hits in their context (keyword in context), the
 * bounded set of example sentences the report shows, and the table that
 * `framing kwic` prints.
 *
 * Context never crosses a sentence end: the left context runs from the
 * start of the hit's sentence, the right context to its end.  White space
 * runs (line breaks included) are shown as one space.
 */
#ifndef FRAMING_KWIC_H
#define FRAMING_KWIC_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "match.h"
#include "score.h"
#include "sink.h"
#include "text.h"

G_BEGIN_DECLS

typedef struct {
  char *left;  /* text before the hit, within its sentence */
  char *match; /* the hit's text as written (NFKC) */
  char *right; /* text after the hit, within its sentence */
} KwicContext;

/* The context of HIT in TOKS, keeping at most WIDTH code points on each
 * side (0: the whole sentence); a cut side starts or ends with "...".
 * OUT's strings are newly allocated; free them with kwic_context_clear(). */
void kwic_context (const FramingTokens *toks, const MatchHit *hit,
                   guint width, KwicContext *out);
void kwic_context_clear (KwicContext *ctx);

typedef struct {
  char *id;          /* the article's id */
  guint first;       /* the hit's first token: with id, the order key */
  gboolean negated;
  char *entry;       /* the matched entry's spelling */
  KwicContext ctx;   /* the whole sentence around the hit */
} KwicExample;

/* Up to CAP examples per group and topic: the CAP smallest by (id, first)
 * among those offered, whatever the order of the offers (two articles
 * with the same id and token: the smaller by entry, negation, sentence). */
typedef struct _KwicExamples KwicExamples;

KwicExamples *kwic_examples_new (guint cap);
void kwic_examples_free (KwicExamples *examples);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwicExamples, kwic_examples_free)

/* Offer the hit HIT of article ID in TOKS for GROUP; ENTRY is its
 * spelling.  The sentence is extracted only when the example is kept. */
void kwic_examples_offer (KwicExamples *examples, const char *group,
                          const char *id, const FramingTokens *toks,
                          const MatchHit *hit, const char *entry);

/* The kept examples of GROUP and TOPIC, sorted by (id, first): an array
 * of KwicExample* owned by EXAMPLES, or NULL when there is none. */
const GPtrArray *kwic_examples_get (const KwicExamples *examples,
                                    const char *group, guint topic);

/* The rows of `framing kwic`: every hit of the articles added, in their
 * context. */
typedef struct _KwicTable KwicTable;

/* A table of LEXICON's hits (borrowed) in the groups GROUPS and topics
 * TOPICS (NULL-terminated lists, copied; NULL or empty: all), with WIDTH
 * code points of context on each side (0: the whole sentence). */
KwicTable *kwic_table_new (const FramingLexicon *lexicon, char **groups,
                           char **topics, guint width);
void kwic_table_free (KwicTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwicTable, kwic_table_free)

/* Add the selected HITS of the article SCORE, whose tokens are TOKS. */
void kwic_table_add (KwicTable *table, const ArticleScore *score,
                     const FramingTokens *toks, const GArray *hits);

/* Write the rows to OUT, sorted by group, article id, article, then text
 * and topic order: as CSV (kwic_table_schema ()), or as aligned text,
 * the match in [brackets] between its contexts, then
 * the topic, "(negated)", the group and the id; flush OUT.  FALSE and
 * ERROR ("write error: why", for the caller to name OUT: framing.h) when
 * a write failed. */
gboolean kwic_table_write (KwicTable *table, FILE *out, gboolean csv,
                           GError **error);

/* The columns of the table: group,id,topic,entry,marker (the entry's
 * words and how they match: lex_entry_words (), lex_entry_marker ()),
 * negated,left,match,right.  Free with sink_schema_free (). */
SinkSchema *kwic_table_schema (void);

/* Emit the rows, sorted as kwic_table_write () says, to SINK
 * (sink_begin () first); the caller finishes SINK. */
void kwic_table_emit (KwicTable *table, Sink *sink);

G_END_DECLS

#endif /* FRAMING_KWIC_H */
