/* test_match.c - unit tests of match.c and match-cache.c: longest match
 * per topic, prefix and exact words, sentence ends, topic independence,
 * negation, the shared cache of forms.  test_match_portable runs them
 * again on the cache built with MATCH_NO_MMAP. */
#include <glib.h>
#include <stdarg.h>
#include <string.h>

#include "framing.h"
#include "lexicon.h"
#include "match.h"
#include "stem.h"
#include "text.h"
#include "fixture.h"
#include "unit.h"

/* A lexicon of the topics given as lexicon texts (FIRST, then AP up to a
 * NULL); topic i is parsed from "tI.lex".  LINK: finished with
 * lexicon_link (), so that files with @context become context lists and
 * the English negation cues are added. */
static FramingLexicon *
lexicon_from_texts (gboolean link, const char *first, va_list ap)
{
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                lex_topic_free);
  for (const char *data = first; data != NULL;
       data = va_arg (ap, const char *))
    {
      g_autofree char *file = g_strdup_printf ("t%u.lex", lex->topics->len);
      g_autoptr (GError) error = NULL;
      LexTopic *t = lexicon_parse_topic (file, data, strlen (data),
                                         fixture_stemmer (), &error);
      if (error != NULL)
        printf ("\nunexpected error: %s\n", error->message);
      CU_ASSERT_PTR_NOT_NULL_FATAL (t);
      g_ptr_array_add (lex->topics, t);
    }
  g_autoptr (GError) error = NULL;
  if (link && !lexicon_link (lex, fixture_stemmer (), &error))
    printf ("\nunexpected error: %s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  return lex;
}

/* A lexicon of the given lexicon texts, NULL-terminated, unlinked: topics
 * only, no negation cues. */
static FramingLexicon *
lexicon_of (const char *first, ...)
{
  va_list ap;
  va_start (ap, first);
  FramingLexicon *lex = lexicon_from_texts (FALSE, first, ap);
  va_end (ap);
  return lex;
}

/* A lexicon of the given lexicon texts, NULL-terminated, finished with
 * lexicon_link (). */
static FramingLexicon *
linked_lexicon_of (const char *first, ...)
{
  va_list ap;
  va_start (ap, first);
  FramingLexicon *lex = lexicon_from_texts (TRUE, first, ap);
  va_end (ap);
  return lex;
}

/* HITS written as "TOPIC:ENTRY@FIRST+N" (with "!" when negated),
 * space-separated (newly allocated). */
static char *
hits_string (const GArray *hits)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      g_string_append_printf (s, "%s%u:%u@%u+%u%s", i > 0 ? " " : "",
                              h->topic, h->entry, h->first, h->n_tokens,
                              h->negated ? "!" : "");
    }
  return g_string_free (s, FALSE);
}

/* The hits of LEX in TEXT with negation window WINDOW, as hits_string ()
 * writes them. */
static char *
hits_of (const FramingLexicon *lex, const char *text, guint window)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  MatchHit stale = { 9, 9, 9, 9, TRUE };
  g_array_append_val (hits, stale); /* match_tokens must clear it */
  match_tokens (lex, fixture_stemmer (), toks, window, hits);
  return hits_string (hits);
}

/* Asserts the hits of LEX in TEXT (window WINDOW) are EXPECTED. */
static void
expect_hits (const FramingLexicon *lex, const char *text, guint window,
             const char *expected)
{
  g_autofree char *got = hits_of (lex, text, window);
  if (strcmp (got, expected) != 0)
    printf ("\n  text:     %s\n  got:      '%s'\n  expected: '%s'\n", text,
            got, expected);
  CU_ASSERT_STRING_EQUAL (got, expected);
}

static void
test_stem_word (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("attack\n", NULL);
  /* two(0) attacks(1) then(2) it(3) attacked(4) */
  expect_hits (lex, "Two attacks, then it attacked.", 3, "0:0@1+1 0:0@4+1");
  expect_hits (lex, "", 3, "");
  expect_hits (lex, "No match here.", 3, "");
}

