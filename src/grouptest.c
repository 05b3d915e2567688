/* grouptest.c - calibrated tests of each group against the rest; see
 * grouptest.h for the test and its formulas.
 *
 * One pass over every row finds each cluster's home group (or that it
 * spans groups), the corpus rates, the whole-cluster totals and the
 * article moments of the clusters that span groups; then each group's
 * observed sum, expectation and variance are added up stratum by
 * stratum.  The work grows with the rows times the topics.
 */
#include "grouptest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NO_GROUP G_MAXUINT32        /* a cluster with no row yet */
#define SPLIT (G_MAXUINT32 - 1)     /* a cluster with rows in two groups */

/* The moments of one stratum, per topic: its units, Σe and Σe². */
typedef struct {
  guint n;
  double *s1;
  double *s2;
} Stratum;

/* What grouptest_topics () works with. */
typedef struct {
  const GroupTestGroup *groups;
  guint n_groups;
  guint nt;              /* topics */
  guint n_clusters;
  double *rate;          /* per topic: Σ weighted / Σ tokens */
  guint32 *home;         /* per cluster: its group, SPLIT or NO_GROUP */
  Stratum whole;         /* whole clusters and own-cluster articles */
  guint *whole_m;        /* per group: its units in WHOLE */
  double *obs;           /* per group and topic: Σe over its units */
  guint *split_n;        /* per cluster that spans groups: its articles */
  double *split_s;       /* per such cluster: Σe then Σe², nt each */
} Work;

/* The row of group G at R (stride nt + 1). */
static inline const double *
row_at (const Work *w, const GroupTestGroup *g, guint r)
{
  return g->rows + (gsize) r * (w->nt + 1);
}

/* Each cluster's home group, or SPLIT; the number of SPLIT ones. */
static guint
find_homes (Work *w)
{
  guint split = 0;
  for (guint c = 0; c < w->n_clusters; c++)
    w->home[c] = NO_GROUP;
  for (guint g = 0; g < w->n_groups; g++)
    for (guint r = 0; r < w->groups[g].n_rows; r++)
      {
        const guint32 c = w->groups[g].clusters[r];
        if (c == GROUPTEST_OWN || w->home[c] == SPLIT || w->home[c] == g)
          continue;
        if (w->home[c] == NO_GROUP)
          w->home[c] = g;
        else
          {
            w->home[c] = SPLIT;
            split++;
          }
      }
  return split;
}

/* The corpus rate of each topic: Σ weighted / Σ tokens over all rows
 * (0 with no tokens). */
static void
find_rates (Work *w)
{
  double tokens = 0.0;
  for (guint t = 0; t < w->nt; t++)
    w->rate[t] = 0.0;
  for (guint g = 0; g < w->n_groups; g++)
    for (guint r = 0; r < w->groups[g].n_rows; r++)
      {
        const double *x = row_at (w, &w->groups[g], r);
        tokens += x[0];
        for (guint t = 0; t < w->nt; t++)
          w->rate[t] += x[1 + t];
      }
  for (guint t = 0; t < w->nt; t++)
    w->rate[t] = tokens > 0.0 ? w->rate[t] / tokens : 0.0;
}

/* Add the unit X (tokens, then weighted per topic) of group G to the
 * stratum of whole units. */
static void
add_whole_unit (Work *w, guint g, const double *x)
{
  w->whole.n++;
  w->whole_m[g]++;
  for (guint t = 0; t < w->nt; t++)
    {
      const double e = x[1 + t] - w->rate[t] * x[0];
      w->whole.s1[t] += e;
      w->whole.s2[t] += e * e;
      w->obs[(gsize) g * w->nt + t] += e;
    }
}

/* Add article X of cluster C, which spans groups, to C's moments. */
static void
add_split_article (Work *w, guint32 c, const double *x)
{
  double *s1 = &w->split_s[(gsize) c * 2 * w->nt];
  double *s2 = s1 + w->nt;
  w->split_n[c]++;
  for (guint t = 0; t < w->nt; t++)
    {
      const double e = x[1 + t] - w->rate[t] * x[0];
      s1[t] += e;
      s2[t] += e * e;
    }
}

/* Gather the strata: own-cluster articles and whole clusters into
 * w->whole (whole clusters summed over their rows first, added in
 * cluster order), split clusters' articles into their moments. */
static void
gather_strata (Work *w)
{
  const guint stride = w->nt + 1;
  g_autofree double *totals = g_new0 (double, (gsize) MAX (w->n_clusters, 1) * stride);
  for (guint g = 0; g < w->n_groups; g++)
    for (guint r = 0; r < w->groups[g].n_rows; r++)
      {
        const double *x = row_at (w, &w->groups[g], r);
        const guint32 c = w->groups[g].clusters[r];
        if (c == GROUPTEST_OWN)
          add_whole_unit (w, g, x);
        else if (w->home[c] == SPLIT)
          add_split_article (w, c, x);
        else
          for (guint k = 0; k < stride; k++)
            totals[(gsize) c * stride + k] += x[k];
      }
  for (guint c = 0; c < w->n_clusters; c++)
    if (w->home[c] != SPLIT && w->home[c] != NO_GROUP)
      add_whole_unit (w, w->home[c], &totals[(gsize) c * stride]);
}

