/* main.c - the framing program: the options of every command, the
 * dispatch to the command named, the messages, and standard output.  The
 * body of each command is in its own file (cmd-compare.c, cmd-score.c,
 * cmd-kwic.c, cmd-lexicon.c, cmd-stem.c), what they share in cli.h and
 * cli-run.c; the work itself lives in libframing (the pipeline module
 * drives it).  See framing(1).
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "framing.h"
#include "output.h"

#define MAX_JOBS 1024
#define MAX_WINDOW 1000
#define MAX_PRESENCE 1000000
#define MAX_WIDTH 1000

Options opt = { .negation_window = 8, .presence = 3, .width = 30,
                 .examples = EXAMPLES_UNSET, .resamples = -1 };

const char *const *program_argv;

static const GOptionEntry input_entries[] = {
  { "lexicons", 'L', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt.lexicons,
    "Lexicon file, or directory of *.lex files (repeatable; default: the shipped set)", "DIR|FILE" },
  { "language", 'l', 0, G_OPTION_ARG_STRING, &opt.language,
    "Snowball language (default: english)", "NAME" },
  { "group-by", 'g', 0, G_OPTION_ARG_STRING, &opt.group_by,
    "Metadata field that defines the groups (default: outlet)", "FIELD" },
  { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.where,
    "Only articles whose FIELD is one of the VALUEs (!=: none of them), or a date in FROM..TO (repeatable; all must hold)",
    "FIELD=VALUE[,...]" },
  { "period", 0, 0, G_OPTION_ARG_STRING, &opt.period,
    "Group by the year, quarter, month or week of the date field too", "PERIOD" },
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
  /* No placeholder: each command's usage line names its own operands. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt.inputs,
    NULL, NULL },
  { NULL }
};

static const GOptionEntry compare_entries[] = {
  { "cluster", 0, 0, G_OPTION_ARG_STRING, &opt.cluster,
    "Metadata field whose articles are resampled together, or 'article' (default: outlet, or article when grouping by outlet)", "FIELD" },
  { "seed", 0, 0, G_OPTION_ARG_STRING, &opt.seed,
    "Seed of the bootstrap's random numbers (default 7382069861761836833)", "N" },
  { "resamples", 0, 0, G_OPTION_ARG_INT, &opt.resamples,
    "Bootstrap resamples for the intervals (default 1000; 0: none)", "N" },
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output_dir,
    "Write the tables and the report into DIR", "DIR" },
  { "csv", 0, 0, G_OPTION_ARG_STRING, &opt.csv_table,
    "Print one table as CSV instead of the report: articles, profiles, terms, distances, balance or pairs", "TABLE" },
  { "presence", 0, 0, G_OPTION_ARG_INT, &opt.presence,
    "Hits for a topic to count as present in an article (default 3)", "N" },
  { "balance", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.balance,
    "Topics to weigh against each other (repeatable; default: escalation:peace)", "A:B" },
  { "ascii", 0, 0, G_OPTION_ARG_NONE, &opt.ascii,
    "Draw the report's bars in plain ASCII", NULL },
  { "chart", 0, 0, G_OPTION_ARG_FILENAME, &opt.chart,
    "Write only the chart (SVG) to FILE instead of the report", "FILE" },
  { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &opt.xlsx,
    "Write only the tables as an Excel workbook to FILE instead of the report", "FILE" },
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt.title,
    "Title of the report, the page and the chart (default: the folder's or manifest's name)", "TEXT" },
  { "from-counts", 0, 0, G_OPTION_ARG_NONE, &opt.from_counts,
    "The inputs are counts files of 'framing score --counts': merge them", NULL },
  { "keep", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.keep,
    "Add these metadata fields to the articles table, or all of them (repeatable)",
    "FIELD[,...]|all" },
  { "wide", 0, 0, G_OPTION_ARG_NONE, &opt.wide,
    "One row per article in the articles table, with columns per topic", NULL },
  { NULL }
};

static const GOptionEntry score_entries[] = {
  { "cluster", 0, 0, G_OPTION_ARG_STRING, &opt.cluster,
    "With --counts: the cluster field recorded for compare (as compare's --cluster)", "FIELD" },
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output_dir,
    "Write DIR/articles.csv, framing.xlsx and datapackage.json instead of standard output", "DIR" },
  { "csv", 0, 0, G_OPTION_ARG_STRING, &opt.csv_table,
    "The table to print (only articles)", "TABLE" },
  { "counts", 0, 0, G_OPTION_ARG_NONE, &opt.counts,
    "Write per-article, per-entry counts for 'compare --from-counts' instead of the articles table", NULL },
  { "keep", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.keep,
    "Add these metadata fields to the articles table, or all of them (repeatable)",
    "FIELD[,...]|all" },
  { "wide", 0, 0, G_OPTION_ARG_NONE, &opt.wide,
    "One row per article in the articles table, with columns per topic", NULL },
  { NULL }
};

static const GOptionEntry kwic_entries[] = {
  { "csv", 0, 0, G_OPTION_ARG_NONE, &opt.csv,
    "Print CSV: group,id,topic,entry,marker,negated,left,match,right", NULL },
  { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &opt.xlsx,
    "Write the hits as an Excel workbook to FILE instead", "FILE" },
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
  { "import", 0, 0, G_OPTION_ARG_FILENAME, &opt.import,
    "Convert the dictionary FILE (LIWC .dic, quanteda .yml/.yaml, Lexicoder .lc3/.lcd) into one .lex file per category in the -o directory", "FILE" },
  { "export", 0, 0, G_OPTION_ARG_STRING, &opt.export,
    "Write the topics as a dictionary of another tool instead: liwc (.dic) or yaml (quanteda)", "FORMAT" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output,
    "With --import: the directory for the .lex files; with --export: the file (default: standard output)", "DIR|FILE" },
  { NULL }
};

static const GOptionEntry stem_entries[] = {
  { "language", 'l', 0, G_OPTION_ARG_STRING, &opt.language,
    "Snowball language (default: english)", "NAME" },
  { "list", 0, 0, G_OPTION_ARG_NONE, &opt.list,
    "List the languages and exit", NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt.inputs,
    NULL, NULL },
  { NULL }
};

/* The option values with their defaults applied. */
const char *
language (void)
{
  return opt.language != NULL ? opt.language : "english";
}

