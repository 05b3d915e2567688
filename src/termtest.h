/* termtest.h - the group-versus-rest test of grouptest.h, per lexicon
 * entry rather than per topic (docs/DESIGN.md, "The numbers";
 * framing-report(5), STATISTICS).
 *
 * Per entry, y is the entry's hits in an article times its weight and n
 * the article's tokens; the test is that of grouptest.h, the same strata
 * and formulas.  The weight multiplies every y and so cancels from z: the
 * test works on hits alone.
 *
 * Nothing is kept per article.  Each group keeps, per cell (one cell per
 * cluster of the group's articles, and one for its articles that are
 * clusters of their own): the articles, Σn and Σn², and per entry hit in
 * the cell its articles with hits, Σh, Σh² and Σh·n, as exact integers
 * (sparse: only the entries hit).  Those are the moments every stratum
 * needs: a whole cluster is one unit (its Σh and Σn), an own-cluster
 * article is one unit of its own (its moments folded into its group's own
 * cell at once), and a cluster that spans groups is a stratum of its
 * articles (the moments of its cells added up).  Being integers, the sums
 * do not depend on the order of the articles, and what is worked out of
 * them runs in the order of the groups, clusters and entries, so the
 * results are the same to the bit for the same articles.
 */
#ifndef FRAMING_TERMTEST_H
#define FRAMING_TERMTEST_H

#include <glib.h>

#include "grouptest.h"

G_BEGIN_DECLS

/* One group's cells.  Opaque. */
typedef struct _TermCells TermCells;
/* One cell of a group.  Opaque; valid until its TermCells is freed. */
typedef struct _TermCell TermCell;

TermCells *termtest_cells_new (void);
/* Free CELLS; NULL is a no-op. */
void termtest_cells_free (TermCells *cells);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TermCells, termtest_cells_free)

/* Count an article of TOKENS tokens in cluster CLUSTER (GROUPTEST_OWN:
 * a cluster of its own) into its cell of CELLS; returns that cell, for
 * termtest_cell_hits () with the article's entries. */
TermCell *termtest_cells_article (TermCells *cells, guint32 cluster,
                                  guint tokens);

/* Add HITS (> 0) of entry KEY in the article of TOKENS tokens just
 * counted into CELL.  An article adds each entry at most once. */
void termtest_cell_hits (TermCell *cell, guint32 key, guint hits,
                         guint tokens);

/* An entry's hits in a group. */
typedef struct {
  guint32 key;
  guint64 hits;
} TermHits;

/* Every entry key hit in CELLS, with its hits over all the cells, as
 * TermHits in key order.  Free with g_array_unref. */
GArray *termtest_cells_hits (const TermCells *cells);

/* One result of termtest_entries (): group GROUP's p for entry KEY
 * against the rest (NAN with one group, or where no shuffle can change
 * it), its ARTICLES with hits of the entry and the CLUSTERS they lie in
 * (an own-cluster article counts as one). */
typedef void (*TermTestPut) (guint group, guint32 key, double p,
                             guint32 articles, guint32 clusters,
                             gpointer data);

/* The test of every entry hit anywhere, handed to PUT (DATA) entry by
 * entry in key order, and for each entry group by group in their order:
 * for every group when EVERY_GROUP, else for the groups with hits of the
 * entry.  GROUPS are the groups' cells, in the order of the results; the
 * clusters are numbered below N_CLUSTERS, and RANK (NULL: none)
 * renumbers them, so that clusters are visited in that order. */
void termtest_entries (TermCells *const *groups, guint n_groups,
                       guint n_clusters, const guint32 *rank,
                       gboolean every_group, TermTestPut put, gpointer data);

G_END_DECLS

#endif /* FRAMING_TERMTEST_H */