/* Add to *E and *V, for topic T, a stratum of N units with sums S1, S2
 * of which M belong to the group: M ē and M (N - M) / (N (N - 1)) SS. */
static void
add_stratum (guint n, double s1, double s2, guint m, double *e, double *v)
{
  if (m == 0 || n == 0)
    return;
  *e += m * (s1 / n);
  if (n >= 2 && m < n)
    {
      const double ss = s2 - s1 * s1 / n;
      *v += (double) m * (double) (n - m) / ((double) n * (double) (n - 1))
            * MAX (ss, 0.0);
    }
}

/* Group G's p per topic into P (nt values). */
static void
group_p (Work *w, guint g, guint *m, double *o, GArray *touched, double *p)
{
  const GroupTestGroup *grp = &w->groups[g];
  const guint nt = w->nt;
  /* The group's articles in clusters that span groups: how many, and
   * their Σe, per cluster. */
  for (guint r = 0; r < grp->n_rows; r++)
    {
      const guint32 c = grp->clusters[r];
      if (c == GROUPTEST_OWN || w->home[c] != SPLIT)
        continue;
      if (m[c]++ == 0)
        g_array_append_val (touched, c);
      const double *x = row_at (w, grp, r);
      for (guint t = 0; t < nt; t++)
        o[(gsize) c * nt + t] += x[1 + t] - w->rate[t] * x[0];
    }
  for (guint t = 0; t < nt; t++)
    {
      double obs = w->obs[(gsize) g * nt + t], e = 0.0, v = 0.0;
      add_stratum (w->whole.n, w->whole.s1[t], w->whole.s2[t], w->whole_m[g],
                   &e, &v);
      for (guint i = 0; i < touched->len; i++)
        {
          const guint32 c = g_array_index (touched, guint32, i);
          const double *s1 = &w->split_s[(gsize) c * 2 * nt];
          obs += o[(gsize) c * nt + t];
          add_stratum (w->split_n[c], s1[t], s1[nt + t], m[c], &e, &v);
        }
      p[t] = v > 0.0 ? grouptest_p_of_z ((obs - e) / sqrt (v)) : NAN;
    }
  for (guint i = 0; i < touched->len; i++)
    {
      const guint32 c = g_array_index (touched, guint32, i);
      m[c] = 0;
      memset (&o[(gsize) c * nt], 0, nt * sizeof *o);
    }
  g_array_set_size (touched, 0);
}

void
grouptest_topics (const GroupTestGroup *groups, guint n_groups,
                  guint n_topics, guint n_clusters, double *p,
                  GroupTestDesign *design)
{
  g_return_if_fail (n_groups < SPLIT);
  for (gsize i = 0; i < (gsize) n_groups * n_topics; i++)
    p[i] = NAN;
  const guint nc = MAX (n_clusters, 1), nt = MAX (n_topics, 1);
  Work w = {
    .groups = groups, .n_groups = n_groups, .nt = n_topics,
    .n_clusters = n_clusters,
    .rate = g_new0 (double, nt),
    .home = g_new (guint32, nc),
    .whole = { 0, g_new0 (double, nt), g_new0 (double, nt) },
    .whole_m = g_new0 (guint, MAX (n_groups, 1)),
    .obs = g_new0 (double, (gsize) MAX (n_groups, 1) * nt),
    .split_n = g_new0 (guint, nc),
    .split_s = g_new0 (double, (gsize) nc * 2 * nt),
  };
  guint split = find_homes (&w);
  find_rates (&w);
  gather_strata (&w);
  if (design != NULL)
    *design = (GroupTestDesign) { w.whole.n, split };
  g_autofree guint *m = g_new0 (guint, nc);
  g_autofree double *o = g_new0 (double, (gsize) nc * nt);
  g_autoptr (GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint g = 0; g < n_groups && n_groups >= 2; g++)
    group_p (&w, g, m, o, touched, &p[(gsize) g * n_topics]);
  g_free (w.rate);
  g_free (w.home);
  g_free (w.whole.s1);
  g_free (w.whole.s2);
  g_free (w.whole_m);
  g_free (w.obs);
  g_free (w.split_n);
  g_free (w.split_s);
}

double
grouptest_p_of_z (double z)
{
  return isnan (z) ? NAN : erfc (fabs (z) / G_SQRT2);
}

/* A finite p and its index, for sorting. */
typedef struct {
  double p;
  guint i;
} Ranked;

/* Smaller p first, then smaller index. */
static int
ranked_compare (const void *a, const void *b)
{
  const Ranked *x = a, *y = b;
  if (x->p != y->p)
    return x->p < y->p ? -1 : 1;
  return (x->i > y->i) - (x->i < y->i);
}

void
grouptest_adjust_bh (const double *p, guint n, double *q)
{
  g_autofree Ranked *r = g_new (Ranked, MAX (n, 1));
  guint m = 0;
  for (guint i = 0; i < n; i++)
    {
      q[i] = NAN;
      if (isfinite (p[i]))
        r[m++] = (Ranked) { p[i], i };
    }
  qsort (r, m, sizeof *r, ranked_compare);
  double least = 1.0;
  for (guint k = m; k-- > 0;)
    {
      least = MIN (least, r[k].p * m / (k + 1));
      q[r[k].i] = least;
    }
}
