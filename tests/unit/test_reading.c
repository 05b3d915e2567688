/* test_reading.c - the articles kept for articles.html: the caps per
 * group and in all, the same set whatever the order of the offers, the
 * hits' byte offsets, the cut of a long text; and the contrast of the
 * topics' colours on the page (readpage.h). */
#include <string.h>

#include "chart.h"
#include "reading.h"
#include "readpage.h"
#include "unit.h"

static const char text[] =
  "Troops massed at the border. There was no ceasefire. Aid arrived.";
/* Tokens: troops(0) massed(1) at(2) the(3) border(4) | there(5) was(6)
 * no(7) ceasefire(8) | aid(9) arrived(10). */

/* An article SEQ of GROUP scored: two topics, some counts. */
static ArticleScore *
score_new (guint64 seq, const char *group)
{
  ArticleScore *s = g_new0 (ArticleScore, 1);
  s->id = g_strdup_printf ("a%03u", (guint) seq);
  s->group = g_strdup (group);
  s->title = g_strdup_printf ("Title %u", (guint) seq);
  s->date = g_strdup ("");
  s->seq = seq;
  s->tokens = 11;
  s->repeated_lines = (guint) seq % 3;
  s->n_topics = 2;
  s->topics = g_new0 (ScoreCount, 2);
  s->topics[0].hits = 1;
  s->topics[1].negated = 1;
  s->entries = g_array_new (FALSE, FALSE, sizeof (ScoreEntryCount));
  return s;
}

/* The hits of TEXT: "Troops massed" (topic 0), "ceasefire" negated
 * (topic 1), "Aid" (topic 0). */
static GArray *
hits_new (void)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  MatchHit h[] = { { 0, 0, 0, 2, FALSE }, { 1, 0, 8, 1, TRUE },
                   { 0, 1, 9, 1, FALSE } };
  g_array_append_vals (hits, h, G_N_ELEMENTS (h));
  return hits;
}

/* Offer articles 0..N-1 (group "A" when seq % 3 != 2, else "B") to SET
 * in the order ORDER. */
static void
offer_all (ReadingSet *set, const guint *order, guint n)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = hits_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (ArticleScore) s = score_new (order[i],
                                              order[i] % 3 == 2 ? "B" : "A");
      reading_set_offer (set, s, toks, hits);
    }
}

/* The kept seqs of GROUP, joined: "0,1,3". */
static char *
kept (const ReadingSet *set, const char *group)
{
  g_autoptr (GPtrArray) arts = reading_set_articles (set, group);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < arts->len; i++)
    g_string_append_printf (s, "%s%u", i > 0 ? "," : "",
                            (guint) ((ReadingArticle *) g_ptr_array_index
                                     (arts, i))->seq);
  return g_string_free (s, FALSE);
}

/* The first PER_GROUP articles of each group in input order, then the
 * first TOTAL of those. */
static void
test_caps (void)
{
  guint order[30];
  for (guint i = 0; i < 30; i++)
    order[i] = i;
  g_autoptr (ReadingSet) set = reading_set_new (4, 6, READING_TEXT_MAX);
  offer_all (set, order, 30);
  /* A: 0 1 3 4 6 7 ...; B: 2 5 8 11 ...; first 4 each, then first 6. */
  g_autofree char *a = kept (set, "A");
  g_autofree char *b = kept (set, "B");
  CU_ASSERT_STRING_EQUAL (a, "0,1,3,4");
  CU_ASSERT_STRING_EQUAL (b, "2,5");
  CU_ASSERT_EQUAL (reading_set_size (set), 6);
  g_autofree char *none = kept (set, "C");
  CU_ASSERT_STRING_EQUAL (none, "");
}

/* The same set whatever the order of the offers (as with -j N). */
static void
test_order (void)
{
  guint forward[30], backward[30], shuffled[30];
  for (guint i = 0; i < 30; i++)
    {
      forward[i] = i;
      backward[i] = 29 - i;
      shuffled[i] = (i * 7) % 30; /* 7 is prime to 30: a permutation */
    }
  const guint *orders[] = { forward, backward, shuffled };
  g_autofree char *want_a = NULL, *want_b = NULL;
  for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
    for (guint cap = 1; cap <= 12; cap += 11)
      {
        g_autoptr (ReadingSet) set = reading_set_new (cap == 1 ? 3 : 20,
                                                      cap == 1 ? 5 : 12,
                                                      READING_TEXT_MAX);
        offer_all (set, orders[k], 30);
        g_autofree char *a = kept (set, "A");
        g_autofree char *b = kept (set, "B");
        if (cap == 1)
          {
            CU_ASSERT_STRING_EQUAL (a, "0,1,3");
            CU_ASSERT_STRING_EQUAL (b, "2,5");
          }
        else
          {
            /* 20 per group does not bind: the first 12 in all. */
            CU_ASSERT_STRING_EQUAL (a, "0,1,3,4,6,7,9,10");
            CU_ASSERT_STRING_EQUAL (b, "2,5,8,11");
          }
      }
}

/* Caps of 0 keep nothing. */
static void
test_zero_caps (void)
{
  guint order[] = { 0, 1, 2 };
  g_autoptr (ReadingSet) set = reading_set_new (0, 10, READING_TEXT_MAX);
  offer_all (set, order, 3);
  CU_ASSERT_EQUAL (reading_set_size (set), 0);
  g_autoptr (ReadingSet) none = reading_set_new (10, 0, READING_TEXT_MAX);
  offer_all (none, order, 3);
  CU_ASSERT_EQUAL (reading_set_size (none), 0);
}

