/* test_profile.c - group profiles: pooled per_1k, share, present, log-odds
 * z, balance logits, bootstrap intervals, JSD, quantiles and the random
 * numbers, each against values worked out by hand (or, for the random
 * streams and the bootstrap, by the independent Python reference in
 * tests/data/profile/bootstrap_ref.py). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "lexicon.h"
#include "profile.h"
#include "score.h"
#include "stem.h"
#include "unit.h"

#define EPS 5e-7


/* Group G's row of entry E of topic T in profile P, which must have it
 * (profile_group_term ()). */
#define TERM(p, g, t, e) \
  (*(ProfileTerm *) profile_group_term ((p), (g), (t), (e)))

/* ------------------------------------------------------------------ */
/* Fixtures                                                            */

/* Three topics, in this order (entry indexes in brackets):
 *   escalation: attack [0] (weight 1), strike [1] (weight 2)
 *   peace:      ceasefire [0], talks [1] (weight 1)
 *   empty:      zzz [0] (never hit) */
static const char *const fixture_topics[] = {
  "@topic escalation\nattack\nstrike | 2\n",
  "@topic peace\nceasefire\ntalks\n",
  "@topic empty\nzzz\n",
};

/* A lexicon of the N topics TEXTS (lexicon files, each with its @topic
 * line), stemmed in English. */
static FramingLexicon *
lexicon_of_texts (const char *const *texts, guint n)
{
  g_autoptr (FramingStemmer) stemmer = stem_new ("english", NULL);
  g_assert (stemmer != NULL);
  FramingLexicon *lexicon = g_new0 (FramingLexicon, 1);
  lexicon->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_topic_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      LexTopic *topic = lexicon_parse_topic ("fixture.lex", texts[i],
                                             strlen (texts[i]), stemmer,
                                             &error);
      g_assert_no_error (error);
      g_ptr_array_add (lexicon->topics, topic);
    }
  return lexicon;
}

/* A lexicon of the first N fixture topics. */
static FramingLexicon *
make_lexicon (guint n)
{
  return lexicon_of_texts (fixture_topics, n);
}


/* Set topic T's hits, negated and weighted in S. */
static void
set_topic (ArticleScore *s, guint t, guint hits, guint negated, double weighted)
{
  s->topics[t] = (ScoreCount) { hits, negated, weighted };
}

/* Append a per-entry count to S. */
static void
add_entry (ArticleScore *s, guint t, guint e, guint hits, guint negated)
{
  ScoreEntryCount c = { t, e, hits, negated };
  g_array_append_val (s->entries, c);
}

/* The tiny corpus: two groups, three articles, three topics.
 *   a1 (group A, 100 tokens): escalation: attack x1, strike x2 (+1
 *      negated) -> hits 3, negated 1, weighted 1 + 2*2 = 5;
 *      peace: ceasefire x1 -> hits 1, weighted 1.
 *   a2 (group A, 200 tokens): escalation: attack x1 -> hits 1, weighted 1;
 *      peace: talks x2 -> hits 2, weighted 2.
 *   b1 (group B, 50 tokens): peace: ceasefire x3 (+2 negated), talks x1
 *      -> hits 4, negated 2, weighted 4.
 * Article I of the three (0..2). */
static ArticleScore *
tiny_article (guint i)
{
  ArticleScore *s;
  switch (i)
    {
    case 0:
      s = fixture_blank_score ("a1", "A", 100, 3);
      set_topic (s, 0, 3, 1, 5.0);
      set_topic (s, 1, 1, 0, 1.0);
      add_entry (s, 0, 0, 1, 0);
      add_entry (s, 0, 1, 2, 1);
      add_entry (s, 1, 0, 1, 0);
      return s;
    case 1:
      s = fixture_blank_score ("a2", "A", 200, 3);
      set_topic (s, 0, 1, 0, 1.0);
      set_topic (s, 1, 2, 0, 2.0);
      add_entry (s, 0, 0, 1, 0);
      add_entry (s, 1, 1, 2, 0);
      return s;
    default:
      s = fixture_blank_score ("b1", "B", 50, 3);
      set_topic (s, 1, 4, 2, 4.0);
      add_entry (s, 1, 0, 3, 2);
      add_entry (s, 1, 1, 1, 0);
      return s;
    }
}

static const ProfilePair esc_peace[] = { { 0, 1 } };

/* Options: presence PRESENCE, 1000 resamples, the default seed, the
 * escalation:peace pair. */
static ProfileOptions
tiny_options (guint presence)
{
  return (ProfileOptions) { presence, PROFILE_RESAMPLES, PROFILE_SEED,
                            esc_peace, 1, 1, 0 };
}

/* The finished tiny profile (articles added in ORDER). */
static Profile *
tiny_profile (const FramingLexicon *lexicon, const guint order[3])
{
  ProfileOptions opts = tiny_options (2);
  Profile *p = profile_new (lexicon, &opts);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (ArticleScore) s = tiny_article (order[i]);
      profile_add (p, s);
    }
  profile_finish (p);
  return p;
}

/* Group I of the finished profile P. */
static ProfileGroup *
group_at (const Profile *p, guint i)
{
  return g_ptr_array_index (p->groups, i);
}

static const guint in_order[3] = { 0, 1, 2 };
static const guint reversed[3] = { 2, 1, 0 };

/* ------------------------------------------------------------------ */
/* The formulas on their own                                           */

/* splitmix64 / xoshiro256** against the Python reference (printed by
 * bootstrap_ref.py; its splitmix64 gives 0xe220a8397b1dcdaf from seed 0,
 * the published first output, checked inline below). */
