/* test_input.c - unit tests of input.c: manifests, front matter, metadata
 * precedence, directories, gzip, JSON Lines, UTF-8 repair, repeated lines.
 *
 * Static fixtures live in tests/data/input/; files whose exact bytes
 * matter (CRLF, BOM, invalid UTF-8, gzip, dot files, symlinks) are written
 * into a temporary directory by the tests themselves.
 */
#include "framing.h"
#include "input.h"
#include "scratch.h"
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <zlib.h>

#define DATA TESTS_DIR "/data/input"

/* One result of input_reader_next. */
typedef struct {
  InputStatus st;
  FramingArticle *a;  /* INPUT_ARTICLE */
  char *msg;          /* INPUT_BAD */
} Item;

/* Frees one Item. */
static void
item_free (gpointer p)
{
  Item *it = p;
  article_free (it->a);
  g_free (it->msg);
  g_free (it);
}

/* Collects a warning into the GPtrArray DATA. */
static void
collect_warning (const char *message, gpointer data)
{
  g_ptr_array_add (data, g_strdup (message));
}

/* Every item of a reader over OPTS and INPUTS (NULL-terminated); warnings
 * go to WARNS when not NULL. */
static GPtrArray *
run (InputOptions *opts, const char *const *inputs, GPtrArray *warns)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (item_free);
  guint n = 0;
  while (inputs != NULL && inputs[n] != NULL)
    n++;
  opts->warn = warns != NULL ? collect_warning : NULL;
  opts->warn_data = warns;
  g_autoptr (GError) error = NULL;
  g_autoptr (InputReader) r = input_reader_new (opts, inputs, n, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  for (;;)
    {
      Item *it = g_new0 (Item, 1);
      GError *e = NULL;
      it->st = input_reader_next (r, &it->a, &e);
      if (it->st == INPUT_DONE)
        {
          g_free (it);
          break;
        }
      if (it->st == INPUT_BAD)
        {
          CU_ASSERT_PTR_NOT_NULL (e);
          it->msg = g_strdup (e != NULL ? e->message : "");
          g_clear_error (&e);
        }
      g_ptr_array_add (items, it);
    }
  return items;
}

/* Item I of ITEMS, or NULL past the end. */
static Item *
item (GPtrArray *items, guint i)
{
  return i < items->len ? g_ptr_array_index (items, i) : NULL;
}

/* Whether item I is an article with this ID, WHERE and outlet (NULL: no
 * outlet). */
static gboolean
is_article (GPtrArray *items, guint i, const char *id, const char *where,
            const char *outlet)
{
  Item *it = item (items, i);
  if (it == NULL || it->st != INPUT_ARTICLE)
    return FALSE;
  const char *o = article_meta (it->a, "outlet");
  gboolean ok = strcmp (it->a->id, id) == 0 && strcmp (it->a->where, where) == 0
                && (outlet == NULL ? o == NULL : (o != NULL && strcmp (o, outlet) == 0));
  if (!ok)
    fprintf (stderr, "\n  item %u: id=%s where=%s outlet=%s\n", i, it->a->id,
             it->a->where, o != NULL ? o : "(null)");
  return ok;
}

/* Whether item I is INPUT_BAD with exactly MESSAGE. */
static gboolean
is_bad (GPtrArray *items, guint i, const char *message)
{
  Item *it = item (items, i);
  if (it == NULL || it->st != INPUT_BAD)
    return FALSE;
  if (strcmp (it->msg, message) != 0)
    fprintf (stderr, "\n  item %u: '%s'\n  wanted  '%s'\n", i, it->msg, message);
  return strcmp (it->msg, message) == 0;
}

/* The article of item I (the test stops when there is none). */
static FramingArticle *
art (GPtrArray *items, guint i)
{
  Item *it = item (items, i);
  CU_ASSERT_FATAL (it != NULL && it->a != NULL);
  return it->a;
}

/* Whether item I is an article whose metadata KEY is VALUE. */
static gboolean
meta_is (GPtrArray *items, guint i, const char *key, const char *value)
{
  Item *it = item (items, i);
  const char *v = it != NULL && it->a != NULL ? article_meta (it->a, key) : NULL;
  return v != NULL && strcmp (v, value) == 0;
}

/* Whether the text of item I is exactly TEXT (LEN bytes; -1: strlen). */
static gboolean
has_text (GPtrArray *items, guint i, const char *text, gssize len)
{
  Item *it = item (items, i);
  gsize n = len < 0 ? strlen (text) : (gsize) len;
  return it != NULL && it->st == INPUT_ARTICLE && it->a->len == n
         && memcmp (it->a->text, text, n) == 0 && it->a->text[n] == '\0';
}

/* A fresh temporary directory. */
static char *
tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *d = g_dir_make_tmp ("framing-input-XXXXXX", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  return d;
}

