/* test_audit.c - unit tests of audit.c: per-entry counts, coverage and
 * KR-20 on small cases worked out by hand, the most frequent entries,
 * entry keys and duplicate warnings, and the writers' failed writes. */
#include <errno.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "framing.h"
#include "lexicon.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

/* A lexicon of the topics given as pairs of file name and text, ended by
 * NULL. */
static FramingLexicon *
lexicon_of (const char *file, ...)
{
  FramingLexicon *lexicon = g_new0 (FramingLexicon, 1);
  lexicon->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_topic_free);
  va_list ap;
  va_start (ap, file);
  for (const char *f = file; f != NULL; f = va_arg (ap, const char *))
    {
      const char *data = va_arg (ap, const char *);
      g_autoptr (GError) error = NULL;
      LexTopic *topic = lexicon_parse_topic (f, data, strlen (data), fixture_stemmer (), &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (topic);
      g_ptr_array_add (lexicon->topics, topic);
    }
  va_end (ap);
  return lexicon;
}

/* Adds an article of TOKENS tokens whose hits are given as N groups of
 * (topic, entry, n_tokens, negated). */
static void
add (Audit *audit, guint tokens, guint n, ...)
{
  g_autofree MatchHit *hits = g_new0 (MatchHit, n + 1);
  va_list ap;
  va_start (ap, n);
  for (guint i = 0; i < n; i++)
    {
      hits[i].topic = va_arg (ap, guint);
      hits[i].entry = va_arg (ap, guint);
      hits[i].first = i; /* not used by the audit */
      hits[i].n_tokens = va_arg (ap, guint);
      hits[i].negated = va_arg (ap, gboolean);
    }
  va_end (ap);
  audit_add (audit, tokens, hits, n);
}

/* Asserts the counts of entry E of topic T. */
static void
check_entry (const Audit *audit, guint t, guint e, guint64 hits,
             guint64 negated, guint articles)
{
  const AuditEntry *c = audit_entry (audit, t, e);
  CU_ASSERT_EQUAL (c->hits, hits);
  CU_ASSERT_EQUAL (c->negated, negated);
  CU_ASSERT_EQUAL (c->articles, articles);
}

