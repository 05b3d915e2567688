/* test_lexicon_import.c - unit tests of the dictionaries of other tools
 * (lexicon-import.c): the LIWC, quanteda YAML and Lexicoder readers, the
 * translation of their patterns and the notes on what does not translate,
 * bad lines with FILE:LINE, topics compiled at the source's lines; and the
 * export (lexicon-export.c), read back by the import. */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "framing.h"
#include "lexicon-import.h"
#include "lexicon.h"
#include "fixture.h"
#include "unit.h"

/* Imports DATA as FILE (its format from the name), which must work; the
 * notes go to NOTES when given. */
static LexImport *
import_ok (const char *file, const char *data, GPtrArray *notes)
{
  g_autoptr (GError) error = NULL;
  LexImport *imp = lex_import_parse (file, data, strlen (data),
                                     lex_format_of_path (file), notes, &error);
  if (error != NULL)
    printf ("\nunexpected error: %s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  return imp;
}

/* Asserts that importing DATA as FILE fails with MESSAGE. */
static void
import_fails (const char *file, const char *data, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LexImport) imp = lex_import_parse (file, data, strlen (data),
                                                lex_format_of_path (file),
                                                NULL, &error);
  if (imp != NULL)
    printf ("\n  no error for: %s\n", data);
  CU_ASSERT_PTR_NULL (imp);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_LEXICON));
  if (strcmp (error->message, message) != 0)
    printf ("\n  got:      %s\n  expected: %s\n", error->message, message);
  CU_ASSERT_STRING_EQUAL (error->message, message);
}

/* Topic T of IMP as "name: entry@line, entry@line". */
static char *
topic_summary (const LexImport *imp, guint t)
{
  CU_ASSERT_FATAL (t < imp->topics->len);
  const LexImportTopic *topic = g_ptr_array_index (imp->topics, t);
  GString *s = g_string_new (topic->name);
  g_string_append (s, ":");
  for (guint e = 0; e < topic->entries->len; e++)
    g_string_append_printf (s, "%s %s@%u", e > 0 ? "," : "",
                            (const char *) g_ptr_array_index (topic->entries, e),
                            g_array_index (topic->lines, guint, e));
  return g_string_free (s, FALSE);
}

/* Asserts topic T of IMP (see topic_summary). */
static void
check_topic (const LexImport *imp, guint t, const char *expected)
{
  g_autofree char *got = topic_summary (imp, t);
  if (strcmp (got, expected) != 0)
    printf ("\n  got:      %s\n  expected: %s\n", got, expected);
  CU_ASSERT_STRING_EQUAL (got, expected);
}

/* Asserts that NOTES are EXPECTED (NULL-terminated), in order. */
static void
check_notes (const GPtrArray *notes, const char *const *expected)
{
  guint n = g_strv_length ((char **) expected);
  for (guint i = 0; i < MAX (n, notes->len); i++)
    {
      const char *got = i < notes->len ? notes->pdata[i] : "(none)";
      const char *want = i < n ? expected[i] : "(none)";
      if (strcmp (got, want) != 0)
        printf ("\n  note %u got:      %s\n  note %u expected: %s\n", i, got,
                i, want);
      CU_ASSERT_STRING_EQUAL (got, want);
    }
}

static void
test_format_of_path (void)
{
  CU_ASSERT_EQUAL (lex_format_of_path ("a/b.dic"), LEX_FORMAT_LIWC);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.DIC"), LEX_FORMAT_LIWC);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.yml"), LEX_FORMAT_YAML);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.yaml"), LEX_FORMAT_YAML);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.lc3"), LEX_FORMAT_LEXICODER);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.lcd"), LEX_FORMAT_LEXICODER);
  CU_ASSERT_EQUAL (lex_format_of_path ("b.lex"), LEX_FORMAT_LEX);
  CU_ASSERT_EQUAL (lex_format_of_path ("dir.dic/peace"), LEX_FORMAT_LEX);
  CU_ASSERT_EQUAL (lex_format_of_path ("noext"), LEX_FORMAT_LEX);
}

/* LIWC: the category table, exact words, prefixes, a word in two
 * categories, a phrase (TAB-separated), words split into tokens. */
