/* main.c - the framing program: options, dispatch to the commands, and
 * the outputs of each command.  The work itself lives in libframing (the
 * pipeline module drives it); see framing(1).
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "chart.h"
#include "counts.h"
#include "csv.h"
#include "framing.h"
#include "gold.h"
#include "html.h"
#include "input.h"
#include "kwic.h"
#include "lexicon.h"
#include "output.h"
#include "paths.h"
#include "pipeline.h"
#include "profile.h"
#include "report.h"
#include "score.h"
#include "stem.h"
#include "tables.h"
#include "text.h"

enum { EXIT_USAGE = 2 };

#define MAX_JOBS 1024
#define MAX_WINDOW 1000
#define MAX_PRESENCE 1000000
#define MAX_WIDTH 1000
#define EXAMPLES_PER_TOPIC 2
#define GOLD_EXAMPLES 10      /* --examples by default */
#define EXAMPLES_UNSET G_MININT

/* Every option of every command (each command parses its own subset). */
typedef struct {
  char **lexicons;
  char *language;
  char *group_by;
  char *group_map;
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
  char *progress;
  gboolean quiet;
  gboolean strict;
  gboolean keep_duplicates;
  gboolean counts;
  gboolean from_counts;
  gint presence;
  char **balance;
  gboolean ascii;
  char **topics;
  char **groups;
  gint width;
  gboolean csv;
  gboolean list;
  gboolean corpus;
  char *gold;
  gint examples;
  char **inputs;
} Options;

static Options opt = { .negation_window = 8, .presence = 3, .width = 30,
                        .examples = EXAMPLES_UNSET };

static const GOptionEntry input_entries[] = {
  { "lexicons", 'L', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt.lexicons,
    "Lexicon file, or directory of *.lex files (repeatable; default: the shipped set)", "DIR|FILE" },
  { "language", 'l', 0, G_OPTION_ARG_STRING, &opt.language,
    "Snowball language (default: english)", "NAME" },
  { "group-by", 'g', 0, G_OPTION_ARG_STRING, &opt.group_by,
    "Metadata field that defines the groups (default: outlet)", "FIELD" },
  { "group-map", 0, 0, G_OPTION_ARG_FILENAME, &opt.group_map,
    "CSV of from,to pairs merging group names", "FILE" },
  { "manifest", 'm', 0, G_OPTION_ARG_FILENAME, &opt.manifest,
    "CSV listing the articles (column path; outlet, date, title, ...)", "FILE" },
  { "jsonl", 0, 0, G_OPTION_ARG_NONE, &opt.jsonl,
    "Inputs are JSON Lines, one article a line", NULL },
  { "text-field", 0, 0, G_OPTION_ARG_STRING, &opt.text_field,
    "JSON field holding the text (default: text, content, body)", "NAME" },
  { "outlet-field", 0, 0, G_OPTION_ARG_STRING, &opt.outlet_field,
    "JSON field naming the outlet (default: outlet, source)", "NAME" },
  { "id-field", 0, 0, G_OPTION_ARG_STRING, &opt.id_field,
    "JSON field holding the article id (default: id)", "NAME" },
  { "title-field", 0, 0, G_OPTION_ARG_STRING, &opt.title_field,
    "JSON field holding the title (default: title)", "NAME" },
  { "negation-window", 0, 0, G_OPTION_ARG_INT, &opt.negation_window,
    "Tokens before a hit, in its clause, searched for a negator (default 8; 0: off)", "N" },
  { "jobs", 'j', 0, G_OPTION_ARG_INT, &opt.jobs,
    "Worker threads (default: online cores)", "N" },
  { "progress", 0, 0, G_OPTION_ARG_STRING, &opt.progress,
    "Progress line on standard error: auto, always or never (default: auto)", "WHEN" },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt.quiet,
    "Print no warnings or notes", NULL },
  { "strict", 0, 0, G_OPTION_ARG_NONE, &opt.strict,
    "Treat a bad or empty article as a failure", NULL },
  { "keep-duplicates", 0, 0, G_OPTION_ARG_NONE, &opt.keep_duplicates,
    "Read a file met twice, and count the same text under two names, each time", NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt.inputs,
    NULL, "INPUT..." },
  { NULL }
};

static const GOptionEntry compare_entries[] = {
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output_dir,
    "Write the tables and the report into DIR", "DIR" },
  { "csv", 0, 0, G_OPTION_ARG_STRING, &opt.csv_table,
    "Print one table as CSV instead of the report: articles, profiles, terms, distances or balance", "TABLE" },
  { "presence", 0, 0, G_OPTION_ARG_INT, &opt.presence,
    "Hits for a topic to count as present in an article (default 3)", "N" },
  { "balance", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.balance,
    "Topics to weigh against each other (repeatable; default: escalation:peace)", "A:B" },
  { "ascii", 0, 0, G_OPTION_ARG_NONE, &opt.ascii,
    "Draw the report's bars in plain ASCII", NULL },
  { "chart", 0, 0, G_OPTION_ARG_FILENAME, &opt.chart,
    "Write only the chart (SVG) to FILE instead of the report", "FILE" },
  { "from-counts", 0, 0, G_OPTION_ARG_NONE, &opt.from_counts,
    "The inputs are counts files of 'framing score --counts': merge them", NULL },
  { NULL }
};