static void
test_rng_reference (void)
{
  static const guint64 seed42[] = {
    G_GUINT64_CONSTANT (0x15780b2e0c2ec716), G_GUINT64_CONSTANT (0x6104d9866d113a7e),
    G_GUINT64_CONSTANT (0xae17533239e499a1), G_GUINT64_CONSTANT (0xecb8ad4703b360a1),
  };
  ProfileRng rng;
  profile_rng_seed (&rng, 42);
  for (guint i = 0; i < 4; i++)
    CU_ASSERT_EQUAL (profile_rng_next (&rng), seed42[i]);
  profile_rng_seed (&rng, PROFILE_SEED);
  CU_ASSERT_EQUAL (profile_rng_next (&rng), G_GUINT64_CONSTANT (0x6d60381992ef0223));
  CU_ASSERT_EQUAL (profile_rng_next (&rng), G_GUINT64_CONSTANT (0xa828eb5e05203c9a));
  /* seeding word 0 is splitmix64's first output from 0 */
  profile_rng_seed (&rng, 0);
  CU_ASSERT_EQUAL (rng.s[0], G_GUINT64_CONSTANT (0xe220a8397b1dcdaf));
}

/* rng_below stays in [0, n), is roughly uniform and covers awkward n
 * (a large n where the rejection threshold 2^32 mod n is big). */
static void
test_rng_below (void)
{
  ProfileRng rng;
  profile_rng_seed (&rng, 7);
  guint counts[6] = { 0 };
  for (guint i = 0; i < 60000; i++)
    {
      guint32 v = profile_rng_below (&rng, 6);
      CU_ASSERT_FATAL (v < 6);
      counts[v]++;
    }
  /* expected 10000 each, sd = sqrt(60000 * 1/6 * 5/6) = 91.3: +-500 is
     more than 5 sd */
  for (guint i = 0; i < 6; i++)
    CU_ASSERT (counts[i] > 9500 && counts[i] < 10500);
  for (guint i = 0; i < 1000; i++)
    CU_ASSERT_EQUAL (profile_rng_below (&rng, 1), 0);
  /* n = 3 * 2^30: threshold (2^32 - n) mod n = 2^30, a quarter of draws
     rejected; values above and below 2^31 both appear */
  const guint32 big = 3u << 30;
  gboolean high = FALSE, low = FALSE;
  for (guint i = 0; i < 1000; i++)
    {
      guint32 v = profile_rng_below (&rng, big);
      CU_ASSERT (v < big);
      high |= v >= 1u << 31;
      low |= v < 1u << 30;
    }
  CU_ASSERT (high && low);
  CU_ASSERT (profile_rng_below (&rng, G_MAXUINT32) < G_MAXUINT32);
}

/* Type 7 on 1..5: h = 4q.  q = 0.025: h = 0.1, 1 + 0.1 * (2 - 1) = 1.1;
 * q = 0.975: h = 3.9, 4 + 0.9 * (5 - 4) = 4.9; q = 0.5: h = 2 -> 3;
 * q = 0: 1; q = 1: lo = 4 = n - 1 -> 5.  On {10, 20}: q = 0.25 -> 12.5. */
