/* test_score.c - per-article counts: hits, negated, weighted, per_1k,
 * per-entry counts, grouping fields and table order. */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "input.h"
#include "lexicon.h"
#include "score.h"
#include "unit.h"

static char *tmpdir;
static FramingLexicon *lexicon;
static FramingStemmer *lex_stemmer;

/* Write NAME with CONTENTS into the scratch directory. */
static void
write_lexicon (const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_assert (g_file_set_contents (path, contents, -1, NULL));
}

/* Two topics: conflict (5 entries) and calm (3 entries), in that order. */
static void
load_fixture_lexicon (void)
{
  tmpdir = g_dir_make_tmp ("framing-score-XXXXXX", NULL);
  write_lexicon ("a-conflict.lex",
                 "@topic conflict\nattack\noffensive\nlaunch offensive | 2\n"
                 "escalat*\n=kiev\n");
  write_lexicon ("b-calm.lex", "@topic calm\npeace\npeace talks | 2\nceasefire\n");
  lex_stemmer = stem_new ("english", NULL);
  const char *paths[] = { tmpdir };
  g_autoptr (GError) error = NULL;
  lexicon = lexicon_load (paths, 1, lex_stemmer, &error);
  g_assert_no_error (error);
}

/* An article with TEXT and metadata pairs (key, value, ..., NULL). */
static FramingArticle *
make_article (const char *id, const char *text, ...)
{
  FramingArticle *a = g_new0 (FramingArticle, 1);
  a->id = g_strdup (id);
  a->where = g_strdup (id);
  a->text = g_strdup (text);
  a->len = strlen (text);
  a->meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list ap;
  va_start (ap, text);
  for (const char *k; (k = va_arg (ap, const char *)) != NULL;)
    g_hash_table_insert (a->meta, g_strdup (k), g_strdup (va_arg (ap, const char *)));
  va_end (ap);
  return a;
}

/* Hits, negated and weighted per topic, worked out by hand:
 * tokens: troops launch offensive near kiev | the attacks continued |
 * there was no ceasefire = 12.  conflict: "launch offensive" (2), "kiev"
 * (1), "attacks" (1) -> 3 hits, weighted 4.  calm: "ceasefire" with "no"
 * just before it -> 1 negated, 0 hits. */
static void
test_topic_counts (void)
{
  g_autoptr (Scorer) scorer = scorer_new (lexicon, "english", 3, "outlet", NULL, NULL);
  g_autoptr (FramingArticle) a = make_article (
    "a1", "Troops launch offensive near Kiev. The attacks continued!\n"
    "There was no ceasefire.\n", "outlet", "Red", "title", "T", NULL);
  g_autoptr (ArticleScore) s = scorer_score (scorer, a);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL (s->tokens, 12);
  CU_ASSERT_EQUAL (s->n_topics, 2);
  CU_ASSERT_EQUAL (s->topics[0].hits, 3);
  CU_ASSERT_EQUAL (s->topics[0].negated, 0);
  CU_ASSERT_DOUBLE_EQUAL (s->topics[0].weighted, 4.0, 1e-12);
  CU_ASSERT_EQUAL (s->topics[1].hits, 0);
  CU_ASSERT_EQUAL (s->topics[1].negated, 1);
  CU_ASSERT_DOUBLE_EQUAL (s->topics[1].weighted, 0.0, 1e-12);
  CU_ASSERT_STRING_EQUAL (s->group, "Red");
  CU_ASSERT_STRING_EQUAL (s->title, "T");
  CU_ASSERT_STRING_EQUAL (s->date, "");
}