static const GOptionEntry score_entries[] = {
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output_dir,
    "Write DIR/articles.csv instead of standard output", "DIR" },
  { "csv", 0, 0, G_OPTION_ARG_STRING, &opt.csv_table,
    "The table to print (only articles)", "TABLE" },
  { "counts", 0, 0, G_OPTION_ARG_NONE, &opt.counts,
    "Write per-article, per-entry counts for 'compare --from-counts' instead of the articles table", NULL },
  { NULL }
};

static const GOptionEntry kwic_entries[] = {
  { "csv", 0, 0, G_OPTION_ARG_NONE, &opt.csv,
    "Print CSV: group,id,topic,entry,negated,left,match,right", NULL },
  { "topic", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.topics,
    "Only hits of this topic (repeatable)", "NAME" },
  { "group", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.groups,
    "Only hits in this group (repeatable)", "NAME" },
  { "width", 0, 0, G_OPTION_ARG_INT, &opt.width,
    "Characters of context on each side (default 30; 0: the whole sentence)", "N" },
  { NULL }
};

/* --csv[=TABLE] of framing lexicon: the table, or NULL for the default
 * one (lexicon_csv_table () decides). */
static gboolean
lexicon_csv_cb (const char *name, const char *value, gpointer data,
                GError **error)
{
  (void) name, (void) data, (void) error;
  opt.csv = TRUE;
  g_free (opt.csv_table);
  opt.csv_table = g_strdup (value);
  return TRUE;
}

static const GOptionEntry lexicon_entries[] = {
  { "csv", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) lexicon_csv_cb,
    "Print CSV instead of text: the entries table, or --csv=topics; with --gold the gold table, or --csv=gold-errors or gold-suggestions", "[=TABLE]" },
  { "corpus", 0, 0, G_OPTION_ARG_NONE, &opt.corpus,
    "Match the lexicons against the INPUTs (the bundled example if none)", NULL },
  { "gold", 0, 0, G_OPTION_ARG_FILENAME, &opt.gold,
    "Measure each topic against the labelled sentences of FILE (JSON Lines, or CSV if named *.csv)", "FILE" },
  { "examples", 0, 0, G_OPTION_ARG_INT, &opt.examples,
    "With --gold: false hits, misses and suggestions shown per topic (default 10; 0: all)", "N" },
  { NULL }
};

static const GOptionEntry stem_entries[] = {
  { "language", 'l', 0, G_OPTION_ARG_STRING, &opt.language,
    "Snowball language (default: english)", "NAME" },
  { "list", 0, 0, G_OPTION_ARG_NONE, &opt.list,
    "List the languages and exit", NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.inputs,
    NULL, "WORD..." },
  { NULL }
};

/* The option values with their defaults applied. */
static const char *
language (void)
{
  return opt.language != NULL ? opt.language : "english";
}

static const char *
group_by (void)
{
  return opt.group_by != NULL ? opt.group_by : "outlet";
}

/* Report a usage error for COMMAND and return the usage exit status. */
static int G_GNUC_PRINTF (2, 3)
usage_error (const char *command, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "framing: %s\nTry 'framing%s%s --help' for more information.\n",
           msg, command != NULL ? " " : "", command != NULL ? command : "");
  return EXIT_USAGE;
}

/* Print "framing: MESSAGE" on standard error. */
static void G_GNUC_PRINTF (1, 2)
say (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "framing: %s\n", msg);
}

/* Report ERROR and return the failure exit status. */
static int
fail (const GError *error)
{
  say ("%s", error->message);
  return EXIT_FAILURE;
}

/* A message of a run that goes on: a reader's warning, a skipped input
 * (the pipeline gives none under -q). */
static void
message_cb (const char *message, gpointer user_data)
{
  (void) user_data;
  say ("%s", message);
}

/* Whether V lies in [LO, HI]. */
static gboolean
in_range (gint v, gint lo, gint hi)
{
  return v >= lo && v <= hi;
}

