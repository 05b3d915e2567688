/* audit.c - checking lexicons (framing lexicon); see audit.h.
 *
 * Per article only the set of entries present is needed: a stamp per
 * entry (the number of the article that last matched it) tells a first
 * match in the article from a later one, so per topic the sums of X and
 * X^2 (X = distinct entries present) and per entry the number of articles
 * are updated without keeping anything of the article itself.
 */
#include "audit.h"

#include <math.h>
#include <string.h>

#include "csv.h"
#include "framing.h"

struct _Audit {
  const FramingLexicon *lexicon;
  guint n_topics;
  guint *offset;        /* n_topics + 1: first flat entry index per topic */
  AuditEntry *entries;  /* flat: offset[t] + entry */
  guint *stamp;         /* flat: 1 + number of the last article matched */
  guint *present;       /* n_topics: distinct entries in this article */
  guint64 *sum_x;       /* n_topics: sum over articles of X */
  guint64 *sum_x2;      /* n_topics: sum over articles of X^2 */
  guint64 *covered;     /* n_topics: tokens inside matches */
  guint articles;
  guint64 tokens;
};

/* A key shared between topics: its uses, (topic, entry) pairs. */
typedef struct {
  char *shown;    /* the key as users see it: stem, =form, prefix* */
  GArray *uses;   /* SharedUse, in lexicon and file order */
  gboolean alone; /* some use is a one-word entry */
} SharedKey;

typedef struct {
  guint topic;
  guint entry;
} SharedUse;

Audit *
audit_new (const FramingLexicon *lexicon)
{
  Audit *audit = g_new0 (Audit, 1);
  audit->lexicon = lexicon;
  audit->n_topics = lexicon->topics->len;
  audit->offset = g_new0 (guint, audit->n_topics + 1);
  for (guint t = 0; t < audit->n_topics; t++)
    {
      const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
      audit->offset[t + 1] = audit->offset[t] + topic->entries->len;
    }
  guint n = audit->offset[audit->n_topics];
  audit->entries = g_new0 (AuditEntry, n);
  audit->stamp = g_new0 (guint, n);
  audit->present = g_new0 (guint, audit->n_topics);
  audit->sum_x = g_new0 (guint64, audit->n_topics);
  audit->sum_x2 = g_new0 (guint64, audit->n_topics);
  audit->covered = g_new0 (guint64, audit->n_topics);
  return audit;
}

void
audit_free (Audit *audit)
{
  if (audit == NULL)
    return;
  g_free (audit->offset);
  g_free (audit->entries);
  g_free (audit->stamp);
  g_free (audit->present);
  g_free (audit->sum_x);
  g_free (audit->sum_x2);
  g_free (audit->covered);
  g_free (audit);
}

void
audit_add (Audit *audit, guint tokens, const MatchHit *hits, guint n_hits)
{
  guint article = ++audit->articles; /* stamps start at 1: 0 is "never" */
  audit->tokens += tokens;
  memset (audit->present, 0, audit->n_topics * sizeof *audit->present);
  for (guint i = 0; i < n_hits; i++)
    {
      const MatchHit *hit = &hits[i];
      g_return_if_fail (hit->topic < audit->n_topics);
      guint flat = audit->offset[hit->topic] + hit->entry;
      g_return_if_fail (flat < audit->offset[hit->topic + 1]);
      AuditEntry *e = &audit->entries[flat];
      if (hit->negated)
        e->negated++;
      else
        e->hits++;
      audit->covered[hit->topic] += hit->n_tokens;
      if (audit->stamp[flat] != article)
        {
          audit->stamp[flat] = article;
          e->articles++;
          audit->present[hit->topic]++;
        }
    }
  for (guint t = 0; t < audit->n_topics; t++)
    {
      guint64 x = audit->present[t];
      audit->sum_x[t] += x;
      audit->sum_x2[t] += x * x;
    }
}

guint
audit_articles (const Audit *audit)
{
  return audit->articles;
}

guint64
audit_tokens (const Audit *audit)
{
  return audit->tokens;
}

