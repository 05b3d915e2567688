/* grouptest.h - calibrated tests of each group against the rest
 * (docs/DESIGN.md, "The numbers"; framing-report(5), STATISTICS).
 *
 * The question a star answers: does this group's pooled rate differ from
 * the rest's by more than shuffling the group labels would give?  The
 * labels are shuffled as the data allow, never article by article when
 * the articles of one outlet hang together: a cluster (an outlet, say)
 * whose articles all lie in one group moves between groups as a whole;
 * the articles of a cluster that spans several groups are shuffled among
 * those groups inside the cluster.  The test uses the first two moments
 * of that restricted permutation, worked out exactly (no random numbers):
 *
 *   e = y - R n per unit (y weighted hits, n tokens, R the corpus rate)
 *   obs_g = Σ_{units of g} e,  E_g = Σ_s m_sg ē_s,
 *   V_g = Σ_s m_sg (n_s - m_sg) / (n_s (n_s - 1)) Σ_{u in s} (e_u - ē_s)²
 *   z = (obs_g - E_g) / √V_g,  p = erfc (|z| / √2)
 *
 * where the strata s are: the whole clusters (and the articles that are
 * clusters of their own) as units, and each cluster that spans groups,
 * its articles as units; n_s units in s, m_sg of them in group g.
 *
 * Everything runs in the order of the groups and rows it is given, so the
 * results are the same to the bit for the same input.
 */
#ifndef FRAMING_GROUPTEST_H
#define FRAMING_GROUPTEST_H

#include <glib.h>

G_BEGIN_DECLS

/* The cluster of an article that is a cluster of its own. */
#define GROUPTEST_OWN G_MAXUINT32

/* One group's articles: N_ROWS rows of STRIDE doubles (tokens, then
 * weighted hits per topic), and per row its cluster (0 .. n_clusters-1,
 * or GROUPTEST_OWN). */
typedef struct {
  const double *rows;
  const guint32 *clusters;
  guint n_rows;
} GroupTestGroup;

/* How the labels could be shuffled. */
typedef struct {
  guint units;          /* whole clusters and own-cluster articles */
  guint split_clusters; /* clusters whose articles lie in several groups */
} GroupTestDesign;

/* Into P[g * n_topics + t], the p of group g's rate of topic t against
 * the rest (NAN where no shuffle can change it: one group, or every unit
 * fixed in its stratum).  N_CLUSTERS bounds the clusters of the rows.
 * DESIGN, if not NULL, says how the labels were shuffled. */
void grouptest_topics (const GroupTestGroup *groups, guint n_groups,
                       guint n_topics, guint n_clusters, double *p,
                       GroupTestDesign *design);

/* Benjamini & Hochberg (1995): Q[i] = min over j with p_j >= p_i of
 * m p_j / rank_j, capped at 1, over the M finite values of P (N values;
 * NAN stays NAN).  Ties share the smallest adjusted value. */
void grouptest_adjust_bh (const double *p, guint n, double *q);

/* The two-sided normal p of Z: erfc (|z| / √2); NAN for NAN. */
double grouptest_p_of_z (double z);

G_END_DECLS

#endif /* FRAMING_GROUPTEST_H */