/* The text S[START, END) of hit H. */
static char *
hit_text (const ReadingArticle *a, guint i)
{
  const ReadingHit *h = &g_array_index (a->hits, ReadingHit, i);
  return g_strndup (a->text + h->start, h->end - h->start);
}

/* Hits as byte offsets into the kept text, with topic and negation; the
 * article's metadata and counts copied. */
static void
test_offsets (void)
{
  guint order[] = { 0 };
  g_autoptr (ReadingSet) set = reading_set_new (5, 5, READING_TEXT_MAX);
  offer_all (set, order, 1);
  g_autoptr (GPtrArray) arts = reading_set_articles (set, "A");
  CU_ASSERT_EQUAL_FATAL (arts->len, 1);
  const ReadingArticle *a = g_ptr_array_index (arts, 0);
  CU_ASSERT_STRING_EQUAL (a->text, text);
  CU_ASSERT_EQUAL (a->len, strlen (text));
  CU_ASSERT_STRING_EQUAL (a->id, "a000");
  CU_ASSERT_STRING_EQUAL (a->title, "Title 0");
  CU_ASSERT_EQUAL (a->tokens, 11);
  CU_ASSERT_EQUAL (a->tokens_shown, 11);
  CU_ASSERT_EQUAL (a->counts[0].hits, 1);
  CU_ASSERT_EQUAL (a->counts[1].negated, 1);
  CU_ASSERT_EQUAL_FATAL (a->hits->len, 3);
  g_autofree char *h0 = hit_text (a, 0);
  g_autofree char *h1 = hit_text (a, 1);
  g_autofree char *h2 = hit_text (a, 2);
  CU_ASSERT_STRING_EQUAL (h0, "Troops massed");
  CU_ASSERT_STRING_EQUAL (h1, "ceasefire");
  CU_ASSERT_STRING_EQUAL (h2, "Aid");
  CU_ASSERT_FALSE (g_array_index (a->hits, ReadingHit, 0).negated);
  CU_ASSERT_TRUE (g_array_index (a->hits, ReadingHit, 1).negated);
  CU_ASSERT_EQUAL (g_array_index (a->hits, ReadingHit, 1).topic, 1);
}

/* A text longer than TEXT_MAX is cut at the last sentence end that fits;
 * hits past the cut are dropped, the tokens shown counted. */
static void
test_cut (void)
{
  guint order[] = { 0 };
  /* "Troops massed at the border. There was no ceasefire." is 52 bytes. */
  g_autoptr (ReadingSet) set = reading_set_new (5, 5, 60);
  offer_all (set, order, 1);
  g_autoptr (GPtrArray) arts = reading_set_articles (set, "A");
  CU_ASSERT_EQUAL_FATAL (arts->len, 1);
  const ReadingArticle *a = g_ptr_array_index (arts, 0);
  CU_ASSERT_STRING_EQUAL (a->text,
                          "Troops massed at the border. There was no ceasefire.");
  CU_ASSERT_EQUAL (a->tokens_shown, 9);
  CU_ASSERT_EQUAL (a->tokens, 11);
  CU_ASSERT_EQUAL (a->hits->len, 2);

  /* No sentence fits: the last token that does. */
  g_autoptr (ReadingSet) tiny = reading_set_new (5, 5, 10);
  offer_all (tiny, order, 1);
  g_autoptr (GPtrArray) t = reading_set_articles (tiny, "A");
  CU_ASSERT_EQUAL_FATAL (t->len, 1);
  const ReadingArticle *b = g_ptr_array_index (t, 0);
  CU_ASSERT_STRING_EQUAL (b->text, "Troops");
  CU_ASSERT_EQUAL (b->tokens_shown, 1);
  CU_ASSERT_EQUAL (b->hits->len, 0);
}

/* Every topic colour (the chart's palette) with its ink passes WCAG AA
 * for text (4.5:1); the contrast itself is right at its ends. */
static void
test_contrast (void)
{
  CU_ASSERT_DOUBLE_EQUAL (readpage_contrast ("#000000", "#FFFFFF"), 21.0,
                          1e-9);
  CU_ASSERT_DOUBLE_EQUAL (readpage_contrast ("#777777", "#777777"), 1.0,
                          1e-9);
  /* #0072B2: 4.05 with black, 5.19 with white. */
  CU_ASSERT_DOUBLE_EQUAL (readpage_contrast ("#0072B2", "#000000"), 4.05,
                          0.01);
  CU_ASSERT_STRING_EQUAL (readpage_ink ("#0072B2"), "#FFFFFF");
  CU_ASSERT_STRING_EQUAL (readpage_ink ("#F0E442"), "#000000");
  for (guint t = 0; t < CHART_N_COLOURS; t++)
    {
      const char *bg = readpage_topic_colour (t);
      CU_ASSERT_STRING_EQUAL (bg, chart_colour (t));
      CU_ASSERT (readpage_contrast (bg, readpage_ink (bg)) >= 4.5);
    }
}

static const UnitCase cases[] = {
  { "caps per group and in all", test_caps },
  { "the same set in any order", test_order },
  { "caps of 0", test_zero_caps },
  { "hit offsets", test_offsets },
  { "long text cut", test_cut },
  { "topic colours contrast", test_contrast },
  { NULL, NULL }
};

UNIT_MAIN ("reading", cases)
