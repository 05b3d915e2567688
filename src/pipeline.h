/* pipeline.h - one run over a corpus: read every input, score each
 * article, and hand the results to the comparison stages.
 *
 * The pipeline owns the order of events and the handling of bad inputs
 * (report and skip, or stop under --strict); the program (main.c and its
 * cmd-*.c) owns the options, the outputs and the words on standard error.  The pipeline prints nothing
 * itself: a run that must stop sets a GError, and the warnings and skip
 * messages of a run that goes on are handed to the config's on_message
 * callback, in input order.  (The --progress line, a terminal display
 * that is redrawn in place, is drawn by progress.c; the pipeline erases
 * it before it hands over a message.)
 */
#ifndef FRAMING_PIPELINE_H
#define FRAMING_PIPELINE_H

#include <glib.h>

#include "counts.h"
#include "input.h"
#include "kwic.h"
#include "lexicon.h"
#include "match.h"
#include "profile.h"
#include "progress.h"
#include "score.h"
#include "selection.h"
#include "spill.h"
#include "tables.h"
#include "text.h"

G_BEGIN_DECLS

/* Called for every scored article with its tokens and hits (valid only
 * during the call); SCORE's group is already mapped.  With several jobs
 * it runs in the worker threads, one call at a time (under a lock), in no
 * particular order: SCORE->seq gives the article's place in input order. */
typedef void (*PipelineArticleFunc) (const ArticleScore *score,
                                     const FramingTokens *toks,
                                     const GArray *hits, gpointer user_data);

/* A message of a run that goes on ("FILE: N invalid UTF-8 sequences
 * replaced", "FILE:LINE: why; skipped"), without the "framing: " prefix.
 * Called in the calling thread of pipeline_run (), in input order, never
 * under quiet. */
typedef void (*PipelineMessageFunc) (const char *message, gpointer user_data);

typedef struct {
  const FramingLexicon *lexicon; /* borrowed */
  const char *language;
  const char *group_by;          /* metadata field of the groups */
  GHashTable *group_map;         /* from -> to, or NULL (borrowed) */
  const char *cluster_by;        /* metadata field of the clusters, or
                                    NULL: every article a cluster of its
                                    own (docs/DESIGN.md, "The numbers") */
  const Selection *selection;    /* --where filters, several group fields,
                                    periods, or NULL (borrowed) */
  const InputOptions *input;
  const char *const *inputs;
  guint n_inputs;
  guint window;                  /* --negation-window */
  gboolean strict;
  gboolean quiet;
  gboolean keep_scores;          /* make the articles table (result->articles) */
  const char *const *keep;       /* its metadata fields (--keep), or NULL */
  gboolean keep_all;             /* --keep all: the fields of the first
                                    article read (result->keep) */
  gboolean wide;                 /* its rows one per article (--wide) */
  guint jobs;                    /* worker threads; 0: one per online core */
  ProgressMode progress;         /* --progress */
  CountsWriter *counts;          /* write every score to it, or NULL */
  Profile *profile;              /* add every score to it, or NULL */
  KwicExamples *examples;        /* offer examples to it, or NULL */
  PipelineArticleFunc on_article;/* or NULL */
  gpointer user_data;
  PipelineMessageFunc on_message;/* or NULL: messages are dropped */
  gpointer message_data;
} PipelineConfig;

typedef struct {
  Spill *articles_table;    /* rows of the articles table (keep_scores) */
  guint articles;           /* articles scored */
  guint64 tokens;
  guint64 invalid_utf8;     /* sequences replaced */
  guint64 repeated_lines;   /* lines skipped */
  guint articles_with_repeats;
  guint bad_inputs;         /* inputs skipped as bad */
  guint empty_articles;     /* articles skipped as empty */
  guint left_out;           /* articles a --where filter left out */
  guint undated;            /* articles left out of the periods (--period)
                               for want of a readable date */
  GPtrArray *skipped;       /* char*: the first skipped inputs' messages */
  char **keep;              /* the metadata fields of the articles table
                               (config->keep, or those --keep all found),
                               or NULL */
} PipelineResult;

/* The layout of RESULT's articles table under CONFIG, for tables_write ()
 * (valid while both are). */
TablesLayout pipeline_layout (const PipelineConfig *config,
                              const PipelineResult *result);

void pipeline_result_free (PipelineResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PipelineResult, pipeline_result_free)

/* Run CONFIG (CONFIG->input->warn is not called: the reader's warnings
 * go to CONFIG->on_message).  NULL and ERROR when the run had to stop:
 * the inputs could not be opened, or --strict met a bad input (ERROR is
 * then the input's message, "FILE[:LINE]: why"). */
PipelineResult *pipeline_run (const PipelineConfig *config, GError **error);

/* An empty result for CONFIG (for runs that do not read articles, such
 * as a merge of counts files). */
PipelineResult *pipeline_result_new (const PipelineConfig *config);

/* Account for one scored article, in input order: counts, profile,
 * articles table, counts file.  Takes SCORE over (its seq must be set). */
void pipeline_take_score (const PipelineConfig *config,
                          PipelineResult *result, ArticleScore *score);

/* Merge the counts files FILES (N_FILES of them, in that order) as if
 * their articles had been read in one run.  NULL and ERROR when a file
 * cannot be read or does not fit CONFIG. */
PipelineResult *pipeline_merge_counts (const PipelineConfig *config,
                                       const char *const *files,
                                       guint n_files, GError **error);

/* Write the closing rows of CONFIG's counts file from RESULT; FALSE and
 * ERROR as counts_writer_finish() on a write error. */
gboolean pipeline_write_counts_end (const PipelineConfig *config,
                                    const PipelineResult *result,
                                    GError **error);

/* groupmap.c: read a --group-map CSV (from,to rows; a header row "from,to" is
 * skipped).  NULL and ERROR ("FILE:LINE: why") when it cannot be read, a
 * row has not two cells, a name is mapped two ways, or two rows make a
 * chain (a,b and b,c). */
GHashTable *pipeline_load_group_map (const char *path, GError **error);

G_END_DECLS

#endif /* FRAMING_PIPELINE_H */
