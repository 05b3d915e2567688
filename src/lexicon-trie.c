/* lexicon-trie.c - compiling a topic's entries into the trie of
 * lexicon-trie.h, which match.c walks (docs/DESIGN.md, "Matching").
 *
 * While the trie is built, each node keeps its stem and exact edges in
 * hash tables, so that entries sharing their first words share nodes;
 * once every entry is in, those tables become the sorted LexEdges arrays
 * with their filters and indexes, each node gets the sorted set of its
 * prefix key lengths, and the root its Bloom filters.  Nothing changes a
 * trie after that: the matchers of a run share it without locks.
 */
#include "lexicon-trie.h"

#include <stdlib.h>
#include <string.h>

/* A new empty node of TRIE. */
static LexNode *
node_new (LexTrie *trie)
{
  LexNode *node = g_new0 (LexNode, 1);
  node->entry = -1;
  g_ptr_array_add (trie->nodes, node);
  return node;
}

/* Frees a node (its children are freed through the trie's node list). */
static void
node_free (gpointer data)
{
  LexNode *node = data;
  if (node->stem != NULL)
    g_hash_table_destroy (node->stem);
  if (node->exact != NULL)
    g_hash_table_destroy (node->exact);
  if (node->prefix != NULL)
    g_hash_table_destroy (node->prefix);
  g_free (node->prefix_lens);
  g_free (node->stem_edges.edges);
  g_free (node->stem_edges.hashes);
  g_free (node->stem_edges.index);
  g_free (node->exact_edges.edges);
  g_free (node->exact_edges.hashes);
  g_free (node->exact_edges.index);
  g_free (node);
}

/* The child of NODE along the edge of WORD, created if needed. */
static LexNode *
node_child (LexTrie *trie, LexNode *node, const LexWord *word)
{
  GHashTable **table = word->kind == LEX_WORD_STEM ? &node->stem
                       : word->kind == LEX_WORD_EXACT ? &node->exact
                       : &node->prefix;
  if (*table == NULL)
    *table = word->kind == LEX_WORD_PREFIX
               ? g_hash_table_new_full (lex_key_hash, lex_key_equal,
                                        g_free, NULL)
               : g_hash_table_new (g_str_hash, g_str_equal);

  LexKey k = { word->key, strlen (word->key) };
  gconstpointer key = word->kind == LEX_WORD_PREFIX ? (gconstpointer) &k
                                                    : word->key;
  LexNode *child = g_hash_table_lookup (*table, key);
  if (child == NULL)
    {
      child = node_new (trie);
      g_hash_table_insert (*table,
                           word->kind == LEX_WORD_PREFIX
                             ? g_memdup2 (&k, sizeof k) : word->key,
                           child);
    }
  return child;
}

/* Orders gsize values. */
static int
compare_gsize (gconstpointer a, gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;
  return x < y ? -1 : x > y;
}

/* Fills NODE's sorted set of distinct prefix key lengths. */
static void
node_index_prefixes (LexNode *node)
{
  if (node->prefix == NULL)
    return;
  GArray *lens = g_array_new (FALSE, FALSE, sizeof (gsize));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, node->prefix);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_array_append_val (lens, ((const LexKey *) key)->len);
  g_array_sort (lens, compare_gsize);
  guint n = 0;
  for (guint i = 0; i < lens->len; i++)
    if (n == 0 || g_array_index (lens, gsize, i)
                    != g_array_index (lens, gsize, n - 1))
      g_array_index (lens, gsize, n++) = g_array_index (lens, gsize, i);
  node->n_prefix_lens = n;
  node->prefix_lens = (gsize *) (void *) g_array_free (lens, FALSE);
}

/* An edge with its hash, while the edges of a node are sorted. */
typedef struct {
  guint32 hash;
  LexEdge edge;
} HashedEdge;

/* Order of HashedEdge: by hash, then key.  For sorting. */
static int
edge_compare (gconstpointer a, gconstpointer b)
{
  const HashedEdge *x = a, *y = b;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return strcmp (x->edge.key, y->edge.key);
}

/* The edges of string-keyed TABLE (NULL: none) as a sorted array; the
 * table is freed (it serves only while the trie is built). */
static LexEdges
edges_of (GHashTable *table)
{
  LexEdges e = { 0 };
  if (table == NULL)
    return e;
  guint n = g_hash_table_size (table);
  g_autofree HashedEdge *sorted = g_new (HashedEdge, n);
  GHashTableIter it;
  gpointer key, child;
  g_hash_table_iter_init (&it, table);
  while (g_hash_table_iter_next (&it, &key, &child))
    sorted[e.n++] = (HashedEdge) { lex_str_hash (key), { key, child } };
  qsort (sorted, e.n, sizeof *sorted, edge_compare);
  e.edges = g_new (LexEdge, n);
  e.hashes = g_new (guint32, n);
  for (guint i = 0; i < e.n; i++)
    {
      e.edges[i] = sorted[i].edge;
      e.hashes[i] = sorted[i].hash;
    }
  lex_edges_build_lookup (&e);
  g_hash_table_destroy (table);
  return e;
}

/* Add the hashes of EDGES to the Bloom filter BLOOM. */
static void
bloom_add_edges (guint64 *bloom, const LexEdges *edges)
{
  for (guint i = 0; i < edges->n; i++)
    lex_bloom_add (bloom, edges->hashes[i]);
}

/* Fills the Bloom filters of TRIE's root (see lexicon-trie.h). */
static void
trie_build_blooms (LexTrie *trie)
{
  const LexNode *root = trie->root;
  bloom_add_edges (trie->stem_bloom, &root->stem_edges);
  bloom_add_edges (trie->exact_bloom, &root->exact_edges);
  if (root->n_prefix_lens == 0)
    return;
  GHashTableIter it;
  gpointer key;
  trie->gate_len = root->prefix_lens[0];
  g_hash_table_iter_init (&it, root->prefix);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      LexKey k = { ((const LexKey *) key)->str, trie->gate_len };
      lex_bloom_add (trie->gate_bloom, lex_key_hash (&k));
    }
}

void
lex_trie_free (LexTrie *trie)
{
  if (trie == NULL)
    return;
  g_ptr_array_free (trie->nodes, TRUE);
  g_free (trie);
}

LexTrie *
lex_trie_compile (const LexTopic *topic)
{
  LexTrie *trie = g_new0 (LexTrie, 1);
  trie->nodes = g_ptr_array_new_with_free_func (node_free);
  trie->root = node_new (trie);
  for (guint e = 0; e < topic->entries->len; e++)
    {
      const LexEntry *entry = g_ptr_array_index (topic->entries, e);
      LexNode *node = trie->root;
      for (guint w = 0; w < entry->n_words; w++)
        node = node_child (trie, node, &entry->words[w]);
      if (node->entry < 0)
        node->entry = (int) e;
    }
  for (guint i = 0; i < trie->nodes->len; i++)
    {
      LexNode *node = g_ptr_array_index (trie->nodes, i);
      node_index_prefixes (node);
      node->stem_edges = edges_of (g_steal_pointer (&node->stem));
      node->exact_edges = edges_of (g_steal_pointer (&node->exact));
    }
  trie_build_blooms (trie);
  return trie;
}
