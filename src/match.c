/* match.c - finding lexicon entries in tokens (docs/DESIGN.md,
 * "Matching"; framing-lexicon(5), MATCHING).
 *
 * Each token is looked up once per call in the cache described below,
 * which stems each distinct form once.  Then, at each candidate position
 * (below), every topic whose previous hit does not cover the position
 * walks its trie (lexicon-trie.h) from the token: a token may follow its
 * stem edge, its exact edge and a prefix edge for each prefix length the
 * node knows, so all those paths are explored and the longest entry wins
 * (ties: the lower entry index, i.e. the earlier line).  A walk never
 * leaves the sentence of its first token.  Going position by position
 * over all topics gives the hits in text order, and in topic order at one
 * token, with no sorting; it is the same as running each topic on its own
 * left to right, since a topic tries a position exactly when none of its
 * hits covers it.
 *
 * A MatchCache, shared by the matchers of a run, keeps per distinct
 * folded form its stem, the two hashes, whether it is a negator and two
 * bits per topic telling whether an entry of the topic can start with its
 * stem, or with the form itself (worked out exactly once, from the root's
 * tables).  A token whose topic bit is clear skips that topic: for most
 * tokens that is every topic, and the look-up lists as candidates only
 * the tokens with a bit set, so the rest are never visited again.  With
 * the shipped lexicons about three tokens in ten are candidates on news
 * text (bench/RESULTS.md, fourth round), most of them words that start
 * only two-word entries ("the" of "the attack"): the pair filter
 * (SLOT_PAIRED) turns all but about one in eighteen of those away before
 * any trie is walked.  The context lists share one bit, the negation cues
 * have one (see BitPlan); topics past the 12th are always tried, at every
 * token.
 *
 * The cache is built for memory latency, which is what a look-up waits
 * on once the vocabulary outgrows the processor's caches: an
 * open-addressing table of 32-byte slots that hold the form itself (up
 * to 16 bytes, as two zero-padded words compared with two instructions;
 * longer ones are compared in the arena), its hash, its stem's hash and
 * the topic and negator bits, so a token costs one probe with the hash
 * the tokenizer gave it and, usually, one cache line; what the look-up
 * keeps of a token is the number of its slot.  Each look-up prefetches
 * the slot of the token PREFETCH_AHEAD places further on, so the misses
 * of rare words overlap instead of queueing.  Walks compare hashes first
 * (the trie's edges are sorted by the same hashes), so the stems
 * themselves, in a side array, are read only when a hash matches.
 *
 * Sharing: the table and the side array are allocated once at their full
 * size (the system gives them pages as they are used), the arena grows by
 * blocks, nothing moves, and a form, once added, never changes.
 * A slot is published by writing its side-array index last, atomically;
 * readers load that index atomically first, so look-ups take no lock.
 * Adding a form takes the cache's lock, only to probe again and copy:
 * the form is stemmed and described before (new forms are rare, about
 * one token in two hundred on news text, but common at the start of a
 * run, when threads would otherwise queue for the lock).  When the cache
 * is full, forms not in it are stemmed each time they occur, so memory
 * stays bounded whatever the corpus.
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
#include "match.h"

#include <string.h>
#include <sys/mman.h>

#include "bits.h"
#include "framing.h"
#include "lexicon-trie.h"

/* What the cache knows of a form besides its slot: needed only when a
 * topic may start at, or a walk reaches, a token of that form. */
typedef struct {
  const char *form;  /* the form, NUL-terminated, in an arena */
  const char *stem;  /* its stem, NUL-terminated, in an arena */
  guint32 form_len;
  guint32 contexts;  /* the context lists (bit c: list c) an entry of
                        which may start with the stem or the form */
} CacheInfo;

/* Forms of up to this many bytes are kept in their slot. */
#define INLINE_FORM 16
G_STATIC_ASSERT (INLINE_FORM <= FORM_ROOM);
/* Topics with bits in a slot (the others are always tried): bit t says
 * the stem is a root stem key of topic t, bit TOPIC_BITS + t that the
 * form is a root exact key or begins with a root prefix key. */
#define TOPIC_BITS 14
/* More bits of a slot: the form is a negator; the topics may start at
 * it, or it negates (any other bit is set). */
