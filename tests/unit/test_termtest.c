/* test_termtest.c - the per-entry group test (termtest.c): the same p as
 * the topic test of grouptest.c when an entry is all of a topic, a case
 * worked by hand, its counts of articles and clusters, and that the
 * order of the articles and the numbering of the clusters change no
 * bit. */
#include "termtest.h"

#include "unit.h"

#include <math.h>

#define N_ARTICLES 60
#define N_ENTRIES 3
#define N_GROUPS 3

/* An article: its group, cluster, tokens and hits per entry. */
typedef struct {
  guint group;
  guint32 cluster;
  guint tokens;
  guint hits[N_ENTRIES];
} Article;

/* A fixed pseudo-random corpus: 8 clusters (0-2 within one group each,
 * 3-7 spanning groups), every fifth article a cluster of its own, hits
 * of entry 2 none at all. */
static void
make_corpus (Article *a)
{
  guint32 x = 12345;
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      x = x * 1103515245u + 12345u;
      const guint32 c = (x >> 8) % 8;
      a[i].cluster = i % 5 == 4 ? GROUPTEST_OWN : c;
      a[i].group = c < 3 ? c : (x >> 20) % N_GROUPS;
      a[i].tokens = 50 + (x >> 4) % 400;
      a[i].hits[0] = (x >> 12) % 7 + (a[i].group == 1 ? 3 : 0);
      a[i].hits[1] = (x >> 16) % 3 == 0 ? (x >> 18) % 4 : 0;
      a[i].hits[2] = 0;
    }
}

/* Where dense_entries () puts the results: N_KEYS apart per group. */
typedef struct {
  guint n_keys;
  double *p;
  guint32 *articles;
  guint32 *clusters;
  guint calls;
  gint64 last;   /* the last (key, group) put, as key * 65536 + group */
  gboolean ordered;
} Dense;

/* A TermTestPut into a Dense (DATA). */
static void
put_dense (guint group, guint32 key, double p, guint32 articles,
           guint32 clusters, gpointer data)
{
  Dense *d = data;
  const gsize at = (gsize) group * d->n_keys + key;
  d->p[at] = p;
  d->articles[at] = articles;
  d->clusters[at] = clusters;
  d->calls++;
  const gint64 now = (gint64) key * 65536 + group;
  d->ordered &= now > d->last;
  d->last = now;
}

/* termtest_entries () into arrays of N_GROUPS * N_KEYS (NAN and 0 where
 * nothing was put); the number of results put comes back. */
static guint
dense_entries (TermCells *const *groups, guint n_groups, guint n_keys,
               guint n_clusters, const guint32 *rank, gboolean every,
               double *p, guint32 *articles, guint32 *clusters)
{
  for (gsize i = 0; i < (gsize) n_groups * n_keys; i++)
    {
      p[i] = NAN;
      articles[i] = clusters[i] = 0;
    }
  Dense d = { n_keys, p, articles, clusters, 0, -1, TRUE };
  termtest_entries (groups, n_groups, n_clusters, rank, every, put_dense, &d);
  CU_ASSERT (d.ordered);
  return d.calls;
}

/* Run termtest_entries () over ARTICLES taken in ORDER (NULL: as they
 * are), clusters renumbered by RENAME (NULL: as they are) with RANK
 * undoing it. */
static void
run_terms (const Article *a, const guint *order, const guint32 *rename,
           const guint32 *rank, double *p, guint32 *articles,
           guint32 *clusters)
{
  TermCells *groups[N_GROUPS];
  for (guint g = 0; g < N_GROUPS; g++)
    groups[g] = termtest_cells_new ();
  for (guint k = 0; k < N_ARTICLES; k++)
    {
      const Article *x = &a[order != NULL ? order[k] : k];
      guint32 c = x->cluster;
      if (c != GROUPTEST_OWN && rename != NULL)
        c = rename[c];
      TermCell *cell = termtest_cells_article (groups[x->group], c, x->tokens);
      for (guint e = 0; e < N_ENTRIES; e++)
        if (x->hits[e] > 0)
          termtest_cell_hits (cell, e, x->hits[e], x->tokens);
    }
  dense_entries (groups, N_GROUPS, N_ENTRIES, 8, rank, TRUE, p, articles,
                 clusters);
  for (guint g = 0; g < N_GROUPS; g++)
    termtest_cells_free (groups[g]);
}

