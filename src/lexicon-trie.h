/* lexicon-trie.h - the compiled form of a topic's entries, private to
 * the lexicon (lexicon-trie.c builds it, lexicon-parse.c has it built,
 * lexicon.c frees it) and to the matcher (match.c walks it, match-cache.c
 * reads its roots).
 *
 * A topic's entries (a context list's, the negation cues') form a trie
 * whose edges are keyed by (kind, key): at each node the edges of each
 * word kind (stem, exact, prefix) are kept apart.  A token follows the
 * stem edge of its stem, the exact edge of its folded form and
 * the prefix edge of every leading part form[0:k] for which the node has a
 * prefix of length k (the node keeps the sorted set of those lengths), so
 * a step costs a few look-ups and never a scan of the entries; at the
 * root, Bloom filters turn most of those look-ups into bit tests.  The
 * prefix edges are a hash table keyed by (prefix, length).  The stem and
 * exact edges are hash tables only while the trie is built; then they are
 * kept as arrays (LexEdges) sorted by lex_str_hash () of their keys, the
 * tokenizer's hash of a form: the matcher knows each token's hashes
 * already, so its look-up is a bit test, then a probe of a hash index
 * (large nodes) or a binary search (small ones), and a strcmp only when a
 * hash matches.
 *
 * Keys point into the topic's LexEntry words and stay valid as long as the
 * topic does.
 */
#ifndef FRAMING_LEXICON_TRIE_H
#define FRAMING_LEXICON_TRIE_H

#include <glib.h>
#include <string.h>

#include "lexicon.h"
#include "text.h"

G_BEGIN_DECLS

/* A key of LEN bytes (prefix tables look up the leading part of a form
 * without copying it, so their keys carry a length). */
typedef struct {
  const char *str;
  gsize len;
} LexKey;

typedef struct _LexNode LexNode;

/* An edge of a string-keyed table, for look-ups with a hash the caller
 * already has (its hash, lex_str_hash (key), is in LexEdges.hashes). */
typedef struct {
  const char *key;
  LexNode *child;
} LexEdge;

/* A node's stem or exact edges, sorted by hash (then key), and their
 * hashes alone in the same order (a search reads 4 bytes an edge).  Most
 * look-ups find nothing: FILTER, one bit per edge (bit hash >> 26), turns
 * most of those away at a node of a few edges.  A node of more than
 * LEX_INDEX_MIN edges (the root of a topic: about a hundred stem edges
 * with the shipped lexicons) also has an open-addressing INDEX of its
 * distinct hashes (1 + the first edge's place; 0: a free slot; at most
 * half full), so a look-up there costs a probe or two instead of seven
 * or so steps of binary search. */
typedef struct {
  LexEdge *edges;
  guint32 *hashes;
  guint n;
  guint64 filter;
  guint32 *index;      /* NULL for LEX_INDEX_MIN edges or fewer */
  guint32 index_mask;  /* its slots - 1 */
} LexEdges;

#define LEX_INDEX_MIN 16

struct _LexNode {
  /* While the trie is built: const char *stem (or folded form) ->
   * LexNode*, NULL when none; then NULL, the edges being in: */
  GHashTable *stem;
  GHashTable *exact;
  LexEdges stem_edges;  /* sorted arrays, for look-ups */
  LexEdges exact_edges;
  GHashTable *prefix;   /* LexKey *folded prefix -> LexNode*, or NULL */
  gsize *prefix_lens;   /* distinct byte lengths of the prefix keys, rising */
  guint n_prefix_lens;
  int entry;            /* index of the entry that ends here, or -1 */
};

/* Bloom filters over the root's keys let a token that starts no entry be
 * rejected with a bit test per topic and no hash look-up: a clear bit
 * means "no such key"; a set bit means "look it up". */
#define LEX_BLOOM_LOG2 12
#define LEX_BLOOM_WORDS ((1u << LEX_BLOOM_LOG2) / 64)

struct _LexTrie {
  LexNode *root;
  GPtrArray *nodes;     /* every LexNode, owned (frees them) */
  guint64 stem_bloom[LEX_BLOOM_WORDS];   /* lex_str_hash of root stem keys */
  guint64 exact_bloom[LEX_BLOOM_WORDS];  /* lex_str_hash of root exact keys */
  /* lex_key_hash of the first gate_len bytes (the shortest root prefix)
   * of every root prefix key; gate_len is 0 when the root has none. */
  guint64 gate_bloom[LEX_BLOOM_WORDS];
  gsize gate_len;
};

/* Whether HASH may be in BLOOM (FALSE: certainly not). */
static inline gboolean
lex_bloom_test (const guint64 *bloom, guint hash)
{
  guint slot = (guint) ((hash * 2654435761u) >> (32 - LEX_BLOOM_LOG2));
  return (bloom[slot / 64] >> (slot % 64)) & 1;
}

/* Adds HASH to BLOOM. */
static inline void
lex_bloom_add (guint64 *bloom, guint hash)
{
  guint slot = (guint) ((hash * 2654435761u) >> (32 - LEX_BLOOM_LOG2));
  bloom[slot / 64] |= G_GUINT64_CONSTANT (1) << (slot % 64);
}

