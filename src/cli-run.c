/* cli-run.c - a command's run over the inputs, for the framing program
 * (not libframing): the stemmer, the lexicons and the group map of the
 * options, the inputs (the bundled example when there are none), the
 * pipeline run or the merge of counts files, and the notes on what was
 * skipped.  cli.h has the contract; the pipeline itself is pipeline.c.
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "paths.h"
#include "progress.h"
#include "tables.h"

/* A message of a run that goes on: a reader's warning, a skipped input
 * (the pipeline gives none under -q). */
static void
message_cb (const char *message, gpointer user_data)
{
  (void) user_data;
  say ("%s", message);
}

/* Print NOTES, the warnings of a library call (unless -q). */
void
say_notes (const GPtrArray *notes)
{
  for (guint i = 0; i < notes->len && !opt.quiet; i++)
    say ("%s", (const char *) g_ptr_array_index (notes, i));
}

/* Load the lexicons named by -L, or the shipped ones; the dictionaries of
 * other tools among them say what they lost in translation. */
static FramingLexicon *
load_lexicons (FramingStemmer *stemmer, GError **error)
{
  if (opt.lexicons != NULL && opt.lexicons[0] != NULL)
    {
      g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
      FramingLexicon *lexicon = lexicon_load_noted
        ((const char *const *) opt.lexicons, g_strv_length (opt.lexicons),
         stemmer, notes, error);
      say_notes (notes);
      return lexicon;
    }
  g_autofree char *dir = paths_lexicon_dir ();
  const char *paths[] = { dir };
  return lexicon_load (paths, 1, stemmer, error);
}

/* Free what RUN holds. */
void
run_clear (CommandRun *run)
{
  lexicon_free (run->lexicon);
  stem_free (run->stemmer);
  if (run->group_map != NULL)
    g_hash_table_unref (run->group_map);
  selection_free (run->selection);
  g_strfreev (run->keep);
  g_free (run->example);
}

/* The selection of the options (--where, -g with several fields,
 * --period) into
 * RUN, if there is one.  Returns 0 or the usage status. */
static int
prepare_selection (CommandRun *run, const char *command)
{
  if (opt.where == NULL && opt.period == NULL && strchr (group_by (), ',') == NULL)
    return 0;
  g_autoptr (GError) error = NULL;
  /* --period alone groups by the period alone, not by outlet too. */
  const char *fields = opt.period != NULL && opt.group_by == NULL ? NULL
                       : group_by ();
  if ((run->selection = selection_new (fields, &error)) == NULL
      || (opt.period != NULL
          && !selection_set_period (run->selection, opt.period, &error)))
    return usage_error (command, "%s", error->message);
  for (char **w = opt.where; w != NULL && *w != NULL; w++)
    if (!selection_add_where (run->selection, *w, &error))
      return usage_error (command, "%s", error->message);
  return 0;
}

/* Warn about a manifest.csv in a folder given as an input but not with
 * -m: the folder's text files are read, the manifest is not, and the
 * articles are grouped by their folders instead of its columns. */
static void
warn_unread_manifest (void)
{
  g_autofree char *given = opt.manifest != NULL
    ? g_canonicalize_filename (opt.manifest, NULL) : NULL;
  for (char **in = opt.inputs; in != NULL && *in != NULL; in++)
    {
      if (!g_file_test (*in, G_FILE_TEST_IS_DIR))
        continue;
      g_autofree char *path = g_build_filename (*in, "manifest.csv", NULL);
      g_autofree char *abs = g_canonicalize_filename (path, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR)
          && g_strcmp0 (abs, given) != 0)
        say ("warning: %s is not read as a manifest: to take the articles' "
             "outlets, dates and titles from it, give it with -m %s", path,
             path);
    }
}

/* Warn when the manifest (a regular file: a pipe cannot be read twice)
 * has no column of a grouping field: its rows then group nothing. */
