/* test_lexicon.c - unit tests of the lexicon: its format, error messages
 * and deduplication (lexicon-parse.c), loading files and directories and
 * linking context lists (lexicon.c); and the trie's edge search
 * (lexicon-trie.h). */
#include <glib.h>
#include <stdarg.h>
#include <glib/gstdio.h>
#include <string.h>

#include "framing.h"
#include "lexicon-trie.h"
#include "lexicon.h"
#include "stem.h"
#include "fixture.h"
#include "unit.h"

/* Parses DATA as the file "lex/peace.lex"; NULL on error (kept in *ERROR
 * when ERROR is given). */
static LexTopic *
parse_as (const char *file, const char *data, GError **error)
{
  return lexicon_parse_topic (file, data, strlen (data), fixture_stemmer (), error);
}

/* Parses DATA, which must be valid. */
static LexTopic *
parse_ok (const char *data)
{
  g_autoptr (GError) error = NULL;
  LexTopic *topic = parse_as ("lex/peace.lex", data, &error);
  if (error != NULL)
    printf ("\nunexpected error: %s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (topic);
  return topic;
}

/* Asserts that DATA fails with MESSAGE (FRAMING_ERROR_LEXICON). */
static void
expect_error (const char *data, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LexTopic) topic = parse_as ("lex/peace.lex", data, &error);
  CU_ASSERT_PTR_NULL (topic);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON));
  if (strcmp (error->message, message) != 0)
    printf ("\n  got:      %s\n  expected: %s\n", error->message, message);
  CU_ASSERT_STRING_EQUAL (error->message, message);
}

/* Entry I of TOPIC. */
static const LexEntry *
entry (const LexTopic *topic, guint i)
{
  CU_ASSERT_FATAL (i < topic->entries->len);
  return g_ptr_array_index (topic->entries, i);
}

/* The words of entry E as "s:stem e:form p:prefix" (kind letter, key). */
static char *
words_of (const LexEntry *e)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < e->n_words; i++)
    g_string_append_printf (s, "%s%c:%s", i > 0 ? " " : "",
                            "sep"[e->words[i].kind], e->words[i].key);
  return g_string_free (s, FALSE);
}

/* Asserts entry I of TOPIC: its words, weight, line and spelling. */
static void
check_entry (const LexTopic *topic, guint i, const char *words,
             double weight, guint line, const char *spelling)
{
  const LexEntry *e = entry (topic, i);
  g_autofree char *got = words_of (e);
  if (strcmp (got, words) != 0)
    printf ("\n  entry %u words: got '%s', expected '%s'\n", i, got, words);
  CU_ASSERT_STRING_EQUAL (got, words);
  CU_ASSERT_DOUBLE_EQUAL (e->weight, weight, 1e-12);
  CU_ASSERT_EQUAL (e->line, line);
  CU_ASSERT_STRING_EQUAL (e->spelling, spelling);
}

/* ---- errors ---- */

static void
test_error_directives (void)
{
  expect_error ("peace\n@topics x\n",
                "lex/peace.lex:2: unknown directive '@topics'");
  expect_error ("@\npeace\n", "lex/peace.lex:1: unknown directive '@'");
  expect_error ("@Topic x\npeace\n",
                "lex/peace.lex:1: unknown directive '@Topic'");
  expect_error ("peace\n\n@topic\n",
                "lex/peace.lex:3: directive '@topic' needs a value");
  expect_error ("@source   # nothing but a comment\npeace\n",
                "lex/peace.lex:1: directive '@source' needs a value");
  expect_error ("@description a\npeace\n@description b\n",
                "lex/peace.lex:3: directive '@description' is already "
                "given on line 1");
  expect_error ("@topic peace talks\npeace\n",
                "lex/peace.lex:1: a topic name is one word with no ':': "
                "'peace talks'");
  expect_error ("@topic a:b\npeace\n",
                "lex/peace.lex:1: a topic name is one word with no ':': "
                "'a:b'");
}

static void
test_error_language (void)
{
  expect_error ("peace\n@language german\n",
                "lex/peace.lex:2: lexicon language 'german' differs from "
                "the run's language 'english' (use -l)");
  g_autoptr (LexTopic) t = parse_ok ("@language English\npeace\n");
  CU_ASSERT_STRING_EQUAL (t->language, "English");
}

