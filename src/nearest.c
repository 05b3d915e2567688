/* nearest.c - each group's nearest groups by Jensen-Shannon divergence,
 * with a vantage-point tree over the distinct rows (see nearest.h).
 *
 * The tree is an array of points: the node at [lo, hi) has its vantage
 * point at lo, the points nearer to it than mu[lo] (or as near) in
 * [lo + 1, mid) and the others in [mid, hi), mid halfway, so its depth is
 * log2 of the points.  A search keeps the candidates found so far, each
 * a point with as many groups as it stands for, sorted by divergence;
 * tau is the divergence at which they first hold K groups, and a subtree
 * is skipped when every point in it is provably farther than tau.  Ties
 * at tau are kept, so that the lowest indexes win whatever order the
 * tree visits them in.
 */
#include <math.h>
#include <string.h>

#include "nearest.h"

/* Room for rounding in the triangle inequality on square roots of
 * divergences worked out in doubles (their errors are near 1e-8 where
 * the divergence is near 0). */
#define SLACK 1e-6

/* A distinct row: the groups that have it, in index order. */
typedef struct {
  guint32 first; /* its members: members[first .. first + n) */
  guint32 n;
} Point;

/* A point found by a search, at divergence d from the query. */
typedef struct {
  double d;
  guint32 point;
  guint32 weight; /* the groups it stands for there, at most K + 1 */
} Candidate;

/* What a build and the searches share. */
typedef struct {
  const double *rows;
  guint dim;
  NearestDistance distance;
  gpointer data;
  guint k;
  Point *points;
  guint n_points;
  guint32 *members;
  guint32 *tree;  /* the points in tree order */
  double *mu;     /* per tree position, its node's radius (square root) */
  /* one search */
  guint32 query;
  GArray *found;  /* Candidate, by d */
  gboolean full;  /* found holds K groups */
  double tau;     /* the divergence at which it first did */
} Tree;

/* The divergence of points A and B (their first members'). */
static double
point_distance (const Tree *t, guint32 a, guint32 b)
{
  return t->distance (t->members[t->points[a].first],
                      t->members[t->points[b].first], t->data);
}

/* Order of row indexes by their rows' bytes, then index.  For
 * g_qsort_with_data. */
static gint
row_compare (gconstpointer a, gconstpointer b, gpointer data)
{
  const Tree *t = data;
  const guint32 i = *(const guint32 *) a, j = *(const guint32 *) b;
  int c = memcmp (t->rows + (gsize) i * t->dim, t->rows + (gsize) j * t->dim,
                  t->dim * sizeof (double));
  return c != 0 ? c : (i > j) - (i < j);
}

/* The points: the used rows sorted, each run of identical rows one
 * point whose members are in index order. */
static void
find_points (Tree *t, guint n, const gboolean *use)
{
  guint m = 0;
  t->members = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (use[i])
      t->members[m++] = i;
  g_qsort_with_data (t->members, (gint) m, sizeof (guint32), row_compare, t);
  t->points = g_new (Point, MAX (m, 1));
  t->n_points = 0;
  for (guint i = 0; i < m; i++)
    {
      const guint32 *row = &t->members[i];
      if (i > 0 && memcmp (t->rows + (gsize) row[-1] * t->dim,
                           t->rows + (gsize) row[0] * t->dim,
                           t->dim * sizeof (double)) == 0)
        t->points[t->n_points - 1].n++;
      else
        t->points[t->n_points++] = (Point) { i, 1 };
    }
}

/* A point and its distance from a vantage point, for sorting. */
typedef struct {
  double s;
  guint32 point;
} Spread;

/* Order by s, then point.  For qsort. */
static int
spread_compare (const void *a, const void *b)
{
  const Spread *x = a, *y = b;
  if (x->s != y->s)
    return x->s < y->s ? -1 : 1;
  return (x->point > y->point) - (x->point < y->point);
}

/* Build the node at [LO, HI) of the tree and those under it, with
 * SCRATCH room for HI - LO spreads. */
static void
build (Tree *t, guint lo, guint hi, Spread *scratch)
{
  while (hi - lo > 1)
    {
      /* a vantage point from the middle of the range, not its first
         (the parent's nearest), so that the halves stay balanced */
      guint pick = lo + (hi - lo) / 2;
      guint32 vp = t->tree[pick];
      t->tree[pick] = t->tree[lo];
      t->tree[lo] = vp;
      guint n = hi - lo - 1;
      for (guint i = 0; i < n; i++)
        {
          guint32 p = t->tree[lo + 1 + i];
          scratch[i] = (Spread) { sqrt (point_distance (t, vp, p)), p };
        }
      qsort (scratch, n, sizeof *scratch, spread_compare);
      for (guint i = 0; i < n; i++)
        t->tree[lo + 1 + i] = scratch[i].point;
      guint mid = lo + 1 + n / 2;
      t->mu[lo] = scratch[mid - lo - 1].s; /* n >= 1, so mid < hi */
      build (t, lo + 1, mid, scratch);
      lo = mid;
    }
}

/* Keep POINT, at divergence D from the query, if it may be among the
 * nearest; then trim what falls beyond the new tau. */