#define SLOT_NEGATOR (1u << (2 * TOPIC_BITS))
/* Every entry of every list that may start at the form has a second word
 * given by a stem or an exact key, so the lists are tried only where the
 * next token can be one (RootFilter.pair): "the attack", "in exchange
 * for" make "the" and "in" candidates, and most of their occurrences
 * are followed by no second word of theirs. */
#define SLOT_PAIRED (1u << (2 * TOPIC_BITS + 1))
#define SLOT_CANDIDATE (1u << 31)

/* One slot of the cache's open-addressing table (32 bytes, two to a
 * cache line): a distinct folded form and what the matcher needs of it.
 * The form is kept in two 8-byte words, zero past its end: forms hold no
 * NUL byte, so two forms of up to INLINE_FORM bytes are equal exactly
 * when their words are. */
typedef struct {
  guint64 lo;        /* bytes 0-7 of a form of up to INLINE_FORM bytes
                        (byte k in bits 8k..8k+7), 0 for a longer form */
  guint64 hi;        /* bytes 8-15, likewise */
  guint32 hash;      /* text_form_hash (form), the token's hash */
  gint info;         /* 1 + index into the side array; 0: the slot is free.
                        Written last and read first, atomically. */
  guint32 bits;      /* topic bits, SLOT_NEGATOR, SLOT_CANDIDATE */
  guint32 stem_hash; /* lex_str_hash (stem) */
} CacheSlot;

G_STATIC_ASSERT (sizeof (CacheSlot) == 32);

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

/* ------------------------------------------------------------------ */
/* The cache of forms.                                                 */

/* The arena grows by blocks of this many bytes (or one block for a
 * longer form); blocks never move. */
#define ARENA_BLOCK (256u * 1024u)

/* How the lists share the topic bits of a slot: the first bit_topics
 * topics have a bit each, in order; the context lists, if any, share the
 * next bit (a token with it set is tried by every context list, through
 * their Bloom filters); the cues have the next.  Topics past bit_topics
 * (only with more than TOPIC_BITS - 2 topics) have none and are tried at
 * every token. */
typedef struct {
  guint n_topics;
  guint n_contexts;
  guint bit_topics; /* topics with a bit of their own */
  int ctx_bit;      /* the context lists' bit, -1: no context lists */
  int cue_bit;      /* the cues' bit, -1: no cues */
} BitPlan;

/* The bit plan of LEXICON. */
static BitPlan
bit_plan (const FramingLexicon *lexicon)
{
  BitPlan p = { lexicon->topics->len,
                lexicon->contexts != NULL ? lexicon->contexts->len : 0,
                0, -1, -1 };
  guint reserved = (p.n_contexts > 0) + (lexicon->cues != NULL);
  p.bit_topics = MIN (p.n_topics, TOPIC_BITS - reserved);
  guint b = p.bit_topics;
  if (p.n_contexts > 0)
    p.ctx_bit = (int) b++;
  if (lexicon->cues != NULL)
    p.cue_bit = (int) b;
  return p;
}

/* The bit of list T under plan P, or -1. */
static int
list_bit (const BitPlan *p, guint t)
{
  if (t < p->n_topics)
    return t < p->bit_topics ? (int) t : -1;
  return t < p->n_topics + p->n_contexts ? p->ctx_bit : p->cue_bit;
}

/* A filter over the root keys of every list of a lexicon, in front of
 * the per-list tests of describe_form (): most forms start no entry of
 * any list, and two or three bit tests tell so, whatever the number of
 * lists.  The filters are Bloom filters with the hashes of the tries'
 * own (lexicon-trie.h), larger, since they hold every list's keys. */
#define ROOT_BLOOM_LOG2 16
#define ROOT_BLOOM_WORDS ((1u << ROOT_BLOOM_LOG2) / 64)

typedef struct {
  guint64 pair[ROOT_BLOOM_WORDS];  /* pair_hash () of the first two keys
                                      of entries (see SLOT_PAIRED) */
  guint64 stem[ROOT_BLOOM_WORDS];  /* root stem keys */
  guint64 exact[ROOT_BLOOM_WORDS]; /* root exact keys */
  guint64 gate[ROOT_BLOOM_WORDS];  /* the first gate_len bytes of root
                                      prefix keys */
  gsize gate_len;                  /* the shortest root prefix key; 0:
                                      none */
} RootFilter;

