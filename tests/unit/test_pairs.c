/* test_pairs.c - the ratios and differences of rates between every two
 * groups (pairs.c): the numbers and their intervals on small corpora
 * worked out by hand, the undefined cases, the cap on the groups, and
 * the same results whatever the order of the articles, the other groups
 * and the number of threads. */
#include <math.h>
#include <string.h>

#include "fixture.h"
#include "fnv.h"
#include "pairs.h"
#include "profile.h"
#include "unit.h"

/* The two-topic lexicon of the fixtures. */
static FramingLexicon *
lexicon (void)
{
  return fixture_lexicon ("@topic escalation\nattack\n",
                          "@topic peace\nceasefire\n");
}

/* One article: ID of GROUP with TOKENS tokens, ESC escalation and PEACE
 * peace hits (weight 1), in cluster CLUSTER (NULL: its own). */
typedef struct {
  const char *id;
  const char *group;
  guint tokens;
  guint esc;
  guint peace;
  const char *cluster;
} Article;

/* The small corpus the hand-worked numbers are for:
 *   A: a1 100 tokens, 2 escalation; a2 100 tokens, 4 escalation and 1
 *      peace.  per_1k escalation 30, peace 5.
 *   B: b1 200 tokens, 3 escalation; b2 100 tokens, none.  per_1k
 *      escalation 10, peace 0.
 * A resample of A has escalation 20 (a1 twice), 30 or 40 (a2 twice);
 * of B 15 (b1 twice), 10 or 0 (b2 twice), each end with chance 1/4. */
static const Article small[] = {
  { "a1", "A", 100, 2, 0, NULL },
  { "a2", "A", 100, 4, 1, NULL },
  { "b1", "B", 200, 3, 0, NULL },
  { "b2", "B", 100, 0, 0, NULL },
};

/* A finished profile of the N articles ARTS taken in ORDER (indexes;
 * NULL: as given), with RESAMPLES resamples and JOBS threads. */
static Profile *
profile_of (const FramingLexicon *lex, const Article *arts, guint n,
            const guint *order, guint resamples, guint jobs)
{
  ProfileOptions opts = { .presence = 1, .resamples = resamples,
                          .seed = PROFILE_SEED, .jobs = jobs,
                          .keep_resampled = PAIRS_MAX_GROUPS };
  Profile *p = profile_new (lex, &opts);
  for (guint k = 0; k < n; k++)
    {
      const Article *a = &arts[order != NULL ? order[k] : k];
      g_autoptr (ArticleScore) s = fixture_simple_score (a->id, a->group,
                                                         a->tokens, a->esc,
                                                         a->peace);
      s->cluster = g_strdup (a->cluster);
      profile_add (p, s);
    }
  profile_finish (p);
  return p;
}

/* The pair of groups named A and B in PAIRS, or NULL. */
static const PairsPair *
find_pair (const Pairs *pairs, const char *a, const char *b)
{
  for (guint k = 0; k < pairs->n_pairs; k++)
    {
      const PairsPair *pair = &pairs->pairs[k];
      if (strcmp (profile_group_at (pairs->profile, pair->a)->name, a) == 0
          && strcmp (profile_group_at (pairs->profile, pair->b)->name, b) == 0)
        return pair;
    }
  return NULL;
}

