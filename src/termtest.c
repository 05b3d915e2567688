/* termtest.c - the group-versus-rest test per lexicon entry; see
 * termtest.h for what is kept and grouptest.h for the test.
 *
 * While articles come in, each lands in one cell of its group (its
 * cluster's, or the group's own-cluster cell) and each entry it hits in
 * that cell's small open-addressing table: no allocation per article
 * but when a cell meets an entry for the first time.
 *
 * At the end, every (entry, cluster, group) with hits becomes a record,
 * sorted so that each entry's records lie together, cluster by cluster.
 * What does not depend on the entry is worked out once: per group its
 * tokens, its units in the stratum of whole units, and the parts of its
 * expectation and variance that the clusters spanning groups give when
 * the entry has no hit in them (terms in R and R²).  Per entry, only the
 * clusters with hits add the rest, so the work grows with the records
 * plus the entries times the groups, not with the clusters times the
 * entries.
 */
#include "termtest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NO_GROUP G_MAXUINT32    /* a cluster with no cell yet */
#define SPLIT (G_MAXUINT32 - 1) /* a cluster with cells in two groups */

/* An entry's sums in one cell. */
typedef struct {
  guint32 key;      /* the entry's key + 1; 0: an empty slot */
  guint32 articles; /* articles with hits */
  guint64 h;        /* Σ hits */
  guint64 hh;       /* Σ hits² */
  guint64 hn;       /* Σ hits × tokens */
} Slot;

struct _TermCell {
  guint32 cluster;  /* the cluster, or GROUPTEST_OWN */
  guint32 articles;
  guint64 n;        /* Σ tokens */
  guint64 nn;       /* Σ tokens² */
  guint32 used;     /* slots in use */
  guint32 mask;     /* slots - 1 (a power of two less one), or 0: none */
  Slot *slots;
};

struct _TermCells {
  GHashTable *by_cluster; /* cluster + 1 -> TermCell* (not the own cell) */
  GPtrArray *cells;       /* TermCell*, owned, in the order they came */
  TermCell *own;          /* the own-cluster articles' cell, or NULL */
  TermCell *last;         /* the cell of the last article */
};

/* Free CELL. */
static void
cell_free (gpointer data)
{
  TermCell *cell = data;
  g_free (cell->slots);
  g_free (cell);
}

TermCells *
termtest_cells_new (void)
{
  TermCells *cells = g_new0 (TermCells, 1);
  cells->by_cluster = g_hash_table_new (NULL, NULL);
  cells->cells = g_ptr_array_new_with_free_func (cell_free);
  return cells;
}

void
termtest_cells_free (TermCells *cells)
{
  if (cells == NULL)
    return;
  g_hash_table_destroy (cells->by_cluster);
  g_ptr_array_free (cells->cells, TRUE);
  g_free (cells);
}

/* The cell of CLUSTER in CELLS, made if it is new. */
static TermCell *
cell_of (TermCells *cells, guint32 cluster)
{
  if (cells->last != NULL && cells->last->cluster == cluster)
    return cells->last;
  TermCell *cell = cluster == GROUPTEST_OWN ? cells->own
    : g_hash_table_lookup (cells->by_cluster, GUINT_TO_POINTER (cluster + 1));
  if (cell == NULL)
    {
      cell = g_new0 (TermCell, 1);
      cell->cluster = cluster;
      g_ptr_array_add (cells->cells, cell);
      if (cluster == GROUPTEST_OWN)
        cells->own = cell;
      else
        g_hash_table_insert (cells->by_cluster, GUINT_TO_POINTER (cluster + 1),
                             cell);
    }
  cells->last = cell;
  return cell;
}

TermCell *
termtest_cells_article (TermCells *cells, guint32 cluster, guint tokens)
{
  TermCell *cell = cell_of (cells, cluster);
  cell->articles++;
  cell->n += tokens;
  cell->nn += (guint64) tokens * tokens;
  return cell;
}

/* The slot of KEY + 1 (K) in SLOTS (MASK + 1 of them): its own, or the
 * empty one where it belongs. */
