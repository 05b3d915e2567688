/* test_oddinput.c - unit tests of the reader (input.c and the files of
 * input-private.h) on the inputs that people put in a corpus by mistake or
 * in another shape: files of a folder that are not regular files (walk.c,
 * instream.c), manifests separated by semicolons or tabs (manifest.c),
 * UTF-16 text with a byte order mark (utf8fix.c and its readers), and
 * duplicates (dupes.c, repeats_text_key ()).
 *
 * A program of its own beside test_input.c, which is at its size limit;
 * files are written into a temporary directory by the tests themselves.
 */
#include "framing.h"
#include "input-private.h"
#include "scratch.h"
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* A fresh temporary directory. */
static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *d = g_dir_make_tmp ("framing-oddinput-XXXXXX", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  return d;
}

/* Collects a warning into the GPtrArray DATA. */
static void
collect_warning (const char *message, gpointer data)
{
  g_ptr_array_add (data, g_strdup (message));
}

/* What a reader over OPTS and the NULL-terminated INPUTS handed out, one
 * line per item: "ID|WHERE|OUTLET|TEXT" for an article, "bad: MESSAGE"
 * for a bad input, "warn: MESSAGE" for a warning (in the order given);
 * or "fatal: MESSAGE" alone when the reader could not be made. */
static GPtrArray *
read_all (InputOptions *opts, const char *const *inputs)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) warns = g_ptr_array_new_with_free_func (g_free);
  opts->warn = collect_warning;
  opts->warn_data = warns;
  guint n = 0;
  while (inputs != NULL && inputs[n] != NULL)
    n++;
  g_autoptr (GError) error = NULL;
  g_autoptr (InputReader) r = input_reader_new (opts, inputs, n, &error);
  if (r == NULL)
    {
      g_ptr_array_add (out, g_strdup_printf ("fatal: %s", error->message));
      return out;
    }
  for (;;)
    {
      FramingArticle *a = NULL;
      g_autoptr (GError) e = NULL;
      InputStatus st = input_reader_next (r, &a, &e);
      for (guint i = 0; i < warns->len; i++)
        g_ptr_array_add (out, g_strdup_printf ("warn: %s",
                                               (char *) warns->pdata[i]));
      g_ptr_array_set_size (warns, 0);
      if (st == INPUT_DONE)
        break;
      if (st == INPUT_BAD)
        g_ptr_array_add (out, g_strdup_printf ("bad: %s", e->message));
      else
        {
          const char *outlet = article_meta (a, "outlet");
          g_ptr_array_add (out, g_strdup_printf ("%s|%s|%s|%s", a->id, a->where,
                                                 outlet != NULL ? outlet : "",
                                                 a->text));
          article_free (a);
        }
    }
  return out;
}

/* Whether GOT (from read_all ()) holds exactly the NULL-terminated lines
 * WANT, each "%s" in them replaced by DIR; prints the difference. */
static gboolean
same_lines (GPtrArray *got, const char *dir, const char *const *want)
{
  gboolean ok = TRUE;
  guint n = 0;
  for (; want[n] != NULL; n++)
    {
      g_auto (GStrv) parts = g_strsplit (want[n], "%s", -1);
      g_autofree char *w = g_strjoinv (dir, parts);
      const char *g = n < got->len ? got->pdata[n] : "(none)";
      if (strcmp (g, w) != 0)
        {
          fprintf (stderr, "\n  line %u: '%s'\n  wanted  '%s'", n, g, w);
          ok = FALSE;
        }
    }
  for (guint i = n; i < got->len; i++)
    {
      fprintf (stderr, "\n  extra line %u: '%s'", i, (char *) got->pdata[i]);
      ok = FALSE;
    }
  return ok;
}

/* ------------------------------------------------------------------ */

/* A folder's file is opened without blocking and only if it is regular:
 * a named pipe with no writer (which open () would wait on for ever) is
 * refused at once with its type, through the folder or by path; a
 * regular file opens and reads as usual, in blocking mode. */