/* Rates, ratio and difference of the small corpus, by hand. */
static void
test_point_values (void)
{
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, small, 4, NULL, 0, 1);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  CU_ASSERT_EQUAL_FATAL (pairs->n_pairs, 1);
  CU_ASSERT_EQUAL (pairs->n_paired, 2);
  const PairsPair *pair = &pairs->pairs[0];
  CU_ASSERT_EQUAL (pair->a, 0);
  CU_ASSERT_EQUAL (pair->b, 1);
  const PairsTopic *esc = &pair->topics[0], *peace = &pair->topics[1];
  CU_ASSERT_DOUBLE_EQUAL (esc->per_1k_a, 30.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (esc->per_1k_b, 10.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (esc->ratio, 3.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (esc->difference, 20.0, 1e-12);
  /* B never says peace: the ratio is undefined, the difference is not */
  CU_ASSERT_DOUBLE_EQUAL (peace->per_1k_a, 5.0, 1e-12);
  CU_ASSERT_EQUAL (peace->per_1k_b, 0.0);
  CU_ASSERT_TRUE (isnan (peace->ratio));
  CU_ASSERT_DOUBLE_EQUAL (peace->difference, 5.0, 1e-12);
  /* no resamples: no interval */
  CU_ASSERT_TRUE (isnan (esc->ratio_low) && isnan (esc->ratio_high));
  CU_ASSERT_TRUE (isnan (esc->difference_low) && isnan (esc->difference_high));
}

/* The intervals of the small corpus.  The smallest resampled ratio is
 * 20/15 and the largest difference 40 - 0 = 40, the smallest 20 - 15 =
 * 5, each with chance 1/16 (about 62 of 1000 resamples, far above the
 * 25 the 2.5% quantile reaches into): the bounds are those values
 * exactly.  B's rate is 0 in a quarter of the resamples, so the ratio
 * has no upper bound.  Peace has no ratio, so no ratio interval, but
 * its difference has one: A's 0 or 5 or 10 minus B's 0. */
static void
test_intervals (void)
{
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, small, 4, NULL, 1000, 1);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  const PairsTopic *esc = &pairs->pairs[0].topics[0];
  const PairsTopic *peace = &pairs->pairs[0].topics[1];
  CU_ASSERT_EQUAL (esc->ratio_low, 20.0 / 15.0);
  CU_ASSERT_TRUE (isinf (esc->ratio_high) && esc->ratio_high > 0);
  CU_ASSERT_EQUAL (esc->difference_low, 5.0);
  CU_ASSERT_EQUAL (esc->difference_high, 40.0);
  CU_ASSERT_TRUE (isnan (peace->ratio_low) && isnan (peace->ratio_high));
  CU_ASSERT_EQUAL (peace->difference_low, 0.0);
  CU_ASSERT_EQUAL (peace->difference_high, 10.0);
}

/* A rate of 0 in A gives a ratio of 0, and a bounded interval [0, 0]
 * when B's rate is never 0 in a resample; equal rates give 1. */
static void
test_zero_and_equal (void)
{
  static const Article arts[] = {
    { "a1", "A", 100, 0, 3, NULL },
    { "a2", "A", 100, 0, 1, NULL },
    { "b1", "B", 100, 2, 1, NULL },
    { "b2", "B", 100, 2, 3, NULL },
  };
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, arts, 4, NULL, 200, 1);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  const PairsTopic *esc = &pairs->pairs[0].topics[0];
  const PairsTopic *peace = &pairs->pairs[0].topics[1];
  CU_ASSERT_EQUAL (esc->ratio, 0.0);
  CU_ASSERT_EQUAL (esc->ratio_low, 0.0);
  CU_ASSERT_EQUAL (esc->ratio_high, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (esc->difference, -20.0, 1e-12);
  CU_ASSERT_EQUAL (esc->difference_low, -20.0);
  CU_ASSERT_EQUAL (esc->difference_high, -20.0);
  CU_ASSERT_EQUAL (peace->ratio, 1.0);
  CU_ASSERT_EQUAL (peace->difference, 0.0);
  /* each side 10, 20 or 30: the ratio spans 1/3 to 3 at most */
  CU_ASSERT_TRUE (peace->ratio_low >= 1.0 / 3.0 && peace->ratio_low < 1.0);
  CU_ASSERT_TRUE (peace->ratio_high > 1.0 && peace->ratio_high <= 3.0);
}

/* Fewer than two units in either group: no interval, the point values
 * still there; one cluster holding all of a group's articles is one
 * unit. */
static void
test_one_unit (void)
{
  static const Article arts[] = {
    { "a1", "A", 100, 2, 0, "x" },
    { "a2", "A", 100, 4, 1, "x" },
    { "b1", "B", 200, 3, 0, NULL },
    { "b2", "B", 100, 1, 0, NULL },
    { "c1", "C", 100, 1, 0, NULL },
  };
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, arts, 5, NULL, 1000, 1);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  CU_ASSERT_EQUAL_FATAL (pairs->n_pairs, 3);
  const PairsPair *ab = find_pair (pairs, "A", "B");
  const PairsPair *bc = find_pair (pairs, "B", "C");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ab);
  CU_ASSERT_PTR_NOT_NULL_FATAL (bc);
  CU_ASSERT_DOUBLE_EQUAL (ab->topics[0].ratio, 30.0 / (4000.0 / 300.0), 1e-12);
  CU_ASSERT_TRUE (isnan (ab->topics[0].ratio_low));
  CU_ASSERT_TRUE (isnan (ab->topics[0].difference_high));
  CU_ASSERT_DOUBLE_EQUAL (bc->topics[0].difference, 4000.0 / 300.0 - 10.0,
                          1e-12);
  CU_ASSERT_TRUE (isnan (bc->topics[0].ratio_high));
  CU_ASSERT_TRUE (isnan (bc->topics[0].difference_low));
}