static inline Slot *
slot_find (Slot *slots, guint32 mask, guint32 k)
{
  guint32 i = (k * 2654435761u) & mask; /* Knuth's multiplicative hash */
  while (slots[i].key != 0 && slots[i].key != k)
    i = (i + 1) & mask;
  return &slots[i];
}

/* Double CELL's slots (16 to begin with), each moved to its place. */
static void
cell_grow (TermCell *cell)
{
  const guint32 size = cell->mask == 0 ? 16 : (cell->mask + 1) * 2;
  Slot *slots = g_new0 (Slot, size);
  for (guint32 i = 0; cell->mask != 0 && i <= cell->mask; i++)
    if (cell->slots[i].key != 0)
      *slot_find (slots, size - 1, cell->slots[i].key) = cell->slots[i];
  g_free (cell->slots);
  cell->slots = slots;
  cell->mask = size - 1;
}

void
termtest_cell_hits (TermCell *cell, guint32 key, guint hits, guint tokens)
{
  /* At most half full, so that a search ends soon. */
  if (cell->mask == 0 || 2 * (cell->used + 1) > cell->mask + 1)
    cell_grow (cell);
  Slot *s = slot_find (cell->slots, cell->mask, key + 1);
  if (s->key == 0)
    {
      s->key = key + 1;
      cell->used++;
    }
  s->articles++;
  s->h += hits;
  s->hh += (guint64) hits * hits;
  s->hn += (guint64) hits * tokens;
}

/* Order of TermHits by key.  For g_array_sort. */
static gint
hits_compare (gconstpointer a, gconstpointer b)
{
  const TermHits *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

GArray *
termtest_cells_hits (const TermCells *cells)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (TermHits));
  for (guint i = 0; i < cells->cells->len; i++)
    {
      const TermCell *cell = g_ptr_array_index (cells->cells, i);
      for (guint32 s = 0; cell->mask != 0 && s <= cell->mask; s++)
        if (cell->slots[s].key != 0)
          g_array_append_val (out, ((TermHits) { cell->slots[s].key - 1,
                                                 cell->slots[s].h }));
    }
  g_array_sort (out, hits_compare);
  guint n = 0;
  for (guint i = 0; i < out->len; i++)
    {
      const TermHits *h = &g_array_index (out, TermHits, i);
      if (n > 0 && g_array_index (out, TermHits, n - 1).key == h->key)
        g_array_index (out, TermHits, n - 1).hits += h->hits;
      else
        g_array_index (out, TermHits, n++) = *h;
    }
  g_array_set_size (out, n);
  return out;
}

/* ------------------------------------------------------------------ */
/* The test                                                            */

/* One entry's sums in one cell, with where they lie. */
typedef struct {
  guint32 key;
  guint32 cluster;  /* its rank, or GROUPTEST_OWN (last) */
  guint32 group;
  const Slot *slot;
} Record;

/* Records by entry, then cluster, then group.  For qsort. */
static int
record_compare (const void *a, const void *b)
{
  const Record *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->cluster != y->cluster)
    return x->cluster < y->cluster ? -1 : 1;
  return (x->group > y->group) - (x->group < y->group);
}

/* A cluster's part in one group: that group and its articles there. */
typedef struct {
  guint32 group;
  guint32 m;
  double a;       /* m (n - m) / (n (n - 1)) with n the cluster's articles */
} Part;

/* A cluster, by rank. */
typedef struct {
  guint32 home;   /* its group, SPLIT or NO_GROUP */
  guint32 n;      /* articles */
  guint64 tokens; /* Σ tokens */
  double nn;      /* Σ tokens² over its articles */
  double t;       /* nn - tokens² / n: its tokens' sum of squares */
  guint first;    /* its parts: parts[first .. first + n_parts) */
  guint n_parts;
} Cluster;