/* Writes LEN bytes gzip-compressed to DIR/REL; returns the file's path. */
static char *
put_gz (const char *dir, const char *rel, const char *bytes, gssize len)
{
  char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_mkdir_with_parents (parent, 0755);
  gzFile gz = gzopen (path, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL (gz);
  unsigned n = (unsigned) (len < 0 ? strlen (bytes) : (gsize) len);
  CU_ASSERT (gzwrite (gz, bytes, n) == (int) n);
  CU_ASSERT (gzclose (gz) == Z_OK);
  return path;
}

/* ------------------------------------------------------------------ */

/* Manifest: quoting, relative paths, missing file, field counts, empty
 * path, front matter under an empty cell, a JSONL row. */
static void
test_manifest_rows (void)
{
  InputOptions o = { .manifest = DATA "/manifest.csv" };
  g_autoptr (GPtrArray) items = run (&o, NULL, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 8);
  CU_ASSERT (is_article (items, 0, "docs/one.txt", DATA "/docs/one.txt", "CGTN"));
  CU_ASSERT (meta_is (items, 0, "title", "Hello, world"));
  CU_ASSERT (meta_is (items, 0, "date", "2023-01-01"));
  CU_ASSERT_PTR_NULL (article_meta (item (items, 0)->a, "path"));
  CU_ASSERT (has_text (items, 0, "One.\n", -1));
  /* "" is a quote; the quoted title spans lines 3-4. */
  CU_ASSERT (is_article (items, 1, "docs/two.txt", DATA "/docs/two.txt",
                         "The \"Epoch\" Times"));
  CU_ASSERT (meta_is (items, 1, "title", "Line one\nline two"));
  CU_ASSERT (is_bad (items, 2, DATA "/manifest.csv:5: cannot open 'missing.txt': "
                     "No such file or directory"));
  CU_ASSERT (is_bad (items, 3, DATA "/manifest.csv:6: expected 4 fields, found 3"));
  CU_ASSERT (is_bad (items, 4, DATA "/manifest.csv:7: empty path"));
  /* Empty outlet and title cells: the front matter's values stand. */
  CU_ASSERT (is_article (items, 5, "docs/three.md", DATA "/docs/three.md", "Front Three"));
  CU_ASSERT (meta_is (items, 5, "title", "FM Title"));
  CU_ASSERT (meta_is (items, 5, "lang", "en"));
  CU_ASSERT (has_text (items, 5, "Three.\n", -1));
  /* A JSONL row: the manifest's outlet and date beat the JSON fields. */
  CU_ASSERT (is_article (items, 6, "j1", DATA "/docs/four.jsonl:1", "J Outlet"));
  CU_ASSERT (meta_is (items, 6, "date", "2024-05-05"));
  CU_ASSERT (meta_is (items, 6, "source", "JSrc"));
  CU_ASSERT (is_article (items, 7, "docs/four.jsonl:2", DATA "/docs/four.jsonl:2",
                         "J Outlet"));
}

/* Manifest with a BOM, CRLF line ends, a CRLF inside quotes, a blank line
 * and header names to trim and lower-case; rows come before INPUTS. */
static void
test_manifest_crlf_bom (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *x = scratch_put (dir, "x.txt", "x\n", -1);
  g_autofree char *m = scratch_put (dir, "m.csv",
                            "\xEF\xBB\xBF Path ,OUTLET, Note\r\n"
                            "x.txt,\"a\r\nb\",\" n \"\r\n"
                            "\r\n"
                            "y.txt,Y,\r\n", -1);
  const char *inputs[] = { x, NULL };
  InputOptions o = { .manifest = m,
                     .keep_duplicates = TRUE };   /* x.txt is read twice */
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 3);
  /* Row 1 spans lines 2-3, line 4 is blank: row 2 starts on line 5. */
  CU_ASSERT (is_article (items, 0, "x.txt", x, "a\nb"));
  CU_ASSERT (meta_is (items, 0, "note", "n"));
  g_autofree char *want = g_strdup_printf ("%s:5: cannot open 'y.txt': %s", m,
                                           g_strerror (ENOENT));
  CU_ASSERT (is_bad (items, 1, want));
  /* Then the argument, with its base-name outlet. */
  CU_ASSERT (is_article (items, 2, x, x, "x"));
  scratch_rm_rf (dir);
}

/* Manifest: "source" is the outlet without an "outlet" column, not with
 * one; an absolute path is kept; an unbalanced quote ends the manifest. */
static void
test_manifest_source_and_quote (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *a = scratch_put (dir, "a.txt", "a\n", -1);
  g_autofree char *csv1 = g_strdup_printf ("path,source\n%s,Src\n", a);
  g_autofree char *m1 = scratch_put (dir, "m1.csv", csv1, -1);
  InputOptions o1 = { .manifest = m1 };
  g_autoptr (GPtrArray) i1 = run (&o1, NULL, NULL);
  CU_ASSERT_EQUAL_FATAL (i1->len, 1);
  CU_ASSERT (is_article (i1, 0, a, a, "Src"));
  CU_ASSERT (meta_is (i1, 0, "source", "Src"));

  g_autofree char *m2 = scratch_put (dir, "m2.csv", "source,path,outlet\nSrc,a.txt,\n", -1);
  InputOptions o2 = { .manifest = m2 };
  g_autoptr (GPtrArray) i2 = run (&o2, NULL, NULL);
  /* Empty outlet cell: the base name "a", not the source. */
  CU_ASSERT (is_article (i2, 0, "a.txt", a, "a"));

  g_autofree char *m3 = scratch_put (dir, "m3.csv",
                             "path,outlet\na.txt,\"open\na.txt,Z\n", -1);
  InputOptions o3 = { .manifest = m3 };
  g_autoptr (GPtrArray) i3 = run (&o3, NULL, NULL);
  CU_ASSERT_EQUAL_FATAL (i3->len, 1);
  g_autofree char *want = g_strdup_printf ("%s:2: unterminated quoted field", m3);
  CU_ASSERT (is_bad (i3, 0, want));
  scratch_rm_rf (dir);
}

