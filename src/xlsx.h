/* xlsx.h - framing.xlsx: the tables of a run as the sheets of one
 * Excel workbook, written with libxlsxwriter (framing-report(5),
 * WORKBOOK).
 *
 * A spreadsheet opening the CSV tables guesses: under a German or French
 * locale 0.5 becomes 5 or text, UTF-8 is read as Latin-1, an id 007
 * becomes 7.  A workbook says what each cell is.  Its first sheet,
 * "About", describes the corpus, lists the lexicons and the options and
 * says what Excel's limits cut; then each table is a sheet, fed through
 * a Sink (sink.h) from the same definitions as the CSV: text cells as
 * strings (no formula can arise, so no guard apostrophe), numbers as
 * numbers rounded as the CSV rounds them (six significant digits),
 * integers as whole numbers, undefined values as empty cells; a bold,
 * frozen header row, an autofilter and column widths that fit.
 *
 * Excel holds at most XLSX_MAX_ROWS rows a sheet and
 * XLSX_MAX_CHARS characters a cell: rows past the limit are left
 * out and longer texts cut, and xlsx_cuts () says how many, for the
 * program to tell.  Rows are written through to temporary files as they
 * come (libxlsxwriter's constant_memory mode), so memory stays small
 * whatever the table.
 */
#ifndef FRAMING_XLSX_H
#define FRAMING_XLSX_H

#include <glib.h>
#include <stdio.h>

#include "lexicon.h"
#include "sink.h"

G_BEGIN_DECLS

/* Excel's limits: rows a sheet (the header row included), characters a
 * cell. */
#define XLSX_MAX_ROWS 1048576u
#define XLSX_MAX_CHARS 32767u

/* What the About sheet says. */
typedef struct {
  const char *corpus;            /* a paragraph on the corpus, or NULL */
  const FramingLexicon *lexicon; /* its topics: name, entries, description;
                                    or NULL */
  const char *const *options;    /* name, value, name, value, ...
                                    NULL-terminated; or NULL */
  const char *whole;             /* where the tables are whole when cut:
                                    "the CSV files", or NULL */
  gint64 created;                /* seconds since 1970 the document says
                                    it was made (SOURCE_DATE_EPOCH) */
} XlsxAbout;

/* What had to be cut from one sheet. */
typedef struct {
  char *sheet;
  guint64 rows;   /* rows left out */
  guint64 cells;  /* texts cut to XLSX_MAX_CHARS */
} XlsxCut;

typedef struct _Xlsx Xlsx;

/* A workbook, its About sheet saying ABOUT (copied), written to a
 * temporary file until xlsx_write ().  NULL and ERROR
 * (FRAMING_ERROR_IO) when that file cannot be made. */
Xlsx *xlsx_new (const XlsxAbout *about, GError **error);
/* Free WB and remove its temporary file; NULL is a no-op. */
void xlsx_free (Xlsx *wb);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Xlsx, xlsx_free)

/* A sink writing the next sheet, named NAME (at most 31 characters, none
 * of []:*?/\), of WB: sink_begin () writes the header, sink_finish ()
 * sets the widths and the autofilter and never fails (a failure shows in
 * xlsx_write ()).  Free it before the next sheet is begun. */
Sink *xlsx_sheet (Xlsx *wb, const char *name);

/* For tests: let sheets hold at most MAX_ROWS rows (at least 2). */
void xlsx_set_max_rows (Xlsx *wb, guint max_rows);

/* The sheets that had rows left out or texts cut (XlsxCut), in sheet
 * order; valid until WB is freed. */
const GArray *xlsx_cuts (const Xlsx *wb);

/* Write the About sheet, close the workbook and copy it to OUT.  FALSE
 * and ERROR when libxlsxwriter failed (FRAMING_ERROR_IO, a complete
 * message), or "write error: why" when a write to OUT failed (framing.h,
 * for the caller to name OUT).  Call once. */
gboolean xlsx_write (Xlsx *wb, FILE *out, GError **error);

G_END_DECLS

#endif /* FRAMING_XLSX_H */
