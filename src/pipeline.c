/* pipeline.c - one run over a corpus; see pipeline.h.
 *
 * How a run is organised (-j N):
 * - The reader (input.c, single-threaded) runs in the calling thread and
 *   numbers the items it reads (articles and bad inputs) in input order.
 * - With N > 1, N - 1 worker threads each own a Scorer (stemmer, token
 *   buffers; the cache of word forms is shared by all) and score articles
 *   taken from a queue in batches of BATCH_ITEMS (one queue push and one
 *   wake-up per batch, not per article; a partial batch is sent whenever
 *   the reader must wait for room, and at the end).  The calling thread
 *   is the N-th: whenever more than BACKLOG batches wait in the queue, or
 *   it must wait for room, it scores a waiting batch itself with its own
 *   Scorer.  So N threads keep N cores busy, and the workers seldom sleep
 *   and wake.  What is allocated for an article is freed by the thread
 *   that allocated it, never in another thread's malloc arena (which
 *   takes that arena's lock): articles by the calling thread,
 *   scores by the worker that made them, to which the calling thread
 *   hands them back, SPENT_BATCH at a time, once it is done with them.
 *   The calls that need the article's tokens (report examples,
 *   on_article) run in the scoring thread under one lock; their results
 *   do not depend on the order of the calls (examples keep the smallest
 *   (id, token); kwic rows are sorted by group, id and the article's
 *   input number).  With N = 1 the calling thread scores the articles
 *   itself, with no thread at all.
 * - Scored items come back to the calling thread, which hands them over
 *   strictly in input order through a ring of the items in flight: the
 *   reader's warnings, skip messages, --strict, the counts, the profile,
 *   the articles table and the counts file see the same sequence for
 *   every N.  The ring bounds the items in flight (32 per thread, and
 *   16 MiB of text), so memory does not grow with the corpus.
 * - The profile keeps a few numbers per article (profile.c); its
 *   statistics are worked out after the run, group by group, on up to N
 *   threads (profile_finish).  The articles table goes to a Spill
 *   (spill.c), which sorts it in bounded memory.
 * So every output is byte-identical for every N and every run.
 */
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "csv.h"
#include "dupes.h"
#include "framing.h"
#include "tables.h"

/* How many skipped inputs the report names. */
#define SKIPPED_NAMED 20

void
pipeline_result_free (PipelineResult *result)
{
  if (result == NULL)
    return;
  spill_free (result->articles_table);
  g_ptr_array_unref (result->skipped);
  g_strfreev (result->keep);
  g_free (result);
}

/* Count a skipped input in RESULT (EMPTY: an empty article rather than a
 * bad input) and keep its MESSAGE ("WHERE: why") for the report. */
static void
count_skip (PipelineResult *result, const char *message, gboolean empty)
{
  if (empty)
    result->empty_articles++;
  else
    result->bad_inputs++;
  if (result->skipped->len < SKIPPED_NAMED)
    g_ptr_array_add (result->skipped, g_strdup (message));
}

/* Topics that offer_examples () keeps track of without allocating. */
#define OFFER_TOPICS 256

/* Offer each topic's first hit in the article as an example (a negated
 * one too: the report marks it, which shows readers what negation does).
 * Runs in a scoring thread. */
static void
offer_examples (const PipelineConfig *config, const ArticleScore *score,
                const FramingTokens *toks, const GArray *hits)
{
  guint n_topics = config->lexicon->topics->len;
  guint64 few[OFFER_TOPICS / 64] = { 0 };
  g_autofree guint64 *many = n_topics > OFFER_TOPICS
    ? g_new0 (guint64, (n_topics + 63) / 64) : NULL;
  guint64 *offered = many != NULL ? many : few; /* a bit per topic */
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *hit = &g_array_index (hits, MatchHit, i);
      guint64 bit = G_GUINT64_CONSTANT (1) << (hit->topic % 64);
      if (offered[hit->topic / 64] & bit)
        continue;
      offered[hit->topic / 64] |= bit;
      const LexTopic *topic = g_ptr_array_index (config->lexicon->topics, hit->topic);
      const LexEntry *entry = g_ptr_array_index (topic->entries, hit->entry);
      kwic_examples_offer (config->examples, score->group, score->id, toks,
                           hit, entry->spelling);
    }
}