/* Manifest errors that stop input_reader_new. */
static void
test_manifest_fatal (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *m = scratch_put (dir, "m.csv", "file,outlet\na.txt,A\n", -1);
  InputOptions o = { .manifest = m };
  g_autoptr (GError) error = NULL;
  InputReader *r = input_reader_new (&o, NULL, 0, &error);
  CU_ASSERT_PTR_NULL (r);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_INPUT));
  g_autofree char *want = g_strdup_printf ("%s:1: no 'path' column: the header "
                                           "splits at commas into 'file', "
                                           "'outlet' (tried comma, semicolon "
                                           "and tab as the separator)", m);
  CU_ASSERT_STRING_EQUAL (error->message, want);

  g_autoptr (GError) error2 = NULL;
  g_autofree char *gone = g_build_filename (dir, "nope.csv", NULL);
  o.manifest = gone;
  CU_ASSERT_PTR_NULL (input_reader_new (&o, NULL, 0, &error2));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error2);
  CU_ASSERT (g_error_matches (error2, FRAMING_ERROR, FRAMING_ERROR_IO));
  g_autofree char *want2 = g_strdup_printf ("%s: cannot open: %s", gone,
                                            g_strerror (ENOENT));
  CU_ASSERT_STRING_EQUAL (error2->message, want2);
  scratch_rm_rf (dir);
}

/* Front matter: comments, blank lines, quotes, lower-cased keys. */
static void
test_front_matter_values (void)
{
  const char *inputs[] = { DATA "/fm/quoted.txt", DATA "/fm/notfm.txt", NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 2);
  CU_ASSERT (is_article (items, 0, DATA "/fm/quoted.txt", DATA "/fm/quoted.txt",
                         "Quoted Outlet"));
  FramingArticle *a = item (items, 0)->a;
  CU_ASSERT_PTR_NOT_NULL_FATAL (a);
  CU_ASSERT (meta_is (items, 0, "title", "Single"));
  CU_ASSERT (meta_is (items, 0, "date", "2023-02-01"));
  /* Quotes that do not match are kept; an empty value is not stored. */
  CU_ASSERT (meta_is (items, 0, "mixed key", "\"unbalanced'"));
  CU_ASSERT_PTR_NULL (article_meta (a, "empty"));
  CU_ASSERT (has_text (items, 0, "Body line.\n", -1));
  /* " ---" is not a fence: the whole file is the body. */
  CU_ASSERT (is_article (items, 1, DATA "/fm/notfm.txt", DATA "/fm/notfm.txt", "notfm"));
  CU_ASSERT (has_text (items, 1, " ---\nkey: v\n---\nbody\n", -1));
}

/* Front matter errors, and CRLF fences with trailing blanks. */
static void
test_front_matter_errors (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *crlf = scratch_put (dir, "crlf.txt", "---  \r\nK: v\r\n--- \r\nbody\r\n", -1);
  g_autofree char *eof = scratch_put (dir, "eof.txt", "---\nk: v\n---", -1);
  const char *inputs[] = { DATA "/fm/unterminated.txt", DATA "/fm/badline.txt",
                           crlf, eof, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 4);
  CU_ASSERT (is_bad (items, 0, DATA "/fm/unterminated.txt:1: unterminated front matter"));
  CU_ASSERT (is_bad (items, 1, DATA "/fm/badline.txt:3: expected 'key: value' "
                     "in front matter"));
  CU_ASSERT (is_article (items, 2, crlf, crlf, "crlf"));
  CU_ASSERT (meta_is (items, 2, "k", "v"));
  CU_ASSERT (has_text (items, 2, "body\r\n", -1));
  /* A closing fence without a line break: an empty body, still an article. */
  CU_ASSERT (has_text (items, 3, "", 0));
  scratch_rm_rf (dir);
}

/* Precedence without a manifest: front matter > subdirectory > base name. */
static void
test_precedence_arguments (void)
{
  const char *inputs[] = { DATA "/prec", DATA "/prec/sub/plain.txt", NULL };
  InputOptions o = { .keep_duplicates = TRUE };   /* plain.txt is read twice */
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 4);
  CU_ASSERT (is_article (items, 0, DATA "/prec/sub/fm.txt", DATA "/prec/sub/fm.txt",
                         "Front"));
  CU_ASSERT (is_article (items, 1, DATA "/prec/sub/plain.txt",
                         DATA "/prec/sub/plain.txt", "sub"));
  CU_ASSERT (is_article (items, 2, DATA "/prec/top.txt", DATA "/prec/top.txt", "prec"));
  CU_ASSERT (is_article (items, 3, DATA "/prec/sub/plain.txt",
                         DATA "/prec/sub/plain.txt", "plain"));
}

/* Precedence with a manifest: manifest > front matter > subdirectory >
 * base name, also for a directory row. */
static void
test_precedence_manifest (void)
{
  InputOptions o = { .manifest = DATA "/prec.csv",
                     .keep_duplicates = TRUE };   /* rows name files twice */
  g_autoptr (GPtrArray) items = run (&o, NULL, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 6);
  /* Row "prec": the manifest's outlet beats front matter and subdirectory,
   * its empty title leaves the front matter's. */
  CU_ASSERT (is_article (items, 0, "prec/sub/fm.txt", DATA "/prec/sub/fm.txt",
                         "Manifest Dir"));
  CU_ASSERT (meta_is (items, 0, "title", "FM Title"));
  CU_ASSERT (is_article (items, 1, "prec/sub/plain.txt", DATA "/prec/sub/plain.txt",
                         "Manifest Dir"));
  CU_ASSERT (is_article (items, 2, "prec/top.txt", DATA "/prec/top.txt", "Manifest Dir"));
  CU_ASSERT (is_article (items, 3, "prec/sub/fm.txt", DATA "/prec/sub/fm.txt", "Front"));
  CU_ASSERT (is_article (items, 4, "prec/sub/fm.txt", DATA "/prec/sub/fm.txt",
                         "Manifest File"));
  CU_ASSERT (meta_is (items, 4, "title", "Manifest Title"));
  CU_ASSERT (is_article (items, 5, "prec/top.txt", DATA "/prec/top.txt", "top"));
}

