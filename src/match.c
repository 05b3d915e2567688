/* match.c - finding lexicon entries in tokens (docs/DESIGN.md,
 * "Matching"; framing-lexicon(5), MATCHING).
 *
 * Each token is looked up once per call in the cache of forms
 * (match-cache.c), which stems each distinct form once; the look-up,
 * lookup_tokens (), is here, to be compiled into the run, and lists the
 * candidates: the tokens where an entry of some list may start, or that
 * negate.  Then, at each candidate position, every topic that may start
 * there (below) and whose previous hit does not cover the position
 * walks its trie (lexicon-trie.h) from the token: a token may follow its
 * stem edge, its exact edge and a prefix edge for each prefix length the
 * node knows, so all those paths are explored and the longest entry wins
 * (ties: the lower entry index, i.e. the earlier line).  A walk never
 * leaves the sentence of its first token.  Going position by position
 * over all topics gives the hits in text order, and in topic order at
 * one token, with no sorting; it is the same as running each topic on
 * its own left to right, since a topic tries every position that none
 * of its hits covers and where an entry of it may start.
 *
 * Candidates: a token's slot has two bits per topic telling whether an
 * entry of the topic can start with its stem, or with the form itself.
 * A token whose topic bit is clear skips that topic: for most tokens
 * that is every topic, and those are not candidates, never visited
 * again.  With the shipped lexicons about three tokens in ten are
 * candidates on news text (bench/RESULTS.md, fourth round), most of them
 * words that start only two-word entries ("the" of "the attack"): the
 * pair filter (SLOT_PAIRED) turns all but about one in eighteen of those
 * away before any trie is walked.  The context lists share one bit, the
 * negation cues have one (BitPlan, match-private.h); topics past the
 * bits, the 13th on when there are context lists and cues, are tried at
 * every token.  Walks compare hashes first (the trie's edges are sorted
 * by the same hashes as the slots hold), so a token's stem, in the
 * cache's side array, is read only when a hash matches.
 *
 * Negation: a hit is negated when a negator stands among the WINDOW tokens
 * before its first token, in the same clause: the same sentence, and no
 * ',', ';', ':', ellipsis, dash or "but" between them.  A negator is a
 * one-word negator (match_is_negator ()) or the last token of a hit of
 * the negation cues ("refused to", "ruled out").  Negators and cues are
 * candidates too, so going through the candidates in order keeps the
 * nearest negator before each at hand; only a hit with a negator in its
 * window looks at the text between them for a clause end.  The nearest
 * negator is the only one to check: a clause end between it and the hit
 * also stands between any earlier negator and the hit.
 *
 * Lists: the matcher matches the lexicon's topics, then its context
 * lists, then its negation cues, each with a trie and topic bits of its
 * own (list t is topic t, context list c is list n_topics + c).  A hit
 * of a stop phrase ("!heart attack") moves its topic past it and is
 * dropped.  When the lexicon has context lists, the hits of each
 * sentence are filtered once all are found: an entry's hit stays when
 * every context list it requires has a hit in the sentence that shares
 * no token with it, and no list it excludes has one, and the context
 * lists' own hits go.  An entry whose contexts do not hold hands the hit
 * to the first of its alternatives (the entries with the same words and
 * other contexts, lexicon.h) whose contexts do.
 */
#include "match-private.h"

#include <string.h>

#include "bits.h"
#include "framing.h"
#include "lexicon-trie.h"

/* The tokens of one matcher_run() call. */
typedef struct {
  const FramingToken *tokens;
  const char *forms;       /* toks->forms->str */
  const char *text;        /* toks->text->str */
  const guint32 *slot_of;  /* per token: 1 + its slot (in slots, then extra) */
  const CacheSlot *slots;  /* the cache's table */
  guint n_slots;           /* its size */
  const CacheSlot *extra;  /* slots of the forms the cache had no room for */
  const CacheInfo *infos;  /* the cache's side array */
  guint capacity;          /* its length: indexes past it are overflow */
  const CacheInfo *overflow; /* the side array of the extra slots */
  guint n;
} Scan;

