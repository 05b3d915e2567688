/* profile.c - per-group framing profiles and the statistics that compare
 * groups (docs/DESIGN.md, "The numbers"; framing-report(5), STATISTICS).
 *
 * profile_add() sums article scores into groups and keeps one sample row
 * per article (tokens, then weighted hits per topic).  profile_finish()
 * sorts the groups by name and computes pooled rates, shares, presence,
 * Monroe et al. log-odds z scores, balance logits, percentile bootstrap
 * intervals (bootstrap.c), the group tests per topic (grouptest.c) and
 * per entry (termtest.c, from the sums profile_add() hands it), the
 * concentration of hits (concentration.c), and what the Jensen-Shannon
 * divergence between groups needs: each group's topic shares, and
 * beyond PROFILE_ALL_PAIRS groups each group's nearest (nearest.c).
 *
 * Nothing depends on the order in which articles were added: a group's
 * weighted sums are recomputed at the end from its sample rows in a
 * canonical order, per-entry weighted hits are hits * weight, and each
 * group's bootstrap stream is seeded from the seed and the group's name.
 * So profile_finish() may work on several groups at once (opts.jobs
 * threads): each group's statistics, then each group's z, are computed
 * by one thread and read nothing another thread writes meanwhile.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "concentration.h"
#include "fnv.h"
#include "nearest.h"
#include "profile-private.h"

/* ------------------------------------------------------------------ */
/* Formulas                                                            */

/* Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16-22 with an
 * informative Dirichlet prior of total a0 spread as the pooled rate:
 *   a = a0 (y1 + y2) / (n1 + n2)
 *   δ = ln ((y1 + a) / (n1 + a0 - y1 - a)) - ln ((y2 + a) / (n2 + a0 - y2 - a))
 *   z = δ / sqrt (1 / (y1 + a) + 1 / (y2 + a))
 * With n1 + n2 = 0 there is nothing to compare, and with y1 + y2 = 0 the
 * prior a is 0 too and the formula is 0/0: no evidence either way, so z
 * is 0 in both cases.  The formula assumes rates below 1 (weighted hits
 * fewer than tokens); where a logarithm's argument is not positive z is
 * undefined and returned as NAN. */
double
profile_log_odds_z (double y1, double n1, double y2, double n2, double a0)
{
  if (n1 + n2 == 0.0 || y1 + y2 == 0.0)
    return 0.0;
  const double a = a0 * (y1 + y2) / (n1 + n2);
  const double rest1 = n1 + a0 - y1 - a;
  const double rest2 = n2 + a0 - y2 - a;
  if (!(rest1 > 0.0 && rest2 > 0.0))
    return NAN;
  const double delta = log ((y1 + a) / rest1) - log ((y2 + a) / rest2);
  return delta / sqrt (1.0 / (y1 + a) + 1.0 / (y2 + a));
}

/* Shannon entropy in bits, H(P) = -Σ p log2 p, with 0 log 0 = 0. */
static double
entropy2 (const double *p, guint n)
{
  double h = 0.0;
  for (guint i = 0; i < n; i++)
    if (p[i] > 0.0)
      h -= p[i] * log2 (p[i]);
  return h;
}

/* profile_jsd () of P and Q whose entropies are HP and HQ.  Every step
 * is the same with P and Q swapped (IEEE addition is commutative), so
 * the result is too. */
static double
jsd_given (const double *p, const double *q, guint n, double hp, double hq)
{
  double hm = 0.0;
  for (guint i = 0; i < n; i++)
    {
      const double m = (p[i] + q[i]) / 2.0;
      if (m > 0.0)
        hm -= m * log2 (m);
    }
  const double jsd = hm - (hp + hq) / 2.0;
  return CLAMP (jsd, 0.0, 1.0);
}

/* Lin (1991): JSD(P, Q) = H(M) - (H(P) + H(Q)) / 2 with M = (P + Q) / 2,
 * in bits, so 0..1; rounding outside [0, 1] is clamped. */
double
profile_jsd (const double *p, const double *q, guint n)
{
  return jsd_given (p, q, n, entropy2 (p, n), entropy2 (q, n));
}