const AuditEntry *
audit_entry (const Audit *audit, guint topic, guint entry)
{
  g_return_val_if_fail (topic < audit->n_topics, NULL);
  g_return_val_if_fail (audit->offset[topic] + entry < audit->offset[topic + 1], NULL);
  return &audit->entries[audit->offset[topic] + entry];
}

guint
audit_matched (const Audit *audit, guint topic)
{
  guint n = 0;
  for (guint i = audit->offset[topic]; i < audit->offset[topic + 1]; i++)
    if (audit->entries[i].articles > 0)
      n++;
  return n;
}

guint64
audit_covered (const Audit *audit, guint topic)
{
  return audit->covered[topic];
}

double
audit_coverage (const Audit *audit, guint topic)
{
  if (audit->tokens == 0)
    return 0.0;
  return (double) audit->covered[topic] / (double) audit->tokens;
}

double
audit_kr20 (const Audit *audit, guint topic, guint *k)
{
  double n = audit->articles;
  guint items = audit_matched (audit, topic);
  if (k != NULL)
    *k = items;
  if (items < 2 || audit->articles == 0)
    return NAN;
  /* n^2 var X = n sum X^2 - (sum X)^2, exact in doubles at these sizes. */
  double sx = (double) audit->sum_x[topic];
  double var = (n * (double) audit->sum_x2[topic] - sx * sx) / (n * n);
  if (!(var > 0))
    return NAN;
  double sum_pq = 0;
  for (guint i = audit->offset[topic]; i < audit->offset[topic + 1]; i++)
    {
      double p = audit->entries[i].articles / n;
      sum_pq += p * (1 - p);
    }
  return items / (items - 1.0) * (1 - sum_pq / var);
}

/* Matches (hits and negated) of flat entry I. */
static guint64
matches (const Audit *audit, guint i)
{
  return audit->entries[i].hits + audit->entries[i].negated;
}

guint
audit_top (const Audit *audit, guint topic, guint n, guint *top)
{
  guint found = 0;
  guint base = audit->offset[topic];
  for (guint i = base; i < audit->offset[topic + 1]; i++)
    {
      if (matches (audit, i) == 0)
        continue;
      /* Insert I among the best FOUND, kept by matches then file order. */
      guint at = found;
      while (at > 0 && matches (audit, base + top[at - 1]) < matches (audit, i))
        at--;
      if (at >= n)
        continue;
      guint last = found < n ? found : n - 1;
      memmove (top + at + 1, top + at, (last - at) * sizeof *top);
      top[at] = i - base;
      if (found < n)
        found++;
    }
  return found;
}

/* Appends word W of an entry to S as users see it. */
static void
append_key (GString *s, const LexWord *w)
{
  if (w->kind == LEX_WORD_EXACT)
    g_string_append_c (s, '=');
  g_string_append (s, w->key);
  if (w->kind == LEX_WORD_PREFIX)
    g_string_append_c (s, '*');
}

char *
audit_entry_keys (const LexEntry *entry)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < entry->n_words; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      append_key (s, &entry->words[i]);
    }
  return g_string_free (s, FALSE);
}

/* Topic T of LEXICON. */
static const LexTopic *
topic_at (const FramingLexicon *lexicon, guint t)
{
  return g_ptr_array_index (lexicon->topics, t);
}

/* Entry E of TOPIC. */
static const LexEntry *
entry_at (const LexTopic *topic, guint e)
{
  return g_ptr_array_index (topic->entries, e);
}

GPtrArray *
audit_duplicate_warnings (const FramingLexicon *lexicon)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint t = 0; t < lexicon->topics->len; t++)
    {
      const LexTopic *topic = topic_at (lexicon, t);
      for (guint i = 0; i < topic->duplicates->len; i++)
        {
          const LexDuplicate *d = &g_array_index (topic->duplicates,
                                                  LexDuplicate, i);
          const LexEntry *kept = entry_at (topic, d->kept);
          g_ptr_array_add (out, g_strdup_printf (
            "%s:%u: warning: '%s' stems like '%s' (line %u): counted once",
            topic->file, d->line, d->spelling, kept->spelling, kept->line));
        }
    }
  return out;
}