/* Map SCORE's group through the --group-map, if any. */
static void
map_group (const PipelineConfig *config, ArticleScore *score)
{
  if (config->group_map == NULL)
    return;
  const char *to = g_hash_table_lookup (config->group_map, score->group);
  if (to != NULL)
    {
      g_free (score->group);
      score->group = g_strdup (to);
    }
}

PipelineResult *
pipeline_result_new (const PipelineConfig *config)
{
  PipelineResult *result = g_new0 (PipelineResult, 1);
  result->skipped = g_ptr_array_new_with_free_func (g_free);
  if (config->keep_scores)
    result->articles_table = spill_new (0);
  if (config->keep_scores && config->keep != NULL)
    result->keep = g_strdupv ((char **) config->keep);
  return result;
}

TablesLayout
pipeline_layout (const PipelineConfig *config, const PipelineResult *result)
{
  return (TablesLayout) { (const char *const *) result->keep, config->wide };
}

/* pipeline_take_score () but for the freeing of SCORE, which stays the
 * caller's; KEPT holds the values of result->keep for the articles
 * table (or NULL). */
static void
take_score (const PipelineConfig *config, PipelineResult *result,
            const ArticleScore *score, const char *const *kept)
{
  result->articles++;
  result->tokens += score->tokens;
  if (config->profile != NULL)
    profile_add (config->profile, score);
  if (config->counts != NULL)
    counts_writer_article (config->counts, score);
  if (result->articles_table != NULL)
    {
      g_autoptr (GString) key = g_string_new (NULL);
      g_autoptr (GString) rows = g_string_new (NULL);
      tables_article_key (key, score);
      TablesLayout layout = pipeline_layout (config, result);
      tables_article_rows (rows, score, config->lexicon, &layout, kept);
      spill_add (result->articles_table, key->str, key->len, rows->str, rows->len);
    }
}

void
pipeline_take_score (const PipelineConfig *config, PipelineResult *result,
                     ArticleScore *score)
{
  take_score (config, result, score, NULL);
  article_score_free (score);
}

/* ------------------------------------------------------------------ */
/* The run: reader, workers and the in-order hand-over.                */

/* Articles in flight at most per thread, and bytes of their text. */
#define FLIGHT_PER_JOB 32
#define FLIGHT_BYTES (16u * 1024u * 1024u)
/* Articles sent to the workers together (one queue item). */
#define BATCH_ITEMS 8
/* Batches the queue may hold before the calling thread scores one. */
#define BACKLOG 3
/* Scores handed back to the worker that made them together. */
#define SPENT_BATCH 64

typedef struct _PipelineRun PipelineRun;

/* One worker thread and its scorer.  The scores it makes are freed by
 * it too, once the calling thread is done with them: a thread that frees
 * memory from another thread's malloc arena takes that arena's lock, and
 * with every score freed so the two threads met at the lock (and slept
 * on it) thousands of times a run. */
typedef struct {
  PipelineRun *run;
  Scorer *scorer;
  GThread *thread;
  GPtrArray *spent;         /* its scores the calling thread is done with
                               (calling thread only) */
  GAsyncQueue *graveyard;   /* GPtrArray of its scores to free */
} Worker;

/* One input item on its way through the run. */
typedef struct {
  guint64 index;            /* place in input order */
  FramingArticle *article;  /* to score; freed (by the calling thread)
                               once scored */
  char *where;              /* where the article came from, for messages */
  char *group;              /* its group, when the selection names it */
  char **kept;              /* its values of result->keep, or NULL */
  char *bad;                /* the reader's message for a bad item, or NULL */
  GPtrArray *warnings;      /* reader warnings given before it, or NULL */
  guint invalid_utf8;
  guint repeated_lines;
  gsize bytes;              /* length of the text */
  ArticleScore *score;      /* the score, or NULL (empty or bad) */
  Worker *maker;            /* the worker that scored it, or NULL */
} Item;

