/* match.c - finding lexicon entries in tokens (contract: "Lexicons",
 * matching and negation).
 *
 * Each token is looked up once per call in the cache described below,
 * which stems each distinct form once.  Then, position by
 * position, every topic whose previous hit does not cover the position
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
 * tokens that is every topic.  Topics past the 16th (TOPIC_BITS) are
 * always tried.
 *
 * The cache is built for memory latency, which is what a look-up waits
 * on once the vocabulary outgrows the processor's caches: an
 * open-addressing table of 32-byte slots that hold the form itself (up
 * to 14 bytes; longer ones are compared in the arena), its hash, its
 * stem's hash, negator flag and topic bits, so a token costs one probe
 * with the hash the tokenizer gave it and, usually, one cache line.
 * Each look-up prefetches the slot of the token PREFETCH_AHEAD places
 * further on, so the misses of rare words overlap instead of queueing.  Walks compare
 * hashes first (the trie's edges are sorted by the same hashes), so the
 * stems themselves, in a side array, are read only when a hash matches.
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
 * before its first token, in the same sentence.  One pass over the tokens
 * records, for each token, the nearest negator before it in its sentence,
 * so each hit is checked in constant time whatever the window.
 */
#include "match.h"

#include <string.h>
#include <sys/mman.h>

#include "lexicon-trie.h"

/* What the cache knows of a form besides its slot: needed only when a
 * topic may start at, or a walk reaches, a token of that form. */
typedef struct {
  const char *form;  /* the form, NUL-terminated, in an arena */
  const char *stem;  /* its stem, NUL-terminated, in an arena */
  guint32 form_len;
} CacheInfo;

/* The tokens of one matcher_run() call. */
typedef struct {
  const FramingToken *tokens;
  const char *forms;       /* toks->forms->str */
  const CacheInfo *infos;  /* the cache's side array */
  guint capacity;          /* its length: indexes past it are overflow */
  const CacheInfo *overflow; /* forms of this call the cache had no room for */
  const guint32 *info_of;  /* per token: its index (infos, then overflow) */
  const guint32 *stem_hash; /* per token: lex_str_hash () of its stem */
  guint n;
} Scan;

/* The cache's knowledge of token J. */
static inline const CacheInfo *
token_info (const Scan *s, guint j)
{
  guint32 i = s->info_of[j];
  return i < s->capacity ? &s->infos[i] : &s->overflow[i - s->capacity];
}

/* The child of NODE along the stem edge of token J, or NULL.  The
 * token's stem is read (from the cache's side array) only when an edge
 * has its hash: a walk that goes nowhere costs no memory access beyond
 * the per-token arrays. */
