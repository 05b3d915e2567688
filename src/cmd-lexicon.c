/* cmd-lexicon.c - framing lexicon, part of the program (not libframing):
 * the lexicons checked (entries, keys, duplicates, keys shared between
 * topics), with --corpus what they match in the inputs, with --gold how
 * well each topic finds hand-labelled sentences; as text or CSV on
 * standard output; with --import another tool's dictionary converted
 * into .lex files, with --export the topics written as one; see
 * framing(1) and framing-lexicon(5).
 */
#include "config.h"

#include <string.h>

#include "audit.h"
#include "framing.h"
#include "cli.h"
#include "gold.h"
#include "lexicon-import.h"
#include "output.h"

/* False hits, misses and suggestions shown per topic by default
 * (--examples). */
#define GOLD_EXAMPLES 10

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
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}

/* Writes the topics of IMPORT as .lex files into directory DIR, all or
 * none. */
static gboolean
write_topics (const LexImport *import, const char *dir, GError **error)
{
  g_autoptr (OutputSet) set = output_set_new (dir, error);
  if (set == NULL)
    return FALSE;
  for (guint i = 0; i < import->topics->len; i++)
    {
      const LexImportTopic *t = g_ptr_array_index (import->topics, i);
      g_autofree char *name = g_strdup_printf ("%s.lex", t->name);
      FILE *f = output_set_add (set, name, error);
      if (f == NULL)
        return FALSE;
      g_autofree char *text = lex_import_topic_text (import, i);
      fputs (text, f);
    }
  return output_set_commit (set, error);
}

/* framing lexicon --import FILE -o DIR: the dictionary FILE converted
 * into one .lex file per category, each checked as -L would load it. */
static int
lexicon_import (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingStemmer) stemmer = stem_new (language (), &error);
  if (stemmer == NULL)
    return usage_error ("lexicon", "%s", error->message);
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) import = lex_import_file (opt.import, notes, &error);
  say_notes (notes);
  if (import == NULL)
    return fail (error);
  for (guint i = 0; i < import->topics->len; i++)
    {
      g_autoptr (LexTopic) topic = lex_import_topic_compile (import, i,
                                                             stemmer, &error);
      if (topic == NULL)
        return fail (error);
    }
  if (!write_topics (import, opt.output, &error))
    return fail (error);
  return EXIT_SUCCESS;
}

/* Writes the topics of LEXICON in FORMAT to -o FILE, renamed into place
 * only when written whole. */
static gboolean
export_to_file (const FramingLexicon *lexicon, LexFormat format,
                GPtrArray *notes, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (opt.output);
  g_autofree char *base = g_path_get_basename (opt.output);
  g_autoptr (OutputSet) set = output_set_new (dir, error);
  if (set == NULL)
    return FALSE;
  FILE *f = output_set_add (set, base, error);
  if (f == NULL)
    return FALSE;
  g_autoptr (GError) write_error = NULL;
  if (!lex_export (f, lexicon, format, notes, &write_error))
    {
      if (ferror (f))
        g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: %s",
                     opt.output, write_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }
  return output_set_commit (set, error);
}

/* framing lexicon --export FORMAT: the topics of RUN as a dictionary of
 * another tool, on standard output or into -o FILE. */
static int
lexicon_export (const CommandRun *run)
{
  LexFormat format = strcmp (opt.export, "liwc") == 0 ? LEX_FORMAT_LIWC
                     : LEX_FORMAT_YAML;
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  if (opt.output != NULL)
    {
      gboolean ok = export_to_file (run->lexicon, format, notes, &error);
      say_notes (notes);
      return ok ? EXIT_SUCCESS : fail (error);
    }
  gboolean ok = lex_export (stdout, run->lexicon, format, notes, &error);
  say_notes (notes);
  if (!ok)
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}

/* Check the options of --export; returns 0 or the usage status. */
static int
check_export_options (void)
{
  if (strcmp (opt.export, "liwc") != 0 && strcmp (opt.export, "yaml") != 0)
    return usage_error ("lexicon", "unknown dictionary format '%s' (liwc or "
                        "yaml)", opt.export);
  if (opt.gold != NULL || opt.corpus || opt.csv)
    return usage_error ("lexicon", "--export goes with no --corpus, --gold "
                        "or --csv");
  if ((opt.inputs != NULL && opt.inputs[0] != NULL) || opt.manifest != NULL)
    return usage_error ("lexicon", "inputs are read only with --corpus");
  return 0;
}

/* Check the options of --import; returns 0 or the usage status. */
static int
check_import_options (void)
{
  if (opt.output == NULL)
    return usage_error ("lexicon", "--import needs -o DIR");
  if (opt.gold != NULL || opt.corpus || opt.csv
      || (opt.lexicons != NULL && opt.lexicons[0] != NULL))
    return usage_error ("lexicon", "--import goes with no -L, --corpus, "
                        "--gold or --csv");
  if ((opt.inputs != NULL && opt.inputs[0] != NULL) || opt.manifest != NULL)
    return usage_error ("lexicon", "inputs are read only with --corpus");
  return 0;
}

/* Check the options of framing lexicon, choosing the default --csv table;
 * returns 0 or the usage status. */
static int
check_lexicon_options (void)
{
  if (opt.import != NULL && opt.export != NULL)
    return usage_error ("lexicon", "--import and --export cannot go together");
  if (opt.import != NULL)
    return check_import_options ();
  if (opt.export != NULL)
    return check_export_options ();
  if (opt.output != NULL)
    return usage_error ("lexicon", "-o goes only with --import or --export");
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
int
cmd_lexicon (void)
{
  int rc = check_lexicon_options ();
  if (rc != 0)
    return rc;
  if (opt.import != NULL)
    return lexicon_import ();

  g_auto (CommandRun) run = { 0 };
  if ((rc = run_prepare (&run, "lexicon")) != 0)
    return rc;
  warn_duplicates (run.lexicon);
  if (opt.export != NULL)
    return lexicon_export (&run);
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
  g_autoptr (GError) error = NULL;
  g_autofree char *source = audit != NULL && opt.csv_table == NULL
                            ? run_describe_source (&run) : NULL;
  gboolean ok = opt.csv_table != NULL
                ? audit_write_csv (stdout, opt.csv_table, run.lexicon, audit, &error)
                : audit_write_text (stdout, run.lexicon, audit, source, &error);
  if (!ok)
    return write_failed (stdout, NULL, error);
  return finish_stdout (EXIT_SUCCESS);
}