struct _PipelineRun {
  const PipelineConfig *config;
  PipelineResult *result;
  InputOptions input;       /* the config's, with warnings collected */
  GPtrArray *warnings;      /* reader warnings not yet given to an item */
  MatchCache *cache;        /* the word forms, shared by the scorers */
  Scorer *scorer;           /* the calling thread's scorer */
  Worker *workers;
  guint n_workers;
  GAsyncQueue *work;        /* GPtrArray of Item* to score, or &stop_batch */
  GAsyncQueue *done;        /* GPtrArray of Item* scored */
  GPtrArray *batch;         /* Item* read, not yet sent to the workers */
  GMutex lock;              /* one examples/on_article call at a time */
  gint cancel;              /* set (atomically) when the run stops */
  Item **ring;              /* finished items by index % flight */
  guint flight;             /* items in flight at most */
  guint64 next_index;       /* index of the next item read */
  guint64 next_emit;        /* index of the next item handed over */
  guint64 pending;          /* items with the workers */
  guint64 bytes_in_flight;
  Progress *progress;       /* the progress line, while items are read */
  gboolean failed;          /* --strict met a bad item */
  GError *error;            /* why, once failed */
};

/* Tells a worker to stop. */
static char stop_batch;

/* Free ITEM. */
static void
item_free (Item *item)
{
  if (item == NULL)
    return;
  article_free (item->article);
  g_free (item->where);
  g_free (item->group);
  g_strfreev (item->kept);
  g_free (item->bad);
  if (item->warnings != NULL)
    g_ptr_array_unref (item->warnings);
  article_score_free (item->score);
  g_free (item);
}

/* The reader's warnings are kept for the item they come before, so that
 * they are printed in input order whatever the number of workers. */
static void
collect_warning (const char *message, gpointer user_data)
{
  PipelineRun *run = user_data;
  if (run->warnings == NULL)
    run->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (run->warnings, g_strdup (message));
}

/* Hand MESSAGE to the config's on_message (unless quiet), the progress
 * line erased first so that the message is not printed over it. */
static void
run_message (const PipelineRun *run, const char *message)
{
  const PipelineConfig *c = run->config;
  if (c->quiet || c->on_message == NULL)
    return;
  progress_clear (run->progress);
  c->on_message (message, c->message_data);
}

/* Hand WARNINGS (the reader's) over as messages. */
static void
give_warnings (const PipelineRun *run, GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    run_message (run, g_ptr_array_index (warnings, i));
}

/* Skip the item of MESSAGE ("WHERE: why"; EMPTY: an empty article): count
 * it and say so.  Under --strict it is fatal instead: FALSE and the run's
 * error. */
static gboolean
run_skip (PipelineRun *run, const char *message, gboolean empty)
{
  count_skip (run->result, message, empty);
  if (run->config->strict)
    {
      g_set_error_literal (&run->error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                           message);
      return FALSE;
    }
  g_autofree char *said = g_strconcat (message, "; skipped", NULL);
  run_message (run, said);
  return TRUE;
}

/* Score ITEM's article with SCORER (any thread): the score, and the
 * examples and on_article calls, which need the tokens. */
static void
item_score (PipelineRun *run, Scorer *scorer, Item *item)
{
  const PipelineConfig *config = run->config;
  ArticleScore *score = scorer_score (scorer, item->article);
  if (score != NULL)
    {
      if (item->group != NULL)
        {
          /* A copy, made and freed in this thread (see the head note). */
          g_free (score->group);
          score->group = g_strdup (item->group);
        }
      map_group (config, score);
      score->seq = item->index;
      if (config->examples != NULL || config->on_article != NULL)
        {
          const FramingTokens *toks = scorer_tokens (scorer);
          const GArray *hits = scorer_hits (scorer);
          framing_mutex_lock (&run->lock);
          if (config->examples != NULL)
            offer_examples (config, score, toks, hits);
          if (config->on_article != NULL)
            config->on_article (score, toks, hits, config->user_data);
          g_mutex_unlock (&run->lock);
        }
    }
  item->score = score;
}

/* Free the scores in SPENT (a GPtrArray), and SPENT. */
static void
spent_free (gpointer spent)
{
  GPtrArray *a = spent;
  for (guint i = 0; i < a->len; i++)
    article_score_free (g_ptr_array_index (a, i));
  g_ptr_array_unref (a);
}

/* A worker thread: score batches of items until the stop batch, and
 * free the scores handed back to it. */