/* An entry of weight 1 that is all of a topic: its p is the topic's
 * (grouptest_topics () on rows of tokens and hits), within rounding; an
 * entry without a hit has none.  The articles and clusters with hits are
 * those counted directly. */
static void
test_same_as_topic (void)
{
  Article a[N_ARTICLES];
  make_corpus (a);
  double rows[N_GROUPS][N_ARTICLES * (1 + N_ENTRIES)];
  guint32 cl[N_GROUPS][N_ARTICLES];
  guint n[N_GROUPS] = { 0 };
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      const guint g = a[i].group;
      double *row = &rows[g][n[g] * (1 + N_ENTRIES)];
      row[0] = a[i].tokens;
      for (guint e = 0; e < N_ENTRIES; e++)
        row[1 + e] = a[i].hits[e];
      cl[g][n[g]++] = a[i].cluster;
    }
  GroupTestGroup groups[N_GROUPS];
  for (guint g = 0; g < N_GROUPS; g++)
    groups[g] = (GroupTestGroup) { rows[g], cl[g], n[g] };
  double want[N_GROUPS * N_ENTRIES], p[N_GROUPS * N_ENTRIES];
  guint32 articles[N_GROUPS * N_ENTRIES], clusters[N_GROUPS * N_ENTRIES];
  GroupTestDesign design;
  grouptest_topics (groups, N_GROUPS, N_ENTRIES, 8, want, &design);
  CU_ASSERT_TRUE (design.split_clusters > 0 && design.units > 0);
  run_terms (a, NULL, NULL, NULL, p, articles, clusters);
  for (guint g = 0; g < N_GROUPS; g++)
    {
      for (guint e = 0; e < 2; e++)
        {
          const guint k = g * N_ENTRIES + e;
          CU_ASSERT_TRUE (isfinite (p[k]));
          CU_ASSERT_DOUBLE_EQUAL (p[k], want[k], 1e-9 * MAX (want[k], 1e-3));
          guint arts = 0, clus = 0;
          gboolean seen[8] = { FALSE };
          for (guint i = 0; i < N_ARTICLES; i++)
            if (a[i].group == g && a[i].hits[e] > 0)
              {
                arts++;
                if (a[i].cluster == GROUPTEST_OWN)
                  clus++;
                else if (!seen[a[i].cluster])
                  seen[a[i].cluster] = TRUE, clus++;
              }
          CU_ASSERT_EQUAL (articles[k], arts);
          CU_ASSERT_EQUAL (clusters[k], clus);
        }
      CU_ASSERT_TRUE (isnan (p[g * N_ENTRIES + 2]));
      CU_ASSERT_EQUAL (articles[g * N_ENTRIES + 2], 0);
    }
  /* the planted difference shows for group 1 */
  CU_ASSERT_TRUE (p[1 * N_ENTRIES + 0] < 0.05);
}

/* Reversed articles and renumbered clusters (undone by the rank): the
 * same results to the bit. */
static void
test_order (void)
{
  Article a[N_ARTICLES];
  make_corpus (a);
  guint order[N_ARTICLES];
  for (guint i = 0; i < N_ARTICLES; i++)
    order[i] = N_ARTICLES - 1 - i;
  const guint32 rename[8] = { 5, 2, 7, 0, 1, 6, 3, 4 };
  guint32 rank[8];
  for (guint c = 0; c < 8; c++)
    rank[rename[c]] = c;
  double p[N_GROUPS * N_ENTRIES], q[N_GROUPS * N_ENTRIES];
  guint32 art[N_GROUPS * N_ENTRIES], clu[N_GROUPS * N_ENTRIES];
  run_terms (a, NULL, NULL, NULL, p, art, clu);
  run_terms (a, order, rename, rank, q, art, clu);
  for (guint k = 0; k < N_GROUPS * N_ENTRIES; k++)
    CU_ASSERT_TRUE (memcmp (&p[k], &q[k], sizeof (double)) == 0);
}