/* ------------------------------------------------------------------ */
/* Keys shared between topics                                          */

/* Frees a SharedKey. */
static void
shared_key_free (SharedKey *key)
{
  g_free (key->shown);
  g_array_unref (key->uses);
  g_free (key);
}

/* Whether KEY is used by two topics or more, one of them through a
 * one-word entry: a token it matches inside the other topic's entry then
 * counts for both topics. */
static gboolean
shared_key_reported (const SharedKey *key)
{
  const SharedUse *first = &g_array_index (key->uses, SharedUse, 0);
  for (guint i = 1; i < key->uses->len; i++)
    if (g_array_index (key->uses, SharedUse, i).topic != first->topic)
      return key->alone;
  return FALSE;
}

/* Orders SharedKey* by the key as shown (byte order). */
static gint
shared_key_compare (gconstpointer a, gconstpointer b)
{
  const SharedKey *x = *(SharedKey *const *) a, *y = *(SharedKey *const *) b;
  return strcmp (x->shown, y->shown);
}

/* Records the use of word W by entry E of topic T in BY_KEY. */
static void
note_key_use (GHashTable *by_key, const LexWord *w, guint t, guint e,
              gboolean alone)
{
  GString *s = g_string_new (NULL);
  append_key (s, w);
  SharedKey *key = g_hash_table_lookup (by_key, s->str);
  if (key == NULL)
    {
      key = g_new0 (SharedKey, 1);
      key->shown = g_strdup (s->str);
      key->uses = g_array_new (FALSE, FALSE, sizeof (SharedUse));
      g_hash_table_insert (by_key, key->shown, key);
    }
  g_string_free (s, TRUE);
  SharedUse *last = key->uses->len > 0
    ? &g_array_index (key->uses, SharedUse, key->uses->len - 1) : NULL;
  if (last == NULL || last->topic != t || last->entry != e)
    g_array_append_val (key->uses, ((SharedUse) { t, e }));
  key->alone |= alone;
}

/* The keys of LEXICON shared between topics (see shared_key_reported),
 * SharedKey* sorted by key. */
static GPtrArray *
shared_keys (const FramingLexicon *lexicon)
{
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (
    g_str_hash, g_str_equal, NULL, (GDestroyNotify) shared_key_free);
  for (guint t = 0; t < lexicon->topics->len; t++)
    {
      const LexTopic *topic = topic_at (lexicon, t);
      for (guint e = 0; e < topic->entries->len; e++)
        {
          const LexEntry *entry = entry_at (topic, e);
          for (guint w = 0; w < entry->n_words; w++)
            note_key_use (by_key, &entry->words[w], t, e, entry->n_words == 1);
        }
    }
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                   shared_key_free);
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, by_key);
  while (g_hash_table_iter_next (&it, NULL, &value))
    if (shared_key_reported (value))
      {
        g_ptr_array_add (out, value);
        g_hash_table_iter_steal (&it);
      }
  g_ptr_array_sort (out, shared_key_compare);
  return out;
}

/* The other topics that share a reported key with entry E of topic T, as
 * "a;b" in lexicon order, or NULL when none. */
static char *
entry_shared_topics (const FramingLexicon *lexicon, const GPtrArray *keys,
                     guint t, guint e)
{
  g_autofree gboolean *with = g_new0 (gboolean, lexicon->topics->len);
  for (guint k = 0; k < keys->len; k++)
    {
      const GArray *uses = ((const SharedKey *) g_ptr_array_index (keys, k))->uses;
      gboolean mine = FALSE;
      for (guint u = 0; u < uses->len; u++)
        {
          const SharedUse *use = &g_array_index (uses, SharedUse, u);
          mine |= use->topic == t && use->entry == e;
        }
      for (guint u = 0; mine && u < uses->len; u++)
        with[g_array_index (uses, SharedUse, u).topic] = TRUE;
    }
  with[t] = FALSE;
  GString *s = g_string_new (NULL);
  for (guint o = 0; o < lexicon->topics->len; o++)
    if (with[o])
      g_string_append_printf (s, "%s%s", s->len > 0 ? ";" : "",
                              topic_at (lexicon, o)->name);
  return s->len > 0 ? g_string_free (s, FALSE) : (g_string_free (s, TRUE), NULL);
}

