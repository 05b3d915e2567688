/* manifest.c - the manifest (-m FILE): an RFC 4180 CSV with a header
 * and a "path" column, one input a row.
 *
 * Ids are the path cells as written; paths are relative to the
 * manifest's folder; rows naming directories or JSON Lines files are
 * expanded.  The other non-empty cells are the row's metadata (a
 * "source" column stands in for a missing "outlet"), and they override
 * everything else the article says.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include "input-private.h"

#include "csv.h"
#include "framing.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

struct _Manifest {
  FILE *f;
  char *path;            /* as given */
  char *dir;             /* folder the rows' paths are relative to, or NULL */
  char **cols;           /* header names, trimmed and lower-cased */
  guint n_cols;
  guint path_col;
  gboolean has_outlet;
  guint line;            /* physical line about to be read */
  guint bad_utf8;
  gboolean done;
};

/* Frees the manifest state. */
void
manifest_free (Manifest *m)
{
  if (m == NULL)
    return;
  if (m->f != NULL)
    fclose (m->f);
  g_free (m->path);
  g_free (m->dir);
  g_strfreev (m->cols);
  g_free (m);
}

/* Makes every field of FIELDS valid UTF-8, counting replacements. */
static void
csv_fix_utf8 (Manifest *m, GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      char *v = g_ptr_array_index (fields, i);
      guint bad = 0;
      char *fixed = utf8_dup (v, &bad);
      m->bad_utf8 += bad;
      g_free (v);
      fields->pdata[i] = fixed;
    }
}

/* Skips a UTF-8 BOM at the start of the manifest. */
static void
manifest_skip_bom (Manifest *m)
{
  unsigned char bom[3];
  if (fread (bom, 1, 3, m->f) == 3 && memcmp (bom, "\xEF\xBB\xBF", 3) == 0)
    return;
  rewind (m->f);
}

/* Reads the manifest's header row. */
static gboolean
manifest_header (Manifest *m, GError **error)
{
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int rc = csv_read_record (m->f, &m->line, fields, &start);
  if (rc < 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: unterminated quoted field", m->path, start);
      return FALSE;
    }
  csv_fix_utf8 (m, fields);
  m->n_cols = fields->len;
  m->cols = g_new0 (char *, fields->len + 1);
  gboolean has_path = FALSE;
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      g_autofree char *t = trim_dup (v, strlen (v));
      m->cols[i] = g_utf8_strdown (t, -1);
      if (strcmp (m->cols[i], "path") == 0 && !has_path)
        {
          m->path_col = i;
          has_path = TRUE;
        }
      if (strcmp (m->cols[i], "outlet") == 0)
        m->has_outlet = TRUE;
    }
  if (!has_path)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: no 'path' column", m->path);
      return FALSE;
    }
  return TRUE;
}

/* Opens the manifest PATH and reads its header. */
Manifest *
manifest_open (const char *path, GError **error)
{
  Manifest *m = g_new0 (Manifest, 1);
  m->path = g_strdup (path);
  m->line = 1;
  m->f = fopen (path, "rb");
  struct stat st;
  if (m->f != NULL && fstat (fileno (m->f), &st) == 0 && S_ISDIR (st.st_mode))
    {
      fclose (m->f);            /* a directory reads as an empty file */
      m->f = NULL;
      errno = EISDIR;
    }
  if (m->f == NULL)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO, "%s: cannot open: %s",
                   path, g_strerror (errno));
      manifest_free (m);
      return NULL;
    }
  char *dir = g_path_get_dirname (path);
  if (strcmp (dir, ".") == 0 && !g_str_has_prefix (path, "./"))
    g_free (dir);               /* rows' paths are used as written */
  else
    m->dir = dir;
  manifest_skip_bom (m);
  if (!manifest_header (m, error))
    {
      manifest_free (m);
      return NULL;
    }
  return m;
}

/* The metadata of one manifest row (non-empty cells but the path). */
static GHashTable *
manifest_row_meta (Manifest *m, GPtrArray *fields)
{
  GHashTable *meta = meta_new ();
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      if (i == m->path_col || *m->cols[i] == '\0')
        continue;
      g_autofree char *t = trim_dup (v, strlen (v));
      if (*t == '\0')
        continue;
      g_hash_table_replace (meta, g_strdup (m->cols[i]), g_strdup (t));
      if (!m->has_outlet && strcmp (m->cols[i], "source") == 0)
        g_hash_table_replace (meta, g_strdup ("outlet"), g_strdup (t));
    }
  return meta;
}

/* Ends the manifest: its UTF-8 warning, and the file closed. */
static void
manifest_finish (InputReader *r)
{
  Manifest *m = r->manifest;
  reader_warn_utf8 (r, m->path, m->bad_utf8);
  m->bad_utf8 = 0;
  fclose (m->f);
  m->f = NULL;
  m->done = TRUE;
}

/* Starts on the next manifest row. */
InputStatus
manifest_next (InputReader *r, FramingArticle **article, GError **error)
{
  Manifest *m = r->manifest;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int rc = csv_read_record (m->f, &m->line, fields, &start);
  reader_clear_item (r);
  if (rc <= 0)
    {
      manifest_finish (r);
      if (rc == 0)
        return INPUT_DONE;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: unterminated quoted field", m->path, start);
      return INPUT_BAD;
    }
  csv_fix_utf8 (m, fields);
  if (fields->len != m->n_cols)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: expected %u fields, found %u", m->path, start,
                   m->n_cols, fields->len);
      return INPUT_BAD;
    }
  const char *cell = g_ptr_array_index (fields, m->path_col);
  if (*cell == '\0')
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: empty path", m->path, start);
      return INPUT_BAD;
    }
  g_autofree char *fs = m->dir == NULL || g_path_is_absolute (cell)
                        ? g_strdup (cell) : g_build_filename (m->dir, cell, NULL);
  g_autofree char *prefix = g_strdup_printf ("%s:%u", m->path, start);
  r->base = input_base_outlet (cell);
  r->row_meta = manifest_row_meta (m, fields);
  return reader_top_start (r, fs, cell, prefix, article, error);
}

/* Whether every row of M has been read. */
gboolean
manifest_done (const Manifest *m)
{
  return m->done;
}
