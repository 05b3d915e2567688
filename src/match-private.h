/* match-private.h - what the two halves of the matcher share: match.c,
 * the look-up of a call's tokens and the walks (longest match, negation,
 * contexts), and match-cache.c, the cache of forms (building it,
 * describing and adding forms).  Here are the cache's slots and side
 * array, the bit plan of the lists, the lexicon-wide root filter, the
 * structs of MatchCache and Matcher, and the small functions both use,
 * inline: the probe of the table for a short form is one of them, so
 * that the loop over a call's tokens in match.c compiles as it did when
 * the two halves were one file.  match.h is the interface for everyone
 * else.
 */
#ifndef FRAMING_MATCH_PRIVATE_H
#define FRAMING_MATCH_PRIVATE_H

#include <glib.h>

#include "lexicon.h"
#include "match.h"
#include "stem.h"
#include "text.h"

G_BEGIN_DECLS

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

/* The cache of forms (match-cache.c), shared by the matchers of a run. */
struct _MatchCache {
  const FramingLexicon *lexicon;
  const LexTopic **lists; /* topics, context lists, cues (match.c,
                             "Lists") */
  guint n_lists;
  BitPlan plan;           /* which bit of a slot stands for which lists */
  RootFilter *filter;
  CacheSlot *slots;
  guint n_slots;      /* a power of two */
  gsize slots_size;   /* their size in bytes (slots_map ()) */
  guint capacity;     /* forms at most: three quarters of the slots */
  CacheInfo *infos;   /* capacity of them */
  gint n_forms;       /* forms added so far (read atomically) */
  GPtrArray *blocks;  /* the arena: forms and stems */
  gsize block_used;   /* bytes used in the last block */
  gsize block_size;   /* its size */
  GMutex lock;        /* held while a form is added */
};

/* One thread's matcher (match.c); the look-up of a call's tokens fills
 * its arrays, and its extra slots when the cache is full. */
struct _Matcher {
  const FramingLexicon *lexicon;
  const LexTopic *const *lists; /* the cache's: topics, context lists,
                                   cues (match.c, "Lists") */
  guint n_topics;         /* lexicon->topics->len */
  guint n_lists;          /* n_topics + context lists + (cues? 1: 0) */
  BitPlan plan;           /* which bit of a slot stands for which lists */
  FramingStemmer *stemmer;
  MatchCache *cache;
  gboolean own_cache;
  /* per call */
  GArray *slot_of;    /* guint32 per token: see Scan */
  GArray *candidates; /* guint32: see lookup_tokens (match.c) */
  GArray *ctx_hits;   /* MatchHit: the context lists' hits of a call */
  GArray *next;       /* guint per topic */
  /* forms of a call that the cache had no room for: their slots (slot
   * n_slots + 1 + k is extra[k]) and what they describe */
  GArray *extra;      /* CacheSlot */
  GArray *overflow;   /* CacheInfo */
  GStringChunk *overflow_text;
  GString *stem_buf;  /* the stem of a form being added */
};

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

/* 1 + the number of the slot of token form FORM (LEN bytes, hash HASH) in
 * M's cache, added to it if new, or in M's extra slots when the cache is
 * full (numbered after the cache's); *SLOT is set to the slot.  For the
 * forms the short probe does not find: new ones, and those longer than
 * INLINE_FORM bytes. */
guint32 match_cache_form_slot (Matcher *m, const char *form, gsize len,
                               guint32 hash, const CacheSlot **slot);

/* The first slot to probe for HASH in a table of MASK + 1 slots. */
static inline guint
slot_index (guint mask, guint hash)
{
  return ((hash * 2654435761u) >> 7) & mask;
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

G_END_DECLS

#endif /* FRAMING_MATCH_PRIVATE_H */