struct _MatchCache {
  const FramingLexicon *lexicon;
  const LexTopic **lists; /* topics, context lists, cues (see above) */
  guint n_lists;
  BitPlan plan;           /* which bit of a slot stands for which lists */
  RootFilter *filter;
  CacheSlot *slots;
  guint n_slots;      /* a power of two */
  gsize slots_size;   /* bytes mapped for the slots */
  guint capacity;     /* forms at most: three quarters of the slots */
  CacheInfo *infos;   /* capacity of them */
  gint n_forms;       /* forms added so far (read atomically) */
  GPtrArray *blocks;  /* the arena: forms and stems */
  gsize block_used;   /* bytes used in the last block */
  gsize block_size;   /* its size */
  GMutex lock;        /* held while a form is added */
};

/* How many tokens ahead a look-up prefetches the slot of. */
#define PREFETCH_AHEAD 16

#if defined(__GNUC__)
#define PREFETCH(addr) __builtin_prefetch (addr)
#else
#define PREFETCH(addr) ((void) (addr))
#endif

struct _Matcher {
  const FramingLexicon *lexicon;
  const LexTopic *const *lists; /* the cache's: topics, context lists,
                                   cues (see above) */
  guint n_topics;         /* lexicon->topics->len */
  guint n_lists;          /* n_topics + context lists + (cues? 1: 0) */
  BitPlan plan;           /* which bit of a slot stands for which lists */
  FramingStemmer *stemmer;
  MatchCache *cache;
  gboolean own_cache;
  /* per call */
  GArray *slot_of;    /* guint32 per token: see Scan */
  GArray *candidates; /* guint32: see lookup_tokens */
  GArray *ctx_hits;   /* MatchHit: the context lists' hits of a call */
  GArray *next;       /* guint per topic */
  /* forms of a call that the cache had no room for: their slots (slot
   * n_slots + 1 + k is extra[k]) and what they describe */
  GArray *extra;      /* CacheSlot */
  GArray *overflow;   /* CacheInfo */
  GStringChunk *overflow_text;
  GString *stem_buf;  /* the stem of a form being added */
};

/* The first slot to probe for HASH in a table of MASK + 1 slots. */
static inline guint
slot_index (guint mask, guint hash)
{
  return ((hash * 2654435761u) >> 7) & mask;
}

/* The same slot as a byte offset into the table, given BYTE_MASK = MASK
 * times the size of a slot (32): one shift fewer, for the prefetch. */
G_STATIC_ASSERT (sizeof (CacheSlot) == 1 << 5);
static inline gsize
slot_offset (guint byte_mask, guint hash)
{
  return ((hash * 2654435761u) >> 2) & byte_mask;
}

G_STATIC_ASSERT (G_N_ELEMENTS (form_mask) == INLINE_FORM + 1);

/* The two words of token form FORM of LEN <= INLINE_FORM bytes, as a slot
 * keeps them: token forms have 15 bytes of room past their NUL (text.h),
 * so 16 bytes can be read whatever the length, and masked. */
static inline void
token_form_words (const char *form, gsize len, guint64 *lo, guint64 *hi)
{
  *lo = load8 (form) & form_mask[len][0];
  *hi = load8 (form + 8) & form_mask[len][1];
}

/* SIZE bytes of zeroed memory for the slots, mapped so that pages are
 * only taken as the slots are used, and on transparent huge pages where
 * the system offers them: look-ups land all over the table, and with
 * 4 KiB pages most would also miss in the TLB.  NULL if it cannot be had. */