static void
test_error_weights (void)
{
  static const char *const bad[] = {
    "0", "-1", "inf", "nan", "1e999", "abc", "2 3", "0x10", "1e-999",
    "2,5", "-0", "."
  };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *data = g_strdup_printf ("war\nfire | %s\n", bad[i]);
      g_autofree char *msg = g_strdup_printf (
        "lex/peace.lex:2: bad weight '%s' (a positive number is needed)",
        bad[i]);
      expect_error (data, msg);
    }
  /* "fire |": the bar ends the line, so the weight is empty. */
  expect_error ("fire |\n",
                "lex/peace.lex:1: bad weight '' (a positive number is "
                "needed)");
}

static void
test_error_bars (void)
{
  /* A weight without white space on a side: the line as it should be. */
  expect_error ("fire|2\n", "lex/peace.lex:1: stray '|' (a weight needs white space on both sides of the '|': 'fire | 2')");
  expect_error ("war\nfire |2\n", "lex/peace.lex:2: stray '|' (a weight needs white space on both sides of the '|': 'fire | 2')");
  expect_error ("air  strike&conflict |0.5\n", "lex/peace.lex:1: stray '|' (a weight needs white space on both sides of the '|': 'air  strike&conflict | 0.5')");
  /* No such hint where the fix is not that: a stop phrase, a second
   * weight, no weight after the '|'. */
  expect_error ("!fire |2\n", "lex/peace.lex:1: stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')");
  expect_error ("fire |2 | 3\n", "lex/peace.lex:1: stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')");
  expect_error ("fire |x\n", "lex/peace.lex:1: stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')");
  expect_error ("a | b | 2\n", "lex/peace.lex:1: stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')");
  expect_error ("a|b\n", "lex/peace.lex:1: stray '|' (a weight is written 'ENTRY | 2', with spaces around the '|')");
  expect_error (" | 2\n", "lex/peace.lex:1: empty entry");
  expect_error ("war\n|\n", "lex/peace.lex:2: empty entry");
}

static void
test_error_tokens (void)
{
  expect_error ("war\n  --  \n", "lex/peace.lex:2: entry has no tokens");
  expect_error ("-- ... | 2\n", "lex/peace.lex:1: entry has no tokens");
}

static void
test_error_markers (void)
{
  expect_error ("esc*lat\n",
                "lex/peace.lex:1: '*' only at the end of a word: 'esc*lat'");
  expect_error ("war **\n",
                "lex/peace.lex:1: '*' only at the end of a word: '**'");
  expect_error ("*war\n",
                "lex/peace.lex:1: '*' only at the end of a word: '*war'");
  expect_error ("=escalat*\n",
                "lex/peace.lex:1: a word cannot be both exact (=) and a "
                "prefix (*): '=escalat*'");
  expect_error ("peace =\n", "lex/peace.lex:1: '=' must be followed by a "
                "word");
  expect_error ("peace *\n", "lex/peace.lex:1: '*' must follow a word");
  expect_error ("=no-fly\n",
                "lex/peace.lex:1: '=no-fly' must be exactly one token");
  expect_error ("=U.S.\n",
                "lex/peace.lex:1: '=U.S.' must be exactly one token");
  expect_error ("U.S*\n", "lex/peace.lex:1: 'U.S*' must be exactly one "
                "token");
  /* "don'" tokenizes to "don": the apostrophe is not between letters. */
  expect_error ("=don'\n",
                "lex/peace.lex:1: '=don'' must be exactly one token");
  expect_error ("==kiev\n",
                "lex/peace.lex:1: '==kiev' must be exactly one token");
}

static void
test_error_utf8 (void)
{
  expect_error ("war\npe\xffsce\n", "lex/peace.lex:2: invalid UTF-8");
}

static void
test_error_no_entries (void)
{
  expect_error ("", "lex/peace.lex: no entries");
  expect_error ("# just a comment\n@topic x\n\n   \n",
                "lex/peace.lex: no entries");
}

