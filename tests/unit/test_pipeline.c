/* test_pipeline.c - one run over a corpus: results in input order,
 * --strict stopping at the first bad input with an error naming it, the
 * same results, byte for byte, for any number of jobs, what it writes
 * failing with an error that says why, and the group map's rows. */
#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "counts.h"
#include "framing.h"
#include "lexicon.h"
#include "pipeline.h"
#include "stem.h"
#include "tables.h"
#include "unit.h"

/* Articles of the scratch corpus. */
#define N_ARTICLES 150
/* Inputs: the articles, with a missing file after every 40th and an
 * empty one after every 50th. */
#define MAX_INPUTS (N_ARTICLES + N_ARTICLES / 40 + N_ARTICLES / 50)

static char *tmpdir;
static FramingStemmer *stemmer;
static FramingLexicon *lexicon;
static GPtrArray *inputs;  /* char*, in input order */
static GPtrArray *kinds;   /* per input: "a" article, "m" missing, "e" empty */

/* Write CONTENTS to NAME in the scratch directory; the path. */
static char *
scratch_file (const char *name, const char *contents)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_assert (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Add input PATH (owned) of KIND. */
static void
add_input (char *path, const char *kind)
{
  g_ptr_array_add (inputs, path);
  g_ptr_array_add (kinds, (gpointer) kind);
}

/* Article I: a group of three (by directory name), and a text whose
 * length and hits vary with I. */
static void
add_article (guint i)
{
  static const char *const groups[] = { "red", "green", "blue" };
  const char *group = groups[i % 3];
  g_autofree char *dir = g_build_filename (tmpdir, group, NULL);
  g_mkdir_with_parents (dir, 0700);
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint s = 0; s <= i % 7; s++)
    g_string_append_printf (text, "Sentence %u of article %u. Troops %s an "
                            "attack%s, and %s talks %s peace.\n", s, i,
                            s % 2 ? "launched" : "repelled",
                            i % 5 == 0 ? " near the border" : "",
                            s % 3 ? "the" : "no", i % 4 ? "about" : "against");
  g_autofree char *name = g_strdup_printf ("%s/a%03u.txt", group, i);
  add_input (scratch_file (name, text->str), "a");
}

/* The lexicon and the scratch corpus. */
static void
setup (void)
{
  if (tmpdir != NULL)
    return;
  tmpdir = g_dir_make_tmp ("framing-pipeline-XXXXXX", NULL);
  g_assert (tmpdir != NULL);
  g_autofree char *lexdir = g_build_filename (tmpdir, "lex", NULL);
  g_mkdir (lexdir, 0700);
  g_free (scratch_file ("lex/a-conflict.lex",
                        "@topic conflict\nattack\nlaunch*\ntroops\n"));
  g_free (scratch_file ("lex/b-calm.lex", "@topic calm\npeace\ntalks | 2\n"));
  stemmer = stem_new ("english", NULL);
  const char *paths[] = { lexdir };
  g_autoptr (GError) error = NULL;
  lexicon = lexicon_load (paths, 1, stemmer, &error);
  g_assert_no_error (error);
  inputs = g_ptr_array_new_with_free_func (g_free);
  kinds = g_ptr_array_new ();
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      add_article (i);
      if (i % 40 == 39)
        add_input (g_strdup_printf ("%s/missing%u.txt", tmpdir, i), "m");
      if (i % 50 == 49)
        {
          g_autofree char *name = g_strdup_printf ("empty%u.txt", i);
          add_input (scratch_file (name, "\n"), "e");
        }
    }
  g_assert (inputs->len == MAX_INPUTS);
}

/* What a run hands out, in the order it does. */
typedef struct {
  GPtrArray *messages;     /* char* */
  GHashTable *ids_by_seq;  /* seq -> char* id (on_article, any order) */
  GMutex lock;
} Seen;

static void
seen_init (Seen *seen)
{
  seen->messages = g_ptr_array_new_with_free_func (g_free);
  seen->ids_by_seq = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                            g_free, g_free);
  g_mutex_init (&seen->lock);
}

static void
seen_clear (Seen *seen)
{
  g_ptr_array_unref (seen->messages);
  g_hash_table_unref (seen->ids_by_seq);
  g_mutex_clear (&seen->lock);
}

