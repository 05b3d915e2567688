/* match.c - finding lexicon entries in tokens (contract: "Lexicons",
 * matching and negation).
 *
 * Each token is stemmed and hashed once per call.  Then, position by
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
 * A Matcher (one per thread) caches, per distinct folded form, its stem,
 * the two hashes, whether it is a negator and a bit per topic telling
 * whether any entry of the topic can start with it (worked out exactly
 * once, from the root's tables).  A token whose topic bit is clear skips
 * that topic: for most tokens that is every topic, and a token costs one
 * hash of its form and one probe of an open-addressing table, with no
 * allocation.  Topics past the 64th are always tried.
 *
 * Negation: a hit is negated when a negator stands among the WINDOW tokens
 * before its first token, in the same sentence.  One pass over the tokens
 * records, for each token, the nearest negator before it in its sentence,
 * so each hit is checked in constant time whatever the window.
 */
#include "match.h"

#include <string.h>

#include "lexicon-trie.h"

/* What match_tokens() works out once per token. */
typedef struct {
  const char *stem;  /* owned by the stemmer */
  guint stem_hash;   /* g_str_hash (stem) */
  guint form_hash;   /* g_str_hash (folded form) */
} TokenInfo;

/* The tokens of one match_tokens() call. */
typedef struct {
  const FramingToken *tokens;
  const char *forms;       /* toks->forms->str */
  const TokenInfo *info;   /* one per token */
  guint n;
} Scan;

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
  if ((child = lex_node_child_str (node->stem, s->info[j].stem)) != NULL)
    walk (s, child, j + 1, sentence, depth + 1, best);
  if ((child = lex_node_child_str (node->exact,
                                   s->forms + s->tokens[j].form)) != NULL)
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

/* The longest entry of TRIE that matches from token I.  This is the root
 * step of walk(), with the Bloom filters in front of the look-ups: most
 * tokens start no entry and cost three bit tests. */