static void
warn_manifest_columns (const char *manifest)
{
  if (manifest == NULL || !g_file_test (manifest, G_FILE_TEST_IS_REGULAR)
      || (opt.period != NULL && opt.group_by == NULL))
    return;
  g_auto (GStrv) cols = input_manifest_columns (manifest, NULL);
  if (cols == NULL)
    return;   /* the run says what is wrong with it */
  g_auto (GStrv) fields = g_strsplit (group_by (), ",", -1);
  for (char **f = fields; *f != NULL; f++)
    {
      g_autofree char *field = g_utf8_strdown (g_strstrip (*f), -1);
      const char *const *have = (const char *const *) cols;
      /* a "source" column stands in for "outlet" (manifest.c) */
      if (*field == '\0' || g_strv_contains (have, field)
          || (strcmp (field, "outlet") == 0
              && g_strv_contains (have, "source")))
        continue;
      g_autofree char *list = g_strjoinv (", ", cols);
      say ("warning: %s has no \"%s\" column to group the articles by; its "
           "columns are %s (choose one with -g)", manifest, field, list);
    }
}

/* Prepare RUN for COMMAND: language, lexicons, group map, inputs (the
 * bundled example when there are none).  Returns 0 or an exit status. */
int
run_prepare (CommandRun *run, const char *command)
{
  g_autoptr (GError) error = NULL;
  int rc;
  run->stemmer = stem_new (language (), &error);
  if (run->stemmer == NULL)
    return usage_error (command, "%s", error->message);
  run->lexicon = load_lexicons (run->stemmer, &error);
  if (run->lexicon == NULL)
    return fail (error);
  if (opt.group_map != NULL
      && (run->group_map = pipeline_load_group_map (opt.group_map, &error)) == NULL)
    return fail (error);
  if ((rc = prepare_selection (run, command)) != 0)
    return rc;
  gboolean keep_all = FALSE;
  if (opt.keep != NULL)
    run->keep = tables_parse_keep ((const char *const *) opt.keep, &keep_all,
                                   &error);
  if (error != NULL)
    return usage_error (command, "%s", error->message);

  guint n = opt.inputs != NULL ? g_strv_length (opt.inputs) : 0;
  run->input = (InputOptions) {
    .manifest = opt.manifest, .jsonl = opt.jsonl,
    .text_field = opt.text_field, .outlet_field = opt.outlet_field,
    .id_field = opt.id_field, .title_field = opt.title_field,
    .keep_duplicates = opt.keep_duplicates,
  };
  if (n == 0 && opt.manifest == NULL)
    run->input.manifest = run->example = paths_example_manifest ();
  if (!opt.quiet)
    {
      warn_unread_manifest ();
      warn_manifest_columns (opt.manifest);
    }
  run->config = (PipelineConfig) {
    .lexicon = run->lexicon, .language = language (), .group_by = group_by (),
    .group_map = run->group_map, .cluster_by = cluster_by (),
    .selection = run->selection,
    .input = &run->input,
    .inputs = (const char *const *) opt.inputs, .n_inputs = n,
    .window = (guint) opt.negation_window, .strict = opt.strict,
    .quiet = opt.quiet, .jobs = (guint) opt.jobs,
    .keep = (const char *const *) run->keep, .keep_all = keep_all,
    .wide = opt.wide,
    .on_message = message_cb,
  };
  progress_parse_mode (opt.progress, &run->config.progress);
  return 0;
}

/* Closing notes on standard error about what was skipped. */
void
run_notes (const PipelineResult *result)
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
  if (result->left_out > 0)
    say ("note: %u article%s left out by --where", result->left_out,
         result->left_out == 1 ? "" : "s");
  if (result->undated > 0)
    say ("note: %u article%s without a readable date left out of the periods",
         result->undated, result->undated == 1 ? "" : "s");
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
  run_notes (owned);
  if (owned->articles == 0)
    {
      say ("no article with any token to score");
      return NULL;
    }
  return g_steal_pointer (&owned);
}

/* Run the pipeline of RUN; NULL (reported) when it stopped or scored no
 * article. */
PipelineResult *
run_pipeline (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  PipelineResult *result = pipeline_run (&run->config, &error);
  return checked_result (result, error);
}

/* Merge the counts files named as inputs (compare --from-counts); NULL
 * (reported) when one is bad or they hold no article. */
PipelineResult *
run_merge_counts (CommandRun *run)
{
  g_autoptr (GError) error = NULL;
  PipelineResult *result = pipeline_merge_counts (&run->config,
                                                  run->config.inputs,
                                                  run->config.n_inputs, &error);
  return checked_result (result, error);
}

/* What was read, for the report: the inputs, or the manifest. */
char *
run_describe_source (const CommandRun *run)
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

/* The name PATH gives a title: its last part without its extensions
 * (.csv, .jsonl.gz); a folder's name for a folder, and for a manifest
 * called "manifest" the name of the folder that holds it.  Never a
 * path: a title is shown to readers of the report, not to the shell. */