static void
on_message (const char *message, gpointer user_data)
{
  Seen *seen = user_data;
  g_ptr_array_add (seen->messages, g_strdup (message));
}

static void
on_article (const ArticleScore *score, const FramingTokens *toks,
            const GArray *hits, gpointer user_data)
{
  (void) toks;
  (void) hits;
  Seen *seen = user_data;
  g_mutex_lock (&seen->lock);
  gint64 *seq = g_new (gint64, 1);
  *seq = (gint64) score->seq;
  g_hash_table_insert (seen->ids_by_seq, seq, g_strdup (score->id));
  g_mutex_unlock (&seen->lock);
}

/* A config over the first N_INPUTS inputs with JOBS threads. */
static PipelineConfig
config_for (const InputOptions *in, guint n_inputs, guint jobs, Seen *seen)
{
  return (PipelineConfig) {
    .lexicon = lexicon, .language = "english", .group_by = "outlet",
    .input = in, .inputs = (const char *const *) inputs->pdata,
    .n_inputs = n_inputs, .window = 3, .keep_scores = TRUE, .jobs = jobs,
    .progress = PROGRESS_NEVER, .on_article = on_article, .user_data = seen,
    .on_message = on_message, .message_data = seen,
  };
}

/* The contents of OUT (a tmpfile), from the start. */
static char *
file_text (FILE *out)
{
  g_assert (fflush (out) == 0);
  long n = ftell (out);
  g_assert (n >= 0);
  char *s = g_malloc ((gsize) n + 1);
  rewind (out);
  g_assert (fread (s, 1, (size_t) n, out) == (size_t) n);
  s[n] = '\0';
  return s;
}

/* Everything a run over every input with JOBS threads gives, as text:
 * the counts file, the articles table, the messages, the totals. */
static char *
run_text (guint jobs)
{
  setup ();
  Seen seen;
  seen_init (&seen);
  InputOptions in = { 0 };
  PipelineConfig config = config_for (&in, inputs->len, jobs, &seen);
  FILE *counts_out = tmpfile ();
  g_assert (counts_out != NULL);
  CountsSettings settings = { lexicon, "english", 3, "outlet", NULL };
  config.counts = counts_writer_new (counts_out, &settings);
  g_autoptr (GError) error = NULL;
  g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
  g_assert_no_error (error);
  g_assert (result != NULL);
  g_assert (pipeline_write_counts_end (&config, result, NULL));
  counts_writer_free (config.counts);

  GString *all = g_string_new (NULL);
  g_autofree char *counts = file_text (counts_out);
  fclose (counts_out);
  g_string_append_printf (all, "counts:\n%s", counts);
  FILE *table_out = tmpfile ();
  g_assert (tables_write (table_out, "articles", result->articles_table,
                         lexicon, NULL, NULL, NULL, &error));
  g_autofree char *table = file_text (table_out);
  fclose (table_out);
  g_string_append_printf (all, "articles:\n%s", table);
  g_string_append (all, "messages:\n");
  for (guint i = 0; i < seen.messages->len; i++)
    g_string_append_printf (all, "%s\n", (char *) seen.messages->pdata[i]);
  g_string_append_printf (all, "totals: %u %" G_GUINT64_FORMAT " %u %u %u\n",
                          result->articles, result->tokens, result->bad_inputs,
                          result->empty_articles, result->skipped->len);
  seen_clear (&seen);
  return g_string_free (all, FALSE);
}

/* Every item is numbered in input order, whatever the jobs; the messages
 * come in input order, each naming its input. */