static void
test_error_line_numbers (void)
{
  /* CRLF, a BOM, comments and blank lines all count as lines as usual. */
  expect_error ("\xEF\xBB\xBF# c\r\n\r\nwar\r\n@bogus 1\r\n",
                "lex/peace.lex:4: unknown directive '@bogus'");
  /* The first bad line stops: line 2, not line 3. */
  expect_error ("war\nfire | 0\n@bogus\n",
                "lex/peace.lex:2: bad weight '0' (a positive number is "
                "needed)");
}

/* ---- entry forms ---- */

static void
test_entry_word (void)
{
  g_autoptr (LexTopic) t = parse_ok ("offensive\n");
  CU_ASSERT_EQUAL (t->entries->len, 1);
  check_entry (t, 0, "s:offens", 1.0, 1, "offensive");
  CU_ASSERT_PTR_NOT_NULL (t->trie);
  CU_ASSERT_EQUAL (t->n_duplicates, 0);
  CU_ASSERT_EQUAL (t->duplicates->len, 0);
  CU_ASSERT_STRING_EQUAL (t->file, "lex/peace.lex");
}

static void
test_entry_phrase (void)
{
  /* Case folded, stemmed, white space collapsed in the spelling. */
  g_autoptr (LexTopic) t = parse_ok ("  Launch \t Offensive  \n");
  check_entry (t, 0, "s:launch s:offens", 1.0, 1, "Launch Offensive");
}

static void
test_entry_hyphenated (void)
{
  /* "no-fly" gives two tokens; "fly" stems to "fli". */
  g_autoptr (LexTopic) t = parse_ok ("no-fly zone | 2\nno fly zones\n");
  CU_ASSERT_EQUAL (t->entries->len, 1);
  CU_ASSERT_EQUAL (t->n_duplicates, 1);
  check_entry (t, 0, "s:no s:fli s:zone", 2.0, 1, "no-fly zone");
  /* A word with no tokens inside an entry adds nothing. */
  g_autoptr (LexTopic) u = parse_ok ("peace -- talks\n");
  check_entry (u, 0, "s:peac s:talk", 1.0, 1, "peace -- talks");
}

static void
test_entry_prefix_exact (void)
{
  g_autoptr (LexTopic) t = parse_ok ("Escalat*\n=Kiev\n=Russia's talks\n");
  CU_ASSERT_EQUAL (t->entries->len, 3);
  check_entry (t, 0, "p:escalat", 1.0, 1, "Escalat*");
  check_entry (t, 1, "e:kiev", 1.0, 2, "=Kiev");
  check_entry (t, 2, "e:russia's s:talk", 1.0, 3, "=Russia's talks");
  CU_ASSERT_EQUAL (t->n_duplicates, 0);
  /* U+2019 folds to ': line 2 is the same as line 1. */
  g_autoptr (LexTopic) u = parse_ok ("=Russia's\n=russia\xE2\x80\x99s\n");
  CU_ASSERT_EQUAL (u->entries->len, 1);
  CU_ASSERT_EQUAL (u->n_duplicates, 1);
}

static void
test_entry_weights (void)
{
  g_autoptr (LexTopic) t = parse_ok ("artillery fire | 2\nwar | 0.5\n"
                                     "shelling\t|\t1e1\nstrike | +3 \n"
                                     "raid | 2.50\n");
  check_entry (t, 0, "s:artilleri s:fire", 2.0, 1, "artillery fire");
  check_entry (t, 1, "s:war", 0.5, 2, "war");
  check_entry (t, 2, "s:shell", 10.0, 3, "shelling");
  check_entry (t, 3, "s:strike", 3.0, 4, "strike");
  check_entry (t, 4, "s:raid", 2.5, 5, "raid");
}

static void
test_entry_comments (void)
{
  g_autoptr (LexTopic) t = parse_ok ("# heading\n"
                                     "war # a note\n"
                                     "   # indented comment\n"
                                     "C# | 2 # weight then comment\n"
                                     "fire\t#tab before\n");
  CU_ASSERT_EQUAL (t->entries->len, 3);
  check_entry (t, 0, "s:war", 1.0, 2, "war");
  /* '#' inside a word is not a comment; '#' is no token character. */
  check_entry (t, 1, "s:c", 2.0, 4, "C#");
  check_entry (t, 2, "s:fire", 1.0, 5, "fire");
}