/* Directory walk: strcmp order, filtering, dot names, gzip, JSONL inside,
 * symlink loops, a trailing slash, missing arguments. */
static void
test_directory_walk (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *d = g_build_filename (dir, "d", NULL);
  g_free (scratch_put (d, "B.txt", "B", -1));
  g_free (scratch_put (d, "a.html", "no", -1));
  g_free (scratch_put (d, "a.md", "a", -1));
  g_free (scratch_put (d, "w.TXT", "no", -1));
  g_free (scratch_put (d, ".hidden.txt", "no", -1));
  g_free (scratch_put (d, ".git/x.txt", "no", -1));
  g_free (scratch_put (d, "sub/z.txt", "z", -1));
  g_free (put_gz (d, "sub/deeper/y.txt.gz", "y", -1));
  g_free (scratch_put (d, "t.ndjson", "{\"text\":\"n\"}\n", -1));
  g_free (put_gz (d, "u.txt.gz", "u", -1));
  g_free (put_gz (d, "v.md.gz", "v", -1));
  g_free (scratch_put (d, "x.gz", "no", -1));
  g_autofree char *loop = g_build_filename (d, "sub", "loop", NULL);
  CU_ASSERT (symlink ("..", loop) == 0);
  g_autofree char *arg = g_strconcat (d, "/", NULL);
  g_autofree char *gone = g_build_filename (dir, "gone.txt", NULL);
  const char *inputs[] = { arg, gone, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 8);
  /* "B.txt" < "a.html" < "a.md" < "sub" < "t.ndjson" < "u.txt.gz" < "v.md.gz";
   * in sub: "deeper" < "loop" (back to d: skipped) < "z.txt". */
  const char *ids[] = { "B.txt", "a.md", "sub/deeper/y.txt.gz", "sub/z.txt",
                        "t.ndjson:1", "u.txt.gz", "v.md.gz" };
  const char *texts[] = { "B", "a", "y", "z", "n", "u", "v" };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *id = g_strconcat (arg, ids[i], NULL);
      const char *outlet = g_str_has_prefix (ids[i], "sub/") ? "sub" : "d";
      CU_ASSERT (is_article (items, i, id, id, outlet));
      CU_ASSERT (has_text (items, i, texts[i], -1));
    }
  g_autofree char *want = g_strdup_printf ("%s: cannot open: %s", gone,
                                           g_strerror (ENOENT));
  CU_ASSERT (is_bad (items, 7, want));
  scratch_rm_rf (dir);
}

/* An unreadable subdirectory is reported and the walk goes on (not
 * testable as root, where every directory is readable). */
static void
test_directory_unreadable (void)
{
  if (geteuid () == 0)
    return;
  g_autofree char *dir = tmp_dir ();
  g_free (scratch_put (dir, "a/x.txt", "x", -1));
  g_free (scratch_put (dir, "b.txt", "b", -1));
  g_autofree char *a = g_build_filename (dir, "a", NULL);
  chmod (a, 0);
  const char *inputs[] = { dir, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 2);
  g_autofree char *want = g_strdup_printf ("%s: cannot open directory: %s", a,
                                           g_strerror (EACCES));
  CU_ASSERT (is_bad (items, 0, want));
  CU_ASSERT_PTR_NOT_NULL (item (items, 1) != NULL ? item (items, 1)->a : NULL);
  scratch_rm_rf (dir);
}

/* gzip text and JSONL; a truncated and a fake gzip file; bytes counted
 * on disk. */
static void
test_gzip (void)
{
  g_autofree char *dir = tmp_dir ();
  GString *big = g_string_new (NULL);
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (big, "line %u of a long article\n", i);
  g_autofree char *txt = put_gz (dir, "big.txt.gz", big->str, (gssize) big->len);
  g_autofree char *jl = put_gz (dir, "c.jsonl.gz",
                                "{\"id\":\"g1\",\"text\":\"gz one\"}\n"
                                "{\"id\":\"g2\",\"text\":\"gz two\"}\n", -1);
  g_autofree char *whole = NULL;
  gsize whole_len;
  CU_ASSERT_FATAL (g_file_get_contents (txt, &whole, &whole_len, NULL));
  g_autofree char *cut = scratch_put (dir, "cut.txt.gz", whole, (gssize) (whole_len / 2));
  g_autofree char *fake = scratch_put (dir, "fake.txt.gz", "plain text\n", -1);
  const char *inputs[] = { txt, jl, cut, fake, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 5);
  CU_ASSERT (is_article (items, 0, txt, txt, "big"));
  CU_ASSERT (has_text (items, 0, big->str, (gssize) big->len));
  g_autofree char *w1 = g_strconcat (jl, ":1", NULL);
  g_autofree char *w2 = g_strconcat (jl, ":2", NULL);
  CU_ASSERT (is_article (items, 1, "g1", w1, "c"));
  CU_ASSERT (has_text (items, 1, "gz one", -1));
  CU_ASSERT (is_article (items, 2, "g2", w2, "c"));
  g_autofree char *m1 = g_strconcat (cut, ": truncated gzip data", NULL);
  g_autofree char *m2 = g_strconcat (fake, ": not a valid gzip file", NULL);
  CU_ASSERT (is_bad (items, 3, m1));
  CU_ASSERT (is_bad (items, 4, m2));
  g_string_free (big, TRUE);

  /* The byte count is the compressed size. */
  const char *one[] = { txt };
  g_autoptr (InputReader) r = input_reader_new (&o, one, 1, NULL);
  g_autoptr (FramingArticle) a = NULL;
  CU_ASSERT (input_reader_next (r, &a, NULL) == INPUT_ARTICLE);
  CU_ASSERT_EQUAL (input_reader_bytes (r), whole_len);
  scratch_rm_rf (dir);
}