static void
test_quantile_type7 (void)
{
  const double x[] = { 1, 2, 3, 4, 5 };
  CU_ASSERT_DOUBLE_EQUAL (profile_quantile (x, 5, 0.025), 1.1, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (profile_quantile (x, 5, 0.975), 4.9, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (profile_quantile (x, 5, 0.5), 3.0, 1e-12);
  CU_ASSERT_EQUAL (profile_quantile (x, 5, 0.0), 1.0);
  CU_ASSERT_EQUAL (profile_quantile (x, 5, 1.0), 5.0);
  const double y[] = { 10, 20 };
  CU_ASSERT_DOUBLE_EQUAL (profile_quantile (y, 2, 0.25), 12.5, 1e-12);
  CU_ASSERT_EQUAL (profile_quantile (y, 1, 0.975), 10.0);
  CU_ASSERT (isnan (profile_quantile (y, 0, 0.5)));
}

/* Order of doubles, for qsort. */
static int
compare_doubles (const void *a, const void *b)
{
  const double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Selection gives exactly the quantile of the sorted values: random
 * arrays of 1 to 60 values and of up to 2,500 (where the order
 * statistics near either end are found by another way than those in the
 * middle), many of them equal, at many q. */
static void
test_quantile_unsorted (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (2025);
  static const double qs[] = { 0, 0.01, 0.025, 0.3, 0.5, 0.77, 0.975, 0.999, 1 };
  for (guint round = 0; round < 2400; round++)
    {
      guint n = (guint) (round < 2000 ? g_rand_int_range (rand, 1, 61)
                                      : g_rand_int_range (rand, 61, 2501));
      double x[2500], sorted[2500], work[2500];
      for (guint i = 0; i < n; i++)
        x[i] = round % 2 ? (double) g_rand_int_range (rand, 0, 6)
                         : g_rand_double_range (rand, -3, 3);
      memcpy (sorted, x, n * sizeof *x);
      qsort (sorted, n, sizeof *sorted, compare_doubles);
      for (guint k = 0; k < G_N_ELEMENTS (qs); k++)
        {
          memcpy (work, x, n * sizeof *x);
          double got = profile_quantile_unsorted (work, n, qs[k]);
          double want = profile_quantile (sorted, n, qs[k]);
          if (got != want)
            printf ("\n  n=%u q=%g: %.17g, sorted gives %.17g\n", n, qs[k],
                    got, want);
          CU_ASSERT_EQUAL (got, want);
        }
    }
  double none[1];
  CU_ASSERT (isnan (profile_quantile_unsorted (none, 0, 0.5)));
}

/* JSD, base 2:
 * (1,0) vs (0,1): M = (.5,.5), H(M) = 1, H(P) = H(Q) = 0 -> 1.
 * (.5,.5) vs (1,0): M = (.75,.25), H(M) = -(.75 log2 .75 + .25 log2 .25)
 *   = .75 * 0.415037 + .25 * 2 = 0.811278; H(P) = 1, H(Q) = 0
 *   -> 0.811278 - 0.5 = 0.311278.
 * P vs P -> 0 (not a tiny negative). */
static void
test_jsd (void)
{
  const double a[] = { 1, 0 }, b[] = { 0, 1 }, c[] = { 0.5, 0.5 };
  CU_ASSERT_DOUBLE_EQUAL (profile_jsd (a, b, 2), 1.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (profile_jsd (c, a, 2), 0.311278, EPS);
  CU_ASSERT_DOUBLE_EQUAL (profile_jsd (a, c, 2), 0.311278, EPS);
  const double p[] = { 0.1, 0.2, 0.7 };
  double d = profile_jsd (p, p, 3);
  CU_ASSERT (d == 0.0);
}

/* Log-odds z, y1 = 6, n1 = 300, y2 = 0, n2 = 50, a0 = 1000:
 * a = 1000 * 6 / 350 = 17.142857
 * ln ((6 + a) / (300 + 1000 - 6 - a)) = ln (23.142857 / 1276.857143)
 *   = -4.010471
 * ln ((0 + a) / (50 + 1000 - 0 - a)) = ln (17.142857 / 1032.857143)
 *   = -4.098503
 * δ = 0.088032; sd = sqrt (1/23.142857 + 1/17.142857)
 *   = sqrt (0.043210 + 0.058333) = 0.318658; z = 0.276257.
 * Swapping the groups flips the sign; no hits (y1 + y2 = 0) or no tokens
 * gives 0. */
static void
test_log_odds_z (void)
{
  CU_ASSERT_DOUBLE_EQUAL (profile_log_odds_z (6, 300, 0, 50, 1000), 0.276257, EPS);
  CU_ASSERT_DOUBLE_EQUAL (profile_log_odds_z (0, 50, 6, 300, 1000), -0.276257, EPS);
  CU_ASSERT_EQUAL (profile_log_odds_z (0, 300, 0, 50, 1000), 0.0);
  CU_ASSERT_EQUAL (profile_log_odds_z (0, 0, 0, 0, 1000), 0.0);
  /* equal rates: δ = 0 */
  CU_ASSERT_DOUBLE_EQUAL (profile_log_odds_z (3, 300, 1, 100, 1000), 0.0, 1e-12);
}

/* ln ((6 + .5) / (3 + .5)) = ln 1.857143 = 0.619039;
 * ln (.5 / 4.5) = -ln 9 = -2.197225; equal weights -> 0. */
static void
test_balance_logit (void)
{
  CU_ASSERT_DOUBLE_EQUAL (profile_balance_logit (6, 3), 0.619039, EPS);
  CU_ASSERT_DOUBLE_EQUAL (profile_balance_logit (0, 4), -2.197225, EPS);
  CU_ASSERT_EQUAL (profile_balance_logit (2, 2), 0.0);
}

/* ------------------------------------------------------------------ */
/* The tiny corpus                                                     */

/* Sums per group, groups by name (B added first still comes second):
 * A: articles 2, tokens 300; escalation hits 3 + 1 = 4, negated 1,
 *    weighted 5 + 1 = 6; peace hits 1 + 2 = 3, weighted 3.
 *    present with --presence 2: escalation a1 (3 >= 2) yes, a2 (1) no
 *    -> 1/2 = 0.5; peace a1 (1) no, a2 (2) yes -> 0.5.
 * B: articles 1, tokens 50; escalation 0; peace hits 4, negated 2,
 *    weighted 4, present 1/1 = 1. */
static void
test_tiny_sums_and_present (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, reversed);
  CU_ASSERT_EQUAL_FATAL (p->groups->len, 2);
  ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1);
  CU_ASSERT_STRING_EQUAL (a->name, "A");
  CU_ASSERT_STRING_EQUAL (b->name, "B");
  CU_ASSERT_EQUAL (a->articles, 2);
  CU_ASSERT_EQUAL (a->tokens, 300);
  CU_ASSERT_EQUAL (a->topics[0].hits, 4);
  CU_ASSERT_EQUAL (a->topics[0].negated, 1);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].weighted, 6.0, 1e-12);
  CU_ASSERT_EQUAL (a->topics[0].present_articles, 1);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].present, 0.5, 1e-12);
  CU_ASSERT_EQUAL (a->topics[1].hits, 3);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].weighted, 3.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].present, 0.5, 1e-12);
  CU_ASSERT_EQUAL (b->articles, 1);
  CU_ASSERT_EQUAL (b->tokens, 50);
  CU_ASSERT_EQUAL (b->topics[0].hits, 0);
  CU_ASSERT_EQUAL (b->topics[1].hits, 4);
  CU_ASSERT_EQUAL (b->topics[1].negated, 2);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[1].present, 1.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[0].present, 0.0, 1e-12);
}

/* Pooled per_1k and share:
 * A: escalation 1000 * 6 / 300 = 20, peace 1000 * 3 / 300 = 10;
 *    shares 6/9 = 0.666667 and 3/9 = 0.333333.
 *    (Not the mean of the articles' rates: a1 50, a2 5 -> 27.5.)
 * B: escalation 0, peace 1000 * 4 / 50 = 80; shares 0 and 1. */
static void
test_tiny_per_1k_and_share (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].per_1k, 20.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].per_1k, 10.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].share, 0.666667, EPS);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].share, 0.333333, EPS);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[0].per_1k, 0.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[1].per_1k, 80.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[0].share, 0.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[1].share, 1.0, 1e-12);
}