/* profile_distance () for nearest_pairs (): DATA is the profile. */
static double
distance_of (guint i, guint j, gpointer data)
{
  return profile_distance (data, i, j);
}

/* Lowe, Benoit, Mikhaylov & Laver (2011), the empirical logit:
 * ln ((wa + 0.5) / (wb + 0.5)). */
double
profile_balance_logit (double wa, double wb)
{
  return log ((wa + 0.5) / (wb + 0.5));
}

/* ------------------------------------------------------------------ */
/* Groups                                                              */

/* The number of topics of PROFILE's lexicon. */
static guint
n_topics (const Profile *profile)
{
  return profile->lexicon->topics->len;
}

/* The number of entries of topic T. */
static guint
n_entries (const Profile *profile, guint t)
{
  const LexTopic *topic = g_ptr_array_index (profile->lexicon->topics, t);
  return topic->entries->len;
}

/* A new, empty group called NAME. */
static ProfileGroup *
group_new (const Profile *profile, const char *name)
{
  const guint nt = n_topics (profile);
  ProfileGroup *group = g_new0 (ProfileGroup, 1);
  group->name = g_strdup (name);
  group->topics = g_new0 (ProfileTopic, nt);
  group->terms = g_array_new (FALSE, FALSE, sizeof (ProfileTerm));
  group->term_first = g_new0 (guint, nt + 1);
  group->balance = g_new0 (ProfileBalance, profile->opts.n_balance);
  group->samples = g_array_new (FALSE, FALSE, sizeof (double));
  group->keys = g_array_new (FALSE, FALSE, sizeof (ProfileRowKey));
  group->cells = termtest_cells_new ();
  return group;
}

/* Free GROUP. */
static void
group_free (ProfileGroup *group)
{
  g_array_unref (group->terms);
  g_free (group->term_first);
  g_free (group->topics);
  g_free (group->balance);
  g_array_free (group->samples, TRUE);
  g_array_free (group->keys, TRUE);
  g_free (group->resampled);
  if (group->units != NULL)
    g_array_free (group->units, TRUE);
  termtest_cells_free (group->cells);
  g_free (group->name);
  g_free (group);
}

/* A profile of LEXICON's topics; OPTS' balance pairs are copied. */
Profile *
profile_new (const FramingLexicon *lexicon, const ProfileOptions *opts)
{
  g_return_val_if_fail (lexicon != NULL && opts != NULL, NULL);
  for (guint i = 0; i < opts->n_balance; i++)
    g_return_val_if_fail (opts->balance[i].a < lexicon->topics->len
                          && opts->balance[i].b < lexicon->topics->len, NULL);
  Profile *profile = g_new0 (Profile, 1);
  profile->lexicon = lexicon;
  profile->opts = *opts;
  profile->opts.balance = opts->n_balance > 0
    ? g_memdup2 (opts->balance, opts->n_balance * sizeof (ProfilePair))
    : NULL;
  profile->groups = g_ptr_array_new ();
  profile->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  profile->clusters = g_hash_table_new (g_str_hash, g_str_equal);
  profile->cluster_names = g_ptr_array_new_with_free_func (g_free);
  const guint nt = lexicon->topics->len;
  profile->first_entry = g_new0 (guint, nt + 1);
  for (guint t = 0; t < nt; t++)
    profile->first_entry[t + 1] = profile->first_entry[t] + n_entries (profile, t);
  return profile;
}

/* Free PROFILE and its groups; NULL is a no-op. */
void
profile_free (Profile *profile)
{
  if (profile == NULL)
    return;
  for (guint i = 0; i < profile->groups->len; i++)
    group_free (g_ptr_array_index (profile->groups, i));
  g_ptr_array_free (profile->groups, TRUE);
  g_hash_table_destroy (profile->by_name);
  g_hash_table_destroy (profile->clusters);
  g_ptr_array_free (profile->cluster_names, TRUE);
  g_free (profile->ranked_names);
  g_free (profile->rank);
  g_free (profile->first_entry);
  g_free ((ProfilePair *) profile->opts.balance);
  g_free (profile->shares);
  g_free (profile->entropy);
  g_free (profile->has_hits);
  if (profile->nearest != NULL)
    g_array_unref (profile->nearest);
  g_free (profile);
}