/* Every unordered pair once, by A's name then B's. */
static void
test_order_of_pairs (void)
{
  static const Article arts[] = {
    { "d1", "delta", 100, 1, 0, NULL }, { "b1", "bravo", 100, 2, 0, NULL },
    { "a1", "alpha", 100, 3, 0, NULL }, { "c1", "charlie", 100, 4, 0, NULL },
  };
  static const char *const expect[][2] = {
    { "alpha", "bravo" }, { "alpha", "charlie" }, { "alpha", "delta" },
    { "bravo", "charlie" }, { "bravo", "delta" }, { "charlie", "delta" },
  };
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, arts, 4, NULL, 10, 1);
  g_autoptr (Pairs) pairs = pairs_new (p, 0);
  CU_ASSERT_EQUAL_FATAL (pairs->n_pairs, 6);
  for (guint k = 0; k < 6; k++)
    {
      const PairsPair *pair = &pairs->pairs[k];
      CU_ASSERT_STRING_EQUAL (profile_group_at (p, pair->a)->name, expect[k][0]);
      CU_ASSERT_STRING_EQUAL (profile_group_at (p, pair->b)->name, expect[k][1]);
    }
  /* alpha 30 per 1000 against delta 10 */
  CU_ASSERT_DOUBLE_EQUAL (pairs->pairs[2].topics[0].ratio, 3.0, 1e-12);
}

/* With a cap, only the groups with the most articles are paired (ties
 * by name): here big (3), then mid and other (2 each; mid wins), not
 * small (1). */
static void
test_cap (void)
{
  static const Article arts[] = {
    { "s1", "small", 100, 1, 0, NULL },
    { "o1", "other", 100, 1, 0, NULL }, { "o2", "other", 100, 1, 0, NULL },
    { "m1", "mid", 100, 1, 0, NULL }, { "m2", "mid", 100, 1, 0, NULL },
    { "b1", "big", 100, 1, 0, NULL }, { "b2", "big", 100, 1, 0, NULL },
    { "b3", "big", 100, 1, 0, NULL },
  };
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p = profile_of (lex, arts, 8, NULL, 10, 1);
  g_autoptr (Pairs) capped = pairs_new (p, 2);
  CU_ASSERT_EQUAL (capped->n_groups, 4);
  CU_ASSERT_EQUAL (capped->n_paired, 2);
  CU_ASSERT_EQUAL_FATAL (capped->n_pairs, 1);
  CU_ASSERT_PTR_NOT_NULL (find_pair (capped, "big", "mid"));
  g_autoptr (Pairs) three = pairs_new (p, 3);
  CU_ASSERT_EQUAL (three->n_pairs, 3);
  CU_ASSERT_PTR_NULL (find_pair (three, "other", "small"));
  CU_ASSERT_PTR_NOT_NULL (find_pair (three, "mid", "other"));
  g_autoptr (Pairs) all = pairs_new (p, 0);
  CU_ASSERT_EQUAL (all->n_pairs, 6);
  g_autoptr (Pairs) more = pairs_new (p, 50);
  CU_ASSERT_EQUAL (more->n_pairs, 6);
}

/* Whether every number of pair X equals Y's, bit for bit (NAN as NAN),
 * over NT topics. */
static gboolean
same_pair (const PairsPair *x, const PairsPair *y, guint nt)
{
  for (guint t = 0; t < nt; t++)
    {
      const double *a = &x->topics[t].per_1k_a, *b = &y->topics[t].per_1k_a;
      for (guint k = 0; k < sizeof (PairsTopic) / sizeof (double); k++)
        if (!(a[k] == b[k] || (isnan (a[k]) && isnan (b[k]))))
          return FALSE;
    }
  return TRUE;
}