/* Topic z against the other group:
 * A escalation: y1 = 6, n1 = 300, y2 = 0, n2 = 50 -> 0.276257 (worked in
 *   test_log_odds_z); B escalation -> -0.276257.
 * A peace: y1 = 3, n1 = 300, y2 = 4, n2 = 50: a = 1000 * 7 / 350 = 20;
 *   ln (23 / 1277) = -4.016775, ln (24 / 1026) = -3.755369,
 *   δ = -0.261405; sd = sqrt (1/23 + 1/24) = sqrt (0.043478 + 0.041667)
 *   = 0.291796; z = -0.895850.  B peace: +0.895850. */
static void
test_tiny_topic_z (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].z, 0.276257, EPS);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[0].z, -0.276257, EPS);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].z, -0.895850, EPS);
  CU_ASSERT_DOUBLE_EQUAL (b->topics[1].z, 0.895850, EPS);
}

/* Per entry: A attack hits 2, weighted 2, per_1k 2000/300 = 6.666667;
 * A strike hits 2 (the negated one not counted), weighted 2 * 2 = 4,
 * per_1k 13.333333; A ceasefire 1 (3.333333), A talks 2; B ceasefire 3,
 * weighted 3, per_1k 3000/50 = 60; B talks 1 (20); B attack 0.
 * z of A ceasefire: y1 = 1, n1 = 300, y2 = 3, n2 = 50:
 *   a = 1000 * 4 / 350 = 11.428571; ln (12.428571 / 1287.571429)
 *   = -4.640515; ln (14.428571 / 1035.571429) = -4.273498;
 *   δ = -0.367017; sd = sqrt (1/12.428571 + 1/14.428571) = 0.386997;
 *   z = -0.948371.
 * z of A strike: y1 = 4, y2 = 0: a = 4000 / 350 = 11.428571;
 *   ln (15.428571 / 1284.571429) = -4.421959; ln (11.428571 /
 *   1038.571429) = -4.509485; δ = 0.087526; sd = sqrt (1/15.428571 +
 *   1/11.428571) = 0.390275; z = 0.224266. */
static void
test_tiny_terms (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1);
  CU_ASSERT_EQUAL (TERM (p, a, 0, 0).hits, 2);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 0, 0).weighted, 2.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 0, 0).per_1k, 6.666667, EPS);
  CU_ASSERT_EQUAL (TERM (p, a, 0, 1).hits, 2);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 0, 1).weighted, 4.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 0, 1).per_1k, 13.333333, EPS);
  CU_ASSERT_EQUAL (TERM (p, a, 1, 0).hits, 1);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 1, 0).per_1k, 3.333333, EPS);
  CU_ASSERT_EQUAL (TERM (p, a, 1, 1).hits, 2);
  CU_ASSERT_EQUAL (TERM (p, b, 1, 0).hits, 3);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, b, 1, 0).per_1k, 60.0, 1e-12);
  CU_ASSERT_EQUAL (TERM (p, b, 1, 1).hits, 1);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, b, 1, 1).per_1k, 20.0, 1e-12);
  CU_ASSERT_EQUAL (TERM (p, b, 0, 0).hits, 0);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 1, 0).z, -0.948371, EPS);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, a, 0, 1).z, 0.224266, EPS);
  CU_ASSERT_DOUBLE_EQUAL (TERM (p, b, 0, 1).z, -0.224266, EPS);
}

/* The distinguishing entries: z > 0 with hits only, largest z first,
 * ties in lexicon order, at most TOP of them. */
static void
test_top_terms (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  ProfileGroup *a = group_at (p, 0);
  TERM (p, a, 0, 0).hits = 1;
  TERM (p, a, 0, 0).z = 1.5;
  TERM (p, a, 0, 1).hits = 1;
  TERM (p, a, 0, 1).z = 2.5;
  g_autoptr (GArray) both = profile_top_terms (p, a, 0, 5);
  CU_ASSERT_EQUAL_FATAL (both->len, 2);
  CU_ASSERT_EQUAL (g_array_index (both, guint, 0), 1);
  CU_ASSERT_EQUAL (g_array_index (both, guint, 1), 0);
  g_autoptr (GArray) one = profile_top_terms (p, a, 0, 1);
  CU_ASSERT_EQUAL_FATAL (one->len, 1);
  CU_ASSERT_EQUAL (g_array_index (one, guint, 0), 1);
  TERM (p, a, 0, 0).z = 2.5; /* a tie: lexicon order */
  g_autoptr (GArray) tie = profile_top_terms (p, a, 0, 5);
  CU_ASSERT_EQUAL (g_array_index (tie, guint, 0), 0);
  CU_ASSERT_EQUAL (g_array_index (tie, guint, 1), 1);
  TERM (p, a, 0, 0).z = -1.0;  /* below 0 */
  TERM (p, a, 0, 1).hits = 0;  /* no hits, whatever its z */
  g_autoptr (GArray) none = profile_top_terms (p, a, 0, 5);
  CU_ASSERT_EQUAL (none->len, 0);
}

/* JSD of A's shares (2/3, 1/3, 0) and B's (0, 1, 0):
 * M = (1/3, 2/3, 0); H(M) = H(A) = -(1/3 log2 1/3 + 2/3 log2 2/3)
 * = 0.528321 + 0.389975 = 0.918296; H(B) = 0
 * -> 0.918296 - (0.918296 + 0) / 2 = 0.459148.  Symmetric, 0 diagonal. */
static void
test_tiny_jsd (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  CU_ASSERT_EQUAL (profile_distance (p, 0, 0), 0.0);
  CU_ASSERT_EQUAL (profile_distance (p, 1, 1), 0.0);
  CU_ASSERT_DOUBLE_EQUAL (profile_distance (p, 0, 1), 0.459148, EPS);
  CU_ASSERT_DOUBLE_EQUAL (profile_distance (p, 1, 0), 0.459148, EPS);
}