/* Check the values of the common options; returns 0 or the usage status. */
static int
check_options (const char *command)
{
  if (!in_range (opt.jobs, 0, MAX_JOBS))
    return usage_error (command, "bad value for --jobs: %d (a whole number from 1 to %d, "
                        "or 0 for one per core)", opt.jobs, MAX_JOBS);
  if (!in_range (opt.negation_window, 0, MAX_WINDOW))
    return usage_error (command, "bad value for --negation-window: %d (a whole number "
                        "from 0 to %d)", opt.negation_window, MAX_WINDOW);
  if (!in_range (opt.presence, 1, MAX_PRESENCE))
    return usage_error (command, "bad value for --presence: %d (a whole number from 1 "
                        "to %d)", opt.presence, MAX_PRESENCE);
  if (!in_range (opt.width, 0, MAX_WIDTH) || (opt.width > 0 && opt.width < 4))
    return usage_error (command, "bad value for --width: %d (0, or a whole number "
                        "from 4 to %d)", opt.width, MAX_WIDTH);
  if (opt.progress != NULL && strcmp (opt.progress, "auto") != 0
      && strcmp (opt.progress, "always") != 0 && strcmp (opt.progress, "never") != 0)
    return usage_error (command, "bad value for --progress: '%s' (auto, always or never)",
                        opt.progress);
  if (opt.group_by != NULL && *opt.group_by == '\0')
    return usage_error (command, "--group-by needs a field name");
  /* Metadata keys are lower case (input.h), so the field name is too. */
  for (char *c = opt.group_by; c != NULL && *c != '\0'; c++)
    *c = g_ascii_tolower (*c);
  return 0;
}

/* Split "-jN" into "-j" "N" in *ARGV (GOption takes a short option's
 * value only as the next argument; make and xargs users write -j4).  The
 * new vector lives until the program ends. */
static void
split_jobs_value (int *argc, char ***argv)
{
  GPtrArray *args = g_ptr_array_new ();
  for (int i = 0; i < *argc; i++)
    {
      const char *a = (*argv)[i];
      if (strcmp (a, "--") == 0)
        {
          for (; i < *argc; i++)
            g_ptr_array_add (args, (*argv)[i]);
          break;
        }
      if (strncmp (a, "-j", 2) == 0 && g_ascii_isdigit (a[2]))
        {
          g_ptr_array_add (args, (char *) "-j");
          g_ptr_array_add (args, (char *) a + 2);
        }
      else
        g_ptr_array_add (args, (*argv)[i]);
    }
  *argc = (int) args->len;
  g_ptr_array_add (args, NULL);
  /* Kept in a static so that it stays reachable (LeakSanitizer). */
  static char **split_argv;
  g_free (split_argv);
  *argv = split_argv = (char **) g_ptr_array_free (args, FALSE);
}

/* Parse ARGV for COMMAND with the option ENTRIES (plus the input options
 * when WITH_INPUT); returns 0 or the usage exit status. */
static int
parse_command (const char *command, const char *params, const char *summary,
               const GOptionEntry *entries, gboolean with_input,
               int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("%s %s", command, params);
  g_autoptr (GOptionContext) ctx = g_option_context_new (title);
  g_option_context_set_summary (ctx, summary);
  g_option_context_set_description (ctx, "See framing(1) for the details.");
  if (entries != NULL)
    g_option_context_add_main_entries (ctx, entries, NULL);
  if (with_input)
    g_option_context_add_main_entries (ctx, input_entries, NULL);
  /* The command name is argv[0] for GOption. */
  if (with_input)
    split_jobs_value (argc, argv);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    return usage_error (command, "%s", error->message);
  return with_input ? check_options (command) : 0;
}

/* Load the lexicons named by -L, or the shipped ones. */
static FramingLexicon *
load_lexicons (FramingStemmer *stemmer, GError **error)
{
  if (opt.lexicons != NULL && opt.lexicons[0] != NULL)
    return lexicon_load ((const char *const *) opt.lexicons,
                         g_strv_length (opt.lexicons), stemmer, error);
  g_autofree char *dir = paths_lexicon_dir ();
  const char *paths[] = { dir };
  return lexicon_load (paths, 1, stemmer, error);
}

/* What a command run needs before it reads articles. */
typedef struct {
  FramingStemmer *stemmer;
  FramingLexicon *lexicon;
  GHashTable *group_map;
  char *example;           /* the bundled manifest, when it is the input */
  InputOptions input;
  PipelineConfig config;
} CommandRun;

/* Free what RUN holds. */
static void
run_clear (CommandRun *run)
{
  lexicon_free (run->lexicon);
  stem_free (run->stemmer);
  if (run->group_map != NULL)
    g_hash_table_unref (run->group_map);
  g_free (run->example);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CommandRun, run_clear)

/* Prepare RUN for COMMAND: language, lexicons, group map, inputs (the
 * bundled example when there are none).  Returns 0 or an exit status. */