/* The slot of token J. */
static inline const CacheSlot *
token_slot (const Scan *s, guint j)
{
  guint32 k = s->slot_of[j] - 1;
  return k < s->n_slots ? &s->slots[k] : &s->extra[k - s->n_slots];
}

/* The cache's knowledge of token J. */
static inline const CacheInfo *
token_info (const Scan *s, guint j)
{
  guint32 i = (guint32) token_slot (s, j)->info - 1;
  return i < s->capacity ? &s->infos[i] : &s->overflow[i - s->capacity];
}

/* The child of NODE along the stem edge of token J, or NULL.  The
 * token's stem is read (from the cache's side array) only when an edge
 * has its hash: a walk that goes nowhere costs no memory access beyond
 * the token's slot. */
static inline const LexNode *
stem_child (const Scan *s, const LexNode *node, guint j)
{
  const LexEdges *edges = &node->stem_edges;
  guint32 hash = token_slot (s, j)->stem_hash;
  guint i = lex_edges_lookup (edges, hash);
  if (i == edges->n)
    return NULL;
  return lex_edges_find_at (edges, i, token_info (s, j)->stem, hash);
}

/* The child of NODE along the exact edge of token J, or NULL. */
static inline const LexNode *
exact_child (const Scan *s, const LexNode *node, guint j)
{
  const FramingToken *t = &s->tokens[j];
  return lex_edges_find (&node->exact_edges, s->forms + t->form, t->hash);
}

/* The best entry found so far at one position. */
typedef struct {
  int entry;     /* entry index, -1: none yet */
  guint length;  /* its length in tokens */
} Best;

static void walk (const Scan *s, const LexNode *node, guint j,
                  guint sentence, guint depth, Best *best);

/* Follows the prefix edges of NODE that token J takes, walking on from
 * each child. */
static void
follow_prefixes (const Scan *s, const LexNode *node, guint j,
                 guint sentence, guint depth, Best *best)
{
  const FramingToken *t = &s->tokens[j];
  const char *form = s->forms + t->form;
  /* Keys are whole folded words, so a hit on form[0:k] always ends on a
   * character boundary. */
  for (guint k = 0; k < node->n_prefix_lens; k++)
    {
      gsize len = node->prefix_lens[k];
      if (len > t->form_len)
        break;
      const LexNode *child = lex_node_child_prefix (node, form, len);
      if (child != NULL)
        walk (s, child, j + 1, sentence, depth + 1, best);
    }
}

/* Follows every edge of NODE that token J takes (its stem, its folded
 * form, the prefixes of its folded form), walking on from each child. */
static void
follow_token (const Scan *s, const LexNode *node, guint j, guint sentence,
              guint depth, Best *best)
{
  const LexNode *child;
  if (node->stem_edges.n > 0 && (child = stem_child (s, node, j)) != NULL)
    walk (s, child, j + 1, sentence, depth + 1, best);
  if (node->exact_edges.n > 0 && (child = exact_child (s, node, j)) != NULL)
    walk (s, child, j + 1, sentence, depth + 1, best);
  if (node->prefix != NULL)
    follow_prefixes (s, node, j, sentence, depth, best);
}

/* Notes NODE's entry (reached after DEPTH tokens) in BEST if it is longer,
 * or as long and earlier, then goes on with token J if it is in the
 * walk's sentence. */
static void
walk (const Scan *s, const LexNode *node, guint j, guint sentence,
      guint depth, Best *best)
{
  if (node->entry >= 0
      && (depth > best->length
          || (depth == best->length && node->entry < best->entry)))
    {
      best->entry = node->entry;
      best->length = depth;
    }
  if (j < s->n && s->tokens[j].sentence == sentence)
    follow_token (s, node, j, sentence, depth, best);
}

/* Whether token I may follow one of TRIE's root prefix edges: a bit test
 * on the hash of its first gate_len bytes. */