static void
test_exact_vs_stem (void)
{
  /* Topic 0: exact "kiev"; topic 1: the stem of "kiev" ("kiev"), which
   * "Kievs" also has. */
  g_autoptr (FramingLexicon) lex = lexicon_of ("=kiev\n", "kiev\n", NULL);
  /* kiev(0) kievs(1) and(2) kiev(3) */
  expect_hits (lex, "Kiev, Kievs and KIEV", 3,
               "0:0@0+1 1:0@0+1 1:0@1+1 0:0@3+1 1:0@3+1");
}

static void
test_prefix (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("escalat*\n", NULL);
  /* escalation(0) escalating(1) escalator(2) escal(3) and(4) de(5)
   * escalation(6) escalat(7): the prefix is on the surface form, so
   * "escalator" matches too; "escal" is too short. */
  expect_hits (lex, "Escalation, escalating, escalator, escal and "
               "de-escalation. Escalat", 3,
               "0:0@0+1 0:0@1+1 0:0@2+1 0:0@6+1 0:0@7+1");
}

static void
test_prefix_lengths (void)
{
  /* Several prefix lengths at one node, and a prefix inside a phrase. */
  g_autoptr (FramingLexicon) lex = lexicon_of ("bomb*\nbombard*\n"
                                               "air strik*\n", NULL);
  /* bombardment(0) bombs(1) bom(2) air(3) strikes(4) air(5) raid(6)
   * "bombardment" has both prefixes: same length, lower entry (0). */
  expect_hits (lex, "Bombardment, bombs, bom; air strikes, air raid.", 3,
               "0:0@0+1 0:0@1+1 0:2@3+2");
}

static void
test_longest_wins (void)
{
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("talks\npeace talks\npeace talks resumed\n", NULL);
  /* peace(0) talks(1) resumed(2) today(3) . peace(4) talks(5) failed(6) .
   * talks(7) . peace(8) */
  expect_hits (lex, "Peace talks resumed today. Peace talks failed. Talks. "
               "Peace.", 3, "0:2@0+3 0:1@4+2 0:0@7+1");
}

static void
test_no_overlap (void)
{
  /* "alpha beta" and "beta gamma" on "alpha beta gamma": the first takes
   * alpha beta; gamma alone is no entry. */
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("alpha beta\nbeta gamma\n", NULL);
  expect_hits (lex, "alpha beta gamma", 3, "0:0@0+2");
  expect_hits (lex, "beta gamma", 3, "0:1@0+2");
  /* talks(0) talks(1) talks(2): one hit, then "talks" alone is no entry. */
  g_autoptr (FramingLexicon) lex2 = lexicon_of ("talks talks\n", NULL);
  expect_hits (lex2, "talks talks talks talks", 3, "0:0@0+2 0:0@2+2");
  expect_hits (lex2, "talks talks talks", 3, "0:0@0+2");
}

static void
test_all_edges_explored (void)
{
  /* "attacks" takes the stem edge (entry 0, one token) and the prefix
   * edge of "attack*", which leads on to "attack* civilians". */
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("attack\nattack* civilians\n=attacks on\n", NULL);
  /* attacks(0) civilians(1) attacks(2) on(3) attacks(4) */
  expect_hits (lex, "Attacks civilians; attacks on; attacks", 3,
               "0:1@0+2 0:2@2+2 0:0@4+1");
}

static void
test_sentence_end (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("peace talks\n", NULL);
  expect_hits (lex, "Peace. Talks resumed.", 3, "");
  expect_hits (lex, "No peace!\n\nTalks", 3, "");
  expect_hits (lex, "Peace\n\ntalks", 3, "");
  /* A single line break does not end a sentence. */
  expect_hits (lex, "Peace\ntalks", 3, "0:0@0+2");
  g_autoptr (FramingLexicon) lex2
    = lexicon_of ("peace talks\ntalks\n", NULL);
  expect_hits (lex2, "Peace. Talks resumed.", 3, "0:1@1+1");
}

static void
test_topics_independent (void)
{
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("peace talks\n", "talks\n", NULL);
  /* peace(0) talks(1): topic 0 from 0, topic 1 at 1; text order. */
  expect_hits (lex, "peace talks", 3, "0:0@0+2 1:0@1+1");
  /* Same first token: topic order. */
  g_autoptr (FramingLexicon) lex2
    = lexicon_of ("talks\n", "talks resumed\n", "talk\n", NULL);
  expect_hits (lex2, "Talks resumed", 3, "0:0@0+1 1:0@0+2 2:0@0+1");
}