static int
run_prepare (CommandRun *run, const char *command)
{
  g_autoptr (GError) error = NULL;
  run->stemmer = stem_new (language (), &error);
  if (run->stemmer == NULL)
    return usage_error (command, "%s", error->message);
  run->lexicon = load_lexicons (run->stemmer, &error);
  if (run->lexicon == NULL)
    return fail (error);
  if (opt.group_map != NULL
      && (run->group_map = pipeline_load_group_map (opt.group_map, &error)) == NULL)
    return fail (error);

  guint n = opt.inputs != NULL ? g_strv_length (opt.inputs) : 0;
  run->input = (InputOptions) {
    .manifest = opt.manifest, .jsonl = opt.jsonl,
    .text_field = opt.text_field, .outlet_field = opt.outlet_field,
    .id_field = opt.id_field, .title_field = opt.title_field,
    .keep_duplicates = opt.keep_duplicates,
  };
  if (n == 0 && opt.manifest == NULL)
    run->input.manifest = run->example = paths_example_manifest ();
  run->config = (PipelineConfig) {
    .lexicon = run->lexicon, .language = language (), .group_by = group_by (),
    .group_map = run->group_map, .input = &run->input,
    .inputs = (const char *const *) opt.inputs, .n_inputs = n,
    .window = (guint) opt.negation_window, .strict = opt.strict,
    .quiet = opt.quiet, .jobs = (guint) opt.jobs,
    .on_message = message_cb,
  };
  progress_parse_mode (opt.progress, &run->config.progress);
  return 0;
}

/* Closing notes on standard error about what was skipped. */
static void
report_notes (const PipelineResult *result)
{
  if (opt.quiet)
    return;
  if (result->repeated_lines > 0)
    say ("note: %" G_GUINT64_FORMAT " repeated line%s skipped in %u article%s",
                  result->repeated_lines, result->repeated_lines == 1 ? "" : "s",
                  result->articles_with_repeats,
                  result->articles_with_repeats == 1 ? "" : "s");
  if (result->bad_inputs > 0)
    say ("note: %u bad input%s skipped", result->bad_inputs,
                  result->bad_inputs == 1 ? "" : "s");
  if (result->empty_articles > 0)
    say ("note: %u empty article%s skipped", result->empty_articles,
                  result->empty_articles == 1 ? "" : "s");
}

/* RESULT (owned) if it scored an article; else NULL, reported (ERROR
 * when RESULT is NULL).  The notes of a run (skipped inputs, repeated
 * lines...) are given either way. */
static PipelineResult *
checked_result (PipelineResult *result, const GError *error)
{
  g_autoptr (PipelineResult) owned = result;
  if (owned == NULL)
    {
      fail (error);
      return NULL;
    }
  report_notes (owned);
  if (owned->articles == 0)
    {
      say ("no article with any token to score");
      return NULL;
    }
  return g_steal_pointer (&owned);
}

/* Run the pipeline of RUN; NULL (reported) when it stopped or scored no
 * article. */
static PipelineResult *
run_pipeline (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  PipelineResult *result = pipeline_run (&run->config, &error);
  return checked_result (result, error);
}

/* Merge the counts files named as inputs (compare --from-counts); NULL
 * (reported) when one is bad or they hold no article. */
static PipelineResult *
merge_counts (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  PipelineResult *result = pipeline_merge_counts (&run->config,
                                                  run->config.inputs,
                                                  run->config.n_inputs, &error);
  return checked_result (result, error);
}

/* Whether finish_stdout() has closed standard output. */
static gboolean stdout_closed;

/* Close standard output, reporting a write error; returns the status.  A
 * closed pipe (framing ... | head) ends the run quietly, with status 1. */
static int
finish_stdout (int status)
{
  g_autoptr (GError) error = NULL;
  stdout_closed = TRUE;
  if (output_close_stream (stdout, "standard output", &error))
    return status;
  if (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_BROKEN_PIPE))
    return EXIT_FAILURE;
  return fail (error);
}

/* Report ERROR of a failed tables_write() to OUT, file NAME of DIR (DIR
 * NULL: standard output, whose write error finish_stdout() reports, a
 * closed pipe never); returns the failure status. */
static int
table_failed (FILE *out, const char *dir, const char *name,
              const GError *error)
{
  if (!ferror (out)) /* the articles could not be read back */
    say ("%s", error->message);
  if (dir == NULL)
    return finish_stdout (EXIT_FAILURE);
  if (ferror (out))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      say ("%s: %s", path, error->message);
    }
  return EXIT_FAILURE;
}

/* At exit (after --help, --version or a usage error), standard output
 * not closed yet is closed and a write error makes the status 1. */
static void
close_stdout_at_exit (void)
{
  if (!stdout_closed && finish_stdout (EXIT_SUCCESS) != EXIT_SUCCESS)
    _exit (EXIT_FAILURE);
}

/* Everything a comparison writes. */
typedef struct {
  const PipelineResult *result;
  const FramingLexicon *lexicon;
  const Profile *profile;
  const KwicExamples *examples;
  const char *source;
} Comparison;

/* The corpus of C as the reports describe it. */
static ReportCorpus
report_corpus (const Comparison *c)
{
  return (ReportCorpus) {
    .source = c->source, .group_by = group_by (),
    .negation_window = (guint) opt.negation_window,
    .invalid_utf8 = c->result->invalid_utf8,
    .repeated_lines = c->result->repeated_lines,
    .skipped = c->result->bad_inputs + c->result->empty_articles,
    .skipped_names = c->result->skipped,
  };
}