/* By hand: four articles of their own, 10 tokens each, hits 3, 1 in
 * group A and 0, 0 in B.  R = 4/40 = 0.1, e = 2, 0, -1, -1: one stratum
 * of 4 units, Σe = 0, SS = 6; A has 2 units, observed 2, expected 0,
 * variance 2·2/(4·3)·6 = 2, so z = √2 and p = erfc (1); B mirrors it. */
static void
test_by_hand (void)
{
  TermCells *groups[2] = { termtest_cells_new (), termtest_cells_new () };
  const guint hits[4] = { 3, 1, 0, 0 };
  for (guint i = 0; i < 4; i++)
    {
      TermCell *cell = termtest_cells_article (groups[i / 2], GROUPTEST_OWN, 10);
      if (hits[i] > 0)
        termtest_cell_hits (cell, 0, hits[i], 10);
    }
  double p[2];
  guint32 art[2], clu[2];
  dense_entries (groups, 2, 1, 0, NULL, TRUE, p, art, clu);
  CU_ASSERT_DOUBLE_EQUAL (p[0], erfc (1.0), 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (p[1], erfc (1.0), 1e-12);
  CU_ASSERT_EQUAL (art[0], 2);
  CU_ASSERT_EQUAL (clu[0], 2);
  CU_ASSERT_EQUAL (art[1], 0);
  /* one group: nothing to compare */
  dense_entries (groups, 1, 1, 0, NULL, TRUE, p, art, clu);
  CU_ASSERT_TRUE (isnan (p[0]));
  CU_ASSERT_EQUAL (art[0], 2);
  termtest_cells_free (groups[0]);
  termtest_cells_free (groups[1]);
}

/* By hand with clusters: cluster 0 (A: 10 tokens, 2 hits; 10, 2) is
 * whole, cluster 1 spans A (10 tokens, 1 hit) and B (10, 0; 10, 0).
 * R = 5/50 = 0.1.  Whole stratum: one unit (cluster 0, e = 4 - 2 = 2),
 * fixed in A.  Split stratum: e = 0, -1, -1 (ē = -2/3, SS = 2/3); A has
 * 1 of its 3 articles: observed 2 + 0, expected 2 - 2/3, variance
 * 1·2/(3·2)·2/3 = 2/9, z = (2/3) / √(2/9) = √2, p = erfc (1). */
static void
test_by_hand_clusters (void)
{
  TermCells *groups[2] = { termtest_cells_new (), termtest_cells_new () };
  termtest_cell_hits (termtest_cells_article (groups[0], 0, 10), 0, 2, 10);
  termtest_cell_hits (termtest_cells_article (groups[0], 1, 10), 0, 1, 10);
  termtest_cell_hits (termtest_cells_article (groups[0], 0, 10), 0, 2, 10);
  termtest_cells_article (groups[1], 1, 10);
  termtest_cells_article (groups[1], 1, 10);
  double p[2];
  guint32 art[2], clu[2];
  dense_entries (groups, 2, 1, 2, NULL, TRUE, p, art, clu);
  CU_ASSERT_DOUBLE_EQUAL (p[0], erfc (1.0), 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (p[1], erfc (1.0), 1e-12);
  CU_ASSERT_EQUAL (art[0], 3);
  CU_ASSERT_EQUAL (clu[0], 2);
  CU_ASSERT_EQUAL (clu[1], 0);
  termtest_cells_free (groups[0]);
  termtest_cells_free (groups[1]);
}

/* Many entries in one cell: the table grows and keeps every sum. */
static void
test_many_entries (void)
{
  TermCells *groups[2] = { termtest_cells_new (), termtest_cells_new () };
  for (guint i = 0; i < 40; i++)
    {
      TermCell *cell = termtest_cells_article (groups[i % 2], GROUPTEST_OWN, 100);
      for (guint k = 0; k < 500; k++)
        if ((k + i) % 3 == 0)
          termtest_cell_hits (cell, k, 1 + (k % 4), 100);
    }
  g_autofree double *p = g_new (double, 2 * 500);
  g_autofree guint32 *art = g_new (guint32, 2 * 500);
  g_autofree guint32 *clu = g_new (guint32, 2 * 500);
  dense_entries (groups, 2, 500, 0, NULL, TRUE, p, art, clu);
  for (guint k = 0; k < 500; k++)
    {
      guint want = 0;
      for (guint i = 0; i < 40; i += 2)
        want += (k + i) % 3 == 0;
      CU_ASSERT_EQUAL (art[k], want);
      CU_ASSERT_EQUAL (art[k], clu[k]);
    }
  termtest_cells_free (groups[0]);
  termtest_cells_free (groups[1]);
}

/* Without EVERY_GROUP, only the groups with hits of an entry get its p,
 * the same p as with it; termtest_cells_hits () sums a group's hits over
 * its cells, entry by entry in key order. */
static void
test_groups_with_hits (void)
{
  TermCells *groups[3] = { termtest_cells_new (), termtest_cells_new (),
                           termtest_cells_new () };
  for (guint i = 0; i < 30; i++)
    {
      TermCell *cell = termtest_cells_article (groups[i % 3], i % 4, 50 + i);
      if (i % 3 != 2)
        termtest_cell_hits (cell, 7 - i % 2, 1 + i % 5, 50 + i);
      if (i % 3 == 0)
        termtest_cell_hits (cell, 2, 3, 50 + i);
    }
  double p[24], q[24];
  guint32 art[24], clu[24], art2[24], clu2[24];
  CU_ASSERT_EQUAL (dense_entries (groups, 3, 8, 4, NULL, TRUE, p, art, clu),
                   3 * 3);
  /* entry 2 in group 0 only, 6 and 7 in groups 0 and 1 */
  CU_ASSERT_EQUAL (dense_entries (groups, 3, 8, 4, NULL, FALSE, q, art2, clu2),
                   1 + 2 + 2);
  for (guint g = 0; g < 3; g++)
    for (guint k = 0; k < 8; k++)
      {
        const guint at = g * 8 + k;
        const gboolean same = art[at] > 0
          ? q[at] == p[at] && art2[at] == art[at] && clu2[at] == clu[at]
          : isnan (q[at]) && art2[at] == 0;
        CU_ASSERT (same);
      }
  CU_ASSERT_FALSE (isnan (p[2 * 8 + 6])); /* group 2 has a p without hits */
  g_autoptr (GArray) hits = termtest_cells_hits (groups[0]);
  CU_ASSERT_EQUAL_FATAL (hits->len, 3);
  guint64 want[8] = { 0 };
  for (guint i = 0; i < 30; i += 3)
    want[7 - i % 2] += 1 + i % 5, want[2] += 3;
  static const guint32 keys[] = { 2, 6, 7 };
  for (guint k = 0; k < 3; k++)
    {
      const TermHits *h = &g_array_index (hits, TermHits, k);
      CU_ASSERT_EQUAL (h->key, keys[k]);
      CU_ASSERT_EQUAL (h->hits, want[h->key]);
    }
  for (guint g = 0; g < 3; g++)
    termtest_cells_free (groups[g]);
}

static const UnitCase cases[] = {
  { "an entry that is all of a topic", test_same_as_topic },
  { "only the groups with hits", test_groups_with_hits },
  { "order and cluster numbering", test_order },
  { "by hand, articles of their own", test_by_hand },
  { "by hand, whole and split clusters", test_by_hand_clusters },
  { "many entries", test_many_entries },
  { NULL, NULL }
};

UNIT_MAIN ("termtest", cases)