static void
test_negation_window (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("peace\n", NULL);
  /* we(0) see(1) no(2) sign(3) whatsoever(4) that(5) peace(6): the
   * negator is 4 tokens before, outside a window of 3, inside 4. */
  const char *text = "We see no sign whatsoever that peace is near.";
  expect_hits (lex, text, 3, "0:0@6+1");
  expect_hits (lex, text, 4, "0:0@6+1!");
  /* no(0) sign(1) of(2) peace(3): 3 tokens before, inside 3, not 2. */
  expect_hits (lex, "No sign of peace.", 3, "0:0@3+1!");
  expect_hits (lex, "No sign of peace.", 2, "0:0@3+1");
  /* there(0) is(1) no(2) peace(3) */
  expect_hits (lex, "There is no peace.", 1, "0:0@3+1!");
  /* Window 0: negation is off. */
  expect_hits (lex, "There is no peace.", 0, "0:0@3+1");
  /* A negator after the hit does not count. */
  expect_hits (lex, "Peace, not war.", 3, "0:0@0+1");
}

static void
test_negation_sentence (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("peace\n", NULL);
  /* there(0) is(1) no(2) doubt(3) . peace(4): 2 tokens back, but in the
   * previous sentence. */
  expect_hits (lex, "There is no doubt. Peace is near.", 3, "0:0@4+1");
  expect_hits (lex, "Not now!\n\npeace", 3, "0:0@2+1");
}

static void
test_negation_forms (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("peace\n", NULL);
  expect_hits (lex, "They don't want peace", 3, "0:0@3+1!");
  expect_hits (lex, "They don\xE2\x80\x99t want peace", 3, "0:0@3+1!");
  expect_hits (lex, "We cannot see peace", 3, "0:0@3+1!");
  expect_hits (lex, "WON'T bring peace", 3, "0:0@2+1!");
  expect_hits (lex, "Neither peace", 3, "0:0@1+1!");
  expect_hits (lex, "without lasting peace", 3, "0:0@2+1!");
  /* "nothing" and "can" are not negators; "can not" is ("not"). */
  expect_hits (lex, "Nothing but peace", 3, "0:0@2+1");
  expect_hits (lex, "We can see peace", 3, "0:0@3+1");
  expect_hits (lex, "We can not see peace", 3, "0:0@4+1!");
  /* A negator inside the hit is not before its first token. */
  g_autoptr (FramingLexicon) lex2 = lexicon_of ("no-fly zone\n", NULL);
  expect_hits (lex2, "A no-fly zone", 3, "0:0@1+3");
}

static void
test_is_negator (void)
{
  static const char *const yes[] = {
    "no", "not", "never", "without", "nor", "neither", "none", "cannot",
    "don't", "won't", "isn't", "n't", "don\xE2\x80\x99t"
  };
  static const char *const no[] = {
    "", "n", "nothing", "know", "note", "nope", "noted", "can", "dont",
    "'t", "nt", "not'", "nones"
  };
  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    CU_ASSERT_TRUE (match_is_negator (yes[i], strlen (yes[i])));
  for (gsize i = 0; i < G_N_ELEMENTS (no); i++)
    CU_ASSERT_FALSE (match_is_negator (no[i], strlen (no[i])));
  /* Only LEN bytes count: "not" cut to "no" is a negator, "nor" cut to
   * "n" is not. */
  CU_ASSERT_TRUE (match_is_negator ("nothing", 2));
  CU_ASSERT_FALSE (match_is_negator ("nor", 1));
}

static void
test_ties (void)
{
  /* "attacks" is one token for "attack*" and "attacks" alike: the lower
   * entry index wins whatever the kind. */
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("attack*\nattacks\n", "attacks\nattack*\n",
                  "kiev\n=kiev\n", "=kiev\nkiev\n", NULL);
  expect_hits (lex, "attacks", 3, "0:0@0+1 1:0@0+1");
  expect_hits (lex, "Kiev", 3, "2:0@0+1 3:0@0+1");
}