/* JSONL fields with the default names. */
static void
test_jsonl_default_fields (void)
{
  const char *inputs[] = { DATA "/jsonl/fields.jsonl", NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  const char *f = DATA "/jsonl/fields.jsonl";
  CU_ASSERT_EQUAL_FATAL (items->len, 7);
  CU_ASSERT (is_article (items, 0, "a1", DATA "/jsonl/fields.jsonl:1", "Src A"));
  CU_ASSERT (meta_is (items, 0, "source", "Src A"));
  CU_ASSERT (meta_is (items, 0, "date", "2020"));
  CU_ASSERT_PTR_NULL (article_meta (item (items, 0)->a, "text"));
  CU_ASSERT (has_text (items, 0, "Alpha", -1));
  /* Line 2 is blank; an integer id; "outlet" beats "source". */
  CU_ASSERT (is_article (items, 1, "42", DATA "/jsonl/fields.jsonl:3", "Out B"));
  CU_ASSERT (has_text (items, 1, "Beta", -1));
  CU_ASSERT (meta_is (items, 1, "source", "S"));
  /* No id: FILE:LINE; no outlet field: the base name; "Extra" lower-cased,
   * the number n ignored. */
  CU_ASSERT (is_article (items, 2, DATA "/jsonl/fields.jsonl:4",
                         DATA "/jsonl/fields.jsonl:4", "fields"));
  CU_ASSERT (has_text (items, 2, "Gamma", -1));
  CU_ASSERT (meta_is (items, 2, "title", "T"));
  CU_ASSERT (meta_is (items, 2, "extra", "x"));
  CU_ASSERT_PTR_NULL (article_meta (item (items, 2)->a, "n"));
  g_autofree char *m5 = g_strconcat (f, ":5: not a JSON object", NULL);
  g_autofree char *m6 = g_strconcat (f, ":6: bad JSON at column ", NULL);
  g_autofree char *m7 = g_strconcat (f, ":7: no text field (tried text, content, body)",
                                     NULL);
  CU_ASSERT (is_bad (items, 3, m5));
  CU_ASSERT (item (items, 4) != NULL && item (items, 4)->st == INPUT_BAD
             && g_str_has_prefix (item (items, 4)->msg, m6)
             && strlen (item (items, 4)->msg) > strlen (m6));
  CU_ASSERT (is_bad (items, 5, m7));
  /* Line 8 is white space only; line 9 has no final newline. */
  CU_ASSERT (is_article (items, 6, "last", DATA "/jsonl/fields.jsonl:9", "fields"));
  CU_ASSERT (has_text (items, 6, "Delta", -1));
}

/* JSONL with custom field names, and --jsonl for any name. */
static void
test_jsonl_custom_fields (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *p = scratch_put (dir, "feed.txt",
                            "{\"headline\":\"H\",\"body\":\"B\",\"key\":\"k1\","
                            "\"pub\":\"P\",\"outlet\":\"O\",\"title\":\"T\"}\n"
                            "{\"body\":\"B2\"}\n", -1);
  const char *inputs[] = { p, NULL };
  InputOptions o = { .jsonl = TRUE, .text_field = "body", .id_field = "key",
                     .title_field = "headline", .outlet_field = "pub" };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 2);
  g_autofree char *w1 = g_strconcat (p, ":1", NULL);
  g_autofree char *w2 = g_strconcat (p, ":2", NULL);
  CU_ASSERT (is_article (items, 0, "k1", w1, "P"));
  CU_ASSERT (has_text (items, 0, "B", -1));
  CU_ASSERT (meta_is (items, 0, "title", "H"));
  CU_ASSERT (meta_is (items, 0, "pub", "P"));
  CU_ASSERT (is_article (items, 1, w2, w2, "feed"));

  InputOptions o2 = { .jsonl = TRUE, .text_field = "headline" };
  g_autoptr (GPtrArray) i2 = run (&o2, inputs, NULL);
  g_autofree char *m = g_strconcat (p, ":2: no text field (tried headline)", NULL);
  CU_ASSERT (has_text (i2, 0, "H", -1));
  CU_ASSERT (is_bad (i2, 1, m));
  scratch_rm_rf (dir);
}

