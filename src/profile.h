/* profile.h - per-group framing profiles and the statistics that compare
 * groups (docs/DESIGN.md, "The numbers"; framing-report(5), STATISTICS,
 * gives every formula).
 *
 * A Profile accumulates article scores into groups (profile_add), then
 * profile_finish() computes, per group and topic, pooled per_1k, share,
 * present, a percentile bootstrap interval and the Monroe et al. log-odds
 * z against all other groups; per group, topic and entry, hits, per_1k
 * and z; per group, the balance logits with their intervals; and what
 * the Jensen-Shannon divergence of two groups needs (profile_distance ();
 * beyond PROFILE_ALL_PAIRS groups, each group's nearest only).
 *
 * Only a few numbers per article are kept (tokens and weighted hits per
 * topic, for the bootstrap), and results never depend on the order in
 * which articles were added: each group's articles are put in a canonical
 * order before resampling, and each group's random stream is seeded from
 * the fixed seed and the group's name.
 */
#ifndef FRAMING_PROFILE_H
#define FRAMING_PROFILE_H

#include <glib.h>

#include "grouptest.h"
#include "lexicon.h"
#include "nearest.h"
#include "score.h"
#include "termtest.h"

G_BEGIN_DECLS

#define PROFILE_RESAMPLES 1000
#define PROFILE_SEED G_GUINT64_CONSTANT (0x6672616d696e6721) /* "framing!" */
#define PROFILE_PRIOR 1000.0 /* a0 of the informative Dirichlet prior */
/* A group of fewer articles than this is described, not generalised
 * from: the outputs give it no interval and no p, and its cells are left
 * out of the Benjamini-Hochberg family (framing-report(5), A HANDFUL OF
 * ARTICLES).  A handful of articles shows what those articles say, not
 * how their outlet usually writes. */
#define PROFILE_FEW_ARTICLES 5
/* Up to this many groups, the tables are complete: distances.csv has
 * every pair of groups and terms.csv every entry hit anywhere for every
 * group.  Beyond, distances.csv has each group's NEAREST_K nearest and
 * terms.csv each group's entries with hits (framing-report(5)): a full
 * table would grow with the square of the groups, or with groups times
 * entries.  1,000 groups keep distances.csv within a sheet of a workbook
 * (499,500 rows); terms.csv can still pass a sheet's rows with large
 * lexicons, and the workbook then says where it cut it (xlsx.c). */
#define PROFILE_ALL_PAIRS 1000

typedef struct {
  guint a; /* topic index of A in A:B */
  guint b; /* topic index of B */
} ProfilePair;

typedef struct {
  guint presence;       /* --presence N: hits for a topic to be present */
  guint resamples;      /* bootstrap resamples (PROFILE_RESAMPLES) */
  guint64 seed;         /* bootstrap seed (PROFILE_SEED) */
  const ProfilePair *balance; /* balance pairs, n_balance of them */
  guint n_balance;
  guint jobs;           /* threads for profile_finish (0 or 1: the caller's) */
  guint keep_resampled; /* the groups with the most articles (ties by
                           name), up to this many, keep their resampled
                           rates for pairs.c; 0: none */
} ProfileOptions;

typedef struct {
  guint64 hits;
  guint64 negated;
  double weighted;
  guint present_articles; /* articles with hits >= presence */
  double per_1k;   /* 1000 * weighted / tokens, pooled over the group */
  double share;    /* weighted / the group's weighted over all topics (0
                      when the group has no weighted hits) */
  double present;  /* present_articles / articles */
  double ci_low;   /* 95% percentile bootstrap interval of per_1k, over
                      the group's clusters (NAN: no resamples, or fewer
                      than two units) */
  double ci_high;
  double z;        /* log-odds z against all other groups (0: one group):
                      describes, tests nothing */
  double mean_per_1k; /* the mean over the group's articles of their
                         1000 weighted / tokens */
  double p;        /* the calibrated test of per_1k against the other
                      groups (grouptest.h); NAN: none possible */
  double p_adj;    /* p adjusted (Benjamini-Hochberg) across every topic
                      of every group that is not few (profile_group_few);
                      NAN for a few group's */
  double top5_share; /* the part of weighted held by the group's
                        CONCENTRATION_TOP articles with the most (NAN:
                        no weighted hits) */
  guint top_articles; /* those articles with hits (up to 5) */
  double top_cluster_share; /* the part held by the group's cluster with
                               the most (NAN: no weighted hits, or no
                               cluster: every article its own) */
  const char *top_cluster; /* that cluster's name (borrowed from the
                              profile), or NULL: none, or none with hits */
} ProfileTopic;

