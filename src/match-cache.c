/* match-cache.c - the cache of forms that the matchers of a run share
 * (docs/DESIGN.md, "Matching").
 *
 * A MatchCache keeps per distinct folded form its stem, the two hashes,
 * whether it is a negator and two bits per topic telling whether an
 * entry of the topic can start with its stem, or with the form itself
 * (worked out exactly once, from the root's tables, behind a
 * lexicon-wide root filter that turns most forms away with a few bit
 * tests).  The context lists share one bit, the cues have one (BitPlan,
 * match-private.h), and the cache notes which context lists may start
 * at the form.  The look-up of a call's tokens (lookup_tokens () in
 * match.c, with the short probe inline from match-private.h) keeps per
 * token the number of its slot and lists as candidates the tokens with
 * a bit set; it comes here, to match_cache_form_slot (), for a form it
 * does not find and for a form longer than INLINE_FORM bytes.
 *
 * The cache is built for memory latency, which is what a look-up waits
 * on once the vocabulary outgrows the processor's caches: an
 * open-addressing table of 32-byte slots that hold the form itself (up
 * to 16 bytes, as two zero-padded words compared with two instructions;
 * longer ones are compared in the arena), its hash, its stem's hash and
 * the topic and negator bits, so a token costs one probe with the hash
 * the tokenizer gave it and, usually, one cache line; what the look-up
 * keeps of a token is the number of its slot.  Each look-up prefetches
 * the slot of a token further on, so the misses of rare words overlap
 * instead of queueing (lookup_tokens ()).  The stems themselves, in a
 * side array, are read only when a walk finds an edge with their hash.
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
 */
#include "match-private.h"

#include <string.h>
#include <sys/mman.h>

#include "bits.h"
#include "framing.h"
#include "lexicon-trie.h"

/* The arena grows by blocks of this many bytes (or one block for a
 * longer form); blocks never move. */
#define ARENA_BLOCK (256u * 1024u)

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

/* The slot table is mapped with mmap, which lets it have transparent
 * huge pages, unless MATCH_NO_MMAP asks for the portable twin (zeroed
 * memory from malloc), which is also what a system without anonymous
 * mappings gets.  make check tests both: test_match_portable builds this
 * file with MATCH_NO_MMAP. */
#if defined(MAP_ANONYMOUS) && !defined(MATCH_NO_MMAP)
#define SLOTS_MMAP 1
#else
#define SLOTS_MMAP 0
#endif

/* SIZE bytes of zeroed memory for the slots, mapped so that pages are
 * only taken as the slots are used, and on transparent huge pages where
 * the system offers them: look-ups land all over the table, and with
 * 4 KiB pages most would also miss in the TLB.  They are worth keeping:
 * bench/ab measured framing compare at 1.514 s with huge pages and
 * 1.574 s without at -j1, 0.804 s and 0.844 s at -j2 (4 to 5 % faster).
 * NULL if the memory cannot be had. */
static void *
slots_map (gsize size)
{
#if SLOTS_MMAP
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
#if SLOTS_MMAP
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

/* Adds HASH to BLOOM, one of a RootFilter's. */
static void
root_add (guint64 *bloom, guint hash)
{
  guint k = root_slot (hash);
  bloom[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
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

guint32
match_cache_form_slot (Matcher *m, const char *form, gsize len,
                       guint32 hash, const CacheSlot **slot)
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