static gboolean
gate_open (const LexTrie *trie, const Scan *s, guint i)
{
  if (trie->gate_len == 0 || s->tokens[i].form_len < trie->gate_len)
    return FALSE;
  LexKey k = { s->forms + s->tokens[i].form, trie->gate_len };
  return lex_bloom_test (trie->gate_bloom, lex_key_hash (&k));
}

/* The root's stem edge of token I, which the cache found to exist: when
 * no other edge has its hash, that edge is the one, with no strcmp. */
static inline const LexNode *
known_stem_child (const Scan *s, const LexNode *root, guint i)
{
  const LexEdges *edges = &root->stem_edges;
  guint k = lex_edges_lookup (edges, token_slot (s, i)->stem_hash);
  if (k == edges->n)
    return NULL; /* cannot be: the cache found the edge */
  if (k + 1 == edges->n || edges->hashes[k + 1] != edges->hashes[k])
    return edges->edges[k].child;
  return stem_child (s, root, i);
}

/* The longest entry of TRIE that matches from token I.  This is the root
 * step of walk().  STEM: the cache found the token's stem to be a root
 * stem key; OTHER: it found a root exact or prefix key that may match
 * (both TRUE for topics without bits); with neither the caller does not
 * call.  The Bloom filters stand in front of the other look-ups. */
static Best
match_at (const Scan *s, const LexTrie *trie, guint i, gboolean stem,
          gboolean other)
{
  Best best = { -1, 0 };
  const LexNode *root = trie->root;
  guint sentence = s->tokens[i].sentence;
  const LexNode *child;

  if (stem && other)
    child = lex_bloom_test (trie->stem_bloom, token_slot (s, i)->stem_hash)
            ? stem_child (s, root, i) : NULL;
  else
    child = stem ? known_stem_child (s, root, i) : NULL;
  if (child != NULL)
    walk (s, child, i + 1, sentence, 1, &best);
  if (!other)
    return best;
  if (lex_bloom_test (trie->exact_bloom, s->tokens[i].hash)
      && (child = exact_child (s, root, i)) != NULL)
    walk (s, child, i + 1, sentence, 1, &best);
  if (gate_open (trie, s, i))
    follow_prefixes (s, root, i, sentence, 0, &best);
  return best;
}

gboolean
match_is_negator (const char *form, gsize len)
{
  /* "n't" (folded forms write U+2019 as ', but accept it unfolded too). */
  if ((len >= 3 && memcmp (form + len - 3, "n't", 3) == 0)
      || (len >= 5 && memcmp (form + len - 5, "n\xE2\x80\x99t", 5) == 0))
    return TRUE;
  switch (len)
    {
    case 2:
      return memcmp (form, "no", 2) == 0;
    case 3:
      return memcmp (form, "not", 3) == 0 || memcmp (form, "nor", 3) == 0;
    case 4:
      return memcmp (form, "none", 4) == 0;
    case 5:
      return memcmp (form, "never", 5) == 0;
    case 6:
      return memcmp (form, "cannot", 6) == 0;
    case 7:
      return memcmp (form, "without", 7) == 0
             || memcmp (form, "neither", 7) == 0;
    default:
      return FALSE;
    }
}

Matcher *
matcher_new (const FramingLexicon *lexicon, FramingStemmer *stemmer,
             MatchCache *cache)
{
  Matcher *m = g_new0 (Matcher, 1);
  m->lexicon = lexicon;
  m->stemmer = stemmer;
  m->own_cache = cache == NULL;
  m->cache = cache != NULL ? cache : match_cache_new (lexicon, 0);
  m->n_topics = lexicon->topics->len;
  m->n_lists = m->cache->n_lists;
  m->plan = m->cache->plan;
  m->lists = m->cache->lists;
  m->slot_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->ctx_hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  m->next = g_array_new (FALSE, FALSE, sizeof (guint));
  m->extra = g_array_new (FALSE, FALSE, sizeof (CacheSlot));
  m->overflow = g_array_new (FALSE, FALSE, sizeof (CacheInfo));
  m->overflow_text = g_string_chunk_new (4096);
  m->stem_buf = g_string_new (NULL);
  return m;
}