static void
test_open_folder_file (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  CU_ASSERT_FATAL (mkfifo (fifo, 0600) == 0);
  CU_ASSERT_FATAL (g_file_set_contents (plain, "peace\n", -1, NULL));
  int dfd = open (dir, O_RDONLY | O_DIRECTORY);
  CU_ASSERT_FATAL (dfd >= 0);
  for (int by_path = 0; by_path <= 1; by_path++)
    {
      Stream s;
      OpenAt at = { by_path ? -1 : dfd, "fifo.txt", 0 };
      CU_ASSERT_FALSE (stream_open (&s, fifo, &at, fifo, FALSE, FALSE));
      CU_ASSERT_EQUAL (at.odd, S_IFIFO);
      CU_ASSERT_EQUAL (errno, 0);
      OpenAt ok = { by_path ? -1 : dfd, "plain.txt", 0 };
      CU_ASSERT_FATAL (stream_open (&s, plain, &ok, plain, FALSE, FALSE));
      CU_ASSERT_EQUAL (ok.odd, 0);
      CU_ASSERT_EQUAL (fcntl (s.fd, F_GETFL) & O_NONBLOCK, 0);
      g_autoptr (GString) text = g_string_new (NULL);
      CU_ASSERT (stream_read_all (&s, text, NULL));
      CU_ASSERT_STRING_EQUAL (text->str, "peace\n");
      stream_close (&s);
      /* A name that is gone is an error, with errno, not a note. */
      OpenAt gone = { by_path ? -1 : dfd, "gone.txt", 0 };
      g_autofree char *gone_path = g_build_filename (dir, "gone.txt", NULL);
      CU_ASSERT_FALSE (stream_open (&s, gone_path, &gone, gone_path, FALSE, FALSE));
      CU_ASSERT_EQUAL (gone.odd, 0);
      CU_ASSERT_EQUAL (errno, ENOENT);
    }
  close (dfd);
  scratch_rm_rf (dir);
}

/* The manifest's separator comes from its header: the first of comma,
 * semicolon and tab that gives a "path" column, whatever the quoting;
 * rows are split at it; line numbers count the header's lines, blank
 * lines and a quoted line break. */
static void
test_manifest_separator (void)
{
  g_autofree char *dir = tmp_dir ();
  g_free (scratch_put (dir, "a.txt", "alpha\n", -1));
  struct {
    const char *manifest;
    const char *want[4];
  } cases[] = {
    /* Quoted names; a ';' inside quotes stays in its cell. */
    { "\"path\";\"outlet\"\na.txt;\"x;y\"\n",
      { "a.txt|%s/a.txt|x;y|alpha\n", NULL } },
    /* Under ',' the header has a path column: ';' is part of a cell. */
    { "path,\"a;b\"\na.txt,c;d\n",
      { "a.txt|%s/a.txt|a|alpha\n", NULL } },
    /* A BOM, blank lines, a quoted line break in a name and CR line
     * ends: the header spans lines 3-4, the missing file is on line 6. */
    { "\xEF\xBB\xBF\r\r\"no\nte\"\tPATH\r\r\"n\"\tgone.txt\r",
      { "bad: %s/m.csv:6: cannot open 'gone.txt': No such file or directory",
        NULL } },
    /* Tab wins over nothing, and ',' inside a tab-separated cell stays. */
    { "path\toutlet\na.txt\tA, B\n",
      { "a.txt|%s/a.txt|A, B|alpha\n", NULL } },
    /* No path column anywhere: the widest split is named. */
    { "\n\"Datei\";Quelle;Titel;x\n",
      { "fatal: %s/m.csv:2: no 'path' column: the header splits at semicolons "
        "into 'Datei', 'Quelle', 'Titel', 'x' (tried comma, semicolon and tab "
        "as the separator)", NULL } },
    /* An unterminated quote in the header. */
    { "path;\"outlet\na.txt;x\n",
      { "fatal: %s/m.csv:1: unterminated quoted field", NULL } },
    /* Invalid UTF-8 in the header is repaired and counted. */
    { "path;n\xFF\na.txt;x\n",
      { "a.txt|%s/a.txt|a|alpha\n",
        "warn: %s/m.csv: 1 invalid UTF-8 sequences replaced", NULL } },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *m = scratch_put (dir, "m.csv", cases[i].manifest, -1);
      InputOptions o = { .manifest = m };
      g_autoptr (GPtrArray) got = read_all (&o, NULL);
      CU_ASSERT (same_lines (got, dir, cases[i].want));
    }
  scratch_rm_rf (dir);
}