/* Balance escalation:peace: A ln (6.5 / 3.5) = 0.619039, B ln (0.5 /
 * 4.5) = -2.197225.  A's bootstrap (rows in canonical order (100, 5, 1,
 * 0), (200, 1, 2, 0)): a resample draws both rows alike or mixed, so
 *   per_1k escalation is 1000*10/200 = 50, 1000*2/400 = 5 or
 *   1000*6/300 = 20, each pure case about a quarter of the time: the
 *   2.5% and 97.5% points are 5 and 50;
 *   per_1k peace is 10 in every case -> [10, 10];
 *   the logit is ln (10.5/2.5) = 1.435085, ln (2.5/4.5) = -0.587787 or
 *   0.619039 -> [-0.587787, 1.435085].
 * B has one article: every interval collapses to its value. */
static void
test_tiny_balance_and_intervals (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1);
  CU_ASSERT_DOUBLE_EQUAL (a->balance[0].logit, 0.619039, EPS);
  CU_ASSERT_DOUBLE_EQUAL (b->balance[0].logit, -2.197225, EPS);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].ci_low, 5.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].ci_high, 50.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].ci_low, 10.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[1].ci_high, 10.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->balance[0].ci_low, -0.587787, EPS);
  CU_ASSERT_DOUBLE_EQUAL (a->balance[0].ci_high, 1.435085, EPS);
  /* b has one article: nothing to resample, no interval */
  for (guint t = 0; t < 3; t++)
    {
      CU_ASSERT_TRUE (isnan (b->topics[t].ci_low));
      CU_ASSERT_TRUE (isnan (b->topics[t].ci_high));
    }
  CU_ASSERT_TRUE (isnan (b->balance[0].ci_low));
  CU_ASSERT_TRUE (isnan (b->balance[0].ci_high));
}

/* The topic "empty" has no hits anywhere: z 0, per_1k 0, share 0,
 * interval [0, 0] (none for the one-article group), and no row of
 * terms: its entry was hit nowhere. */
static void
test_topic_without_hits (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  g_autoptr (Profile) p = tiny_profile (lexicon, in_order);
  for (guint g = 0; g < 2; g++)
    {
      ProfileTopic *t = &group_at (p, g)->topics[2];
      CU_ASSERT_EQUAL (t->hits, 0);
      CU_ASSERT_EQUAL (t->z, 0.0);
      CU_ASSERT_EQUAL (t->per_1k, 0.0);
      CU_ASSERT_EQUAL (t->share, 0.0);
      CU_ASSERT_EQUAL (t->present, 0.0);
      if (group_at (p, g)->articles > 1)
        {
          CU_ASSERT_EQUAL (t->ci_low, 0.0);
          CU_ASSERT_EQUAL (t->ci_high, 0.0);
        }
      else
        CU_ASSERT_TRUE (isnan (t->ci_low) && isnan (t->ci_high));
      CU_ASSERT_PTR_NULL (profile_group_term (p, group_at (p, g), 2, 0));
    }
}

/* One group only: every z is 0 and no p, the JSD matrix is 1x1 = 0; a
 * group of one article has no interval. */
static void
test_one_group (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  ProfileOptions opts = tiny_options (2);
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  g_autoptr (ArticleScore) s = tiny_article (0);
  profile_add (p, s);
  profile_finish (p);
  CU_ASSERT_EQUAL_FATAL (p->groups->len, 1);
  ProfileGroup *a = group_at (p, 0);
  for (guint t = 0; t < 3; t++)
    {
      CU_ASSERT_EQUAL (a->topics[t].z, 0.0);
      CU_ASSERT_TRUE (isnan (a->topics[t].p) && isnan (a->topics[t].p_adj));
      CU_ASSERT_TRUE (isnan (a->topics[t].ci_low));
      CU_ASSERT_TRUE (isnan (a->topics[t].ci_high));
    }
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].per_1k, 50.0, 1e-12); /* 1000*5/100 */
  CU_ASSERT_EQUAL (TERM (p, a, 0, 1).z, 0.0);
  CU_ASSERT_EQUAL (profile_distance (p, 0, 0), 0.0);
  CU_ASSERT_TRUE (isnan (a->balance[0].ci_low));
}

/* A group without any weighted hit has no share distribution: its JSD
 * with every group (itself included) is NAN, its shares are 0; the other
 * groups' distances stay numbers. */
static void
test_group_without_hits (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  ProfileOptions opts = tiny_options (2);
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (ArticleScore) s = tiny_article (i);
      profile_add (p, s);
    }
  g_autoptr (ArticleScore) quiet = fixture_blank_score ("c1", "C", 80, 3);
  set_topic (quiet, 1, 0, 3, 0.0); /* only negated hits */
  profile_add (p, quiet);
  profile_finish (p);
  CU_ASSERT_EQUAL_FATAL (p->groups->len, 3);
  ProfileGroup *c = group_at (p, 2);
  CU_ASSERT_STRING_EQUAL (c->name, "C");
  CU_ASSERT_EQUAL (c->topics[1].share, 0.0);
  CU_ASSERT_EQUAL (c->topics[1].negated, 3);
  for (guint i = 0; i < 3; i++)
    {
      CU_ASSERT (isnan (profile_distance (p, i, 2)));
      CU_ASSERT (isnan (profile_distance (p, 2, i)));
    }
  CU_ASSERT_DOUBLE_EQUAL (profile_distance (p, 0, 1), 0.459148, EPS);
  CU_ASSERT_EQUAL (profile_distance (p, 0, 0), 0.0);
}

/* Compare two doubles bit for bit (NAN included). */
static gboolean
same_bits (double x, double y)
{
  return memcmp (&x, &y, sizeof x) == 0;
}