static Best
match_at (const Scan *s, const LexTrie *trie, guint i)
{
  Best best = { -1, 0 };
  const LexNode *root = trie->root;
  const TokenInfo *info = &s->info[i];
  guint sentence = s->tokens[i].sentence;
  const LexNode *child;

  if (lex_bloom_test (trie->stem_bloom, info->stem_hash)
      && (child = lex_node_child_str (root->stem, info->stem)) != NULL)
    walk (s, child, i + 1, sentence, 1, &best);
  if (lex_bloom_test (trie->exact_bloom, info->form_hash)
      && (child = lex_node_child_str (root->exact,
                                      s->forms + s->tokens[i].form)) != NULL)
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
/* The cache of a Matcher.                                             */

/* What a Matcher knows about one distinct folded form. */
typedef struct {
  guint form_hash;  /* g_str_hash (form), also the cache's hash */
  guint stem_hash;  /* g_str_hash (stem) */
  guint32 form;     /* offset of the form (NUL-terminated) in the arena */
  guint32 form_len;
  guint32 stem;     /* offset of the stem (NUL-terminated) in the arena */
  gboolean negator;
  guint64 starts;   /* bit t: an entry of topic t may start with it */
} CacheEntry;

struct _Matcher {
  const FramingLexicon *lexicon;
  FramingStemmer *stemmer;
  GArray *entries;    /* CacheEntry */
  guint32 *slots;     /* 1 + index into entries, 0: free */
  guint n_slots;      /* a power of two, at least twice the entries */
  GString *arena;     /* forms and stems */
  GArray *token_entry;/* per token of the call: index into entries */
  GArray *info;       /* TokenInfo per token */
  GArray *negators;   /* guint per token, see nearest_negators */
  GArray *next;       /* guint per topic */
};

/* g_str_hash () of the LEN bytes at P (the same function: djb2 over
 * signed chars). */
static inline guint
str_hash_len (const char *p, gsize len)
{
  guint32 h = 5381;
  for (gsize i = 0; i < len; i++)
    h = (h << 5) + h + (guint32) (gint32) (signed char) p[i];
  return h;
}

/* The first slot to probe for HASH. */
static inline guint
slot_of (const Matcher *m, guint hash)
{
  return ((hash * 2654435761u) >> 7) & (m->n_slots - 1);
}

Matcher *
matcher_new (const FramingLexicon *lexicon, FramingStemmer *stemmer)
{
  Matcher *m = g_new0 (Matcher, 1);
  m->lexicon = lexicon;
  m->stemmer = stemmer;
  m->entries = g_array_new (FALSE, FALSE, sizeof (CacheEntry));
  m->n_slots = 1024;
  m->slots = g_new0 (guint32, m->n_slots);
  m->arena = g_string_sized_new (16384);
  m->token_entry = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->info = g_array_new (FALSE, FALSE, sizeof (TokenInfo));
  m->negators = g_array_new (FALSE, FALSE, sizeof (guint));
  m->next = g_array_new (FALSE, FALSE, sizeof (guint));
  return m;
}

void
matcher_free (Matcher *m)
{
  if (m == NULL)
    return;
  g_array_unref (m->entries);
  g_free (m->slots);
  g_string_free (m->arena, TRUE);
  g_array_unref (m->token_entry);
  g_array_unref (m->info);
  g_array_unref (m->negators);
  g_array_unref (m->next);
  g_free (m);
}

/* Empty the cache (between calls only: token entries index it). */
static void
cache_clear (Matcher *m)
{
  g_array_set_size (m->entries, 0);
  memset (m->slots, 0, m->n_slots * sizeof *m->slots);
  g_string_truncate (m->arena, 0);
}

/* Double the slots and put every entry back. */
static void
cache_grow (Matcher *m)
{
  g_free (m->slots);
  m->n_slots *= 2;
  m->slots = g_new0 (guint32, m->n_slots);
  for (guint i = 0; i < m->entries->len; i++)
    {
      guint s = slot_of (m, g_array_index (m->entries, CacheEntry, i).form_hash);
      while (m->slots[s] != 0)
        s = (s + 1) & (m->n_slots - 1);
      m->slots[s] = i + 1;
    }
}

/* Whether an entry of TRIE can start with a token of folded FORM (LEN
 * bytes, hash FORM_HASH) and stem STEM (hash STEM_HASH): the root step of
 * match_at() without walking on. */
static gboolean
may_start (const LexTrie *trie, const char *form, gsize len, guint form_hash,
           const char *stem, guint stem_hash)
{
  const LexNode *root = trie->root;
  if (lex_bloom_test (trie->stem_bloom, stem_hash)
      && lex_node_child_str (root->stem, stem) != NULL)
    return TRUE;
  if (lex_bloom_test (trie->exact_bloom, form_hash)
      && lex_node_child_str (root->exact, form) != NULL)
    return TRUE;
  for (guint k = 0; root->prefix != NULL && k < root->n_prefix_lens; k++)
    if (root->prefix_lens[k] <= len
        && lex_node_child_prefix (root, form, root->prefix_lens[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* Add FORM (LEN bytes, hash HASH) to the cache at slot SLOT; its index. */
static guint32
cache_add (Matcher *m, const char *form, gsize len, guint hash, guint slot)
{
  CacheEntry e = { .form_hash = hash, .form_len = (guint32) len,
                   .form = (guint32) m->arena->len };
  g_string_append_len (m->arena, form, (gssize) len);
  g_string_append_c (m->arena, '\0');
  gsize stem_len;
  const char *stem = stem_word_uncached (m->stemmer, form, len, &stem_len);
  e.stem = (guint32) m->arena->len;
  g_string_append_len (m->arena, stem, (gssize) stem_len);
  g_string_append_c (m->arena, '\0');
  const char *f = m->arena->str + e.form, *st = m->arena->str + e.stem;
  e.stem_hash = g_str_hash (st);
  e.negator = match_is_negator (f, len);
  for (guint t = 0; t < m->lexicon->topics->len && t < 64; t++)
    {
      const LexTopic *topic = g_ptr_array_index (m->lexicon->topics, t);
      if (may_start (topic->trie, f, len, hash, st, e.stem_hash))
        e.starts |= G_GUINT64_CONSTANT (1) << t;
    }
  g_array_append_val (m->entries, e);
  m->slots[slot] = m->entries->len;
  if (m->entries->len * 2 > m->n_slots)
    cache_grow (m);
  return m->entries->len - 1;
}

/* The cache entry of FORM (LEN bytes), added if new. */
static inline guint32
cache_lookup (Matcher *m, const char *form, gsize len)
{
  guint hash = str_hash_len (form, len);
  guint s = slot_of (m, hash);
  for (;;)
    {
      guint32 i = m->slots[s];
      if (i == 0)
        return cache_add (m, form, len, hash, s);
      const CacheEntry *e = &g_array_index (m->entries, CacheEntry, i - 1);
      if (e->form_hash == hash && e->form_len == len
          && memcmp (m->arena->str + e->form, form, len) == 0)
        return i - 1;
      s = (s + 1) & (m->n_slots - 1);
    }
}

/* For each token, 1 + the index of the nearest negator before it in its
 * sentence, or 0 when there is none, into NEAREST. */
static void
nearest_negators (const Scan *s, const CacheEntry *entries,
                  const guint32 *token_entry, guint *nearest)
{
  guint last = 0;
  for (guint j = 0; j < s->n; j++)
    {
      if (j > 0 && s->tokens[j].sentence != s->tokens[j - 1].sentence)
        last = 0;
      nearest[j] = last;
      if (entries[token_entry[j]].negator)
        last = j + 1;
    }
}

/* Whether topic T may start at a token whose entry says STARTS. */
static inline gboolean
topic_may_start (guint64 starts, guint t)
{
  return t >= 64 || ((starts >> t) & 1);
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
  Scan s = { (const FramingToken *) (void *) toks->tokens->data,
             toks->forms->str, NULL, toks->tokens->len };
  if (s.n == 0 || n_topics == 0)
    return;

  if (m->entries->len >= MATCH_CACHE_MAX)
    cache_clear (m);
  g_array_set_size (m->token_entry, s.n);
  guint32 *te = (guint32 *) (void *) m->token_entry->data;
  for (guint j = 0; j < s.n; j++)
    te[j] = cache_lookup (m, s.forms + s.tokens[j].form, s.tokens[j].form_len);
  /* The arena no longer moves: point into it. */
  const CacheEntry *entries = (const CacheEntry *) (void *) m->entries->data;
  g_array_set_size (m->info, s.n);
  TokenInfo *info = (TokenInfo *) (void *) m->info->data;
  for (guint j = 0; j < s.n; j++)
    {
      const CacheEntry *e = &entries[te[j]];
      info[j].stem = m->arena->str + e->stem;
      info[j].stem_hash = e->stem_hash;
      info[j].form_hash = e->form_hash;
    }
  s.info = info;
  guint *negators = NULL;
  if (window > 0)
    {
      g_array_set_size (m->negators, s.n);
      negators = (guint *) (void *) m->negators->data;
      nearest_negators (&s, entries, te, negators);
    }
  /* next[t]: the first position topic t may match at (past its last hit). */
  g_array_set_size (m->next, n_topics);
  guint *next = (guint *) (void *) m->next->data;
  memset (next, 0, n_topics * sizeof *next);

  for (guint i = 0; i < s.n; i++)
    {
      guint64 starts = entries[te[i]].starts;
      if (starts == 0 && n_topics <= 64)
        continue;
      for (guint t = 0; t < n_topics; t++)
        {
          if (i < next[t] || !topic_may_start (starts, t))
            continue;
          const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
          Best best = match_at (&s, topic->trie, i);
          if (best.entry < 0)
            continue;
          MatchHit hit = { t, (guint) best.entry, i, best.length, FALSE };
          hit.negated = negators != NULL && negators[i] != 0
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
  g_autoptr (Matcher) m = matcher_new (lexicon, stemmer);
  matcher_run (m, toks, window, hits);
}