static void
test_liwc (void)
{
  const char *dic =
    "%\n"
    "1\tpeace\t(Peace and talks)\n"
    "2\twar\n"
    "%\n"
    "ceasefire\t1\n"
    "mediat*\t1\n"
    "attack*\t2\n"
    "fight\t1 2\n"
    "peace talks\t1\n"
    "no-fly\t2\n"
    "Kiev's\t2\n";
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) imp = import_ok ("d.dic", dic, notes);
  CU_ASSERT_EQUAL_FATAL (imp->topics->len, 2);
  check_topic (imp, 0, "peace: =ceasefire@5, mediat*@6, =fight@8, "
               "=peace =talks@9");
  check_topic (imp, 1, "war: attack*@7, =fight@8, =no =fly@10, =kiev's@11");
  const LexImportTopic *t = g_ptr_array_index (imp->topics, 0);
  CU_ASSERT_STRING_EQUAL (t->description, "Peace and talks");
  CU_ASSERT_EQUAL (t->line, 2);
  CU_ASSERT_EQUAL (notes->len, 0);
}

/* LIWC patterns that do not translate are left out, each with a note. */
static void
test_liwc_notes (void)
{
  const char *dic =
    "%\n"
    "1\tpos:emo\n"
    "2\tempty\n"
    "%\n"
    "good\t1\n"
    "wom?n\t1\n"
    "*ness\t1\n"
    "g*d\t1\n"
    ":)\t1\n"
    "like\t1 02/1\n"
    "lonely\n";
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) imp = import_ok ("d.dic", dic, notes);
  CU_ASSERT_EQUAL_FATAL (imp->topics->len, 1);
  check_topic (imp, 0, "pos_emo: =good@5, =like@10");
  const char *expected[] = {
    "d.dic:2: warning: category 'pos:emo' is named 'pos_emo'",
    "d.dic:6: warning: 'wom?n': '?' (any one character) has no equivalent "
    "in framing: left out",
    "d.dic:7: warning: '*ness': framing has '*' only at the end of a word: "
    "left out",
    "d.dic:8: warning: 'g*d': framing has '*' only at the end of a word: "
    "left out",
    "d.dic:9: warning: ':)': ':)' has no letter or digit, which framing "
    "matches: left out",
    "d.dic:10: warning: 'like': '02/1' (a conditional category) does not "
    "translate: left out",
    "d.dic:11: warning: 'lonely' is in no category: left out",
    "d.dic:3: warning: category 'empty' has no pattern that translates: "
    "left out",
    NULL
  };
  check_notes (notes, expected);
}

static void
test_liwc_errors (void)
{
  import_fails ("d.dic", "1\tpeace\n%\n",
                "d.dic:1: a LIWC dictionary begins with a '%' line");
  import_fails ("d.dic", "%\npeace\n%\n",
                "d.dic:2: a category line is 'NUMBER<TAB>NAME': 'peace'");
  import_fails ("d.dic", "%\n1\tpeace\n%\ntalks\t3\n",
                "d.dic:4: unknown category 3");
  import_fails ("d.dic", "%\n1\tpeace\n1\twar\n%\n",
                "d.dic:3: category number 1 is already given on line 2");
  import_fails ("d.dic", "%\n1\tpeace\n2\tpeace\n%\n",
                "d.dic:3: category 'peace' is already defined on line 2");
  import_fails ("d.dic", "%\n%\n", "d.dic:2: no category between the '%' lines");
  import_fails ("d.dic", "%\n1\tpeace\n", "d.dic: no category table between "
                "two '%' lines");
  import_fails ("d.dic", "%\n1\tpeace\n%\nw\377r\t1\n", "d.dic:4: invalid UTF-8");
  import_fails ("d.dic", "%\n1\tpeace\n%\nwom?n\t1\n",
                "d.dic: no category with a pattern framing can use");
}

