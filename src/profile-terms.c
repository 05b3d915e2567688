/* profile-terms.c - a group's rows of terms (terms.csv): which entries
 * have rows, their hits, weighted hits and rates, and the test of each
 * against the other groups (termtest.c), adjusted across the table; and
 * the look-ups the outputs make of them.  The log-odds z of a row is
 * worked out with the topics' in profile.c.
 *
 * Split from profile.c, which keeps the groups, their topics and the
 * other statistics.
 */
#include <math.h>

#include "profile-private.h"

/* The weight of entry E of topic T. */
static double
entry_weight (const Profile *profile, guint t, guint e)
{
  const LexTopic *topic = g_ptr_array_index (profile->lexicon->topics, t);
  const LexEntry *entry = g_ptr_array_index (topic->entries, e);
  return entry->weight;
}

/* The topic of entry KEY. */
static guint
key_topic (const Profile *profile, guint32 key)
{
  guint t = 0;
  while (key >= profile->first_entry[t + 1])
    t++;
  return t;
}

/* Append to GROUP's rows the row of entry KEY with HITS hits: its
 * weighted hits (hits * weight: the same number whatever the order of
 * the articles) and rate. */
static void
append_row (const Profile *profile, ProfileGroup *group, guint32 key,
            guint64 hits)
{
  const guint t = key_topic (profile, key);
  ProfileTerm term = { .key = key, .hits = hits, .p = NAN, .p_adj = NAN };
  term.weighted = (double) hits
    * entry_weight (profile, t, key - profile->first_entry[t]);
  term.per_1k = score_per_1k (term.weighted, group->tokens);
  g_array_append_val (group->terms, term);
}

/* GROUP's rows of terms, by key, from its hits per entry HITS
 * (TermHits): an entry it hits, or any entry marked in USED (NULL:
 * none); then where each topic's rows begin. */
static void
group_term_rows (const Profile *profile, ProfileGroup *group,
                 const GArray *hits, const gboolean *used)
{
  const guint nt = profile_n_topics (profile), nk = profile->first_entry[nt];
  g_array_set_size (group->terms, 0);
  if (used == NULL)
    for (guint i = 0; i < hits->len; i++)
      {
        const TermHits *h = &g_array_index (hits, TermHits, i);
        append_row (profile, group, h->key, h->hits);
      }
  else
    for (guint32 key = 0, i = 0; key < nk; key++)
      {
        const gboolean mine = i < hits->len
          && g_array_index (hits, TermHits, i).key == key;
        if (mine || used[key])
          append_row (profile, group, key,
                      mine ? g_array_index (hits, TermHits, i).hits : 0);
        i += mine;
      }
  for (guint t = 0, r = 0; t <= nt; t++)
    {
      while (r < group->terms->len
             && g_array_index (group->terms, ProfileTerm, r).key
                < profile->first_entry[t])
        r++;
      group->term_first[t] = r;
    }
}

/* Each group's rows of terms.csv: every entry hit in some group, or
 * beyond PROFILE_ALL_PAIRS groups only those hit in the group. */
static void
term_rows (Profile *profile)
{
  const guint ng = profile->groups->len, nt = profile_n_topics (profile);
  const gboolean every = ng <= PROFILE_ALL_PAIRS;
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func
    ((GDestroyNotify) g_array_unref);
  g_autofree gboolean *used = g_new0 (gboolean,
                                      MAX (profile->first_entry[nt], 1));
  for (guint g = 0; g < ng; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      GArray *h = termtest_cells_hits (group->cells);
      for (guint i = 0; i < h->len; i++)
        used[g_array_index (h, TermHits, i).key] = TRUE;
      g_ptr_array_add (hits, h);
    }
  for (guint g = 0; g < ng; g++)
    group_term_rows (profile, g_ptr_array_index (profile->groups, g),
                     g_ptr_array_index (hits, g), every ? used : NULL);
}

/* Where profile_term_tests () puts the p's: per group, the row at hand. */
typedef struct {
  Profile *profile;
  guint *next; /* per group, its next row */
} TermPut;