static void
test_weights_untouched (void)
{
  /* Weights play no part in matching: a heavier shorter entry loses to a
   * longer one. */
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("artillery | 5\nartillery fire\n", NULL);
  expect_hits (lex, "Artillery fire, artillery.", 3, "0:1@0+2 0:0@2+1");
}

/* Counts hits and negated hits of topic T in HITS. */
static void
count_topic (const GArray *hits, guint t, guint *n, guint *negated,
             double *weighted, const FramingLexicon *lex)
{
  const LexTopic *topic = g_ptr_array_index (lex->topics, t);
  *n = *negated = 0;
  *weighted = 0;
  for (guint i = 0; i < hits->len; i++)
    {
      const MatchHit *h = &g_array_index (hits, MatchHit, i);
      if (h->topic != t)
        continue;
      const LexEntry *e = g_ptr_array_index (topic->entries, h->entry);
      if (h->negated)
        (*negated)++;
      else
        {
          (*n)++;
          *weighted += e->weight;
        }
    }
}

static void
test_seed_article (void)
{
  const char *path = SHARED_DIR "/seeds/000_f57aa7b7dcca77b1.txt";
  g_autofree char *text = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &text, &len, NULL))
    return; /* no shared seeds here: nothing to check */
  g_autoptr (FramingLexicon) lex
    = lexicon_of ("offensive\nartillery fire | 2\nshelling\n", "peace\n",
                  NULL);
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, (gssize) len);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  match_tokens (lex, fixture_stemmer (), toks, 3, hits);

  /* By hand from the article: "offensive" 6 times, none with a negator
   * among the 3 tokens before; "artillery fire" once (weight 2);
   * "shelling" twice.  "peace" 3 times: "shows no sign of peace" (no is 3
   * tokens before: negated), "no indication that Russia was ready for
   * peace" and "no sign whatsoever that (Russian) president (Vladimir)
   * Putin is preparing for peace" (too far). */
  guint n, negated;
  double weighted;
  count_topic (hits, 0, &n, &negated, &weighted, lex);
  CU_ASSERT_EQUAL (n, 9);
  CU_ASSERT_EQUAL (negated, 0);
  CU_ASSERT_DOUBLE_EQUAL (weighted, 10.0, 1e-9);
  count_topic (hits, 1, &n, &negated, &weighted, lex);
  CU_ASSERT_EQUAL (n, 2);
  CU_ASSERT_EQUAL (negated, 1);
  /* Text order. */
  for (guint i = 1; i < hits->len; i++)
    CU_ASSERT (g_array_index (hits, MatchHit, i - 1).first
               <= g_array_index (hits, MatchHit, i).first);
  /* The first hit is "offensive" in the headline: download(0) nato(1)
   * says(2) russian(3) offensive(4). */
  CU_ASSERT_FATAL (hits->len > 0);
  CU_ASSERT_EQUAL (g_array_index (hits, MatchHit, 0).first, 4);

  /* Window 0: the headline's peace counts. */
  match_tokens (lex, fixture_stemmer (), toks, 0, hits);
  count_topic (hits, 1, &n, &negated, &weighted, lex);
  CU_ASSERT_EQUAL (n, 3);
  CU_ASSERT_EQUAL (negated, 0);
}

/* The hits of MATCHER in TEXT (window 3), as hits_string () writes them. */
static char *
matcher_hits (Matcher *matcher, const char *text)
{
  g_autoptr (FramingTokens) toks = text_tokens_new ();
  text_tokenize (toks, text, -1);
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (MatchHit));
  matcher_run (matcher, toks, 3, hits);
  return hits_string (hits);
}

static const char cache_lexicon_a[] =
  "peace\npeace talks\n=internationalization\ninternationalization of the conflict\nceasefire*\n";
static const char cache_lexicon_b[] = "shell\nartillery fire\nkill\n";
static const char cache_text[] =
  "No peace talks yet. The internationalization of the conflict grows; "
  "INTERNATIONALIZATION is feared. Ceasefires failed and shelling killed "
  "many, though not the peacekeepers. Artillery fire. Peace.";

/* A full cache gives the same hits: forms it has no room for are worked
 * out on each call. */
