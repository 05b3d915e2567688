/* test_grouptest.c - the calibrated group-versus-rest test (grouptest.c)
 * against the moments of its restricted permutation enumerated by brute
 * force, its edge cases, and the Benjamini-Hochberg adjustment worked by
 * hand. */
#include "grouptest.h"

#include "unit.h"

#include <math.h>

/* Two groups, A and B, one topic; rows are tokens, weighted hits.
 * Clusters: 0 (two articles, all in A), 1 (one article, in B), 2 (one,
 * in A), 3 (three articles: two in A, one in B: split); and an article
 * of its own in B. */
static const double rows_a[] = { 100, 3,  200, 1,  150, 6,  80, 2,  120, 0 };
static const guint32 clusters_a[] = { 0, 0, 2, 3, 3 };
static const double rows_b[] = { 90, 5,  110, 4,  60, 1 };
static const guint32 clusters_b[] = { 1, GROUPTEST_OWN, 3 };

/* The observed sum of residuals E of group A when the whole units get
 * labels WHOLE (1: A) and the split cluster's articles labels SPLIT. */
static double
sum_a (const double *e_whole, const int *whole, const double *e_split,
       const int *split)
{
  double s = 0.0;
  for (int u = 0; u < 4; u++)
    s += whole[u] ? e_whole[u] : 0.0;
  for (int a = 0; a < 3; a++)
    s += split[a] ? e_split[a] : 0.0;
  return s;
}

/* Group A's p by brute force: every way to deal A's two whole-unit
 * labels among the four whole units and its two split labels among the
 * cluster's three articles, each equally likely; z from the exact mean
 * and variance of A's sum, p two-sided normal. */
static double
brute_force_p (void)
{
  double tokens = 0, hits = 0;
  for (int i = 0; i < 5; i++)
    tokens += rows_a[2 * i], hits += rows_a[2 * i + 1];
  for (int i = 0; i < 3; i++)
    tokens += rows_b[2 * i], hits += rows_b[2 * i + 1];
  const double r = hits / tokens;
#define E(x) ((x)[1] - r * (x)[0])
  /* whole units: cluster 0 (rows a0+a1), cluster 1 (b0), cluster 2 (a2),
   * own (b1); split cluster 3: a3, a4, b2 */
  const double e_whole[4] = { E (&rows_a[0]) + E (&rows_a[2]), E (&rows_b[0]),
                              E (&rows_a[4]), E (&rows_b[2]) };
  const double e_split[3] = { E (&rows_a[6]), E (&rows_a[8]), E (&rows_b[4]) };
#undef E
  const int observed_whole[4] = { 1, 0, 1, 0 }, observed_split[3] = { 1, 1, 0 };
  const double obs = sum_a (e_whole, observed_whole, e_split, observed_split);
  double n = 0, s1 = 0, s2 = 0;
  for (int w = 0; w < 16; w++)
    for (int k = 0; k < 8; k++)
      {
        int whole[4], split[3], nw = 0, ns = 0;
        for (int u = 0; u < 4; u++)
          nw += whole[u] = (w >> u) & 1;
        for (int a = 0; a < 3; a++)
          ns += split[a] = (k >> a) & 1;
        if (nw != 2 || ns != 2)
          continue;
        const double s = sum_a (e_whole, whole, e_split, split);
        n++, s1 += s, s2 += s * s;
      }
  const double mean = s1 / n, var = s2 / n - mean * mean;
  return erfc (fabs ((obs - mean) / sqrt (var)) / G_SQRT2);
}

/* The p of both groups equals the brute-force one (two groups: B's test
 * is A's mirrored), and the design counts the units and the split
 * cluster. */