typedef struct {
  guint32 key;     /* the entry: profile_entry_key () */
  guint64 hits;    /* hits of the entry (not negated) */
  double weighted; /* hits * the entry's weight */
  double per_1k;   /* 1000 * weighted / the group's tokens */
  double z;        /* log-odds z of weighted against all other groups */
  guint32 articles; /* the group's articles with hits of the entry */
  guint32 clusters; /* the clusters they lie in (an article of its own
                       counts as one) */
  double p;        /* the calibrated test of the entry's rate against the
                      other groups (termtest.h); NAN: none possible */
  double p_adj;    /* p adjusted (Benjamini-Hochberg) across every row
                      of terms.csv with a p, a few group's left out
                      (NAN for them) */
} ProfileTerm;

typedef struct {
  double logit;    /* ln ((weighted_A + 0.5) / (weighted_B + 0.5)) */
  double ci_low;   /* 95% percentile bootstrap interval of logit (NAN as
                      for ProfileTopic.ci_low) */
  double ci_high;
} ProfileBalance;

typedef struct {
  char *name;
  guint articles;
  guint64 tokens;
  ProfileTopic *topics;    /* one per topic */
  GArray *terms;           /* ProfileTerm, by key: the group's rows of
                              terms.csv (every entry hit anywhere, or
                              beyond PROFILE_ALL_PAIRS groups those hit
                              in the group), once finished */
  guint *term_first;       /* per topic t, its first row in terms;
                              [n_topics]: terms->len */
  ProfileBalance *balance; /* one per balance pair */
  GArray *samples;         /* private: per article, tokens then weighted
                              per topic (doubles) */
  GArray *keys;            /* private: per article, its ProfileRowKey */
  GArray *units;           /* private: per resampling unit (a cluster or
                              an article of its own), its sums as in
                              samples; NULL: the samples are the units */
  guint n_units;           /* resampling units */
  gboolean keep_resampled; /* private: keep the resampled rates */
  double *resampled;       /* the bootstrap's rates, resamples per topic
                              (topic-major), when kept; else NULL */
  TermCells *cells;        /* private: the entries' sums per cluster */
} ProfileGroup;

/* What orders an article's sample row and names its cluster (private). */
typedef struct {
  guint64 id_hash;         /* FNV-1a of the article's id */
  guint32 cluster;         /* its cluster, or GROUPTEST_OWN */
} ProfileRowKey;

typedef struct {
  const FramingLexicon *lexicon; /* borrowed */
  ProfileOptions opts;           /* balance pairs copied */
  GPtrArray *groups;             /* ProfileGroup*, by name (byte order)
                                    once finished */
  GArray *nearest;               /* NearestPair: beyond PROFILE_ALL_PAIRS
                                    groups, each group's NEAREST_K
                                    nearest (nearest.h); else NULL */
  double *shares;                /* private: per group, its topic shares */
  double *entropy;               /* private: per group, their entropy */
  gboolean *has_hits;            /* private: per group, any weighted hit */
  GHashTable *by_name;           /* private: name -> ProfileGroup* */
  GHashTable *clusters;          /* private: cluster name -> index + 1 */
  GPtrArray *cluster_names;      /* private: char*, by index */
  char **ranked_names;           /* private: the same, by name (borrowed),
                                    once finished */
  guint32 *rank;                 /* private: per cluster index, its place
                                    by name, once finished */
  guint *first_entry;            /* per topic, the key of its
                                    first entry; [n_topics]: all keys */
  GroupTestDesign design;        /* how the tests shuffled (once finished) */
} Profile;

/* A profile of LEXICON's topics (borrowed; must outlive the profile). */
Profile *profile_new (const FramingLexicon *lexicon, const ProfileOptions *opts);
void profile_free (Profile *profile);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Profile, profile_free)

/* Add one article's score to its group. */
void profile_add (Profile *profile, const ArticleScore *score);

