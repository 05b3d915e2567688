/* cli.h - what the files of the framing program share (not part of
 * libframing): the options of every command, the messages, standard
 * output, a command's run over the inputs, and the commands themselves.
 *
 * main.c parses the options of the command named on the command line
 * into `opt`, then calls its body: cmd_compare () in cmd-compare.c, and
 * so on, one file per command (as tmux's cmd-*.c).  The bodies share
 * the messages and standard output of main.c and the run of cli-run.c.
 * Only these files talk to the user.
 */
#ifndef FRAMING_CLI_H
#define FRAMING_CLI_H

#include <glib.h>
#include <stdio.h>

#include "input.h"
#include "lexicon.h"
#include "pipeline.h"
#include "selection.h"
#include "stem.h"
#include "xlsx.h"

G_BEGIN_DECLS

/* The exit status of a usage error (0 success, 1 failure). */
enum { EXIT_USAGE = 2 };

/* opt.examples when --examples was not given. */
#define EXAMPLES_UNSET G_MININT

/* Every option of every command (each command parses its own subset). */
typedef struct {
  char **lexicons;
  char *language;
  char *group_by;
  char *cluster;
  char *seed;
  gint resamples;
  char *group_map;
  char **where;
  char *period;
  char **keep;
  gboolean wide;
  char *manifest;
  gboolean jsonl;
  char *text_field;
  char *outlet_field;
  char *id_field;
  char *title_field;
  gint negation_window;
  gint jobs;
  char *output_dir;
  char *csv_table;
  char *chart;
  char *xlsx;        /* compare, kwic --xlsx FILE */
  char *progress;
  gboolean quiet;
  gboolean strict;
  gboolean keep_duplicates;
  gboolean counts;
  gboolean from_counts;
  gint presence;
  char **balance;
  gboolean ascii;
  char *title;       /* compare --title */
  char **topics;
  char **groups;
  gint width;
  gboolean csv;
  gboolean list;
  gboolean corpus;
  char *gold;
  gint examples;
  char *import;      /* lexicon --import FILE */
  char *export;      /* lexicon --export FORMAT */
  char *output;      /* lexicon -o: --import's directory, --export's file */
  char **inputs;
} Options;

/* The options of this run, parsed and checked by main.c. */
extern Options opt;

/* ------------------------------------------------------------------ */
/* main.c: option defaults, messages, standard output.                 */

/* The command line as given, kept before the options are parsed out of
 * it (for run.json and the reports' closing paragraph). */
extern const char *const *program_argv;

/* The option values with their defaults applied. */
const char *language (void);
const char *group_by (void);
const char *cluster_by (void); /* NULL: every article a cluster of its own */

/* Report a usage error for COMMAND (NULL: none) and return the usage
 * exit status. */
int usage_error (const char *command, const char *format, ...)
  G_GNUC_PRINTF (2, 3);

/* Print "framing: MESSAGE" on standard error. */
void say (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Print each of NOTES, the warnings a library call gathered, as a
 * message (none under -q); in cli-run.c. */
void say_notes (const GPtrArray *notes);

/* Report ERROR and return the failure exit status. */
int fail (const GError *error);

/* Close standard output, reporting a write error; returns STATUS, or
 * the failure status when the close failed.  A closed pipe (framing ...
 * | head) ends the run quietly, with status 1. */
int finish_stdout (int status);

/* Report ERROR of a writer that failed on OUT and return the failure
 * status.  A write error (OUT's error indicator is set) is named after
 * PATH, or standard output when PATH is NULL (a closed pipe quietly); any
 * other error (the articles could not be read back) has a complete
 * message.  Standard output is closed either way. */
int write_failed (FILE *out, const char *path, const GError *error);

/* ------------------------------------------------------------------ */
/* cli-run.c: a command's run over the inputs.                         */

/* What a command run needs before it reads articles. */
typedef struct {
  FramingStemmer *stemmer;
  FramingLexicon *lexicon;
  GHashTable *group_map;
  Selection *selection;    /* --where, several -g fields, --period, or NULL */
  char **keep;             /* the --keep fields, or NULL */
  char *example;           /* the bundled manifest, when it is the input */
  InputOptions input;
  PipelineConfig config;
} CommandRun;

/* Free what RUN holds. */
void run_clear (CommandRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CommandRun, run_clear)

/* Prepare RUN for COMMAND: language, lexicons, group map, inputs (the
 * bundled example when there are none).  Returns 0 or an exit status. */
int run_prepare (CommandRun *run, const char *command);

/* Run the pipeline of RUN; NULL (reported) when it stopped or scored no
 * article. */
PipelineResult *run_pipeline (CommandRun *run);

/* Merge the counts files named as inputs (compare --from-counts); NULL
 * (reported) when one is bad or they hold no article. */
PipelineResult *run_merge_counts (CommandRun *run);

/* Closing notes on standard error about what RESULT skipped. */
void run_notes (const PipelineResult *result);

/* What the groups of RUN are made of, for the reports and the chart:
 * the -g field, or its fields joined ("bias / topic"). */
const char *run_group_label (const CommandRun *run);

/* What RUN read, for the reports: the inputs, or the manifest (newly
 * allocated). */
char *run_describe_source (const CommandRun *run);

/* Seconds since 1970 that a workbook made now says it was made:
 * SOURCE_DATE_EPOCH when that is a whole number, else now. */
gint64 run_created (void);

/* The options of a run that keeps no provenance (score, kwic) for a
 * workbook's About sheet: name, value pairs, NULL-terminated. */
char **run_about_options (const CommandRun *run);

/* Tell, as notes, what Excel's limits cut from WB, written as PATH, and
 * where the whole tables are (WHOLE). */
void run_note_cuts (const Xlsx *wb, const char *path, const char *whole);

/* Report ERROR of xlsx_write () for the workbook PATH ("PATH: write
 * error: why") and return the failure status. */
int run_xlsx_failed (const char *path, const GError *error);

/* The title of RUN's reports and chart: --title, or a name made from
 * the manifest's or the inputs' file or folder names, never a path
 * (newly allocated). */
char *run_title (const CommandRun *run);

/* ------------------------------------------------------------------ */
/* The commands, each in its own file: its body, run once its options  */
/* are parsed; returns the exit status.                                */

int cmd_compare (void);  /* cmd-compare.c */
int cmd_score (void);    /* cmd-score.c */
int cmd_kwic (void);     /* cmd-kwic.c */
int cmd_lexicon (void);  /* cmd-lexicon.c */
int cmd_stem (void);     /* cmd-stem.c */

G_END_DECLS

#endif /* FRAMING_CLI_H */
