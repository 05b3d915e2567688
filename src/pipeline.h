/* pipeline.h - one run over a corpus: read every input, score each
 * article, and hand the results to the comparison stages.
 *
 * The pipeline owns the order of events and the handling of bad inputs
 * (report and skip, or stop under --strict); main.c owns the options and
 * the outputs.  Messages go to standard error as "framing: ...".
 */
#ifndef FRAMING_PIPELINE_H
#define FRAMING_PIPELINE_H

#include <glib.h>

#include "input.h"
#include "kwic.h"
#include "lexicon.h"
#include "match.h"
#include "profile.h"
#include "score.h"
#include "text.h"

G_BEGIN_DECLS

/* Called for every scored article with its tokens and hits (valid only
 * during the call); SCORE's group is already mapped. */
typedef void (*PipelineArticleFunc) (const ArticleScore *score,
                                     const FramingTokens *toks,
                                     const GArray *hits, gpointer user_data);

typedef struct {
  const FramingLexicon *lexicon; /* borrowed */
  const char *language;
  const char *group_by;          /* metadata field of the groups */
  GHashTable *group_map;         /* from -> to, or NULL (borrowed) */
  const InputOptions *input;
  const char *const *inputs;
  guint n_inputs;
  guint window;                  /* --negation-window */
  gboolean strict;
  gboolean quiet;
  gboolean keep_scores;          /* keep every ArticleScore (articles table) */
  Profile *profile;              /* add every score to it, or NULL */
  KwicExamples *examples;        /* offer examples to it, or NULL */
  PipelineArticleFunc on_article;/* or NULL */
  gpointer user_data;
} PipelineConfig;

typedef struct {
  GPtrArray *scores;        /* ArticleScore*, in table order (keep_scores) */
  guint articles;           /* articles scored */
  guint64 tokens;
  guint64 invalid_utf8;     /* sequences replaced */
  guint64 repeated_lines;   /* lines skipped */
  guint articles_with_repeats;
  guint bad_inputs;         /* inputs skipped as bad */
  guint empty_articles;     /* articles skipped as empty */
  GPtrArray *skipped;       /* char*: the first skipped inputs' messages */
} PipelineResult;

void pipeline_result_free (PipelineResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PipelineResult, pipeline_result_free)

/* Run CONFIG.  NULL when the run had to stop (already reported on
 * standard error): the inputs could not be opened, or --strict met a bad
 * input. */
PipelineResult *pipeline_run (const PipelineConfig *config);

/* Read a --group-map CSV (from,to rows; a header row "from,to" is
 * skipped).  NULL and ERROR ("FILE:LINE: why") when it cannot be read or
 * a row has not two cells. */
GHashTable *pipeline_load_group_map (const char *path, GError **error);

/* Print "framing: MESSAGE" on standard error. */
void pipeline_say (const char *format, ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS

#endif /* FRAMING_PIPELINE_H */