/* Whether groups X and Y of a lexicon with NT topics and entries
 * are bit-identical. */
static gboolean
same_group (const FramingLexicon *lexicon, const ProfileGroup *x,
            const ProfileGroup *y, guint np)
{
  gboolean same = strcmp (x->name, y->name) == 0 && x->articles == y->articles
    && x->tokens == y->tokens;
  for (guint t = 0; t < lexicon->topics->len; t++)
    {
      const ProfileTopic *a = &x->topics[t], *b = &y->topics[t];
      same &= a->hits == b->hits && a->negated == b->negated
        && a->present_articles == b->present_articles
        && same_bits (a->weighted, b->weighted) && same_bits (a->per_1k, b->per_1k)
        && same_bits (a->share, b->share) && same_bits (a->present, b->present)
        && same_bits (a->ci_low, b->ci_low) && same_bits (a->ci_high, b->ci_high)
        && same_bits (a->z, b->z);
    }
  same &= x->terms->len == y->terms->len;
  for (guint r = 0; same && r < x->terms->len; r++)
    {
      const ProfileTerm *u = &g_array_index (x->terms, ProfileTerm, r);
      const ProfileTerm *v = &g_array_index (y->terms, ProfileTerm, r);
      same &= u->key == v->key && u->hits == v->hits
        && same_bits (u->weighted, v->weighted)
        && same_bits (u->per_1k, v->per_1k) && same_bits (u->z, v->z)
        && same_bits (u->p, v->p) && same_bits (u->p_adj, v->p_adj);
    }
  for (guint i = 0; i < np; i++)
    same &= same_bits (x->balance[i].logit, y->balance[i].logit)
      && same_bits (x->balance[i].ci_low, y->balance[i].ci_low)
      && same_bits (x->balance[i].ci_high, y->balance[i].ci_high);
  return same;
}

/* Weights like 0.1, 0.2 and 0.7 make float sums depend on their order;
 * adding the same 12 articles of three groups forwards and backwards
 * must still give bit-identical profiles, intervals included, also when
 * the backward profile is finished on 3 threads (opts.jobs). */
static void
test_order_independence (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  static const ProfilePair pairs[] = { { 0, 1 }, { 1, 2 } };
  ProfileOptions opts = { 1, PROFILE_RESAMPLES, PROFILE_SEED, pairs, 2, 1, 0 };
  ProfileOptions threaded = opts;
  threaded.jobs = 3;
  g_autoptr (Profile) fwd = profile_new (lexicon, &opts);
  g_autoptr (Profile) bwd = profile_new (lexicon, &threaded);
  static const char *const groups[] = { "Zeta", "alpha", "Beta" };
  static const double w[] = { 0.1, 0.2, 0.7, 0.3, 1.1, 0.6 };
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < 12; k++)
      {
        guint i = pass == 0 ? k : 11 - k;
        g_autofree char *id = g_strdup_printf ("x%u", i);
        g_autoptr (ArticleScore) s = fixture_blank_score (id, groups[i % 3], 90 + 17 * i, 3);
        set_topic (s, 0, i % 4, i % 2, w[i % 6] * (i % 4));
        set_topic (s, 1, (i + 1) % 3, 0, w[(i + 2) % 6] * ((i + 1) % 3));
        set_topic (s, 2, i % 2, 0, w[(i + 4) % 6] * (i % 2));
        add_entry (s, 0, 0, i % 4, 0);
        add_entry (s, 1, 1, (i + 1) % 3, 0);
        profile_add (pass == 0 ? fwd : bwd, s);
      }
  profile_finish (fwd);
  profile_finish (bwd);
  CU_ASSERT_EQUAL_FATAL (fwd->groups->len, 3);
  CU_ASSERT_EQUAL_FATAL (bwd->groups->len, 3);
  /* byte order: upper case before lower case */
  CU_ASSERT_STRING_EQUAL (group_at (fwd, 0)->name, "Beta");
  CU_ASSERT_STRING_EQUAL (group_at (fwd, 1)->name, "Zeta");
  CU_ASSERT_STRING_EQUAL (group_at (fwd, 2)->name, "alpha");
  for (guint g = 0; g < 3; g++)
    CU_ASSERT (same_group (lexicon, group_at (fwd, g), group_at (bwd, g), 2));
  for (guint i = 0; i < 9; i++)
    CU_ASSERT (same_bits (profile_distance (fwd, i / 3, i % 3),
                          profile_distance (bwd, i / 3, i % 3)));
  /* the intervals are real intervals around the point values */
  ProfileGroup *beta = group_at (fwd, 0);
  CU_ASSERT (beta->topics[0].ci_low < beta->topics[0].ci_high);
}

/* 20 articles of group "Green" (tokens, escalation, peace), made by
 * bootstrap_ref.py with random.Random(2024), in that (unsorted) order. */
static const double green_rows[20][3] = {
  { 521, 1.1, 2.3 }, { 351, 1.2, 2.3 }, { 459, 1.6, 1.7 }, { 291, 4, 2.3 },
  { 550, 2.2, 1.3 }, { 579, 3.9, 0.6 }, { 356, 3.4, 2.2 }, { 378, 3.3, 0.2 },
  { 251, 2.9, 2.2 }, { 191, 3.4, 0.6 }, { 461, 0.3, 2.4 }, { 397, 4, 1.3 },
  { 517, 0.7, 2.3 }, { 182, 2, 1.2 }, { 378, 2.2, 2.5 }, { 245, 2, 1.3 },
  { 464, 2, 1.8 }, { 259, 2.6, 0.7 }, { 249, 0.2, 2.3 }, { 270, 0.1, 0.8 },
};