static void
test_cache_full (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of (cache_lexicon_a,
                                               cache_lexicon_b, NULL);
  g_autofree char *expected = hits_of (lex, cache_text, 3);
  /* No(0) peace(1) talks(2) yet(3). The(4) internationalization(5) of
   * the conflict grows; INTERNATIONALIZATION(10) is feared.
   * Ceasefires(13) failed and shelling(16) killed(17) many, though not the
   * peacekeepers(22). Artillery(23) fire. Peace(25). */
  CU_ASSERT_STRING_EQUAL (expected, "0:1@1+2! 0:3@5+4 0:2@10+1 "
                          "0:4@13+1 1:0@16+1 1:2@17+1 1:1@23+2 0:0@25+1");
  g_autoptr (MatchCache) cache = match_cache_new (lex, 3);
  g_autoptr (Matcher) m = matcher_new (lex, fixture_stemmer (), cache);
  for (int round = 0; round < 3; round++)
    {
      g_autofree char *got = matcher_hits (m, cache_text);
      CU_ASSERT_STRING_EQUAL (got, expected);
    }
  CU_ASSERT_EQUAL (match_cache_size (cache), 3);
}

/* Forms are kept in their slot up to 16 bytes and compared in the arena
 * beyond.  A form of 8, 15 or 16 bytes (no entry) followed by the same
 * form with one more letter (an entry): each token must get the slot of
 * its own form, whose topic bits make it a candidate or not, whether the
 * cache knows the form yet, already knows it, or is full.  Over the 26
 * letters, the two forms often start their probes at the same slot of a
 * small cache. */
static void
test_form_lengths (void)
{
  static const char *const bases[] = {
    "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop",
  };
  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    for (char c = 'a'; c <= 'z'; c++)
      {
        g_autofree char *entry = g_strdup_printf ("=%s%c\n", bases[b], c);
        g_autoptr (FramingLexicon) lex = lexicon_of (entry, NULL);
        g_autofree char *upper = g_ascii_strup (entry + 1, -1);
        g_autofree char *text = g_strdup_printf ("%s %s%c. %s %s", bases[b],
                                                 bases[b], c, upper, bases[b]);
        static const char expected[] = "0:0@1+1 0:0@2+1";
        g_autofree char *alone = hits_of (lex, text, 3);
        CU_ASSERT_STRING_EQUAL (alone, expected);
        for (guint capacity = 1; capacity <= 3; capacity += 2)
          {
            g_autoptr (MatchCache) cache = match_cache_new (lex, capacity);
            g_autoptr (Matcher) m = matcher_new (lex, fixture_stemmer (), cache);
            for (int round = 0; round < 2; round++)
              {
                g_autofree char *got = matcher_hits (m, text);
                CU_ASSERT_STRING_EQUAL (got, expected);
              }
          }
      }
}

/* Topics past the 14th have no bits in the cache and are always tried:
 * they find the same hits as the first topics do. */
static void
test_many_topics (void)
{
  static const char topic[] = "peace talks\nceasefire*\n=kiev\nshell\n";
  static const char text[] = "Peace talks on a ceasefire in Kiev; shelling went on.";
  g_autoptr (FramingLexicon) first = lexicon_of (topic, NULL);
  g_autofree char *one = hits_of (first, text, 3);
  CU_ASSERT_STRING_EQUAL (one, "0:0@0+2 0:1@4+1 0:2@6+1 0:3@7+1");
  g_autoptr (FramingLexicon) many
    = lexicon_of ("a\n", "b\n", "c\n", "d\n", "e\n", "f\n", "g\n", "h\n",
                  "i\n", "j\n", "k\n", "l\n", "m\n", "n\n", "o\n", "p\n",
                  "q\n", "r\n", topic, topic, NULL);
  g_autofree char *got = hits_of (many, text, 3);
  /* Topic 0 ("a") hits the article "a" too. */
  CU_ASSERT_STRING_EQUAL (got, "18:0@0+2 19:0@0+2 0:0@3+1 18:1@4+1 "
                          "19:1@4+1 18:2@6+1 19:2@6+1 18:3@7+1 19:3@7+1");
}