/* Write the text report of C to OUT. */
static void
write_report (FILE *out, const Comparison *c)
{
  ReportCorpus corpus = report_corpus (c);
  ReportOptions ropts = { .ascii = opt.ascii, .top_terms = 5 };
  report_write (out, c->profile, c->examples, &corpus, &ropts);
}

/* Write the one-page report of C (report.html) to OUT. */
static void
write_html (FILE *out, const Comparison *c)
{
  ReportCorpus corpus = report_corpus (c);
  ReportOptions ropts = { .ascii = opt.ascii, .top_terms = 5 };
  html_write (out, c->profile, c->examples, &corpus, &ropts);
}

/* Write the chart of C (chart.svg) to OUT. */
static void
write_chart (FILE *out, const Comparison *c)
{
  ChartOptions copts = { .source = c->source, .group_by = group_by () };
  chart_write (out, c->profile, &copts);
}

/* Write only the chart of C to FILE (--chart), atomically. */
static int
write_chart_file (const Comparison *c, const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *name = g_path_get_basename (file);
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  FILE *out = set != NULL ? output_set_add (set, name, &error) : NULL;
  if (out == NULL)
    return fail (error);
  write_chart (out, c);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Write every table and the report into -o DIR, all or nothing. */
static int
write_output_dir (const Comparison *c, const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OutputSet) set = output_set_new (dir, &error);
  if (set == NULL)
    return fail (error);
  for (const char *const *t = tables_names; *t != NULL; t++)
    {
      g_autofree char *name = g_strconcat (*t, ".csv", NULL);
      FILE *out = output_set_add (set, name, &error);
      if (out == NULL)
        return fail (error);
      if (!tables_write (out, *t, c->result->articles_table, c->lexicon,
                         c->profile, &error))
        return table_failed (out, dir, name, error);
    }
  FILE *out = output_set_add (set, "report.txt", &error);
  if (out == NULL)
    return fail (error);
  write_report (out, c);
  if ((out = output_set_add (set, "chart.svg", &error)) == NULL)
    return fail (error);
  write_chart (out, c);
  if ((out = output_set_add (set, "report.html", &error)) == NULL)
    return fail (error);
  write_html (out, c);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Parse the --balance pairs (default escalation:peace when both topics
 * exist) into PAIRS; returns 0 or the usage status. */
static int
parse_balance (const FramingLexicon *lexicon, GArray *pairs)
{
  if (opt.balance == NULL || opt.balance[0] == NULL)
    {
      int a = lexicon_find_topic (lexicon, "escalation");
      int b = lexicon_find_topic (lexicon, "peace");
      if (a >= 0 && b >= 0)
        g_array_append_val (pairs, ((ProfilePair) { (guint) a, (guint) b }));
      return 0;
    }
  for (char **p = opt.balance; *p != NULL; p++)
    {
      g_auto (GStrv) parts = g_strsplit (*p, ":", -1);
      int a = g_strv_length (parts) == 2 ? lexicon_find_topic (lexicon, parts[0]) : -1;
      int b = a >= 0 ? lexicon_find_topic (lexicon, parts[1]) : -1;
      if (a < 0 || b < 0 || a == b)
        return usage_error ("compare", "bad value for --balance: '%s' (two different "
                            "topics of the lexicons, as A:B)", *p);
      g_array_append_val (pairs, ((ProfilePair) { (guint) a, (guint) b }));
    }
  return 0;
}

/* What was read, for the report: the inputs, or the manifest. */
static char *
describe_source (const CommandRun *run)
{
  if (run->example != NULL)
    return g_strdup ("the bundled example corpus");
  g_autoptr (GString) s = g_string_new (NULL);
  if (opt.manifest != NULL)
    g_string_append (s, opt.manifest);
  for (char **in = opt.inputs; in != NULL && *in != NULL; in++)
    g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", *in);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* framing compare: per-group framing profiles. */
static int
cmd_compare (int argc, char **argv)
{
  int rc = parse_command ("compare", "[INPUT...]",
                          "Compare the framing of groups of articles (by outlet by default).",
                          compare_entries, TRUE, &argc, &argv);
  if (rc != 0)
    return rc;
  if (opt.csv_table != NULL && !tables_known (opt.csv_table))
    return usage_error ("compare", "unknown table '%s' (articles, profiles, terms, "
                        "distances or balance)", opt.csv_table);
  if (opt.from_counts && (opt.inputs == NULL || opt.inputs[0] == NULL))
    return usage_error ("compare", "--from-counts needs the counts files to merge");

  g_auto (CommandRun) run = { 0 };
  if ((rc = run_prepare (&run, "compare")) != 0)
    return rc;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (ProfilePair));
  if ((rc = parse_balance (run.lexicon, pairs)) != 0)
    return rc;
  ProfileOptions popts = {
    .presence = (guint) opt.presence, .resamples = PROFILE_RESAMPLES,
    .seed = PROFILE_SEED, .balance = (const ProfilePair *) pairs->data,
    .n_balance = pairs->len,
    .jobs = opt.jobs > 0 ? (guint) opt.jobs : g_get_num_processors (),
  };
  g_autoptr (Profile) profile = profile_new (run.lexicon, &popts);
  /* Counts files keep no text, so a merge has no example sentences. */
  g_autoptr (KwicExamples) examples = opt.from_counts ? NULL
    : kwic_examples_new (EXAMPLES_PER_TOPIC);
  run.config.profile = profile;
  run.config.examples = examples;
  /* The per-article rows go only into -o's articles.csv and --csv articles. */
  run.config.keep_scores = opt.output_dir != NULL
                           || g_strcmp0 (opt.csv_table, "articles") == 0;
  g_autoptr (PipelineResult) result = opt.from_counts ? merge_counts (&run)
                                                      : run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  profile_finish (profile);

  g_autofree char *source = describe_source (&run);
  Comparison c = { result, run.lexicon, profile, examples, source };
  if (opt.output_dir != NULL && (rc = write_output_dir (&c, opt.output_dir)) != 0)
    return rc;
  if (opt.chart != NULL && (rc = write_chart_file (&c, opt.chart)) != 0)
    return rc;
  if (opt.csv_table != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!tables_write (stdout, opt.csv_table, result->articles_table,
                         run.lexicon, profile, &error))
        return table_failed (stdout, NULL, NULL, error);
    }
  else if (opt.output_dir == NULL && opt.chart == NULL)
    write_report (stdout, &c);
  return finish_stdout (EXIT_SUCCESS);
}

