/* audit.h - checking lexicons, the work of "framing lexicon" (framing(1),
 * framing-lexicon(5)).
 *
 * Without a corpus it shows each entry with its match keys, the entries
 * dropped as duplicates, and the keys shared between topics.  An Audit
 * then takes the hits of each article of a corpus and keeps, per topic,
 * a few sums and per entry a few counters (memory bounded by the number
 * of entries, whatever the corpus), from which it gives how many entries
 * matched, the share of tokens the hits cover, KR-20 and the most
 * frequent entries.
 *
 * Throughout, an entry "matches" whether or not the hit is negated: the
 * audit is about what the entries find in text, and negated hits are
 * counted apart in the `negated` columns.
 */
#ifndef FRAMING_AUDIT_H
#define FRAMING_AUDIT_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "match.h"

G_BEGIN_DECLS

/* How many of a topic's most frequent entries the outputs list. */
#define AUDIT_TOP 10

/* Counts of one entry over the corpus. */
typedef struct {
  guint64 hits;     /* not negated */
  guint64 negated;  /* negated */
  guint articles;   /* articles with at least one match (either kind) */
} AuditEntry;

typedef struct _Audit Audit;

/* An empty audit of LEXICON (borrowed: it must outlive the audit). */
Audit *audit_new (const FramingLexicon *lexicon);
void audit_free (Audit *audit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Audit, audit_free)

/* Adds one article of TOKENS tokens with its N_HITS hits (as match.c
 * gives them: within a topic they never overlap). */
void audit_add (Audit *audit, guint tokens, const MatchHit *hits,
                guint n_hits);

/* Articles and tokens added so far. */
guint audit_articles (const Audit *audit);
guint64 audit_tokens (const Audit *audit);

/* The counts of entry ENTRY of topic TOPIC. */
const AuditEntry *audit_entry (const Audit *audit, guint topic, guint entry);

/* Entries of TOPIC that matched at least once. */
guint audit_matched (const Audit *audit, guint topic);

/* Tokens inside TOPIC's matches, and their share of all tokens (0 when
 * there are no tokens). */
guint64 audit_covered (const Audit *audit, guint topic);
double audit_coverage (const Audit *audit, guint topic);

/* KR-20 of TOPIC over the articles added, on the 0/1 presence of each
 * entry that matched at least once (K of them, stored in *K when K is not
 * NULL): K/(K-1) * (1 - sum p_i q_i / var X), where p_i is the share of
 * articles in which entry i matches, q_i = 1 - p_i, and var X the
 * population variance of the number of distinct entries matching per
 * article.  NAN when K < 2 or var X = 0. */
double audit_kr20 (const Audit *audit, guint topic, guint *k);

/* Fills TOP with the indices of TOPIC's at most N most frequent entries
 * (hits + negated, then file order), only entries that matched; returns
 * how many. */
guint audit_top (const Audit *audit, guint topic, guint n, guint *top);

/* The keys of ENTRY as shown to users, one per word, separated by
 * spaces: the stem of a plain word, "=form" for an exact word,
 * "prefix*" for a prefix (newly allocated). */
char *audit_entry_keys (const LexEntry *entry);

/* One message per entry that LEXICON dropped as a duplicate, as
 * "FILE:LINE: warning: 'SPELLING' stems like 'KEPT' (line N): counted
 * once" (newly allocated strings). */
GPtrArray *audit_duplicate_warnings (const FramingLexicon *lexicon);

/* The outputs: the text report, or one CSV table, TABLE "entries" or
 * "topics" (see audit_table_known), written to OUT and flushed.  AUDIT
 * is NULL when no corpus was read; SOURCE then is ignored, otherwise it
 * names the corpus.  FALSE and ERROR ("write error: why", for the caller
 * to name OUT: framing.h) when a write failed. */
gboolean audit_write_text (FILE *out, const FramingLexicon *lexicon,
                           const Audit *audit, const char *source,
                           GError **error);
gboolean audit_write_csv (FILE *out, const char *table,
                          const FramingLexicon *lexicon, const Audit *audit,
                          GError **error);

/* Whether NAME is a table of audit_write_csv. */
gboolean audit_table_known (const char *name);

G_END_DECLS

#endif /* FRAMING_AUDIT_H */