static gpointer
worker_main (gpointer data)
{
  Worker *w = data;
  for (;;)
    {
      gpointer popped = g_async_queue_pop (w->run->work);
      if (popped == &stop_batch)
        return NULL;
      GPtrArray *batch = popped;
      for (guint i = 0; i < batch->len; i++)
        {
          Item *item = g_ptr_array_index (batch, i);
          if (!g_atomic_int_get (&w->run->cancel))
            item_score (w->run, w->scorer, item);
          item->maker = w;
        }
      g_async_queue_push (w->run->done, batch);
      gpointer spent;
      while ((spent = g_async_queue_try_pop (w->graveyard)) != NULL)
        spent_free (spent);
    }
}

/* Free ITEM's score, if any: now if the calling thread made it, else
 * later, by its maker. */
static void
item_release_score (Item *item)
{
  Worker *w = item->maker;
  if (item->score == NULL || w == NULL)
    {
      g_clear_pointer (&item->score, article_score_free);
      return;
    }
  if (w->spent == NULL)
    w->spent = g_ptr_array_sized_new (SPENT_BATCH);
  g_ptr_array_add (w->spent, g_steal_pointer (&item->score));
  if (w->spent->len >= SPENT_BATCH)
    g_async_queue_push (w->graveyard, g_steal_pointer (&w->spent));
}

/* Hand ITEM over in input order: its warnings, its counts, its score or
 * its message.  FALSE when --strict makes it fatal. */
static gboolean
item_emit (PipelineRun *run, Item *item)
{
  PipelineResult *result = run->result;
  give_warnings (run, item->warnings);
  if (item->bad != NULL)
    return run_skip (run, item->bad, FALSE);
  result->invalid_utf8 += item->invalid_utf8;
  if (item->repeated_lines > 0)
    {
      result->repeated_lines += item->repeated_lines;
      result->articles_with_repeats++;
    }
  if (item->score == NULL)
    {
      g_autofree char *msg = g_strdup_printf ("%s: empty article (no tokens)",
                                              item->where);
      return run_skip (run, msg, TRUE);
    }
  take_score (run->config, result, item->score,
              (const char *const *) item->kept);
  return TRUE;
}

/* Put the finished ITEM in the ring, then hand over every item that is
 * next in input order. */
static void
item_finished (PipelineRun *run, Item *item)
{
  run->ring[item->index % run->flight] = item;
  for (;;)
    {
      Item **slot = &run->ring[run->next_emit % run->flight];
      if (*slot == NULL || (*slot)->index != run->next_emit)
        return;
      Item *next = g_steal_pointer (slot);
      run->next_emit++;
      run->bytes_in_flight -= next->bytes;
      if (!run->failed && !item_emit (run, next))
        {
          run->failed = TRUE;
          g_atomic_int_set (&run->cancel, 1);
        }
      item_release_score (next);
      item_free (next);
    }
}

/* Take back the items of BATCH, scored by a worker.  Their articles are
 * freed here, in the thread that allocated them: a worker that freed
 * them would contend with the reader for its malloc arena. */
static void
batch_finished (PipelineRun *run, GPtrArray *batch)
{
  run->pending -= batch->len;
  for (guint i = 0; i < batch->len; i++)
    {
      Item *item = g_ptr_array_index (batch, i);
      g_clear_pointer (&item->article, article_free);
      item_finished (run, item);
    }
  g_ptr_array_unref (batch);
}

/* Take one scored batch back from the workers (waits for it). */
static void
wait_one (PipelineRun *run)
{
  batch_finished (run, g_async_queue_pop (run->done));
}

/* Score one batch that waits in the queue here, in the calling thread,
 * if there is one.  TRUE if there was. */
static gboolean
help_one (PipelineRun *run)
{
  GPtrArray *batch = g_async_queue_try_pop (run->work);
  if (batch == NULL)
    return FALSE;
  for (guint i = 0; i < batch->len; i++)
    if (!g_atomic_int_get (&run->cancel))
      item_score (run, run->scorer, g_ptr_array_index (batch, i));
  batch_finished (run, batch);
  return TRUE;
}

/* Take back one scored batch: score a waiting one here if there is one,
 * else wait for a worker to finish one. */
static void
take_one (PipelineRun *run)
{
  if (!help_one (run))
    wait_one (run);
}