/* ------------------------------------------------------------------ */
/* Text output                                                         */

/* Widest text, in code points, of the entries of TOPIC (spelling when
 * KEYS is FALSE, keys when TRUE), at most CAP and at least MIN. */
static guint
column_width (const LexTopic *topic, gboolean keys, guint min, guint cap)
{
  guint width = min;
  for (guint e = 0; e < topic->entries->len; e++)
    {
      const LexEntry *entry = entry_at (topic, e);
      g_autofree char *k = keys ? audit_entry_keys (entry)
                                : lex_entry_written (entry);
      glong n = g_utf8_strlen (k, -1);
      if ((guint) n > width)
        width = (guint) n;
    }
  return width < cap ? width : cap;
}

/* Prints S left-aligned in WIDTH code points (longer text is not cut). */
static void
print_left (FILE *out, const char *s, guint width)
{
  glong n = g_utf8_strlen (s, -1);
  fprintf (out, "%s%*s", s, n < (glong) width ? (int) (width - (guint) n) : 0, "");
}

/* Prints entry E of topic T as one line of the entry table. */
static void
print_entry_line (FILE *out, const FramingLexicon *lexicon, const Audit *audit,
                  guint t, guint e, guint w_entry, guint w_keys)
{
  const LexEntry *entry = entry_at (topic_at (lexicon, t), e);
  g_autofree char *keys = audit_entry_keys (entry);
  g_autofree char *written = lex_entry_written (entry);
  fprintf (out, "  %5u  ", entry->line);
  print_left (out, written, w_entry);
  fprintf (out, "  %6g  ", entry->weight);
  if (audit == NULL)
    {
      fprintf (out, "%s\n", keys);
      return;
    }
  print_left (out, keys, w_keys);
  const AuditEntry *c = audit_entry (audit, t, e);
  fprintf (out, "  %7" G_GUINT64_FORMAT " %7" G_GUINT64_FORMAT " %8u\n",
           c->hits, c->negated, c->articles);
}

/* Prints topic T: its header, its entries and its dropped duplicates. */
static void
print_topic_entries (FILE *out, const FramingLexicon *lexicon,
                     const Audit *audit, guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  fprintf (out, "%s: %u entr%s from %s\n", topic->name, topic->entries->len,
           topic->entries->len == 1 ? "y" : "ies", topic->file);
  guint w_entry = column_width (topic, FALSE, 5, 30);
  guint w_keys = column_width (topic, TRUE, 4, 24);
  fprintf (out, "  %5s  ", "line");
  print_left (out, "entry", w_entry);
  fprintf (out, "  %6s  ", "weight");
  if (audit == NULL)
    fprintf (out, "keys\n");
  else
    {
      print_left (out, "keys", w_keys);
      fprintf (out, "  %7s %7s %8s\n", "hits", "negated", "articles");
    }
  for (guint e = 0; e < topic->entries->len; e++)
    print_entry_line (out, lexicon, audit, t, e, w_entry, w_keys);
  if (topic->duplicates->len > 0)
    fprintf (out, "  dropped as duplicates (same keys as an earlier entry):\n");
  for (guint i = 0; i < topic->duplicates->len; i++)
    {
      const LexDuplicate *d = &g_array_index (topic->duplicates, LexDuplicate, i);
      const LexEntry *kept = entry_at (topic, d->kept);
      fprintf (out, "  %5u  %s  (stems like line %u, %s)\n", d->line,
               d->spelling, kept->line, kept->spelling);
    }
  fputc ('\n', out);
}