const char *
group_by (void)
{
  return opt.group_by != NULL ? opt.group_by : "outlet";
}

/* Whether the comma-separated LIST of fields holds FIELD. */
static gboolean
fields_have (const char *list, const char *field)
{
  g_auto (GStrv) fields = g_strsplit (list, ",", -1);
  for (char **f = fields; *f != NULL; f++)
    if (strcmp (g_strstrip (*f), field) == 0)
      return TRUE;
  return FALSE;
}

/* --cluster: by default the outlet, unless the groups are made of the
 * outlets themselves (the outlet among the -g fields, no group map
 * merging them): then each article.  "article" names that choice. */
const char *
cluster_by (void)
{
  if (opt.cluster != NULL)
    return strcmp (opt.cluster, "article") == 0 ? NULL : opt.cluster;
  gboolean by_outlet = opt.group_by != NULL ? fields_have (opt.group_by, "outlet")
                                            : opt.period == NULL;
  if (opt.group_map == NULL && by_outlet)
    return NULL;
  return "outlet";
}

/* Report a usage error for COMMAND and return the usage exit status. */
int
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
void
say (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "framing: %s\n", msg);
}

/* Report ERROR and return the failure exit status. */
int
fail (const GError *error)
{
  say ("%s", error->message);
  return EXIT_FAILURE;
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
  /* GOption's usage line is "PRGNAME [OPTION...] PARAMS": the program
   * name it would take from ARGV is the bare command, so name it whole. */
  g_autofree char *prgname = g_strdup_printf ("framing %s", command);
  g_set_prgname (prgname);
  g_autoptr (GOptionContext) ctx = g_option_context_new (params);
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

/* Whether finish_stdout() has closed standard output. */
static gboolean stdout_closed;

/* Close standard output, reporting a write error; returns the status.  A
 * closed pipe (framing ... | head) ends the run quietly, with status 1. */
int
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

/* Report ERROR of a writer that failed on OUT and return the failure
 * status.  A write error (OUT's error indicator is set) is named after
 * PATH, or standard output when PATH is NULL (a closed pipe quietly); any
 * other error (the articles could not be read back) has a complete
 * message.  Standard output is closed either way. */
int
write_failed (FILE *out, const char *path, const GError *error)
{
  if (!ferror (out))
    {
      say ("%s", error->message);
      return path == NULL ? finish_stdout (EXIT_FAILURE) : EXIT_FAILURE;
    }
  if (path != NULL)
    {
      say ("%s: %s", path, error->message);
      return EXIT_FAILURE;
    }
  stdout_closed = TRUE;
  fclose (stdout);
  if (!g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_BROKEN_PIPE))
    say ("standard output: %s", error->message);
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

/* A command: its name, what its --help says, its options, its body (run
 * once the options are parsed into opt) and its line in framing --help. */
typedef struct {
  const char *name;
  const char *params;           /* the usage line after the name */
  const char *summary;
  const GOptionEntry *entries;  /* its own options */
  gboolean with_input;          /* whether it takes the input options too */
  int (*run) (void);
  const char *synopsis;
} Command;

static const Command commands[] = {
  { "compare", "[INPUT...]",
    "Compare the framing of groups of articles (by outlet by default).",
    compare_entries, TRUE, cmd_compare,
    "compare [OPTIONS] [INPUT...]  per-group framing profiles and report" },
  { "score", "[INPUT...]",
    "Score each article against each topic (articles.csv rows).",
    score_entries, TRUE, cmd_score,
    "score   [OPTIONS] [INPUT...]  one row per article and topic" },
  { "kwic", "[INPUT...]",
    "Show every lexicon hit in its sentence (keyword in context).",
    kwic_entries, TRUE, cmd_kwic,
    "kwic    [OPTIONS] [INPUT...]  every lexicon hit in its context" },
  { "lexicon", "[--corpus [INPUT...] | --gold FILE | --import FILE -o DIR | --export FORMAT]",
    "Check lexicons: entries, keys, duplicates, keys shared between topics;\n"
    "with --corpus, what they match in the INPUTs; with --gold, precision,\n"
    "recall and F1 of each topic on labelled sentences; with --import,\n"
    "convert another tool's dictionary into .lex files; with --export,\n"
    "write the topics as a LIWC or quanteda YAML dictionary.",
    lexicon_entries, TRUE, cmd_lexicon,
    "lexicon [OPTIONS] [--corpus [INPUT...] | --gold FILE]  check or measure lexicons" },
  { "stem", "[WORD...]",
    "Print the Snowball stem of each word (standard input, one a line, if none).",
    stem_entries, FALSE, cmd_stem,
    "stem    [-l LANG] [WORD...]   Snowball stem of each word" },
  { NULL, NULL, NULL, NULL, FALSE, NULL, NULL }
};

/* Parse the options of command C in ARGV (its name first), then run it;
 * returns the exit status. */
static int
run_command (const Command *c, int argc, char **argv)
{
  int rc = parse_command (c->name, c->params, c->summary, c->entries,
                          c->with_input, &argc, &argv);
  return rc != 0 ? rc : c->run ();
}

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
  /* A copy: GOption takes the options out of argv as it parses them. */
  program_argv = (const char *const *) g_strdupv (argv);

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
      return run_command (c, argc - 1, argv + 1);
  return usage_error (NULL, "unknown command '%s'", argv[1]);
}