void
matcher_free (Matcher *m)
{
  if (m == NULL)
    return;
  if (m->own_cache)
    match_cache_free (m->cache);
  g_array_unref (m->slot_of);
  g_array_unref (m->candidates);
  g_array_unref (m->ctx_hits);
  g_array_unref (m->next);
  g_array_unref (m->extra);
  g_array_unref (m->overflow);
  g_string_chunk_free (m->overflow_text);
  g_string_free (m->stem_buf, TRUE);
  g_free (m);
}

/* ------------------------------------------------------------------ */
/* The look-up of a call's tokens in the cache                         */

/* How many tokens ahead a look-up prefetches the slot of. */
#define PREFETCH_AHEAD 16

#if defined(__GNUC__)
#define PREFETCH(addr) __builtin_prefetch (addr)
#else
#define PREFETCH(addr) ((void) (addr))
#endif

/* The same slot as a byte offset into the table, given BYTE_MASK = MASK
 * times the size of a slot (32): one shift fewer, for the prefetch. */
G_STATIC_ASSERT (sizeof (CacheSlot) == 1 << 5);
static inline gsize
slot_offset (guint byte_mask, guint hash)
{
  return ((hash * 2654435761u) >> 2) & byte_mask;
}

/* What lookup_tokens () works with, in locals: the stores it makes are
 * of guint32, which as far as the compiler knows may change the cache's
 * fields. */
typedef struct {
  Matcher *m;
  const FramingToken *tokens;
  const char *forms;
  const CacheSlot *slots;
  guint mask;
  guint32 *slot_of;
  guint32 *candidates;
} Lookup;

/* Look token J up for lookup_tokens (), which has found N_CANDIDATES
 * candidates so far; returns how many it has now. */
ALWAYS_INLINE static inline guint
lookup_one (const Lookup *l, guint j, guint n_candidates)
{
  const FramingToken *t = &l->tokens[j];
  guint free_slot;
  /* A token form of up to FORM_ROOM bytes is zero-padded to that length
   * (text.h): its words need no masking. */
  gint64 found = t->form_len > INLINE_FORM ? -1
    : probe_short (l->slots, l->mask, slot_index (l->mask, t->hash),
                   load8 (l->forms + t->form), load8 (l->forms + t->form + 8),
                   &free_slot);
  guint32 bits;
  if (G_LIKELY (found >= 0))
    {
      l->slot_of[j] = (guint32) found + 1;
      bits = l->slots[found].bits;
    }
  else
    {
      const CacheSlot *slot;
      l->slot_of[j] = match_cache_form_slot (l->m, l->forms + t->form,
                                             t->form_len, t->hash, &slot);
      bits = slot->bits;
    }
  /* Written in any case, kept when a candidate (about three tokens in
   * ten are, at random: a branch would be mispredicted often). */
  l->candidates[n_candidates] = j;
  return n_candidates + bits / SLOT_CANDIDATE;
}

/* Look every token of TOKS up (adding new forms to the cache), filling
 * m->slot_of, and m->candidates with the tokens whose slot says
 * SLOT_CANDIDATE, in order; returns how many there are.  Each look-up
 * prefetches the slot of the token PREFETCH_AHEAD places further on, so
 * the misses of rare words overlap instead of queueing (the slot index
 * is worked out again when that token's turn comes: three instructions,
 * cheaper than keeping it); the last PREFETCH_AHEAD tokens have a loop
 * of their own, with no prefetch.  Forms of up to INLINE_FORM bytes
 * already in the cache, nearly all tokens, take the short probe with the
 * table in locals. */