/* The group called NAME, created empty if it is new. */
static ProfileGroup *
profile_group (Profile *profile, const char *name)
{
  ProfileGroup *group = g_hash_table_lookup (profile->by_name, name);
  if (group == NULL)
    {
      group = group_new (profile, name);
      g_ptr_array_add (profile->groups, group);
      g_hash_table_insert (profile->by_name, group->name, group);
    }
  return group;
}

/* The index of the cluster called NAME (NULL: GROUPTEST_OWN), made if
 * it is new. */
static guint32
cluster_index (Profile *profile, const char *name)
{
  if (name == NULL)
    return GROUPTEST_OWN;
  gpointer at = g_hash_table_lookup (profile->clusters, name);
  if (at != NULL)
    return GPOINTER_TO_UINT (at) - 1;
  char *copy = g_strdup (name);
  g_ptr_array_add (profile->cluster_names, copy);
  g_hash_table_insert (profile->clusters, copy,
                       GUINT_TO_POINTER (profile->cluster_names->len));
  return profile->cluster_names->len - 1;
}

/* Add SCORE to its group (score->group): articles += 1, tokens +=
 * tokens; per topic hits, negated and weighted summed, present_articles
 * += (hits >= presence); one sample row: tokens, then weighted per topic,
 * with its key (the id's hash, the cluster); and the article's entry
 * hits to the sums of its cell (termtest.h), from which the group's
 * hits per entry come at the end. */
void
profile_add (Profile *profile, const ArticleScore *score)
{
  g_return_if_fail (profile != NULL && score != NULL);
  const guint nt = n_topics (profile);
  g_return_if_fail (score->n_topics == nt);
  ProfileGroup *group = profile_group (profile, score->group);
  group->articles++;
  group->tokens += score->tokens;
  double tokens = (double) score->tokens;
  g_array_append_val (group->samples, tokens);
  ProfileRowKey key = { fnv_bytes (FNV_OFFSET_BASIS, score->id, strlen (score->id)),
                        cluster_index (profile, score->cluster) };
  g_array_append_val (group->keys, key);
  TermCell *cell = termtest_cells_article (group->cells, key.cluster,
                                           score->tokens);
  for (guint t = 0; t < nt; t++)
    {
      const ScoreCount *c = &score->topics[t];
      ProfileTopic *topic = &group->topics[t];
      topic->hits += c->hits;
      topic->negated += c->negated;
      topic->weighted += c->weighted;
      topic->present_articles += c->hits >= profile->opts.presence;
      g_array_append_val (group->samples, c->weighted);
    }
  for (guint i = 0; score->entries != NULL && i < score->entries->len; i++)
    {
      const ScoreEntryCount *ec = &g_array_index (score->entries,
                                                  ScoreEntryCount, i);
      g_return_if_fail (ec->topic < nt && ec->entry < n_entries (profile, ec->topic));
      if (ec->hits > 0)
        termtest_cell_hits (cell, profile->first_entry[ec->topic] + ec->entry,
                            ec->hits, score->tokens);
    }
}

/* ------------------------------------------------------------------ */
/* Finishing                                                           */

/* Order of groups: by name, byte order.  For g_ptr_array_sort. */
static gint
group_compare (gconstpointer a, gconstpointer b)
{
  const ProfileGroup *x = *(ProfileGroup *const *) a;
  const ProfileGroup *y = *(ProfileGroup *const *) b;
  return strcmp (x->name, y->name);
}

/* A group's rows, for sorting them. */
typedef struct {
  const ProfileGroup *group;
  guint stride;
} RowOrder;

/* Order of sample rows (indexes into the group's rows): by the id's
 * hash, then the cluster, then lexicographic by their doubles; rows equal
 * in all are the same row for every sum. */