/* Send the items read so far, if any, to the workers. */
static void
batch_flush (PipelineRun *run)
{
  if (run->batch == NULL)
    return;
  run->pending += run->batch->len;
  g_async_queue_push (run->work, g_steal_pointer (&run->batch));
}

/* Send ITEM to be scored: to a worker (in a batch), or here without
 * workers. */
static void
dispatch (PipelineRun *run, Item *item)
{
  /* Room in the ring for indexes next_emit .. next_index - 1. */
  while (run->next_index - run->next_emit > run->flight
         || run->bytes_in_flight + item->bytes > FLIGHT_BYTES)
    {
      batch_flush (run);
      if (run->pending == 0)
        break;
      take_one (run);
    }
  run->bytes_in_flight += item->bytes;
  if (item->bad != NULL || run->n_workers == 0)
    {
      if (item->bad == NULL)
        item_score (run, run->scorer, item);
      g_clear_pointer (&item->article, article_free);
      item_finished (run, item);
      return;
    }
  if (run->batch == NULL)
    run->batch = g_ptr_array_sized_new (BATCH_ITEMS);
  g_ptr_array_add (run->batch, item);
  if (run->batch->len < BATCH_ITEMS)
    return;
  /* The queues are looked at once a batch, not once an article: each
   * look takes the queue's lock, which a worker may be waiting for. */
  batch_flush (run);
  while (g_async_queue_length (run->work) > BACKLOG)
    help_one (run);
  GPtrArray *done;
  while ((done = g_async_queue_try_pop (run->done)) != NULL)
    batch_finished (run, done);
}

/* Whether the selection of RUN leaves ARTICLE out, by a filter or for
 * want of a readable date when groups are periods: then it is counted
 * and freed here, before it is scored (its reader warnings go with the
 * next item).  Else *GROUP is its group when the selection names it. */
static gboolean
left_out (PipelineRun *run, FramingArticle *article, char **group)
{
  const Selection *sel = run->config->selection;
  *group = NULL;
  if (sel == NULL)
    return FALSE;
  if (selection_apply (sel, article) != SELECTION_KEEP)
    run->result->left_out++;
  else if (!selection_regroups (sel) || selection_group (sel, article, group))
    return FALSE;
  else
    run->result->undated++;
  article_free (article);
  return TRUE;
}