static void
test_entry_directives (void)
{
  g_autoptr (LexTopic) t = parse_ok ("@topic  calm  \n"
                                     "@description Words of  peace\n"
                                     "@language english\n"
                                     "@source Field et al. 2018 # cited\n"
                                     "peace\n");
  CU_ASSERT_STRING_EQUAL (t->name, "calm");
  CU_ASSERT_STRING_EQUAL (t->description, "Words of  peace");
  CU_ASSERT_STRING_EQUAL (t->language, "english");
  CU_ASSERT_STRING_EQUAL (t->source, "Field et al. 2018");
  check_entry (t, 0, "s:peac", 1.0, 5, "peace");
}

static void
test_entry_default_name (void)
{
  g_autoptr (LexTopic) t = parse_ok ("peace\n");
  CU_ASSERT_STRING_EQUAL (t->name, "peace");
  CU_ASSERT_PTR_NULL (t->description);
  CU_ASSERT_PTR_NULL (t->language);
  CU_ASSERT_PTR_NULL (t->source);
  g_autoptr (LexTopic) u = parse_as ("dir/my-aid.txt", "aid\n", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (u);
  CU_ASSERT_STRING_EQUAL (u->name, "my-aid.txt");
}

static void
test_entry_bom_crlf (void)
{
  g_autoptr (LexTopic) t = parse_ok ("\xEF\xBB\xBF@topic t\r\nwar\r\n\r\n"
                                     "peace talks | 2\r\nlast");
  CU_ASSERT_STRING_EQUAL (t->name, "t");
  CU_ASSERT_EQUAL (t->entries->len, 3);
  check_entry (t, 0, "s:war", 1.0, 2, "war");
  check_entry (t, 1, "s:peac s:talk", 2.0, 4, "peace talks");
  check_entry (t, 2, "s:last", 1.0, 5, "last");
}

/* ---- dedupe ---- */

static void
test_dedupe (void)
{
  /* offensive and offensives both stem to "offens". */
  g_autoptr (LexTopic) t = parse_ok ("offensive | 2\nwar\n"
                                     "Offensives | 3\n=kiev\nkiev\n"
                                     "=Kiev | 4\nescalat*\nEscalat* | 5\n"
                                     "escalat\n");
  CU_ASSERT_EQUAL (t->n_duplicates, 3);
  CU_ASSERT_EQUAL_FATAL (t->entries->len, 6);
  check_entry (t, 0, "s:offens", 2.0, 1, "offensive");
  check_entry (t, 1, "s:war", 1.0, 2, "war");
  /* "=kiev" (exact) and "kiev" (stem) differ. */
  check_entry (t, 2, "e:kiev", 1.0, 4, "=kiev");
  check_entry (t, 3, "s:kiev", 1.0, 5, "kiev");
  check_entry (t, 4, "p:escalat", 1.0, 7, "escalat*");
  /* The prefix "escalat" and the stem "escalat" differ by kind. */
  check_entry (t, 5, "s:escalat", 1.0, 9, "escalat");
  /* Each dropped entry is recorded with its line, its spelling and the
   * index of the entry it repeats: line 3 repeats entry 0 (line 1), line
   * 6 entry 2 (line 4, "=kiev"), line 8 entry 4 (line 7, "escalat*"). */
  CU_ASSERT_EQUAL_FATAL (t->duplicates->len, 3);
  static const struct { guint line; const char *spelling; guint kept; } want[] = {
    { 3, "Offensives", 0 }, { 6, "=Kiev", 2 }, { 8, "Escalat*", 4 },
  };
  for (guint i = 0; i < 3; i++)
    {
      const LexDuplicate *d = &g_array_index (t->duplicates, LexDuplicate, i);
      CU_ASSERT_EQUAL (d->line, want[i].line);
      CU_ASSERT_STRING_EQUAL (d->spelling, want[i].spelling);
      CU_ASSERT_EQUAL (d->kept, want[i].kept);
    }
}

/* ---- loading ---- */

/* Writes DATA to DIR/NAME; returns the path. */
static char *
write_file (const char *dir, const char *name, const char *data)
{
  char *path = g_build_filename (dir, name, NULL);
  CU_ASSERT_FATAL (g_file_set_contents (path, data, -1, NULL));
  return path;
}

/* Removes DIR and the files in it. */
static void
remove_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (dir);
}