/* Hash of a LexKey* (djb2 over its bytes). */
static inline guint
lex_key_hash (gconstpointer key)
{
  const LexKey *k = key;
  guint h = 5381;
  for (gsize i = 0; i < k->len; i++)
    h = h * 33 + (guchar) k->str[i];
  return h;
}

/* Whether two LexKey* hold the same bytes. */
static inline gboolean
lex_key_equal (gconstpointer a, gconstpointer b)
{
  const LexKey *x = a, *y = b;
  return x->len == y->len && memcmp (x->str, y->str, x->len) == 0;
}

/* The hash of the edges and Bloom filters of stem and exact keys: the
 * tokenizer's text_form_hash (), which every token carries already. */
static inline guint32
lex_str_hash (const char *key)
{
  return text_form_hash (key, strlen (key));
}

/* The index of the first of EDGES whose hash is HASH or more; EDGES->n
 * when there is none.  A binary search with no branch but the loop's,
 * which depends on the number of edges only: a comparison of hashes
 * would go either way at random, and the processor would mispredict half
 * of them. */
static inline guint
lex_edges_first (const LexEdges *edges, guint32 hash)
{
  if (edges->n == 0)
    return 0;
  /* The first at or above HASH is among the N from LO on, or just past
   * them.  (LO moves on by a mask, not in a branch: compilers turn the
   * obvious conditional expression back into a jump.) */
  const guint32 *h = edges->hashes;
  guint lo = 0, n = edges->n;
  while (n > 1)
    {
      guint half = n / 2;
      lo += half & -(guint) (h[lo + half - 1] < hash);
      n -= half;
    }
  return lo + (h[lo] < hash);
}

/* The bit of HASH in a LexEdges filter. */
static inline guint64
lex_filter_bit (guint32 hash)
{
  return G_GUINT64_CONSTANT (1) << (hash >> 26);
}

/* The slot of the index of EDGES where the probe for HASH starts. */
static inline guint32
lex_index_slot (const LexEdges *edges, guint32 hash)
{
  return (hash * 2654435761u >> 7) & edges->index_mask;
}

/* Fills the filter and, for more than LEX_INDEX_MIN edges, the index of
 * EDGES (edges and hashes set, sorted). */
static inline void
lex_edges_build_lookup (LexEdges *edges)
{
  edges->filter = 0;
  for (guint i = 0; i < edges->n; i++)
    edges->filter |= lex_filter_bit (edges->hashes[i]);
  if (edges->n <= LEX_INDEX_MIN)
    return;
  guint32 slots = 1;
  while (slots < 2 * edges->n)
    slots *= 2;
  edges->index = g_new0 (guint32, slots);
  edges->index_mask = slots - 1;
  for (guint i = 0; i < edges->n; i++)
    {
      if (i > 0 && edges->hashes[i] == edges->hashes[i - 1])
        continue; /* the index keeps the first of equal hashes */
      guint32 k = lex_index_slot (edges, edges->hashes[i]);
      while (edges->index[k] != 0)
        k = (k + 1) & edges->index_mask;
      edges->index[k] = i + 1;
    }
}

/* The place of the first of EDGES whose hash is HASH; EDGES->n when none
 * is. */
static inline guint
lex_edges_lookup (const LexEdges *edges, guint32 hash)
{
  if (!(edges->filter & lex_filter_bit (hash)))
    return edges->n;
  if (edges->index != NULL)
    for (guint32 k = lex_index_slot (edges, hash);;
         k = (k + 1) & edges->index_mask)
      {
        guint32 i = edges->index[k];
        if (i == 0)
          return edges->n;
        if (edges->hashes[i - 1] == hash)
          return i - 1;
      }
  guint i = lex_edges_first (edges, hash);
  return i < edges->n && edges->hashes[i] == hash ? i : edges->n;
}

/* The child reached along the edge of KEY (whose lex_str_hash is HASH)
 * among EDGES from place I on (the first with that hash, or EDGES->n),
 * or NULL. */
static inline LexNode *
lex_edges_find_at (const LexEdges *edges, guint i, const char *key,
                   guint32 hash)
{
  for (; i < edges->n && edges->hashes[i] == hash; i++)
    if (strcmp (edges->edges[i].key, key) == 0)
      return edges->edges[i].child;
  return NULL;
}

/* The child reached along the edge of KEY (whose lex_str_hash is HASH)
 * among EDGES, or NULL. */
static inline LexNode *
lex_edges_find (const LexEdges *edges, const char *key, guint32 hash)
{
  return lex_edges_find_at (edges, lex_edges_lookup (edges, hash), key, hash);
}

/* The child reached from NODE's prefix table by the first LEN bytes of
 * FORM, or NULL. */
static inline LexNode *
lex_node_child_prefix (const LexNode *node, const char *form, gsize len)
{
  LexKey k = { form, len };
  return g_hash_table_lookup (node->prefix, &k);
}

/* The trie of TOPIC's entries (duplicates already removed, words all
 * set): a node where entries end records the earliest of them.  Its keys
 * point into the entries' words, so it lives no longer than TOPIC. */
LexTrie *lex_trie_compile (const LexTopic *topic);

/* Frees TRIE and its nodes; NULL is a no-op. */
void lex_trie_free (LexTrie *trie);

G_END_DECLS

#endif /* FRAMING_LEXICON_TRIE_H */
