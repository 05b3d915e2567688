/* pairs.h - effect sizes between every two groups of a finished profile
 * (framing-report(5), pairs.csv and STATISTICS; docs/DESIGN.md, "The
 * numbers").
 *
 * For groups A and B (A before B by name) and each topic: the ratio of
 * their pooled rates, per_1k of A / per_1k of B, and their difference,
 * A - B per 1000 tokens, each with a 95% percentile bootstrap interval
 * that resamples A's units (clusters, or articles) and B's units
 * independently: the r-th of A's own resamples against the r-th of B's
 * (each group's stream is seeded from the seed and its name alone), so
 * that the numbers are the same whatever the order of the articles, the
 * other groups or the number of threads.
 *
 * With more than PAIRS_MAX_GROUPS groups only the pairs among the
 * PAIRS_MAX_GROUPS groups with the most articles (ties by name) are
 * made: the pairs grow with the square of the groups, and each group's
 * resampled rates must be kept for them (ProfileOptions.keep_resampled,
 * resamples x topics doubles a group).
 */
#ifndef FRAMING_PAIRS_H
#define FRAMING_PAIRS_H

#include <glib.h>

#include "profile.h"

G_BEGIN_DECLS

#define PAIRS_MAX_GROUPS 50

/* One topic of a pair: A's and B's rates compared. */
typedef struct {
  double per_1k_a;        /* the groups' pooled rates (ProfileTopic.per_1k) */
  double per_1k_b;
  double difference;      /* per_1k_a - per_1k_b */
  double difference_low;  /* its 95% interval (NAN: no resamples, or a
                             group with fewer than two units) */
  double difference_high;
  double ratio;           /* per_1k_a / per_1k_b; NAN when per_1k_b is 0 */
  double ratio_low;       /* its 95% interval: NAN as for difference_low,
                             and when the ratio is NAN */
  double ratio_high;      /* +INFINITY when the interval has no upper
                             bound (in more than 2.5% of the resamples
                             B's rate was 0) */
} PairsTopic;

/* Two groups compared. */
typedef struct {
  guint a;                /* index of group A in the profile (name order) */
  guint b;                /* index of group B, a < b */
  PairsTopic *topics;     /* one per topic of the profile */
} PairsPair;

typedef struct {
  const Profile *profile; /* borrowed */
  guint n_groups;         /* the groups of the profile */
  guint n_paired;         /* the groups paired: n_groups, or at most the
                             cap given to pairs_new () */
  guint n_pairs;          /* n_paired (n_paired - 1) / 2 */
  PairsPair *pairs;       /* by A's name, then B's */
} Pairs;

/* The pairs of PROFILE's groups (finished; borrowed, must outlive the
 * result), among the MAX_GROUPS groups with the most articles (ties by
 * name; 0: all groups), worked out on up to profile->opts.jobs threads;
 * the numbers do not depend on how many. */
Pairs *pairs_new (const Profile *profile, guint max_groups);
/* Free PAIRS; NULL is a no-op. */
void pairs_free (Pairs *pairs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pairs, pairs_free)

/* The ratio of rates RA / RB: NAN when RB is 0 (undefined). */
double pairs_ratio (double ra, double rb);

G_END_DECLS

#endif /* FRAMING_PAIRS_H */