/* The same numbers whatever the order of the articles, the threads and
 * the other groups beside the pair. */
static void
test_same_in_any_order (void)
{
  static const Article arts[] = {
    { "a1", "A", 120, 2, 1, NULL }, { "a2", "A", 90, 4, 0, NULL },
    { "a3", "A", 300, 1, 2, NULL }, { "b1", "B", 200, 3, 0, NULL },
    { "b2", "B", 100, 0, 1, NULL }, { "b3", "B", 150, 5, 1, NULL },
    { "c1", "C", 100, 1, 1, NULL }, { "c2", "C", 80, 2, 0, NULL },
  };
  static const guint reversed[] = { 7, 6, 5, 4, 3, 2, 1, 0 };
  static const guint mixed[] = { 3, 0, 6, 4, 1, 7, 5, 2 };
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) p1 = profile_of (lex, arts, 8, NULL, 500, 1);
  g_autoptr (Profile) p2 = profile_of (lex, arts, 8, reversed, 500, 4);
  g_autoptr (Profile) p3 = profile_of (lex, arts, 8, mixed, 500, 2);
  /* A and B alone: the C articles left out */
  static const guint ab_only[] = { 5, 0, 4, 1, 3, 2 };
  g_autoptr (Profile) p4 = profile_of (lex, arts, 6, ab_only, 500, 1);
  g_autoptr (Pairs) x1 = pairs_new (p1, 0);
  g_autoptr (Pairs) x2 = pairs_new (p2, 0);
  g_autoptr (Pairs) x3 = pairs_new (p3, 0);
  g_autoptr (Pairs) x4 = pairs_new (p4, 0);
  CU_ASSERT_EQUAL_FATAL (x1->n_pairs, 3);
  for (guint k = 0; k < 3; k++)
    {
      CU_ASSERT_TRUE (same_pair (&x1->pairs[k], &x2->pairs[k], 2));
      CU_ASSERT_TRUE (same_pair (&x1->pairs[k], &x3->pairs[k], 2));
    }
  CU_ASSERT_TRUE (isfinite (x1->pairs[0].topics[0].ratio_low));
  CU_ASSERT_TRUE (same_pair (find_pair (x1, "A", "B"), &x4->pairs[0], 2));
}

/* The ratio of two rates, undefined when B's is 0. */
static void
test_ratio (void)
{
  CU_ASSERT_EQUAL (pairs_ratio (3, 2), 1.5);
  CU_ASSERT_TRUE (isnan (pairs_ratio (1, 0)));
  CU_ASSERT_TRUE (isnan (pairs_ratio (0, 0)));
}

/* No group, one group: no pair; pairs_free (NULL) is a no-op. */
static void
test_no_pairs (void)
{
  pairs_free (NULL);
  g_autoptr (FramingLexicon) lex = lexicon ();
  g_autoptr (Profile) none = profile_of (lex, small, 0, NULL, 10, 1);
  g_autoptr (Pairs) x = pairs_new (none, 0);
  CU_ASSERT_EQUAL (x->n_pairs, 0);
  g_autoptr (Profile) one = profile_of (lex, small, 2, NULL, 10, 1);
  g_autoptr (Pairs) y = pairs_new (one, 0);
  CU_ASSERT_EQUAL (y->n_groups, 1);
  CU_ASSERT_EQUAL (y->n_pairs, 0);
}

/* Frees the shared stemmer: the last case. */
static void
test_cleanup (void)
{
  fixture_stemmer_free ();
}

static const UnitCase cases[] = {
  { "point values by hand", test_point_values },
  { "intervals by hand", test_intervals },
  { "rate 0 in A, equal rates", test_zero_and_equal },
  { "fewer than two units", test_one_unit },
  { "order of the pairs", test_order_of_pairs },
  { "cap on the groups", test_cap },
  { "same in any order", test_same_in_any_order },
  { "ratio", test_ratio },
  { "no pairs", test_no_pairs },
  { "cleanup", test_cleanup },
  { NULL, NULL },
};

UNIT_MAIN ("pairs", cases)