static gint
row_compare (gconstpointer a, gconstpointer b, gpointer data)
{
  const RowOrder *o = data;
  const guint i = *(const guint *) a, j = *(const guint *) b;
  const ProfileRowKey *ki = &g_array_index (o->group->keys, ProfileRowKey, i);
  const ProfileRowKey *kj = &g_array_index (o->group->keys, ProfileRowKey, j);
  if (ki->id_hash != kj->id_hash)
    return ki->id_hash < kj->id_hash ? -1 : 1;
  if (ki->cluster != kj->cluster)
    return ki->cluster < kj->cluster ? -1 : 1;
  const double *x = &g_array_index (o->group->samples, double, (gsize) i * o->stride);
  const double *y = &g_array_index (o->group->samples, double, (gsize) j * o->stride);
  for (guint k = 0; k < o->stride; k++)
    if (x[k] != y[k])
      return x[k] < y[k] ? -1 : 1;
  return 0;
}

/* Put GROUP's sample rows (STRIDE doubles each) and their keys in
 * canonical order: one that depends on the articles alone, not on the
 * order they came in, nor on the other topics loaded (the id comes
 * first), so that a topic's interval is the same whatever else is. */
static void
sort_samples (ProfileGroup *group, guint stride)
{
  const guint n = group->keys->len;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  for (guint r = 0; r < n; r++)
    order[r] = r;
  RowOrder o = { group, stride };
  g_qsort_with_data (order, (gint) n, sizeof *order, row_compare, &o);
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (double), n * stride);
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (ProfileRowKey), n);
  for (guint r = 0; r < n; r++)
    {
      g_array_append_vals (rows, &g_array_index (group->samples, double,
                                                 (gsize) order[r] * stride),
                           stride);
      g_array_append_val (keys, g_array_index (group->keys, ProfileRowKey,
                                               order[r]));
    }
  g_array_free (group->samples, TRUE);
  g_array_free (group->keys, TRUE);
  group->samples = rows;
  group->keys = keys;
}

/* GROUP's resampling units: each article that is a cluster of its own,
 * and each cluster's articles summed into one, in the order of their
 * first row.  When every article is its own cluster the rows are the
 * units (group->units stays NULL). */
static void
group_units (ProfileGroup *group, guint stride)
{
  const guint n = group->keys->len;
  gboolean clustered = FALSE;
  for (guint r = 0; r < n && !clustered; r++)
    clustered = g_array_index (group->keys, ProfileRowKey, r).cluster != GROUPTEST_OWN;
  group->n_units = n;
  if (!clustered)
    return;
  g_autoptr (GHashTable) at = g_hash_table_new (NULL, NULL); /* cluster+1 -> unit+1 */
  group->units = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint r = 0; r < n; r++)
    {
      const guint32 c = g_array_index (group->keys, ProfileRowKey, r).cluster;
      const double *x = &g_array_index (group->samples, double, (gsize) r * stride);
      guint u = c == GROUPTEST_OWN ? 0
        : GPOINTER_TO_UINT (g_hash_table_lookup (at, GUINT_TO_POINTER (c + 1)));
      if (u == 0)
        {
          u = group->units->len / stride + 1;
          g_array_set_size (group->units, group->units->len + stride);
          if (c != GROUPTEST_OWN)
            g_hash_table_insert (at, GUINT_TO_POINTER (c + 1), GUINT_TO_POINTER (u));
        }
      double *sum = &g_array_index (group->units, double, (gsize) (u - 1) * stride);
      for (guint k = 0; k < stride; k++)
        sum[k] += x[k];
    }
  group->n_units = group->units->len / stride;
}

/* Recompute GROUP's weighted per topic by summing its sample rows in
 * canonical order, so that the float sums do not depend on the order in
 * which articles were added. */
static void
resum_weighted (ProfileGroup *group, guint nt)
{
  const guint stride = nt + 1;
  const guint n = group->samples->len / stride;
  for (guint t = 0; t < nt; t++)
    {
      double sum = 0.0;
      for (guint r = 0; r < n; r++)
        sum += g_array_index (group->samples, double, r * stride + 1 + t);
      group->topics[t].weighted = sum;
    }
}

/* The mean over GROUP's articles (rows in canonical order) of their
 * 1000 weighted / tokens for topic T (0 with no articles). */