/* The bootstrap against bootstrap_ref.py (same generator, canonical order,
 * seed PROFILE_SEED ^ FNV-1a ("Green") = ... ^ 0xcf00d78fd5953f1c, 1000
 * resamples, type-7 quantiles); with a second group present, which must
 * not change Green's intervals, finished on 2 threads. */
static void
test_bootstrap_reference (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (2);
  static const ProfilePair pairs[] = { { 0, 1 }, { 1, 0 } };
  ProfileOptions opts = { 3, PROFILE_RESAMPLES, PROFILE_SEED, pairs, 2, 2, 0 };
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr (ArticleScore) s = fixture_blank_score ("g", "Green", (guint) green_rows[i][0], 2);
      set_topic (s, 0, 1, 0, green_rows[i][1]);
      set_topic (s, 1, 1, 0, green_rows[i][2]);
      profile_add (p, s);
    }
  g_autoptr (ArticleScore) other = tiny_article (2);
  other->n_topics = 2;
  g_array_set_size (other->entries, 0);
  profile_add (p, other);
  profile_finish (p);
  ProfileGroup *g = group_at (p, 1);
  CU_ASSERT_STRING_EQUAL_FATAL (g->name, "Green");
  CU_ASSERT_DOUBLE_EQUAL (g->topics[0].ci_low, 4.3577501338173121, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->topics[0].ci_high, 7.7676789056395341, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->topics[1].ci_low, 3.5202945751658579, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->topics[1].ci_high, 5.4154788969354062, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->balance[0].ci_low, -0.080137839293644972, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->balance[0].ci_high, 0.61707097985415427, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->balance[1].ci_low, -0.61707097985415427, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (g->balance[1].ci_high, 0.080137839293644958, 1e-12);
  /* the point values lie inside */
  CU_ASSERT (g->topics[0].ci_low < g->topics[0].per_1k
             && g->topics[0].per_1k < g->topics[0].ci_high);
}

/* A lexicon of N (<= 8) topics "t0", "t1", ... of one word each. */
static FramingLexicon *
make_plain_lexicon (guint n)
{
  char *texts[8];
  for (guint i = 0; i < n; i++)
    texts[i] = g_strdup_printf ("@topic t%u\nword\n", i);
  FramingLexicon *lexicon = lexicon_of_texts ((const char *const *) texts, n);
  for (guint i = 0; i < n; i++)
    g_free (texts[i]);
  return lexicon;
}

/* A finished profile of LEXICON (N topics) with one group of 30
 * articles, in which topic T has the numbers of topic T % 4. */
static Profile *
bootstrap_of (const FramingLexicon *lexicon, guint n)
{
  ProfileOptions opts = { 3, PROFILE_RESAMPLES, PROFILE_SEED, NULL, 0, 1, 0 };
  Profile *p = profile_new (lexicon, &opts);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr (ArticleScore) s = fixture_blank_score ("a", "G", 100 + 37 * (i % 7), n);
      for (guint t = 0; t < n; t++)
        set_topic (s, t, 1, 0, (double) ((i * (t % 4 + 3)) % 11) / 3.0 + 0.1 * (t % 4));
      profile_add (p, s);
    }
  profile_finish (p);
  return p;
}

/* The bootstrap sums up to five columns side by side: with four topics
 * it sums the rows as it draws them; with eight it draws the rows first,
 * then sums the tokens and topics 0-3 together and topics 4-7 together.
 * Topics 4-7 repeat the numbers of topics 0-3, and four topics alone have
 * the same numbers: every interval must be the same, bit for bit. */
static void
test_bootstrap_column_groups (void)
{
  g_autoptr (FramingLexicon) lex4 = make_plain_lexicon (4);
  g_autoptr (FramingLexicon) lex8 = make_plain_lexicon (8);
  g_autoptr (Profile) four = bootstrap_of (lex4, 4);
  g_autoptr (Profile) eight = bootstrap_of (lex8, 8);
  const ProfileGroup *g4 = group_at (four, 0), *g8 = group_at (eight, 0);
  for (guint t = 0; t < 4; t++)
    {
      CU_ASSERT (g8->topics[t].ci_low < g8->topics[t].ci_high);
      CU_ASSERT_EQUAL (g8->topics[t].ci_low, g8->topics[t + 4].ci_low);
      CU_ASSERT_EQUAL (g8->topics[t].ci_high, g8->topics[t + 4].ci_high);
      CU_ASSERT_EQUAL (g4->topics[t].ci_low, g8->topics[t].ci_low);
      CU_ASSERT_EQUAL (g4->topics[t].ci_high, g8->topics[t].ci_high);
    }
}

/* profile_free (NULL) is a no-op; a profile with no article finishes
 * to no group. */
static void
test_free_and_empty (void)
{
  profile_free (NULL);
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  ProfileOptions opts = tiny_options (3);
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  profile_finish (p);
  CU_ASSERT_EQUAL (p->groups->len, 0);
}

/* A group of fewer than PROFILE_FEW_ARTICLES articles keeps its p but
 * has no adjusted p, and its cells are left out of the
 * Benjamini-Hochberg family: the others' adjusted p are those of their
 * own p alone; so for its rows of terms.  "Big" and "Other" have 6
 * articles each, "Tiny" 2; each topic's hits are all entry 0's. */
