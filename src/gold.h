/* gold.h - measuring a lexicon against hand-labelled sentences, the work
 * of "framing lexicon --gold" (framing(1); framing-lexicon(5), "MEASURING
 * A LEXICON").
 *
 * A gold file is JSON Lines (one object a line) or, when its name ends in
 * ".csv", CSV with a header row.  Each record has a text field and a 0/1
 * label per topic, in a field named like the topic; an optional id field
 * names it.  A sentence is flagged for a topic when the matcher finds a
 * hit of that topic in it that is not negated; the whole text is one
 * unit, however many sentences the tokenizer sees in it.  gold_evaluate()
 * then gives per topic the confusion counts, precision, recall and F1
 * with percentile bootstrap intervals over sentences, the false hits and
 * misses with their hits marked, and suggested entries: stems of the
 * missed sentences that the negative sentences rarely have.
 *
 * Three files implement it, one concern each, and share nothing but the
 * types below: gold-read.c reads the gold file into a GoldSet, gold.c
 * measures a lexicon on it into a GoldResult, gold-write.c writes that
 * as text or CSV.
 */
#ifndef FRAMING_GOLD_H
#define FRAMING_GOLD_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "stem.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------ */
/* Reading the gold file (gold-read.c).                                */

/* Largest gold file, and longest line (JSON) or record (CSV), in bytes. */
#define GOLD_MAX_FILE_BYTES (64u * 1024u * 1024u)
#define GOLD_MAX_LINE_BYTES (1024u * 1024u)

/* Fields of the gold file; NULL: "text" and "id". */
typedef struct {
  const char *text_field;
  const char *id_field;
} GoldOptions;

/* A label of GoldSentence.labels for a topic the file does not label. */
#define GOLD_UNLABELLED 2

typedef struct {
  char *id;        /* the id field, or the line number */
  guint line;      /* where the record starts */
  char *text;      /* valid UTF-8 */
  guint8 *labels;  /* per topic of the lexicon: 0, 1 or GOLD_UNLABELLED */
} GoldSentence;

typedef struct {
  char *file;            /* as given */
  GPtrArray *sentences;  /* GoldSentence*, in file order; at least one */
  guint n_topics;        /* the lexicon's topics */
  gboolean *labelled;    /* per topic: whether the file has its label
                            field (at least one topic has) */
} GoldSet;

/* Read the gold file PATH for LEXICON's topics (borrowed; only read
 * here).  The labelled topics are those whose field the first record
 * (JSON) or the header (CSV) has; every later record must have them too.
 * Returns NULL and sets ERROR (FRAMING_ERROR domain) as "FILE: reason"
 * (cannot open, too large, empty, no topic labelled) or "FILE:LINE:
 * reason" (bad JSON, invalid UTF-8, no text, a label not 0 or 1, a line
 * longer than GOLD_MAX_LINE_BYTES, a CSV record of the wrong width). */
GoldSet *gold_load (const char *path, const FramingLexicon *lexicon,
                    const GoldOptions *opts, GError **error);

/* gold_load() on the LEN bytes at DATA, named FILE in messages, read as
 * CSV when CSV is TRUE (used by gold_load and tests). */
GoldSet *gold_parse (const char *file, const char *data, gsize len,
                     gboolean csv, const FramingLexicon *lexicon,
                     const GoldOptions *opts, GError **error);

void gold_set_free (GoldSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GoldSet, gold_set_free)

/* ------------------------------------------------------------------ */
/* Measuring a lexicon on a gold set (gold.c).                         */

/* The bootstrap: replicates and the fixed seed ("goldgold"). */
#define GOLD_RESAMPLES 1000
#define GOLD_SEED G_GUINT64_CONSTANT (0x676f6c64676f6c64)

/* A suggested stem is at least this many bytes long and is found in at
 * least this many missed sentences. */
#define GOLD_MIN_STEM_BYTES 3
#define GOLD_MIN_MISSES 2

typedef enum {
  GOLD_FALSE_HIT, /* flagged, labelled 0 */
  GOLD_MISS       /* labelled 1, not flagged */
} GoldErrorKind;

/* One sentence the lexicon got wrong for a topic. */
typedef struct {
  GoldErrorKind kind;
  char *id;       /* the sentence's id */
  char *entries;  /* spellings of the entries that flagged it (a false
                     hit) or of its negated hits (a miss), in text order,
                     each once, "; " between them; "" when none */
  char *marked;   /* the text (NFKC, control characters as spaces) with
                     the topic's hits in [[ ]] and negated ones in [[~ ]] */
} GoldError;

/* A stem that may be worth an entry. */
typedef struct {
  char *stem;
  char *form;      /* the first folded form of it in a missed sentence */
  double z;        /* log-odds z, misses against negatives */
  guint misses;    /* missed sentences that have it */
  guint negatives; /* sentences labelled 0 that have it */
} GoldSuggestion;

/* The measures of one labelled topic.  Undefined ratios are NAN. */
typedef struct {
  char *name;
  guint positives, tp, fp, fn, tn;
  double precision, recall, f1;
  double precision_ci[2], recall_ci[2], f1_ci[2]; /* 95% bootstrap */
  GPtrArray *false_hits;  /* GoldError*, in file order */
  GPtrArray *misses;      /* GoldError*, in file order */
  GArray *suggestions;    /* GoldSuggestion, largest z first */
} GoldTopic;

typedef struct {
  char *file;
  guint sentences;
  guint window;        /* the negation window used */
  guint resamples;
  GPtrArray *topics;   /* GoldTopic*, the labelled topics in lexicon order */
} GoldResult;

/* Measure LEXICON (the one SET was loaded for) on SET, matching with
 * STEMMER (the lexicon's language) and negation window WINDOW (0: off).
 * The bootstrap draws RESAMPLES (0: GOLD_RESAMPLES) replicates from a
 * stream seeded with SEED, so a result depends only on its inputs.
 * Suggested stems: in at least GOLD_MIN_MISSES missed sentences, at
 * least GOLD_MIN_STEM_BYTES long, not all digits, not the stem of a plain
 * word of an entry of the topic, and with z > 0; each stem counts once
 * per sentence (document frequency). */
GoldResult *gold_evaluate (const GoldSet *set, const FramingLexicon *lexicon,
                           FramingStemmer *stemmer, guint window,
                           guint resamples, guint64 seed);

void gold_result_free (GoldResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GoldResult, gold_result_free)

/* Precision, recall and F1 of the counts: NAN when undefined (no
 * flagged sentence; no positive; both 0). */
double gold_precision (guint tp, guint fp);
double gold_recall (guint tp, guint fn);
double gold_f1 (guint tp, guint fp, guint fn);

/* ------------------------------------------------------------------ */
/* Writing a result (gold-write.c).                                    */

/* Write RESULT to OUT as text, with at most EXAMPLES false hits, misses
 * and suggestions per topic (0: all), and flush it.  FALSE and ERROR on
 * a write error ("write error: why", for the caller to name OUT:
 * framing.h). */
gboolean gold_write_text (FILE *out, const GoldResult *result,
                          guint examples, GError **error);

/* Write table TABLE of RESULT (see gold_table_known) to OUT as CSV, every
 * row; errors as gold_write_text(). */
gboolean gold_write_csv (FILE *out, const char *table,
                         const GoldResult *result, GError **error);

/* Whether NAME is a table of gold_write_csv: gold, gold-errors or
 * gold-suggestions. */
gboolean gold_table_known (const char *name);

G_END_DECLS

#endif /* FRAMING_GOLD_H */
