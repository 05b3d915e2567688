/* lexicon-trie.h - the compiled form of a topic's entries, private to
 * lexicon.c (which builds it) and match.c (which walks it).
 *
 * A topic's entries form a trie whose edges are keyed by (kind, key): at
 * each node one hash table per word kind leads to the children.  A token
 * follows the stem edge of its stem, the exact edge of its folded form and
 * the prefix edge of every leading part form[0:k] for which the node has a
 * prefix of length k (the node keeps the sorted set of those lengths), so
 * a step costs a few look-ups and never a scan of the entries; at the
 * root, Bloom filters turn most of those look-ups into bit tests.  The
 * stem and exact edges are kept as arrays sorted by lex_str_hash () of
 * their keys, the tokenizer's hash of a form: the matcher knows each
 * token's hashes already, so its look-up is a binary search, and a strcmp
 * only when a hash matches.
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
 * already has. */
typedef struct {
  guint32 hash;         /* lex_str_hash (key) */
  const char *key;
  LexNode *child;
} LexEdge;

/* A node's stem or exact edges, sorted by hash (then key), and their
 * hashes alone in the same order: the binary search reads 4 bytes an
 * edge, so the root's thousands of edges stay in a few cache lines. */
typedef struct {
  LexEdge *edges;
  guint32 *hashes;
  guint n;
} LexEdges;

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

/* The child reached along the edge of KEY (whose lex_str_hash is HASH)
 * among EDGES, or NULL. */
static inline LexNode *
lex_edges_find (const LexEdges *edges, const char *key, guint32 hash)
{
  for (guint i = lex_edges_first (edges, hash);
       i < edges->n && edges->hashes[i] == hash; i++)
    if (strcmp (edges->edges[i].key, key) == 0)
      return edges->edges[i].child;
  return NULL;
}

/* The child reached from NODE's prefix table by the first LEN bytes of
 * FORM, or NULL. */
static inline LexNode *
lex_node_child_prefix (const LexNode *node, const char *form, gsize len)
{
  LexKey k = { form, len };
  return g_hash_table_lookup (node->prefix, &k);
}

G_END_DECLS

#endif /* FRAMING_LEXICON_TRIE_H */
