/* concentration.c - the share of a group's weighted hits of each topic
 * held by its CONCENTRATION_TOP articles with the most, and by its one
 * cluster with the most; see concentration.h.
 *
 * Both are sums of values of the group's sample rows, taken in their
 * canonical order, and ties between clusters go to the first by name, so
 * they do not depend on the order the articles came in.  The top
 * articles' sum does not depend on which of two equal articles counts:
 * only their values add up.
 */
#include "concentration.h"

#include <math.h>
#include <stdlib.h>

/* The sum of the CONCENTRATION_TOP largest positive values of column
 * 1 + T of the N rows ROWS (STRIDE doubles each), largest first, and how
 * many there are into *COUNT. */
static double
top_sum (const double *rows, guint n, guint stride, guint t, guint *count)
{
  double top[CONCENTRATION_TOP];
  guint have = 0;
  for (guint r = 0; r < n; r++)
    {
      const double x = rows[(gsize) r * stride + 1 + t];
      if (!(x > 0.0) || (have == CONCENTRATION_TOP && !(x > top[have - 1])))
        continue;
      guint j = have < CONCENTRATION_TOP ? have++ : have - 1;
      for (; j > 0 && x > top[j - 1]; j--)
        top[j] = top[j - 1];
      top[j] = x;
    }
  double sum = 0.0;
  for (guint k = 0; k < have; k++)
    sum += top[k];
  *count = have;
  return sum;
}

/* Rows by cluster (rank), then by their canonical place.  For qsort on
 * pairs of (cluster, row). */
static int
pair_compare (const void *a, const void *b)
{
  const guint32 *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return (x[1] > y[1]) - (x[1] < y[1]);
}

/* Per topic, the cluster of GROUP with the most weighted hits (ties: the
 * first by rank) into BEST (GROUPTEST_OWN: none) and its sum into SUMS;
 * FALSE when the group has no cluster at all. */
static gboolean
top_clusters (const ProfileGroup *group, guint nt, guint32 *best,
              double *sums)
{
  const guint n = group->keys->len, stride = nt + 1;
  const double *rows = (const double *) (void *) group->samples->data;
  g_autofree guint32 *pairs = g_new (guint32, 2 * (gsize) MAX (n, 1));
  guint m = 0;
  for (guint r = 0; r < n; r++)
    {
      const guint32 c = g_array_index (group->keys, ProfileRowKey, r).cluster;
      if (c != GROUPTEST_OWN)
        {
          pairs[2 * m] = c;
          pairs[2 * m++ + 1] = r;
        }
    }
  if (m == 0)
    return FALSE;
  qsort (pairs, m, 2 * sizeof *pairs, pair_compare);
  g_autofree double *run = g_new (double, MAX (nt, 1));
  for (guint t = 0; t < nt; t++)
    best[t] = GROUPTEST_OWN, sums[t] = 0.0;
  for (guint i = 0, j; i < m; i = j)
    {
      for (guint t = 0; t < nt; t++)
        run[t] = 0.0;
      for (j = i; j < m && pairs[2 * j] == pairs[2 * i]; j++)
        for (guint t = 0; t < nt; t++)
          run[t] += rows[(gsize) pairs[2 * j + 1] * stride + 1 + t];
      for (guint t = 0; t < nt; t++)
        if (run[t] > sums[t])
          best[t] = pairs[2 * i], sums[t] = run[t];
    }
  return TRUE;
}

void
concentration_group (ProfileGroup *group, guint nt, char *const *names)
{
  const guint n = group->keys->len, stride = nt + 1;
  const double *rows = (const double *) (void *) group->samples->data;
  g_autofree guint32 *best = g_new (guint32, MAX (nt, 1));
  g_autofree double *sums = g_new (double, MAX (nt, 1));
  const gboolean clustered = top_clusters (group, nt, best, sums);
  for (guint t = 0; t < nt; t++)
    {
      ProfileTopic *topic = &group->topics[t];
      const double w = topic->weighted;
      const double top = top_sum (rows, n, stride, t, &topic->top_articles);
      topic->top5_share = w > 0.0 ? top / w : NAN;
      topic->top_cluster_share = w > 0.0 && clustered ? sums[t] / w : NAN;
      topic->top_cluster = w > 0.0 && clustered && best[t] != GROUPTEST_OWN
        ? names[best[t]] : NULL;
    }
}