static guint
lookup_tokens (Matcher *m, const FramingTokens *toks)
{
  const guint n = toks->tokens->len;
  g_array_set_size (m->slot_of, n);
  g_array_set_size (m->candidates, n);
  g_array_set_size (m->extra, 0);
  g_array_set_size (m->overflow, 0);
  g_string_chunk_clear (m->overflow_text);
  guint32 *slot_of = (guint32 *) (void *) m->slot_of->data;
  guint32 *candidates = (guint32 *) (void *) m->candidates->data;
  const FramingToken *tokens = (const FramingToken *) (void *) toks->tokens->data;
  const CacheSlot *const slots = m->cache->slots;
  const guint mask = m->cache->n_slots - 1;
  for (guint j = 0; j < PREFETCH_AHEAD && j < n; j++)
    PREFETCH (&slots[slot_index (mask, tokens[j].hash)]);
  const Lookup l = { m, tokens, toks->forms->str, slots, mask, slot_of,
                     candidates };
  guint n_candidates = 0, j = 0;
  const guint byte_mask = mask << 5;
  for (; j + PREFETCH_AHEAD < n; j++)
    {
      PREFETCH ((const char *) slots
                + slot_offset (byte_mask, tokens[j + PREFETCH_AHEAD].hash));
      n_candidates = lookup_one (&l, j, n_candidates);
    }
  for (; j < n; j++)
    n_candidates = lookup_one (&l, j, n_candidates);
  return n_candidates;
}

/* ------------------------------------------------------------------ */
/* Negation, context lists, and the run over the candidates            */

/* The nearest negator before the token a run has reached. */
typedef struct {
  guint last;         /* 1 + the index of its (last) token, 0: none */
  guint32 sentence;   /* its sentence */
  guint window;       /* the negation window, 0: off */
} Negation;

/* Notes a negator ending at token LAST - 1 of SENTENCE, unless one
 * nearer the tokens to come is noted already. */
static inline void
note_negator (Negation *neg, guint last, guint32 sentence)
{
  if (sentence != neg->sentence || last > neg->last)
    {
      neg->last = last;
      neg->sentence = sentence;
    }
}

/* Whether the LEN bytes at P, between two tokens, end a clause: ',',
 * ';', ':', an ellipsis, an en or em dash, or a hyphen after white space.  Brackets
 * do not: a parenthesis is an insertion, and the clause goes on after
 * it ("no sign that (Russian) president Putin is preparing for peace"). */
static gboolean
clause_mark (const char *p, gsize len)
{
  for (gsize k = 0; k < len; k++)
    switch (p[k])
      {
      case ',': case ';': case ':':
        return TRUE;
      case '.':
        if (k + 1 < len && p[k + 1] == '.')
          return TRUE; /* an ellipsis (NFKC writes U+2026 as "...") */
        break;
      case '-':
        if (k > 0 && g_ascii_isspace (p[k - 1]))
          return TRUE;
        break;
      case '\xE2':
        if (k + 2 < len && p[k + 1] == '\x80'
            && (p[k + 2] == '\x93' || p[k + 2] == '\x94'))
          return TRUE;
        break;
      default:
        break;
      }
  return FALSE;
}

/* Whether a clause ends between tokens A < B of S: a clause mark in the
 * text between them, or the word "but" among them. */
static gboolean
clause_ends_between (const Scan *s, guint a, guint b)
{
  for (guint j = a; j < b; j++)
    {
      const FramingToken *t = &s->tokens[j];
      if (j > a && t->form_len == 3 && memcmp (s->forms + t->form, "but", 3) == 0)
        return TRUE;
      if (clause_mark (s->text + t->end, t[1].start - t->end))
        return TRUE;
    }
  return FALSE;
}

/* The tokens strictly between tokens A < B of S that stand inside
 * brackets, ( ) or [ ], opened after A. */
static guint
bracketed_between (const Scan *s, guint a, guint b)
{
  guint n = 0;
  int depth = 0;
  for (guint j = a; j + 1 < b; j++)
    {
      const char *p = s->text + s->tokens[j].end;
      const char *end = s->text + s->tokens[j + 1].start;
      for (; p < end; p++)
        if (*p == '(' || *p == '[')
          depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
          depth--;
      n += depth > 0;
    }
  return n;
}