/* What a thread of test_cache_threads () does. */
typedef struct {
  const FramingLexicon *lex;
  MatchCache *cache;
  GPtrArray *texts;     /* char* */
  GPtrArray *expected;  /* char*: hits_of () of each text */
  guint wrong;
} CacheThread;

static gpointer
cache_thread (gpointer data)
{
  CacheThread *ct = data;
  g_autoptr (FramingStemmer) st = stem_new ("english", NULL);
  g_autoptr (Matcher) m = matcher_new (ct->lex, st, ct->cache);
  for (int round = 0; round < 5; round++)
    for (guint i = 0; i < ct->texts->len; i++)
      {
        g_autofree char *got = matcher_hits (m, g_ptr_array_index (ct->texts, i));
        if (strcmp (got, g_ptr_array_index (ct->expected, i)) != 0)
          ct->wrong++;
      }
  return NULL;
}

/* Four threads share one cache, adding forms while the others look them
 * up: every text gets the hits it gets alone, and the cache ends up with
 * each distinct form once. */
static void
test_cache_threads (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of (cache_lexicon_a,
                                               cache_lexicon_b, NULL);
  static const char *const words[] = {
    "peace", "talks", "no", "not", "shelling", "killed", "artillery",
    "fire", "ceasefire", "the", "of", "conflict", "internationalization",
    "peacekeeping", "a", "said", "Peace", "Shells", "counterinsurgencies",
  };
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autoptr (GHashTable) forms = g_hash_table_new_full (g_str_hash,
                                                        g_str_equal, g_free,
                                                        NULL);
  CacheThread ct[4];
  g_autoptr (MatchCache) cache = match_cache_new (lex, 0);
  for (guint k = 0; k < G_N_ELEMENTS (ct); k++)
    {
      ct[k] = (CacheThread) { lex, cache,
                              g_ptr_array_new_with_free_func (g_free),
                              g_ptr_array_new_with_free_func (g_free), 0 };
      for (int i = 0; i < 50; i++)
        {
          GString *s = g_string_new (NULL);
          for (int w = 0; w < 40; w++)
            {
              /* Known words, and numbered ones only some threads see. */
              if (g_rand_int_range (rand, 0, 4) == 0)
                g_string_append_printf (s, "w%u ", g_rand_int_range (rand, 0, 500));
              else
                g_string_append_printf (s, "%s%s",
                                        words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                        g_rand_int_range (rand, 0, 8) == 0 ? ". " : " ");
            }
          g_autoptr (FramingTokens) toks = text_tokens_new ();
          text_tokenize (toks, s->str, -1);
          for (guint j = 0; j < toks->tokens->len; j++)
            g_hash_table_add (forms, g_strdup (text_token_form (toks, j)));
          g_ptr_array_add (ct[k].expected, hits_of (lex, s->str, 3));
          g_ptr_array_add (ct[k].texts, g_string_free (s, FALSE));
        }
    }
  GThread *threads[G_N_ELEMENTS (ct)];
  for (guint k = 0; k < G_N_ELEMENTS (ct); k++)
    threads[k] = g_thread_new ("cache-test", cache_thread, &ct[k]);
  for (guint k = 0; k < G_N_ELEMENTS (ct); k++)
    {
      g_thread_join (threads[k]);
      CU_ASSERT_EQUAL (ct[k].wrong, 0);
      g_ptr_array_unref (ct[k].texts);
      g_ptr_array_unref (ct[k].expected);
    }
  CU_ASSERT_EQUAL (match_cache_size (cache), g_hash_table_size (forms));
}

static void
test_stop_phrases (void)
{
  g_autoptr (FramingLexicon) lex = linked_lexicon_of ("attack\n!heart attack\n"
                                                      "!attack ad*\n", NULL);
  /* he(0) had(1) a(2) heart(3) attack(4) then(5) an(6) attack(7): the
   * stop phrase is the longest match at "heart" and hides "attack". */
  expect_hits (lex, "He had a heart attack. Then an attack.", 3, "0:0@7+1");
  /* an(0) attack(1) ads(2) and(3) an(4) attack(5) */
  expect_hits (lex, "An attack ads and an attack", 3, "0:0@5+1");
  /* A stop phrase across a sentence end is not one. */
  expect_hits (lex, "My heart. Attack!", 3, "0:0@2+1");
}