/* Sort the groups by name and compute every statistic, on up to
 * opts.jobs threads; the results do not depend on the number. */
void profile_finish (Profile *profile);

/* The number of groups and topics, group I (in name order once finished)
 * and topic T. */
static inline guint
profile_n_groups (const Profile *p)
{
  return p->groups != NULL ? p->groups->len : 0;
}

static inline const ProfileGroup *
profile_group_at (const Profile *p, guint i)
{
  return g_ptr_array_index (p->groups, i);
}

static inline guint
profile_n_topics (const Profile *p)
{
  return p->lexicon->topics->len;
}

static inline const LexTopic *
profile_topic (const Profile *p, guint t)
{
  return g_ptr_array_index (p->lexicon->topics, t);
}

/* Whether group G has fewer than PROFILE_FEW_ARTICLES articles: its
 * numbers describe its articles only (no interval, no p in the outputs). */
static inline gboolean
profile_group_few (const ProfileGroup *g)
{
  return g->articles < PROFILE_FEW_ARTICLES;
}

/* The Jensen-Shannon divergence of groups I and J's topic shares (0..1;
 * 0 when I is J; NAN when either has no weighted hit), worked out when
 * asked: the same bits for (I, J) and (J, I).  Once finished. */
double profile_distance (const Profile *p, guint i, guint j);

/* Entry E of topic T as one number, counting the entries of all topics
 * in lexicon order. */
static inline guint32
profile_entry_key (const Profile *p, guint t, guint e)
{
  return p->first_entry[t] + e;
}

/* Group G's rows of topic T (G finished): *N of them from the one
 * returned, by entry. */
static inline const ProfileTerm *
profile_group_terms (const ProfileGroup *g, guint t, guint *n)
{
  *n = g->term_first[t + 1] - g->term_first[t];
  return *n > 0 ? &g_array_index (g->terms, ProfileTerm, g->term_first[t])
                : NULL;
}

/* Group G's row of entry E of topic T, or NULL when it has none. */
const ProfileTerm *profile_group_term (const Profile *p, const ProfileGroup *g,
                                       guint t, guint e);

/* The group's weighted hits over all topics. */
double profile_group_weighted (const Profile *profile, const ProfileGroup *group);

/* Group G's distinguishing entries of topic T: up to TOP entry indexes
 * (in the topic) with hits and a z above 0, the largest z first (ties in
 * lexicon order).  Free with g_array_unref. */
GArray *profile_top_terms (const Profile *profile, const ProfileGroup *g,
                           guint t, guint top);

/* The formulas, each on its own (exported for the tests). */

/* Monroe, Colaresi & Quinn (2008) log-odds of rate y1/n1 against y2/n2
 * with an informative Dirichlet prior a0 * (y1+y2)/(n1+n2), divided by its
 * standard deviation.  0 when n1 + n2 is 0. */
double profile_log_odds_z (double y1, double n1, double y2, double n2,
                           double a0);

/* Jensen-Shannon divergence (base 2, 0..1) of distributions P and Q of N
 * values each (each summing to 1). */
double profile_jsd (const double *p, const double *q, guint n);

/* ln ((wa + 0.5) / (wb + 0.5)), Lowe et al. (2011). */
double profile_balance_logit (double wa, double wb);

/* The Q quantile (0..1) of N sorted values, by linear interpolation
 * between order statistics (Hyndman & Fan type 7, R's and NumPy's
 * default).  NAN when N is 0. */
double profile_quantile (const double *sorted, guint n, double q);

/* The same quantile of N values X in any order (perhaps rearranged in
 * place): the two order statistics it needs are found in linear time on
 * average, by selection or, near either end, in one pass.  Equal to
 * profile_quantile () of X sorted. */
double profile_quantile_unsorted (double *x, guint n, double q);

/* The bootstrap's random numbers: xoshiro256** seeded by splitmix64. */
typedef struct {
  guint64 s[4];
} ProfileRng;

void profile_rng_seed (ProfileRng *rng, guint64 seed);
guint64 profile_rng_next (ProfileRng *rng);
/* A uniform integer in [0, N) without modulo bias (N > 0). */
guint32 profile_rng_below (ProfileRng *rng, guint32 n);

G_END_DECLS

#endif /* FRAMING_PROFILE_H */