static void *
slots_map (gsize size)
{
#if defined(MAP_ANONYMOUS)
  void *p = mmap (NULL, size, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
#ifdef MADV_HUGEPAGE
  madvise (p, size, MADV_HUGEPAGE); /* a hint: failure changes nothing */
#endif
  return p;
#else
  return g_try_malloc0 (size);
#endif
}

/* Undo slots_map (). */
static void
slots_unmap (void *p, gsize size)
{
#if defined(MAP_ANONYMOUS)
  munmap (p, size);
#else
  (void) size;
  g_free (p);
#endif
}

/* The number of lists LEXICON matches: topics, context lists, cues. */
static guint
lists_count (const FramingLexicon *lexicon)
{
  return lexicon->topics->len
         + (lexicon->contexts != NULL ? lexicon->contexts->len : 0)
         + (lexicon->cues != NULL ? 1 : 0);
}

/* List T of LEXICON (see the file's comment). */
static const LexTopic *
list_at (const FramingLexicon *lexicon, guint t)
{
  guint n = lexicon->topics->len;
  if (t < n)
    return g_ptr_array_index (lexicon->topics, t);
  guint c = lexicon->contexts != NULL ? lexicon->contexts->len : 0;
  return t - n < c ? g_ptr_array_index (lexicon->contexts, t - n)
                   : lexicon->cues;
}

/* The slot of HASH in a RootFilter bloom. */
static inline guint
root_slot (guint hash)
{
  return (guint) ((hash * 2654435761u) >> (32 - ROOT_BLOOM_LOG2));
}

/* Whether HASH may be in BLOOM, one of a RootFilter's. */
static inline gboolean
root_test (const guint64 *bloom, guint hash)
{
  guint k = root_slot (hash);
  return (bloom[k / 64] >> (k % 64)) & 1;
}

/* Adds HASH to BLOOM, one of a RootFilter's. */
static void
root_add (guint64 *bloom, guint hash)
{
  guint k = root_slot (hash);
  bloom[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
}

/* The hash of a pair of keys: the first by its stem (FIRST_EXACT FALSE)
 * or exact form, with hash H1, the second likewise with H2. */
static inline guint
pair_hash (guint32 h1, gboolean first_exact, guint32 h2,
           gboolean second_exact)
{
  guint32 h = (h1 ^ (first_exact ? 0x5bd1e995u : 0)) * 0x9E3779B1u;
  h ^= (h >> 15) ^ (h2 ^ (second_exact ? 0x27d4eb2fu : 0)) * 0x85EBCA77u;
  return h ^ (h >> 13);
}

/* Whether NODE, reached after an entry's first word, needs a second
 * word that only a stem or an exact key gives: no entry ends at it and
 * no prefix key leaves it. */
static inline gboolean
node_paired (const LexNode *node)
{
  return node->entry < 0 && node->prefix == NULL;
}

/* Adds to F's pair filter the pairs of keys that start entries at the
 * child C of a root edge of hash H1 (FIRST_EXACT: an exact edge). */
static void
root_filter_add_pairs (RootFilter *f, guint32 h1, gboolean first_exact,
                       const LexNode *c)
{
  for (guint i = 0; i < c->stem_edges.n; i++)
    root_add (f->pair, pair_hash (h1, first_exact, c->stem_edges.hashes[i],
                                  FALSE));
  for (guint i = 0; i < c->exact_edges.n; i++)
    root_add (f->pair, pair_hash (h1, first_exact, c->exact_edges.hashes[i],
                                  TRUE));
}

/* Adds the root keys of TRIE to F (gate_len already set). */
static void
root_filter_add (RootFilter *f, const LexTrie *trie)
{
  const LexNode *root = trie->root;
  for (guint i = 0; i < root->stem_edges.n; i++)
    {
      root_add (f->stem, root->stem_edges.hashes[i]);
      root_filter_add_pairs (f, root->stem_edges.hashes[i], FALSE,
                             root->stem_edges.edges[i].child);
    }
  for (guint i = 0; i < root->exact_edges.n; i++)
    {
      root_add (f->exact, root->exact_edges.hashes[i]);
      root_filter_add_pairs (f, root->exact_edges.hashes[i], TRUE,
                             root->exact_edges.edges[i].child);
    }
  if (root->prefix == NULL)
    return;
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, root->prefix);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      LexKey k = { ((const LexKey *) key)->str, f->gate_len };
      root_add (f->gate, lex_key_hash (&k));
    }
}

/* The root filter of the N LISTS. */
static RootFilter *
root_filter_new (const LexTopic *const *lists, guint n)
{
  RootFilter *f = g_new0 (RootFilter, 1);
  for (guint t = 0; t < n; t++)
    {
      const LexNode *root = lists[t]->trie->root;
      if (root->n_prefix_lens > 0
          && (f->gate_len == 0 || root->prefix_lens[0] < f->gate_len))
        f->gate_len = root->prefix_lens[0];
    }
  for (guint t = 0; t < n; t++)
    root_filter_add (f, lists[t]->trie);
  return f;
}

/* Whether F says a form of LEN bytes at FORM, hash HASH, may be a root
 * exact key or begin with a root prefix key of some list. */