static inline const LexNode *
stem_child (const Scan *s, const LexNode *node, guint j)
{
  const LexEdges *edges = &node->stem_edges;
  guint32 hash = s->stem_hash[j];
  guint i = lex_edges_first (edges, hash);
  if (i == edges->n || edges->edges[i].hash != hash)
    return NULL;
  return lex_edges_find (edges, token_info (s, j)->stem, hash);
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
  guint k = lex_edges_first (edges, s->stem_hash[i]);
  if (k + 1 >= edges->n || edges->edges[k + 1].hash != edges->edges[k].hash)
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
    child = lex_bloom_test (trie->stem_bloom, s->stem_hash[i])
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

/* Forms of up to this many bytes are kept in their slot. */
#define INLINE_FORM 14
/* Topics with bits in a slot's starts (the others are always tried): bit
 * t says the stem is a root stem key of topic t, bit TOPIC_BITS + t that
 * the form is a root exact key or begins with a root prefix key. */
#define TOPIC_BITS 16

/* One slot of the cache's open-addressing table (32 bytes, two to a
 * cache line): a distinct folded form and what most tokens need. */
typedef struct {
  guint32 starts;   /* the topics whose entries may start here: see
                       TOPIC_BITS */
  guint32 hash;     /* text_form_hash (form), the token's hash */
  guint32 stem_hash; /* lex_str_hash (stem) */
  gint info;        /* 1 + index into the side array; 0: the slot is free.
                       Written last and read first, atomically. */
  guint8 len;       /* the form's length, or 255 when longer than 254 */
  guint8 negator;
  char form[INLINE_FORM]; /* the form when len <= INLINE_FORM */
} CacheSlot;

G_STATIC_ASSERT (sizeof (CacheSlot) == 32);

/* The arena grows by blocks of this many bytes (or one block for a
 * longer form); blocks never move. */
#define ARENA_BLOCK (256u * 1024u)

struct _MatchCache {
  const FramingLexicon *lexicon;
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
  FramingStemmer *stemmer;
  MatchCache *cache;
  gboolean own_cache;
  /* per token of a call */
  GArray *info_of;    /* guint32: index into the side array (or overflow) */
  GArray *starts;     /* guint32: the slot's topic bits */
  GArray *stem_hash;  /* guint32: the slot's stem hash */
  GArray *negators;   /* guint: see lookup_tokens */
  GArray *candidates; /* guint32: see lookup_tokens */
  GArray *next;       /* guint per topic */
  /* forms of a call that the cache had no room for */
  GArray *overflow;   /* CacheInfo */
  GStringChunk *overflow_text;
  CacheSlot scratch;  /* the slot of the last such form */
  GString *stem_buf;  /* the stem of a form being added */
};

/* The first slot to probe for HASH in a table of MASK + 1 slots. */
static inline guint
slot_index (guint mask, guint hash)
{
  return ((hash * 2654435761u) >> 7) & mask;
}

/* The first slot to probe for HASH. */
static inline guint
slot_of (const MatchCache *c, guint hash)
{
  return slot_index (c->n_slots - 1, hash);
}

/* The value of CacheSlot.len for a form of LEN bytes. */
static inline guint8
slot_len (gsize len)
{
  return (guint8) MIN (len, 255u);
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

MatchCache *
match_cache_new (const FramingLexicon *lexicon, guint capacity)
{
  g_return_val_if_fail (lexicon != NULL, NULL);
  if (capacity == 0)
    capacity = MATCH_CACHE_FORMS;
  capacity = CLAMP (capacity, 1u, 1u << 28);
  MatchCache *c = g_new0 (MatchCache, 1);
  c->lexicon = lexicon;
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

/* Whether STEM (hash STEM_HASH) is a root stem key of TRIE. */
static gboolean
starts_by_stem (const LexTrie *trie, const char *stem, guint32 stem_hash)
{
  return lex_bloom_test (trie->stem_bloom, stem_hash)
         && lex_edges_find (&trie->root->stem_edges, stem, stem_hash) != NULL;
}

/* Whether folded FORM (LEN bytes, hash FORM_HASH) is a root exact key of
 * TRIE or begins with one of its root prefix keys. */
static gboolean
starts_by_form (const LexTrie *trie, const char *form, gsize len,
                guint32 form_hash)
{
  const LexNode *root = trie->root;
  if (lex_bloom_test (trie->exact_bloom, form_hash)
      && lex_edges_find (&root->exact_edges, form, form_hash) != NULL)
    return TRUE;
  for (guint k = 0; root->prefix != NULL && k < root->n_prefix_lens; k++)
    if (root->prefix_lens[k] <= len
        && lex_node_child_prefix (root, form, root->prefix_lens[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* Fill INFO and SLOT (all but its info index) for the form INFO->form of
 * LEN bytes, token hash HASH, whose stem is INFO->stem. */
static void
describe_form (const FramingLexicon *lexicon, gsize len, guint32 hash,
               CacheInfo *info, CacheSlot *slot)
{
  info->form_len = (guint32) len;
  slot->stem_hash = lex_str_hash (info->stem);
  slot->hash = hash;
  slot->len = slot_len (len);
  slot->negator = match_is_negator (info->form, len);
  slot->starts = 0;
  memset (slot->form, 0, sizeof slot->form);
  if (len <= INLINE_FORM)
    memcpy (slot->form, info->form, len);
  for (guint t = 0; t < lexicon->topics->len && t < TOPIC_BITS; t++)
    {
      const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
      if (starts_by_stem (topic->trie, info->stem, slot->stem_hash))
        slot->starts |= 1u << t;
      if (starts_by_form (topic->trie, info->form, len, hash))
        slot->starts |= 1u << (TOPIC_BITS + t);
    }
}

/* The 8 bytes at P, byte k in bits 8k..8k+7 whatever the machine's order. */
static inline guint64
load8 (const char *p)
{
  guint64 w;
  memcpy (&w, p, 8);
  return GUINT64_FROM_LE (w);
}

/* For a form of LEN bytes (LEN <= INLINE_FORM): the masks that keep its
 * bytes in the two overlapping 8-byte words at offsets 0 and 6. */
static const guint64 form_masks[INLINE_FORM + 1][2] = {
/* (The shift is kept in range even where it is not taken, for compilers
 * that warn about the branch not taken.) */
#define LOW(n) ((n) >= 8 ? G_MAXUINT64 : (n) <= 0 ? 0 \
                : (G_GUINT64_CONSTANT (1) << (8 * ((n) & 7))) - 1)
#define MASKS(n) { LOW (n), (n) > 6 ? LOW ((n) - 6) : 0 }
  MASKS (0), MASKS (1), MASKS (2), MASKS (3), MASKS (4), MASKS (5),
  MASKS (6), MASKS (7), MASKS (8), MASKS (9), MASKS (10), MASKS (11),
  MASKS (12), MASKS (13), MASKS (14),
#undef MASKS
#undef LOW
};

/* Whether the slot's inline form equals token form FORM of LEN bytes
 * (LEN <= INLINE_FORM), comparing two overlapping 8-byte words under
 * masks (no branch on the length): the slot's 14 bytes are zero past the
 * form and the token forms have 15 bytes of room past their NUL (text.h),
 * so both reads stay inside. */
static inline gboolean
inline_form_equal (const CacheSlot *c, const char *form, gsize len)
{
  const guint64 *mask = form_masks[len];
  guint64 d0 = (load8 (c->form) ^ load8 (form)) & mask[0];
  guint64 d1 = (load8 (c->form + 6) ^ load8 (form + 6)) & mask[1];
  return (d0 | d1) == 0;
}

/* Whether published slot S (index INFO into the side array INFOS) holds
 * FORM (LEN bytes, token hash HASH). */
static inline gboolean
slot_holds (const CacheInfo *infos, const CacheSlot *s, gint info,
            const char *form, gsize len, guint hash)
{
  if (s->hash != hash || s->len != slot_len (len))
    return FALSE;
  if (len <= INLINE_FORM)
    return inline_form_equal (s, form, len);
  const CacheInfo *i = &infos[info - 1];
  return i->form_len == len && memcmp (i->form, form, len) == 0;
}

/* The published slot that holds FORM (LEN bytes, hash HASH), or NULL,
 * probing the table SLOTS (MASK + 1 of them, side array INFOS) from slot
 * S; *FREE is set to the free slot the probe stopped at.  Takes no lock.
 * With INFOS NULL, forms longer than INLINE_FORM are not looked for
 * (NULL, *FREE = S): the look-up loop probes so, with the table in
 * locals, and leaves the rest to form_slot (). */
static inline const CacheSlot *
probe (const CacheSlot *slots, guint mask, const CacheInfo *infos, guint s,
       const char *form, gsize len, guint hash, guint *free_slot)
{
  if (infos == NULL && len > INLINE_FORM)
    {
      *free_slot = s;
      return NULL;
    }
  for (;;)
    {
      const CacheSlot *slot = &slots[s];
      gint info = g_atomic_int_get (&slot->info);
      if (info == 0)
        {
          *free_slot = s;
          return NULL;
        }
      if (slot_holds (infos, slot, info, form, len, hash))
        return slot;
      s = (s + 1) & mask;
    }
}

/* probe () of C's table from the first slot for HASH. */
static inline const CacheSlot *
cache_probe (const MatchCache *c, const char *form, gsize len, guint hash,
             guint *free_slot)
{
  return probe (c->slots, c->n_slots - 1, c->infos, slot_of (c, hash), form,
                len, hash, free_slot);
}

/* Add FORM (LEN bytes, NUL-terminated, hash HASH) to M's cache, unless
 * another thread just did; its slot, or NULL when the cache is full.  The
 * form is stemmed and described before the lock is taken, with M's own
 * stemmer: under the lock there is only a probe and two copies, so two
 * threads meeting new words at once (most words are new at the start of
 * a run) seldom wait for each other.  Another thread may add the same
 * form meanwhile; the probe under the lock finds it, and this
 * description is dropped. */
static const CacheSlot *
cache_add (Matcher *m, const char *form, gsize len, guint hash)
{
  MatchCache *c = m->cache;
  if (g_atomic_int_get (&c->n_forms) >= (gint) c->capacity)
    return NULL;
  gsize stem_len;
  const char *stem = stem_word_uncached (m->stemmer, form, len, &stem_len);
  g_string_truncate (m->stem_buf, 0);
  g_string_append_len (m->stem_buf, stem, (gssize) stem_len);
  CacheInfo described = { form, m->stem_buf->str, 0 };
  CacheSlot filled = { 0 };
  describe_form (c->lexicon, len, hash, &described, &filled);

  g_mutex_lock (&c->lock);
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
  CacheSlot *slot = &c->slots[s];
  /* Every field but info, which readers may be loading (as 0) now. */
  slot->starts = filled.starts;
  slot->hash = filled.hash;
  slot->stem_hash = filled.stem_hash;
  slot->len = filled.len;
  slot->negator = filled.negator;
  memcpy (slot->form, filled.form, sizeof slot->form);
  g_atomic_int_set (&c->n_forms, c->n_forms + 1);
  g_atomic_int_set (&slot->info, c->n_forms); /* publish */
  g_mutex_unlock (&c->lock);
  return slot;
}

/* A form of this call that the full cache cannot take: described into
 * M's overflow, its slot being M's scratch slot (valid until the next
 * call of this function). */
static const CacheSlot *
overflow_add (Matcher *m, const char *form, gsize len, guint hash)
{
  gsize stem_len;
  const char *stem = stem_word_uncached (m->stemmer, form, len, &stem_len);
  CacheInfo info = {
    .form = g_string_chunk_insert_len (m->overflow_text, form, (gssize) len),
    .stem = g_string_chunk_insert_len (m->overflow_text, stem,
                                       (gssize) stem_len),
  };
  describe_form (m->lexicon, len, hash, &info, &m->scratch);
  g_array_append_val (m->overflow, info);
  m->scratch.info = (gint) (m->cache->capacity + m->overflow->len);
  return &m->scratch;
}

/* The slot of FORM (LEN bytes, hash HASH): from the cache, added to it if
 * new, or from the overflow when the cache is full. */
static const CacheSlot *
form_slot (Matcher *m, const char *form, gsize len, guint hash)
{
  guint s;
  const CacheSlot *slot = cache_probe (m->cache, form, len, hash, &s);
  if (slot == NULL)
    slot = cache_add (m, form, len, hash);
  return slot != NULL ? slot : overflow_add (m, form, len, hash);
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
  m->info_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->stem_hash = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->negators = g_array_new (FALSE, FALSE, sizeof (guint));
  m->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->next = g_array_new (FALSE, FALSE, sizeof (guint));
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
  g_array_unref (m->info_of);
  g_array_unref (m->starts);
  g_array_unref (m->stem_hash);
  g_array_unref (m->negators);
  g_array_unref (m->candidates);
  g_array_unref (m->next);
  g_array_unref (m->overflow);
  g_string_chunk_free (m->overflow_text);
  g_string_free (m->stem_buf, TRUE);
  g_free (m);
}

/* Look every token of S up (adding new forms to the cache), filling
 * m->info_of, m->starts and m->stem_hash, NEAREST: for each token, 1 +
 * the index of the nearest negator before it in its sentence, or 0 when
 * there is none, and CANDIDATES: the tokens whose topic bits are not all
 * clear, in order; returns how many there are.  Each look-up prefetches
 * the slot of the token PREFETCH_AHEAD places further on, and keeps its
 * index for when that token's turn comes. */
static guint
lookup_tokens (Matcher *m, const Scan *s, guint *nearest, guint32 *candidates)
{
  g_array_set_size (m->info_of, s->n);
  g_array_set_size (m->starts, s->n);
  g_array_set_size (m->stem_hash, s->n);
  g_array_set_size (m->overflow, 0);
  g_string_chunk_clear (m->overflow_text);
  guint32 *info_of = (guint32 *) (void *) m->info_of->data;
  guint32 *starts = (guint32 *) (void *) m->starts->data;
  guint32 *stem_hash = (guint32 *) (void *) m->stem_hash->data;
  const MatchCache *c = m->cache;
  const FramingToken *tokens = s->tokens;
  /* The table in locals: the stores below are of guint32, which as far
   * as the compiler knows may change c->n_slots, so it would load the
   * table's fields again for every token. */
  const CacheSlot *const slots = c->slots;
  const guint mask = c->n_slots - 1;
  const char *const forms = s->forms;
  const guint n = s->n;
  guint first[PREFETCH_AHEAD]; /* slot_index () of the next tokens, by j % */
  for (guint j = 0; j < PREFETCH_AHEAD && j < n; j++)
    first[j] = slot_index (mask, tokens[j].hash);
  guint last = 0, n_candidates = 0;
  guint32 sentence = tokens[0].sentence;
  for (guint j = 0; j < n; j++)
    {
      const FramingToken *t = &tokens[j];
      guint k = j % PREFETCH_AHEAD;
      guint free_slot;
      const CacheSlot *slot = probe (slots, mask, NULL, first[k],
                                     forms + t->form, t->form_len, t->hash,
                                     &free_slot);
      if (G_UNLIKELY (slot == NULL))
        slot = form_slot (m, forms + t->form, t->form_len, t->hash);
      if (j + PREFETCH_AHEAD < n)
        {
          first[k] = slot_index (mask, tokens[j + PREFETCH_AHEAD].hash);
          PREFETCH (&slots[first[k]]);
        }
      info_of[j] = (guint32) slot->info - 1;
      starts[j] = slot->starts;
      stem_hash[j] = slot->stem_hash;
      candidates[n_candidates] = j;
      n_candidates += slot->starts != 0;
      last = t->sentence == sentence ? last : 0;
      sentence = t->sentence;
      nearest[j] = last;
      last = slot->negator ? j + 1 : last;
    }
  return n_candidates;
}

void
matcher_run (Matcher *m, const FramingTokens *toks, guint window, GArray *hits)
{
  g_return_if_fail (m != NULL && toks != NULL);
  g_return_if_fail (hits != NULL
                    && g_array_get_element_size (hits) == sizeof (MatchHit));

  g_array_set_size (hits, 0);
  const FramingLexicon *lexicon = m->lexicon;
  guint n_topics = lexicon->topics->len;
  Scan s = { .tokens = (const FramingToken *) (void *) toks->tokens->data,
             .forms = toks->forms->str, .n = toks->tokens->len };
  if (s.n == 0 || n_topics == 0)
    return;

  g_array_set_size (m->negators, s.n);
  g_array_set_size (m->candidates, s.n);
  guint *negators = (guint *) (void *) m->negators->data;
  guint32 *candidates = (guint32 *) (void *) m->candidates->data;
  guint n_candidates = lookup_tokens (m, &s, negators, candidates);
  if (n_topics > TOPIC_BITS)
    {
      /* Topics past the bits are tried everywhere. */
      for (guint i = 0; i < s.n; i++)
        candidates[i] = i;
      n_candidates = s.n;
    }
  s.infos = m->cache->infos;
  s.capacity = m->cache->capacity;
  s.overflow = (const CacheInfo *) (void *) m->overflow->data;
  s.info_of = (const guint32 *) (void *) m->info_of->data;
  s.stem_hash = (const guint32 *) (void *) m->stem_hash->data;
  const guint32 *starts = (const guint32 *) (void *) m->starts->data;
  /* next[t]: the first position topic t may match at (past its last hit). */
  g_array_set_size (m->next, n_topics);
  guint *next = (guint *) (void *) m->next->data;
  memset (next, 0, n_topics * sizeof *next);

  for (guint c = 0; c < n_candidates; c++)
    {
      guint i = candidates[c];
      for (guint t = 0; t < n_topics; t++)
        {
          gboolean stem = t >= TOPIC_BITS || ((starts[i] >> t) & 1);
          gboolean other = t >= TOPIC_BITS
                           || ((starts[i] >> (TOPIC_BITS + t)) & 1);
          if (i < next[t] || !(stem || other))
            continue;
          const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
          Best best = match_at (&s, topic->trie, i, stem, other);
          if (best.entry < 0)
            continue;
          MatchHit hit = { t, (guint) best.entry, i, best.length, FALSE };
          hit.negated = window > 0 && negators[i] != 0
                        && i - (negators[i] - 1) <= window;
          g_array_append_val (hits, hit);
          next[t] = i + best.length;
        }
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
