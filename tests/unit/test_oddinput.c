/* test_oddinput.c - unit tests of the reader (input.c and the files of
 * input-private.h) on the inputs that people put in a corpus by mistake or
 * in another shape: files of a folder that are not regular files (walk.c,
 * instream.c), manifests separated by semicolons or tabs (manifest.c),
 * ...
 *
 * A program of its own beside test_input.c, which is at its size limit;
 * files are written into a temporary directory by the tests themselves.
 */
#include "framing.h"
#include "input-private.h"
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

/* Removes PATH and everything below it (symlinks are not followed). */
static void
rm_rf (const char *path)
{
  struct stat st;
  if (lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir *d = g_dir_open (path, 0, NULL);
      const char *name;
      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rm_rf (child);
        }
      if (d != NULL)
        g_dir_close (d);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Writes BYTES (LEN bytes; -1: strlen) to DIR/NAME; returns the path. */
static char *
put (const char *dir, const char *name, const char *bytes, gssize len)
{
  char *path = g_build_filename (dir, name, NULL);
  CU_ASSERT_FATAL (g_file_set_contents (path, bytes, len, NULL));
  return path;
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
  rm_rf (dir);
}

/* The manifest's separator comes from its header: the first of comma,
 * semicolon and tab that gives a "path" column, whatever the quoting;
 * rows are split at it; line numbers count the header's lines, blank
 * lines and a quoted line break. */
static void
test_manifest_separator (void)
{
  g_autofree char *dir = tmp_dir ();
  g_free (put (dir, "a.txt", "alpha\n", -1));
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
      g_autofree char *m = put (dir, "m.csv", cases[i].manifest, -1);
      InputOptions o = { .manifest = m };
      g_autoptr (GPtrArray) got = read_all (&o, NULL);
      CU_ASSERT (same_lines (got, dir, cases[i].want));
    }
  rm_rf (dir);
}

static const UnitCase cases[] = {
  { "a folder's file: never blocks, regular only", test_open_folder_file },
  { "manifest separator", test_manifest_separator },
  { NULL, NULL }
};

UNIT_MAIN ("oddinput", cases)