/* What termtest_entries () works with. */
typedef struct {
  TermCells *const *groups;
  guint ng;
  Cluster *clusters;
  Part *parts;
  double tokens;     /* Σ tokens over every article */
  /* the stratum of whole units: whole clusters and own-cluster articles */
  double whole_n;    /* its units */
  double whole_sn;   /* Σ tokens */
  double whole_snn;  /* Σ tokens² of its units */
  /* per group */
  double *n_g;       /* Σ tokens */
  guint32 *m_g;      /* its units in the whole stratum */
  double *a_g;       /* m (n - m) / (n (n - 1)) of the whole stratum */
  double *split_a;   /* A: Σ over split clusters of a t */
  double *split_b;   /* B: Σ over split clusters of m tokens / n */
  /* per group, for the entry at hand */
  guint64 *h_g;
  double *ey;        /* Σ over split clusters with hits of m Y / n */
  double *vc;        /* Σ a (SS - R² t) over split clusters with hits */
  guint32 *art_g;    /* articles with hits */
  guint32 *clu_g;    /* clusters with hits (an own-cluster article: one) */
} Work;

/* m (n - m) / (n (n - 1)): the share of a stratum's spread that falls
 * on a group of M of its N units (0 with fewer than two). */
static double
spread_factor (double n, double m)
{
  return n >= 2 && m > 0 && m < n ? m * (n - m) / (n * (n - 1)) : 0.0;
}

/* Each cluster's home, articles and tokens, and the parts of those that
 * span groups; CLUSTERS (N_CLUSTERS, by rank) and the parts come back
 * in W. */
static void
find_clusters (Work *w, guint n_clusters, const guint32 *rank)
{
  Cluster *cl = w->clusters;
  for (guint c = 0; c < n_clusters; c++)
    cl[c] = (Cluster) { .home = NO_GROUP };
  guint n_parts = 0;
  for (guint g = 0; g < w->ng; g++)
    for (guint i = 0; i < w->groups[g]->cells->len; i++)
      {
        const TermCell *cell = g_ptr_array_index (w->groups[g]->cells, i);
        if (cell->cluster == GROUPTEST_OWN)
          continue;
        Cluster *c = &cl[rank != NULL ? rank[cell->cluster] : cell->cluster];
        c->home = c->home == NO_GROUP ? g : SPLIT;
        c->n += cell->articles;
        c->tokens += cell->n;
        c->nn += (double) cell->nn;
        c->n_parts++;
        n_parts++;
      }
  guint at = 0;
  for (guint c = 0; c < n_clusters; c++)
    {
      cl[c].first = at;
      at += cl[c].n_parts;
      cl[c].n_parts = 0;
      if (cl[c].n > 0)
        cl[c].t = cl[c].nn - (double) cl[c].tokens * (double) cl[c].tokens / cl[c].n;
    }
  w->parts = g_new (Part, MAX (n_parts, 1));
  for (guint g = 0; g < w->ng; g++)
    for (guint i = 0; i < w->groups[g]->cells->len; i++)
      {
        const TermCell *cell = g_ptr_array_index (w->groups[g]->cells, i);
        if (cell->cluster == GROUPTEST_OWN)
          continue;
        Cluster *c = &cl[rank != NULL ? rank[cell->cluster] : cell->cluster];
        w->parts[c->first + c->n_parts++]
          = (Part) { g, cell->articles, spread_factor (c->n, cell->articles) };
      }
}

/* Parts of a cluster are filled group by group, but a group's cells come
 * in the order they came: sort each cluster's parts by group, so that
 * sums over them run in one order. */
static int
part_compare (const void *a, const void *b)
{
  const Part *x = a, *y = b;
  return (x->group > y->group) - (x->group < y->group);
}

/* What does not depend on the entry: every group's tokens, the whole
 * stratum and each group's units in it, and each group's A and B. */