static void
test_context_lists (void)
{
  g_autoptr (FramingLexicon) lex = linked_lexicon_of (
      "talks & conflict\npeace talks\ndeal & conflict & !trade\n",
      "@context conflict\ntroops\nwar\n",
      "@context trade\ntariff*\n", NULL);
  CU_ASSERT_EQUAL (lex->topics->len, 1);
  CU_ASSERT_EQUAL (lex->contexts->len, 2);
  /* budget(0) talks(1) resumed(2) | talks(3) to(4) end(5) the(6) war(7)
   * began(8): the first "talks" has no conflict word in its sentence;
   * the context list's own hit is not reported. */
  expect_hits (lex, "Budget talks resumed. Talks to end the war began.", 3,
               "0:0@3+1");
  /* An entry without a context counts anywhere. */
  expect_hits (lex, "Peace talks resumed.", 3, "0:1@0+2");
  /* deal(0) on(1) troops(2) | a(3) deal(4) on(5) troops(6) and(7)
   * tariffs(8): excluded where the trade list has a hit. */
  expect_hits (lex, "Deal on troops. A deal on troops and tariffs.", 3,
               "0:2@0+1");
  /* A word is not its own context: "war" in the context list does not
   * satisfy "war & conflict"; another conflict word does. */
  g_autoptr (FramingLexicon) self = linked_lexicon_of (
      "war & conflict\n", "@context conflict\nwar\ntroops\n", NULL);
  expect_hits (self, "A war of words. A war with troops.", 3, "0:0@5+1");
}

static void
test_paired_starts (void)
{
  /* "the" and "in" start only two-word entries (a stem or an exact second
   * word): they are tried only where the next token may be that word.
   * "on" also starts an entry whose second word is a prefix, so it is
   * always tried. */
  g_autoptr (FramingLexicon) lex = linked_lexicon_of (
      "the attack\nin =exchange for\non war*\n", "attack\nthe\n", NULL);
  /* the(0) attacks(1) came(2) in(3) exchange(4) for(5) nothing(6) on(7)
   * warships(8) | the(9) end(10) */
  expect_hits (lex, "The attacks came in exchange for nothing on warships. "
               "The end.", 3,
               "0:0@0+2 1:1@0+1 1:0@1+1 0:1@3+3 0:2@7+2 1:1@9+1");
  /* A form that starts a two-word entry by its exact form and a one-word
   * entry by a prefix is tried everywhere. */
  g_autoptr (FramingLexicon) both = linked_lexicon_of ("=war crimes\nwar*\n",
                                                       NULL);
  expect_hits (both, "The war ended. War crimes.", 3, "0:1@1+1 0:0@3+2");
  /* "in Exchanges" is not the exact "exchange"; "the" last in its
   * sentence has no second word. */
  expect_hits (lex, "In exchanges for all. Look at the. Attack", 3,
               "1:1@6+1 1:0@7+1");
}

static void
test_context_alternatives (void)
{
  /* Entries with the same words and other contexts are alternatives:
   * the first whose contexts hold takes the hit. */
  g_autoptr (FramingLexicon) lex = linked_lexicon_of (
      "dead & war\ndead & crime\npeace\n",
      "@context war\ntroops\n", "@context crime\ngunman\n", NULL);
  CU_ASSERT_EQUAL (((LexTopic *) g_ptr_array_index (lex->topics, 0))
                   ->entries->len, 3);
  /* dead(0) troops(1) | a(2) gunman(3) left(4) two(5) dead(6) | dead(7)
   * end(8) */
  expect_hits (lex, "Dead troops. A gunman left two dead. Dead end.", 3,
               "0:0@0+1 0:1@6+1");
}

static void
test_context_require (void)
{
  /* @require: every entry of the topic needs the list. */
  g_autoptr (FramingLexicon) lex = linked_lexicon_of (
      "@require conflict\nsupplies\n", "@context conflict\nwar\n", NULL);
  expect_hits (lex, "Supplies ran out. War supplies arrived.", 3, "0:0@4+1");
}

