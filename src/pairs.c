/* pairs.c - effect sizes between every two groups: the ratio and the
 * difference of their pooled rates per topic, with percentile bootstrap
 * intervals that resample each group's units on their own; see pairs.h
 * and framing-report(5), STATISTICS.
 *
 * A pair's bootstrap pairs the two groups' own resamples, the r-th of A
 * with the r-th of B (profile_finish () keeps them: ProfileOptions.
 * keep_resampled): each group's were drawn from its own stream, so the
 * pairs are independent draws of the two groups, and a pair costs a few
 * operations per resample rather than a resample of both groups.  Each
 * pair is worked out by one thread, writes only its own results, and
 * comes out the same whatever the number of threads, the order of the
 * articles or the groups beside it.
 */
#include <math.h>
#include <string.h>

#include "pairs.h"

double
pairs_ratio (double ra, double rb)
{
  return rb != 0.0 ? ra / rb : NAN;
}

/* ------------------------------------------------------------------ */
/* Which groups are paired                                             */

/* Order of group indexes by the groups' articles, most first, ties by
 * index (the profile's groups are in name order).  For
 * g_qsort_with_data. */
static gint
size_compare (gconstpointer a, gconstpointer b, gpointer data)
{
  const Profile *p = data;
  const guint i = *(const guint *) a, j = *(const guint *) b;
  const guint ni = profile_group_at (p, i)->articles;
  const guint nj = profile_group_at (p, j)->articles;
  if (ni != nj)
    return ni > nj ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Per group of P, whether it is among the MAX groups with the most
 * articles (all of them when MAX is 0 or there are no more); newly
 * allocated, N_GROUPS entries. */
static gboolean *
paired_groups (const Profile *p, guint max)
{
  const guint ng = profile_n_groups (p);
  gboolean *chosen = g_new0 (gboolean, MAX (ng, 1));
  g_autofree guint *order = g_new (guint, MAX (ng, 1));
  for (guint i = 0; i < ng; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) ng, sizeof *order, size_compare,
                     (gpointer) p);
  const guint keep = max == 0 ? ng : MIN (ng, max);
  for (guint k = 0; k < keep; k++)
    chosen[order[k]] = TRUE;
  return chosen;
}

/* ------------------------------------------------------------------ */
/* The bootstrap of a pair                                             */

/* A resample's ratio of rates RA / RB; +INFINITY when RB is 0, whatever
 * RA: B's rate could then be as small as one likes, so the ratio is
 * unbounded above (an interval that reaches it has no upper bound). */
static inline double
resampled_ratio (double ra, double rb)
{
  return rb > 0.0 ? ra / rb : INFINITY;
}

/* An upper bound that is not a finite number (the quantile fell among
 * the infinite ratios, where interpolating may give NAN) is +INFINITY. */
static double
unbounded (double v)
{
  return isfinite (v) ? v : INFINITY;
}

/* The 95% intervals of PAIR's ratio and difference per topic: for each
 * of the R resamples, A's r-th resampled rate against B's r-th, then the
 * type-7 2.5% and 97.5% quantiles of each statistic
 * (profile_quantile_unsorted ()). */
static void
pair_bootstrap (const Profile *p, PairsPair *pair)
{
  const ProfileGroup *ga = profile_group_at (p, pair->a);
  const ProfileGroup *gb = profile_group_at (p, pair->b);
  const guint nt = profile_n_topics (p);
  const guint R = p->opts.resamples;
  g_autofree double *ratio = g_new (double, (gsize) MAX (nt, 1) * R);
  g_autofree double *diff = g_new (double, (gsize) MAX (nt, 1) * R);
  for (guint t = 0; t < nt; t++)
    for (guint r = 0; r < R; r++)
      {
        const gsize at = (gsize) t * R + r;
        const double ra = ga->resampled[at], rb = gb->resampled[at];
        ratio[at] = resampled_ratio (ra, rb);
        diff[at] = ra - rb;
      }
  for (guint t = 0; t < nt; t++)
    {
      PairsTopic *pt = &pair->topics[t];
      double *d = &diff[(gsize) t * R];
      pt->difference_low = profile_quantile_unsorted (d, R, 0.025);
      pt->difference_high = profile_quantile_unsorted (d, R, 0.975);
      if (isnan (pt->ratio))
        continue;
      double *x = &ratio[(gsize) t * R];
      pt->ratio_low = unbounded (profile_quantile_unsorted (x, R, 0.025));
      pt->ratio_high = unbounded (profile_quantile_unsorted (x, R, 0.975));
    }
}