/* Whether a hit starting at token I is negated by NEG: the negator ends
 * before I, in I's clause, at most NEG->window tokens before it, not
 * counting the tokens of a parenthesis between them ("no sign that
 * (Russian) president (Vladimir) Putin is preparing for peace"). */
static inline gboolean
negated_at (const Scan *s, const Negation *neg, guint i)
{
  if (neg->last == 0 || neg->sentence != s->tokens[i].sentence)
    return FALSE;
  guint at = neg->last - 1;
  if (at >= i || i - at > 2 * neg->window)
    return FALSE;
  if (i - at > neg->window
      && i - at - bracketed_between (s, at, i) > neg->window)
    return FALSE;
  return !clause_ends_between (s, at, i);
}

/* Whether the token after I, in I's sentence, may be the second word of
 * an entry whose first word is token I (SLOT_PAIRED): a test of the pair
 * filter for each way the two tokens may be keys (stem or exact form). */
static inline gboolean
pair_possible (const Scan *s, const RootFilter *f, guint i)
{
  guint j = i + 1;
  if (j >= s->n || s->tokens[j].sentence != s->tokens[i].sentence)
    return FALSE;
  guint32 stem1 = token_slot (s, i)->stem_hash, form1 = s->tokens[i].hash;
  guint32 stem2 = token_slot (s, j)->stem_hash, form2 = s->tokens[j].hash;
  return root_test (f->pair, pair_hash (stem1, FALSE, stem2, FALSE))
         || root_test (f->pair, pair_hash (stem1, FALSE, form2, TRUE))
         || root_test (f->pair, pair_hash (form1, TRUE, stem2, FALSE))
         || root_test (f->pair, pair_hash (form1, TRUE, form2, TRUE));
}

/* Try list T of M at token I for matcher_run (): STEM and OTHER as
 * match_at () takes them (one of them TRUE); NEG says whether a topic's
 * hit is negated, and takes a cue's hit.  A hit is appended to HITS
 * unless it is a stop phrase's or a cue's, and NEXT[T] moved past it;
 * nothing is tried before NEXT[T]. */
static inline void
try_list (const Scan *s, const Matcher *m, guint t, guint i, gboolean stem,
          gboolean other, Negation *neg, guint *next, GArray *hits)
{
  if (i < next[t])
    return;
  const LexTopic *list = m->lists[t];
  Best best = match_at (s, list->trie, i, stem, other);
  if (best.entry < 0)
    return;
  next[t] = i + best.length;
  const LexEntry *entry = g_ptr_array_index (list->entries, best.entry);
  if (entry->stop)
    return;
  if (list == m->lexicon->cues)
    {
      note_negator (neg, i + best.length, s->tokens[i].sentence);
      return;
    }
  MatchHit hit = { t, (guint) best.entry, i, best.length, FALSE };
  hit.negated = t < m->n_topics && negated_at (s, neg, i);
  g_array_append_val (hits, hit);
}

/* The context lists (bits) with a hit among the context hits C[A..B)
 * that shares no token with HIT: a word is not its own context ("war &
 * conflict" needs a conflict word besides "war"). */
static guint32
contexts_around (const Matcher *m, const MatchHit *c, guint a, guint b,
                 const MatchHit *hit)
{
  guint32 seen = 0;
  for (guint k = a; k < b; k++)
    if (c[k].first >= hit->first + hit->n_tokens
        || c[k].first + c[k].n_tokens <= hit->first)
      seen |= 1u << (c[k].topic - m->n_topics);
  return seen;
}

/* Try at token I the context lists that the cache found may start there
 * (CacheInfo.contexts), as try_list () does, into HITS. */
