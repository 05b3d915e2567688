/* fuzz-util.c - temporary files and the article loop of the fuzz
 * targets; see fuzz.h. */
#include "fuzz.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "input.h"

static char *tmp_dir;

/* Removes the temporary directory and its files at exit. */
static void
remove_tmp_dir (void)
{
  GDir *d = g_dir_open (tmp_dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (tmp_dir);
}

/* The path of NAME in the temporary directory. */
char *
fuzz_path (const char *name)
{
  if (tmp_dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("framing-fuzz-XXXXXX", NULL);
      g_assert (tmp_dir != NULL);
      atexit (remove_tmp_dir);
    }
  return g_build_filename (tmp_dir, name, NULL);
}

/* Writes DATA to file NAME, gzip-compressed when GZIP. */
char *
fuzz_write (const char *name, const uint8_t *data, size_t size, gboolean gzip)
{
  char *path = fuzz_path (name);
  if (!gzip)
    {
      /* Not g_file_set_contents: its fsync would slow every run down. */
      FILE *f = fopen (path, "wb");
      g_assert (f != NULL);
      g_assert (fwrite (data, 1, size, f) == size);
      g_assert (fclose (f) == 0);
      return path;
    }
  gzFile gz = gzopen (path, "wb");
  g_assert (gz != NULL);
  g_assert (size == 0 || gzwrite (gz, data, (unsigned) size) == (int) size);
  g_assert (gzclose (gz) == Z_OK);
  return path;
}

/* Whether the LEN bytes at S are valid UTF-8, NUL bytes allowed. */
static gboolean
valid_with_nuls (const char *s, gsize len)
{
  const char *end = s + len, *stop;
  while (!g_utf8_validate_len (s, (gsize) (end - s), &stop))
    {
      if (*stop != '\0')
        return FALSE;
      s = stop + 1;
    }
  return TRUE;
}

/* Checks what input.h promises of ARTICLE. */
static void
check_article (const FramingArticle *a)
{
  g_assert (a->id != NULL && a->where != NULL && a->meta != NULL);
  g_assert (a->text[a->len] == '\0');
  g_assert (valid_with_nuls (a->text, a->len));
  g_assert (g_utf8_validate (a->id, -1, NULL));
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, a->meta);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_assert (g_utf8_validate (k, -1, NULL) && g_utf8_validate (v, -1, NULL));
}

/* Reads every article of the inputs, checking each. */
void
fuzz_read_all (const char *manifest, const char *const *inputs, guint n,
               gboolean jsonl)
{
  InputOptions opts = { .manifest = manifest, .jsonl = jsonl };
  g_autoptr (GError) error = NULL;
  g_autoptr (InputReader) reader = input_reader_new (&opts, inputs, n, &error);
  if (reader == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return;
    }
  for (;;)
    {
      g_autoptr (FramingArticle) article = NULL;
      g_autoptr (GError) item_error = NULL;
      InputStatus st = input_reader_next (reader, &article, &item_error);
      if (st == INPUT_DONE)
        break;
      if (st == INPUT_BAD)
        g_assert (item_error != NULL && article == NULL);
      else
        check_article (article);
    }
}
