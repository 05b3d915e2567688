/* match.h - finding lexicon entries in tokens (contract: "Lexicons",
 * matching and negation).
 *
 * Per topic, matching runs left to right and takes the longest entry that
 * matches at a position (ties: the entry that comes first in the file);
 * matches of one topic never overlap and never cross a sentence end.
 * Topics are matched independently.  A hit is negated when a negator
 * stands within the negation window before its first token in the same
 * sentence.
 */
#ifndef FRAMING_MATCH_H
#define FRAMING_MATCH_H

#include <glib.h>
#include "lexicon.h"
#include "stem.h"
#include "text.h"

G_BEGIN_DECLS

typedef struct {
  guint topic;       /* index into lexicon->topics */
  guint entry;       /* index into that topic's entries */
  guint first;       /* index of the first token */
  guint n_tokens;    /* number of tokens matched */
  gboolean negated;
} MatchHit;

/* A Matcher finds hits for one thread: it keeps a cache from each
 * distinct folded form to its stem, the hashes the look-ups need, whether
 * it is a negator and which topics' entries may start with it, so that
 * most tokens cost one cache probe and no look-up in the lexicons.  The
 * cache is emptied when it reaches MATCH_CACHE_MAX forms, which bounds
 * its memory (a few MiB) whatever the corpus. */
#define MATCH_CACHE_MAX (1u << 17)

typedef struct _Matcher Matcher;

/* A matcher of LEXICON's topics stemming with STEMMER (both borrowed;
 * they must outlive it; the stemmer must be the lexicon's language). */
Matcher *matcher_new (const FramingLexicon *lexicon, FramingStemmer *stemmer);
void matcher_free (Matcher *matcher);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Matcher, matcher_free)

/* match_tokens() with MATCHER's lexicon, stemmer and cache. */
void matcher_run (Matcher *matcher, const FramingTokens *toks, guint window,
                  GArray *hits);

/* Find every hit of every topic of LEXICON in TOKS, stemming with STEMMER
 * (which must be the lexicon's), negation window WINDOW tokens (0: off).
 * HITS (an array of MatchHit) is cleared and filled in text order; hits
 * starting at the same token are in topic order. */
void match_tokens (const FramingLexicon *lexicon, FramingStemmer *stemmer,
                   const FramingTokens *toks, guint window, GArray *hits);

/* Whether folded token FORM is a negator (no, not, never, without, nor,
 * neither, none, cannot, or any form ending in "n't"). */
gboolean match_is_negator (const char *form, gsize len);

G_END_DECLS

#endif /* FRAMING_MATCH_H */
