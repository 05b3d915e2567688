/* test_gold.c - unit tests of gold-read.c, gold.c and gold-write.c:
 * confusion counts and precision, recall and F1 on a gold set worked out
 * by hand, negation, the errors of bad gold files, CSV labels, the
 * suggested entries, the bootstrap intervals and the writers. */
#include <errno.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "framing.h"
#include "gold.h"
#include "lexicon.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

/* A lexicon of two topics: fight (attack, bomb*... as FIGHT says) and
 * calm (peace, ceasefire). */
static FramingLexicon *
lexicon_of (const char *fight)
{
  static const char calm[] = "@topic calm\npeace\nceasefire\n";
  FramingLexicon *lexicon = g_new0 (FramingLexicon, 1);
  lexicon->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_topic_free);
  const char *data[] = { fight, calm };
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      LexTopic *topic = lexicon_parse_topic (i == 0 ? "fight.lex" : "calm.lex", data[i],
                                             strlen (data[i]), fixture_stemmer (), &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (topic);
      g_ptr_array_add (lexicon->topics, topic);
    }
  return lexicon;
}

/* The default lexicon of the tests: fight has "attack" and "war". */
static FramingLexicon *
default_lexicon (void)
{
  return lexicon_of ("@topic fight\nattack\nwar\n");
}

