/* gold.c - measuring a lexicon against a gold set ("framing lexicon
 * --gold"): matching each sentence, precision, recall and F1 with
 * bootstrap intervals, the sentences the lexicon got wrong, and suggested
 * entries.  Reading the gold file is gold-read.c; writing the result,
 * gold-write.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fmt.h"
#include "gold.h"
#include "match.h"
#include "profile.h"
#include "stem.h"
#include "text.h"

/* Topic T of LEXICON. */
static const LexTopic *
lexicon_topic (const FramingLexicon *lexicon, guint t)
{
  return lexicon->topics->pdata[t];
}

/* ------------------------------------------------------------------ */
/* Measures.                                                           */

/* TP / (TP + FP), NAN when nothing is flagged. */
double
gold_precision (guint tp, guint fp)
{
  return tp + fp > 0 ? (double) tp / (tp + fp) : NAN;
}

/* TP / (TP + FN), NAN when nothing is positive. */
double
gold_recall (guint tp, guint fn)
{
  return tp + fn > 0 ? (double) tp / (tp + fn) : NAN;
}

/* 2TP / (2TP + FP + FN), NAN when all three are 0. */
double
gold_f1 (guint tp, guint fp, guint fn)
{
  return tp + fp + fn > 0 ? 2.0 * tp / (2.0 * tp + fp + fn) : NAN;
}

/* A sentence's state for one topic: label << 1 | flagged. */
enum { CELL_TN = 0, CELL_FP = 1, CELL_FN = 2, CELL_TP = 3 };

/* The interval of the finite values among the N of X (rearranged), into
 * CI: NAN when none is finite. */
static void
percentile_interval (double *x, guint n, double ci[2])
{
  guint m = 0;
  for (guint i = 0; i < n; i++)
    if (isfinite (x[i]))
      x[m++] = x[i];
  ci[0] = m > 0 ? profile_quantile_unsorted (x, m, 0.025) : NAN;
  ci[1] = m > 0 ? profile_quantile_unsorted (x, m, 0.975) : NAN;
}

/* Draw one bootstrap replicate of the N rows of K cells at CELLS from RNG
 * and count its cells per topic into C (4 per topic). */
static void
resample_counts (const guint8 *cells, guint n, guint k, ProfileRng *rng,
                 guint *c)
{
  memset (c, 0, sizeof (guint) * 4 * k);
  for (guint i = 0; i < n; i++)
    {
      const guint8 *row = cells + (gsize) profile_rng_below (rng, n) * k;
      for (guint j = 0; j < k; j++)
        c[4 * j + row[j]]++;
    }
}

/* The precision, recall and F1 of each of the K topics of RESAMPLES
 * bootstrap replicates of the N rows of K cells at CELLS, drawn from RNG:
 * topic J's replicate R at J * RESAMPLES + R of P, RC and F. */
static void
replicate_measures (const guint8 *cells, guint n, guint k, guint resamples,
                    ProfileRng *rng, double *p, double *rc, double *f)
{
  g_autofree guint *c = g_new (guint, 4 * k);
  for (guint r = 0; r < resamples; r++)
    {
      resample_counts (cells, n, k, rng, c);
      for (guint j = 0; j < k; j++)
        {
          const guint *cj = c + 4 * j;
          gsize at = (gsize) j * resamples + r;
          p[at] = gold_precision (cj[CELL_TP], cj[CELL_FP]);
          rc[at] = gold_recall (cj[CELL_TP], cj[CELL_FN]);
          f[at] = gold_f1 (cj[CELL_TP], cj[CELL_FP], cj[CELL_FN]);
        }
    }
}

/* The 95% percentile bootstrap intervals of TOPICS (K of them) from the
 * cells of N sentences (N rows of K at CELLS): RESAMPLES replicates of N
 * sentences drawn with replacement from a stream seeded with SEED; a
 * replicate where a measure is undefined does not count for it. */