/* A TermTestPut: group G's row of KEY, when it has one. */
static void
put_term (guint g, guint32 key, double p, guint32 articles, guint32 clusters,
          gpointer data)
{
  TermPut *put = data;
  const ProfileGroup *group = g_ptr_array_index (put->profile->groups, g);
  guint *r = &put->next[g];
  while (*r < group->terms->len
         && g_array_index (group->terms, ProfileTerm, *r).key < key)
    (*r)++;
  if (*r == group->terms->len)
    return;
  ProfileTerm *term = &g_array_index (group->terms, ProfileTerm, *r);
  if (term->key != key)
    return;
  term->p = p;
  term->articles = articles;
  term->clusters = clusters;
}

/* The rows, their tests and the adjustment: see profile-private.h. */
void
profile_terms_finish (Profile *profile)
{
  const guint ng = profile->groups->len;
  term_rows (profile);
  g_autofree TermCells **groups = g_new (TermCells *, MAX (ng, 1));
  for (guint g = 0; g < ng; g++)
    groups[g] = ((ProfileGroup *) g_ptr_array_index (profile->groups, g))->cells;
  TermPut put = { profile, g_new0 (guint, MAX (ng, 1)) };
  termtest_entries (groups, ng, profile->cluster_names->len, profile->rank,
                    ng <= PROFILE_ALL_PAIRS, put_term, &put);
  g_free (put.next);
  gsize rows = 0;
  for (guint g = 0; g < ng; g++)
    rows += ((ProfileGroup *) g_ptr_array_index (profile->groups, g))->terms->len;
  /* the adjustment counts in guint: far more rows than memory holds */
  g_return_if_fail (rows <= G_MAXUINT);
  g_autofree double *p = g_new (double, MAX (rows, 1));
  g_autofree double *q = g_new (double, MAX (rows, 1));
  for (gsize g = 0, at = 0; g < ng; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      const gboolean few = profile_group_few (group);
      for (guint r = 0; r < group->terms->len; r++)
        p[at++] = few ? NAN : g_array_index (group->terms, ProfileTerm, r).p;
    }
  grouptest_adjust_bh (p, (guint) rows, q);
  for (gsize g = 0, at = 0; g < ng; g++)
    {
      ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      for (guint r = 0; r < group->terms->len; r++)
        g_array_index (group->terms, ProfileTerm, r).p_adj = q[at++];
    }
}

/* A candidate of profile_top_terms. */
typedef struct {
  guint entry;
  double z;
} RankedTerm;

/* Larger z first, then lexicon order. */
static gint
ranked_term_compare (gconstpointer a, gconstpointer b)
{
  const RankedTerm *x = a, *y = b;
  if (x->z != y->z)
    return x->z > y->z ? -1 : 1;
  return x->entry < y->entry ? -1 : x->entry > y->entry;
}

const ProfileTerm *
profile_group_term (const Profile *p, const ProfileGroup *g, guint t, guint e)
{
  guint n;
  const ProfileTerm *rows = profile_group_terms (g, t, &n);
  const guint32 key = profile_entry_key (p, t, e);
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      const guint mid = lo + (hi - lo) / 2;
      if (rows[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && rows[lo].key == key ? &rows[lo] : NULL;
}

GArray *
profile_top_terms (const Profile *p, const ProfileGroup *g, guint t, guint top)
{
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedTerm));
  guint n;
  const ProfileTerm *rows = profile_group_terms (g, t, &n);
  for (guint r = 0; r < n; r++)
    if (rows[r].hits > 0 && isfinite (rows[r].z) && rows[r].z > 0)
      g_array_append_val (ranked, ((RankedTerm) { rows[r].key - p->first_entry[t],
                                                  rows[r].z }));
  g_array_sort (ranked, ranked_term_compare);
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < ranked->len && k < top; k++)
    g_array_append_val (entries, g_array_index (ranked, RankedTerm, k).entry);
  return entries;
}