/* Compare strings through pointers to them.  For g_ptr_array_sort. */
static gint
name_compare (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The metadata fields of ARTICLE in byte order, but for the columns the
 * articles table has anyway: those of --keep all. */
static char **
all_fields (const FramingArticle *article)
{
  GPtrArray *names = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;
  if (article->meta != NULL)
    {
      g_hash_table_iter_init (&it, article->meta);
      while (g_hash_table_iter_next (&it, &key, NULL))
        if (!tables_fixed_column (key))
          g_ptr_array_add (names, g_strdup (key));
    }
  g_ptr_array_sort (names, name_compare);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

/* ARTICLE's values of the articles table's metadata fields (NULL when it
 * has none), taken now, while the article is here: only these, so the
 * memory of a run does not grow with the metadata it does not write.
 * With --keep all the first article read names the fields. */
static char **
keep_values (PipelineRun *run, const FramingArticle *article)
{
  const PipelineConfig *c = run->config;
  if (!c->keep_scores || (c->keep == NULL && !c->keep_all))
    return NULL;
  if (run->result->keep == NULL)
    run->result->keep = all_fields (article);
  char **keep = run->result->keep;
  guint n = g_strv_length (keep);
  char **values = g_new0 (char *, n + 1);
  for (guint k = 0; k < n; k++)
    values[k] = g_strdup (article_meta_or (article, keep[k], ""));
  return values;
}

/* The next item of READER, or NULL at the end. */
static Item *
read_item (PipelineRun *run, InputReader *reader)
{
  g_autoptr (GError) error = NULL;
  FramingArticle *article = NULL;
  g_autofree char *group = NULL;
  InputStatus status;
  do
    status = input_reader_next (reader, &article, &error);
  while (status == INPUT_ARTICLE && left_out (run, article, &group));
  if (status == INPUT_DONE)
    return NULL;
  Item *item = g_new0 (Item, 1);
  item->index = run->next_index++;
  item->warnings = g_steal_pointer (&run->warnings);
  if (status == INPUT_BAD)
    {
      item->bad = g_strdup (error->message);
      return item;
    }
  item->article = article;
  item->where = g_strdup (article->where);
  item->group = g_steal_pointer (&group);
  item->kept = keep_values (run, article);
  item->invalid_utf8 = article->invalid_utf8;
  item->repeated_lines = article->repeated_lines;
  item->bytes = article->len;
  return item;
}

/* Start N workers, each with its own scorer; FALSE and ERROR when a
 * scorer cannot be made. */
static gboolean
workers_start (PipelineRun *run, guint n, GError **error)
{
  const PipelineConfig *c = run->config;
  run->workers = g_new0 (Worker, n);
  run->work = g_async_queue_new ();
  run->done = g_async_queue_new ();
  for (guint i = 0; i < n; i++)
    {
      Worker *w = &run->workers[i];
      w->run = run;
      w->scorer = scorer_new (c->lexicon, c->language, c->window, c->group_by,
                              run->cache, error);
      if (w->scorer == NULL)
        return FALSE;
      scorer_set_cluster_by (w->scorer, c->cluster_by);
      w->graveyard = g_async_queue_new_full (spent_free);
      w->thread = g_thread_new ("framing-worker", worker_main, w);
      run->n_workers++;
    }
  return TRUE;
}

/* Stop the workers (after the items in flight) and free what the run
 * holds. */
static void
run_clear (PipelineRun *run)
{
  while (run->pending > 0)
    wait_one (run);
  for (guint i = 0; run->batch != NULL && i < run->batch->len; i++)
    item_free (g_ptr_array_index (run->batch, i));
  g_clear_pointer (&run->batch, g_ptr_array_unref);
  for (guint i = 0; i < run->n_workers; i++)
    g_async_queue_push (run->work, &stop_batch);
  for (guint i = 0; i < run->n_workers; i++)
    g_thread_join (run->workers[i].thread);
  for (guint i = 0; run->workers != NULL && i < run->n_workers; i++)
    {
      Worker *w = &run->workers[i];
      scorer_free (w->scorer);
      if (w->spent != NULL)
        spent_free (w->spent);
      if (w->graveyard != NULL)
        g_async_queue_unref (w->graveyard);
    }
  g_free (run->workers);
  if (run->work != NULL)
    g_async_queue_unref (run->work);
  if (run->done != NULL)
    g_async_queue_unref (run->done);
  for (guint i = 0; run->ring != NULL && i <= run->flight; i++)
    item_free (run->ring[i]);
  g_free (run->ring);
  scorer_free (run->scorer);
  match_cache_free (run->cache);
  if (run->warnings != NULL)
    g_ptr_array_unref (run->warnings);
  g_mutex_clear (&run->lock);
}

/* The total size of the inputs when each is a regular file, else 0. */
static guint64
total_bytes (const PipelineConfig *config)
{
  guint64 total = 0;
  if (config->input->manifest != NULL)
    return 0;
  for (guint i = 0; i < config->n_inputs; i++)
    {
      GStatBuf st;
      if (strcmp (config->inputs[i], "-") == 0
          || g_stat (config->inputs[i], &st) != 0 || !S_ISREG (st.st_mode))
        return 0;
      total += (guint64) st.st_size;
    }
  return total;
}

/* Read every item of READER and hand each over in input order. */
static void
run_items (PipelineRun *run, InputReader *reader)
{
  run->progress = progress_new (run->config->progress,
                                total_bytes (run->config));
  Item *item;
  while (!run->failed && (item = read_item (run, reader)) != NULL)
    {
      dispatch (run, item);
      progress_update (run->progress, run->next_index,
                       input_reader_bytes (reader));
    }
  if (!run->failed)
    batch_flush (run);
  while (!run->failed && run->pending > 0)
    take_one (run);
  if (!run->failed)
    give_warnings (run, run->warnings);
  g_clear_pointer (&run->progress, progress_free);
}

PipelineResult *
pipeline_run (const PipelineConfig *config, GError **error)
{
  PipelineRun run = { .config = config, .input = *config->input };
  g_mutex_init (&run.lock);
  run.input.warn = collect_warning;
  run.input.warn_data = &run;
  guint jobs = config->jobs > 0 ? config->jobs : g_get_num_processors ();
  run.input.inflate_ahead = jobs > 1;
  run.flight = FLIGHT_PER_JOB * jobs + 1;
  run.ring = g_new0 (Item *, run.flight + 1);
  run.cache = match_cache_new (config->lexicon, 0);
  run.scorer = scorer_new (config->lexicon, config->language, config->window,
                           config->group_by, run.cache, error);
  if (run.scorer != NULL)
    scorer_set_cluster_by (run.scorer, config->cluster_by);
  g_autoptr (InputReader) reader = run.scorer == NULL ? NULL
    : input_reader_new (&run.input, config->inputs, config->n_inputs, error);
  if (reader == NULL || (jobs > 1 && !workers_start (&run, jobs - 1, error)))
    {
      run_clear (&run);
      return NULL;
    }
  g_autoptr (PipelineResult) result = pipeline_result_new (config);
  run.result = result;
  run_items (&run, reader);
  run_clear (&run);
  if (run.failed)
    {
      g_propagate_error (error, g_steal_pointer (&run.error));
      return NULL;
    }
  return g_steal_pointer (&result);
}

/* ------------------------------------------------------------------ */
/* Merging counts files.                                               */

typedef struct {
  const PipelineConfig *config;
  PipelineResult *result;
  guint64 seq;
  Dupes *texts;  /* the text keys met, unless duplicates are kept */
} Merge;

/* Take one article of a counts file, numbered in file order; one whose
 * text was met before, in this file or an earlier one, is counted once,
 * as one run over all the files would count it, with the same note. */
static void
merge_article (ArticleScore *score, gpointer user_data)
{
  Merge *m = user_data;
  if (m->texts != NULL && score->text_key != 0)
    {
      g_autofree char *first = dupes_check (m->texts, score->text_key, score->id);
      if (first != NULL)
        {
          if (m->config->on_message != NULL && !m->config->quiet)
            {
              g_autofree char *msg = g_strdup_printf ("%s: same text as %s; counted once",
                                                      score->id, first);
              m->config->on_message (msg, m->config->message_data);
            }
          article_score_free (score);
          return;
        }
    }
  map_group (m->config, score);
  score->seq = m->seq++;
  pipeline_take_score (m->config, m->result, score);
}

/* Add a counts file's TOTALS to RESULT. */
static void
merge_totals (PipelineResult *result, const CountsTotals *t)
{
  result->invalid_utf8 += t->invalid_utf8;
  result->repeated_lines += t->repeated_lines;
  result->articles_with_repeats += t->articles_with_repeats;
  result->bad_inputs += t->bad_inputs;
  result->empty_articles += t->empty_articles;
  for (guint i = 0; i < t->skipped->len && result->skipped->len < SKIPPED_NAMED; i++)
    g_ptr_array_add (result->skipped, g_strdup (g_ptr_array_index (t->skipped, i)));
}

PipelineResult *
pipeline_merge_counts (const PipelineConfig *config, const char *const *files,
                       guint n_files, GError **error)
{
  g_autoptr (PipelineResult) result = pipeline_result_new (config);
  g_autoptr (Dupes) texts = config->input != NULL && config->input->keep_duplicates
    ? NULL : dupes_new ();
  Merge m = { config, result, 0, texts };
  CountsSettings settings = { config->lexicon, config->language,
                              config->window, config->group_by,
                              config->cluster_by };
  for (guint i = 0; i < n_files; i++)
    {
      CountsTotals totals;
      gboolean ok = counts_read (files[i], &settings, merge_article, &m,
                                 &totals, error);
      if (ok)
        merge_totals (result, &totals);
      g_ptr_array_unref (totals.skipped);
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&result);
}

gboolean
pipeline_write_counts_end (const PipelineConfig *config,
                           const PipelineResult *result, GError **error)
{
  CountsTotals t = {
    .articles = result->articles, .invalid_utf8 = result->invalid_utf8,
    .repeated_lines = result->repeated_lines,
    .articles_with_repeats = result->articles_with_repeats,
    .bad_inputs = result->bad_inputs, .empty_articles = result->empty_articles,
    .skipped = result->skipped,
  };
  return counts_writer_finish (config->counts, &t, error);
}