static void
try_contexts (const Scan *s, const Matcher *m, guint i, guint *next,
              GArray *hits)
{
  Negation none = { 0, 0, 0 };
  for (guint32 want = token_info (s, i)->contexts; want != 0;
       want &= want - 1)
    try_list (s, m, m->n_topics + framing_lowest_bit (want), i, TRUE, TRUE,
              &none, next, hits);
}

/* Whether HIT's entry has contexts (then so may its alternatives). */
static inline gboolean
gated (const Matcher *m, const MatchHit *hit)
{
  const LexEntry *e = g_ptr_array_index (m->lists[hit->topic]->entries,
                                         hit->entry);
  return (e->require | e->exclude) != 0;
}

/* Matches the context lists into m->ctx_hits, in text order, over the
 * sentences that hold a hit (of HITS) whose entry has contexts: the
 * other sentences need none, and most sentences are other.  The
 * candidates of a sentence are found by a sweep, as both the hits and
 * the N_CANDIDATES CANDIDATES are in text order. */
static void
match_contexts (Matcher *m, const Scan *s, const guint32 *candidates,
                guint n_candidates, guint *next, const GArray *hits)
{
  g_array_set_size (m->ctx_hits, 0);
  const MatchHit *h = (const MatchHit *) (void *) hits->data;
  const guint32 ctx = (1u << m->plan.ctx_bit)
                      | (1u << (TOPIC_BITS + m->plan.ctx_bit));
  guint k = 0;
  for (guint j = 0; j < hits->len; j++)
    {
      guint32 sentence = s->tokens[h[j].first].sentence;
      if (!gated (m, &h[j])
          || (k > 0 && s->tokens[candidates[k - 1]].sentence == sentence))
        continue;
      while (k < n_candidates && s->tokens[candidates[k]].sentence < sentence)
        k++;
      for (; k < n_candidates
             && s->tokens[candidates[k]].sentence == sentence; k++)
        if (token_slot (s, candidates[k])->bits & ctx)
          try_contexts (s, m, candidates[k], next, m->ctx_hits);
    }
}

/* Of entry E of LIST and its alternatives (LexEntry.alt), the first whose
 * contexts hold where the context lists SEEN have hits, or -1. */
static int
entry_that_holds (const LexTopic *list, guint e, guint32 seen)
{
  for (int i = (int) e; i >= 0;)
    {
      const LexEntry *entry = g_ptr_array_index (list->entries, i);
      if ((entry->require & ~seen) == 0 && (entry->exclude & seen) == 0)
        return i;
      i = entry->alt;
    }
  return -1;
}

/* Drops from HITS (in text order) the hits whose entry's contexts, and
 * its alternatives', do not hold in their sentence by m->ctx_hits;
 * gives a hit that one of its alternatives holds for to it. */
static void
filter_contexts (const Matcher *m, const Scan *s, GArray *hits)
{
  MatchHit *h = (MatchHit *) (void *) hits->data;
  const MatchHit *c = (const MatchHit *) (void *) m->ctx_hits->data;
  const guint n = hits->len, n_c = m->ctx_hits->len;
  guint kept = 0, a = 0;
  for (guint k = 0; k < n; k++)
    {
      if (!gated (m, &h[k]))
        {
          h[kept++] = h[k];
          continue;
        }
      guint32 sentence = s->tokens[h[k].first].sentence;
      while (a < n_c && s->tokens[c[a].first].sentence < sentence)
        a++;
      guint b = a;
      while (b < n_c && s->tokens[c[b].first].sentence == sentence)
        b++;
      guint32 seen = contexts_around (m, c, a, b, &h[k]);
      int alt = entry_that_holds (m->lists[h[k].topic], h[k].entry, seen);
      if (alt >= 0)
        {
          h[kept] = h[k];
          h[kept++].entry = (guint) alt;
        }
    }
  g_array_set_size (hits, kept);
}