static char *
path_title (const char *path)
{
  if (strcmp (path, "-") == 0)
    return g_strdup ("standard input");
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  g_autofree char *base = g_path_get_basename (abs);
  if (!g_file_test (abs, G_FILE_TEST_IS_DIR))
    {
      char *dot = base[0] != '\0' ? strchr (base + 1, '.') : NULL;
      if (dot != NULL)
        *dot = '\0';
      if (g_ascii_strcasecmp (base, "manifest") == 0)
        {
          g_autofree char *dir = g_path_get_dirname (abs);
          g_free (base);
          base = g_path_get_basename (dir);
        }
    }
  if (strcmp (base, G_DIR_SEPARATOR_S) == 0 || strcmp (base, ".") == 0)
    return g_strdup ("corpus");
  return g_steal_pointer (&base);
}

/* The title of RUN's reports and chart. */
char *
run_title (const CommandRun *run)
{
  if (opt.title != NULL)
    return g_strdup (opt.title);
  if (run->input.manifest != NULL)
    return path_title (run->input.manifest);
  guint n = opt.inputs != NULL ? g_strv_length (opt.inputs) : 0;
  if (n == 0)
    return g_strdup ("standard input");
  g_autofree char *first = path_title (opt.inputs[0]);
  if (n == 1)
    return g_steal_pointer (&first);
  /* Several inputs in one folder: the folder's name. */
  g_autofree char *abs0 = g_canonicalize_filename (opt.inputs[0], NULL);
  g_autofree char *parent = g_path_get_dirname (abs0);
  gboolean one_folder = TRUE;
  for (guint i = 1; i < n && one_folder; i++)
    {
      g_autofree char *abs = g_canonicalize_filename (opt.inputs[i], NULL);
      g_autofree char *dir = g_path_get_dirname (abs);
      one_folder = strcmp (dir, parent) == 0;
    }
  if (one_folder && strcmp (parent, G_DIR_SEPARATOR_S) != 0)
    return g_path_get_basename (parent);
  return g_strdup_printf ("%s and %u more", first, n - 1);
}

/* What the groups of RUN are made of, for the reports and the chart. */
const char *
run_group_label (const CommandRun *run)
{
  return run->selection != NULL ? selection_describe (run->selection)
                                : group_by ();
}

gint64
run_created (void)
{
  const char *env = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 t;
  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 0, G_MAXINT64, &t,
                                                 NULL))
    return (gint64) t;
  return g_get_real_time () / G_USEC_PER_SEC;
}

char **
run_about_options (const CommandRun *run)
{
  (void) run;
  GPtrArray *a = g_ptr_array_new ();
  g_ptr_array_add (a, g_strdup ("command"));
  g_ptr_array_add (a, g_strjoinv (" ", (char **) program_argv));
  g_ptr_array_add (a, g_strdup ("language"));
  g_ptr_array_add (a, g_strdup (language ()));
  g_ptr_array_add (a, g_strdup ("group_by"));
  g_ptr_array_add (a, g_strdup (group_by ()));
  g_ptr_array_add (a, g_strdup ("negation_window"));
  g_ptr_array_add (a, g_strdup_printf ("%d", opt.negation_window));
  g_ptr_array_add (a, NULL);
  return (char **) g_ptr_array_free (a, FALSE);
}

void
run_note_cuts (const Xlsx *wb, const char *path, const char *whole)
{
  const GArray *cuts = xlsx_cuts (wb);
  for (guint i = 0; i < cuts->len && !opt.quiet; i++)
    {
      const XlsxCut *c = &g_array_index (cuts, XlsxCut, i);
      if (c->rows > 0)
        say ("note: %s: sheet %s cut to Excel's %u rows (%" G_GUINT64_FORMAT
             " rows left out; %s holds them all)", path, c->sheet,
             XLSX_MAX_ROWS, c->rows, whole);
      if (c->cells > 0)
        say ("note: %s: sheet %s: %" G_GUINT64_FORMAT " text%s cut to "
             "Excel's %u characters (%s holds them whole)", path, c->sheet,
             c->cells, c->cells == 1 ? "" : "s", XLSX_MAX_CHARS, whole);
    }
}

int
run_xlsx_failed (const char *path, const GError *error)
{
  say ("%s: %s", path, error->message);
  return EXIT_FAILURE;
}