static gboolean
root_form_maybe (const RootFilter *f, const char *form, gsize len,
                 guint32 hash)
{
  if (root_test (f->exact, hash))
    return TRUE;
  if (f->gate_len == 0 || len < f->gate_len)
    return FALSE;
  LexKey gate = { form, f->gate_len };
  return root_test (f->gate, lex_key_hash (&gate));
}

MatchCache *
match_cache_new (const FramingLexicon *lexicon, guint capacity)
{
  g_return_val_if_fail (lexicon != NULL, NULL);
  if (capacity == 0)
    capacity = MATCH_CACHE_FORMS;
  capacity = CLAMP (capacity, 1u, 1u << 28);
  MatchCache *c = g_new0 (MatchCache, 1);
  c->lexicon = lexicon;
  c->n_lists = lists_count (lexicon);
  c->lists = g_new (const LexTopic *, c->n_lists);
  for (guint t = 0; t < c->n_lists; t++)
    c->lists[t] = list_at (lexicon, t);
  c->plan = bit_plan (lexicon);
  c->filter = root_filter_new (c->lists, c->n_lists);
  c->n_slots = 4;
  while (c->n_slots / 4 * 3 < capacity)
    c->n_slots *= 2;
  c->capacity = capacity;
  c->slots_size = (gsize) c->n_slots * sizeof (CacheSlot);
  c->slots = slots_map (c->slots_size);
  if (c->slots == NULL)
    g_error ("match_cache_new: out of memory for %u slots", c->n_slots);
  c->infos = g_new (CacheInfo, capacity); /* pages taken as forms come */
  c->blocks = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&c->lock);
  return c;
}

void
match_cache_free (MatchCache *c)
{
  if (c == NULL)
    return;
  slots_unmap (c->slots, c->slots_size);
  g_free (c->filter);
  g_free (c->lists);
  g_free (c->infos);
  g_ptr_array_unref (c->blocks);
  g_mutex_clear (&c->lock);
  g_free (c);
}

guint
match_cache_size (MatchCache *c)
{
  g_return_val_if_fail (c != NULL, 0);
  return (guint) g_atomic_int_get (&c->n_forms);
}

/* Copy the N bytes at S and a NUL into the arena (lock held). */
static const char *
arena_add (MatchCache *c, const char *s, gsize n)
{
  if (c->blocks->len == 0 || c->block_used + n + 1 > c->block_size)
    {
      c->block_size = MAX (ARENA_BLOCK, n + 1);
      g_ptr_array_add (c->blocks, g_malloc (c->block_size));
      c->block_used = 0;
    }
  char *p = (char *) g_ptr_array_index (c->blocks, c->blocks->len - 1)
            + c->block_used;
  memcpy (p, s, n);
  p[n] = '\0';
  c->block_used += n + 1;
  return p;
}

/* Whether STEM (hash STEM_HASH) is a root stem key of TRIE; *OPEN is
 * set when an entry that starts so may not need a second word of a stem
 * or exact key (see SLOT_PAIRED). */
static gboolean
starts_by_stem (const LexTrie *trie, const char *stem, guint32 stem_hash,
                gboolean *open)
{
  if (!lex_bloom_test (trie->stem_bloom, stem_hash))
    return FALSE;
  const LexNode *child = lex_edges_find (&trie->root->stem_edges, stem,
                                         stem_hash);
  if (child == NULL)
    return FALSE;
  *open |= !node_paired (child);
  return TRUE;
}

/* Whether folded FORM (LEN bytes, hash FORM_HASH) is a root exact key of
 * TRIE or begins with one of its root prefix keys; *OPEN is set when the
 * entries that start so may not need a second word of a stem or exact
 * key (see SLOT_PAIRED). */
static gboolean
starts_by_form (const LexTrie *trie, const char *form, gsize len,
                guint32 form_hash, gboolean *open)
{
  const LexNode *root = trie->root;
  const LexNode *child;
  gboolean exact = FALSE;
  if (lex_bloom_test (trie->exact_bloom, form_hash)
      && (child = lex_edges_find (&root->exact_edges, form, form_hash)) != NULL)
    {
      *open |= !node_paired (child);
      exact = TRUE; /* a prefix start may be there too: it decides *OPEN */
    }
  /* Every root prefix key begins with gate_len bytes whose hash is in the
   * gate's filter (no false negatives). */
  if (trie->gate_len == 0 || len < trie->gate_len)
    return exact;
  LexKey gate = { form, trie->gate_len };
  if (!lex_bloom_test (trie->gate_bloom, lex_key_hash (&gate)))
    return exact;
  for (guint k = 0; root->prefix != NULL && k < root->n_prefix_lens; k++)
    if (root->prefix_lens[k] <= len
        && lex_node_child_prefix (root, form, root->prefix_lens[k]) != NULL)
      {
        *open = TRUE; /* a prefix start's children are not followed */
        return TRUE;
      }
  return exact;
}