/* Prints the context lists of LEXICON: each one's entries and keys. */
static void
print_context_lists (FILE *out, const FramingLexicon *lexicon)
{
  for (guint c = 0; lexicon->contexts != NULL && c < lexicon->contexts->len; c++)
    {
      const LexTopic *list = g_ptr_array_index (lexicon->contexts, c);
      fprintf (out, "%s (context list, not reported): %u entr%s from %s\n",
               list->name, list->entries->len,
               list->entries->len == 1 ? "y" : "ies", list->file);
      for (guint e = 0; e < list->entries->len; e++)
        {
          const LexEntry *entry = entry_at (list, e);
          g_autofree char *keys = audit_entry_keys (entry);
          g_autofree char *written = lex_entry_written (entry);
          fprintf (out, "  %5u  ", entry->line);
          print_left (out, written, 30);
          fprintf (out, "  %s\n", keys);
        }
      fputc ('\n', out);
    }
}

/* The number of stop phrases among TOPIC's entries. */
static guint
stop_phrases (const LexTopic *topic)
{
  guint n = 0;
  for (guint e = 0; e < topic->entries->len; e++)
    n += entry_at (topic, e)->stop;
  return n;
}

/* Prints the keys shared between topics. */
static void
print_shared (FILE *out, const FramingLexicon *lexicon)
{
  g_autoptr (GPtrArray) keys = shared_keys (lexicon);
  if (keys->len == 0)
    {
      fprintf (out, "No key is shared between topics.\n");
      return;
    }
  fprintf (out, "Keys shared between topics (a one-word entry of one topic that is also a\n"
           "word of another topic's entry: where that entry matches, the word counts\n"
           "for both topics):\n");
  for (guint k = 0; k < keys->len; k++)
    {
      const SharedKey *key = g_ptr_array_index (keys, k);
      fprintf (out, "  %s  ", key->shown);
      guint prev = G_MAXUINT;
      for (guint u = 0; u < key->uses->len; u++)
        {
          const SharedUse *use = &g_array_index (key->uses, SharedUse, u);
          const LexTopic *topic = topic_at (lexicon, use->topic);
          if (use->topic != prev)
            fprintf (out, "%s%s: ", prev == G_MAXUINT ? "" : "; ", topic->name);
          else
            fprintf (out, ", ");
          fprintf (out, "%s", entry_at (topic, use->entry)->spelling);
          prev = use->topic;
        }
      fputc ('\n', out);
    }
}

/* Prints the most frequent entries of topic T. */
static void
print_top (FILE *out, const FramingLexicon *lexicon, const Audit *audit,
           guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  guint top[AUDIT_TOP];
  guint n = audit_top (audit, t, AUDIT_TOP, top);
  if (n == 0)
    return;
  fprintf (out, "  most frequent:    hits  negated  articles  entry\n");
  for (guint i = 0; i < n; i++)
    {
      const AuditEntry *c = audit_entry (audit, t, top[i]);
      fprintf (out, "                 %7" G_GUINT64_FORMAT "  %7" G_GUINT64_FORMAT
               "  %8u  %s\n", c->hits, c->negated, c->articles,
               entry_at (topic, top[i])->spelling);
    }
}

/* Prints the entries of topic T that never matched, comma-separated and
 * wrapped before column 80. */
static void
print_unused (FILE *out, const FramingLexicon *lexicon, const Audit *audit,
              guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  guint unused = topic->entries->len - stop_phrases (topic)
                 - audit_matched (audit, t);
  if (unused == 0)
    {
      fprintf (out, "  never matched: none\n");
      return;
    }
  g_autoptr (GString) line = g_string_new (NULL);
  g_string_printf (line, "  never matched (%u):", unused);
  glong width = g_utf8_strlen (line->str, -1);
  guint left = unused;
  for (guint e = 0; e < topic->entries->len; e++)
    {
      if (audit_entry (audit, t, e)->articles > 0 || entry_at (topic, e)->stop)
        continue;
      g_autofree char *item = g_strdup_printf (" %s%s",
                                               entry_at (topic, e)->spelling,
                                               --left > 0 ? "," : "");
      glong n = g_utf8_strlen (item, -1);
      if (width > 4 && width + n > 79)
        {
          fprintf (out, "%s\n", line->str);
          g_string_assign (line, "   ");
          width = 3;
        }
      g_string_append (line, item);
      width += n;
    }
  fprintf (out, "%s\n", line->str);
}

