/* test_nearest.c - unit tests of nearest.c: each point's K nearest by
 * Jensen-Shannon divergence, against the rule worked out by brute force
 * over every pair, on points made to tie (the same rows many times, the
 * same divergence from many rows) and on points with nothing in common. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "nearest.h"
#include "profile.h"
#include "unit.h"

/* The points of a test: N rows of DIM shares, and which are used. */
typedef struct {
  double *rows;
  gboolean *use;
  guint n;
  guint dim;
} Points;

/* The divergence of points I and J (DATA: the Points). */
static double
divergence (guint i, guint j, gpointer data)
{
  const Points *pt = data;
  return profile_jsd (&pt->rows[(gsize) i * pt->dim],
                      &pt->rows[(gsize) j * pt->dim], pt->dim);
}

/* A candidate of the brute force: another point and its divergence. */
typedef struct {
  double d;
  guint32 j;
} Brute;

static int
brute_compare (const void *a, const void *b)
{
  const Brute *x = a, *y = b;
  if (x->d != y->d)
    return x->d < y->d ? -1 : 1;
  return (x->j > y->j) - (x->j < y->j);
}

/* The rule of nearest.h by brute force: a matrix of N² flags, TRUE where
 * (a, b), a < b, is a pair of a point and one of its K nearest. */
static gboolean *
brute_force (const Points *pt, guint k)
{
  gboolean *pair = g_new0 (gboolean, (gsize) pt->n * pt->n);
  g_autofree Brute *near = g_new (Brute, pt->n);
  for (guint i = 0; i < pt->n; i++)
    {
      if (!pt->use[i])
        continue;
      guint m = 0;
      for (guint j = 0; j < pt->n; j++)
        if (j != i && pt->use[j])
          near[m++] = (Brute) { divergence (MIN (i, j), MAX (i, j),
                                            (gpointer) pt), j };
      qsort (near, m, sizeof *near, brute_compare);
      for (guint r = 0; r < m && r < k; r++)
        pair[(gsize) MIN (i, near[r].j) * pt->n + MAX (i, near[r].j)] = TRUE;
    }
  return pair;
}

/* Whether nearest_pairs () gives exactly the brute force's pairs, in
 * order, each once, with the divergence of its two points. */
static gboolean
agrees (const Points *pt, guint k)
{
  g_autofree gboolean *want = brute_force (pt, k);
  g_autoptr (GArray) got = nearest_pairs (pt->rows, pt->n, pt->dim, pt->use,
                                          k, divergence, (gpointer) pt);
  gsize expected = 0;
  for (gsize c = 0; c < (gsize) pt->n * pt->n; c++)
    expected += want[c];
  gboolean ok = got->len == expected;
  for (guint r = 0; ok && r < got->len; r++)
    {
      const NearestPair *p = &g_array_index (got, NearestPair, r);
      ok = p->a < p->b && p->b < pt->n && want[(gsize) p->a * pt->n + p->b]
           && p->d == divergence (p->a, p->b, (gpointer) pt);
      if (ok && r > 0)
        {
          const NearestPair *q = &g_array_index (got, NearestPair, r - 1);
          ok = q->a < p->a || (q->a == p->a && q->b < p->b);
        }
    }
  return ok;
}

/* N points of DIM shares from a fixed stream, drawn from a few distinct
 * rows when FEW_ROWS > 0 (ties at divergence 0), with some rows on one
 * topic alone (ties at divergence 1), and every seventh point unused. */
static Points
make_points (guint n, guint dim, guint few_rows, guint64 seed)
{
  Points pt = { g_new (double, (gsize) n * dim), g_new (gboolean, n), n, dim };
  ProfileRng rng;
  profile_rng_seed (&rng, seed);
  for (guint i = 0; i < n; i++)
    {
      guint r = few_rows > 0 ? profile_rng_below (&rng, few_rows) : i;
      ProfileRng row;
      profile_rng_seed (&row, seed ^ (r * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)));
      double *x = &pt.rows[(gsize) i * dim], sum = 0;
      const gboolean corner = r % 5 == 0;
      for (guint t = 0; t < dim; t++)
        {
          x[t] = corner ? (t == r % dim) : (double) profile_rng_below (&row, 4);
          sum += x[t];
        }
      for (guint t = 0; t < dim; t++)
        x[t] = sum > 0 ? x[t] / sum : (t == 0);
      pt.use[i] = i % 7 != 3;
    }
  return pt;
}

static void
points_clear (Points *pt)
{
  g_free (pt->rows);
  g_free (pt->use);
}

/* Distinct rows, few ties: every K from none to more than the points. */
static void
test_distinct (void)
{
  Points pt = make_points (300, 4, 0, 1);
  for (guint k = 0; k <= 12; k += 3)
    CU_ASSERT (agrees (&pt, k));
  CU_ASSERT (agrees (&pt, 400));
  points_clear (&pt);
}

/* Many groups on a few rows: the lowest indexes win the ties. */
static void
test_ties (void)
{
  for (guint rows = 1; rows <= 40; rows *= 3)
    {
      Points pt = make_points (400, 4, rows, rows);
      CU_ASSERT (agrees (&pt, 10));
      CU_ASSERT (agrees (&pt, 1));
      points_clear (&pt);
    }
}

/* Other numbers of topics, and too few points to fill K. */
static void
test_shapes (void)
{
  for (guint dim = 1; dim <= 9; dim += 4)
    {
      Points pt = make_points (200, dim, 30, dim);
      CU_ASSERT (agrees (&pt, 10));
      points_clear (&pt);
    }
  Points few = make_points (5, 4, 0, 9);
  CU_ASSERT (agrees (&few, 10));
  g_autoptr (GArray) none = nearest_pairs (few.rows, 0, 4, few.use, 10,
                                           divergence, &few);
  CU_ASSERT_EQUAL (none->len, 0);
  points_clear (&few);
}

static const UnitCase cases[] = {
  { "distinct rows", test_distinct },
  { "ties", test_ties },
  { "shapes", test_shapes },
  { NULL, NULL },
};

UNIT_MAIN ("nearest", cases)
