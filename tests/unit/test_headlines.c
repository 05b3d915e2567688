/* test_headlines.c - unit tests of headlines.c: the first articles of
 * each group in table order whatever the order they come in, the cap,
 * the span of the dates and the articles without one. */
#include <string.h>

#include "fixture.h"
#include "headlines.h"
#include "unit.h"

/* A score of GROUP with ID, TITLE, DATE and input position SEQ. */
static ArticleScore *
dated_score (const char *id, const char *group, const char *title,
             const char *date, guint64 seq)
{
  ArticleScore *s = fixture_blank_score (id, group, 10, 1);
  g_free (s->title);
  g_free (s->date);
  s->title = g_strdup (title);
  s->date = g_strdup (date);
  s->seq = seq;
  return s;
}

/* The ids kept for GROUP, joined by spaces ("" for none). */
static char *
kept_ids (const Headlines *h, const char *group)
{
  const GPtrArray *kept = headlines_group (h, group);
  GString *s = g_string_new (NULL);
  for (guint k = 0; kept != NULL && k < kept->len; k++)
    g_string_append_printf (s, "%s%s", k > 0 ? " " : "",
                            ((const Headline *) g_ptr_array_index (kept, k))
                            ->id);
  return g_string_free (s, FALSE);
}

static void
test_free_null (void)
{
  headlines_free (NULL);
  CU_PASS ("headlines_free (NULL) is a no-op");
}

/* The first three by id (then input order) are kept, in that order,
 * whichever order the articles come in. */
static void
test_order_and_cap (void)
{
  static const char *const ids[] = { "e", "b", "d", "a", "b", "c" };
  static const guint orders[2][6] = { { 0, 1, 2, 3, 4, 5 },
                                      { 5, 4, 3, 2, 1, 0 } };
  for (guint o = 0; o < 2; o++)
    {
      g_autoptr (Headlines) h = headlines_new (3);
      for (guint k = 0; k < 6; k++)
        {
          guint i = orders[o][k];
          g_autoptr (ArticleScore) s = dated_score (ids[i], "G", "T", "",
                                                    i);
          headlines_add (h, s);
        }
      g_autofree char *got = kept_ids (h, "G");
      CU_ASSERT_STRING_EQUAL (got, "a b b");
      const GPtrArray *kept = headlines_group (h, "G");
      /* the two b's in input order */
      CU_ASSERT_EQUAL (((const Headline *) g_ptr_array_index (kept, 1))->seq,
                       1);
      CU_ASSERT_EQUAL (((const Headline *) g_ptr_array_index (kept, 2))->seq,
                       4);
      CU_ASSERT_PTR_NULL (headlines_group (h, "other"));
    }
}

/* Groups apart; title, date and cluster copied. */
static void
test_fields (void)
{
  g_autoptr (Headlines) h = headlines_new (0); /* at least one kept */
  g_autoptr (ArticleScore) a = dated_score ("x", "A", "Title A",
                                            "2023-02-13", 0);
  g_autoptr (ArticleScore) b = dated_score ("y", "B", "", "", 1);
  g_autoptr (ArticleScore) a2 = dated_score ("w", "A", "Title W", "", 2);
  a->cluster = g_strdup ("CGTN");
  headlines_add (h, a);
  headlines_add (h, b);
  headlines_add (h, a2);
  g_autofree char *ga = kept_ids (h, "A");
  g_autofree char *gb = kept_ids (h, "B");
  CU_ASSERT_STRING_EQUAL (ga, "w");
  CU_ASSERT_STRING_EQUAL (gb, "y");
  g_autoptr (Headlines) h2 = headlines_new (2);
  headlines_add (h2, a);
  const Headline *hl = g_ptr_array_index (headlines_group (h2, "A"), 0);
  CU_ASSERT_STRING_EQUAL (hl->title, "Title A");
  CU_ASSERT_STRING_EQUAL (hl->date, "2023-02-13");
  CU_ASSERT_STRING_EQUAL (hl->cluster, "CGTN");
}

/* The span runs from the earliest to the latest readable date, over every
 * article (not only those kept); the others are counted. */
static void
test_span (void)
{
  g_autoptr (Headlines) h = headlines_new (1);
  SelectionDate first, last;
  guint undated = 9;
  CU_ASSERT_FALSE (headlines_span (h, &first, &last, &undated));
  CU_ASSERT_EQUAL (undated, 0);
  static const char *const dates[] = { "2023-02-13", "3/30/19", "",
                                       "sometime", "2022-04-05",
                                       "Tue, 14 Feb 2023 10:00:00 +0000" };
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);
      g_autoptr (ArticleScore) s = dated_score (id, "G", "", dates[i], i);
      headlines_add (h, s);
    }
  CU_ASSERT_TRUE_FATAL (headlines_span (h, &first, &last, &undated));
  CU_ASSERT_EQUAL (undated, 2);
  CU_ASSERT_EQUAL (first.year, 2019);
  CU_ASSERT_EQUAL (first.month, 3);
  CU_ASSERT_EQUAL (first.day, 30);
  CU_ASSERT_EQUAL (last.year, 2023);
  CU_ASSERT_EQUAL (last.month, 2);
  CU_ASSERT_EQUAL (last.day, 14);
  SelectionDate a = { 2022, 4, 5 }, b = { 2023, 2, 14 }, c = { 2024, 3, 1 };
  CU_ASSERT_EQUAL (headlines_days (&a, &b), 315);
  CU_ASSERT_EQUAL (headlines_days (&a, &a), 0);
  SelectionDate feb28 = { 2024, 2, 28 };
  CU_ASSERT_EQUAL (headlines_days (&feb28, &c), 2); /* a leap year */
}

static const UnitCase cases[] = {
  { "free_null", test_free_null },
  { "order and cap", test_order_and_cap },
  { "fields", test_fields },
  { "span", test_span },
  { NULL, NULL },
};

UNIT_MAIN ("headlines", cases)