/* Prints the corpus statistics of topic T. */
static void
print_topic_stats (FILE *out, const FramingLexicon *lexicon,
                   const Audit *audit, guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  guint k = 0;
  double kr20 = audit_kr20 (audit, t, &k);
  guint stops = stop_phrases (topic);
  fprintf (out, "%s\n", topic->name);
  fprintf (out, "  entries matched: %u of %u", audit_matched (audit, t),
           topic->entries->len - stops);
  if (stops > 0)
    fprintf (out, " (and %u %s)", stops, stops == 1
             ? "stop phrase, which never counts"
             : "stop phrases, which never count");
  fputc ('\n', out);
  fprintf (out, "  tokens covered:  %.2f%% (%" G_GUINT64_FORMAT " of %"
           G_GUINT64_FORMAT ")\n", 100 * audit_coverage (audit, t),
           audit_covered (audit, t), audit_tokens (audit));
  if (isnan (kr20) && k < 2)
    fprintf (out, "  KR-20:           n/a (%u entr%s matched, 2 are needed)\n",
             k, k == 1 ? "y" : "ies");
  else if (isnan (kr20))
    fprintf (out, "  KR-20:           n/a (every article has the same number "
             "of entries)\n");
  else
    fprintf (out, "  KR-20:           %.3f (%u entries that matched)\n", kr20, k);
  print_top (out, lexicon, audit, t);
  print_unused (out, lexicon, audit, t);
}

gboolean
audit_write_text (FILE *out, const FramingLexicon *lexicon, const Audit *audit,
                  const char *source, GError **error)
{
  /* A topic that failed stops the rest: errno still says why. */
  for (guint t = 0; t < lexicon->topics->len && !ferror (out); t++)
    print_topic_entries (out, lexicon, audit, t);
  print_context_lists (out, lexicon);
  print_shared (out, lexicon);
  if (audit == NULL)
    return framing_flush (out, error);
  fprintf (out, "\nCorpus (%s): %u article%s, %" G_GUINT64_FORMAT " tokens\n"
           "(an entry matches whether or not the hit is negated; KR-20 counts "
           "the entries\nthat matched at least once)\n",
           source, audit_articles (audit), audit_articles (audit) == 1 ? "" : "s",
           audit_tokens (audit));
  for (guint t = 0; t < lexicon->topics->len && !ferror (out); t++)
    {
      fputc ('\n', out);
      print_topic_stats (out, lexicon, audit, t);
    }
  return framing_flush (out, error);
}

/* ------------------------------------------------------------------ */
/* CSV output                                                          */

static const char *const entries_columns[] = {
  "topic", "line", "entry", "marker", "weight", "keys", "duplicates", "shared",
  "hits", "negated", "articles", "rank", NULL
};
static const char *const topics_columns[] = {
  "topic", "file", "entries", "duplicates", "articles", "tokens", "matched",
  "covered", "coverage", "k", "kr20", NULL
};

gboolean
audit_table_known (const char *name)
{
  return strcmp (name, "entries") == 0 || strcmp (name, "topics") == 0;
}

/* The dropped duplicates of entry E of TOPIC as "line N: spelling", joined
 * by "; ", or NULL. */
static char *
entry_duplicates (const LexTopic *topic, guint e)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < topic->duplicates->len; i++)
    {
      const LexDuplicate *d = &g_array_index (topic->duplicates, LexDuplicate, i);
      if (d->kept == e)
        g_string_append_printf (s, "%sline %u: %s", s->len > 0 ? "; " : "",
                                d->line, d->spelling);
    }
  return s->len > 0 ? g_string_free (s, FALSE) : (g_string_free (s, TRUE), NULL);
}

