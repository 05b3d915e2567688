/* nearest.h - each group's nearest groups by Jensen-Shannon divergence,
 * without the matrix of every pair (docs/DESIGN.md, "Many groups";
 * framing-report(5), distances.csv).
 *
 * Up to PROFILE_ALL_PAIRS groups, distances.csv has every pair; beyond,
 * each group's NEAREST_K nearest.  The square root of the divergence is a
 * metric (Endres & Schindelin 2003), so a vantage-point tree (Yianilos
 * 1993) finds them in about n log n distances instead of n².  Groups with
 * exactly the same topic shares are one point of the tree, which keeps
 * the search fast when thousands of one-article groups share a profile.
 *
 * The rule: group g's nearest are the K groups other than g with the
 * smallest divergence from it, ties broken by the lower index; fewer when
 * fewer other points were given.  Results are exact: the tree prunes only
 * where the triangle inequality, with room for rounding, proves a
 * subtree holds nothing nearer, and they do not depend on the number of
 * threads or on the order of anything but the indexes.
 */
#ifndef FRAMING_NEAREST_H
#define FRAMING_NEAREST_H

#include <glib.h>

G_BEGIN_DECLS

#define NEAREST_K 10 /* neighbours per group beyond PROFILE_ALL_PAIRS */

/* One pair of points and their divergence. */
typedef struct {
  guint32 a;  /* the lower index */
  guint32 b;  /* the higher */
  double d;   /* the divergence, DISTANCE (a, b) */
} NearestPair;

/* The divergence of points I and J, in [0, 1]; must give the same bits
 * for (I, J) and (J, I), and 0 for two points of identical ROWS. */
typedef double (*NearestDistance) (guint i, guint j, gpointer data);

/* Each of the N points whose USE[i] is TRUE (ROWS[i * DIM ...], DIM
 * doubles each, identical rows being one point) with its K nearest other
 * such points as above: every pair once, in order of a then b.  Free
 * with g_array_unref. */
GArray *nearest_pairs (const double *rows, guint n, guint dim,
                       const gboolean *use, guint k,
                       NearestDistance distance, gpointer data);

G_END_DECLS

#endif /* FRAMING_NEAREST_H */
