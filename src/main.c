/* main.c - the framing program: options, dispatch to the commands, exit
 * status.  Everything else lives in libframing; see framing(1).
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv.h"
#include "framing.h"
#include "input.h"
#include "lexicon.h"
#include "output.h"
#include "paths.h"
#include "score.h"
#include "stem.h"
#include "text.h"

enum { EXIT_USAGE = 2 };

#define MAX_JOBS 1024
#define MAX_WINDOW 1000

/* Every option of the commands that read articles. */
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
  char *progress;
  gboolean quiet;
  gboolean strict;
  gboolean counts;
  gboolean list;
  char **inputs;
} Options;

static Options opt = { .negation_window = 3, .jobs = 0 };

/* Counters of what a run skipped or repaired, for the closing notes. */
typedef struct {
  guint bad_items;
  guint empty_articles;
  guint repeated_lines;
  guint articles_with_repeats;
} RunStats;

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
    "Tokens before a hit searched for a negator (default 3; 0: off)", "N" },
  { "jobs", 'j', 0, G_OPTION_ARG_INT, &opt.jobs,
    "Worker threads (default: online cores)", "N" },
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &opt.output_dir,
    "Write the tables into DIR", "DIR" },
  { "csv", 0, 0, G_OPTION_ARG_STRING, &opt.csv_table,
    "Print one table as CSV on standard output", "TABLE" },
  { "progress", 0, 0, G_OPTION_ARG_STRING, &opt.progress,
    "Progress line on standard error: auto, always or never (default: auto)", "WHEN" },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt.quiet,
    "Print no warnings or notes", NULL },
  { "strict", 0, 0, G_OPTION_ARG_NONE, &opt.strict,
    "Treat a bad or empty article as a failure", NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt.inputs,
    NULL, "INPUT..." },
  { NULL }
};

static const GOptionEntry score_entries[] = {
  { "counts", 0, 0, G_OPTION_ARG_NONE, &opt.counts,
    "Write per-article, per-entry counts (not yet available)", NULL },
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

/* A warning from the input layer (silenced by -q). */
static void
warn_cb (const char *message, gpointer user_data)
{
  (void) user_data;
  if (!opt.quiet)
    say ("%s", message);
}

/* Check the values of the common options; returns 0 or the usage status. */
static int
check_options (const char *command)
{
  if (opt.jobs < 0 || opt.jobs > MAX_JOBS)
    return usage_error (command, "bad value for --jobs: %d (a whole number from 1 to %d, or 0 for one per core)",
                        opt.jobs, MAX_JOBS);
  if (opt.negation_window < 0 || opt.negation_window > MAX_WINDOW)
    return usage_error (command, "bad value for --negation-window: %d (a whole number from 0 to %d)",
                        opt.negation_window, MAX_WINDOW);
  if (opt.progress != NULL && strcmp (opt.progress, "auto") != 0
      && strcmp (opt.progress, "always") != 0 && strcmp (opt.progress, "never") != 0)
    return usage_error (command, "bad value for --progress: '%s' (auto, always or never)",
                        opt.progress);
  if (opt.group_by != NULL && *opt.group_by == '\0')
    return usage_error (command, "--group-by needs a field name");
  if (opt.group_map != NULL)
    return usage_error (command, "--group-map is not available in this version");
  return 0;
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
  if (with_input)
    g_option_context_add_main_entries (ctx, input_entries, NULL);
  if (entries != NULL)
    g_option_context_add_main_entries (ctx, entries, NULL);
  /* The command name is argv[0] for GOption. */
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

/* Open the input reader over the inputs, or the bundled example. */
static InputReader *
open_inputs (GError **error)
{
  g_autofree char *example = NULL;
  InputOptions io = {
    .manifest = opt.manifest,
    .jsonl = opt.jsonl,
    .text_field = opt.text_field,
    .outlet_field = opt.outlet_field,
    .id_field = opt.id_field,
    .title_field = opt.title_field,
    .warn = warn_cb,
  };
  guint n = opt.inputs != NULL ? g_strv_length (opt.inputs) : 0;
  if (n == 0 && io.manifest == NULL)
    io.manifest = example = paths_example_manifest ();
  return input_reader_new (&io, (const char *const *) opt.inputs, n, error);
}

/* Report an article that was skipped; FALSE when --strict makes it fatal. */
static gboolean
skip_article (RunStats *stats, const char *message, gboolean empty)
{
  if (empty)
    stats->empty_articles++;
  else
    stats->bad_items++;
  if (opt.strict || !opt.quiet)
    say ("%s%s", message, opt.strict ? "" : "; skipped");
  return !opt.strict;
}

/* Read, tokenize and score every article; the scores in table order.
 * NULL when the run must stop (already reported). */
static GPtrArray *
score_all (Scorer *scorer, InputReader *reader, RunStats *stats)
{
  g_autoptr (GPtrArray) scores =
    g_ptr_array_new_with_free_func ((GDestroyNotify) article_score_free);
  guint64 seq = 0;
  for (;;)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FramingArticle) article = NULL;
      InputStatus status = input_reader_next (reader, &article, &error);
      if (status == INPUT_DONE)
        break;
      if (status == INPUT_BAD)
        {
          if (!skip_article (stats, error->message, FALSE))
            return NULL;
          continue;
        }
      if (article->repeated_lines > 0)
        {
          stats->repeated_lines += article->repeated_lines;
          stats->articles_with_repeats++;
        }
      ArticleScore *score = scorer_score (scorer, article);
      if (score == NULL)
        {
          g_autofree char *msg = g_strdup_printf ("%s: empty article (no tokens)",
                                                  article->where);
          if (!skip_article (stats, msg, TRUE))
            return NULL;
          continue;
        }
      score->seq = seq++;
      g_ptr_array_add (scores, score);
    }
  g_ptr_array_sort (scores, article_score_compare);
  return g_steal_pointer (&scores);
}