static void
test_few_left_out_of_family (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (3);
  ProfileOptions opts = tiny_options (1);
  opts.resamples = 0;
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  static const char *const names[] = { "Big", "Other", "Tiny" };
  static const guint sizes[] = { 6, 6, 2 };
  for (guint g = 0; g < 3; g++)
    for (guint i = 0; i < sizes[g]; i++)
      {
        g_autofree char *id = g_strdup_printf ("%s%u", names[g], i);
        g_autoptr (ArticleScore) s = fixture_blank_score (id, names[g],
                                                          100 + 10 * i, 3);
        const guint h0 = g == 0 ? 4 + i : i % 2, h1 = g == 1 ? 3 + i : 1;
        set_topic (s, 0, h0, 0, h0);
        set_topic (s, 1, h1, 0, h1);
        if (h0 > 0)
          add_entry (s, 0, 0, h0, 0);
        add_entry (s, 1, 0, h1, 0);
        profile_add (p, s);
      }
  profile_finish (p);
  CU_ASSERT_EQUAL_FATAL (p->groups->len, 3);
  const ProfileGroup *tiny = group_at (p, 2);
  CU_ASSERT_STRING_EQUAL (tiny->name, "Tiny");
  CU_ASSERT_TRUE (profile_group_few (tiny));
  CU_ASSERT_FALSE (profile_group_few (group_at (p, 0)));
  double ps[6], q[6];
  for (guint t = 0; t < 3; t++)
    {
      /* topic 2 has no hit anywhere: nothing to test */
      CU_ASSERT_TRUE (t == 2 || isfinite (tiny->topics[t].p));
      CU_ASSERT_TRUE (isnan (tiny->topics[t].p_adj));
      for (guint g = 0; g < 2; g++)
        ps[g * 3 + t] = group_at (p, g)->topics[t].p;
    }
  grouptest_adjust_bh (ps, 6, q);
  for (guint g = 0; g < 2; g++)
    for (guint t = 0; t < 3; t++)
      if (isfinite (q[g * 3 + t]))
        CU_ASSERT_DOUBLE_EQUAL (group_at (p, g)->topics[t].p_adj,
                                q[g * 3 + t], 1e-15);
  CU_ASSERT_TRUE (isfinite (q[0]));
  /* the rows of terms: entry 0 of topics 0 and 1 in every group */
  double tp[4], tq[4];
  for (guint g = 0; g < 3; g++)
    for (guint t = 0; t < 2; t++)
      {
        const ProfileTerm *row = profile_group_term (p, group_at (p, g), t, 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL (row);
        CU_ASSERT_TRUE (isfinite (row->p));
        if (g == 2)
          {
            CU_ASSERT_TRUE (isnan (row->p_adj));
          }
        else
          tp[g * 2 + t] = row->p;
      }
  grouptest_adjust_bh (tp, 4, tq);
  for (guint g = 0; g < 2; g++)
    for (guint t = 0; t < 2; t++)
      CU_ASSERT_DOUBLE_EQUAL (profile_group_term (p, group_at (p, g), t, 0)
                              ->p_adj, tq[g * 2 + t], 1e-15);
}

/* per_1k weighs each token once, mean_per_1k each article once: A's
 * articles have 5 hits in 100 tokens and 3 in 300, so per_1k = 8000 / 400
 * = 20 and mean_per_1k = (50 + 10) / 2 = 30.  With keep_resampled 1 only
 * the largest group keeps its resampled rates: A and C have two articles
 * each, and A comes first by name; B (one article) has none to keep. */
static void
test_mean_rate_and_kept (void)
{
  g_autoptr (FramingLexicon) lexicon = make_lexicon (2);
  ProfileOptions opts = tiny_options (1);
  opts.n_balance = 0;
  opts.resamples = 20;
  opts.keep_resampled = 1;
  g_autoptr (Profile) p = profile_new (lexicon, &opts);
  static const struct { const char *id, *group; guint tokens, esc; } arts[] = {
    { "a1", "A", 100, 5 }, { "a2", "A", 300, 3 }, { "b1", "B", 100, 1 },
    { "c1", "C", 200, 2 }, { "c2", "C", 200, 4 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (arts); i++)
    {
      g_autoptr (ArticleScore) s = fixture_simple_score (arts[i].id, arts[i].group,
                                                         arts[i].tokens,
                                                         arts[i].esc, 0);
      profile_add (p, s);
    }
  profile_finish (p);
  const ProfileGroup *a = group_at (p, 0), *b = group_at (p, 1), *c = group_at (p, 2);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].per_1k, 20.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (a->topics[0].mean_per_1k, 30.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (c->topics[0].mean_per_1k, 15.0, 1e-12);
  CU_ASSERT_PTR_NOT_NULL (a->resampled);
  CU_ASSERT_PTR_NULL (b->resampled);
  CU_ASSERT_PTR_NULL (c->resampled);
}

static const UnitCase cases[] = {
  { "mean rate and kept resamples", test_mean_rate_and_kept },
  { "rng matches the reference", test_rng_reference },
  { "rng_below in range and uniform", test_rng_below },
  { "quantile type 7", test_quantile_type7 },
  { "jsd of small distributions", test_jsd },
  { "log-odds z by hand", test_log_odds_z },
  { "balance logit", test_balance_logit },
  { "tiny corpus: sums and present", test_tiny_sums_and_present },
  { "tiny corpus: pooled per_1k and share", test_tiny_per_1k_and_share },
  { "tiny corpus: topic z", test_tiny_topic_z },
  { "tiny corpus: terms", test_tiny_terms },
  { "top distinguishing terms", test_top_terms },
  { "tiny corpus: jsd", test_tiny_jsd },
  { "tiny corpus: balance and intervals", test_tiny_balance_and_intervals },
  { "topic without hits", test_topic_without_hits },
  { "one group", test_one_group },
  { "a handful of articles out of the family", test_few_left_out_of_family },
  { "group without hits: jsd NAN", test_group_without_hits },
  { "order independence", test_order_independence },
  { "bootstrap matches the reference", test_bootstrap_reference },
  { "bootstrap column groups", test_bootstrap_column_groups },
  { "free NULL and empty profile", test_free_and_empty },
  { "quantile by selection", test_quantile_unsorted },
  { NULL, NULL },
};

UNIT_MAIN ("profile", cases)