/* Loads PATHS, expecting failure with CODE and MESSAGE. */
static void
expect_load_error (const char *const *paths, guint n, int code,
                   const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingLexicon) lex = lexicon_load (paths, n, fixture_stemmer (),
                                                 &error);
  CU_ASSERT_PTR_NULL (lex);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, code));
  if (strcmp (error->message, message) != 0)
    printf ("\n  got:      %s\n  expected: %s\n", error->message, message);
  CU_ASSERT_STRING_EQUAL (error->message, message);
}

static void
test_load_directory_order (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lexXXXXXX", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  g_autofree char *b = write_file (dir, "b.lex", "war\n");
  g_autofree char *a = write_file (dir, "a.lex", "# a\n@topic zeta\npeace\n");
  g_autofree char *c = write_file (dir, "c.txt", "ignored\n");
  g_autofree char *h = write_file (dir, ".hidden.lex", "ignored\n");
  g_autofree char *B = write_file (dir, "B.lex", "aid\n");
  g_autofree char *extra = g_build_filename (dir, "c.txt", NULL);

  const char *paths[] = { dir, extra };
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingLexicon) lex = lexicon_load (paths, 2, fixture_stemmer (),
                                                 &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lex);
  /* Name order is byte order: "B.lex" < "a.lex" < "b.lex"; then the file
   * given by name, whatever its extension. */
  CU_ASSERT_EQUAL_FATAL (lex->topics->len, 4);
  const char *want[] = { "B", "zeta", "b", "c.txt" };
  for (guint i = 0; i < 4; i++)
    {
      const LexTopic *t = g_ptr_array_index (lex->topics, i);
      CU_ASSERT_STRING_EQUAL (t->name, want[i]);
      CU_ASSERT_EQUAL (lexicon_find_topic (lex, want[i]), (int) i);
    }
  CU_ASSERT_EQUAL (lexicon_find_topic (lex, "a"), -1);
  const LexTopic *t1 = g_ptr_array_index (lex->topics, 1);
  CU_ASSERT_STRING_EQUAL (t1->file, a);
  check_entry (t1, 0, "s:peac", 1.0, 3, "peace");

  g_autoptr (FramingLexicon) none = lexicon_load (NULL, 0, fixture_stemmer (), NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (none);
  CU_ASSERT_EQUAL (none->topics->len, 0);
  remove_dir (dir);
}

static void
test_load_duplicate_topic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lexXXXXXX", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  g_autofree char *a = write_file (dir, "a.lex", "calm\n@topic peace\n");
  g_autofree char *b = write_file (dir, "b.lex", "war\n\n@topic peace\n");
  g_autofree char *msg = g_strdup_printf (
    "%s:3: topic 'peace' is already defined in %s", b, a);
  const char *paths[] = { dir };
  expect_load_error (paths, 1, FRAMING_ERROR_LEXICON, msg);

  /* A default name clashes on line 1; the same file twice clashes too. */
  g_autofree char *p = write_file (dir, "peace.lex", "calm\n");
  const char *paths2[] = { p, a };
  g_autofree char *msg2 = g_strdup_printf (
    "%s:2: topic 'peace' is already defined in %s", a, p);
  expect_load_error (paths2, 2, FRAMING_ERROR_LEXICON, msg2);
  const char *paths3[] = { a, p };
  g_autofree char *msg3 = g_strdup_printf (
    "%s:1: topic 'peace' is already defined in %s", p, a);
  expect_load_error (paths3, 2, FRAMING_ERROR_LEXICON, msg3);
  remove_dir (dir);
}