/* framing score --counts: the counts file on standard output, or as
 * DIR/counts.csv with -o. */
static int
score_counts (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OutputSet) set = NULL;
  FILE *out = stdout;
  if (opt.output_dir != NULL)
    {
      set = output_set_new (opt.output_dir, &error);
      out = set != NULL ? output_set_add (set, "counts.csv", &error) : NULL;
      if (out == NULL)
        return fail (error);
    }
  CountsSettings settings = { run->lexicon, language (),
                              (guint) opt.negation_window, group_by () };
  g_autoptr (CountsWriter) counts = counts_writer_new (out, &settings);
  run->config.counts = counts;
  /* A shard with no article is no failure: its counts add nothing. */
  g_autoptr (PipelineResult) result = pipeline_run (&run->config, &error);
  if (result == NULL)
    return fail (error);
  report_notes (result);
  gboolean written = pipeline_write_counts_end (&run->config, result);
  int e = errno;
  if (set == NULL)
    return finish_stdout (EXIT_SUCCESS);
  if (!written)
    {
      /* counts_writer_finish () leaves errno: the file's write error */
      g_autofree char *path = g_build_filename (opt.output_dir, "counts.csv",
                                                NULL);
      say ("%s: write error: %s", path, g_strerror (e));
      return EXIT_FAILURE;
    }
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* framing score: one row per article and topic. */
static int
cmd_score (int argc, char **argv)
{
  int rc = parse_command ("score", "[INPUT...]",
                          "Score each article against each topic (articles.csv rows).",
                          score_entries, TRUE, &argc, &argv);
  if (rc != 0)
    return rc;
  if (opt.csv_table != NULL && strcmp (opt.csv_table, "articles") != 0)
    return usage_error ("score", "framing score prints only the articles table, not '%s'",
                        opt.csv_table);
  if (opt.counts && opt.csv_table != NULL)
    return usage_error ("score", "--counts and --csv cannot go together");

  g_auto (CommandRun) run = { 0 };
  if ((rc = run_prepare (&run, "score")) != 0)
    return rc;
  if (opt.counts)
    return score_counts (&run);
  run.config.keep_scores = TRUE;
  g_autoptr (PipelineResult) result = run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;

  g_autoptr (GError) error = NULL;
  if (opt.output_dir == NULL)
    {
      if (!tables_write (stdout, "articles", result->articles_table,
                         run.lexicon, NULL, &error))
        return table_failed (stdout, NULL, NULL, error);
      return finish_stdout (EXIT_SUCCESS);
    }
  g_autoptr (OutputSet) set = output_set_new (opt.output_dir, &error);
  FILE *out = set != NULL ? output_set_add (set, "articles.csv", &error) : NULL;
  if (out == NULL)
    return fail (error);
  if (!tables_write (out, "articles", result->articles_table, run.lexicon,
                     NULL, &error))
    return table_failed (out, opt.output_dir, "articles.csv", error);
  if (!output_set_commit (set, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Hand the hits of one scored article to the kwic table. */
static void
kwic_collect (const ArticleScore *score, const FramingTokens *toks,
              const GArray *hits, gpointer user_data)
{
  kwic_table_add (user_data, score, toks, hits);
}

/* framing kwic: every lexicon hit in its context. */
static int
cmd_kwic (int argc, char **argv)
{
  int rc = parse_command ("kwic", "[INPUT...]",
                          "Show every lexicon hit in its sentence (keyword in context).",
                          kwic_entries, TRUE, &argc, &argv);
  if (rc != 0)
    return rc;
  g_auto (CommandRun) run = { 0 };
  if ((rc = run_prepare (&run, "kwic")) != 0)
    return rc;
  for (char **t = opt.topics; t != NULL && *t != NULL; t++)
    if (lexicon_find_topic (run.lexicon, *t) < 0)
      return usage_error ("kwic", "unknown topic '%s'", *t);
  g_autoptr (KwicTable) table = kwic_table_new (run.lexicon, opt.groups,
                                                opt.topics, (guint) opt.width);
  run.config.on_article = kwic_collect;
  run.config.user_data = table;
  g_autoptr (PipelineResult) result = run_pipeline (&run);
  if (result == NULL)
    return EXIT_FAILURE;
  kwic_table_write (table, stdout, opt.csv);
  return finish_stdout (EXIT_SUCCESS);
}

/* Hand the hits of one scored article to the lexicon audit. */
static void
lexicon_collect (const ArticleScore *score, const FramingTokens *toks,
                 const GArray *hits, gpointer user_data)
{
  (void) toks;
  audit_add (user_data, score->tokens, (const MatchHit *) (void *) hits->data,
             hits->len);
}

/* Warn about the entries dropped as duplicates (silenced by -q). */
static void
warn_duplicates (const FramingLexicon *lexicon)
{
  if (opt.quiet)
    return;
  g_autoptr (GPtrArray) messages = audit_duplicate_warnings (lexicon);
  for (guint i = 0; i < messages->len; i++)
    say ("%s", (const char *) g_ptr_array_index (messages, i));
}

/* Report a failed write of ERROR to standard output (quietly for a
 * closed pipe); returns the failure status. */
static int
stdout_write_failed (const GError *error)
{
  stdout_closed = TRUE;
  fclose (stdout);
  if (!g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_BROKEN_PIPE))
    say ("standard output: %s", error->message);
  return EXIT_FAILURE;
}

/* Warn about the topics that SET does not label (silenced by -q). */
static void
warn_unlabelled (const GoldSet *set, const FramingLexicon *lexicon)
{
  for (guint t = 0; t < set->n_topics && !opt.quiet; t++)
    if (!set->labelled[t])
      say ("%s: warning: no '%s' label field: topic %s left out", set->file,
                    ((const LexTopic *) lexicon->topics->pdata[t])->name,
                    ((const LexTopic *) lexicon->topics->pdata[t])->name);
}

/* framing lexicon --gold FILE: each topic measured against the labelled
 * sentences of FILE. */
static int
lexicon_gold (const CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  GoldOptions gopts = { .text_field = opt.text_field, .id_field = opt.id_field };
  g_autoptr (GoldSet) set = gold_load (opt.gold, run->lexicon, &gopts, &error);
  if (set == NULL)
    return fail (error);
  warn_unlabelled (set, run->lexicon);
  g_autoptr (GoldResult) result = gold_evaluate (set, run->lexicon, run->stemmer,
                                                 (guint) opt.negation_window,
                                                 GOLD_RESAMPLES, GOLD_SEED);
  guint examples = opt.examples == EXAMPLES_UNSET ? GOLD_EXAMPLES : (guint) opt.examples;
  gboolean ok = opt.csv_table != NULL
                ? gold_write_csv (stdout, opt.csv_table, result, &error)
                : gold_write_text (stdout, result, examples, &error);
  if (!ok)
    return stdout_write_failed (error);
  return finish_stdout (EXIT_SUCCESS);
}

/* Check the options of framing lexicon, choosing the default --csv table;
 * returns 0 or the usage status. */
static int
check_lexicon_options (void)
{
  if (opt.gold != NULL && opt.corpus)
    return usage_error ("lexicon", "--gold and --corpus cannot go together");
  if (opt.examples != EXAMPLES_UNSET && opt.gold == NULL)
    return usage_error ("lexicon", "--examples goes only with --gold");
  if (opt.examples != EXAMPLES_UNSET && opt.examples < 0)
    return usage_error ("lexicon", "bad value for --examples: %d (0 for all, or a "
                        "whole number of sentences)", opt.examples);
  if (opt.csv && opt.csv_table == NULL)
    opt.csv_table = g_strdup (opt.gold != NULL ? "gold" : "entries");
  if (opt.csv_table != NULL && opt.gold != NULL && !gold_table_known (opt.csv_table))
    return usage_error ("lexicon", "unknown table '%s' (with --gold: gold, gold-errors "
                        "or gold-suggestions)", opt.csv_table);
  if (opt.csv_table != NULL && opt.gold == NULL && !audit_table_known (opt.csv_table))
    return usage_error ("lexicon", "unknown table '%s' (entries or topics; gold, "
                        "gold-errors and gold-suggestions need --gold)", opt.csv_table);
  if (!opt.corpus && ((opt.inputs != NULL && opt.inputs[0] != NULL) || opt.manifest != NULL))
    return usage_error ("lexicon", "inputs are read only with --corpus");
  return 0;
}

/* framing lexicon: check the lexicons, with --corpus how they match, with
 * --gold how well they find labelled sentences. */
static int
cmd_lexicon (int argc, char **argv)
{
  int rc = parse_command ("lexicon", "[--corpus [INPUT...] | --gold FILE]",
                          "Check lexicons: entries, keys, duplicates, keys shared between topics;\n"
                          "with --corpus, what they match in the INPUTs; with --gold, precision,\n"
                          "recall and F1 of each topic on labelled sentences.",
                          lexicon_entries, TRUE, &argc, &argv);
  if (rc != 0 || (rc = check_lexicon_options ()) != 0)
    return rc;

  g_auto (CommandRun) run = { 0 };
  if ((rc = run_prepare (&run, "lexicon")) != 0)
    return rc;
  warn_duplicates (run.lexicon);
  if (opt.gold != NULL)
    return lexicon_gold (&run);
  g_autoptr (Audit) audit = NULL;
  g_autoptr (PipelineResult) result = NULL;
  if (opt.corpus)
    {
      audit = audit_new (run.lexicon);
      run.config.on_article = lexicon_collect;
      run.config.user_data = audit;
      if ((result = run_pipeline (&run)) == NULL)
        return EXIT_FAILURE;
    }
  if (opt.csv_table != NULL)
    audit_write_csv (stdout, opt.csv_table, run.lexicon, audit);
  else
    {
      g_autofree char *source = audit != NULL ? describe_source (&run) : NULL;
      audit_write_text (stdout, run.lexicon, audit, source);
    }
  return finish_stdout (EXIT_SUCCESS);
}

/* Print the stem of one word (folded first) on standard output. */
static void
print_stem (FramingStemmer *stemmer, const char *word, gssize len)
{
  g_autofree char *valid = g_utf8_make_valid (word, len);
  g_autofree char *folded = text_fold (valid, -1);
  puts (stem_word (stemmer, folded, -1));
}

/* Stem each line of standard input. */
static void
stem_stdin (FramingStemmer *stemmer)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline (&line, &cap, stdin)) > 0)
    {
      while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
      print_stem (stemmer, line, n);
    }
  free (line);
}