/* Invalid UTF-8: maximal subparts, NUL kept, one warning per file. */
static void
test_invalid_utf8 (void)
{
  g_autofree char *dir = tmp_dir ();
  /* \xe2\x82 (truncated) -> 1; \xff\xfe -> 2; \xc0\xaf (overlong) -> 2;
   * \xed\xa0\x80 (surrogate) -> 3; \xf0\x9f\x98 at the end -> 1: 9. */
  static const char bytes[] = "a\xe2\x82" "b|\xff\xfe|\xc0\xaf|\xed\xa0\x80|x\0y|"
                              "\xf0\x9f\x98\x80|\xf4\x90\x80\x80|\xf0\x9f\x98";
  static const char want[] = "a\xEF\xBF\xBD" "b|\xEF\xBF\xBD\xEF\xBF\xBD|"
                             "\xEF\xBF\xBD\xEF\xBF\xBD|"
                             "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|x\0y|"
                             "\xf0\x9f\x98\x80|"
                             "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|"
                             "\xEF\xBF\xBD";
  g_autofree char *p = scratch_put (dir, "bad.txt", bytes, sizeof bytes - 1);
  g_autofree char *ok = scratch_put (dir, "ok.txt", "fine \xc3\xa9\n", -1);
  g_autofree char *jl = scratch_put (dir, "bad.jsonl",
                             "{\"text\":\"a\xff" "b\",\"t\xfe\":\"\xc3\"}\n"
                             "{\"text\":\"ok\"}\n"
                             "{\"text\":\"\xe2\x82\"}\n", -1);
  const char *inputs[] = { p, ok, jl, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) warns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) items = run (&o, inputs, warns);
  CU_ASSERT_EQUAL_FATAL (items->len, 5);
  /* \xf4\x90\x80\x80 (above U+10FFFF): F4 then 90 is out of range -> 4. */
  CU_ASSERT (has_text (items, 0, want, sizeof want - 1));
  CU_ASSERT_EQUAL (art (items, 0)->invalid_utf8, 13);
  CU_ASSERT_EQUAL (art (items, 1)->invalid_utf8, 0);
  CU_ASSERT_EQUAL (art (items, 2)->invalid_utf8, 3);
  CU_ASSERT (has_text (items, 2, "a\xEF\xBF\xBD" "b", -1));
  CU_ASSERT (meta_is (items, 2, "t\xEF\xBF\xBD", "\xEF\xBF\xBD"));
  CU_ASSERT_EQUAL (art (items, 4)->invalid_utf8, 1);
  CU_ASSERT_EQUAL (warns->len, 2);
  g_autofree char *w1 = g_strdup_printf ("%s: 13 invalid UTF-8 sequences replaced", p);
  g_autofree char *w2 = g_strdup_printf ("%s: 4 invalid UTF-8 sequences replaced", jl);
  if (warns->len == 2)
    {
      CU_ASSERT_STRING_EQUAL (g_ptr_array_index (warns, 0), w1);
      CU_ASSERT_STRING_EQUAL (g_ptr_array_index (warns, 1), w2);
    }
  scratch_rm_rf (dir);
}

/* Every 2-byte sequence, and 3-byte ones led by E2 (both checked
 * without GLib), between spaces: the valid ones (as g_utf8_validate_len ()
 * says) are kept as they are, and no invalid one gets through. */
static void
test_utf8_two_and_three_bytes (void)
{
  g_autofree char *dir = tmp_dir ();
  GString *valid = g_string_new ("v ");
  guint n_invalid = 0;
  g_autofree char *bad_path = NULL;
  GString *bad = g_string_new ("b ");
  for (guint c = 0xC0; c <= 0xE2; c++)
    for (guint b = 0x01; b <= 0xFF; b++)
      for (guint d = 0x7F; d <= (c == 0xE2 ? 0xC0u : 0x7Fu); d++)
        {
          char seq[3] = { (char) c, (char) b, (char) d };
          gsize n = c == 0xE2 ? 3 : 2;
          if (n == 3 && d != 0x7F && d != 0x80 && d != 0xBF && d != 0xC0)
            continue;
          if (g_utf8_validate_len (seq, n, NULL))
            {
              g_string_append_len (valid, seq, (gssize) n);
              g_string_append_c (valid, ' ');
            }
          else
            {
              g_string_append_len (bad, seq, (gssize) n);
              g_string_append_c (bad, ' ');
              n_invalid++;
            }
        }
  g_autofree char *ok = scratch_put (dir, "valid.txt", valid->str, (gssize) valid->len);
  bad_path = scratch_put (dir, "bad.txt", bad->str, (gssize) bad->len);
  const char *inputs[] = { ok, bad_path, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) warns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) items = run (&o, inputs, warns);
  CU_ASSERT_EQUAL_FATAL (items->len, 2);
  CU_ASSERT_EQUAL (art (items, 0)->invalid_utf8, 0);
  CU_ASSERT (has_text (items, 0, valid->str, (gssize) valid->len));
  const FramingArticle *b = art (items, 1);
  CU_ASSERT (b->invalid_utf8 >= n_invalid);
  CU_ASSERT (g_utf8_validate (b->text, (gssize) b->len, NULL));
  CU_ASSERT (n_invalid > 1000);
  g_string_free (valid, TRUE);
  g_string_free (bad, TRUE);
  scratch_rm_rf (dir);
}

/* Invalid bytes after ASCII runs of every length from 0 to 40 (the
 * validator takes ASCII 16 and 8 bytes at a time): each is found and
 * replaced, and the valid sequences and NUL bytes around it are kept. */
static void
test_invalid_utf8_offsets (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) wants = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               g_bytes_unref);
  for (guint k = 0; k <= 40; k++)
    {
      GString *in = g_string_new (NULL), *want = g_string_new (NULL);
      for (guint i = 0; i < k; i++)
        g_string_append_c (in, 'x');
      g_string_append (want, in->str);
      g_string_append_c (in, '\xff');
      g_string_append (want, "\xEF\xBF\xBD");
      for (guint i = 0; i < k; i++)
        {
          g_string_append_c (in, 'y');
          g_string_append_c (want, 'y');
        }
      g_string_append_len (in, "\xc3\xa9\0z\xe2\x82", 6);
      g_string_append_len (want, "\xc3\xa9\0z\xEF\xBF\xBD", 7);
      g_autofree char *name = g_strdup_printf ("%02u.txt", k);
      g_ptr_array_add (paths, scratch_put (dir, name, in->str, (gssize) in->len));
      g_ptr_array_add (wants, g_string_free_to_bytes (want));
      g_string_free (in, TRUE);
    }
  g_ptr_array_add (paths, NULL);
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, (const char **) paths->pdata, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, wants->len);
  for (guint k = 0; k < wants->len; k++)
    {
      gsize len;
      const char *want = g_bytes_get_data (g_ptr_array_index (wants, k), &len);
      CU_ASSERT (has_text (items, k, want, (gssize) len));
      CU_ASSERT_EQUAL (art (items, k)->invalid_utf8, 2);
    }
  scratch_rm_rf (dir);
}