static double
mean_rate (const ProfileGroup *group, guint nt, guint t)
{
  const guint stride = nt + 1;
  const guint n = group->keys->len;
  double sum = 0.0;
  for (guint r = 0; r < n; r++)
    {
      const double *x = &g_array_index (group->samples, double, (gsize) r * stride);
      sum += score_per_1k (x[1 + t], (guint64) x[0]);
    }
  return n > 0 ? sum / n : 0.0;
}

/* Per topic of GROUP: per_1k = 1000 weighted / tokens (pooled), share =
 * weighted / Σ_topics weighted (0 when that is 0), present =
 * present_articles / articles; per balance pair logit = ln ((w_A + 0.5)
 * / (w_B + 0.5)). */
static void
group_rates (const Profile *profile, ProfileGroup *group)
{
  const guint nt = n_topics (profile);
  double total = 0.0;
  for (guint t = 0; t < nt; t++)
    total += group->topics[t].weighted;
  for (guint t = 0; t < nt; t++)
    {
      ProfileTopic *topic = &group->topics[t];
      topic->per_1k = score_per_1k (topic->weighted, group->tokens);
      topic->share = total > 0.0 ? topic->weighted / total : 0.0;
      topic->present = group->articles > 0
        ? (double) topic->present_articles / group->articles : 0.0;
      topic->mean_per_1k = mean_rate (group, nt, t);
    }
  for (guint p = 0; p < profile->opts.n_balance; p++)
    {
      const ProfilePair *pair = &profile->opts.balance[p];
      group->balance[p].logit
        = profile_balance_logit (group->topics[pair->a].weighted,
                                 group->topics[pair->b].weighted);
    }
}

/* The sums over all groups (in name order) of tokens and of weighted
 * per topic and per entry key; for group_z. */
typedef struct {
  const Profile *profile;
  guint64 tokens;
  double *topic;   /* per topic */
  double *entry;   /* per entry key */
} ZContext;

static void
z_context_init (ZContext *z, const Profile *profile)
{
  const guint nt = n_topics (profile);
  *z = (ZContext) { profile, 0, g_new0 (double, MAX (nt, 1)),
                    g_new0 (double, MAX (profile->first_entry[nt], 1)) };
  for (guint g = 0; g < profile->groups->len; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      z->tokens += group->tokens;
      for (guint t = 0; t < nt; t++)
        z->topic[t] += group->topics[t].weighted;
      for (guint r = 0; r < group->terms->len; r++)
        {
          const ProfileTerm *term = &g_array_index (group->terms, ProfileTerm, r);
          z->entry[term->key] += term->weighted;
        }
    }
}

static void
z_context_clear (ZContext *z)
{
  g_free (z->topic);
  g_free (z->entry);
}

/* The z of GROUP's topics and rows of terms against all other groups:
 * y1, n1 = this group's weighted and tokens, y2, n2 = the sums over the
 * other groups (the sum over all groups minus this one's, so that the
 * work grows with the groups, not with their square; weights are
 * positive, so that sum is never below this one's and the difference
 * never negative); 0 with one group.
 * Any thread: it writes GROUP only. */
static void
group_z (gpointer data, gpointer user_data)
{
  ProfileGroup *group = data;
  const ZContext *all = user_data;
  const Profile *profile = all->profile;
  const gboolean alone = profile->groups->len < 2;
  const double n1 = (double) group->tokens;
  const double n2 = (double) (all->tokens - group->tokens);
  for (guint t = 0; t < n_topics (profile); t++)
    {
      const double y1 = group->topics[t].weighted;
      group->topics[t].z = alone ? 0.0
        : profile_log_odds_z (y1, n1, all->topic[t] - y1, n2, PROFILE_PRIOR);
    }
  for (guint r = 0; r < group->terms->len; r++)
    {
      ProfileTerm *term = &g_array_index (group->terms, ProfileTerm, r);
      const double ye = term->weighted;
      term->z = alone ? 0.0
        : profile_log_odds_z (ye, n1, all->entry[term->key] - ye, n2,
                              PROFILE_PRIOR);
    }
}