/* ENTRY as written (lex_entry_written ()) less the markers of its
 * words, which the marker column gives: "!peace talks & conflict" for
 * "!=peace talk* & conflict". */
static char *
entry_unmarked (const LexEntry *entry)
{
  g_autofree char *words = lex_entry_words (entry);
  GString *s = g_string_new (entry->stop ? "!" : "");
  g_string_append (s, words);
  for (char **n = entry->contexts; n != NULL && *n != NULL; n++)
    g_string_append_printf (s, " & %s", *n);
  return g_string_free (s, FALSE);
}

/* Writes the entry rows of topic T. */
static void
write_entry_rows (CsvWriter *w, const FramingLexicon *lexicon,
                  const Audit *audit, const GPtrArray *keys, guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  guint top[AUDIT_TOP];
  guint n_top = audit != NULL ? audit_top (audit, t, AUDIT_TOP, top) : 0;
  for (guint e = 0; e < topic->entries->len; e++)
    {
      const LexEntry *entry = entry_at (topic, e);
      g_autofree char *k = audit_entry_keys (entry);
      g_autofree char *dups = entry_duplicates (topic, e);
      g_autofree char *shared = entry_shared_topics (lexicon, keys, t, e);
      g_autofree char *written = entry_unmarked (entry);
      g_autofree char *marker = lex_entry_marker (entry);
      csv_text (w, topic->name);
      csv_uint (w, entry->line);
      csv_text (w, written);
      csv_text (w, marker);
      csv_number (w, entry->weight);
      csv_text (w, k);
      csv_text (w, dups);
      csv_text (w, shared);
      if (audit == NULL)
        {
          for (int i = 0; i < 4; i++)
            csv_text (w, NULL);
          csv_end_row (w);
          continue;
        }
      const AuditEntry *c = audit_entry (audit, t, e);
      csv_uint (w, c->hits);
      csv_uint (w, c->negated);
      csv_uint (w, c->articles);
      guint rank = 0;
      for (guint i = 0; i < n_top && rank == 0; i++)
        if (top[i] == e)
          rank = i + 1;
      if (rank > 0)
        csv_uint (w, rank);
      else
        csv_text (w, NULL);
      csv_end_row (w);
    }
}

/* Writes the row of topic T of the topics table. */
static void
write_topic_row (CsvWriter *w, const FramingLexicon *lexicon,
                 const Audit *audit, guint t)
{
  const LexTopic *topic = topic_at (lexicon, t);
  csv_text (w, topic->name);
  csv_text (w, topic->file);
  csv_uint (w, topic->entries->len);
  csv_uint (w, topic->duplicates->len);
  if (audit == NULL)
    {
      for (int i = 0; i < 7; i++)
        csv_text (w, NULL);
      csv_end_row (w);
      return;
    }
  guint k = 0;
  double kr20 = audit_kr20 (audit, t, &k);
  csv_uint (w, audit_articles (audit));
  csv_uint (w, audit_tokens (audit));
  csv_uint (w, audit_matched (audit, t));
  csv_uint (w, audit_covered (audit, t));
  csv_number (w, audit_coverage (audit, t));
  csv_uint (w, k);
  csv_number (w, kr20); /* NAN: an empty cell */
  csv_end_row (w);
}

gboolean
audit_write_csv (FILE *out, const char *table, const FramingLexicon *lexicon,
                 const Audit *audit, GError **error)
{
  g_return_val_if_fail (audit_table_known (table), FALSE);
  g_autoptr (CsvWriter) w = csv_writer_new (out);
  gboolean entries = strcmp (table, "entries") == 0;
  csv_header (w, entries ? entries_columns : topics_columns);
  g_autoptr (GPtrArray) keys = entries ? shared_keys (lexicon) : NULL;
  for (guint t = 0; t < lexicon->topics->len; t++)
    if (entries)
      write_entry_rows (w, lexicon, audit, keys, t);
    else
      write_topic_row (w, lexicon, audit, t);
  return csv_writer_flush (w, error);
}