/* Fill INFO and SLOT (all but its info index) for the form INFO->form of
 * LEN bytes, token hash HASH, whose stem is INFO->stem. */
static void
describe_form (const MatchCache *c, gsize len, guint32 hash, CacheInfo *info,
               CacheSlot *slot)
{
  info->form_len = (guint32) len;
  info->contexts = 0;
  slot->stem_hash = lex_str_hash (info->stem);
  slot->hash = hash;
  slot->lo = slot->hi = 0;
  if (len <= INLINE_FORM)
    {
      char b[2 * sizeof (guint64)] = { 0 };
      memcpy (b, info->form, len);
      token_form_words (b, len, &slot->lo, &slot->hi);
    }
  slot->bits = match_is_negator (info->form, len) ? SLOT_NEGATOR : 0;
  gboolean stem = root_test (c->filter->stem, slot->stem_hash);
  gboolean form = root_form_maybe (c->filter, info->form, len, hash);
  const BitPlan *plan = &c->plan;
  gboolean open = FALSE; /* some list may start here with one word */
  for (guint t = 0; (stem || form) && t < c->n_lists; t++)
    {
      int b = list_bit (plan, t);
      if (b < 0)
        continue;
      const LexTrie *trie = c->lists[t]->trie;
      gboolean by_stem = stem && starts_by_stem (trie, info->stem,
                                                 slot->stem_hash, &open);
      gboolean by_form = form && starts_by_form (trie, info->form, len, hash,
                                                 &open);
      if (by_stem)
        slot->bits |= 1u << b;
      if (by_form)
        slot->bits |= 1u << (TOPIC_BITS + b);
      if (b == plan->ctx_bit && (by_stem || by_form))
        info->contexts |= 1u << (t - plan->n_topics);
    }
  if (slot->bits != 0 && !open && (slot->bits & ~SLOT_NEGATOR) != 0)
    slot->bits |= SLOT_PAIRED;
  if (slot->bits != 0)
    slot->bits |= SLOT_CANDIDATE;
}

/* The index of the published slot of SLOTS (MASK + 1 of them) that holds
 * the form of up to INLINE_FORM bytes whose two words are LO and HI,
 * probing from slot S, or -1 (*FREE_SLOT: the free slot the probe stopped
 * at).  Takes no lock. */
static inline gint64
probe_short (const CacheSlot *slots, guint mask, guint s, guint64 lo,
             guint64 hi, guint *free_slot)
{
  for (;; s = (s + 1) & mask)
    {
      if (g_atomic_int_get (&slots[s].info) == 0)
        {
          *free_slot = s;
          return -1;
        }
      if (slots[s].lo == lo && slots[s].hi == hi)
        return s;
    }
}

/* The published slot of C that holds token form FORM (LEN bytes, hash
 * HASH), or NULL (*FREE_SLOT: the free slot the probe stopped at).  Takes
 * no lock. */
static const CacheSlot *
cache_probe (const MatchCache *c, const char *form, gsize len, guint32 hash,
             guint *free_slot)
{
  guint mask = c->n_slots - 1, s = slot_index (mask, hash);
  if (len <= INLINE_FORM)
    {
      guint64 lo, hi;
      token_form_words (form, len, &lo, &hi);
      gint64 k = probe_short (c->slots, mask, s, lo, hi, free_slot);
      return k >= 0 ? &c->slots[k] : NULL;
    }
  for (;; s = (s + 1) & mask)
    {
      const CacheSlot *slot = &c->slots[s];
      gint info = g_atomic_int_get (&slot->info);
      if (info == 0)
        {
          *free_slot = s;
          return NULL;
        }
      const CacheInfo *i = &c->infos[info - 1];
      if (slot->lo == 0 && slot->hash == hash && i->form_len == len
          && memcmp (i->form, form, len) == 0)
        return slot;
    }
}