/* Each group's topic shares and their entropy, kept for the divergences
 * (profile_distance ()); beyond PROFILE_ALL_PAIRS groups, each group's
 * NEAREST_K nearest (nearest.h).  A group with no weighted hits has no
 * distribution, and no divergence. */
static void
profile_divergences (Profile *profile)
{
  const guint ng = profile->groups->len;
  const guint nt = n_topics (profile);
  g_free (profile->shares);
  g_free (profile->entropy);
  g_free (profile->has_hits);
  profile->shares = g_new (double, (gsize) MAX (ng, 1) * MAX (nt, 1));
  profile->entropy = g_new (double, MAX (ng, 1));
  profile->has_hits = g_new0 (gboolean, MAX (ng, 1));
  for (guint g = 0; g < ng; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      double *row = &profile->shares[(gsize) g * nt];
      for (guint t = 0; t < nt; t++)
        {
          profile->has_hits[g] |= group->topics[t].weighted > 0.0;
          row[t] = group->topics[t].share;
        }
      profile->entropy[g] = entropy2 (row, nt);
    }
  if (profile->nearest != NULL)
    g_array_unref (profile->nearest);
  profile->nearest = ng > PROFILE_ALL_PAIRS
    ? nearest_pairs (profile->shares, ng, nt, profile->has_hits, NEAREST_K,
                     distance_of, profile)
    : NULL;
}

double
profile_distance (const Profile *p, guint i, guint j)
{
  g_return_val_if_fail (i < profile_n_groups (p) && j < profile_n_groups (p)
                        && p->shares != NULL, NAN);
  if (!p->has_hits[i] || !p->has_hits[j])
    return NAN;
  if (i == j)
    return 0.0;
  const guint nt = n_topics (p);
  return jsd_given (&p->shares[(gsize) i * nt], &p->shares[(gsize) j * nt],
                    nt, p->entropy[i], p->entropy[j]);
}

/* The statistics of one group alone (any thread: groups share nothing
 * but the read-only profile). */
static void
group_finish (gpointer data, gpointer user_data)
{
  ProfileGroup *group = data;
  const Profile *profile = user_data;
  const guint nt = n_topics (profile);
  sort_samples (group, nt + 1);
  group_units (group, nt + 1);
  resum_weighted (group, nt);
  group_rates (profile, group);
  concentration_group (group, nt, profile->ranked_names);
  bootstrap_group (profile, group);
}

/* Order of cluster indexes A and B by the byte order of their names
 * (NAMES).  For g_qsort_with_data. */
static gint
cluster_name_compare (gconstpointer a, gconstpointer b, gpointer names)
{
  char **n = names;
  return strcmp (n[*(const guint *) a], n[*(const guint *) b]);
}

/* Order of groups, most articles first (ties by name).  For sorting. */
static gint
group_size_compare (gconstpointer a, gconstpointer b)
{
  const ProfileGroup *x = *(ProfileGroup *const *) a;
  const ProfileGroup *y = *(ProfileGroup *const *) b;
  if (x->articles != y->articles)
    return x->articles > y->articles ? -1 : 1;
  return strcmp (x->name, y->name);
}

/* FUNC (item, DATA) for every item of ITEMS, started in their order on
 * up to JOBS threads; FUNC must write only what its item owns.  Returns
 * when all are done. */
