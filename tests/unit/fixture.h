/* fixture.h - what the unit tests share: an English stemmer, hand-made
 * lexicons and article scores for the tests of the profile and the output
 * stages (report, page, chart): two topics, escalation and peace, and
 * scores whose counts the test sets by hand; a full disk for the
 * writers of those stages; and the provenance of a run, for the reports'
 * closing paragraph. */
#ifndef FRAMING_FIXTURE_H
#define FRAMING_FIXTURE_H

#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "framing.h"
#include "lexicon.h"
#include "profile.h"
#include "provenance.h"
#include "score.h"
#include "stem.h"

/* The English stemmer a test program shares between its cases, made on
 * first use; the program's last case frees it (fixture_stemmer_free). */
static inline FramingStemmer **
fixture_stemmer_slot (void)
{
  static FramingStemmer *english;
  return &english;
}

/* The shared English stemmer (see fixture_stemmer_slot). */
static inline FramingStemmer *
fixture_stemmer (void)
{
  FramingStemmer **slot = fixture_stemmer_slot ();
  if (*slot == NULL)
    *slot = stem_new ("english", NULL);
  return *slot;
}

/* Frees the shared English stemmer. */
static inline void
fixture_stemmer_free (void)
{
  g_clear_pointer (fixture_stemmer_slot (), stem_free);
}

/* A lexicon of two topics parsed from ESC (escalation.lex) and PEACE
 * (peace.lex), stemmed in English. */
static inline FramingLexicon *
fixture_lexicon (const char *esc, const char *peace)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingStemmer) stemmer = stem_new ("english", &error);
  g_assert_no_error (error);
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_topic_free);
  g_ptr_array_add (lex->topics, lexicon_parse_topic ("escalation.lex", esc,
                                                     strlen (esc), stemmer,
                                                     &error));
  g_assert_no_error (error);
  g_ptr_array_add (lex->topics, lexicon_parse_topic ("peace.lex", peace,
                                                     strlen (peace), stemmer,
                                                     &error));
  g_assert_no_error (error);
  return lex;
}

/* An article score of GROUP with TOKENS tokens over N_TOPICS topics, all
 * counts 0, no title or date. */
static inline ArticleScore *
fixture_blank_score (const char *id, const char *group, guint tokens,
                     guint n_topics)
{
  ArticleScore *s = g_new0 (ArticleScore, 1);
  s->id = g_strdup (id);
  s->group = g_strdup (group);
  s->title = g_strdup ("");
  s->date = g_strdup ("");
  s->tokens = tokens;
  s->n_topics = n_topics;
  s->topics = g_new0 (ScoreCount, n_topics);
  s->entries = g_array_new (FALSE, FALSE, sizeof (ScoreEntryCount));
  return s;
}

/* An article score over the two topics: HITS and NEGATED per topic
 * (weighted = hits: every weight is 1) and N_ENTRIES per-entry counts. */
static inline ArticleScore *
fixture_score (const char *id, const char *group, guint tokens,
               const guint hits[2], const guint negated[2],
               const ScoreEntryCount *entries, guint n_entries)
{
  ArticleScore *s = fixture_blank_score (id, group, tokens, 2);
  for (guint t = 0; t < 2; t++)
    s->topics[t] = (ScoreCount) { hits[t], negated[t], hits[t] };
  g_array_append_vals (s->entries, entries, n_entries);
  return s;
}

/* A score with ESC hits of the first escalation entry and PEACE hits of
 * the first peace entry, none negated. */
static inline ArticleScore *
fixture_simple_score (const char *id, const char *group, guint tokens,
                      guint esc, guint peace)
{
  const guint hits[2] = { esc, peace }, none[2] = { 0, 0 };
  const ScoreEntryCount e[] = { { 0, 0, esc, 0 }, { 1, 0, peace, 0 } };
  return fixture_score (id, group, tokens, hits, none, e, 2);
}

/* A writer of DATA to a stream, as report_write () is of a model. */
typedef gboolean (*FixtureWriter) (FILE *out, gconstpointer data,
                                   GError **error);

/* WRITE writing DATA to /dev/full, where every write fails for want of
 * space, must fail and say so through its error (passes where the
 * system has no /dev/full). */
static inline void
fixture_check_full_disk (FixtureWriter write, gconstpointer data)
{
  FILE *f = fopen ("/dev/full", "w");
  if (f == NULL)
    {
      CU_PASS ("no /dev/full to write to");
      return;
    }
  g_autoptr (GError) error = NULL;
  CU_ASSERT_FALSE (write (f, data, &error));
  CU_ASSERT_TRUE (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
  if (error != NULL)
    CU_ASSERT_STRING_EQUAL (error->message, "write error: No space left on "
                            "device");
  fclose (f);
}

/* A Provenance of a run of ARGV over LEX (its lexicons hashed, as the
 * reports need them), PROFILE_SEED and 200 resamples.  Each topic's file
 * is taken to hold the topic's name alone: the files are written so in
 * a scratch folder, hashed there, and removed. */
static inline Provenance *
fixture_provenance (const FramingLexicon *lex, const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("framing-fixture-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *old = g_get_current_dir ();
  g_assert (chdir (dir) == 0);
  for (guint t = 0; t < lex->topics->len; t++)
    {
      const LexTopic *topic = g_ptr_array_index (lex->topics, t);
      g_assert (g_file_set_contents (topic->file, topic->name, -1, NULL));
    }
  Provenance *p = provenance_new (argv, &error);
  g_assert_no_error (error);
  g_assert (provenance_set_lexicons (p, NULL, 0, lex, &error));
  provenance_set_bootstrap (p, PROFILE_SEED, 200);
  for (guint t = 0; t < lex->topics->len; t++)
    remove (((const LexTopic *) g_ptr_array_index (lex->topics, t))->file);
  g_assert (chdir (old) == 0);
  g_assert (rmdir (dir) == 0);
  return p;
}

#endif /* FRAMING_FIXTURE_H */