/* UTF-8 S as UTF-16 in ORDER (no byte order mark), LEN bytes. */
static char *
to_utf16 (const char *s, Utf16Order order, gsize *len)
{
  glong n = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (s, -1, NULL, &n, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (units);
  guchar *out = g_malloc ((gsize) n * 2 + 1);
  for (glong i = 0; i < n; i++)
    {
      guchar hi = (guchar) (units[i] >> 8), lo = (guchar) units[i];
      out[2 * i] = order == UTF16_BE ? hi : lo;
      out[2 * i + 1] = order == UTF16_BE ? lo : hi;
    }
  *len = (gsize) n * 2;
  return (char *) out;
}

/* UTF-16 in both byte orders decodes to the same UTF-8 however it is
 * cut into pieces (a piece may end inside a unit or between the two
 * units of a pair); lone surrogates and an odd last byte become U+FFFD
 * and are counted; byte order marks are told apart from UTF-32's. */
static void
test_utf16_decode (void)
{
  const char *text = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80z\n\xE4\xB8\xAD";
  for (int o = 0; o < 2; o++)
    {
      Utf16Order order = o == 0 ? UTF16_LE : UTF16_BE;
      gsize len;
      g_autofree char *u = to_utf16 (text, order, &len);
      for (gsize cut = 0; cut <= len; cut++)
        for (gsize cut2 = cut; cut2 <= len; cut2++)
          {
            Utf16Decoder d = { .order = order };
            g_autoptr (GString) out = g_string_new (NULL);
            guint bad = utf16_decode (&d, u, cut, FALSE, out);
            bad += utf16_decode (&d, u + cut, cut2 - cut, FALSE, out);
            bad += utf16_decode (&d, u + cut2, len - cut2, TRUE, out);
            CU_ASSERT_EQUAL (bad, 0);
            CU_ASSERT_STRING_EQUAL (out->str, text);
          }
    }
  /* LE: a lone low surrogate, a high one before 'x', 'y', a high one at
   * the end, then an odd byte: four replacements. */
  static const char bad_le[] = "\x00\xDC" "\x00\xD8" "x\x00" "y\x00" "\x3D\xD8" "q";
  Utf16Decoder d = { .order = UTF16_LE };
  g_autoptr (GString) out = g_string_new (NULL);
  CU_ASSERT_EQUAL (utf16_decode (&d, bad_le, sizeof bad_le - 1, TRUE, out), 4);
  CU_ASSERT_STRING_EQUAL (out->str, "\xEF\xBF\xBD\xEF\xBF\xBDxy\xEF\xBF\xBD\xEF\xBF\xBD");
  CU_ASSERT_EQUAL (utf16_bom ("\xFF\xFEx\x00", 4), UTF16_LE);
  CU_ASSERT_EQUAL (utf16_bom ("\xFE\xFF\x00x", 4), UTF16_BE);
  CU_ASSERT_EQUAL (utf16_bom ("\xFF\xFE\x00\x00", 4), UTF16_NONE);
  CU_ASSERT_EQUAL (utf16_bom ("\xFF", 1), UTF16_NONE);
  CU_ASSERT_EQUAL (utf16_bom ("\xEF\xBB\xBFx", 4), UTF16_NONE);
}

/* Writes UTF-8 TEXT to DIR/NAME as UTF-16 in ORDER after its byte order
 * mark; returns the path. */
static char *
put_utf16 (const char *dir, const char *name, const char *text, Utf16Order order)
{
  gsize len;
  g_autofree char *u = to_utf16 (text, order, &len);
  g_autoptr (GString) bytes = g_string_new (order == UTF16_BE ? "\xFE\xFF" : "\xFF\xFE");
  g_string_append_len (bytes, u, (gssize) len);
  return scratch_put (dir, name, bytes->str, (gssize) bytes->len);
}

/* Text files, JSON Lines and manifests with a UTF-16 byte order mark are
 * decoded, front matter and all, with a note each; a JSON Lines file over
 * several read chunks keeps every character, pairs cut between two
 * chunks included.  A UTF-8 byte order mark is dropped with a note.
 * Without a mark nothing is guessed: UTF-16 is read as UTF-8 bytes. */
static void
test_utf16_files (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *le = put_utf16 (dir, "le.txt", "---\r\noutlet: \xC3\x9C\r\n---\r\n"
                                   "Peace \xF0\x9F\x98\x80 war\r\n", UTF16_LE);
  g_autofree char *be = put_utf16 (dir, "be.txt", "war", UTF16_BE);
  g_autofree char *bom8 = scratch_put (dir, "bom8.txt", "\xEF\xBB\xBFpeace", -1);
  g_autofree char *nobom = scratch_put (dir, "nobom.txt", "w\0a\0r\0", 6);
  const char *inputs[] = { le, be, bom8, nobom, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) got = read_all (&o, inputs);
  const char *want[] = {
    "warn: %s/le.txt: UTF-16 (little endian), by its byte order mark: converted to UTF-8",
    "%s/le.txt|%s/le.txt|\xC3\x9C|Peace \xF0\x9F\x98\x80 war\r\n",
    "warn: %s/be.txt: UTF-16 (big endian), by its byte order mark: converted to UTF-8",
    "%s/be.txt|%s/be.txt|be|war",
    "warn: %s/bom8.txt: UTF-8 byte order mark dropped",
    "%s/bom8.txt|%s/bom8.txt|bom8|peace",
    "%s/nobom.txt|%s/nobom.txt|nobom|w", /* "w\0a\0r\0": text stops at NUL */
    NULL
  };
  CU_ASSERT (same_lines (got, dir, want));

  /* JSON Lines over three read chunks: each line holds a pair, and the
   * lines' lengths are odd in units, so that chunk ends fall everywhere. */
  g_autoptr (GString) jl = g_string_new (NULL);
  guint n_lines = 0;
  for (; jl->len < 3 * READ_CHUNK / 2; n_lines++)
    g_string_append_printf (jl, "{\"id\":\"%u\",\"text\":\"%.*s\xF0\x9F\x98\x80%u\"}\n",
                            n_lines, (int) (n_lines % 7), "abcdefg", n_lines);
  g_autofree char *jpath = put_utf16 (dir, "big.jsonl", jl->str, UTF16_LE);
  const char *jinputs[] = { jpath, NULL };
  InputOptions jo = { 0 };
  g_autoptr (GPtrArray) jgot = read_all (&jo, jinputs);
  CU_ASSERT_EQUAL_FATAL (jgot->len, n_lines + 1);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autofree char *w = g_strdup_printf ("%u|%s/big.jsonl:%u|big|%.*s\xF0\x9F\x98\x80%u",
                                            i, dir, i + 1, (int) (i % 7), "abcdefg", i);
      CU_ASSERT_STRING_EQUAL (jgot->pdata[i + 1], w);
    }

  /* A manifest saved as "Unicode text": UTF-16, tab-separated. */
  g_autofree char *m = put_utf16 (dir, "m.txt", "path\toutlet\r\nbe.txt\t\xC3\x9C\r\n",
                                  UTF16_LE);
  InputOptions mo = { .manifest = m };
  g_autoptr (GPtrArray) mgot = read_all (&mo, NULL);
  const char *mwant[] = {
    "warn: %s/m.txt: UTF-16 (little endian), by its byte order mark: converted to UTF-8",
    "warn: %s/be.txt: UTF-16 (big endian), by its byte order mark: converted to UTF-8",
    "be.txt|%s/be.txt|\xC3\x9C|war",
    NULL
  };
  CU_ASSERT (same_lines (mgot, dir, mwant));
  scratch_rm_rf (dir);
}