static void
for_each_item (GFunc func, gpointer data, guint jobs, GPtrArray *items)
{
  if (jobs <= 1 || items->len <= 1)
    {
      for (guint i = 0; i < items->len; i++)
        func (g_ptr_array_index (items, i), data);
      return;
    }
  GThreadPool *pool = g_thread_pool_new (func, data, (gint) jobs,
                                         FALSE, NULL);
  for (guint i = 0; i < items->len; i++)
    g_thread_pool_push (pool, g_ptr_array_index (items, i), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

/* Number the clusters in the byte order of their names, so that the
 * canonical order of rows does not depend on the order they came in. */
static void
rank_clusters (Profile *profile)
{
  const guint n = profile->cluster_names->len;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  guint32 *rank = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof *order, cluster_name_compare,
                     profile->cluster_names->pdata);
  for (guint i = 0; i < n; i++)
    rank[order[i]] = i;
  g_free (profile->ranked_names);
  profile->ranked_names = g_new (char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    profile->ranked_names[i] = g_ptr_array_index (profile->cluster_names, order[i]);
  for (guint g = 0; g < profile->groups->len; g++)
    {
      ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      for (guint r = 0; r < group->keys->len; r++)
        {
          ProfileRowKey *key = &g_array_index (group->keys, ProfileRowKey, r);
          if (key->cluster != GROUPTEST_OWN)
            key->cluster = rank[key->cluster];
        }
    }
  g_free (profile->rank);
  profile->rank = rank;
}

/* Each group's p per topic against the rest (grouptest.h), and the p
 * adjusted across the topics of every group that is not few
 * (profile_group_few ()): the outputs show no p of a few group, so the
 * family adjusted is the one they show. */
static void
profile_tests (Profile *profile)
{
  const guint ng = profile->groups->len, nt = n_topics (profile);
  const gsize cells = (gsize) ng * nt;
  g_autofree GroupTestGroup *groups = g_new0 (GroupTestGroup, MAX (ng, 1));
  g_autoptr (GPtrArray) clusters = g_ptr_array_new_with_free_func (g_free);
  for (guint g = 0; g < ng; g++)
    {
      const ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      const guint n = group->keys->len;
      guint32 *c = g_new (guint32, MAX (n, 1));
      for (guint r = 0; r < n; r++)
        c[r] = g_array_index (group->keys, ProfileRowKey, r).cluster;
      g_ptr_array_add (clusters, c);
      groups[g] = (GroupTestGroup) { (const double *) (void *) group->samples->data,
                                     c, n };
    }
  g_autofree double *p = g_new (double, MAX (cells, 1));
  g_autofree double *q = g_new (double, MAX (cells, 1));
  grouptest_topics (groups, ng, nt, profile->cluster_names->len, p,
                    &profile->design);
  /* A few group's p stays in its ProfileTopic but not in the family. */
  g_autofree double *family = g_memdup2 (p, sizeof *p * MAX (cells, 1));
  for (guint g = 0; g < ng; g++)
    if (profile_group_few (g_ptr_array_index (profile->groups, g)))
      for (guint t = 0; t < nt; t++)
        family[(gsize) g * nt + t] = NAN;
  grouptest_adjust_bh (family, (guint) cells, q);
  for (guint g = 0; g < ng; g++)
    {
      ProfileGroup *group = g_ptr_array_index (profile->groups, g);
      for (guint t = 0; t < nt; t++)
        {
          group->topics[t].p = p[(gsize) g * nt + t];
          group->topics[t].p_adj = q[(gsize) g * nt + t];
        }
    }
}

/* Sort the groups by name and compute every statistic: each group's own
 * (the biggest groups first), then each group's test and z against the
 * others.  Each result is the same whatever the number of threads. */
void
profile_finish (Profile *profile)
{
  g_return_if_fail (profile != NULL);
  g_ptr_array_sort (profile->groups, group_compare);
  rank_clusters (profile);
  g_autoptr (GPtrArray) by_size = g_ptr_array_copy (profile->groups, NULL, NULL);
  g_ptr_array_sort (by_size, group_size_compare);
  for (guint i = 0; i < by_size->len && i < profile->opts.keep_resampled; i++)
    ((ProfileGroup *) g_ptr_array_index (by_size, i))->keep_resampled = TRUE;
  for_each_item (group_finish, profile, profile->opts.jobs, by_size);
  profile_tests (profile);
  profile_terms_finish (profile);
  ZContext z;
  z_context_init (&z, profile);
  for_each_item (group_z, &z, profile->opts.jobs, profile->groups);
  z_context_clear (&z);
  profile_divergences (profile);
}

/* The group's weighted hits over all topics. */
double
profile_group_weighted (const Profile *p, const ProfileGroup *g)
{
  double sum = 0;
  for (guint t = 0; t < p->lexicon->topics->len; t++)
    sum += g->topics[t].weighted;
  return sum;
}