static void
test_kr20_and_coverage (void)
{
  /* Topic 0 "t": entries a(0), "b c" (1, a two-token phrase), d(2), e(3);
   * topic 1 "u": one entry x(0). */
  g_autoptr (FramingLexicon) lex = lexicon_of ("t.lex", "a\nb c\nd\ne\n",
                                               "u.lex", "x\n", NULL);
  g_autoptr (Audit) audit = audit_new (lex);
  /* Article 1, 10 tokens: a (1 token), "b c" (2 tokens); x.   X_t = 2
   * Article 2, 10 tokens: a, a negated.                         X_t = 1
   * Article 3, 20 tokens: no hit.                               X_t = 0
   * Article 4, 10 tokens: a, "b c", d.                          X_t = 3 */
  add (audit, 10, 3, 0, 0, 1, FALSE, 0, 1, 2, FALSE, 1, 0, 1, FALSE);
  add (audit, 10, 2, 0, 0, 1, FALSE, 0, 0, 1, TRUE);
  add (audit, 20, 0);
  add (audit, 10, 3, 0, 0, 1, FALSE, 0, 1, 2, FALSE, 0, 2, 1, FALSE);
  CU_ASSERT_EQUAL (audit_articles (audit), 4);
  CU_ASSERT_EQUAL (audit_tokens (audit), 50);

  /* a: 3 hits + 1 negated in 3 articles; "b c": 2 in 2; d: 1 in 1; e: 0. */
  check_entry (audit, 0, 0, 3, 1, 3);
  check_entry (audit, 0, 1, 2, 0, 2);
  check_entry (audit, 0, 2, 1, 0, 1);
  check_entry (audit, 0, 3, 0, 0, 0);
  check_entry (audit, 1, 0, 1, 0, 1);
  CU_ASSERT_EQUAL (audit_matched (audit, 0), 3);
  CU_ASSERT_EQUAL (audit_matched (audit, 1), 1);

  /* Tokens inside t's matches, the negated one included:
   * 1 + 2 (article 1) + 1 + 1 (article 2) + 1 + 2 + 1 (article 4) = 9;
   * coverage 9 / 50 = 0.18.  u: 1 / 50 = 0.02. */
  CU_ASSERT_EQUAL (audit_covered (audit, 0), 9);
  CU_ASSERT_DOUBLE_EQUAL (audit_coverage (audit, 0), 0.18, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (audit_coverage (audit, 1), 0.02, 1e-12);

  /* KR-20 of t over the k = 3 entries that matched (e never did):
   *   p = 3/4, 2/4, 1/4;  p q = 0.1875 + 0.25 + 0.1875 = 0.625
   *   X = 2, 1, 0, 3: mean 1.5, mean of X^2 = 14/4 = 3.5,
   *   var = 3.5 - 1.5^2 = 1.25
   *   KR-20 = 3/2 * (1 - 0.625 / 1.25) = 1.5 * 0.5 = 0.75 */
  guint k = 0;
  CU_ASSERT_DOUBLE_EQUAL (audit_kr20 (audit, 0, &k), 0.75, 1e-12);
  CU_ASSERT_EQUAL (k, 3);
  /* u has one entry: k < 2, no KR-20. */
  CU_ASSERT (isnan (audit_kr20 (audit, 1, &k)));
  CU_ASSERT_EQUAL (k, 1);
}

static void
test_kr20_undefined_and_negative (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("t.lex", "a\nb\n", NULL);
  /* Every article has exactly one entry present: var X = 0, n/a. */
  g_autoptr (Audit) flat = audit_new (lex);
  add (flat, 5, 1, 0, 0, 1, FALSE);
  add (flat, 5, 1, 0, 1, 1, FALSE);
  CU_ASSERT (isnan (audit_kr20 (flat, 0, NULL)));
  /* No article at all: n/a, and coverage 0. */
  g_autoptr (Audit) empty = audit_new (lex);
  CU_ASSERT (isnan (audit_kr20 (empty, 0, NULL)));
  CU_ASSERT_EQUAL (audit_coverage (empty, 0), 0.0);
  /* Entries that exclude each other give a negative KR-20:
   * articles {a}, {b}, {} : p = 1/3, 1/3; p q = 2 * 2/9 = 4/9;
   * X = 1, 1, 0: mean 2/3, mean X^2 = 2/3, var = 2/3 - 4/9 = 2/9;
   * KR-20 = 2/1 * (1 - (4/9) / (2/9)) = 2 * (1 - 2) = -2. */
  g_autoptr (Audit) split = audit_new (lex);
  add (split, 5, 1, 0, 0, 1, FALSE);
  add (split, 5, 1, 0, 1, 1, FALSE);
  add (split, 5, 0);
  CU_ASSERT_DOUBLE_EQUAL (audit_kr20 (split, 0, NULL), -2.0, 1e-12);
}

static void
test_top (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("t.lex", "a\nb\nc\nd\n", NULL);
  g_autoptr (Audit) audit = audit_new (lex);
  /* Matches: a 2, b 1, c 2 (one negated), d 0. */
  add (audit, 9, 5, 0, 0, 1, FALSE, 0, 0, 1, FALSE, 0, 1, 1, FALSE,
       0, 2, 1, FALSE, 0, 2, 1, TRUE);
  guint top[4] = { 99, 99, 99, 99 };
  /* Ties keep file order: a, c, then b; d never matched. */
  CU_ASSERT_EQUAL (audit_top (audit, 0, 4, top), 3);
  CU_ASSERT_EQUAL (top[0], 0);
  CU_ASSERT_EQUAL (top[1], 2);
  CU_ASSERT_EQUAL (top[2], 1);
  guint two[2];
  CU_ASSERT_EQUAL (audit_top (audit, 0, 2, two), 2);
  CU_ASSERT_EQUAL (two[0], 0);
  CU_ASSERT_EQUAL (two[1], 2);
}

static void
test_keys_and_warnings (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of (
    "lex/t.lex", "no-fly zone\n=Kiev\nescalat*\nOffensives\noffensive | 2\n", NULL);
  const LexTopic *t = g_ptr_array_index (lex->topics, 0);
  static const char *const keys[] = { "no fli zone", "=kiev", "escalat*", "offens" };
  CU_ASSERT_EQUAL_FATAL (t->entries->len, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *k = audit_entry_keys (g_ptr_array_index (t->entries, i));
      CU_ASSERT_STRING_EQUAL (k, keys[i]);
    }
  g_autoptr (GPtrArray) w = audit_duplicate_warnings (lex);
  CU_ASSERT_EQUAL_FATAL (w->len, 1);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (w, 0),
                          "lex/t.lex:5: warning: 'offensive' stems like "
                          "'Offensives' (line 4): counted once");
}

/* The writers: the text report and both tables to a working stream, then
 * to a full disk, which gives FALSE and an error that says why, for the
 * caller to name the stream. */
static void
test_writers (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of ("t.lex", "a\nb\n", NULL);
  g_autoptr (Audit) audit = audit_new (lex);
  add (audit, 4, 1, 0, 1, 1, FALSE);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (audit_write_text (mem, lex, audit, "x", &error));
  CU_ASSERT_TRUE (audit_write_csv (mem, "topics", lex, audit, &error));
  CU_ASSERT_PTR_NULL (error);
  fclose (mem);
  CU_ASSERT_PTR_NOT_NULL (strstr (buf, "Corpus (x): 1 article, 4 tokens\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (buf, "\nt,t.lex,2,0,1,4,1,1,0.25,1,\n"));
  free (buf);

  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return; /* no /dev/full here */
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));
  for (int i = 0; i < 3; i++)
    {
      g_autoptr (GError) e = NULL;
      gboolean ok = i == 0 ? audit_write_text (full, lex, NULL, NULL, &e)
                    : audit_write_csv (full, i == 1 ? "entries" : "topics",
                                       lex, audit, &e);
      CU_ASSERT_FALSE (ok);
      CU_ASSERT (g_error_matches (e, FRAMING_ERROR, FRAMING_ERROR_IO));
      CU_ASSERT_STRING_EQUAL (e != NULL ? e->message : "", want);
      clearerr (full);
    }
  fclose (full);
}

static void
test_cleanup (void)
{
  fixture_stemmer_free ();
  audit_free (NULL);
}

static const UnitCase cases[] = {
  { "KR-20 and coverage", test_kr20_and_coverage },
  { "KR-20 undefined and negative", test_kr20_undefined_and_negative },
  { "most frequent entries", test_top },
  { "keys and duplicate warnings", test_keys_and_warnings },
  { "the writers tell a failed write", test_writers },
  { "cleanup", test_cleanup },
  { NULL, NULL }
};

UNIT_MAIN ("audit", cases)