static void
test_input_order (void)
{
  setup ();
  for (guint jobs = 1; jobs <= 4; jobs *= 2)
    {
      Seen seen;
      seen_init (&seen);
      InputOptions in = { 0 };
      PipelineConfig config = config_for (&in, inputs->len, jobs, &seen);
      g_autoptr (GError) error = NULL;
      g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
      g_assert_no_error (error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (result);
      CU_ASSERT_EQUAL (result->articles, N_ARTICLES);
      CU_ASSERT_EQUAL (result->bad_inputs, N_ARTICLES / 40);
      CU_ASSERT_EQUAL (result->empty_articles, N_ARTICLES / 50);
      CU_ASSERT_EQUAL (g_hash_table_size (seen.ids_by_seq), N_ARTICLES);
      guint next_message = 0;
      for (guint i = 0; i < inputs->len; i++)
        {
          const char *path = inputs->pdata[i];
          const char *kind = kinds->pdata[i];
          gint64 seq = i;
          const char *id = g_hash_table_lookup (seen.ids_by_seq, &seq);
          if (strcmp (kind, "a") == 0)
            {
              CU_ASSERT_STRING_EQUAL (id, path);
              continue;
            }
          CU_ASSERT_PTR_NULL (id);
          CU_ASSERT_FATAL (next_message < seen.messages->len);
          const char *message = seen.messages->pdata[next_message++];
          CU_ASSERT (g_str_has_prefix (message, path));
          CU_ASSERT (g_str_has_suffix (message, strcmp (kind, "m") == 0
                                       ? "; skipped" : ": empty article (no tokens); skipped"));
        }
      CU_ASSERT_EQUAL (next_message, seen.messages->len);
      seen_clear (&seen);
    }
}

/* Under --strict the run stops at the first bad input: NULL, an error
 * naming it, no message, and no article after it handed over. */
static void
test_strict_stops (void)
{
  setup ();
  guint first_bad = 0;
  while (strcmp (kinds->pdata[first_bad], "a") == 0)
    first_bad++;
  for (guint jobs = 1; jobs <= 4; jobs *= 2)
    {
      Seen seen;
      seen_init (&seen);
      InputOptions in = { 0 };
      PipelineConfig config = config_for (&in, inputs->len, jobs, &seen);
      config.strict = TRUE;
      FILE *counts_out = tmpfile ();
      CountsSettings settings = { lexicon, "english", 3, "outlet", NULL };
      config.counts = counts_writer_new (counts_out, &settings);
      g_autoptr (GError) error = NULL;
      g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
      CU_ASSERT_PTR_NULL (result);
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_INPUT));
      CU_ASSERT (g_str_has_prefix (error->message, inputs->pdata[first_bad]));
      CU_ASSERT (strstr (error->message, "skipped") == NULL);
      CU_ASSERT_EQUAL (seen.messages->len, 0);
      /* The counts file has the articles before the bad input, not one
       * after it (the writer keeps them until it is finished). */
      g_autoptr (GPtrArray) none = g_ptr_array_new ();
      CountsTotals totals = { .skipped = none };
      CU_ASSERT (counts_writer_finish (config.counts, &totals, NULL));
      counts_writer_free (config.counts);
      g_autofree char *counts = file_text (counts_out);
      fclose (counts_out);
      g_autofree char *before = g_path_get_basename (inputs->pdata[first_bad - 1]);
      g_autofree char *after = g_path_get_basename (inputs->pdata[first_bad + 1]);
      CU_ASSERT_PTR_NOT_NULL (strstr (counts, before));
      CU_ASSERT_PTR_NULL (strstr (counts, after));
      seen_clear (&seen);
    }
}

/* Quiet: no message at all, the same counts. */
static void
test_quiet (void)
{
  setup ();
  Seen seen;
  seen_init (&seen);
  InputOptions in = { 0 };
  PipelineConfig config = config_for (&in, inputs->len, 2, &seen);
  config.quiet = TRUE;
  g_autoptr (GError) error = NULL;
  g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
  g_assert_no_error (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (result);
  CU_ASSERT_EQUAL (seen.messages->len, 0);
  CU_ASSERT_EQUAL (result->bad_inputs, N_ARTICLES / 40);
  seen_clear (&seen);
}

/* An input that cannot be opened at all stops the run with its error. */
static void
test_bad_manifest (void)
{
  setup ();
  Seen seen;
  seen_init (&seen);
  g_autofree char *manifest = g_build_filename (tmpdir, "no-manifest.csv", NULL);
  InputOptions in = { .manifest = manifest };
  PipelineConfig config = config_for (&in, 0, 1, &seen);
  g_autoptr (GError) error = NULL;
  g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
  CU_ASSERT_PTR_NULL (result);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_str_has_prefix (error->message, manifest));
  seen_clear (&seen);
}

/* A table and a counts file written to a full disk: FALSE, the stream's
 * error indicator set, and an error that says why, for the caller to
 * name the stream. */