static void
consider (Tree *t, guint32 point, double d)
{
  guint32 weight = t->points[point].n - (point == t->query);
  weight = MIN (weight, t->k + 1);
  if (weight == 0 || (t->full && d > t->tau))
    return;
  guint at = t->found->len;
  while (at > 0 && g_array_index (t->found, Candidate, at - 1).d > d)
    at--;
  Candidate c = { d, point, weight };
  g_array_insert_val (t->found, at, c);
  /* tau anew: where the groups first reach K; drop what lies beyond */
  guint64 sum = 0;
  t->full = FALSE;
  for (guint i = 0; i < t->found->len; i++)
    {
      const Candidate *f = &g_array_index (t->found, Candidate, i);
      if (t->full && f->d > t->tau)
        {
          g_array_set_size (t->found, i);
          break;
        }
      sum += f->weight;
      if (!t->full && sum >= t->k)
        {
          t->full = TRUE;
          t->tau = f->d;
        }
    }
}

/* Whether a subtree whose points are at least LOWER (square root) from
 * the query may hold one nearer than tau. */
static gboolean
may_hold (const Tree *t, double lower)
{
  return !t->full || lower <= sqrt (t->tau) + SLACK;
}

/* Search the node at [LO, HI) and those under it. */
static void
search (Tree *t, guint lo, guint hi)
{
  if (lo >= hi)
    return;
  const guint32 vp = t->tree[lo];
  const double d = point_distance (t, t->query, vp);
  consider (t, vp, d);
  if (hi - lo == 1)
    return;
  const double s = sqrt (d), mu = t->mu[lo];
  const guint mid = lo + 1 + (hi - lo - 1) / 2;
  if (s < mu)
    {
      search (t, lo + 1, mid);
      if (may_hold (t, mu - s))
        search (t, mid, hi);
    }
  else
    {
      search (t, mid, hi);
      if (may_hold (t, s - mu))
        search (t, lo + 1, mid);
    }
}

/* A group and its divergence from the query, for choosing the nearest. */
typedef struct {
  double d;
  guint32 group;
} Near;

/* Order by d, then group.  For qsort. */
static int
near_compare (const void *a, const void *b)
{
  const Near *x = a, *y = b;
  if (x->d != y->d)
    return x->d < y->d ? -1 : 1;
  return (x->group > y->group) - (x->group < y->group);
}

/* The pairs of each member of the query point with its K nearest, from
 * the candidates found, into PAIRS. */
static void
add_pairs (const Tree *t, GArray *pairs, GArray *near)
{
  const Point *q = &t->points[t->query];
  g_array_set_size (near, 0);
  for (guint i = 0; i < t->found->len; i++)
    {
      const Candidate *c = &g_array_index (t->found, Candidate, i);
      const Point *p = &t->points[c->point];
      /* a member of the query's own point may be the query itself */
      const guint take = MIN (p->n, t->k + 1);
      for (guint j = 0; j < take; j++)
        g_array_append_val (near, ((Near) { c->d, t->members[p->first + j] }));
    }
  if (near->len > 1)
    qsort (near->data, near->len, sizeof (Near), near_compare);
  for (guint m = 0; m < q->n; m++)
    {
      const guint32 g = t->members[q->first + m];
      guint kept = 0;
      for (guint i = 0; i < near->len && kept < t->k; i++)
        {
          const Near *n = &g_array_index (near, Near, i);
          if (n->group == g)
            continue;
          NearestPair pair = { MIN (g, n->group), MAX (g, n->group), n->d };
          g_array_append_val (pairs, pair);
          kept++;
        }
    }
}

/* Order by a, then b.  For g_array_sort. */
static gint
pair_compare (gconstpointer a, gconstpointer b)
{
  const NearestPair *x = a, *y = b;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return (x->b > y->b) - (x->b < y->b);
}

/* PAIRS sorted, each pair once. */
static void
sort_unique (GArray *pairs)
{
  g_array_sort (pairs, pair_compare);
  guint out = 0;
  for (guint i = 0; i < pairs->len; i++)
    {
      const NearestPair *p = &g_array_index (pairs, NearestPair, i);
      if (out > 0)
        {
          const NearestPair *last = &g_array_index (pairs, NearestPair,
                                                    out - 1);
          if (last->a == p->a && last->b == p->b)
            continue;
        }
      g_array_index (pairs, NearestPair, out++) = *p;
    }
  g_array_set_size (pairs, out);
}

GArray *
nearest_pairs (const double *rows, guint n, guint dim, const gboolean *use,
               guint k, NearestDistance distance, gpointer data)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (NearestPair));
  g_return_val_if_fail (rows != NULL || n == 0, pairs);
  Tree t = { .rows = rows, .dim = dim, .distance = distance, .data = data,
             .k = k };
  find_points (&t, n, use);
  const guint np = t.n_points;
  t.tree = g_new (guint32, MAX (np, 1));
  t.mu = g_new (double, MAX (np, 1));
  for (guint i = 0; i < np; i++)
    t.tree[i] = i;
  g_autofree Spread *scratch = g_new (Spread, MAX (np, 1));
  build (&t, 0, np, scratch);
  t.found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GArray) near = g_array_new (FALSE, FALSE, sizeof (Near));
  for (guint q = 0; k > 0 && q < np; q++)
    {
      t.query = q;
      t.full = FALSE;
      g_array_set_size (t.found, 0);
      search (&t, 0, np);
      add_pairs (&t, pairs, near);
    }
  g_array_unref (t.found);
  g_free (t.tree);
  g_free (t.mu);
  g_free (t.points);
  g_free (t.members);
  sort_unique (pairs);
  return pairs;
}