static const char *const articles_columns[] = {
  "id", "group", "title", "date", "tokens", "topic", "hits", "negated",
  "weighted", "per_1k", NULL
};

/* Write the articles table (one row per article and topic) to OUT. */
static gboolean
write_articles (FILE *out, const GPtrArray *scores, const FramingLexicon *lexicon)
{
  g_autoptr (CsvWriter) w = csv_writer_new (out);
  csv_header (w, articles_columns);
  for (guint i = 0; i < scores->len; i++)
    {
      const ArticleScore *s = g_ptr_array_index (scores, i);
      for (guint t = 0; t < s->n_topics; t++)
        {
          const LexTopic *topic = g_ptr_array_index (lexicon->topics, t);
          const ScoreCount *c = &s->topics[t];
          csv_text (w, s->id);
          csv_text (w, s->group);
          csv_text (w, s->title);
          csv_text (w, s->date);
          csv_uint (w, s->tokens);
          csv_text (w, topic->name);
          csv_uint (w, c->hits);
          csv_uint (w, c->negated);
          csv_number (w, c->weighted);
          csv_number (w, score_per_1k (c->weighted, s->tokens));
          csv_end_row (w);
        }
    }
  return csv_writer_flush (w);
}

/* Closing notes on standard error about what was skipped. */
static void
report_stats (const RunStats *stats)
{
  if (opt.quiet)
    return;
  if (stats->repeated_lines > 0)
    say ("note: %u repeated line%s skipped in %u article%s",
         stats->repeated_lines, stats->repeated_lines == 1 ? "" : "s",
         stats->articles_with_repeats, stats->articles_with_repeats == 1 ? "" : "s");
  if (stats->bad_items > 0)
    say ("note: %u bad input%s skipped", stats->bad_items,
         stats->bad_items == 1 ? "" : "s");
  if (stats->empty_articles > 0)
    say ("note: %u empty article%s skipped", stats->empty_articles,
         stats->empty_articles == 1 ? "" : "s");
}

/* Write the articles table to -o DIR or standard output. */
static int
emit_articles (const GPtrArray *scores, const FramingLexicon *lexicon)
{
  g_autoptr (GError) error = NULL;
  if (opt.output_dir == NULL)
    {
      if (!write_articles (stdout, scores, lexicon)
          || !output_close_stream (stdout, "standard output", &error))
        {
          if (error == NULL)
            g_set_error (&error, FRAMING_ERROR, FRAMING_ERROR_IO,
                         "standard output: write error: %s", g_strerror (errno));
          say ("%s", error->message);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }
  g_autoptr (OutputSet) set = output_set_new (opt.output_dir, &error);
  FILE *out = set != NULL ? output_set_add (set, "articles.csv", &error) : NULL;
  if (out == NULL || !write_articles (out, scores, lexicon)
      || !output_set_commit (set, &error))
    {
      if (error == NULL)
        g_set_error (&error, FRAMING_ERROR, FRAMING_ERROR_IO,
                     "%s: write error: %s", opt.output_dir, g_strerror (errno));
      say ("%s", error->message);
      return EXIT_FAILURE;
    }
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
  if (opt.counts)
    return usage_error ("score", "--counts is not available in this version");

  g_autoptr (GError) error = NULL;
  g_autoptr (FramingStemmer) lex_stemmer = stem_new (language (), &error);
  if (lex_stemmer == NULL)
    return usage_error ("score", "%s", error->message);
  g_autoptr (FramingLexicon) lexicon = load_lexicons (lex_stemmer, &error);
  if (lexicon == NULL)
    {
      say ("%s", error->message);
      return EXIT_FAILURE;
    }
  g_autoptr (Scorer) scorer = scorer_new (lexicon, language (),
                                          (guint) opt.negation_window,
                                          group_by (), &error);
  g_autoptr (InputReader) reader = scorer != NULL ? open_inputs (&error) : NULL;
  if (reader == NULL)
    {
      say ("%s", error->message);
      return EXIT_FAILURE;
    }
  RunStats stats = { 0 };
  g_autoptr (GPtrArray) scores = score_all (scorer, reader, &stats);
  if (scores == NULL)
    return EXIT_FAILURE;
  report_stats (&stats);
  if (scores->len == 0)
    {
      say ("no article with any token to score");
      return EXIT_FAILURE;
    }
  return emit_articles (scores, lexicon);
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
  g_autoptr (GError) error = NULL;
  if (!output_close_stream (stdout, "standard output", &error))
    {
      say ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *synopsis;
} Command;

static const Command commands[] = {
  { "score", cmd_score, "score   [OPTIONS] INPUT...   one row per article and topic" },
  { "stem", cmd_stem, "stem    [-l LANG] [WORD...]  Snowball stem of each word" },
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
  printf ("\nWith no INPUT, score reads the bundled example corpus.\n"
          "'framing COMMAND --help' lists a command's options; framing(1) has the details.\n");
  return EXIT_SUCCESS;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");

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