/* PAIR's numbers (any thread: it writes PAIR only).  For
 * g_thread_pool_new. */
static void
pair_finish (gpointer data, gpointer user_data)
{
  PairsPair *pair = data;
  const Profile *p = user_data;
  const ProfileGroup *ga = profile_group_at (p, pair->a);
  const ProfileGroup *gb = profile_group_at (p, pair->b);
  for (guint t = 0; t < profile_n_topics (p); t++)
    {
      PairsTopic *pt = &pair->topics[t];
      pt->per_1k_a = ga->topics[t].per_1k;
      pt->per_1k_b = gb->topics[t].per_1k;
      pt->difference = pt->per_1k_a - pt->per_1k_b;
      pt->ratio = pairs_ratio (pt->per_1k_a, pt->per_1k_b);
      pt->difference_low = pt->difference_high = NAN;
      pt->ratio_low = pt->ratio_high = NAN;
    }
  /* One unit has no spread to resample: no interval (nor resamples kept;
   * neither are they for a group past ProfileOptions.keep_resampled).
   * The tables and reports show none for a handful of articles either
   * (profile_group_few ()): that is theirs to decide. */
  if (ga->resampled != NULL && gb->resampled != NULL)
    pair_bootstrap (p, pair);
}

/* ------------------------------------------------------------------ */
/* The pairs                                                           */

/* The pairs of the CHOSEN groups of P, each unordered pair once, by
 * A's name then B's, their topics not yet worked out. */
static void
make_pairs (Pairs *pairs, const gboolean *chosen)
{
  const guint ng = pairs->n_groups, nt = profile_n_topics (pairs->profile);
  pairs->n_paired = 0;
  for (guint i = 0; i < ng; i++)
    pairs->n_paired += chosen[i] != FALSE;
  pairs->n_pairs = pairs->n_paired * (MAX (pairs->n_paired, 1) - 1) / 2;
  pairs->pairs = g_new0 (PairsPair, MAX (pairs->n_pairs, 1));
  guint k = 0;
  for (guint i = 0; i < ng; i++)
    for (guint j = i + 1; j < ng && chosen[i]; j++)
      if (chosen[j])
        {
          PairsPair *pair = &pairs->pairs[k++];
          pair->a = i;
          pair->b = j;
          pair->topics = g_new0 (PairsTopic, MAX (nt, 1));
        }
  g_assert (k == pairs->n_pairs);
}

Pairs *
pairs_new (const Profile *profile, guint max_groups)
{
  g_return_val_if_fail (profile != NULL, NULL);
  Pairs *pairs = g_new0 (Pairs, 1);
  pairs->profile = profile;
  pairs->n_groups = profile_n_groups (profile);
  g_autofree gboolean *chosen = paired_groups (profile, max_groups);
  make_pairs (pairs, chosen);
  const guint jobs = profile->opts.jobs;
  if (jobs <= 1 || pairs->n_pairs <= 1)
    {
      for (guint k = 0; k < pairs->n_pairs; k++)
        pair_finish (&pairs->pairs[k], (gpointer) profile);
      return pairs;
    }
  GThreadPool *pool = g_thread_pool_new (pair_finish, (gpointer) profile,
                                         (gint) jobs, FALSE, NULL);
  for (guint k = 0; k < pairs->n_pairs; k++)
    g_thread_pool_push (pool, &pairs->pairs[k], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  return pairs;
}

void
pairs_free (Pairs *pairs)
{
  if (pairs == NULL)
    return;
  for (guint k = 0; k < pairs->n_pairs; k++)
    g_free (pairs->pairs[k].topics);
  g_free (pairs->pairs);
  g_free (pairs);
}