/* SET parsed from the JSON Lines TEXT (named gold.jsonl), asserted. */
static GoldSet *
parse_ok (const FramingLexicon *lexicon, const char *text, gboolean csv)
{
  g_autoptr (GError) error = NULL;
  GoldSet *set = gold_parse (csv ? "gold.csv" : "gold.jsonl", text, strlen (text), csv,
                             lexicon, NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  if (error != NULL)
    fprintf (stderr, "\n%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (set);
  return set;
}

/* Evaluate SET with a negation window of 3 and the default seed. */
static GoldResult *
evaluate (const GoldSet *set, const FramingLexicon *lexicon)
{
  return gold_evaluate (set, lexicon, fixture_stemmer (), 3, 0, GOLD_SEED);
}

/* Ten sentences whose fight counts are TP 3, FP 1, FN 2, TN 4. */
static const char ten[] =
  "{\"id\": \"a\", \"text\": \"The attack began.\", \"fight\": 1}\n"
  "{\"id\": \"b\", \"text\": \"War broke out.\", \"fight\": 1}\n"
  "{\"id\": \"c\", \"text\": \"They attacked again.\", \"fight\": true}\n"
  "{\"id\": \"d\", \"text\": \"Critics attack the budget.\", \"fight\": 0}\n"
  "{\"id\": \"e\", \"text\": \"Jets bombed the bridge.\", \"fight\": 1}\n"
  "{\"id\": \"f\", \"text\": \"The bombing went on.\", \"fight\": \"1\"}\n"
  "{\"id\": \"g\", \"text\": \"Markets rose.\", \"fight\": 0}\n"
  "\n"
  "{\"id\": \"h\", \"text\": \"The school held a sale.\", \"fight\": false}\n"
  "{\"id\": \"i\", \"text\": \"Rain fell.\", \"fight\": 0.0}\n"
  "{\"id\": 10, \"text\": \"Farmers sowed.\", \"fight\": \"0\"}\n";

static void
test_counts (void)
{
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GoldSet) set = parse_ok (lexicon, ten, FALSE);
  CU_ASSERT_EQUAL (set->sentences->len, 10);
  CU_ASSERT (set->labelled[0]);
  CU_ASSERT (!set->labelled[1]);   /* calm has no label field */
  CU_ASSERT_STRING_EQUAL (((GoldSentence *) set->sentences->pdata[9])->id, "10");
  CU_ASSERT_EQUAL (((GoldSentence *) set->sentences->pdata[9])->line, 11);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  CU_ASSERT_EQUAL_FATAL (r->topics->len, 1);
  const GoldTopic *t = r->topics->pdata[0];
  CU_ASSERT_STRING_EQUAL (t->name, "fight");
  CU_ASSERT_EQUAL (t->positives, 5);
  CU_ASSERT_EQUAL (t->tp, 3);
  CU_ASSERT_EQUAL (t->fp, 1);
  CU_ASSERT_EQUAL (t->fn, 2);
  CU_ASSERT_EQUAL (t->tn, 4);
  CU_ASSERT_DOUBLE_EQUAL (t->precision, 0.75, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (t->recall, 0.6, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (t->f1, 2 * 0.75 * 0.6 / (0.75 + 0.6), 1e-12);
  /* The false hit, marked, with the entry that flagged it. */
  CU_ASSERT_EQUAL_FATAL (t->false_hits->len, 1);
  const GoldError *e = t->false_hits->pdata[0];
  CU_ASSERT_EQUAL (e->kind, GOLD_FALSE_HIT);
  CU_ASSERT_STRING_EQUAL (e->id, "d");
  CU_ASSERT_STRING_EQUAL (e->entries, "attack");
  CU_ASSERT_STRING_EQUAL (e->marked, "Critics [[attack]] the budget.");
  CU_ASSERT_EQUAL_FATAL (t->misses->len, 2);
  CU_ASSERT_STRING_EQUAL (((GoldError *) t->misses->pdata[0])->id, "e");
  CU_ASSERT_STRING_EQUAL (((GoldError *) t->misses->pdata[1])->entries, "");
}

static void
test_undefined_measures (void)
{
  CU_ASSERT (isnan (gold_precision (0, 0)));
  CU_ASSERT (isnan (gold_recall (0, 0)));
  CU_ASSERT (isnan (gold_f1 (0, 0, 0)));
  CU_ASSERT_DOUBLE_EQUAL (gold_f1 (0, 2, 1), 0.0, 1e-12);
  /* A topic with no positive and nothing flagged: recall and F1 n/a. */
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GoldSet) set = parse_ok (lexicon, "{\"text\": \"Rain.\", \"fight\": 0}\n", FALSE);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  const GoldTopic *t = r->topics->pdata[0];
  CU_ASSERT (isnan (t->precision) && isnan (t->recall) && isnan (t->f1));
  CU_ASSERT (isnan (t->f1_ci[0]) && isnan (t->f1_ci[1]));
}

static void
test_negated_not_flagged (void)
{
  static const char text[] =
    "{\"id\": \"n\", \"text\": \"There was no attack.\", \"fight\": 1}\n"
    "{\"id\": \"m\", \"text\": \"There was no attack; then, weeks later, war.\", \"fight\": 1}\n";
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GoldSet) set = parse_ok (lexicon, text, FALSE);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  const GoldTopic *t = r->topics->pdata[0];
  CU_ASSERT_EQUAL (t->tp, 1);
  CU_ASSERT_EQUAL (t->fn, 1);
  CU_ASSERT_EQUAL_FATAL (t->misses->len, 1);
  const GoldError *e = t->misses->pdata[0];
  CU_ASSERT_STRING_EQUAL (e->id, "n");
  CU_ASSERT_STRING_EQUAL (e->entries, "attack");
  CU_ASSERT_STRING_EQUAL (e->marked, "There was no [[~attack]].");
  /* With negation off the same sentence is flagged. */
  g_autoptr (GoldResult) off = gold_evaluate (set, lexicon, fixture_stemmer (), 0, 0, GOLD_SEED);
  CU_ASSERT_EQUAL (((GoldTopic *) off->topics->pdata[0])->tp, 2);
}

/* Asserts that TEXT (JSON Lines, or CSV) fails with MESSAGE. */
static void
check_bad (const char *text, gsize len, gboolean csv, const char *message)
{
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GoldSet) set = gold_parse (csv ? "g.csv" : "g.jsonl", text, len, csv,
                                        lexicon, NULL, &error);
  CU_ASSERT_PTR_NULL (set);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->domain, FRAMING_ERROR);
  if (strcmp (error->message, message) != 0)
    fprintf (stderr, "\ngot: %s\nwanted: %s\n", error->message, message);
  CU_ASSERT_STRING_EQUAL (error->message, message);
}

