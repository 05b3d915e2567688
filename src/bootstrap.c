/* bootstrap.c - the percentile bootstrap of a group's rates and balance
 * logits over its clusters, and what it needs: its random numbers
 * (xoshiro256** seeded by splitmix64, Lemire's bounded integers) and its
 * quantiles (type 7, found by selection).  See profile.h for the
 * exported profile_rng_* and profile_quantile* (named for the profile
 * they serve) and framing-report(5), STATISTICS, "The bootstrap".
 *
 * Split from profile.c, which keeps the sums and the other statistics.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "fnv.h"

/* The number of topics of PROFILE's lexicon. */
static guint
n_topics (const Profile *profile)
{
  return profile->lexicon->topics->len;
}

/* ------------------------------------------------------------------ */
/* Random numbers                                                      */

/* splitmix64 (Steele, Lea & Flood 2014; Vigna's reference code): the
 * generator recommended to fill xoshiro's state from one 64-bit seed. */
static guint64
splitmix64_next (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* Seed RNG's four words with four successive splitmix64 outputs. */
void
profile_rng_seed (ProfileRng *rng, guint64 seed)
{
  guint64 state = seed;
  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64_next (&state);
}

/* Rotate X left by K bits. */
static inline guint64
rotl64 (guint64 x, int k)
{
  return (x << k) | (x >> (64 - k));
}

/* The next 64 bits of RNG: xoshiro256** 1.0 (Blackman & Vigna 2018), as
 * in the reference code; inline for the bootstrap. */
static inline guint64
rng_next (ProfileRng *rng)
{
  guint64 *s = rng->s;
  const guint64 result = rotl64 (s[1] * 5, 7) * 9;
  const guint64 t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl64 (s[3], 45);
  return result;
}

guint64
profile_rng_next (ProfileRng *rng)
{
  return rng_next (rng);
}

/* Lemire (2019), "Fast random integer generation in an interval": the
 * multiply-shift m = x * n of a 32-bit x (the upper half of a 64-bit
 * output), rejecting x when the low half of m is below (2^32 - n) mod n,
 * so that every value in [0, N) is equally likely.  N > 0. */
static inline guint32
rng_below (ProfileRng *rng, guint32 n)
{
  guint64 m = (rng_next (rng) >> 32) * (guint64) n;
  guint32 low = (guint32) m;
  if (G_UNLIKELY (low < n))
    {
      const guint32 threshold = (guint32) -n % n;
      while (low < threshold)
        {
          m = (rng_next (rng) >> 32) * (guint64) n;
          low = (guint32) m;
        }
    }
  return (guint32) (m >> 32);
}

guint32
profile_rng_below (ProfileRng *rng, guint32 n)
{
  g_return_val_if_fail (n > 0, 0);
  return rng_below (rng, n);
}


/* Hyndman & Fan (1996) type 7: h = (n - 1) q, lo = floor (h),
 * x[lo] + (h - lo) (x[lo+1] - x[lo]), or x[lo] when lo + 1 = n. */
double
profile_quantile (const double *sorted, guint n, double q)
{
  if (n == 0)
    return NAN;
  const double h = (double) (n - 1) * CLAMP (q, 0.0, 1.0);
  const guint lo = (guint) floor (h);
  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}
/* Order of doubles, ascending.  For qsort. */
static int
double_compare (const void *a, const void *b)
{
  const double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The sums of the W (<= 5) columns at BASE (STRIDE doubles a row) over
 * N rows into S, each column added in row order from 0: the rows ROWS, or
 * with DRAW, N rows drawn from RNG as they are added (the same rows, in
 * the same order, as drawing them all first).  Inlined with W and DRAW
 * constants and the inner loop unrolled, the columns are summed side by
 * side in registers, so that their additions overlap rather than wait on
 * each other. */
static inline void
sum_width (const double *base, guint stride, const guint32 *rows,
           ProfileRng *rng, gboolean draw, guint n, guint w, double *s)
{
  double acc[5] = { 0.0, 0.0, 0.0, 0.0, 0.0 };
  for (guint i = 0; i < n; i++)
    {
      guint32 row = draw ? rng_below (rng, n) : rows[i];
      const double *x = base + (gsize) row * stride;
#pragma GCC unroll 5
      for (guint k = 0; k < w; k++)
        acc[k] += x[k];
    }
  memcpy (s, acc, w * sizeof *s);
}

/* Into SUMS[K0 .. K0+W-1] (W = 1 to 5), the sums of columns K0.. of
 * SAMPLES (STRIDE doubles a row) over N rows: ROWS, or rows drawn from
 * RNG with DRAW (see sum_width ()).  Five is the usual width: four topics
 * and the tokens. */
static inline void
sum_columns (const double *samples, guint stride, const guint32 *rows,
             ProfileRng *rng, gboolean draw, guint n, guint k0, guint w,
             double *sums)
{
  double s[5];
  const double *base = samples + k0;
  switch (w)
    {
    case 5: sum_width (base, stride, rows, rng, draw, n, 5, s); break;
    case 4: sum_width (base, stride, rows, rng, draw, n, 4, s); break;
    case 3: sum_width (base, stride, rows, rng, draw, n, 3, s); break;
    case 2: sum_width (base, stride, rows, rng, draw, n, 2, s); break;
    default: sum_width (base, stride, rows, rng, draw, n, 1, s); break;
    }
  memcpy (sums + k0, s, w * sizeof *sums);
}

/* Swap X[I] and X[J]. */
static inline void
swap_doubles (double *x, gssize i, gssize j)
{
  double t = x[i];
  x[i] = x[j];
  x[j] = t;
}

/* Rearrange the N finite values X so that X[K] holds the value a sort
 * would put there, with none larger before it and none smaller after it
 * (Hoare's selection with median-of-three pivots: linear on average). */
static void
select_nth (double *x, guint n, guint k)
{
  gssize lo = 0, hi = (gssize) n - 1;
  while (hi > lo)
    {
      gssize mid = lo + (hi - lo) / 2;
      if (x[mid] < x[lo])
        swap_doubles (x, lo, mid);
      if (x[hi] < x[lo])
        swap_doubles (x, lo, hi);
      if (x[hi] < x[mid])
        swap_doubles (x, mid, hi);
      const double pivot = x[mid];
      gssize i = lo, j = hi;
      while (i <= j)
        {
          while (x[i] < pivot)
            i++;
          while (x[j] > pivot)
            j--;
          if (i <= j)
            swap_doubles (x, i++, j--);
        }
      /* Now X[lo..j] <= pivot <= X[i..hi], and X[j+1..i-1] == pivot. */
      if ((gssize) k <= j)
        hi = j;
      else if ((gssize) k >= i)
        lo = i;
      else
        return;
    }
}

/* Order statistics this close to either end (the bootstrap's 2.5 % and
 * 97.5 % of 1000 resamples are 25 and 26 from the ends) are found in one
 * pass that keeps the few values closest to that end in order: on values
 * in random order, a value seldom belongs there, so this costs about one
 * comparison a value, against the several moves of a selection. */
#define ORDER_KEPT 48

/* The K-th and (K+1)-th smallest of the N finite values X (K + 2 <=
 * ORDER_KEPT; the (K+1)-th is the K-th when N = K + 1) into *AT and
 * *NEXT. */
static void
smallest_two (const double *x, guint n, guint k, double *at, double *next)
{
  double keep[ORDER_KEPT] = { 0 }; /* the M smallest so far, ascending */
  const guint m = MIN (k + 2, n);
  guint have = 0;
  for (guint i = 0; i < n; i++)
    {
      if (have == m && !(x[i] < keep[m - 1]))
        continue;
      guint j = have < m ? have++ : m - 1;
      for (; j > 0 && x[i] < keep[j - 1]; j--)
        keep[j] = keep[j - 1];
      keep[j] = x[i];
    }
  *at = keep[k];
  *next = k + 1 < n ? keep[k + 1] : keep[k];
}

/* The same from the other end: the K-th largest of the N finite values
 * X (K < N, K + 1 <= ORDER_KEPT) into *AT and the (K-1)-th, the next in
 * ascending order, into *NEXT (the K-th when K is 0). */
static void
largest_two (const double *x, guint n, guint k, double *at, double *next)
{
  double keep[ORDER_KEPT] = { 0 }; /* the M largest so far, descending */
  const guint m = k + 1;
  guint have = 0;
  for (guint i = 0; i < n; i++)
    {
      if (have == m && !(x[i] > keep[m - 1]))
        continue;
      guint j = have < m ? have++ : m - 1;
      for (; j > 0 && x[i] > keep[j - 1]; j--)
        keep[j] = keep[j - 1];
      keep[j] = x[i];
    }
  *at = keep[k];
  *next = k > 0 ? keep[k - 1] : keep[k];
}

/* Values with a NaN among them are sorted: NaN has no place in an order,
 * and qsort () with double_compare () gives the one the tables always
 * had. */
double
profile_quantile_unsorted (double *x, guint n, double q)
{
  if (n == 0)
    return NAN;
  for (guint i = 0; i < n; i++)
    if (isnan (x[i]))
      {
        qsort (x, n, sizeof (double), double_compare);
        return profile_quantile (x, n, q);
      }
  const double h = (double) (n - 1) * CLAMP (q, 0.0, 1.0);
  const guint lo = (guint) floor (h);
  double at, next;
  if (lo + 2 <= ORDER_KEPT)
    smallest_two (x, n, lo, &at, &next);
  else if (n - lo <= ORDER_KEPT)
    largest_two (x, n, n - 1 - lo, &at, &next);
  else
    {
      select_nth (x, n, lo);
      at = x[lo];
      next = lo + 1 < n ? x[lo + 1] : at;
      for (guint i = lo + 2; i < n; i++)
        next = MIN (next, x[i]);
    }
  if (lo + 1 >= n)
    return at;
  return at + (h - lo) * (next - at);
}

/* One bootstrap resample of GROUP (units in canonical order): draw
 * n_units unit indexes with replacement into ROWS, sum tokens and
 * weighted per topic over them into SUMS (nt + 1 doubles), and record,
 * at index R of STATS, per topic 1000 Σw / Σtokens (0 when Σtokens is 0)
 * and then per balance pair the logit of the sums. */
static void
resample_once (const Profile *profile, const ProfileGroup *group,
               ProfileRng *rng, guint32 *rows, double *sums, double *stats,
               guint r)
{
  const guint nt = n_topics (profile);
  const guint stride = nt + 1;
  const guint R = profile->opts.resamples;
  const guint n = group->n_units;
  const GArray *units = group->units != NULL ? group->units : group->samples;
  const double *samples = (const double *) (void *) units->data;
  if (stride <= 5)
    /* The usual case: the rows are summed as they are drawn. */
    sum_columns (samples, stride, NULL, rng, TRUE, n, 0, stride, sums);
  else
    {
      for (guint i = 0; i < n; i++)
        rows[i] = rng_below (rng, n);
      for (guint k0 = 0; k0 < stride; k0 += 5)
        sum_columns (samples, stride, rows, NULL, FALSE, n, k0,
                     MIN (5, stride - k0), sums);
    }
  for (guint t = 0; t < nt; t++)
    stats[t * R + r] = sums[0] == 0.0 ? 0.0 : 1000.0 * sums[1 + t] / sums[0];
  for (guint p = 0; p < profile->opts.n_balance; p++)
    {
      const ProfilePair *pair = &profile->opts.balance[p];
      stats[(nt + p) * R + r] = profile_balance_logit (sums[1 + pair->a],
                                                       sums[1 + pair->b]);
    }
}

/* The 95% percentile bootstrap intervals of GROUP's per_1k per topic and
 * balance logits: units in canonical order, a stream seeded with seed XOR
 * FNV-1a (name), RESAMPLES resamples of n_units units each (the same
 * draws for every topic, so that no topic's interval depends on which
 * others are loaded), then the type-7 2.5% and 97.5% quantiles of each
 * statistic.  With no resamples, or fewer than two units, the interval
 * is NAN. */
void
bootstrap_group (const Profile *profile, ProfileGroup *group)
{
  const guint nt = n_topics (profile);
  const guint np = profile->opts.n_balance;
  const guint R = profile->opts.resamples;
  g_autofree double *sums = g_new (double, nt + 1);
  g_autofree double *stats = g_new (double, (gsize) (nt + np) * MAX (R, 1));
  ProfileRng rng;
  guint64 name_hash = fnv_bytes (FNV_OFFSET_BASIS, group->name,
                                 strlen (group->name));
  profile_rng_seed (&rng, profile->opts.seed ^ name_hash);
  g_autofree guint32 *rows = g_new (guint32, MAX (group->n_units, 1));
  for (guint r = 0; r < R && group->n_units > 0; r++)
    resample_once (profile, group, &rng, rows, sums, stats, r);
  /* One unit has no spread to resample: its interval is undefined. */
  const guint n = group->n_units > 1 ? R : 0;
  if (group->keep_resampled && n > 0)
    group->resampled = g_memdup2 (stats, (gsize) nt * R * sizeof *stats);
  for (guint s = 0; s < nt + np; s++)
    {
      double *x = &stats[(gsize) s * MAX (R, 1)];
      double *low = s < nt ? &group->topics[s].ci_low : &group->balance[s - nt].ci_low;
      double *high = s < nt ? &group->topics[s].ci_high : &group->balance[s - nt].ci_high;
      *low = profile_quantile_unsorted (x, n, 0.025);
      *high = profile_quantile_unsorted (x, n, 0.975);
    }
}