void
matcher_run (Matcher *m, const FramingTokens *toks, guint window, GArray *hits)
{
  g_return_if_fail (m != NULL && toks != NULL);
  g_return_if_fail (hits != NULL
                    && g_array_get_element_size (hits) == sizeof (MatchHit));

  g_array_set_size (hits, 0);
  const guint n = toks->tokens->len;
  if (n == 0 || m->n_topics == 0)
    return;
  const BitPlan *plan = &m->plan;
  guint n_candidates = lookup_tokens (m, toks);
  guint32 *candidates = (guint32 *) (void *) m->candidates->data;
  if (plan->bit_topics < m->n_topics)
    {
      /* Topics past the bits are tried everywhere. */
      for (guint i = 0; i < n; i++)
        candidates[i] = i;
      n_candidates = n;
    }
  const MatchCache *c = m->cache;
  Scan s = { .tokens = (const FramingToken *) (void *) toks->tokens->data,
             .forms = toks->forms->str, .text = toks->text->str,
             .slot_of = (const guint32 *) (void *) m->slot_of->data,
             .slots = c->slots, .n_slots = c->n_slots,
             .extra = (const CacheSlot *) (void *) m->extra->data,
             .infos = c->infos, .capacity = c->capacity,
             .overflow = (const CacheInfo *) (void *) m->overflow->data,
             .n = n };
  /* next[t]: the first position list t may match at (past its last hit). */
  g_array_set_size (m->next, m->n_lists);
  guint *next = (guint *) (void *) m->next->data;
  memset (next, 0, m->n_lists * sizeof *next);

  /* The bits to look at: not the context lists' (match_contexts () looks
   * at them afterwards, where needed), nor the cues' with negation off. */
  guint32 bit_lists = (1u << (plan->bit_topics + (plan->ctx_bit >= 0)
                              + (plan->cue_bit >= 0))) - 1;
  if (plan->ctx_bit >= 0)
    bit_lists &= ~(1u << plan->ctx_bit);
  if (window == 0 && plan->cue_bit >= 0)
    bit_lists &= ~(1u << plan->cue_bit);
  /* Negators and cues are candidates, so the nearest one before a
   * candidate is known when its turn comes. */
  Negation neg = { 0, 0, window };
  for (guint k = 0; k < n_candidates; k++)
    {
      guint i = candidates[k];
      guint32 bits = token_slot (&s, i)->bits;
      guint32 lists = (bits | bits >> TOPIC_BITS) & bit_lists;
      if ((bits & SLOT_PAIRED) && !pair_possible (&s, c->filter, i))
        lists = 0;
      /* The lists whose bits say they may start at I, in order (a loop
       * over the set bits: which lists those are is anybody's guess,
       * and a test of each would often be mispredicted), then the
       * topics past the bits. */
      for (guint32 want = lists;
           want != 0; want &= want - 1)
        {
          guint b = framing_lowest_bit (want);
          gboolean stem = (bits >> b) & 1;
          gboolean other = (bits >> (TOPIC_BITS + b)) & 1;
          if (b < plan->bit_topics)
            try_list (&s, m, b, i, stem, other, &neg, next, hits);
          else
            try_list (&s, m, m->n_lists - 1, i, stem, other, &neg, next, hits);
        }
      for (guint t = plan->bit_topics; t < m->n_topics; t++)
        try_list (&s, m, t, i, TRUE, TRUE, &neg, next, hits);
      if (bits & SLOT_NEGATOR)
        note_negator (&neg, i + 1, s.tokens[i].sentence);
    }
  if (plan->n_contexts > 0)
    {
      match_contexts (m, &s, candidates, n_candidates, next, hits);
      filter_contexts (m, &s, hits);
    }
}

void
match_tokens (const FramingLexicon *lexicon, FramingStemmer *stemmer,
              const FramingTokens *toks, guint window, GArray *hits)
{
  g_return_if_fail (lexicon != NULL && stemmer != NULL && toks != NULL);
  g_autoptr (Matcher) m = matcher_new (lexicon, stemmer, NULL);
  matcher_run (m, toks, window, hits);
}