static void
gather_fixed (Work *w, guint n_clusters)
{
  guint64 all = 0, whole_sn = 0;
  for (guint g = 0; g < w->ng; g++)
    {
      const TermCells *cells = w->groups[g];
      guint64 n = 0;
      for (guint i = 0; i < cells->cells->len; i++)
        n += ((const TermCell *) g_ptr_array_index (cells->cells, i))->n;
      w->n_g[g] = (double) n;
      all += n;
      if (cells->own != NULL)
        {
          w->whole_n += cells->own->articles;
          whole_sn += cells->own->n;
          w->whole_snn += (double) cells->own->nn;
          w->m_g[g] += cells->own->articles;
        }
    }
  for (guint c = 0; c < n_clusters; c++)
    {
      const Cluster *cl = &w->clusters[c];
      qsort (w->parts + cl->first, cl->n_parts, sizeof (Part), part_compare);
      if (cl->home == NO_GROUP)
        continue;
      if (cl->home != SPLIT)
        {
          w->whole_n += 1;
          whole_sn += cl->tokens;
          w->whole_snn += (double) cl->tokens * (double) cl->tokens;
          w->m_g[cl->home]++;
          continue;
        }
      for (guint i = 0; i < cl->n_parts; i++)
        {
          const Part *part = &w->parts[cl->first + i];
          w->split_a[part->group] += part->a * cl->t;
          w->split_b[part->group] += part->m * ((double) cl->tokens / cl->n);
        }
    }
  w->tokens = (double) all;
  w->whole_sn = (double) whole_sn;
  for (guint g = 0; g < w->ng; g++)
    w->a_g[g] = spread_factor (w->whole_n, w->m_g[g]);
}

/* Every (entry, cluster, group) with hits as a record, sorted; their
 * number into *N. */
static Record *
gather_records (const Work *w, const guint32 *rank, gsize *n)
{
  gsize total = 0;
  for (guint g = 0; g < w->ng; g++)
    for (guint i = 0; i < w->groups[g]->cells->len; i++)
      total += ((const TermCell *) g_ptr_array_index (w->groups[g]->cells, i))->used;
  Record *r = g_new (Record, MAX (total, 1));
  gsize k = 0;
  for (guint g = 0; g < w->ng; g++)
    for (guint i = 0; i < w->groups[g]->cells->len; i++)
      {
        const TermCell *cell = g_ptr_array_index (w->groups[g]->cells, i);
        const guint32 c = cell->cluster == GROUPTEST_OWN || rank == NULL
          ? cell->cluster : rank[cell->cluster];
        for (guint32 s = 0; cell->mask != 0 && s <= cell->mask; s++)
          if (cell->slots[s].key != 0)
            r[k++] = (Record) { cell->slots[s].key - 1, c, g, &cell->slots[s] };
      }
  qsort (r, total, sizeof *r, record_compare);
  *n = total;
  return r;
}

/* The sums of the whole stratum for one entry: Σ Y, Σ Y², Σ Y n over
 * its units. */
typedef struct {
  double y, yy, yn;
} WholeSums;

/* Add the records R[0 .. N) of one cluster (rank C) for one entry of
 * corpus rate RATE: to the whole stratum, or as a stratum of its own;
 * and each group's hits, articles and clusters with hits. */
static void
add_cluster (Work *w, const Record *r, gsize n, guint32 c, double rate,
             WholeSums *whole)
{
  if (c == GROUPTEST_OWN)
    {
      /* every article a unit of the whole stratum */
      for (gsize i = 0; i < n; i++)
        {
          const Slot *s = r[i].slot;
          whole->y += (double) s->h;
          whole->yy += (double) s->hh;
          whole->yn += (double) s->hn;
          w->h_g[r[i].group] += s->h;
          w->art_g[r[i].group] += s->articles;
          w->clu_g[r[i].group] += s->articles;
        }
      return;
    }
  const Cluster *cl = &w->clusters[c];
  guint64 y = 0, yy = 0, yn = 0;
  for (gsize i = 0; i < n; i++)
    {
      const Slot *s = r[i].slot;
      y += s->h;
      yy += s->hh;
      yn += s->hn;
      w->h_g[r[i].group] += s->h;
      w->art_g[r[i].group] += s->articles;
      w->clu_g[r[i].group] += 1;
    }
  const double dy = (double) y, tokens = (double) cl->tokens;
  if (cl->home != SPLIT)
    {
      whole->y += dy;
      whole->yy += dy * dy;
      whole->yn += dy * tokens;
      return;
    }
  /* SS = Σ (e - ē)² over the cluster's articles, e = h - R n */
  const double u = (double) yy - dy * dy / cl->n;
  const double v = (double) yn - dy * tokens / cl->n;
  const double ss = MAX (u - 2 * rate * v + rate * rate * cl->t, 0.0);
  for (guint i = 0; i < cl->n_parts; i++)
    {
      const Part *part = &w->parts[cl->first + i];
      w->ey[part->group] += part->m * (dy / cl->n);
      w->vc[part->group] += part->a * (ss - rate * rate * cl->t);
    }
}