static void
bootstrap (const guint8 *cells, guint n, guint k, guint resamples,
           guint64 seed, GoldTopic **topics)
{
  ProfileRng rng;
  profile_rng_seed (&rng, seed);
  gsize size = (gsize) k * resamples;
  g_autofree double *p = g_new (double, size);
  g_autofree double *rc = g_new (double, size);
  g_autofree double *f = g_new (double, size);
  replicate_measures (cells, n, k, resamples, &rng, p, rc, f);
  for (guint j = 0; j < k; j++)
    {
      gsize at = (gsize) j * resamples;
      percentile_interval (p + at, resamples, topics[j]->precision_ci);
      percentile_interval (rc + at, resamples, topics[j]->recall_ci);
      percentile_interval (f + at, resamples, topics[j]->f1_ci);
    }
}

/* The counts and point measures of topic TOPIC, column J of the N rows
 * of K cells at CELLS. */
static void
topic_measures (GoldTopic *topic, const guint8 *cells, guint n, guint k,
                guint j)
{
  guint c[4] = { 0 };
  for (guint i = 0; i < n; i++)
    c[cells[(gsize) i * k + j]]++;
  topic->tp = c[CELL_TP];
  topic->fp = c[CELL_FP];
  topic->fn = c[CELL_FN];
  topic->tn = c[CELL_TN];
  topic->positives = c[CELL_TP] + c[CELL_FN];
  topic->precision = gold_precision (topic->tp, topic->fp);
  topic->recall = gold_recall (topic->tp, topic->fn);
  topic->f1 = gold_f1 (topic->tp, topic->fp, topic->fn);
}

/* ------------------------------------------------------------------ */
/* The sentences the lexicon got wrong.                                */

/* Free one error. */
static void
error_free (GoldError *e)
{
  if (e == NULL)
    return;
  g_free (e->id);
  g_free (e->entries);
  g_free (e->marked);
  g_free (e);
}

/* The text of TOKS with the hits of topic T in HITS marked: [[hit]], or
 * [[~hit]] when negated; control characters as spaces. */
static char *
mark_hits (const FramingTokens *toks, const GArray *hits, guint t)
{
  g_autoptr (GString) s = g_string_new (NULL);
  const char *text = toks->text->str;
  guint32 at = 0;
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic != t)
        continue;
      guint32 start = g_array_index (toks->tokens, FramingToken, h->first).start;
      guint32 end = g_array_index (toks->tokens, FramingToken,
                                   h->first + h->n_tokens - 1).end;
      g_string_append_len (s, text + at, start - at);
      g_string_append (s, h->negated ? "[[~" : "[[");
      g_string_append_len (s, text + start, end - start);
      g_string_append (s, "]]");
      at = end;
    }
  g_string_append_len (s, text + at, (gssize) (toks->text->len - at));
  return fmt_clean_text (s->str);
}

/* The spellings of the entries of topic T of LEXICON that HITS holds with
 * negation NEGATED, in text order, each once, "; " between them. */
static char *
hit_entries (const FramingLexicon *lexicon, const GArray *hits, guint t,
             gboolean negated)
{
  const LexTopic *topic = lexicon_topic (lexicon, t);
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  g_autoptr (GString) s = g_string_new (NULL);
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic != t || !h->negated != !negated)
        continue;
      const LexEntry *e = topic->entries->pdata[h->entry];
      if (g_ptr_array_find (seen, e, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) e);
      g_string_append_printf (s, "%s%s", s->len > 0 ? "; " : "", e->spelling);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A false hit (KIND GOLD_FALSE_HIT) or a miss of topic T of sentence S,
 * whose tokens are TOKS and hits HITS. */
static GoldError *
error_new (GoldErrorKind kind, const GoldSentence *s, const FramingLexicon *lexicon,
           const FramingTokens *toks, const GArray *hits, guint t)
{
  GoldError *e = g_new0 (GoldError, 1);
  e->kind = kind;
  e->id = g_strdup (s->id);
  e->entries = hit_entries (lexicon, hits, t, kind == GOLD_MISS);
  e->marked = mark_hits (toks, hits, t);
  return e;
}

/* ------------------------------------------------------------------ */
/* The stems of the sentences, for the suggestions.                    */

/* A stem of a sentence and the first form of it there. */
typedef struct {
  guint stem;        /* index into Vocab.stems */
  const char *form;  /* in Vocab.chunk */
} VocabWord;

