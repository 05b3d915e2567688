/* test_spill.c - the external sort of the articles table (spill.c) and
 * the progress line's text (progress.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "framing.h"
#include "progress.h"
#include "spill.h"
#include "unit.h"

/* Everything SPILL writes, as a newly allocated string. */
static char *
written (Spill *spill)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_autoptr (GError) error = NULL;
  CU_ASSERT_TRUE (spill_write (spill, f, &error));
  fclose (f);
  return buf;
}

/* Records come out by key, whatever the order of the calls: keys "b",
 * "a", "c" give a, b, c; in memory (one batch). */
static void
test_in_memory (void)
{
  g_autoptr (Spill) s = spill_new (0);
  spill_add (s, "b", 1, "2\n", 2);
  spill_add (s, "a", 1, "1\n", 2);
  spill_add (s, "c", 1, "3\n", 2);
  g_autofree char *out = written (s);
  CU_ASSERT_STRING_EQUAL (out, "1\n2\n3\n");
  CU_ASSERT_EQUAL (spill_count (s), 3);
}

/* Key order is byte order: "a" < "a\0b" < "ab" < "b" (a NUL ends a
 * group name before any longer name), and equal keys keep the order in
 * which they were added. */
static void
test_key_order (void)
{
  g_autoptr (Spill) s = spill_new (0);
  spill_add (s, "ab", 2, "3 ", 2);
  spill_add (s, "a\0b", 3, "2 ", 2);
  spill_add (s, "b", 1, "5 ", 2);
  spill_add (s, "a", 1, "1 ", 2);
  spill_add (s, "ab", 2, "4 ", 2);
  g_autofree char *out = written (s);
  CU_ASSERT_STRING_EQUAL (out, "1 2 3 4 5 ");
}

/* A budget of 64 bytes holds about one record (key, payload and the
 * index entry): 500 records go to disk in hundreds of runs and merge back
 * in order, and a second write gives the same bytes.  Keys are the
 * numbers 0..499 as 3 digits, added in the order 7 * i mod 500 (7 is
 * prime to 500, so each number comes once); payload "NNN\n". */
static void
test_runs_on_disk (void)
{
  g_autoptr (Spill) s = spill_new (64);
  for (guint i = 0; i < 500; i++)
    {
      char key[8], row[8];
      guint k = (7 * i) % 500;
      g_snprintf (key, sizeof key, "%03u", k);
      g_snprintf (row, sizeof row, "%03u\n", k);
      spill_add (s, key, 3, row, 4);
    }
  g_autoptr (GString) expected = g_string_new (NULL);
  for (guint k = 0; k < 500; k++)
    g_string_append_printf (expected, "%03u\n", k);
  g_autofree char *out = written (s);
  CU_ASSERT_STRING_EQUAL (out, expected->str);
  g_autofree char *again = written (s);
  CU_ASSERT_STRING_EQUAL (again, expected->str);
}

/* A record larger than a run's read buffer (64 KiB) and an empty payload
 * survive the trip to disk. */
static void
test_large_record (void)
{
  g_autoptr (Spill) s = spill_new (16);
  g_autofree char *big = g_malloc (200000);
  memset (big, 'x', 200000);
  spill_add (s, "b", 1, big, 200000);
  spill_add (s, "a", 1, "", 0);
  spill_add (s, "c", 1, "!", 1);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  CU_ASSERT_TRUE (spill_write (s, f, NULL));
  fclose (f);
  CU_ASSERT_EQUAL (len, 200001);
  CU_ASSERT_EQUAL (buf[0], 'x');
  CU_ASSERT_EQUAL (buf[199999], 'x');
  CU_ASSERT_EQUAL (buf[200000], '!');
  free (buf);
}

/* A write to OUT that fails (a full disk) gives FALSE and a write error
 * for the caller to name OUT, not a message about the temporary file;
 * from memory and from runs on disk alike. */
static void
test_write_error (void)
{
  FILE *full = fopen ("/dev/full", "w");
  if (full == NULL)
    return; /* no /dev/full here */
  g_autofree char *want = g_strdup_printf ("write error: %s", g_strerror (ENOSPC));
  g_autofree char *big = g_malloc (200000);
  memset (big, 'x', 200000);
  for (gsize budget = 0; budget <= 16; budget += 16)
    {
      g_autoptr (Spill) s = spill_new (budget);
      spill_add (s, "b", 1, big, 200000);
      spill_add (s, "a", 1, "1\n", 2);
      g_autoptr (GError) error = NULL;
      CU_ASSERT_FALSE (spill_write (s, full, &error));
      CU_ASSERT (g_error_matches (error, FRAMING_ERROR, FRAMING_ERROR_IO));
      CU_ASSERT_STRING_EQUAL (error != NULL ? error->message : "", want);
      clearerr (full);
    }
  fclose (full);
}

/* The progress line: 1200 articles and 8.4e6 bytes after 2 s is 4.2 MB/s;
 * of 16.8e6 bytes, 8.4e6 are left: 2 s more, "0:02 left".  Without a
 * total there is no time left; one article is singular. */
static void
test_progress_format (void)
{
  g_autofree char *a = progress_format (1200, 8400000, 2.0, 16800000);
  CU_ASSERT_STRING_EQUAL (a, "framing: 1200 articles, 8.4 MB, 4.2 MB/s, 0:02 left");
  g_autofree char *b = progress_format (1, 500000, 0.5, 0);
  CU_ASSERT_STRING_EQUAL (b, "framing: 1 article, 0.5 MB, 1.0 MB/s");
  /* 150 MB left at 1 MB/s: 2 min 30 s. */
  g_autofree char *c = progress_format (10, 50000000, 50.0, 200000000);
  CU_ASSERT_STRING_EQUAL (c, "framing: 10 articles, 50.0 MB, 1.0 MB/s, 2:30 left");
}

/* --progress values. */
static void
test_progress_modes (void)
{
  ProgressMode m;
  CU_ASSERT_TRUE (progress_parse_mode (NULL, &m) && m == PROGRESS_AUTO);
  CU_ASSERT_TRUE (progress_parse_mode ("always", &m) && m == PROGRESS_ALWAYS);
  CU_ASSERT_TRUE (progress_parse_mode ("never", &m) && m == PROGRESS_NEVER);
  CU_ASSERT_FALSE (progress_parse_mode ("sometimes", &m));
}

static const UnitCase cases[] = {
  { "records in memory come out by key", test_in_memory },
  { "byte order of keys, ties in add order", test_key_order },
  { "runs on disk merge back in order", test_runs_on_disk },
  { "a record larger than the read buffer", test_large_record },
  { "a failed write is told", test_write_error },
  { "progress line text", test_progress_format },
  { "progress modes", test_progress_modes },
  { NULL, NULL }
};

UNIT_MAIN ("spill", cases)
