/* manifest.c - the manifest (-m FILE): an RFC 4180 CSV with a header
 * and a "path" column, one input a row.
 *
 * The separator is the first of comma, semicolon (what a spreadsheet
 * saves where the comma is the decimal point) and tab under which the
 * header has a "path" column; the quoting rules are the same for all
 * three.  The header is read byte by byte first, so that it can be split
 * three ways without reading the file twice (a manifest may be a pipe).
 * A manifest with a UTF-16 byte order mark (a spreadsheet's "Unicode
 * text") is read whole and decoded first, then read from memory.
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
  char sep;              /* the field separator: ',', ';' or '\t' */
  gboolean has_outlet;
  guint line;            /* physical line about to be read */
  guint bad_utf8;
  gboolean done;
  guchar head[4];        /* the first bytes, read before the header */
  guint n_head;
  Utf16Order utf16;      /* a UTF-16 manifest, read whole and decoded */
  guint bad_utf16;
  GString *decoded;      /* ... into this, which f then reads */
  gboolean noted;        /* the note on its encoding was given */
};

/* Frees the manifest state. */
void
manifest_free (Manifest *m)
{
  if (m == NULL)
    return;
  if (m->f != NULL)
    fclose (m->f);
  if (m->decoded != NULL)
    g_string_free (m->decoded, TRUE);
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

/* The separators a manifest may use, in the order they are tried, and
 * their names for messages. */
static const char separators[] = { ',', ';', '\t' };
static const char *const separator_names[] = { "comma", "semicolon", "tab" };

/* The start of the manifest, read a byte at a time: the first bytes,
 * looked at for a byte order mark, and then the file. */
typedef struct {
  FILE *f;
  guchar head[4];
  guint n_head, used;
  gboolean last_head;   /* the last byte read came from HEAD */
} Peek;

/* The next byte of P, or EOF. */
static int
peek_getc (Peek *p)
{
  p->last_head = p->used < p->n_head;
  if (p->last_head)
    return p->head[p->used++];
  return getc (p->f);
}

/* Gives back C, the last byte read from P. */
static void
peek_ungetc (Peek *p, int c)
{
  if (c == EOF)
    return;
  if (p->last_head)
    p->used--;
  else
    ungetc (c, p->f);
}

/* Reads the bytes of the manifest's header record, whatever its
 * separator, into RAW (without its line end): a UTF-8 BOM is dropped and
 * empty lines before it skipped, and a line end inside double quotes
 * (opened at the start of a field by any of the separators) does not
 * end it.  *START is its first line; m->line is left on the line after
 * it.  FALSE at an unterminated quoted field; RAW is empty for an empty
 * file. */
static gboolean
manifest_raw_header (Manifest *m, GString *raw, guint *start)
{
  Peek p = { .f = m->f, .n_head = m->n_head };
  memcpy (p.head, m->head, sizeof p.head);
  if (p.n_head >= 3 && memcmp (p.head, "\xEF\xBB\xBF", 3) == 0)
    p.used = 3;
  gboolean quoted = FALSE, field_start = TRUE;
  *start = m->line;
  for (;;)
    {
      int c = peek_getc (&p);
      if (c == EOF)
        return !quoted;
      if (quoted)
        {
          if (c == '"')
            {
              int d = peek_getc (&p);
              if (d == '"')
                g_string_append_c (raw, '"');   /* an escaped quote */
              else
                {
                  quoted = FALSE;
                  peek_ungetc (&p, d);
                }
            }
          else if (c == '\n')
            m->line++;
          g_string_append_c (raw, (char) c);
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          if (c == '\r')
            {
              int d = peek_getc (&p);
              if (d != '\n')
                peek_ungetc (&p, d);
            }
          m->line++;
          if (raw->len > 0)
            return TRUE;
          *start = m->line;         /* an empty line: skipped */
          continue;
        }
      if (c == '"' && field_start)
        quoted = TRUE;
      field_start = memchr (separators, c, sizeof separators) != NULL;
      g_string_append_c (raw, (char) c);
    }
}

/* Takes FIELDS, the header's cells split at SEP, as M's columns; the
 * "path" column is PATH_COL. */
static void
manifest_take_header (Manifest *m, GPtrArray *fields, char sep, guint path_col)
{
  m->sep = sep;
  m->n_cols = fields->len;
  m->cols = g_new0 (char *, fields->len + 1);
  m->path_col = path_col;
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      g_autofree char *t = trim_dup (v, strlen (v));
      m->cols[i] = g_utf8_strdown (t, -1);
      if (strcmp (m->cols[i], "outlet") == 0)
        m->has_outlet = TRUE;
    }
}

/* The cells of the header RAW (valid UTF-8) split at SEP, with the
 * quoting rules of csv_read_record (). */
static GPtrArray *
header_split (const GString *raw, char sep)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  FILE *f = fmemopen (raw->str, raw->len, "r");
  if (f == NULL)
    g_error ("fmemopen: %s", g_strerror (errno));   /* out of memory */
  guint line = 1, start;
  csv_read_record_sep (f, sep, &line, fields, &start);
  fclose (f);
  return fields;
}