/* Every distinct stem, and the distinct stems of each sentence. */
typedef struct {
  GStringChunk *chunk;  /* the stems and forms */
  GHashTable *ids;      /* stem -> index + 1 */
  GPtrArray *stems;     /* char*, in chunk */
  GArray *last;         /* guint per stem: the last sentence + 1 with it */
  GArray *words;        /* VocabWord, sentence after sentence */
  GArray *starts;       /* guint per sentence, and one past the last:
                           where its words start in words */
} Vocab;

/* An empty vocabulary. */
static void
vocab_init (Vocab *v)
{
  v->chunk = g_string_chunk_new (1 << 14);
  v->ids = g_hash_table_new (g_str_hash, g_str_equal);
  v->stems = g_ptr_array_new ();
  v->last = g_array_new (FALSE, FALSE, sizeof (guint));
  v->words = g_array_new (FALSE, FALSE, sizeof (VocabWord));
  v->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;
  g_array_append_val (v->starts, zero);
}

/* Free what V holds. */
static void
vocab_clear (Vocab *v)
{
  g_string_chunk_free (v->chunk);
  g_hash_table_unref (v->ids);
  g_ptr_array_unref (v->stems);
  g_array_unref (v->last);
  g_array_unref (v->words);
  g_array_unref (v->starts);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Vocab, vocab_clear)

/* The index of STEM in V, added if new. */
static guint
vocab_id (Vocab *v, const char *stem)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (v->ids, stem));
  if (id > 0)
    return id - 1;
  char *copy = g_string_chunk_insert (v->chunk, stem);
  g_ptr_array_add (v->stems, copy);
  g_hash_table_insert (v->ids, copy, GUINT_TO_POINTER (v->stems->len));
  guint none = 0;
  g_array_append_val (v->last, none);
  return v->stems->len - 1;
}

/* Add the distinct stems of sentence I, whose tokens are TOKS. */
static void
vocab_add (Vocab *v, FramingStemmer *stemmer, const FramingTokens *toks,
           guint i)
{
  for (guint k = 0; k < toks->tokens->len; k++)
    {
      const char *form = text_token_form (toks, k);
      guint id = vocab_id (v, stem_word (stemmer, form, -1));
      if (g_array_index (v->last, guint, id) == i + 1)
        continue;
      g_array_index (v->last, guint, id) = i + 1;
      VocabWord w = { id, g_string_chunk_insert_const (v->chunk, form) };
      g_array_append_val (v->words, w);
    }
  guint end = v->words->len;
  g_array_append_val (v->starts, end);
}

/* The stems of the plain words of TOPIC's entries, as a set. */
static GHashTable *
entry_stems (const LexTopic *topic)
{
  GHashTable *keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint e = 0; e < topic->entries->len; e++)
    {
      const LexEntry *entry = topic->entries->pdata[e];
      for (guint w = 0; w < entry->n_words; w++)
        if (entry->words[w].kind == LEX_WORD_STEM)
          g_hash_table_add (keys, entry->words[w].key);
    }
  return keys;
}