static void
test_bad_lines (void)
{
  static const char ok[] = "{\"text\": \"War.\", \"fight\": 1}\n";
  char buf[256];
  g_snprintf (buf, sizeof buf, "%s{\"text\": \"x\", \"fight\": 2}\n", ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:2: label 'fight' is 2, not 0 or 1");
  g_snprintf (buf, sizeof buf, "%s%s{\"text\": \"x\", \"fight\": null}\n", ok, ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:3: label 'fight' is null, not 0 or 1");
  g_snprintf (buf, sizeof buf, "%s{\"fight\": 0}\n", ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:2: no 'text' field");
  g_snprintf (buf, sizeof buf, "%s{\"text\": \"x\"}\n", ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:2: no 'fight' label (the first line has one)");
  g_snprintf (buf, sizeof buf, "%s[1, 2]\n", ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:2: not a JSON object");
  g_snprintf (buf, sizeof buf, "%s{\"text\": \"\xff\", \"fight\": 0}\n", ok);
  check_bad (buf, strlen (buf), FALSE, "g.jsonl:2: invalid UTF-8");
  check_bad ("", 0, FALSE, "g.jsonl: no sentence in the file");
  check_bad ("\n  \n", 4, FALSE, "g.jsonl: no sentence in the file");
  check_bad ("{\"text\": \"x\", \"other\": 0}\n", 26, FALSE,
             "g.jsonl: no label field for any topic of the lexicons (fight, calm)");
  /* A line over the limit. */
  g_autoptr (GString) big = g_string_new (ok);
  g_string_append (big, "{\"text\": \"");
  while (big->len <= strlen (ok) + GOLD_MAX_LINE_BYTES)
    g_string_append (big, "war war war war ");
  g_string_append (big, "\", \"fight\": 1}\n");
  check_bad (big->str, big->len, FALSE, "g.jsonl:2: line longer than 1 MiB");
}

static void
test_bad_json_message (void)
{
  /* json-glib's own wording may change: only the prefix is checked. */
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GError) error = NULL;
  static const char text[] = "{\"text\": \"War.\", \"fight\": 1}\n{\"text\" \"x\"}\n";
  g_autoptr (GoldSet) set = gold_parse ("g.jsonl", text, strlen (text), FALSE, lexicon,
                                        NULL, &error);
  CU_ASSERT_PTR_NULL (set);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_str_has_prefix (error->message, "g.jsonl:2: bad JSON"));
}

static void
test_csv (void)
{
  static const char text[] =
    "\xEF\xBB\xBFid,text,fight,calm\n"
    "s1,\"The attack, at dawn.\",1,0\n"
    "s2,Peace at last.,\" 0 \",1\n"
    "\n"
    ",\"Jets\n bombed.\",1,0\n";
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GoldSet) set = parse_ok (lexicon, text, TRUE);
  CU_ASSERT_EQUAL_FATAL (set->sentences->len, 3);
  CU_ASSERT (set->labelled[0] && set->labelled[1]);
  const GoldSentence *s = set->sentences->pdata[2];
  CU_ASSERT_STRING_EQUAL (s->id, "5");     /* no id: the line number */
  CU_ASSERT_STRING_EQUAL (s->text, "Jets\n bombed.");
  CU_ASSERT_EQUAL (s->labels[0], 1);
  CU_ASSERT_EQUAL (((GoldSentence *) set->sentences->pdata[1])->labels[0], 0);
  CU_ASSERT_EQUAL (((GoldSentence *) set->sentences->pdata[1])->labels[1], 1);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  CU_ASSERT_EQUAL_FATAL (r->topics->len, 2);
  CU_ASSERT_EQUAL (((GoldTopic *) r->topics->pdata[0])->tp, 1);
  CU_ASSERT_EQUAL (((GoldTopic *) r->topics->pdata[0])->fn, 1);
  CU_ASSERT_EQUAL (((GoldTopic *) r->topics->pdata[1])->tp, 1);
  /* The line break of the text is a space in the marked text. */
  const GoldError *miss = ((GoldTopic *) r->topics->pdata[0])->misses->pdata[0];
  CU_ASSERT_STRING_EQUAL (miss->marked, "Jets  bombed.");

  static const char bad[] = "id,text,fight\na,War.,1\nb,Rain.,yes\n";
  check_bad (bad, strlen (bad), TRUE, "g.csv:3: label 'fight' is 'yes', not 0 or 1");
  static const char narrow[] = "id,text,fight\na,War.\n";
  check_bad (narrow, strlen (narrow), TRUE, "g.csv:2: 2 fields, but the header has 3");
  static const char notext[] = "id,body,fight\na,War.,1\n";
  check_bad (notext, strlen (notext), TRUE, "g.csv:1: no 'text' column");
  static const char open[] = "id,text,fight\na,\"War.,1\n";
  check_bad (open, strlen (open), TRUE, "g.csv:2: quoted field not closed");
  static const char header[] = "id,text,fight\n";
  check_bad (header, strlen (header), TRUE, "g.csv: no sentence in the file");
}

static void
test_fields (void)
{
  static const char text[] = "{\"key\": \"k1\", \"body\": \"War.\", \"fight\": 1}\n";
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  GoldOptions opts = { .text_field = "body", .id_field = "key" };
  g_autoptr (GError) error = NULL;
  g_autoptr (GoldSet) set = gold_parse ("g.jsonl", text, strlen (text), FALSE, lexicon,
                                        &opts, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (set);
  CU_ASSERT_STRING_EQUAL (((GoldSentence *) set->sentences->pdata[0])->id, "k1");
  CU_ASSERT_STRING_EQUAL (((GoldSentence *) set->sentences->pdata[0])->text, "War.");
}

static void
test_suggestions (void)
{
  /* Misses: four with "bomb..." and the "war" of a two-word entry;
   * "shell" in one only; negatives share "market" and "the". */
  static const char text[] =
    "{\"text\": \"Jets bombed the town in a war zone.\", \"fight\": 1}\n"
    "{\"text\": \"The bombing went on in the war.\", \"fight\": 1}\n"
    "{\"text\": \"Bombs fell on the war front, then shelling.\", \"fight\": 1}\n"
    "{\"text\": \"More bombers and war planes came.\", \"fight\": 1}\n"
    "{\"text\": \"The market rose in 2020 and 2020.\", \"fight\": 0}\n"
    "{\"text\": \"The market fell.\", \"fight\": 0}\n"
    "{\"text\": \"The school held a sale at the market.\", \"fight\": 0}\n"
    "{\"text\": \"The attack came.\", \"fight\": 1}\n";
  g_autoptr (FramingLexicon) lexicon = lexicon_of ("@topic fight\nattack\nwar crime\n");
  g_autoptr (GoldSet) set = parse_ok (lexicon, text, FALSE);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  const GoldTopic *t = r->topics->pdata[0];
  CU_ASSERT_EQUAL (t->fn, 4);
  CU_ASSERT_FATAL (t->suggestions->len > 0);
  const GoldSuggestion *top = &g_array_index (t->suggestions, GoldSuggestion, 0);
  CU_ASSERT_STRING_EQUAL (top->stem, "bomb");
  CU_ASSERT_STRING_EQUAL (top->form, "bombed");
  CU_ASSERT_EQUAL (top->misses, 3);  /* "bombers" stems as "bomber" */
  CU_ASSERT_EQUAL (top->negatives, 0);
  for (guint i = 0; i < t->suggestions->len; i++)
    {
      const GoldSuggestion *s = &g_array_index (t->suggestions, GoldSuggestion, i);
      CU_ASSERT_STRING_NOT_EQUAL (s->stem, "war");    /* a word of an entry */
      CU_ASSERT_STRING_NOT_EQUAL (s->stem, "shell");  /* in one miss only */
      CU_ASSERT_STRING_NOT_EQUAL (s->stem, "in");     /* too short */
      CU_ASSERT_STRING_NOT_EQUAL (s->stem, "market"); /* only in negatives */
      CU_ASSERT (s->z > 0.0);
      CU_ASSERT (s->misses >= GOLD_MIN_MISSES);
      if (i > 0)
        CU_ASSERT (s->z <= g_array_index (t->suggestions, GoldSuggestion, i - 1).z);
    }
}

static void
test_bootstrap (void)
{
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint i = 0; i < 6; i++)
    g_string_append (text, ten);
  g_autoptr (GoldSet) set = parse_ok (lexicon, text->str, FALSE);
  g_autoptr (GoldResult) a = evaluate (set, lexicon);
  g_autoptr (GoldResult) b = evaluate (set, lexicon);
  g_autoptr (GoldResult) c = gold_evaluate (set, lexicon, fixture_stemmer (), 3, 0, GOLD_SEED + 1);
  const GoldTopic *ta = a->topics->pdata[0], *tb = b->topics->pdata[0],
                  *tc = c->topics->pdata[0];
  const double *ci[] = { ta->precision_ci, ta->recall_ci, ta->f1_ci };
  const double point[] = { ta->precision, ta->recall, ta->f1 };
  for (guint i = 0; i < 3; i++)
    {
      CU_ASSERT (ci[i][0] <= point[i] && point[i] <= ci[i][1]);
      CU_ASSERT (ci[i][0] < ci[i][1]);
      CU_ASSERT (ci[i][0] > 0.0 && ci[i][1] <= 1.0);
    }
  CU_ASSERT (memcmp (ta->f1_ci, tb->f1_ci, sizeof ta->f1_ci) == 0);
  CU_ASSERT (memcmp (ta->precision_ci, tb->precision_ci, sizeof ta->precision_ci) == 0);
  CU_ASSERT (memcmp (ta->recall_ci, tb->recall_ci, sizeof ta->recall_ci) == 0);
  /* Another seed draws other replicates. */
  CU_ASSERT (memcmp (ta->f1_ci, tc->f1_ci, sizeof ta->f1_ci) != 0
             || memcmp (ta->recall_ci, tc->recall_ci, sizeof ta->recall_ci) != 0);
}

/* The text written by gold_write_text or gold_write_csv (TABLE). */
static char *
written (const GoldResult *r, const char *table, guint examples)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  gboolean ok = table != NULL ? gold_write_csv (f, table, r, &error)
                              : gold_write_text (f, r, examples, &error);
  CU_ASSERT (ok);
  fclose (f);
  return buf;
}

static void
test_writers (void)
{
  g_autoptr (FramingLexicon) lexicon = default_lexicon ();
  g_autoptr (GoldSet) set = parse_ok (lexicon, ten, FALSE);
  g_autoptr (GoldResult) r = evaluate (set, lexicon);
  g_autofree char *text = written (r, NULL, 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\nfight         5     3     1     2  0.75 ("));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "    d  Critics [[attack]] the budget.\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "(the first 1 of 2 sentences)"));
  CU_ASSERT_PTR_NULL (strstr (text, "The bombing went on."));  /* the second miss */
  g_autofree char *all = written (r, NULL, 0);
  CU_ASSERT_PTR_NOT_NULL (strstr (all, "The bombing went on."));
  g_autofree char *csv = written (r, "gold", 0);
  CU_ASSERT (g_str_has_prefix (csv, "topic,sentences,positives,tp,fp,fn,tn,precision,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (csv, "\nfight,10,5,3,1,2,4,0.75,"));
  g_autofree char *errors = written (r, "gold-errors", 0);
  CU_ASSERT_PTR_NOT_NULL (strstr (errors, "\nfight,false_hit,d,attack,Critics [[attack]] the budget.\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (errors, "\nfight,miss,f,,The bombing went on.\n"));
  CU_ASSERT (gold_table_known ("gold-suggestions"));
  CU_ASSERT (!gold_table_known ("entries"));

  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return;
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));
  for (guint i = 0; i < 4; i++)
    {
      static const char *const tables[] = { NULL, "gold", "gold-errors",
                                            "gold-suggestions" };
      g_autoptr (GError) error = NULL;
      CU_ASSERT (!(i == 0 ? gold_write_text (full, r, 0, &error)
                          : gold_write_csv (full, tables[i], r, &error)));
      CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
      CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
      clearerr (full);
    }
  fclose (full);
}

static const UnitCase cases[] = {
  { "counts, precision, recall and F1", test_counts },
  { "undefined measures are NAN", test_undefined_measures },
  { "a negated hit does not flag", test_negated_not_flagged },
  { "bad lines give FILE:LINE errors", test_bad_lines },
  { "bad JSON names its line", test_bad_json_message },
  { "CSV gold files", test_csv },
  { "text and id fields", test_fields },
  { "suggested entries", test_suggestions },
  { "bootstrap intervals", test_bootstrap },
  { "text and CSV writers", test_writers },
  { NULL, NULL }
};

UNIT_MAIN ("gold", cases)