/* The set of keys seen gives back the name each key was first met
 * under, for keys whose names went to the temporary file (past 1 MiB of
 * names) and for those still in memory; a key met again keeps its first
 * name; key 0 is a key like any other. */
static void
test_dupes (void)
{
  Dupes *d = dupes_new ();
  const guint n = 60000;   /* names of 30 bytes: 1.8 MB */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("corpus/outlet/article-%07u.txt", i);
      guint64 key = (guint64) i * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      CU_ASSERT_PTR_NULL (dupes_check (d, key, name));
    }
  for (guint i = 0; i < n; i += 997)
    {
      guint64 key = (guint64) i * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      g_autofree char *want = g_strdup_printf ("corpus/outlet/article-%07u.txt", i);
      g_autofree char *first = dupes_check (d, key, "later");
      CU_ASSERT_STRING_EQUAL (first, want);
    }
  g_autofree char *last = dupes_check (d, (guint64) (n - 1)
                                       * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15),
                                       "later");
  CU_ASSERT_STRING_EQUAL (last, "corpus/outlet/article-0059999.txt");
  g_autofree char *zero = dupes_check (d, 0, "again");
  CU_ASSERT_STRING_EQUAL (zero, "corpus/outlet/article-0000000.txt");
  dupes_free (d);
}