/* Lexicoder: "+category" lines and their patterns, CRLF and a BOM. */
static void
test_lexicoder (void)
{
  const char *lc3 =
    "\xEF\xBB\xBF+negative\r\n"
    "abandon*\r\n"
    "a lie*\r\n"
    "\r\n"
    "+positive\r\n"
    "ABLE\r\n"
    "accomplish?\r\n";
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) imp = import_ok ("d.lc3", lc3, notes);
  CU_ASSERT_EQUAL_FATAL (imp->topics->len, 2);
  check_topic (imp, 0, "negative: abandon*@2, =a lie*@3");
  check_topic (imp, 1, "positive: =able@6");
  const char *expected[] = {
    "d.lc3:7: warning: 'accomplish?': '?' (any one character) has no "
    "equivalent in framing: left out",
    NULL
  };
  check_notes (notes, expected);
  import_fails ("d.lcd", "abandon*\n+negative\n",
                "d.lcd:1: a pattern before the first '+category' line");
  import_fails ("d.lcd", "+\nabandon\n", "d.lcd:1: a category needs a name");
}

/* quanteda YAML: nested keys joined with '.', the sequence styles R's
 * yaml writes (items at the key's indentation) and indented ones, flow
 * sequences, one scalar, quotes and comments. */
static void
test_yaml (void)
{
  const char *yml =
    "---\n"
    "# a comment\n"
    "economy:\n"
    "- inflation\n"
    "- \"interest rate*\"   # a phrase\n"
    "politics:\n"
    "  domestic:\n"
    "    - election*\n"
    "    - 'voter''s'\n"
    "  foreign: [treaty, \"sanction*\", 'g7']\n"
    "\"war talk\": war\n";
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) imp = import_ok ("d.yml", yml, notes);
  CU_ASSERT_EQUAL_FATAL (imp->topics->len, 4);
  check_topic (imp, 0, "economy: =inflation@4, =interest rate*@5");
  check_topic (imp, 1, "politics.domestic: election*@8, =voter's@9");
  check_topic (imp, 2, "politics.foreign: =treaty@10, sanction*@10, =g7@10");
  check_topic (imp, 3, "war_talk: =war@11");
  const char *expected[] = {
    "d.yml:11: warning: category 'war talk' is named 'war_talk'",
    NULL
  };
  check_notes (notes, expected);

  /* R's yaml writes nested lists at their key's indentation. */
  g_autoptr (LexImport) r = import_ok ("r.yml", "a:\n  b:\n  - x\n  - y\n"
                                       "  c:\n  - z\n", NULL);
  CU_ASSERT_EQUAL_FATAL (r->topics->len, 2);
  check_topic (r, 0, "a.b: =x@3, =y@4");
  check_topic (r, 1, "a.c: =z@6");
}

/* YAML notes: an empty key, globs framing has not. */
static void
test_yaml_notes (void)
{
  const char *yml =
    "a:\n"
    "  - \"*tion\"\n"
    "  - wom?n\n"
    "  - ok\n"
    "b:\n"
    "c:\n"
    "  - \"?\"\n";
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LexImport) imp = import_ok ("d.yaml", yml, notes);
  CU_ASSERT_EQUAL_FATAL (imp->topics->len, 1);
  check_topic (imp, 0, "a: =ok@4");
  const char *expected[] = {
    "d.yaml:2: warning: '*tion': framing has '*' only at the end of a word: "
    "left out",
    "d.yaml:3: warning: 'wom?n': '?' (any one character) has no equivalent "
    "in framing: left out",
    "d.yaml:5: warning: category 'b' has no patterns: left out",
    "d.yaml:7: warning: '?': '?' (any one character) has no equivalent in "
    "framing: left out",
    "d.yaml:6: warning: category 'c' has no pattern that translates: left out",
    NULL
  };
  check_notes (notes, expected);
}