/* The index of the first cell of FIELDS that is "path" once trimmed and
 * lower-cased, or -1. */
static int
path_column (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      g_autofree char *t = trim_dup (v, strlen (v));
      g_autofree char *name = g_utf8_strdown (t, -1);
      if (strcmp (name, "path") == 0)
        return (int) i;
    }
  return -1;
}

/* Sets ERROR for a header (line LINE) with no "path" column under any
 * separator: FIELDS are its cells under the separator that splits it the
 * most, separators[WHICH]. */
static void
no_path_column (Manifest *m, guint line, GPtrArray *fields, guint which,
                GError **error)
{
  g_autoptr (GString) names = g_string_new (NULL);
  for (guint i = 0; i < fields->len && i < 6; i++)
    {
      const char *v = g_ptr_array_index (fields, i);
      g_autofree char *t = trim_dup (v, strlen (v));
      g_string_append_printf (names, "%s'%s'", i > 0 ? ", " : "", t);
    }
  if (fields->len > 6)
    g_string_append (names, ", ...");
  if (fields->len > 1)
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s:%u: no 'path' column: the header splits at %ss into %s "
                 "(tried comma, semicolon and tab as the separator)", m->path,
                 line, separator_names[which], names->str);
  else
    g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                 "%s:%u: no 'path' column: the header is the one column %s "
                 "with comma, semicolon or tab as the separator", m->path,
                 line, names->str);
}

/* Reads the manifest's header row and takes its separator: the first of
 * comma, semicolon and tab under which it has a "path" column. */
static gboolean
manifest_header (Manifest *m, GError **error)
{
  g_autoptr (GString) raw = g_string_new (NULL);
  guint start;
  if (!manifest_raw_header (m, raw, &start))
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s:%u: unterminated quoted field", m->path, start);
      return FALSE;
    }
  if (raw->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: no 'path' column", m->path);
      return FALSE;
    }
  m->bad_utf8 += utf8_fix (raw);
  g_autoptr (GPtrArray) widest = NULL;
  guint widest_sep = 0;
  for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      g_autoptr (GPtrArray) fields = header_split (raw, separators[k]);
      int path_col = path_column (fields);
      if (path_col >= 0)
        {
          manifest_take_header (m, fields, separators[k], (guint) path_col);
          return TRUE;
        }
      if (widest == NULL || fields->len > widest->len)
        {
          g_clear_pointer (&widest, g_ptr_array_unref);
          widest = g_steal_pointer (&fields);
          widest_sep = k;
        }
    }
  no_path_column (m, start, widest, widest_sep, error);
  return FALSE;
}

/* Reads the rest of a UTF-16 manifest (its first bytes are in m->head)
 * and decodes it, so that m->f reads it in UTF-8 from memory.  FALSE with
 * ERROR set when it is empty. */
static gboolean
manifest_decode_utf16 (Manifest *m, GError **error)
{
  g_autoptr (GString) raw = g_string_new_len ((const char *) m->head + 2,
                                              (gssize) m->n_head - 2);
  char buf[READ_CHUNK / 4];
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, m->f)) > 0)
    g_string_append_len (raw, buf, (gssize) n);
  Utf16Decoder d = { .order = m->utf16 };
  m->decoded = g_string_sized_new (raw->len + raw->len / 2);
  m->bad_utf16 = utf16_decode (&d, raw->str, raw->len, TRUE, m->decoded);
  fclose (m->f);
  m->f = NULL;
  m->n_head = 0;
  if (m->decoded->len == 0)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_INPUT,
                   "%s: no 'path' column", m->path);
      return FALSE;
    }
  m->f = fmemopen (m->decoded->str, m->decoded->len, "r");
  if (m->f == NULL)
    g_error ("fmemopen: %s", g_strerror (errno));   /* out of memory */
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
  m->n_head = (guint) fread (m->head, 1, sizeof m->head, m->f);
  m->utf16 = utf16_bom ((const char *) m->head, m->n_head);
  if ((m->utf16 != UTF16_NONE && !manifest_decode_utf16 (m, error))
      || !manifest_header (m, error))
    {
      manifest_free (m);
      return NULL;
    }
  return m;
}

char **
input_manifest_columns (const char *path, GError **error)
{
  Manifest *m = manifest_open (path, error);
  if (m == NULL)
    return NULL;
  GPtrArray *cols = g_ptr_array_new ();
  for (guint i = 0; i < m->n_cols; i++)
    g_ptr_array_add (cols, g_strdup (m->cols[i]));
  g_ptr_array_add (cols, NULL);
  manifest_free (m);
  return (char **) g_ptr_array_free (cols, FALSE);
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
  if (!m->noted && m->utf16 != UTF16_NONE)
    reader_note_utf16 (r, m->path, m->utf16, m->bad_utf16);
  m->noted = TRUE;
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint start;
  int rc = csv_read_record_sep (m->f, m->sep, &m->line, fields, &start);
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
