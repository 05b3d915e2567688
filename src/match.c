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

/* For each token, 1 + the index of the nearest negator before it in its
 * sentence, or 0 when there is none.  Newly allocated. */
static guint *
nearest_negators (const Scan *s)
{
  guint *nearest = g_new (guint, s->n);
  guint last = 0;
  for (guint j = 0; j < s->n; j++)
    {
      const FramingToken *t = &s->tokens[j];
      if (j > 0 && t->sentence != s->tokens[j - 1].sentence)
        last = 0;
      nearest[j] = last;
      if (match_is_negator (s->forms + t->form, t->form_len))
        last = j + 1;
    }
  return nearest;
}

void
match_tokens (const FramingLexicon *lexicon, FramingStemmer *stemmer,
              const FramingTokens *toks, guint window, GArray *hits)
{
  g_return_if_fail (lexicon != NULL && stemmer != NULL && toks != NULL);
  g_return_if_fail (hits != NULL
                    && g_array_get_element_size (hits) == sizeof (MatchHit));

  g_array_set_size (hits, 0);
  guint n_topics = lexicon->topics->len;
  Scan s = { (const FramingToken *) (void *) toks->tokens->data,
             toks->forms->str, NULL, toks->tokens->len };
  if (s.n == 0 || n_topics == 0)
    return;

  g_autofree TokenInfo *info = g_new (TokenInfo, s.n);
  for (guint j = 0; j < s.n; j++)
    {
      const char *form = s.forms + s.tokens[j].form;
      info[j].stem = stem_word (stemmer, form, s.tokens[j].form_len);
      info[j].stem_hash = g_str_hash (info[j].stem);
      info[j].form_hash = g_str_hash (form);
    }
  s.info = info;
  g_autofree guint *negators = window > 0 ? nearest_negators (&s) : NULL;
  /* next[t]: the first position topic t may match at (past its last hit). */
  g_autofree guint *next = g_new0 (guint, n_topics);

  for (guint i = 0; i < s.n; i++)
    for (guint t = 0; t < n_topics; t++)
      {
        if (i < next[t])
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