static void
test_yaml_errors (void)
{
  import_fails ("d.yml", "- war\n", "d.yml:1: a pattern outside any category");
  import_fails ("d.yml", "a:\n\t- war\n",
                "d.yml:2: a tab in the indentation (YAML indents with spaces)");
  import_fails ("d.yml", "a:\n  - *tion\n", "d.yml:2: '*' begins a YAML "
                "feature that dictionaries do not use (quote a pattern that "
                "begins with '*')");
  import_fails ("d.yml", "a: &x\n", "d.yml:1: '&' begins a YAML feature that "
                "dictionaries do not use (quote a pattern that begins with '&')");
  import_fails ("d.yml", "a:\n  - war\na:\n  - peace\n",
                "d.yml:3: key 'a' is already given on line 1");
  import_fails ("d.yml", "a:\n  - war\n  b:\n    - x\n",
                "d.yml:3: key 'b' among the patterns of 'a'");
  import_fails ("d.yml", "a:\n  b:\n    - x\n  - y\n",
                "d.yml:4: a pattern among the keys of 'a'");
  import_fails ("d.yml", "a:\n  - \"war\n", "d.yml:2: a quoted string must "
                "end on its line");
  import_fails ("d.yml", "a: [war, peace\n",
                "d.yml:1: a list '[a, b]' must end on its line");
  import_fails ("d.yml", "just text\n",
                "d.yml:1: expected 'KEY:' or '- PATTERN'");
  import_fails ("d.yml", "a:\n  - - war\n",
                "d.yml:2: a list item must be one pattern");
}

/* A compiled topic: the lexicon parser's keys, and its duplicates at the
 * dictionary's lines. */
static void
test_compile (void)
{
  const char *dic =
    "%\n"
    "1\tpeace\n"
    "%\n"
    "talks\t1\n"
    "truce*\t1\n"
    "Talks\t1\n";
  g_autoptr (LexImport) imp = import_ok ("d.dic", dic, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LexTopic) topic = lex_import_topic_compile (imp, 0,
                                                         fixture_stemmer (),
                                                         &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (topic);
  CU_ASSERT_STRING_EQUAL (topic->name, "peace");
  CU_ASSERT_STRING_EQUAL (topic->file, "d.dic");
  CU_ASSERT_EQUAL (topic->name_line, 2);
  CU_ASSERT_EQUAL_FATAL (topic->entries->len, 2);
  const LexEntry *e = g_ptr_array_index (topic->entries, 0);
  CU_ASSERT_EQUAL (e->words[0].kind, LEX_WORD_EXACT);
  CU_ASSERT_STRING_EQUAL (e->words[0].key, "talks");
  CU_ASSERT_EQUAL (e->line, 4);
  e = g_ptr_array_index (topic->entries, 1);
  CU_ASSERT_EQUAL (e->words[0].kind, LEX_WORD_PREFIX);
  CU_ASSERT_STRING_EQUAL (e->words[0].key, "truce");
  CU_ASSERT_EQUAL (e->line, 5);
  CU_ASSERT_EQUAL_FATAL (topic->duplicates->len, 1);
  CU_ASSERT_EQUAL (g_array_index (topic->duplicates, LexDuplicate, 0).line, 6);
  g_autofree char *text = lex_import_topic_text (imp, 0);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\n@topic peace\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\ntruce*"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "# line 5\n"));
}

/* Writes LEXICON in FORMAT into a string (the notes to NOTES). */
static char *
export_to_string (const FramingLexicon *lexicon, LexFormat format,
                  GPtrArray *notes)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&buf, &size);
  CU_ASSERT_PTR_NOT_NULL_FATAL (out);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (lex_export (out, lexicon, format, notes, &error));
  fclose (out);
  return buf;
}

/* A lexicon of the topics given as .lex texts (NULL-terminated pairs of
 * file name and text), linked. */
static FramingLexicon *
lexicon_of (const char *const *files)
{
  FramingLexicon *lex = g_new0 (FramingLexicon, 1);
  lex->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                lex_topic_free);
  for (const char *const *f = files; *f != NULL; f += 2)
    {
      LexTopic *t = lexicon_parse_topic (f[0], f[1], strlen (f[1]),
                                         fixture_stemmer (), NULL);
      CU_ASSERT_PTR_NOT_NULL_FATAL (t);
      g_ptr_array_add (lex->topics, t);
    }
  CU_ASSERT_TRUE_FATAL (lexicon_link (lex, fixture_stemmer (), NULL));
  return lex;
}

static const char *const roundtrip_files[] = {
  "peace.lex",
  "=ceasefire\nmediat*\n=peace =talks\ntruce | 2\n!peace prize\n"
  "talks & conflict\n=no =fly zone*\n",
  "war.lex",
  "=attack\nbomb*\n=ceasefire\n",
  "c.lex", "@context conflict\ntroops\n",
  NULL
};