static void
test_write_errors (void)
{
  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return; /* no /dev/full here */
  setup ();
  Seen seen;
  seen_init (&seen);
  InputOptions in = { 0 };
  PipelineConfig config = config_for (&in, inputs->len, 1, &seen);
  CountsSettings settings = { lexicon, "english", 3, "outlet", NULL };
  config.counts = counts_writer_new (full, &settings);
  g_autoptr (GError) error = NULL;
  g_autoptr (PipelineResult) result = pipeline_run (&config, &error);
  g_assert_no_error (error);
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));

  CU_ASSERT_FALSE (pipeline_write_counts_end (&config, result, &error));
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
  CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
  CU_ASSERT (ferror (full));
  counts_writer_free (config.counts);
  g_clear_error (&error);
  clearerr (full);

  CU_ASSERT_FALSE (tables_write (full, "articles", result->articles_table,
                                 lexicon, NULL, NULL, NULL, &error));
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
  CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
  CU_ASSERT (ferror (full));
  fclose (full);
  seen_clear (&seen);
}

/* -j 1, 2 and 4 give the same counts file, articles table, messages
 * and totals. */
static void
test_same_for_any_jobs (void)
{
  g_autofree char *one = run_text (1);
  g_autofree char *two = run_text (2);
  g_autofree char *four = run_text (4);
  CU_ASSERT (strstr (one, "a149.txt") != NULL);
  CU_ASSERT_STRING_EQUAL (one, two);
  CU_ASSERT_STRING_EQUAL (one, four);
}

/* A group map: a header, quoted names, a row given twice and a name
 * mapped to itself are fine; a name mapped two ways and a chain, in
 * either order of its rows and across other rows, stop at FILE:LINE. */
static void
test_group_map (void)
{
  setup ();
  g_autofree char *ok = scratch_file ("map-ok.csv",
                                      "from,to\n\"Fox, Online\",Fox\nCNN,CNN\n"
                                      "\"Fox, Online\",Fox\nCNN Intl,CNN\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) map = pipeline_load_group_map (ok, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (map);
  CU_ASSERT_EQUAL (g_hash_table_size (map), 3);
  CU_ASSERT_STRING_EQUAL (g_hash_table_lookup (map, "Fox, Online"), "Fox");
  CU_ASSERT_STRING_EQUAL (g_hash_table_lookup (map, "CNN Intl"), "CNN");
  static const struct {
    const char *csv, *message;
  } bad[] = {
    { "a,b\nx,y\na,c\n",
      ":3: 'a' is mapped to 'c' here and to 'b' on line 1 (a name is mapped "
      "one way only)" },
    { "from,to\na,b\nx,y\nb,c\n",
      ":4: 'a' is mapped to 'b' (line 2) and 'b' to 'c' (line 4): names are "
      "mapped once, not in a chain; map 'a' to 'c' directly" },
    { "b,c\n\na,b\n",
      ":3: 'a' is mapped to 'b' (line 3) and 'b' to 'c' (line 1): names are "
      "mapped once, not in a chain; map 'a' to 'c' directly" },
    { "a,b\nb,a\n",
      ":2: 'a' is mapped to 'b' (line 1) and 'b' to 'a' (line 2): names are "
      "mapped once, not in a chain" },
    { "a,a\na,b\n",
      ":2: 'a' is mapped to 'b' here and to 'a' on line 1 (a name is mapped "
      "one way only)" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = scratch_file ("map-bad.csv", bad[i].csv);
      g_autoptr (GError) e = NULL;
      CU_ASSERT_PTR_NULL (pipeline_load_group_map (path, &e));
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      g_autofree char *want = g_strconcat (path, bad[i].message, NULL);
      CU_ASSERT_STRING_EQUAL (e->message, want);
    }
}

static const UnitCase cases[] = {
  { "results in input order", test_input_order },
  { "--strict stops at the first bad input", test_strict_stops },
  { "quiet gives no message", test_quiet },
  { "a missing manifest stops the run", test_bad_manifest },
  { "same results for -j 1, 2, 4", test_same_for_any_jobs },
  { "a table or counts file that cannot be written", test_write_errors },
  { "group map: two ways and chains", test_group_map },
  { NULL, NULL }
};

/* Remove PATH and everything below it. */
static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      const char *name;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

int
main (void)
{
  setup ();
  int rc = unit_run ("pipeline", cases);
  remove_tree (tmpdir);
  g_free (tmpdir);
  g_ptr_array_unref (inputs);
  g_ptr_array_unref (kinds);
  lexicon_free (lexicon);
  stem_free (stemmer);
  return rc;
}