/* Whether STEM may be suggested: long enough, and not all digits. */
static gboolean
stem_acceptable (const char *stem)
{
  if (strlen (stem) < GOLD_MIN_STEM_BYTES)
    return FALSE;
  for (const char *p = stem; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isdigit (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Largest z first, then more misses, then the stem's bytes. */
static gint
suggestion_cmp (gconstpointer a, gconstpointer b)
{
  const GoldSuggestion *x = a, *y = b;
  if (x->z != y->z)
    return x->z > y->z ? -1 : 1;
  if (x->misses != y->misses)
    return x->misses > y->misses ? -1 : 1;
  return strcmp (x->stem, y->stem);
}

/* Free what a suggestion holds. */
static void
suggestion_clear (gpointer p)
{
  GoldSuggestion *s = p;
  g_free (s->stem);
  g_free (s->form);
}

/* Per stem of V: missed sentences and negative sentences with it, the
 * first form in a missed one; column J of the N rows of K CELLS. */
typedef struct {
  guint *misses;
  guint *negatives;
  const char **forms;
  guint64 n_misses;    /* stems of the missed sentences, each once a
                          sentence (the size of their binary bag of words) */
  guint64 n_negatives; /* the same of the sentences labelled 0 */
} StemCounts;

/* Count the stems of V's sentence I into C, as a miss when MISS, else as
 * a negative. */
static void
stem_count_sentence (const Vocab *v, guint i, gboolean miss, StemCounts *c)
{
  guint from = g_array_index (v->starts, guint, i);
  guint to = g_array_index (v->starts, guint, i + 1);
  *(miss ? &c->n_misses : &c->n_negatives) += to - from;
  for (guint w = from; w < to; w++)
    {
      const VocabWord *word = &g_array_index (v->words, VocabWord, w);
      (miss ? c->misses : c->negatives)[word->stem]++;
      if (miss && c->forms[word->stem] == NULL)
        c->forms[word->stem] = word->form;
    }
}

/* Count the stems of V's sentences for column J of CELLS into C. */
static void
stem_counts (const Vocab *v, const guint8 *cells, guint n, guint k, guint j,
             StemCounts *c)
{
  guint n_stems = v->stems->len;
  c->misses = g_new0 (guint, n_stems);
  c->negatives = g_new0 (guint, n_stems);
  c->forms = g_new0 (const char *, n_stems);
  c->n_misses = c->n_negatives = 0;
  for (guint i = 0; i < n; i++)
    {
      guint8 cell = cells[(gsize) i * k + j];
      gboolean miss = cell == CELL_FN, negative = cell == CELL_TN || cell == CELL_FP;
      if (miss || negative)
        stem_count_sentence (v, i, miss, c);
    }
}

/* Free what C holds. */
static void
stem_counts_clear (StemCounts *c)
{
  g_free (c->misses);
  g_free (c->negatives);
  g_free (c->forms);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StemCounts, stem_counts_clear)

/* The suggested entries of TOPIC, column J of the N rows of K CELLS: the
 * stems over-represented in its missed sentences against its negative
 * ones by the log-odds z of profile.c with the prior PROFILE_PRIOR, z > 0,
 * largest first.  Each sentence counts as the set of its stems (a binary
 * bag of words): y is the number of sentences with the stem, n the sum of
 * the sentences' distinct stems, so that one sentence repeating a word
 * weighs no more than one that has it once. */
static GArray *
suggest (const Vocab *v, const LexTopic *topic, const guint8 *cells,
         guint n, guint k, guint j)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (GoldSuggestion));
  g_array_set_clear_func (out, suggestion_clear);
  g_auto (StemCounts) c = { 0 };
  stem_counts (v, cells, n, k, j, &c);
  g_autoptr (GHashTable) keys = entry_stems (topic);
  for (guint s = 0; s < v->stems->len; s++)
    {
      const char *stem = v->stems->pdata[s];
      if (c.misses[s] < GOLD_MIN_MISSES || !stem_acceptable (stem)
          || g_hash_table_contains (keys, stem))
        continue;
      double z = profile_log_odds_z (c.misses[s], (double) c.n_misses,
                                     c.negatives[s], (double) c.n_negatives,
                                     PROFILE_PRIOR);
      if (!(z > 0.0))
        continue;
      GoldSuggestion g = { g_strdup (stem), g_strdup (c.forms[s]), z,
                           c.misses[s], c.negatives[s] };
      g_array_append_val (out, g);
    }
  g_array_sort (out, suggestion_cmp);
  return out;
}

/* ------------------------------------------------------------------ */
/* Evaluation.                                                         */

/* Free one topic's measures. */
static void
topic_free (GoldTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->name);
  g_ptr_array_unref (topic->false_hits);
  g_ptr_array_unref (topic->misses);
  g_array_unref (topic->suggestions);
  g_free (topic);
}

/* Free RESULT and what it holds; NULL: no-op. */
void
gold_result_free (GoldResult *result)
{
  if (result == NULL)
    return;
  g_free (result->file);
  g_ptr_array_unref (result->topics);
  g_free (result);
}

/* An empty result for SET's labelled topics of LEXICON; their lexicon
 * indexes go to INDEX. */