/* Fill the free slot TO from FROM and publish it with info INFO (lock
 * held): every field but info first, as readers may be loading info (as
 * 0) now. */
static void
slot_publish (CacheSlot *to, const CacheSlot *from, gint info)
{
  to->lo = from->lo;
  to->hi = from->hi;
  to->hash = from->hash;
  to->bits = from->bits;
  to->stem_hash = from->stem_hash;
  g_atomic_int_set (&to->info, info);
}

/* Add FORM (LEN bytes, NUL-terminated, hash HASH) to M's cache, unless
 * another thread just did; its slot, or NULL when the cache is full.  The
 * form is stemmed and described before the lock is taken, with M's own
 * stemmer: under the lock there is only a probe and two copies, so two
 * threads meeting new words at once (most words are new at the start of
 * a run) seldom wait for each other.  Another thread may add the same
 * form meanwhile; the probe under the lock finds it, and this description
 * is dropped. */
static const CacheSlot *
cache_add (Matcher *m, const char *form, gsize len, guint32 hash)
{
  MatchCache *c = m->cache;
  if (g_atomic_int_get (&c->n_forms) >= (gint) c->capacity)
    return NULL;
  gsize stem_len;
  const char *stem = stem_word_uncached (m->stemmer, form, len, &stem_len);
  g_string_truncate (m->stem_buf, 0);
  g_string_append_len (m->stem_buf, stem, (gssize) stem_len);
  CacheInfo described = { form, m->stem_buf->str, 0, 0 };
  CacheSlot filled = { 0 };
  describe_form (c, len, hash, &described, &filled);

  framing_mutex_lock (&c->lock); /* held for a probe and two copies */
  guint s;
  const CacheSlot *found = cache_probe (c, form, len, hash, &s);
  if (found != NULL || c->n_forms >= (gint) c->capacity)
    {
      g_mutex_unlock (&c->lock);
      return found;
    }
  CacheInfo *info = &c->infos[c->n_forms];
  info->form = arena_add (c, form, len);
  info->stem = arena_add (c, m->stem_buf->str, stem_len);
  info->form_len = described.form_len;
  info->contexts = described.contexts;
  g_atomic_int_set (&c->n_forms, c->n_forms + 1);
  slot_publish (&c->slots[s], &filled, c->n_forms);
  g_mutex_unlock (&c->lock);
  return &c->slots[s];
}

/* A form of this call that the full cache cannot take, described into
 * M's extra slots: its slot (valid until the next extra slot is added). */
static const CacheSlot *
overflow_add (Matcher *m, const char *form, gsize len, guint32 hash)
{
  gsize stem_len;
  const char *stem = stem_word_uncached (m->stemmer, form, len, &stem_len);
  CacheInfo info = {
    .form = g_string_chunk_insert_len (m->overflow_text, form, (gssize) len),
    .stem = g_string_chunk_insert_len (m->overflow_text, stem,
                                       (gssize) stem_len),
  };
  CacheSlot slot = { 0 };
  describe_form (m->cache, len, hash, &info, &slot);
  g_array_append_val (m->overflow, info);
  slot.info = (gint) (m->cache->capacity + m->overflow->len);
  g_array_append_val (m->extra, slot);
  return &g_array_index (m->extra, CacheSlot, m->extra->len - 1);
}

/* 1 + the number of the slot of token form FORM (LEN bytes, hash HASH) in
 * the cache, added to it if new, or in the extra slots when the cache is
 * full (numbered after the cache's); *SLOT is set to the slot. */
static guint32
form_slot (Matcher *m, const char *form, gsize len, guint32 hash,
           const CacheSlot **slot)
{
  const MatchCache *c = m->cache;
  guint s;
  *slot = cache_probe (c, form, len, hash, &s);
  if (*slot == NULL)
    *slot = cache_add (m, form, len, hash);
  if (*slot != NULL)
    return (guint32) (*slot - c->slots) + 1;
  *slot = overflow_add (m, form, len, hash);
  return c->n_slots + m->extra->len;
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
      l->slot_of[j] = form_slot (l->m, l->forms + t->form, t->form_len,
                                 t->hash, &slot);
      bits = slot->bits;
    }
  /* Written in any case, kept when a candidate (a token in six or so
   * is, at random: a branch would be mispredicted often). */
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
