/* csv.c - writing CSV by the rules of framing-report(5), CSV FORMAT; see csv.h. */
#include "csv.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "framing.h"

#define CSV_BLOCK 65536

CsvWriter *
csv_writer_new (FILE *out)
{
  CsvWriter *w = g_new0 (CsvWriter, 1);
  w->out = out;
  w->buf = g_string_sized_new (CSV_BLOCK + 1024);
  return w;
}

/* Hand the buffer to the stream, remembering why the first failed write
 * failed (errno changes by the time the caller asks). */
static void
write_buffer (CsvWriter *w)
{
  if (w->buf->len > 0
      && fwrite (w->buf->str, 1, w->buf->len, w->out) != w->buf->len
      && w->errnum == 0)
    w->errnum = errno != 0 ? errno : EIO;
  g_string_truncate (w->buf, 0);
}

gboolean
csv_writer_flush (CsvWriter *w, GError **error)
{
  write_buffer (w);
  if (w->errnum != 0)
    return framing_write_error (error, w->errnum);
  return framing_flush (w->out, error);
}

void
csv_writer_free (CsvWriter *w)
{
  if (w == NULL)
    return;
  write_buffer (w);
  g_string_free (w->buf, TRUE);
  g_free (w);
}

/* Start a cell: a separator unless it is the row's first. */
static void
cell_begin (CsvWriter *w)
{
  if (w->col++ > 0)
    g_string_append_c (w->buf, ',');
}

/* Write out the buffer once a block is full. */
static void
maybe_flush (CsvWriter *w)
{
  if (w->buf->len >= CSV_BLOCK)
    write_buffer (w);
}

/* Whether a text cell starting with C could be run as a formula. */
static gboolean
formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void
csv_append_cell (GString *out, const char *s)
{
  if (s == NULL)
    return;
  gboolean guard = formula_start (s[0]);
  gboolean quote = strpbrk (s, ",\"\r\n") != NULL;
  if (!quote)
    {
      if (guard)
        g_string_append_c (out, '\'');
      g_string_append (out, s);
      return;
    }
  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
csv_append_number (GString *out, double v)
{
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  if (!isfinite (v))
    return; /* an undefined number is an empty cell */
  g_string_append (out, g_ascii_formatd (num, sizeof num, "%.6g", v));
}

void
csv_text (CsvWriter *w, const char *s)
{
  cell_begin (w);
  csv_append_cell (w->buf, s);
}

void
csv_number (CsvWriter *w, double v)
{
  cell_begin (w);
  csv_append_number (w->buf, v);
}

void
csv_uint (CsvWriter *w, guint64 v)
{
  cell_begin (w);
  g_string_append_printf (w->buf, "%" G_GUINT64_FORMAT, v);
}

void
csv_end_row (CsvWriter *w)
{
  g_string_append_c (w->buf, '\n');
  w->col = 0;
  maybe_flush (w);
}

void
csv_header (CsvWriter *w, const char *const *names)
{
  for (const char *const *n = names; *n != NULL; n++)
    csv_text (w, *n);
  csv_end_row (w);
}

/* Reads one CSV record of F into FIELDS: 1, 0 at the end of the file, -1 for an
 * unterminated quoted field.  Completely empty lines are skipped.  *START
 * is the physical line where the record starts. */
int
csv_read_record (FILE *f, guint *line, GPtrArray *fields, guint *start)
{
  return csv_read_record_sep (f, ',', line, fields, start);
}

/* csv_read_record () with the field separator SEP. */
int
csv_read_record_sep (FILE *f, char sep, guint *line, GPtrArray *fields,
                     guint *start)
{
  GString *cell = g_string_new (NULL);
  gboolean quoted = FALSE;   /* inside quotes */
  gboolean any = FALSE;      /* a character of this record was read */
  int c;
  g_ptr_array_set_size (fields, 0);
  *start = *line;
  for (;;)
    {
      c = getc (f);
      if (quoted)
        {
          if (c == EOF)
            {
              g_string_free (cell, TRUE);
              return -1;
            }
          if (c == '"')
            {
              int d = getc (f);
              if (d == '"')
                g_string_append_c (cell, '"');
              else
                {
                  quoted = FALSE;
                  if (d != EOF)
                    ungetc (d, f);
                }
              continue;
            }
          if (c == '\r')
            {
              int d = getc (f);   /* CRLF inside quotes becomes \n */
              if (d == '\n')
                c = d;
              else if (d != EOF)
                ungetc (d, f);
            }
          if (c == '\n')
            (*line)++;
          g_string_append_c (cell, (char) c);
          continue;
        }
      if (c == EOF && !any)
        {
          g_string_free (cell, TRUE);
          return 0;
        }
      if (c == EOF || c == '\n' || c == '\r')
        {
          if (c == '\r')
            {
              int d = getc (f);
              if (d != '\n' && d != EOF)
                ungetc (d, f);
            }
          if (c != EOF)
            (*line)++;
          if (!any)
            {
              *start = *line;      /* an empty line: skipped */
              continue;
            }
          g_ptr_array_add (fields, g_string_free (cell, FALSE));
          return 1;
        }
      any = TRUE;
      if (c == (guchar) sep)
        {
          g_ptr_array_add (fields, g_string_free (cell, FALSE));
          cell = g_string_new (NULL);
        }
      else if (c == '"' && cell->len == 0)
        quoted = TRUE;
      else
        g_string_append_c (cell, (char) c);
    }
}