/* Export to LIWC: the dictionary, and a note for each thing lost. */
static void
test_export_liwc (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of (roundtrip_files);
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dic = export_to_string (lex, LEX_FORMAT_LIWC, notes);
  CU_ASSERT_STRING_EQUAL (dic,
    "%\n1\tpeace\n2\twar\n%\n"
    "ceasefire\t1\t2\nmediat*\t1\npeace talks\t1\ntruce\t1\n"
    "no fly zone*\t1\nattack\t2\nbomb*\t2\n");
  const char *expected[] = {
    "peace.lex:4: warning: 'truce': weight 2 dropped (every hit counts 1)",
    "peace.lex:4: warning: 'truce': matched by stem here, only as written "
    "there",
    "peace.lex:5: warning: '!peace prize': a stop phrase cannot be expressed "
    "(the entries inside it will count there): left out",
    "peace.lex:6: warning: 'talks & conflict': contexts cannot be expressed: "
    "left out",
    "warning: 1 context list not written (a dictionary has only categories): "
    "conflict",
    "warning: negation is not written: a negated hit counts as a hit there",
    NULL
  };
  check_notes (notes, expected);
}

/* Export, then import: the exact words and prefixes come back as they
 * were, in LIWC and in YAML (in LIWC, a word of two categories is one
 * line, where the first category put it). */
static void
test_roundtrip (void)
{
  g_autoptr (FramingLexicon) lex = lexicon_of (roundtrip_files);
  static const struct { LexFormat format; const char *file; } formats[] = {
    { LEX_FORMAT_LIWC, "x.dic" }, { LEX_FORMAT_YAML, "x.yml" }
  };
  for (gsize f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *text = export_to_string (lex, formats[f].format, NULL);
      g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (LexImport) imp = import_ok (formats[f].file, text, notes);
      CU_ASSERT_EQUAL (notes->len, 0);
      CU_ASSERT_EQUAL_FATAL (imp->topics->len, 2);
      g_autofree char *peace = topic_summary (imp, 0);
      g_autofree char *war = topic_summary (imp, 1);
      /* Drop the lines, which differ between the formats. */
      GRegex *at = g_regex_new ("@[0-9]+", 0, 0, NULL);
      g_autofree char *p = g_regex_replace_literal (at, peace, -1, 0, "", 0, NULL);
      g_autofree char *w = g_regex_replace_literal (at, war, -1, 0, "", 0, NULL);
      g_regex_unref (at);
      CU_ASSERT_STRING_EQUAL (p, "peace: =ceasefire, mediat*, =peace =talks, "
                              "=truce, =no =fly zone*");
      CU_ASSERT_STRING_EQUAL (w, formats[f].format == LEX_FORMAT_LIWC
                                 ? "war: =ceasefire, =attack, bomb*"
                                 : "war: =attack, bomb*, =ceasefire");
    }
}

/* YAML export quotes every pattern and any key that needs it. */
static void
test_export_yaml (void)
{
  const char *const files[] = { "a.lex", "@topic a.b\n=war\n",
                                "c.lex", "@topic c#d\nquote\"d\n", NULL };
  g_autoptr (FramingLexicon) lex = lexicon_of (files);
  g_autofree char *yml = export_to_string (lex, LEX_FORMAT_YAML, NULL);
  CU_ASSERT_STRING_EQUAL (yml,
    "# A dictionary for quanteda, written by framing lexicon --export yaml.\n"
    "a.b:\n  - \"war\"\n"
    "\"c#d\":\n  - \"quote\\\"d\"\n");
}

static void
test_cleanup (void)
{
  fixture_stemmer_free ();
}

static const UnitCase cases[] = {
  { "format of a path", test_format_of_path },
  { "LIWC", test_liwc },
  { "LIWC notes", test_liwc_notes },
  { "LIWC errors", test_liwc_errors },
  { "Lexicoder", test_lexicoder },
  { "YAML", test_yaml },
  { "YAML notes", test_yaml_notes },
  { "YAML errors", test_yaml_errors },
  { "compiled topic", test_compile },
  { "export LIWC", test_export_liwc },
  { "export, import", test_roundtrip },
  { "export YAML", test_export_yaml },
  { "cleanup", test_cleanup },
  { NULL, NULL }
};

UNIT_MAIN ("lexicon-import", cases)
