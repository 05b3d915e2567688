/* test_csv.c - CSV cells: RFC 4180 quoting, formula guard, numbers. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "framing.h"
#include "unit.h"

/* The cell S as csv_append_cell writes it (static buffer). */
static const char *
cell (const char *s)
{
  static char buf[256];
  g_autoptr (GString) out = g_string_new (NULL);
  csv_append_cell (out, s);
  g_strlcpy (buf, out->str, sizeof buf);
  return buf;
}

/* The number V as csv_append_number writes it (static buffer). */
static const char *
num (double v)
{
  static char buf[64];
  g_autoptr (GString) out = g_string_new (NULL);
  csv_append_number (out, v);
  g_strlcpy (buf, out->str, sizeof buf);
  return buf;
}

static void
test_plain_cells (void)
{
  CU_ASSERT_STRING_EQUAL (cell ("CGTN"), "CGTN");
  CU_ASSERT_STRING_EQUAL (cell (""), "");
  CU_ASSERT_STRING_EQUAL (cell ("Russia’s offensive"), "Russia’s offensive");
}

/* Commas, quotes and line breaks are quoted, quotes doubled. */
static void
test_quoting (void)
{
  CU_ASSERT_STRING_EQUAL (cell ("a,b"), "\"a,b\"");
  CU_ASSERT_STRING_EQUAL (cell ("say \"no\""), "\"say \"\"no\"\"\"");
  CU_ASSERT_STRING_EQUAL (cell ("two\nlines"), "\"two\nlines\"");
  CU_ASSERT_STRING_EQUAL (cell ("cr\rhere"), "\"cr\rhere\"");
}

/* Cells a spreadsheet would run as a formula get a leading quote. */
static void
test_formula_guard (void)
{
  CU_ASSERT_STRING_EQUAL (cell ("=1+1"), "'=1+1");
  CU_ASSERT_STRING_EQUAL (cell ("+cmd"), "'+cmd");
  CU_ASSERT_STRING_EQUAL (cell ("-2"), "'-2");
  CU_ASSERT_STRING_EQUAL (cell ("@SUM(A1)"), "'@SUM(A1)");
  CU_ASSERT_STRING_EQUAL (cell ("\tx"), "'\tx");
  CU_ASSERT_STRING_EQUAL (cell ("\rx"), "\"'\rx\"");
  CU_ASSERT_STRING_EQUAL (cell ("=HYPERLINK(\"x\",\"y\")"),
                          "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  /* Only the first character counts. */
  CU_ASSERT_STRING_EQUAL (cell ("a=b"), "a=b");
}

/* Numbers as %.6g with a '.' whatever the locale. */
static void
test_numbers (void)
{
  CU_ASSERT_STRING_EQUAL (num (0), "0");
  CU_ASSERT_STRING_EQUAL (num (4), "4");
  CU_ASSERT_STRING_EQUAL (num (333.33333333), "333.333");
  CU_ASSERT_STRING_EQUAL (num (0.000012345678), "1.23457e-05");
  CU_ASSERT_STRING_EQUAL (num (-1.5), "-1.5");
  CU_ASSERT_STRING_EQUAL (num (1234567.0), "1.23457e+06");
  /* With a comma locale, where one is installed, nothing changes. */
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "de_DE", NULL };
  for (const char **l = locales; *l != NULL; l++)
    if (setlocale (LC_NUMERIC, *l) != NULL)
      {
        CU_ASSERT_STRING_EQUAL (num (2.5), "2.5");
        break;
      }
  setlocale (LC_NUMERIC, "C");
}

/* A writer puts separators between cells and \n at row ends. */
static void
test_writer_rows (void)
{
  char *data = NULL;
  size_t size = 0;
  FILE *f = open_memstream (&data, &size);
  CsvWriter *w = csv_writer_new (f);
  const char *const header[] = { "id", "n", "x", NULL };
  csv_header (w, header);
  csv_text (w, "a,1");
  csv_uint (w, 42);
  csv_number (w, 0.5);
  csv_end_row (w);
  csv_text (w, NULL);
  csv_uint (w, 0);
  csv_number (w, 1e-7);
  csv_end_row (w);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (csv_writer_flush (w, &error));
  CU_ASSERT_PTR_NULL (error);
  csv_writer_free (w);
  fclose (f);
  CU_ASSERT_STRING_EQUAL (data, "id,n,x\n\"a,1\",42,0.5\n,0,1e-07\n");
  free (data);
}

/* Write ROWS rows of 6 bytes through W. */
static void
write_rows (CsvWriter *w, guint rows)
{
  for (guint i = 0; i < rows; i++)
    {
      csv_text (w, "peace");
      csv_end_row (w);
    }
}

/* A failed write makes the flush FALSE with its reason, even when it
 * failed blocks before the last and later writes went through. */
static void
test_writer_write_error (void)
{
  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return; /* no /dev/full here */
  g_autoptr (GError) error = NULL;
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));
  /* A few rows: they fail when the stream is flushed. */
  CsvWriter *w = csv_writer_new (full);
  write_rows (w, 3);
  CU_ASSERT_FALSE (csv_writer_flush (w, &error));
  CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
  CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
  csv_writer_free (w);
  g_clear_error (&error);
  clearerr (full);

  /* 72 kB: the first 64 kB block fails; then the stream is one that
   * works, yet the flush still tells the first failure. */
  char *data = NULL;
  size_t size = 0;
  FILE *mem = open_memstream (&data, &size);
  w = csv_writer_new (full);
  write_rows (w, 12000);
  w->out = mem;
  write_rows (w, 1);
  errno = 0;
  CU_ASSERT_FALSE (csv_writer_flush (w, &error));
  CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
  csv_writer_free (w);
  fclose (mem);
  /* The rows after the block (10923 rows, 65538 bytes), then the last. */
  CU_ASSERT_EQUAL (size, (12000 - 10923 + 1) * 6);
  free (data);
  fclose (full);
}

static const UnitCase cases[] = {
  { "plain cells", test_plain_cells },
  { "quoting", test_quoting },
  { "formula guard", test_formula_guard },
  { "numbers", test_numbers },
  { "writer rows", test_writer_rows },
  { "a failed write is told", test_writer_write_error },
  { NULL, NULL }
};

UNIT_MAIN ("csv", cases)
