/* test_tables.c - the articles table's layouts: the --keep parser, the
 * kept columns and the --wide rows and header; the pairs table's cells,
 * empty where undefined. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "framing.h"
#include "tables.h"
#include "unit.h"

/* The --keep fields of SPECS joined by "|", "ALL" for all, or "ERROR"
 * (static). */
static const char *
keep (const char *first, ...)
{
  static char buf[256];
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  va_list ap;
  va_start (ap, first);
  for (const char *s = first; s != NULL; s = va_arg (ap, const char *))
    g_ptr_array_add (specs, (gpointer) s);
  va_end (ap);
  g_ptr_array_add (specs, NULL);
  gboolean all = TRUE;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) fields = tables_parse_keep ((const char *const *) specs->pdata,
                                             &all, &error);
  if (error != NULL)
    {
      CU_ASSERT_TRUE (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_USAGE));
      CU_ASSERT_PTR_NULL (fields);
      CU_ASSERT_FALSE (all);
      return "ERROR";
    }
  if (all)
    {
      CU_ASSERT_PTR_NULL (fields);
      return "ALL";
    }
  g_autofree char *joined = g_strjoinv ("|", fields);
  g_strlcpy (buf, joined, sizeof buf);
  return buf;
}

static void
test_parse_keep (void)
{
  CU_ASSERT_STRING_EQUAL (keep ("bias", NULL), "bias");
  CU_ASSERT_STRING_EQUAL (keep ("Bias, topic", "url,bias", NULL), "bias|topic|url");
  CU_ASSERT_STRING_EQUAL (keep ("all", NULL), "ALL");
  CU_ASSERT_STRING_EQUAL (keep ("ALL", NULL), "ALL");
  CU_ASSERT_STRING_EQUAL (keep ("all", "bias", NULL), "ERROR");
  CU_ASSERT_STRING_EQUAL (keep ("bias,all", NULL), "ERROR");
  CU_ASSERT_STRING_EQUAL (keep ("", NULL), "ERROR");
  CU_ASSERT_STRING_EQUAL (keep ("bias,,topic", NULL), "ERROR");
  CU_ASSERT_STRING_EQUAL (keep ("title", NULL), "ERROR");
  CU_ASSERT_STRING_EQUAL (keep ("lexicon", NULL), "ERROR");
  /* The old name of the lexicon column is a field like any other now. */
  CU_ASSERT_STRING_EQUAL (keep ("topic", NULL), "topic");
}

/* A lexicon of two topics, a and b, and a score of 10 tokens with 2 hits
 * of a (weighted 3) and 1 negated hit of b. */
static FramingLexicon *
two_topics (void)
{
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new ();
  static LexTopic a = { .name = (char *) "a" }, b = { .name = (char *) "b" };
  g_ptr_array_add (lex->topics, &a);
  g_ptr_array_add (lex->topics, &b);
  return lex;
}

static ArticleScore *
score (void)
{
  static ScoreCount counts[2] = { { 2, 0, 3.0 }, { 0, 1, 0.0 } };
  static ArticleScore s = { .id = (char *) "x1", .group = (char *) "left / 2019",
                            .title = (char *) "T, t", .date = (char *) "2019-01-01",
                            .tokens = 10, .n_topics = 2, .topics = counts };
  return &s;
}

/* Records made by tables_article_rows () (OUT) as CSV rows (static). */
static const char *
as_csv (const GString *out)
{
  static char text[1024];
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (Sink) sink = sink_csv_new (f);
  sink_replay (sink, out->str, out->len);
  CU_ASSERT_TRUE (sink_finish (sink, NULL));
  fclose (f);
  g_strlcpy (text, buf, sizeof text);
  free (buf);
  return text;
}

/* Rows of the default layout, with kept columns after the fixed ones,
 * under the formula guard. */