/* Repeated lines: 40 code points after trimming are removed when repeated,
 * 39 are not; multibyte characters count once; the white space trimmed
 * may mix ASCII and other spaces (U+00A0, U+2003). */
static void
test_repeated_lines (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *l39 = g_strnfill (39, 'a');
  g_autofree char *l40 = g_strnfill (40, 'b');
  GString *e39 = g_string_new (NULL), *e40 = g_string_new (NULL);
  for (guint i = 0; i < 39; i++)
    g_string_append (e39, "\xc3\xa9");      /* é: 78 bytes, 39 code points */
  for (guint i = 0; i < 40; i++)
    g_string_append (e40, "\xc3\xa9");
  g_autofree char *text = g_strconcat (l39, "\n", l39, "\n",
                                       l40, "\n", "  ", l40, " \r\n",
                                       "\xc2\xa0 \xe2\x80\x83", l40,
                                       " \xe2\x80\x83\xc2\xa0 \n",
                                       e39->str, "\n", e39->str, "\n",
                                       e40->str, "\n", "\t", e40->str, "\n",
                                       "short\nshort\n", l40, NULL);
  g_autofree char *want = g_strconcat (l39, "\n", l39, "\n", l40, "\n",
                                       e39->str, "\n", e39->str, "\n",
                                       e40->str, "\n", "short\nshort\n", NULL);
  g_autofree char *p = scratch_put (dir, "r.txt", text, -1);
  g_autofree char *jtext = g_strdup_printf ("{\"text\":\"%s\\n%s\\nx\"}\n", l40, l40);
  g_autofree char *jl = scratch_put (dir, "r.jsonl", jtext, -1);
  const char *inputs[] = { p, jl, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 2);
  CU_ASSERT (has_text (items, 0, want, -1));
  CU_ASSERT_EQUAL (art (items, 0)->repeated_lines, 4);
  g_autofree char *jwant = g_strconcat (l40, "\nx", NULL);
  CU_ASSERT (has_text (items, 1, jwant, -1));
  CU_ASSERT_EQUAL (art (items, 1)->repeated_lines, 1);
  g_string_free (e39, TRUE);
  g_string_free (e40, TRUE);
  scratch_rm_rf (dir);
}

/* Read TEXT (freed) as one text file and check that what remains is WANT
 * (freed) with REMOVED repeated lines. */
static void
check_repeats (GString *text, GString *want, guint removed)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *p = scratch_put (dir, "repeats.txt", text->str, -1);
  const char *inputs[] = { p, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 1);
  CU_ASSERT (has_text (items, 0, want->str, -1));
  CU_ASSERT_EQUAL (art (items, 0)->repeated_lines, removed);
  g_string_free (text, TRUE);
  g_string_free (want, TRUE);
  scratch_rm_rf (dir);
}

/* Long paragraphs that share their first and last 64 bytes and their
 * length but differ in the middle are all kept; an exact repeat of any
 * of them is removed. */
static void
test_repeated_long_lines (void)
{
  g_autofree char *head = g_strnfill (64, 'h');
  g_autofree char *tail = g_strnfill (64, 't');
  GString *text = g_string_new (NULL), *want = g_string_new (NULL);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s middle %c of this paragraph %s",
                                               head, 'a' + i, tail);
      g_string_append_printf (text, "%s\n%s\n", line, i % 2 == 0 ? line : "");
      g_string_append_printf (want, "%s\n%s", line, i % 2 == 0 ? "" : "\n");
    }
  /* Same ends, another length. */
  g_autofree char *longer = g_strdup_printf ("%s a longer middle %s", head, tail);
  g_string_append_printf (text, "%s\n", longer);
  g_string_append_printf (want, "%s\n", longer);
  check_repeats (text, want, 3);
}

/* Line I of test_repeated_many_lines (): one in six share their first
 * and last 8 bytes and differ only in length or in the middle. */
static char *
many_line (guint i)
{
  return g_strdup_printf (
    "%s paragraph number %u of a long article, and more words %s\n",
    i % 3 == 0 ? "Same start" : "Another start", i,
    i % 2 == 0 ? "same end." : "another end.");
}

/* Many distinct long lines (more than the sets' first slots hold), some
 * sharing their ends, each then repeated: every repeat is removed, in any
 * order, and every first copy is kept. */
static void
test_repeated_many_lines (void)
{
  GString *text = g_string_new (NULL), *want = g_string_new (NULL);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *line = many_line (i);
      g_string_append (text, line);
      g_string_append (want, line);
    }
  for (guint i = 300; i-- > 0;)
    {
      g_autofree char *line = many_line (i);
      g_string_append (text, line);
    }
  check_repeats (text, want, 300);
}

