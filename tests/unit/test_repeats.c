/* test_repeats.c - the removal of repeated long lines (repeats.c). */
#include "input-private.h"

#include "unit.h"

#include <string.h>

/* A line of exactly N code points: "line K " then 'x's. */
static char *
line_of (guint k, guint n)
{
  GString *s = g_string_new (NULL);
  g_string_printf (s, "line %u ", k);
  while (s->len < n)
    g_string_append_c (s, 'x');
  return g_string_free (s, FALSE);
}

/* Runs repeats_remove () on IN; checks the text left and the count. */
static void
check (const char *in, const char *want, guint want_removed)
{
  GString *buf = g_string_new (in);
  guint removed = repeats_remove (buf);
  CU_ASSERT_STRING_EQUAL (buf->str, want);
  CU_ASSERT_EQUAL (buf->len, strlen (want));
  CU_ASSERT_EQUAL (removed, want_removed);
  g_string_free (buf, TRUE);
}

/* Short lines repeat freely; a long one goes with its line break. */
static void
test_short_and_long (void)
{
  g_autofree char *l = line_of (1, 40);
  g_autofree char *in = g_strdup_printf ("a\na\n%s\nb\n%s\nc", l, l);
  g_autofree char *want = g_strdup_printf ("a\na\n%s\nb\nc", l);
  check (in, want, 1);
  check ("", "", 0);
}

/* 39 code points are not enough; 40 are, in code points, not bytes. */
static void
test_threshold (void)
{
  g_autofree char *l39 = line_of (2, 39);
  g_autofree char *in39 = g_strdup_printf ("%s\n%s\n", l39, l39);
  check (in39, in39, 0);
  /* 20 two-byte letters and 19 'x': 39 code points in 59 bytes. */
  GString *s = g_string_new (NULL);
  for (int i = 0; i < 20; i++)
    g_string_append (s, "\xC3\xA9");
  for (int i = 0; i < 19; i++)
    g_string_append_c (s, 'x');
  g_autofree char *in = g_strdup_printf ("%s\n%s\n", s->str, s->str);
  check (in, in, 0);
  g_string_append_c (s, 'x');
  g_autofree char *in40 = g_strdup_printf ("%s\n%s\n", s->str, s->str);
  g_autofree char *want40 = g_strdup_printf ("%s\n", s->str);
  check (in40, want40, 1);
  g_string_free (s, TRUE);
}

/* Lines compare trimmed of white space, the last line without '\n'. */
static void
test_trimmed (void)
{
  g_autofree char *l = line_of (3, 50);
  g_autofree char *in = g_strdup_printf ("%s\n \t%s  \r\n\xE2\x80\x83%s", l, l, l);
  g_autofree char *want = g_strdup_printf ("%s\n", l);
  check (in, want, 2);
}

/* Lines with the same length and ends but other middles are kept. */
static void
test_same_ends (void)
{
  GString *in = g_string_new (NULL);
  for (int i = 0; i < 300; i++)
    g_string_append_printf (in, "begin of the line %08d end of the same line\n", i);
  g_autofree char *want = g_strdup (in->str);
  /* ... and then every one of them again, and one again. */
  GString *twice = g_string_new (in->str);
  g_string_append (twice, in->str);
  g_string_append (twice, "begin of the line 00000007 end of the same line\n");
  check (twice->str, want, 301);
  g_string_free (in, TRUE);
  g_string_free (twice, TRUE);
}

/* Many distinct long lines (the sets grow) and NUL bytes inside lines. */
static void
test_many_and_nul (void)
{
  GString *in = g_string_new (NULL), *want = g_string_new (NULL);
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *l = line_of (i, 40 + i % 90);
      g_string_append_printf (want, "%s\n", l);
      g_string_append_printf (in, "%s\n", l);
      if (i % 3 == 0)
        g_string_append_printf (in, "%s\n", l);
    }
  guint removed = repeats_remove (in);
  CU_ASSERT_EQUAL (removed, 1667);
  CU_ASSERT_EQUAL (in->len, want->len);
  CU_ASSERT (memcmp (in->str, want->str, want->len) == 0);
  g_string_free (in, TRUE);
  g_string_free (want, TRUE);

  /* Two lines equal up to a NUL byte, then different. */
  static const char a[] = "0123456789012345678901234567890123456789\0A\n"
                          "0123456789012345678901234567890123456789\0B\n";
  GString *buf = g_string_new_len (a, sizeof a - 1);
  CU_ASSERT_EQUAL (repeats_remove (buf), 0);
  CU_ASSERT_EQUAL (buf->len, sizeof a - 1);
  g_string_free (buf, TRUE);
}

static const UnitCase cases[] = {
  { "short lines kept, long repeats removed", test_short_and_long },
  { "40 code points, not bytes", test_threshold },
  { "lines compared trimmed", test_trimmed },
  { "same ends, other middles", test_same_ends },
  { "many lines and NUL bytes", test_many_and_nul },
  { NULL, NULL }
};

UNIT_MAIN ("repeats", cases)