/* framing stem: the Snowball stem of each word. */
static int
cmd_stem (int argc, char **argv)
{
  int rc = parse_command ("stem", "[WORD...]",
                          "Print the Snowball stem of each word (standard input, one a line, if none).",
                          stem_entries, FALSE, &argc, &argv);
  if (rc != 0)
    return rc;
  if (opt.list)
    {
      for (const char *const *l = stem_languages (); *l != NULL; l++)
        puts (*l);
    }
  else
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FramingStemmer) stemmer = stem_new (language (), &error);
      if (stemmer == NULL)
        return usage_error ("stem", "%s", error->message);
      if (opt.inputs != NULL && opt.inputs[0] != NULL)
        for (char **w = opt.inputs; *w != NULL; w++)
          print_stem (stemmer, *w, -1);
      else
        stem_stdin (stemmer);
    }
  return finish_stdout (EXIT_SUCCESS);
}

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *synopsis;
} Command;

static const Command commands[] = {
  { "compare", cmd_compare, "compare [OPTIONS] [INPUT...]  per-group framing profiles and report" },
  { "score", cmd_score, "score   [OPTIONS] [INPUT...]  one row per article and topic" },
  { "kwic", cmd_kwic, "kwic    [OPTIONS] [INPUT...]  every lexicon hit in its context" },
  { "lexicon", cmd_lexicon, "lexicon [OPTIONS] [--corpus [INPUT...] | --gold FILE]  check or measure lexicons" },
  { "stem", cmd_stem, "stem    [-l LANG] [WORD...]   Snowball stem of each word" },
  { NULL, NULL, NULL }
};

/* framing --help. */
static int
print_help (void)
{
  printf ("Usage: framing COMMAND [OPTIONS] [INPUT...]\n"
          "Show how news outlets frame the same story: score articles against\n"
          "topic lexicons (escalation, peace, aid, casualties, or your own).\n\n"
          "Commands:\n");
  for (const Command *c = commands; c->name != NULL; c++)
    printf ("  framing %s\n", c->synopsis);
  printf ("\nWith no INPUT, compare, score, kwic and lexicon --corpus read the bundled\n"
          "example corpus.\n"
          "'framing COMMAND --help' lists a command's options; framing(1) has the details.\n");
  return EXIT_SUCCESS;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  atexit (close_stdout_at_exit);

  if (argc < 2)
    return usage_error (NULL, "a command is needed");
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    return print_help ();
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("framing %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  for (const Command *c = commands; c->name != NULL; c++)
    if (strcmp (argv[1], c->name) == 0)
      return c->run (argc - 1, argv + 1);
  return usage_error (NULL, "unknown command '%s'", argv[1]);
}