static void
test_negation_clause (void)
{
  g_autoptr (FramingLexicon) lex = linked_lexicon_of ("peace\nwar\n", NULL);
  /* no(0) sign(1) whatsoever(2) that(3) putin(4) is(5) preparing(6)
   * for(7) peace(8): 8 tokens after "no", 7 after the end of the cue
   * "no sign". */
  const char *far = "No sign whatsoever that Putin is preparing for peace.";
  expect_hits (lex, far, 8, "0:0@8+1!");
  expect_hits (lex, far, 7, "0:0@8+1!");
  expect_hits (lex, far, 6, "0:0@8+1");
  /* The tokens of a parenthesis do not count: 10 tokens after the cue,
   * 2 of them in brackets. */
  const char *brackets = "No sign whatsoever that (Russian) president "
                         "(Vladimir) Putin is preparing for peace.";
  expect_hits (lex, brackets, 8, "0:0@11+1!");
  expect_hits (lex, brackets, 7, "0:0@11+1");
  /* A comma, a semicolon, a dash and "but" end the clause. */
  expect_hits (lex, "No doubt, peace is near.", 8, "0:0@2+1");
  expect_hits (lex, "Not now; peace later.", 8, "0:0@2+1");
  expect_hits (lex, "Not now \xE2\x80\x94 peace later.", 8, "0:0@2+1");
  expect_hits (lex, "Not now - peace later.", 8, "0:0@2+1");
  expect_hits (lex, "Not war but peace.", 8, "0:1@1+1! 0:0@3+1");
  expect_hits (lex, "Not diluted\u2026 peace is near.", 8, "0:0@2+1");
  expect_hits (lex, "Not diluted. peace is near.", 8, "0:0@2+1!");
  /* A hyphen inside a word is no clause end. */
  expect_hits (lex, "No cross-border peace.", 8, "0:0@3+1!");
}

static void
test_negation_cues (void)
{
  g_autoptr (FramingLexicon) lex = linked_lexicon_of ("negotiations\ntalks\n",
                                                      NULL);
  CU_ASSERT_PTR_NOT_NULL (lex->cues);
  /* iran(0) refused(1) to(2) open(3) negotiations(4) */
  expect_hits (lex, "Iran refused to open negotiations.", 8, "0:0@4+1!");
  expect_hits (lex, "Iran refused to open negotiations.", 0, "0:0@4+1");
  expect_hits (lex, "They ruled out talks.", 8, "0:1@3+1!");
  /* "refused" alone is no cue; the cue is not reported as a hit. */
  expect_hits (lex, "Iran refused the offer of talks.", 8, "0:1@5+1");
  /* A cue after the hit does not negate it. */
  expect_hits (lex, "Talks were ruled out.", 8, "0:1@0+1");
}

static void
test_cleanup (void)
{
  fixture_stemmer_free ();
}

static const UnitCase cases[] = {
  { "single word by stem", test_stem_word },
  { "exact vs stem", test_exact_vs_stem },
  { "prefix on the surface form", test_prefix },
  { "several prefix lengths", test_prefix_lengths },
  { "longest entry wins", test_longest_wins },
  { "no overlap within a topic", test_no_overlap },
  { "every edge is explored", test_all_edges_explored },
  { "phrases stop at sentence ends", test_sentence_end },
  { "topics are independent", test_topics_independent },
  { "negation window", test_negation_window },
  { "negation stays in its sentence", test_negation_sentence },
  { "negator forms", test_negation_forms },
  { "match_is_negator", test_is_negator },
  { "ties go to the earlier entry", test_ties },
  { "weights do not affect matching", test_weights_untouched },
  { "seed article", test_seed_article },
  { "a full cache", test_cache_full },
  { "forms of 8 to 17 bytes", test_form_lengths },
  { "more topics than the cache has bits for", test_many_topics },
  { "one cache, four threads", test_cache_threads },
  { "stop phrases", test_stop_phrases },
  { "context lists", test_context_lists },
  { "two-word starts", test_paired_starts },
  { "context alternatives", test_context_alternatives },
  { "@require", test_context_require },
  { "negation ends with the clause", test_negation_clause },
  { "negation cues", test_negation_cues },
  { "cleanup", test_cleanup },
  { NULL, NULL }
};

UNIT_MAIN ("match", cases)
