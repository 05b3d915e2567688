/* xlsx.c - framing.xlsx: the tables as sheets of one workbook; see
 * xlsx.h.
 *
 * libxlsxwriter writes only to a named file, so the workbook goes to a
 * temporary file first and is copied to the caller's stream (an
 * OutputSet's temporary, renamed into place with the other files) at
 * the end.  The About sheet is made first, so that it comes first, but
 * filled last, when the cuts are known: in constant_memory mode each
 * sheet's rows must come in order, but sheets are independent.
 *
 * libxlsxwriter prints its errors on standard error, and a library of
 * ours must not: its calls that can fail for want of room or memory
 * (making and closing the workbook) run with standard error sent to
 * /dev/null, in the one thread left by then, and the failure comes back
 * as a GError.
 */
#include "xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fmt.h"
#include "framing.h"

/* Widest and narrowest column, in characters, whatever the texts. */
#define WIDTH_MAX 60.0
#define WIDTH_MIN 6.0

struct _Xlsx {
  char *path;              /* the temporary file */
  lxw_workbook *book;      /* NULL once closed */
  lxw_worksheet *about;    /* made first, written last */
  lxw_format *bold, *integer, *wrap;
  lxw_error failed;        /* the first error of libxlsxwriter, or 0 */
  guint max_rows;
  GArray *cuts;            /* XlsxCut */
  char *corpus;            /* XlsxAbout, copied */
  const FramingLexicon *lexicon;
  char **options;
  char *whole;
};

typedef struct {
  Sink base;
  Xlsx *wb;
  lxw_worksheet *ws;
  char *name;
  lxw_row_t row;          /* the current row (0: the header) */
  lxw_col_t col;
  GArray *widths;         /* double, per column */
  guint64 rows_cut, cells_cut;
} SheetSink;

/* Send standard error to /dev/null; returns what restores it. */
static int
mute_stderr (void)
{
  fflush (stderr);
  int saved = dup (STDERR_FILENO);
  int null = open ("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null >= 0)
    {
      dup2 (null, STDERR_FILENO);
      close (null);
    }
  return saved;
}

/* Give standard error back (SAVED: mute_stderr ()'s). */
static void
unmute_stderr (int saved)
{
  if (saved < 0)
    return;
  fflush (stderr);
  dup2 (saved, STDERR_FILENO);
  close (saved);
}

/* Remember the first failure of libxlsxwriter. */
static void
check (Xlsx *wb, lxw_error e)
{
  if (e != LXW_NO_ERROR && wb->failed == LXW_NO_ERROR)
    wb->failed = e;
}

static void
cut_clear (gpointer data)
{
  g_free (((XlsxCut *) data)->sheet);
}

Xlsx *
xlsx_new (const XlsxAbout *about, GError **error)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("framing-XXXXXX.xlsx", &path, error);
  if (fd < 0)
    return NULL;
  close (fd);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  int saved = mute_stderr ();
  lxw_workbook *book = workbook_new_opt (path, &options);
  unmute_stderr (saved);
  if (book == NULL)
    {
      g_unlink (path);
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "cannot make a workbook in %s", g_get_tmp_dir ());
      return NULL;
    }
  Xlsx *wb = g_new0 (Xlsx, 1);
  wb->path = g_steal_pointer (&path);
  wb->book = book;
  wb->max_rows = XLSX_MAX_ROWS;
  wb->cuts = g_array_new (FALSE, TRUE, sizeof (XlsxCut));
  g_array_set_clear_func (wb->cuts, cut_clear);
  wb->corpus = g_strdup (about->corpus);
  wb->lexicon = about->lexicon;
  wb->options = g_strdupv ((char **) about->options);
  wb->whole = g_strdup (about->whole);
  wb->bold = workbook_add_format (book);
  format_set_bold (wb->bold);
  wb->integer = workbook_add_format (book);
  format_set_num_format (wb->integer, "0");
  wb->wrap = workbook_add_format (book);
  format_set_text_wrap (wb->wrap);
  format_set_align (wb->wrap, LXW_ALIGN_VERTICAL_TOP);
  /* 0 would mean "now": the epoch itself is one second later. */
  lxw_doc_properties props = { .title = "framing",
                               .created = about->created > 0
                                          ? (time_t) about->created : 1 };
  check (wb, workbook_set_properties (book, &props));
  wb->about = workbook_add_worksheet (book, "About");
  return wb;
}

void
xlsx_free (Xlsx *wb)
{
  if (wb == NULL)
    return;
  if (wb->book != NULL)
    lxw_workbook_free (wb->book);
  g_unlink (wb->path);
  g_free (wb->path);
  g_array_unref (wb->cuts);
  g_free (wb->corpus);
  g_strfreev (wb->options);
  g_free (wb->whole);
  g_free (wb);
}

void
xlsx_set_max_rows (Xlsx *wb, guint max_rows)
{
  wb->max_rows = MAX (max_rows, 2u);
}

const GArray *
xlsx_cuts (const Xlsx *wb)
{
  return wb->cuts;
}

/* ---- a sheet ---- */