static void
test_rows_keep (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  FramingLexicon *lex = two_topics ();
  const char *fields[] = { "bias", "url", NULL };
  const char *values[] = { "=left", "", NULL };
  TablesLayout layout = { fields, FALSE };
  tables_article_rows (out, score (), lex, &layout, values);
  CU_ASSERT_STRING_EQUAL (as_csv (out),
    "x1,left / 2019,\"T, t\",2019-01-01,10,a,2,0,3,300,'=left,\n"
    "x1,left / 2019,\"T, t\",2019-01-01,10,b,0,1,0,0,'=left,\n");
  g_string_truncate (out, 0);
  tables_article_rows (out, score (), lex, NULL, NULL);
  CU_ASSERT_STRING_EQUAL (as_csv (out),
    "x1,left / 2019,\"T, t\",2019-01-01,10,a,2,0,3,300\n"
    "x1,left / 2019,\"T, t\",2019-01-01,10,b,0,1,0,0\n");
  g_ptr_array_unref (lex->topics);
  g_free (lex);
}

/* --wide: one row, the topics' cells in lexicon order, and its header. */
static void
test_rows_wide (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  FramingLexicon *lex = two_topics ();
  const char *fields[] = { "bias", NULL };
  const char *values[] = { "left", NULL };
  TablesLayout layout = { fields, TRUE };
  tables_article_rows (out, score (), lex, &layout, values);
  CU_ASSERT_STRING_EQUAL (as_csv (out),
    "x1,left / 2019,\"T, t\",2019-01-01,10,2,0,3,300,0,1,0,0,left\n");

  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (tables_write (f, "articles", NULL, lex, NULL, NULL, &layout,
                                &error));
  fclose (f);
  CU_ASSERT_STRING_EQUAL (buf, "id,group,title,date,tokens,hits_a,negated_a,"
                          "weighted_a,per_1k_a,hits_b,negated_b,weighted_b,"
                          "per_1k_b,bias\n");
  free (buf);
  g_ptr_array_unref (lex->topics);
  g_free (lex);
}

/* The pairs table of two groups and topics a, b: numbers as "%.6g",
 * an undefined ratio and missing intervals empty, an unbounded upper
 * bound "inf"; a group of a handful of articles gets no interval. */
static void
test_pairs_table (void)
{
  FramingLexicon *lex = two_topics ();
  ProfileGroup left = { .name = (char *) "left", .articles = 10 };
  ProfileGroup right = { .name = (char *) "right, centre", .articles = 10 };
  Profile profile = { .lexicon = lex, .groups = g_ptr_array_new () };
  g_ptr_array_add (profile.groups, &left);
  g_ptr_array_add (profile.groups, &right);
  PairsTopic topics[2] = {
    { 30, 10, 20, 5, 40, 3, 1.0 / 3.0, INFINITY },
    { 5, 0, 5, NAN, NAN, NAN, NAN, NAN },
  };
  PairsPair pair = { 0, 1, topics };
  Pairs pairs = { &profile, 2, 2, 1, &pair };
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (tables_write (f, "pairs", NULL, lex, &profile, &pairs, NULL,
                                &error));
  fclose (f);
  CU_ASSERT_STRING_EQUAL (buf,
    "group_a,group_b,topic,per_1k_a,per_1k_b,difference,difference_low,"
    "difference_high,ratio,ratio_low,ratio_high\n"
    "left,\"right, centre\",a,30,10,20,5,40,3,0.333333,inf\n"
    "left,\"right, centre\",b,5,0,5,,,,,\n");
  free (buf);
  right.articles = PROFILE_FEW_ARTICLES - 1;
  f = open_memstream (&buf, &len);
  CU_ASSERT_TRUE (tables_write (f, "pairs", NULL, lex, &profile, &pairs, NULL,
                                &error));
  fclose (f);
  CU_ASSERT_PTR_NOT_NULL (strstr (buf, "left,\"right, centre\",a,30,10,20,,,3,,\n"));
  free (buf);
  CU_ASSERT_TRUE (tables_known ("pairs"));
  g_ptr_array_unref (profile.groups);
  g_ptr_array_unref (lex->topics);
  g_free (lex);
}

static const UnitCase cases[] = {
  { "--keep fields", test_parse_keep },
  { "rows with kept fields", test_rows_keep },
  { "--wide rows and header", test_rows_wide },
  { "pairs table", test_pairs_table },
  { NULL, NULL }
};

UNIT_MAIN ("tables", cases)