static void
test_load_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lexXXXXXX", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  g_autofree char *txt = write_file (dir, "notes.txt", "war\n");

  const char *paths[] = { dir };
  g_autofree char *msg = g_strdup_printf ("%s: no .lex files", dir);
  expect_load_error (paths, 1, FRAMING_ERROR_LEXICON, msg);

  g_autofree char *missing = g_build_filename (dir, "missing.lex", NULL);
  const char *paths2[] = { missing };
  g_autofree char *msg2 = g_strdup_printf (
    "%s: cannot open: No such file or directory", missing);
  expect_load_error (paths2, 1, FRAMING_ERROR_IO, msg2);

  /* A bad line in a directory's file names that file. */
  g_autofree char *bad = write_file (dir, "z.lex", "war\nfire | x\n");
  g_autofree char *msg3 = g_strdup_printf (
    "%s:2: bad weight 'x' (a positive number is needed)", bad);
  expect_load_error (paths, 1, FRAMING_ERROR_LEXICON, msg3);

  g_autofree char *empty = write_file (dir, "z.lex", "# nothing\n");
  g_autofree char *msg4 = g_strdup_printf ("%s: no entries", empty);
  expect_load_error (paths, 1, FRAMING_ERROR_LEXICON, msg4);

  g_autofree char *lang = write_file (dir, "z.lex", "@language french\nx\n");
  g_autofree char *msg5 = g_strdup_printf (
    "%s:1: lexicon language 'french' differs from the run's language "
    "'english' (use -l)", lang);
  expect_load_error (paths, 1, FRAMING_ERROR_LEXICON, msg5);
  remove_dir (dir);
}

static void
test_cleanup (void)
{
  fixture_stemmer_free ();
  lex_topic_free (NULL);
  lexicon_free (NULL);
}

/* lex_edges_first () finds the first hash at or above the one asked, as
 * a scan would, in arrays of every length up to 70 with runs of equal
 * hashes, for hashes below, between, on and above those held. */
static void
test_edges_first (void)
{
  guint32 hashes[70];
  for (guint n = 0; n <= G_N_ELEMENTS (hashes); n++)
    {
      for (guint i = 0; i < n; i++)
        hashes[i] = 10 * (i - i % 3 / 2) + 5; /* pairs of equal hashes */
      LexEdges edges = { .hashes = hashes, .n = n };
      for (guint32 h = 0; h <= 10 * n + 10; h++)
        {
          guint want = 0;
          while (want < n && hashes[want] < h)
            want++;
          CU_ASSERT_EQUAL (lex_edges_first (&edges, h), want);
        }
    }
  LexEdges top = { .hashes = (guint32[]) { 1, G_MAXUINT32 }, .n = 2 };
  CU_ASSERT_EQUAL (lex_edges_first (&top, G_MAXUINT32), 1);
  CU_ASSERT_EQUAL (lex_edges_first (&top, 0), 0);
}

/* Sorts guint32 values, for qsort. */
static int
u32_compare (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return (x > y) - (x < y);
}

/* lex_edges_lookup () finds the first edge of a hash, or none, as a scan
 * would: through the filter and the binary search at small nodes, through
 * the index past LEX_INDEX_MIN edges; hashes spread over the whole range,
 * some of them twice. */
static void
test_edges_lookup (void)
{
  guint32 hashes[300];
  guint32 x = 12345;
  for (guint n = 0; n <= G_N_ELEMENTS (hashes); n += n < 40 ? 1 : 37)
    {
      for (guint i = 0; i < n; i++)
        {
          x = x * 1664525u + 1013904223u;
          hashes[i] = i % 5 == 4 ? hashes[i - 1] : x;
        }
      qsort (hashes, n, sizeof *hashes, u32_compare);
      LexEdges edges = { .hashes = hashes, .n = n };
      lex_edges_build_lookup (&edges);
      CU_ASSERT_EQUAL (edges.index != NULL, n > LEX_INDEX_MIN);
      for (guint i = 0; i < 3 * n + 20; i++)
        {
          guint32 h;
          if (i < n)
            h = hashes[i];
          else if (i < 3 * n)
            h = hashes[i % n] + (i < 2 * n ? 1 : -1);
          else
            h = x = x * 1664525u + 1013904223u;
          guint want = 0;
          while (want < n && hashes[want] != h)
            want++;
          CU_ASSERT_EQUAL (lex_edges_lookup (&edges, h), want);
        }
      g_free (edges.index);
    }
}

