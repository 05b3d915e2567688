/* match.h - finding lexicon entries in tokens (framing-lexicon(5),
 * "MATCHING").
 *
 * Per topic, matching runs left to right and takes the longest entry that
 * matches at a position (ties: the entry that comes first in the file);
 * matches of one topic never overlap and never cross a sentence end.
 * Topics are matched independently.  A stop phrase's match is never
 * reported, and an entry that depends on context lists is reported only
 * when they hold in its sentence (lexicon.h).  A hit is negated when a
 * negator (a one-word negator or the end of a negation cue) stands within
 * the negation window before its first token, in the same clause.
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

/* A MatchCache keeps, per distinct folded form, its stem, the hashes the
 * look-ups need, whether it is a negator and which topics' entries may
 * start with it, so that most tokens cost one probe and no look-up in
 * the lexicons.  One cache may be shared by the matchers of any number
 * of threads: look-ups take no lock, and adding a form takes a short
 * one.  It holds up to MATCH_CACHE_FORMS forms (about 17 MiB at most);
 * forms past that are stemmed each time they occur, so memory stays
 * bounded whatever the corpus. */
#define MATCH_CACHE_FORMS (3u << 16)

typedef struct _MatchCache MatchCache;

/* A cache for LEXICON (borrowed; must outlive it) holding up to CAPACITY
 * forms (0: MATCH_CACHE_FORMS).  Every matcher that uses it must stem
 * in the lexicon's language. */
MatchCache *match_cache_new (const FramingLexicon *lexicon, guint capacity);
void match_cache_free (MatchCache *cache);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MatchCache, match_cache_free)

/* The number of forms in CACHE. */
guint match_cache_size (MatchCache *cache);

/* A Matcher finds hits for one thread. */
typedef struct _Matcher Matcher;

/* A matcher of LEXICON's topics stemming with STEMMER, looking forms up
 * in CACHE (all borrowed; they must outlive it; the stemmer must be the
 * lexicon's language).  CACHE NULL: the matcher makes its own. */
Matcher *matcher_new (const FramingLexicon *lexicon, FramingStemmer *stemmer,
                      MatchCache *cache);
void matcher_free (Matcher *matcher);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Matcher, matcher_free)

/* match_tokens() with MATCHER's lexicon, stemmer and cache. */
void matcher_run (Matcher *matcher, const FramingTokens *toks, guint window,
                  GArray *hits);

/* Find every hit of every topic of LEXICON in TOKS, stemming with STEMMER
 * (which must be the lexicon's), negation window WINDOW tokens (0: off,
 * and the negation cues are not matched).
 * HITS (an array of MatchHit) is cleared and filled in text order; hits
 * starting at the same token are in topic order. */
void match_tokens (const FramingLexicon *lexicon, FramingStemmer *stemmer,
                   const FramingTokens *toks, guint window, GArray *hits);

/* Whether folded token FORM is a negator (no, not, never, without, nor,
 * neither, none, cannot, or any form ending in "n't"). */
gboolean match_is_negator (const char *form, gsize len);

G_END_DECLS

#endif /* FRAMING_MATCH_H */