/* A UTF-8 BOM is dropped, also before front matter and in JSONL. */
static void
test_bom_dropped (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *p = scratch_put (dir, "b.txt", "\xEF\xBB\xBFplain", -1);
  g_autofree char *f = scratch_put (dir, "f.md", "\xEF\xBB\xBF---\noutlet: X\n---\nbody", -1);
  g_autofree char *j = scratch_put (dir, "j.jsonl", "\xEF\xBB\xBF{\"text\":\"t\"}\n", -1);
  const char *inputs[] = { p, f, j, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 3);
  CU_ASSERT (has_text (items, 0, "plain", -1));
  CU_ASSERT (is_article (items, 1, f, f, "X"));
  CU_ASSERT (has_text (items, 1, "body", -1));
  CU_ASSERT (has_text (items, 2, "t", -1));
  scratch_rm_rf (dir);
}

/* Standard input as one text article and as JSON Lines. */
static void
test_stdin (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *p = scratch_put (dir, "in.txt", "{\"text\":\"s\"}\n", -1);
  int saved = dup (STDIN_FILENO);
  const char *inputs[] = { "-", NULL };
  for (int jsonl = 0; jsonl <= 1; jsonl++)
    {
      int fd = open (p, O_RDONLY);
      CU_ASSERT_FATAL (fd >= 0 && dup2 (fd, STDIN_FILENO) == STDIN_FILENO);
      close (fd);
      InputOptions o = { .jsonl = jsonl };
      g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
      CU_ASSERT_EQUAL_FATAL (items->len, 1);
      if (jsonl)
        {
          CU_ASSERT (is_article (items, 0, "-:1", "-:1", NULL));
          CU_ASSERT (has_text (items, 0, "s", -1));
        }
      else
        {
          CU_ASSERT (is_article (items, 0, "-", "-", NULL));
          CU_ASSERT (has_text (items, 0, "{\"text\":\"s\"}\n", -1));
        }
    }
  dup2 (saved, STDIN_FILENO);
  close (saved);
  scratch_rm_rf (dir);
}

/* JSON lines on the fast path (flat objects, jsonline.c) and off it
 * (json-glib) give the same articles.  Expected values by hand:
 * 1: escapes decoded: \u00e9 is é, the pair \ud83d\ude00 is U+1F600
 *    (F0 9F 98 80), \/ is /, \t a tab, \\ one backslash; "Title" is
 *    the metadata key "title"; true, null and a number are not metadata.
 * 2: a nested array: json-glib's path; the outlet from "source".
 * 3: a number as id: json-glib's path, id "12".
 * 4: a name given twice: json-glib's path, the last value wins.
 * 5: text after the object: bad JSON. */
static void
test_jsonl_fast_path (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *f = scratch_put (dir, "f.jsonl",
    "{\"id\":\"e1\",\"text\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" a\\/b\\tc\\\\d\","
    "\"Title\":\"T1\",\"flag\":true,\"none\":null,\"x\":-1.5e3}\n"
    "{\"id\":\"e2\",\"text\":\"nested\",\"tags\":[\"a\",{\"b\":1}],\"source\":\"S2\"}\n"
    "{\"id\": 12, \"text\": \"num\"}\n"
    "{\"id\":\"e4\",\"text\":\"first\",\"text\":\"second\"}\n"
    "{\"text\":\"a\"} x\n", -1);
  const char *inputs[] = { f, NULL };
  InputOptions o = { 0 };
  g_autoptr (GPtrArray) items = run (&o, inputs, NULL);
  CU_ASSERT_EQUAL_FATAL (items->len, 5);
  CU_ASSERT (has_text (items, 0, "caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" a/b\tc\\d", -1));
  CU_ASSERT (meta_is (items, 0, "title", "T1"));
  CU_ASSERT_PTR_NULL (article_meta (art (items, 0), "flag"));
  CU_ASSERT_PTR_NULL (article_meta (art (items, 0), "x"));
  CU_ASSERT_STRING_EQUAL (art (items, 0)->id, "e1");
  CU_ASSERT (has_text (items, 1, "nested", -1));
  CU_ASSERT (meta_is (items, 1, "outlet", "S2"));
  CU_ASSERT_STRING_EQUAL (art (items, 2)->id, "12");
  CU_ASSERT (has_text (items, 2, "num", -1));
  CU_ASSERT (has_text (items, 3, "second", -1));
  CU_ASSERT (item (items, 4)->st == INPUT_BAD
             && strstr (item (items, 4)->msg, ":5: bad JSON at column ") != NULL);
  scratch_rm_rf (dir);
}

static const UnitCase cases[] = {
  { "manifest rows", test_manifest_rows },
  { "manifest CRLF and BOM", test_manifest_crlf_bom },
  { "manifest source column and unbalanced quote", test_manifest_source_and_quote },
  { "manifest fatal errors", test_manifest_fatal },
  { "front matter values", test_front_matter_values },
  { "front matter errors", test_front_matter_errors },
  { "precedence without manifest", test_precedence_arguments },
  { "precedence with manifest", test_precedence_manifest },
  { "directory walk", test_directory_walk },
  { "unreadable directory", test_directory_unreadable },
  { "gzip", test_gzip },
  { "JSONL default fields", test_jsonl_default_fields },
  { "JSONL custom fields", test_jsonl_custom_fields },
  { "JSONL fast path and json-glib agree", test_jsonl_fast_path },
  { "invalid UTF-8", test_invalid_utf8 },
  { "2- and 3-byte UTF-8 sequences", test_utf8_two_and_three_bytes },
  { "invalid UTF-8 after ASCII runs of any length", test_invalid_utf8_offsets },
  { "repeated lines", test_repeated_lines },
  { "repeated long lines", test_repeated_long_lines },
  { "repeated lines, many", test_repeated_many_lines },
  { "BOM dropped", test_bom_dropped },
  { "standard input", test_stdin },
  { NULL, NULL }
};

UNIT_MAIN ("input", cases)