static void
test_stop_and_context_syntax (void)
{
  g_autoptr (LexTopic) t = parse_ok ("@require conflict\n"
                                     "!heart  attack\n"
                                     "talks & conflict | 2\n"
                                     "deal & conflict & !trade\n"
                                     "AT&T\n");
  check_entry (t, 0, "s:heart s:attack", 1.0, 2, "heart attack");
  CU_ASSERT_TRUE (entry (t, 0)->stop);
  CU_ASSERT_PTR_NULL (entry (t, 0)->contexts);
  check_entry (t, 1, "s:talk", 2.0, 3, "talks");
  CU_ASSERT_FALSE (entry (t, 1)->stop);
  CU_ASSERT_EQUAL (g_strv_length (entry (t, 1)->contexts), 1);
  CU_ASSERT_STRING_EQUAL (entry (t, 1)->contexts[0], "conflict");
  check_entry (t, 2, "s:deal", 1.0, 4, "deal");
  CU_ASSERT_STRING_EQUAL (entry (t, 2)->contexts[1], "!trade");
  /* A '&' inside a word is punctuation. */
  check_entry (t, 3, "s:at s:t", 1.0, 5, "AT&T");
  CU_ASSERT_PTR_NULL (entry (t, 3)->contexts);
  CU_ASSERT_EQUAL (g_strv_length (t->requires), 1);
  CU_ASSERT_EQUAL (t->require_line, 1);
  CU_ASSERT_FALSE (t->is_context);
  g_autofree char *w0 = lex_entry_written (entry (t, 0));
  g_autofree char *w2 = lex_entry_written (entry (t, 2));
  CU_ASSERT_STRING_EQUAL (w0, "!heart attack");
  CU_ASSERT_STRING_EQUAL (w2, "deal & conflict & !trade");

  /* Same words, other contexts: an alternative; same contexts, or a stop
   * phrase: a duplicate. */
  g_autoptr (LexTopic) a = parse_ok ("dead & war\ndead & crime\n"
                                     "Dead & war\n!dead\ndeath\n");
  CU_ASSERT_EQUAL (a->entries->len, 3);
  CU_ASSERT_EQUAL (entry (a, 0)->alt, 1);
  CU_ASSERT_EQUAL (entry (a, 1)->alt, -1);
  CU_ASSERT_EQUAL (entry (a, 2)->alt, -1);
  CU_ASSERT_EQUAL (a->n_duplicates, 2);
  CU_ASSERT_EQUAL (g_array_index (a->duplicates, LexDuplicate, 0).kept, 0);
  CU_ASSERT_EQUAL (g_array_index (a->duplicates, LexDuplicate, 1).kept, 0);

  g_autoptr (LexTopic) c = parse_ok ("war\n@context conflict\n");
  CU_ASSERT_TRUE (c->is_context);
  CU_ASSERT_STRING_EQUAL (c->name, "conflict");
  CU_ASSERT_EQUAL (c->name_line, 2);
}

/* lexicon_link () with topics parsed from TEXTS (NULL-terminated). */
static gboolean
link_texts (GError **error, FramingLexicon **out, const char *first, ...)
{
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                lex_topic_free);
  va_list ap;
  va_start (ap, first);
  for (const char *d = first; d != NULL; d = va_arg (ap, const char *))
    {
      g_autofree char *file = g_strdup_printf ("lex/%u.lex", lex->topics->len);
      g_ptr_array_add (lex->topics, parse_as (file, d, NULL));
    }
  va_end (ap);
  gboolean ok = lexicon_link (lex, fixture_stemmer (), error);
  *out = lex;
  return ok;
}