/* The key of a text sets aside line ends, blank lines and white space at
 * the ends of lines, and nothing else: not case, not the white space
 * inside a line, not the order or the split of lines. */
static void
test_text_key (void)
{
#define KEY(s) repeats_text_key ((s), strlen (s))
  guint64 base = KEY ("Peace talks\nresumed today.");
  CU_ASSERT_NOT_EQUAL (base, 0);
  CU_ASSERT_EQUAL (KEY ("Peace talks\r\n\r\n\t resumed today.  \r\n"), base);
  CU_ASSERT_EQUAL (KEY ("\n\n  Peace talks \nresumed today.\n\n"), base);
  CU_ASSERT_NOT_EQUAL (KEY ("peace talks\nresumed today."), base);
  CU_ASSERT_NOT_EQUAL (KEY ("Peace  talks\nresumed today."), base);
  CU_ASSERT_NOT_EQUAL (KEY ("Peace talks resumed today."), base);
  CU_ASSERT_NOT_EQUAL (KEY ("resumed today.\nPeace talks"), base);
  CU_ASSERT_NOT_EQUAL (KEY ("Peace talks\nresumed today.\nresumed today."), base);
  CU_ASSERT_EQUAL (KEY (""), 0);
  CU_ASSERT_EQUAL (KEY (" \r\n\t\n"), 0);
  CU_ASSERT_NOT_EQUAL (KEY ("a"), KEY ("b"));
  /* Worked out while repeated lines are removed, it is the key of what
   * is left (the repeated line is not in it). */
  static const char *const texts[] = {
    "Peace talks\r\n\r\n\t resumed today.  \r\n",
    "A line long enough to be a repeat, forty characters and more.\n"
    "short\n  A line long enough to be a repeat, forty characters and more. \n",
    "", "\n \n", "no line end",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GString) buf = g_string_new (texts[i]);
      guint64 key = 42;
      repeats_remove_keyed (buf, &key);
      CU_ASSERT_EQUAL (key, KEY (buf->str));
    }
  g_autoptr (GString) rep = g_string_new (texts[1]);
  guint64 key = 0;
  CU_ASSERT_EQUAL (repeats_remove_keyed (rep, &key), 1);
  CU_ASSERT_EQUAL (key, KEY ("A line long enough to be a repeat, forty characters and "
                             "more.\nshort"));
#undef KEY
}

static const UnitCase cases[] = {
  { "a folder's file: never blocks, regular only", test_open_folder_file },
  { "manifest separator", test_manifest_separator },
  { "UTF-16 decoding in pieces", test_utf16_decode },
  { "UTF-16 files, JSON Lines and manifests", test_utf16_files },
  { "keys seen and their first names", test_dupes },
  { "the key of a text", test_text_key },
  { NULL, NULL }
};

UNIT_MAIN ("oddinput", cases)