/* The p of every group for the entry whose records are R[0 .. N), to
 * PUT (DATA): for every group when EVERY_GROUP, else for those with
 * hits. */
static void
entry_p (Work *w, const Record *r, gsize n, gboolean every_group,
         TermTestPut put, gpointer data)
{
  const guint32 key = r[0].key;
  guint64 h = 0;
  for (gsize i = 0; i < n; i++)
    h += r[i].slot->h;
  const double rate = w->tokens > 0 ? (double) h / w->tokens : 0.0;
  memset (w->h_g, 0, w->ng * sizeof *w->h_g);
  memset (w->ey, 0, w->ng * sizeof *w->ey);
  memset (w->vc, 0, w->ng * sizeof *w->vc);
  memset (w->art_g, 0, w->ng * sizeof *w->art_g);
  memset (w->clu_g, 0, w->ng * sizeof *w->clu_g);
  WholeSums whole = { 0, 0, 0 };
  for (gsize i = 0, j; i < n; i = j)
    {
      for (j = i + 1; j < n && r[j].cluster == r[i].cluster; j++)
        ;
      add_cluster (w, r + i, j - i, r[i].cluster, rate, &whole);
    }
  const double s1 = whole.y - rate * w->whole_sn;
  const double s2 = whole.yy - 2 * rate * whole.yn + rate * rate * w->whole_snn;
  const double ss = w->whole_n > 0 ? MAX (s2 - s1 * s1 / w->whole_n, 0.0) : 0.0;
  for (guint g = 0; g < w->ng; g++)
    {
      if (!every_group && w->art_g[g] == 0)
        continue;
      double p = NAN;
      if (w->ng >= 2)
        {
          const double obs = (double) w->h_g[g] - rate * w->n_g[g];
          const double e = (w->m_g[g] > 0 ? w->m_g[g] * (s1 / w->whole_n) : 0.0)
                           + w->ey[g] - rate * w->split_b[g];
          const double v = w->a_g[g] * ss + rate * rate * w->split_a[g]
                           + w->vc[g];
          if (v > 0.0)
            p = grouptest_p_of_z ((obs - e) / sqrt (v));
        }
      put (g, key, p, w->art_g[g], w->clu_g[g], data);
    }
}

void
termtest_entries (TermCells *const *groups, guint n_groups,
                  guint n_clusters, const guint32 *rank,
                  gboolean every_group, TermTestPut put, gpointer data)
{
  g_return_if_fail (n_groups < SPLIT);
  const guint ng = MAX (n_groups, 1);
  Work w = {
    .groups = groups, .ng = n_groups,
    .clusters = g_new (Cluster, MAX (n_clusters, 1)),
    .n_g = g_new0 (double, ng), .m_g = g_new0 (guint32, ng),
    .a_g = g_new0 (double, ng),
    .split_a = g_new0 (double, ng), .split_b = g_new0 (double, ng),
    .h_g = g_new0 (guint64, ng), .ey = g_new0 (double, ng),
    .vc = g_new0 (double, ng),
    .art_g = g_new0 (guint32, ng), .clu_g = g_new0 (guint32, ng),
  };
  find_clusters (&w, n_clusters, rank);
  gather_fixed (&w, n_clusters);
  gsize n;
  g_autofree Record *r = gather_records (&w, rank, &n);
  for (gsize i = 0, j; i < n; i = j)
    {
      for (j = i + 1; j < n && r[j].key == r[i].key; j++)
        ;
      entry_p (&w, r + i, j - i, every_group, put, data);
    }
  g_free (w.clusters);
  g_free (w.parts);
  g_free (w.n_g);
  g_free (w.m_g);
  g_free (w.a_g);
  g_free (w.split_a);
  g_free (w.split_b);
  g_free (w.h_g);
  g_free (w.ey);
  g_free (w.vc);
  g_free (w.art_g);
  g_free (w.clu_g);
}