/* Widen column COL of S to fit CHARS characters. */
static void
fit (SheetSink *s, lxw_col_t col, glong chars)
{
  if (col >= s->widths->len)
    g_array_set_size (s->widths, col + 1);
  double *w = &g_array_index (s->widths, double, col);
  *w = MAX (*w, MIN ((double) chars + 2.0, WIDTH_MAX));
}

/* Whether the current row of S is past the sheet's limit. */
static gboolean
past_limit (const SheetSink *s)
{
  return s->row >= s->wb->max_rows;
}

static void
sheet_begin (Sink *sink, const SinkSchema *schema)
{
  SheetSink *s = (SheetSink *) sink;
  for (guint i = 0; i < schema->columns->len; i++)
    {
      const char *name = sink_schema_column (schema, i)->name;
      check (s->wb, worksheet_write_string (s->ws, 0, (lxw_col_t) i, name,
                                            s->wb->bold));
      /* Room for the autofilter's button. */
      fit (s, (lxw_col_t) i, g_utf8_strlen (name, -1) + 2);
    }
  worksheet_freeze_panes (s->ws, 1, 0);
  s->row = 1;
}

static void
sheet_text (Sink *sink, const char *text)
{
  SheetSink *s = (SheetSink *) sink;
  lxw_col_t col = s->col++;
  if (past_limit (s) || text == NULL || *text == '\0')
    return;
  glong n = g_utf8_strlen (text, -1);
  g_autofree char *cut = NULL;
  if (n > (glong) XLSX_MAX_CHARS)
    {
      const char *end = g_utf8_offset_to_pointer (text, XLSX_MAX_CHARS);
      text = cut = g_strndup (text, (gsize) (end - text));
      n = XLSX_MAX_CHARS;
      s->cells_cut++;
    }
  check (s->wb, worksheet_write_string (s->ws, s->row, col, text, NULL));
  fit (s, col, n);
}

static void
sheet_number (Sink *sink, double v)
{
  SheetSink *s = (SheetSink *) sink;
  lxw_col_t col = s->col++;
  if (past_limit (s) || !isfinite (v))
    return;
  /* The value the CSV shows, so that both forms agree. */
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (num, sizeof num, "%.6g", v);
  check (s->wb, worksheet_write_number (s->ws, s->row, col,
                                        g_ascii_strtod (num, NULL), NULL));
  fit (s, col, (glong) strlen (num));
}

static void
sheet_integer (Sink *sink, guint64 v)
{
  SheetSink *s = (SheetSink *) sink;
  lxw_col_t col = s->col++;
  if (past_limit (s))
    return;
  check (s->wb, worksheet_write_number (s->ws, s->row, col, (double) v,
                                        s->wb->integer));
  char num[24];
  fit (s, col, g_snprintf (num, sizeof num, "%" G_GUINT64_FORMAT, v));
}

static void
sheet_end_row (Sink *sink)
{
  SheetSink *s = (SheetSink *) sink;
  if (past_limit (s))
    s->rows_cut++;
  else
    s->row++;
  s->col = 0;
}

static gboolean
sheet_finish (Sink *sink, GError **error)
{
  (void) error;
  SheetSink *s = (SheetSink *) sink;
  for (guint c = 0; c < s->widths->len; c++)
    check (s->wb, worksheet_set_column (s->ws, (lxw_col_t) c, (lxw_col_t) c,
                                        MAX (g_array_index (s->widths, double, c),
                                             WIDTH_MIN), NULL));
  if (s->widths->len > 0)
    check (s->wb, worksheet_autofilter (s->ws, 0, 0, s->row > 1 ? s->row - 1 : 1,
                                        (lxw_col_t) (s->widths->len - 1)));
  if (s->rows_cut > 0 || s->cells_cut > 0)
    {
      XlsxCut cut = { g_strdup (s->name), s->rows_cut, s->cells_cut };
      g_array_append_val (s->wb->cuts, cut);
      s->rows_cut = s->cells_cut = 0;
    }
  return TRUE;
}

static void
sheet_free (Sink *sink)
{
  SheetSink *s = (SheetSink *) sink;
  g_array_unref (s->widths);
  g_free (s->name);
  g_free (s);
}

static const SinkClass sheet_class = {
  sheet_begin, sheet_text, sheet_number, sheet_integer, sheet_end_row,
  sheet_finish, sheet_free
};

Sink *
xlsx_sheet (Xlsx *wb, const char *name)
{
  g_return_val_if_fail (wb->book != NULL, NULL);
  SheetSink *s = g_new0 (SheetSink, 1);
  s->base.klass = &sheet_class;
  s->wb = wb;
  s->name = g_strdup (name);
  s->ws = workbook_add_worksheet (wb->book, name);
  /* Our names are valid and differ. */
  g_assert (s->ws != NULL);
  s->widths = g_array_new (FALSE, TRUE, sizeof (double));
  return &s->base;
}

/* ---- the About sheet ---- */