static GoldResult *
result_new (const GoldSet *set, const FramingLexicon *lexicon, guint window,
            guint resamples, GArray *index)
{
  GoldResult *result = g_new0 (GoldResult, 1);
  result->file = g_strdup (set->file);
  result->sentences = set->sentences->len;
  result->window = window;
  result->resamples = resamples;
  result->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) topic_free);
  for (guint t = 0; t < set->n_topics; t++)
    {
      if (!set->labelled[t])
        continue;
      GoldTopic *topic = g_new0 (GoldTopic, 1);
      topic->name = g_strdup (lexicon_topic (lexicon, t)->name);
      topic->false_hits = g_ptr_array_new_with_free_func ((GDestroyNotify) error_free);
      topic->misses = g_ptr_array_new_with_free_func ((GDestroyNotify) error_free);
      g_ptr_array_add (result->topics, topic);
      g_array_append_val (index, t);
    }
  return result;
}

/* Whether HITS hold a hit of topic T that is not negated. */
static gboolean
flagged (const GArray *hits, guint t)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic == t && !h->negated)
        return TRUE;
    }
  return FALSE;
}

/* The cells of sentence S (K of them, one per topic of RESULT, whose
 * lexicon indexes INDEX has) into ROW, keeping its errors. */
static void
judge_sentence (GoldResult *result, const GArray *index,
                const FramingLexicon *lexicon, const GoldSentence *s,
                const FramingTokens *toks, const GArray *hits, guint8 *row)
{
  for (guint j = 0; j < index->len; j++)
    {
      guint t = g_array_index (index, guint, j);
      GoldTopic *topic = result->topics->pdata[j];
      row[j] = (guint8) (s->labels[t] << 1 | (flagged (hits, t) ? 1 : 0));
      if (row[j] == CELL_FP)
        g_ptr_array_add (topic->false_hits,
                         error_new (GOLD_FALSE_HIT, s, lexicon, toks, hits, t));
      else if (row[j] == CELL_FN)
        g_ptr_array_add (topic->misses,
                         error_new (GOLD_MISS, s, lexicon, toks, hits, t));
    }
}

/* Match each sentence of SET with STEMMER and negation window WINDOW,
 * judging it into its row of the N rows of K CELLS (keeping RESULT's
 * errors; INDEX as judge_sentence) and adding its stems to VOCAB. */
static void
judge_sentences (GoldResult *result, const GArray *index, const GoldSet *set,
                 const FramingLexicon *lexicon, FramingStemmer *stemmer,
                 guint window, guint8 *cells, Vocab *vocab)
{
  guint n = set->sentences->len, k = index->len;
  g_autoptr (Matcher) matcher = matcher_new (lexicon, stemmer, NULL);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  for (guint i = 0; i < n; i++)
    {
      const GoldSentence *s = set->sentences->pdata[i];
      text_tokenize (toks, s->text, -1);
      matcher_run (matcher, toks, window, hits);
      judge_sentence (result, index, lexicon, s, toks, hits, cells + (gsize) i * k);
      vocab_add (vocab, stemmer, toks, i);
    }
}

/* Measure LEXICON on SET: counts, measures, intervals, errors, suggestions. */
GoldResult *
gold_evaluate (const GoldSet *set, const FramingLexicon *lexicon,
               FramingStemmer *stemmer, guint window, guint resamples,
               guint64 seed)
{
  resamples = resamples > 0 ? resamples : GOLD_RESAMPLES;
  g_autoptr (GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
  GoldResult *result = result_new (set, lexicon, window, resamples, index);
  guint n = set->sentences->len, k = index->len;
  g_autofree guint8 *cells = g_new (guint8, (gsize) n * k);
  g_auto (Vocab) vocab = { 0 };
  vocab_init (&vocab);
  judge_sentences (result, index, set, lexicon, stemmer, window, cells, &vocab);
  for (guint j = 0; j < k; j++)
    {
      GoldTopic *topic = result->topics->pdata[j];
      topic_measures (topic, cells, n, k, j);
      const LexTopic *lt = lexicon_topic (lexicon, g_array_index (index, guint, j));
      topic->suggestions = suggest (&vocab, lt, cells, n, k, j);
    }
  bootstrap (cells, n, k, resamples, seed, (GoldTopic **) result->topics->pdata);
  return result;
}