static void
test_brute_force (void)
{
  const GroupTestGroup groups[] = {
    { rows_a, clusters_a, 5 },
    { rows_b, clusters_b, 3 },
  };
  double p[2];
  GroupTestDesign design;
  grouptest_topics (groups, 2, 1, 4, p, &design);
  const double expect = brute_force_p ();
  CU_ASSERT_TRUE (expect > 0.0 && expect < 1.0);
  CU_ASSERT_DOUBLE_EQUAL (p[0], expect, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (p[1], expect, 1e-12);
  CU_ASSERT_EQUAL (design.units, 4);
  CU_ASSERT_EQUAL (design.split_clusters, 1);
}

/* Articles alone (no clusters): a group whose rate stands out gets a
 * small p, one like the rest a large one; the same rows in another
 * order give the same p to the bit. */
static void
test_articles_alone (void)
{
  const guint32 own[8] = { GROUPTEST_OWN, GROUPTEST_OWN, GROUPTEST_OWN,
                           GROUPTEST_OWN, GROUPTEST_OWN, GROUPTEST_OWN,
                           GROUPTEST_OWN, GROUPTEST_OWN };
  const double high[] = { 100, 9, 100, 10, 100, 11, 100, 12, 100, 9, 100, 10,
                          100, 11, 100, 10 };
  const double low[] = { 100, 1, 100, 0, 100, 2, 100, 1, 100, 1, 100, 0,
                         100, 2, 100, 1 };
  const double mid[] = { 100, 1, 100, 2, 100, 1, 100, 0, 100, 2, 100, 1,
                         100, 1, 100, 0 };
  const GroupTestGroup groups[] = {
    { high, own, 8 }, { low, own, 8 }, { mid, own, 8 },
  };
  double p[3];
  grouptest_topics (groups, 3, 1, 0, p, NULL);
  CU_ASSERT_TRUE (p[0] < 1e-4);
  CU_ASSERT_TRUE (p[1] > 0.01);
  CU_ASSERT_TRUE (p[2] > 0.01);
  const GroupTestGroup swapped[] = {
    { high, own, 8 }, { mid, own, 8 }, { low, own, 8 },
  };
  double q[3];
  grouptest_topics (swapped, 3, 1, 0, q, NULL);
  CU_ASSERT_EQUAL (p[0], q[0]);
}

/* One group: nothing to compare, p is NAN.  Two groups of one whole
 * cluster each can still swap them: p is defined.  All the rows in one
 * cluster beside an empty group: no shuffle changes anything, NAN. */
static void
test_untestable (void)
{
  const double rows[] = { 100, 5, 100, 6 };
  const guint32 own[] = { GROUPTEST_OWN, GROUPTEST_OWN };
  const guint32 one[] = { 0, 0 };
  double p[2];
  const GroupTestGroup alone[] = { { rows, own, 2 } };
  grouptest_topics (alone, 1, 1, 0, p, NULL);
  CU_ASSERT_TRUE (isnan (p[0]));
  /* two groups, each one whole cluster: the only shuffle swaps them */
  const guint32 other[] = { 1, 1 };
  const double others[] = { 100, 1, 100, 0 };
  const GroupTestGroup pair[] = { { rows, one, 2 }, { others, other, 2 } };
  grouptest_topics (pair, 2, 1, 2, p, NULL);
  CU_ASSERT_TRUE (isfinite (p[0]) && isfinite (p[1]));
  /* a group with no rows beside one with all: nothing to deal out */
  const GroupTestGroup empty[] = { { rows, one, 2 }, { NULL, NULL, 0 } };
  grouptest_topics (empty, 2, 1, 1, p, NULL);
  CU_ASSERT_TRUE (isnan (p[0]) && isnan (p[1]));
}

/* Benjamini-Hochberg by hand: p 0.01, 0.04, 0.03, NAN, 0.5 (m = 4):
 * ranks 1 0.01 -> 0.04; 2 0.03 -> 0.06; 3 0.04 -> 0.0533; 4 0.5 -> 0.5;
 * then the least from the top: 0.04, 0.0533, 0.0533, 0.5. */
static void
test_bh (void)
{
  const double p[] = { 0.01, 0.04, 0.03, NAN, 0.5 };
  double q[5];
  grouptest_adjust_bh (p, 5, q);
  CU_ASSERT_DOUBLE_EQUAL (q[0], 0.04, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (q[1], 0.04 * 4 / 3, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (q[2], 0.04 * 4 / 3, 1e-15);
  CU_ASSERT_TRUE (isnan (q[3]));
  CU_ASSERT_DOUBLE_EQUAL (q[4], 0.5, 1e-15);
  /* capped at 1, and ties share their value */
  const double t[] = { 0.9, 0.9, 0.9 };
  grouptest_adjust_bh (t, 3, q);
  CU_ASSERT_DOUBLE_EQUAL (q[0], 0.9, 1e-15);
  CU_ASSERT_EQUAL (q[0], q[2]);
  const double big[] = { 0.8, 0.9 };
  grouptest_adjust_bh (big, 2, q);
  CU_ASSERT_TRUE (q[0] <= 1.0 && q[1] <= 1.0);
}

/* The two-sided normal p: 1.96 gives 0.05, 0 gives 1. */
static void
test_p_of_z (void)
{
  CU_ASSERT_DOUBLE_EQUAL (grouptest_p_of_z (1.959963984540054), 0.05, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (grouptest_p_of_z (-1.959963984540054), 0.05, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (grouptest_p_of_z (0.0), 1.0, 1e-15);
  CU_ASSERT_TRUE (isnan (grouptest_p_of_z (NAN)));
}

static const UnitCase cases[] = {
  { "moments match a brute-force permutation", test_brute_force },
  { "articles alone", test_articles_alone },
  { "nothing to shuffle", test_untestable },
  { "Benjamini-Hochberg", test_bh },
  { "normal p of z", test_p_of_z },
  { NULL, NULL }
};

UNIT_MAIN ("grouptest", cases)