/* Write the About sheet's rows to WB->about. */
static void
write_about (Xlsx *wb)
{
  lxw_worksheet *ws = wb->about;
  lxw_row_t row = 0;
  check (wb, worksheet_set_column (ws, 0, 0, 20, NULL));
  check (wb, worksheet_set_column (ws, 1, 1, 10, NULL));
  check (wb, worksheet_set_column (ws, 2, 2, 100, NULL));
  if (wb->corpus != NULL)
    {
      check (wb, worksheet_write_string (ws, row, 0, "corpus", wb->bold));
      check (wb, worksheet_write_string (ws, row++, 2, wb->corpus, wb->wrap));
    }
  char rows[32], chars[32], kept[32];
  g_autofree char *limits = g_strdup_printf (
      "Excel holds at most %s rows a sheet and %s characters a cell: a table "
      "with more rows keeps its first %s here, a longer text its first %s "
      "characters%s%s.", fmt_count (rows, XLSX_MAX_ROWS),
      fmt_count (chars, XLSX_MAX_CHARS), fmt_count (kept, wb->max_rows - 1),
      chars, wb->whole != NULL ? "; the tables are whole in " : "",
      wb->whole != NULL ? wb->whole : "");
  check (wb, worksheet_write_string (ws, row, 0, "limits", wb->bold));
  check (wb, worksheet_write_string (ws, row++, 2, limits, wb->wrap));
  for (guint i = 0; i < wb->cuts->len; i++)
    {
      const XlsxCut *c = &g_array_index (wb->cuts, XlsxCut, i);
      g_autofree char *what = g_strdup_printf (
          "sheet %s: %" G_GUINT64_FORMAT " rows left out, %" G_GUINT64_FORMAT
          " texts cut", c->sheet, c->rows, c->cells);
      check (wb, worksheet_write_string (ws, row, 0, "cut", wb->bold));
      check (wb, worksheet_write_string (ws, row++, 2, what, wb->wrap));
    }
  row++;
  if (wb->lexicon != NULL)
    {
      check (wb, worksheet_write_string (ws, row, 0, "topic", wb->bold));
      check (wb, worksheet_write_string (ws, row, 1, "entries", wb->bold));
      check (wb, worksheet_write_string (ws, row++, 2, "description", wb->bold));
      for (guint t = 0; t < wb->lexicon->topics->len; t++)
        {
          const LexTopic *topic = g_ptr_array_index (wb->lexicon->topics, t);
          check (wb, worksheet_write_string (ws, row, 0, topic->name, NULL));
          check (wb, worksheet_write_number (ws, row, 1, topic->entries->len,
                                             wb->integer));
          if (topic->description != NULL && *topic->description != '\0')
            check (wb, worksheet_write_string (ws, row, 2, topic->description,
                                               wb->wrap));
          row++;
        }
      row++;
    }
  if (wb->options == NULL || wb->options[0] == NULL)
    return;
  check (wb, worksheet_write_string (ws, row, 0, "option", wb->bold));
  check (wb, worksheet_write_string (ws, row++, 2, "value", wb->bold));
  for (char **o = wb->options; o[0] != NULL && o[1] != NULL; o += 2, row++)
    {
      check (wb, worksheet_write_string (ws, row, 0, o[0], NULL));
      if (*o[1] != '\0')
        check (wb, worksheet_write_string (ws, row, 2, o[1], wb->wrap));
    }
}

/* Copy the file at PATH to OUT; FALSE and ERROR when it cannot be read
 * (FRAMING_ERROR_IO) or OUT cannot be written ("write error: why"). */
static gboolean
copy_file (const char *path, FILE *out, GError **error)
{
  FILE *in = g_fopen (path, "rb");
  if (in == NULL)
    {
      int e = errno;
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot read the workbook: %s", path, g_strerror (e));
      return FALSE;
    }
  char buf[65536];
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, in)) > 0)
    if (fwrite (buf, 1, n, out) != n)
      {
        int e = errno != 0 ? errno : EIO;
        fclose (in);
        return framing_write_error (error, e);
      }
  gboolean read_failed = ferror (in) != 0;
  fclose (in);
  if (read_failed)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "%s: cannot read the workbook", path);
      return FALSE;
    }
  return framing_flush (out, error);
}

gboolean
xlsx_write (Xlsx *wb, FILE *out, GError **error)
{
  g_return_val_if_fail (wb->book != NULL, FALSE);
  write_about (wb);
  int saved = mute_stderr ();
  errno = 0;
  lxw_error e = workbook_close (wb->book);
  int close_errno = errno;
  unmute_stderr (saved);
  wb->book = NULL;
  /* Out of room for the temporary file: a write error like any other. */
  if (e != LXW_NO_ERROR && close_errno != 0)
    return framing_write_error (error, close_errno);
  if (wb->failed == LXW_NO_ERROR)
    wb->failed = e;
  if (wb->failed != LXW_NO_ERROR)
    {
      g_set_error (error, FRAMING_ERROR, FRAMING_ERROR_IO,
                   "cannot write the workbook: %s", lxw_strerror (wb->failed));
      return FALSE;
    }
  return copy_file (wb->path, out, error);
}
