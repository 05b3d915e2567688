/* csv.h - writing CSV by the rules of framing-report(5), CSV FORMAT.
 *
 * RFC 4180 quoting, UTF-8 without BOM, "\n" line ends, numbers as C's
 * "%.6g" with '.' as the decimal point whatever the locale, and a leading
 * ' on every text cell that begins with =, +, -, @, tab or carriage return
 * so that a spreadsheet never runs it as a formula.  Numbers are written
 * by csv_number() and csv_uint() and are never altered.
 */
#ifndef FRAMING_CSV_H
#define FRAMING_CSV_H

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct {
  FILE *out;    /* where rows go (not owned) */
  GString *buf; /* pending bytes, written out in large blocks */
  guint col;    /* cells written in the current row */
  int errnum;   /* errno of the first failed write to OUT, or 0 */
} CsvWriter;

/* A writer to OUT.  Free with csv_writer_free(), which flushes. */
CsvWriter *csv_writer_new (FILE *out);
/* Writes out what is pending and flushes the stream.  FALSE and ERROR
 * ("write error: why", framing.h) when this or any earlier write of W,
 * or of the stream, failed. */
gboolean csv_writer_flush (CsvWriter *w, GError **error);
/* Hands on what is pending and frees; NULL is a no-op.  A write error is
 * not told here: call csv_writer_flush() first. */
void csv_writer_free (CsvWriter *w);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CsvWriter, csv_writer_free)

void csv_text (CsvWriter *w, const char *s);   /* NULL writes an empty cell */
void csv_number (CsvWriter *w, double v);
void csv_uint (CsvWriter *w, guint64 v);
void csv_end_row (CsvWriter *w);
/* A header row from a NULL-terminated list of names. */
void csv_header (CsvWriter *w, const char *const *names);

/* Append S to OUT as one CSV text cell (quoting and formula guard). */
void csv_append_cell (GString *out, const char *s);
/* Append V to OUT as "%.6g" with a '.' decimal point; NAN and the
 * infinities (undefined numbers) are an empty cell. */
void csv_append_number (GString *out, double v);

/* Read one RFC 4180 record of F into FIELDS (set to its cells, newly
 * allocated strings): 1 for a record, 0 at the end of the file, -1 for an
 * unterminated quoted field.  *LINE counts the physical lines read (start
 * it at 1); *START is the line where the record starts.  Empty lines are
 * skipped; CRLF, LF and CR end records; a CRLF inside quotes becomes \n.
 * FIELDS must free its elements with g_free. */
int csv_read_record (FILE *f, guint *line, GPtrArray *fields, guint *start);
/* csv_read_record () with SEP (such as ';' or '\t') between the fields
 * instead of ','; the quoting rules are the same. */
int csv_read_record_sep (FILE *f, char sep, guint *line, GPtrArray *fields,
                         guint *start);

G_END_DECLS

#endif /* FRAMING_CSV_H */