/* Per-entry counts, by topic then entry index. */
static void
test_entry_counts (void)
{
  g_autoptr (Scorer) scorer = scorer_new (lexicon, "english", 3, "outlet", NULL, NULL);
  g_autoptr (FramingArticle) a = make_article (
    "a1", "Attack, attack and no attack. Ceasefire!", NULL);
  g_autoptr (ArticleScore) s = scorer_score (scorer, a);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL_FATAL (s->entries->len, 2);
  ScoreEntryCount *e0 = &g_array_index (s->entries, ScoreEntryCount, 0);
  ScoreEntryCount *e1 = &g_array_index (s->entries, ScoreEntryCount, 1);
  CU_ASSERT_EQUAL (e0->topic, 0);
  CU_ASSERT_EQUAL (e0->entry, 0);
  CU_ASSERT_EQUAL (e0->hits, 2);
  CU_ASSERT_EQUAL (e0->negated, 1);
  CU_ASSERT_EQUAL (e1->topic, 1);
  CU_ASSERT_EQUAL (e1->entry, 2);
  CU_ASSERT_EQUAL (e1->hits, 1);
  CU_ASSERT_STRING_EQUAL (s->group, "(none)");
}

/* The group comes from the chosen field; a window of 0 negates nothing. */
static void
test_group_field_and_window (void)
{
  g_autoptr (Scorer) scorer = scorer_new (lexicon, "english", 0, "bias", NULL, NULL);
  g_autoptr (FramingArticle) a = make_article (
    "a1", "There was no ceasefire.", "outlet", "X", "bias", "left", NULL);
  g_autoptr (ArticleScore) s = scorer_score (scorer, a);
  CU_ASSERT_STRING_EQUAL (s->group, "left");
  CU_ASSERT_EQUAL (s->topics[1].hits, 1);
  CU_ASSERT_EQUAL (s->topics[1].negated, 0);
}

/* An article with no tokens gives no score. */
static void
test_empty_article (void)
{
  g_autoptr (Scorer) scorer = scorer_new (lexicon, "english", 3, "outlet", NULL, NULL);
  g_autoptr (FramingArticle) a = make_article ("e", " ... -- !\n\n", NULL);
  CU_ASSERT_PTR_NULL (scorer_score (scorer, a));
}

static void
test_per_1k (void)
{
  CU_ASSERT_DOUBLE_EQUAL (score_per_1k (4, 12), 1000.0 / 3.0, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (score_per_1k (0, 12), 0.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (score_per_1k (3, 0), 0.0, 0.0);
}

/* Table order: group, then id (byte order), then input order. */
static void
test_order (void)
{
  ArticleScore a = { .id = "b", .group = "G", .seq = 0 };
  ArticleScore b = { .id = "a", .group = "G", .seq = 1 };
  ArticleScore c = { .id = "z", .group = "F", .seq = 2 };
  ArticleScore d = { .id = "a", .group = "G", .seq = 3 };
  ArticleScore e = { .id = "\xc3\xa9", .group = "G", .seq = 4 };
  ArticleScore *v[] = { &a, &b, &c, &d, &e };
  GPtrArray *arr = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (v); i++)
    g_ptr_array_add (arr, v[i]);
  g_ptr_array_sort (arr, article_score_compare);
  CU_ASSERT_PTR_EQUAL (arr->pdata[0], &c);
  CU_ASSERT_PTR_EQUAL (arr->pdata[1], &b);
  CU_ASSERT_PTR_EQUAL (arr->pdata[2], &d);
  CU_ASSERT_PTR_EQUAL (arr->pdata[3], &a);
  CU_ASSERT_PTR_EQUAL (arr->pdata[4], &e);
  g_ptr_array_unref (arr);
}

/* Remove the scratch lexicons. */
static void
cleanup (void)
{
  const char *names[] = { "a-conflict.lex", "b-calm.lex" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (tmpdir, names[i], NULL);
      g_unlink (p);
    }
  g_rmdir (tmpdir);
  g_free (tmpdir);
  lexicon_free (lexicon);
  stem_free (lex_stemmer);
}

static const UnitCase cases[] = {
  { "topic counts", test_topic_counts },
  { "entry counts", test_entry_counts },
  { "group field and window", test_group_field_and_window },
  { "empty article", test_empty_article },
  { "per_1k", test_per_1k },
  { "order", test_order },
  { NULL, NULL }
};

int
main (void)
{
  load_fixture_lexicon ();
  int rc = unit_run ("score", cases);
  cleanup ();
  return rc;
}