static void
test_link (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FramingLexicon) lex = NULL;
  CU_ASSERT_TRUE (link_texts (&error, &lex, "@context trade\ntariff\n",
                              "@require conflict\ntalks & !trade\n",
                              "@context conflict\nwar\n", NULL));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL_FATAL (lex->topics->len, 1);
  CU_ASSERT_EQUAL_FATAL (lex->contexts->len, 2);
  CU_ASSERT_STRING_EQUAL (((LexTopic *) g_ptr_array_index (lex->contexts, 0))->name,
                          "trade");
  /* conflict is bit 1, trade bit 0; @require adds to the entry's own. */
  const LexEntry *e = g_ptr_array_index (((LexTopic *) g_ptr_array_index (
      lex->topics, 0))->entries, 0);
  CU_ASSERT_EQUAL (e->require, 2u);
  CU_ASSERT_EQUAL (e->exclude, 1u);
  CU_ASSERT_PTR_NOT_NULL (lex->cues);

  g_autoptr (GError) e1 = NULL;
  g_autoptr (FramingLexicon) l1 = NULL;
  CU_ASSERT_FALSE (link_texts (&e1, &l1, "peace\ntalks & conflict\n", NULL));
  CU_ASSERT_STRING_EQUAL (e1 != NULL ? e1->message : "",
                          "lex/0.lex:2: unknown context list 'conflict' (load "
                          "the file that declares '@context conflict' too)");
  g_autoptr (GError) e2 = NULL;
  g_autoptr (FramingLexicon) l2 = NULL;
  CU_ASSERT_FALSE (link_texts (&e2, &l2, "@context c\nwar\n",
                               "@context c\ntroops\n", "peace\n", NULL));
  CU_ASSERT_STRING_EQUAL (e2 != NULL ? e2->message : "",
                          "lex/1.lex:1: context list 'c' is already defined in "
                          "lex/0.lex");
  g_autoptr (GError) e3 = NULL;
  g_autoptr (FramingLexicon) l3 = NULL;
  CU_ASSERT_FALSE (link_texts (&e3, &l3, "@context c\nwar & d\n", "peace\n",
                               NULL));
  CU_ASSERT_STRING_EQUAL (e3 != NULL ? e3->message : "",
                          "lex/0.lex:2: an entry of a context list takes no "
                          "context");
}

/* The words of each entry and their marker, for tables: no entry's word
 * keeps the = or * that a spreadsheet would read as a formula or that
 * would make the word hard to filter on. */
static void
test_entry_words_marker (void)
{
  g_autoptr (LexTopic) t = parse_ok ("=kiev\nescalat*\npeace\npeace talks\n"
                                     "=air strike*\nde-escalation\n"
                                     "!=peace =talks\n");
  static const char *const want[][2] = {
    { "kiev", "exact" }, { "escalat", "prefix" }, { "peace", "stem" },
    { "peace talks", "phrase" }, { "air strike", "exact prefix" },
    { "de-escalation", "stem" }, { "peace talks", "exact exact" },
  };
  CU_ASSERT_EQUAL_FATAL (t->entries->len, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const LexEntry *e = g_ptr_array_index (t->entries, i);
      g_autofree char *words = lex_entry_words (e);
      g_autofree char *marker = lex_entry_marker (e);
      CU_ASSERT_STRING_EQUAL (words, want[i][0]);
      CU_ASSERT_STRING_EQUAL (marker, want[i][1]);
    }
}

static const UnitCase cases[] = {
  { "error: directives", test_error_directives },
  { "error: @language mismatch", test_error_language },
  { "error: bad weights", test_error_weights },
  { "error: stray bars and empty entries", test_error_bars },
  { "error: entry with no tokens", test_error_tokens },
  { "error: = and * markers", test_error_markers },
  { "error: invalid UTF-8", test_error_utf8 },
  { "error: no entries", test_error_no_entries },
  { "error: line numbers", test_error_line_numbers },
  { "entry: word", test_entry_word },
  { "entry: phrase", test_entry_phrase },
  { "entry: words and marker", test_entry_words_marker },
  { "entry: hyphenated", test_entry_hyphenated },
  { "entry: prefix and exact", test_entry_prefix_exact },
  { "entry: weights", test_entry_weights },
  { "entry: comments", test_entry_comments },
  { "entry: directives", test_entry_directives },
  { "entry: default topic name", test_entry_default_name },
  { "entry: BOM and CRLF", test_entry_bom_crlf },
  { "dedupe", test_dedupe },
  { "trie: edge search", test_edges_first },
  { "trie: edge look-up", test_edges_lookup },
  { "load: directory in name order", test_load_directory_order },
  { "load: duplicate topic", test_load_duplicate_topic },
  { "load: errors", test_load_errors },
  { "stop phrases and contexts: syntax", test_stop_and_context_syntax },
  { "lexicon_link", test_link },
  { "cleanup", test_cleanup },
  { NULL, NULL }
};

UNIT_MAIN ("lexicon", cases)
